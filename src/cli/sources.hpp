#pragma once
// The options every command that reads revisions shares: --store PATH and --git DIR.

#include <redraft/store/source.hpp>

#include "cli/cli.hpp"

namespace redraft::cli {

struct SourceFlags {
    std::string store;
    std::string git_dir;
};

// Adds --store and --git to a command.
void add_source_options(CLI::App& command, SourceFlags& flags);

// The flags with REDRAFT_STORE and the current directory: where the store module looks.
store::SourceOptions source_options(const SourceFlags& flags);

} // namespace redraft::cli
