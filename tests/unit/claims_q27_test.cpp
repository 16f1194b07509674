// Readings of QA pass q27 (docs/assessment.md, Known limits): a pronoun inside a quotation whose
// speech tag names its speaker, a title after another person's verb, and *favour* whose subject
// is evidence or circumstance. Each rule has a near case it must leave as it was.

#include <redraft/claims/claims.hpp>
#include <redraft/claims/lexicon.hpp>
#include <redraft/document/document.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analysed_text.hpp"

namespace redraft::claims {
namespace {

const Subject kVell{"Sanna Vell", {"Vell"}, {}, {"they", "them", "their", "themselves"}};
const Subject kAldercott{"Helena Aldercott", {"Aldercott"}, {}, {"she", "her", "hers", "herself"}};
const Subject kAchterberg{"Rosalind Achterberg", {"Achterberg"}, {"the mayor"}, {}};

// The holder of the cue `term` in sentence `s` of the first paragraph ("(no cue)" without it).
std::string holder_of(const std::string& text, std::uint32_t s, std::string_view term,
                      const Subject& subject) {
    return testing::cue_named(text, s, term, {subject}).holder;
}

TEST(ClaimsQ27, APronounInAQuotationIsNotTheSpeakerItsTagNames) {
    // A technology column: the investor named last speaks of the founder ("they"). The "They"
    // went to Ilves, the person named last, and the praise was no one's.
    EXPECT_TRUE(testing::names_subject(
        "Sanna Vell founded Quorra. Investors were patient, said Marta Ilves "
        "of Northgate. \"They are honest with us,\" Ilves said.\n",
        2, kVell));
    // A court report: the counsel speaks of the judge; the verb may come first in the tag too.
    EXPECT_TRUE(testing::names_subject(
        "Helena Aldercott cut off the counsel, Peter Lansing. \"She had made "
        "up her mind,\" Lansing said afterwards.\n",
        1, kAldercott));
    EXPECT_TRUE(testing::names_subject(
        "Helena Aldercott cut off the counsel, Peter Lansing. \"She had made "
        "up her mind,\" said Peter Lansing.\n",
        1, kAldercott));
    // Or before the colon that opens the quotation.
    EXPECT_TRUE(
        testing::names_subject("Sanna Vell founded Quorra. Marta Ilves invested early. Ilves later "
                               "said: \"They are honest with us.\"\n",
                               2, kVell));
    EXPECT_TRUE(
        testing::names_subject("Helena Aldercott cut off the counsel, Peter Lansing. Lansing told "
                               "reporters: \"She had made up her mind.\"\n",
                               1, kAldercott));
}

TEST(ClaimsQ27, APronounInAQuotationStaysWithTheSpeakerTheTagDoesNotName) {
    // The tag names someone else than the person named last: as before.
    EXPECT_FALSE(
        testing::names_subject("Helena Aldercott cut off the counsel, Peter Lansing. \"She had "
                               "made up her mind,\" Dora Finch said.\n",
                               1, kAldercott));
    // A colon after no verb of speech names no speaker.
    EXPECT_FALSE(
        testing::names_subject("Helena Aldercott cut off the counsel, Peter Lansing. Lansing was "
                               "blunt: \"She had made up her mind.\"\n",
                               1, kAldercott));
    // The speaker's own "I" names no one.
    EXPECT_FALSE(testing::names_subject(
        "Helena Aldercott met Peter Lansing. \"I was careless,\" Lansing said.\n", 1, kAldercott));
    // Outside the quotation, the tag's own pronoun is unchanged.
    EXPECT_TRUE(testing::names_subject("Helena Aldercott spoke. \"The law was clear,\" she said.\n",
                                       1, kAldercott));
}

TEST(ClaimsQ27, ATitleAfterAnotherPersonsVerbIsNotThatPerson) {
    // A mayor's profile: the critic named last calls the mayor reckless, which counted for no
    // one (a title does not reach past a person who is no subject).
    const std::string text = "Rosalind Achterberg won in 2020. Peter Falk spoke at the meeting. "
                             "Falk calls the mayor reckless and arrogant.\n";
    EXPECT_TRUE(testing::names_subject(text, 2, kAchterberg));
    EXPECT_EQ(holder_of(text, 2, "reckless", kAchterberg), "Falk calls");
    // Also when the critic opens the paragraph, with no one named before him.
    EXPECT_TRUE(testing::names_subject("Peter Falk has often called the mayor reckless.\n", 0,
                                       kAchterberg));
}

TEST(ClaimsQ27, ATitleAsAnotherPersonsSubjectOrAfterAPrepositionStaysNoOnes) {
    // The title opens the clause after the person, or follows a preposition of his: as before,
    // it does not reach past a person who is no subject.
    EXPECT_FALSE(
        testing::names_subject("Rosalind Achterberg won in 2020. Peter Falk spoke. Falk and the "
                               "mayor were reckless.\n",
                               2, kAchterberg));
    EXPECT_FALSE(
        testing::names_subject("Rosalind Achterberg won in 2020. Peter Falk spoke. The mayor was "
                               "reckless.\n",
                               2, kAchterberg));
    // A possessive is no verb's subject: "Falk's aide" may be anyone.
    EXPECT_FALSE(
        testing::names_subject("Rosalind Achterberg won in 2020. Peter Falk spoke. Falk's aide "
                               "called the mayor reckless.\n",
                               2, kAchterberg));
}

TEST(ClaimsQ27, EvidenceThatFavoursSomeoneHoldsNoView) {
    // "The numbers favour the mayor" read "favour" as an attribution held by "The numbers
    // favour": a judgement after it would have been the numbers' view.
    const Subject berg{"Anna Berg", {"Berg"}, {}, {"she", "her", "hers", "herself"}};
    EXPECT_EQ(holder_of("The numbers favour Berg, who was prudent.\n", 0, "favour", berg),
              "(no cue)");
    EXPECT_EQ(holder_of("The odds clearly favoured Berg, who was prudent.\n", 0, "favour", berg),
              "(no cue)");
    // People who favour someone still hold a view.
    EXPECT_EQ(holder_of("Voters favour Berg, who was prudent.\n", 0, "favour", berg),
              "Voters favour");
    EXPECT_EQ(holder_of("The board favoured Berg.\n", 0, "favour", berg), "The board favoured");
}

// Whether the characterization `term` of sentence `s` of the first paragraph is denied.
bool denied(const std::string& text, std::uint32_t s, std::string_view term) {
    const auto cue = testing::cue_named(text, s, term, {kAldercott});
    EXPECT_TRUE(cue.found) << "no cue " << term;
    return cue.negated;
}

TEST(ClaimsQ27, NoneOfThisMakesHerRecklessIsADenial) {
    // A court report's verdict: "None of this makes Aldercott a reckless judge" counted
    // *reckless* for her as the author's own judgement.
    EXPECT_TRUE(denied("None of this makes Aldercott a reckless judge.\n", 0, "reckless"));
    EXPECT_TRUE(denied("None of her rulings makes Aldercott reckless.\n", 0, "reckless"));
    EXPECT_TRUE(denied("None of this made Aldercott a reckless judge.\n", 0, "reckless"));
    // Near cases: "some of this" and "all of it" deny nothing.
    EXPECT_FALSE(denied("Some of this makes Aldercott a reckless judge.\n", 0, "reckless"));
    EXPECT_FALSE(denied("All of it makes Aldercott a reckless judge.\n", 0, "reckless"));
    EXPECT_FALSE(denied("All of it made Aldercott a reckless judge.\n", 0, "reckless"));
}

} // namespace
} // namespace redraft::claims
