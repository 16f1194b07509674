#include "cli/assessment_options.hpp"

#include <redraft/assess/language.hpp>
#include <redraft/assess/no_subject.hpp>
#include <redraft/assess/unresolved.hpp>
#include <redraft/error.hpp>
#include <redraft/history/cache.hpp>
#include <redraft/history/pair_sums.hpp>
#include <redraft/system/offer.hpp>
#include <redraft/system/parallel.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <functional>
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
    bool old_cached = false, new_cached = false; // the sums above were read from the cache
    // With sums known for one revision: the paragraphs the two revisions do not share, the only
    // ones analysed.
    history::UnmatchedParagraphs unmatched;
    // Half of a large document's analysis offered to the main thread, which waits in finish()
    // once its diff is done: it runs there rather than on a thread of its own, which saves the
    // thread's start and a fresh heap (the main thread's holds what the diff freed).
    system::Offer offer;
};

namespace {

// A document's paragraphs analysed in pieces offered to the main thread: while the diff runs on
// one core the analysis has the other, and both once the diff is done, each taking the next
// piece not begun, so that neither waits long for the other however the work is spread.
// Paragraphs equal to one of `reuse` share its analysis.
// With `sums`, each piece also sums its profiles per subject over `dimensions` as soon as it is
// analysed, and `sums` gets the whole's: the pieces' sums, corrected for the paragraphs a subject
// carried across paragraphs (a lead-in's, or any with [analysis] pronouns_across_paragraphs)
// reads otherwise once the pieces are joined.
claims::DocumentAnalysis analyze_in_pieces(system::Offer& offer, const claims::Analyzer& analyzer,
                                           const document::Document& doc,
                                           const claims::DocumentAnalysis* reuse,
                                           claims::AnalysisDepth depth,
                                           const std::vector<bool>& in_full,
                                           const std::vector<std::string>& dimensions,
                                           std::optional<std::vector<claims::ProfileSums>>* sums) {
    const system::ParagraphPieces pieces{doc.paragraphs.size()};
    const std::size_t count = pieces.count();
    const claims::ReusableAnalyses reusable(reuse);
    std::vector<claims::DocumentAnalysis> parts(count);
    std::vector<std::vector<claims::ProfileSums>> part_sums(count);
    offer.run_pieces(count, [&](std::size_t piece) {
        parts[piece] = analyzer.analyze_range(doc, &reusable, depth, pieces.begin(piece),
                                              pieces.end(piece), &in_full);
        if (sums != nullptr) {
            for (std::uint32_t s = 0; s < analyzer.subjects().size(); ++s) {
                part_sums[piece].push_back(claims::profile_sums(parts[piece], s, dimensions));
            }
        }
    });
    auto whole = claims::joined(std::move(parts));
    std::vector<std::pair<std::uint32_t, std::shared_ptr<const claims::ParagraphAnalysis>>>
        replaced;
    analyzer.carry_subjects(doc, whole, reuse, &replaced);
    if (sums != nullptr) {
        std::vector<claims::ProfileSums> total(analyzer.subjects().size());
        for (auto& subject_sums : total) {
            subject_sums.dimensions.resize(dimensions.size());
        }
        for (const auto& piece_sums : part_sums) {
            for (std::size_t s = 0; s < piece_sums.size(); ++s) {
                total[s] += piece_sums[s];
            }
        }
        for (const auto& [p, before] : replaced) {
            for (std::uint32_t s = 0; s < total.size(); ++s) {
                claims::add_paragraph_sums(*before, s, dimensions, -1, total[s]);
                claims::add_paragraph_sums(*whole.paragraphs[p], s, dimensions, 1, total[s]);
            }
        }
        *sums = std::move(total);
    }
    return whole;
}

} // namespace

