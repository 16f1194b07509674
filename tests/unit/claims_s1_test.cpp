// The author's verdict on the views of the sentence before (task s1, fixtures/campaign: a
// columnist rejects a commentator's reproach, "I think that is unfair.", and a revision later
// adopts it, "Brask is right."), and a candidate who surges or stalls. Each form has a near case
// it must leave as it was.

#include <redraft/claims/claims.hpp>
#include <redraft/claims/lexicon.hpp>

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "analysed_text.hpp"

namespace redraft::claims {
namespace {

const Subject kDallmer{"Katrin Dallmer", {"Dallmer"}, {}, {"she", "her", "hers", "herself"}};

// The characterization `term` of sentence `s` (first paragraph) as "holder weight": the holder
// empty for the author's view.
std::string view_of(const std::string& text, std::uint32_t s, std::string_view term) {
    const auto a = testing::analyse_with(load_lexicon({}), text, {kDallmer});
    for (const auto& cue : a->analysis.claim(0, s).cues) {
        if (cue.kind == CueKind::characterization && cue.term == term) {
            return std::string(cue.holder) + " " + std::to_string(cue.weight).substr(0, 5);
        }
    }
    return "(no cue)";
}

constexpr const char* kQuote =
    "Katrin Dallmer spoke. \"She is reckless,\" Anton Brask wrote in the Courier. ";

TEST(VerdictsOnViews, UpheldTheViewsBecomeTheAuthors) {
    EXPECT_EQ(view_of(std::string(kQuote) + "Brask is right.\n", 1, "reckless"), " -1.00");
    EXPECT_EQ(view_of(std::string(kQuote) + "I think he is right.\n", 1, "reckless"), " -1.00");
    EXPECT_EQ(view_of(std::string(kQuote) + "I agree.\n", 1, "reckless"), " -1.00");
    EXPECT_EQ(view_of(std::string(kQuote) + "That is not unfair.\n", 1, "reckless"), " -1.00");
}

TEST(VerdictsOnViews, RejectedTheViewsAreTheAuthorsDenial) {
    EXPECT_EQ(view_of(std::string(kQuote) + "I think that is unfair.\n", 1, "reckless"), " 1.000");
    EXPECT_EQ(view_of(std::string(kQuote) + "Brask is wrong.\n", 1, "reckless"), " 1.000");
    EXPECT_EQ(view_of(std::string(kQuote) + "I do not agree.\n", 1, "reckless"), " 1.000");
    EXPECT_EQ(view_of(std::string(kQuote) + "He is not right.\n", 1, "reckless"), " 1.000");
}

TEST(VerdictsOnViews, OtherSentencesLeaveTheViewsTheirHolders) {
    const std::string held = "Anton Brask wrote -1.00";
    // Another person named, a longer sentence, a verdict with more after it.
    EXPECT_EQ(view_of(std::string(kQuote) + "Hennig is right.\n", 1, "reckless"), held);
    EXPECT_EQ(view_of(std::string(kQuote) + "That is right, and the polls agree.\n", 1, "reckless"),
              held);
    EXPECT_EQ(view_of(std::string(kQuote) + "It is unfair.\n", 1, "reckless"), held);
    EXPECT_EQ(view_of(std::string(kQuote) + "The vote is on Sunday.\n", 1, "reckless"), held);
    // A person said to be fair or unfair is judged herself: no verdict on the views before
    // (both counted *reckless* as the author's before; "That is unfair." still rejects them).
    EXPECT_EQ(view_of(std::string(kQuote) + "He is fair.\n", 1, "reckless"), held);
    EXPECT_EQ(view_of(std::string(kQuote) + "Brask is unfair.\n", 1, "reckless"), held);
    EXPECT_EQ(view_of("Katrin Dallmer runs the port. Critics say Dallmer is reckless. She is "
                      "fair.\n",
                      1, "reckless"),
              "Critics say -1.00");
    // A view the subject holds of someone else stays hers.
    EXPECT_EQ(view_of("Katrin Dallmer said Hennig was reckless. She is right.\n", 0, "reckless"),
              "Katrin Dallmer said -1.00");
}

// *surge* and *stall* judge a candidate only as a person's verb (its subject a person named
// there or a personal pronoun, past auxiliaries and adverbs); a river, a share, a surge of
// support and the noun are none, and another person named there owns it.
TEST(CampaignVerbs, ACandidateSurgesOrStallsWhereAPersonIsTheVerbsSubject) {
    EXPECT_EQ(view_of("Katrin Dallmer has surged in the polls.\n", 0, "surge"), " 0.500");
    EXPECT_EQ(view_of("Katrin Dallmer spoke. She has finally stalled.\n", 1, "stall"), " -0.50");
    EXPECT_EQ(view_of("Katrin Dallmer saw the river surge.\n", 0, "surge"), "(no cue)");
    EXPECT_EQ(view_of("Katrin Dallmer spoke. Her share has stalled at 41%.\n", 1, "stall"),
              "(no cue)");
    EXPECT_EQ(view_of("Katrin Dallmer rode a surge of support.\n", 0, "surge"), "(no cue)");
    const auto a = testing::analyse_with(
        load_lexicon({}), "Katrin Dallmer met Paul Hennig, and Hennig has stalled.\n", {kDallmer});
    const auto& cues = a->analysis.claim(0, 0).cues;
    ASSERT_EQ(cues.size(), 1u);
    EXPECT_EQ(cues[0].owner, "Hennig");
    EXPECT_FALSE(cues[0].counts_for(0));
}

} // namespace
} // namespace redraft::claims
