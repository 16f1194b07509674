#include <redraft/error.hpp>
#include <redraft/store/store.hpp>

#include <memory>

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
        auto store = store::Store::open(store::find_store(options));
        if (flags->remove) {
            const std::string id = store.delete_label(args[0]);
            context.out << "deleted label " << args[0] << " (it was on " << id.substr(0, 7)
                        << ")\n";
            context.exit_code = 0;
            return;
        }
        const std::string document =
            store::document_name(store.source(), args.size() == 3 ? args[2] : "", options.cwd);
        const auto result =
            store.label(args[0], args[1], document,
                        flags->force ? store::LabelMode::move : store::LabelMode::create);
        const auto& revision = result.revision;
        const std::string target = revision.number > 0
                                       ? document + " revision " + std::to_string(revision.number) +
                                             " (" + revision.short_id + ")"
                                       : document + " at commit " + revision.short_id;
        if (result.previous_id == revision.id) {
            context.out << "label " << args[1] << " already names " << target
                        << "; nothing changed\n";
        } else if (!result.previous_id.empty()) {
            context.out << "moved label " << args[1] << " from " << result.previous_id.substr(0, 7)
                        << " to " << target << "\n";
        } else {
            context.out << "labelled " << target << " " << args[1] << "\n";
        }
        context.exit_code = 0;
    });
}

} // namespace redraft::cli
