// [analysis] pronouns_across_paragraphs: a paragraph's pronouns, before anyone is named in it,
// continue the one subject the paragraph before it ended on (docs/assessment.md, "Pronouns
// across paragraphs"). Off by default: a pronoun resolves only within its paragraph.
#include <redraft/claims/claims.hpp>
#include <redraft/document/document.hpp>

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace redraft::claims {
namespace {

struct Analysed {
    document::Document doc;
    Lexicon lexicon;
    DocumentAnalysis analysis;
    std::unique_ptr<Analyzer> analyzer;
};

const std::vector<std::string> kShe{"she", "her", "hers", "herself"};
const std::vector<std::string> kHe{"he", "him", "his", "himself"};

Subject sklodowska() {
    return {"Maria Sklodowska", {"Sklodowska"}, {"the chemist"}, kShe};
}

std::unique_ptr<Analysed> analyse(const std::string& text, bool across,
                                  std::vector<Subject> subjects = {sklodowska()},
                                  document::Format format = document::Format::plain) {
    auto result = std::make_unique<Analysed>();
    result->lexicon.load_text("id\tterm\tkind\tpolarity\tdimension\tnote\n"
                              "c.brilliant\tbrilliant\tcharacterization\t1\tfavorability\t\n"
                              "c.careless\tcareless\tcharacterization\t-1\tfavorability\t\n",
                              "test.tsv", LexiconOrigin::shipped);
    document::ParseOptions options;
    options.format = format;
    result->doc = document::parse(text, "t.txt", options);
    result->analyzer = std::make_unique<Analyzer>(
        result->lexicon, std::move(subjects), find_people(result->doc), AnalysisSettings{across});
    result->analysis = result->analyzer->analyze(result->doc);
    return result;
}

double favorability(const Analysed& a, std::uint32_t subject = 0) {
    const auto sums = profile_sums(a.analysis, subject, {"favorability"});
    return static_cast<double>(sums.dimensions[0].sum) / kSumUnits;
}

const std::string kObituary = "Maria Sklodowska was born in Warsaw in 1867.\n\n"
                              "She was brilliant. Her notebooks were careful.\n\n"
                              "She was careless with radium.\n";

TEST(PronounsAcrossParagraphs, OffAPronounOpeningAParagraphCountsForNoOne) {
    const auto a = analyse(kObituary, false);
    EXPECT_FALSE(a->analysis.claim(1, 0).is_about(0));
    EXPECT_TRUE(a->analysis.claim(1, 0).has_unresolved_reference());
    EXPECT_FALSE(a->analysis.claim(2, 0).is_about(0));
    EXPECT_EQ(favorability(*a), 0.0);
    EXPECT_EQ(a->analysis.paragraphs[1]->carried_in, ParagraphAnalysis::kNoSubject);
}

TEST(PronounsAcrossParagraphs, OnAPronounContinuesTheSubjectThePreviousParagraphEndedOn) {
    const auto a = analyse(kObituary, true);
    ASSERT_TRUE(a->analysis.claim(1, 0).is_about(0));
    EXPECT_TRUE(a->analysis.claim(1, 0).mention_of(0)->continuation);
    EXPECT_FALSE(a->analysis.claim(1, 0).has_unresolved_reference());
    EXPECT_TRUE(a->analysis.claim(1, 1).is_about(0));
    // Through a paragraph that names her only by pronouns: it ends on her too.
    EXPECT_TRUE(a->analysis.claim(2, 0).is_about(0));
    EXPECT_EQ(a->analysis.paragraphs[2]->carried_in, 0u);
    EXPECT_EQ(favorability(*a), 0.0); // +1 brilliant, -1 careless
    EXPECT_EQ(profile_sums(a->analysis, 0, {"favorability"}).dimensions[0].cues, 2);
}

TEST(PronounsAcrossParagraphs, NotPastAnotherPersonNamedLast) {
    // The paragraph before ends on a sentence naming someone else as well: no one carries.
    const auto a = analyse("Maria Sklodowska was born in Warsaw. She later met Pierre Curie.\n\n"
                           "She was brilliant.\n",
                           true);
    EXPECT_FALSE(a->analysis.claim(1, 0).is_about(0));
    EXPECT_TRUE(a->analysis.claim(1, 0).has_unresolved_reference());
    // Another subject named last is the one carried, when the pronoun fits her.
    const Subject bronia{"Bronislawa Dluska", {"Dluska"}, {}, kShe};
    const auto b = analyse("Maria Sklodowska moved to Paris. Bronislawa Dluska stayed.\n\n"
                           "She was brilliant.\n",
                           true, {sklodowska(), bronia});
    EXPECT_FALSE(b->analysis.claim(1, 0).is_about(0));
    EXPECT_TRUE(b->analysis.claim(1, 0).is_about(1));
}

TEST(PronounsAcrossParagraphs, AHeadingBetweenEndsTheCarry) {
    const auto a = analyse("Maria Sklodowska was born in Warsaw.\n\n# Later years\n\n"
                           "She was brilliant.\n",
                           true, {sklodowska()}, document::Format::markdown);
    ASSERT_EQ(a->doc.paragraphs[1].kind, document::BlockKind::heading);
    EXPECT_FALSE(a->analysis.claim(2, 0).is_about(0));
    EXPECT_TRUE(a->analysis.claim(2, 0).has_unresolved_reference());
    // The same text without the heading carries her.
    const auto b = analyse("Maria Sklodowska was born in Warsaw.\n\nShe was brilliant.\n", true,
                           {sklodowska()}, document::Format::markdown);
    EXPECT_TRUE(b->analysis.claim(1, 0).is_about(0));
}

TEST(PronounsAcrossParagraphs, APronounOfTheOtherGenderIsNotCarried) {
    const auto a = analyse("Maria Sklodowska was born in Warsaw.\n\nHe was brilliant.\n", true);
    EXPECT_FALSE(a->analysis.claim(1, 0).is_about(0));
    EXPECT_EQ(a->analysis.paragraphs[1]->carried_in, ParagraphAnalysis::kNoSubject);
    // A subject whose pronouns are "he": the same paragraph continues him.
    const Subject pierre{"Pierre Curie", {"Curie"}, {}, kHe};
    const auto b =
        analyse("Pierre Curie was born in Paris.\n\nHe was brilliant.\n", true, {pierre});
    EXPECT_TRUE(b->analysis.claim(1, 0).is_about(0));
}

TEST(PronounsAcrossParagraphs, APronounAfterSomeoneNamedInItsParagraphIsNotCarried) {
    // "Gabriel Lippmann praised her": someone is named before the pronoun, which reads as the
    // paragraph alone reads it.
    const auto a = analyse("Maria Sklodowska was born in Warsaw.\n\n"
                           "Gabriel Lippmann praised her. She was brilliant.\n",
                           true);
    EXPECT_FALSE(a->analysis.claim(1, 0).is_about(0));
    EXPECT_FALSE(a->analysis.claim(1, 1).is_about(0));
    EXPECT_EQ(a->analysis.paragraphs[1]->carried_in, ParagraphAnalysis::kNoSubject);
    // Named before the pronoun, though after the carried sentence: "She" still opens it.
    const auto b = analyse("Maria Sklodowska was born in Warsaw.\n\n"
                           "She was brilliant. Gabriel Lippmann praised her.\n",
                           true);
    EXPECT_TRUE(b->analysis.claim(1, 0).is_about(0));
}

TEST(PronounsAcrossParagraphs, AnEqualParagraphIsSharedOnlyWithTheSameSubjectCarriedIn) {
    // The second revision names another subject last before the same "She" paragraph: its
    // analysis is not the first revision's.
    const Subject bronia{"Bronislawa Dluska", {"Dluska"}, {}, kShe};
    const auto older = analyse("Maria Sklodowska was born in Warsaw.\n\nShe was brilliant.\n", true,
                               {sklodowska(), bronia});
    document::Document newer = document::parse(
        "Bronislawa Dluska was born in Warsaw.\n\nShe was brilliant.\n", "t.txt", {});
    const auto again = older->analyzer->analyze(newer, &older->analysis);
    EXPECT_TRUE(older->analysis.claim(1, 0).is_about(0));
    EXPECT_FALSE(again.claim(1, 0).is_about(0));
    EXPECT_TRUE(again.claim(1, 0).is_about(1));
    // An equal paragraph with an equal subject carried in is shared.
    document::Document same = document::parse(
        "Maria Sklodowska was born in Krakow.\n\nShe was brilliant.\n", "t.txt", {});
    const auto shared = older->analyzer->analyze(same, &older->analysis);
    EXPECT_EQ(shared.paragraphs[1], older->analysis.paragraphs[1]);
}

TEST(PronounsAcrossParagraphs, AnalysedInPartsTheCarryCrossesTheSeam) {
    const auto a = analyse(kObituary, true);
    DocumentAnalysis parts = a->analyzer->analyze(a->doc, nullptr, AnalysisDepth::full, 0, 2);
    const DocumentAnalysis second = a->analyzer->analyze(a->doc, nullptr, AnalysisDepth::full, 2);
    parts.paragraphs.insert(parts.paragraphs.end(), second.paragraphs.begin(),
                            second.paragraphs.end());
    EXPECT_FALSE(parts.claim(2, 0).is_about(0)); // each part alone: not yet
    a->analyzer->carry_subjects(a->doc, parts);
    EXPECT_TRUE(parts.claim(1, 0).is_about(0));
    EXPECT_TRUE(parts.claim(2, 0).is_about(0));
    EXPECT_EQ(profile_sums(parts, 0, {"favorability"}),
              profile_sums(a->analysis, 0, {"favorability"}));
}

TEST(PronounsAcrossParagraphs, ACarriedParagraphCompletesWithItsSubject) {
    // Analysed for subjects only, then completed (as a comparison completes the paragraphs it
    // changes): the completed analysis is still carried.
    auto a = analyse(kObituary, true);
    DocumentAnalysis partial = a->analyzer->analyze(a->doc, nullptr, AnalysisDepth::subjects_only);
    ASSERT_TRUE(partial.claim(2, 0).is_about(0));
    a->analyzer->complete(a->doc, partial, {0, 1, 2});
    EXPECT_TRUE(partial.claim(2, 0).is_about(0));
    EXPECT_EQ(partial.paragraphs[2]->carried_in, 0u);
    EXPECT_EQ(partial.claim(2, 0).cues.size(), a->analysis.claim(2, 0).cues.size());
}

} // namespace
} // namespace redraft::claims
