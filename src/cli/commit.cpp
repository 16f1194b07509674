#include <redraft/error.hpp>
#include <redraft/store/store.hpp>

#include <algorithm>
#include <memory>

#include "cli/cli.hpp"
#include "cli/sources.hpp"

namespace redraft::cli {
namespace {

struct CommitFlags {
    std::vector<std::string> files;
    store::CommitOptions options;
    std::string store;
};

std::string revision_text(const store::RevisionInfo& info) {
    if (info.number == 0) {
        // The history below a damaged commit cannot be counted: the revision is recorded, and
        // the damage is for the user to repair.
        return info.document + " at commit " + info.short_id +
               " (its revision number is unknown: the store's history below it cannot be read; "
               "run `git --git-dir=.redraft fsck --strict`)";
    }
    return info.document + " revision " + std::to_string(info.number) + " (" + info.short_id + ")";
}

} // namespace

void register_commit(CLI::App& app, Context& context) {
    auto flags = std::make_shared<CommitFlags>();
    auto* command = app.add_subcommand("commit", "Record a revision of one or more documents");
    command->add_option("FILE", flags->files, "The documents to record")->required();
    command->add_option("-m,--message", flags->options.message,
                        "What changed (default: which files were added or updated)");
    command->add_option("--label", flags->options.label, "Label the new revision");
    command->add_option("--author", flags->options.author,
                        "\"Name <email>\" (default: git's user.name and user.email, else the "
                        "login name)");
    command->add_option("--date", flags->options.date,
                        "When the revision was written, ISO-8601 (default: now)");
    add_max_bytes_option(*command, flags->options.max_bytes,
                         "Largest file recorded, in bytes; larger ones are refused before reading");
    command->add_option("--store", flags->store,
                        "The redraft store to record into (default: $REDRAFT_STORE, else the "
                        "nearest .redraft/ above the current folder)");
    command->callback([flags, &context] {
        const auto options = source_options({flags->store, ""});
        auto store = store::Store::open(store::find_store(options));
        const std::vector<std::filesystem::path> files(flags->files.begin(), flags->files.end());
        const auto result = store.commit(files, flags->options, options.cwd);
        if (!result.recorded) {
            // `commit essay.md --label published` once the text is recorded: the label still
            // belongs on the revision holding this text, not silently nowhere. Checked before
            // anything is printed, so that a refusal prints only its reason.
            const std::string& label = flags->options.label;
            const auto& latest = result.files.front().revision;
            if (!label.empty() &&
                !std::all_of(result.files.begin(), result.files.end(),
                             [&](const auto& file) { return file.revision.id == latest.id; })) {
                throw Error(ErrorKind::usage,
                            "nothing was recorded, and the files' latest revisions are different "
                            "commits, so --label " +
                                label + " names none of them: label one with `redraft label REV " +
                                label + " DOC`");
            }
            for (const auto& file : result.files) {
                context.out << "no change: " << file.document << " is identical to its revision "
                            << file.revision.number << " (" << file.revision.short_id << ")\n";
            }
            context.out << "nothing recorded\n";
            if (!label.empty()) {
                const auto labelled = store.label(latest.id, label, result.files.front().document,
                                                  store::LabelMode::create);
                if (labelled.previous_id == latest.id) {
                    // The same command run again: as `redraft label` says it.
                    context.out << "label " << label << " already names " << revision_text(latest)
                                << "; nothing changed\n";
                } else {
                    context.out << "labelled " << revision_text(latest) << " " << label << "\n";
                }
            }
        } else {
            for (const auto& file : result.files) {
                context.out << (file.changed ? "recorded " : "unchanged ")
                            << revision_text(file.revision);
                if (file.changed && !flags->options.label.empty()) {
                    context.out << ", labelled " << flags->options.label;
                }
                context.out << "\n";
            }
        }
        context.exit_code = 0;
    });
}

} // namespace redraft::cli
