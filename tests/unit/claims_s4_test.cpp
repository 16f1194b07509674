// Essays written in Markdown (task s4, fixtures/brief): the markup around a judgement, a name or
// a sentence (emphasis, links, code spans, footnote markers) is not read as words; headings and
// questions are no claims, list items are, and a block quotation is never the author's; and an
// edit of markup alone (emphasis, a link's target, a list marker, a heading's level) is named in
// a note as a copy-edit, since the alignment, which compares prose, calls the paragraph equal.

#include <redraft/assess/assess.hpp>
#include <redraft/claims/claims.hpp>
#include <redraft/claims/lexicon.hpp>
#include <redraft/diff/diff.hpp>
#include <redraft/document/document.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "analysed_pair.hpp"

namespace redraft {
namespace {

const claims::Subject kHale{
    "Tobias Hale", {"Hale"}, {"the mayor"}, {"he", "him", "his", "himself"}};

struct Read {
    document::Document doc;
    claims::Lexicon lexicon;
    claims::DocumentAnalysis analysis;
};

std::unique_ptr<Read> read_markdown(const std::string& text) {
    auto r = std::make_unique<Read>();
    r->lexicon = claims::load_lexicon({});
    r->doc = document::parse(text, "brief.md", {document::Format::markdown});
    const claims::Analyzer analyzer(r->lexicon, {kHale}, claims::find_people(r->doc));
    r->analysis = analyzer.analyze(r->doc);
    return r;
}

// Whether the characterization `term` of sentence `s` of paragraph `p` counts for Hale as the
// author's own judgement.
bool authors_judgement(const Read& r, std::uint32_t p, std::uint32_t s, std::string_view term) {
    const claims::Claim& claim = r.analysis.claim(p, s);
    if (!claim.is_about(0)) {
        return false;
    }
    for (const auto& cue : claim.cues) {
        if (cue.kind == claims::CueKind::characterization && cue.term == term &&
            cue.counts_for(0) && cue.holder.empty()) {
            return true;
        }
    }
    return false;
}

TEST(ClaimsS4, MarkupAroundANameOrAJudgementIsNotReadAsWords) {
    for (const char* text :
         {"**Hale's** plan is reckless.", "[Hale](people/hale.md)'s plan is reckless.",
          "Hale's plan is *reckless*.", "Hale's plan is __reckless__.",
          "Hale's plan is reckless[1].", "Hale's plan is reckless.[^1]",
          "Hale's plan, the `budget_2026` model, is reckless.",
          "The [audit](a.pdf) shows Hale's plan is reckless."}) {
        const auto r = read_markdown(text);
        ASSERT_EQ(r->doc.paragraphs.size(), 1u) << text;
        ASSERT_EQ(r->doc.paragraphs[0].sentences.size(), 1u) << text;
        EXPECT_TRUE(authors_judgement(*r, 0, 0, "reckless")) << text;
    }
    // Near case: the same sentence with no judgement in it has none, markup or not.
    const auto r = read_markdown("**Hale's** plan is *costed*.");
    EXPECT_FALSE(authors_judgement(*r, 0, 0, "reckless"));
    EXPECT_TRUE(r->analysis.claim(0, 0).is_about(0));
}

TEST(ClaimsS4, HeadingsAndQuestionsAreNoClaimsListItemsAre) {
    const auto r = read_markdown("## Is Hale reckless?\n\n"
                                 "## Hale and the reckless budget\n\n"
                                 "- Hale is reckless with the reserves.\n"
                                 "- Is Hale reckless with the reserves?\n");
    ASSERT_EQ(r->doc.paragraphs.size(), 4u);
    EXPECT_FALSE(r->analysis.claim(0, 0).is_about(0));    // a heading that is a question
    EXPECT_FALSE(r->analysis.claim(1, 0).is_about(0));    // a heading
    EXPECT_TRUE(authors_judgement(*r, 2, 0, "reckless")); // a list item
    EXPECT_FALSE(r->analysis.claim(3, 0).is_about(0));    // a list item that asks
}

TEST(ClaimsS4, ABlockQuotationIsNeverTheAuthors) {
    const auto r = read_markdown("Councillor Maren Doyle told us:\n\n"
                                 "> Hale is reckless with the reserves.\n\n"
                                 "Hale is reckless with the reserves.\n");
    ASSERT_EQ(r->doc.paragraphs.size(), 3u);
    EXPECT_EQ(r->doc.paragraphs[1].kind, document::BlockKind::quote);
    EXPECT_FALSE(r->analysis.claim(1, 0).is_about(0));
    EXPECT_FALSE(authors_judgement(*r, 1, 0, "reckless"));
    // Near case: the same words in the author's prose are the author's.
    EXPECT_TRUE(authors_judgement(*r, 2, 0, "reckless"));
}

std::string markup_note(const std::string& older, const std::string& newer,
                        document::Format format = document::Format::markdown) {
    const auto a = document::parse(older, "old.md", {format});
    const auto b = document::parse(newer, "new.md", {format});
    const auto diff = diff::compare(a, b);
    for (const auto& note : diff.notes) {
        if (note.find("markup only") != std::string::npos) {
            return note;
        }
    }
    return "";
}

TEST(ClaimsS4, AnEditOfMarkupAloneIsNamedACopyEdit) {
    const std::string intro = "# Brief\n\nHale is mayor.\n\n";
    // Emphasis added to a judgement.
    EXPECT_NE(markup_note(intro + "Hale is reckless.\n", intro + "Hale is *reckless*.\n")
                  .find("paragraph 3 (inline markup"),
              std::string::npos);
    // A link's target changed.
    EXPECT_NE(markup_note(intro + "The [audit](a.pdf) found it.\n",
                          intro + "The [audit](b.pdf) found it.\n")
                  .find("paragraph 3 (inline markup"),
              std::string::npos);
    // A list marker changed.
    EXPECT_NE(markup_note(intro + "- Hale is reckless.\n- He is rash.\n",
                          intro + "* Hale is reckless.\n* He is rash.\n")
                  .find("2 paragraphs differ"),
              std::string::npos);
    // A heading's level changed.
    const std::string note =
        markup_note(intro + "## Will it last?\n\nNo.\n", intro + "### Will it last?\n\nNo.\n");
    EXPECT_NE(note.find("paragraph 3 (heading level 2 -> 3)"), std::string::npos) << note;
    EXPECT_NE(note.find("a copy-edit that changes no claim"), std::string::npos) << note;
}

TEST(ClaimsS4, AnEditOfWordsOrOfWhoSpeaksIsNoMarkupNote) {
    const std::string intro = "# Brief\n\nHale is mayor.\n\n";
    // The words changed with the markup.
    EXPECT_EQ(markup_note(intro + "Hale is reckless.\n", intro + "Hale is *rash*.\n"), "");
    // A paragraph made a block quotation: someone else's words now, not a copy-edit.
    EXPECT_EQ(markup_note(intro + "Hale is reckless.\n", intro + "> Hale is reckless.\n"), "");
    // A paragraph made a heading.
    EXPECT_EQ(markup_note(intro + "Hale is reckless\n", intro + "## Hale is reckless\n"), "");
    // Nothing changed, and plain text (where there is no markup) is never noted.
    EXPECT_EQ(markup_note(intro + "Hale is *reckless*.\n", intro + "Hale is *reckless*.\n"), "");
    EXPECT_EQ(markup_note(intro + "Hale is reckless.\n", intro + "Hale is *reckless*.\n",
                          document::Format::plain),
              "");
}

// The kinds of Hale's changes between two Markdown texts, with the shipped lexicon.
std::vector<std::string> change_kinds(const std::string& old_text, const std::string& new_text) {
    return assess::testing::first_subject_change_kinds(claims::load_lexicon({}), {kHale}, old_text,
                                                       new_text, document::Format::markdown);
}

TEST(ClaimsS4, AJudgementMovedWithAnEditIntoAQuotationIsReportedOnce) {
    // "But his plan is reckless." moved, its "But" dropped, from the author's paragraph into a
    // councillor's block quotation: one claim removed, with its judgement, not each twice (the
    // moved-and-edited sentence was also taken for one whose words were kept).
    const std::string before = "Tom Hale is mayor. But his plan is reckless. The tax is modest.\n\n"
                               "Doyle said:\n\n> The mayor is arrogant.\n";
    const auto kinds = change_kinds(before, "Tom Hale is mayor. The tax is modest.\n\n"
                                            "Doyle said:\n\n> The mayor is arrogant. His plan "
                                            "is reckless.\n");
    EXPECT_EQ(std::count(kinds.begin(), kinds.end(), "claim_removed"), 1);
    EXPECT_EQ(std::count(kinds.begin(), kinds.end(), "characterization_removed"), 1);
    // Near cases: moved with its words kept, it is still one claim removed; moved with an edit
    // into another paragraph of the author's, it is no claim removed at all.
    const auto kept = change_kinds(before, "Tom Hale is mayor. The tax is modest.\n\n"
                                           "Doyle said:\n\n> The mayor is arrogant. But his "
                                           "plan is reckless.\n");
    EXPECT_EQ(std::count(kept.begin(), kept.end(), "claim_removed"), 1);
    const auto prose = change_kinds(before, "Tom Hale is mayor. The tax is modest.\n\n"
                                            "Doyle said:\n\nThe mayor is arrogant. His plan "
                                            "is reckless.\n");
    EXPECT_EQ(std::count(prose.begin(), prose.end(), "claim_removed"), 0);
}

} // namespace
} // namespace redraft
