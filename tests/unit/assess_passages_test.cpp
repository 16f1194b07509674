// How assess::compare cuts the changed sentences of a paragraph into passages: a claim replaced
// by another is a removed and an added claim, an edit is one claim changed, and a split or a
// merge stays one passage.

#include <redraft/assess/assess.hpp>
#include <redraft/document/document.hpp>

#include <gtest/gtest.h>

namespace redraft::assess {
namespace {

claims::Lexicon passage_lexicon() {
    claims::Lexicon lexicon;
    lexicon.load_text("id\tterm\tkind\tpolarity\tdimension\tnote\n"
                      "c.prudent\tprudent\tcharacterization\t+0.5\tfavorability\t\n"
                      "c.frontrunner\tfrontrunner\tcharacterization\t+0.5\tfavorability\t\n"
                      "c.candidate\tpreferred candidate\tcharacterization\t+0.5\tfavorability\t\n"
                      "c.transactional\ttransactional\tcharacterization\t-0.5\tfavorability\t\n"
                      "b.clear\tclear\tbooster\t+0.5\tcertainty\t\n"
                      "h.may\tmay\thedge\t-0.5\tcertainty\t\n"
                      "n.not\tnot\tnegation\t-1\t\t\n",
                      "test.tsv", claims::LexiconOrigin::shipped);
    return lexicon;
}

const std::vector<claims::Subject> kRutte = {{"Mark Rutte", {"Rutte"}, {}, {"he", "him", "his"}}};

// The assessment of two revisions, as `redraft diff` makes it.
Assessment assess_pair(const claims::Lexicon& lexicon, const std::string& old_text,
                       const std::string& new_text) {
    const auto older = document::parse(old_text, "old.txt", {});
    const auto newer = document::parse(new_text, "new.txt", {});
    const claims::Analyzer analyzer(lexicon, kRutte, claims::find_people(newer));
    const auto a = analyzer.analyze(older);
    const auto b = analyzer.analyze(newer, &a);
    return compare({older, a}, {newer, b}, diff::compare(older, newer), kRutte, {});
}

std::vector<std::string> kinds_of(const std::string& old_text, const std::string& new_text) {
    const auto assessment = assess_pair(passage_lexicon(), old_text, new_text);
    std::vector<std::string> kinds;
    for (const auto& c : assessment.subjects[0].changes) {
        kinds.push_back(std::string(to_string(c.kind)) + (c.term.empty() ? "" : ":" + c.term));
    }
    std::sort(kinds.begin(), kinds.end());
    return kinds;
}

using Kinds = std::vector<std::string>;

constexpr const char* kIntro = "The alliance has a vacancy to fill in the autumn. ";
constexpr const char* kOutro = " The question of his approach to Moscow remains open for now.\n";

TEST(AssessPassages, AReplacedSentenceIsARemovedAndAnAddedClaim) {
    // The other sentences of the paragraph are unchanged, so it stays one aligned paragraph; the
    // middle sentence is rewritten with other words and cues.
    const auto kinds = kinds_of(
        std::string(kIntro) +
            "Rutte emerges as the clear frontrunner for the position after months of talks." +
            kOutro,
        std::string(kIntro) +
            "The assurances Rutte gave Budapest show how transactional his pragmatism is." +
            kOutro);
    EXPECT_EQ(kinds,
              (Kinds{"characterization_added:transactional", "characterization_removed:frontrunner",
                     "claim_added", "claim_removed"}));
}

TEST(AssessPassages, AReplacedSentenceNextToAnEditedOneIsNotPartOfTheEdit) {
    // Before passages were cut, the two changed sentences formed one passage with claims on
    // both sides, so the removed claim showed up as characterization and negation changes of
    // the edited one.
    const auto kinds = kinds_of(
        std::string(kIntro) +
            "Eastern allies criticize Rutte for failing to meet the spending target of the "
            "alliance. Despite most states signaling they will not block Rutte, Iohannis remains "
            "their preferred candidate." +
            kOutro,
        std::string(kIntro) +
            "Eastern allies criticized Rutte for failing to meet the spending target of the "
            "alliance. Their own favourite, the Romanian president, withdrew from the race in "
            "June." +
            kOutro);
    EXPECT_EQ(kinds,
              (Kinds{"characterization_removed:preferred candidate", "claim_removed", "reworded"}));
}

TEST(AssessPassages, AnEditedSentenceStaysOneClaim) {
    const auto kinds = kinds_of(
        std::string(kIntro) + "Rutte was prudent during the long crisis with Moscow." + kOutro,
        std::string(kIntro) +
            "Rutte may have been prudent during the long crisis with "
            "Moscow." +
            kOutro);
    EXPECT_EQ(kinds, Kinds{"hedged:may"});
}

TEST(AssessPassages, ASentenceSplitInTwoStaysOnePassage) {
    const auto kinds = kinds_of("Rutte was prudent during the long crisis with Moscow, while "
                                "remaining personally committed to seeking justice for victims.\n",
                                "Rutte was prudent during the long crisis with Moscow. At the "
                                "same time he remained personally committed to seeking justice "
                                "for victims.\n");
    EXPECT_EQ(kinds, Kinds{"reworded"});
}

TEST(AssessPassages, ARewordedSplitQuotesEverySentenceOfEachSide) {
    const auto assessment =
        assess_pair(passage_lexicon(), "Rutte was prudent in the crisis, and he stayed calm.\n",
                    "Rutte was prudent in the crisis. He stayed calm.\n");
    ASSERT_EQ(assessment.subjects[0].changes.size(), 1U);
    const auto& change = assessment.subjects[0].changes[0];
    EXPECT_EQ(change.kind, ChangeKind::reworded);
    EXPECT_EQ(change.old_text, "Rutte was prudent in the crisis, and he stayed calm.");
    EXPECT_EQ(change.new_text, "Rutte was prudent in the crisis. He stayed calm.");
}

TEST(AssessPassages, TwoSentencesMergedStayOnePassage) {
    const auto kinds = kinds_of("Rutte was prudent during the long crisis with Moscow. He "
                                "remained personally committed to seeking justice for victims.\n",
                                "Rutte was prudent during the long crisis with Moscow, while "
                                "remaining personally committed to seeking justice for victims.\n");
    EXPECT_EQ(kinds, Kinds{"reworded"});
}

// A merge whose edit puts a single content word into the other sentence (the characterization):
// still one passage, so 'prudent' is neither dropped nor added.
TEST(AssessPassages, AShortSentenceMergedIntoItsNeighbourStaysOnePassage) {
    EXPECT_EQ(kinds_of(std::string(kIntro) +
                           "Rutte is prudent. Rutte was notably candid about the risks." + kOutro,
                       std::string(kIntro) +
                           "Rutte is prudent and was notably candid about the risks." + kOutro),
              Kinds{"reworded"});
}

// QA pass C: a new sentence that takes up the one word an edit dropped from its neighbour, but
// is otherwise its own, is a claim added, not part of that edit: the hedge in it is no hedge of
// the edited claim.
TEST(AssessPassages, ASentenceSharingOnlyTheWordAnEditDroppedIsNoSplit) {
    // The first pair is aligned below kReplacedBelow (0.49): a claim removed and one added. The
    // added one shares only "cold" with the words the second pair's edit dropped.
    const auto kinds =
        kinds_of("Rutte is not a warm man. He rarely praises individual players in public, and "
                 "several have left the club complaining that he was cold and prudent.\n",
                 "Rutte is not a cold man, though he may seem rather distant. He rarely praises "
                 "individual players in public, and several have left the club complaining that "
                 "he was prudent.\n");
    EXPECT_EQ(kinds, (Kinds{"claim_added", "claim_removed", "reworded"}));
}

TEST(AssessPassages, NumbersSplitIntoTwoSentencesKeepTheirPairs) {
    const std::string old_text = "Rutte won 62% of the vote in the first round, while his rival "
                                 "Marek Nowak won 30% of the vote in the same round.\n";
    // Split in the same order, and split in the other order: each value kept its words.
    EXPECT_EQ(kinds_of(old_text, "Rutte won 62% of the vote in the first round. His rival Marek "
                                 "Nowak won 30% of the vote in the same round.\n"),
              Kinds{"reworded"});
    EXPECT_EQ(kinds_of(old_text, "Rutte's rival Marek Nowak won 30% of the vote in the same "
                                 "round. Rutte won 62% of the vote in the first round.\n"),
              Kinds{"reworded"});
    // Split with the values swapped between the two.
    EXPECT_EQ(kinds_of(old_text, "Rutte won 30% of the vote in the first round. His rival Marek "
                                 "Nowak won 62% of the vote in the same round.\n"),
              (Kinds{"number_changed:30%", "number_changed:62%"}));
}

TEST(AssessPassages, NumbersMergedIntoOneSentenceKeepTheirPairs) {
    const std::string old_text = "Rutte won 62% of the vote in the first round. His rival Marek "
                                 "Nowak won 30% of the vote in the same round.\n";
    EXPECT_EQ(kinds_of(old_text, "Rutte won 62% of the vote in the first round, while his rival "
                                 "Marek Nowak won 30% of the vote in the same round.\n"),
              Kinds{"reworded"});
    EXPECT_EQ(kinds_of(old_text, "Rutte won 30% of the vote in the first round, while his rival "
                                 "Marek Nowak won 62% of the vote in the same round.\n"),
              (Kinds{"number_changed:30%", "number_changed:62%"}));
}

TEST(AssessPassages, AClauseMovedAcrossASentenceBoundaryIsOnePassage) {
    // QA pass q7: "A. B, and C." -> "A, and B. C." (the envoy essay) read as "Teixeira changed
    // his approach." removed, and "93 dropped" where the number had gone, with its words, into
    // a sentence about no subject ("Together they won ...").
    const std::string old_text =
        "By 2024 the fighting had displaced many people. Rutte changed his approach. He brought "
        "in the regional mediator, Marek Nowak, as co-chair, and together they won a local truce "
        "that held for 93 days.\n";
    const std::string new_text =
        "By 2024 the fighting had displaced many people. Rutte changed his approach, and he "
        "brought in the regional mediator, Marek Nowak, as co-chair. Together they won a local "
        "truce that held for 93 days.\n";
    EXPECT_EQ(kinds_of(old_text, new_text), Kinds{"reworded"});
    // A value that changed on the way still does.
    std::string changed = new_text;
    changed.replace(changed.find("93"), 2, "39");
    EXPECT_EQ(kinds_of(old_text, changed), Kinds{"number_changed:93"});
}

TEST(AssessPassages, PassagesListBothSidesOfAMergeAndUnpairedMoves) {
    // Two sentences merged into one: one passage with both old sentences.
    const auto merged = assess_pair(
        passage_lexicon(),
        "Rutte was prudent during the long crisis with Moscow. He remained personally committed "
        "to seeking justice for victims.\n",
        "Rutte was prudent during the long crisis with Moscow, while remaining personally "
        "committed to seeking justice for victims.\n");
    ASSERT_EQ(merged.passages.size(), 1u);
    EXPECT_EQ(merged.passages[0].old_sentences.size(), 2u);
    EXPECT_EQ(merged.passages[0].new_sentences.size(), 1u);
    EXPECT_FALSE(merged.passages[0].moved);
    // A sentence carried unchanged out of a paragraph removed into another one: a move.
    const auto moved = assess_pair(
        passage_lexicon(),
        "The summit opened in the rain on a Tuesday morning. Rutte was prudent during the long "
        "crisis with Moscow.\n\nDelegates argued over budgets until late at night. Nobody "
        "slept.\n",
        "Delegates argued over budgets until late at night. Nobody slept. Rutte was prudent "
        "during the long crisis with Moscow.\n");
    EXPECT_TRUE(moved.subjects[0].changes.empty());
    bool found = false;
    for (const auto& passage : moved.passages) {
        found = found || (passage.moved && passage.old_sentences.size() == 1 &&
                          passage.new_sentences.size() == 1);
    }
    EXPECT_TRUE(found);
}

TEST(AssessPassages, AnAddedClaimWithAttributionIsAClaimAddedNotAnAttributionChange) {
    claims::Lexicon lexicon = passage_lexicon();
    lexicon.load_text("id\tterm\tkind\tpolarity\tdimension\tnote\n"
                      "a.critics\tcritics\tattribution\t0\t\t\n"
                      "a.argue\targue\tattribution\t0\t\t\n",
                      "extra.tsv", claims::LexiconOrigin::user);
    const std::string old_text = "Rutte was prudent in office.\n";
    const std::string new_text = "Rutte was prudent in office.\n\nCritics, among them members of "
                                 "the coalition, argue that Rutte has done too little.\n";
    const auto assessment = assess_pair(lexicon, old_text, new_text);
    ASSERT_EQ(assessment.subjects[0].changes.size(), 1u);
    EXPECT_EQ(assessment.subjects[0].changes[0].kind, ChangeKind::claim_added);
}

} // namespace
} // namespace redraft::assess
