#include "claims/word_starts.hpp"

#include <utility>

namespace redraft::claims {

WordStart& WordStarts::slot_for(std::string_view key) {
    if (2 * (used_ + 1) > slots_.size()) {
        std::vector<WordStart> old = std::move(slots_);
        slots_.assign(old.empty() ? 64 : 2 * old.size(), WordStart{});
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

void WordStarts::add_pronoun_or_quote(std::string_view key) {
    if (!key.empty()) {
        slot_for(key).pronoun_or_quote = true;
    }
}

} // namespace redraft::claims
