#include "cli/assessment_options.hpp"

#include <redraft/assess/no_subject.hpp>
#include <redraft/assess/unresolved.hpp>
#include <redraft/error.hpp>
#include <redraft/history/cache.hpp>
#include <redraft/history/pair_sums.hpp>
#include <redraft/system/parallel.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <system_error>

namespace redraft::cli {

void add_assessment_options(CLI::App& command, AssessmentOptions& options) {
    command.add_option("--config", options.config,
                       "Configuration file (default: redraft.toml at the root of the store or git "
                       "work tree, else in the current folder)");
    // An empty name would read as no --subject at all, and redraft would choose someone: a
    // script passing an unset variable must hear of it.
    command
        .add_option("--subject", options.subject,
                    "Assess this subject for this run (default: the configured subjects, or "
                    "the person named most often)")
        ->check(CLI::Validator(
            [](const std::string& name) {
                return name.find_first_not_of(" \t") == std::string::npos
                           ? std::string("the name is empty; give the person to assess")
                           : std::string();
            },
            ""));
    // One name per --alias, so that the revisions may follow it.
    command.add_option("--alias", options.aliases, "Other names of --subject (repeatable)")
        ->type_name("TEXT")
        ->expected(1) // the help shows one value, not "TEXT ..."
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
        ->allow_extra_args(false);
}

void add_no_cache_flag(CLI::App& command, bool& no_cache) {
    command.add_flag("--no-cache", no_cache,
                     "Neither read nor write the analysis cache in .redraft/cache/");
}

void refuse_stray_alias(const AssessmentOptions& options, const SourceFlags& sources,
                        const std::string& document) {
    // A path ("essay.md", "notes/essay") is a document, misspelt perhaps: its own error suggests
    // the nearest one.
    if (options.aliases.empty() || document.empty() || document.find('/') != std::string::npos ||
        std::filesystem::path(document).has_extension()) {
        return;
    }
    const store::SourceOptions where = source_options(sources);
    std::error_code ec;
    const std::filesystem::path path = std::filesystem::path(document).is_absolute()
                                           ? std::filesystem::path(document)
                                           : where.cwd / document;
    if (std::filesystem::exists(path, ec)) {
        return;
    }
    try {
        const auto source = store::open_source(where);
        const auto documents = source->documents();
        const std::string name = store::document_name(*source, document, where.cwd);
        if (std::find(documents.begin(), documents.end(), name) != documents.end()) {
            return;
        }
    } catch (const Error&) {
        // No source, or one that cannot be read: its own error comes later, when it is read.
        return;
    }
    throw Error(ErrorKind::usage, "'" + document +
                                      "' stands where the document goes and names none: --alias "
                                      "takes one name each time; if it is another name of the "
                                      "subject, give --alias again: --alias '" +
                                      document + "'");
}

claims::SubjectRequest subject_request(const AssessmentOptions& options,
                                       const SourceFlags& sources) {
    claims::SubjectRequest request;
    request.config_file = options.config;
    request.subject = options.subject;
    request.aliases = options.aliases;
    std::error_code error;
    request.cwd = std::filesystem::current_path(error);
    request.store_root = source_root(sources);
    return request;
}

} // namespace redraft::cli

