#pragma once
// The steps of the alignment, each a function of plain sequences so that it can be tested on
// its own. compare() (compare.cpp) runs them in order: exact matches, similarity pairing,
// splits and merges, sentences, words.

#include <redraft/diff/diff.hpp>
#include <redraft/text/tokens.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace redraft::diff::detail {

inline constexpr std::uint32_t kNone = UINT32_MAX;

// ---- Step 1: exact matches -------------------------------------------------------------------

// Items whose keys are equal have equal text. Unique keys anchor a patience-style LCS over the
// order; equal keys between anchors are matched in order (an LCS of the gap). Equal keys left
// over are matched first-come first-served and are moves.
struct ExactAlignment {
    std::vector<std::uint32_t> old_to_new; // kNone when unmatched
    std::vector<std::uint32_t> new_to_old; // kNone when unmatched
    std::vector<bool> new_moved;           // matched, but out of LCS order
};
ExactAlignment match_exact(std::span<const std::uint64_t> old_keys,
                           std::span<const std::uint64_t> new_keys);

// The gap of every item: the number of in-order (not moved) matches before it. Two unmatched
// items with the same gap sit between the same anchors.
struct Gaps {
    std::vector<std::uint32_t> old_gap;
    std::vector<std::uint32_t> new_gap;
};
Gaps gaps_between_anchors(const ExactAlignment& exact);

// Longest strictly increasing subsequence of `values`; returns the positions kept.
std::vector<std::uint32_t> longest_increasing(std::span<const std::uint32_t> values);
// The same for items at old positions `olds` listed in new order (new positions `news`): of the
// longest subsequences found scanning from either end, the one whose kept items lie nearest
// their old places, so that the paragraph that jumped is the one called moved, not the one that
// stayed while others moved around it.
std::vector<std::uint32_t> longest_increasing_least_moved(std::span<const std::uint32_t> olds,
                                                          std::span<const std::uint32_t> news);

// ---- Step 2: similarity ----------------------------------------------------------------------

// A multiset of token ids, sorted by id.
struct Profile {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> counts; // (token id, count)
    double weight = 0;                                           // sum of weight x count
};
Profile make_profile(std::span<const std::uint32_t> token_ids);

// Rarity weights: log(1 + N / df) with df the number of profiles holding the token.
class Weights {
public:
    Weights() = default;
    Weights(std::span<const Profile* const> profiles, std::size_t token_count);
    double of(std::uint32_t token) const { return token < weight_.size() ? weight_[token] : 1.0; }
    std::uint32_t document_frequency(std::uint32_t token) const {
        return token < df_.size() ? df_[token] : 0;
    }
    // Sets profile.weight from these weights.
    void weigh(Profile& profile) const;

private:
    std::vector<double> weight_;
    std::vector<std::uint32_t> df_;
};

// Sum over common tokens of weight x the smaller count.
double weighted_overlap(const Profile& a, const Profile& b, const Weights& weights);
// The same unweighted: how many tokens the two multisets share.
std::uint64_t shared_tokens(const Profile& a, const Profile& b);
// Weighted Dice coefficient: 2 x overlap / (weight a + weight b), in [0, 1].
double similarity(const Profile& a, const Profile& b, const Weights& weights);

// One side of the unmatched items handed to pairing: profile, position in its sequence and gap.
struct Item {
    const Profile* profile = nullptr;
    std::uint32_t position = 0;
    std::uint32_t gap = 0;
    bool heading = false; // see find_spreads: a heading's counterpart is first a heading
};

struct Candidate {
    std::uint32_t old_item = 0;
    std::uint32_t new_item = 0;
    double overlap = 0; // weighted_overlap of the two profiles
    // Share of the two items' tokens (unweighted) in sentences that stand in both, word for
    // word or with a few words changed (set by the caller for paragraphs; 0 for sentences).
    // pair_by_similarity takes the larger of this and the weighted Dice coefficient.
    double kept_sentences = 0;
    std::uint64_t shared = 0; // tokens the two profiles share, unweighted (shared_tokens)
};

// Least unweighted Dice coefficient at which a sentence with words changed still counts as kept
// (see kept_with_edits): one or two words replaced in a sentence of ten to twenty tokens.
inline constexpr double kKeptSentence = 0.8;

// Sentences of two paragraphs that stand in both with at most a few words changed, the ones
// kept word for word already left out: sentences are paired best first by the Dice coefficient
// of their (unweighted) token multisets, each at most once, a pair counting when it reaches
// `least`. Returns the tokens the counted pairs share (the same number on both sides). Each
// profile is an unweighted one (make_profile: weight = token count).
std::uint64_t kept_with_edits(std::span<const Profile* const> older,
                              std::span<const Profile* const> newer, double least);

struct CandidateOptions {
    // Tokens held by more old items than this are not looked up (too common to tell).
    std::uint32_t max_postings = 64;
    // Candidates kept per new item, best shared rare tokens first.
    std::uint32_t max_candidates = 16;
    // Tokens of a new item looked up in the index, its rarest first.
    std::uint32_t max_lookups = 24;
};

// Pairs of items worth comparing: items sharing a rare token (inverted index from tokens to old
// items) and items in the same small gap. Never compares every pair.
std::vector<Candidate> find_candidates(std::span<const Item> old_items,
                                       std::span<const Item> new_items, const Weights& weights,
                                       const CandidateOptions& options);

struct Pair {
    std::uint32_t old_item = 0;
    std::uint32_t new_item = 0;
    double similarity = 0;
    bool moved = false;
};

