// Readings of QA pass q24's unseen texts (a theatre review, a mayor's profile, a technology
// column; docs/assessment.md, Known limits): what the text tells of a person's gender when a
// sentence about him also holds a woman's pronoun, and the speaker of an inverted speech tag
// followed by a relative clause on the speaker's firm. Each rule has a near case it must leave
// as it was.

#include <redraft/claims/claims.hpp>
#include <redraft/claims/lexicon.hpp>
#include <redraft/document/document.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analysed_text.hpp"
#include "claims/people.hpp"
#include "found_people.hpp"

namespace redraft::claims {
namespace {

using testing::people_in;
using testing::person_named;

TEST(ClaimsQ24, AHerBeforeAnAdverbOfMannerIsTheObjectOfThePersonsVerb) {
    // A review of a director: "Delmont has not served her well" is the actress, not he.
    const auto people =
        people_in("Oskar Delmont has not served her well. Oskar Delmont treated her badly.\n\n"
                  "Anna Berg praised her early work. Anna Berg lost her well-earned seat.\n");
    const Person* delmont = person_named(people, "Oskar Delmont");
    const Person* berg = person_named(people, "Anna Berg");
    ASSERT_NE(delmont, nullptr);
    ASSERT_NE(berg, nullptr);
    EXPECT_EQ(delmont->feminine, 0u);
    // A "her" before a word in -ly, or a hyphenated "well-", that describes a noun may be hers.
    EXPECT_EQ(berg->feminine, 2u);
}

TEST(ClaimsQ24, APronounOfTheOtherGenderAfterAnOpeningHeIsSomeoneElse) {
    // The sentence after the one naming him opens with "He": its "her" is someone else, not a
    // pronoun of his. Counted, the director's gender was unknown (three "her" to six "he"), so
    // that "her" went to him and "A braver director would have left her alone" was his.
    const auto people = people_in(
        "Oskar Delmont spoke first. He crowds her big scenes, and he makes her compete with a "
        "band.\n\nOskar Delmont left. He thanked her.\n");
    const Person* delmont = person_named(people, "Oskar Delmont");
    ASSERT_NE(delmont, nullptr);
    EXPECT_EQ(delmont->feminine, 0u);
    EXPECT_EQ(delmont->masculine, 3u);
    EXPECT_EQ(gender_of(*delmont), Gender::masculine);
}

TEST(ClaimsQ24, BothGendersStillCountWhereNoPronounOpensTheNextSentence) {
    // Not opened by "he" or "she": the sentence tells as before ("Her" is hers, "him" too, as
    // the rule of one person in one sentence is not asked here).
    const auto people = people_in("Anna Berg spoke first. Her brother praised him.\n\n"
                                  "Anna Berg left. Later she thanked him.\n");
    const Person* berg = person_named(people, "Anna Berg");
    ASSERT_NE(berg, nullptr);
    EXPECT_EQ(berg->feminine, 2u);
    EXPECT_EQ(berg->masculine, 2u);
}

const Subject kBerg{"Anna Berg", {"Berg"}, {}, {"she", "her", "hers", "herself"}};

// The holder of the characterization `term` in sentence `s` of the first paragraph, read with the
// shipped lexicon.
std::string holder_of(const std::string& text, std::uint32_t s, std::string_view term) {
    return testing::cue_named(text, s, term, {kBerg}).holder;
}

TEST(ClaimsQ24, ARelativeClauseOnTheSpeakersFirmEndsAnInvertedSpeechTag) {
    // A technology column: the investor named after "said", then her firm's relative clause.
    // The holder was the bare "said", which names no one.
    EXPECT_EQ(holder_of("\"Berg is reckless,\" said Marta Ilves of Northgate Ventures, which led "
                        "the last round.\n",
                        0, "reckless"),
              "said Marta Ilves of Northgate Ventures, which led the last round");
    EXPECT_EQ(holder_of("\"Berg is reckless,\" said Marta Ilves, whose fund led the round.\n", 0,
                        "reckless"),
              "said Marta Ilves, whose fund led the round");
    // As before: "who" on the speaker herself.
    EXPECT_EQ(
        holder_of("\"Berg is reckless,\" said Marta Ilves, who led the round.\n", 0, "reckless"),
        "said Marta Ilves, who led the round");
}

TEST(ClaimsQ24, AClauseOfItsOwnAfterAnInvertedSpeechTagStillNamesNoSpeaker) {
    // Not a relative clause: a clause of its own after the comma leaves the tag as it was, no
    // inverted speaker read.
    const std::string holder = holder_of(
        "\"Berg is reckless,\" said Marta Ilves of Northgate Ventures, and the board agreed.\n", 0,
        "reckless");
    EXPECT_EQ(holder.find("Ilves"), std::string::npos) << holder;
}

} // namespace
} // namespace redraft::claims
