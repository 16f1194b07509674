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

std::filesystem::path source_root(const SourceFlags& flags) {
    namespace fs = std::filesystem;
    const store::SourceOptions options = source_options(flags);
    if (options.git_dir.empty()) {
        try {
            return store::find_store(options).parent_path();
        } catch (const Error&) {
            if (!options.store.empty() || !options.store_environment.empty()) {
                return {}; // a store named but not there: opening the source says so
            }
        }
    }
    std::error_code ec;
    if (!options.git_dir.empty()) {
        fs::path dir =
            (options.cwd / options.git_dir).lexically_normal(); // git_dir may be absolute
        if (dir.filename().empty()) {
            dir = dir.parent_path();
        }
        if (dir.filename() == ".git") {
            return dir.parent_path();
        }
        return fs::exists(dir / ".git", ec) ? dir : fs::path();
    }
    // The nearest folder with a .git entry (a folder, or the file of a linked work tree).
    for (fs::path folder = fs::absolute(options.cwd, ec).lexically_normal();;
         folder = folder.parent_path()) {
        if (fs::exists(folder / ".git", ec)) {
            return folder;
        }
        if (folder == folder.parent_path()) {
            return {};
        }
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
