#include "claims/word_starts.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
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
        if (key.size() >= 4) {
            std::uint32_t prefix = 0;
            std::memcpy(&prefix, key.data(), 4);
            const std::uint32_t h = prefix_hash(prefix);
            long_key_prefixes_[h >> 6] |= std::uint64_t{1} << (h & 63);
        }
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
    if (!initial_runs_.empty()) { // the index is of the terms as they were
        for (auto& each : slots_) {
            each.terms_by_initial = nullptr;
        }
        initial_runs_.clear();
        initial_terms_.clear();
    }
}

void WordStarts::add_patterns(std::string_view key,
                              const std::vector<Analyzer::Pattern>& patterns) {
    if (!key.empty()) {
        WordStart& slot = slot_for(key);
        slot.patterns = &patterns;
        slot.stops_scan = true;
    }
}

void WordStarts::add_pronoun_or_quote(std::string_view key) {
    if (!key.empty()) {
        WordStart& slot = slot_for(key);
        slot.pronoun_or_quote = true;
        slot.stops_scan = true;
    }
}

void WordStarts::index_by_initial(std::size_t least) {
    // A term's second initial as a letter's index (0 to 25), kNone where it has no second word to
    // test, kOther for another byte (no letter allows it).
    constexpr unsigned kNone = kLetters;
    constexpr unsigned kOther = kLetters + 1;
    const auto letter = [](const StartingTerm& term) {
        const auto c = static_cast<unsigned char>(term.second_initial);
        return c == 0 ? kNone : c >= 'a' && c <= 'z' ? unsigned(c - 'a') : kOther;
    };
    // The letters the second words of a key's terms start with (bit l for letter l), and how
    // many terms have no second initial.
    const auto present_letters = [&](const WordStart& slot, std::size_t& none) {
        std::uint32_t present = 0;
        none = 0;
        for (const StartingTerm& term : slot.terms) {
            if (const unsigned l = letter(term); l < kLetters) {
                present |= std::uint32_t{1} << l;
            } else if (l == kNone) {
                ++none;
            }
        }
        return present;
    };
    std::vector<WordStart*> indexed;
    std::size_t copies = 0; // sized before they are filled: the runs point into them
    for (auto& slot : slots_) {
        slot.terms_by_initial = nullptr;
        if (slot.terms.size() >= least) {
            indexed.push_back(&slot);
            // A list of the terms of no second initial, and one per letter present with its
            // own terms and those again.
            std::size_t none = 0;
            const std::uint32_t present = present_letters(slot, none);
            copies +=
                none * (1 + static_cast<std::size_t>(std::popcount(present))) + slot.terms.size();
        }
    }
    initial_runs_.assign(indexed.size() * kLetters, TermRun{});
    initial_terms_.clear();
    initial_terms_.reserve(copies);
    // The terms of `slot` a letter allows (`wanted`, or none but those of no initial), in order.
    const auto copy_run = [&](const WordStart& slot, unsigned wanted) {
        const std::size_t first = initial_terms_.size();
        for (const StartingTerm& term : slot.terms) {
            if (const unsigned l = letter(term); l == kNone || l == wanted) {
                initial_terms_.push_back(term);
            }
        }
        return TermRun{initial_terms_.data() + first,
                       initial_terms_.data() + initial_terms_.size()};
    };
    for (std::size_t k = 0; k < indexed.size(); ++k) {
        const WordStart& slot = *indexed[k];
        TermRun* const by_initial = initial_runs_.data() + k * kLetters;
        std::size_t none_count = 0;
        const std::uint32_t present = present_letters(slot, none_count);
        const TermRun none = copy_run(slot, kNone);
        for (unsigned l = 0; l < kLetters; ++l) {
            by_initial[l] = (present >> l & 1U) != 0 ? copy_run(slot, l) : none;
        }
        indexed[k]->terms_by_initial = by_initial;
    }
}

} // namespace redraft::claims
