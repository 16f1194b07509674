// Who a sentence's view belongs to: misreadings the seventeenth session's note left (task t3 of
// the eighteenth; docs/assessment.md, Known limits): a count of things opening a lead-in read as
// the holder of a view, and a speech tag whose speaker's affiliation is in lower case read as
// no speaker. Each rule has near cases it must leave as they were.

#include <redraft/claims/claims.hpp>
#include <redraft/claims/lexicon.hpp>

#include <gtest/gtest.h>

#include <string>

#include "analysed_text.hpp"

namespace redraft::claims {
namespace {

using testing::cue_named;
using testing::cues_named;

const Subject kHale{"Dana Hale", {"Hale"}, {}, {"she", "her", "hers", "herself"}};

// 1. "Two things favour her:": a count of things is no holder of a view. The verb of stance is
// no attribution, and the judgement after the colon is the author's.

TEST(ClaimsT3, ACountOfThingsHoldsNoView) {
    for (const char* sentence :
         {"Two things favour Hale: she was honest and she kept her word.\n",
          "Three facts argue against Hale: she was reckless with the reserves.\n",
          "Several factors favour Hale.\n", "The numbers favour Hale.\n"}) {
        SCOPED_TRACE(sentence);
        EXPECT_TRUE(cues_named(sentence, 0, "favour", {kHale}).empty());
        EXPECT_TRUE(cues_named(sentence, 0, "argue", {kHale}).empty());
    }
    EXPECT_TRUE(cue_named("Two things favour Hale: she was honest and she kept her word.\n", 0,
                          "honest", {kHale})
                    .authors_own());
}

TEST(ClaimsT3, PeopleCountedStillHoldTheirView) {
    // People, counted or not, and a noun of people after a thing keep their view.
    for (const char* sentence : {"Two aides favour Hale.\n", "Most voters favour Hale.\n",
                                 "Three economists argue that Hale was reckless.\n"}) {
        SCOPED_TRACE(sentence);
        const auto found = cues_named(sentence, 0, "favour", {kHale});
        const auto argued = cues_named(sentence, 0, "argue", {kHale});
        ASSERT_EQ(found.size() + argued.size(), 1U);
        EXPECT_FALSE((found.empty() ? argued : found).front().holder.empty());
    }
    EXPECT_EQ(cue_named("Three economists argue that Hale was reckless.\n", 0, "reckless", {kHale})
                  .holder,
              "Three economists argue");
}

// 4. "“He is finished,” said Tom Ashby of the rival camp": a speaker's affiliation after his name
// in lower case makes him no less the speaker.

TEST(ClaimsT3, ASpeakerWithALowerCaseAffiliationHoldsTheQuotation) {
    for (const char* sentence : {"\"Hale is reckless,\" said Tom Ashby of the rival camp.\n",
                                 "\"Hale is reckless,\" said Tom Ashby of the old city council "
                                 "on Monday.\n"}) {
        SCOPED_TRACE(sentence);
        const auto reckless = cue_named(sentence, 0, "reckless", {kHale});
        EXPECT_EQ(reckless.holder_key, "ashby");
        EXPECT_TRUE(reckless.holder.starts_with("said Tom Ashby"));
    }
    // Before the verb, within the holder's six words, it was read so already, and stays.
    EXPECT_EQ(cue_named("Tom Ashby of the rival campaign team said Hale was reckless.\n", 0,
                        "reckless", {kHale})
                  .holder_key,
              "ashby");
}

TEST(ClaimsT3, AClauseAfterTheSpeakerOrNoNameIsNoAffiliation) {
    // A relative clause after "of" is no affiliation: as before, the tag names no speaker.
    // (Lower-case words after "of" needed a person's name before them until task u2 of the
    // nineteenth session: "said the chairman of the rival camp in town" is now the chairman's,
    // tests/unit/claims_u2_test.cpp.)
    for (const char* sentence :
         {"\"Hale is reckless,\" said Tom Ashby of the camp that backs Reyes.\n"}) {
        SCOPED_TRACE(sentence);
        EXPECT_NE(cue_named(sentence, 0, "reckless", {kHale}).holder_key, "ashby");
        EXPECT_FALSE(cue_named(sentence, 0, "reckless", {kHale}).holder.starts_with("said"));
    }
    // A capitalized affiliation is read as it was.
    EXPECT_EQ(
        cue_named("\"Hale is reckless,\" said Tom Ashby of Harlow Bank.\n", 0, "reckless", {kHale})
            .holder_key,
        "ashby");
}

} // namespace
} // namespace redraft::claims
