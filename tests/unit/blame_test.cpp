// Blame follows each claim through the history: split and merged sentences keep the history of
// their parts, and each edit is named by what the assessment found in it.

#include <redraft/history/blame.hpp>
#include <redraft/report/blame.hpp>

#include <gtest/gtest.h>

namespace redraft::history {
namespace {

const std::vector<claims::Subject> kKessler = {
    {"Anna Kessler", {"Kessler"}, {}, {"she", "her", "hers", "herself"}}};

claims::Lexicon blame_lexicon() {
    claims::Lexicon lexicon;
    lexicon.load_text("id\tterm\tkind\tpolarity\tdimension\tnote\n"
                      "c.reckless\treckless\tcharacterization\t-1\tfavorability\t\n"
                      "c.prudent\tprudent\tcharacterization\t+0.5\tfavorability\t\n"
                      "h.may\tmay\thedge\t-0.5\tcertainty\t\n"
                      "n.not\tnot\tnegation\t-1\t\t\n",
                      "test.tsv", claims::LexiconOrigin::shipped);
    return lexicon;
}

// The blame of the last of `texts`, each one revision (r1, r2, ...).
Blame blame_of(const std::vector<std::string>& texts) {
    const auto lexicon = blame_lexicon();
    std::vector<AnalysedRevision> chain;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        AnalysedRevision revision;
        revision.info.number = static_cast<std::uint32_t>(i + 1);
        revision.info.time = 1700000000 + 86400 * static_cast<std::int64_t>(i);
        revision.doc =
            std::make_shared<const document::Document>(document::parse(texts[i], "essay.txt", {}));
        chain.push_back(std::move(revision));
    }
    const claims::Analyzer analyzer(lexicon, kKessler, claims::find_people(*chain.back().doc));
    for (std::size_t i = 0; i < chain.size(); ++i) {
        chain[i].analysis =
            analyzer.analyze(*chain[i].doc, i > 0 ? &chain[i - 1].analysis : nullptr);
    }
    return blame(chain, {"Anna Kessler"});
}

const ClaimBlame& claim_with(const Blame& blame, std::string_view words) {
    for (const auto& claim : blame.subjects[0].claims) {
        if (claim.text.find(words) != std::string::npos) {
            return claim;
        }
    }
    throw std::runtime_error("no claim with " + std::string(words));
}

std::uint32_t since(const ClaimBlame& claim, std::string_view term) {
    for (const auto& c : claim.characterizations) {
        if (c.term == term) {
            return c.introduced;
        }
    }
    throw std::runtime_error("no characterization " + std::string(term));
}

constexpr const char* kOpening = "Anna Kessler ran the central bank for eight years.\n\n";

TEST(Blame, TwoSentencesMergedKeepTheHistoryOfBoth) {
    const auto blame = blame_of(
        {std::string(kOpening) + "Kessler was reckless during the long banking crisis. She cut "
                                 "interest rates twice in the spring of that year.\n",
         std::string(kOpening) + "Kessler was reckless during the long banking crisis. She cut "
                                 "interest rates twice in the spring of that year. The bank "
                                 "grew.\n",
         std::string(kOpening) + "Kessler cut interest rates twice in the spring of that year, "
                                 "and she was reckless during the long banking crisis. The bank "
                                 "grew.\n"});
    const auto& merged = claim_with(blame, "cut interest rates");
    EXPECT_EQ(merged.introduced, 0u); // r1, not r3 where the two became one
    EXPECT_EQ(merged.changed, 2u);
    EXPECT_EQ(since(merged, "reckless"), 0u);
}

// The commonest merge puts a single content word into the other sentence: the characterization
// itself. It still dates from the sentence that first held it.
TEST(Blame, AShortSentenceMergedIntoItsNeighbourKeepsItsCharacterization) {
    const auto blame = blame_of(
        {std::string(kOpening) + "Kessler is prudent. Kessler was notably candid about the "
                                 "inflation risks.\n",
         std::string(kOpening) + "Kessler is prudent and was notably candid about the inflation "
                                 "risks.\n"});
    const auto& merged = claim_with(blame, "notably candid");
    EXPECT_EQ(merged.introduced, 0u);
    EXPECT_EQ(since(merged, "prudent"), 0u); // r1, not r2 where the sentences became one
}

TEST(Blame, BothPartsOfASplitKeepTheHistoryOfTheWhole) {
    const auto blame =
        blame_of({std::string(kOpening) + "Kessler cut interest rates twice in the spring of "
                                          "that year, while she was reckless during the long "
                                          "banking crisis.\n",
                  std::string(kOpening) + "Kessler cut interest rates twice in the spring of "
                                          "that year. At the same time she was reckless during "
                                          "the long banking crisis.\n"});
    const auto& part = claim_with(blame, "At the same time");
    EXPECT_EQ(part.introduced, 0u);
    EXPECT_EQ(since(part, "reckless"), 0u);
}

TEST(Blame, ASentenceMovedOutOfARemovedParagraphKeepsItsHistory) {
    const auto blame = blame_of(
        {std::string(kOpening) + "The board met in the rain on a Tuesday morning. Kessler was "
                                 "prudent during the long banking crisis.\n\nDelegates argued "
                                 "over budgets until late at night. Nobody slept.\n",
         std::string(kOpening) + "Delegates argued over budgets until late at night. Nobody "
                                 "slept. Kessler was prudent during the long banking crisis.\n"});
    const auto& moved = claim_with(blame, "prudent");
    EXPECT_EQ(moved.introduced, 0u);
    EXPECT_EQ(moved.changed, 0u);
    EXPECT_EQ(since(moved, "prudent"), 0u);
}

TEST(Blame, AnEditIsNamedByWhatItChanged) {
    const auto blame =
        blame_of({std::string(kOpening) + "Kessler was prudent in the crisis.\n",
                  std::string(kOpening) + "Kessler may be prudent in the crisis.\n",
                  std::string(kOpening) + "Kessler may be prudent in the crisis.\n"});
    const auto& claim = claim_with(blame, "prudent");
    EXPECT_EQ(claim.changed, 1u);
    EXPECT_EQ(claim.changed_by, std::vector<std::string>{"hedged"});
    const std::string text = report::blame_text(blame, "essay.txt");
    EXPECT_NE(text.find(", hedged in r2 ("), std::string::npos) << text;
    EXPECT_EQ(text.find("reworded"), std::string::npos) << text;
}

TEST(Blame, ACopyEditIsReworded) {
    const auto blame = blame_of({std::string(kOpening) + "Kessler was prudent in teh crisis.\n",
                                 std::string(kOpening) + "Kessler was prudent in the crisis.\n"});
    const auto& claim = claim_with(blame, "prudent");
    EXPECT_EQ(claim.changed_by, std::vector<std::string>{"reworded"});
    EXPECT_NE(report::blame_text(blame, "essay.txt").find(", reworded in r2 ("), std::string::npos);
}

// "reckless" -> "not reckless" is no judgement kept since r1: the denial dates from the edit
// that made it, even when a later edit of the sentence hides that one on the claim's line, and
// it is named with its negation, never as the opposite of the text.
TEST(Blame, ANegatedCharacterizationIsNamedAndDatedWithItsNegation) {
    const auto blame =
        blame_of({std::string(kOpening) + "Kessler was reckless in the crisis of 2019.\n",
                  std::string(kOpening) + "Kessler was not reckless in the crisis of 2019.\n",
                  std::string(kOpening) + "Kessler was not reckless in the crisis of 2020.\n"});
    const auto& claim = claim_with(blame, "reckless");
    ASSERT_EQ(claim.characterizations.size(), 1u);
    EXPECT_EQ(claim.characterizations[0].negation, "not");
    EXPECT_EQ(claim.characterizations[0].introduced, 1u); // r2, not r1
    const std::string text = report::blame_text(blame, "essay.txt");
    EXPECT_NE(text.find("'not reckless' since r2 ("), std::string::npos) << text;
    EXPECT_EQ(text.find("'reckless'"), std::string::npos) << text;
    EXPECT_NE(report::blame_json(blame, "essay.txt", "").find("\"negated_by\": \"not\""),
              std::string::npos);
}

// A copy-edit after a figure changed does not hide the figure: the claim's line names both, the
// last edit the assessment saw and the rewording after it.
TEST(Blame, ARewordingAfterAnAssessedEditKeepsThatEditInView) {
    const auto blame = blame_of({std::string(kOpening) + "Kessler cut 400 jobs in the crisis.\n",
                                 std::string(kOpening) + "Kessler cut 450 jobs in the crisis.\n",
                                 std::string(kOpening) + "Kessler cut 450 jobs in teh crisis.\n"});
    const auto& claim = claim_with(blame, "jobs");
    EXPECT_EQ(claim.changed, 2u);
    EXPECT_EQ(claim.changed_by, std::vector<std::string>{"reworded"});
    EXPECT_EQ(claim.assessed, 1u);
    EXPECT_EQ(claim.assessed_by, std::vector<std::string>{"number changed"});
    const std::string text = report::blame_text(blame, "essay.txt");
    EXPECT_NE(text.find(", number changed in r2 ("), std::string::npos) << text;
    EXPECT_NE(text.find(", reworded in r3 ("), std::string::npos) << text;
    EXPECT_NE(report::blame_json(blame, "essay.txt", "").find("\"assessment_changed\": 2"),
              std::string::npos);
}

TEST(Blame, AClaimNeverEditedHasNoChange) {
    const auto blame = blame_of({std::string(kOpening) + "Kessler was prudent in the crisis.\n",
                                 std::string(kOpening) + "Kessler was prudent in the crisis.\n"});
    EXPECT_TRUE(claim_with(blame, "prudent").changed_by.empty());
}

} // namespace
} // namespace redraft::history
