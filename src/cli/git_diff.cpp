// redraft git-diff: git's external diff (GIT_EXTERNAL_DIFF, or diff.<driver>.command). git calls
// it once per changed file with seven arguments, path old-file old-hex old-mode new-file new-hex
// new-mode (nine for a rename), /dev/null standing for the missing side of an added or removed
// file. It shows redraft's view of the change and exits 0 so that git goes on to the next file.

#include <redraft/diff/diff.hpp>
#include <redraft/error.hpp>
#include <redraft/report/change_report.hpp>

#include <memory>

#include "cli/assessment_options.hpp"
#include "cli/cli.hpp"
#include "cli/revisions.hpp"

namespace redraft::cli {
namespace {

struct GitDiffOptions {
    std::vector<std::string> arguments;
    bool no_assessment = false;
    AssessmentOptions assessment;
    OutputOptions output;
};

// The short blob id git hands over for a side; empty for the work tree's file (an all-zero id)
// and for /dev/null.
std::string short_blob(const std::string& hex) {
    return hex.find_first_not_of('0') != std::string::npos && hex != "." ? hex.substr(0, 7)
                                                                         : std::string();
}

// One side as git hands it over: a temporary file (or the work tree's file, or /dev/null) whose
// format follows the tracked path, named after the blob.
LoadedSide git_side(const std::string& file, const std::string& hex, const std::string& path) {
    store::RevisionInfo info;
    info.document = path;
    std::string bytes;
    if (file != kNullDevice) {
        bytes = document::read_file(file, document::kMaxDocumentBytes);
    }
    LoadedSide side;
    side.doc = parse_revision(info, std::move(bytes), document::FormatChoice::by_extension,
                              text::Comparison::normalized);
    side.meta = revision_meta(info, *side.doc);
    if (file == kNullDevice) {
        // The missing side of an added or removed file is named as git names it.
        side.meta.name = side.meta.revision = std::string(kNullDevice);
        return side;
    }
    // An all-zero id is git's way of saying "not in the object database" (the work tree).
    if (const std::string blob = short_blob(hex); !blob.empty()) {
        side.meta.revision = blob;
    }
    return side;
}

} // namespace

void register_git_diff(CLI::App& app, Context& context) {
    auto options = std::make_shared<GitDiffOptions>();
    auto* command = app.add_subcommand(
        "git-diff", "git's external diff: set GIT_EXTERNAL_DIFF='redraft git-diff' (see "
                    "docs/git.md); takes git's seven arguments and always exits 0");
    command
        ->add_option("ARGS", options->arguments,
                     "path old-file old-hex old-mode new-file new-hex new-mode [new-path info]")
        ->required();
    command->add_flag("--no-assessment", options->no_assessment,
                      "The structure of the diff only, without the assessment of claims");
    add_assessment_options(*command, options->assessment);
    add_output_options(*command, options->output, {"text", "json"});
    command->callback([options, &context] {
        const auto& args = options->arguments;
        if (args.size() == 1) {
            // git passes only the path for an unmerged file.
            write_output(context, options->output, "* Unmerged path " + args[0] + "\n");
            context.exit_code = 0;
            return;
        }
        if (args.size() != 7 && args.size() != 9) {
            throw Error(ErrorKind::usage,
                        "git-diff takes the seven arguments git gives an external diff (path "
                        "old-file old-hex old-mode new-file new-hex new-mode), or nine for a "
                        "rename; got " +
                            std::to_string(args.size()) +
                            ". Set it up with: git config diff.external 'redraft git-diff'");
        }
        const std::string& old_path = args[0];
        const std::string& new_path = args.size() == 9 ? args[7] : args[0];
        report::ChangeReport change;
        // The renderer's first line names both sides; a file that is not shown gets the same.
        const auto side_name = [](const std::string& file, const std::string& hex,
                                  const std::string& path) {
            if (file == kNullDevice) {
                return std::string(kNullDevice);
            }
            const std::string blob = short_blob(hex);
            return blob.empty() ? path : path + " (" + blob + ")";
        };
        const std::string header = "diff " + side_name(args[1], args[2], old_path) + " -> " +
                                   side_name(args[4], args[5], new_path) + "\n";
        std::string notes;
        try {
            const LoadedSide older = git_side(args[1], args[2], old_path);
            const LoadedSide newer = git_side(args[4], args[5], new_path);
            change.older = older.doc;
            change.newer = newer.doc;
            change.old_meta = older.meta;
            change.new_meta = newer.meta;
        } catch (const Error& error) {
            if (error.kind() != ErrorKind::input) {
                throw;
            }
            // A binary or undecodable file: say so, and let git go on to the next file.
            write_output(context, options->output,
                         header + "not shown: " + std::string(error.what()) + "\n");
            context.exit_code = 0;
            return;
        }
        std::unique_ptr<PairAssessment> assessment;
        const bool has_text =
            !change.older->paragraphs.empty() || !change.newer->paragraphs.empty();
        if (!options->no_assessment && has_text) {
            assessment =
                std::make_unique<PairAssessment>(change.older, change.newer, options->assessment,
                                                 SourceFlags{}, // git runs it in the work tree
                                                 PairAssessment::Subjects::required);
        }
        change.diff = diff::compare(*change.older, *change.newer);
        if (assessment) {
            try {
                assessment->finish_into(change);
            } catch (const Error& error) {
                if (error.kind() != ErrorKind::usage) {
                    throw;
                }
                // A file that names nobody (a README) still gets its structural diff.
                notes += "assessment skipped: " + std::string(error.what()) + "\n";
            }
        }
        std::string text;
        if (options->output.format == "json") {
            text = report::render_json(change);
        } else {
            // Notes follow the header line, so that they read as this file's.
            text = report::render_text(change, {use_color(options->output), 0});
            const bool added = args[1] == kNullDevice, removed = args[4] == kNullDevice;
            if ((added || removed) && !has_text) {
                // An empty file added or removed has changed, though no paragraph has: say so
                // rather than "no differences", which is what identical files read.
                text = text.substr(0, text.find('\n') + 1) +
                       (added ? "empty file added\n" : "empty file removed\n");
            }
            const auto first_line_end = text.find('\n');
            text.insert(first_line_end == std::string::npos ? text.size() : first_line_end + 1,
                        notes);
        }
        write_output(context, options->output, text);
        context.exit_code = 0;
    });
}

} // namespace redraft::cli
