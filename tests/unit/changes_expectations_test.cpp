// Checks redraft against the expectations written in fixtures/*/CHANGES.md before the tool ran:
// each ```expect block names two revisions and what `redraft diff --format json` must report.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "run_command.hpp"

namespace {

namespace fs = std::filesystem;

struct ExpectBlock {
    std::string history; // folder under fixtures/
    std::string from, to;
    std::vector<std::string> lines;
    int line = 0; // of the block in CHANGES.md
};

std::vector<ExpectBlock> read_blocks(const fs::path& changes) {
    std::vector<ExpectBlock> blocks;
    std::ifstream in(changes);
    std::string line;
    int number = 0;
    bool inside = false;
    while (std::getline(in, line)) {
        ++number;
        if (line == "```expect") {
            inside = true;
            blocks.push_back({changes.parent_path().filename().string(), "", "", {}, number});
            continue;
        }
        if (inside && line == "```") {
            inside = false;
            continue;
        }
        if (!inside || line.empty()) {
            continue;
        }
        auto& block = blocks.back();
        static const std::regex header(R"((\w+)\s*->\s*(\w+))");
        std::smatch m;
        if (block.from.empty() && std::regex_match(line, m, header)) {
            block.from = m[1];
            block.to = m[2];
        } else {
            block.lines.push_back(line);
        }
    }
    return blocks;
}

std::vector<ExpectBlock> all_blocks() {
    std::vector<ExpectBlock> blocks;
    for (const auto& entry : fs::directory_iterator(fs::path(REDRAFT_SOURCE_DIR) / "fixtures")) {
        const auto changes = entry.path() / "CHANGES.md";
        if (fs::exists(changes)) {
            auto found = read_blocks(changes);
            blocks.insert(blocks.end(), found.begin(), found.end());
        }
    }
    return blocks;
}

// "r7" -> r7.txt, "r7md" -> r7.md
fs::path revision_file(const fs::path& folder, const std::string& name) {
    if (name.size() > 2 && name.ends_with("md")) {
        return folder / (name.substr(0, name.size() - 2) + ".md");
    }
    return folder / (name + ".txt");
}

bool compare(long actual, const std::string& op, long expected) {
    if (op == "=") {
        return actual == expected;
    }
    if (op == ">=") {
        return actual >= expected;
    }
    return actual <= expected;
}

class ChangesExpectations : public ::testing::TestWithParam<ExpectBlock> {};

TEST_P(ChangesExpectations, RedraftReportsWhatTheAuthorsExpected) {
    const ExpectBlock& block = GetParam();
    const fs::path folder = fs::path(REDRAFT_SOURCE_DIR) / "fixtures" / block.history;
    const std::string command = std::string(REDRAFT_BINARY) + " diff --format json --config '" +
                                (folder / "redraft.toml").string() + "' '" +
                                revision_file(folder, block.from).string() + "' '" +
                                revision_file(folder, block.to).string() + "' 2>&1";
    const std::string output = redraft::testing::run_command(command).text;
    nlohmann::json report;
    try {
        report = nlohmann::json::parse(output);
    } catch (const std::exception&) {
        FAIL() << command << "\nprinted no JSON:\n" << output.substr(0, 2000);
    }
    const auto where = block.history + "/CHANGES.md:" + std::to_string(block.line) + " (" +
                       block.from + " -> " + block.to + ")";

    static const std::regex paragraphs(R"(paragraphs:\s*(\w+)\s*(=|>=|<=)\s*(\d+))");
    static const std::regex subject_line(R"((.+?):\s*(.+))");
    for (const auto& line : block.lines) {
        std::smatch m;
        if (std::regex_match(line, m, paragraphs)) {
            const long actual = report["summary"]["paragraphs"].value(m[1].str(), 0L);
            EXPECT_TRUE(compare(actual, m[2], std::stol(m[3])))
                << where << ": expected " << line << ", redraft found " << actual;
            continue;
        }
        ASSERT_TRUE(std::regex_match(line, m, subject_line)) << where << ": cannot read " << line;
        const std::string subject = m[1];
        const std::string claim = m[2];
        const nlohmann::json* entry = nullptr;
        for (const auto& a : report["assessment"]) {
            if (a["subject"] == subject) {
                entry = &a;
            }
        }
        ASSERT_NE(entry, nullptr) << where << ": no assessment of " << subject;
        std::multiset<std::string> kinds;
        for (const auto& change : (*entry)["changes"]) {
            kinds.insert(change["kind"].get<std::string>());
        }
        std::string found;
        for (const auto& k : std::set<std::string>(kinds.begin(), kinds.end())) {
            found += " " + k + "x" + std::to_string(kinds.count(k));
        }
        if (claim == "only reworded") {
            EXPECT_EQ(kinds.size(), kinds.count("reworded"))
                << where << ": " << line << "; found" << found;
        } else if (claim == "unchanged") {
            EXPECT_TRUE(kinds.empty()) << where << ": " << line << "; found" << found;
        } else if (claim.starts_with("has ")) {
            EXPECT_GT(kinds.count(claim.substr(4)), 0u)
                << where << ": " << line << "; found" << found;
        } else if (claim.starts_with("lacks ")) {
            EXPECT_EQ(kinds.count(claim.substr(6)), 0u)
                << where << ": " << line << "; found" << found;
        } else {
            std::istringstream words(claim);
            std::string dimension, direction;
            words >> dimension >> direction;
            const double before = (*entry)["old"]["dimensions"].value(dimension, 0.0);
            const double after = (*entry)["new"]["dimensions"].value(dimension, 0.0);
            constexpr double kSame = 0.005; // scores are printed with two decimals
            const bool ok = direction == "up"     ? after - before > kSame
                            : direction == "down" ? before - after > kSame
                                                  : std::fabs(after - before) <= kSame;
            EXPECT_TRUE(ok) << where << ": " << line << "; " << dimension << " went from " << before
                            << " to " << after;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, ChangesExpectations, ::testing::ValuesIn(all_blocks()),
                         [](const ::testing::TestParamInfo<ExpectBlock>& info) {
                             return info.param.history + "_" + info.param.from + "_to_" +
                                    info.param.to;
                         });

} // namespace
