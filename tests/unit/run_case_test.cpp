// tests/e2e/run_case.sh: a passed case leaves nothing behind, not even the folder of all
// sandboxes; a failed case keeps its sandbox for a look.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "temp_dir.hpp"

namespace {

namespace fs = std::filesystem;

// Runs one case whose cmd prints `output`, expecting `expected`, with its sandbox in `root`.
int run_case(const fs::path& folder, const fs::path& root, const std::string& output,
             const std::string& expected) {
    const fs::path case_dir = folder / "cases" / "hello";
    fs::create_directories(case_dir);
    std::ofstream(case_dir / "cmd") << "echo " << output << "\n";
    std::ofstream(case_dir / "expected.stdout") << expected << "\n";
    const std::string command =
        "bash '" + std::string(REDRAFT_SOURCE_DIR) + "/tests/e2e/run_case.sh' '" + REDRAFT_BINARY +
        "' '" + case_dir.string() + "' '" + (root / "hello").string() + "' >/dev/null 2>&1";
    return std::system(command.c_str());
}

TEST(RunCase, APassedCaseRemovesItsSandboxAndTheEmptyFolderOfSandboxes) {
    const redraft::testing::TempDir temp;
    const fs::path root = temp.path() / "sandboxes";
    EXPECT_EQ(run_case(temp.path(), root, "hi", "hi"), 0);
    EXPECT_FALSE(fs::exists(root));
}

TEST(RunCase, AnotherCaseStillInTheFolderOfSandboxesKeepsIt) {
    const redraft::testing::TempDir temp;
    const fs::path root = temp.path() / "sandboxes";
    fs::create_directories(root / "running");
    EXPECT_EQ(run_case(temp.path(), root, "hi", "hi"), 0);
    EXPECT_FALSE(fs::exists(root / "hello"));
    EXPECT_TRUE(fs::exists(root / "running"));
}

TEST(RunCase, AFailedCaseKeepsItsSandbox) {
    const redraft::testing::TempDir temp;
    const fs::path root = temp.path() / "sandboxes";
    EXPECT_NE(run_case(temp.path(), root, "hi", "bye"), 0);
    EXPECT_TRUE(fs::exists(root / "hello" / "actual.stdout"));
}

} // namespace
