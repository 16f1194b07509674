// Attribution: from a reporting word onward a view belongs to its holder (apply_attribution),
// with the uses of reporting words that report nothing, quotations and their speech tags.
#pragma once

#include <redraft/claims/claims.hpp>

#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "claims/cue_search.hpp"
#include "claims/mentions.hpp"
#include "claims/sentence_words.hpp"

namespace redraft::claims::detail {

void apply_attribution(std::string_view sentence, const Words& words,
                       const std::vector<MentionAt>& mentioned,
                       const std::vector<MentionAt>& others, std::vector<CueSpan>& cues);

// Whether the quotation mark at `mark_at` closes a quotation. A straight quote closes where it
// sits against the word or mark before it (`reckless," she`); one after a space opens (`she
// said, "Reyes`).
inline bool closes_quotation(std::string_view sentence, const Words& words, std::uint32_t mark_at) {
    const std::string_view mark = words.text(sentence, mark_at);
    const bool attached =
        mark_at > 0 && words.tokens[mark_at - 1].end == words.tokens[mark_at].begin;
    return mark == kRightDoubleQuote || mark == kRightSingleQuote ||
           ((mark == "\"" || mark == "'") && attached);
}

// Whether the punctuation right before token `k` closes a quotation and its words with a
// comma, "!" or "?" (`reckless," she`, `reckless", she`): not a quoted word the sentence goes
// on from (`the word "reckless" and told`).
bool after_closing_quote(std::string_view sentence, const Words& words, std::uint32_t k);

// Whether a reported clause starts at token `from`, right after the verb: "that", a subject
// pronoun, or a subject followed within a few words by a finite verb ("investors think the sale
// was reckless", "told reporters Murtagh was arrogant"), or a name followed by a past verb
// ("believe Murtagh panicked"). `object_first`: the verb may take an object before the clause
// ("told reporters that"). A preposition or particle right after the verb ("think about",
// "believe in"), "to" ("told the players to"), a relative or question word ("whether", "who")
// or punctuation before the finite verb: no clause.
bool opens_reported_clause(std::string_view sentence, const Words& words, std::uint32_t from,
                           bool object_first);

// Attribution rows that report a view only in some uses (docs/assessment.md, the attribution
// row): a verb of belief or telling without a clause after it, or used as a noun ("a thought
// that", "her claim"), or in -ing form outside a progressive ("feeling that ..., the board").
// Where the verb "claim" reports a clause, the attribution replaces the evidential of the same
// word, as "claim that" does.
void drop_non_reporting_uses(std::string_view sentence, const Words& words,
                             std::vector<CueSpan>& cues);

// "Few still admire her courage", "Hardly anyone praised him", "Almost no one trusts her
// judgement": a verb of stance whose speakers are a quantifier of (almost) none reports no one's
// view; the author denies it, as "few would call her reckless" does. The attribution becomes a
// negation with its speakers' words (a negation among them, "Hardly", "no", is part of it): the
// speakers open their clause (the sentence's start, punctuation or a conjunction before them),
// are "few" (with "very", one noun: "few historians", or an "of" phrase of up to three words:
// "few of her colleagues") or *hardly, scarcely, barely* or *almost*
// and *anyone, anybody, no one, nobody*, or *no one*, *nobody* alone, and only adverbs ("still",
// "now", "-ly") or a modal or "do" stand between them and the verb. Not "a few", which says some
// do.
void deny_views_of_almost_no_one(std::string_view sentence, const Words& words,
                                 std::vector<CueSpan>& cues);

// A named person's view without a reporting word: a fronted "To Pep Aranda," or "For Pep
// Aranda," (the sentence seems so to that person, as "To her critics," does), and a speaker
// before a colon and a quotation (`Pep Aranda: "Murtagh is arrogant."`). The name, alone
// before the comma or colon, holds every cue after it that no attribution holds yet. A subject
// named there holds her own words (Cue::holder_subject). Not "To Brussels," (no person), nor
// "Murtagh: a reckless gamble" (no quotation: a heading-like label, the author's).
void assign_named_holders(std::string_view sentence, const Words& words,
                          const std::vector<MentionAt>& mentioned,
                          const std::vector<MentionAt>& others, std::vector<CueSpan>& cues);

// Whether the word at token `at` opens a relative clause about a person ("who", "whose",
// "whom").
inline bool opens_relative_clause(std::string_view sentence, const Words& words, std::uint32_t at) {
    if (!is_word(words, at)) {
        return false;
    }
    const std::string_view word = words.lower(sentence, at);
    return word == "who" || word == "whose" || word == "whom";
}

// Where the two parts of an appositive that opens the sentence and closes at the comma at token
// `comma` end: "The chairman, Martin Cobb," and "Martin Cobb, the chairman," give the last token
// of each part, words only, at most six each. Nothing for any other comma. A relative clause as
// the second part ("Daniel Brandt, who sat beside her for nine years,") is closed by its comma,
// however long it runs: up to twelve words.
std::optional<std::pair<std::uint32_t, std::uint32_t>>
opening_appositive(std::string_view sentence, const Words& words, std::uint32_t comma);

// The token that names the speaker of a reporting verb starting at token `verb` (> 0): the one
// before it, past an adverb in -ly ("Halvorsen repeatedly warned") and an auxiliary of tense or
// mood ("Varga has called him", "She had repeatedly warned"); not past a form of "be", which
// makes the verb passive ("Varga was criticised"), unless it is the copula of an adjective that
// reports a view ("Varga was openly critical of").
std::uint32_t speaker_token(std::string_view sentence, const Words& words, std::uint32_t verb);

// What follows "convince * that" is the view of the one convinced, the words of its '*' ("the
// board"), not of the one who convinces nor the author's claim. A negation that governs no cue,
// ending at most two words before the verb ("did not convince", "failed to persuade", "has yet
// to convince"), turns that view over: the board was not brought to it.
void hold_by_the_convinced(std::string_view sentence, const Words& words,
                           std::vector<CueSpan>& cues);

} // namespace redraft::claims::detail
