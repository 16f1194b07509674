#pragma once
// A document's whole history as the assessment sees it: each revision's profile per subject,
// and the headline changes between consecutive revisions. Analyses are cached per blob.

#include <redraft/assess/assess.hpp>
#include <redraft/claims/claims.hpp>
#include <redraft/claims/setup.hpp>
#include <redraft/history/cache.hpp>
#include <redraft/store/source.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace redraft::history {

// A characterization's occurrences at one revision, and how many of them are denied or held by
// others (as `assess` counts them): "reckless" twice, once "not reckless" and once "critics say",
// is no author calling the subject reckless twice.
struct TermCount {
    std::string term;
    std::uint32_t count = 0;
    std::uint32_t negated = 0;
    std::uint32_t attributed = 0;
};

// One subject's profile at one revision, as much of it as a timeline shows.
struct ProfilePoint {
    std::string subject;
    std::uint32_t mentions = 0;
    std::uint32_t claims = 0;
    std::vector<claims::DimensionScore> dimensions;
    std::vector<TermCount> characterizations; // most frequent first
};

struct RevisionPoint {
    store::RevisionInfo info;
    std::vector<ProfilePoint> profiles; // one per subject, in the subjects' order
    bool from_cache = false;
};

// What changed for one subject between two consecutive revisions.
struct SubjectStep {
    std::string subject;
    std::string summary;                         // assess::summarize's sentence
    std::map<std::string, std::uint32_t> counts; // change kind -> how many
    // Where a limit changed the diff of the pair (a sentence pair too long for a word diff), a
    // sentence saying so; the same for every subject of the step.
    std::vector<std::string> notes;
};

struct Step {
    std::uint32_t from = 0; // indices into Timeline::revisions
    std::uint32_t to = 0;
    std::vector<SubjectStep> subjects;
    bool from_cache = false;
};

struct Timeline {
    std::string document;
    std::vector<std::string> subjects;
    std::vector<std::string> dimensions;
    std::vector<claims::Dimension> configured;
    std::string chosen_subject;
    std::vector<RevisionPoint> revisions; // oldest first
    std::vector<Step> steps;              // revisions[i] -> revisions[i + 1]
    // Where a limit changed the result (a history cut short), a sentence saying so; every
    // renderer shows them.
    std::vector<std::string> notes;
};

struct TimelineOptions {
    unsigned threads = 1;
    std::uint64_t max_bytes = document::kMaxDocumentBytes; // a larger revision is an error
    // Called from any worker thread (serialized by the caller's own means) as revisions finish.
    std::function<void(std::size_t done, std::size_t total)> progress;
};

// Opens a fresh source for a worker thread (a source is not shared between threads).
using SourceFactory = std::function<std::unique_ptr<store::RevisionSource>()>;

// Analyses every revision of `revisions` (oldest first, all of one document) with `setup`,
// reading from sources that `open` makes, using and filling `cache`.
Timeline build_timeline(const std::vector<store::RevisionInfo>& revisions,
                        const SourceFactory& open, const claims::AssessmentSetup& setup,
                        const AnalysisCache& cache, const TimelineOptions& options);

} // namespace redraft::history
