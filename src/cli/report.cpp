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

namespace redraft::cli {
namespace {

struct ReportCommandOptions {
    std::string older;
    std::string newer;
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
    command->add_option("A", options->older, "The older revision (a file)")->required();
    command->add_option("B", options->newer, "The newer revision (a file)")->required();
    add_assessment_options(*command, options->assessment);
    add_output_options(*command, options->output, {"text", "json", "markdown", "critic", "html"});
    command->callback([options, &context] {
        report::ChangeReport change;
        change.older = std::make_shared<const document::Document>(
            document::load(options->older, document::FormatChoice::by_extension));
        change.newer = std::make_shared<const document::Document>(
            document::load(options->newer, document::FormatChoice::by_extension));
        change.old_meta = report::file_meta(*change.older);
        change.new_meta = report::file_meta(*change.newer);
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
