// What one side of a passage holds for a comparison: its characterizations, hedges, boosters,
// negations and quantities (with the words around each), for the claims selected.
#pragma once

#include <redraft/assess/assess.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "assess/passages.hpp"

namespace redraft::assess::detail {

using claims::Claim;
using claims::Cue;

enum class Side { old_side, new_side };

struct CueItem {
    const Cue* cue = nullptr;
    std::size_t item = 0; // index in the run
    bool matched = false;
    // An evidential whose words also attribute: an accusation or a charge ("was accused of").
    bool accusation = false;
    // For a hedge, evidential or booster: the characterization of its sentence it stands next
    // to, in the same clause ("occasionally cruel", "reckless at times"), which it limits; null
    // for one that weighs on the claim as a whole ("Reportedly, she was ...").
    const Cue* limits = nullptr;
};

struct QuantityItem {
    const claims::Quantity* quantity = nullptr;
    std::size_t item = 0;
    // The words right before and after it in its sentence, lowercased ("kessler won" and "of
    // the" around "62%" in "Kessler won 62% of the vote"): a value that kept them moved with
    // its words. Views into the comparison's QuantityWords.
    std::string_view before, after;
};

// A stretch of a sentence, in bytes.
struct Span {
    std::uint32_t begin = 0, end = 0;
};

// A value holding one word (a month) whose place in the other side's sentence holds the same
// value with a near spelling of that word, between the same words: "she said in Novemeber, and"
// -> "she said in November, and", or "higher on 23 Novmber." -> "higher on 23 November." (where
// the misspelt side reads the day alone as a number), is a spelling corrected into a value (or,
// the other way, broken), a copy-edit, not a value added or removed. Returns the span of the
// other sentence that holds it, so that a number read there inside it ("23") goes too. A word
// with a digit is never a spelling of another ("2025" -> "2026").
std::optional<Span> respelt_in(const QuantityItem& q, std::string_view other_sentence);

// A count written as a word ("four", "Twelve", "twenty-one") in a sentence, with the words
// around it as a QuantityItem keeps them. The analysis reads such a count only before a unit of
// polls or time ("four days"); where one side of a pair of sentences has a number in digits and
// the other a count in words in its place, between the same words ("Only 4 laboratories
// reported" -> "Only four laboratories reported"), the two are one number, kept or changed; so
// are two counts in words in the same place ("four laboratories" -> "five laboratories"). A word
// inside a quantity of the sentence is none ("four days" is compared as a quantity).
struct WordedCount {
    Span span;
    int value = 0;
    std::string before, after;
};
std::vector<WordedCount> worded_counts(std::string_view sentence,
                                       const std::vector<QuantityItem>& quantities,
                                       std::size_t item);
// Whether the words that differ between two sentences of a pair (from the first byte that
// differs to the last, widened to whole words) hold a count in words on either side: only then
// can a count have been respelt or changed (worded_counts), and most pairs are passed over
// without a look at their tokens.
bool may_hold_changed_count(std::string_view old_sentence, std::string_view new_sentence);

struct PassageCues {
    std::vector<CueItem> characterizations, certainty, negations;
    std::vector<QuantityItem> quantities;
    // Quantities of the passage's sentences that are no selected claims ("Together they won a
    // truce that held for 93 days", split off a claim about the subject): a value of a claim
    // that went there with its words moved, it was not dropped.
    std::vector<QuantityItem> other_quantities;
    std::vector<std::size_t> claims; // run items holding a selected claim
};

// The claims a comparison looks at, and the cues of theirs that count: for one subject, a
// characterization inside another person's noun phrase ("Trump’s victory") does not.
struct Selector {
    std::function<bool(const Claim&)> claim;
    std::optional<std::uint32_t> subject; // none: every cue counts
};

// The words around each quantity of the claims compared (neighbours), worked out once per
// comparison: a passage is collected on both sides once per subject and once more for the
// sentence notes, and its sentences were tokenized again each time.
using QuantityWords =
    std::unordered_map<const claims::Quantity*, std::pair<std::string, std::string>>;

PassageCues collect(const Run& run, Side side, const document::Document& doc,
                    const claims::DocumentAnalysis& analysis, const Selector& selected,
                    QuantityWords& words);

// Greedy pairing of the unmatched items of both sides that satisfy `same`, in reading order.
template <typename Item, typename Same, typename OnPair>
void pair_up(std::vector<Item>& olds, std::vector<Item>& news, Same same, OnPair on_pair) {
    for (auto& n : news) {
        if (n.matched) {
            continue;
        }
        for (auto& o : olds) {
            if (!o.matched && same(o, n)) {
                o.matched = true;
                n.matched = true;
                on_pair(o, n);
                break;
            }
        }
    }
}

} // namespace redraft::assess::detail
