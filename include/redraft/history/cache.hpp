#pragma once
// A cache of analyses on disk, under .redraft/cache/: entries keyed by the content they were
// computed from and by everything the result depends on (redraft's analyzer version, the
// configuration, the lexicon, the subjects). Entries are appended to one log file per key, each
// record checked on read: a damaged record is a miss, rebuilt, never trusted.

#include <redraft/claims/setup.hpp>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace redraft::history {

// Bumped whenever what the cache stores changes meaning. The key also holds a hash of the
// library's code (cmake/SourceHash.cmake): a build whose analysis differs in any way never reads
// another build's entries, so no rule change can leave stale results behind.
inline constexpr std::string_view kAnalyzerVersion = "redraft-analysis-5";

// 64-bit FNV-1a, as 16 hex digits: a key for cache entries (not a defence against tampering).
std::string content_hash(std::string_view bytes);

// A hash of everything an analysis depends on besides the text: the lexicon rows, the
// subjects, the dimensions, the other people named.
std::string setup_hash(const claims::AssessmentSetup& setup);
// The key of a cache's entries: the analyzer version, the hash of the library's code and
// setup_hash.
std::string cache_key(const claims::AssessmentSetup& setup);

class AnalysisCache {
public:
    // No folder: every lookup misses and nothing is written.
    AnalysisCache();
    // Entries live in `folder`/`key`/entries.log; `key` already folds in the analyzer version and
    // the configuration hash. The log is read once, here.
    AnalysisCache(std::filesystem::path folder, std::string key);
    AnalysisCache(AnalysisCache&&) noexcept;
    AnalysisCache& operator=(AnalysisCache&&) noexcept;
    ~AnalysisCache();

    bool enabled() const { return !folder_.empty(); }

    // The payload stored under `name`, when an intact record of it exists; it stays valid as
    // long as the cache. Safe to call from several threads.
    std::optional<std::string_view> read(const std::string& name) const;
    // Appends a record (one write(2) on a file opened with O_APPEND, so that concurrent writers
    // never interleave records; a later record of the same name wins). Failure to write (a
    // read-only store) is not an error: the cache is an optimisation. Safe to call from several
    // threads.
    void write(const std::string& name, std::string_view payload) const;

    const std::filesystem::path& folder() const { return folder_; }
    // The log file the records are appended to.
    std::filesystem::path log_file() const;

private:
    struct State;
    std::filesystem::path folder_;
    std::string key_;
    std::unique_ptr<State> state_;
};

} // namespace redraft::history
