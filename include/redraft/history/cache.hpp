#pragma once
// A cache of analyses on disk, under .redraft/cache/: one JSON file per entry, keyed by the
// content it was computed from and by everything the result depends on (redraft's analyzer
// version, the configuration, the lexicon, the subjects). Entries are written atomically and
// checked on read: a damaged entry is a miss, rebuilt, never trusted.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace redraft::history {

// Bumped whenever the analysis or what the cache stores changes meaning.
inline constexpr std::string_view kAnalyzerVersion = "redraft-analysis-1";

// 64-bit FNV-1a, as 16 hex digits: a key for cache entries (not a defence against tampering).
std::string content_hash(std::string_view bytes);

class AnalysisCache {
public:
    // No folder: every lookup misses and nothing is written.
    AnalysisCache() = default;
    // Entries live in `folder`/`key`/; `key` already folds in the analyzer version and the
    // configuration hash.
    AnalysisCache(std::filesystem::path folder, std::string key);

    bool enabled() const { return !folder_.empty(); }

    // The payload stored under `name`, when the entry exists and is intact.
    std::optional<std::string> read(const std::string& name) const;
    // Writes the entry whole or not at all (a temporary file renamed into place). Failure to
    // write (a read-only store) is not an error: the cache is an optimisation.
    void write(const std::string& name, std::string_view payload) const;

    const std::filesystem::path& folder() const { return folder_; }

private:
    std::filesystem::path folder_;
    std::string key_;
};

} // namespace redraft::history
