#include "claims/scope.hpp"

#include <redraft/claims/claims.hpp>
#include <redraft/text/ascii.hpp>
#include <redraft/text/tokens.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claims/cue_search.hpp"
#include "claims/people.hpp"
#include "claims/sentence_words.hpp"
#include "claims/word_classes.hpp"
#include "claims/word_set.hpp"

namespace redraft::claims::detail {

using namespace std::string_view_literals;

namespace {

// Whether the word at `from`, right after "keep * from" (or "save * from", ...), is an -ing verb of
// an act rather than of becoming: "kept the board from seeing" (an act kept from happening) against
// "kept the dispute from turning bitter", "from becoming", "from sliding into".
bool keeps_from_an_act(std::string_view sentence, const Words& words, std::uint32_t from) {
    static const WordSet becoming = {"turning",  "becoming", "growing",    "getting",
                                     "sliding",  "going",    "falling",    "tipping",
                                     "drifting", "being",    "descending", "spiralling"};
    if (from >= words.tokens.size() || !is_word(words, from)) {
        return false;
    }
    const std::string_view next = words.lower(sentence, from);
    return next.size() > 5 && next.ends_with("ing") && !becoming.contains(next);
}

// The weight a partial negation leaves: "not always honest" is half of "not honest".
constexpr double kPartialNegation = 0.5;

// Intensifiers of excess: more of a quality than is good.
bool is_excess(std::string_view term) {
    return term == "too" || term == "overly" || term == "excessively" || term == "unduly";
}

// The scale word cues[g] multiplies the first governable cue that starts right after it, looking
// through the scale words chained to it ("very highly diplomatic"). An excess of a virtue is a
// fault ("too patient", "overly generous"): the virtue is turned over at half weight, as a partial
// negation turns it ("not always patient"), cited as negated by the excess word.
void apply_scale(std::vector<CueSpan>& cues, std::size_t g, const Lexicon& lexicon) {
    std::uint32_t next = cues[g].last + 1;
    for (std::size_t t = g + 1; t < cues.size(); ++t) {
        auto& target = cues[t];
        if (target.first < next) {
            continue; // inside the scale word's own span, or another layer's overlap
        }
        if (target.first > next) {
            return;
        }
        if (is_scale(target.cue.kind)) {
            next = target.last + 1;
            continue;
        }
        if (!is_governable(target.cue.kind)) {
            return;
        }
        // Not the "too" of "too popular to sack", which says "so popular that she was not
        // sacked": a degree that does something, not a fault.
        const bool so_that_not = std::any_of(cues.begin(), cues.end(), [&](const CueSpan& c) {
            return c.first == cues[g].first && c.cue.kind == CueKind::negation &&
                   c.cue.term == "too * to";
        });
        const auto& polarity = lexicon.entry(target.cue.entry).polarity;
        if (is_excess(cues[g].cue.term) && !so_that_not &&
            target.cue.kind == CueKind::characterization && polarity && *polarity > 0) {
            target.cue.scale *= kPartialNegation;
            target.cue.negated = !target.cue.negated;
            target.cue.negation = join_words(target.cue.negation, cues[g].cue.words);
            cues[g].cue.governs = true;
            return;
        }
        target.cue.scale *= lexicon.entry(cues[g].cue.entry).multiplier;
        target.cue.modifier = join_words(target.cue.modifier, cues[g].cue.words);
        cues[g].cue.governs = true;
        return;
    }
}

// Past an insertion that starts at token `at` ("not, by any measure, a timid regulator", "not
// — whatever her critics say — timid", "not (yet) reckless"): the token after its closing mark,
// or `at` when no insertion of a few words starts there.
std::uint32_t past_insertion(std::string_view sentence, const Words& words, std::uint32_t at) {
    if (at >= words.tokens.size() || words.tokens[at].kind != text::TokenKind::punctuation) {
        return at;
    }
    const std::string_view open = words.text(sentence, at);
    const std::string_view close = open == "(" ? ")" : open;
    if (open != "," && open != "(" && open != "\xe2\x80\x94" && open != "\xe2\x80\x93") {
        return at;
    }
    // Between commas only a short phrase ("by any measure", "of course"), and one that the
    // sentence goes on from: "If inflation does not, the ECB may have to tighten further, and
    // ..." is two clauses, not an insertion.
    const std::uint32_t most = open == "," ? 5 : 8;
    for (std::uint32_t k = at + 1; k < words.tokens.size() && k <= at + most + 1; ++k) {
        if (words.text(sentence, k) != close) {
            continue;
        }
        if (k == at + 1 || k + 1 >= words.tokens.size() || !is_word(words, k + 1) ||
            is_clause_break_word(words.text(sentence, k + 1))) {
            return at;
        }
        const std::string_view next = words.lower(sentence, k + 1);
        return next == "and" || next == "or" || next == "so" ? at : k + 1;
    }
    return at;
}

// Degree words after which a negation denies only in part: "not always", "not entirely".
bool is_partial_degree(std::string_view word) {
    static const WordSet degrees = {"always",  "entirely", "completely", "fully",   "wholly",
                                    "totally", "quite",    "altogether", "exactly", "necessarily"};
    return degrees.contains(word);
}

// An intensifier that, negated, leaves a partial denial ("not very", "not particularly"): any
// but the comparatives and "even", which make a denial no weaker ("never more decisive than",
// "not even competent").
bool is_degree_intensifier(std::string_view term) {
    static const WordSet not_degree = {"more",      "most",         "even",
                                       "ever more", "all the more", "increasingly"};
    return !not_degree.contains(term);
}

// "did not leave office without scandal", "never acted without caution", "did not survive the
// winter without criticism": a negation of a verb whose clause goes on to "without" denies the
// absence too, so what follows "without" happened. Only a plain negation of the clause (not
// "refuse to", "prevent"), no other negation between them, and "without" a few words on with
// no punctuation between: "She did not resign, without ..." and "without scandal, she did not"
// keep the absence.
bool denies_an_absence(const Words& words, const std::vector<CueSpan>& cues, std::size_t negation,
                       std::size_t absence, std::uint32_t from) {
    static const WordSet clause_negations = {
        "not",     "never",  "no",     "no longer", "did not",  "do not",  "does not",
        "cannot",  "didn't", "don't",  "doesn't",   "isn't",    "wasn't",  "aren't",
        "weren't", "won't",  "can't",  "couldn't",  "wouldn't", "hasn't",  "haven't",
        "hadn't",  "rarely", "seldom", "hardly",    "barely",   "scarcely"};
    constexpr std::uint32_t kMostWordsBetween = 6;
    const CueSpan& without = cues[absence];
    if (without.cue.term != "without" || !clause_negations.contains(cues[negation].cue.term) ||
        without.first < from || without.first > from + kMostWordsBetween) {
        return false;
    }
    for (std::uint32_t k = from; k < without.first; ++k) {
        if (!is_word(words, k)) {
            return false;
        }
    }
    for (std::size_t t = negation + 1; t < absence; ++t) {
        if (cues[t].cue.kind == CueKind::negation && !cues[t].dropped) {
            return false; // "did not hesitate to act without scruple": that one is denied
        }
    }
    return true;
}

// How one negation governs: its words as cited ("not", "not always") and whether it denies in
// part (half weight; a fault keeps its sign) or as a comparison ("far less": half weight).
struct Governor {
    std::size_t cue = SIZE_MAX; // the negation's index; SIZE_MAX for a word that is no cue
    bool partial = false;
    bool comparative = false;
    std::string governing;
};

// A negation whose scope reaches a verb of prevention with nothing it governs before it ("did
// not, in the end, prevent", "was not able to prevent"), or a negative pronoun as that verb's
// subject ("Nothing could prevent", "none of her aides could stop"): the prevention is denied,
// so its object happened and neither flips it alone; both apply to the verb's object.
struct DeniedPrevention {
    std::size_t prevention = 0; // index of the verb of prevention, or of a denied "without"
    Governor governor;
};

} // namespace

std::string_view nobody_before(std::string_view sentence, const Words& words, std::uint32_t verb) {
    constexpr std::uint32_t kSubjectReach = 5; // "None of her aides could prevent"
    for (std::uint32_t k = verb; k-- > 0 && verb - k <= kSubjectReach;) {
        if (is_break(sentence, words, k) || !is_word(words, k)) {
            return {};
        }
        const std::string_view word = words.text(sentence, k);
        if (text::folds_to(word, "and") || text::folds_to(word, "or")) {
            return {};
        }
        for (const std::string_view nobody : {"nothing", "nobody", "none", "no-one"}) {
            if (text::folds_to(word, nobody)) {
                return word;
            }
        }
    }
    return {};
}

void add_litotes(std::string_view sentence, const Words& words, std::vector<CueSpan>& cues,
                 const Lexicon& lexicon) {
    if (std::none_of(cues.begin(), cues.end(),
                     [](const CueSpan& c) { return c.cue.kind == CueKind::negation; })) {
        return; // most sentences: no negation, so no litotes
    }
    static const std::string_view prefixes[] = {"un", "in", "im", "ir", "il", "dis"};
    constexpr std::size_t kShortestBase = 4; // "unwise" is a row; "inapt", "unfit" are no bases
    const auto count = static_cast<std::uint32_t>(words.tokens.size()); // read once
    for (std::uint32_t i = 0; i < count; ++i) {
        if (!is_word(words, i)) {
            continue;
        }
        // Every prefix starts with u, i or d: most words are passed over on their first letter.
        const char initial = text::ascii_lower(sentence[words.tokens[i].begin]);
        if (initial != 'u' && initial != 'i' && initial != 'd') {
            continue;
        }
        const std::string_view lower = words.lower(sentence, i);
        const auto prefix = std::find_if(std::begin(prefixes), std::end(prefixes),
                                         [&](std::string_view p) { return lower.starts_with(p); });
        if (prefix == std::end(prefixes) || lower.size() < prefix->size() + kShortestBase ||
            std::any_of(cues.begin(), cues.end(), [&](const CueSpan& c) {
                return c.first <= i && i <= c.last && c.cue.kind == CueKind::characterization;
            })) {
            continue;
        }
        // "did not discourage dissent": a verb made from the term, which denies nothing of it.
        if (lower.starts_with("discourag"sv)) {
            continue;
        }
        const std::string_view base = lower.substr(prefix->size());
        const auto* candidates = lexicon.candidates(word_key(base));
        if (candidates == nullptr) {
            continue;
        }
        const auto at =
            std::find_if(cues.begin(), cues.end(), [&](const CueSpan& c) { return c.first > i; });
        std::vector<CueSpan> found;
        for (const std::uint32_t e : *candidates) {
            const auto& entry = lexicon.entry(e);
            if (entry.kind != CueKind::characterization || entry.keys.size() != 1 ||
                entry.ambivalent || !entry.polarity || *entry.polarity <= 0 ||
                (!entry.exact_words.empty() && !written_as(base, entry.exact_words[0]))) {
                continue;
            }
            CueSpan& span = found.emplace_back();
            set_cue(span, entry, e, sentence, words, i, i);
            span.prefixed = true;
        }
        cues.insert(at, std::make_move_iterator(found.begin()),
                    std::make_move_iterator(found.end()));
    }
}

void keep_the_if_of_requests(std::string_view sentence, const Words& words,
                             std::vector<CueSpan>& cues, const Lexicon& lexicon) {
    static const WordSet object_determiners = {"the",   "a",   "an",   "his", "her",
                                               "their", "its", "this", "one", "every"};
    static const WordSet no_object = {"to",   "for",  "of",   "in",    "on",
                                      "at",   "by",   "with", "about", "whether",
                                      "from", "what", "how",  "why",   "if"};
    for (auto& span : cues) {
        const std::string_view term = span.cue.term;
        if (span.cue.kind != CueKind::attribution || (term != "ask * if" && term != "asked * if")) {
            continue;
        }
        bool name = true;
        bool noun_phrase = span.first + 1 < span.last && is_word(words, span.first + 1) &&
                           object_determiners.contains(words.lower(sentence, span.first + 1));
        for (std::uint32_t k = span.first + 1; k < span.last; ++k) {
            const bool word = is_word(words, k);
            name = name && word && starts_with_capital(words.text(sentence, k));
            noun_phrase = noun_phrase && word && !no_object.contains(words.lower(sentence, k));
        }
        if (name || (noun_phrase && span.last - span.first <= 4)) {
            continue;
        }
        span.dropped = true;
        const std::uint32_t at = span.last;
        if (const auto* candidates = lexicon.candidates(word_key(words.lower(sentence, at)))) {
            for (const std::uint32_t e : *candidates) {
                const auto& entry = lexicon.entry(e);
                if (entry.kind == CueKind::hedge && entry.keys.size() == 1) {
                    set_cue(span, entry, e, sentence, words, at, at);
                    span.dropped = false;
                    break;
                }
            }
        }
    }
    erase_marked(cues);
}

void drop_litotes_of_unknown_words(std::string_view sentence, const Words& words,
                                   std::vector<CueSpan>& cues) {
    static const std::string_view not_prefixed[] = {"under", "until",    "unless",  "unto",
                                                    "uniq",  "unit",     "univers", "uniform",
                                                    "union", "unilater", "unanim",  "unison"};
    constexpr std::size_t kShortest = 6; // "unkind"
    constexpr std::uint32_t kNegationReach = 4;
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    bool dropped = false;
    for (auto& span : cues) {
        if (span.cue.kind != CueKind::negation) {
            continue;
        }
        std::uint32_t next = span.last + 1;
        if (next < count && is_word(words, next)) {
            const std::string_view article = words.lower(sentence, next);
            if (article == "a" || article == "an" || article == "the") {
                ++next;
            }
        }
        if (next >= count || !is_word(words, next)) {
            continue;
        }
        const std::string_view lower = words.lower(sentence, next);
        if (!lower.starts_with("un"sv) || lower.size() < kShortest ||
            std::any_of(std::begin(not_prefixed), std::end(not_prefixed),
                        [&](std::string_view w) { return lower.starts_with(w); }) ||
            std::any_of(cues.begin(), cues.end(), [&](const CueSpan& c) {
                // The word itself is a cue, or the negation may go on to one: "not unkind or
                // reckless" still denies "reckless".
                return (c.first <= next && next <= c.last) ||
                       (c.cue.kind == CueKind::characterization && c.first > next &&
                        c.first <= next + kNegationReach);
            })) {
            continue;
        }
        span.dropped = true;
        dropped = true;
    }
    if (dropped) {
        erase_marked(cues);
    }
}

void apply_litotes(std::vector<CueSpan>& cues) {
    constexpr double kLitotes = 0.5;
    for (auto& span : cues) {
        if (!span.prefixed) {
            continue;
        }
        if (!span.cue.negated) {
            span.dropped = true;
            continue;
        }
        span.cue.negated = false;
        span.cue.scale *= kLitotes;
        span.cue.modifier = join_words(span.cue.modifier, span.cue.negation);
        span.cue.negation.clear();
    }
    erase_marked(cues);
}

void apply_scope(std::string_view sentence, const Words& words, std::vector<CueSpan>& cues,
                 const Lexicon& lexicon) {
    std::vector<DeniedPrevention> denied; // allocates only where a prevention is denied
    // Applies one negation to a cue it governs.
    const auto govern = [&](CueSpan& target, const Governor& how) {
        if (how.comparative || how.partial) {
            target.cue.scale *= kPartialNegation;
        }
        if (how.cue != SIZE_MAX) {
            cues[how.cue].cue.governs = true;
        }
        if (how.partial) {
            // "not always reckless" still says she is reckless at times: a fault is softened,
            // not denied.
            const auto& polarity = lexicon.entry(target.cue.entry).polarity;
            if (target.cue.kind == CueKind::characterization && polarity && *polarity < 0) {
                target.cue.modifier = join_words(target.cue.modifier, how.governing);
                return;
            }
        }
        target.cue.negated = !target.cue.negated;
        target.cue.negation = join_words(target.cue.negation, how.governing);
    };
    for (std::size_t g = 0; g < cues.size(); ++g) {
        if (cues[g].dropped) {
            continue; // the degree word of a partial negation
        }
        const CueKind kind = cues[g].cue.kind;
        const bool negation = kind == CueKind::negation;
        const bool scale = kind == CueKind::intensifier || kind == CueKind::downtoner;
        if (!negation && !scale) {
            continue;
        }
        // "but rather a prudent legalist": a scale word right after "but" marks a contrast.
        if (scale && cues[g].first > 0 &&
            is_clause_break_word(words.text(sentence, cues[g].first - 1))) {
            continue;
        }
        if (scale) {
            apply_scale(cues, g, lexicon);
            continue;
        }
        const bool prevents = is_prevention_verb(cues[g].cue.term);
        if (prevents) {
            const std::string_view nobody = nobody_before(sentence, words, cues[g].first);
            if (!nobody.empty()) {
                denied.push_back({g, {SIZE_MAX, false, false, std::string(nobody)}});
            }
        }
        // Negations that follow each other directly compose ("not without courage", "never
        // anything but prudent", "never failed to"): the scope starts after the last of them.
        // A verb of prevention keeps its own scope, which the negation then shares ("failed
        // to prevent a crisis with decisive action" keeps *decisive*).
        std::uint32_t from = cues[g].last + 1;
        for (std::size_t t = g + 1; t < cues.size(); ++t) {
            if (cues[t].cue.kind == CueKind::negation && cues[t].first == from) {
                if (is_prevention_verb(cues[t].cue.term)) {
                    break;
                }
                from = cues[t].last + 1;
            }
        }
        // "not yet shown that", "not still": the adverb right after a negation is its own,
        // not a clause break.
        if (from < words.tokens.size() && is_word(words, from)) {
            const std::string_view adverb = words.lower(sentence, from);
            if (adverb == "yet" || adverb == "still") {
                ++from;
            }
        }
        // "far less predictable", "much less arrogant", "less patient than Okonjo": a
        // comparison, half a denial (she has less of it, not some of it).
        const bool comparative = cues[g].cue.term == "far less" ||
                                 cues[g].cue.term == "much less" || cues[g].cue.term == "less";
        // "not always honest", "not entirely convincing": a partial negation. The degree word
        // is no booster of its own, and what follows is denied only in part (half weight); a
        // fault keeps its sign at half weight.
        bool partial = false;
        std::string governing = cues[g].cue.words; // "not", or "not always" when partial
        if (from < words.tokens.size() && is_word(words, from) &&
            is_partial_degree(words.lower(sentence, from))) {
            partial = true;
            cues[g].cue.partial = words.text(sentence, from);
            governing += " " + cues[g].cue.partial;
            for (std::size_t t = g + 1; t < cues.size(); ++t) {
                if (cues[t].first == from && cues[t].last == from) {
                    cues[t].dropped = true;
                }
            }
            ++from;
        }
        // "not very transparent", "not particularly honest": a negated intensifier of degree
        // softens the denial, as a partial negation does; the intensifier scales nothing. Not
        // a comparative ("never more decisive than") nor the emphatic "not even competent".
        if (!partial) {
            for (std::size_t t = g + 1; t < cues.size(); ++t) {
                if (cues[t].first == from && cues[t].cue.kind == CueKind::intensifier &&
                    is_degree_intensifier(cues[t].cue.term)) {
                    partial = true;
                    cues[g].cue.partial = cues[t].cue.words;
                    governing += " " + cues[t].cue.words;
                    cues[t].dropped = true;
                    from = cues[t].last + 1;
                    break;
                }
            }
        }
        // "Not all of her decisions were prudent", "not every claim was honest": some were not,
        // a partial negation of what is said of them after the verb.
        if (!partial && from < words.tokens.size() && is_word(words, from)) {
            const std::string_view quantifier = words.lower(sentence, from);
            if (quantifier == "all" || quantifier == "every") {
                constexpr std::uint32_t kSubjectWords = 7;
                for (std::uint32_t k = from + 1;
                     k < words.tokens.size() && k <= from + kSubjectWords && is_word(words, k);
                     ++k) {
                    if (is_finite_be(words.lower(sentence, k))) {
                        partial = true;
                        cues[g].cue.partial = words.text(sentence, from);
                        governing += " " + cues[g].cue.partial;
                        from = k + 1;
                        break;
                    }
                }
            }
        }
        from = past_insertion(sentence, words, from);
        const std::uint32_t limit = from - 1 + kNegationWindow;
        // The first break after the governing words ends the scope, and so does a negation of
        // its own further on ("not reckless, not naive and not weak": each "not" governs one).
        // A comma between two characterizations lists them under the one negation ("no longer
        // the prudent, transparent leader"; "not reckless, naive or weak").
        // Not after a verb in the past ("never wavered, calm and decisive throughout"); an
        // Oxford comma before "or"/"and" still lists ("not naive, corrupt, or incompetent").
        const auto in_list = [&](std::uint32_t comma) {
            if (words.text(sentence, comma) != ",") {
                return false;
            }
            std::uint32_t next = comma + 1;
            if (next < words.tokens.size() && is_word(words, next)) {
                const std::string_view word = words.lower(sentence, next);
                next += word == "or" || word == "and" ? 1 : 0;
            }
            bool before = false, after = false;
            for (std::size_t t = g + 1; t < cues.size(); ++t) {
                if (cues[t].cue.kind == CueKind::characterization) {
                    before = before || (cues[t].last + 1 == comma &&
                                        !words.lower(sentence, cues[t].last).ends_with("ed"sv));
                    after = after || cues[t].first == next;
                }
            }
            return before && after;
        };
        // Inside a relative clause ("a leader who does not listen is a liability"), the main
        // clause's verb ends the scope: the negation is the clause's, not the sentence's.
        const auto relative = [&] {
            for (std::uint32_t k = cues[g].first; k-- > 0;) {
                if (!is_word(words, k)) {
                    return false;
                }
                const std::string_view word = words.lower(sentence, k);
                if (word == "who" || word == "which" || word == "that") {
                    return true;
                }
            }
            return false;
        }();
        const auto main_verb = [&](std::uint32_t k) {
            if (!relative || k <= from || !is_word(words, k)) {
                return false;
            }
            return is_finite_be(words.lower(sentence, k));
        };
        // "not a leader who is reckless", "It was not Kessler who was reckless": a relative
        // clause that only says what the negated noun is stays in the scope.
        const auto describes_the_negated = [&](std::uint32_t k) {
            if (!is_word(words, k) || k + 1 >= words.tokens.size()) {
                return false;
            }
            const std::string_view word = words.lower(sentence, k);
            return (word == "who" || word == "that") && is_finite_be(words.lower(sentence, k + 1));
        };
        // A verb of prevention denies its object only: "averted a crisis with decisive
        // action" keeps *decisive*.
        static const std::vector<std::string_view> means = {
            "with", "by", "through", "thanks", "using", "via", "after", "before", "during", "in"};
        const auto object_ends = [&](std::uint32_t k) {
            return prevents && k > from && is_word(words, k) &&
                   std::any_of(means.begin(), means.end(), [&](std::string_view m) {
                       return text::folds_to(words.text(sentence, k), m);
                   });
        };
        // A verb of response, of coming through or of concealment ends the scope after it and
        // its -ly adverbs: "never answers such criticism" keeps *criticism*, "did not survive
        // the scandal" keeps *scandal*, "does not hide her impatience" keeps *impatience*, "did
        // not respond decisively" denies *decisively*.
        std::uint32_t answered = UINT32_MAX;
        for (std::uint32_t k = from; k < words.tokens.size() && k <= limit && is_word(words, k);
             ++k) {
            const std::string_view verb = words.lower(sentence, k);
            if (presupposes_its_object(verb)) {
                answered = k + 1;
                while (answered < words.tokens.size() && is_word(words, answered) &&
                       words.lower(sentence, answered).ends_with("ly"sv)) {
                    ++answered;
                }
                break;
            }
        }
        // A verb of evidence in the window takes its complement into the scope, with a window
        // of its own from the verb ("has not shown herself to be decisive"), and the clause
        // after its "that" with one more (right after the verb, or after an object pronoun:
        // "shown us that", "proved to anyone that"): what the verb would have established.
        static const WordSet object_pronouns = {
            "me", "us", "him", "her", "them", "you", "anyone", "anybody", "everyone", "everybody"};
        std::uint32_t evidence = UINT32_MAX;
        std::uint32_t established = UINT32_MAX;
        const auto word_is = [&](std::uint32_t k, const auto& test) {
            return k < words.tokens.size() && is_word(words, k) && test(words.lower(sentence, k));
        };
        for (std::uint32_t k = from;
             k <= limit && k < answered && k < words.tokens.size() && is_word(words, k); ++k) {
            if (!is_evidence_verb(words.lower(sentence, k))) {
                continue;
            }
            evidence = k;
            std::uint32_t that = k + 1;
            if (word_is(that, [](std::string_view w) { return w == "to"; }) &&
                word_is(that + 1, [](std::string_view w) { return object_pronouns.contains(w); })) {
                ++that;
            }
            if (word_is(that, [](std::string_view w) { return object_pronouns.contains(w); })) {
                ++that;
            }
            if (word_is(that, [](std::string_view w) { return w == "that"; })) {
                established = that;
            }
            break;
        }
        std::uint32_t stop = from;
        std::uint32_t reach = std::min(limit, answered - 1);
        // "kept the board from seeing her reckless plan": a verb of prevention with "from"
        // (*keep, save, spare, rescue \* from*) keeps an act from happening, the seeing, not the
        // plan seen; it denies only a noun phrase ("kept the party from disaster", "saved her
        // from ruin") or a verb of becoming ("kept the dispute from turning bitter"). Task r4.
        if (cues[g].cue.term.ends_with(" * from"sv) && keeps_from_an_act(sentence, words, from)) {
            reach = from - 1; // governs nothing
        }
        if (evidence != UINT32_MAX) {
            reach = std::max(reach, evidence + kNegationWindow);
        }
        // "Diligence is not the same as courage": the negation denies the identity, not what
        // it is compared with ("not the same careless leader" still denies *careless*).
        if (from + 2 < words.tokens.size() && is_word(words, from) && is_word(words, from + 1) &&
            words.lower(sentence, from) == "the" && words.lower(sentence, from + 1) == "same" &&
            (!is_word(words, from + 2) || words.lower(sentence, from + 2) == "as")) {
            reach = std::min(reach, from + 1);
        }
        while (stop < words.tokens.size() && stop <= reach && !main_verb(stop) &&
               !object_ends(stop) &&
               (!is_break(sentence, words, stop) || in_list(stop) || describes_the_negated(stop) ||
                stop == established)) {
            if (stop == established) {
                reach = std::max(reach, established + kNegationWindow);
            } else if (is_break(sentence, words, stop)) {
                reach += 2; // the comma and the word after it do not count against the window
            }
            ++stop;
        }
        const auto no_governable_or_and = [&](std::size_t prevention) {
            for (std::size_t t = g + 1; t < prevention; ++t) {
                // A hedge keeps its sign under a negation: "no one could prevent".
                const CueKind kind = cues[t].cue.kind;
                if (cues[t].first >= from && !cues[t].dropped &&
                    (kind == CueKind::characterization || kind == CueKind::booster)) {
                    return false;
                }
            }
            for (std::uint32_t k = from; k < cues[prevention].first; ++k) {
                const std::string_view word = words.text(sentence, k);
                if (text::folds_to(word, "and") || text::folds_to(word, "or")) {
                    return false;
                }
            }
            return true;
        };
        for (std::size_t t = g + 1; t < cues.size(); ++t) {
            if (cues[t].cue.kind == CueKind::negation && cues[t].first >= from) {
                // "did not prevent", "was not able to prevent": a negation that reaches a verb
                // of prevention, governing nothing before it and in the same predicate,
                // denies the prevention and shares its scope.
                if (cues[t].first < stop && is_prevention_verb(cues[t].cue.term) &&
                    no_governable_or_and(t)) {
                    denied.push_back({t, {g, partial, comparative, governing}});
                } else if (denies_an_absence(words, cues, g, t, from) && no_governable_or_and(t)) {
                    denied.push_back({t, {g, partial, comparative, governing}});
                }
                stop = std::min(stop, cues[t].first);
                break;
            }
        }
        const Governor own{g, partial, comparative, governing};
        for (std::size_t t = g + 1; t < cues.size(); ++t) {
            auto& target = cues[t];
            if (target.first >= stop) {
                break;
            }
            // "overly" inside "overly accommodating" is part of that term, not its governor.
            if (target.first <= cues[g].last || target.first < from ||
                !is_governable(target.cue.kind) || cues[t].dropped) {
                continue;
            }
            for (const auto& d : denied) {
                if (d.prevention == g) {
                    govern(target, d.governor);
                }
            }
            govern(target, own);
        }
    }
    erase_marked(cues);
}

} // namespace redraft::claims::detail
