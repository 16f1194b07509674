// redraft diff OLD NEW: what changed between two versions of a document, paragraph by
// paragraph, sentence by sentence and word by word.

#include <redraft/diff/diff.hpp>
#include <redraft/document/document.hpp>
#include <redraft/report/change_report.hpp>

#include <memory>
#include <thread>

#include "cli/cli.hpp"

namespace redraft::cli {
namespace {

struct DiffCommandOptions {
    std::string older;
    std::string newer;
    std::string input_format = "auto";
    unsigned context = 0;
    bool exact = false;
    bool no_assessment = false;
    diff::DiffOptions diff;
    OutputOptions output;
};

document::FormatChoice format_choice(const std::string& name) {
    if (name == "markdown") {
        return document::FormatChoice::markdown;
    }
    if (name == "plain") {
        return document::FormatChoice::plain;
    }
    return document::FormatChoice::by_extension;
}

struct LoadedPair {
    std::shared_ptr<document::Document> older, newer;
    report::RevisionMeta old_meta, new_meta;
};

// The two sides of the comparison. Plain files for now; revision specs resolve here too.
// The two are read and parsed in parallel: on large files parsing is most of the work.
LoadedPair load_pair(const DiffCommandOptions& options) {
    const auto format = format_choice(options.input_format);
    const auto comparison = options.diff.comparison;
    // The structure of a diff reads the sentences of changed paragraphs only; the assessment
    // reads all of them.
    const auto sentences =
        options.no_assessment ? document::Sentences::on_demand : document::Sentences::eager;
    std::shared_ptr<document::Document> newer;
    std::exception_ptr failure;
    std::thread second([&] {
        try {
            newer = std::make_shared<document::Document>(
                document::load(options.newer, format, comparison, sentences));
        } catch (...) {
            failure = std::current_exception();
        }
    });
    std::shared_ptr<document::Document> older;
    try {
        older = std::make_shared<document::Document>(
            document::load(options.older, format, comparison, sentences));
    } catch (...) {
        second.join();
        throw;
    }
    second.join();
    if (failure) {
        std::rethrow_exception(failure);
    }
    LoadedPair pair;
    pair.old_meta = report::file_meta(*older);
    pair.new_meta = report::file_meta(*newer);
    pair.older = std::move(older);
    pair.newer = std::move(newer);
    return pair;
}

} // namespace

void register_diff(CLI::App& app, Context& context) {
    auto options = std::make_shared<DiffCommandOptions>();
    auto* command = app.add_subcommand(
        "diff", "Show what changed between two versions of a document: paragraphs edited, "
                "moved, split, merged, added or removed, and the words inside them");
    command->add_option("OLD", options->older, "The older version (a file)")->required();
    command->add_option("NEW", options->newer, "The newer version (a file)")->required();
    command
        ->add_option("--input-format", options->input_format,
                     "How to read the documents: auto (by extension), plain or markdown")
        ->check(CLI::IsMember({"auto", "plain", "markdown"}))
        ->capture_default_str();
    command
        ->add_option("--context", options->context,
                     "Equal paragraphs shown around each change (text format)")
        ->capture_default_str();
    command
        ->add_option("--similarity", options->diff.similarity,
                     "Least similarity (0 to 1) at which two paragraphs pair as edited")
        ->check(CLI::Range(0.0, 1.0))
        ->capture_default_str();
    command
        ->add_option("--move-threshold", options->diff.move_threshold,
                     "Least similarity (0 to 1) at which a paragraph out of order is a move")
        ->check(CLI::Range(0.0, 1.0))
        ->capture_default_str();
    command->add_flag("--exact", options->exact,
                      "Compare every byte: re-wrapping, quotes, dashes and spaces count");
    command->add_flag("--no-assessment", options->no_assessment,
                      "The structure of the diff only, without the assessment of claims");
    add_output_options(*command, options->output, {"text", "json"});
    command->callback([options, &context] {
        if (options->exact) {
            options->diff.comparison = text::Comparison::exact;
        }
        LoadedPair pair = load_pair(*options);
        report::ChangeReport change;
        change.old_meta = pair.old_meta;
        change.new_meta = pair.new_meta;
        // Before the documents are shared as const: compare() may split paragraphs into
        // sentences.
        change.diff = diff::compare(*pair.older, *pair.newer, options->diff);
        change.older = pair.older;
        change.newer = pair.newer;
        const std::string text =
            options->output.format == "json"
                ? report::render_json(change)
                : report::render_text(change, {use_color(options->output), options->context});
        write_output(context, options->output, text);
        context.exit_code = change.diff.has_changes() ? 1 : 0;
    });
}

} // namespace redraft::cli
