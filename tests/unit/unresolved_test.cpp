// Changed sentences whose pronoun or title has no one named before it in its paragraph count
// for no subject; assess::unresolved_references_note names them so that such an edit is never
// reported as no change at all.

#include <redraft/assess/unresolved.hpp>
#include <redraft/document/document.hpp>

#include <gtest/gtest.h>

#include "analysed_pair.hpp"

namespace redraft::assess {
namespace {

const std::vector<claims::Subject> kKessler = {
    {"Dana Kessler", {"Kessler"}, {"the governor"}, {"she", "her"}}};

// Two subjects who share a title: it stands for neither before one of them is named.
const std::vector<claims::Subject> kTwoGovernors = {
    kKessler.front(), {"Tom Reyes", {"Reyes"}, {"the governor"}, {"he", "him"}}};

std::optional<std::string> note_for(const std::string& old_text, const std::string& new_text,
                                    const std::vector<claims::Subject>& subjects = kKessler) {
    const auto pair =
        testing::analyse_pair("c.reckless\treckless\tcharacterization\t-1\tfavorability\t\n",
                              subjects, old_text, new_text);
    return unresolved_references_note(pair->old_revision(), pair->new_revision(), pair->diff);
}

constexpr const char* kFirst = "Dana Kessler took office in 2019.\n\n";

TEST(UnresolvedReferences, AnEditedSentenceWithAPronounOpeningItsParagraphIsNamed) {
    const auto note = note_for(std::string(kFirst) + "She was careful with money.\n",
                               std::string(kFirst) + "She was reckless with money.\n");
    ASSERT_TRUE(note.has_value());
    EXPECT_EQ(*note, "1 changed sentence counts for no subject: a pronoun or title that no one "
                     "named before it in its paragraph can stand for (new paragraph 2: 'She' in "
                     "\"She was "
                     "reckless with money.\"). Pronouns and titles resolve within their "
                     "paragraph: name the subject there to have such a sentence assessed");
}

TEST(UnresolvedReferences, ATitleAndARemovedSentenceCountToo) {
    const auto note = note_for(std::string(kFirst) + "The governor was reckless. Rates rose.\n",
                               std::string(kFirst) + "Rates rose.\n", kTwoGovernors);
    ASSERT_TRUE(note.has_value());
    EXPECT_NE(note->find("old paragraph 2: 'The governor' in \"The governor was reckless.\""),
              std::string::npos);
}

TEST(UnresolvedReferences, NoNoteWhenThePronounResolvesOrNothingChanged) {
    // Named earlier in the paragraph: the sentence is about her, its change is assessed.
    EXPECT_FALSE(note_for("Dana Kessler took office. She was careful.\n",
                          "Dana Kessler took office. She was reckless.\n"));
    // Named later in the same sentence.
    EXPECT_FALSE(note_for(std::string(kFirst) + "When she arrived, Kessler was careful.\n",
                          std::string(kFirst) + "When she arrived, Kessler was reckless.\n"));
    // Unchanged: an unresolved sentence nobody edited is no news.
    EXPECT_FALSE(note_for(std::string(kFirst) + "She was careful.\n\nRates rose.\n",
                          std::string(kFirst) + "She was careful.\n\nRates rose sharply.\n"));
    // A title of hers alone opening the paragraph is hers.
    EXPECT_FALSE(note_for(std::string(kFirst) + "The governor was careful.\n",
                          std::string(kFirst) + "The governor was reckless.\n"));
    // Another person named first may be who "she" is.
    EXPECT_FALSE(note_for(std::string(kFirst) + "Maria Lopez spoke. She was careful.\n",
                          std::string(kFirst) + "Maria Lopez spoke. She was reckless.\n"));
}

TEST(QuotedChanges, AnEditedBlockQuotationNamingTheSubjectIsNamed) {
    // QA pass J: a pull quote is no claim, so "a visionary" -> "reckless" in it moved no score
    // and passed without a word.
    const auto note_of = [](const std::string& old_text, const std::string& new_text) {
        const auto pair =
            testing::analyse_pair("c.reckless\treckless\tcharacterization\t-1\tfavorability\t\n",
                                  kKessler, old_text, new_text, document::Format::markdown);
        return quoted_changes_note(pair->old_revision(), pair->new_revision(), pair->diff);
    };
    const std::string first = "Dana Kessler took office in 2019.\n\n";
    const auto note = note_of(first + "> Kessler is a visionary. — a trustee\n",
                              first + "> Kessler is reckless. — a trustee\n");
    ASSERT_TRUE(note.has_value());
    EXPECT_EQ(*note, "1 changed sentence of a block quotation names a subject, and block "
                     "quotations are not assessed (new paragraph 2: \"Kessler is reckless.\"): "
                     "they are someone's words, and their edit moves no score; say in the prose "
                     "whose view they are to have it assessed");
    // Not a quotation naming no subject, nor an edit in the prose.
    EXPECT_FALSE(note_of(first + "> Rates rose.\n", first + "> Rates fell.\n"));
    EXPECT_FALSE(note_of(first + "Kessler is a visionary.\n", first + "Kessler is reckless.\n"));
}

TEST(UnresolvedReferences, ManySentencesAreCountedAndThreeQuoted) {
    std::string old_text = kFirst, new_text = kFirst;
    for (int i = 0; i < 5; ++i) {
        old_text += "She was careful in year " + std::to_string(i) + ".\n\n";
        new_text += "She was reckless in year " + std::to_string(i) + ".\n\n";
    }
    const auto note = note_for(old_text, new_text);
    ASSERT_TRUE(note.has_value());
    EXPECT_TRUE(note->starts_with("5 changed sentences count for no subject"));
    EXPECT_NE(note->find("; 2 more)"), std::string::npos);
}

TEST(UnresolvedReferences, OneRevisionCountsEverySuchSentence) {
    claims::Lexicon lexicon;
    const auto doc = document::parse(std::string(kFirst) + "She was careful. Her aides agreed.\n\n"
                                                           "Dana Kessler left. She was tired.\n",
                                     "t.txt", {});
    const claims::Analyzer analyzer(lexicon, kKessler, claims::find_people(doc));
    const auto analysis = analyzer.analyze(doc);
    const auto note = unresolved_references_note({doc, analysis});
    ASSERT_TRUE(note.has_value());
    EXPECT_EQ(*note, "2 sentences count for no subject: a pronoun or title that no one named "
                     "before it in its paragraph can stand for (paragraph 2: 'She' in \"She was "
                     "careful.\"; "
                     "paragraph 2: 'Her' in \"Her aides agreed.\"). Pronouns and titles resolve "
                     "within their paragraph: name the subject there to have such a sentence "
                     "assessed");
}

TEST(UnresolvedReferences, WithPronounsAcrossParagraphsTheNoteSaysSoAndListsOnlyTheOpenOnes) {
    // "She was careful." continues Kessler from the paragraph before; "She was tired." after
    // Hugo Brandt named last (with her) continues no one, and the note's words tell the setting.
    claims::Lexicon lexicon;
    const auto doc =
        document::parse(std::string(kFirst) + "She was careful.\n\nShe met Hugo Brandt.\n\n"
                                              "She was tired.\n",
                        "t.txt", {});
    const claims::Analyzer analyzer(lexicon, kKessler, claims::find_people(doc),
                                    claims::AnalysisSettings{true});
    const auto analysis = analyzer.analyze(doc);
    const auto note = unresolved_references_note({doc, analysis}, true);
    ASSERT_TRUE(note.has_value());
    EXPECT_EQ(*note, "1 sentence counts for no subject: a pronoun or title that no one named "
                     "before it in its paragraph (nor the subject the paragraph before ended on) "
                     "can stand for (paragraph 4: 'She' in \"She was tired.\"). Pronouns and "
                     "titles resolve within their paragraph, and a pronoun read before anyone is "
                     "named there also to the subject the paragraph before ended on ([analysis] "
                     "pronouns_across_paragraphs): name the subject there to have such a sentence "
                     "assessed");
}

TEST(UnresolvedReferences, APronounEveryoneNamedBeforeItIsOfTheOtherGenderIsNamed) {
    // Found on an unseen review: "Valcourt changed her mind. She called him bold." with only
    // Valcourt, a woman, named in the paragraph: "him" counts for no one, and said nothing.
    claims::Lexicon lexicon;
    const std::vector<claims::Subject> reinholt = {
        {"Tobias Reinholt", {"Reinholt"}, {}, {"he", "him", "his"}}};
    const auto doc = document::parse("Tobias Reinholt leads the orchestra.\n\n"
                                     "Ines Valcourt has since changed her mind. She called him "
                                     "bold.\n\nInes Valcourt left, and she was tired. Ines "
                                     "Valcourt wrote, and she smiled. Ines Valcourt spoke, and "
                                     "she sat down.\n",
                                     "t.txt", {});
    const claims::Analyzer analyzer(lexicon, reinholt, claims::find_people(doc));
    const auto analysis = analyzer.analyze(doc);
    const auto note = unresolved_references_note({doc, analysis});
    ASSERT_TRUE(note.has_value());
    EXPECT_NE(note->find("(paragraph 2: 'him' in \"She called him bold.\")"), std::string::npos)
        << *note;
}

} // namespace
} // namespace redraft::assess
