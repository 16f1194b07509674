#include "claims/word_starts.hpp"

#include <algorithm>
#include <utility>

namespace redraft::claims {

void WordStarts::rehash(std::size_t slots) {
    std::vector<WordStart> old = std::move(slots_);
    slots_.clear();
    slots_.resize(slots);
    mask_ = slots_.size() - 1;
    for (auto& entry : old) {
        if (!entry.key.empty()) {
            std::size_t i = hash(entry.key) & mask_;
            while (!slots_[i].key.empty()) {
                i = (i + 1) & mask_;
            }
            slots_[i] = std::move(entry);
        }
    }
}

void WordStarts::reserve(std::size_t keys) {
    std::size_t slots = std::max<std::size_t>(slots_.size(), 64);
    while (2 * keys > slots) {
        slots *= 2;
    }
    if (slots != slots_.size()) {
        rehash(slots);
    }
}

WordStart& WordStarts::slot_for(std::string_view key) {
    if (2 * (used_ + 1) > slots_.size()) {
        rehash(slots_.empty() ? 64 : 2 * slots_.size());
    }
    std::size_t i = hash(key) & mask_;
    while (!slots_[i].key.empty() && slots_[i].key != key) {
        i = (i + 1) & mask_;
    }
    if (slots_[i].key.empty()) {
        slots_[i].key = std::string(key);
        ++used_;
    }
    return slots_[i];
}

void WordStarts::add_terms(std::string_view key, std::vector<StartingTerm> terms) {
    if (!key.empty()) {
        slot_for(key).terms = std::move(terms);
    }
}

void WordStarts::add_patterns(std::string_view key,
                              const std::vector<Analyzer::Pattern>& patterns) {
    if (!key.empty()) {
        slot_for(key).patterns = &patterns;
    }
}

} // namespace redraft::claims
