#include <redraft/assess/language.hpp>
#include <redraft/assess/no_subject.hpp>
#include <redraft/assess/unresolved.hpp>
#include <redraft/diff/diff.hpp>
#include <redraft/error.hpp>
#include <redraft/history/fields.hpp>
#include <redraft/history/timeline.hpp>
#include <redraft/system/heap.hpp>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>

namespace redraft::history {
namespace {

// Revisions handed to a worker at a time: each run of them analyses one revision more than it
// covers (the one before it), so runs should be long, but short enough to balance the load
// (about 8 runs per thread) and to move the progress bar.
constexpr std::uint32_t kMinRunLength = 16;
constexpr std::uint32_t kMaxRunLength = 256;
constexpr std::uint32_t kRunsPerThread = 8;

// Profiles and steps are stored as length-prefixed fields ("10:Mark Rutte..."), not JSON: a warm
// timeline reads two entries per revision, and building JSON trees for them was half its time.
std::string profile_entry_name(const store::RevisionInfo& info) {
    return "profile-" + info.blob_id + ".fields";
}

std::string step_entry_name(const store::RevisionInfo& older, const store::RevisionInfo& newer) {
    return "step-" + older.blob_id + "-" + newer.blob_id + ".fields";
}

std::string profiles_payload(const std::vector<ProfilePoint>& profiles) {
    std::string out;
    fold_number(out, profiles.size());
    for (const ProfilePoint& profile : profiles) {
        fold(out, profile.subject);
        fold_number(out, profile.mentions);
        fold_number(out, profile.claims);
        fold_number(out, profile.dimensions.size());
        for (const auto& d : profile.dimensions) {
            fold(out, d.name);
            fold_number(out, d.score);
            fold_number(out, d.attributed);
            fold_number(out, d.cues);
            fold_number(out, d.attributed_cues);
        }
        fold_number(out, profile.characterizations.size());
        for (const auto& c : profile.characterizations) {
            fold(out, c.term);
            fold_number(out, c.count);
            fold_number(out, c.negated);
            fold_number(out, c.attributed);
        }
    }
    return out;
}

// Reads what profiles_payload and steps_payload write: the number of subjects, then for each
// subject its name and what `read_rest` reads. Nothing when anything is malformed or a record
// names another subject than the one asked for at its place.
template <typename Item, typename ReadRest>
std::optional<std::vector<Item>> parse_per_subject(std::string_view payload,
                                                   const std::vector<std::string>& subjects,
                                                   ReadRest read_rest) {
    FieldReader in(payload);
    std::size_t count = 0;
    if (!in.count(count) || count != subjects.size()) {
        return std::nullopt;
    }
    std::vector<Item> items(count);
    for (std::size_t s = 0; s < count; ++s) {
        const auto subject = in.field();
        if (!subject || *subject != subjects[s] || !read_rest(in, items[s])) {
            return std::nullopt;
        }
        items[s].subject = *subject;
    }
    if (!in.done()) {
        return std::nullopt;
    }
    return items;
}

// The cached profiles, when the entry is intact and matches the subjects asked for.
std::optional<std::vector<ProfilePoint>> parse_profiles(std::string_view payload,
                                                        const std::vector<std::string>& subjects) {
    return parse_per_subject<ProfilePoint>(
        payload, subjects, [](FieldReader& in, ProfilePoint& profile) {
            std::size_t dimensions = 0;
            if (!in.number(profile.mentions) || !in.number(profile.claims) ||
                !in.count(dimensions)) {
                return false;
            }
            profile.dimensions.resize(dimensions);
            for (auto& d : profile.dimensions) {
                const auto name = in.field();
                if (!name || !in.number(d.score) || !in.number(d.attributed) ||
                    !in.number(d.cues) || !in.number(d.attributed_cues)) {
                    return false;
                }
                d.name = *name;
            }
            std::size_t characterizations = 0;
            if (!in.count(characterizations)) {
                return false;
            }
            profile.characterizations.reserve(characterizations);
            for (std::size_t c = 0; c < characterizations; ++c) {
                const auto term = in.field();
                TermCount counted;
                if (!term || !in.number(counted.count) || !in.number(counted.negated) ||
                    !in.number(counted.attributed)) {
                    return false;
                }
                counted.term = std::string(*term);
                profile.characterizations.push_back(std::move(counted));
            }
            return true;
        });
}

std::string steps_payload(const std::vector<SubjectStep>& steps) {
    std::string out;
    fold_number(out, steps.size());
    for (const SubjectStep& step : steps) {
        fold(out, step.subject);
        fold(out, step.summary);
        fold_number(out, step.counts.size());
        for (const auto& [kind, count] : step.counts) {
            fold(out, kind);
            fold_number(out, count);
        }
        fold_number(out, step.notes.size());
        for (const std::string& note : step.notes) {
            fold(out, note);
        }
    }
    return out;
}

std::optional<std::vector<SubjectStep>> parse_steps(std::string_view payload,
                                                    const std::vector<std::string>& subjects) {
    return parse_per_subject<SubjectStep>(payload, subjects,
                                          [](FieldReader& in, SubjectStep& step) {
                                              const auto summary = in.field();
                                              std::size_t kinds = 0;
                                              if (!summary || !in.count(kinds)) {
                                                  return false;
                                              }
                                              step.summary = *summary;
                                              for (std::size_t k = 0; k < kinds; ++k) {
                                                  const auto kind = in.field();
                                                  std::uint32_t changes = 0;
                                                  if (!kind || !in.number(changes)) {
                                                      return false;
                                                  }
                                                  step.counts.emplace(*kind, changes);
                                              }
                                              std::size_t notes = 0;
                                              if (!in.count(notes)) {
                                                  return false;
                                              }
                                              for (std::size_t n = 0; n < notes; ++n) {
                                                  const auto note = in.field();
                                                  if (!note) {
                                                      return false;
                                                  }
                                                  step.notes.emplace_back(*note);
                                              }
                                              return true;
                                          });
}

// A parsed and analysed revision.
struct Analysed {
    std::shared_ptr<const document::Document> doc;
    claims::DocumentAnalysis analysis;
};

class Worker {
public:
    Worker(const std::vector<store::RevisionInfo>& revisions, const SourceFactory& open,
           const claims::AssessmentSetup& setup, const claims::Analyzer& analyzer,
           const AnalysisCache& cache, const std::vector<std::string>& dimensions,
           std::uint64_t max_bytes)
        : revisions_(revisions), open_(open), setup_(setup), analyzer_(analyzer), cache_(cache),
          dimensions_(dimensions), max_bytes_(max_bytes) {}

