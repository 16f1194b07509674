// Ranks and offices written before a name: police, armed forces, councils, courts and churches
// ("Chief Constable Rhona Baird", "Detective Inspector Tom Hale", "Councillor Maren Doyle",
// "Bishop Desmond Tutu") are no part of the name, and a rank that is also a name ("Constable",
// "Bishop", "Dean") stays a name where its place says so ("John Constable", "Dean Acheson").

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "found_people.hpp"

namespace redraft::claims {
namespace {

using testing::chosen_for;
using testing::names;
using testing::people_in;

std::string chosen_name(const std::string& text) {
    const auto setup = chosen_for(text);
    return setup.subjects.empty() ? "(none)" : setup.subjects.front().name;
}

TEST(PeopleRanks, ARankBeforeANameIsNoPartOfIt) {
    for (const std::string rank :
         {"Detective Inspector", "Chief Superintendent", "Councillor", "Alderman", "Congresswoman",
          "Brigadier", "Commander", "Corporal", "Reverend", "Coroner", "Prosecutor", "Treasurer"}) {
        EXPECT_EQ(chosen_name(rank + " Ann Moss was reckless. Moss denied it."), "Ann Moss")
            << rank;
    }
}

TEST(PeopleRanks, ARankThatIsAlsoANameIsTheRankAfterAnotherRank) {
    EXPECT_EQ(chosen_name("Chief Constable Rhona Baird was reckless. Baird denied it."),
              "Rhona Baird");
    EXPECT_EQ(chosen_name("Deputy Sheriff Ann Moss was reckless. Moss denied it."), "Ann Moss");
}

TEST(PeopleRanks, ARankThatIsAlsoANameIsTheRankBeforeAGivenAndALastName) {
    EXPECT_EQ(chosen_name("Bishop Desmond Tutu was brave. Tutu spoke."), "Desmond Tutu");
    EXPECT_EQ(chosen_name("Dean Ann Moss was reckless. Moss denied it."), "Ann Moss");
}

TEST(PeopleRanks, ARankThatIsAlsoANameStaysANameElsewhere) {
    EXPECT_EQ(chosen_name("The painter John Constable was bold. Constable sold little."),
              "John Constable");
    EXPECT_EQ(chosen_name("Dean Acheson was reckless. Acheson denied it."), "Dean Acheson");
    EXPECT_EQ(chosen_name("Elizabeth Bishop was brilliant. Bishop wrote slowly."),
              "Elizabeth Bishop");
    EXPECT_EQ(names(people_in("Anna Warden spoke to Tom Dean.")),
              (std::vector<std::string>{"Anna Warden", "Tom Dean"}));
}

TEST(PeopleRanks, AChiefConstableIsCalledByTheOffice) {
    const auto setup =
        chosen_for("Chief Constable Rhona Baird was cautious. The chief constable was reckless.");
    ASSERT_FALSE(setup.subjects.empty());
    const auto& titles = setup.subjects.front().titles;
    EXPECT_NE(std::find(titles.begin(), titles.end(), "the chief constable"), titles.end());
}

} // namespace
} // namespace redraft::claims
