// Readings of task s2 (a business profile of a founder who goes by "they", fixtures/founder;
// docs/assessment.md): a "they" that stands for a group named by a plural noun of people, and a
// relative clause on the noun that says what the subject is, past coordinated adjectives or
// after ", and who". Each rule has a near case it must leave as it was.

#include <redraft/claims/claims.hpp>

#include <gtest/gtest.h>

#include <string>

#include "analysed_text.hpp"

namespace redraft::claims {
namespace {

const Subject kHalloran{
    "Quinn Halloran", {"Halloran"}, {}, {"they", "them", "their", "themselves"}};
const Subject kBerg{"Anna Berg", {"Berg"}, {}, {"she", "her", "hers", "herself"}};

// Whether the characterization `term` of sentence `s` counts for the subject as the author's.
bool counts(const std::string& text, std::uint32_t s, std::string_view term,
            const Subject& subject) {
    const auto cue = testing::cue_named(text, s, term, {subject}, CueKind::characterization);
    EXPECT_TRUE(cue.found) << term << " in: " << text;
    return cue.authors_own();
}

TEST(ClaimsS2, TheyAfterAPluralNounOfPeopleInItsSentenceIsTheGroup) {
    // The investors' timidity counted for the founder.
    EXPECT_FALSE(counts("Quinn Halloran raised money. The investors who led that round were "
                        "nervous, and they were timid about committing.\n",
                        1, "timid", kHalloran));
    EXPECT_FALSE(counts("Quinn Halloran raised money. Most of the investors were nervous, and "
                        "they were timid.\n",
                        1, "timid", kHalloran));
}

TEST(ClaimsS2, TheyAfterABodyOfPeopleInItsSentenceIsTheBody) {
    // The board's failure counted for the founder through "they".
    const std::string text = "Quinn Halloran chose the launch date. The board was asleep at the "
                             "wheel, and they approved it.\n";
    EXPECT_FALSE(testing::names_subject(text, 1, kHalloran));
    // A thing opening the sentence is no group: "they" is the subject.
    EXPECT_TRUE(testing::names_subject("Quinn Halloran chose the launch date. The launch was "
                                       "rushed, and they approved it.\n",
                                       1, kHalloran));
}

TEST(ClaimsS2, TheyAfterTheSubjectInItsSentenceIsStillTheSubject) {
    EXPECT_TRUE(counts("Quinn Halloran raised money. Halloran was nervous, and they were timid.\n",
                       1, "timid", kHalloran));
    // A plural noun that is no group of people: "they" is still the subject.
    EXPECT_TRUE(counts("Quinn Halloran raised money. The numbers were poor, and they were timid.\n",
                       1, "timid", kHalloran));
    // A plural noun after the subject named: the subject opens the clause.
    EXPECT_TRUE(counts("Quinn Halloran raised money. Halloran met the investors, and they were "
                       "timid.\n",
                       1, "timid", kHalloran));
}

TEST(ClaimsS2, TheyOpeningASentenceAfterAGroupOpeningTheOneBeforeIsTheGroup) {
    // The employees' patience counted for the founder.
    EXPECT_FALSE(counts("Quinn Halloran runs Voltaris. The employees on the factory floor are "
                        "loyal to Halloran. They were patient when pay was frozen.\n",
                        2, "patient", kHalloran));
    EXPECT_FALSE(counts("Quinn Halloran runs Voltaris. Admirers call Halloran a visionary. They "
                        "were patient.\n",
                        2, "patient", kHalloran));
}

TEST(ClaimsS2, TheyOpeningASentenceAfterTheSubjectOpenedTheOneBeforeIsTheSubject) {
    EXPECT_TRUE(counts("Quinn Halloran runs Voltaris. Halloran thanks the employees. They were "
                       "patient.\n",
                       2, "patient", kHalloran));
    // A quotation is its speaker's words: the group of the sentence before does not reach it.
    EXPECT_TRUE(testing::names_subject("Quinn Halloran runs Voltaris. The investors were "
                                       "nervous. \"They were patient with us,\" one investor "
                                       "said.\n",
                                       2, kHalloran));
    // Two sentences back is too far: the group is no longer the topic.
    EXPECT_TRUE(counts("Quinn Halloran runs Voltaris. The employees are loyal to Halloran. "
                       "Halloran thanks them. They were patient.\n",
                       3, "patient", kHalloran));
}

TEST(ClaimsS2, ThePredicateOfAGroupOpeningTheSentenceIsTheGroups) {
    // The investors' timidity, the employees' loyalty counted for the subject named after it.
    const auto timid = testing::cue_named("Anna Berg runs Voltaris. The investors were not "
                                          "timid with Berg.\n",
                                          1, "timid", {kBerg});
    EXPECT_EQ(timid.owner, "The investors");
    EXPECT_FALSE(timid.counts);
    EXPECT_FALSE(counts("Quinn Halloran runs Voltaris. The employees on the factory floor were "
                        "reckless with Halloran's money.\n",
                        1, "reckless", kHalloran));
}

TEST(ClaimsS2, ThePredicateOfTheSubjectOrPastItStaysTheSubjects) {
    // The subject's possessive opens the phrase: as before, hers.
    EXPECT_TRUE(counts("Anna Berg runs Voltaris. Her investors were timid.\n", 1, "timid", kBerg));
    // Past punctuation, or further than three words, the predicate is over.
    EXPECT_TRUE(counts("Anna Berg runs Voltaris. Critics were right: Berg was timid.\n", 1, "timid",
                       kBerg));
    EXPECT_TRUE(testing::cue_named("Anna Berg runs Voltaris. Critics were quick to call Berg "
                                   "timid.\n",
                                   1, "timid", {kBerg})
                    .owner.empty());
}

TEST(ClaimsS2, ARelativeClauseOnWhatTheSubjectIsPastCoordinatedAdjectives) {
    // "careless" belonged to the founder as another person.
    EXPECT_TRUE(counts("Quinn Halloran is a gifted and courageous founder who can be careless "
                       "with money.\n",
                       0, "careless", kHalloran));
    EXPECT_TRUE(counts("Anna Berg is a bold, gifted and courageous founder who was careless.\n", 0,
                       "careless", kBerg));
}

TEST(ClaimsS2, ARelativeClauseOnAnotherNounAfterCoordinatedAdjectivesIsNotTheSubjects) {
    EXPECT_FALSE(counts("Anna Berg hired a gifted and courageous engineer who was careless.\n", 0,
                        "careless", kBerg));
    EXPECT_FALSE(counts("Anna Berg met the gifted and courageous engineers who were careless.\n", 0,
                        "careless", kBerg));
}

TEST(ClaimsS2, ACoordinatedRelativeClauseSharesTheNounOfTheFirst) {
    // "and who was asleep at the wheel" belonged to "and".
    EXPECT_TRUE(counts("Anna Berg is a gifted founder who has become reckless, and who was "
                       "careless when the fault was found.\n",
                       0, "careless", kBerg));
    EXPECT_FALSE(counts("Anna Berg hired an engineer who was reckless, and who was careless "
                        "when the fault was found.\n",
                        0, "careless", kBerg));
}

} // namespace
} // namespace redraft::claims