struct PairingThresholds {
    double pair = 0.5; // in order (same gap and in LCS order inside it)
    double move = 0.5; // out of order
};

// Greedy best-first pairing of candidates. A pair in the same gap needs `pair`; a pair across
// gaps, or one that breaks the order of the other pairs in its gap, is a move and needs `move`.
// A pair's similarity is the larger of the weighted Dice coefficient and kept_sentences.
std::vector<Pair> pair_by_similarity(std::span<const Item> old_items,
                                     std::span<const Item> new_items,
                                     std::span<const Candidate> candidates,
                                     const PairingThresholds& thresholds);

// Which matches stay in order, over all matches of two sequences, equal and similar alike (the
// exact step's anchors see only equal items): the longest chain increasing in both orders, so
// that the fewest items are moves; among chains as long, the one whose items lie nearest their
// old places; then the one keeping the most similar (not equal) items in order, so that an
// unchanged item is the one called moved rather than an edited one it swapped places with.
// Positions on each side are distinct. Returns, for each match, whether it is in order.
struct Placed {
    std::uint32_t old_position = 0;
    std::uint32_t new_position = 0;
    bool equal = false; // the two items have equal keys
};
std::vector<bool> settle_order(std::span<const Placed> matches);

// ---- Step 3: splits and merges ---------------------------------------------------------------

// One item of one side spread over consecutive items of the other side.
struct Spread {
    std::uint32_t whole = 0;          // the split (or merged) item
    std::vector<std::uint32_t> parts; // consecutive items of the other side, in order
    double coverage = 0;              // share of the whole found in the parts
    double confidence = 0;
};

// Finds splits: `wholes` spread over consecutive `parts` (positions differing by one). Each part
// must take at least `coverage` of its weight from the whole, and the parts together must cover
// `coverage` of the whole. Each item is used at most once. For merges swap the sides.
std::vector<Spread> find_spreads(std::span<const Item> wholes, std::span<const Item> parts,
                                 std::span<const Candidate> candidates, bool candidates_swapped,
                                 const Weights& weights, double coverage);

// ---- Step 4: sentences ----------------------------------------------------------------------

// Profiles (weighed with the caller's Weights) of the items of a sequence, asked for only for
// items left after exact matching.
class ProfileSource {
public:
    virtual ~ProfileSource() = default;
    virtual const Profile& old_profile(std::uint32_t index) = 0;
    virtual const Profile& new_profile(std::uint32_t index) = 0;
};

struct SequenceMatch {
    std::uint32_t old_index = 0;
    std::uint32_t new_index = 0;
    double similarity = 1.0;
    bool moved = false;
};

// Aligns two sequences the way paragraphs are aligned (without splits and merges): exact keys
// with a patience LCS, leftover equal keys as moves, then similarity pairing. Sorted by new index.
std::vector<SequenceMatch> align_sequence(std::span<const std::uint64_t> old_keys,
                                          std::span<const std::uint64_t> new_keys,
                                          ProfileSource& profiles, const Weights& weights,
                                          const PairingThresholds& thresholds,
                                          const CandidateOptions& candidates);

// ---- Step 5: words ---------------------------------------------------------------------------

// The tokens of one sentence: [begin, end) of `text` (a paragraph's text), the tokens inside it
// (offsets into `text`) and their interned ids.
struct TokenRun {
    std::string_view text;
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    std::span<const text::Token> tokens;
    std::span<const std::uint32_t> ids;
    std::string_view sentence() const { return text.substr(begin, end - begin); }
};

struct WordDiffOptions {
    std::uint32_t merge_equal_words = 2;
    std::uint64_t max_cells = 4'000'000;
};

// Word changes turning `older` into `newer`: dtl over the ids, then equal runs of at most
// merge_equal_words tokens between two changes folded into the change. Every run's text is
// original text with the white space after it; equal runs take the new side's text. Returns
// false (and a whole-sentence replacement) when the token counts multiply past max_cells.
bool diff_words(const TokenRun& older, const TokenRun& newer, const WordDiffOptions& options,
                std::vector<WordChange>& out);

// Folds equal runs of at most `merge_equal_words` tokens that sit between two changes into the
// change, then joins neighbouring runs of one op (deletions before insertions).
struct TokenOp {
    WordOp op;
    std::uint32_t old_token; // kNone for inserts
    std::uint32_t new_token; // kNone for deletes
};
std::vector<TokenOp> fold_small_equalities(std::vector<TokenOp> ops,
                                           std::uint32_t merge_equal_words);

// Interned comparison ids of `tokens` cut from `text`. Normalized: ASCII tokens lower-cased
// directly, others through text::comparison_key. Exact: the token's bytes with the white space
// after it, so that spacing and line breaks count.
void intern_tokens(std::string_view text, std::span<const text::Token> tokens,
                   text::Comparison comparison, text::Interner& interner,
                   std::vector<std::uint32_t>& ids);

// ---- After the alignment: markup -------------------------------------------------------------

// For Markdown revisions, the note naming the paragraphs the alignment calls unchanged (equal,
// or moved whole) whose markup changed but not their words: emphasis, a link's target, code
// marks, a list marker, a heading's level, a one-item list made a paragraph. Such an edit is a
// copy-edit; the note says so, so that it never passes without a word. nullopt when there is
// none, and for plain text.
std::optional<std::string> markup_only_note(const document::Document& older,
                                            const document::Document& newer,
                                            const DocumentDiff& diff);

} // namespace redraft::diff::detail
