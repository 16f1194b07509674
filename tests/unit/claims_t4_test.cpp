// What counts as a change (task t4, eighteenth session): the misreadings and missing rows the
// seventeenth session left. A count respelt between digits and words is one number; "My view
// has not changed" denies no judgement; a relative "that" after the object of *find* or
// *conclude* reports no finding; hedges and evidentials in sentences about no subject are noted;
// rows for bare *slow*, *cold*, *routine* (ambivalent), *too slow*, *too late*. Each
// rule has near cases it must leave as they were.

#include <redraft/assess/assess.hpp>
#include <redraft/assess/no_subject.hpp>
#include <redraft/claims/claims.hpp>
#include <redraft/claims/lexicon.hpp>

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "analysed_pair.hpp"
#include "analysed_text.hpp"

namespace redraft {
namespace {

using claims::CueKind;
using claims::load_lexicon;

const claims::Subject kVale{"Imke Vale", {"Vale"}, {}, {"she", "her", "hers", "herself"}};

const claims::Lexicon& shipped() {
    static const claims::Lexicon lexicon = load_lexicon({});
    return lexicon;
}

// Vale's number changes between two one-sentence texts, as "old -> new" ("4 -> five", "4 ->"
// for one dropped).
std::vector<std::string> number_changes(const std::string& old_text, const std::string& new_text) {
    std::vector<std::string> out;
    for (const auto& change :
         assess::testing::first_subject_changes(shipped(), {kVale}, old_text, new_text)) {
        if (change.kind == assess::ChangeKind::number_changed) {
            out.push_back(change.old_value + " -> " + change.new_value);
        }
    }
    return out;
}

// 1. A count in words where the other side has a number in digits, between the same words, is
// that number: the same value is a copy-edit, another a changed number.

TEST(ClaimsT4, ACountRespeltBetweenDigitsAndWordsIsNoChange) {
    EXPECT_TRUE(number_changes("Vale said only 4 laboratories reported on time.\n",
                               "Vale said only four laboratories reported on time.\n")
                    .empty());
    EXPECT_TRUE(number_changes("Vale named twelve advisers to the panel.\n",
                               "Vale named 12 advisers to the panel.\n")
                    .empty());
    EXPECT_TRUE(number_changes("Vale won twenty-one of the seats.\n", "Vale won 21 of the seats.\n")
                    .empty());
}

TEST(ClaimsT4, ACountChangedBetweenDigitsAndWordsIsOneChangedNumber) {
    EXPECT_EQ(number_changes("Vale said only 4 laboratories reported on time.\n",
                             "Vale said only five laboratories reported on time.\n"),
              (std::vector<std::string>{"4 -> five"}));
    EXPECT_EQ(number_changes("Vale said only four laboratories reported on time.\n",
                             "Vale said only five laboratories reported on time.\n"),
              (std::vector<std::string>{"four -> five"}));
    EXPECT_EQ(number_changes("Vale named eleven advisers to the panel.\n",
                             "Vale named 17 advisers to the panel.\n"),
              (std::vector<std::string>{"eleven -> 17"}));
}

TEST(ClaimsT4, ACountInWordsElsewhereOrAPronounOneIsNoNumber) {
    // Not between the same words: the digits dropped and the count added are two places.
    EXPECT_EQ(number_changes("Vale said 4 laboratories reported on time.\n",
                             "Vale said on time that four of the laboratories reported.\n"),
              (std::vector<std::string>{"4 -> "}));
    // "one of the", "no one", "a one-off": the same words on both sides, no number read.
    EXPECT_TRUE(number_changes("Vale was one of the few who spoke. No one backed her.\n",
                               "Vale was one of the few who objected. No one defended her.\n")
                    .empty());
    EXPECT_TRUE(number_changes("Vale called the grant a one-off.\n",
                               "Vale called the grant a one-off payment.\n")
                    .empty());
    // A number of another kind (a percentage) is not a count.
    EXPECT_EQ(number_changes("Vale said 4% of laboratories reported.\n",
                             "Vale said four of laboratories reported.\n"),
              (std::vector<std::string>{"4% -> "}));
}

// 2. "My view has not changed": the author's view holds; the negation denies no judgement.

bool has_negation(const std::string& text, std::uint32_t s) {
    const auto a = claims::testing::analyse_with(load_lexicon({}), text, {kVale});
    for (const auto& cue : a->analysis.claim(0, s).cues) {
        if (cue.kind == CueKind::negation) {
            return true;
        }
    }
    return false;
}

TEST(ClaimsT4, AViewThatHasNotChangedIsNoNegation) {
    for (const char* text :
         {"Vale was reckless. My view of her has not changed.\n",
          "Vale was reckless. Our assessment hasn't shifted.\n",
          "Vale was reckless. This does not change my view of her.\n",
          "Vale was reckless. The inquiry has not altered our overall judgement of her.\n",
          "Vale was reckless. I have not really changed my mind about her.\n",
          "Vale was reckless. The hearing has not changed my view.\n"}) {
        EXPECT_FALSE(has_negation(text, 1)) << text;
    }
    // The judgement after it stays the author's, not denied.
    const auto a = claims::testing::analyse_with(
        load_lexicon({}), "This does not change my view that Vale was reckless.\n", {kVale});
    const auto& judged = claims::testing::first_characterization(*a, 0);
    EXPECT_FALSE(judged.negated);
    EXPECT_LT(judged.weight, 0.0);
}

TEST(ClaimsT4, AnotherViewOrAnotherChangeKeepsItsNegation) {
    for (const char* text : {"Vale was reckless. Her view has not changed.\n",
                             "Vale was careful. She has not changed.\n",
                             "Vale was careful. She has not changed her view.\n",
                             "Vale was reckless. My view is not that she lied.\n",
                             "Vale was reckless. My staff have not changed.\n",
                             "Vale was reckless. My view has not been asked for.\n"}) {
        EXPECT_TRUE(has_negation(text, 1)) << text;
    }
}

// 3. A relative "that" after the object of *find* or *conclude* reports no finding.

std::string holder_of(const std::string& text) {
    return claims::testing::cue_named(text, 0, "reckless", {kVale}, CueKind::characterization)
        .holder;
}

TEST(ClaimsT4, ARelativeThatAfterAnObjectIsNoFinding) {
    EXPECT_EQ(
        holder_of("The inquiry found documents that Vale had hidden, and she was reckless.\n"), "");
    EXPECT_EQ(holder_of("The panel found a memo that was signed by Vale, and she was reckless.\n"),
              "");
    EXPECT_EQ(holder_of("The auditors concluded the review that Vale had ordered, and she was "
                        "reckless.\n"),
              "");
}

TEST(ClaimsT4, AThatOfWhatWasFoundStaysAFinding) {
    for (const char* text : {"The inquiry found last week that Vale was reckless.\n",
                             "The inquiry found in March that Vale had been reckless.\n",
                             "The inquiry found evidence that Vale was reckless.\n",
                             "The panel concluded each time that Vale was reckless.\n",
                             "The inquiry found signs that Vale had been reckless.\n",
                             // A relative clause of evidence: what it shows is what was found.
                             "The panel found a memo that showed Vale was reckless.\n",
                             "The inquiry found documents that proved Vale had been reckless.\n"}) {
        const std::string holder = holder_of(text);
        EXPECT_NE(holder, "") << text;
        EXPECT_NE(holder, "(no cue)") << text;
    }
}

// 4. Hedges and evidentials changed in sentences about no subject are noted.

std::vector<std::string> notes_of(const std::string& old_text, const std::string& new_text) {
    const auto pair =
        assess::testing::analyse_pair("e.reportedly\treportedly\tevidential\t-0.5\tcertainty\t\n"
                                      "h.perhaps\tperhaps\thedge\t-0.5\tcertainty\t\n"
                                      "b.clearly\tclearly\tbooster\t+0.75\tcertainty\t\n",
                                      {kVale}, old_text, new_text);
    const auto assessment =
        assess::compare(pair->old_revision(), pair->new_revision(), pair->diff, {kVale}, {});
    return assess::no_subject_changes_notes(
        assess::changes_about_no_subject(assessment, pair->diff));
}

TEST(ClaimsT4, AHedgeAddedAboutNoSubjectIsNoted) {
    EXPECT_EQ(notes_of("Vale ran the agency.\n\nThe economy grew.\n",
                       "Vale ran the agency.\n\nThe economy reportedly grew.\n"),
              (std::vector<std::string>{"1 change of certainty in a sentence about no subject, "
                                        "which moves no score: hedged, 'reportedly' added "
                                        "(paragraph 2)"}));
    EXPECT_EQ(notes_of("Vale ran the agency.\n\nThe plan perhaps failed. Rates clearly rose.\n",
                       "Vale ran the agency.\n\nThe plan failed. Rates rose.\n"),
              (std::vector<std::string>{"2 changes of certainty in sentences about no subject, "
                                        "which move no score: made firmer, 'perhaps' dropped "
                                        "(paragraph 2); hedged, 'clearly' dropped (paragraph 2)"}));
}

TEST(ClaimsT4, AHedgeOfTheSubjectOrOfNoChangedSentenceIsNoNote) {
    // The subject's own change lists it; a sentence added whole is no news.
    EXPECT_TRUE(notes_of("Vale ran the agency.\n\nThe economy grew.\n",
                         "Vale reportedly ran the agency.\n\nThe economy grew.\n")
                    .empty());
    EXPECT_TRUE(
        notes_of("Vale ran the agency.\n", "Vale ran the agency.\n\nRates reportedly rose.\n")
            .empty());
}

// 5. Rows: bare slow, cold, routine are ambivalent (listed, never signed); too slow and too late
// are a reproach; bare late and bare decent are no rows (the late chairman, a decent return).

TEST(ClaimsT4, BareSlowColdRoutineAreAmbivalent) {
    for (const auto& [text, term] : std::vector<std::pair<std::string, std::string>>{
             {"Vale was slow, as ever.\n", "slow"},
             {"Vale was cold towards her staff.\n", "cold"},
             {"Vale gave a routine account of the Brahms.\n", "routine"}}) {
        const auto a = claims::testing::analyse_with(load_lexicon({}), text, {kVale});
        const auto& cue = claims::testing::first_characterization(*a, 0);
        EXPECT_EQ(cue.term, term) << text;
        EXPECT_TRUE(cue.ambivalent) << text;
        EXPECT_EQ(cue.weight, 0.0) << text;
    }
}

TEST(ClaimsT4, TooSlowAndTooLateReproachLongerRowsWin) {
    for (const auto& [text, term, sign] : std::vector<std::tuple<std::string, std::string, int>>{
             {"Vale was too slow to answer the letters.\n", "too slow", -1},
             {"Vale acted too late.\n", "too late", -1},
             {"Vale was late to act.\n", "late to act", -1},
             {"Vale was slow to act.\n", "slow to act", -1},
             {"Vale was a decent woman.\n", "decent woman", 1},
             {"Under Vale the playing became routine.\n", "playing became routine", -1}}) {
        const auto a = claims::testing::analyse_with(load_lexicon({}), text, {kVale});
        const auto& cue = claims::testing::first_characterization(*a, 0);
        EXPECT_EQ(cue.term, term) << text;
        EXPECT_EQ(cue.weight > 0 ? 1 : -1, sign) << text;
    }
}

TEST(ClaimsT4, BareLateBareDecentAndTheColdWarJudgeNothing) {
    for (const char* text :
         {"Vale returned in late March.\n", "The late Vale was mourned.\n",
          "Vale earned a decent return.\n", "Vale grew up during the Cold War.\n"}) {
        const auto a = claims::testing::analyse_with(load_lexicon({}), text, {kVale});
        for (const auto& cue : a->analysis.claim(0, 0).cues) {
            EXPECT_NE(cue.kind, CueKind::characterization) << text << ": " << cue.term;
        }
    }
}

} // namespace
} // namespace redraft
