// The passages a comparison reads: the diff's changed sentences gathered into runs per paragraph,
// sentences moved unchanged taken out, and each run cut into passages (a claim and its edit, a
// split or a merge, a claim added or removed whole).
#pragma once

#include <redraft/assess/assess.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace redraft::assess::detail {

using diff::SentenceRef;

// One sentence of a run: its alignment's index in the paragraph entry and its refs.
struct RunItem {
    std::uint32_t alignment = 0;
    std::optional<SentenceRef> old_ref;
    std::optional<SentenceRef> new_ref;
    bool edited = false;     // the text changed (an edited or a moved-and-edited sentence)
    double similarity = 1.0; // of an edited pair, as the diff measured it
};

// Consecutive changed sentences of one paragraph entry; split_passages cuts each into passages
// compared as a whole, so that a sentence split in two or two merged into one is not a claim
// removed and another added.
struct Run {
    std::uint32_t entry = 0; // index into diff.paragraphs
    std::vector<RunItem> items;
};

// The words of sentence `ref`, as its paragraph holds them. A paragraph of a document split on
// demand that the diff left whole (an equal one, compared only when the subject carried into it
// changed) is split here, as parse() and the analysis split it, without changing the document.
// Whether an aligned sentence kept its words: equal, or moved without a word changed. A moved
// sentence with an edit is compared as an edited one (build_runs), never as a kept one.
bool kept_its_words(const diff::SentenceAlignment& s);

std::string_view sentence_view(const document::Document& doc, const SentenceRef& ref);

std::string sentence_text(const document::Document& doc, const SentenceRef& ref);

std::vector<Run> build_runs(const diff::DocumentDiff& diff, const document::Document& older,
                            const document::Document& newer);

// A sentence removed in one place and added, unchanged, in another was moved, even when the
// paragraphs around it changed too much for the diff to pair them: drop both, and record the
// move in `moves`.
void cancel_moved_sentences(std::vector<Run>& runs, const document::Document& older,
                            const document::Document& newer, std::vector<Passage>& moves);

// Passages of changed sentences from which a comparison's work is cut in two halves worked out
// on two threads: below it a thread costs more than it saves.
constexpr std::size_t kRunsWorthAThread = 64;

// split_passages_into for every run, in order; a long list in two halves side by side.
std::vector<Run> split_passages(const std::vector<Run>& runs, const diff::DocumentDiff& diff,
                                const document::Document& older, const document::Document& newer);

} // namespace redraft::assess::detail
