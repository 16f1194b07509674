#pragma once
// The options every command that reads revisions shares: --store PATH and --git DIR, and the
// arguments A B [DOC] of the commands that compare two revisions.

#include <redraft/store/source.hpp>

#include <filesystem>

#include "cli/cli.hpp"

namespace redraft::cli {

struct SourceFlags {
    std::string store;
    std::string git_dir;
};

// Adds --store and --git to a command.
void add_source_options(CLI::App& command, SourceFlags& flags);

// The two sides of a comparison and the document, as `report` and `check` take them.
struct PairArguments {
    std::string older;    // a file or a revision spec
    std::string newer;    // a file or a revision spec
    std::string document; // empty for the store's only one
};

// Adds the required A and B and the optional DOC to a command.
void add_pair_arguments(CLI::App& command, PairArguments& arguments);

// The store's .redraft folder when `options` lead to a store; empty when they lead to a plain git
// repository (which redraft only reads) or to nothing.
std::filesystem::path store_folder(const store::SourceOptions& options);

// The folder the source's documents are relative to, found as store::open_source finds the
// source but without opening it: the folder holding the store's .redraft/, else the work tree
// of --git DIR or of the git repository enclosing the current folder; empty when there is none
// (or for a bare repository).
std::filesystem::path source_root(const SourceFlags& flags);

// The flags with REDRAFT_STORE and the current directory: where the store module looks.
store::SourceOptions source_options(const SourceFlags& flags);

} // namespace redraft::cli
