#pragma once
// Distinct strings numbered 0, 1, 2, ... in the order first seen, in one flat table: the people
// scan counts names, surnames and given names by these numbers rather than in string-keyed
// node maps, where hashing, allocating and comparing each key cost most of its time.

#include <redraft/text/string_store.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "claims/word_set.hpp"

namespace redraft::claims {

class StringIds {
public:
    // The number of `s`: a new one, after the last, when `s` was not seen before (a copy of it is
    // kept, so `s` need not outlive the call).
    std::uint32_t id(std::string_view s) {
        const std::uint64_t h = hash(s);
        if (2 * (texts_.size() + 1) > slots_.size()) {
            grow();
        }
        std::size_t i = h & mask_;
        for (; slots_[i] != kEmpty; i = (i + 1) & mask_) {
            const std::uint32_t found = slots_[i];
            if (hashes_[found] == h && same_word(texts_[found], s)) {
                return found;
            }
        }
        const auto added = static_cast<std::uint32_t>(texts_.size());
        slots_[i] = added;
        texts_.push_back(store_.add(s));
        hashes_.push_back(h);
        return added;
    }

    std::string_view text(std::uint32_t id) const { return texts_[id]; }
    std::size_t size() const { return texts_.size(); }

private:
    static constexpr std::uint32_t kEmpty = UINT32_MAX;

    static std::uint64_t hash(std::string_view s) { return WordSet::hash_of(s); }

    // Doubles the table (at most half full: probes stay short) and places every number again.
    void grow() {
        const std::size_t size = slots_.empty() ? 64 : 2 * slots_.size();
        slots_.assign(size, kEmpty);
        mask_ = size - 1;
        for (std::uint32_t id = 0; id < texts_.size(); ++id) {
            std::size_t i = hashes_[id] & mask_;
            while (slots_[i] != kEmpty) {
                i = (i + 1) & mask_;
            }
            slots_[i] = id;
        }
    }

    std::vector<std::uint32_t> slots_; // numbers, or kEmpty
    std::size_t mask_ = 0;
    std::vector<std::string_view> texts_; // by number, in store_
    std::vector<std::uint64_t> hashes_;   // by number
    text::StringStore store_{4096};
};

} // namespace redraft::claims
