#include <redraft/assess/assess.hpp>
#include <redraft/claims/claims.hpp>
#include <redraft/document/document.hpp>
#include <redraft/error.hpp>
#include <redraft/report/html.hpp>
#include <redraft/report/render.hpp>
#include <redraft/report/structure.hpp>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace redraft::report {
namespace {

claims::Lexicon test_lexicon() {
    claims::Lexicon lexicon;
    lexicon.load_text("id\tterm\tkind\tpolarity\tdimension\tnote\n"
                      "c.prudent\tprudent\tcharacterization\t+0.5\tfavorability\t\n"
                      "c.reckless\treckless\tcharacterization\t-1\tfavorability\t\n"
                      "h.may\tmay\thedge\t-0.5\tcertainty\t\n",
                      "test.tsv", claims::LexiconOrigin::shipped);
    return lexicon;
}

const std::vector<claims::Subject> kSubjects = {{"Mark Rutte", {"Rutte"}, {}, {"he", "him"}}};

// A report with its documents and assessment owned by the report itself.
ChangeReport make_report(const std::string& old_text, const std::string& new_text) {
    ChangeReport report;
    auto older = std::make_shared<document::Document>(document::parse(old_text, "old.md", {}));
    auto newer = std::make_shared<document::Document>(document::parse(new_text, "new.md", {}));
    const auto lexicon = test_lexicon();
    const claims::Analyzer analyzer(lexicon, kSubjects, claims::find_people(*newer));
    const auto a = analyzer.analyze(*older);
    const auto b = analyzer.analyze(*newer, &a);
    report.diff = diff::compare(*older, *newer);
    report.assessment = std::make_shared<assess::Assessment>(
        assess::compare({*older, a}, {*newer, b}, report.diff, kSubjects, {}));
    report.old_meta = file_meta(*older);
    report.new_meta = file_meta(*newer);
    report.older = std::move(older);
    report.newer = std::move(newer);
    return report;
}

std::size_t count(const std::string& text, std::string_view needle) {
    std::size_t n = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
        ++n;
    }
    return n;
}

TEST(Render, Formats) {
    EXPECT_EQ(parse_format("critic"), Format::critic);
    EXPECT_EQ(to_string(Format::html), "html");
    try {
        parse_format("pdf");
        FAIL();
    } catch (const Error& e) {
        EXPECT_STREQ(e.what(), "unknown format 'pdf': use text, json, markdown, critic or html");
    }
}

TEST(Render, MarkdownTableChangesAndWords) {
    const auto report = make_report("Rutte was prudent in the crisis.\n\nAn unchanged close.\n",
                                    "Rutte was reckless in the crisis.\n\nAn unchanged close.\n");
    const std::string md = render_markdown(report, {});
    // One minus sign in the row: the scores' as the shift's.
    EXPECT_NE(md.find("| favorability | +0.20 \xE2\x86\x92 \xE2\x88\x92"
                      "0.33 (\xE2\x88\x92"
                      "0.53) \xE2\x96\xBC |"),
              std::string::npos)
        << md;
    EXPECT_NE(md.find("**characterization added 'reckless'**"), std::string::npos) << md;
    EXPECT_NE(md.find("Rutte was ~~prudent~~ **reckless** in the crisis."), std::string::npos)
        << md;
}

TEST(Render, MarkdownKeepsTheEssaysMarkupInert) {
    const auto report = make_report("Rutte said | yes.\n", "Rutte said *maybe* | <b>no</b>.\n");
    const std::string md = render_markdown(report, {});
    EXPECT_EQ(md.find(" <b>"), std::string::npos) << md;
    EXPECT_NE(md.find("\\<b>no\\</b>"), std::string::npos) << md;
    EXPECT_NE(md.find("\\*maybe\\*"), std::string::npos) << md;
    EXPECT_NE(md.find("\\|"), std::string::npos) << md;
}

TEST(Render, MarkdownCapCutsWithANote) {
    std::string old_text, new_text;
    for (int i = 0; i < 60; ++i) {
        const std::string n = std::to_string(i);
        old_text += "Rutte was prudent in crisis number " + n + " of the long year.\n\n";
        new_text += "Rutte was reckless in crisis number " + n + " of the long year.\n\n";
    }
    const auto report = make_report(old_text, new_text);
    RenderStyle style;
    style.markdown_cap = 1'000'000;
    const std::string full = render_markdown(report, style);
    EXPECT_EQ(full.find("**Cut:**"), std::string::npos);
    // At the cap: the whole report plus the room kept for the note fits exactly.
    style.markdown_cap = full.size() + 400;
    EXPECT_EQ(render_markdown(report, style), full);
    style.markdown_cap = full.size() + 399;
    const std::string cut_by_one = render_markdown(report, style);
    EXPECT_LE(cut_by_one.size(), style.markdown_cap);
    EXPECT_NE(
        cut_by_one.find("Left out: 0 of 120 assessment changes and 1 of 60 changed paragraphs."),
        std::string::npos)
        << cut_by_one.substr(cut_by_one.size() - 400);
    style.markdown_cap = 5'000;
    const std::string cut = render_markdown(report, style);
    EXPECT_LE(cut.size(), style.markdown_cap);
    EXPECT_NE(cut.find("> **Cut:** this report stops below 5000 characters."), std::string::npos);
}

