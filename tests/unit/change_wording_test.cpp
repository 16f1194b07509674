// The words an editor reads for each change (report text and Markdown, the diff's sentence
// tags, check's reasons): what a hedge that came or went did, who holds a view, what a number or
// a weight is.

#include <redraft/assess/no_subject.hpp>
#include <redraft/report/change_wording.hpp>

#include <gtest/gtest.h>

#include "analysed_pair.hpp"

namespace redraft::report {
namespace {

const std::string kRows = "c.opaque\topaque\tcharacterization\t-0.5\tfavorability\t\n"
                          "c.decisive\tdecisive\tcharacterization\t+1\tfavorability\t\n"
                          "c.vain\tvain\tcharacterization\t-0.5\tfavorability\t\n"
                          "c.reckless\treckless\tcharacterization\t-1\tfavorability\t\n"
                          "c.criticise-for\tcriticise for\tcharacterization\t-0.5\tfavorability\t\n"
                          "a.accused-of\taccused of\tattribution\t0\t\t\n"
                          "e.accused-of\taccused of\tevidential\t-0.5\tcertainty\t\n"
                          "a.praise\tpraise\tattribution\t0\t\t\n"
                          "a.critics-say\tcritics say\tattribution\t0\t\t\n"
                          "b.clearly\tclearly\tbooster\t+0.75\tcertainty\t\n"
                          "h.arguably\targuably\thedge\t-0.5\tcertainty\t\n"
                          "h.seem\tseem\thedge\t-0.5\tcertainty\t\n"
                          "h.probably\tprobably\thedge\t-0.25\tcertainty\t\n"
                          "h.unclear-whether\tunclear whether\thedge\t-0.5\tcertainty\t\n"
                          "i.very\tvery\tintensifier\t1.5\t\t\n"
                          "n.not\tnot\tnegation\t-1\t\t\n";

const std::vector<claims::Subject> kSubjects = {{"Anna Berg", {"Berg"}, {}, {"she", "her"}}};

struct Compared {
    std::unique_ptr<assess::testing::AnalysedPair> pair;
    assess::Assessment assessment;
    // The subject's changes as the text report heads them: "strengthened ('clearly' added)".
    std::vector<std::string> heads() const {
        std::vector<std::string> out;
        for (const auto& c : assessment.subjects[0].changes) {
            out.push_back(change_line(c));
        }
        return out;
    }
    // The diff's tag of the one changed sentence.
    std::string tag() const {
        for (const auto& entry : assessment.sentence_notes) {
            for (const auto& notes : entry) {
                if (!notes.empty()) {
                    return notes_line(notes);
                }
            }
        }
        return {};
    }
};

Compared compare(const std::string& old_text, const std::string& new_text) {
    Compared c;
    c.pair = assess::testing::analyse_pair(kRows, kSubjects, old_text, new_text);
    c.assessment = assess::compare(c.pair->old_revision(), c.pair->new_revision(), c.pair->diff,
                                   kSubjects, {});
    return c;
}

using Heads = std::vector<std::string>;

TEST(ChangeWording, AHedgeThatCameOrWentSaysWhich) {
    // The accusation dropped makes the claim firmer: never "strengthened 'accused of'", which
    // reads as the accusation made stronger.
    const auto dropped =
        compare("Anna Berg spoke. Berg has been accused of opaque dealings.\n",
                "Anna Berg spoke. Berg has clearly been opaque in her dealings.\n");
    EXPECT_EQ(dropped.heads(),
              (Heads{"attribution_changed 'opaque' (unnamed others -> the author)",
                     "strengthened ('clearly' added)", "strengthened ('accused of' dropped)"}));
    EXPECT_EQ(dropped.tag(), "attribution_changed: been accused of, opaque; strengthened: clearly "
                             "added, accused of dropped");
    // The reverse edit: a hedge added, a booster dropped.
    const auto hedged = compare("Anna Berg spoke. Berg was clearly reckless.\n",
                                "Anna Berg spoke. Berg was arguably reckless.\n");
    EXPECT_EQ(hedged.heads(), (Heads{"hedged ('arguably' added)", "hedged ('clearly' dropped)"}));
    // One hedge put for another names both words and their weights.
    const auto put_for = compare("Anna Berg spoke. Berg was probably reckless.\n",
                                 "Anna Berg spoke. Berg was arguably reckless.\n");
    EXPECT_EQ(put_for.heads(), (Heads{"hedged ('probably' -> 'arguably', weight -0.25 -> -0.50)"}));
    EXPECT_EQ(put_for.tag(), "hedged: probably -> arguably");
    const auto added = compare("Anna Berg spoke. Berg was reckless.\n",
                               "Anna Berg spoke. Berg was arguably reckless.\n");
    EXPECT_EQ(added.heads(), (Heads{"hedged ('arguably' added)"}));
    EXPECT_EQ(added.tag(), "hedged: arguably added");
}

TEST(ChangeWording, APassiveHolderIsUnnamedOthersANamedOneIsQuoted) {
    const auto passive =
        compare("Anna Berg spoke. Berg was widely praised for her decisive reply.\n",
                "Anna Berg spoke. Berg was widely known for her slow reply.\n");
    ASSERT_FALSE(passive.heads().empty());
    EXPECT_EQ(passive.heads().back(),
              "attribution_changed 'decisive' (a view gone, held by unnamed others)");
    // A passive whose agent is named keeps its words.
    const auto agent =
        compare("Anna Berg spoke. Berg was praised by the board for her decisive reply.\n",
                "Anna Berg spoke. Berg was known by the board for her slow reply.\n");
    ASSERT_FALSE(agent.heads().empty());
    EXPECT_EQ(agent.heads().back(), "attribution_changed 'decisive' (a view gone, held by 'was "
                                    "praised by the board')");
    // Named holders keep their words, quoted, and the author is "the author".
    const auto named = compare("Anna Berg spoke. Berg was reckless.\n",
                               "Anna Berg spoke. Critics say Berg was reckless.\n");
    EXPECT_EQ(named.heads(),
              (Heads{"attribution_changed 'reckless' (the author -> 'Critics say')"}));
}

TEST(ChangeWording, NumbersAndWeightsSayWhatTheyAre) {
    const auto number =
        compare("Anna Berg spoke. Berg cut 19 jobs.\n", "Anna Berg spoke. Berg cut 23 jobs.\n");
    EXPECT_EQ(number.heads(), (Heads{"number_changed (19 -> 23)"}));
    EXPECT_EQ(number.tag(), "number_changed: 19 -> 23");
    const auto negated =
        compare("Anna Berg spoke. Berg was vain.\n", "Anna Berg spoke. Berg was not vain.\n");
    EXPECT_EQ(negated.heads(), (Heads{"negated 'vain' (weight -0.50 -> +0.50)"}));
    // A negation that governs no judgement is the change: "negated by 'not'".
    const auto bare =
        compare("Anna Berg spoke. Berg did act.\n", "Anna Berg spoke. Berg did not act.\n");
    EXPECT_EQ(bare.heads(), (Heads{"negated by 'not'"}));
    // A judgement with its scale word reads as one phrase in the tag, as in the headline.
    const auto scaled =
        compare("Anna Berg spoke. Berg was calm.\n", "Anna Berg spoke. Berg was very reckless.\n");
    EXPECT_EQ(scaled.tag(), "characterization_added: very reckless");
}

TEST(ChangeWording, SeveralTagsOfOneKindNameTheKindOnce) {
    const auto c = compare("Anna Berg spoke. Berg was vain in the end.\n",
                           "Anna Berg spoke. Berg was vain, opaque and reckless in the end.\n");
    EXPECT_EQ(c.tag(), "characterization_added: opaque, reckless");
}

TEST(ChangeWording, TheSummaryNamesTheJudgementANegationTurned) {
    EXPECT_EQ(assess::summarize(compare("Anna Berg spoke. Berg was vain.\n",
                                        "Anna Berg spoke. Berg was not vain.\n")
                                    .assessment.subjects[0],
                                {}),
              "The assessment of Anna Berg became more favourable (favorability -0.20 -> "
              "+0.20): 1 claim negated ('vain').");
    EXPECT_EQ(assess::summarize(compare("Anna Berg spoke. Berg was not reckless.\n",
                                        "Anna Berg spoke. Berg was reckless.\n")
                                    .assessment.subjects[0],
                                {}),
              "The assessment of Anna Berg became more critical (favorability +0.33 -> "
              "-0.33): 1 negation removed ('reckless').");
    // A negation of no judgement has none to name.
    EXPECT_EQ(assess::summarize(compare("Anna Berg spoke. Berg did act.\n",
                                        "Anna Berg spoke. Berg did not act.\n")
                                    .assessment.subjects[0],
                                {}),
              "The assessment of Anna Berg kept its scores (favorability +0.00, certainty "
              "+0.00): 1 claim negated.");
}

TEST(ChangeWording, TheSummaryKeepsItsScoresOnlyBesideAChange) {
    // A number changed moves no score, but the assessment changed: not "did not change".
    EXPECT_EQ(assess::summarize(compare("Anna Berg spoke. Berg cut 19 jobs.\n",
                                        "Anna Berg spoke. Berg cut 23 jobs.\n")
                                    .assessment.subjects[0],
                                {}),
              "The assessment of Anna Berg kept its scores (favorability +0.00, certainty "
              "+0.00): 1 number changed (19 -> 23).");
    EXPECT_EQ(assess::summarize(compare("Anna Berg spoke. Berg cut teh jobs.\n",
                                        "Anna Berg spoke. Berg cut the jobs.\n")
                                    .assessment.subjects[0],
                                {}),
              "The assessment of Anna Berg did not change (favorability +0.00, certainty "
              "+0.00): 1 passage reworded only.");
}

TEST(ChangeWording, TheParagraphsSayWhichRevision) {
    assess::AssessmentChange c;
    EXPECT_EQ(change_paragraphs(c, "->"), "");
    c.new_sentence = diff::SentenceRef{16, 0};
    EXPECT_EQ(change_paragraphs(c, "->"), "new paragraph 17");
    c.old_sentence = diff::SentenceRef{16, 2};
    EXPECT_EQ(change_paragraphs(c, "->"), "paragraph 17");
    c.old_sentence = diff::SentenceRef{15, 2};
    EXPECT_EQ(change_paragraphs(c, "->"), "paragraph 16 -> 17");
    c.new_sentence.reset();
    EXPECT_EQ(change_paragraphs(c, "->"), "old paragraph 16");
}

TEST(ChangeWording, HoldersAsShown) {
    EXPECT_EQ(holder_shown("author", "", false), "the author");
    EXPECT_EQ(holder_shown("She told", "Maria Berg", false), "Maria Berg");
    EXPECT_EQ(holder_shown("was widely praised", "", true), "unnamed others");
    EXPECT_EQ(holder_shown("Critics say", "", false), "'Critics say'");
}

std::string summary(const std::string& old_text, const std::string& new_text) {
    return assess::summarize(compare(old_text, new_text).assessment.subjects[0], {});
}

// check's reasons and the report's list say a change in one wording (the CI log and the report
// side by side): a hedge that came, a number one side lacks, a holder before -> after, the place.
TEST(ChangeWording, CheckAndTheReportListAChangeAlike) {
    const auto hedged =
        compare("Anna Berg spoke. Berg was reckless.\n", "Anna Berg spoke. Berg seems reckless.\n");
    ASSERT_FALSE(hedged.assessment.subjects[0].changes.empty());
    const auto& hedge = hedged.assessment.subjects[0].changes.back();
    // Never "hedged: 'seems' added", which check's reason put after "Anna Berg:" (two colons),
    // nor "hedged 'seems'", which said not whether it came or went.
    EXPECT_EQ(change_line(hedge), "hedged ('seems' added)");
    EXPECT_EQ(change_title(hedge), "hedged ('seems' added)");
    EXPECT_EQ(change_sentence(hedge, "->"), "paragraph 1, sentence 2");
    const auto added =
        compare("Anna Berg spoke. Berg cut jobs.\n", "Anna Berg spoke. Berg cut 24 jobs.\n");
    EXPECT_EQ(added.heads(), (Heads{"number_changed (24 added)"})); // "(added: 24)", "'24' (added)"
    const auto dropped =
        compare("Anna Berg spoke. Berg cut 24 jobs.\n", "Anna Berg spoke. Berg cut jobs.\n");
    EXPECT_EQ(dropped.heads(), (Heads{"number_changed (24 dropped)"}));
    EXPECT_EQ(dropped.tag(), "number_changed: 24 dropped");
    // A claim the old revision lacks is in a new paragraph; the sentence is the newer side's.
    assess::AssessmentChange moved;
    moved.old_sentence = diff::SentenceRef{15, 2};
    moved.new_sentence = diff::SentenceRef{16, 0};
    EXPECT_EQ(change_sentence(moved, "->"), "paragraph 16 -> 17, sentence 1");
    moved.old_sentence.reset();
    EXPECT_EQ(change_sentence(moved, "->"), "new paragraph 17, sentence 1");
    EXPECT_EQ(change_sentence(assess::AssessmentChange{}, "->"), "the document");
}

// A change in a sentence about no subject reads as a subject's would, as check lists it.
TEST(ChangeWording, AChangeAboutNoSubjectReadsAsASubjectsWould) {
    const auto c = compare("Anna Berg spoke.\n\nThe plan was reckless. Rates rose to 14%.\n",
                           "Anna Berg spoke.\n\nThe plan seems reckless. Rates rose to 41%.\n");
    std::vector<std::string> lines;
    for (const auto& change : assess::changes_about_no_subject(c.assessment, c.pair->diff)) {
        const auto listed = change.as_change();
        lines.push_back(change_line(listed) + " in " + change_sentence(listed, "->"));
    }
    EXPECT_EQ(lines, (std::vector<std::string>{"hedged ('seems' added) in paragraph 2, sentence 1",
                                               "number_changed (14% -> 41%) in paragraph 2, "
                                               "sentence 2"}));
}

// The headline says which way views moved between holders, where "1 attribution changed" left
// it to the list below.
TEST(ChangeWording, TheSummarySaysWhichWayAViewMoved) {
    EXPECT_EQ(summary("Anna Berg spoke. Berg was reckless.\n",
                      "Anna Berg spoke. Critics say Berg was reckless.\n"),
              "The assessment of Anna Berg became more favourable (favorability -0.33 -> +0.00): "
              "1 view put in others' mouths.");
    EXPECT_EQ(summary("Anna Berg spoke. Critics say Berg was reckless.\n",
                      "Anna Berg spoke. Berg was reckless.\n"),
              "The assessment of Anna Berg became more critical (favorability +0.00 -> -0.33): 1 "
              "view the author now holds.");
    // Near case: the same holder in other words moves no view.
    EXPECT_EQ(summary("Anna Berg spoke. Critics say Berg was reckless.\n",
                      "Anna Berg spoke. Many critics say Berg was reckless.\n"),
              "The assessment of Anna Berg did not change (favorability +0.00, certainty +0.00): "
              "1 passage reworded only.");
    assess::SubjectAssessment subject{"Anna Berg", {}, {}, {}};
    const auto view = [](std::string old_holder, std::string new_holder) {
        assess::AssessmentChange c;
        c.kind = assess::ChangeKind::attribution_changed;
        c.old_value = std::move(old_holder);
        c.new_value = std::move(new_holder);
        return c;
    };
    subject.changes = {view("Critics say", "Supporters say"), view("", "Critics say"),
                       view("", "Voters think"), view("Critics say", "")};
    // Views that stay others' are one count however they went (five counts in a row were hard
    // to read on a long edit); each way stays in the list below.
    EXPECT_EQ(assess::summarize(subject, {}),
              "The assessment of Anna Berg kept its scores: 4 views of others added, dropped or "
              "given to another holder.");
    // Near cases: a view that reached or left the author is counted apart, and one way alone
    // keeps its words.
    subject.changes = {view("Critics say", "author"), view("author", "Critics say"),
                       view("", "Critics say"), view("", "Voters think")};
    EXPECT_EQ(assess::summarize(subject, {}),
              "The assessment of Anna Berg kept its scores: 1 view put in others' mouths; 1 view "
              "the author now holds; 2 views of others added.");
    subject.changes = {view("Critics say", ""), view("Critics say", "Supporters say")};
    EXPECT_EQ(assess::summarize(subject, {}),
              "The assessment of Anna Berg kept its scores: 2 views of others dropped or given "
              "to another holder.");
}

// The headline quotes a judgement as the text writes it, not as the lexicon's row names it.
TEST(ChangeWording, TheSummaryQuotesTheWordsAsWritten) {
    EXPECT_EQ(summary("Anna Berg spoke. Berg was reckless.\n",
                      "Anna Berg spoke. Berg was reckless and criticised for the delay.\n"),
              "The assessment of Anna Berg became more critical (favorability -0.33 -> -0.43): "
              "'criticised for' added."); // the lexicon's row is "criticise for"
    // The same judgement written another way in another sentence moved; another did not.
    assess::SubjectAssessment subject{"Anna Berg", {}, {}, {}};
    const auto said = [](assess::ChangeKind kind, std::string term, std::string words) {
        assess::AssessmentChange c;
        c.kind = kind;
        c.term = std::move(term);
        c.cues = {std::move(words)};
        return c;
    };
    subject.changes = {
        said(assess::ChangeKind::characterization_removed, "criticise for", "criticised for"),
        said(assess::ChangeKind::characterization_added, "criticise for", "criticises for"),
        said(assess::ChangeKind::characterization_added, "prudent", "Prudent")};
    EXPECT_EQ(assess::summarize(subject, {}),
              "The assessment of Anna Berg kept its scores: 'Prudent' added, 'criticised for' "
              "moved to another sentence.");
}

} // namespace
} // namespace redraft::report
