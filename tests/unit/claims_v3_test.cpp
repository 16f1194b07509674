// An organization called by the kind its name says (task v3 of the nineteenth session): "Halden
// Central Bank raised rates. The bank was slow to act." counts "the bank" for the bank, as
// "the council" for "Wexford County Council" and "the ministry" for "the Ministry of Health",
// when the text names no other organization of that head word. Each rule has near cases it
// must leave as they were.

#include <redraft/claims/claims.hpp>
#include <redraft/claims/config.hpp>
#include <redraft/claims/setup.hpp>
#include <redraft/document/document.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analysed_text.hpp"
#include "found_people.hpp"

namespace redraft::claims {
namespace {

using testing::chosen_for;
using testing::configured_for;
using testing::cue_named;
using testing::names_subject;

// An essay on a central bank that names its governor once.
constexpr const char* kBank = "Halden Central Bank and the long winter\n\n"
                              "Halden Central Bank raised rates in March. Halden Central was "
                              "praised for it.\n\n"
                              "The bank was slow to act, said Anna Berg. Halden Central denied "
                              "this.\n";

using Titles = std::vector<std::string>;

TEST(KindInNameV3, AnOrganizationLearnsTheKindItsNameSays) {
    // Before: no title, and "The bank was slow to act" named no one.
    auto setup = chosen_for(kBank);
    ASSERT_EQ(setup.subjects.size(), 1u);
    EXPECT_EQ(setup.chosen, "Halden Central Bank");
    EXPECT_EQ(setup.subjects[0].titles, Titles{"the bank"});
    const std::string one = "Halden Central Bank raised rates. The bank was slow to act.\n";
    EXPECT_TRUE(names_subject(one, 1, chosen_for(one, "Halden Central Bank").subjects[0]));
    // Given by --subject, and configured without titles.
    EXPECT_EQ(chosen_for(kBank, "Halden Central Bank").subjects[0].titles, Titles{"the bank"});
    EXPECT_EQ(
        configured_for(kBank, {Subject{"Halden Central Bank", {}, {}, {"it"}}}).subjects[0].titles,
        Titles{"the bank"});
    // Other kinds, and a name "X of Y" whose head comes before "of".
    EXPECT_EQ(chosen_for("Wexford County Council cut the budget. The council met.\n",
                         "Wexford County Council")
                  .subjects[0]
                  .titles,
              Titles{"the council"});
    EXPECT_EQ(
        chosen_for("The university grew. Northline University hired.\n", "Northline University")
            .subjects[0]
            .titles,
        Titles{"the university"});
    EXPECT_EQ(configured_for("The Ministry of Health was slow. The ministry denied it.\n",
                             {Subject{"Ministry of Health", {}, {}, {}}})
                  .subjects[0]
                  .titles,
              Titles{"the ministry"});
    // The same bank written otherwise is no second one ("The Bank", "the Central Bank").
    EXPECT_EQ(chosen_for("Halden Central Bank cut rates. The Bank paid. Later the Central Bank "
                         "and Mr Tom Bank spoke.\n",
                         "Halden Central Bank")
                  .subjects[0]
                  .titles,
              Titles{"the bank"});
}

TEST(KindInNameV3, TwoOfAKindTeachNeither) {
    // Another bank named: "the bank" may be either.
    const std::string two = std::string(kBank) + "\nNorthern Bank of Linden did better.\n";
    EXPECT_TRUE(chosen_for(two, "Halden Central Bank").subjects[0].titles.empty());
    EXPECT_TRUE(chosen_for(std::string(kBank) + "\nThe Silicon Valley Bank failed.\n")
                    .subjects[0]
                    .titles.empty());
    EXPECT_TRUE(configured_for("The Ministry of Health was slow. The Ministry of Defence was "
                               "not. The ministry denied it.\n",
                               {Subject{"Ministry of Health", {}, {}, {}}})
                    .subjects[0]
                    .titles.empty());
    const std::string both = "Halden Central Bank raised rates. Northern Bank of Linden did "
                             "not. The bank was slow to act.\n";
    EXPECT_FALSE(names_subject(both, 2, chosen_for(both, "Halden Central Bank").subjects[0]));
    // A name whose head word says no kind ("Corvane Energy"), and configured titles, stay.
    EXPECT_TRUE(chosen_for("Corvane Energy cut jobs. The energy ran out.\n", "Corvane Energy")
                    .subjects[0]
                    .titles.empty());
    EXPECT_EQ(configured_for(kBank, {Subject{"Halden Central Bank", {}, {"the lender"}, {}}})
                  .subjects[0]
                  .titles,
              Titles{"the lender"});
}

TEST(KindInNameV3, APersonWhoseNameEndsInAKindLearnsNothing) {
    const std::string text = "Mr Tom Bank spoke. Bank left. The bank was shut.\n";
    EXPECT_TRUE(chosen_for(text, "Tom Bank").subjects[0].titles.empty());
    EXPECT_TRUE(chosen_for(text).subjects[0].titles.empty());
    EXPECT_TRUE(
        configured_for(text, {Subject{"Tom Bank", {"Bank"}, {}, {"he", "him", "his", "himself"}}})
            .subjects[0]
            .titles.empty());
}

} // namespace
} // namespace redraft::claims
