#pragma once
// Runs a shell command (the redraft binary, end to end) and keeps what it printed and its exit
// code, for the unit tests that check the binary's own behaviour.

#include <cstdio>
#include <string>
#include <sys/wait.h>

namespace redraft::testing {

struct CommandOutput {
    std::string text;   // standard output (add 2>&1 to the command for standard error too)
    int exit_code = -1; // -1 when the command did not exit normally
};

inline CommandOutput run_command(const std::string& command) {
    CommandOutput out;
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) {
        return out;
    }
    char buffer[65536];
    std::size_t n = 0;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) {
        out.text.append(buffer, n);
    }
    const int status = pclose(pipe);
    out.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return out;
}

} // namespace redraft::testing
