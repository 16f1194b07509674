// The JSON contract (DESIGN.md "JSON contract", docs/json.md) and the text renderer.

#include <redraft/report/change_report.hpp>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "diff_checks.hpp"

namespace redraft::report {
namespace {

ChangeReport make(const std::string& a, const std::string& b) {
    ChangeReport r;
    r.older = std::make_shared<document::Document>(testing::parse_plain(a));
    r.newer = std::make_shared<document::Document>(testing::parse_plain(b));
    r.old_meta = file_meta(*r.older);
    r.new_meta = file_meta(*r.newer);
    r.diff = diff::compare(*r.older, *r.newer);
    return r;
}

const std::string kOld = "Title\n\nFirst paragraph. It stays.\n\nSecond one is prudent. "
                         "Really.\n\nThird paragraph here.\n\nFourth paragraph here.\n";
const std::string kNew = "Title\n\nFirst paragraph. It stays.\n\nSecond one is careful. "
                         "Really.\n\nThird paragraph here.\n\nFourth paragraph here.\n\nAdded "
                         "at the end.\n";

TEST(RenderJson, FollowsTheContract) {
    const auto j = nlohmann::json::parse(render_json(make(kOld, kNew)));
    EXPECT_EQ(j["schema"], "redraft.diff/1");
    EXPECT_EQ(j["old"]["paragraphs"], 5);
    EXPECT_EQ(j["new"]["paragraphs"], 6);
    EXPECT_EQ(j["old"]["revision"], "test.txt");
    EXPECT_TRUE(j["old"]["label"].is_null());
    const auto& p = j["paragraphs"];
    ASSERT_EQ(p.size(), 4u);
    // Consecutive equal paragraphs share one entry without sentences.
    EXPECT_EQ(p[0]["op"], "equal");
    EXPECT_EQ(p[0]["old"], nlohmann::json::array({0, 1}));
    EXPECT_EQ(p[0]["new"], nlohmann::json::array({0, 1}));
    EXPECT_FALSE(p[0].contains("sentences"));
    EXPECT_EQ(p[1]["op"], "edited");
    EXPECT_EQ(p[1]["old"], nlohmann::json::array({2}));
    ASSERT_EQ(p[1]["sentences"].size(), 2u);
    const auto& s = p[1]["sentences"][0];
    EXPECT_EQ(s["op"], "edited");
    EXPECT_EQ(s["old"], "Second one is prudent.");
    EXPECT_EQ(s["new"], "Second one is careful.");
    EXPECT_EQ(s["words"], nlohmann::json::parse(R"([{"op":"equal","text":"Second one is "},
        {"op":"delete","text":"prudent"},{"op":"insert","text":"careful"},
        {"op":"equal","text":"."}])"));
    EXPECT_EQ(s["changes"], nlohmann::json::array());
    EXPECT_EQ(p[1]["sentences"][1]["op"], "equal");
    EXPECT_EQ(p[2]["op"], "equal");
    EXPECT_EQ(p[3]["op"], "added");
    EXPECT_EQ(p[3]["old"], nlohmann::json::array());
    EXPECT_EQ(p[3]["sentences"][0]["new"], "Added at the end.");
    EXPECT_TRUE(p[3]["sentences"][0]["old"].is_null());
    EXPECT_EQ(j["assessment"], nlohmann::json::array());
    EXPECT_EQ(j["summary"]["paragraphs"]["equal"], 4);
    EXPECT_EQ(j["summary"]["paragraphs"]["edited"], 1);
    EXPECT_EQ(j["summary"]["paragraphs"]["added"], 1);
    EXPECT_EQ(j["summary"]["words"]["inserted"], 5);
    EXPECT_EQ(j["summary"]["words"]["deleted"], 1);
    EXPECT_EQ(j["notes"], nlohmann::json::array());
}

TEST(RenderText, PlainMarkersAndCollapsedEqualRuns) {
    const std::string text = render_text(make(kOld, kNew), {false, 0});
    EXPECT_EQ(text, "diff test.txt -> test.txt\n"
                    "5 -> 6 paragraphs: 4 equal, 1 edited, 1 added; 5 words inserted, 1 "
                    "deleted\n"
                    "\n... 2 equal paragraphs ...\n"
                    "\nparagraph 3 (test.txt:5): edited, similarity 0.86\n"
                    "  Second one is [-prudent-]{+careful+}.\n"
                    "\n... 2 equal paragraphs ...\n"
                    "\nparagraph 6 (test.txt:11): added\n"
                    "  {+Added at the end.+}\n");
}

TEST(RenderText, ContextShowsNeighbours) {
    const std::string text = render_text(make(kOld, kNew), {false, 1});
    EXPECT_NE(text.find("... 1 equal paragraph ...\n\nparagraph 2 (test.txt:3): equal\n"
                        "  First paragraph. It stays.\n"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("paragraph 4 (test.txt:7): equal"), std::string::npos);
    EXPECT_NE(text.find("paragraph 5 (test.txt:9): equal"), std::string::npos);
}

TEST(RenderText, NoDifferences) {
    EXPECT_EQ(render_text(make(kOld, kOld), {false, 0}),
              "diff test.txt -> test.txt\n5 -> 5 paragraphs: no differences\n\n... 5 equal "
              "paragraphs ...\n");
}

} // namespace
} // namespace redraft::report
