// Task v2: judgements of unseen genres (a restaurant critic on a chef, a profile of a
// vice-chancellor) that the shipped lexicon missed: the assurance of a performance, a gift for
// something, a share of the credit, promises kept or broken, and credit claimed (ambivalent);
// and the words they share with no judgement ("rest assured", "a gift for her mother",
// "a tax credit"), which must stay silent.

#include <redraft/claims/claims.hpp>
#include <redraft/claims/lexicon.hpp>

#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "analysed_text.hpp"

namespace redraft::claims {
namespace {

const Subject kFarrow{"Lucinda Farrow", {"Farrow"}, {}, {"she", "her", "hers", "herself"}};

TEST(ClaimsV2, UnseenGenresJudgementsAreFoundWithTheirSign) {
    for (const auto& [text, term, sign] : std::vector<std::tuple<std::string, std::string, int>>{
             {"Farrow's kitchen is the most assured cooking in town.\n", "most assured", 1},
             {"Farrow gave an assured debut.\n", "an assured", 1},
             {"Farrow wrote a more assured second novel.\n", "more assured", 1},
             {"Farrow has a gift for letting one ingredient speak.\n", "has a gift for", 1},
             {"Farrow had a gift for dialogue.\n", "had a gift for", 1},
             {"Farrow has a rare gift for dialogue.\n", "a rare gift", 1},
             {"Farrow deserves most of the credit.\n", "deserve * credit", 1},
             {"Farrow deserves the credit.\n", "deserve * credit", 1},
             {"Farrow deserves less of the credit than she takes.\n", "deserve less of the credit",
              -1},
             {"Farrow deserves little credit.\n", "deserve little credit", -1},
             {"Farrow deserves no credit for the turnaround.\n", "deserve no credit", -1},
             {"Farrow kept her promises.\n", "kept * promise", 1},
             {"Farrow keeps her promises.\n", "keep * promise", 1},
             {"Farrow broke her promises to the staff.\n", "broke * promise", -1},
             {"Farrow has broken every promise.\n", "broken * promise", -1}}) {
        const auto a = testing::analyse_with(load_lexicon({}), text, {kFarrow});
        const auto& cue = testing::first_characterization(*a, 0);
        EXPECT_EQ(cue.term, term) << text;
        EXPECT_EQ(cue.weight > 0 ? 1 : -1, sign) << text << ": " << cue.weight;
    }
}

TEST(ClaimsV2, ClaimingCreditIsReportedButNotSigned) {
    const auto a = testing::analyse_with(load_lexicon({}),
                                         "Farrow claims credit for the turnaround.\n", {kFarrow});
    const auto& cue = testing::first_characterization(*a, 0);
    EXPECT_EQ(cue.term, "claim credit");
    EXPECT_TRUE(cue.ambivalent);
}

TEST(ClaimsV2, TheWordsTheyShareWithNoJudgementStaySilent) {
    for (const char* text :
         {"Farrow was assured that the lease would be renewed.\n",
          "Rest assured, Farrow will open on Monday.\n", "Farrow bought a gift for her mother.\n",
          "Farrow gave a gift to the staff.\n", "Farrow made a promise.\n",
          "Farrow kept the menu short.\n"}) {
        const auto a = testing::analyse_with(load_lexicon({}), text, {kFarrow});
        for (const auto& cue : a->analysis.claim(0, 0).cues) {
            EXPECT_NE(cue.kind, CueKind::characterization) << text << ": " << cue.term;
        }
    }
}

// A negation word inside a longer characterization belongs to that term, which weighs it: no
// denial of its own ("warm without fuss" praises; "deserves no credit" blames once, not twice).
TEST(ClaimsV2, ANegationInsideALongerCharacterizationIsNoCueOfItsOwn) {
    for (const auto& [text, term, sign] : std::vector<std::tuple<std::string, std::string, int>>{
             {"Farrow runs the pass without fuss.\n", "without fuss", 1},
             {"Farrow deserves no credit for the turnaround.\n", "deserve no credit", -1}}) {
        const auto a = testing::analyse_with(load_lexicon({}), text, {kFarrow});
        const auto& cues = a->analysis.claim(0, 0).cues;
        ASSERT_EQ(cues.size(), 1u) << text;
        EXPECT_EQ(cues[0].term, term) << text;
        EXPECT_FALSE(cues[0].negated) << text;
        EXPECT_EQ(cues[0].weight > 0 ? 1 : -1, sign) << text;
    }
}

// Outside such a term the same words still deny: "without" before a judgement, "no" before
// "credit" with a word between that is no row's.
TEST(ClaimsV2, TheSameNegationOutsideATermStillDenies) {
    const auto a = testing::analyse_with(
        load_lexicon({}), "Farrow finished the year without a reckless act.\n", {kFarrow});
    const auto& cue = testing::first_characterization(*a, 0);
    EXPECT_EQ(cue.term, "reckless");
    EXPECT_TRUE(cue.negated);
    bool negation = false;
    for (const auto& c : a->analysis.claim(0, 0).cues) {
        negation = negation || c.kind == CueKind::negation;
    }
    EXPECT_TRUE(negation);
}

} // namespace
} // namespace redraft::claims