TEST(Render, CriticMarksSubstitutionsAndNotes) {
    const auto report = make_report("Rutte was prudent in the crisis.\n\nOld {++fake++} end.\n",
                                    "Rutte was reckless in the crisis.\n\nOld {++fake++} end.\n");
    const std::string critic = render_critic(report);
    EXPECT_NE(critic.find("Rutte was {~~prudent~>reckless~~} in the crisis."), std::string::npos)
        << critic;
    EXPECT_NE(
        critic.find("{>>characterization_added: reckless; characterization_removed: prudent<<}"),
        std::string::npos)
        << critic;
    EXPECT_EQ(count(critic, "{++"), 0u) << critic; // the essay's own braces are broken up
}

// CriticMarkup with every change accepted (or rejected) and the comments left out.
std::string apply_critic(std::string_view critic, bool accept) {
    std::string out;
    for (std::size_t i = 0; i < critic.size();) {
        const auto close = [&](std::string_view end) { return critic.find(end, i + 3); };
        const std::string_view at = critic.substr(i, 3);
        if (at == "{>>") {
            i = close("<<}") + 3;
        } else if (at == "{++" || at == "{--") {
            const std::size_t end = close(at == "{++" ? "++}" : "--}");
            if ((at == "{++") == accept) {
                out += critic.substr(i + 3, end - i - 3);
            }
            i = end + 3;
        } else if (at == "{~~") {
            const std::size_t arrow = close("~>");
            const std::size_t end = critic.find("~~}", arrow);
            out += accept ? critic.substr(arrow + 2, end - arrow - 2)
                          : critic.substr(i + 3, arrow - i - 3);
            i = end + 3;
        } else {
            out.push_back(critic[i++]);
        }
    }
    return out;
}

TEST(Render, CriticAcceptedGivesTheNewTextAndRejectedTheOld) {
    const std::pair<std::string, std::string> pairs[] = {
        {"The king was vain and impulsive, and he was old.",
         "The king was vain, impulsive and reckless, and he was old."},
        {"The king was vain and old.", "The king was vain, and old."},
        {"The king was vain, and old.", "The king was vain and old."},
        {"The king was vain and impulsive, and old.", "The king was vain, and old."}};
    for (const auto& [old_text, new_text] : pairs) {
        const std::string critic = render_critic(make_report(old_text + "\n", new_text + "\n"));
        const std::string body = critic.substr(critic.rfind("\n\n") + 2);
        EXPECT_EQ(apply_critic(body, true), new_text + "\n") << critic;
        EXPECT_EQ(apply_critic(body, false), old_text + "\n") << critic;
    }
    const auto report = make_report("The king was vain and impulsive, and he was old.\n",
                                    "The king was vain, impulsive and reckless, and he was old.\n");
    EXPECT_NE(render_critic(report).find(
                  "vain{~~ and impulsive~>, impulsive and reckless~~}, and he was old."),
              std::string::npos);
    EXPECT_NE(render_markdown(report, {})
                  .find("vain ~~and impulsive~~**, impulsive and reckless**, and he"),
              std::string::npos);
    // A space alone that one side has is no empty mark in HTML.
    const std::string html =
        render_html(make_report("The king was vain and old.\n", "The king was vain, and old.\n"));
    EXPECT_EQ(html.find("<del></del>"), std::string::npos);
    EXPECT_NE(html.find("The king was vain and old."), std::string::npos);
    EXPECT_NE(html.find("The king was vain<ins>,</ins> and old."), std::string::npos);
}

