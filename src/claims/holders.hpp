// Who holds a reported view: the speaker's noun phrase before or after a reporting verb, passive
// holders, and the holder's identity (Cue::holder_key).
#pragma once

#include <redraft/claims/claims.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "claims/attribution.hpp"
#include "claims/cue_search.hpp"
#include "claims/name_words.hpp"
#include "claims/sentence_words.hpp"
#include "claims/word_classes.hpp"
#include "claims/word_set.hpp"

namespace redraft::claims::detail {

using namespace std::string_view_literals;

// Whether the "and" at token `at` joins a second predicate to a reporting verb whose reported
// clause, from token `from` on, goes on a modal: the verb after "and" is in the past tense, which
// no modal takes ("said she would cut taxes and refused to answer questions": *would refuse*),
// so it is the speaker's, as "said" is. Not after a modal's "be" or "have", whose participle
// the past form may be ("would have cut taxes and refused"), nor a base form ("would cut
// taxes and refuse").
bool joins_the_speakers_predicate(std::string_view sentence, const Words& words, std::uint32_t from,
                                  std::uint32_t at);

// Where the noun phrase ending in the noun at `noun` starts, no earlier than `floor`: back over
// determiners, quantifiers and a few adjectives of standing ("her fiercest critics", "all 32
// NATO allies"), capitalized words ("Eastern European and Baltic allies"), and "of" after a
// quantity ("the majority of NATO allies").
std::uint32_t noun_phrase_start(std::string_view sentence, const Words& words, std::uint32_t floor,
                                std::uint32_t noun);

// The holder of a passive reporting verb from its auxiliary ("was criticised", "is widely
// seen as"), through its agent after "by" ("was criticised by her own party"); none when no
// form of "be" stands within two words before the verb, inside its clause from `floor`.
std::optional<std::string> passive_holder(std::string_view sentence, const Words& words,
                                          std::uint32_t floor, std::uint32_t first,
                                          std::uint32_t last);

// Who holds a view, as identity rather than wording (Cue::holder_key).
inline constexpr std::string_view kUnnamedHolder = "*";

// The first word of an adjunct of time, place or occasion after an inverted speech tag's speaker
// ("said Lee Whitmore on Saturday", "said Tomás Reyna after the win", "said one aide last
// week"). Not "of", which goes on naming the speaker ("Priya Natarajan of Hollins Bank").
inline bool opens_a_tags_adjunct(std::string_view lower) {
    static const WordSet words = {"on",        "in",   "at",      "after",     "before",  "during",
                                  "following", "last", "this",    "yesterday", "earlier", "when",
                                  "while",     "as",   "outside", "afterwards"};
    return words.contains(lower);
}

// The head of the speaker's noun phrase in tokens [from, to): the last word before the phrase
// ends (a relative word, a preposition or an auxiliary after its first word, or punctuation),
// passing over determiners, quantifiers and adverbs in -ly ("executives who left last year
// reportedly" -> "executives", "Many critics" -> "critics", "one senior official at the
// ministry" -> "official"), with a capitalized possessive before it as its owner ("Putin’s
// critics"). kUnnamedHolder when no word heads it.
std::string speaker_head(std::string_view sentence, const Words& words, std::uint32_t from,
                         std::uint32_t to);

// Terms that are a verb after their holder's noun ("critics say", "eastern european allies
// advocate", "many view"): the words before the verb. Empty for a verb alone ("argue", "warn
// that", "view * as", "call her") and for a noun alone, which is all noun ("critics", "his
// supporters").
std::string_view term_speaker(std::string_view term);

// The head of a term's own noun: "critics" for "critics say", "allies" for "eastern european
// allies", kUnnamedHolder for "many view" or "they criticize".
std::string term_head(std::string_view words);

// The words of a speaker's noun phrase from token `from` to `to`, not counting an affiliation
// that ends it: *of*, *at*, *from* or *for*, an optional *the*, then at most five capitalized
// words ("Professor Naomi Fenwick of Halden Law School", "an economist at the Bundesbank"),
// which names where the speaker works, not a longer clause (QA pass q23); after a person's name,
// or anywhere in a speech tag after its verb (`in_tag`), at most five words of any case and no
// clause break ("Tom Ashby of the rival camp", "said a spokesman for the rival camp"; not "of
// the camp that calls her").
std::uint32_t speaker_phrase_words(std::string_view sentence, const Words& words,
                                   std::uint32_t from, std::uint32_t to, bool in_tag);

// Where the clause of a verb right after an insertion between commas opens (the verb at token
// `verb`, a comma before it): the sentence's start, or a conjunction after a comma before the
// words that precede the insertion, which opens a clause of its own: in "She reads the data
// herself, and her deputy, Sunita Rao, says" the speaker is "her deputy", not the first clause.
// After a quotation's closing comma and mark ('"...," the chairman, Maurice Tallon, said'), the
// clause opens after the mark.
std::uint32_t clause_before_insertion(std::string_view sentence, const Words& words,
                                      std::uint32_t verb);

// The holder's identity for an attribution in the usual order, its speaker before it: unnamed
// in the passive ("she is widely seen as", "it is said"), the term's own noun ("critics",
// "many critics say"), or the head of the noun phrase from the clause break to the verb.
std::string holder_key_before(std::string_view sentence, const Words& words, const CueSpan& cue,
                              bool noun);

// Attributions: the view from the attribution onward belongs to its holder, and so does the
// clause before it when the attribution closes the sentence ("..., critics argue.").
// "according to X" names who holds the view even where the lexicon has no row for X: the
// evidential stays a cue of certainty, and its source holds the sentence.
// Words [from, to) that read as a person's name: capitalized words and name particles, ending
// in a capitalized word, at least one of them no title, function or organization word ("Amara
// Lindgren", "Professor Amara Lindgren", "de la Vega"; not "The Times", "His biographer").
bool is_person_name(std::string_view sentence, const Words& words, std::uint32_t from,
                    std::uint32_t to);

inline bool is_sourced_evidential(const CueDraft& cue) {
    return cue.kind == CueKind::evidential && cue.term == "according to";
}

// Attribution terms that frame the whole sentence as someone's view, wherever they stand, as
// "according to" does: "in the view of", "in the eyes of", "from the perspective of" (the holder
// named after them) and "in * view", "in * eyes" (the possessor named inside: "In her critics'
// view").
inline bool frames_sentence(std::string_view term) {
    return (term.starts_with("in "sv) || term.starts_with("from "sv)) &&
           (term.ends_with(" of"sv) || term.starts_with("in * "sv));
}

// Whom a pronoun holder stands for: as reports show it, and as Cue::holder_key identifies it.
struct HolderReferent {
    std::string shown;
    std::string key;
};

// A holder that is a personal pronoun ("She told reporters that", "“...,” he said", "In her
// view,", "They say") stands for whom its paragraph resolves it to (`referent_of(token,
// pronoun)`): reports show that referent (Cue::holder_referent), and the holder is identified as
// the referent is, so that "Berg said" -> "She said" of the same Berg changes no holder.
template <typename ReferentOf>
void name_pronoun_holders(std::string_view sentence, const Words& words, std::vector<CueSpan>& cues,
                          const ReferentOf& referent_of) {
    // "who" too: the one named before its comma ("Arne Bakke, who called her reckless,"), which
    // `referent_of` alone knows; any other "who" it leaves as written.
    static const WordSet speakers = {"he", "she", "they", "who"};
    static const WordSet possessors = {"his", "her", "their"};
    for (std::size_t a = 0; a < cues.size(); ++a) {
        const CueDraft& attribution = cues[a].cue;
        if (attribution.kind != CueKind::attribution || attribution.holder.empty() ||
            brings_to_a_view(attribution.term)) {
            continue; // the one convinced holds the view, not the speaker before the verb
        }
        // "in her view", "in his own view": the possessive inside the words; else the speaker
        // before the verb, a subject pronoun only ("her critics say" is the critics').
        const bool in_view = attribution.term.starts_with("in * "sv);
        if (!in_view && cues[a].first == 0) {
            continue;
        }
        std::uint32_t at =
            in_view ? cues[a].last - 1 : speaker_token(sentence, words, cues[a].first);
        if (in_view && at > cues[a].first + 1 && words.lower(sentence, at) == "own") {
            --at;
        }
        if (!is_word(words, at) ||
            !(in_view ? possessors : speakers).contains(words.lower(sentence, at))) {
            continue;
        }
        const auto referent = referent_of(at, words.lower(sentence, at));
        if (!referent) {
            continue;
        }
        for (std::size_t c = 0; c < cues.size(); ++c) {
            if (c == a || cues[c].held_by == a) {
                cues[c].cue.holder_referent = referent->shown;
                cues[c].cue.holder_key = referent->key;
            }
        }
    }
}

// A person's name as a holder's identity: the last word, lowercased ("Elena Ortiz said" is
// "ortiz").
inline HolderReferent person_referent(const std::string& name) {
    const auto space = name.rfind(' ');
    return {name,
            lowercase(std::string_view(name).substr(space == std::string::npos ? 0 : space + 1))};
}

// "They" as a holder continues the holder of the sentence before it when that holder is a group
// named by a plural noun ("Analysts say ... They add ..."): the last such attribution there, not
// a person ("Jones said": a capitalized word inside the holder), nor nobody in particular. Only
// the sentence right before: past it, "they" may be anyone the text has named since.
std::optional<HolderReferent> group_referent(std::span<const Cue> previous);

} // namespace redraft::claims::detail