    // Fills points[i] for i in [begin, end) and steps[i - 1] for each i > 0.
    void run(std::uint32_t begin, std::uint32_t end, std::vector<RevisionPoint>& points,
             std::vector<Step>& steps) {
        std::optional<Analysed> previous; // revisions_[i - 1], when parsed
        for (std::uint32_t i = begin; i < end; ++i) {
            const store::RevisionInfo& info = revisions_[i];
            std::optional<Analysed> current;
            RevisionPoint& point = points[i];
            point.info = info;
            if (auto cached = cached_profiles(info)) {
                point.profiles = std::move(*cached);
                point.from_cache = true;
            } else {
                current = analyse(info, previous ? &*previous : nullptr);
                point.profiles = profiles_of(current->analysis);
                cache_.write(profile_entry_name(info), profiles_payload(point.profiles));
            }
            if (i > 0) {
                Step& step = steps[i - 1];
                step.from = i - 1;
                step.to = i;
                const store::RevisionInfo& before = revisions_[i - 1];
                const auto cached = cache_.read(step_entry_name(before, info));
                std::optional<std::vector<SubjectStep>> parsed;
                if (cached) {
                    parsed = parse_steps(*cached, subject_names());
                }
                if (parsed) {
                    step.subjects = std::move(*parsed);
                    step.from_cache = true;
                } else {
                    if (!previous) {
                        previous = analyse(before, nullptr);
                    }
                    if (!current) {
                        current = analyse(info, &*previous);
                    }
                    step.subjects = compare(*previous, *current);
                    cache_.write(step_entry_name(before, info), steps_payload(step.subjects));
                }
            }
            previous = std::move(current);
        }
    }

private:
    std::vector<std::string> subject_names() const {
        std::vector<std::string> names;
        for (const auto& subject : setup_.subjects) {
            names.push_back(subject.name);
        }
        return names;
    }

