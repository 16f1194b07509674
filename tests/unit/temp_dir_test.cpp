// The tests' temporary folders: removed when done, and those of killed test processes removed
// by the next run, never those of running ones.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

#include "temp_dir.hpp"

namespace redraft::testing {
namespace {

namespace fs = std::filesystem;

// A process id that no longer runs: a child that has exited and been waited for.
pid_t dead_pid() {
    const pid_t child = ::fork();
    if (child == 0) {
        ::_exit(0);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    return child;
}

fs::path folder_of(pid_t pid, const std::string& suffix) {
    const fs::path folder =
        fs::temp_directory_path() / (kTempDirPrefix + std::to_string(pid) + "-" + suffix);
    fs::create_directories(folder / "inside");
    std::ofstream(folder / "inside" / "file.txt") << "left behind\n";
    return folder;
}

TEST(TempDir, IsRemovedWithEverythingInItEvenFoldersWithoutRights) {
    fs::path kept;
    {
        const TempDir temp;
        kept = temp.path();
        EXPECT_TRUE(fs::is_directory(kept));
        EXPECT_TRUE(kept.filename().string().starts_with(kTempDirPrefix +
                                                         std::to_string(::getpid()) + "-"));
        fs::create_directories(temp.path() / "a" / "b");
        std::ofstream(temp.path() / "a" / "b" / "file.txt") << "x";
        fs::permissions(temp.path() / "a", fs::perms::owner_read | fs::perms::owner_exec);
    }
    EXPECT_FALSE(fs::exists(kept));
}

TEST(TempDir, FoldersOfProcessesThatNoLongerRunAreRemovedOthersKept) {
    const fs::path abandoned = folder_of(dead_pid(), "abandoned");
    const fs::path running = folder_of(::getppid(), "running"); // the parent runs: it waits for us
    const fs::path other = fs::temp_directory_path() / (std::string(kTempDirPrefix) + "x-other");
    fs::create_directories(other);
    remove_abandoned_temp_dirs();
    EXPECT_FALSE(fs::exists(abandoned));
    EXPECT_TRUE(fs::exists(running / "inside" / "file.txt"));
    EXPECT_TRUE(fs::exists(other));
    remove_tree(running);
    remove_tree(other);
}

} // namespace
} // namespace redraft::testing
