// Word classes the analysis rules share: forms of *be* and *have*, pronouns and possessives,
// and the verbs and nouns of response, evidence, speech, belief and stance, each asked of one
// lowercase word or lexicon term.
#pragma once

#include <redraft/claims/claims.hpp>
#include <redraft/text/ascii.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claims/sentence_words.hpp"
#include "claims/word_set.hpp"

namespace redraft::claims::detail {

using namespace std::string_view_literals;

// Words that open the author's answer to a view just reported.
inline bool is_contrast_word(std::string_view word) {
    static const std::vector<std::string_view> contrast = {"but",      "yet",    "however",
                                                           "although", "though", "whereas"};
    return std::any_of(contrast.begin(), contrast.end(),
                       [&](std::string_view w) { return text::folds_to(word, w); });
}

// "his", "her", "its", "their": a pronoun that may own the noun phrase after it.
inline bool is_possessive_pronoun(std::string_view lower) {
    // By the length first: asked of most words before a characterization.
    if (lower.size() == 3) {
        return lower == "his" || lower == "her" || lower == "its";
    }
    return lower.size() == 5 && lower == "their";
}

// "is", "was", "are", "were": a finite form of "be", where a clause's predicate starts.
// A verb that links its subject to what is said of it: "was reckless", "seemed tired",
// "proved capable".
inline bool is_linking_verb(std::string_view word) {
    // By length and first letter first: it is asked of many words, few of them verbs.
    if (word.size() < 2 || word.size() > 8) {
        return false;
    }
    if (const char first = text::ascii_lower(word.front());
        first != 'i' && first != 'w' && first != 'a' && first != 'b' && first != 's' &&
        first != 'l' && first != 'r' && first != 'p') {
        return false;
    }
    static const std::vector<std::string_view> linking = {
        "is",      "was",      "were",    "are",    "be",      "been",   "being",
        "seem",    "seems",    "seemed",  "look",   "looks",   "looked", "appear",
        "appears", "appeared", "sound",   "sounds", "sounded", "became", "become",
        "becomes", "remained", "remains", "proved", "proves",  "prove"};
    return std::any_of(linking.begin(), linking.end(),
                       [&](std::string_view l) { return text::folds_to(word, l); });
}

inline bool is_finite_be(std::string_view lower) {
    return lower == "is" || lower == "was" || lower == "are" || lower == "were";
}

// A word of the text, lowercased, that is a form of a verb that labels the one it names:
// "called her reckless", "branded him a bottler", "dubbed her the iron lady" (is_labelling_verb
// asks the same of a lexicon term's key).
bool is_labelling_verb_form(std::string_view lower);

// Verbs of response: they presuppose what they answer, so a negation of the verb leaves its
// object standing ("rarely answers such criticism" denies the answering, not the criticism).
bool is_response_verb(std::string_view lower);

// Verbs of coming through: they presuppose what was come through, as a verb of response does
// ("did not survive the scandal" denies the surviving; the scandal stands).
inline bool is_survival_verb(std::string_view lower) {
    static const WordSet survivals = {
        "survive",   "survives",   "survived",  "surviving",  "weather",   "weathers",
        "weathered", "weathering", "withstand", "withstands", "withstood", "withstanding",
        "outlast",   "outlasts",   "outlasted", "outlasting", "outlive",   "outlives",
        "outlived",  "outliving",  "overcome",  "overcomes",  "overcame",  "overcoming",
        "escape",    "escapes",    "escaped",   "escaping"};
    return survivals.contains(lower);
}

// Verbs of concealment: they presuppose what is hidden, as a verb of response does ("does not
// hide her impatience" denies the hiding; the impatience is hers).
inline bool is_concealment_verb(std::string_view lower) {
    static const WordSet concealment = {
        "hide",       "hides",      "hid",        "hidden",   "hiding",    "conceal",
        "conceals",   "concealed",  "concealing", "disguise", "disguises", "disguised",
        "disguising", "mask",       "masks",      "masked",   "masking",   "suppress",
        "suppresses", "suppressed", "suppressing"};
    return concealment.contains(lower);
}

// A verb whose object stands whatever is said of the verb: of response, of coming through or of
// concealment. A negation or a frequency adverb of the verb reaches the verb and its -ly adverbs,
// not the object ("never answers such criticism", "often hides her impatience").
inline bool presupposes_its_object(std::string_view lower) {
    return is_response_verb(lower) || is_survival_verb(lower) || is_concealment_verb(lower);
}

// Verbs of evidence: what they establish is the clause after their "that", so a negation of
// the verb reaches that clause ("has yet to show that she is decisive" denies *decisive*, as
// "has yet to prove she is capable" does without the "that").
inline bool is_evidence_verb(std::string_view lower) {
    static const WordSet evidence = {
        "show",         "shows",         "showed",    "shown",       "showing",     "prove",
        "proves",       "proved",        "proven",    "proving",     "demonstrate", "demonstrates",
        "demonstrated", "demonstrating", "establish", "establishes", "established", "establishing"};
    return evidence.contains(lower);
}

// Verbs of prevention: they deny what they keep from happening ("averted a crisis").
inline bool is_prevention_verb(std::string_view term) {
    static const WordSet prevention = {
        "avert",     "prevent",     "stave off",     "head off",     "ward off",    "fend off",
        "forestall", "save * from", "rescue * from", "spare * from", "keep * from", "kept * from"};
    return prevention.contains(term);
}

// A word that opens a new predicate after "and": a form of "be" or "have", or a subject pronoun.
inline bool starts_predicate(std::string_view word) {
    static const std::vector<std::string_view> openers = {"was", "is",   "were",     "are",
                                                          "has", "had",  "have",     "she",
                                                          "he",  "they", "remained", "became"};
    return std::any_of(openers.begin(), openers.end(),
                       [&](std::string_view w) { return text::folds_to(word, w); });
}

// A conjunction that joins two clauses: no part of the holder that follows it.
inline bool is_joining_word(std::string_view word) {
    return word == "and" || word == "but" || word == "or" || word == "while" || word == "so" ||
           word == "though" || word == "although" || word == "yet" || word == "whereas" ||
           word == "because";
}

// A form of "be": before a reporting participle it makes the view passive, its holder unnamed
// ("she is widely seen as", "was described as").
inline bool is_auxiliary(std::string_view lower) {
    static const WordSet words = {"is",   "was",   "are",  "were", "be",
                                  "been", "being", "it's", "it’s"};
    return words.contains(lower);
}

// Words that end a speaker's noun phrase ("executives who left", "critics of the plan",
// "analysts at the bank"), or, before any noun, open a phrase passed over ("In 2019 critics").
inline bool ends_speaker_phrase(std::string_view lower) {
    static const WordSet words = {
        "who",   "whom",   "whose", "which", "that",   "of",     "at",     "in",     "from",
        "on",    "with",   "for",   "among", "under",  "inside", "within", "by",     "to",
        "over",  "across", "since", "after", "before", "during", "is",     "was",    "are",
        "were",  "be",     "been",  "being", "has",    "have",   "had",    "will",   "would",
        "could", "may",    "might", "can",   "should", "must",   "do",     "does",   "did",
        "when",  "while",  "as",    "if",    "and",    "or",     "but",    "because"};
    return words.contains(lower);
}

// Words that never head a speaker's noun phrase: determiners, quantifiers, pronouns. A phrase
// of nothing else ("many", "some", "they") names nobody in particular.
inline bool is_unnamed_word(std::string_view lower) {
    static const WordSet words = {
        "the",  "a",     "an",     "many", "some",   "most",    "several",  "few",      "all",
        "both", "other", "others", "his",  "her",    "their",   "its",      "our",      "my",
        "your", "these", "those",  "this", "one",    "two",     "three",    "four",     "five",
        "more", "such",  "any",    "each", "every",  "they",    "he",       "she",      "we",
        "it",   "i",     "you",    "them", "people", "someone", "somebody", "everyone", "anyone",
        "no",   "not",   "even",   "also", "still",  "now",     "then",     "there",    "own"};
    return words.contains(lower);
}

// An adverb of time or frequency without the -ly that marks most adverbs, which may stand
// between a speaker and her verb as "repeatedly" does ("She later told", "Berg has since said",
// "he again insisted"). Not "never", which denies the verb.
inline bool is_plain_adverb(std::string_view lower) {
    static const WordSet adverbs = {"later", "also",  "then",  "now",    "again", "once",
                                    "soon",  "still", "often", "always", "since", "first",
                                    "twice", "long",  "ever",  "already"};
    return adverbs.contains(lower);
}

// A person's possessive as the analysis found it: the token and whose it is.
struct Possessive {
    std::uint32_t token = 0;
    std::uint32_t subject = Cue::kNoOwner; // kNoOwner: a person who is not a subject
    std::string words;
};

inline bool is_possessive(std::string_view word) {
    // The last letter first: most words end otherwise, and this is asked of many.
    if (word.size() < 2 || word.back() != 's') {
        return false;
    }
    word.remove_suffix(1);
    return word.back() == '\'' || word.ends_with(kRightSingleQuote);
}

// Things that speak for the author when they tell or suggest ("her record tells us", "the
// figures suggest"): evidence, no one holding a view.
inline bool is_evidence_noun(std::string_view lower) {
    static const WordSet evidence = {
        "record",     "records",    "figures",   "figure",  "data",     "numbers", "evidence",
        "results",    "result",     "silence",   "history", "polls",    "poll",    "facts",
        "statistics", "accounts",   "documents", "minutes", "memo",     "emails",  "letters",
        "papers",     "indicators", "factors",   "markers", "counters", "meters",  "filters"};
    return evidence.contains(lower);
}

// Nouns of things a writer counts out, never people ("Two things favour her:", "Three facts
// argue against him", "Several factors favour the plan"): the subject of a verb of stance that
// holds no view, as evidence holds none. Not "figures" or "papers", which may be people or
// newspapers ("public figures praised her").
inline bool is_counted_thing_noun(std::string_view lower) {
    static const WordSet things = {
        "thing",   "things",    "fact",     "facts",      "reason",        "reasons",
        "point",   "points",    "factor",   "factors",    "consideration", "considerations",
        "matter",  "matters",   "detail",   "details",    "feature",       "features",
        "lesson",  "lessons",   "question", "questions",  "issue",         "issues",
        "sign",    "signs",     "numbers",  "statistics", "data",          "evidence",
        "results", "indicators"};
    return things.contains(lower);
}

// A plural noun of people by its agent ending: "economists", "historians", "observers",
// "investors", "diplomats". Things take these endings too ("numbers", "indicators"): the
// evidence nouns above are none. Plurals of people whose ending says nothing ("experts",
// "officials", "colleagues") are listed: only plurals, so that "an official report" or "the
// expert view" names no one.
bool is_plural_agent_noun(std::string_view lower);

// A verb of belief or of telling ("think", "believe", "feel", "fear", "told", "claimed") reports a
// view only where a clause follows it: "Many investors think (that) she was reckless", "Aranda told
// reporters Murtagh was arrogant". Not "she thinks strategically", "think about", "felt
// betrayed", "told the players to", "time will tell whether", nor the noun ("a thought that").
inline bool is_belief_verb(std::string_view term) {
    return term == "think" || term == "thought" || term == "believe" || term == "feel" ||
           term == "felt" || term == "fear";
}

// "Prosecutors allege she was dishonest" (task r4): a claim, as "claim" is.
inline bool is_telling_verb(std::string_view term) {
    return term == "tell" || term == "told" || term == "claim" || term == "allege";
}

// Verbs that report only a clause after "that" (QA pass q7): "her aides noted that", "advisers
// briefed journalists that". A subject who says so speaks her own words.
inline bool reports_a_that_clause(std::string_view term) {
    static const WordSet terms = {
        "maintain that",  "note that",    "state that",     "report that",  "explain that",
        "point out that", "hint that",    "remark that",    "observe that", "announce that",
        "predict that",   "testify that", "testified that", "confide that", "grumble that",
        "whisper that",   "brief * that", "inform * that",  "add that",     "added that",
        "replied that",   "respond that", "joke that",      "boast that"};
    return terms.contains(term);
}

// A noun of a view that states its clause ("Okonjo's view is that", "their complaint was
// that", rows "view is that", ...): its owner holds the clause.
inline bool states_a_view_of_its_owner(std::string_view term) {
    return term.ends_with(" is that"sv) || term.ends_with(" was that"sv);
}

// Verbs that label someone as "call" does: a view only where they give a label ("Aranda branded
// Murtagh arrogant", "was labelled reckless"), not the nouns ("his brand of football").
inline bool is_labelling_verb(std::string_view term) {
    return term == "brand" || term == "label" || term == "labelled" || term == "dub" ||
           term == "dubbed";
}

// Verbs of speech that report a view only in a speech tag after the quotation ("“Reyes is
// reckless,” she added / replied / noted / quipped"): used otherwise they report nothing ("added
// a tax", "wrote a book", "replied to the letter", "noted the figures", "a quip").
inline bool speaks_only_in_a_tag(std::string_view term) {
    static const WordSet verbs = {
        "added",   "write",   "wrote",   "warn",   "replied",  "retort",  "quip",
        "quipped", "noted",   "notes",   "remark", "observe",  "explain", "joke",
        "counter", "respond", "concede", "admit",  "admitted", "recall",  "complain",
        "boast",   "drawl",   "muse",    "mutter", "murmur",   "snap",    "snapped",
        "shout",   "exclaim", "scoff",   "sneer",  "sigh"};
    return verbs.contains(term);
}

// Reporting verbs whose object is the one judged, not a clause: "criticise", "praise", "admire",
// "accuse", "condemn", and the adjective "critical of".
inline bool judges_its_object(std::string_view term) {
    return term == "criticize" || term == "criticise" || term == "they criticize" ||
           term == "praise" || term == "admire" || term == "accuse" || term == "condemn" ||
           term == "critical of";
}

// An adjective that reports a view ("the unions were critical of her"): the form of "be" before
// it is a copula, not a passive, so its subject holds the view as a verb's subject does.
inline bool is_stance_adjective(std::string_view lower) {
    return lower == "critical";
}

// A finite verb that a clause's subject comes before: a form of "be", "have" or "do", or a modal.
inline bool is_finite_auxiliary(std::string_view lower) {
    static const WordSet words = {
        "is",     "was",   "are",      "were",     "has",    "had",     "have",    "will",
        "would",  "could", "can",      "may",      "might",  "must",    "should",  "shall",
        "did",    "does",  "do",       "isn't",    "wasn't", "aren't",  "weren't", "hasn't",
        "hadn't", "won't", "wouldn't", "couldn't", "didn't", "doesn't", "isn’t",   "wasn’t"};
    return words.contains(lower);
}

// A verb that brings someone to a view: "She convinced the board that she was competent".
inline bool brings_to_a_view(std::string_view term) {
    return term == "convince * that" || term == "persuade * that";
}

// A noun that names what someone did, not a person: an appositive of it ("hired Reyes, a
// reckless move") comments on the act.
inline bool is_act_noun(std::string_view lower) {
    static const WordSet acts = {
        "move",       "moves",     "decision", "decisions",    "step",    "steps",       "gamble",
        "choice",     "mistake",   "blunder",  "error",        "act",     "gesture",     "signal",
        "sign",       "bet",       "risk",     "masterstroke", "coup",    "appointment", "hire",
        "hiring",     "departure", "exit",     "dismissal",    "sacking", "firing",      "deal",
        "concession", "manoeuvre", "maneuver", "ploy",         "tactic",  "strategy",    "policy"};
    return acts.contains(lower);
}

inline bool is_hypothetical_modal(std::string_view word) {
    return word == "would" || word == "could" || word == "might" || word == "should";
}

inline bool is_degree_adverb(std::string_view word) {
    return word == "more" || word == "less" || word == "truly" || word == "really" ||
           word == "genuinely";
}

} // namespace redraft::claims::detail