    std::optional<std::vector<ProfilePoint>> cached_profiles(const store::RevisionInfo& info) {
        const auto payload = cache_.read(profile_entry_name(info));
        if (!payload) {
            return std::nullopt;
        }
        return parse_profiles(*payload, subject_names());
    }

    Analysed analyse(const store::RevisionInfo& info, const Analysed* previous) {
        if (!source_) {
            source_ = open_();
        }
        document::ParseOptions options;
        options.format =
            document::choose_format(info.document, document::FormatChoice::by_extension);
        options.max_bytes = max_bytes_;
        Analysed result;
        try {
            result.doc = std::make_shared<const document::Document>(
                document::parse(source_->read(info), info.short_id + ":" + info.document, options));
        } catch (const Error& error) {
            const store::RevisionInfo& latest = revisions_.back();
            if (error.kind() != ErrorKind::input || info.number == 0 ||
                info.number >= latest.number) {
                throw;
            }
            // A past revision that is not text (committed in Latin-1, say) cannot be saved
            // again: say which one it is, and how to follow the history after it.
            const std::uint32_t after = latest.number - info.number;
            throw Error(
                ErrorKind::input,
                std::string(error.what()) + "; that is " + info.document + " revision " +
                    std::to_string(info.number) + " (" + info.short_id +
                    "), and the timeline reads every revision it follows: " + "--max-revisions " +
                    std::to_string(after) + " follows the " +
                    (after == 1 ? std::string("revision") : std::to_string(after) + " revisions") +
                    " after it");
        }
        // Paragraphs unchanged since the previous revision share its analysis.
        result.analysis = analyzer_.analyze(*result.doc, previous ? &previous->analysis : nullptr);
        return result;
    }

    std::vector<ProfilePoint> profiles_of(const claims::DocumentAnalysis& analysis) const {
        std::vector<ProfilePoint> profiles;
        for (std::uint32_t s = 0; s < setup_.subjects.size(); ++s) {
            const auto profile =
                claims::build_profile(analysis, s, setup_.subjects[s].name, dimensions_);
            ProfilePoint point;
            point.subject = profile.subject;
            point.mentions = profile.mentions;
            point.claims = profile.claims;
            point.dimensions = profile.dimensions;
            for (const auto& c : profile.characterizations) {
                point.characterizations.push_back({c.term, c.count, c.negated, c.attributed});
            }
            profiles.push_back(std::move(point));
        }
        return profiles;
    }

    std::vector<SubjectStep> compare(const Analysed& older, const Analysed& newer) const {
        const auto diff = diff::compare(*older.doc, *newer.doc);
        const auto assessment =
            assess::compare({*older.doc, older.analysis}, {*newer.doc, newer.analysis}, diff,
                            setup_.subjects, setup_.config.dimensions);
        std::vector<std::string> notes = diff.notes;
        if (auto note = assess::unresolved_references_note(
                {*older.doc, older.analysis}, {*newer.doc, newer.analysis}, diff,
                setup_.config.analysis.pronouns_across_paragraphs)) {
            notes.push_back(std::move(*note));
        }
        if (auto note = assess::quoted_changes_note({*older.doc, older.analysis},
                                                    {*newer.doc, newer.analysis}, diff)) {
            notes.push_back(std::move(*note));
        }
        for (auto& note :
             assess::no_subject_changes_notes(assess::changes_about_no_subject(assessment, diff))) {
            notes.push_back(std::move(note));
        }
        if (auto note = assess::language_note({older.doc.get(), newer.doc.get()})) {
            notes.push_back(std::move(*note));
        }
        std::vector<SubjectStep> steps;
        for (const auto& subject : assessment.subjects) {
            SubjectStep step;
            step.subject = subject.subject;
            step.summary = assess::summarize(subject, setup_.config.dimensions);
            step.notes = notes;
            for (const auto& change : subject.changes) {
                ++step.counts[std::string(assess::to_string(change.kind))];
            }
            steps.push_back(std::move(step));
        }
        return steps;
    }

