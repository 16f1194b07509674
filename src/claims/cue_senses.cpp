#include "claims/cue_senses.hpp"

#include <redraft/claims/claims.hpp>
#include <redraft/text/ascii.hpp>
#include <redraft/text/tokens.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claims/attribution.hpp"
#include "claims/cue_search.hpp"
#include "claims/people.hpp"
#include "claims/scope.hpp"
#include "claims/sentence_words.hpp"
#include "claims/word_classes.hpp"
#include "claims/word_set.hpp"

namespace redraft::claims::detail {

using namespace std::string_view_literals;

namespace {

// Whether the words from `from` to the clause's end (punctuation or the sentence's end) may close
// a predicate after its verdict: none, or "enough", and then one adverb of time or an "in",
// "at", "by", "until" or "since" phrase of a time or an extent ("in 2019", "at the time", "in
// hindsight", "in part", "by then"). Anything else ("... was wrong persisted") is more of the
// clause, and the verdict word is not the author's verdict on the reproach.
bool closes_a_verdict(std::string_view sentence, const Words& words, std::uint32_t from) {
    static const WordSet adverbs = {"then", "now", "today", "too", "overall", "again"};
    static const WordSet prepositions = {"in", "at", "by", "until", "since"};
    static const WordSet determiners = {"the", "that", "this", "its", "those"};
    static const WordSet times = {"time",  "first", "end",  "hindsight", "retrospect",
                                  "part",  "parts", "then", "least",     "principle",
                                  "short", "years", "year", "decade",    "main"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    const auto ends = [&](std::uint32_t k) {
        return k >= count || words.tokens[k].kind == text::TokenKind::punctuation;
    };
    const auto word_at = [&](std::uint32_t k) {
        return k < count && is_word(words, k) ? words.lower(sentence, k) : std::string_view();
    };
    std::uint32_t k = from;
    if (word_at(k) == "enough") {
        ++k;
    }
    if (ends(k)) {
        return true;
    }
    if (adverbs.contains(word_at(k))) {
        return ends(k + 1);
    }
    if (!prepositions.contains(word_at(k))) {
        return false;
    }
    ++k;
    if (determiners.contains(word_at(k))) {
        ++k;
    }
    const bool a_time = k < count && (words.tokens[k].kind == text::TokenKind::number ||
                                      times.contains(word_at(k)));
    return a_time && ends(k + 1);
}

// A modal in a clause introduced by "that" after a past or reporting verb, or after a noun naming
// what someone holds ("stressed that he would", "assured Orbán that Hungary would", "warned that
// Russia could", "the view that inflation would"): it belongs to the words reported (a "will"
// moved into the past, or the speaker's own doubt), not to the author's certainty.
bool in_reported_clause(std::string_view sentence, const Words& words, std::uint32_t modal) {
    static const WordSet irregular = {"said", "told", "thought", "knew", "wrote", "felt", "swore"};
    static const WordSet held = {"view", "belief",  "expectation", "assumption",
                                 "hope", "promise", "assurance",   "pledge"};
    constexpr std::uint32_t kVerbReach = 5; // "assured Prime Minister Viktor Orbán that"
    for (std::uint32_t that = modal; that-- > 0;) {
        if (!is_word(words, that) || words.lower(sentence, that) != "that") {
            continue;
        }
        for (std::uint32_t k = that; k-- > 0 && that - k <= kVerbReach;) {
            if (!is_word(words, k)) {
                break;
            }
            const std::string_view word = words.lower(sentence, k);
            const bool past =
                (word.size() > 4 && (word.ends_with("ed"sv) || word.ends_with("ing"sv)));
            if (past || irregular.contains(word) || held.contains(word)) {
                return true;
            }
        }
        return false; // the nearest "that" decides
    }
    return false;
}

// A reporting verb in an infinitive with nothing reported ("was slow to say so", "declined to
// comment"): no one holds a view in it.
bool reports_nothing(std::string_view sentence, const Words& words, const CueSpan& span) {
    // A plural noun after "to" is no infinitive: "To critics, she was reckless".
    const std::string_view term = span.cue.term;
    if (span.first == 0 || span.first != span.last ||
        words.lower(sentence, span.first - 1) != "to" ||
        (term.ends_with("s"sv) && !term.ends_with("ss"sv))) {
        return false;
    }
    const std::uint32_t next = span.last + 1;
    return next >= words.tokens.size() || !is_word(words, next) ||
           words.lower(sentence, next) == "so";
}

// "expect" whose subject is a quantifier ("few expected her term to", "many expect") or that
// follows "as" with its subject ("as the bookmakers expect", "as analysts had expected"): it
// reports what others expected, not the author's doubt.
bool expectation_of_others(std::string_view sentence, const Words& words, const CueSpan& span) {
    static const WordSet quantifiers = {"few", "many",   "most",     "some",      "several",
                                        "all", "nobody", "everyone", "everybody", "none"};
    if (span.cue.term != "expect" || span.first == 0 || !is_word(words, span.first - 1)) {
        return false;
    }
    const std::string_view before = words.lower(sentence, span.first - 1);
    if (quantifiers.contains(before)) {
        return true;
    }
    constexpr std::uint32_t kSubjectWords = 4; // "as the bookmakers had"
    for (std::uint32_t k = span.first; k-- > 0 && span.first - k <= kSubjectWords + 1;) {
        if (!is_word(words, k)) {
            return false;
        }
        const std::string_view word = words.lower(sentence, k);
        if (word == "as") {
            return k + 1 < span.first; // "as expected" is the author's own
        }
        if (word == "i" || word == "we") {
            return false;
        }
    }
    return false;
}

// A verb in the past inside a comparison ("more credible than her early record suggested"): it
// names what the evidence once indicated, and the author's claim is the comparison itself.
bool in_comparison_with_the_past(std::string_view sentence, const Words& words,
                                 const CueSpan& span) {
    const std::string_view word = words.lower(sentence, span.last);
    if (span.first != span.last || !word.ends_with("ed"sv)) {
        return false;
    }
    for (std::uint32_t k = span.first; k-- > 0;) {
        if (is_break(sentence, words, k)) {
            return false;
        }
        const std::string_view before = words.lower(sentence, k);
        if (before == "than") {
            return true;
        }
    }
    return false;
}

// Modal verbs are hedges where they say that something is possible or uncertain. These uses of
// them do not, and are no cues:
// - the verb is left out ("the best he could", "could not to"): nothing follows the modal but a
//   clause break, the end of the sentence or "to";
// - "would" of a conditional whose "if" is a hedge already ("if research would show ..., he
//   would not rest"): the conditional is one hedge;
// - "would" of the future in the past ("would later prove", "would go on to", "would soon
//   fade", "would eventually");
// - a modal of reported words (in_reported_clause).
// And a scale word before "of" is a quantifier ("most of the allies"), not a degree.
// An "if" that asks rather than supposes: one that opens an indirect question after a verb of
// asking, at most three words of its object between ("Asked if he would resign", "asked
// Lindqvist if", "wondered if"), or a condition inside one that "whether" opened earlier in
// its clause ("asked whether he would resign if the budget failed"). The question is no doubt
// of the author's about her claim.
bool asks_a_question(std::string_view sentence, const Words& words, const CueSpan& span) {
    static const WordSet asking = {"ask",     "asks",     "asked",    "asking",
                                   "wonder",  "wonders",  "wondered", "wondering",
                                   "inquire", "inquired", "enquire",  "enquired"};
    constexpr std::uint32_t kObjectWords = 3;
    if (span.cue.term != "if") {
        return false;
    }
    bool requested = false;
    for (std::uint32_t k = span.first; k > 0;) {
        --k;
        if (!is_word(words, k)) {
            return false; // punctuation ends the clause
        }
        const std::string_view word = words.lower(sentence, k);
        if (word == "whether" ||
            (asking.contains(word) && !requested && span.first - k <= kObjectWords + 1)) {
            return true;
        }
        // "asked them to stay if", "asked for patience if": a request, whose "if" supposes.
        requested = requested || word == "to" || word == "for";
    }
    return false;
}

// "a capable, if impatient, mayor": an "if" between commas around one to three words, one of
// them a characterization, concedes a point; it states no condition and hedges nothing ("if
// pressed" stays a condition).
bool is_concessive_if(std::string_view sentence, const Words& words, const CueSpan& span,
                      const std::vector<CueSpan>& cues) {
    if (span.cue.term != "if" || span.first == 0 || words.text(sentence, span.first - 1) != ",") {
        return false;
    }
    constexpr std::uint32_t kMostWords = 4;
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    for (std::uint32_t i = span.last + 1; i < count && i <= span.last + kMostWords + 1; ++i) {
        if (words.tokens[i].kind == text::TokenKind::punctuation) {
            // Closed by a comma, or by the sentence's end ("a decisive leader, if not a
            // likeable one.").
            const std::string_view mark = words.text(sentence, i);
            bool closes = mark == ",";
            if (mark == "." || mark == "!" || mark == "?") {
                closes = true;
                for (std::uint32_t k = i + 1; k < count; ++k) {
                    closes = closes && words.tokens[k].kind == text::TokenKind::punctuation;
                }
            }
            // A judgement the lexicon knows, or a degree word that softens one it may not know
            // ("meticulous, if somewhat cold."): no condition is stated that way.
            return i > span.last + 1 && closes &&
                   std::any_of(cues.begin(), cues.end(), [&](const CueSpan& c) {
                       return (c.cue.kind == CueKind::characterization && c.first > span.last &&
                               c.last < i) ||
                              (c.first == span.last + 1 && c.last + 1 < i &&
                               (c.cue.kind == CueKind::downtoner ||
                                (c.cue.kind == CueKind::hedge &&
                                 (c.cue.term == "somewhat" || c.cue.term == "slightly"))));
                   });
        }
    }
    return false;
}

// "If the book has a flaw, it is its length", "If she had a weakness, it was impatience", "if
// there is a fault here, it lies in the ending": an "if" opening its clause that grants something
// exists (*has, had, have*, or *there is, was, are, were*, then *a, an, any* or *one* right after
// or one word on), closed by a comma within twelve words, after which the main clause names it
// (*it, this* or *that* and *is, was, lies, lay*, or *it's*, *that's*). The author concedes and
// names; nothing is doubted. A real condition keeps its hedge: "If the plan fails, it is her fault"
// grants nothing, and "If she has a plan, she will say so" names nothing.
bool grants_what_it_names(std::string_view sentence, const Words& words, const CueSpan& span) {
    static const WordSet having = {"has", "had", "have"};
    static const WordSet existing = {"is", "was", "are", "were"};
    static const WordSet indefinite = {"a", "an", "any", "one"};
    static const WordSet naming = {"it's", "it’s", "that's", "that’s"};
    static const WordSet pointing = {"it", "this", "that"};
    static const WordSet identifying = {"is", "was", "lies", "lay"};
    if (span.cue.term != "if" || (span.first > 0 && is_word(words, span.first - 1) &&
                                  !is_joining_word(words.lower(sentence, span.first - 1)))) {
        return false;
    }
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    constexpr std::uint32_t kMostWords = 12;
    bool grants = false;
    for (std::uint32_t k = span.last + 1; k < count && k <= span.last + kMostWords; ++k) {
        if (!is_word(words, k)) {
            if (words.text(sentence, k) != "," || !grants || k + 1 >= count ||
                !is_word(words, k + 1)) {
                return false;
            }
            const std::string_view first = words.lower(sentence, k + 1);
            return naming.contains(first) ||
                   (pointing.contains(first) && k + 2 < count && is_word(words, k + 2) &&
                    identifying.contains(words.lower(sentence, k + 2)));
        }
        const std::string_view word = words.lower(sentence, k);
        const bool verb = having.contains(word) ||
                          (existing.contains(word) && words.lower(sentence, k - 1) == "there");
        for (std::uint32_t d = k + 1; verb && d < count && d <= k + 2 && is_word(words, d); ++d) {
            grants = grants || indefinite.contains(words.lower(sentence, d));
        }
    }
    return false;
}

// Where a quotation that opens at token `open` closes, or `open` when it does not close within
// `most` tokens.
std::uint32_t quotation_close(std::string_view sentence, const Words& words, std::uint32_t open,
                              std::uint32_t most) {
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    std::uint32_t close = open + 1;
    while (
        close < count && close <= open + most &&
        !(is_quote_mark(words.text(sentence, close)) && !words.is_plural_possessive_mark(close))) {
        ++close;
    }
    return close < count && close > open + 1 && close <= open + most ? close : open;
}

// Words that end a label's noun phrase: a preposition or a conjunction of time or cause opens a
// phrase of its own ("called the election early in a reckless gamble", "called Murtagh naive
// before resigning herself").
bool ends_label(std::string_view lower) {
    static const WordSet words = {
        "in",      "on",      "at",    "for",    "with",   "by",      "from",  "to",    "into",
        "over",    "under",   "after", "before", "during", "despite", "since", "until", "against",
        "because", "when",    "as",    "if",     "so",     "then",    "than",  "of",    "about",
        "through", "without", "amid",  "upon",   "whom",   "whose",   "where", "why",   "how"};
    return words.contains(lower);
}

// The text naming itself as the speaker: "This essay argues that", "this article contends that",
// "the present study has argued": "this" or "the present" (or "the current") and a word for a
// piece of writing, right before the verb or before an auxiliary or adverb ("This essay has
// consistently argued"). Not "this book" or "this study", which in a review mostly name the work
// reviewed, nor "the essay" (someone else's, named before).
bool states_the_texts_thesis(std::string_view sentence, const Words& words, const CueSpan& span) {
    static const WordSet own_writing = {"essay",  "article",      "paper",  "chapter",
                                        "review", "section",      "thesis", "piece",
                                        "survey", "dissertation", "note",   "monograph"};
    static const WordSet present_work = {"study", "analysis", "work", "book"};
    static const WordSet between = {"has",  "have", "will",      "would",
                                    "also", "here", "therefore", "thus"};
    constexpr int kBetweenWords = 2;
    std::uint32_t k = span.first;
    for (int step = 0; step < kBetweenWords && k > 0 && is_word(words, k - 1); ++step) {
        const std::string_view word = words.lower(sentence, k - 1);
        if (!between.contains(word) && !word.ends_with("ly"sv)) {
            break;
        }
        --k;
    }
    if (k < 2 || !is_word(words, k - 1) || !is_word(words, k - 2)) {
        return false;
    }
    const std::string_view noun = words.lower(sentence, k - 1);
    const std::string_view determiner = words.lower(sentence, k - 2);
    const bool writing = own_writing.contains(noun);
    const bool work = present_work.contains(noun);
    if (determiner == "this") {
        return writing;
    }
    return (determiner == "present" || determiner == "current") && k >= 3 &&
           words.lower(sentence, k - 3) == "the" && (writing || work);
}

// A reporting verb whose speaker is the author: "I", "we" or the generic "one", right before
// it or before one modal or adverb ("I would say", "one might call", "we rightly argue").
bool spoken_by_the_author(std::string_view sentence, const Words& words, const CueSpan& span) {
    static const WordSet modals = {"might", "could", "would", "may", "can", "must", "should"};
    // "My view is that", "my own view is that", "our contention is that": the author's own.
    if (states_a_view_of_its_owner(span.cue.term) && span.first > 0 &&
        is_word(words, span.first - 1)) {
        std::uint32_t k = span.first - 1;
        if (k > 0 && words.lower(sentence, k) == "own" && is_word(words, k - 1)) {
            --k;
        }
        const std::string_view owner = words.lower(sentence, k);
        if (owner == "my" || owner == "our") {
            return true;
        }
    }
    // "Note that she was reckless", "Recall that ...": a verb of a clause after "that" in the
    // imperative, opening the sentence, is the author addressing the reader.
    if (span.first == 0 && span.cue.term.ends_with(" that"sv) &&
        span.cue.term.starts_with(words.lower(sentence, 0)) &&
        span.cue.term.size() > words.lower(sentence, 0).size() &&
        span.cue.term[words.lower(sentence, 0).size()] == ' ') {
        return true;
    }
    std::uint32_t k = span.first;
    for (int step = 0; step < 2 && k > 0 && is_word(words, k - 1); ++step) {
        const std::string_view word = words.lower(sentence, k - 1);
        if (word == "i" || word == "we") {
            return true;
        }
        // "one might call", "one calls her", not "one banker said"; nor "one called her
        // reckless", a verb in the past: one of the people named before, on one occasion.
        if (word == "one") {
            static const WordSet irregular_past = {"said", "told",  "thought", "felt", "wrote",
                                                   "saw",  "found", "held",    "put"};
            const std::string_view after = words.lower(sentence, k);
            // "No one called her reckless", "not one ... said": nobody, a denial of the author's.
            const bool nobody =
                k >= 2 && is_word(words, k - 2) &&
                (words.lower(sentence, k - 2) == "no" || words.lower(sentence, k - 2) == "not");
            if (k == span.first) {
                return nobody || (!after.ends_with("ed"sv) && !irregular_past.contains(after));
            }
            return modals.contains(after);
        }
        --k;
    }
    // "I do not think", "we don't really believe": "I" or "we" before a chain of auxiliaries,
    // negations and adverbs.
    static const WordSet chain = {"do",     "does", "did",   "don't",  "don’t", "didn't",
                                  "didn’t", "not",  "would", "really", "still", "also"};
    constexpr int kChainWords = 3;
    k = span.first;
    for (int step = 0; step < kChainWords && k > 0 && is_word(words, k - 1); ++step, --k) {
        const std::string_view word = words.lower(sentence, k - 1);
        if (word == "i" || word == "we") {
            return true;
        }
        if (!chain.contains(word) && !word.ends_with("ly"sv)) {
            break;
        }
    }
    return states_the_texts_thesis(sentence, words, span);
}

// "claim" that takes or is owed something rather than asserting it: "She can claim credit for the
// recovery", "more than most rulers of his century can claim" (a modal of ability or possibility
// before it, one adverb in -ly between, and no clause or "to" after it), "lay claim to the
// title", "staked a claim", and "claim credit", "claimed responsibility", "claim the credit",
// "claimed victory" (what is owed as its object). Nothing is reported, so no doubt is cast.
bool claims_a_right(std::string_view sentence, const Words& words, const CueSpan& span) {
    static const WordSet modals = {"can", "could", "cannot", "can't", "can’t", "may", "might"};
    static const WordSet layings = {"lay",   "laid",   "lays",   "laying",
                                    "stake", "staked", "stakes", "staking"};
    static const WordSet determiners = {"a", "the", "her", "his", "their", "its", "any", "no"};
    static const WordSet owed = {"credit", "responsibility", "victory", "ownership"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    const auto word_at = [&](std::uint32_t k) {
        return k < count && is_word(words, k) ? words.lower(sentence, k) : std::string_view();
    };
    std::uint32_t before = span.first;
    if (before > 0 && determiners.contains(word_at(before - 1))) {
        --before; // "staked a claim"
    }
    if (before > 0 && layings.contains(word_at(before - 1))) {
        return true;
    }
    std::uint32_t object = span.last + 1;
    if (determiners.contains(word_at(object))) {
        ++object;
    }
    if (owed.contains(word_at(object))) {
        return true;
    }
    std::uint32_t modal = span.first;
    if (modal > 0 && word_at(modal - 1).ends_with("ly"sv)) {
        --modal;
    }
    const std::string_view next = word_at(span.last + 1);
    return modal > 0 && modals.contains(word_at(modal - 1)) && next != "to" && next != "that" &&
           !opens_reported_clause(sentence, words, span.last + 1, false);
}

// "She would not leave her ageing mother", "He would never apologise": a person's "would" denied
// before a verb of will (one that a person does or refuses to do) is a refusal, a past fact of
// her conduct, not the author's doubt. The person is a subject pronoun, "who" or a capitalized
// word right before "would" (one -ly adverb between: "she simply would not leave"). Left a
// hedge: "she would not be the first" and "she would not win" (no verb of will), "it would not
// surprise anyone" (no person), "I would not say" (the author's hedged verdict), and "the
// minister would not resign" (a noun phrase, which may be a thing: "the plan would not go").
bool refuses(std::string_view sentence, const Words& words, const CueSpan& span) {
    static const WordSet persons = {"he", "she", "they", "who"};
    // Capitalized, but no person who refuses: the author ("I would not say") or a thing.
    static const WordSet no_refuser = {"i",     "we",    "you",   "it",   "this",    "that",
                                       "there", "these", "those", "such", "nothing", "none"};
    static const WordSet verbs_of_will = {
        "leave",   "go",       "resign",  "quit",       "apologise", "apologize", "budge",
        "yield",   "relent",   "bend",    "compromise", "negotiate", "cooperate", "answer",
        "respond", "reply",    "comment", "say",        "speak",     "talk",      "discuss",
        "listen",  "meet",     "sign",    "accept",     "admit",     "concede",   "confirm",
        "retract", "withdraw", "back",    "step",       "give",      "let",       "allow",
        "agree",   "testify",  "reveal",  "release",    "name",      "explain",   "pay",
        "attend",  "vote",     "endorse", "forgive",    "hear",      "tolerate"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    const auto word_at = [&](std::uint32_t k) {
        return k < count && is_word(words, k) ? words.lower(sentence, k) : std::string_view();
    };
    const std::string_view denial = word_at(span.last + 1);
    if ((denial != "not" && denial != "never") || !verbs_of_will.contains(word_at(span.last + 2))) {
        return false;
    }
    std::uint32_t subject = span.first;
    if (subject > 0 && word_at(subject - 1).ends_with("ly"sv)) {
        --subject;
    }
    if (subject == 0 || !is_word(words, subject - 1)) {
        return false;
    }
    const std::string_view person = words.lower(sentence, subject - 1);
    return persons.contains(person) ||
           (!no_refuser.contains(person) && is_capitalized(words.text(sentence, subject - 1)));
}

} // namespace

void judge_reproaches(std::string_view sentence, const Words& words, std::vector<CueSpan>& cues) {
    static const WordSet reproaches = {"criticism that", "accusation that", "allegation that",
                                       "charge that",    "complaint that",  "accusation of",
                                       "allegation of",  "charge of",       "criticism"};
    static const WordSet linking = {"is",     "was",    "are",     "were",     "seems",
                                    "seemed", "proved", "remains", "remained", "be"};
    static const WordSet upholding = {"fair",     "justified", "deserved", "warranted", "valid",
                                      "accurate", "apt",       "correct",  "right"};
    static const WordSet rejecting = {"unfair",    "unjustified", "undeserved",  "unwarranted",
                                      "misplaced", "overblown",   "exaggerated", "unfounded",
                                      "baseless",  "wrong",       "mistaken",    "false"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    constexpr std::uint32_t kReach = 16;
    for (std::size_t r = 0; r < cues.size(); ++r) {
        const CueSpan& reproach = cues[r];
        // The kind first: most cues are neither an attribution nor "criticism", and the set
        // lookup is dearer.
        const bool noun =
            reproach.cue.kind == CueKind::characterization && reproach.cue.term == "criticism";
        if (!(reproach.cue.kind == CueKind::attribution || noun) ||
            !reproaches.contains(reproach.cue.term)) {
            continue;
        }
        // The verdict: a word of either list right after a linking verb (adverbs and "not"
        // between), with no punctuation from the reproach on.
        std::uint32_t verdict = 0;
        bool denied = false;
        for (std::uint32_t k = reproach.last + 1; k < count && k <= reproach.last + kReach; ++k) {
            if (!is_word(words, k)) {
                break;
            }
            const std::string_view word = words.lower(sentence, k);
            if (!upholding.contains(word) && !rejecting.contains(word)) {
                continue;
            }
            std::uint32_t v = k;
            bool not_before = false;
            while (v > reproach.last + 1 && (words.lower(sentence, v - 1).ends_with("ly"sv) ||
                                             words.lower(sentence, v - 1) == "not")) {
                not_before = not_before || words.lower(sentence, v - 1) == "not";
                --v;
            }
            // The predicate's last word, before punctuation or the end: "The criticism that she
            // was wrong persisted" holds no verdict of the author's. "enough" and a time or
            // extent after it may close the clause: "is fair enough", "was largely fair in
            // 2019", "was unfair at the time", "is fair in part".
            const bool last_word = closes_a_verdict(sentence, words, k + 1);
            if (last_word && v > reproach.last + 1 &&
                linking.contains(words.lower(sentence, v - 1))) {
                verdict = k;
                denied = rejecting.contains(word) != not_before;
                // A "not" before the verdict governs it, no other cue.
                for (auto& negation : cues) {
                    negation.cue.governs =
                        negation.cue.governs || (negation.cue.kind == CueKind::negation &&
                                                 negation.first >= v && negation.last < k);
                }
            }
        }
        if (verdict == 0) {
            continue;
        }
        for (std::size_t t = 0; t < cues.size(); ++t) {
            CueSpan& judged = cues[t];
            const bool held = reproach.cue.kind == CueKind::attribution && judged.held_by == r &&
                              judged.first < verdict;
            const bool itself = noun ? t == r
                                     : judged.cue.kind == CueKind::characterization &&
                                           judged.cue.term == "criticism" &&
                                           judged.first == reproach.first;
            if (held) {
                judged.cue.holder.clear();
                judged.cue.holder_key.clear();
                judged.held_by = CueSpan::kNotHeld;
            }
            if ((held || itself) && denied && judged.cue.kind == CueKind::characterization) {
                judged.cue.negated = !judged.cue.negated;
                judged.cue.negation =
                    join_words(judged.cue.negation, std::string(words.text(sentence, verdict)));
            }
        }
    }
}

void drop_excess_that_allows(std::string_view sentence, const Words& words,
                             std::vector<CueSpan>& cues, const Lexicon& lexicon) {
    static const WordSet readiness = {
        "eager",     "keen",     "quick",    "ready",      "willing", "anxious", "happy",
        "inclined",  "prone",    "apt",      "likely",     "fast",    "swift",   "hasty",
        "desperate", "fond",     "prepared", "determined", "content", "glad",    "liable",
        "easy",      "tempting", "often",    "much",       "many"};
    static const WordSet not_a_verb = {
        "the",  "a",    "an",  "her",  "his",   "their", "its",   "him",   "them",  "me",
        "us",   "my",   "our", "your", "this",  "that",  "these", "those", "which", "what",
        "whom", "some", "any", "all",  "every", "each",  "no",    "one",   "it",    "such"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    for (std::size_t n = 0; n < cues.size(); ++n) {
        CueSpan& span = cues[n];
        if (span.cue.kind != CueKind::negation || span.cue.term != "too * to") {
            continue;
        }
        bool allows = false;
        for (std::uint32_t k = span.first + 1; k < span.last; ++k) {
            allows = allows || readiness.contains(words.lower(sentence, k));
        }
        const std::uint32_t next = span.last + 1;
        allows = allows || next >= count || !is_word(words, next) ||
                 not_a_verb.contains(words.lower(sentence, next)) ||
                 starts_with_capital(words.text(sentence, next)) ||
                 (sentence[words.tokens[next].begin] >= '0' &&
                  sentence[words.tokens[next].begin] <= '9');
        // The word "too" alone, as the lexicon has it (an intensifier), or nothing.
        const std::uint32_t too = span.first;
        std::optional<CueSpan> single;
        if (const auto* candidates = lexicon.candidates(word_key(words.lower(sentence, too)))) {
            for (const std::uint32_t e : *candidates) {
                const auto& entry = lexicon.entry(e);
                if (entry.keys.size() != 1 || entry.kind == CueKind::characterization ||
                    entry.kind == CueKind::negation) {
                    continue;
                }
                single.emplace();
                set_cue(*single, entry, e, sentence, words, too, too);
                break;
            }
        }
        if (!allows) {
            // "too timid to act": the excess is still said of the judgement between, which
            // "too" scales as it does in "too timid" (only where it reaches one: a judgement,
            // or a scale word before one, right after it). Not where a negation right before
            // denies the excess ("not too timid to act").
            const auto between = std::find_if(cues.begin(), cues.end(), [&](const CueSpan& c) {
                return c.first == too + 1 && c.last < span.last &&
                       (c.cue.kind == CueKind::characterization || is_scale(c.cue.kind));
            });
            const bool denied = std::any_of(cues.begin(), cues.end(), [&](const CueSpan& c) {
                return c.cue.kind == CueKind::negation && c.last + 1 == too;
            });
            if (single && between != cues.end() && !denied) {
                cues.insert(cues.begin() + static_cast<std::ptrdiff_t>(n) + 1, std::move(*single));
                ++n;
            }
            continue;
        }
        if (single) {
            span = std::move(*single);
        } else {
            cues.erase(cues.begin() + static_cast<std::ptrdiff_t>(n));
            --n;
        }
    }
}

void deny_losses_of_nothing(std::string_view sentence, const Words& words,
                            std::vector<CueSpan>& cues) {
    static const WordSet lose = {"lose", "loses", "lost", "losing"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    for (auto& span : cues) {
        if (span.cue.kind == CueKind::negation && span.cue.term == "no" && span.first >= 1 &&
            is_word(words, span.first - 1) &&
            lose.contains(words.lower(sentence, span.first - 1))) {
            span.dropped = true;
        } else if (span.cue.kind == CueKind::characterization && span.first + 1 < count &&
                   lose.contains(words.lower(sentence, span.first)) &&
                   is_word(words, span.first + 1)) {
            const std::string_view object = words.lower(sentence, span.first + 1);
            if (object == "none" || object == "nothing") {
                span.cue.negated = !span.cue.negated;
                span.cue.negation = join_words(span.cue.negation,
                                               std::string(words.text(sentence, span.first + 1)));
            }
        }
    }
    erase_marked(cues);
}

void drop_goals_of_denied_seeking(std::string_view sentence, const Words& words,
                                  std::vector<CueSpan>& cues) {
    static const WordSet seeking = {
        "court",   "courts",  "courted",  "courting", "seek",     "seeks",   "sought",
        "seeking", "pursue",  "pursues",  "pursued",  "pursuing", "chase",   "chases",
        "chased",  "chasing", "crave",    "craves",   "craved",   "craving", "covet",
        "covets",  "coveted", "coveting", "woo",      "woos",     "wooed",   "wooing"};
    static const WordSet determiners = {"a",   "an",  "the",  "her",  "his", "their",
                                        "its", "any", "much", "some", "such"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    const auto seeking_verb_before = [&](std::uint32_t f) -> std::uint32_t {
        if (f == 0 || !is_word(words, f - 1)) {
            return UINT32_MAX;
        }
        std::uint32_t v = f - 1;
        if (determiners.contains(words.lower(sentence, v))) {
            if (v == 0 || !is_word(words, v - 1)) {
                return UINT32_MAX;
            }
            --v;
        }
        return seeking.contains(words.lower(sentence, v)) ? v : UINT32_MAX;
    };
    const auto negated = [&](std::uint32_t verb) {
        return std::any_of(cues.begin(), cues.end(), [&](const CueSpan& n) {
            if (n.cue.kind != CueKind::negation || n.last >= verb || verb - n.last > 3) {
                return false;
            }
            // Only auxiliaries and adverbs between: "did not even court", "has never really
            // sought"; not "is not reckless and seeks".
            for (std::uint32_t k = n.last + 1; k < verb; ++k) {
                if (!is_word(words, k)) {
                    return false;
                }
                const std::string_view w = words.lower(sentence, k);
                if (!is_auxiliary(w) && !is_plain_adverb(w) && !w.ends_with("ly"sv) && w != "to" &&
                    w != "even") {
                    return false;
                }
            }
            return true;
        });
    };
    // Only under a negation: most sentences have none.
    if (count == 0 || std::none_of(cues.begin(), cues.end(), [](const CueSpan& n) {
            return n.cue.kind == CueKind::negation;
        })) {
        return;
    }
    std::erase_if(cues, [&](const CueSpan& span) {
        if (span.cue.kind != CueKind::characterization) {
            return false;
        }
        const std::uint32_t verb = seeking_verb_before(span.first);
        return verb != UINT32_MAX && negated(verb);
    });
}

namespace {

// "My view has not changed", "Our assessment of her hasn't shifted", "This does not change my
// view", "I have not changed my mind": the negation denies a change of the author's view (a
// possessive "my" or "our" before a noun of judgement, as the subject before the negation or the
// object after its verb), so the view holds: a restatement, no judgement denied. The verb of
// change right after the negation, one adverb ("really", "yet") between at most; the view's noun
// within five words before the negation ("My view of her has not changed") or the possessive
// right after the verb, one word between it and the noun at most ("my overall view"). Another's
// view ("Her view has not changed"), or a change of anything else ("The policy has not changed",
// "She has not changed"), keeps its negation.
bool denies_a_change_of_view(std::string_view sentence, const Words& words,
                             const CueSpan& negation) {
    static const WordSet changes = {"change",  "changed", "changes", "alter",  "altered",
                                    "alters",  "shift",   "shifted", "shifts", "waver",
                                    "wavered", "budge",   "budged",  "moved",  "softened"};
    static const WordSet adverbs = {"really", "yet",        "much",
                                    "since",  "materially", "fundamentally"};
    static const WordSet views = {"view",    "views",   "assessment", "judgement",  "judgment",
                                  "opinion", "verdict", "position",   "conclusion", "conclusions",
                                  "mind",    "stance",  "reading"};
    static const WordSet authors = {"my", "our"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    const auto word_at = [&](std::uint32_t i) {
        return i < count && is_word(words, i) ? words.lower(sentence, i) : std::string_view();
    };
    std::uint32_t verb = negation.last + 1;
    if (adverbs.contains(word_at(verb))) {
        ++verb;
    }
    if (!changes.contains(word_at(verb))) {
        return false;
    }
    // The object: "does not change my view", "has not altered our overall assessment".
    if (authors.contains(word_at(verb + 1)) &&
        (views.contains(word_at(verb + 2)) || views.contains(word_at(verb + 3)))) {
        return true;
    }
    // The subject: "My view of her has not changed", "Our assessment hasn't shifted"; an
    // insertion of up to three words between commas right before the negation is passed over
    // ("My view of the plan, however, has not changed", task u3).
    constexpr std::uint32_t kSubjectWords = 5;
    constexpr std::uint32_t kInsertionWords = 3;
    const auto is_comma = [&](std::uint32_t i) { return words.text(sentence, i) == ","; };
    std::uint32_t seen = 0;
    bool passed_insertion = false;
    for (std::uint32_t k = negation.first; k > 0 && seen < kSubjectWords; --k) {
        const std::uint32_t i = k - 1;
        if (!is_word(words, i)) {
            if (passed_insertion || i == 0 || !is_comma(i)) {
                return false; // a clause break or a quotation mark
            }
            std::uint32_t open = i;
            while (open > 0 && i - open <= kInsertionWords && is_word(words, open - 1)) {
                --open;
            }
            if (open == 0 || open == i || i - open > kInsertionWords || !is_comma(open - 1)) {
                return false;
            }
            passed_insertion = true;
            k = open; // the loop's --k goes on from the word before the opening comma
            continue;
        }
        ++seen;
        if (views.contains(word_at(i))) {
            return (i >= 1 && authors.contains(word_at(i - 1))) ||
                   (i >= 2 && authors.contains(word_at(i - 2)));
        }
    }
    return false;
}

} // namespace

void drop_idiomatic_negations(std::string_view sentence, const Words& words,
                              std::vector<CueSpan>& cues) {
    static const std::vector<std::string_view> additive = {"only",   "just",   "merely",
                                                           "simply", "solely", "least"};
    static const std::vector<std::string_view> modals = {"could", "can", "would"};
    // The negations.tsv rows of a verb of stopping, and the words in -ing that are no doing.
    static const std::vector<std::string_view> stopping = {
        "stop",    "cease",    "quit",    "quitting", "give up",
        "gave up", "given up", "abandon", "drop",     "kick the habit of"};
    static const std::vector<std::string_view> not_doing = {"nothing",    "something", "anything",
                                                            "everything", "thing",     "during"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    auto word_at = [&](std::uint32_t i) {
        return i < count && is_word(words, i) ? words.lower(sentence, i) : std::string_view();
    };
    auto is_one_of = [](std::string_view word, const std::vector<std::string_view>& list) {
        return std::find(list.begin(), list.end(), word) != list.end();
    };
    for (std::size_t n = 0; n < cues.size(); ++n) {
        const CueSpan& negation = cues[n];
        if (negation.cue.kind != CueKind::negation) {
            continue;
        }
        const std::uint32_t first = negation.first;
        const std::string_view after = word_at(negation.last + 1);
        // A cue of the idiom's other words, dropped with the negation.
        auto drop_cue_at = [&](std::uint32_t token, auto&& wanted) {
            for (std::size_t c = 0; c < cues.size(); ++c) {
                if (c != n && cues[c].first <= token && token <= cues[c].last &&
                    wanted(cues[c].cue)) {
                    cues[c].dropped = true;
                }
            }
        };
        if (denies_a_change_of_view(sentence, words, negation)) {
            cues[n].dropped = true;
            continue;
        }
        // A negation word inside a longer characterization is a word of that term's meaning,
        // which the row already weighs: "warm without fuss" praises, "deserves no credit"
        // blames. Not a denial of its own, nor a change when the term goes.
        if (std::any_of(cues.begin(), cues.end(), [&](const CueSpan& term) {
                return term.cue.kind == CueKind::characterization && !term.dropped &&
                       term.first < term.last && term.first <= first && negation.last <= term.last;
            })) {
            cues[n].dropped = true;
            continue;
        }
        // "stopped tinkering", "has given up lecturing his staff": a verb of stopping before a
        // verb in -ing says the doing is over, as "no longer" does. Before anything else it
        // stops a thing, not her doing: "stopped a reckless plan", "dropped the charges".
        if (is_one_of(negation.cue.term, stopping)) {
            if (!after.ends_with("ing"sv) || after.size() < 5 || is_one_of(after, not_doing)) {
                cues[n].dropped = true;
            }
            continue;
        }
        if (is_one_of(after, additive)) {
            cues[n].dropped = true;
            // "not merely careless but reckless": careless in full, not faint.
            drop_cue_at(negation.last + 1, [](const CueDraft& cue) { return is_scale(cue.kind); });
            continue;
        }
        if (first >= 2 && word_at(first - 1) == "if" && word_at(first - 2) == "nothing") {
            cues[n].dropped = true;
            drop_cue_at(first - 1, [](const CueDraft& cue) { return cue.kind == CueKind::hedge; });
            continue;
        }
        if (after == "less" && negation.cue.term == "no") {
            cues[n].dropped = true;
            // "no less competent than", "no less than brilliant": as much, not less.
            drop_cue_at(negation.last + 1, [](const CueDraft& cue) {
                return is_scale(cue.kind) || cue.term == "less than" || cue.term == "less";
            });
            continue;
        }
        // "less than candid" denies the judgement right after it (past scale words: "less than
        // fully transparent"); "less than 5%", "less than a year", "less than her rivals"
        // compare amounts and deny nothing.
        // "nothing less than brilliant", "little less than heroic": as much, or almost.
        if (negation.cue.term == "less than" && first >= 1 &&
            (word_at(first - 1) == "nothing" || word_at(first - 1) == "little")) {
            cues[n].dropped = true;
            continue;
        }
        // "less" alone compares the judgement right after it ("less patient than"); before
        // anything else ("less time", "less than 5%") it judges nothing.
        if (negation.cue.term == "less than" || negation.cue.term == "less") {
            std::uint32_t next = negation.last + 1;
            bool judged = false;
            for (const auto& other : cues) {
                if (other.first != next) {
                    continue;
                }
                if (is_scale(other.cue.kind)) {
                    next = other.last + 1;
                } else if (other.cue.kind == CueKind::characterization) {
                    judged = true;
                    break;
                }
            }
            if (!judged) {
                cues[n].dropped = true;
            }
            continue;
        }
        // "could not have been more prudent", "couldn't be better": a modal, the negation, then
        // a comparative within the negation's reach.
        const bool after_modal = first >= 1 && is_one_of(word_at(first - 1), modals);
        const std::string negation_word = lowercase(negation.cue.words);
        const bool modal_negation = negation_word.starts_with("couldn"sv) ||
                                    negation_word.starts_with("can"sv) ||
                                    negation_word.starts_with("wouldn"sv);
        if (after_modal || modal_negation) {
            for (std::uint32_t i = negation.last + 1;
                 i < count && i <= negation.last + kNegationWindow; ++i) {
                const std::string_view word = word_at(i);
                if (word == "more" || word == "better") {
                    cues[n].dropped = true;
                    if (after_modal) {
                        drop_cue_at(first - 1,
                                    [](const CueDraft& cue) { return cue.kind == CueKind::hedge; });
                    }
                    break;
                }
                if (is_break(sentence, words, i)) {
                    break;
                }
            }
        }
    }
    erase_marked(cues);
}

bool joins_a_predicate(std::string_view sentence, const Words& words,
                       const std::vector<CueSpan>& cues, std::uint32_t i) {
    if (i + 1 >= words.tokens.size() || !is_word(words, i + 1) ||
        !(text::folds_to(words.text(sentence, i), "and") ||
          text::folds_to(words.text(sentence, i), "or"))) {
        return false;
    }
    const std::string_view next = words.lower(sentence, i + 1);
    if (starts_predicate(next) || is_finite_auxiliary(next)) {
        return true;
    }
    return next.ends_with("ed"sv) && std::none_of(cues.begin(), cues.end(), [&](const CueSpan& c) {
               return c.first == i + 1 &&
                      (c.cue.kind == CueKind::characterization || is_scale(c.cue.kind));
           });
}

std::uint32_t label_end(std::string_view sentence, const Words& words, const CueSpan& span,
                        const std::vector<CueSpan>& cues, std::uint32_t label_from,
                        std::uint32_t name_words) {
    constexpr std::uint32_t kReach = 4;
    constexpr std::uint32_t kQuotationTokens = 40;
    constexpr std::uint32_t kLabelWords = 12;
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    const auto is_quote = [&](std::uint32_t i) { return is_quote_mark(words.text(sentence, i)); };
    const std::uint32_t reach = kReach + (name_words > 1 ? name_words - 1 : 0);
    std::uint32_t end = span.last + 1;
    std::uint32_t words_seen = 0;
    // Never past a new predicate: "called Tom Reyes and was reckless" gives no label, and a label
    // holds no verb of its own: "found her voice and was reckless" labels nothing.
    while (end < count && words_seen < reach && (is_word(words, end) || is_quote(end)) &&
           !joins_a_predicate(sentence, words, cues, end) &&
           !(is_word(words, end) && is_finite_auxiliary(words.lower(sentence, end)))) {
        if (is_quote(end) && !words.is_plural_possessive_mark(end)) {
            std::uint32_t close = quotation_close(sentence, words, end, kQuotationTokens);
            if (close != end) {
                // Quoted labels joined by "and", "or" or a comma are one label: `called the
                // decision "heartless" and "cynical"`.
                for (;;) {
                    std::uint32_t next = close + 1;
                    if (next < count && words.text(sentence, next) == ",") {
                        ++next;
                    }
                    if (next < count && is_word(words, next) &&
                        (words.lower(sentence, next) == "and" ||
                         words.lower(sentence, next) == "or")) {
                        ++next;
                    }
                    if (next == close + 1 || next >= count || !is_quote(next)) {
                        break;
                    }
                    const std::uint32_t again =
                        quotation_close(sentence, words, next, kQuotationTokens);
                    if (again == next) {
                        break;
                    }
                    close = again;
                }
                return close;
            }
        }
        words_seen += is_word(words, end) ? 1 : 0;
        ++end;
    }
    // A token where a characterization or a scale word starts: a judgement listed after a comma
    // ("a proud, headstrong and incompetent manager").
    const auto starts_judgement = [&](std::uint32_t i) {
        return std::any_of(cues.begin(), cues.end(), [&](const CueSpan& c) {
            return c.first == i &&
                   (c.cue.kind == CueKind::characterization || is_scale(c.cue.kind));
        });
    };
    std::uint32_t phrase = label_from;
    for (std::uint32_t seen = 0; phrase < count && seen < kLabelWords; ++phrase) {
        if (!is_word(words, phrase)) {
            std::uint32_t next = phrase + 1;
            if (next < count && is_word(words, next) &&
                (text::folds_to(words.text(sentence, next), "and") ||
                 text::folds_to(words.text(sentence, next), "or"))) {
                ++next;
            }
            if (words.text(sentence, phrase) == "," && next < count && starts_judgement(next)) {
                continue;
            }
            break;
        }
        const std::string_view word = words.lower(sentence, phrase);
        // "called him a man without scruples" ("without any courage"): the absence after
        // "without" is the label's judgement, where other prepositions leave the label ("a
        // disgrace to the party").
        static const WordSet determiners = {"a", "an", "any", "much", "the"};
        const bool lacking =
            word == "without" && (starts_judgement(phrase + 1) ||
                                  (phrase + 1 < count && is_word(words, phrase + 1) &&
                                   determiners.contains(words.lower(sentence, phrase + 1)) &&
                                   starts_judgement(phrase + 2)));
        if (is_clause_break_word(word) || (ends_label(word) && !lacking)) {
            break;
        }
        if (joins_a_predicate(sentence, words, cues, phrase)) {
            break;
        }
        // "called the police and the reckless driver was arrested": "and" before a clause of
        // its own, whose finite verb comes later.
        if (word == "and" || word == "or") {
            bool clause = false;
            for (std::uint32_t k = phrase + 1; k < count && is_word(words, k) && !clause; ++k) {
                const std::string_view later = words.lower(sentence, k);
                if (is_clause_break_word(later)) {
                    break;
                }
                clause = is_finite_auxiliary(later);
            }
            if (clause) {
                break;
            }
        }
        ++seen;
    }
    return std::max(end, phrase);
}

std::optional<Label> label_of(std::string_view sentence, const Words& words, const CueSpan& span,
                              const std::vector<CueSpan>& cues) {
    static const std::vector<std::string_view> particles = {"for", "on",   "off",  "up",
                                                            "out", "back", "upon", "in"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    if (span.last + 1 >= count ||
        !(is_word(words, span.last + 1) || is_quote_mark(words.text(sentence, span.last + 1))) ||
        std::find(particles.begin(), particles.end(), words.lower(sentence, span.last + 1)) !=
            particles.end()) {
        return std::nullopt;
    }
    // "call her" holds its object; a bare verb ("call", "brand", "label") needs one after it
    // before the label, except in the passive ("was branded arrogant") and where its object
    // stands before it, in a relative clause without "that" ("a decision Berg called reckless",
    // "a move critics called reckless"): there a judgement right after the verb (past scale
    // words) that ends the clause is the label.
    const bool passive = span.first > 0 && is_word(words, span.first - 1) &&
                         is_auxiliary(words.lower(sentence, span.first - 1));
    const auto judgement_ends_clause = [&] {
        std::uint32_t k = span.last + 1;
        for (const auto& c : cues) {
            if (c.first != k) {
                continue;
            }
            if (is_scale(c.cue.kind)) {
                k = c.last + 1;
            } else if (c.cue.kind == CueKind::characterization) {
                return c.last + 1 >= count || !is_word(words, c.last + 1);
            }
        }
        return false;
    };
    const bool bare = span.cue.term.find(' ') == std::string_view::npos;
    const std::uint32_t label_from =
        span.last + (bare && !passive && !judgement_ends_clause() ? 2 : 1);
    // A person's name as the object counts as one word, whatever its length and particles
    // ("called Anna Berg a reckless fool", "called de la Vega a reckless fool", "called Ursula
    // von der Leyen naive"): capitalized words and name particles, ending in a capitalized word.
    std::uint32_t name_words = 0;
    if (label_from == span.last + 2) {
        for (std::uint32_t i = span.last + 1; i < count && is_word(words, i); ++i) {
            const std::string_view word = words.text(sentence, i);
            if (starts_with_capital(word)) {
                name_words = i - span.last;
            } else if (!is_name_particle(word)) {
                break;
            }
        }
    }
    const std::uint32_t phrase_from =
        span.last + std::max<std::uint32_t>(label_from - span.last, name_words + 1);
    return Label{label_from, label_end(sentence, words, span, cues, phrase_from, name_words)};
}

void drop_frequencies_of_facts(std::string_view sentence, const Words& words,
                               std::vector<CueSpan>& cues) {
    static const WordSet frequencies = {"usually",   "typically",    "often",    "frequently",
                                        "sometimes", "occasionally", "at times", "on occasion"};
    static const WordSet verifications = {"confirm", "demonstrate", "show that", "shown that",
                                          "establish that"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    bool dropped = false;
    for (auto& span : cues) {
        const bool verifies =
            span.cue.kind == CueKind::booster && verifications.contains(span.cue.term);
        if (!verifies &&
            (span.cue.kind != CueKind::hedge || !frequencies.contains(span.cue.term))) {
            continue;
        }
        std::uint32_t begin = span.first;
        while (begin > 0 && !is_break(sentence, words, begin - 1)) {
            --begin;
        }
        std::uint32_t end = span.last + 1;
        if (verifies && end < count && is_word(words, end) &&
            words.lower(sentence, end) == "that") {
            ++end;
        }
        while (end < count && !is_break(sentence, words, end)) {
            ++end;
        }
        // A verb of response, of coming through or of concealment presupposes what follows it
        // ("sometimes answers such criticism", "often hides her impatience": the criticism and
        // the impatience are not limited, the answering and the hiding are), as it does under a
        // negation: only its -ly adverbs right after it stay judged ("often responded
        // decisively").
        if (!verifies) {
            for (std::uint32_t k = begin; k < end; ++k) {
                const std::string_view verb = words.lower(sentence, k);
                if (is_word(words, k) && presupposes_its_object(verb)) {
                    std::uint32_t object = k + 1;
                    while (object < end && is_word(words, object) &&
                           words.lower(sentence, object).ends_with("ly"sv)) {
                        ++object;
                    }
                    end = object;
                    break;
                }
            }
        }
        const bool judges = std::any_of(cues.begin(), cues.end(), [&](const CueSpan& other) {
            return other.cue.kind == CueKind::characterization && other.first >= begin &&
                   other.last < end;
        });
        if (!judges) {
            span.dropped = true;
            dropped = true;
        }
    }
    if (dropped) {
        erase_marked(cues);
    }
}

void drop_non_hedging_uses(std::string_view sentence, const Words& words,
                           std::vector<CueSpan>& cues) {
    static const WordSet narrative = {"later", "soon", "eventually", "go"};
    const bool conditional = std::any_of(cues.begin(), cues.end(), [](const CueSpan& s) {
        return s.cue.kind == CueKind::hedge && s.cue.term == "if";
    });
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    // The token after token i, lowercased; empty at the end or before punctuation.
    auto next_word = [&](std::uint32_t i) {
        return i + 1 < count && words.tokens[i + 1].kind != text::TokenKind::punctuation
                   ? words.lower(sentence, i + 1)
                   : std::string_view();
    };
    // Decided for every cue before any goes: a rule may look at the other cues.
    auto drops = [&](const CueSpan& span) {
        const CueDraft& cue = span.cue;
        if (is_scale(cue.kind)) {
            return next_word(span.last) == "of";
        }
        // Every test below is of an attribution, an evidential or a hedge: the other kinds, most
        // cues, go on that one test.
        if (cue.kind == CueKind::characterization || cue.kind == CueKind::booster ||
            cue.kind == CueKind::negation) {
            return false;
        }
        if (cue.kind == CueKind::attribution && reports_nothing(sentence, words, span)) {
            return true;
        }
        // "went according to plan", "handled according to the protocols of the time": in
        // keeping with a rule or a plan, no source reported and no doubt ("according to the
        // book" is left a source: in a review it is the book reviewed).
        if (cue.kind == CueKind::evidential && cue.term == "according to") {
            static const WordSet determiners = {"the",   "a",   "its",  "his", "her",
                                                "their", "our", "this", "that"};
            static const WordSet norms = {
                "plan",       "plans",        "schedule",  "schedules",  "rule",     "rules",
                "protocol",   "protocols",    "procedure", "procedures", "law",      "laws",
                "regulation", "regulations",  "guideline", "guidelines", "script",   "tradition",
                "custom",     "instructions", "standard",  "standards",  "precedent"};
            std::uint32_t k = span.last + 1;
            if (k < count && is_word(words, k) && determiners.contains(words.lower(sentence, k))) {
                ++k;
            }
            return k < count && is_word(words, k) && norms.contains(words.lower(sentence, k));
        }
        if (cue.kind == CueKind::evidential && cue.term == "claim" &&
            claims_a_right(sentence, words, span)) {
            return true;
        }
        // "the accused priests", "moved 14 accused priests", "the accused was acquitted": the
        // participle as an adjective or a noun after a determiner or a number accuses no one.
        if (cue.kind == CueKind::attribution && span.first == span.last && span.first > 0 &&
            words.lower(sentence, span.first) == "accused") {
            static const WordSet determiners = {"the",  "a",     "an",      "these", "those",
                                                "two",  "some",  "several", "many",  "other",
                                                "each", "every", "all",     "fellow"};
            const std::uint32_t before = span.first - 1;
            if (words.tokens[before].kind == text::TokenKind::number ||
                (is_word(words, before) && determiners.contains(words.lower(sentence, before)))) {
                return true;
            }
        }
        // "a widely admired and capable governor", "The much praised Berg was careless", "the
        // widely criticized plan": a verb of stance's participle as an adjective before its noun
        // (after a determiner, one adverb between) reports no one's view; "she was widely
        // admired for" and "fans praised her" still do.
        if (cue.kind == CueKind::attribution && span.first > 0 &&
            cue.term.find(' ') == std::string::npos &&
            words.lower(sentence, span.first).ends_with("ed"sv)) {
            // Not "that": "the article that praised her as decisive" is a relative clause.
            static const WordSet determiners = {"the",  "a",     "an",    "this", "his",
                                                "her",  "its",   "their", "our",  "my",
                                                "your", "these", "those"};
            std::uint32_t before = span.first - 1;
            if (before > 0 && is_word(words, before) &&
                (words.lower(sentence, before).ends_with("ly"sv) ||
                 words.lower(sentence, before) == "much")) {
                --before;
            }
            if (is_word(words, before) && determiners.contains(words.lower(sentence, before))) {
                return true;
            }
        }
        // "She was in charge that year": an office held, no charge laid.
        if (cue.kind == CueKind::attribution && cue.term == "charge that" && span.first > 0 &&
            words.lower(sentence, span.first - 1) == "in") {
            return true;
        }
        // "It must be said that", "it has to be said", "it should be noted that", "it must be
        // admitted that", "it should be added that": the author insisting, no one reported.
        static const WordSet insisting = {"said",           "say",        "note that",
                                          "point out that", "state that", "admit that",
                                          "concede that",   "add that",   "added that"};
        if (cue.kind == CueKind::attribution && insisting.contains(cue.term) && span.first >= 2 &&
            words.lower(sentence, span.first - 1) == "be") {
            const std::string_view modal = words.lower(sentence, span.first - 2);
            if (modal == "must" || modal == "should" || modal == "to" || modal == "can" ||
                modal == "cannot" || modal == "could" || modal == "would") {
                return true;
            }
        }
        // "It is fair to say that", "needless to say", "suffice it to say", "it is too soon to
        // call her a failure": the author's own words in an impersonal infinitive, no one
        // else's view.
        if (cue.kind == CueKind::attribution &&
            (insisting.contains(cue.term) || cue.term == "call" ||
             cue.term.starts_with("call "sv)) &&
            span.first >= 2 && words.lower(sentence, span.first - 1) == "to") {
            const std::string_view lead = words.lower(sentence, span.first - 2);
            if (words.lower(sentence, 0) == "it" || lead == "needless" || lead == "it") {
                return true;
            }
        }
        // The author speaking ("Kessler is, I would say, abrasive", "what one might call a
        // prudent manager") reports no one else's view.
        if (cue.kind == CueKind::attribution && spoken_by_the_author(sentence, words, span)) {
            return true;
        }
        if (cue.kind == CueKind::attribution &&
            (cue.term == "call" || cue.term.starts_with("call "sv) || cue.term == "find her" ||
             cue.term == "find him" || cue.term == "found her" || cue.term == "found him") &&
            !labels_with_a_characterization(sentence, words, span, cues)) {
            return true;
        }
        if (cue.kind == CueKind::hedge && (expectation_of_others(sentence, words, span) ||
                                           in_comparison_with_the_past(sentence, words, span) ||
                                           is_concessive_if(sentence, words, span, cues) ||
                                           grants_what_it_names(sentence, words, span) ||
                                           asks_a_question(sentence, words, span))) {
            return true;
        }
        // "was, if anything, too patient": an idiom that sharpens the claim, no condition.
        if (cue.kind == CueKind::hedge && cue.term == "if" && next_word(span.last) == "anything") {
            return true;
        }
        // "read the clause so broadly that", "treated them too roughly": after a degree word
        // an adverb that also rounds a claim off says how something was done, not a doubt.
        if (cue.kind == CueKind::hedge && span.first == span.last && span.first > 0 &&
            is_word(words, span.first - 1) &&
            (cue.term == "broadly" || cue.term == "roughly" || cue.term == "tentatively")) {
            static const WordSet degree = {"so", "too", "as", "how", "overly", "less"};
            if (degree.contains(words.lower(sentence, span.first - 1))) {
                return true;
            }
        }
        if (!is_modal(cue)) {
            return false;
        }
        const std::string_view next = next_word(span.last);
        // "could ill afford": a judgement of means, not the author's doubt.
        if (next.empty() || next == "to" || next == "ill" ||
            (next == "not" && next_word(span.last + 1) == "to")) {
            return true;
        }
        // "could not", "could never", "Nothing could prevent", "no one could stop her": an
        // inability or an impossibility, which asserts rather than doubts (as "couldn't", no
        // hedge either).
        if (cue.term == "could") {
            if (next == "not" || next == "never") {
                return true;
            }
            if (!nobody_before(sentence, words, span.first).empty() ||
                (span.first > 1 && text::folds_to(words.text(sentence, span.first - 1), "one") &&
                 text::folds_to(words.text(sentence, span.first - 2), "no"))) {
                return true;
            }
        }
        // "She may claim credit for the recovery": the modal of a claim to a right grants it
        // (claims_a_right), as "can" does; it is no doubt of the author's.
        if (cue.term != "would" && std::any_of(cues.begin(), cues.end(), [&](const CueSpan& claim) {
                return claim.cue.kind == CueKind::evidential && claim.cue.term == "claim" &&
                       (claim.first == span.last + 1 ||
                        (claim.first == span.last + 2 && next.ends_with("ly"sv))) &&
                       claims_a_right(sentence, words, claim);
            })) {
            return true;
        }
        if (cue.term == "would" && refuses(sentence, words, span)) {
            return true;
        }
        if (in_reported_clause(sentence, words, span.first)) {
            return true;
        }
        // "plans for a stand that would add seats": "would" right after a relative pronoun says
        // what the thing was for, not that the author doubts it.
        if (cue.term == "would" && span.first > 0 && is_word(words, span.first - 1)) {
            const std::string_view before = words.lower(sentence, span.first - 1);
            if (before == "that" || before == "which" || before == "who") {
                return true;
            }
        }
        return cue.term == "would" && (conditional || narrative.contains(next));
    };
    bool dropped = false;
    for (std::size_t i = 0; i < cues.size(); ++i) {
        cues[i].dropped = drops(cues[i]);
        dropped = dropped || cues[i].dropped;
    }
    if (dropped) {
        erase_marked(cues);
    }
}

void drop_open_questions(std::string_view sentence, const Words& words,
                         std::vector<CueSpan>& cues) {
    constexpr std::uint32_t kQuestionReach = 8; // "whether the board's new chair was reckless"
    // Most sentences have no "whether": one search of the sentence's lowered text (which the
    // rules before this one made already, in most sentences with cues) tells, rather than a
    // look at every word; where it is found, one pass over the words, rather than a look back
    // from every characterization.
    const auto count = static_cast<std::uint32_t>(words.tokens.size()); // read once
    if (count == 0) {
        return;
    }
    words.lower(sentence, 0); // the whole sentence, lowered once (Words::lower)
    if (std::string_view(words.lowered).find("whether"sv) == std::string_view::npos) {
        return;
    }
    bool whether = false;
    for (std::uint32_t k = 0; k < count && !whether; ++k) {
        whether = words.tokens[k].end - words.tokens[k].begin == 7 && is_word(words, k) &&
                  text::folds_to(words.text(sentence, k), "whether");
    }
    if (!whether) {
        return;
    }
    std::erase_if(cues, [&](const CueSpan& span) {
        if (span.cue.kind != CueKind::characterization) {
            return false;
        }
        for (std::uint32_t k = span.first; k-- > 0 && span.first - k <= kQuestionReach;) {
            if (is_word(words, k) && text::folds_to(words.text(sentence, k), "whether")) {
                return true;
            }
            if (is_break(sentence, words, k)) {
                return false;
            }
        }
        return false;
    });
}

void drop_other_senses(std::string_view sentence, const Words& words, std::vector<CueSpan>& cues) {
    // Most sentences hold none of the three: told apart by a term's length and first letter
    // before any comparison. A configured dimension reads its own rows as configured ("a firm
    // tone towards Moscow" on a stance).
    const auto of_two_senses = [](const CueSpan& span) {
        const std::string_view term = span.cue.term;
        return (term.size() == 4 || term.size() == 6) &&
               (term[0] == 'f' || term[0] == 'b' || term[0] == 's') &&
               (term == "firm" || term == "fair" || term == "bitter" || term == "slow") &&
               span.cue.kind == CueKind::characterization && span.cue.dimension == "favorability";
    };
    if (std::none_of(cues.begin(), cues.end(), of_two_senses)) {
        return;
    }
    static const WordSet linking = {
        "is",      "was",      "are",      "were",  "be",     "been",   "being",  "remain",
        "remains", "remained", "stay",     "stays", "stayed", "seem",   "seems",  "seemed",
        "appear",  "appears",  "appeared", "prove", "proves", "proved", "proven", "become",
        "becomes", "became",   "grew",     "grow",  "grows",  "turn",   "turns",  "turned"};
    static const WordSet degree = {"very", "so",    "too",    "as",     "more",  "most",
                                   "less", "quite", "always", "rather", "never", "not",
                                   "also", "still", "often",  "usually"};
    static const WordSet conduct = {
        "hand",     "grip",     "line",       "grasp",    "control",    "stance",
        "position", "believer", "commitment", "resolve",  "voice",      "refusal",
        "answer",   "no",       "leadership", "guidance", "discipline", "handling",
        "hold",     "response", "tone",       "stand"};
    static const WordSet joins = {"and", "but", "yet", "or"};
    static const WordSet not_of_a_person = {"enough", "game", "share", "amount",  "price",
                                            "value",  "deal", "trial", "hearing", "chance"};
    static const WordSet weather_taste_end = {
        "cold",  "wind",  "winds", "winter", "winters",   "weather",    "frost",
        "chill", "taste", "end",   "pill",   "chocolate", "aftertaste", "almond"};
    static const WordSet people = {"he", "she", "they", "i", "we", "you"};
    // A noun that names a person by a role: "a fair boss", "a fair judge of talent" (task s3).
    static const WordSet person_nouns = {
        "boss",       "manager",   "employer", "leader",     "man",        "woman",   "person",
        "judge",      "referee",   "umpire",   "teacher",    "coach",      "captain", "chairman",
        "chairwoman", "chair",     "landlord", "master",     "mistress",   "ruler",   "editor",
        "examiner",   "minister",  "mentor",   "player",     "opponent",   "critic",  "colleague",
        "governor",   "president", "director", "supervisor", "negotiator", "arbiter", "parent"};
    // What a slow person does or is (task u3): "a slow worker", "her slow response".
    static const WordSet slow_of = {"worker",   "learner",  "reader", "starter",  "thinker",
                                    "response", "reaction", "reply",  "handling", "decision"};
    // The author's view as the linking verb's subject ("My view of her is firm", "Our
    // judgement remains firm"): its firmness is the author's, no judgement of her.
    static const WordSet views = {"view",    "views",   "assessment", "judgement",  "judgment",
                                  "opinion", "verdict", "position",   "conclusion", "mind"};
    static const WordSet authors = {"my", "our"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    const auto lower_at = [&](std::uint32_t k) {
        return k < count && is_word(words, k) ? words.lower(sentence, k) : std::string_view();
    };
    const auto written_at = [&](std::uint32_t k) {
        return k < count ? words.text(sentence, k) : std::string_view();
    };
    // Another characterization right beside it past a joining word or a comma: "firm and
    // fair", "fair but firm", "firm but fair" (the row "but fair" opens at the joining word).
    const auto joins_at = [&](std::uint32_t k) {
        return k < count && (joins.contains(lower_at(k)) || written_at(k) == ",");
    };
    const auto beside_a_judgement = [&](const CueSpan& span) {
        return std::any_of(cues.begin(), cues.end(), [&](const CueSpan& other) {
            if (&other == &span || other.cue.kind != CueKind::characterization) {
                return false;
            }
            return (joins_at(span.last + 1) &&
                    (other.first == span.last + 1 || other.first == span.last + 2)) ||
                   (span.first >= 2 && joins_at(span.first - 1) && other.last == span.first - 2);
        });
    };
    // The word before `at` past one adverb (in -ly or a degree word): a linking verb.
    const auto after_linking_verb = [&](std::uint32_t at, std::uint32_t* verb) {
        std::uint32_t k = at;
        if (k > 0 && (lower_at(k - 1).ends_with("ly"sv) || degree.contains(lower_at(k - 1)))) {
            --k;
        }
        *verb = k - 1;
        return k > 0 && linking.contains(lower_at(k - 1));
    };
    // The linking verb's subject, past auxiliaries and adverbs: a pronoun or a capitalized word.
    const auto said_of_a_person = [&](std::uint32_t verb) {
        std::uint32_t k = verb;
        while (k > 0 && (is_finite_auxiliary(lower_at(k - 1)) || lower_at(k - 1) == "be" ||
                         lower_at(k - 1) == "been" || lower_at(k - 1).ends_with("ly"sv) ||
                         degree.contains(lower_at(k - 1)))) {
            --k;
        }
        if (k == 0 || !is_word(words, k - 1)) {
            return false;
        }
        const std::string_view subject = written_at(k - 1);
        return people.contains(lower_at(k - 1)) ||
               (starts_with_capital(subject) && lower_at(k - 1) != "it" &&
                lower_at(k - 1) != "this" && lower_at(k - 1) != "that");
    };
    // The subject of the linking verb at `verb` is the author's view: "my" or "our", then a
    // noun of judgement, within five words before it ("My view of her is firm").
    const auto of_the_authors_view = [&](std::uint32_t verb) {
        constexpr std::uint32_t kSubjectWords = 5;
        for (std::uint32_t k = verb; k > 1 && verb - k < kSubjectWords; --k) {
            if (!is_word(words, k - 1)) {
                return false;
            }
            if (views.contains(lower_at(k - 1))) {
                return authors.contains(lower_at(k - 2));
            }
        }
        return false;
    };
    for (auto& span : cues) {
        if (!of_two_senses(span)) {
            continue;
        }
        const std::string_view term = span.cue.term;
        const std::string_view next = lower_at(span.last + 1);
        std::uint32_t verb = 0;
        if (term == "bitter") {
            span.dropped = weather_taste_end.contains(next);
        } else if (term == "firm") {
            span.dropped =
                !((after_linking_verb(span.first, &verb) && !of_the_authors_view(verb)) ||
                  conduct.contains(next) || beside_a_judgement(span));
        } else if (term == "fair") {
            span.dropped = not_of_a_person.contains(next) ||
                           !((after_linking_verb(span.first, &verb) && said_of_a_person(verb)) ||
                             beside_a_judgement(span) || person_nouns.contains(next));
        } else if (term == "slow") {
            // A tempo or a process ("the slow movement", "slow corrosion", "a slow recovery")
            // is no trait: only a slow person, or her response, or an apposition after a comma
            // ("a complacent officer, slow when it mattered most").
            span.dropped = !(after_linking_verb(span.first, &verb) || beside_a_judgement(span) ||
                             person_nouns.contains(next) || slow_of.contains(next) ||
                             (span.first > 0 && written_at(span.first - 1) == ","));
        }
    }
    erase_marked(cues);
}

void drop_adverbs_of_other_words(std::string_view sentence, const Words& words,
                                 std::vector<CueSpan>& cues) {
    // The rows of task u3 end in the adverb ("handle * well", "played badly") or start with it
    // ("well run", "badly handle"); no other characterization does. Told apart by the term's
    // last or first letter before any comparison (most sentences hold none).
    const auto ends_in_adverb = [](std::string_view term) {
        return (term.back() == 'l' && term.ends_with(" well"sv)) ||
               (term.back() == 'y' && (term.ends_with(" badly"sv) || term.ends_with(" poorly"sv) ||
                                       term.ends_with(" ably"sv)));
    };
    const auto starts_with_adverb = [](std::string_view term) {
        return (term[0] == 'w' && term.starts_with("well "sv)) ||
               (term[0] == 'b' && term.starts_with("badly "sv)) ||
               (term[0] == 'p' && term.starts_with("poorly "sv));
    };
    const auto of_manner = [&](const CueSpan& span) {
        const std::string_view term = span.cue.term;
        return span.cue.kind == CueKind::characterization && !term.empty() &&
               (ends_in_adverb(term) || starts_with_adverb(term));
    };
    if (std::none_of(cues.begin(), cues.end(), of_manner)) {
        return;
    }
    // A word after the adverb that the adverb modifies instead: a participle or an adjective
    // ("a badly needed reform", "poorly paid staff", "well known"), or a preposition of extent
    // ("well into the night", "well ahead of").
    static const WordSet modified = {
        "into",  "before", "after",  "ahead",     "above", "below", "beyond", "over",
        "past",  "behind", "within", "outside",   "short", "off",   "up",     "down",
        "out",   "known",  "aware",  "able",      "worth", "paid",  "made",   "built",
        "kept",  "run",    "led",    "done",      "spent", "hit",   "hurt",   "written",
        "given", "taken",  "chosen", "beaten",    "shown", "drawn", "grown",  "thought",
        "meant", "sold",   "worn",   "understood"};
    // Not "this", "that", "her": pronouns too ("handled that badly", "managed her well").
    static const WordSet determiners = {"the",   "a",   "an", "his", "its",
                                        "their", "our", "my", "your"};
    static const WordSet modals = {"may", "might", "could", "would", "should",
                                   "can", "will",  "must",  "shall"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    const auto lower_at = [&](std::uint32_t k) {
        return k < count && is_word(words, k) ? words.lower(sentence, k) : std::string_view();
    };
    for (auto& span : cues) {
        if (!of_manner(span)) {
            continue;
        }
        if (ends_in_adverb(span.cue.term)) {
            // "ran the party as well", "as well as"; "ran the well dry" (a noun); "a badly
            // needed reform", "well into the night".
            const std::string_view before = span.last > 0 ? lower_at(span.last - 1) : ""sv;
            const std::string_view next = lower_at(span.last + 1);
            span.dropped = before == "as" || determiners.contains(before) ||
                           modified.contains(next) || (next.size() > 4 && next.ends_with("ed"sv));
        } else {
            // "she may well run for office", "it could well lead to": the adverb of likelihood.
            span.dropped = span.first > 0 && modals.contains(lower_at(span.first - 1));
        }
    }
    erase_marked(cues);
}

} // namespace redraft::claims::detail
