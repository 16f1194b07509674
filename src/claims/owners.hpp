// Whom a cue describes: possessives, predicates, appositives, relative clauses, labels, reactions
// and acts give a characterization to the person it is about rather than the sentence's subject.
#pragma once

#include <redraft/claims/claims.hpp>

#include <cstdint>
#include <string_view>
#include <vector>

#include "claims/cue_search.hpp"
#include "claims/mentions.hpp"
#include "claims/sentence_words.hpp"
#include "claims/word_classes.hpp"

namespace redraft::claims::detail {

// The possessives of capitalized words inside the sentence that name no person the analysis
// knows ("Russia’s imperial ambitions", "Ukraine’s territorial integrity"): they own their noun
// phrase too. The first word is left out: a sentence starts with a capital whatever it is.
void add_proper_possessives(std::string_view sentence, const Words& words,
                            std::vector<Possessive>& possessives);

// The possessive of a noun the lexicon lists as a holder ("every opponent's weaknesses", "her
// rivals' mistakes"): the people own what follows, as a person's possessive does; they hold no
// view of the subject by it. Their words may still hold one further on ("her critics' claim
// that she was reckless").
void add_speaker_possessives(std::string_view sentence, const Words& words,
                             const std::vector<CueSpan>& cues,
                             std::vector<Possessive>& possessives);

// Characterizations within kPossessiveReach words after a person's possessive, with only words
// of the noun phrase between ("Trump’s victory", "Putin’s brutal aggression"), describe that
// person. A preposition, verb or punctuation ends the noun phrase ("Rutte’s instinct to
// accommodate" leaves "accommodate" to the sentence).
void assign_owners(std::string_view sentence, const Words& words,
                   const std::vector<Possessive>& possessives, std::vector<CueSpan>& cues);

// "Lindqvist, not Ekberg, was reckless", "It was the mayor, not Ekberg, who ...": a "not" between
// a comma and a person named (or a pronoun or title), closed by a comma, the sentence's end or
// "but", says who is meant; it denies no predicate.
void drop_contrasted_people(std::string_view sentence, const Words& words,
                            const std::vector<MentionAt>& mentioned,
                            const std::vector<MentionAt>& others, std::vector<CueSpan>& cues);

// "The numbers favour the mayor", "the odds favoured her": evidence or circumstances that favour
// someone hold no view, as people favouring a plan do ("Voters favour the mayor", "the board
// favours a cut"). The verb's subject is the word right before it, past one adverb in -ly or an
// auxiliary ("the figures clearly favour", "the timing had favoured").
void drop_favour_of_things(std::string_view sentence, const Words& words,
                           std::vector<CueSpan>& cues);

// The hedge verbs of drop_acts_of_people done by people named by a plural noun ("Some
// economists suggest she was timid", "Two historians estimate that"): what they suggest is their
// view, as "Some analysts suggest" is the analysts' through the lexicon's row for analysts, so the
// verb reports it (an attribution, whose holder is the noun phrase before it) rather than
// hedging the author's claim. Only right after the noun (one adverb in -ly between), which must
// be a plural of people by its ending (is_plural_agent_noun) and not capitalized inside the
// sentence (a name): "The data suggest", "the figures suggest" stay the author's hedges, and a
// singular ("an economist suggested") holds nothing.
void attribute_hedges_of_people(std::string_view sentence, const Words& words,
                                std::vector<CueSpan>& cues);

// Verbs the lexicon lists as hedges because a thing can be their subject ("the figures suggest
// that", "the data indicate"), but which name an act when a person does them: "Marsh suggested a
// merger" proposed it, "indicated the depot would close" signalled it, "expects staff to meet
// them" demands it. With a person named (or continued by a pronoun) right before the verb, one
// adverb or auxiliary allowed between, or as the second verb of a clause that opens with the
// person ("Marsh sets targets and expects"), they are no doubt of the author's: what such a
// person suggests or expects is hers. The passive ("is expected to") has rows of its own.
void drop_acts_of_people(std::string_view sentence, const Words& words,
                         const std::vector<MentionAt>& mentioned,
                         const std::vector<MentionAt>& others, std::vector<CueSpan>& cues);

// "his", "her" or "their" after another person named earlier in the sentence, and resolved to
// no subject: the noun phrase is that person's ("Its new chair, Ingrid Solberg, was praised
// for her candour" judges Solberg, not the regulator).
void add_other_persons_pronoun_possessives(std::string_view sentence, const Words& words,
                                           const std::vector<MentionAt>& mentioned,
                                           const std::vector<MentionAt>& others,
                                           std::vector<Possessive>& possessives);

// A subject who is the one speaking ("Halvorsen warned that the recovery was weak", "She said
// the policy had failed") holds the views of her own words: they judge something else, not
// her, and count for no score of hers (Cue::holder_subject). The subject must be named, or
// continued by a pronoun, right before the reporting verb (one adverb and an auxiliary may come
// between); a possessive ("Halvorsen's critics say") names the holder's owner, not the holder.
void assign_holder_subjects(std::string_view sentence, const Words& words,
                            const std::vector<MentionAt>& mentioned,
                            const std::vector<Possessive>& possessives, std::vector<CueSpan>& cues);

// A characterization predicated of a person ("Berg looked petty", "Putin was reckless", "made
// Berg look petty while she looked competent") describes that person: the name (or a pronoun
// continuing it), then a linking verb, then at most two words before the characterization. It
// counts for that person only, like a possessive's noun phrase: for no subject when the person
// is not one.
void assign_predicate_owners(std::string_view sentence, const Words& words,
                             const std::vector<MentionAt>& mentioned,
                             const std::vector<MentionAt>& others,
                             const std::vector<Possessive>& possessives,
                             std::vector<CueSpan>& cues);

// The people of a sentence: the subjects' mentions and the others named.
struct SentencePeople {
    const std::vector<MentionAt>& mentioned;
    const std::vector<MentionAt>& others;
};

// Whether the word at `token` is a person named there or a personal pronoun: a judgement right
// after it is that person's verb ("Farrow outwitted Sandell", "he outsmarted Berg"), not an
// adjective of the name after it.
bool is_person_at(std::string_view sentence, const Words& words, std::uint32_t token,
                  const SentencePeople& people);

// *surge* and *stall* judge a candidate (a campaign's rise, its halt: task s1) only as the verb
// of a person, its subject right before it past auxiliaries and adverbs a person named there or
// a personal pronoun (is_person_at): "Dallmer has surged", "Hennig has stalled", "she surged
// late"; not of things or as nouns: "the river surged", "the engine stalled", "her share has
// stalled", "a surge in prices", "talks stalled". Others are dropped.
void drop_motions_of_things(std::string_view sentence, const Words& words,
                            const SentencePeople& people, std::vector<CueSpan>& cues);

// Words around a person's name that describe that person: an appositive after it ("Daniel
// Pryce, the arrogant chief executive of Halloway,", "hired Tom Reyes, a reckless operator") and
// an adjective right before it ("outmaneuvered an arrogant Daniel Pryce"; not a verb after
// another person, is_person_at). They count for `owner_subject` only (for no subject when the
// person is another), as the person's predicate does.
void own_modifiers_of(std::string_view sentence, const Words& words, const MentionAt& o,
                      std::uint32_t owner_subject, const SentencePeople& people,
                      std::vector<CueSpan>& cues);

inline void assign_other_person_modifiers(std::string_view sentence, const Words& words,
                                          const SentencePeople& people,
                                          std::vector<CueSpan>& cues) {
    for (const auto& o : people.others) {
        own_modifiers_of(sentence, words, o, Cue::kNoOwner, people, cues);
    }
}

// In a sentence about two subjects, the same words describe the one they stand by: "Hallam
// outmanoeuvred an arrogant Okonjo" is Okonjo's *arrogant*, not Hallam's too.
void assign_subject_modifiers(std::string_view sentence, const Words& words,
                              const SentencePeople& people, std::vector<CueSpan>& cues);

void assign_negation_owners(std::string_view sentence, const Words& words,
                            const std::vector<MentionAt>& mentioned,
                            const std::vector<MentionAt>& others, std::vector<CueSpan>& cues);

// An adjective of the speaker's noun describes the speaker: in "Patient groups say she was
// careful", "Credible sources say" and "Some loyal supporters argue", *patient*, *credible* and
// *loyal* judge who speaks, not the one spoken of. A characterization right before the noun that
// heads an attribution's speaker (the term's own noun, "supporters argue", or the word in
// lowercase right before the verb, past adverbs and auxiliaries), with only determiners or
// quantifiers before it in its clause, counts for no subject.
void assign_speaker_modifiers(std::string_view sentence, const Words& words,
                              std::vector<CueSpan>& cues);

// An attribution's verb followed by a pronoun object and a comma or semicolon ("denied it,",
// "said so;", "admitted this,") has reported nothing but that object. Not "that", which opens a
// clause past an insertion ("said that, after such incidents, we ..."), nor before a quotation
// ("told them, “...”") or a colon, which report what follows.
bool reports_only_its_object(std::string_view sentence, const Words& words, std::uint32_t verb);

// A judgement of a hypothetical person is no one's: in "a clever negotiator would have kept more
// of it" or "A more careful scientist might have checked", *clever* and *careful* describe whom
// the author measures the subject against (and finds her short of), not the subject. A
// characterization after "a" or "an" (an adverb of degree between) that opens its clause, right
// before one noun in lowercase and a modal of the hypothetical (*would, could, might, should*),
// belongs to that noun phrase and counts for no subject.
void assign_hypothetical_owners(std::string_view sentence, const Words& words,
                                std::vector<CueSpan>& cues);

// The label a caller gives a person named right after the verb ("Her aide called Tom Murtagh a
// whining and incompetent amateur", "Rutte called Putin reckless") is the caller's view of that
// person: it counts for no subject when the person is none, and for that subject only when the
// person is one. The caller holds it (the subject's own words when the caller is the subject).
// So with a view of someone "as" something ("Her critics described Tom Hale as reckless",
// "viewed Hale as naive"): the person named between the verb and its "as" is the one judged.
void assign_label_owners(std::string_view sentence, const Words& words,
                         const std::vector<MentionAt>& mentioned,
                         const std::vector<MentionAt>& others, std::vector<CueSpan>& cues);

// A reaction noun that a thing "drew", "attracted" or "earned" ("The pace of easing has drawn
// criticism") judges the thing that drew it, the subject of the verb: it counts for a subject
// only when the verb's subject is that subject ("Lagarde has drawn criticism", "She drew
// criticism"), and otherwise belongs to the subject's noun phrase ("The pace of easing under
// Lagarde").
void assign_reaction_owners(std::string_view sentence, const Words& words,
                            const std::vector<MentionAt>& mentions, std::vector<CueSpan>& cues);

// "Putin assured him of cooperation – although this proved an empty promise": a subject the
// sentence names only as the object of another person's verb receives that person's act, and a
// judgement in a clause after it judges the act: the doer's, not hers. Within the object's own
// clause it stays hers ("called him reckless", "praised her as candid").
void assign_acts_to_their_doers(std::string_view sentence, const Words& words,
                                const std::vector<MentionAt>& mentioned,
                                const std::vector<MentionAt>& others, std::vector<CueSpan>& cues);

// "The investors were timid with Berg", "The employees on the factory floor are loyal to
// Halloran": a characterization in the predicate of a group of people that opens the sentence
// (opening_group: its first linking verb, then the characterization within three words with no
// punctuation between) judges the group, not a subject named after it. Not past a mention of a
// subject ("Her investors were timid", "The investors who backed Berg were timid").
void assign_group_predicate_owners(std::string_view sentence, const Words& words,
                                   const std::vector<MentionAt>& mentioned,
                                   std::vector<CueSpan>& cues);

// A characterization predicated in a relative clause on a person other than the subject ("She
// fired managers who were incompetent", "replaced him with one who was capable") describes that
// person, not the one the sentence is about: it belongs to the noun phrase before "who". Not when
// that phrase is the subject ("Kessler, who was reckless"), says what the subject is ("is a
// leader who is reckless", "one of the few ministers who were honest"), or stands beside the
// subject ("Kessler, the minister who was reckless").
void assign_relative_clause_owners(std::string_view sentence, const Words& words,
                                   const std::vector<MentionAt>& mentioned,
                                   std::vector<CueSpan>& cues);

} // namespace redraft::claims::detail
