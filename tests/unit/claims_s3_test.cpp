// Who a judgement or a number belongs to: misreadings the football column (task r3) and the
// passes before it listed and left (task s3; docs/assessment.md, Known limits): a passive
// judgement negated or with an adverb in it, *fair* before a person's noun, a score or a range
// of numbers written with a hyphen, a verb of judgement between two subjects, and the pronouns
// of people brought in to speak of the subject (a witness's own clause, the one a fan calls
// names after another fan's quotation). Each rule has a near case it must leave as it was.

#include <redraft/claims/claims.hpp>
#include <redraft/claims/config.hpp>
#include <redraft/claims/lexicon.hpp>

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "analysed_text.hpp"
#include "found_people.hpp"
#include "quantity_values.hpp"

namespace redraft::claims {
namespace {

using testing::cue_named;

const Subject kFarrow{"Niall Farrow", {"Farrow"}, {}, {"he", "him", "his", "himself"}};
const Subject kSandell{"Viktor Sandell", {"Sandell"}, {}, {"he", "him", "his", "himself"}};
const Subject kSolheim{"Ingrid Solheim", {"Solheim"}, {}, {"she", "her", "hers", "herself"}};

// The weight the cue `term` of sentence `s` (first paragraph) counts for the first subject with,
// 0 where it does not count.
double counted(const std::string& text, std::uint32_t s, std::string_view term,
               const std::vector<Subject>& subjects, std::uint32_t subject = 0) {
    const auto a = testing::analyse_with(load_lexicon({}), text, subjects);
    const Claim& claim = a->analysis.claim(0, s);
    double weight = 0;
    for (const auto& cue : claim.cues) {
        if (cue.term == term && claim.is_about(subject) && cue.counts_for(subject) &&
            cue.holder.empty()) {
            weight += cue.weight;
        }
    }
    return weight;
}

// a. A passive judgement with a negation or an adverb between the form of *be* and the
// participle is the passive row: "was not outwitted" denies the fault, it is no praise denied.

TEST(ClaimsS3, APassiveJudgementNegatedDeniesTheFault) {
    for (const char* sentence :
         {"Farrow was not outwitted by Sandell.\n", "Farrow wasn't outplayed at Millbridge.\n",
          "Farrow was never outsmarted in a final.\n",
          "Farrow and his staff were not outcoached.\n", "Farrow was not easily outclassed.\n"}) {
        const auto a = testing::analyse_with(load_lexicon({}), sentence, {kFarrow});
        const Claim& claim = a->analysis.claim(0, 0);
        bool passive = false;
        for (const auto& cue : claim.cues) {
            if (cue.kind == CueKind::characterization) {
                passive = cue.term.starts_with("was ") || cue.term.starts_with("were ");
                EXPECT_TRUE(cue.negated) << sentence;
                EXPECT_GT(cue.weight, 0) << sentence;
            }
        }
        EXPECT_TRUE(passive) << sentence;
    }
    // Another subject, another gender and verb.
    EXPECT_GT(counted("Ingrid Solheim was not outmanoeuvred by the board.\n", 0,
                      "was outmanoeuvred", {kSolheim}),
              0);
    // An adverb of degree between: still the passive, the fault.
    EXPECT_LT(counted("Farrow was comprehensively outplayed at Millbridge.\n", 0, "was outplayed",
                      {kFarrow}),
              0);
}

TEST(ClaimsS3, TheActiveJudgementAndThePlainPassiveStayAsTheyWere) {
    // The active verb is praise, denied where negated; the plain passive is the fault.
    EXPECT_GT(counted("Farrow outwitted Sandell.\n", 0, "outwitted", {kFarrow}), 0);
    EXPECT_LT(counted("Farrow did not outwit Sandell.\n", 0, "outwit", {kFarrow}), 0);
    EXPECT_LT(counted("Farrow was outwitted by Sandell.\n", 0, "was outwitted", {kFarrow}), 0);
    EXPECT_LT(counted("Farrow has been outplayed.\n", 0, "been outplayed", {kFarrow}), 0);
}

// e. *fair* right before a noun that names a person is a judgement of that person.

TEST(ClaimsS3, AFairPersonIsAJudgement) {
    for (const char* sentence :
         {"Solheim was a fair boss.\n", "Solheim was a demanding, fair employer.\n",
          "Solheim is a fair manager of people.\n", "Solheim proved a fair judge of talent.\n"}) {
        EXPECT_GT(counted(sentence, 0, "fair", {kSolheim}), 0) << sentence;
    }
    EXPECT_GT(counted("Farrow has always been a fair man.\n", 0, "fair", {kFarrow}), 0);
}

TEST(ClaimsS3, FairBeforeAThingIsStillNoJudgement) {
    for (const char* sentence :
         {"Solheim won a fair fight.\n", "Solheim paid a fair price.\n",
          "Solheim got a fair hearing from the fair organisers.\n",
          "Solheim hired a fair-haired assistant.\n", "Solheim ran the county fair.\n"}) {
        EXPECT_EQ(counted(sentence, 0, "fair", {kSolheim}), 0) << sentence;
    }
}

// f. Two numbers joined by a hyphen or a dash with no space: one value (a score, a range).

using testing::quantity_values;
using testing::Values;

TEST(ClaimsS3, AScoreOrARangeOfNumbersIsOneValue) {
    EXPECT_EQ(quantity_values("in the 3-1 defeat at Millbridge"), Values{"number:3-1=3-1"});
    EXPECT_EQ(quantity_values("Harwood beat Millbridge 2–1 in the final."),
              Values{"number:2–1=2-1"});
    EXPECT_EQ(quantity_values("Voters aged 18-24 stayed home."), Values{"number:18-24=18-24"});
    EXPECT_EQ(quantity_values("a 60-40 split"), Values{"number:60-40=60-40"});
    // A span of years stays a span of years.
    EXPECT_EQ(quantity_values("from 2014-2016"), Values{"year:2014-2016=2014-2016"});
}

TEST(ClaimsS3, NumbersApartOrChainedStayApart) {
    // Spaced, a year and a month, a chain of three, a decimal.
    EXPECT_EQ(quantity_values("it was 3 - 1 then"), (Values{"number:3=3", "number:1=1"}));
    EXPECT_EQ(quantity_values("In 2022-04 it won."), (Values{"year:2022=2022", "number:04=04"}));
    EXPECT_EQ(quantity_values("a 4-4-2 shape").size(), 3u);
    EXPECT_EQ(quantity_values("between 1.5-2 metres").size(), 2u);
    // A range of amounts is left to the amount reader, as before.
    EXPECT_EQ(quantity_values("it cost £3-4 million"), quantity_values("it cost £3 - 4 million"));
    EXPECT_EQ(quantity_values("it rose 20-30 per cent"),
              quantity_values("it rose 20 - 30 per cent"));
    // Both a range of shares (task s1), the dash spaced or not.
    EXPECT_EQ(quantity_values("it rose 20 – 30 per cent"),
              (Values{"percent:20=20%", "percent:30 per cent=30%"}));
}

// g. A verb of judgement between two subjects judges the doer: "Farrow outwitted Sandell" is
// Farrow's praise, and no judgement of Sandell (a defeat told by the winner's merit is not the
// loser's fault; "Sandell was outwitted" is).

TEST(ClaimsS3, AJudgementBetweenTwoSubjectsIsTheDoers) {
    const std::vector<Subject> both = {kFarrow, kSandell};
    const std::string text = "Farrow outwitted Sandell with a switch to three at the back.\n";
    EXPECT_GT(counted(text, 0, "outwitted", both, 0), 0);
    EXPECT_EQ(counted(text, 0, "outwitted", both, 1), 0);
    // The other way round, and a pronoun as the doer.
    EXPECT_GT(counted("Sandell outplayed Farrow.\n", 0, "outplay", both, 1), 0);
    EXPECT_EQ(counted("Sandell outplayed Farrow.\n", 0, "outplay", both, 0), 0);
}

TEST(ClaimsS3, AJudgementOfBothSubjectsStillCountsForBoth) {
    const std::vector<Subject> both = {kFarrow, kSandell};
    // A predicate of both, and the loser's own passive.
    EXPECT_LT(counted("Farrow and Sandell were stubborn.\n", 0, "stubborn", both, 0), 0);
    EXPECT_LT(counted("Farrow and Sandell were stubborn.\n", 0, "stubborn", both, 1), 0);
    EXPECT_LT(counted("Sandell was outwitted by Farrow.\n", 0, "was outwitted", both, 1), 0);
    // An adjective before the second name is still that one's ("Hallam outmanoeuvred an
    // arrogant Okonjo").
    EXPECT_LT(counted("Farrow outwitted an arrogant Sandell.\n", 0, "arrogant", both, 1), 0);
    EXPECT_EQ(counted("Farrow outwitted an arrogant Sandell.\n", 0, "arrogant", both, 0), 0);
}

// Who a pronoun stands for where a speaker was brought in to speak of the subject.

// b. An object pronoun of a verb of labelling after a fan quoted by name is the subject.
TEST(ClaimsS3, TheOneCalledAfterAQuotedFanIsTheSubject) {
    const std::string text = "Niall Farrow has had a hard season. \"He's honest,\" said Anne "
                             "Kirby. Another fan was less generous, and called him a bottler.\n";
    EXPECT_TRUE(testing::names_subject(text, 2, kFarrow));
    // Another gender and verb of labelling.
    EXPECT_TRUE(testing::names_subject("Ingrid Solheim ran the lab. \"She is fair,\" said Tom "
                                       "Berg. A former student branded her a tyrant.\n",
                                       2, kSolheim));
}

TEST(ClaimsS3, AnObjectOfAnotherVerbOrAfterNoQuotationStaysAsItWas) {
    // Left as before: an object of a verb that labels no one, and a speaker with no quotation
    // (who may be the one called).
    EXPECT_FALSE(testing::names_subject("Niall Farrow has had a hard season. \"He's honest,\" "
                                        "said Anne Kirby. Another fan hugged him.\n",
                                        2, kFarrow));
    EXPECT_FALSE(testing::names_subject("Niall Farrow has had a hard season. Anne Kirby said he "
                                        "was honest. Another fan called him a bottler.\n",
                                        2, kFarrow));
}

// c. A pundit's quoted "he" where the pundit is a woman: already the subject (a speaker says "I"
// of herself, and "she" in the tag is not the "he" quoted). With a man as the pundit ("Mottram
// said") the quoted "he" is still the pundit: left, see below.
TEST(ClaimsS3, APunditsQuotedPronounOfAnotherGenderIsTheSubject) {
    for (const char* tag : {"she said", "Mottram said"}) {
        const std::string text = std::string("Niall Farrow has had a hard season. Helen Mottram, "
                                             "a pundit, is harsher. \"He has lost the dressing "
                                             "room,\" ") +
                                 tag + ".\n";
        EXPECT_TRUE(testing::names_subject(text, 2, kFarrow)) << tag;
    }
}

// d. A witness's reported-clause pronoun after a verb of recalling or saying is the subject.
TEST(ClaimsS3, AWitnesssReportedPronounIsTheSubject) {
    const std::string opening = "Ingrid Solheim ran the laboratory for thirty years. ";
    for (const char* witness : {"A former student, Ewa Nowak, recalls that she rarely praised "
                                "anyone.\n",
                                "Ewa Nowak, a former student, said she rarely praised anyone.\n"}) {
        EXPECT_TRUE(testing::names_subject(opening + witness, 1, kSolheim)) << witness;
    }
    // Another gender, another verb of saying.
    EXPECT_TRUE(testing::names_subject(
        "Tunde Abara coached the club for a decade. One former "
        "player, Kofi Mensah, says he never raised his voice.\n",
        1, Subject{"Tunde Abara", {"Abara"}, {}, {"he", "him", "his", "himself"}}));
}

TEST(ClaimsS3, APronounOfAWitnessWhoActsOrIsNamedBareStaysHers) {
    const std::string opening = "Ingrid Solheim ran the laboratory for thirty years. ";
    // A witness who does something else, a speaker named bare (who may be what the text goes
    // on about), and no subject named before her.
    for (const std::string& text :
         {opening + "A former student, Ewa Nowak, now runs it, and she rarely praised anyone.\n",
          opening + "Ewa Nowak recalls that she rarely praised anyone.\n",
          std::string("A former student, Ewa Nowak, recalls that she rarely praised anyone. "
                      "Ingrid Solheim ran the laboratory.\n")}) {
        const bool second = text.starts_with(opening);
        EXPECT_FALSE(testing::names_subject(text, second ? 1 : 0, kSolheim)) << text;
    }
}

// Seventeenth session, task s3: who a name, a pronoun or a view belongs to.

// 1. A firm named by capitalized words whose last is an organization's noun is no person.

TEST(ClaimsS3Firms, AFirmOfResearchPollingOrAdviceIsNoPerson) {
    for (const char* firm :
         {"Meridian Research", "Calder Analytics", "Ostrander Polling", "Northgate Associates",
          "Pell Trust", "Vantage Insights", "Harrow Strategies", "Lindell Consultants"}) {
        const std::string text = std::string(firm) + " found that Nora Hale led by six points. " +
                                 firm + " was wrong, and " + firm + " said so.\n";
        const auto people = testing::people_in(text);
        EXPECT_EQ(testing::person_named(people, firm), nullptr) << firm;
        ASSERT_NE(testing::person_named(people, "Nora Hale"), nullptr) << firm;
        // Named three times to her once, the firm was the chosen subject.
        EXPECT_EQ(choose_subject(people)->name, "Nora Hale") << firm;
    }
}

TEST(ClaimsS3Firms, APersonWithAnOrganizationsNounForALastNameIsToldByACourtesyTitle) {
    for (const char* text : {"Mr Tom Bank runs the fund. Tom Bank was reckless.\n",
                             "Dr Ada Trust spoke. Ada Trust was reckless.\n",
                             "Ms Lena Research spoke first. Lena Research was reckless.\n"}) {
        const auto people = testing::people_in(text);
        ASSERT_FALSE(people.empty()) << text;
        const auto chosen = choose_subject(people);
        ASSERT_TRUE(chosen.has_value()) << text;
        // Known as a person, the name counts wherever the analysis reads it.
        EXPECT_TRUE(testing::cue_named(text, 1, "reckless", {*chosen}).authors_own()) << text;
    }

    // A last name that only looks like one.
    EXPECT_NE(testing::person_named(testing::people_in("Tom Banks spoke. Tom Banks left.\n"),
                                    "Tom Banks"),
              nullptr);
    // A title before a longer name whose head word is not its end: still the organization.
    EXPECT_EQ(testing::person_named(
                  testing::people_in("Dr Tom Bank Holdings spoke. Dr Tom Bank Holdings left.\n"),
                  "Tom Bank Holdings"),
              nullptr);
}

// 2. The pronouns a text states for a person ("who uses they/them pronouns", "(she/her)") are
// that person's, as a configured subject's are.

std::vector<std::string> stated(const std::string& text, const std::string& name) {
    const auto people = testing::people_in(text);
    const Person* person = testing::person_named(people, name);
    return person == nullptr ? std::vector<std::string>{"(no person)"} : pronouns_of(*person);
}
const std::vector<std::string> kThey = {"they", "them", "their", "theirs", "themselves"};

TEST(ClaimsS3StatedPronouns, APronounStatedAfterANameIsThePersons) {
    EXPECT_EQ(stated("Sam Berg, who uses they/them pronouns, founded the firm.\n", "Sam Berg"),
              kThey);
    EXPECT_EQ(stated("Sam Berg (they/them) founded the firm.\n", "Sam Berg"), kThey);
    EXPECT_EQ(stated("Quinn Halloran founded it. Halloran, who uses the pronouns they and them, "
                     "runs it.\n",
                     "Quinn Halloran"),
              kThey);
    EXPECT_EQ(stated("Nell Ortiz (She/Her) spoke.\n", "Nell Ortiz"), pronouns_of(Gender::feminine));
    EXPECT_EQ(stated("Nell Ortiz uses he/him and spoke.\n", "Nell Ortiz"),
              pronouns_of(Gender::masculine));
    // The chosen subject takes them, and a "they" then continues that person.
    const std::string text = "Sam Berg, who uses they/them pronouns, founded the firm. They were "
                             "reckless.\n";
    const auto chosen = choose_subject(testing::people_in(text));
    ASSERT_TRUE(chosen.has_value());
    EXPECT_EQ(chosen->pronouns, kThey);
    EXPECT_TRUE(testing::cue_named(text, 1, "reckless", {*chosen}).authors_own());
}

TEST(ClaimsS3StatedPronouns, WordsThatStateNoPronounsLeaveThePersonAsBefore) {
    // Another person's statement, a "uses" of something else, brackets of something else.
    EXPECT_EQ(
        stated("Sam Berg hired Ann Lowe, who uses she/her pronouns. Sam Berg left.\n", "Sam Berg"),
        default_pronouns());
    EXPECT_EQ(stated("Ann Lowe, who uses she/her pronouns, met Sam Berg.\n", "Ann Lowe"),
              pronouns_of(Gender::feminine));
    EXPECT_EQ(stated("Sam Berg, who uses the old tools, founded the firm.\n", "Sam Berg"),
              default_pronouns());
    EXPECT_EQ(stated("Sam Berg (they said so) founded it.\n", "Sam Berg"), default_pronouns());
    EXPECT_EQ(stated("Sam Berg uses them/they.\n", "Sam Berg"), default_pronouns());
    // Without a statement the text's "they" is no one's, as before.
    const std::string text = "Sam Berg founded the firm. They were reckless.\n";
    EXPECT_FALSE(
        testing::cue_named(text, 1, "reckless", {*choose_subject(testing::people_in(text))})
            .authors_own());
}

// 5. A quotation standing alone is a view, which the author's verdict after it judges.

TEST(ClaimsS3Verdicts, AVerdictAfterABareQuotationJudgesIt) {
    const Subject voss{"Karl Voss", {"Voss"}, {}, {"he", "him", "his", "himself"}};
    const std::string opening = "Karl Voss led the party for six years. ";
    for (const char* verdict : {"I do not agree.", "That is wrong.", "I disagree."}) {
        const auto cue = testing::cue_named(opening + "\"Voss is reckless.\" " + verdict + "\n", 1,
                                            "reckless", {voss});
        EXPECT_TRUE(cue.authors_own()) << verdict;
        EXPECT_TRUE(cue.negated) << verdict;
    }
    const auto upheld = testing::cue_named(opening + "\u201cHe is reckless.\u201d That is right.\n",
                                           1, "reckless", {voss});
    EXPECT_TRUE(upheld.authors_own());
    EXPECT_FALSE(upheld.negated);
}

TEST(ClaimsS3Verdicts, ABareQuotationWithoutAVerdictOnItStaysNoClaim) {
    const Subject voss{"Karl Voss", {"Voss"}, {}, {"he", "him", "his", "himself"}};
    const std::string opening = "Karl Voss led the party for six years. \"Voss is reckless.\" ";
    // No verdict, a verdict on a person's views (no one named holds the quotation), a verdict
    // a sentence further on.
    for (const char* after :
         {"Voss left.", "Brask is right.", "He was wrong.", "Voss left. I do not agree."}) {
        EXPECT_FALSE(testing::cue_named(opening + after + "\n", 1, "reckless", {voss}).about)
            << after;
    }
    // A quotation with its speaker is her view, judged as before.
    const auto tagged = testing::cue_named(
        "Karl Voss led the party. \"Voss is reckless,\" one aide said. I do not agree.\n", 1,
        "reckless", {voss});
    EXPECT_TRUE(tagged.authors_own());
    EXPECT_TRUE(tagged.negated);
}

} // namespace
} // namespace redraft::claims
