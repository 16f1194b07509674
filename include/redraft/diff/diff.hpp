#pragma once
// Alignment of two documents: paragraphs (equal, edited, moved, split, merged, added, removed),
// then sentences inside aligned paragraphs, then words inside aligned sentences.

#include <redraft/document/document.hpp>
#include <redraft/text/tokens.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace redraft::diff {

enum class ParagraphOp { equal, edited, moved, split, merged, added, removed };
enum class SentenceOp { equal, edited, moved, added, removed };
enum class WordOp { equal, insert, remove };

std::string_view to_string(ParagraphOp op);
std::string_view to_string(SentenceOp op);
std::string_view to_string(WordOp op); // "equal", "insert", "delete"

// A sentence of one side: its paragraph index and its index inside that paragraph.
struct SentenceRef {
    std::uint32_t paragraph = 0;
    std::uint32_t sentence = 0;
    friend bool operator==(const SentenceRef&, const SentenceRef&) = default;
};

// A run of words with one operation. `text` is the original text of the words with the white
// space that follows them, so that equal + insert runs rebuild the new sentence exactly and
// equal + delete runs the old one up to white space and normalization (equal runs carry the new
// side's text).
struct WordChange {
    WordOp op = WordOp::equal;
    std::string text;
};

struct SentenceAlignment {
    SentenceOp op = SentenceOp::equal;
    std::optional<SentenceRef> old_sentence; // none when added
    std::optional<SentenceRef> new_sentence; // none when removed
    double similarity = 1.0;
    // The sentence as word runs: equal + insert runs rebuild the new sentence, equal + delete
    // runs the old one. An equal sentence is one equal run, an added one one insert run, a
    // removed one one delete run. Filled in every entry except `equal` ones.
    std::vector<WordChange> words;
};

struct ParagraphAlignment {
    ParagraphOp op = ParagraphOp::equal;
    std::vector<std::uint32_t> old_paragraphs; // one, except for a merge; none when added
    std::vector<std::uint32_t> new_paragraphs; // one, except for a split; none when removed
    double similarity = 1.0;
    double confidence = 1.0; // of a move, split or merge; 1 for the other ops
    std::vector<SentenceAlignment> sentences;
};

// Every threshold of the alignment, with its command-line option where it has one.
struct DiffOptions {
    // Two unmatched paragraphs pair as edited when their similarity is at least this
    // (--similarity): the larger of a Dice coefficient of their token multisets, each token
    // weighted by its rarity, and the mean share of each made of sentences both keep, word for
    // word or with a word or two changed (docs/diff.md).
    double similarity = 0.5;
    // An edited pair out of order counts as a move when its similarity is at least this
    // (--move-threshold); below it the pair is shown as removed + added.
    double move_threshold = 0.5;
    // Two sentences of aligned paragraphs pair as edited at this similarity or above (a
    // sentence out of order, a move, needs move_threshold as well).
    double sentence_similarity = 0.4;
    // A split (or merge): one paragraph spread over at least two consecutive paragraphs of the
    // other side. Each of those must take at least this share of its (rarity-weighted) words
    // from the one paragraph, and together they must hold this share of its words.
    double split_coverage = 0.8;
    // Equal runs of at most this many tokens (words, numbers, punctuation marks) between two
    // changes are folded into the change, so that the markup reads like an editor's (0: never).
    std::uint32_t merge_equal_words = 2;
    // Word diffs of sentence pairs whose token counts multiply to more than this are shown as
    // whole-sentence replacements (a note in the output says so).
    std::uint64_t max_word_diff_cells = 4'000'000;
    // Candidates for similarity pairing come from an inverted index of tokens; a token held by
    // more unmatched paragraphs (or sentences) than this is too common to look up.
    std::uint32_t max_token_postings = 64;
    // Candidates compared per paragraph (or sentence), those sharing the rarest tokens first.
    std::uint32_t max_candidates = 16;
    // Tokens of each paragraph (or sentence) looked up in that index: its rarest ones.
    std::uint32_t max_token_lookups = 24;
    // How tokens and sentences compare; must be the comparison the documents were parsed with
    // (--exact sets both).
    text::Comparison comparison = text::Comparison::normalized;
};

struct DiffSummary {
    std::uint32_t equal = 0, edited = 0, moved = 0, split = 0, merged = 0, added = 0, removed = 0;
    std::uint64_t words_inserted = 0, words_deleted = 0;
};

struct DocumentDiff {
    std::vector<ParagraphAlignment> paragraphs; // in the new document's order
    DiffSummary summary;
    // Where a cap changed the result, a sentence saying so (shown by every renderer).
    std::vector<std::string> notes;
    bool has_changes() const;
};

// Every paragraph of the changed entries must have its sentences (documents parsed with
// Sentences::eager); Error(internal) otherwise.
DocumentDiff compare(const document::Document& older, const document::Document& newer,
                     const DiffOptions& options = {});

// The same result, for documents parsed with Sentences::on_demand too: splits into sentences
// (document::ensure_sentences) only the paragraphs of changed entries, the only ones whose
// sentences the diff reads.
DocumentDiff compare(document::Document& older, document::Document& newer,
                     const DiffOptions& options = {});

} // namespace redraft::diff
