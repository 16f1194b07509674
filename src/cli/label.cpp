#include <redraft/error.hpp>
#include <redraft/store/store.hpp>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli.hpp"
#include "cli/sources.hpp"

namespace redraft::cli {
namespace {

struct LabelFlags {
    std::vector<std::string> arguments; // REV NAME [DOC], or NAME with --delete
    bool remove = false;
    bool force = false;
    std::string store;
};

// The store to label in. Without one, inside a git repository (a CI checkout), a label is a git
// tag, which every command reads as a label: the advice to run `redraft init` would start an
// empty store there that hides the repository's history from every later command. The tag
// command is given runnable as printed, with the commit REV names (git knows no revision
// numbers).
std::filesystem::path label_store(const store::SourceOptions& options,
                                  const std::vector<std::string>& args, bool remove) {
    try {
        return store::find_store(options);
    } catch (const Error& error) {
        if (!options.store.empty() || !options.store_environment.empty()) {
            throw;
        }
        const Error no_store = error;
        std::unique_ptr<store::RevisionSource> git;
        try {
            git = store::open_source(options);
        } catch (const Error&) {
            throw no_store; // neither a store nor a git repository: create a store
        }
        const std::string& name = remove ? args[0] : args[1]; // counts checked by the caller
        std::string command = "remove it with `git tag -d " + name +
                              "` (and `git push --delete origin " + name + "` where it was pushed)";
        if (!remove) {
            std::string commit = "COMMIT";
            try {
                const std::string document =
                    store::document_name(*git, args.size() == 3 ? args[2] : "", options.cwd);
                commit = git->resolve(args[0], document).short_id;
            } catch (const Error&) {
                // An unknown revision or several documents: the placeholder says what goes there.
            }
            command = "add it with `git tag " + name + " " + commit + "` (then `git push origin " +
                      name + "` to share it)";
        }
        throw Error(ErrorKind::store, "no redraft store found, and redraft only reads " +
                                          git->describe() +
                                          ": there a label is a git tag, which every command "
                                          "reads as a label; " +
                                          command + ", or create a store with `redraft init`");
    }
}

// `label final 12` in git tag's order (NAME REV): the name is refused as a revision number, but
// the first argument names no revision and the second one does, so the advice is the swap.
void refuse_swapped_arguments(const store::RevisionSource& source,
                              const std::vector<std::string>& args, const std::string& document) {
    const auto resolves = [&](const std::string& spec) {
        try {
            source.resolve(spec, document);
            return true;
        } catch (const Error&) {
            return false;
        }
    };
    if (!resolves(args[0]) && resolves(args[1])) {
        std::string swapped = "redraft label " + args[1] + " " + args[0];
        if (args.size() == 3) {
            swapped += " " + args[2];
        }
        throw Error(ErrorKind::usage, "'" + args[0] + "' names no revision of " + document +
                                          ", and '" + args[1] +
                                          "' does: the revision comes first, then the name "
                                          "(git tag takes them the other way round): `" +
                                          swapped + "`");
    }
}

} // namespace

void register_label(CLI::App& app, Context& context) {
    auto flags = std::make_shared<LabelFlags>();
    auto* command = app.add_subcommand(
        "label", "Label a revision (a git tag): `label REV NAME [DOC]`, `label --delete NAME`");
    command->add_option("ARGUMENTS", flags->arguments,
                        "The revision, the label's name and the document (default: the only "
                        "one in the store)");
    command->add_flag("--delete", flags->remove, "Remove the label NAME");
    command->add_flag("-f,--force", flags->force, "Move the label if it exists");
    command->add_option("--store", flags->store,
                        "The redraft store (default: $REDRAFT_STORE, else the nearest .redraft/ "
                        "above the current folder)");
    command->callback([flags, &context] {
        // The arguments' count is checked here, before the store, and not by CLI11, whose
        // "ARGUMENTS is required" says neither which arguments nor in what order.
        const auto& args = flags->arguments;
        if (flags->remove && args.size() != 1) {
            throw Error(ErrorKind::usage, "label --delete takes one argument, the label's name: "
                                          "`redraft label --delete NAME`");
        }
        if (!flags->remove && (args.size() < 2 || args.size() > 3)) {
            throw Error(ErrorKind::usage, "label takes a revision, a name and optionally a "
                                          "document: `redraft label REV NAME [DOC]`");
        }
        const auto options = source_options({flags->store, ""});
        auto store = store::Store::open(label_store(options, args, flags->remove));
        if (flags->remove) {
            const std::string id = store.delete_label(args[0]);
            context.out << "deleted label " << args[0] << " (it was on " << id.substr(0, 7)
                        << ")\n";
            context.exit_code = 0;
            return;
        }
        const std::string document =
            store::document_name(store.source(), args.size() == 3 ? args[2] : "", options.cwd);
        refuse_swapped_arguments(store.source(), args, document);
        const auto result =
            store.label(args[0], args[1], document,
                        flags->force ? store::LabelMode::move : store::LabelMode::create);
        const auto& revision = result.revision;
        const auto place = [&](const store::RevisionInfo& at) {
            return at.number > 0 ? document + " revision " + std::to_string(at.number) + " (" +
                                       at.short_id + ")"
                                 : document + " at commit " + at.short_id;
        };
        const std::string target = place(revision);
        if (result.previous_id == revision.id) {
            context.out << "label " << args[1] << " already names " << target
                        << "; nothing changed\n";
        } else if (!result.previous_id.empty()) {
            // Where it was, named as where it goes ("revision 11 (b6399b9)"), when that commit is
            // a revision of the document; its id alone otherwise.
            std::string from = result.previous_id.substr(0, 7);
            try {
                from = place(store.source().resolve(result.previous_id, document));
            } catch (const Error&) {
                // A commit that does not hold the document: the id says where it was.
            }
            context.out << "moved label " << args[1] << " from " << from << " to " << target
                        << "\n";
        } else {
            context.out << "labelled " << target << " " << args[1] << "\n";
        }
        context.exit_code = 0;
    });
}

} // namespace redraft::cli