namespace {

// Reads the cached sums of both revisions, when `store` is a store's .redraft folder. Not with
// [analysis] pronouns_across_paragraphs: a paragraph equal in both revisions may then add other
// sums to each (another subject carried into it), and the paragraphs the diff changes must be
// read after those before them; both revisions are analysed in full.
void read_cached_sums(PairAssessment::State& state, const std::filesystem::path& store) {
    if (store.empty() || state.setup.config.analysis.pronouns_across_paragraphs) {
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
        state.old_cached = state.old_sums.has_value();
    }
    if (const auto payload = state.cache.read(state.new_entry)) {
        state.new_sums = history::parse_sums(*payload, subjects, dimensions);
        state.new_cached = state.new_sums.has_value();
    }
}

// Both revisions' sums: one known (from the cache, or summed as the older was analysed) gives the
// other's by the paragraphs the two do not share; those the cache lacked are written to it.
void complete_sums(PairAssessment::State& state) {
    const auto dimensions = claims::dimension_names(state.setup.config.dimensions);
    if (state.old_sums && !state.new_sums) {
        state.new_sums =
            history::shift_sums(*state.old_sums, state.old_analysis, state.unmatched.older,
                                state.new_analysis, state.unmatched.newer, dimensions);
    } else if (state.new_sums && !state.old_sums) {
        state.old_sums =
            history::shift_sums(*state.new_sums, state.new_analysis, state.unmatched.newer,
                                state.old_analysis, state.unmatched.older, dimensions);
    }
    if (!state.old_cached) {
        state.cache.write(state.old_entry, history::sums_payload(*state.old_sums));
    }
    if (!state.new_cached && state.new_entry != state.old_entry) {
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
        // However the worker ends, the main thread stops waiting for offers.
        struct Close {
            system::Offer& offer;
            ~Close() { offer.close(); }
        } close{state->offer};
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
                state->setup.lexicon, state->setup.subjects, state->setup.people,
                state->setup.config.analysis);
            read_cached_sums(*state, store);
            // Sentences about no subject get their cues later, and only where the text changed.
            const auto depth = claims::AnalysisDepth::subjects_only;
            if (state->old_sums || state->new_sums) {
                // One revision's sums give the other's by the paragraphs they do not share: only
                // those are analysed.
                state->unmatched = history::unmatched_paragraphs(*state->older, *state->newer);
                state->offer.run_pieces(2, [&](std::size_t piece) {
                    if (piece == 0) {
                        state->old_analysis = state->analyzer->analyze_only(
                            *state->older, state->unmatched.older, depth);
                    } else {
                        state->new_analysis = state->analyzer->analyze_only(
                            *state->newer, state->unmatched.newer, depth);
                    }
                });
                return;
            }
            // The paragraphs one revision holds and the other does not are the ones the diff
            // changes, whose every sentence finish() completes: they are analysed in full at once.
            // The older revision's sums are summed as it is analysed, and give the newer's by
            // them too (complete_sums).
            state->unmatched = history::unmatched_paragraphs(*state->older, *state->newer);
            const auto& unmatched = state->unmatched;
            const auto dimensions = claims::dimension_names(state->setup.config.dimensions);
            const auto flags = [](std::size_t size, const std::vector<std::uint32_t>& list) {
                std::vector<bool> in_full(size);
                for (const auto p : list) {
                    in_full[p] = true;
                }
                return in_full;
            };
            state->old_analysis =
                analyze_in_pieces(state->offer, *state->analyzer, *state->older, nullptr, depth,
                                  flags(state->older->paragraphs.size(), unmatched.older),
                                  dimensions, &state->old_sums);
            // Paragraphs equal in both revisions are analysed once. With a subject carried
            // across every paragraph, an equal one may add other sums to each: the newer
            // revision's are summed too. (One continuing a lead-in whose context differs is
            // unmatched, history::unmatched_paragraphs, and so counted by complete_sums.)
            state->new_analysis = analyze_in_pieces(
                state->offer, *state->analyzer, *state->newer, &state->old_analysis, depth,
                flags(state->newer->paragraphs.size(), unmatched.newer), dimensions,
                state->analyzer->carries_subjects() ? &state->new_sums : nullptr);
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
        state_->offer.take_offers();
        worker_.join();
    }
    if (state_->failure) {
        std::rethrow_exception(state_->failure);
    }
    // Every sentence of a changed paragraph gets its cues, for the per-sentence changes: those
    // not analysed in full already (most were: see the worker), so that a second thread starts
    // only for work worth one.
    std::vector<std::uint32_t> old_touched, new_touched;
    const auto add_incomplete = [](const claims::DocumentAnalysis& analysis,
                                   const std::vector<std::uint32_t>& paragraphs,
                                   std::vector<std::uint32_t>& touched) {
        for (const auto p : paragraphs) {
            if (analysis.paragraphs[p] == nullptr || !analysis.paragraphs[p]->complete) {
                touched.push_back(p);
            }
        }
    };
    for (const auto& entry : diff.paragraphs) {
        if (entry.op != diff::ParagraphOp::equal) {
            add_incomplete(state_->old_analysis, entry.old_paragraphs, old_touched);
            add_incomplete(state_->new_analysis, entry.new_paragraphs, new_touched);
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
    result->notes =
        claims::check_subjects_named(state_->setup, state_->request, named,
                                     state_->older->name == state_->newer->name
                                         ? state_->newer->name
                                         : state_->older->name + " or " + state_->newer->name);
    if (auto note = assess::unresolved_references_note(
            {*state_->older, state_->old_analysis}, {*state_->newer, state_->new_analysis}, diff,
            state_->setup.config.analysis.pronouns_across_paragraphs)) {
        result->notes.push_back(std::move(*note));
    }
    if (auto note = assess::quoted_changes_note({*state_->older, state_->old_analysis},
                                                {*state_->newer, state_->new_analysis}, diff)) {
        result->notes.push_back(std::move(*note));
    }
    for (auto& note :
         assess::no_subject_changes_notes(assess::changes_about_no_subject(*result, diff))) {
        result->notes.push_back(std::move(note));
    }
    if (auto note = assess::language_note({&*state_->older, &*state_->newer})) {
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
