// The renderers of the history commands: the timeline in every format, and the CI gate's
// verdict. Both are pure functions of a value built here by hand.

#include <redraft/report/check.hpp>
#include <redraft/report/timeline.hpp>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace redraft::report {
namespace {

std::size_t count(const std::string& text, std::string_view needle) {
    std::size_t n = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
        ++n;
    }
    return n;
}

// Three revisions of one subject, whose names, labels and messages are hostile markup.
history::Timeline hostile_timeline() {
    history::Timeline timeline;
    timeline.document = "essay<script>.md";
    timeline.subjects = {"Mark <b>Rutte</b>"};
    timeline.dimensions = {"favorability", "certainty"};
    const double scores[][2] = {{0.5, 0.2}, {0.25, 0.2}, {-0.5, 0.4}};
    for (std::uint32_t i = 0; i < 3; ++i) {
        history::RevisionPoint point;
        point.info.number = i + 1;
        point.info.time = 1718000000 + 86400 * i;
        point.info.labels = {i == 1 ? "<img src=x onerror=alert(1)>" : "v" + std::to_string(i)};
        point.info.message = "edit | *" + std::to_string(i) + "* <script>alert(1)</script>";
        history::ProfilePoint profile;
        profile.subject = timeline.subjects[0];
        profile.claims = 3 + i;
        profile.dimensions = {{"favorability", scores[i][0], 0, 1, 0},
                              {"certainty", scores[i][1], 0, 1, 0}};
        point.profiles.push_back(profile);
        timeline.revisions.push_back(point);
    }
    for (std::uint32_t i = 0; i + 1 < 3; ++i) {
        history::Step step;
        step.from = i;
        step.to = i + 1;
        step.subjects.push_back(
            {timeline.subjects[0], "became <more> critical", {{"hedged", 1}}, {}});
        timeline.steps.push_back(step);
    }
    return timeline;
}

