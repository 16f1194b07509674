#pragma once
// The profile sums of revisions compared two at a time (diff, report, check), kept in the
// analysis cache by the revision's content: a revision compared again, or with another, is then
// analysed only where it differs from the revision it is compared with. Paragraphs equal in both
// revisions add the same to both sums, so one revision's sums follow from the other's by the
// paragraphs only one of them holds.

#include <redraft/claims/claims.hpp>
#include <redraft/document/document.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace redraft::history {

// The cache entry of a revision's sums: named by its bytes' content hash and the format they were
// read in, since the same bytes read as plain text and as Markdown hold other paragraphs (a
// draft.txt copied from essay.md, or --input-format).
std::string sums_entry_name(const document::Document& doc);

// One ProfileSums per subject, as the cache stores them, and back. parse_sums returns nothing
// for a payload that is damaged or does not have `subjects` entries of `dimensions` dimensions.
std::string sums_payload(const std::vector<claims::ProfileSums>& sums);
std::optional<std::vector<claims::ProfileSums>>
parse_sums(std::string_view payload, std::size_t subjects, std::size_t dimensions);

// The paragraphs of each revision that the other does not match: for each block kind and text,
// the occurrences one revision holds beyond the other's count of them; a block continuing a
// lead-in matches only one continuing equal blocks (claims::lead_in_contexts).
struct UnmatchedParagraphs {
    std::vector<std::uint32_t> older;
    std::vector<std::uint32_t> newer;
};
UnmatchedParagraphs unmatched_paragraphs(const document::Document& older,
                                         const document::Document& newer);

// The sums of one revision from those of the other (`known`): the paragraphs only the known
// revision holds (`leaving`, analysed in `leaving_analysis`) are taken away and those only the
// wanted one holds (`entering`) added.
std::vector<claims::ProfileSums> shift_sums(const std::vector<claims::ProfileSums>& known,
                                            const claims::DocumentAnalysis& leaving_analysis,
                                            const std::vector<std::uint32_t>& leaving,
                                            const claims::DocumentAnalysis& entering_analysis,
                                            const std::vector<std::uint32_t>& entering,
                                            const std::vector<std::string>& dimensions);

} // namespace redraft::history
