// Unit tests of each alignment step in src/diff/align.hpp, on plain sequences.

#include <redraft/text/normalize.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <tuple>

#include "diff/align.hpp"

namespace redraft::diff::detail {
namespace {

std::vector<std::uint64_t> keys(std::string_view letters) {
    return {letters.begin(), letters.end()};
}

// "abc" -> "acb": the new index each old index went to, '.' when unmatched, '*' after a move.
std::string describe(const ExactAlignment& a) {
    std::string out;
    for (std::uint32_t o = 0; o < a.old_to_new.size(); ++o) {
        const std::uint32_t n = a.old_to_new[o];
        out += n == kNone ? "." : std::to_string(n) + (a.new_moved[n] ? "*" : "");
        out += " ";
    }
    return out;
}

std::string exact(std::string_view older, std::string_view newer) {
    const auto a = keys(older);
    const auto b = keys(newer);
    return describe(match_exact(a, b));
}

TEST(MatchExact, IdenticalSequencesMatchInOrder) {
    EXPECT_EQ(exact("abcd", "abcd"), "0 1 2 3 ");
}

TEST(MatchExact, EmptySides) {
    EXPECT_EQ(exact("", "abc"), "");
    EXPECT_EQ(exact("abc", ""), ". . . ");
}

TEST(MatchExact, InsertionAndDeletion) {
    EXPECT_EQ(exact("abcd", "abxcd"), "0 1 3 4 ");
    EXPECT_EQ(exact("abxcd", "abcd"), "0 1 . 2 3 ");
}

TEST(MatchExact, UniqueOutOfOrderItemIsAMove) {
    // d moves to the front: a b c stay the LCS, d is a move.
    EXPECT_EQ(exact("abcd", "dabc"), "1 2 3 0* ");
}

TEST(MatchExact, SwappedBlocksMoveTheShorterOne) {
    EXPECT_EQ(exact("abcdeXY", "XYabcde"), "2 3 4 5 6 0* 1* ");
}

TEST(MatchExact, RepeatedKeysMatchInOrderAroundAnchors) {
    // No unique key but x: the repeated r's are matched in order on both sides of x.
    EXPECT_EQ(exact("rrxrr", "rrxrr"), "0 1 2 3 4 ");
    // Prefix r and suffix r match; x anchors; the r left over is an (exact) move.
    EXPECT_EQ(exact("rxrr", "rrxr"), "0 2 1* 3 ");
}

TEST(MatchExact, RepeatedKeysWithoutAnchorsUseAnLcs) {
    EXPECT_EQ(exact("ababab", "bababa"), "5* 0 1 2 3 4 ");
}

TEST(MatchExact, LeftoverEqualKeysOutOfOrderAreMoves) {
    // Two chains of equal length: one stays in order, the other moves.
    EXPECT_EQ(exact("aXbY", "bYaX"), "2 3 0* 1* ");
}

TEST(LongestIncreasing, KeepsTheLongestChain) {
    const std::vector<std::uint32_t> values = {3, 1, 2, 9, 4, 5};
    EXPECT_EQ(longest_increasing(values), (std::vector<std::uint32_t>{1, 2, 4, 5}));
    EXPECT_TRUE(longest_increasing(std::vector<std::uint32_t>{}).empty());
    // Of two runs as long, the one whose items kept their places: B (old 1) jumped to the end
    // past C (old 2, still at 2), so B is the one left out, not C.
    const std::vector<std::uint32_t> olds = {0, 2, 1, 4};
    const std::vector<std::uint32_t> news = {0, 2, 4, 5};
    EXPECT_EQ(longest_increasing_least_moved(olds, news), (std::vector<std::uint32_t>{0, 1, 3}));
}

// "old>new" pairs, "=" after an equal one; returns the pairs left out of order.
std::string moves(std::vector<Placed> placed) {
    const std::vector<bool> in_order = settle_order(placed);
    std::string out;
    for (std::size_t k = 0; k < placed.size(); ++k) {
        if (!in_order[k]) {
            out += std::to_string(placed[k].old_position) + ">" +
                   std::to_string(placed[k].new_position) + " ";
        }
    }
    return out;
}

TEST(SettleOrder, AnItemMovedPastEditedOnesIsTheMove) {
    // Old A E1 E2 X B, new A X E1' E2' B: X (equal) is the one moved, not E1 and E2 (edited),
    // although the exact step alone sees A X B in order.
    EXPECT_EQ(moves({{0, 0, true}, {3, 1, true}, {1, 2, false}, {2, 3, false}, {4, 4, true}}),
              "3>1 ");
    // Moved down past three edited ones.
    EXPECT_EQ(moves({{0, 0, true},
                     {2, 1, false},
                     {3, 2, false},
                     {4, 3, false},
                     {1, 4, true},
                     {5, 5, true}}),
              "1>4 ");
}

TEST(SettleOrder, TiesKeepTheEditedItemInOrder) {
    // Past one edited item the chains are as long and as near: the unchanged one moved.
    EXPECT_EQ(moves({{0, 0, true}, {2, 1, true}, {1, 2, false}, {3, 3, true}}), "2>1 ");
    EXPECT_EQ(moves({{0, 0, true}, {2, 1, false}, {1, 2, true}, {3, 3, true}}), "1>2 ");
}

TEST(SettleOrder, TheShorterBlockMovesAndInputOrderDoesNotMatter) {
    // abcdeXY -> XYabcde, listed in no particular order.
    EXPECT_EQ(moves({{6, 1, true},
                     {0, 2, false},
                     {4, 6, true},
                     {5, 0, true},
                     {1, 3, true},
                     {2, 4, false},
                     {3, 5, true}}),
              "6>1 5>0 ");
    EXPECT_EQ(moves({}), "");
    EXPECT_EQ(moves({{7, 3, false}}), "");
}

TEST(SettleOrder, AmongChainsAsLongTheNearestToTheirPlaces) {
    // B (old 1) jumped to the end past C (old 2, still at 2): B is the move.
    EXPECT_EQ(moves({{0, 0, true}, {2, 2, true}, {1, 4, true}, {4, 5, true}}), "1>4 ");
}

TEST(Gaps, CountAnchorsBeforeEachItem) {
    const auto a = keys("aXbY");
    const auto b = keys("aZbW");
    const Gaps gaps = gaps_between_anchors(match_exact(a, b));
    EXPECT_EQ(gaps.old_gap, (std::vector<std::uint32_t>{0, 1, 1, 2}));
    EXPECT_EQ(gaps.new_gap, (std::vector<std::uint32_t>{0, 1, 1, 2}));
}

TEST(Gaps, MovesAreNotAnchors) {
    const auto a = keys("abcd");
    const auto b = keys("dabc");
    const Gaps gaps = gaps_between_anchors(match_exact(a, b));
    EXPECT_EQ(gaps.new_gap, (std::vector<std::uint32_t>{0, 0, 1, 2}));
}

// ---- similarity ------------------------------------------------------------------------------

Profile profile(std::initializer_list<std::uint32_t> ids) {
    return make_profile(std::vector<std::uint32_t>(ids));
}

TEST(Profile, CountsSortedTokens) {
    const Profile p = profile({5, 1, 5, 3});
    const std::vector<std::pair<std::uint32_t, std::uint32_t>> expected = {{1, 1}, {3, 1}, {5, 2}};
    EXPECT_EQ(p.counts, expected);
    EXPECT_EQ(p.weight, 4);
}

TEST(Weights, RareTokensWeighMore) {
    Profile a = profile({1, 2});
    Profile b = profile({1, 3});
    Profile c = profile({1, 4});
    const Profile* all[] = {&a, &b, &c};
    const Weights w(all, 5);
    EXPECT_EQ(w.document_frequency(1), 3u);
    EXPECT_EQ(w.document_frequency(2), 1u);
    EXPECT_LT(w.of(1), w.of(2));
    EXPECT_DOUBLE_EQ(w.of(1), std::log1p(1.0));
    EXPECT_DOUBLE_EQ(w.of(2), std::log1p(3.0));
}

TEST(Similarity, WeightedDice) {
    Profile a = profile({1, 2, 3});
    Profile b = profile({1, 2, 4});
    Profile empty = profile({});
    const Weights uniform;
    uniform.weigh(a);
    uniform.weigh(b);
    EXPECT_DOUBLE_EQ(similarity(a, a, uniform), 1.0);
    EXPECT_DOUBLE_EQ(similarity(a, b, uniform), 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(similarity(a, empty, uniform), 0.0);
    EXPECT_DOUBLE_EQ(similarity(empty, empty, uniform), 1.0);
    EXPECT_DOUBLE_EQ(weighted_overlap(profile({1, 1, 2}), profile({1, 1, 1}), uniform), 2.0);
}

struct Fixture {
    std::vector<Profile> old_profiles, new_profiles;
    std::vector<Item> old_items, new_items;
    Weights weights;

    Fixture(std::vector<Profile> older, std::vector<Profile> newer,
            std::vector<std::uint32_t> old_gaps, std::vector<std::uint32_t> new_gaps)
        : old_profiles(std::move(older)), new_profiles(std::move(newer)) {
        for (std::uint32_t i = 0; i < old_profiles.size(); ++i) {
            weights.weigh(old_profiles[i]);
            old_items.push_back({&old_profiles[i], i, old_gaps[i]});
        }
        for (std::uint32_t i = 0; i < new_profiles.size(); ++i) {
            weights.weigh(new_profiles[i]);
            new_items.push_back({&new_profiles[i], i, new_gaps[i]});
        }
    }
    std::vector<Candidate> candidates(CandidateOptions options = {}) const {
        return find_candidates(old_items, new_items, weights, options);
    }
    std::vector<Pair> pairs(PairingThresholds t) const {
        const auto c = candidates();
        return pair_by_similarity(old_items, new_items, c, t);
    }
};

TEST(FindCandidates, SharedTokensAndSameGap) {
    // new 0 shares token 7 with old 1 (other gap); new 1 shares nothing but sits in old 0's gap.
    Fixture f({profile({1, 2}), profile({7, 8})}, {profile({7, 9}), profile({30, 31})}, {0, 1},
              {0, 0});
    auto c = f.candidates();
    std::sort(c.begin(), c.end(), [](const Candidate& a, const Candidate& b) {
        return std::tie(a.new_item, a.old_item) < std::tie(b.new_item, b.old_item);
    });
    ASSERT_EQ(c.size(), 3u);
    EXPECT_EQ(std::tie(c[0].old_item, c[0].new_item), std::make_tuple(0u, 0u)); // same gap
    EXPECT_EQ(std::tie(c[1].old_item, c[1].new_item), std::make_tuple(1u, 0u)); // token 7
    EXPECT_DOUBLE_EQ(c[1].overlap, 1.0);
    EXPECT_EQ(std::tie(c[2].old_item, c[2].new_item), std::make_tuple(0u, 1u)); // same gap
}

TEST(FindCandidates, CommonTokensAreNotLookedUp) {
    // Token 1 is in three old items: with max_postings 2 it finds nothing (different gaps).
    Fixture f({profile({1}), profile({1}), profile({1})}, {profile({1})}, {1, 2, 3}, {0});
    EXPECT_EQ(f.candidates({2, 16}).size(), 0u);
    EXPECT_EQ(f.candidates({3, 16}).size(), 3u);
}

TEST(FindCandidates, KeepsAtMostMaxCandidates) {
    Fixture f({profile({1, 2}), profile({1, 3}), profile({1, 4})}, {profile({1, 2, 3, 4})},
              {1, 2, 3}, {0});
    EXPECT_EQ(f.candidates({64, 2}).size(), 2u);
}

TEST(PairBySimilarity, ThresholdIsInclusive) {
    // similarity of {1,2,3} and {1,2,4} is 2/3.
    Fixture f({profile({1, 2, 3})}, {profile({1, 2, 4})}, {0}, {0});
    EXPECT_EQ(f.pairs({2.0 / 3.0, 1.0}).size(), 1u);
    EXPECT_EQ(f.pairs({0.67, 1.0}).size(), 0u);
}

TEST(PairBySimilarity, AcrossGapsNeedsTheMoveThreshold) {
    Fixture f({profile({1, 2, 3})}, {profile({1, 2, 4})}, {0}, {1});
    EXPECT_EQ(f.pairs({0.0, 0.67}).size(), 0u);
    const auto p = f.pairs({1.0, 2.0 / 3.0});
    ASSERT_EQ(p.size(), 1u);
    EXPECT_TRUE(p[0].moved);
}

TEST(PairBySimilarity, BestFirst) {
    // old 0 is closer to new 1 than to new 0.
    Fixture f({profile({1, 2, 3, 4})}, {profile({1, 2, 9, 8}), profile({1, 2, 3, 9})}, {0}, {0, 0});
    const auto p = f.pairs({0.4, 0.4});
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].new_item, 1u);
}

TEST(PairBySimilarity, CrossingPairsInOneGapAreMoves) {
    // Two pairs in one gap that cross: the one kept in order is edited, the other moved.
    Fixture f({profile({1, 2, 3}), profile({4, 5, 6})},
              {profile({4, 5, 6, 7}), profile({1, 2, 3, 8})}, {0, 0}, {0, 0});
    const auto p = f.pairs({0.5, 0.5});
    ASSERT_EQ(p.size(), 2u);
    EXPECT_NE(p[0].moved, p[1].moved);
    // Below the move threshold the crossing pair is dropped.
    EXPECT_EQ(f.pairs({0.5, 0.95}).size(), 1u);
}

TEST(PairBySimilarity, KeptSentencesCountAsSimilarity) {
    // Dice about 0.24, below 0.5; half the tokens in sentences kept word for word: paired.
    Fixture f({profile({1, 2, 3})}, {profile({1, 4, 5})}, {0}, {0});
    EXPECT_EQ(f.pairs({0.5, 0.5}).size(), 0u);
    auto c = f.candidates();
    ASSERT_EQ(c.size(), 1u);
    c[0].kept_sentences = 0.5;
    const auto p = pair_by_similarity(f.old_items, f.new_items, c, {0.5, 0.5});
    ASSERT_EQ(p.size(), 1u);
    EXPECT_DOUBLE_EQ(p[0].similarity, 0.5);
    // The larger of the two counts: kept sentences never lower the word similarity.
    c[0].kept_sentences = 0.1;
    const double dice = similarity(f.old_profiles[0], f.new_profiles[0], f.weights);
    EXPECT_GT(dice, 0.1);
    EXPECT_LT(dice, 0.5);
    EXPECT_DOUBLE_EQ(pair_by_similarity(f.old_items, f.new_items, c, {0.1, 0.1})[0].similarity,
                     dice);
}

TEST(KeptWithEdits, SentencesWithAFewWordsChangedCount) {
    // Ten tokens with one replaced: Dice 0.9, counted with the 9 tokens the two share.
    const Profile a = profile({1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
    const Profile a1 = profile({1, 2, 3, 4, 5, 6, 7, 8, 9, 11});
    // Two replaced: Dice 0.8, exactly kKeptSentence (inclusive); three: 0.7, not kept.
    const Profile a2 = profile({1, 2, 3, 4, 5, 6, 7, 8, 11, 12});
    const Profile a3 = profile({1, 2, 3, 4, 5, 6, 7, 11, 12, 13});
    const Profile* older[] = {&a};
    const Profile* one[] = {&a1};
    const Profile* two[] = {&a2};
    const Profile* three[] = {&a3};
    EXPECT_EQ(kept_with_edits(older, one, kKeptSentence), 9u);
    EXPECT_EQ(kept_with_edits(older, two, kKeptSentence), 8u);
    EXPECT_EQ(kept_with_edits(older, two, 0.81), 0u);
    EXPECT_EQ(kept_with_edits(older, three, kKeptSentence), 0u);
    // A sentence grown to twice its length is no longer the same sentence (Dice 0.67).
    const Profile doubled =
        profile({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30});
    const Profile* grown[] = {&doubled};
    EXPECT_EQ(kept_with_edits(older, grown, kKeptSentence), 0u);
}

TEST(KeptWithEdits, EachSentenceCountsOnceBestFirst) {
    // Both new sentences are near the one old sentence: only the nearer one counts.
    const Profile a = profile({1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
    const Profile near = profile({1, 2, 3, 4, 5, 6, 7, 8, 9, 11});
    const Profile nearer = profile({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12});
    const Profile* older[] = {&a};
    const Profile* newer[] = {&near, &nearer};
    EXPECT_EQ(kept_with_edits(older, newer, kKeptSentence), 10u);
    // Two old sentences, two new ones, each near one: both count.
    const Profile b = profile({20, 21, 22, 23, 24, 25, 26, 27, 28, 29});
    const Profile b1 = profile({20, 21, 22, 23, 24, 25, 26, 27, 28, 30});
    const Profile* two_old[] = {&a, &b};
    const Profile* two_new[] = {&b1, &near};
    EXPECT_EQ(kept_with_edits(two_old, two_new, kKeptSentence), 18u);
    EXPECT_EQ(kept_with_edits({}, two_new, kKeptSentence), 0u);
}

// ---- splits and merges -----------------------------------------------------------------------

TEST(FindSpreads, OneItemOverConsecutiveParts) {
    // old 0 = {1..6} split into new 0 = {1,2,3} and new 1 = {4,5,6}; new 2 unrelated.
    Fixture f({profile({1, 2, 3, 4, 5, 6})},
              {profile({1, 2, 3}), profile({4, 5, 6}), profile({7, 8})}, {0}, {0, 0, 0});
    const auto c = f.candidates();
    const auto spreads = find_spreads(f.old_items, f.new_items, c, false, f.weights, 0.8);
    ASSERT_EQ(spreads.size(), 1u);
    EXPECT_EQ(spreads[0].whole, 0u);
    EXPECT_EQ(spreads[0].parts, (std::vector<std::uint32_t>{0, 1}));
    EXPECT_DOUBLE_EQ(spreads[0].coverage, 1.0);
    EXPECT_DOUBLE_EQ(spreads[0].confidence, 1.0);
    // Merges: the same call with the sides swapped finds nothing here.
    EXPECT_TRUE(find_spreads(f.new_items, f.old_items, c, true, f.weights, 0.8).empty());
}

TEST(FindSpreads, CoverageIsInclusive) {
    // The parts hold 4 of the whole's 5 tokens: coverage 0.8.
    Fixture f({profile({1, 2, 3, 4, 5})}, {profile({1, 2}), profile({3, 4})}, {0}, {0, 0});
    const auto c = f.candidates();
    EXPECT_EQ(find_spreads(f.old_items, f.new_items, c, false, f.weights, 0.8).size(), 1u);
    EXPECT_TRUE(find_spreads(f.old_items, f.new_items, c, false, f.weights, 0.81).empty());
}

TEST(FindSpreads, PartsMustBeConsecutive) {
    Fixture f({profile({1, 2, 3, 4, 5, 6})}, {profile({1, 2, 3}), profile({4, 5, 6})}, {0}, {0, 0});
    f.new_items[1].position = 5;
    const auto c = f.candidates();
    EXPECT_TRUE(find_spreads(f.old_items, f.new_items, c, false, f.weights, 0.8).empty());
}

TEST(FindSpreads, Merge) {
    Fixture f({profile({1, 2, 3}), profile({4, 5, 6})}, {profile({1, 2, 3, 4, 5, 6, 7})}, {0, 0},
              {0});
    const auto c = f.candidates();
    const auto merges = find_spreads(f.new_items, f.old_items, c, true, f.weights, 0.8);
    ASSERT_EQ(merges.size(), 1u);
    EXPECT_EQ(merges[0].parts, (std::vector<std::uint32_t>{0, 1}));
}

// ---- words -----------------------------------------------------------------------------------

struct Sentence {
    std::string text;
    std::vector<text::Token> tokens;
    std::vector<std::uint32_t> ids;
    Sentence(std::string t, text::Interner& interner) : text(std::move(t)) {
        tokens = text::tokenize(text);
        intern_tokens(text, tokens, text::Comparison::normalized, interner, ids);
    }
    TokenRun run() const { return {text, 0, static_cast<std::uint32_t>(text.size()), tokens, ids}; }
};

std::string markup(const std::vector<WordChange>& words) {
    std::string out;
    for (const auto& w : words) {
        out += w.op == WordOp::equal    ? w.text
               : w.op == WordOp::remove ? "[-" + w.text + "-]"
                                        : "{+" + w.text + "+}";
    }
    return out;
}

std::string words(const std::string& a, const std::string& b, WordDiffOptions options = {}) {
    text::Interner interner;
    const Sentence older(a, interner);
    const Sentence newer(b, interner);
    std::vector<WordChange> out;
    diff_words(older.run(), newer.run(), options, out);
    return markup(out);
}

TEST(DiffWords, OneWordReplaced) {
    EXPECT_EQ(words("Rutte is a prudent legalist.", "Rutte is a careful legalist."),
              "Rutte is a [-prudent -]{+careful +}legalist.");
}

TEST(DiffWords, CaseAndQuotesDoNotCount) {
    EXPECT_EQ(words("Rutte\u2019s stance", "rutte's stance"), "rutte's stance");
}

TEST(DiffWords, SmallEqualRunsBetweenChangesAreFolded) {
    EXPECT_EQ(words("a b c d e", "a X c Y e"), "a [-b c d -]{+X c Y +}e");
    EXPECT_EQ(words("a b c d e", "a X c Y e", {0, 4'000'000}), "a [-b -]{+X +}c [-d -]{+Y +}e");
    // A run of exactly merge_equal_words is folded, one more is not.
    EXPECT_EQ(words("a b c d e f", "a X c d Y f", {2, 4'000'000}), "a [-b c d e -]{+X c d Y +}f");
    EXPECT_EQ(words("a b c d e f", "a X c d Y f", {1, 4'000'000}),
              "a [-b -]{+X +}c d [-e -]{+Y +}f");
}

TEST(DiffWords, EqualRunsAtTheEdgesStay) {
    EXPECT_EQ(words("x a b", "a b"), "[-x -]a b");
    EXPECT_EQ(words("a b", "a b y"), "a b {+y+}");
}

TEST(DiffWords, RebuildsBothSides) {
    text::Interner interner;
    const Sentence older("Rutte, famously, refused to  comment on   the matter.", interner);
    const Sentence newer("Rutte reportedly refused to comment on the matter at all.", interner);
    std::vector<WordChange> out;
    ASSERT_TRUE(diff_words(older.run(), newer.run(), {}, out));
    std::string rebuilt_new, rebuilt_old;
    for (const auto& w : out) {
        rebuilt_new += w.op != WordOp::remove ? w.text : "";
        rebuilt_old += w.op != WordOp::insert ? w.text : "";
    }
    EXPECT_EQ(rebuilt_new, newer.text);
    // Equal runs carry the new side's spacing: the old text comes back up to white space.
    auto squeeze = [](std::string s) {
        std::erase(s, ' ');
        return text::normalize(s);
    };
    EXPECT_EQ(squeeze(rebuilt_old), squeeze(older.text));
}

TEST(DiffWords, CapGivesAWholeSentenceReplacement) {
    // 3 x 3 tokens = 9 cells: at the cap a word diff, over it a replacement.
    EXPECT_EQ(words("a b c", "a x c", {2, 9}), "a [-b -]{+x +}c");
    EXPECT_EQ(words("a b c", "a x c", {2, 8}), "[-a b c-]{+a x c+}");
}

TEST(FoldSmallEqualities, DeletionsBeforeInsertions) {
    std::vector<TokenOp> ops = {
        {WordOp::insert, kNone, 0}, {WordOp::remove, 0, kNone}, {WordOp::equal, 1, 1}};
    const auto folded = fold_small_equalities(ops, 2);
    EXPECT_EQ(folded[0].op, WordOp::remove);
    EXPECT_EQ(folded[1].op, WordOp::insert);
    EXPECT_EQ(folded[2].op, WordOp::equal);
}

TEST(InternTokens, AsciiFastPathAgreesWithNormalize) {
    text::Interner interner;
    std::vector<std::uint32_t> ids;
    const std::string text = "NATO nato Rutte\u2019s Rutte's \u00C9t\u00E9 e\u0301t\u00E9";
    const auto tokens = text::tokenize(text);
    intern_tokens(text, tokens, text::Comparison::normalized, interner, ids);
    ASSERT_EQ(ids.size(), 6u);
    EXPECT_EQ(ids[0], ids[1]);
    EXPECT_EQ(ids[2], ids[3]);
    EXPECT_EQ(ids[4], ids[5]);
    std::vector<std::uint32_t> exact;
    intern_tokens(text, tokens, text::Comparison::exact, interner, exact);
    EXPECT_NE(exact[0], exact[1]);
    EXPECT_NE(exact[2], exact[3]);
}

} // namespace
} // namespace redraft::diff::detail
