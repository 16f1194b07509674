// The messages of the command line's own errors, through the binary: an option a command does not
// take is named an unknown option, with the one it was probably meant to be.

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "run_command.hpp"
#include "temp_dir.hpp"

namespace redraft::testing {
namespace {

// What `redraft ARGS` prints on standard error, run in `folder`, and its exit code.
CommandOutput redraft_in(const TempDir& folder, const std::string& args) {
    return run_command("cd '" + folder.path().string() + "' && '" + REDRAFT_BINARY + "' " + args +
                       " 2>&1 >/dev/null");
}

TEST(CliErrors, AnUnknownOptionIsNamedWithTheOneMeant) {
    const TempDir folder;
    std::ofstream(folder.path() / "a.txt") << "A paragraph.\n";
    const auto colour = redraft_in(folder, "report a.txt a.txt --colour always");
    EXPECT_EQ(colour.exit_code, 2);
    // It read "The following argument was not expected: --colour", as if a value were astray.
    EXPECT_EQ(colour.text, "redraft report: unknown option '--colour' (did you mean '--color'?); "
                           "see 'redraft report --help'\n");
    // With a value glued on, and an option of another command: named, no guess when none is near.
    EXPECT_EQ(redraft_in(folder, "diff a.txt a.txt --colour=never").text,
              "redraft diff: unknown option '--colour' (did you mean '--color'?); see 'redraft "
              "diff --help'\n");
    EXPECT_EQ(redraft_in(folder, "assess a.txt --bogus").text,
              "redraft assess: unknown option '--bogus'; see 'redraft assess --help'\n");
    // A letter is no typo of another: "-z" is not "-o".
    EXPECT_EQ(redraft_in(folder, "diff a.txt a.txt -z").text,
              "redraft diff: unknown option '-z'; see 'redraft diff --help'\n");
}

TEST(CliErrors, AStrayValueIsNoUnknownOption) {
    const TempDir folder;
    std::ofstream(folder.path() / "a.txt") << "A paragraph.\n";
    // A fourth value after OLD NEW DOC, and a revision counted back (-1), are no options.
    const auto extra = redraft_in(folder, "diff a.txt a.txt a.txt a.txt");
    EXPECT_EQ(extra.exit_code, 2);
    EXPECT_EQ(extra.text.find("unknown option"), std::string::npos) << extra.text;
    EXPECT_NE(extra.text.find("not expected: a.txt"), std::string::npos) << extra.text;
    const auto counted_back = redraft_in(folder, "diff a.txt a.txt a.txt -1");
    EXPECT_EQ(counted_back.text.find("unknown option"), std::string::npos) << counted_back.text;
}

} // namespace
} // namespace redraft::testing
