// redraft timeline [DOC]: every revision's assessment profile per subject, and the headline
// changes between consecutive revisions. Analyses are cached per blob under .redraft/cache/.

#include <redraft/error.hpp>
#include <redraft/history/timeline.hpp>
#include <redraft/report/timeline.hpp>
#include <redraft/system/heap.hpp>

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
    std::size_t max_revisions = 0; // 0: the whole history
    std::uint64_t max_bytes = document::kMaxDocumentBytes;
    SourceFlags sources;
    AssessmentOptions assessment;
    OutputOptions output;
};

// The cache folder: .redraft/cache/timeline in a store; none for a plain git repository, which
// redraft only reads.
history::AnalysisCache open_cache(const store::SourceOptions& source,
                                  const claims::AssessmentSetup& setup) {
    const std::filesystem::path store = store_folder(source);
    if (store.empty()) {
        return {};
    }
    return history::AnalysisCache(store / "cache" / "timeline", history::cache_key(setup));
}

// "[#########           ] 450/1000 revisions", redrawn in place.
void draw_progress(std::ostream& err, std::size_t done, std::size_t total) {
    constexpr std::size_t kWidth = 30;
    const std::size_t filled = total == 0 ? kWidth : done * kWidth / total;
    err << "\r[" << std::string(filled, '#') << std::string(kWidth - filled, ' ') << "] " << done
        << "/" << total << " revisions" << std::flush;
}

// Keeps only the latest `keep` revisions (all when `keep` is 0), and returns the note that says
// what was left out; empty when nothing was.
std::string keep_latest(std::vector<store::RevisionInfo>& revisions, std::size_t keep) {
    if (keep == 0 || revisions.size() <= keep) {
        return {};
    }
    const std::size_t left_out = revisions.size() - keep;
    const std::string first = "r" + std::to_string(revisions.front().number);
    const std::string last = "r" + std::to_string(revisions[left_out - 1].number);
    std::string note = "history cut short: ";
    note += left_out == 1 ? "the earliest of " + std::to_string(revisions.size()) + " revisions (" +
                                first + ") is left out"
                          : "the " + std::to_string(left_out) + " earliest of " +
                                std::to_string(revisions.size()) + " revisions (" + first + " to " +
                                last + ") are left out";
    note += " (--max-revisions " + std::to_string(keep) + ")";
    revisions.erase(revisions.begin(), revisions.begin() + static_cast<std::ptrdiff_t>(left_out));
    return note;
}

} // namespace

void register_timeline(CLI::App& app, Context& context) {
    auto options = std::make_shared<TimelineCommandOptions>();
    auto* command = app.add_subcommand(
        "timeline", "Show how the assessment of each subject moved over a document's whole "
                    "history: a profile per revision and the headline changes of each step");
    command->add_option("DOC", options->document, "The document (default: the store's only one)");
    command
        ->add_option("--jobs,-j", options->jobs,
                     "Threads to analyse with (default, or 0: one per core)")
        ->check(count_check("--jobs 4 (0: one per core)"));
    command
        ->add_option("--max-revisions", options->max_revisions,
                     "Follow only the latest N revisions (0: the whole history); the output "
                     "says what was left out")
        ->check(count_check("--max-revisions 50 (0: the whole history)"))
        ->capture_default_str();
    add_max_bytes_option(*command, options->max_bytes,
                         "Largest revision read, in bytes; a larger one is an error");
    add_no_cache_flag(*command, options->assessment.no_cache);
    add_source_options(*command, options->sources);
    add_assessment_options(*command, options->assessment);
    add_output_options(*command, options->output, {"text", "json", "markdown", "html"});
    command->callback([options, &context] {
        refuse_stray_alias(options->assessment, options->sources, options->document);
        // The configuration and the lexicon load on a second thread while the history is
        // listed (on a warm cache, the two are most of the run).
        const claims::SubjectRequest request =
            subject_request(options->assessment, options->sources);
        claims::AssessmentSetup setup;
        std::exception_ptr setup_failure;
        std::thread loader = system::spawn([&] {
            try {
                setup = claims::load_configuration(request);
            } catch (...) {
                setup_failure = std::current_exception();
            }
        });
        DocumentHistory doc_history;
        try {
            doc_history = open_history(source_options(options->sources), options->document);
        } catch (...) {
            loader.join(); // a missing history is the error to report, as before
            throw;
        }
        loader.join();
        if (setup_failure) {
            std::rethrow_exception(setup_failure);
        }
        std::vector<store::RevisionInfo>& revisions = doc_history.revisions;
        const std::string cut_note = keep_latest(revisions, options->max_revisions);

        // Subjects come from the latest revision, so that every revision is read the same way.
        const auto latest =
            read_revision(*doc_history.source, revisions.back(), options->max_bytes);
        claims::choose_subjects(setup, request, *latest);
        claims::require_subjects(setup, *latest);
        const history::AnalysisCache cache = options->assessment.no_cache
                                                 ? history::AnalysisCache()
                                                 : open_cache(doc_history.source_options, setup);

        history::TimelineOptions timeline_options;
        timeline_options.threads =
            options->jobs > 0 ? options->jobs : std::max(1u, std::thread::hardware_concurrency());
        timeline_options.max_bytes = options->max_bytes;
        const bool show_progress = ::isatty(STDERR_FILENO) == 1;
        if (show_progress) {
            timeline_options.progress = [&context](std::size_t done, std::size_t total) {
                draw_progress(context.err, done, total);
            };
        }
        const history::SourceFactory open = [flags = doc_history.source_options] {
            return store::open_source(flags);
        };
        history::Timeline timeline =
            history::build_timeline(revisions, open, setup, cache, timeline_options);
        if (!cut_note.empty()) {
            timeline.notes.push_back(cut_note);
        }
        // As in `report` and `check`: a subject no revision names is a typo, not a flat line.
        std::vector<bool> named(setup.subjects.size(), false);
        for (const auto& revision : timeline.revisions) {
            for (std::size_t s = 0; s < named.size() && s < revision.profiles.size(); ++s) {
                named[s] = named[s] || revision.profiles[s].mentions > 0;
            }
        }
        for (const auto& note : claims::check_subjects_named(
                 setup, request, named, "any revision of " + doc_history.document)) {
            context.err << "redraft: note: " << note << "\n";
        }
        if (show_progress) {
            context.err << "\r" << std::string(50, ' ') << "\r" << std::flush;
        }
        const std::string& format = options->output.format;
        const std::string text = format == "json"       ? report::timeline_json(timeline)
                                 : format == "markdown" ? report::timeline_markdown(timeline)
                                 : format == "html"     ? report::timeline_html(timeline)
                                                        : report::timeline_text(timeline);
        write_output(context, options->output, text);
        context.exit_code = 0;
    });
}

} // namespace redraft::cli
