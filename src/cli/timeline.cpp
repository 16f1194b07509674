// redraft timeline [DOC]: every revision's assessment profile per subject, and the headline
// changes between consecutive revisions. Analyses are cached per blob under .redraft/cache/.

#include <redraft/error.hpp>
#include <redraft/history/timeline.hpp>
#include <redraft/report/timeline.hpp>

#include <memory>
#include <ostream>
#include <thread>
#include <unistd.h>

#include "cli/assessment_options.hpp"
#include "cli/cli.hpp"
#include "cli/revisions.hpp"
#include "cli/sources.hpp"

namespace redraft::cli {
namespace {

struct TimelineCommandOptions {
    std::string document;
    unsigned jobs = 0;
    bool no_cache = false;
    SourceFlags sources;
    AssessmentOptions assessment;
    OutputOptions output;
};

// The cache folder: .redraft/cache/timeline in a store; none for a plain git repository, which
// redraft only reads.
history::AnalysisCache open_cache(const store::SourceOptions& source,
                                  const claims::AssessmentSetup& setup) {
    if (!source.git_dir.empty()) {
        return {};
    }
    std::filesystem::path store;
    try {
        store = store::find_store(source);
    } catch (const Error&) {
        return {};
    }
    return history::AnalysisCache(store / "cache" / "timeline",
                                  std::string(history::kAnalyzerVersion) + "-" +
                                      history::setup_hash(setup));
}

// "[#########           ] 450/1000 revisions", redrawn in place.
void draw_progress(std::ostream& err, std::size_t done, std::size_t total) {
    constexpr std::size_t kWidth = 30;
    const std::size_t filled = total == 0 ? kWidth : done * kWidth / total;
    err << "\r[" << std::string(filled, '#') << std::string(kWidth - filled, ' ') << "] " << done
        << "/" << total << " revisions" << std::flush;
}

} // namespace

void register_timeline(CLI::App& app, Context& context) {
    auto options = std::make_shared<TimelineCommandOptions>();
    auto* command = app.add_subcommand(
        "timeline", "Show how the assessment of each subject moved over a document's whole "
                    "history: a profile per revision and the headline changes of each step");
    command->add_option("DOC", options->document, "The document (default: the store's only one)");
    command->add_option("--jobs,-j", options->jobs,
                        "Threads to analyse with (default: one per core)");
    command->add_flag("--no-cache", options->no_cache,
                      "Neither read nor write the analysis cache in .redraft/cache/");
    add_source_options(*command, options->sources);
    add_assessment_options(*command, options->assessment);
    add_output_options(*command, options->output, {"text", "json"});
    command->callback([options, &context] {
        const store::SourceOptions source_flags = source_options(options->sources);
        const auto source = store::open_source(source_flags);
        const std::string document =
            store::document_name(*source, options->document, source_flags.cwd);
        const std::vector<store::RevisionInfo> revisions = source->log(document);

        // Subjects come from the latest revision, so that every revision is read the same way.
        const auto latest =
            parse_revision(revisions.back(), source->read(revisions.back()),
                           document::FormatChoice::by_extension, text::Comparison::normalized);
        const claims::AssessmentSetup setup =
            claims::prepare_assessment(subject_request(options->assessment), *latest);
        const history::AnalysisCache cache =
            options->no_cache ? history::AnalysisCache() : open_cache(source_flags, setup);

        history::TimelineOptions timeline_options;
        timeline_options.threads =
            options->jobs > 0 ? options->jobs : std::max(1u, std::thread::hardware_concurrency());
        const bool show_progress = ::isatty(STDERR_FILENO) == 1;
        if (show_progress) {
            timeline_options.progress = [&context](std::size_t done, std::size_t total) {
                draw_progress(context.err, done, total);
            };
        }
        const history::SourceFactory open = [source_flags] {
            return store::open_source(source_flags);
        };
        const history::Timeline timeline =
            history::build_timeline(revisions, open, setup, cache, timeline_options);
        if (show_progress) {
            context.err << "\r" << std::string(50, ' ') << "\r" << std::flush;
        }
        const std::string text = options->output.format == "json" ? report::timeline_json(timeline)
                                                                  : report::timeline_text(timeline);
        write_output(context, options->output, text);
        context.exit_code = 0;
    });
}

} // namespace redraft::cli
