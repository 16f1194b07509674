// The lexicon cues of one sentence (CueSpan): found longest term first without overlaps, and the
// kinds of cue the other rules ask about.
#pragma once

#include <redraft/claims/claims.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claims/sentence_words.hpp"
#include "claims/word_starts.hpp"

namespace redraft::claims::detail {

// A cue as the rules build it: its words in strings of its own, until store_cue copies them into
// its paragraph analysis.
using CueDraft = BasicCue<std::string>;

// Finds lexicon cues, longest term first, without overlaps. Records each cue's token range.
struct CueSpan {
    CueDraft cue;
    std::uint32_t first = 0; // token index
    std::uint32_t last = 0;  // token index, inclusive
    static constexpr std::uint32_t kNotHeld = UINT32_MAX;
    std::uint32_t held_by = kNotHeld; // index of the attribution whose holder holds this cue
    // Marked by a rule that removes the cue once it has looked at them all (erase_marked): a
    // flag in place rather than a vector<bool> per rule and sentence.
    bool dropped = false;
    // A characterization read from a word the lexicon lacks, a negative prefix on a positive term
    // ("unreasonable" for "reasonable"): counted only where a negation governs it (litotes).
    bool prefixed = false;
};

// Makes `span` the cue of lexicon row `e` (`entry`) read at words [first, last] of `sentence`.
// Inline: the cue search calls it for every cue it finds (0.4 M instructions on the 1 MB pair).
[[gnu::always_inline]] inline void set_cue(CueSpan& span, const LexiconEntry& entry,
                                           std::uint32_t e, std::string_view sentence,
                                           const Words& words, std::uint32_t first,
                                           std::uint32_t last) {
    span.first = first;
    span.last = last;
    span.cue.kind = entry.kind;
    span.cue.entry = e;
    span.cue.id = entry.id;
    span.cue.term = entry.term;
    slice_into(sentence, words.tokens[first], words.tokens[last], span.cue.words);
    span.cue.begin = words.tokens[first].begin;
    span.cue.end = words.tokens[last].end;
    span.cue.dimension = entry.dimension;
    span.cue.ambivalent = entry.ambivalent;
}

// The bit of initials_of that a word whose key is `key` has (every bit for an empty key).
inline std::uint32_t initial_bit(std::string_view key) {
    if (key.empty()) {
        return ~std::uint32_t{0};
    }
    const auto first = static_cast<unsigned char>(key.front());
    return first >= 'a' && first <= 'z' ? std::uint32_t{1} << (first - 'a')
                                        : std::uint32_t{1} << 26;
}

// Where a longer term hides a shorter one: characterizations on one dimension, or the other
// kinds together (StartingTerm::lane). A user's "misjudged moscow" on russia_stance must not
// hide "misjudge" on favorability.
struct CueLane {
    std::uint32_t free_from = 0; // the first word not inside a match
    // At the current word: what matched, longest term first.
    std::uint32_t length = 0;
    const std::vector<std::string>* keys = nullptr;
};

// Fills `found` (its cues reused from sentence to sentence, reset_cue, and its buffer, as
// `lanes`').
void find_cues(const Lexicon& lexicon, std::string_view sentence, const Words& words,
               std::vector<CueSpan>& found, std::vector<CueLane>& lanes);

// Removes the cues marked `dropped` from `first` on (the first one marked), keeping the others in
// order.
[[gnu::noinline]] void erase_marked_from(std::vector<CueSpan>& cues, std::size_t first);

// Removes the cues marked `dropped`, keeping the others in order. Inline: seven rules call it for
// every sentence with cues, and most drop nothing, so that the call cost more than the look.
[[gnu::always_inline]] inline void erase_marked(std::vector<CueSpan>& cues) {
    const std::size_t count = cues.size();
    for (std::size_t i = 0; i < count; ++i) {
        if (cues[i].dropped) {
            erase_marked_from(cues, i);
            return;
        }
    }
}

inline bool is_governable(CueKind kind) {
    return kind == CueKind::characterization || kind == CueKind::booster ||
           kind == CueKind::hedge || kind == CueKind::evidential;
}

inline bool is_scale(CueKind kind) {
    return kind == CueKind::intensifier || kind == CueKind::downtoner;
}

// A modal verb, which the lexicon lists as a hedge.
inline bool is_modal(const CueDraft& cue) {
    return cue.kind == CueKind::hedge &&
           (cue.term == "would" || cue.term == "could" || cue.term == "may" || cue.term == "might");
}

} // namespace redraft::claims::detail
