// An organization as the subject (task u1 of the nineteenth session, fixtures/utility): a
// company, a regulator or a bank judged by an essay. Its short name ("Corvane" of "Corvane
// Energy") for --subject and a configured subject without aliases; the automatic choice of an
// organization the text names far more often than anyone; its kind noun ("the company") learnt
// from an appositive; no "it" followed without configuration; and the lexicon of an
// organization's conduct. Each rule has near cases it must leave as they were.

#include <redraft/assess/assess.hpp>
#include <redraft/claims/claims.hpp>
#include <redraft/claims/config.hpp>
#include <redraft/claims/setup.hpp>
#include <redraft/document/document.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analysed_text.hpp"
#include "claims/name_words.hpp"
#include "found_people.hpp"

namespace redraft::claims {
namespace {

using testing::chosen_for;
using testing::configured_for;
using testing::cue_named;

// An essay on a company that names its chief executive once.
constexpr const char* kUtility =
    "Corvane Energy and the long dark\n\n"
    "Corvane Energy, the company that supplies the north, has handled the crisis badly. Corvane "
    "was slow to warn its customers.\n\n"
    "The chief executive, Lena Marsh, apologised late. Corvane's estimate of a week became nine "
    "days.\n\n"
    "Corvane denies this. It says the storm was the worst in forty years.\n";

TEST(OrganizationsU1, TheShortNameIsTheNameWithoutItsHeadWords) {
    EXPECT_EQ(organization_short_name("Corvane Energy"), "Corvane");
    EXPECT_EQ(organization_short_name("Halden Holdings Ltd"), "Halden");
    EXPECT_EQ(organization_short_name("Halden Holdings Ltd."), "Halden");
    EXPECT_EQ(organization_short_name("Corvane Holdings plc"), "Corvane");
    EXPECT_EQ(organization_short_name("Grid Standards Authority"), "Grid Standards");
    // Near cases: a person's name, one word, and head words only have none.
    EXPECT_EQ(organization_short_name("Mark Rutte"), "");
    EXPECT_EQ(organization_short_name("Corvane"), "");
    EXPECT_EQ(organization_short_name("Energy Commission"), "");
    EXPECT_EQ(organization_short_name("Energy"), "");
}

TEST(OrganizationsU1, ASubjectGivenByNameLearnsTheShortNameTheTextWrites) {
    // Before: no alias (the last-word rule is for people, and "Energy" is the head word), so
    // only the sentences naming "Corvane Energy" in full counted.
    auto setup = chosen_for(kUtility, "Corvane Energy");
    ASSERT_EQ(setup.subjects.size(), 1u);
    EXPECT_EQ(setup.subjects[0].aliases, std::vector<std::string>{"Corvane"});
    // No personal pronoun: "She" after its name is someone else.
    EXPECT_TRUE(setup.subjects[0].pronouns.empty());
    // Near cases: a text that writes the short name only inside the full name teaches none.
    setup = chosen_for("Corvane Energy cut jobs. Corvane Energy was fined.\n", "Corvane Energy");
    ASSERT_EQ(setup.subjects.size(), 1u);
    EXPECT_TRUE(setup.subjects[0].aliases.empty());
    // A short name that is a person's last name is that person's ("Marsh Capital", Lena Marsh).
    setup =
        chosen_for("Marsh Capital cut jobs. Lena Marsh spoke. Marsh was fined.\n", "Marsh Capital");
    ASSERT_EQ(setup.subjects.size(), 1u);
    EXPECT_TRUE(setup.subjects[0].aliases.empty());
    // A person keeps her last name and her pronouns.
    setup = chosen_for("Anna Berg spoke. Berg left. She was tired.\n", "Anna Berg");
    ASSERT_EQ(setup.subjects.size(), 1u);
    EXPECT_EQ(setup.subjects[0].aliases, std::vector<std::string>{"Berg"});
    EXPECT_FALSE(setup.subjects[0].pronouns.empty());
}

TEST(OrganizationsU1, AConfiguredOrganizationWithoutAliasesLearnsItsShortName) {
    auto setup = configured_for(kUtility, {Subject{"Corvane Energy", {}, {}, {"it", "its"}}});
    ASSERT_EQ(setup.subjects.size(), 1u);
    EXPECT_EQ(setup.subjects[0].aliases, std::vector<std::string>{"Corvane"});
    EXPECT_EQ(setup.subjects[0].pronouns, (std::vector<std::string>{"it", "its"}));
    // Near cases: configured aliases are kept as they are, and a person gets none.
    setup = configured_for(kUtility, {Subject{"Corvane Energy", {"CE"}, {}, {}}});
    EXPECT_EQ(setup.subjects[0].aliases, std::vector<std::string>{"CE"});
    setup = configured_for(kUtility, {Subject{"Lena Marsh", {}, {}, {}}});
    EXPECT_TRUE(setup.subjects[0].aliases.empty());
}

TEST(OrganizationsU1, AnOrganizationNamedFarMoreThanAnyoneIsChosen) {
    // Before: Lena Marsh, named once, over the company named five times.
    auto setup = chosen_for(kUtility);
    ASSERT_EQ(setup.subjects.size(), 1u);
    EXPECT_EQ(setup.chosen, "Corvane Energy");
    EXPECT_EQ(setup.subjects[0].name, "Corvane Energy");
    EXPECT_EQ(setup.subjects[0].aliases, std::vector<std::string>{"Corvane"});
    EXPECT_TRUE(setup.subjects[0].pronouns.empty());
    assess::Assessment assessment;
    assessment.chosen_subject = setup.chosen;
    EXPECT_NE(
        assess::chosen_subject_sentence(assessment).find("the organization the newer revision"),
        std::string::npos);
    // Near cases: named not quite twice as often as the person, the person stays.
    const std::string even = "Corvane Energy cut jobs. Lena Marsh spoke. Corvane was fined. "
                             "Marsh left. Corvane denied it.\n";
    EXPECT_EQ(chosen_for(even).chosen, "Lena Marsh");
    EXPECT_EQ(chosen_for(even + "Corvane paid.\n").chosen, "Corvane Energy");
    // Not named in the lead (its first three paragraphs): an essay on someone else.
    const std::string late = "Anna Berg spoke.\n\nBerg left.\n\nBerg returned.\n\nCorvane "
                             "Energy cut jobs. Corvane was fined. Corvane denied it. Corvane "
                             "paid. Corvane hired. Corvane grew. Corvane won.\n";
    EXPECT_EQ(chosen_for(late).chosen, "Anna Berg");
    // Its short name is a person's last name: the person's count decides.
    EXPECT_EQ(chosen_for("Marsh Capital cut jobs. Lena Marsh spoke. Marsh was fined. Marsh "
                         "paid. Marsh left.\n")
                  .chosen,
              "Lena Marsh");
    // A person's reading: "Mark Rutte" named most is chosen as before, and the sentence says
    // "person".
    setup = chosen_for("Mark Rutte spoke. Rutte left. Rutte won.\n");
    EXPECT_EQ(setup.chosen, "Mark Rutte");
    assessment.chosen_subject = setup.chosen;
    EXPECT_NE(assess::chosen_subject_sentence(assessment).find("the person"), std::string::npos);
}

TEST(OrganizationsU1, AKindNounInAppositionIsTheOrganizationsTitle) {
    // Before: "the company" counted for no one without configuration.
    auto setup = chosen_for(kUtility, "Corvane Energy");
    EXPECT_EQ(setup.subjects[0].titles, std::vector<std::string>{"the company"});
    EXPECT_EQ(chosen_for(kUtility).subjects[0].titles, std::vector<std::string>{"the company"});
    // Its short name in apposition, and an article "a", tie the noun too.
    setup = chosen_for("Corvane cut jobs. Later Corvane, a firm of engineers, was fined.\n",
                       "Corvane Energy");
    EXPECT_EQ(setup.subjects[0].titles, std::vector<std::string>{"the firm"});
    // Near cases: the same noun in apposition with another name is no one's title; a possessive
    // is someone else's ("the company's chairman"); and no appositive, no title.
    setup = chosen_for(std::string(kUtility) +
                           "\nHalden Power, the company that bought it, is bigger.\n",
                       "Corvane Energy");
    EXPECT_TRUE(setup.subjects[0].titles.empty());
    setup =
        chosen_for("Corvane Energy, the company's owner, spoke. Corvane paid.\n", "Corvane Energy");
    EXPECT_TRUE(setup.subjects[0].titles.empty());
    setup =
        chosen_for("Corvane Energy cut jobs. The company paid. Corvane paid.\n", "Corvane Energy");
    EXPECT_TRUE(setup.subjects[0].titles.empty());
    // A person learns no kind noun ("Anna Berg, a firm believer in ...").
    setup = chosen_for("Anna Berg, a firm believer in rules, spoke. Berg left.\n", "Anna Berg");
    EXPECT_TRUE(setup.subjects[0].titles.empty());
}

TEST(OrganizationsU1, ItIsNotFollowedWithoutConfiguration) {
    // An organization chosen or given by name takes no pronoun: "It was a bad week" is as often
    // about a thing. "It was reckless" after its name counts for it only when configured.
    const std::string text =
        "Corvane Energy cut jobs. Corvane was fined. It was reckless. Corvane paid.\n";
    const auto chosen = chosen_for(text).subjects;
    ASSERT_EQ(chosen.size(), 1u);
    EXPECT_FALSE(cue_named(text, 2, "reckless", chosen).counts);
    EXPECT_TRUE(
        cue_named(text, 2, "reckless", {Subject{"Corvane Energy", {"Corvane"}, {}, {"it", "its"}}})
            .counts);
    // "She" after the organization's name: before, --subject gave it "she" and the sentence.
    const std::string she = "Corvane Energy cut jobs. She was reckless.\n";
    EXPECT_FALSE(cue_named(she, 1, "reckless", chosen_for(she, "Corvane Energy").subjects).counts);
    // A person's "she" is followed as before.
    const std::string person = "Anna Berg cut jobs. She was reckless.\n";
    EXPECT_TRUE(cue_named(person, 1, "reckless", chosen_for(person, "Anna Berg").subjects).counts);
}

TEST(OrganizationsU1, AnOrganizationsConductIsJudged) {
    const Subject corvane{"Corvane Energy", {"Corvane"}, {}, {}};
    EXPECT_TRUE(cue_named("Corvane handled the crisis badly.\n", 0, "handle * badly", {corvane})
                    .authors_own());
    EXPECT_TRUE(
        cue_named("Corvane is a well run company.\n", 0, "well run", {corvane}).authors_own());
    EXPECT_TRUE(
        cue_named("Corvane is a badly run company.\n", 0, "badly run", {corvane}).authors_own());
    EXPECT_TRUE(
        cue_named("Corvane misled its customers.\n", 0, "misled its", {corvane}).authors_own());
    // Near cases: handled well is no "badly"; a passive "was misled" is done to the subject.
    EXPECT_FALSE(
        cue_named("Corvane handled the crisis well.\n", 0, "handle * badly", {corvane}).found);
    EXPECT_FALSE(
        cue_named("Corvane was misled by its suppliers.\n", 0, "misled its", {corvane}).found);
}

} // namespace
} // namespace redraft::claims