TEST(TimelineHtml, ChartTableAndStepsAllEscaped) {
    const std::string page = timeline_html(hostile_timeline());
    EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_EQ(count(page, "<svg class=\"chart\""), 1u);
    // One line per dimension, one dot per revision on each.
    EXPECT_EQ(count(page, "<polyline"), 2u);
    EXPECT_EQ(count(page, "<circle"), 6u);
    EXPECT_EQ(count(page, "class=\"revision\""), 3u);
    EXPECT_EQ(count(page, "class=\"date\""), 3u);
    EXPECT_NE(page.find(">2024-06-11</text>"), std::string::npos);
    // The table: a row per revision, the message in it.
    EXPECT_EQ(count(page, "<tr>"), 4u);
    // A real minus sign, as the report's HTML writes scores.
    EXPECT_NE(page.find("<td class=\"num\">\xE2\x88\x92"
                        "0.50</td>"),
              std::string::npos);
    // The steps.
    EXPECT_EQ(count(page, "<li class=\"step\">"), 2u);
    EXPECT_NE(page.find("became &lt;more&gt; critical"), std::string::npos);
    // Only the page's own script; every piece of text escaped.
    EXPECT_EQ(count(page, "<script"), 1u);
    EXPECT_EQ(page.find("<img"), std::string::npos);
    EXPECT_EQ(page.find("<b>"), std::string::npos);
    EXPECT_NE(page.find("Mark &lt;b&gt;Rutte&lt;/b&gt;"), std::string::npos);
    EXPECT_NE(page.find("&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
}

TEST(TimelineMarkdown, TablesAndStepsEscaped) {
    const std::string md = timeline_markdown(hostile_timeline());
    EXPECT_EQ(md.rfind("## Timeline of essay\\<script>.md", 0), 0u) << md;
    EXPECT_NE(md.find("| rev | date | label | message | claims | favorability | certainty |"),
              std::string::npos)
        << md;
    EXPECT_NE(md.find("|---|---|---|---|---:|---:|---:|"), std::string::npos);
    // A pipe in a message never splits a cell.
    EXPECT_NE(md.find("edit \\| \\*0\\*"), std::string::npos) << md;
    EXPECT_EQ(count(md, "- **r"), 2u);
    EXPECT_NE(md.find("- **r1 \xE2\x86\x92 r2**: became \\<more> critical"), std::string::npos)
        << md;
}

// A history cut short says so in every format.
TEST(Timeline, NotesInEveryFormat) {
    auto timeline = hostile_timeline();
    const std::string note = "history cut short: the 4 earliest of 7 revisions (r1 to r4) are "
                             "left out (--max-revisions 3)";
    timeline.notes.push_back(note);
    EXPECT_NE(timeline_text(timeline).find("note: " + note + "\n"), std::string::npos);
    EXPECT_NE(timeline_markdown(timeline).find("> **Note:** history cut short"), std::string::npos);
    EXPECT_NE(timeline_html(timeline).find("<p class=\"limits\"><strong>Note:</strong> " + note),
              std::string::npos);
    const auto json = nlohmann::json::parse(timeline_json(timeline));
    ASSERT_EQ(json.at("notes").size(), 1u);
    EXPECT_EQ(json.at("notes").at(0), note);
    EXPECT_TRUE(nlohmann::json::parse(timeline_json(hostile_timeline())).at("notes").empty());
}

// A step whose diff hit a cap says so in every format, once per step.
TEST(Timeline, StepNotesInEveryFormat) {
    auto timeline = hostile_timeline();
    const std::string note = "1 sentence pair was too long for a word diff";
    timeline.steps[1].subjects[0].notes = {note};
    EXPECT_NE(timeline_text(timeline).find("  r2 -> r3: note: " + note + "\n"), std::string::npos);
    EXPECT_NE(timeline_markdown(timeline).find("- **r2 \xE2\x86\x92 r3**: **Note:** " + note),
              std::string::npos);
    const std::string page = timeline_html(timeline);
    EXPECT_EQ(count(page, "<p class=\"limits\"><strong>Note:</strong> " + note), 1u);
    const auto json = nlohmann::json::parse(timeline_json(timeline));
    EXPECT_TRUE(json.at("steps").at(0).at("notes").empty());
    EXPECT_EQ(json.at("steps").at(1).at("notes").at(0), note);
}

CheckResult failed_check() {
    CheckResult result;
    result.old_meta = {"0b69df3", "", "essay.md", "2024-11-12T10:00:00+00:00", 5, 4};
    result.new_meta = {"a2749e1", "summit", "essay.md", "2025-06-30T10:00:00+00:00", 6, 6};
    result.gates.max_shifts = {{"favorability", 0.0}};
    result.gates.fail_on = {"negated"};
    result.failures.push_back({Gate::max_shift, "Mark Rutte", "favorability",
                               "Mark Rutte: favorability moved -0.03 (+0.58 -> +0.55), more "
                               "than the allowed 0.00"});
    result.failures.push_back(
        {Gate::fail_on, "Mark Rutte", "negated", "Mark Rutte: negated '*x*' in new paragraph 2"});
    result.shifts.push_back({"Mark Rutte", "favorability", 0.58, 0.55, 0.0});
    result.shifts.push_back({"Mark Rutte", "certainty", 0.08, 0.1, std::nullopt});
    return result;
}

TEST(CheckRender, Text) {
    EXPECT_EQ(check_text(failed_check()),
              "check failed: essay.md r4 (0b69df3) -> r6 (a2749e1, summit), 2 reasons:\n"
              "  - Mark Rutte: favorability moved -0.03 (+0.58 -> +0.55), more than the allowed "
              "0.00\n"
              "  - Mark Rutte: negated '*x*' in new paragraph 2\n");
    CheckResult passed;
    passed.old_meta.revision = passed.old_meta.name = "a.txt";
    passed.new_meta.revision = passed.new_meta.name = "b.txt";
    passed.notes = {"sentence pair too long for a word diff"};
    EXPECT_EQ(check_text(passed),
              "check passed: a.txt -> b.txt\nnote: sentence pair too long for a word diff\n");
}

TEST(CheckRender, Json) {
    const auto json = nlohmann::json::parse(check_json(failed_check()));
    EXPECT_EQ(json.at("schema"), "redraft.check/1");
    EXPECT_EQ(json.at("passed"), false);
    EXPECT_EQ(json.at("old").at("revision"), "0b69df3");
    EXPECT_TRUE(json.at("old").at("label").is_null());
    EXPECT_EQ(json.at("new").at("label"), "summit");
    EXPECT_EQ(json.at("gates").at("max_shift").at("favorability"), 0.0);
    EXPECT_EQ(json.at("gates").at("fail_on").at(0), "negated");
    EXPECT_EQ(json.at("gates").at("require_label"), false);
    ASSERT_EQ(json.at("failures").size(), 2u);
    EXPECT_EQ(json.at("failures").at(0).at("gate"), "max_shift");
    EXPECT_EQ(json.at("failures").at(0).at("dimension"), "favorability");
    EXPECT_EQ(json.at("failures").at(1).at("kind"), "negated");
    ASSERT_EQ(json.at("shifts").size(), 2u);
    EXPECT_NEAR(json.at("shifts").at(0).at("shift").get<double>(), -0.03, 1e-9);
    EXPECT_EQ(json.at("shifts").at(0).at("limit"), 0.0);
    EXPECT_TRUE(json.at("shifts").at(1).at("limit").is_null());
    EXPECT_TRUE(json.at("notes").empty());
}

TEST(CheckRender, MarkdownForAPullRequest) {
    const std::string md = check_markdown(failed_check());
    EXPECT_EQ(md.rfind("### \xE2\x9D\x8C redraft check failed: 2 reasons\n", 0), 0u) << md;
    EXPECT_NE(md.find("essay.md r4 (0b69df3) \xE2\x86\x92 r6 (a2749e1, summit)\n"),
              std::string::npos);
    // Essay text in a reason is escaped: no emphasis from the essay's own markup.
    EXPECT_NE(md.find("- Mark Rutte: negated '\\*x\\*' in new paragraph 2\n"), std::string::npos)
        << md;
    EXPECT_NE(md.find("**Gates:** favorability may move at most 0.00; fails on negated\n"),
              std::string::npos)
        << md;
    EXPECT_NE(md.find("| Mark Rutte | favorability | +0.58 \xE2\x86\x92 +0.55 | \xE2\x88\x92"
                      "0.03 | 0.00 |"),
              std::string::npos)
        << md;
    EXPECT_NE(
        md.find("| Mark Rutte | certainty | +0.08 \xE2\x86\x92 +0.10 | +0.02 | \xE2\x80\x93 |"),
        std::string::npos)
        << md;
    CheckResult passed = failed_check();
    passed.failures.clear();
    passed.notes = {"a note"};
    const std::string ok = check_markdown(passed);
    EXPECT_EQ(ok.rfind("### \xE2\x9C\x85 redraft check passed\n", 0), 0u);
    EXPECT_NE(ok.find("> **Note:** a note"), std::string::npos);
}

} // namespace
} // namespace redraft::report
