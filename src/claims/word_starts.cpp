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

void WordStarts::reserve(std::size_t keys, std::size_t terms) {
    terms_.reserve(terms);
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

void WordStarts::add_terms(std::string_view key, std::span<const StartingTerm> terms) {
    if (key.empty()) {
        return;
    }
    const StartingTerm* const before = terms_.data();
    const auto at = static_cast<std::uint32_t>(terms_.size());
    terms_.insert(terms_.end(), terms.begin(), terms.end());
    if (terms_.data() != before) { // moved: every key's view again, from where its run starts
        for (auto& slot : slots_) {
            const StartingTerm* const run = terms_.data() + slot.terms_at;
            slot.terms = {run, run + slot.terms.size()};
        }
    }
    WordStart& slot = slot_for(key);
    slot.terms_at = at;
    slot.terms = {terms_.data() + at, terms_.data() + terms_.size()};
}

void WordStarts::add_patterns(std::string_view key,
                              const std::vector<Analyzer::Pattern>& patterns) {
    if (!key.empty()) {
        slot_for(key).patterns = &patterns;
    }
}

void WordStarts::add_pronoun_or_quote(std::string_view key) {
    if (!key.empty()) {
        slot_for(key).pronoun_or_quote = true;
    }
}

} // namespace redraft::claims
