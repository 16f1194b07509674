// Readings of task s2 of the seventeenth session (a chief medical officer through an outbreak,
// fixtures/outbreak; docs/assessment.md): a count in words before a plural unit of time is a
// number, as its digits are ("every 4 days" -> "every four days" changes none); a time between
// a verb of finding and its "that" ("the inquiry found last week that") or a date in the object
// of "told" ("told ministers on 14 February that") leaves the clause the speaker's; and the rows
// of an official's faults and of figures not yet final. Each rule has a near case it must leave
// as it was.

#include <redraft/claims/claims.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analysed_text.hpp"
#include "quantity_values.hpp"

namespace redraft::claims {
namespace {

const Subject kHalvorsen{"Idris Halvorsen", {"Halvorsen"}, {}, {"he", "him", "his", "himself"}};

using testing::quantity_values;
using testing::Values;

TEST(ClaimsS2Outbreak, ACountInWordsBeforeAUnitOfTimeIsANumber) {
    EXPECT_EQ(quantity_values("The virus was doubling every four days."),
              (Values{"number:four days=4"}));
    EXPECT_EQ(quantity_values("Nine weeks later he is trusted."), (Values{"number:Nine weeks=9"}));
    EXPECT_EQ(quantity_values("He resigned twenty-one months later, after two decades in office."),
              (Values{"number:twenty-one months=21", "number:two decades=2"}));
    // With a digit in the sentence, the same; the digits and the words give one value, so the
    // copy-edit "4 days" -> "four days" is no number changed.
    EXPECT_EQ(quantity_values("It doubled every four days, to 212 cases."),
              (Values{"number:four days=4", "number:212=212"}));
    EXPECT_EQ(quantity_values("It doubled every 4 days.").front(), "number:4=4");
    EXPECT_EQ(quantity_values("They met for three hours and eleven minutes."),
              (Values{"number:three hours=3", "number:eleven minutes=11"}));
}

TEST(ClaimsS2Outbreak, OtherWordsBeforeAUnitOfTimeAreNoNumber) {
    // No count word, a singular unit ("one day" names a time, not a count), a capital unit, a
    // compound, a count before another noun.
    EXPECT_EQ(quantity_values("Some days later, and a few weeks on, he left."), Values{});
    EXPECT_EQ(quantity_values("One day he will count it, and in one week more."), Values{});
    EXPECT_EQ(quantity_values("The Two Weeks of Rage ended."), Values{});
    EXPECT_EQ(quantity_values("He moved to a four-day week."), Values{});
    EXPECT_EQ(quantity_values("Only four laboratories were open."), Values{});
    // Words that share the units' initials and sizes.
    EXPECT_EQ(quantity_values("Two dams were built, the three women met, and four hoses burst."),
              Values{});
}

// The characterization `term` of sentence `s` as "holder|counts as the author's".
std::string view_of(const std::string& text, std::uint32_t s, std::string_view term) {
    const auto cue = testing::cue_named(text, s, term, {kHalvorsen}, CueKind::characterization);
    if (!cue.found) {
        return "(no cue)";
    }
    return cue.holder + "|" + (cue.authors_own() ? "author" : "other");
}

TEST(ClaimsS2Outbreak, ATimeBetweenAVerbOfFindingAndItsClause) {
    EXPECT_EQ(view_of("Idris Halvorsen acted. The inquiry found last week that Halvorsen had "
                      "dithered.\n",
                      1, "dither"),
              "The inquiry found last week that|other");
    EXPECT_EQ(view_of("Idris Halvorsen acted. The panel concluded in March that Halvorsen was "
                      "complacent.\n",
                      1, "complacent"),
              "The panel concluded in March that|other");
    // The row without a gap still wins where it matches.
    EXPECT_EQ(view_of("Idris Halvorsen acted. The inquiry found that Halvorsen had dithered.\n", 1,
                      "dither"),
              "The inquiry found that|other");
}

TEST(ClaimsS2Outbreak, AFindingWithNoClauseLeavesTheAuthorsView) {
    // No "that" after the words, or punctuation between: the judgement stays the author's.
    EXPECT_EQ(view_of("Idris Halvorsen acted. The inquiry met last week, and Halvorsen had "
                      "dithered.\n",
                      1, "dither"),
              "|author");
    EXPECT_EQ(view_of("Idris Halvorsen acted. The inquiry found the files, and Halvorsen had "
                      "dithered.\n",
                      1, "dither"),
              "|author");
}

TEST(ClaimsS2Outbreak, ADateInTheObjectOfToldLeavesTheClauseTheSpeakers) {
    // Halvorsen's own words: held by him, not scored for him.
    EXPECT_EQ(view_of("Idris Halvorsen acted. Halvorsen told ministers on 14 February that a "
                      "lockdown would be premature.\n",
                      1, "premature"),
              "Halvorsen told|other");
    EXPECT_EQ(
        view_of("Idris Halvorsen acted. Gareth Pell told reporters in 2020 that Halvorsen was "
                "complacent.\n",
                1, "complacent"),
        "Gareth Pell told|other");
}

TEST(ClaimsS2Outbreak, ToldWithoutAClauseStillReportsNothing) {
    EXPECT_EQ(view_of("Idris Halvorsen acted. Okafor told ministers on 14 February to wait, "
                      "and Halvorsen was complacent.\n",
                      1, "complacent"),
              "|author");
}

TEST(ClaimsS2Outbreak, AnOfficialsFaults) {
    EXPECT_EQ(
        view_of("Idris Halvorsen has been overcautious about reopening.\n", 0, "overcautious"),
        "|author");
    const auto weight = [](const std::string& text, std::string_view term) {
        const auto a = testing::analyse_with(load_lexicon({}), text, {kHalvorsen});
        for (const auto& cue : a->analysis.claim(0, 0).cues) {
            if (cue.term == term) {
                return cue.weight;
            }
        }
        return 9.0;
    };
    EXPECT_DOUBLE_EQ(weight("Idris Halvorsen was overcautious.\n", "overcautious"), -0.5);
    EXPECT_DOUBLE_EQ(weight("Idris Halvorsen was over-cautious.\n", "over-cautious"), -0.5);
    EXPECT_DOUBLE_EQ(weight("Idris Halvorsen overreacted.\n", "overreact"), -0.5);
    EXPECT_DOUBLE_EQ(weight("Idris Halvorsen ran a disorganised programme.\n", "disorganised"),
                     -0.5);
    EXPECT_DOUBLE_EQ(weight("Idris Halvorsen was flat-footed.\n", "flat-footed"), -0.5);
    // Cautious alone stays ambivalent: no weight.
    EXPECT_DOUBLE_EQ(weight("Idris Halvorsen was cautious.\n", "cautious"), 0.0);
}

// The ids of the hedges of the first sentence.
std::vector<std::string> hedges_of(const std::string& text) {
    const auto a = testing::analyse_with(load_lexicon({}), text, {kHalvorsen});
    std::vector<std::string> ids;
    for (const auto& cue : a->analysis.claim(0, 0).cues) {
        if (cue.kind == CueKind::hedge) {
            ids.emplace_back(cue.id);
        }
    }
    return ids;
}

TEST(ClaimsS2Outbreak, FiguresNotYetFinalAreAHedge) {
    EXPECT_EQ(hedges_of("Preliminary figures show Idris Halvorsen was right.\n"),
              (std::vector<std::string>{"hedge.preliminary-figures"}));
    EXPECT_EQ(hedges_of("Provisional data show Idris Halvorsen was right.\n"),
              (std::vector<std::string>{"hedge.provisional-data"}));
    // 'preliminary' alone is no hedge.
    EXPECT_EQ(hedges_of("At a preliminary hearing Idris Halvorsen was right.\n"),
              (std::vector<std::string>{}));
}

} // namespace
} // namespace redraft::claims
