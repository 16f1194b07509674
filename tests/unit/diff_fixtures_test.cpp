// The diff fixtures (fixtures/diff/NAME/{old.txt,new.txt,expected.json}, made by
// scripts/make_diff_fixtures.py from the Rutte essay), run end to end through the real binary.
// An optional `args` file holds extra options. REDRAFT_BLESS=1 rewrites expected.json (review
// the result before committing).

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "run_command.hpp"

namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

class DiffFixtures : public ::testing::TestWithParam<std::string> {};

TEST_P(DiffFixtures, MatchExpectedJson) {
    const fs::path folder = fs::path(REDRAFT_SOURCE_DIR) / "fixtures" / "diff" / GetParam();
    std::string args;
    if (fs::exists(folder / "args")) {
        args = read(folder / "args");
        while (!args.empty() && args.back() == '\n') {
            args.pop_back();
        }
    }
    const auto out = redraft::testing::run_command(
        "cd '" + folder.string() + "' && NO_COLOR=1 '" + REDRAFT_BINARY +
        "' diff --no-assessment --format json " + args + " old.txt new.txt");
    const auto actual = nlohmann::ordered_json::parse(out.text);
    if (const char* bless = std::getenv("REDRAFT_BLESS"); bless && std::string(bless) == "1") {
        std::ofstream(folder / "expected.json", std::ios::binary) << out.text;
    }
    ASSERT_TRUE(fs::exists(folder / "expected.json")) << "bless with REDRAFT_BLESS=1";
    EXPECT_EQ(out.text, read(folder / "expected.json"));
    const auto& counts = actual["summary"]["paragraphs"];
    const bool changed = counts["edited"] != 0 || counts["moved"] != 0 || counts["split"] != 0 ||
                         counts["merged"] != 0 || counts["added"] != 0 || counts["removed"] != 0;
    EXPECT_EQ(out.exit_code, changed ? 1 : 0);
}

std::vector<std::string> fixture_names() {
    std::vector<std::string> names;
    for (const auto& entry :
         fs::directory_iterator(fs::path(REDRAFT_SOURCE_DIR) / "fixtures" / "diff")) {
        if (entry.is_directory()) {
            names.push_back(entry.path().filename().string());
        }
    }
    std::sort(names.begin(), names.end());
    return names;
}

INSTANTIATE_TEST_SUITE_P(Rutte, DiffFixtures, ::testing::ValuesIn(fixture_names()),
                         [](const auto& info) {
                             std::string name = info.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

} // namespace
