// Which person a name, title or pronoun at a token stands for: the checks the mention search asks
// (another person's longer name, a pronoun that gives way to another gender, speech tags).
#pragma once

#include <redraft/claims/claims.hpp>
#include <redraft/text/ascii.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claims/cue_search.hpp"
#include "claims/sentence_words.hpp"

namespace redraft::claims::detail {

// Where the analysis found a subject named (or continued by a pronoun or title) in a sentence.
// Its words as written are slice(sentence, tokens[token], tokens[last]), made only where a rule
// needs them (an owner): most mentions never do.
struct MentionAt {
    std::uint32_t token = 0; // the mention's first token
    std::uint32_t subject = 0;
    std::uint32_t last = 0; // and its last ("Ingrid Halvorsen": the token of "Halvorsen")
};

// An alias inside a longer capitalized name whose given name is not the subject's names another
// person: "Erik Halvorsen" for the alias Halvorsen of Ingrid Halvorsen. The word right before the
// alias decides: a capitalized word inside the sentence that is no title or other non-name word
// ("Minister Halvorsen", "Dutch Halvorsen" name the subject), no particle and none of the
// subject's own names ("Tayyip Erdoğan" for Recep Tayyip Erdoğan). A word that opens the sentence
// or stands in a heading tells nothing by its capital ("Examining Halvorsen's record"): only the
// people found in the document tell it apart (Analyzer's other_person patterns). A subject named
// by one word has no given name to differ.
bool names_another_person(std::string_view sentence, const Words& words, std::uint32_t at,
                          std::size_t alias_words, const std::vector<std::string>& subject_keys,
                          bool heading);

// "Her husband, Erik Halvorsen, ran ...": a possessive pronoun whose noun phrase another person's
// name renames in apposition is that person's, and the sentence is about that person. Returns the
// index in `mentioned` of the pronoun, if the name at token `at` is such an apposition.
std::optional<std::size_t> renamed_pronoun(std::string_view sentence, const Words& words,
                                           std::uint32_t at,
                                           const std::vector<MentionAt>& mentioned);

// Whether the "he" or "she" at token `again` repeats the one at `first` as the subject of a
// coordinate clause: the same word, right after "and", "but" or "yet" (a comma may come before
// them). "he" and "she" are always subjects; "him" and "her" are not looked at.
inline bool repeats_subject_pronoun(std::string_view sentence, const Words& words,
                                    std::uint32_t first, std::uint32_t again) {
    if (again < 2 || !is_word(words, again - 1) ||
        !text::folds_to(words.text(sentence, first), words.lower(sentence, again))) {
        return false;
    }
    const std::string_view joining = words.lower(sentence, again - 1);
    return joining == "and" || joining == "but" || joining == "yet";
}

// Whether the "he" or "she" at token `pronoun` opens a coordinate clause after a comma: ", and
// she", ", but he", ", yet she"; or right after a semicolon, which joins clauses the same way
// ("Teixeira was not deferential to Wolan; he was careful"). Such a pronoun continues the subject
// of the clause before, not a person named inside it ("Solberg is more careful than Marquardt,
// and she is more honest").
bool opens_coordinate_clause(std::string_view sentence, const Words& words, std::uint32_t pronoun);

// Whether the "he" or "she" at token `at` gives a person of unknown gender up to a pronoun of
// the other gender in its sentence: one person is not "he" and "she" in one sentence, and the
// pronoun that keeps the person is the sentence's first "he" or "she", when it comes before
// ("He said she called him rash": she is someone else), or else an object, possessive or
// reflexive pronoun after it ("Tomas Lund said she called him rash": him is Lund). Not over a
// capitalized word, which may name someone else ("He met Anna Berg, and she ...").
bool gives_way_to_other_gender(std::string_view sentence, const Words& words, std::uint32_t at);

// The word by which the speech tag right after a quotation (or a speaker's verb before the colon
// that opens it) names its speaker, when the pronoun at token `at` is inside that quotation (opened
// at `open`, not closed before `at`): `“They are honest with us,” Ilves said` and `“...,” said
// Marta Ilves` give "Ilves" (the last capitalized word of the name). A speaker's own words about a
// "she" or "they" are about someone else (she would say "I"). Empty when the quotation ends on no
// tag, or its tag names no one by a capitalized word ("she said", "said one player").
std::string_view quotation_tag_name(const Lexicon& lexicon, std::string_view sentence,
                                    const Words& words, std::uint32_t open, std::uint32_t at);

// A witness the text brings in to speak of someone else (task r4): the person named at tokens
// [first, last] in an appositive that opens the sentence, with a verb of speech right after its
// closing comma, past an adverb and an auxiliary ("A former student, Ewa Nowak, recalls that",
// "Ewa Nowak, a former student, has said", "One colleague, Maria Lind, who ..., said").
bool is_witness_in_an_appositive(const Lexicon& lexicon, std::string_view sentence,
                                 const Words& words, std::uint32_t first, std::uint32_t last);

// Whether the characterization `span` is a word of a proper name: capitalized inside the
// sentence (not its first word, capitalized anyway) with a capitalized word right after it, as
// in "leads the Popular Party", "joined Honest Labour", "a Liberal Democrat". A name judges no
// one; an adjective before a name is written in lowercase ("the reckless Anna Berg").
bool inside_a_proper_name(std::string_view sentence, const Words& words, const CueSpan& span);

// The verb right before token `object` whose subject is the mention ending at token `name_last`
// (binds_object_pronoun): the mention (no possessive), an appositive's closing comma, at most two
// auxiliaries or adverbs, then the verb. kNoVerb when the words between are not so.
inline constexpr std::uint32_t kNoVerb = UINT32_MAX;

std::uint32_t persons_verb_before(std::string_view sentence, const Words& words,
                                  std::uint32_t name_last, std::uint32_t object);

// Whether the pronoun at token `pronoun` is the object of a verb whose subject is the mention
// ending at token `name_last`: "Douglas Whitcombe called him arrogant", "Tomas Reiner accused
// her of fraud", "The chairman, Douglas Whitcombe, has never liked him". Such a pronoun is
// someone else (the same person would be "himself"). The mention (no possessive: "Dorsey's
// coach praised him" may be Dorsey), then an appositive's closing comma, at most two auxiliaries
// or adverbs, one verb and the pronoun: "him", or "her" where it owns no noun phrase (before
// punctuation, a preposition, a determiner or a conjunction, or after a verb that labels:
// "called her reckless"; "praised her team" may be her own team).
bool binds_object_pronoun(std::string_view sentence, const Words& words, std::uint32_t name_last,
                          std::uint32_t pronoun);

} // namespace redraft::claims::detail
