#include "assess/passage_cues.hpp"

#include <redraft/assess/assess.hpp>
#include <redraft/text/ascii.hpp>
#include <redraft/text/edit_distance.hpp>
#include <redraft/text/tokens.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "assess/spelling.hpp"
#include "claims/quantities.hpp"

namespace redraft::assess {

using namespace detail;

using claims::CueKind;

namespace {

// Whether `text` holds a clause break: a comma, semicolon, colon, bracket, en dash or em dash.
bool has_clause_break(std::string_view text) {
    return text.find_first_of(",;:()") != std::string_view::npos ||
           text.find("\xe2\x80\x93") != std::string_view::npos ||
           text.find("\xe2\x80\x94") != std::string_view::npos;
}

// The characterization of `cues` that the certainty cue `c` stands right next to in `sentence`:
// at most three words between them, no clause break (a comma, semicolon, colon, bracket or dash)
// and no word that joins clauses, the nearer one when there are two.
const Cue* limited_characterization(std::string_view sentence, std::span<const Cue> cues,
                                    const Cue& c) {
    constexpr std::size_t kBetweenWords = 3;
    const Cue* best = nullptr;
    std::size_t best_gap = SIZE_MAX;
    for (const auto& other : cues) {
        if (other.kind != CueKind::characterization || other.end > sentence.size() ||
            c.end > sentence.size()) {
            continue;
        }
        const bool after = other.begin >= c.end;
        if (!after && other.end > c.begin) {
            continue; // overlapping: no neighbour
        }
        const std::string_view between = after ? sentence.substr(c.end, other.begin - c.end)
                                               : sentence.substr(other.end, c.begin - other.end);
        // The cheap tests first: a gap no nearer than the best, or of more than kBetweenWords
        // words, is ruled out before its bytes are searched (a long gap was searched for each
        // clause break in turn, some 4 M instructions of the 10 MB pair's comparison).
        if (between.size() >= best_gap) {
            continue;
        }
        // Nor past a word that joins or opens another clause: in "a decisive tightening and has
        // arguably kept the council together" *arguably* limits the keeping, not *decisive*.
        static constexpr std::array<std::string_view, 15> joints = {
            "and",    "or",      "nor",   "but",   "although", "though", "whereas", "however",
            "rather", "instead", "while", "which", "who",      "that",   "because"};
        std::size_t words = 0;
        bool joined = false;
        std::size_t at = 0;
        while (at < between.size() && words <= kBetweenWords && !joined) {
            const std::size_t end = std::min(between.find_first_of(" \t\n\r", at), between.size());
            if (end > at) {
                ++words;
                const std::string_view word = between.substr(at, end - at);
                joined = std::any_of(joints.begin(), joints.end(), [&](std::string_view joint) {
                    return text::folds_to(word, joint);
                });
            }
            at = end + 1;
        }
        if (joined || words > kBetweenWords || has_clause_break(between)) {
            continue;
        }
        best = &other;
        best_gap = between.size();
    }
    return best;
}

// The words and numbers next to [begin, end) in `text`, lowercased: up to kContextWords before
// it and as many after, each side joined by spaces (shorter at the sentence's edges).
constexpr std::size_t kContextWords = 2;
std::pair<std::string, std::string> neighbours(std::string_view text,
                                               const std::vector<text::Token>& tokens,
                                               std::uint32_t begin, std::uint32_t end) {
    std::pair<std::string, std::string> words;
    const auto append_lower = [&](std::string& out, const text::Token& t) {
        for (const char c : text.substr(t.begin, t.end - t.begin)) {
            out.push_back(text::ascii_lower(c));
        }
        out.push_back(' ');
    };
    // The last kContextWords words before it, kept in a ring rather than copied one by one.
    std::array<const text::Token*, kContextWords> before{};
    std::size_t before_count = 0;
    std::size_t after_count = 0;
    // Numbers count as words: "9%, 11% and 12%" -> "11%, 9% and 12%" moves each value away
    // from the other, so neither kept its words.
    for (const auto& t : tokens) {
        if (t.kind == text::TokenKind::punctuation) {
            continue;
        }
        if (t.end <= begin) {
            before[before_count++ % kContextWords] = &t;
        } else if (t.begin >= end && after_count < kContextWords) {
            append_lower(words.second, t);
            ++after_count;
        }
    }
    for (std::size_t k = before_count > kContextWords ? before_count - kContextWords : 0;
         k < before_count; ++k) {
        append_lower(words.first, *before[k % kContextWords]);
    }
    return words;
}

} // namespace

namespace detail {

std::optional<Span> respelt_in(const QuantityItem& q, std::string_view other_sentence) {
    const std::string_view written = q.quantity->text;
    const auto has_digit = [](std::string_view w) {
        return std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    const auto parts = text::tokenize(written);
    const auto part = [&](std::size_t k) {
        return written.substr(parts[k].begin, parts[k].end - parts[k].begin);
    };
    // The one word of the value that may be misspelt: the others are digits or punctuation,
    // written the same on both sides.
    std::optional<std::size_t> word;
    for (std::size_t k = 0; k < parts.size(); ++k) {
        if (parts[k].kind == text::TokenKind::word && !has_digit(part(k))) {
            if (word || part(k).size() < 4) {
                return std::nullopt;
            }
            word = k;
        }
    }
    if (!word) {
        return std::nullopt;
    }
    const std::string spelt = text::ascii_lowercase(part(*word));
    const std::size_t allowed = std::max<std::size_t>(1, spelt.size() / 3);
    const auto tokens = text::tokenize(other_sentence);
    const auto at = [&](std::size_t i) {
        return other_sentence.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
    };
    for (std::size_t first = 0; first + parts.size() <= tokens.size(); ++first) {
        bool same = true;
        for (std::size_t k = 0; k < parts.size() && same; ++k) {
            const std::string_view other = at(first + k);
            if (k != *word) {
                same = text::ascii_lowercase(other) == text::ascii_lowercase(part(k));
                continue;
            }
            if (tokens[first + k].kind != text::TokenKind::word || has_digit(other)) {
                same = false;
                continue;
            }
            const std::size_t distance = text::edit_distance(text::ascii_lowercase(other), spelt);
            same = distance > 0 && distance <= allowed;
        }
        if (!same) {
            continue;
        }
        const Span span{tokens[first].begin, tokens[first + parts.size() - 1].end};
        const auto [before, after] = neighbours(other_sentence, tokens, span.begin, span.end);
        if (before == q.before && after == q.after) {
            return span;
        }
    }
    return std::nullopt;
}

std::vector<WordedCount> worded_counts(std::string_view sentence,
                                       const std::vector<QuantityItem>& quantities,
                                       std::size_t item) {
    std::vector<WordedCount> counts;
    const auto tokens = text::tokenize(sentence);
    for (const auto& t : tokens) {
        if (t.kind != text::TokenKind::word) {
            continue;
        }
        // Every count word opens with one of these letters: most words are passed on one test.
        const char initial = text::ascii_lower(sentence[t.begin]);
        if (std::string_view("eftnos").find(initial) == std::string_view::npos) {
            continue;
        }
        const int value = claims::number_word(sentence.substr(t.begin, t.end - t.begin));
        if (value == 0 || std::any_of(quantities.begin(), quantities.end(), [&](const auto& q) {
                return q.item == item && q.quantity->begin < t.end && t.begin < q.quantity->end;
            })) {
            continue;
        }
        auto [before, after] = neighbours(sentence, tokens, t.begin, t.end);
        counts.push_back({Span{t.begin, t.end}, value, std::move(before), std::move(after)});
    }
    return counts;
}

bool may_hold_changed_count(std::string_view old_sentence, std::string_view new_sentence) {
    const std::size_t shorter = std::min(old_sentence.size(), new_sentence.size());
    std::size_t prefix = 0;
    while (prefix < shorter && old_sentence[prefix] == new_sentence[prefix]) {
        ++prefix;
    }
    std::size_t suffix = 0;
    while (suffix < shorter - prefix && old_sentence[old_sentence.size() - 1 - suffix] ==
                                            new_sentence[new_sentence.size() - 1 - suffix]) {
        ++suffix;
    }
    const auto letter = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
    };
    const auto holds_count = [&](std::string_view sentence) {
        // The differing bytes, widened to the words they touch.
        std::size_t begin = prefix;
        while (begin > 0 && letter(sentence[begin - 1])) {
            --begin;
        }
        std::size_t end = sentence.size() - suffix;
        while (end < sentence.size() && letter(sentence[end])) {
            ++end;
        }
        std::size_t at = begin;
        while (at < end) {
            while (at < end && !letter(sentence[at])) {
                ++at;
            }
            std::size_t stop = at;
            while (stop < end && letter(sentence[stop])) {
                ++stop;
            }
            if (stop > at && claims::number_word(sentence.substr(at, stop - at)) != 0) {
                return true;
            }
            at = stop;
        }
        return false;
    };
    return holds_count(old_sentence) || holds_count(new_sentence);
}

} // namespace detail

namespace {

// The quantities of `claim`, with the words around each, as run item `item`.
void add_quantities(const Claim& claim, const SentenceRef& ref, const document::Document& doc,
                    std::size_t item, QuantityWords& words, std::vector<QuantityItem>& out) {
    if (claim.quantities.empty()) {
        return;
    }
    if (!words.contains(&claim.quantities.front())) {
        const std::string_view sentence = sentence_view(doc, ref);
        const auto tokens = text::tokenize(sentence);
        for (const auto& q : claim.quantities) {
            words.emplace(&q, neighbours(sentence, tokens, q.begin, q.end));
        }
    }
    for (const auto& q : claim.quantities) {
        const auto& [before, after] = words.at(&q);
        out.push_back({&q, item, before, after});
    }
}

} // namespace

namespace detail {

PassageCues collect(const Run& run, Side side, const document::Document& doc,
                    const claims::DocumentAnalysis& analysis, const Selector& selected,
                    QuantityWords& words) {
    PassageCues passage;
    for (std::size_t i = 0; i < run.items.size(); ++i) {
        const auto& ref = side == Side::old_side ? run.items[i].old_ref : run.items[i].new_ref;
        if (!ref) {
            continue;
        }
        const Claim& claim = analysis.claim(ref->paragraph, ref->sentence);
        if (!selected.claim(claim)) {
            add_quantities(claim, *ref, doc, i, words, passage.other_quantities);
            continue;
        }
        passage.claims.push_back(i);
        const std::string_view sentence = sentence_view(doc, *ref);
        for (const auto& cue : claim.cues) {
            if (selected.subject && !cue.counts_for(*selected.subject)) {
                continue;
            }
            switch (cue.kind) {
            case CueKind::characterization:
                passage.characterizations.push_back({&cue, i});
                break;
            case CueKind::hedge:
            case CueKind::evidential:
            case CueKind::booster:
                if (cue.weight != 0.0) {
                    const bool accusation =
                        cue.kind == CueKind::evidential &&
                        std::any_of(claim.cues.begin(), claim.cues.end(), [&](const Cue& other) {
                            return other.kind == CueKind::attribution && other.begin == cue.begin &&
                                   other.end == cue.end;
                        });
                    passage.certainty.push_back(
                        {&cue, i, false, accusation,
                         limited_characterization(sentence, claim.cues, cue)});
                }
                break;
            case CueKind::negation:
                passage.negations.push_back({&cue, i}); // reported only when it governs nothing
                break;
            case CueKind::attribution:
            case CueKind::intensifier:
            case CueKind::downtoner:
                break;
            }
        }
        add_quantities(claim, *ref, doc, i, words, passage.quantities);
    }
    return passage;
}

} // namespace detail
} // namespace redraft::assess
