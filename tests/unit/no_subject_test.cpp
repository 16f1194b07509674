// Changes in sentences that no subject's change list holds: found for check's --fail-on and
// noted (numbers) in every report.

#include <redraft/assess/no_subject.hpp>

#include <gtest/gtest.h>

#include <algorithm>

#include "analysed_pair.hpp"

namespace redraft::assess {
namespace {

const std::vector<claims::Subject> kKessler = {{"Dana Kessler", {"Kessler"}, {}, {"she", "her"}}};

std::vector<SentenceChange> found(const std::string& old_text, const std::string& new_text) {
    const auto pair = testing::analyse_pair("c.reckless\treckless\tcharacterization\t-"
                                            "1\tfavorability\t\nn.not\tnot\tnegation\t-1\t\t\n",
                                            kKessler, old_text, new_text);
    return changes_about_no_subject(
        compare(pair->old_revision(), pair->new_revision(), pair->diff, kKessler, {}), pair->diff);
}

TEST(NoSubjectChanges, ANumberInASentenceAboutNoOneIsFoundAndNoted) {
    const auto changes = found("Kessler took office in 2019.\n\nInflation rose to 14% in May.\n",
                               "Kessler took office in 2019.\n\nInflation rose to 41% in May.\n");
    ASSERT_EQ(changes.size(), 1U);
    EXPECT_EQ(changes[0].kind, ChangeKind::number_changed);
    EXPECT_EQ(changes[0].cues, (std::vector<std::string>{"14%", "41%"}));
    // An edited sentence is in paragraph 2 of both revisions: no "new paragraph", which the list
    // of changes keeps for a sentence the older revision lacks.
    EXPECT_EQ(place_of(changes[0]), "paragraph 2");
    EXPECT_TRUE(changes[0].subject.empty());
    EXPECT_EQ(no_subject_changes_notes(changes),
              (std::vector<std::string>{"1 number changed in a sentence about no subject, which "
                                        "moves no score: 14% -> 41% (paragraph 2)"}));
}

// A number one side lacks ("eleven vessels" -> "17 vessels") says which: '17' alone read as
// neither added nor dropped, nor changed from anything.
TEST(NoSubjectChanges, ANumberAddedOrRemovedSaysSo) {
    const auto changes =
        found("Kessler took office in 2019.\n\nShips were diverted to Hallbrook in May. The port "
              "lost 120 drivers that spring.\n",
              "Kessler took office in 2019.\n\n17 ships were diverted to Hallbrook in May. The "
              "port lost drivers that spring.\n");
    ASSERT_EQ(changes.size(), 2U);
    EXPECT_EQ(changes[0].old_value + "|" + changes[0].new_value, "|17");
    EXPECT_EQ(changes[1].old_value + "|" + changes[1].new_value, "120|");
    EXPECT_EQ(no_subject_changes_notes(changes),
              (std::vector<std::string>{"2 numbers changed in sentences about no subject, which "
                                        "move no score: 17 added (paragraph 2); 120 dropped "
                                        "(paragraph 2)"}));
}

TEST(NoSubjectChanges, ASubjectsOwnChangeAndWholeSentencesAreNotRepeated) {
    // The subject's change list holds the number; a sentence about no one added whole is no
    // news; a characterization about no one is found but is no number for the note.
    const auto changes = found("Kessler cut 400 jobs in 2019.\n\nThe plan was prudent.\n",
                               "Kessler cut 450 jobs in 2019.\n\nThe plan was reckless.\n\n"
                               "Rates rose to 5%.\n");
    ASSERT_EQ(changes.size(), 1U);
    EXPECT_EQ(changes[0].kind, ChangeKind::characterization_added);
    EXPECT_TRUE(no_subject_changes_notes(changes).empty());
}

// QA pass C: a sentence about no one ("He" opening a list item) that becomes a claim about the
// subject is a claim added, whose year is part of it: no note of a number about no subject.
TEST(NoSubjectChanges, ANumberOfAClaimAddedIsPartOfIt) {
    const auto changes = found("Dana Kessler took office.\n\n- She was reckless in 2023.\n",
                               "Dana Kessler took office.\n\n- Kessler was reckless in 2024.\n");
    EXPECT_TRUE(no_subject_changes_notes(changes).empty());
}

// QA pass q28: a sentence about the subject whose change for her is of another kind than the
// change any claim of it shows ("and she is sincere", her own words after "has said" -> "but she
// is not sincere", the author's) is no sentence about no subject: it names her, and her change's
// kind. (Task q31 made q28's "and she may well be sincere" the author's judgement.)
TEST(NoSubjectChanges, ASentenceAboutTheSubjectListedAsAnotherKindNamesHer) {
    const auto pair = testing::analyse_pair(
        "c.sincere\tsincere\tcharacterization\t+1\tfavorability\t\n"
        "n.not\tnot\tnegation\t-1\t\t\n"
        "h.may\tmay\thedge\t-0.5\tcertainty\t\n"
        "a.said\tsaid\tattribution\t0\t\t\n",
        kKessler,
        "Dana Kessler chairs the board.\n\nKessler has said she would rather settle, and she is "
        "sincere.\n",
        "Dana Kessler chairs the board.\n\nKessler has said she would rather settle, but she is "
        "not sincere.\n");
    const auto assessment =
        compare(pair->old_revision(), pair->new_revision(), pair->diff, kKessler, {});
    const auto changes = changes_about_no_subject(assessment, pair->diff);
    const auto negated = std::find_if(changes.begin(), changes.end(),
                                      [](const auto& c) { return c.kind == ChangeKind::negated; });
    ASSERT_NE(negated, changes.end());
    for (const auto& change : changes) { // each one a change of that sentence of hers
        EXPECT_EQ(change.subject, "Dana Kessler") << to_string(change.kind);
        ASSERT_TRUE(change.subject_kind.has_value());
        EXPECT_NE(*change.subject_kind, change.kind);
    }
    // A sentence about no one names no one (the first test: "Inflation rose to 14%").
}

} // namespace
} // namespace redraft::assess
