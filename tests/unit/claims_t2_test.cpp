// A football manager through a season (task t2, eighteenth session; fixtures/season): the numbers
// of a sports column that were read wrongly. Each rule has near cases it must leave as it was.

#include <redraft/claims/claims.hpp>
#include <redraft/claims/lexicon.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analysed_text.hpp"
#include "quantity_values.hpp"

namespace redraft::claims {
namespace {

using testing::quantity_values;
using testing::Values;

// a. A score right before a stop, a comma or another mark that closes a clause is one value, as
// it is anywhere else ("win a lot of games 1-0." read "1" and "0", so "1-0" -> "2-0" was a
// number dropped and one added).

TEST(ClaimsT2, AScoreBeforeAClosingMarkIsOneValue) {
    EXPECT_EQ(quantity_values("They win a lot of games 1-0."), Values{"number:1-0=1-0"});
    EXPECT_EQ(quantity_values("They won 2-0, and he smiled."), Values{"number:2-0=2-0"});
    EXPECT_EQ(quantity_values("It ended 3–3; nobody cared."), Values{"number:3–3=3-3"});
    EXPECT_EQ(quantity_values("(they lost 4-1)"), Values{"number:4-1=4-1"});
    EXPECT_EQ(quantity_values("Was it 2-1?"), Values{"number:2-1=2-1"});
}

TEST(ClaimsT2, ANumberGluedToMoreIsStillNoScore) {
    // A chain, a decimal, an amount's range and a span of years stay as they were.
    EXPECT_EQ(quantity_values("a 4-4-2."), quantity_values("a 4-4-2 shape"));
    EXPECT_EQ(quantity_values("between 1.5-2."), quantity_values("between 1.5-2 metres"));
    EXPECT_EQ(quantity_values("it cost £3-4m."), quantity_values("it cost £3 - 4m."));
    EXPECT_EQ(quantity_values("from 2014-2016."), Values{"year:2014-2016=2014-2016"});
    EXPECT_EQ(quantity_values("it was 3 - 1."), (Values{"number:3=3", "number:1=1"}));
}

// b. A count in words before a unit of a sports table or record ("six goals", "five games
// unbeaten", "four wins in five matches") is read, as one before a unit of time is: "six goals"
// -> "five goals" is a number changed, "two defeats" -> "2 defeats" none.

TEST(ClaimsT2, ACountInWordsBeforeASportsUnitIsANumber) {
    EXPECT_EQ(quantity_values("He has scored six goals."), Values{"number:six goals=6"});
    EXPECT_EQ(quantity_values("They are five games unbeaten."), Values{"number:five games=5"});
    EXPECT_EQ(quantity_values("They have four wins in five matches."),
              (Values{"number:four wins=4", "number:five matches=5"}));
    EXPECT_EQ(quantity_values("after two defeats and three draws"),
              (Values{"number:two defeats=2", "number:three draws=3"}));
    EXPECT_EQ(quantity_values("after twenty-one games"), Values{"number:twenty-one games=21"});
    // In digits the same value: a copy-edit changes nothing.
    EXPECT_EQ(quantity_values("after 2 defeats"), Values{"number:2=2"});
}

TEST(ClaimsT2, OtherWordsBeforeASportsUnitAreNoCount) {
    for (const char* sentence :
         {"He scored the goals.", "The games were dull.", "Their wins came late.",
          "Both draws were at home.", "He won one of the matches.", "She draws well.",
          "Each goal counted.", "The Games opened in July 2012.", "He wins games."}) {
        for (const auto& value : quantity_values(sentence)) {
            EXPECT_EQ(value.rfind("number:", 0), std::string::npos) << sentence << ": " << value;
        }
    }
}

// c. A place in a table in words after "up to" or "down to" is read as its figures are: "up to
// second" -> "up to third" is a number changed, "down to eleventh" -> "down to 11th" none.

TEST(ClaimsT2, APlaceInWordsAfterUpToOrDownToIsANumber) {
    EXPECT_EQ(quantity_values("Kelderby are up to second, two points behind."),
              (Values{"number:second=2nd", "number:two points=2"}));
    EXPECT_EQ(quantity_values("They slid down to eleventh."), Values{"number:eleventh=11th"});
    EXPECT_EQ(quantity_values("They slid down to 11th."), Values{"number:11th=11th"});
    EXPECT_EQ(quantity_values("They moved up to first on 3 May."),
              (Values{"number:first=1st", "date:3 May=--05-03"}));
}

TEST(ClaimsT2, OtherOrdinalsInWordsAreNoPlace) {
    EXPECT_TRUE(quantity_values("He won a second term.").empty());
    EXPECT_TRUE(quantity_values("It was the third time he lost.").empty());
    EXPECT_TRUE(quantity_values("They went to third base.").empty());
    EXPECT_TRUE(quantity_values("He came second in the sprint.").empty());
    EXPECT_TRUE(quantity_values("Nobody came up to them.").empty());
}

// d. Rows: a manager's change praised without the article that *an inspired* needs, and a style
// of play; bare *inspired* ("inspired by") and bare *negative* stay out.

const Subject kMarlowe{"Stefan Marlowe", {"Marlowe"}, {}, {"he", "him", "his", "himself"}};

// The characterizations of the first sentence that count for Marlowe, as "term=weight".
std::vector<std::string> judgements(const std::string& text) {
    const auto a = testing::analyse_with(load_lexicon({}), text, {kMarlowe});
    const Claim& claim = a->analysis.claim(0, 0);
    std::vector<std::string> out;
    for (const auto& cue : claim.cues) {
        if (cue.kind == CueKind::characterization && claim.is_about(0) && cue.counts_for(0)) {
            out.push_back(std::string(cue.term) + "=" + std::to_string(cue.weight).substr(0, 5));
        }
    }
    return out;
}

TEST(ClaimsT2, AnInspiredChangeAndNegativeFootballAreJudgements) {
    EXPECT_EQ(judgements("Marlowe's inspired substitution won the game.\n"),
              std::vector<std::string>{"inspired substitution=0.500"});
    EXPECT_EQ(judgements("Marlowe made an inspired change at half-time.\n").size(), 1u);
    EXPECT_EQ(judgements("Marlowe plays negative football.\n"),
              std::vector<std::string>{"negative football=-0.50"});
    EXPECT_EQ(judgements("Marlowe's negative tactics cost them.\n"),
              std::vector<std::string>{"negative tactics=-0.50"});
}

TEST(ClaimsT2, InspiredByAndNegativeAloneAreNoJudgement) {
    for (const char* text :
         {"Marlowe was inspired by his first coach.\n", "Marlowe tested negative on Monday.\n",
          "Marlowe had a negative goal difference.\n",
          "Marlowe made the substitution after an hour.\n"}) {
        EXPECT_TRUE(judgements(text).empty()) << text;
    }
}

// e. A speech tag whose speaker is in apposition ("said the chairman, Maurice Tallon") and goes
// on to a when or where after a comma ("..., at the unveiling") names its speaker, as it does at
// the sentence's end: the chairman's praise was held by 'said' alone, unnamed others.

// The holder of the first sentence's cue `term`, as written.
std::string holder_of(const std::string& text, std::string_view term) {
    const auto a = testing::analyse_with(load_lexicon({}), text, {kMarlowe});
    for (const auto& cue : a->analysis.claim(0, 0).cues) {
        if (cue.term == term) {
            return std::string(cue.holder);
        }
    }
    return "(no cue)";
}

TEST(ClaimsT2, ASpeakerInAppositionBeforeAWhenOrWhereHoldsTheQuotation) {
    EXPECT_EQ(holder_of("\"Marlowe is a safe pair of hands,\" said the chairman, Maurice Tallon, "
                        "at the unveiling.\n",
                        "safe pair of hands"),
              "said the chairman, Maurice Tallon");
    EXPECT_EQ(holder_of("\"Marlowe is brilliant,\" said Maurice Tallon, the chairman, on "
                        "Thursday.\n",
                        "brilliant"),
              "said Maurice Tallon, the chairman");
}

TEST(ClaimsT2, ASpeakerInAppositionIsReadAsBeforeElsewhere) {
    // At the sentence's end, with no apposition, and before a clause that holds a cue.
    EXPECT_EQ(
        holder_of("\"Marlowe is brilliant,\" said the chairman, Maurice Tallon.\n", "brilliant"),
        "said the chairman, Maurice Tallon");
    EXPECT_EQ(
        holder_of("\"Marlowe is brilliant,\" said Maurice Tallon at the unveiling.\n", "brilliant"),
        "said Maurice Tallon");
    // A cue after the comma: the words there are no when or where of a tag (as before).
    EXPECT_NE(holder_of("\"Marlowe is brilliant,\" said the chairman, Maurice Tallon, after a "
                        "reckless week.\n",
                        "brilliant"),
              "said the chairman, Maurice Tallon");
}

} // namespace
} // namespace redraft::claims
