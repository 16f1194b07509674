// redraft report A B: how the assessment of each subject moved between two revisions, starting
// with a summary an editor can read in ten seconds, then every change with its evidence.

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
    PairArguments pair;
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
    add_pair_arguments(*command, options->pair);
    add_source_options(*command, options->sources);
    add_assessment_options(*command, options->assessment);
    add_no_cache_flag(*command, options->assessment.no_cache);
    add_output_options(*command, options->output, {"text", "json", "markdown", "critic", "html"});
    command->callback([options, &context] {
        const AssessedPair assessed =
            load_assessed_pair(options->sources, options->pair, options->assessment,
                               sentences_for(options->output.format));
        const report::ChangeReport& change = assessed.change;
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
