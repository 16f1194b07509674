// A lead-in and what follows it (task u4 of the nineteenth session; docs/assessment.md, "A lead-in
// and what follows it"): a list item or a paragraph right after a prose block ending in a colon
// continues the subject that block ends on, without [analysis] pronouns_across_paragraphs, and
// what rests on paragraphs being read alone (shared analyses, sums shifted from one revision to
// the other) stays exact. Each rule has near cases it must leave as they were.
#include <redraft/claims/claims.hpp>
#include <redraft/document/document.hpp>
#include <redraft/history/pair_sums.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "analysed_pair.hpp"

namespace redraft::claims {
namespace {

const std::vector<std::string> kShe{"she", "her", "hers", "herself"};
const Subject kHale{"Dana Hale", {"Hale"}, {}, kShe};
const Subject kOsei{"Ama Osei", {"Osei"}, {}, kShe};

const std::string kRows = "c.reckless\treckless\tcharacterization\t-1\tfavorability\t\n"
                          "c.prudent\tprudent\tcharacterization\t1\tfavorability\t\n"
                          "a.critics\tcritics say\tattribution\t0\t\tholder: critics\n";

struct Analysed {
    document::Document doc;
    Lexicon lexicon;
    DocumentAnalysis analysis;
    std::unique_ptr<Analyzer> analyzer;
};

std::unique_ptr<Analysed> analyse(const std::string& text,
                                  document::Format format = document::Format::markdown,
                                  std::vector<Subject> subjects = {kHale}, bool across = false) {
    auto result = std::make_unique<Analysed>();
    result->lexicon.load_text("id\tterm\tkind\tpolarity\tdimension\tnote\n" + kRows, "test.tsv",
                              LexiconOrigin::shipped);
    document::ParseOptions options;
    options.format = format;
    result->doc = document::parse(text, "t.md", options);
    result->analyzer = std::make_unique<Analyzer>(
        result->lexicon, std::move(subjects), find_people(result->doc), AnalysisSettings{across});
    result->analysis = result->analyzer->analyze(result->doc);
    return result;
}

double favorability(const DocumentAnalysis& analysis, std::uint32_t subject = 0) {
    const auto sums = profile_sums(analysis, subject, {"favorability"});
    return static_cast<double>(sums.dimensions[0].sum) / kSumUnits;
}

const std::string kRecord = "Hale's record is mixed:\n\n"
                            "- She was prudent with the reserves.\n"
                            "- She was reckless on rail.\n";

TEST(ClaimsU4, ListItemsAfterALeadInCountForItsSubject) {
    const auto a = analyse(kRecord);
    ASSERT_EQ(a->doc.paragraphs.size(), 3U);
    ASSERT_EQ(a->doc.paragraphs[1].kind, document::BlockKind::list_item);
    EXPECT_TRUE(a->analysis.claim(1, 0).is_about(0));
    EXPECT_TRUE(a->analysis.claim(2, 0).is_about(0)); // through the list, item after item
    EXPECT_FALSE(a->analysis.claim(1, 0).has_unresolved_reference());
    EXPECT_EQ(a->analysis.paragraphs[1]->carried_in, 0U);
    EXPECT_DOUBLE_EQ(favorability(a->analysis), 0.0); // +1 and -1
    const auto only_reckless = analyse("Hale's record is mixed:\n\n- She was reckless on rail.\n");
    EXPECT_DOUBLE_EQ(favorability(only_reckless->analysis), -1.0);
    // A colon followed by white space, and a lead-in that is a list item itself.
    EXPECT_TRUE(analyse("Hale's record is mixed:  \n\n- She was reckless.\n")
                    ->analysis.claim(1, 0)
                    .is_about(0));
    EXPECT_TRUE(analyse("- Hale's record on rail:\n  - She was reckless.\n")
                    ->analysis.claim(1, 0)
                    .is_about(0));
}

TEST(ClaimsU4, ItemsAfterAHeadingOrASentenceWithoutAColonStayUnread) {
    for (const char* text :
         {"## Hale's record:\n\n- She was reckless on rail.\n",
          "Hale's record is mixed.\n\n- She was reckless on rail.\n",
          "Hale's record is mixed: a verdict.\n\n- She was reckless on rail.\n",
          "Hale's record is mixed:\n\n> note\n\n- She was reckless on rail.\n"}) {
        SCOPED_TRACE(text);
        const auto a = analyse(text);
        const auto last = static_cast<std::uint32_t>(a->doc.paragraphs.size() - 1);
        EXPECT_FALSE(a->analysis.claim(last, 0).is_about(0));
        EXPECT_TRUE(a->analysis.claim(last, 0).has_unresolved_reference());
        EXPECT_DOUBLE_EQ(favorability(a->analysis), 0.0);
    }
}

TEST(ClaimsU4, ALeadInEndingOnNoOneCarriesNoOne) {
    // Two people the text does not tell apart: "She" may be either.
    const auto a = analyse("Osei praised Hale's record:\n\n- She was reckless on rail.\n",
                           document::Format::markdown, {kHale, kOsei});
    EXPECT_FALSE(a->analysis.claim(1, 0).is_about(0));
    EXPECT_FALSE(a->analysis.claim(1, 0).is_about(1));
    // A lead-in about someone else: the items are hers.
    const auto b = analyse("Osei's record is mixed:\n\n- She was reckless on rail.\n",
                           document::Format::markdown, {kHale, kOsei});
    EXPECT_FALSE(b->analysis.claim(1, 0).is_about(0));
    EXPECT_TRUE(b->analysis.claim(1, 0).is_about(1));
}

TEST(ClaimsU4, AnItemNamingAnotherEndsTheCarryAndTheListEndsIt) {
    const auto a = analyse("Hale's record is mixed:\n\n"
                           "- Osei was prudent.\n"
                           "- She was reckless on rail.\n\n"
                           "She was reckless again.\n",
                           document::Format::markdown, {kHale, kOsei});
    EXPECT_TRUE(a->analysis.claim(1, 0).is_about(1));
    EXPECT_TRUE(a->analysis.claim(2, 0).is_about(1)); // the item before ended on Osei
    EXPECT_FALSE(a->analysis.claim(2, 0).is_about(0));
    // A paragraph after the list continues no lead-in.
    EXPECT_FALSE(a->analysis.claim(3, 0).is_about(0));
    EXPECT_FALSE(a->analysis.claim(3, 0).is_about(1));
}

TEST(ClaimsU4, PlainTextAParagraphAfterAColonContinuesItButNoFurther) {
    const auto a = analyse("Hale's record is mixed:\n\n"
                           "She was reckless on rail.\n\n"
                           "She was prudent with the reserves.\n",
                           document::Format::plain);
    EXPECT_TRUE(a->analysis.claim(1, 0).is_about(0));
    EXPECT_FALSE(a->analysis.claim(2, 0).is_about(0)); // paragraphs do not chain
    EXPECT_DOUBLE_EQ(favorability(a->analysis), -1.0);
    const auto b =
        analyse("Hale's record is mixed.\n\nShe was reckless on rail.\n", document::Format::plain);
    EXPECT_FALSE(b->analysis.claim(1, 0).is_about(0));
}

TEST(ClaimsU4, ABlockQuotationAfterALeadInStaysNoOnesClaim) {
    // Left (docs/assessment.md, Known limits): a quotation is not carried into, with or
    // without a holder in its lead-in.
    for (const char* text : {"Her critics put it bluntly:\n\n> Hale is reckless.\n",
                             "Hale's record is mixed:\n\n> She is reckless.\n"}) {
        SCOPED_TRACE(text);
        const auto a = analyse(text);
        EXPECT_FALSE(a->analysis.claim(1, 0).declarative);
        EXPECT_DOUBLE_EQ(favorability(a->analysis), 0.0);
    }
}

TEST(ClaimsU4, LeadInContextsHashTheBlocksContinued) {
    document::ParseOptions options;
    options.format = document::Format::markdown;
    const auto doc = document::parse("Intro.\n\nHale's record:\n\n- A.\n- B.\n\nAfter.\n\n"
                                     "Osei's record:\n\n- A.\n",
                                     "t.md", options);
    const auto contexts = lead_in_contexts(doc);
    ASSERT_EQ(contexts.size(), 7U);
    EXPECT_EQ(contexts[0], 0U);
    EXPECT_EQ(contexts[1], 0U); // "Intro." ends in no colon
    EXPECT_NE(contexts[2], 0U);
    EXPECT_NE(contexts[3], 0U); // through the list
    EXPECT_NE(contexts[2], contexts[3]);
    EXPECT_EQ(contexts[4], 0U); // after the list
    EXPECT_EQ(contexts[5], 0U);
    EXPECT_NE(contexts[6], 0U);
    EXPECT_NE(contexts[6], contexts[2]); // the same item after another lead-in
}

// What rests on paragraphs: an item equal in both revisions whose lead-in changed is no match
// (its sums differ), and each revision's sums still follow from the other's exactly.
TEST(ClaimsU4, AnEqualItemUnderAnotherLeadInIsUnmatchedAndSumsStayExact) {
    const std::vector<Subject> subjects = {kHale, kOsei};
    const std::vector<std::string> dimensions = {"favorability"};
    const auto all_sums = [&](const DocumentAnalysis& analysis) {
        std::vector<ProfileSums> sums;
        for (std::uint32_t s = 0; s < subjects.size(); ++s) {
            sums.push_back(profile_sums(analysis, s, dimensions));
        }
        return sums;
    };
    for (const auto& [old_text, new_text] : std::vector<std::pair<std::string, std::string>>{
             {"Hale's record is mixed:\n\n- She was reckless.\n\nOsei was prudent.\n",
              "Osei's record is mixed:\n\n- She was reckless.\n\nOsei was prudent.\n"},
             {"Hale's record is mixed.\n\n- She was reckless.\n- She was prudent.\n",
              "Hale's record is mixed:\n\n- She was reckless.\n- She was prudent.\n"},
             {"Hale's record is mixed:\n\n- She was prudent.\n",
              "Hale's record is mixed:\n\n- She was reckless.\n"}}) {
        SCOPED_TRACE(new_text);
        const auto pair = redraft::assess::testing::analyse_pair(
            kRows, subjects, old_text, new_text, document::Format::markdown);
        const auto old_sums = all_sums(pair->old_analysis);
        const auto new_sums = all_sums(pair->new_analysis);
        ASSERT_NE(old_sums, new_sums);
        const auto unmatched = history::unmatched_paragraphs(pair->older, pair->newer);
        EXPECT_NE(std::find(unmatched.newer.begin(), unmatched.newer.end(), 1U),
                  unmatched.newer.end());
        EXPECT_EQ(history::shift_sums(old_sums, pair->old_analysis, unmatched.older,
                                      pair->new_analysis, unmatched.newer, dimensions),
                  new_sums);
        EXPECT_EQ(history::shift_sums(new_sums, pair->new_analysis, unmatched.newer,
                                      pair->old_analysis, unmatched.older, dimensions),
                  old_sums);
        // Only those paragraphs analysed (the cached path) read the item as the whole does.
        const Analyzer analyzer(pair->lexicon, subjects, find_people(pair->newer));
        const auto only =
            analyzer.analyze_only(pair->newer, unmatched.newer, AnalysisDepth::subjects_only);
        for (const auto p : unmatched.newer) {
            EXPECT_EQ(only.paragraphs[p]->carried_in, pair->new_analysis.paragraphs[p]->carried_in);
        }
        // The lead-in analysed for the item's sake is left out when not asked for.
        if (std::find(unmatched.newer.begin(), unmatched.newer.end(), 0U) ==
            unmatched.newer.end()) {
            EXPECT_EQ(only.paragraphs[0], nullptr);
        }
    }
}

TEST(ClaimsU4, AnEqualItemWhoseLeadInGainsAColonIsAClaimAdded) {
    Lexicon lexicon;
    lexicon.load_text("id\tterm\tkind\tpolarity\tdimension\tnote\n" + kRows, "test.tsv",
                      LexiconOrigin::shipped);
    const auto changes = redraft::assess::testing::first_subject_changes(
        lexicon, {kHale}, "Hale's record is mixed.\n\n- She was reckless on rail.\n",
        "Hale's record is mixed:\n\n- She was reckless on rail.\n", document::Format::markdown);
    ASSERT_FALSE(changes.empty());
    EXPECT_TRUE(std::any_of(changes.begin(), changes.end(), [](const auto& change) {
        return change.kind == redraft::assess::ChangeKind::claim_added &&
               change.new_text == "She was reckless on rail.";
    }));
}

TEST(ClaimsU4, WithTheSettingEveryProseBlockStillCarries) {
    const auto a = analyse("Hale's record is mixed.\n\n- She was reckless on rail.\n",
                           document::Format::markdown, {kHale}, true);
    EXPECT_TRUE(a->analysis.claim(1, 0).is_about(0));
}

} // namespace
} // namespace redraft::claims
