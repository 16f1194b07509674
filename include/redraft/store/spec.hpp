#pragma once
// Revision specs over a document's log, shared by every source: numbers, -N, labels, commit id
// prefixes, and the "did you mean" of an unknown spec.

#include <redraft/store/source.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace redraft::store {

// The revision numbered `spec` ("3") or counted back from the latest ("-1" is the one before
// the latest) in a log of `count` revisions: an index into the oldest-first log. nullopt when
// `spec` is not a number spec; Error(not_found) when it is out of range.
std::optional<std::size_t> number_index(const std::string& spec, std::size_t count,
                                        const std::string& document);

// The error for a spec that names nothing: it names the nearest labels and revision numbers.
// `numbered` false: the document has revisions, but a cut or damaged history leaves them
// without numbers (`revisions` is then 0).
[[noreturn]] void throw_unknown_spec(const std::string& spec, const std::string& document,
                                     std::size_t revisions, const std::vector<std::string>& labels,
                                     const std::string& where, bool numbered = true);

// The error for a commit id prefix that names several revisions.
[[noreturn]] void throw_ambiguous_prefix(const std::string& spec,
                                         const std::vector<std::string>& candidates);

// Resolves number, -N, label and commit id prefix specs against a full oldest-first log (for
// sources that keep their log at hand). nullopt when `spec` is none of these.
std::optional<RevisionInfo> resolve_in_log(const std::string& spec,
                                           const std::vector<RevisionInfo>& log,
                                           const std::string& document);

// True for a hexadecimal string of 4 to 40 characters.
bool looks_like_id_prefix(std::string_view spec);

} // namespace redraft::store
