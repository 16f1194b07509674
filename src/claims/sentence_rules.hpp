// The rules a sentence's quantities and cues go through once the mention scan has found its
// people: dates and cues that are words of a name, then the rules that drop uses which judge or
// hedge nothing and tell who owns, holds, negates or scales the rest, in the order they must run.
#pragma once

#include <redraft/claims/claims.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "claims/cue_search.hpp"
#include "claims/owners.hpp"
#include "claims/references.hpp"
#include "claims/sentence_words.hpp"
#include "claims/word_classes.hpp"

namespace redraft::claims::detail {

// A date that is a person's name is no date: "took over from May" (Theresa May), "May resigned".
void drop_dates_that_name_people(const Words& words, const SentencePeople& people,
                                 std::vector<Quantity>& quantities);

// Cues that are words of a name or a date: a one-word hedge or booster that names a person ("May
// resigned"), a word of a person's name or title ("The incumbent was praised": no *incumbent*), a
// modal or adverb capitalized inside a sentence ("Will Hutton"), a word inside a date ("in May
// 2014"), a word of a proper name ("the Popular Party").
void drop_cues_in_names_and_dates(std::string_view sentence, const Words& words,
                                  const SentencePeople& people,
                                  const std::vector<Quantity>& quantities,
                                  std::vector<CueSpan>& cues);

// Every rule that drops a cue or tells who owns, holds, negates or scales it, in order, on a
// sentence with cues. `possessives` holds the subjects' possessives the scan found and gets the
// others'; `references` tells whom a pronoun holder stands for; `previous_sentence` is the cues
// of the sentence before (a "they" holder's group), if any.
void apply_cue_rules(const Lexicon& lexicon, std::string_view sentence, const Words& words,
                     const SentencePeople& people, std::vector<Possessive>& possessives,
                     const ParagraphReferences& references,
                     std::optional<std::span<const Cue>> previous_sentence,
                     std::vector<CueSpan>& cues);

} // namespace redraft::claims::detail
