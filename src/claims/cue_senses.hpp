// Cues in uses that judge or hedge nothing: modals of others' expectations, frequencies of facts,
// idioms, questions, labels and reproaches, each dropped or turned before the scores.
#pragma once

#include <redraft/claims/claims.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "claims/cue_search.hpp"
#include "claims/sentence_words.hpp"

namespace redraft::claims::detail {

// The label that "call" (or "brand", "label", "dub") at `span` gives: the tokens [first, end)
// after its object, or none where the verb gives no label ("called for restraint").
struct Label {
    std::uint32_t first = 0;
    std::uint32_t end = 0;
};

// "The criticism that she was reckless is fair", "the accusation that she lied is unfounded",
// "the criticism is unfair": the author's verdict on a reproach, named by a noun (the rows
// *criticism that, accusation that, allegation that, charge that, complaint that, accusation of,
// allegation of, charge of*, or the characterization *criticism*), in the linking verb's
// predicate after it (*is, was, are, were, seems, seemed, proved, remains*, adverbs in -ly and
// *not* between, no punctuation before it, within sixteen words). A verdict that upholds it
// (*fair, justified, deserved, warranted, valid, accurate, apt, correct, right*) makes what the
// reproach says the author's; one that rejects it (*unfair, unjustified, undeserved, unwarranted,
// misplaced, overblown, exaggerated, unfounded, baseless, wrong, mistaken, false*) makes it the
// author's denial, and denies the noun *criticism* itself. A *not* before the verdict turns it
// over ("is not fair"). Other nouns of others' words (*idea that, notion that, suggestion
// that*) are left as they are: the author's verdict on them ("absurd") is a judgement of its own.
void judge_reproaches(std::string_view sentence, const Words& words, std::vector<CueSpan>& cues);

// "too * to" denies what follows as an excess that keeps it from happening ("too early to judge
// him a failure", "too proud to apologise"), but an adjective of readiness says it happened
// ("too eager to claim a success", "too quick to blame others"), and "to" before a determiner,
// pronoun, name or number is a preposition ("too close to the president", "too deferential to
// Wolan"). Such a match is dropped and its "too" is the intensifier again; a match kept keeps
// that intensifier too, on the judgement it holds ("too timid to act").
void drop_excess_that_allows(std::string_view sentence, const Words& words,
                             std::vector<CueSpan>& cues, const Lexicon& lexicon);

// A loss of nothing denies the loss: she kept what she did not lose. "lost no credibility": the
// "no" denies the losing, not the credibility, which stands as written (+); "lost none of her
// credibility", "lose nothing of": the loss the lexicon reads ("lost * credibility") is denied.
void deny_losses_of_nothing(std::string_view sentence, const Words& words,
                            std::vector<CueSpan>& cues);

// "She does not court popularity", "never sought praise": a negation of a verb of seeking
// denies the seeking; what is sought is a goal, neither said of her nor denied (she may have it
// anyway), so a judgement as the verb's object (one determiner or possessive between) is no
// cue. Only under a negation (at most two auxiliaries or adverbs between it and the verb):
// "she sought justice" is left as it was.
void drop_goals_of_denied_seeking(std::string_view sentence, const Words& words,
                                  std::vector<CueSpan>& cues);

// Negation words in idioms that deny nothing: "not only/just/merely ... but" adds, "nothing if
// not decisive" and "could not have been more prudent" praise, "no less competent than" equals.
// Such a negation is dropped, with the hedge or scale word that belongs to the idiom; so is a
// negation inside a longer characterization ("without" of "without fuss"), whose row weighs it.
void drop_idiomatic_negations(std::string_view sentence, const Words& words,
                              std::vector<CueSpan>& cues);

// "and" or "or" at token `i` before a new predicate of the clause's subject: a verb ("and was",
// "and has", "and resigned": in -ed, unless a characterization or scale word starts there, "and
// misguided") or a subject pronoun ("and she").
bool joins_a_predicate(std::string_view sentence, const Words& words,
                       const std::vector<CueSpan>& cues, std::uint32_t i);

// Where the label that "call" (or "brand", "label", "dub") gives its object ends (the first
// token after it), from `label_from`, the first token after the object. At least the words within
// four of the verb (a person's name counting as one); further, to the end of the noun phrase
// ("called Murtagh a whining and incompetent amateur", "a proud, headstrong and deeply incompetent
// manager"): not past a clause break, punctuation but a comma that lists another judgement, a
// preposition or a conjunction (ends_label), "and" or "or" before a verb ("and was", "and
// resigned"), nor twelve words. A quotation that opens within the four words is the label whole,
// however long: in `called Murtagh "a whining, incompetent amateur"` every word inside is the
// caller's.
std::uint32_t label_end(std::string_view sentence, const Words& words, const CueSpan& span,
                        const std::vector<CueSpan>& cues, std::uint32_t label_from,
                        std::uint32_t name_words);

std::optional<Label> label_of(std::string_view sentence, const Words& words, const CueSpan& span,
                              const std::vector<CueSpan>& cues);

// "call" reports a view only when it labels someone with a characterization (label_of):
// "critics called Kessler reckless", "Kessler called the regulators \"naive\"", "rivals call her
// timid", "called Murtagh a whining and incompetent amateur"; not "called for restraint", "called
// the election early" or "called her bluff".
inline bool labels_with_a_characterization(std::string_view sentence, const Words& words,
                                           const CueSpan& span, const std::vector<CueSpan>& cues) {
    const auto label = label_of(sentence, words, span, cues);
    return label && std::any_of(cues.begin(), cues.end(), [&](const CueSpan& c) {
               return c.cue.kind == CueKind::characterization && c.first >= label->first &&
                      c.first < label->end;
           });
}

// A frequency adverb ("sometimes", "often", "frequently", "typically", "at times") says how
// often something happens, not how sure the author is: it limits a judgement ("was at times
// reckless", "reckless at times") and so lowers certainty only in a clause that holds a
// characterization. "Her judgments are sometimes overturned" states a fact with no doubt in
// it: no hedge. So with a verb of verification (*confirm*, *demonstrate*, *show that*,
// *establish that*): it makes the author surer of a judgement ("confirmed her reputation as
// reckless", "it is confirmed that she was reckless", "the memo shows that she was careless":
// the clause after its "that" is its own), while a fact verified ("the first cases were
// confirmed", "a memo showing that she had known of two complaints") is news, not the author's
// certainty.
void drop_frequencies_of_facts(std::string_view sentence, const Words& words,
                               std::vector<CueSpan>& cues);

void drop_non_hedging_uses(std::string_view sentence, const Words& words,
                           std::vector<CueSpan>& cues);

// "It remains unclear whether Varga was dishonest": a characterization in a clause opened by
// "whether" is a question the author leaves open, neither said nor denied of anyone, as a
// question standing alone is no claim. Looked for back to the clause's start, a few words.
void drop_open_questions(std::string_view sentence, const Words& words, std::vector<CueSpan>& cues);

// *firm*, *fair* and *bitter* judge a person in one sense and name something else in another
// (task r4; docs/assessment.md, the characterization row). *firm* is the adjective only after a
// linking verb or a degree word ("she has been firm", "remained very firm"), beside another
// judgement ("firm and fair"), or before a noun of conduct ("a firm hand", "a firm line"): not
// the company ("the firm", "a law firm", "a firm of accountants", "her firm lost money"). *fair*
// is said of a person only after a linking verb whose subject is a pronoun or a name ("she was
// fair to her staff", "Whitcombe has been fair"), or beside another judgement: not of amounts,
// events or reproaches ("a fair share", "a trade fair", "fair enough", "fair game", "It is fair
// to say", "the criticism is fair"). *bitter* is none of weather, taste or an end ("the bitter
// cold", "a bitter wind", "a bitter taste", "to the bitter end").
void drop_other_senses(std::string_view sentence, const Words& words, std::vector<CueSpan>& cues);

// A manner adverb of judgement with a verb of conduct judges the doer ("handled the crisis
// badly", "she managed the talks poorly", "a well run ministry": the rows of task u3), unless the
// adverb belongs to another word: after "as" ("ran the party as well", "as well as"), after a
// determiner ("ran the well dry"), before a participle, an adjective or a preposition of extent
// ("leads a badly divided party", "managed poorly paid staff", "led the polls well into the
// spring"); and a row that starts with "well" after a modal is its likelihood ("she may well run
// for office", "it could well lead to").
void drop_adverbs_of_other_words(std::string_view sentence, const Words& words,
                                 std::vector<CueSpan>& cues);

} // namespace redraft::claims::detail
