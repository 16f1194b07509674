// redraft diff OLD NEW: what changed between two versions of a document, paragraph by
// paragraph, sentence by sentence and word by word.

#include <redraft/diff/diff.hpp>
#include <redraft/document/document.hpp>
#include <redraft/error.hpp>
#include <redraft/report/change_report.hpp>
#include <redraft/report/render.hpp>

#include <limits>
#include <memory>

#include "cli/assessment_options.hpp"
#include "cli/cli.hpp"
#include "cli/revisions.hpp"
#include "cli/sources.hpp"

namespace redraft::cli {
namespace {

struct DiffCommandOptions {
    std::string older;
    std::string newer;
    std::string document;
    SourceFlags sources;
    std::string input_format = "auto";
    unsigned context = 0;
    bool exact = false;
    bool no_assessment = false;
    std::uint64_t max_bytes = document::kMaxDocumentBytes;
    diff::DiffOptions diff;
    OutputOptions output;
    AssessmentOptions assessment;
};

} // namespace

void register_diff(CLI::App& app, Context& context) {
    auto options = std::make_shared<DiffCommandOptions>();
    auto* command = app.add_subcommand(
        "diff", "Show what changed between two versions of a document: paragraphs edited, "
                "moved, split, merged, added or removed, and the words inside them");
    command->add_option("OLD", options->older, "The older version: a file or a revision spec")
        ->required();
    command->add_option("NEW", options->newer, "The newer version: a file or a revision spec")
        ->required();
    command->add_option("DOC", options->document,
                        "The document, for revision specs (default: the store's only one); "
                        "also after --");
    command
        ->add_option("--input-format", options->input_format,
                     "How to read the documents: auto (by extension), plain or markdown")
        ->check(CLI::IsMember({"auto", "plain", "markdown"}))
        ->capture_default_str();
    command
        ->add_option("--context", options->context,
                     "Equal paragraphs shown around each change (text format)")
        ->check(count_check("--context 2"))
        ->capture_default_str();
    command
        ->add_option("--similarity", options->diff.similarity,
                     "Least similarity (0 to 1) at which two paragraphs pair as edited")
        ->check(fraction_check("--similarity 0.5"))
        ->capture_default_str();
    command
        ->add_option("--move-threshold", options->diff.move_threshold,
                     "Least similarity (0 to 1) at which a paragraph out of order is a move")
        ->check(fraction_check("--move-threshold 0.9"))
        ->capture_default_str();
    add_max_bytes_option(*command, options->max_bytes,
                         "Largest document read, in bytes; larger ones are refused");
    command
        ->add_option("--max-word-diff-cells", options->diff.max_word_diff_cells,
                     "Sentence pairs whose word counts multiply to more than this are shown as "
                     "whole-sentence replacements (a note says so)")
        ->check(
            count_check("--max-word-diff-cells 4000000", std::numeric_limits<std::uint64_t>::max()))
        ->capture_default_str();
    command->add_flag("--exact", options->exact,
                      "Compare every byte: re-wrapping, quotes, dashes and spaces count");
    command->add_flag("--no-assessment", options->no_assessment,
                      "The structure of the diff only, without the assessment of claims");
    add_source_options(*command, options->sources);
    add_assessment_options(*command, options->assessment);
    add_no_cache_flag(*command, options->assessment.no_cache);
    add_output_options(*command, options->output, {"text", "json", "markdown", "critic", "html"});
    command->callback([options, &context] {
        if (options->exact) {
            options->diff.comparison = text::Comparison::exact;
        }
        refuse_stray_alias(options->assessment, options->sources, options->document);
        // The configuration and lexicon are read while the revisions load.
        std::unique_ptr<PairAssessment> assessment;
        if (!options->no_assessment) {
            assessment = std::make_unique<PairAssessment>(options->assessment, options->sources,
                                                          PairAssessment::Subjects::optional);
        }
        const LoadedPair pair = load_pair(
            {source_options(options->sources), options->older, options->newer, options->document,
             format_choice(options->input_format), options->diff.comparison, options->max_bytes,
             sentences_for(options->output.format)});
        report::ChangeReport change;
        change.old_meta = pair.older.meta;
        change.new_meta = pair.newer.meta;
        if (assessment) {
            assessment->start(pair.older.doc, pair.newer.doc);
        }
        // compare() may split paragraphs into sentences, while the assessment analyses the
        // documents on its own thread (it reads no sentences of a document split on demand).
        change.diff = diff::compare(*pair.older.doc, *pair.newer.doc, options->diff);
        if (assessment) {
            try {
                assessment->finish_into(change);
            } catch (const Error& error) {
                // A file that names none of the configured people (notes.txt beside the essay),
                // a --subject it does not name: the diff itself is still to be had.
                if (error.kind() != ErrorKind::usage) {
                    throw;
                }
                throw Error(error.kind(), std::string(error.what()) +
                                              "; or, for the structure of the change alone, add "
                                              "--no-assessment");
            }
        }
        change.diff.notes.insert(change.diff.notes.begin(), pair.notes.begin(), pair.notes.end());
        change.older = pair.older.doc;
        change.newer = pair.newer.doc;
        report::RenderStyle style;
        style.color = use_color(options->output);
        style.context = options->context;
        const std::string text =
            report::render(change, report::parse_format(options->output.format), style);
        write_output(context, options->output, text);
        context.exit_code = change.diff.has_changes() ? 1 : 0;
    });
}

} // namespace redraft::cli
