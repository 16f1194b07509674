// The shipped lexicon's verdicts that recommend what should become of the subject: the bottom
// line of a column ("On balance, she deserves a second term"; "he should resign"), negated the
// other way, and the facts that share their words ("was given a second term", "refused to
// resign") no verdict; and a verdict left open ("remains an open question"), a hedge.

#include <redraft/claims/claims.hpp>
#include <redraft/claims/lexicon.hpp>

#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "analysed_text.hpp"

namespace redraft::claims {
namespace {

const Subject kBaird{"Rhona Baird", {"Baird"}, {}, {"she", "her", "hers", "herself"}};

TEST(LexiconVerdicts, ARecommendationJudgesTheSubjectAndANegationTurnsIt) {
    for (const auto& [text, term, sign] : std::vector<std::tuple<std::string, std::string, int>>{
             {"On balance, Baird deserves a second term.\n", "deserve a second term", 1},
             {"Baird does not deserve a second term.\n", "deserve a second term", -1},
             {"Baird deserves re-election.\n", "deserve re-election", 1},
             {"Baird should be given a second term.\n", "be given a second term", 1},
             {"Baird should not be given a second term.\n", "be given a second term", -1},
             {"Baird should resign.\n", "should resign", -1},
             {"Baird must step down.\n", "must step down", -1},
             {"Baird should be sacked.\n", "should be sacked", -1}}) {
        const auto a = testing::analyse_with(load_lexicon({}), text, {kBaird});
        const auto& cue = testing::first_characterization(*a, 0);
        EXPECT_EQ(cue.term, term) << text;
        EXPECT_EQ(cue.weight > 0 ? 1 : -1, sign) << text;
    }
}

TEST(LexiconVerdicts, TheFactsThatShareTheirWordsAreNoVerdict) {
    for (const char* text :
         {"Baird was given a second term in 2019.\n", "Baird refused to resign.\n",
          "Baird resigned in May.\n", "Baird should not resign.\n", "Baird deserves a rest.\n"}) {
        const auto a = testing::analyse_with(load_lexicon({}), text, {kBaird});
        for (const auto& cue : a->analysis.claim(0, 0).cues) {
            EXPECT_NE(cue.kind, CueKind::characterization) << text << ": " << cue.term;
        }
    }
}

TEST(LexiconVerdicts, AVerdictLeftOpenIsAHedge) {
    for (const auto& [text, term] : std::vector<std::pair<std::string, std::string>>{
             {"Whether Baird is also a leader remains an open question.\n", "open question"},
             {"The jury is still out on Baird's reforms.\n", "jury is still out"},
             {"Baird's record is open to debate.\n", "open to debate"}}) {
        const auto a = testing::analyse_with(load_lexicon({}), text, {kBaird});
        const auto& cues = a->analysis.claim(0, 0).cues;
        ASSERT_EQ(cues.size(), 1u) << text;
        EXPECT_EQ(cues[0].kind, CueKind::hedge) << text;
        EXPECT_EQ(cues[0].term, term) << text;
    }
    const auto a =
        testing::analyse_with(load_lexicon({}), "Baird answered every question.\n", {kBaird});
    EXPECT_TRUE(a->analysis.claim(0, 0).cues.empty());
}

TEST(LexiconVerdicts, AChoiceOfPersonAndASteadyHandAreJudged) {
    for (const auto& [text, term, sign] : std::vector<std::tuple<std::string, std::string, int>>{
             {"Baird may yet prove the right choice.\n", "right choice", 1},
             {"Baird was the wrong choice.\n", "wrong choice", -1},
             {"Baird is the right woman for the job.\n", "right * for the job", 1},
             {"Baird has been sure-footed.\n", "sure-footed", 1},
             {"Baird has been less sure-footed.\n", "sure-footed", -1}}) {
        const auto a = testing::analyse_with(load_lexicon({}), text, {kBaird});
        const auto& cue = testing::first_characterization(*a, 0);
        EXPECT_EQ(cue.term, term) << text;
        EXPECT_EQ(cue.weight > 0 ? 1 : -1, sign) << text;
    }
    const auto a = testing::analyse_with(load_lexicon({}),
                                         "Baird turned right at the choice of roads.\n", {kBaird});
    for (const auto& cue : a->analysis.claim(0, 0).cues) {
        EXPECT_NE(cue.kind, CueKind::characterization) << cue.term;
    }
}

} // namespace
} // namespace redraft::claims
