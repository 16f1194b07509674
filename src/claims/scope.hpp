// What a negation or a scale word governs: negation windows and clause breaks, partial denials,
// litotes, verbs that keep their object out of a denial.
#pragma once

#include <redraft/claims/claims.hpp>

#include <cstdint>
#include <string_view>
#include <vector>

#include "claims/cue_search.hpp"
#include "claims/sentence_words.hpp"

namespace redraft::claims::detail {

// How far a negation reaches (in tokens after it). A scale word reaches only the cue right after
// it ("highly diplomatic"), or after a chain of scale words ("very highly diplomatic"): further
// on it modifies a word that is no cue ("most lasting early achievement", "even when it turned
// out").
inline constexpr std::uint32_t kNegationWindow = 4;

// A negative pronoun right before a verb of prevention, in its clause ("Nothing could prevent",
// "nobody can head off", "did nothing to prevent", "none of her aides could avert"): the word,
// or empty when there is none. Not across "and"/"or" ("left nothing to chance and averted").
std::string_view nobody_before(std::string_view sentence, const Words& words, std::uint32_t verb);

// Litotes: "not an unreasonable leader", "not incapable" deny the opposite of a positive term
// the lexicon knows, and say that term mildly. A word the lexicon lacks made of a negative prefix
// (un-, in-, im-, ir-, il-, dis-) and a positive single-word characterization is that term,
// marked `prefixed`, in sentences with a negation; apply_litotes keeps it only where a negation
// governs it. The prefixed word alone ("incredible", "invaluable") is no denial of the term, so
// it is never counted ungoverned; a prefixed word with a row of its own ("unreliable",
// "dishonest") keeps its row.
void add_litotes(std::string_view sentence, const Words& words, std::vector<CueSpan>& cues,
                 const Lexicon& lexicon);

// "Reporters asked Reyes if she was reckless", "asked the minister if": a question put to a
// person named or a noun phrase, as "asked her if" is (the rows "ask * if"). Not a request whose
// "if" supposes ("asked them to stay if", "asked Berg to resign if"): the words of the '*' must be
// a name (capitalized words) or a determiner and at most two words, none a preposition or "to".
// A request gives its "if" back to the shipped hedge row, as it was read before the rows came.
void keep_the_if_of_requests(std::string_view sentence, const Words& words,
                             std::vector<CueSpan>& cues, const Lexicon& lexicon);

// Litotes of a word the lexicon does not know: "not an unimportant voice", "not uninspired",
// "not unkind" deny a denial, and say mildly a judgement redraft cannot weigh. Such a negation
// (before "un-" and a word of six letters or more with no row, where litotes found no base,
// with at most an article between) is dropped, so that "not an uninspired conductor" ->
// "an inspired conductor" reads as a rewording rather than a negation removed. Only "un-": "in-"
// and "dis-" start too many words that deny nothing ("not interested", "not disclosed"); and not
// the words that merely start with "un" ("not understood", "not until", "not unique", "not
// united", "not universally").
void drop_litotes_of_unknown_words(std::string_view sentence, const Words& words,
                                   std::vector<CueSpan>& cues);

// After apply_scope: a prefixed term that a negation governs is the term itself, said mildly
// ("not unreasonable": +0.5 of reasonable, shown with its words as a scale), neither negated nor
// reversed; one no negation governs is dropped.
void apply_litotes(std::vector<CueSpan>& cues);

void apply_scope(std::string_view sentence, const Words& words, std::vector<CueSpan>& cues,
                 const Lexicon& lexicon);

} // namespace redraft::claims::detail