namespace redraft::cli {

namespace {

// A large document is analysed in two halves at once: while the diff runs on one core, the
// analysis would otherwise be left alone on the other after the diff is done. Paragraphs equal to
// one of `reuse` share its analysis.
claims::DocumentAnalysis analyze_in_two(const claims::Analyzer& analyzer,
                                        const document::Document& doc,
                                        const claims::DocumentAnalysis* reuse,
                                        claims::AnalysisDepth depth) {
    const std::size_t n = doc.paragraphs.size();
    if (n < system::kParallelParagraphs) {
        return analyzer.analyze(doc, reuse, depth);
    }
    claims::DocumentAnalysis first, second;
    system::run_both([&] { first = analyzer.analyze(doc, reuse, depth, 0, n / 2); },
                     [&] { second = analyzer.analyze(doc, reuse, depth, n / 2, n); });
    first.paragraphs.insert(first.paragraphs.end(), second.paragraphs.begin(),
                            second.paragraphs.end());
    return first;
}

} // namespace

struct PairAssessment::State {
    std::shared_ptr<const document::Document> older, newer;
    claims::AssessmentSetup setup;
    std::unique_ptr<claims::Analyzer> analyzer;
    claims::DocumentAnalysis old_analysis, new_analysis;
    claims::SubjectRequest request;
    std::exception_ptr failure;
    // The cache of profile sums (disabled outside a store or with --no-cache), each revision's
    // entry name, and the sums read from it.
    history::AnalysisCache cache;
    std::string old_entry, new_entry;
    std::optional<std::vector<claims::ProfileSums>> old_sums, new_sums;
    // With sums known for one revision: the paragraphs the two revisions do not share, the only
    // ones analysed.
    history::UnmatchedParagraphs unmatched;
};

namespace {

// Reads the cached sums of both revisions, when `store` is a store's .redraft folder.
void read_cached_sums(PairAssessment::State& state, const std::filesystem::path& store) {
    if (store.empty()) {
        return;
    }
    state.cache =
        history::AnalysisCache(store / "cache" / "pairs", history::cache_key(state.setup));
    state.old_entry = history::sums_entry_name(*state.older);
    state.new_entry = history::sums_entry_name(*state.newer);
    const std::size_t subjects = state.setup.subjects.size();
    const std::size_t dimensions = claims::dimension_names(state.setup.config.dimensions).size();
    if (const auto payload = state.cache.read(state.old_entry)) {
        state.old_sums = history::parse_sums(*payload, subjects, dimensions);
    }
    if (const auto payload = state.cache.read(state.new_entry)) {
        state.new_sums = history::parse_sums(*payload, subjects, dimensions);
    }
}

// Both revisions' sums, from the cache where it had them and from the analyses otherwise, and
// those it lacked written to it.
void complete_sums(PairAssessment::State& state) {
    const auto dimensions = claims::dimension_names(state.setup.config.dimensions);
    const bool had_old = state.old_sums.has_value();
    const bool had_new = state.new_sums.has_value();
    if (had_old && !had_new) {
        state.new_sums =
            history::shift_sums(*state.old_sums, state.old_analysis, state.unmatched.older,
                                state.new_analysis, state.unmatched.newer, dimensions);
    } else if (had_new && !had_old) {
        state.old_sums =
            history::shift_sums(*state.new_sums, state.new_analysis, state.unmatched.newer,
                                state.old_analysis, state.unmatched.older, dimensions);
    } else if (!had_old && !had_new) {
        const auto all = [&](const claims::DocumentAnalysis& analysis) {
            std::vector<claims::ProfileSums> sums;
            for (std::uint32_t s = 0; s < state.setup.subjects.size(); ++s) {
                sums.push_back(claims::profile_sums(analysis, s, dimensions));
            }
            return sums;
        };
        system::run_both([&] { state.old_sums = all(state.old_analysis); },
                         [&] { state.new_sums = all(state.new_analysis); },
                         state.older->paragraphs.size() >= system::kParallelParagraphs);
    }
    if (!had_old) {
        state.cache.write(state.old_entry, history::sums_payload(*state.old_sums));
    }
    if (!had_new && state.new_entry != state.old_entry) {
        state.cache.write(state.new_entry, history::sums_payload(*state.new_sums));
    }
}

} // namespace

PairAssessment::PairAssessment(std::shared_ptr<const document::Document> older,
                               std::shared_ptr<const document::Document> newer,
                               const AssessmentOptions& options, const SourceFlags& sources,
                               Subjects subjects)
    : PairAssessment(options, sources, subjects) {
    start(std::move(older), std::move(newer));
}

PairAssessment::PairAssessment(const AssessmentOptions& options, const SourceFlags& sources,
                               Subjects subjects)
    : state_(std::make_unique<State>()) {
    state_->request = subject_request(options, sources);
    const std::filesystem::path store =
        options.no_cache ? std::filesystem::path() : store_folder(source_options(sources));
    worker_ = system::spawn([state = state_.get(), request = state_->request, subjects, store,
                             started = started_.get_future()]() mutable {
        try {
            state->setup = claims::load_configuration(request);
        } catch (...) {
            state->failure = std::current_exception();
        }
        if (!started.get() || state->failure) {
            return;
        }
        try {
            claims::choose_subjects(state->setup, request, *state->newer, state->older.get());
            if (subjects == Subjects::required) {
                claims::require_subjects(state->setup, *state->newer);
            }
            state->analyzer = std::make_unique<claims::Analyzer>(
                state->setup.lexicon, state->setup.subjects, state->setup.people);
            read_cached_sums(*state, store);
            // Sentences about no subject get their cues later, and only where the text changed.
            const auto depth = claims::AnalysisDepth::subjects_only;
            if (state->old_sums || state->new_sums) {
                // One revision's sums give the other's by the paragraphs they do not share: only
                // those are analysed.
                state->unmatched = history::unmatched_paragraphs(*state->older, *state->newer);
                system::run_both(
                    [&] {
                        state->old_analysis = state->analyzer->analyze_only(
                            *state->older, state->unmatched.older, depth);
                    },
                    [&] {
                        state->new_analysis = state->analyzer->analyze_only(
                            *state->newer, state->unmatched.newer, depth);
                    },
                    state->unmatched.older.size() + state->unmatched.newer.size() >=
                        system::kParallelParagraphs / 8);
                return;
            }
            state->old_analysis = analyze_in_two(*state->analyzer, *state->older, nullptr, depth);
            // Paragraphs equal in both revisions are analysed once.
            state->new_analysis =
                analyze_in_two(*state->analyzer, *state->newer, &state->old_analysis, depth);
        } catch (...) {
            state->failure = std::current_exception();
        }
    });
}

void PairAssessment::start(std::shared_ptr<const document::Document> older,
                           std::shared_ptr<const document::Document> newer) {
    state_->older = std::move(older);
    state_->newer = std::move(newer);
    start_sent_ = true;
    started_.set_value(true);
}

PairAssessment::~PairAssessment() {
    if (!start_sent_) {
        started_.set_value(false);
    }
    if (worker_.joinable()) {
        worker_.join();
    }
    // The analyses are the largest structures of a run, and the run ends soon after this.
    system::retain_until_exit(std::shared_ptr<State>(std::move(state_)));
}

std::shared_ptr<const assess::Assessment> PairAssessment::finish(const diff::DocumentDiff& diff) {
    if (!start_sent_) {
        throw std::logic_error("PairAssessment::finish before start");
    }
    if (worker_.joinable()) {
        worker_.join();
    }
    if (state_->failure) {
        std::rethrow_exception(state_->failure);
    }
    // Every sentence of a changed paragraph gets its cues, for the per-sentence changes.
    std::vector<std::uint32_t> old_touched, new_touched;
    for (const auto& entry : diff.paragraphs) {
        if (entry.op != diff::ParagraphOp::equal) {
            old_touched.insert(old_touched.end(), entry.old_paragraphs.begin(),
                               entry.old_paragraphs.end());
            new_touched.insert(new_touched.end(), entry.new_paragraphs.begin(),
                               entry.new_paragraphs.end());
        }
    }
    system::run_both(
        [&] { state_->analyzer->complete(*state_->older, state_->old_analysis, old_touched); },
        [&] { state_->analyzer->complete(*state_->newer, state_->new_analysis, new_touched); },
        old_touched.size() + new_touched.size() >= system::kParallelParagraphs / 8);
    complete_sums(*state_);
    auto result = std::make_shared<assess::Assessment>(
        assess::compare({*state_->older, state_->old_analysis, &*state_->old_sums},
                        {*state_->newer, state_->new_analysis, &*state_->new_sums}, diff,
                        state_->setup.subjects, state_->setup.config.dimensions));
    result->chosen_subject = state_->setup.chosen;
    result->chosen_from_older = state_->setup.chosen_from_older;
    result->passed_over = state_->setup.passed_over;
    std::vector<bool> named;
    for (const auto& subject : result->subjects) {
        named.push_back(subject.old_profile.mentions + subject.new_profile.mentions > 0);
    }
    result->notes = claims::check_subjects_named(
        state_->setup, state_->request, named, state_->older->name + " or " + state_->newer->name);
    if (auto note = assess::unresolved_references_note(
            {*state_->older, state_->old_analysis}, {*state_->newer, state_->new_analysis}, diff)) {
        result->notes.push_back(std::move(*note));
    }
    if (auto note = assess::quoted_changes_note({*state_->older, state_->old_analysis},
                                                {*state_->newer, state_->new_analysis}, diff)) {
        result->notes.push_back(std::move(*note));
    }
    if (auto note =
            assess::no_subject_changes_note(assess::changes_about_no_subject(*result, diff))) {
        result->notes.push_back(std::move(*note));
    }
    return result;
}

void PairAssessment::finish_into(report::ChangeReport& change) {
    change.assessment = finish(change.diff);
    for (const auto& note : change.assessment->notes) {
        change.diff.notes.push_back(note);
    }
}

AssessedPair load_assessed_pair(const SourceFlags& sources, const PairArguments& pair,
                                const AssessmentOptions& options, document::Sentences sentences) {
    refuse_stray_alias(options, sources, pair.document);
    AssessedPair result;
    // The configuration and lexicon are read while the revisions load.
    PairAssessment assessment(options, sources, PairAssessment::Subjects::required);
    PairRequest request{source_options(sources), pair.older, pair.newer, pair.document};
    request.sentences = sentences;
    result.loaded = load_pair(request);
    auto& change = result.change;
    change.older = result.loaded.older.doc;
    change.newer = result.loaded.newer.doc;
    change.old_meta = result.loaded.older.meta;
    change.new_meta = result.loaded.newer.meta;
    assessment.start(change.older, change.newer);
    // The mutable documents: compare() may split paragraphs into sentences (see diff.cpp).
    change.diff = diff::compare(*result.loaded.older.doc, *result.loaded.newer.doc);
    change.diff.notes.insert(change.diff.notes.begin(), result.loaded.notes.begin(),
                             result.loaded.notes.end());
    assessment.finish_into(change);
    return result;
}

} // namespace redraft::cli
