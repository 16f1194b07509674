#include "cli/sources.hpp"

#include <redraft/error.hpp>

#include <cstdlib>
#include <filesystem>

namespace redraft::cli {

void add_source_options(CLI::App& command, SourceFlags& flags) {
    command.add_option("--store", flags.store,
                       "The redraft store to use: a folder holding .redraft/ (default: "
                       "$REDRAFT_STORE, else the nearest .redraft/ above the current folder)");
    command.add_option("--git", flags.git_dir,
                       "Read the history of this git repository instead of a store (read-only)");
}

void add_pair_arguments(CLI::App& command, PairArguments& arguments) {
    command.add_option("A", arguments.older, "The older revision: a file or a revision spec")
        ->required();
    command.add_option("B", arguments.newer, "The newer revision: a file or a revision spec")
        ->required();
    command.add_option("DOC", arguments.document,
                       "The document, for revision specs (default: the store's only one); "
                       "also after --");
}

std::filesystem::path store_folder(const store::SourceOptions& options) {
    if (!options.git_dir.empty()) {
        return {};
    }
    try {
        return store::find_store(options);
    } catch (const Error&) {
        return {};
    }
}

store::SourceOptions source_options(const SourceFlags& flags) {
    store::SourceOptions options;
    options.store = flags.store;
    options.git_dir = flags.git_dir;
    if (const char* environment = std::getenv("REDRAFT_STORE")) {
        options.store_environment = environment;
    }
    std::error_code ec;
    options.cwd = std::filesystem::current_path(ec);
    if (ec) {
        throw Error(ErrorKind::usage, "the current folder cannot be read (" + ec.message() +
                                          "); change to an existing folder and try again");
    }
    return options;
}

} // namespace redraft::cli
