#include "claims/cue_search.hpp"

#include <redraft/claims/claims.hpp>
#include <redraft/text/ascii.hpp>
#include <redraft/text/tokens.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claims/sentence_words.hpp"
#include "claims/word_set.hpp"
#include "claims/word_starts.hpp"

namespace redraft::claims::detail {

using namespace std::string_view_literals;

namespace {

// `span` as a new CueSpan, its strings emptied in place: find_cues reuses the cues of the sentence
// before, whose strings keep their buffers, where constructing each cue anew (eight strings) and
// destroying it after cost more than the cue's search. The structured binding names every member
// of a cue, so that a member added to BasicCue and not here fails to compile.
void reset_cue(CueSpan& span) {
    auto& [kind, entry, id, term, words, begin, end, dimension, ambivalent, negated, governs,
           negation, scale, modifier, weight, holder, holder_key, holder_referent, partial, owner,
           owner_subject, holder_subject] = span.cue;
    static_assert(sizeof(CueSpan) == sizeof(CueDraft) + 4 * sizeof(std::uint32_t),
                  "a CueSpan member added: reset it here");
    static const CueDraft fresh; // the defaults
    kind = fresh.kind;
    entry = fresh.entry;
    id = fresh.id;
    term = fresh.term;
    words.clear();
    begin = fresh.begin;
    end = fresh.end;
    dimension = fresh.dimension;
    ambivalent = fresh.ambivalent;
    negated = fresh.negated;
    governs = fresh.governs;
    negation.clear();
    scale = fresh.scale;
    modifier.clear();
    weight = fresh.weight;
    holder.clear();
    holder_key.clear();
    holder_referent.clear();
    partial.clear();
    owner.clear();
    owner_subject = fresh.owner_subject;
    holder_subject = fresh.holder_subject;
    span.first = 0;
    span.last = 0;
    span.held_by = CueSpan::kNotHeld;
    span.dropped = false;
    span.prefixed = false;
}

// Whether a term with `wildcards` '*' may end within its reach from word `at`: its last word
// stands somewhere it could ("in * view" needs "view" two to four words on). Words that start many
// wildcard terms ("in", "no") would otherwise try every one of them at every occurrence.
// The words [begin, end) where that last word may stand. Inline: asked for every wildcard term
// tried.
[[gnu::always_inline]] inline std::pair<std::uint32_t, std::uint32_t>
last_key_reach(const Words& words, std::uint32_t at, const std::vector<std::string>& keys,
               std::size_t wildcards) {
    const std::size_t first = at + keys.size() - 1;
    const std::size_t last =
        std::min(words.tokens.size(), first + wildcards * (kMaxAnyWords - 1) + 1);
    return {static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(std::max(first, last))};
}

bool last_key_within_reach(const Words& words, std::uint32_t at,
                           const std::vector<std::string>& keys, std::size_t wildcards) {
    const auto [first, last] = last_key_reach(words, at, keys, wildcards);
    for (std::size_t j = first; j < last; ++j) {
        if (words.may_be_key(j, keys.back()) && words.key(j) == keys.back()) {
            return true;
        }
    }
    return false;
}

// The initials of the words from `begin` to `end` as bits, as Words::may_be_key reads a word's
// first letter: bit 0-25 for a to z, 26 for another ASCII byte, every bit for a word whose first
// byte is not ASCII (a folded or curly letter, whose key may start with anything).
std::uint32_t initials_of(std::string_view sentence, const Words& words, std::uint32_t begin,
                          std::uint32_t end) {
    std::uint32_t bits = 0;
    for (std::uint32_t j = begin; j < end; ++j) {
        const std::string_view word = words.text(sentence, j);
        const auto first = word.empty() ? 0x80U : static_cast<unsigned char>(word.front());
        if (first >= 0x80) {
            return ~std::uint32_t{0};
        }
        const auto lower = static_cast<unsigned char>(text::ascii_lower(static_cast<char>(first)));
        bits |= lower >= 'a' && lower <= 'z' ? std::uint32_t{1} << (lower - 'a')
                                             : std::uint32_t{1} << 26;
    }
    return bits;
}

// A term's -ing words meet only -ing forms: "striking" is no "strike", "posturing" no "posture",
// "embarrassing" no "embarrassed".
bool ing_forms_match(std::string_view sentence, const Words& words, std::uint32_t at,
                     const LexiconEntry& entry) {
    // A quoted term's words only as written: "\"patient\"" is no "patients".
    for (std::uint32_t k = 0; k < entry.exact_words.size(); ++k) {
        if (!written_as(words.text(sentence, at + k), entry.exact_words[k])) {
            return false;
        }
    }
    const std::uint32_t fixed = entry.ing_forms | entry.non_ing_forms;
    for (std::uint32_t k = 0; fixed >> k != 0; ++k) {
        if ((fixed >> k & 1U) != 0 &&
            is_ing_form(words.text(sentence, at + k)) != ((entry.ing_forms >> k & 1U) != 0)) {
            return false;
        }
    }
    return true;
}

// Characterizations form one layer and every other kind a second: inside a layer the longest
// term wins and its words are not matched again ("prudent legalist" over "prudent"), but the
// layers do not hide each other ("unparalleled popularity" is a characterization and
// "unparalleled" still a booster). One lookup per word serves both layers. Cues come out in
// reading order.
// Rows that deny a view on behalf of nobody, read where the words name nobody: "A few historians
// would call her reckless" says some do (a row on "few" does not match after "a"), and "No doubt
// critics would call her reckless", "no wonder", "no matter" are no people ("no * would call"
// needs its people after "no"). The words are left to the hedge and the attribution they hold.
bool names_nobody(std::string_view sentence, const Words& words, std::uint32_t at,
                  const LexiconEntry& entry) {
    if (entry.kind != CueKind::negation || words.tokens[at].kind == text::TokenKind::punctuation) {
        return false;
    }
    if (entry.term.starts_with("few "sv)) {
        if (at == 0 || words.tokens[at - 1].kind == text::TokenKind::punctuation) {
            return false;
        }
        const std::string_view before = words.text(sentence, at - 1);
        return before == "a" || before == "A";
    }
    if (entry.term.starts_with("no * "sv) && at + 1 < words.tokens.size()) {
        static const WordSet adverbial = {"doubt", "wonder", "matter", "question", "surprise"};
        return adverbial.contains(words.key(at + 1));
    }
    return false;
}

// The row of a passive judgement ("was outwitted", "were outplayed") for a participle whose
// active row matched at `at` ("outwitted", praise), where a form of *be* stands before it past a
// negation or an adverb: "was not outwitted", "wasn't outplayed", "was comprehensively
// outclassed" are the passive, the fault, denied or not (task s3). The passive rows name their
// form of *be* as the first of their two words; a contraction ("wasn't") is its form and the
// negation in one word.
const LexiconEntry* passive_row_across(const Lexicon& lexicon, std::string_view sentence,
                                       const Words& words, std::uint32_t at, std::uint32_t* row) {
    constexpr std::uint32_t kMostBetween = 2; // "was not easily outwitted"
    static const std::string was = word_key("was");
    static const std::string were = word_key("were");
    std::uint32_t k = at;
    std::string_view be_key;
    for (std::uint32_t between = 0; k > 0 && between <= kMostBetween; ++between) {
        --k;
        if (!is_word(words, k)) {
            return nullptr;
        }
        const std::string_view lower = words.lower(sentence, k);
        if (lower == "wasn't" || lower == "wasn’t") {
            be_key = was;
        } else if (lower == "weren't" || lower == "weren’t") {
            be_key = were;
        } else if (between > 0 && (lower == "was" || lower == "were" || lower == "been" ||
                                   lower == "be" || lower == "got")) {
            be_key = words.key(k); // right before the participle, the row itself matched
        } else if (lower == "not" || lower == "never" ||
                   (lower.size() > 4 && lower.ends_with("ly"sv))) {
            continue;
        }
        break;
    }
    if (be_key.empty()) {
        return nullptr;
    }
    const std::vector<std::uint32_t>* rows = lexicon.candidates(be_key);
    if (rows == nullptr) {
        return nullptr;
    }
    const std::string_view participle = words.key(at);
    for (const std::uint32_t e : *rows) {
        const LexiconEntry& entry = lexicon.entry(e);
        if (entry.kind == CueKind::characterization && entry.keys.size() == 2 &&
            entry.keys[0] == be_key && entry.keys[1] == participle) {
            *row = e;
            return &entry;
        }
    }
    return nullptr;
}

// Reads each one-word characterization that is a passive's participle as its passive row
// (passive_row_across), where the form of *be* stands apart from it.
void read_passives_across(const Lexicon& lexicon, std::string_view sentence, const Words& words,
                          std::vector<CueSpan>& found) {
    for (CueSpan& span : found) {
        if (span.cue.kind != CueKind::characterization || span.first != span.last ||
            span.first < 2) {
            continue;
        }
        std::uint32_t row = 0;
        if (const LexiconEntry* passive =
                passive_row_across(lexicon, sentence, words, span.first, &row)) {
            set_cue(span, *passive, row, sentence, words, span.first, span.last);
        }
    }
}

// A row of several words read across a negation that stands before its last word: "his job is
// not safe", "her job is far from safe", "his job is no longer safe" and "his job isn't safe"
// are *job is safe* (task v1), whose words the negation splits, where a row matches only
// consecutive words. The row is read on its last word, after the negation, which governs it as
// it governs any cue after it, as a passive row is read on its participle. Only where no
// characterization covers the words around the negation, only after a verb of being (a
// predicate denied), only rows without a '*', a quoted word or an -ing word of their own, and
// at most three words before the negation.
void read_rows_across_negations(const Lexicon& lexicon, std::string_view sentence,
                                const Words& words, std::vector<CueSpan>& found) {
    constexpr std::uint32_t kMostBefore = 3;
    static const std::string is = word_key("is");
    static const std::string was = word_key("was");
    static const WordSet copulas = {"is",    "was",    "are",     "were",     "be",
                                    "been",  "remain", "remains", "remained", "look",
                                    "looks", "looked", "seem",    "seems",    "seemed"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    std::vector<CueSpan> across;
    for (const CueSpan& negation : found) {
        const std::uint32_t after = negation.last + 1;
        if (negation.cue.kind != CueKind::negation || negation.first == 0 || after >= count ||
            !is_word(words, after)) {
            continue;
        }
        // "isn't", "wasn't": the form of *be* and the negation in one word.
        const std::string_view word = words.lower(sentence, negation.first);
        const std::string* be = nullptr;
        if (negation.first == negation.last) {
            if (word == "isn't" || word == "isn’t") {
                be = &is;
            } else if (word == "wasn't" || word == "wasn’t") {
                be = &was;
            }
        }
        // Only a predicate denied: a verb of being right before the negation ("is not safe"),
        // not a verb denied ("should not resign" is no *should resign* denied).
        if (be == nullptr && (!is_word(words, negation.first - 1) ||
                              !copulas.contains(words.lower(sentence, negation.first - 1)))) {
            continue;
        }
        const std::uint32_t from = negation.first >= kMostBefore ? negation.first - kMostBefore : 0;
        if (std::any_of(found.begin(), found.end(), [&](const CueSpan& c) {
                return c.cue.kind == CueKind::characterization && c.last >= from &&
                       c.first <= after;
            })) {
            continue;
        }
        bool read = false;
        for (std::uint32_t start = negation.first; start-- > from && !read;) {
            if (!is_word(words, start)) {
                break;
            }
            const std::vector<std::uint32_t>* rows = lexicon.candidates(words.key(start));
            if (rows == nullptr) {
                continue;
            }
            const std::size_t before = negation.first - start + (be != nullptr ? 1 : 0);
            for (const std::uint32_t e : *rows) {
                const LexiconEntry& entry = lexicon.entry(e);
                if (entry.kind != CueKind::characterization || entry.keys.size() != before + 1 ||
                    entry.term.find('*') != std::string_view::npos || !entry.exact_words.empty() ||
                    (entry.ing_forms | entry.non_ing_forms) != 0 ||
                    entry.keys.back() != words.key(after) ||
                    (be != nullptr && entry.keys[before - 1] != *be)) {
                    continue;
                }
                bool same = true;
                for (std::uint32_t k = start; k < negation.first && same; ++k) {
                    same = words.key(k) == entry.keys[k - start];
                }
                if (same) {
                    set_cue(across.emplace_back(), entry, e, sentence, words, after, after);
                    read = true;
                    break;
                }
            }
        }
    }
    for (CueSpan& span : across) {
        const auto at = std::find_if(found.begin(), found.end(),
                                     [&](const CueSpan& c) { return c.first >= span.first; });
        found.insert(at, std::move(span));
    }
}

} // namespace

void find_cues(const Lexicon& lexicon, std::string_view sentence, const Words& words,
               std::vector<CueSpan>& found, std::vector<CueLane>& lanes) {
    std::size_t cues = 0; // found so far: the cues after them are the sentence before's
    const auto next_cue = [&]() -> CueSpan& {
        if (cues < found.size()) {
            reset_cue(found[cues]);
            return found[cues++];
        }
        ++cues;
        return found.emplace_back();
    };
    // Emptied in place, not cleared: cleared, they were grown again (a call of
    // vector::_M_default_append) at the first term of nearly every sentence.
    for (CueLane& lane : lanes) {
        lane = CueLane{};
    }
    // Read once: a vector's size is computed where it is asked, and this loop asks often (and
    // reads the lanes' again after every cue added to `found`, which it cannot tell apart).
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    std::size_t lane_count = lanes.size();
    CueLane* lane_at = lanes.data();
    // Only the words where a term starts (Words::with_terms).
    const std::uint32_t* const with_terms = words.with_terms.data();
    const LexiconEntry* const rows = lexicon.entries().data(); // likewise
    for (std::uint32_t n = 0; n < words.with_terms_count; ++n) {
        const std::uint32_t i = with_terms[n];
        const WordStart* start = words.starts[i];
        // Every lane holds no match of this word yet (a word that matched clears its lanes).
        bool matched = false;
        // Most terms differ from the text at their second word, which its first letter tells
        // as in Words::may_start_with: kAnyInitial where it cannot (a folded or curly first
        // character), 0 where no word follows.
        constexpr int kAnyInitial = 256;
        int next_initial = 0;
        if (i + 1 < count) {
            const std::string_view next = words.text(sentence, i + 1);
            const auto first = next.empty() ? 0x80 : static_cast<unsigned char>(next.front());
            next_initial =
                first >= 0x80
                    ? kAnyInitial
                    : static_cast<unsigned char>(text::ascii_lower(static_cast<char>(first)));
        }
        // The initials of the words where a wildcard term's last word may stand, read once for
        // the terms of one shape: a word such as "in" starts a dozen ("in * view", "in * eyes",
        // ...), whose last words are mostly not there.
        std::uint32_t reach_begin = 0;
        std::uint32_t reach_end = 0;
        std::uint32_t reach_initials = 0;
        // Characterizations first, then the other kinds (the order of start->terms); of a word
        // that starts many, before a word that opens with a letter, only those the letter allows
        // (the same test as below).
        const TermRun terms =
            start->terms_by_initial != nullptr && next_initial >= 'a' && next_initial <= 'z'
                ? start->terms_by_initial[next_initial - 'a']
                : start->terms;
        for (const StartingTerm& term : terms) {
            if (term.second_initial != 0 && next_initial != kAnyInitial &&
                next_initial != static_cast<unsigned char>(term.second_initial)) {
                continue;
            }
            if (term.lane >= lane_count) {
                lanes.resize(term.lane + 1);
                lane_count = lanes.size();
                lane_at = lanes.data();
            }
            CueLane& lane = lane_at[term.lane];
            const LexiconEntry& entry = rows[term.entry];
            // After a match in a lane only the same term joins it (on another row), never a
            // shorter one nor a wildcard term as long ("view * as" after "view him as").
            if (lane.free_from > i ||
                (lane.keys != nullptr && lane.keys != &entry.keys && entry.keys != *lane.keys)) {
                continue;
            }
            if (term.wildcards != 0) {
                const auto [begin, end] = last_key_reach(words, i, entry.keys, term.wildcards);
                if (begin != reach_begin || end != reach_end) {
                    reach_begin = begin;
                    reach_end = end;
                    reach_initials = initials_of(sentence, words, begin, end);
                }
                if ((reach_initials & term.last_initial) == 0 ||
                    !last_key_within_reach(words, i, entry.keys, term.wildcards)) {
                    continue;
                }
            }
            const std::uint32_t covered = term.wildcards == 0
                                              ? words.plain_match_length_from_start(i, entry.keys)
                                              : words.match_length_from_start(i, entry.keys);
            if (covered == 0 || (term.doubled && !is_ed_or_ing_form(words.text(sentence, i))) ||
                !ing_forms_match(sentence, words, i, entry) ||
                names_nobody(sentence, words, i, entry)) {
                continue;
            }
            lane.length = covered;
            lane.keys = &entry.keys;
            matched = true;
            set_cue(next_cue(), entry, term.entry, sentence, words, i, i + covered - 1);
        }
        if (!matched) {
            continue; // most words that start a term match none: their lanes stay as they were
        }
        for (auto& lane : lanes) {
            if (lane.length > 0) {
                lane.free_from = i + lane.length;
            }
            lane.length = 0;
            lane.keys = nullptr;
        }
    }
    found.resize(cues); // the sentence before's that were not reused
    // In reading order: every cue found at word i starts there.
    read_passives_across(lexicon, sentence, words, found);
    if (std::any_of(found.begin(), found.end(),
                    [](const CueSpan& c) { return c.cue.kind == CueKind::negation; })) {
        read_rows_across_negations(lexicon, sentence, words, found);
    }
}

[[gnu::noinline]] void erase_marked_from(std::vector<CueSpan>& cues, std::size_t first) {
    const std::size_t count = cues.size();
    std::size_t kept = first;
    for (std::size_t i = first; i < count; ++i) {
        if (!cues[i].dropped) {
            if (kept != i) {
                cues[kept] = std::move(cues[i]);
            }
            ++kept;
        }
    }
    cues.resize(kept);
}

} // namespace redraft::claims::detail
