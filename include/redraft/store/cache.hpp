#pragma once
// Numbers computed from a revision's content (a paragraph count, say), kept across runs in the
// source's cache folder and keyed by blob id: git objects never change, so an entry never goes
// stale. A damaged line is ignored and recomputed; a cache that cannot be written is skipped:
// the cache only saves time, it is never needed for a right answer.

#include <redraft/store/source.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace redraft::store {

class ContentCache {
public:
    // `name` says what is cached and how it was computed, e.g. "paragraphs-plain-0.1.0": a
    // change of computation uses a new name, so old entries are never trusted.
    ContentCache(const RevisionSource& source, const std::string& name);

    std::optional<std::uint64_t> find(const std::string& blob_id) const;
    void add(const std::string& blob_id, std::uint64_t value);
    // Appends the entries added since loading (one write, so concurrent runs do not interleave
    // lines). Failures are ignored.
    void save();

private:
    std::filesystem::path file_;
    std::unordered_map<std::string, std::uint64_t> entries_;
    std::vector<std::pair<std::string, std::uint64_t>> added_;
};

} // namespace redraft::store