TEST(Render, HtmlEscapesAndLinksEveryChange) {
    const auto report = make_report("Rutte was prudent <b>here</b>.\n",
                                    "Rutte was reckless <script>x()</script>.\n");
    const std::string html = render_html(report);
    EXPECT_EQ(html.find("<script>x()"), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;x()&lt;/script&gt;"), std::string::npos);
    EXPECT_EQ(count(html, "<li class=\"change"), report.assessment->subjects[0].changes.size());
    EXPECT_NE(html.find("href=\"#n0-0\""), std::string::npos);
    EXPECT_NE(html.find("id=\"n0-0\""), std::string::npos);
}

TEST(Render, NotesOfCapsInEveryFormat) {
    auto report = make_report("Rutte was prudent.\n", "Rutte was reckless.\n");
    report.diff.notes.push_back("sentence 1 of paragraph 1 is too long for a word diff");
    for (const Format f :
         {Format::text, Format::json, Format::markdown, Format::critic, Format::html}) {
        EXPECT_NE(render(report, f, {}).find("too long for a word diff"), std::string::npos)
            << to_string(f);
    }
    RenderStyle assessment_focus;
    assessment_focus.focus = TextFocus::assessment;
    EXPECT_NE(render(report, Format::text, assessment_focus).find("too long for a word diff"),
              std::string::npos);
}

TEST(Render, ChosenSubjectInEveryFormat) {
    // The subject redraft chose itself is named in every format (JSON: `chosen_subject`), as
    // assessment.md promises: a reader of any of them must know the summaries are about a guess.
    auto report = make_report("Rutte was prudent.\n", "Rutte was reckless.\n");
    auto chosen = std::make_shared<assess::Assessment>(*report.assessment);
    chosen->chosen_subject = "Mark Rutte";
    report.assessment = chosen;
    for (const Format f : {Format::text, Format::markdown, Format::critic, Format::html}) {
        EXPECT_NE(render(report, f, {}).find("No subject configured: redraft chose Mark Rutte"),
                  std::string::npos)
            << to_string(f);
    }
    const auto j = nlohmann::json::parse(render(report, Format::json, {}));
    EXPECT_EQ(j["chosen_subject"], "Mark Rutte");
    chosen->chosen_subject.clear();
    EXPECT_FALSE(
        nlohmann::json::parse(render(report, Format::json, {})).contains("chosen_subject"));
    EXPECT_EQ(render(report, Format::text, {}).find("No subject configured"), std::string::npos);
}

// A paragraph of three hundred tokens with one word changed is 0.997 similar: its text reads
// "0.99", never "1.00" (which reads as unchanged); the JSON keeps the number.
TEST(Render, AChangedParagraphNeverShowsSimilarityOne) {
    std::string long_paragraph;
    for (int i = 0; i < 30; ++i) {
        long_paragraph += "Report " + std::to_string(i) + " of the harbour board was read aloud. ";
    }
    long_paragraph.pop_back();
    std::string changed = long_paragraph;
    changed.replace(changed.find("read aloud"), 4, "sung");
    const auto report = make_report("# Notes\n\n" + long_paragraph + "\n\nEnd.\n",
                                    "# Notes\n\n" + changed + "\n\nEnd.\n");
    const auto json = nlohmann::json::parse(render(report, Format::json, {}));
    double similarity = 0;
    for (const auto& p : json["paragraphs"]) {
        if (p["op"] == "edited") {
            similarity = p["similarity"].get<double>();
        }
    }
    EXPECT_GE(similarity, 0.995);
    EXPECT_LT(similarity, 1.0);
    const std::string text = render(report, Format::text, {});
    EXPECT_NE(text.find("edited, similarity 0.99"), std::string::npos) << text;
    EXPECT_EQ(text.find("similarity 1.00"), std::string::npos) << text;
    EXPECT_NE(render(report, Format::markdown, {}).find("edited, similarity 0.99"),
              std::string::npos);
}

// A moved paragraph whose sentences only changed places scores 1.00, yet is not unchanged.
TEST(Render, AMovedParagraphWithItsSentencesReorderedIsNotUnchanged) {
    const auto reordered = make_report(
        "Alpha one is here. Beta two is there. Gamma three is everywhere.\n\nSecond stays the "
        "same here.\n\nThird is also fixed.\n",
        "Second stays the same here.\n\nThird is also fixed.\n\nBeta two is there. Alpha one "
        "is here. Gamma three is everywhere.\n");
    const std::string text = render(reordered, Format::text, {});
    EXPECT_NE(text.find("moved from paragraph 1 to 3, sentences reordered"), std::string::npos)
        << text;
    EXPECT_EQ(text.find("unchanged"), std::string::npos) << text;
    // Moved as it was: still "unchanged".
    const auto moved = make_report(
        "Alpha one is here. Beta two is there.\n\nSecond stays the same here.\n\nThird is "
        "also fixed.\n",
        "Second stays the same here.\n\nThird is also fixed.\n\nAlpha one is here. Beta two "
        "is there.\n");
    EXPECT_NE(render(moved, Format::text, {}).find("moved from paragraph 1 to 3, unchanged"),
              std::string::npos)
        << render(moved, Format::text, {});
}

// show's text counts paragraphs from 1, as it counts sentences and as diff's text counts
// paragraphs; its JSON keeps the 0-based indices of the diff JSON.
TEST(Structure, TextCountsParagraphsFromOneAndJsonFromZero) {
    const auto doc = document::parse("# Title\n\nFirst one. Second one.\n", "a.md", {});
    const auto text = structure_text(doc);
    EXPECT_NE(text.find("[1] heading (level 1) at a.md:1:1"), std::string::npos) << text;
    EXPECT_NE(text.find("[2] paragraph at a.md:3:1"), std::string::npos) << text;
    EXPECT_EQ(text.find("[0]"), std::string::npos) << text;
    const auto json = nlohmann::json::parse(structure_json(doc));
    EXPECT_EQ(json["paragraphs"][0]["index"], 0);
    EXPECT_EQ(json["paragraphs"][1]["index"], 1);
}

TEST(SvgChart, AxisLabelsDatesAndSeries) {
    const std::vector<ChartSeries> series = {
        {"favorability",
         {{"r1", "2024-04-02", 0.31, "draft"},
          {"r2", "2024-06-27", 0.18, "appointed-by-the-council"},
          {"r3", "", -0.5, ""}}},
        {"russia_<stance>",
         {{"r1", "2024-04-02", 0.0, ""}, {"r2", "2024-06-27", 0.2, ""}, {"r3", "", 1.5, ""}}}};
    const std::string svg = svg_chart(series, {720, 280, "Mark Rutte"});
    EXPECT_EQ(svg.rfind("<svg class=\"chart\"", 0), 0u);
    EXPECT_EQ(count(svg, "<polyline"), 2u);
    EXPECT_EQ(count(svg, "<circle"), 6u);
    EXPECT_EQ(count(svg, "class=\"revision\""), 3u);
    EXPECT_EQ(count(svg, "class=\"date\""), 2u);
    // Labels sit under their dates, cut to 12 characters so that neighbours never collide.
    EXPECT_EQ(count(svg, "class=\"tag\""), 2u);
    EXPECT_NE(svg.find(">draft</text>"), std::string::npos);
    EXPECT_NE(svg.find(">appointed-by\u2026</text>"), std::string::npos);
    EXPECT_NE(svg.find(">2024-06-27</text>"), std::string::npos);
    EXPECT_NE(svg.find("russia_&lt;stance&gt;"), std::string::npos);
    EXPECT_NE(svg.find("<title>Mark Rutte</title>"), std::string::npos);
    // r1 at the left edge of the plot, r3 at the right; +1.5 is clamped to the top line.
    EXPECT_NE(svg.find("points=\"44.0,87.1 362.0,100.5 680.0,170.5\""), std::string::npos) << svg;
    EXPECT_NE(svg.find("points=\"44.0,119.0 362.0,98.4 680.0,16.0\""), std::string::npos) << svg;
    EXPECT_EQ(svg.substr(svg.size() - 6), "</svg>");
    EXPECT_NE(svg_chart({}).find("</svg>"), std::string::npos);
}

// A long history: every revision keeps its dot, but only every k-th is named on the axis, so
// that the names never overlap (64 pixels each at the least).
TEST(SvgChart, LongHistoryNamesEveryKthRevision) {
    ChartSeries line{"favorability", {}};
    for (int i = 0; i < 100; ++i) {
        line.points.push_back({"r" + std::to_string(i + 1), "2024-01-01", 0.0, ""});
    }
    const std::string svg = svg_chart({line}, {720, 280, ""});
    EXPECT_EQ(count(svg, "<circle"), 100u);
    // 636 pixels of plot for 100 revisions: every 11th is named, r1, r12, ..., r100.
    EXPECT_EQ(count(svg, "class=\"revision\""), 10u);
    EXPECT_NE(svg.find(">r12</text>"), std::string::npos);
    EXPECT_EQ(svg.find(">r2</text>"), std::string::npos);
}

TEST(HtmlPage, SelfContained) {
    const std::string page = html_page("a <title>", "<p>body</p>");
    EXPECT_NE(page.find("<title>a &lt;title&gt;</title>"), std::string::npos);
    EXPECT_NE(page.find("<main>\n<p>body</p>\n</main>"), std::string::npos);
    EXPECT_EQ(page.find("src="), std::string::npos);
    EXPECT_EQ(page.find("http://"), std::string::npos);
    EXPECT_EQ(page.find("https://"), std::string::npos);
}

} // namespace
} // namespace redraft::report
