// redraft report A B: how the assessment of each subject moved between two revisions, starting
// with a summary an editor can read in ten seconds, then every change with its evidence.

#include <redraft/diff/diff.hpp>
#include <redraft/document/document.hpp>
#include <redraft/report/assessment.hpp>
#include <redraft/report/change_report.hpp>
#include <redraft/report/render.hpp>

#include <memory>

#include "cli/assessment_options.hpp"
#include "cli/cli.hpp"
#include "cli/revisions.hpp"
#include "cli/sources.hpp"

namespace redraft::cli {
namespace {

struct ReportCommandOptions {
    std::string older;
    std::string newer;
    std::string document;
    SourceFlags sources;
    OutputOptions output;
    AssessmentOptions assessment;
};

bool has_assessment_changes(const assess::Assessment& assessment) {
    for (const auto& subject : assessment.subjects) {
        if (!subject.changes.empty()) {
            return true;
        }
    }
    return false;
}

} // namespace

void register_report(CLI::App& app, Context& context) {
    auto options = std::make_shared<ReportCommandOptions>();
    auto* command = app.add_subcommand(
        "report", "Say how the assessment of each subject changed between two revisions, with "
                  "the sentences and cue words behind every change");
    command->add_option("A", options->older, "The older revision: a file or a revision spec")
        ->required();
    command->add_option("B", options->newer, "The newer revision: a file or a revision spec")
        ->required();
    command->add_option("DOC", options->document,
                        "The document, for revision specs (default: the store's only one); "
                        "also after --");
    add_source_options(*command, options->sources);
    add_assessment_options(*command, options->assessment);
    add_output_options(*command, options->output, {"text", "json", "markdown", "critic", "html"});
    command->callback([options, &context] {
        const LoadedPair pair = load_pair(
            {source_options(options->sources), options->older, options->newer, options->document});
        report::ChangeReport change;
        change.older = pair.older.doc;
        change.newer = pair.newer.doc;
        change.old_meta = pair.older.meta;
        change.new_meta = pair.newer.meta;
        PairAssessment assessment(change.older, change.newer, options->assessment,
                                  PairAssessment::Subjects::required);
        change.diff = diff::compare(*change.older, *change.newer);
        change.assessment = assessment.finish(change.diff);
        report::RenderStyle style;
        style.color = use_color(options->output);
        style.focus = report::TextFocus::assessment;
        const std::string text =
            report::render(change, report::parse_format(options->output.format), style);
        write_output(context, options->output, text);
        context.exit_code =
            change.diff.has_changes() || has_assessment_changes(*change.assessment) ? 1 : 0;
    });
}

} // namespace redraft::cli