    const std::vector<store::RevisionInfo>& revisions_;
    const SourceFactory& open_;
    const claims::AssessmentSetup& setup_;
    const claims::Analyzer& analyzer_;
    const AnalysisCache& cache_;
    const std::vector<std::string>& dimensions_;
    std::uint64_t max_bytes_;
    std::unique_ptr<store::RevisionSource> source_;
};

} // namespace

Timeline build_timeline(const std::vector<store::RevisionInfo>& revisions,
                        const SourceFactory& open, const claims::AssessmentSetup& setup,
                        const AnalysisCache& cache, const TimelineOptions& options) {
    Timeline timeline;
    timeline.document = revisions.empty() ? std::string() : revisions.front().document;
    for (const auto& subject : setup.subjects) {
        timeline.subjects.push_back(subject.name);
    }
    timeline.dimensions = claims::dimension_names(setup.config.dimensions);
    timeline.configured = setup.config.dimensions;
    timeline.chosen_subject = setup.chosen;
    timeline.revisions.resize(revisions.size());
    timeline.steps.resize(revisions.empty() ? 0 : revisions.size() - 1);

    const claims::Analyzer analyzer(setup.lexicon, setup.subjects, setup.people,
                                    setup.config.analysis);
    const auto total = static_cast<std::uint32_t>(revisions.size());
    const std::uint32_t run_length = std::clamp(
        total / (std::max(1u, options.threads) * kRunsPerThread), kMinRunLength, kMaxRunLength);
    const std::uint32_t runs = (total + run_length - 1) / run_length;
    std::atomic<std::uint32_t> next_run{0};
    std::atomic<bool> failed{false};
    std::atomic<std::size_t> done{0};
    std::mutex progress_lock;
    std::exception_ptr failure;
    std::mutex failure_lock;

    auto work = [&] {
        Worker worker(revisions, open, setup, analyzer, cache, timeline.dimensions,
                      options.max_bytes);
        while (!failed) {
            const std::uint32_t run = next_run.fetch_add(1);
            if (run >= runs) {
                return;
            }
            const std::uint32_t begin = run * run_length;
            const std::uint32_t end = std::min(total, begin + run_length);
            try {
                worker.run(begin, end, timeline.revisions, timeline.steps);
            } catch (...) {
                const std::lock_guard guard(failure_lock);
                if (!failure) {
                    failure = std::current_exception();
                }
                failed = true;
                return;
            }
            const std::size_t finished = done += end - begin;
            if (options.progress) {
                const std::lock_guard guard(progress_lock);
                options.progress(finished, total);
            }
        }
    };
    // A thread costs a millisecond or two to start (its heap), a cached revision microseconds:
    // only runs with something to analyse get threads of their own.
    std::uint32_t runs_to_analyse = 0;
    for (std::uint32_t run = 0; run < runs; ++run) {
        const std::uint32_t begin = run * run_length;
        const std::uint32_t end = std::min(total, begin + run_length);
        for (std::uint32_t i = begin; i < end; ++i) {
            if (!cache.read(profile_entry_name(revisions[i])) ||
                (i > 0 && !cache.read(step_entry_name(revisions[i - 1], revisions[i])))) {
                ++runs_to_analyse;
                break;
            }
        }
    }
    const unsigned threads = std::max(1u, std::min<unsigned>(options.threads, runs_to_analyse));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) {
        pool.push_back(system::spawn(work));
    }
    work();
    for (auto& thread : pool) {
        thread.join();
    }
    if (failure) {
        std::rethrow_exception(failure);
    }
    return timeline;
}

} // namespace redraft::history
