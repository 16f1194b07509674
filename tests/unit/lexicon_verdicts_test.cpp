// The shipped lexicon's verdicts that recommend what should become of the subject: the bottom
// line of a column ("On balance, she deserves a second term"; "he should resign"), negated the
// other way, and the facts that share their words ("was given a second term", "refused to
// resign") no verdict.

#include <redraft/claims/claims.hpp>
#include <redraft/claims/lexicon.hpp>

#include <gtest/gtest.h>

#include <string>
#include <tuple>
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

} // namespace
} // namespace redraft::claims
