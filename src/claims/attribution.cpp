#include "claims/attribution.hpp"

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

#include "claims/cue_search.hpp"
#include "claims/cue_senses.hpp"
#include "claims/holders.hpp"
#include "claims/mentions.hpp"
#include "claims/owners.hpp"
#include "claims/people.hpp"
#include "claims/sentence_words.hpp"
#include "claims/word_classes.hpp"
#include "claims/word_set.hpp"

namespace redraft::claims::detail {

using namespace std::string_view_literals;

namespace {

bool tags_quotation(std::string_view sentence, const Words& words, std::uint32_t verb);

bool claims_a_judgement(std::string_view sentence, const Words& words, const CueSpan& span,
                        const std::vector<CueSpan>& cues);

bool goes_on_judging(std::string_view sentence, const Words& words,
                     const std::vector<CueSpan>& cues, std::uint32_t i);

// Whether the noun phrase at `phrase` is the object of the verb right before it, whose subject
// is a person named (or a pronoun) in the same clause, from `floor` on: "She spooked analysts",
// "Rutte told his critics that ...". Not after a preposition, a conjunction or a form of "be"
// ("She is popular among analysts", "She and her critics", "was mocked by critics"), nor with
// punctuation between the person and the noun.
bool is_object_of_a_persons_verb(std::string_view sentence, const Words& words,
                                 const std::vector<MentionAt>& mentioned,
                                 const std::vector<MentionAt>& others, std::uint32_t floor,
                                 std::uint32_t phrase) {
    if (phrase < 2 || phrase <= floor || !is_word(words, phrase - 1)) {
        return false;
    }
    static const WordSet not_verbs = {
        "amid",  "among", "amongst", "from",    "with",   "by",      "of",      "in",      "at",
        "to",    "for",   "on",      "like",    "unlike", "despite", "against", "towards", "toward",
        "over",  "about", "between", "within",  "under",  "and",     "or",      "but",     "nor",
        "as",    "than",  "even",    "also",    "only",   "that",    "which",   "who",     "whom",
        "where", "when",  "while",   "because", "if"};
    const std::string_view verb = words.lower(sentence, phrase - 1);
    if (not_verbs.contains(verb) || is_auxiliary(verb) || is_finite_be(verb)) {
        return false;
    }
    const auto subject_before = [&](const MentionAt& m) {
        if (m.token < floor || m.last >= phrase - 1 ||
            is_possessive(words.text(sentence, m.last))) {
            return false;
        }
        // Between the person and the verb, at most two auxiliaries or adverbs ("Quiroga has
        // repeatedly told analysts"), as for a subject speaking.
        if (phrase - 1 - (m.last + 1) > 2) {
            return false;
        }
        for (std::uint32_t i = m.last + 1; i + 1 < phrase; ++i) {
            const std::string_view word = is_word(words, i) ? words.lower(sentence, i) : "";
            if (word.empty() || !(is_finite_auxiliary(word) || word.ends_with("ly"sv))) {
                return false;
            }
        }
        return true;
    };
    return std::any_of(mentioned.begin(), mentioned.end(), subject_before) ||
           std::any_of(others.begin(), others.end(), subject_before);
}

// Whether the noun phrase at `phrase` is whom a characterization right before its preposition
// is aimed at: "far too patient with her critics", "harsh towards analysts", "generous to her
// opponents" judge her conduct toward them, and they hold no view. Not an adjective of standing,
// whose "with" or "among" names those who hold it ("popular with her critics"), nor a
// preposition set off by a comma ("reckless, to her critics").
bool is_aimed_at_by_a_characterization(std::string_view sentence, const Words& words,
                                       const std::vector<CueSpan>& cues, std::uint32_t phrase) {
    static const WordSet aiming = {"with", "to", "towards", "toward", "at", "against"};
    static const WordSet standing = {"popular", "unpopular"};
    if (phrase < 2 || !is_word(words, phrase - 1) || !is_word(words, phrase - 2) ||
        !aiming.contains(words.lower(sentence, phrase - 1))) {
        return false;
    }
    return std::any_of(cues.begin(), cues.end(), [&](const CueSpan& c) {
        return c.cue.kind == CueKind::characterization && c.last == phrase - 2 &&
               !standing.contains(c.cue.term);
    });
}

// A charge named as a noun ("did not answer the charge of complacency", "the accusations of
// cronyism", "allegations of fraud"): what follows "of" is the accusers' view, not the author's,
// and the accusers are unnamed. The noun holds its own clause, as a bare attribution noun does.
bool names_a_charge(std::string_view term) {
    return term == "charge of" || term == "accusation of" || term == "allegation of";
}

// Whether the clause at token `i`, after a comma and a conjunction that follow a reported view,
// is the author's answer to it rather than more of it: "Critics said he overpaid, and they appear
// to have been right" (a group of speakers is "they" to the author, never to themselves:
// `group_holder`), or an elliptical clause, a subject and an auxiliary with at most a negation or
// an adverb of assent after them, that ends the sentence: "Critics said she was reckless, and
// she was.", "..., but he wasn't." A clause of its own goes on with the view: "said he was tired,
// and he wanted to leave".
bool answers_the_report(std::string_view sentence, const Words& words, std::uint32_t i,
                        bool group_holder) {
    static const WordSet subjects = {"he", "she", "they", "it", "we"};
    static const WordSet assent = {"not", "never", "indeed", "too", "so", "certainly", "really"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    if (i >= count || !is_word(words, i)) {
        return false;
    }
    const std::string_view first = words.lower(sentence, i);
    if (first == "they" && group_holder) {
        return true;
    }
    std::uint32_t k = i;
    if (subjects.contains(first)) {
        ++k;
    } else {
        while (k < count && is_word(words, k) && starts_with_capital(words.text(sentence, k)) &&
               k < i + 3) {
            ++k; // a name: "..., and Berg was."
        }
    }
    if (k == i || k >= count || !is_word(words, k) ||
        !is_finite_auxiliary(words.lower(sentence, k))) {
        return false;
    }
    ++k;
    while (k < count && is_word(words, k) && assent.contains(words.lower(sentence, k))) {
        ++k;
    }
    for (; k < count; ++k) {
        if (is_word(words, k) || words.tokens[k].kind == text::TokenKind::number) {
            return false;
        }
    }
    return true;
}

// The first word of a reported clause that starts at token `from`, past its "that" and any
// punctuation, before token `end`; `end` when there is none.
std::uint32_t reported_clause_opener(std::string_view sentence, const Words& words,
                                     std::uint32_t from, std::uint32_t end) {
    while (from < end && (!is_word(words, from) || words.lower(sentence, from) == "that")) {
        ++from;
    }
    return from;
}

// "Critics say she is slow, and the board has been timid" (task r4): after a reported clause that
// opens with a person (a "he", a "she" or a name), a thing named with "the" and at most three
// words, then an auxiliary, opens a clause of the author's own. After a report about a thing
// ("say the plan is slow, and the board has been timid") a second thing is as often more of the
// report, and so is a possessive's noun phrase ("and her board").
bool names_a_new_thing_after_and(std::string_view sentence, const Words& words,
                                 std::uint32_t reach_from, std::uint32_t i) {
    constexpr std::uint32_t kThingWords = 3;
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    if (words.lower(sentence, i) != "the") {
        return false;
    }
    std::uint32_t k = i + 1;
    while (k < count && k <= i + kThingWords && is_word(words, k) &&
           !is_finite_auxiliary(words.lower(sentence, k))) {
        ++k;
    }
    if (k == i + 1 || k >= count || !is_word(words, k) ||
        !is_finite_auxiliary(words.lower(sentence, k))) {
        return false;
    }
    const std::uint32_t reported = reported_clause_opener(sentence, words, reach_from, i);
    if (reported >= i) {
        return false;
    }
    const std::string_view opener = words.lower(sentence, reported);
    return opener == "he" || opener == "she" ||
           (starts_with_capital(words.text(sentence, reported)) &&
            words.text(sentence, reported) != "I");
}

// Whether the clause at token `i`, right after ", and" in the reach of a reporting verb whose
// reported clause starts at `reach_from`, is the author's again (QA passes q24, q28): its
// subject is a name the reported clause does not open with ("Critics say it is a risky
// arrangement, and Vell has been arrogant"), or its verb is the author's judgement of what was
// reported, a modal with *well* or an adverb of likelihood ("Marrow has said he would rather
// settle, and he may well be sincere", "..., and she is probably right"). A second *that* ("...,
// and that she is careless"), the same subject ("say Vell is slow, and Vell is careless too") or
// a plain clause ("..., and she was reckless too") goes on with the view.
bool turns_to_the_author_after_and(std::string_view sentence, const Words& words,
                                   std::uint32_t reach_from, std::uint32_t i) {
    static const WordSet likelihood = {"probably", "surely",  "doubtless", "undoubtedly",
                                       "arguably", "perhaps", "rightly",   "plausibly"};
    static const WordSet modals = {"may", "might", "could"};
    static const WordSet pronouns = {"he", "she", "it"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    if (i < 2 || i + 1 >= count || !is_word(words, i) || words.lower(sentence, i - 1) != "and" ||
        words.text(sentence, i - 2) != ",") {
        return false;
    }
    if (names_a_new_thing_after_and(sentence, words, reach_from, i)) {
        return true;
    }
    // The subject: a pronoun, or a capitalized name of at most three words (not "I", the
    // author's own clause, told apart before this).
    std::uint32_t k = i;
    const bool pronoun = pronouns.contains(words.lower(sentence, i));
    if (pronoun) {
        ++k;
    } else {
        while (k < count && k < i + 3 && is_word(words, k) &&
               starts_with_capital(words.text(sentence, k)) && words.text(sentence, k) != "I") {
            ++k;
        }
    }
    if (k == i || k >= count || !is_word(words, k)) {
        return false;
    }
    const std::string_view verb = words.lower(sentence, k);
    // The author's judgement of the report: "may well", "is probably", "probably was".
    const std::string_view after =
        k + 1 < count && is_word(words, k + 1) ? words.lower(sentence, k + 1) : std::string_view();
    if ((modals.contains(verb) && after == "well") || likelihood.contains(verb) ||
        (is_finite_auxiliary(verb) && likelihood.contains(after))) {
        return true;
    }
    if (pronoun || !is_finite_auxiliary(verb)) {
        return false;
    }
    // A new subject named: not the one the reported clause opens with (after its "that").
    const std::uint32_t reported = reported_clause_opener(sentence, words, reach_from, i);
    if (reported >= i) {
        return false;
    }
    for (std::uint32_t n = i; n < k; ++n) {
        if (words.lower(sentence, n) == words.lower(sentence, reported)) {
            return false; // "say Vell is slow, and Sanna Vell is careless too"
        }
    }
    return true;
}

// A speech tag after a quotation ("“Reyes is reckless,” she told parliament", "..., said one
// player"): the verb at `verb` comes after a closing quotation mark with at most its speaker's
// few words between, or a speaker in apposition ("..., the chairman, Maurice Tallon, said"). The
// quotation is what the verb reports, so it needs no clause after it.
bool tags_quotation(std::string_view sentence, const Words& words, std::uint32_t verb) {
    constexpr std::uint32_t kSpeakerWords = 4;
    std::uint32_t k = verb;
    while (k > 0 && is_word(words, k - 1) && verb - k < kSpeakerWords) {
        --k;
    }
    if (after_closing_quote(sentence, words, k)) {
        return true;
    }
    // A speaker in apposition, one part of it a person's name ("“...,” the chairman, Maurice
    // Tallon, said"), each part at most four words between its commas.
    if (verb < 2 || words.text(sentence, verb - 1) != ",") {
        return false;
    }
    std::uint32_t second = verb - 1; // the second part: [second, verb - 1)
    while (second > 0 && is_word(words, second - 1) && verb - 1 - second < kSpeakerWords) {
        --second;
    }
    if (second == 0 || second == verb - 1 || words.text(sentence, second - 1) != ",") {
        return false;
    }
    std::uint32_t first = second - 1; // the first: [first, second - 1)
    while (first > 0 && is_word(words, first - 1) && second - 1 - first < kSpeakerWords) {
        --first;
    }
    return first < second - 1 &&
           (is_person_name(sentence, words, first, second - 1) ||
            is_person_name(sentence, words, second, verb - 1)) &&
           after_closing_quote(sentence, words, first);
}

// A verb of speech that introduces a quotation after a colon ("She added: “Reyes is reckless.”",
// "he told reporters: ..."): at most four words of its object between, then the colon and the
// opening mark. The quotation is what the verb reports, as in a speech tag after it.
bool introduces_quotation(std::string_view sentence, const Words& words, std::uint32_t last) {
    constexpr std::uint32_t kObjectWords = 4;
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    std::uint32_t k = last + 1;
    while (k < count && is_word(words, k) && k - last <= kObjectWords) {
        ++k;
    }
    return k + 1 < count && words.text(sentence, k) == ":" &&
           is_opening_quote(words.text(sentence, k + 1));
}

// "Hallam claimed victory", "she claimed the credit": "claim" whose object is a judgement (at
// most a determiner before it) asserts it, as "claim that" does; its speaker holds it, and no
// evidential doubts it for the author.
bool claims_a_judgement(std::string_view sentence, const Words& words, const CueSpan& span,
                        const std::vector<CueSpan>& cues) {
    static const WordSet determiners = {"a", "an", "the", "her", "his", "their", "its"};
    if (span.cue.term != "claim" || span.last + 1 >= words.tokens.size() ||
        !is_word(words, span.last + 1)) {
        return false;
    }
    std::uint32_t object = span.last + 1;
    if (determiners.contains(words.lower(sentence, object))) {
        ++object;
    }
    return std::any_of(cues.begin(), cues.end(), [&](const CueSpan& c) {
        return c.first == object && c.cue.kind == CueKind::characterization;
    });
}

// Whether the words from token `i` only add a judgement to a view, with no clause of their own:
// a concession or contrast word at most (*if, though, although, but, yet, albeit, even*), a
// *not* and scale words, then a characterization ("capable, if somewhat arrogant", "but
// arrogant"); not "but he was in fact prudent", which has a subject of its own.
bool goes_on_judging(std::string_view sentence, const Words& words,
                     const std::vector<CueSpan>& cues, std::uint32_t i) {
    static const WordSet conceding = {"if", "though", "although", "but", "yet", "albeit", "even"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    if (i < count && is_word(words, i) && conceding.contains(words.lower(sentence, i))) {
        ++i;
    }
    if (i < count && is_word(words, i) && words.lower(sentence, i) == "not") {
        ++i;
    }
    // After a degree word, one word the lexicon may lack that ends the clause is a judgement
    // too ("meticulous, if somewhat cold."): a degree word softens no clause of its own.
    bool softened = false;
    const auto one_last_word = [&] {
        return softened && i < count && is_word(words, i) &&
               (i + 1 == count || (!is_word(words, i + 1) && (words.text(sentence, i + 1) == "," ||
                                                              words.text(sentence, i + 1) == ".")));
    };
    for (const auto& c : cues) {
        if (c.first < i) {
            continue;
        }
        if (c.first > i) {
            return one_last_word();
        }
        if (c.cue.kind == CueKind::characterization) {
            return true;
        }
        // A scale word or a hedge that is also one ("somewhat") before the judgement.
        if (!is_scale(c.cue.kind) && c.cue.kind != CueKind::hedge) {
            return false;
        }
        softened = true;
        i = c.last + 1;
    }
    return one_last_word();
}

// "in * view", "in * eyes": a possessive right before the noun names whose view it is ("in her
// critics' view", "in Pep Aranda's view", "in their view"); "my" and "our" are the author, and
// no possessive ("in full view", "in plain view") names no one.
bool names_a_possessor(std::string_view sentence, const Words& words, const CueSpan& span) {
    std::uint32_t before = span.last - 1;
    if (before > span.first + 1 && words.lower(sentence, before) == "own") {
        --before; // "in his own view"
    }
    if (words.is_plural_possessive_mark(before)) {
        return true;
    }
    if (!is_word(words, before)) {
        return false;
    }
    const std::string_view word = words.lower(sentence, before);
    return is_possessive_pronoun(word) || without_possessive(word) != word;
}

// "In Smith's account, ...", "Berg was, in Smith's reading of the letters, reckless": a noun that
// also names a person's own act (an account, a reading, a telling, an assessment, an
// interpretation) frames the sentence as that person's view only where the phrase is set off:
// at the sentence's start or after a comma, and followed by a comma (an "of" phrase of at most
// six words may come first) or the sentence's end. Not "she was naive in her reading of the
// crisis", "wrong in her assessment of the threat", "paid the fee into her account".
bool frames_only_when_set_off(std::string_view term) {
    return term == "in * account" || term == "in * reading" || term == "in * telling" ||
           term == "in * assessment" || term == "in * interpretation";
}

bool set_off_by_commas(std::string_view sentence, const Words& words, const CueSpan& span) {
    if (span.first > 0 && words.text(sentence, span.first - 1) != ",") {
        return false;
    }
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    std::uint32_t next = span.last + 1;
    constexpr std::uint32_t kOfWords = 6;
    if (next < count && words.lower(sentence, next) == "of") {
        std::uint32_t end = next + 1;
        while (end < count && end <= next + kOfWords && is_word(words, end)) {
            ++end;
        }
        next = end;
    }
    if (next >= count) {
        return true;
    }
    const std::string_view mark = words.text(sentence, next);
    if (mark == ",") {
        return true;
    }
    // the sentence's end: only punctuation from here on
    for (std::uint32_t i = next; i < count; ++i) {
        if (is_word(words, i)) {
            return false;
        }
    }
    return mark == "." || mark == "!" || mark == "?";
}

// Whether a report at `span` ends a comparison: "than" (not "other than", "rather than") or the
// second "as" of "as bold as", then at most three words of a speaker and no clause after the verb
// ("less effective than he claims", "not as bold as his aides say", "more careful than
// alleged"). The report gives only the standard compared with, what the speaker said; the
// sentence itself is the author's, neither a view others hold nor a doubt of the author's.
bool reports_a_comparisons_standard(std::string_view sentence, const Words& words,
                                    const CueSpan& span) {
    constexpr std::uint32_t kSpeakerWords = 3;
    std::uint32_t k = span.first;
    while (k > 0 && span.first - k < kSpeakerWords + 1 && is_word(words, k - 1)) {
        --k;
        const std::string_view word = words.lower(sentence, k);
        const bool than = word == "than" && !(k > 0 && is_word(words, k - 1) &&
                                              (words.lower(sentence, k - 1) == "other" ||
                                               words.lower(sentence, k - 1) == "rather"));
        const bool second_as = word == "as" && k >= 2 &&
                               ((is_word(words, k - 2) && words.lower(sentence, k - 2) == "as") ||
                                (k >= 3 && is_word(words, k - 3) && is_word(words, k - 2) &&
                                 words.lower(sentence, k - 3) == "as"));
        if (than || second_as) {
            return !opens_reported_clause(sentence, words, span.last + 1, true);
        }
    }
    return false;
}

// "argue" meaning quarrel ("The two argued for hours", "families argue without ever saying what
// they mean", "argued with her board"): it reports a view only with one to report, a clause after
// it ("argue (that) she was reckless"), a quotation it tags or introduces, a stance taken "for" or
// "against" something (not "for hours"), a judgement before it that it closes ("She was
// reckless, critics argue"), an "as" before it ("as her critics argue"), or commas around it with
// its speaker ("Halvorsen is, critics argue, weak").
bool quarrels(std::string_view sentence, const Words& words, const CueSpan& span,
              const std::vector<CueSpan>& cues) {
    static const WordSet durations = {"hours",   "days",  "weeks", "months", "years", "decades",
                                      "minutes", "long",  "ages",  "while",  "hour",  "day",
                                      "week",    "month", "year",  "time"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    const std::uint32_t next = span.last + 1;
    if (opens_reported_clause(sentence, words, next, false) ||
        tags_quotation(sentence, words, span.first) ||
        introduces_quotation(sentence, words, span.last)) {
        return false;
    }
    // "for hours", "for a while", "for a long time": how long, not what for. The token after
    // the time, or 0 for none.
    const auto past_a_time = [&](std::uint32_t k) -> std::uint32_t {
        if (k < count && is_word(words, k) &&
            (words.lower(sentence, k) == "a" || words.lower(sentence, k) == "an")) {
            ++k;
        }
        if (k < count && is_word(words, k) && words.lower(sentence, k) == "long" && k + 1 < count &&
            is_word(words, k + 1) && durations.contains(words.lower(sentence, k + 1))) {
            ++k; // "for a long time"
        }
        return k < count && is_word(words, k) && durations.contains(words.lower(sentence, k))
                   ? k + 1
                   : 0;
    };
    if (next < count && is_word(words, next)) {
        const std::string_view after = words.lower(sentence, next);
        if (after == "against") {
            return false;
        }
        if (after == "for") {
            const std::uint32_t time = past_a_time(next + 1);
            if (time == 0 || opens_reported_clause(sentence, words, time, false)) {
                return false; // "argued for restraint"; "argued for hours that ..."
            }
        }
    }
    for (std::uint32_t k = span.first; k > 0 && span.first - k < 4 && is_word(words, k - 1); --k) {
        if (words.lower(sentence, k - 1) == "as") {
            return false;
        }
    }
    // Punctuation right after it, with a judgement before it in the sentence that it closes
    // off, or set off by commas itself ("Halvorsen is, critics argue, weak").
    const bool judgement_before = std::any_of(cues.begin(), cues.end(), [&](const CueSpan& c) {
        return is_governable(c.cue.kind) && c.last < span.first;
    });
    std::uint32_t speaker = span.first;
    while (speaker > 0 && span.first - speaker < 3 && is_word(words, speaker - 1)) {
        --speaker;
    }
    const bool inserted = speaker > 0 && words.text(sentence, speaker - 1) == "," && next < count &&
                          words.text(sentence, next) == ",";
    return !(next < count && !is_word(words, next) && (judgement_before || inserted));
}

// "The inquiry found documents that ministers had hidden", "found a doctor that was willing":
// after the object of *find* or *conclude* (the rows with '*' between the verb and "that"), a
// "that" may open a relative clause on the object rather than what was found, and no view is
// reported. Told by what follows it: a finite verb right after it (the "that" is the relative
// clause's subject: "a memo that was", "a doctor that agreed"; but not a verb of evidence,
// "documents that showed ...", whose clause is still what was found), or a short clause (two to
// five words) that ends on a verb in -ed or -en, or another past participle, with no object after
// it (the object is the noun before "that": "that ministers had hidden."). Not where the words
// between the verb and "that" are a time ("found last week that he had dithered", "concluded
// in March that") or end on a noun that takes a clause of its content ("found evidence that he
// had lied", "found no sign that").
bool opens_a_relative_clause(std::string_view sentence, const Words& words, const CueSpan& span) {
    const std::string_view term = span.cue.term;
    if (term != "find * that" && term != "found * that" && term != "conclude * that") {
        return false;
    }
    static const WordSet times = {
        "last",   "next",  "this",      "each",  "every", "in",     "on",    "at",
        "during", "after", "before",    "since", "by",    "within", "over",  "earlier",
        "later",  "today", "yesterday", "once",  "again", "time",   "times", "week",
        "weeks",  "month", "months",    "year",  "years", "day",    "days",  "morning"};
    static const WordSet contents = {
        "evidence",   "proof",       "sign",    "signs",   "indication", "indications",
        "suggestion", "suggestions", "hint",    "hints",   "claim",      "claims",
        "fact",       "facts",       "reports", "grounds", "nothing",    "no"};
    static const WordSet participles = {"made",   "kept",  "left", "done",   "lost", "held",
                                        "sent",   "found", "seen", "known",  "told", "paid",
                                        "bought", "sold",  "hid",  "buried", "said"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    if (span.last <= span.first + 1) {
        return false;
    }
    for (std::uint32_t k = span.first + 1; k < span.last; ++k) {
        if (!is_word(words, k) || times.contains(words.lower(sentence, k)) ||
            is_month_name(words.text(sentence, k))) {
            return false;
        }
    }
    if (contents.contains(words.lower(sentence, span.last - 1))) {
        return false;
    }
    const std::uint32_t next = span.last + 1;
    if (next >= count || !is_word(words, next)) {
        return false;
    }
    const std::string_view first = words.lower(sentence, next);
    // A relative clause of evidence still reports what was found: "found documents that showed
    // Vale was reckless" is the inquiry's finding, not the author's.
    static const WordSet evidence = {
        "show",        "shows",        "showed",      "prove",   "proves",   "proved",
        "reveal",      "reveals",      "revealed",    "suggest", "suggests", "suggested",
        "indicate",    "indicates",    "indicated",   "confirm", "confirms", "confirmed",
        "demonstrate", "demonstrates", "demonstrated"};
    if (evidence.contains(first)) {
        return false;
    }
    if (is_finite_auxiliary(first) || (first.ends_with("ed"sv) && first.size() > 4 &&
                                       !starts_with_capital(words.text(sentence, next)))) {
        return true;
    }
    // A short clause whose verb ends it: its object is the noun before "that".
    constexpr std::uint32_t kShortClause = 5;
    std::uint32_t end = next;
    while (end < count && is_word(words, end)) {
        ++end;
    }
    const std::uint32_t size = end - next;
    if (size < 2 || size > kShortClause) {
        return false;
    }
    const std::string_view last = words.lower(sentence, end - 1);
    return last.ends_with("ed"sv) || last.ends_with("en"sv) || participles.contains(last);
}

} // namespace

void apply_attribution(std::string_view sentence, const Words& words,
                       const std::vector<MentionAt>& mentioned,
                       const std::vector<MentionAt>& others, std::vector<CueSpan>& cues) {
    // A bare noun that is the object of a person's verb ("She spooked analysts with a reckless
    // cut", "She told analysts that ...") or whom a characterization is aimed at ("patient with
    // her critics") names people who say nothing: it holds no view, and does not end the reach
    // of an attribution before it. (The first 64 cues.)
    std::uint64_t objects = 0;
    for (std::size_t c = 0; c < cues.size() && c < 64; ++c) {
        const std::string_view term = cues[c].cue.term;
        if (cues[c].cue.kind == CueKind::attribution && term.ends_with("s"sv) &&
            !term.ends_with(" as"sv) && !term.starts_with("according"sv) && cues[c].first > 0) {
            const std::uint32_t phrase = noun_phrase_start(sentence, words, 0, cues[c].first);
            if (is_object_of_a_persons_verb(sentence, words, mentioned, others, 0, phrase) ||
                is_aimed_at_by_a_characterization(sentence, words, cues, phrase)) {
                objects |= std::uint64_t{1} << c;
            }
        }
    }
    const auto holds = [&](std::size_t c) {
        return (cues[c].cue.kind == CueKind::attribution || is_sourced_evidential(cues[c].cue)) &&
               (c >= 64 || (objects >> c & 1U) == 0);
    };
    for (std::size_t a = 0; a < cues.size(); ++a) {
        if (!holds(a)) {
            continue;
        }
        // The holder: from the start of the clause to the end of the attribution words.
        std::uint32_t start = cues[a].first;
        while (start > 0) {
            const auto& t = words.tokens[start - 1];
            if (t.kind == text::TokenKind::punctuation &&
                is_clause_break_punct(sentence.substr(t.begin, t.end - t.begin))) {
                break;
            }
            if (cues[a].first - start >= 6) {
                break;
            }
            --start;
        }
        // A relative clause on the speaker ("Colleagues who worked with her in that period
        // describe her as"): the holder reaches back to the noun it describes.
        constexpr std::uint32_t kRelativeReach = 14;
        for (std::uint32_t k = start > 0 ? start - 1 : start; k < cues[a].first; ++k) {
            const std::string_view word = is_word(words, k) ? words.lower(sentence, k) : "";
            if (word == "who" || word == "which") {
                start = k;
                while (start > 0 && cues[a].first - start < kRelativeReach &&
                       !is_break(sentence, words, start - 1)) {
                    --start;
                }
                break;
            }
        }
        // "In a review of the 2023 Sibelius cycle she called him": a subject pronoun right
        // before the verb (past one adverb or auxiliary) starts the holder; the words before it
        // set the scene.
        if (cues[a].first > start + 1) {
            const std::uint32_t speaker = speaker_token(sentence, words, cues[a].first);
            const std::string_view word =
                speaker > start && is_word(words, speaker) ? words.lower(sentence, speaker) : "";
            if (word == "she" || word == "he" || word == "they") {
                start = speaker;
            }
        }
        // A closing quote before the holder ("“Medina was brilliant,” said one player") is the
        // quotation's, not the holder's; nor is a conjunction that joins its clause to the one
        // before ("..., and he called her reckless").
        while (start < cues[a].first && (words.tokens[start].kind == text::TokenKind::punctuation ||
                                         is_joining_word(words.lower(sentence, start)))) {
            ++start;
        }
        // A reporting verb ("critics argue", "many view", "they criticize") holds the rest of
        // the sentence; a bare noun ("allies", "opposition from") only its own clause.
        const std::string_view term = cues[a].cue.term;
        std::string holder = slice(sentence, words.tokens[start], words.tokens[cues[a].last]);
        // "according to her critics" holds the whole sentence it sits in, wherever it sits
        // ("Halvorsen was, according to her critics, arrogant").
        // So does a fronted "To her detractors," or "For many observers," naming the people to
        // whom the rest of the sentence seems so.
        // Not "To the surprise of her critics,": the people come right after, with at most
        // their determiners ("To many of her critics" is not read).
        // Or inserted between commas: "now looks, to some observers, complacent".
        const bool inserted =
            start > 0 && start + 3 >= cues[a].first && words.text(sentence, start - 1) == ",";
        const std::string_view opening = words.lower(sentence, inserted ? start : 0);
        bool fronted = (start == 0 || inserted) && (opening == "to" || opening == "for") &&
                       cues[a].first <= start + 4 && cues[a].last + 1 < words.tokens.size() &&
                       words.text(sentence, cues[a].last + 1) == ",";
        for (std::uint32_t i = start + 1; fronted && i < cues[a].first; ++i) {
            const std::string_view word = words.lower(sentence, i);
            // "For all her critics, she remained popular" concedes; it grants them nothing.
            fronted = is_word(words, i) && word != "of" && !(i == start + 1 && word == "all");
        }
        // The holder opens with "according to" in any case (its first words, not all of it
        // lowered).
        constexpr std::string_view kAccordingTo = "according to";
        const bool according =
            text::folds_to(std::string_view(holder).substr(0, kAccordingTo.size()), kAccordingTo) ||
            fronted || frames_sentence(term);
        // Who the holder is (Cue::holder_key): the source named after the words, the speaker
        // after an inverted verb, the noun of a term that names one ("critics say"), else the
        // head of the noun phrase before the verb, up to the clause break.
        std::string key;
        // The source is named after the words: "according to one senior official", "in the
        // view of Hugo Lindgren", "in the eyes of its critics".
        std::uint32_t source_end = cues[a].last; // where the holder's words end
        // Not "accused of", whose words after it are the accusation.
        if (is_sourced_evidential(cues[a].cue) ||
            (frames_sentence(term) && term.ends_with(" of"sv))) {
            constexpr std::uint32_t kSourceWords = 6;
            std::uint32_t end = cues[a].last;
            while (end + 1 < words.tokens.size() && end < cues[a].last + kSourceWords &&
                   words.tokens[end + 1].kind != text::TokenKind::punctuation) {
                ++end;
            }
            if (end == cues[a].last && is_sourced_evidential(cues[a].cue)) {
                continue; // "according to" with no source after it holds nothing
            }
            holder = slice(sentence, words.tokens[start], words.tokens[end]);
            key = end == cues[a].last ? term_head(term)
                                      : speaker_head(sentence, words, cues[a].last + 1, end + 1);
            source_end = end;
        }
        // "in her critics' view", "in Pep Aranda's eyes": the possessor inside the words.
        if (term.starts_with("in * "sv)) {
            key = speaker_head(sentence, words, cues[a].first + 1, cues[a].last);
        }
        const bool noun_only = !according && (term.ends_with("s"sv) || term.ends_with(" from"sv) ||
                                              names_a_charge(term));
        // "dismissed allies who were honest": a clause that says what the people are gives
        // them no view to hold.
        if (noun_only && cues[a].last + 2 < words.tokens.size() &&
            words.lower(sentence, cues[a].last + 1) == "who" &&
            is_finite_be(words.lower(sentence, cues[a].last + 2))) {
            continue;
        }
        // A bare noun (not a verb before "as") is held by its noun phrase ("the majority of NATO
        // allies"), not by the words before it in its clause ("contested candidate amongst Baltic
        // allies"). A term that opens with its preposition ("amid concerns") is its own phrase.
        static const WordSet prepositions = {"amid", "among", "amongst", "from", "with",
                                             "by",   "of",    "in",      "at",   "to"};
        const std::string_view first_word = words.lower(sentence, cues[a].first);

        if (noun_only && !term.ends_with(" as"sv) && !prepositions.contains(first_word)) {
            holder = slice(sentence,
                           words.tokens[noun_phrase_start(sentence, words, start, cues[a].first)],
                           words.tokens[cues[a].last]);
        }
        // A verb that opens its clause has its subject before an insertion ("Critics, among
        // them members of the coalition, argue"): an attribution before it in the sentence
        // names the holder, or else the sentence's opening words do. The verb alone is never
        // the holder.
        // "“Medina was brilliant,” said one player": a verb right after a quotation, with its
        // speaker after it to the end of the sentence, holds the quotation before it.
        const std::uint32_t count = static_cast<std::uint32_t>(words.tokens.size());
        bool after_quotation = false;
        for (std::uint32_t i = cues[a].first;
             i > 0 && words.tokens[i - 1].kind == text::TokenKind::punctuation; --i) {
            const std::string_view mark = words.text(sentence, i - 1);
            after_quotation = after_quotation || mark == "\"" || mark == "\xe2\x80\x9d" ||
                              mark == "'" || mark == "\xe2\x80\x99";
        }
        // After a comma, the same order names a speaker only when what follows the verb is no
        // claim of its own ("Halvorsen was weak, said one former deputy", not "Two bankers, both
        // from the north, said Halvorsen was weak").
        bool after_comma = false;
        if (!after_quotation && cues[a].first > 0 &&
            words.text(sentence, cues[a].first - 1) == ",") {
            after_comma = true;
            for (std::size_t b = 0; b < cues.size(); ++b) {
                after_comma = after_comma && cues[b].first <= cues[a].last;
            }
            for (std::uint32_t i = cues[a].last + 1; i < words.tokens.size() && after_comma; ++i) {
                const std::string_view key = words.key(i);
                after_comma = key != "that" && key != "whether";
            }
        }
        bool inverted = false;
        // '"...," the chairman, Maurice Tallon, said on Thursday': a when or where right after
        // the verb is no speaker; the speaker came before it.
        const bool adjunct_after_verb =
            cues[a].last + 1 < words.tokens.size() && is_word(words, cues[a].last + 1) &&
            opens_a_tags_adjunct(words.lower(sentence, cues[a].last + 1));
        if (!noun_only && cues[a].first == cues[a].last && (after_quotation || after_comma) &&
            !adjunct_after_verb) {
            constexpr std::uint32_t kSpeakerWords = 5;
            std::uint32_t end = cues[a].last + 1;
            while (end < count && words.tokens[end].kind != text::TokenKind::punctuation) {
                ++end;
            }
            // "said the manager, Jonas Eide" and "said Jonas Eide, the manager": a speaker in
            // apposition is named by the part that is a person's name; and "said Jonas Eide, who
            // knew her": a relative clause on the speaker is still the speaker, and so is one on
            // the speaker's firm ("said Marta Ilves of Northgate Ventures, which led the round").
            std::uint32_t named_from = cues[a].last + 1;
            std::uint32_t named_to = end;
            std::uint32_t speaker_end = end;
            if (end + 1 < count && end > cues[a].last + 1 && words.text(sentence, end) == "," &&
                is_word(words, end + 1)) {
                std::uint32_t second_end = end + 1;
                while (second_end < count &&
                       words.tokens[second_end].kind != text::TokenKind::punctuation) {
                    ++second_end;
                }
                constexpr std::uint32_t kRelativeWords = 8;
                const std::string_view opener = words.lower(sentence, end + 1);
                const bool relative = opener == "who" || opener == "which" || opener == "whose";
                // "Marta Ilves of Northgate Ventures": a name, then "of" and a capitalized word.
                const auto person_of_a_firm = [&] {
                    for (std::uint32_t k = cues[a].last + 2; k + 1 < end; ++k) {
                        if (words.lower(sentence, k) == "of") {
                            return is_person_name(sentence, words, cues[a].last + 1, k) &&
                                   starts_with_capital(words.text(sentence, k + 1));
                        }
                    }
                    return false;
                };
                if (second_end - end - 1 <= (relative ? kRelativeWords : kSpeakerWords)) {
                    if (!relative && is_person_name(sentence, words, end + 1, second_end)) {
                        named_from = end + 1;
                        named_to = second_end;
                        speaker_end = second_end;
                    } else if ((is_person_name(sentence, words, cues[a].last + 1, end) ||
                                (relative && person_of_a_firm())) &&
                               (relative || is_unnamed_word(opener))) {
                        speaker_end = second_end;
                    }
                }
            }
            // "said the former captain Lee Whitmore on Saturday", "wrote Priya Natarajan of
            // Hollins Bank in a note to clients": a news report's tag names when or where
            // after its speaker, who ends at that adjunct's first word. The adjunct runs to the
            // sentence's end, past any punctuation ("after the 2-1 win"), and holds no cue.
            std::uint32_t speaker_words = end - cues[a].last - 1;
            bool adjunct = false;
            if (speaker_end == end) {
                for (std::uint32_t i = cues[a].last + 2; i < end; ++i) {
                    if (!opens_a_tags_adjunct(words.lower(sentence, i))) {
                        continue;
                    }
                    bool quiet = true;
                    for (std::size_t b = 0; b < cues.size(); ++b) {
                        quiet = quiet && cues[b].first < i;
                    }
                    if (quiet) {
                        speaker_words = i - cues[a].last - 1;
                        named_to = i;
                        speaker_end = i;
                        adjunct = true;
                    }
                    break;
                }
            }
            // "said the chairman, Maurice Tallon, at the unveiling": after a speaker in
            // apposition, a comma and a when or where that holds no cue (task t2).
            if (!adjunct && speaker_end != end && speaker_end + 1 < count &&
                words.text(sentence, speaker_end) == "," && is_word(words, speaker_end + 1) &&
                opens_a_tags_adjunct(words.lower(sentence, speaker_end + 1))) {
                adjunct = std::all_of(cues.begin(), cues.end(),
                                      [&](const CueSpan& c) { return c.first < speaker_end; });
            }
            bool only_punctuation_after = true;
            for (std::uint32_t i = speaker_end; i < count && !adjunct; ++i) {
                only_punctuation_after =
                    only_punctuation_after && words.tokens[i].kind == text::TokenKind::punctuation;
            }
            // A title before the name may make the speaker longer: "the former Ashford captain
            // Lee Whitmore".
            constexpr std::uint32_t kTitledSpeakerWords = 7;
            const std::uint32_t speaker_from = cues[a].last + 1;
            // "said Tom Ashby of the rival camp": the words after the name that say where he
            // belongs make the speaker no longer.
            const std::uint32_t named_words = speaker_phrase_words(
                sentence, words, speaker_from, speaker_from + speaker_words, true);
            const bool ends_in_a_name =
                speaker_words > 2 &&
                is_person_name(sentence, words, speaker_from + speaker_words - 2,
                               speaker_from + speaker_words);
            if (end > cues[a].last + 1 &&
                (named_words <= kSpeakerWords ||
                 (ends_in_a_name && speaker_words <= kTitledSpeakerWords)) &&
                only_punctuation_after) {
                inverted = true;
                holder =
                    slice(sentence, words.tokens[cues[a].first], words.tokens[speaker_end - 1]);
                key = speaker_head(sentence, words, named_from, named_to);
            }
        }
        // (A verb before "as" ends in "s" as nouns do: "Investors, however, view her as"; not a
        // passive, "was, however, seen as".) Its
        // auxiliaries, a negation and -ly adverbs open the clause with it: "Investors, however,
        // do not regard her as credible".
        bool opens_clause = start > 0;
        for (std::uint32_t k = start; opens_clause && k < cues[a].first; ++k) {
            const std::string_view word = is_word(words, k) ? words.lower(sentence, k) : "";
            opens_clause = (is_finite_auxiliary(word) && !is_finite_be(word)) || word == "not" ||
                           word == "never" || word.ends_with("ly"sv) || is_plain_adverb(word);
        }
        // Three words, the verb, its object and "as": not a term that names its own speaker
        // ("they see him as").
        const auto object_slot = [](std::string_view t) {
            const auto space = t.find(' ');
            if (space == std::string_view::npos) {
                return false;
            }
            const std::string_view rest = t.substr(space + 1);
            return rest == "* as"sv || rest == "her as"sv || rest == "him as"sv ||
                   rest == "them as"sv;
        };
        // Nor a participle opening a clause of its own (", presenting a Russian victory as").
        bool verb_before_as =
            object_slot(term) && !is_ing_form(words.lower(sentence, cues[a].first));
        for (std::uint32_t k = 0; verb_before_as && k < start; ++k) {
            if (is_break(sentence, words, k)) {
                verb_before_as = k == 0 || !is_finite_be(words.lower(sentence, k - 1));
                break;
            }
        }
        if (!inverted && (!noun_only || verb_before_as) && !according && opens_clause &&
            term_speaker(term).empty()) {
            std::string earlier;
            std::string earlier_key;
            for (std::size_t b = 0; b < a; ++b) {
                if (cues[b].cue.kind == CueKind::attribution && !cues[b].cue.holder.empty()) {
                    earlier = cues[b].cue.holder;
                    earlier_key = cues[b].cue.holder_key;
                }
            }
            if (earlier.empty()) {
                const std::uint32_t clause = clause_before_insertion(sentence, words, start);
                std::uint32_t end = clause;
                while (end < start && !is_break(sentence, words, end)) {
                    ++end;
                }
                constexpr std::uint32_t kSubjectWords = 6;
                const std::uint32_t subject_words =
                    speaker_phrase_words(sentence, words, clause, end, false);
                if (end > clause && end < start && subject_words <= kSubjectWords) {
                    earlier = slice(sentence, words.tokens[clause], words.tokens[end - 1]);
                    earlier_key = speaker_head(sentence, words, clause, end);
                }
                // An appositive ("The editor, Amara Lindgren, wrote that", "Amara Lindgren, the
                // editor, wrote that"): the person named in either part is the holder, so both
                // orders name the same one.
                if (end > clause && end + 1 < start && subject_words <= kSubjectWords &&
                    words.text(sentence, end) == "," && words.text(sentence, start - 1) == ",") {
                    std::uint32_t second_end = end + 1;
                    while (second_end < start - 1 && is_word(words, second_end)) {
                        ++second_end;
                    }
                    const bool two_parts = second_end == start - 1 && second_end > end + 1 &&
                                           second_end - end - 1 <= kSubjectWords;
                    for (const auto& [from, to] :
                         {std::pair{clause, end}, std::pair{end + 1, second_end}}) {
                        if (two_parts && is_person_name(sentence, words, from, to)) {
                            earlier = slice(sentence, words.tokens[from], words.tokens[to - 1]);
                            earlier_key = speaker_head(sentence, words, from, to);
                            break;
                        }
                    }
                }
            }
            if (!earlier.empty()) {
                holder = earlier;
                key = earlier_key;
            }
        }
        // A passive verb ("Kessler was criticised for being reckless") is no view of the one
        // named before it: the holder is the verb, with its agent when "by" names one ("was
        // criticised by her own party").
        if ((!noun_only || term.ends_with(" as"sv)) && !according && !inverted &&
            !is_stance_adjective(words.lower(sentence, cues[a].first))) {
            if (const auto passive =
                    passive_holder(sentence, words, start, cues[a].first, cues[a].last)) {
                holder = *passive;
            }
        }
        if (key.empty() && names_a_charge(term)) {
            key = std::string(kUnnamedHolder); // whoever made the charge
        }
        if (key.empty()) {
            key = holder_key_before(sentence, words, cues[a], according || noun_only);
        }
        if (!is_sourced_evidential(cues[a].cue)) {
            cues[a].cue.holder = holder; // the evidential stays the author's doubt
            cues[a].cue.holder_key = key;
        }
        std::uint32_t scope_end = static_cast<std::uint32_t>(words.tokens.size());
        // Speakers who are a group are "they" to the author who reports them.
        const bool group_holder = key == "they" || key == kUnnamedHolder ||
                                  is_plural_agent_noun(key) ||
                                  is_plural_agent_noun(term_head(term_speaker(term)));
        bool inside_quotation = false;                     // of one opened after the attribution
        const std::uint32_t reach_from = cues[a].last + 1; // the first token after the verb
        // The author's own clause after a comma ("called her reckless, and I think he was
        // right"): "I" opens it, after the comma or a conjunction right after it, outside a
        // quotation (the speaker's "I"). Not "we", which reported words keep ("said that,
        // after such incidents, we have to stay calm"). Whether the word at `i` follows one.
        const auto after_a_comma = [&](std::uint32_t i) {
            std::uint32_t k = i - 1;
            if (k > reach_from && is_joining_word(words.lower(sentence, k))) {
                --k;
            }
            while (k > reach_from && is_quote_mark(words.text(sentence, k))) {
                --k; // "... was rash,” and I think"
            }
            return words.text(sentence, k) == ",";
        };
        // after_a_comma() ends on a comma, at most a joining word and quote marks back: the
        // token before, or the one before that, is a comma or a quote mark. Checked first,
        // by its first byte, since most words of a reach follow neither.
        const auto may_mark = [&](std::uint32_t k) {
            const std::string_view mark = words.text(sentence, k);
            return !mark.empty() && mark.size() <= 3 &&
                   (mark[0] == ',' || mark[0] == '"' || mark[0] == '\'' || mark[0] == '\xe2');
        };
        // Worked out once, not at every token of the reach (the loop below tests each token).
        const bool verb_as = noun_only && term.ends_with(" as"sv);
        const auto token_count = static_cast<std::uint32_t>(words.tokens.size());
        for (std::uint32_t i = reach_from; i < token_count; ++i) {
            const auto& t = words.tokens[i];
            const std::string_view token = sentence.substr(t.begin, t.end - t.begin);
            const bool punctuation = t.kind == text::TokenKind::punctuation;
            // A noun holds its own clause; a verb the rest of the sentence, up to a semicolon or
            // a contrast after a comma, where the author answers ("Critics argue he was rash,
            // but he was in fact prudent").
            // Not an adverb inserted right after the attribution's own comma ("For critics,
            // however, she was reckless"): that one turns from what came before.
            // A contrast that only adds a judgement of the same one, with no clause of its own,
            // goes on with the view ("say he is capable, but arrogant"), and so does any inside
            // a quotation opened after the attribution, the speaker's own words ("said he was
            // “decisive, but no longer listening to anyone”").
            // (The token before first: most words of a reach follow a word.)
            const bool contrast = !punctuation && !inside_quotation && i > reach_from + 1 &&
                                  words.tokens[i - 1].kind == text::TokenKind::punctuation &&
                                  is_contrast_word(token) &&
                                  !goes_on_judging(sentence, words, cues, i);
            // So does a comma after a verb before "as", whose view is otherwise its clause's:
            // "describe him as capable, if arrogant", "view her as careful, even timid".
            const bool as_verb_goes_on =
                verb_as && token == "," && goes_on_judging(sentence, words, cues, i + 1);
            // A noun's clause also ends where "and" starts a new predicate: "ignored her
            // critics and was decisive" gives the critics nothing.
            const bool next_predicate = noun_only && !punctuation && text::folds_to(token, "and") &&
                                        i + 1 < token_count &&
                                        starts_predicate(words.text(sentence, i + 1));
            const bool authors_clause =
                !punctuation && i > reach_from && !inside_quotation &&
                (may_mark(i - 1) || (i - 1 > reach_from && may_mark(i - 2))) &&
                (token == "I" || answers_the_report(sentence, words, i, group_holder) ||
                 turns_to_the_author_after_and(sentence, words, reach_from, i)) &&
                after_a_comma(i);
            // A second predicate of the speaker's after "and", told by a past tense after a
            // modal of the reported clause: "She said she would cut taxes and refused to answer
            // questions" (the author's statement of her refusal).
            const bool speakers_predicate =
                !noun_only && !punctuation && !inside_quotation && text::folds_to(token, "and") &&
                joins_the_speakers_predicate(sentence, words, reach_from, i);
            if (punctuation && is_quote_mark(token) && !words.is_plural_possessive_mark(i)) {
                inside_quotation = !inside_quotation;
            }
            if ((noun_only && punctuation && is_clause_break_punct(token) && !as_verb_goes_on) ||
                (punctuation && token == ";") || contrast || next_predicate || authors_clause ||
                speakers_predicate) {
                scope_end = i;
                break;
            }
        }
        bool closes = true;
        for (std::uint32_t i = cues[a].last + 1; i < words.tokens.size() && !inverted && !according;
             ++i) {
            if (words.tokens[i].kind != text::TokenKind::punctuation) {
                closes = false;
                break;
            }
        }
        // A speech tag holds the quotation before it whatever follows the verb ("“Reyes is
        // reckless,” she told parliament", "she said on Monday").
        closes =
            closes || (!noun_only && !according && tags_quotation(sentence, words, cues[a].first));
        // "careful, honest and, according to his staff, rather dull": after a conjunction, the
        // source holds only the coordinate it opens; what came before stays the author's.
        if (according && start > 0) {
            std::uint32_t k = start - 1;
            if (k > 0 && words.text(sentence, k) == ",") {
                --k;
            }
            const std::string_view word = words.lower(sentence, k);
            if (word == "and" || word == "but" || word == "or" || word == "yet") {
                closes = false;
                // The coordinate ends where another one starts after a comma, or at a semicolon:
                // "..., according to her staff, rather dull, and her budgets are realistic"
                // leaves "realistic" the author's.
                for (std::uint32_t i = source_end + 2; i + 1 < scope_end; ++i) {
                    const std::string_view mark = words.text(sentence, i);
                    if (mark == ";" || (mark == "," && is_word(words, i + 1) &&
                                        is_joining_word(words.lower(sentence, i + 1)))) {
                        scope_end = i;
                        break;
                    }
                }
            }
        }
        // A verb inserted between commas after its speaker ("Castellanos was reckless, Ortiz
        // said, but ...") holds the clause before it, as one that closes the sentence does.
        // When the clause before holds no view ("Marchbank is, her critics say, abrasive"), the
        // insertion holds the rest of its clause after it instead.
        if (!noun_only && !according && start > 0 && cues[a].last + 1 < words.tokens.size() &&
            words.text(sentence, start - 1) == "," &&
            words.text(sentence, cues[a].last + 1) == ",") {
            std::uint32_t clause = start - 1;
            while (clause > 0 && !is_break(sentence, words, clause - 1)) {
                --clause;
            }
            const bool view_before = std::any_of(cues.begin(), cues.end(), [&](const CueSpan& c) {
                return is_governable(c.cue.kind) && c.first >= clause && c.last < start - 1;
            });
            if (view_before) {
                closes = true;
                scope_end = cues[a].last + 1; // and not what follows the insertion
            } else {
                closes = false;
                scope_end = cues[a].last + 2;
                while (scope_end < words.tokens.size() && !is_break(sentence, words, scope_end)) {
                    ++scope_end;
                }
            }
        }
        // A verb that labels holds no predicate after its label: in "Marsh called Murtagh
        // incompetent and was reckless herself", *reckless* is the author's. What else follows
        // the label stays the caller's ("called her arrogant in private and prudent in public").
        if (term == "call" || term.starts_with("call "sv) || is_labelling_verb(term)) {
            if (const auto label = label_of(sentence, words, cues[a], cues)) {
                for (std::uint32_t i = label->first; i < scope_end; ++i) {
                    if (joins_a_predicate(sentence, words, cues, i)) {
                        scope_end = i;
                        break;
                    }
                }
            }
        }
        // So does a verb that judges its object, with no clause of its own to report: in "she
        // criticised Olander, and she was reckless" (also "praised ... and was"), what follows
        // "and" is a new predicate, the author's; so is what follows a comma or a dash, unless it
        // goes on listing judgements ("condemned her as arrogant, reckless and weak"): in "While
        // the Kremlin was quick to condemn the assault, theories ... gained traction" the
        // theories are the author's report.
        if (judges_its_object(term)) {
            auto lists_a_judgement = [&](std::uint32_t i) {
                return std::any_of(cues.begin(), cues.end(), [&](const CueSpan& c) {
                    return c.first == i &&
                           (c.cue.kind == CueKind::characterization || is_scale(c.cue.kind));
                });
            };
            for (std::uint32_t i = cues[a].last + 1; i < scope_end; ++i) {
                const std::string_view mark = words.text(sentence, i);
                const bool breaks = !is_word(words, i) &&
                                    (mark == "," || mark == ":" || mark == "\xe2\x80\x93" ||
                                     mark == "\xe2\x80\x94") &&
                                    !lists_a_judgement(i + 1);
                if (breaks || joins_a_predicate(sentence, words, cues, i)) {
                    scope_end = i;
                    break;
                }
            }
        }
        // A verb whose object is a pronoun before a break reports no clause: in "She denies it,
        // and she has been candid" or "He said so; he was right", what follows is the author's.
        if (!noun_only && !according && reports_only_its_object(sentence, words, cues[a].last)) {
            scope_end = std::min(scope_end, cues[a].last + 2);
        }
        // A concession holds no view: "whatever her critics say", "regardless of what critics
        // argue" grant the critics nothing of what follows.
        // So does an "as" clause set off by commas: "Aranda was, as his critics said, arrogant"
        // agrees with them, and "was not, as his critics claimed, arrogant" answers them; either
        // way the view is the author's, the words only cite others.
        if (const std::string_view first_word = words.lower(sentence, start);
            first_word == "whatever" || first_word == "regardless" ||
            (first_word == "as" && !according &&
             (start == 0 || words.text(sentence, start - 1) == ",") &&
             cues[a].last + 1 < words.tokens.size() &&
             words.text(sentence, cues[a].last + 1) == ",")) {
            scope_end = cues[a].last + 1;
            closes = false;
        }
        // Another attribution between this one and a cue takes the cue over ("Rivals say she
        // was dismissive, and former colleagues describe her as impatient").
        // A noun inside this one's own holder ("analysts said", "in the view of her critics")
        // is its speaker, not another view.
        const auto between = [&](std::uint32_t from, std::uint32_t to) {
            for (std::size_t b = 0; b < cues.size(); ++b) {
                const bool speaker = cues[b].first >= start && cues[b].last <= source_end;
                if (b != a && holds(b) && !speaker && cues[b].first > from && cues[b].first < to) {
                    return true;
                }
            }
            return false;
        };
        // A bare noun that closes the sentence as the "of" of another noun holds its own clause
        // only: "..., with the backing of all 32 NATO allies" holds nothing of the clause before
        // its comma, while "she was weak, to her critics" and "she was unpopular among Baltic
        // allies" are their views.
        std::uint32_t closes_from = 0;
        const std::uint32_t phrase =
            noun_only && closes ? noun_phrase_start(sentence, words, 0, cues[a].first) : 0;
        const bool of_another_noun =
            phrase > 0 && is_word(words, phrase - 1) && words.lower(sentence, phrase - 1) == "of";
        for (std::uint32_t k = cues[a].first; of_another_noun && k-- > 0;) {
            if (words.tokens[k].kind == text::TokenKind::punctuation &&
                is_clause_break_punct(words.text(sentence, k))) {
                closes_from = k + 1;
                break;
            }
        }
        for (std::size_t t = 0; t < cues.size(); ++t) {
            if (t == a || holds(t)) {
                continue;
            }
            // "is often described as", "are sometimes seen as": an adverb between the passive's
            // auxiliary and its verb says how often others say so, not how sure the author is.
            const bool of_the_passive =
                (cues[t].cue.kind == CueKind::hedge || cues[t].cue.kind == CueKind::booster) &&
                cues[t].first == cues[t].last && cues[t].last + 1 == cues[a].first &&
                cues[t].first > 0 && is_word(words, cues[t].first - 1) &&
                is_auxiliary(words.lower(sentence, cues[t].first - 1));
            // "some would say", "others may argue", "some might call him": a modal right before
            // the verb says what the speakers would say, not how sure the author is.
            const bool of_the_speakers = !noun_only && !according && is_modal(cues[t].cue) &&
                                         cues[t].first == cues[t].last &&
                                         cues[t].last + 1 == cues[a].first;
            if ((of_the_passive || of_the_speakers) && cues[t].cue.holder.empty()) {
                cues[t].cue.holder = holder;
                cues[t].cue.holder_key = key;
                cues[t].held_by = static_cast<std::uint32_t>(a);
                continue;
            }
            const bool after = cues[t].first > cues[a].last && cues[t].first < scope_end &&
                               !between(cues[a].last, cues[t].first);
            const bool before = closes && cues[t].first >= closes_from &&
                                cues[t].first < cues[a].first &&
                                !between(cues[t].first, cues[a].first);
            if (after || before) {
                if (cues[t].cue.holder.empty()) {
                    cues[t].cue.holder = holder;
                    cues[t].cue.holder_key = key;
                    cues[t].held_by = static_cast<std::uint32_t>(a);
                }
            }
        }
    }
}

bool after_closing_quote(std::string_view sentence, const Words& words, std::uint32_t k) {
    bool closing = false;
    bool ended = false;
    for (; k > 0 && words.tokens[k - 1].kind == text::TokenKind::punctuation; --k) {
        const std::string_view mark = words.text(sentence, k - 1);
        closing = closing || closes_quotation(sentence, words, k - 1);
        ended = ended || mark == "," || mark == "!" || mark == "?";
    }
    return closing && ended;
}

bool opens_reported_clause(std::string_view sentence, const Words& words, std::uint32_t from,
                           bool object_first) {
    static const std::vector<std::string_view> particles = {
        "about", "of",    "in",    "on",        "for",  "with",  "at",    "by",
        "into",  "up",    "over",  "through",   "so",   "twice", "again", "back",
        "out",   "ahead", "aloud", "otherwise", "like", "as",    "free"};
    static const std::vector<std::string_view> stops = {
        "to",  "who",  "whom", "whose", "which", "whether", "if",  "how",
        "why", "what", "when", "where", "while", "because", "and", "but"};
    static const std::vector<std::string_view> subjects = {"he", "she", "they", "we", "i", "you"};
    const auto in = [](const std::vector<std::string_view>& list, std::string_view word) {
        return std::find(list.begin(), list.end(), word) != list.end();
    };
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    while (from < count && is_word(words, from) && words.lower(sentence, from).ends_with("ly"sv) &&
           words.lower(sentence, from).size() > 4) {
        ++from; // "believe firmly that", "thinks strategically"
    }
    if (from >= count || !is_word(words, from)) {
        return false;
    }
    const std::string_view first = words.lower(sentence, from);
    if (first == "that" || in(subjects, first)) {
        return true;
    }
    if (in(particles, first)) {
        return false;
    }
    // "believe Murtagh panicked": a name, then a verb in the past.
    if (starts_with_capital(words.text(sentence, from))) {
        std::uint32_t k = from;
        while (k < count && is_word(words, k) && starts_with_capital(words.text(sentence, k))) {
            ++k;
        }
        if (k < count && is_word(words, k) && words.lower(sentence, k).ends_with("ed"sv)) {
            return true;
        }
    }
    constexpr std::uint32_t kClauseWords = 6;
    for (std::uint32_t k = from; k < count && k < from + kClauseWords; ++k) {
        // A number in the object's words, a date's ("told ministers on 14 February that", task
        // s2 of the seventeenth session), is passed over; other punctuation ends the search.
        if (!is_word(words, k)) {
            if (object_first && k > from && words.tokens[k].kind == text::TokenKind::number) {
                continue;
            }
            break;
        }
        const std::string_view word = words.lower(sentence, k);
        if (word == "that" && k > from) {
            return object_first; // "told reporters that"; after a belief verb a relative clause
        }
        if (in(stops, word)) {
            return false;
        }
        if (is_finite_auxiliary(word)) {
            return k > from;
        }
    }
    return false;
}

void drop_non_reporting_uses(std::string_view sentence, const Words& words,
                             std::vector<CueSpan>& cues) {
    static const WordSet determiners = {"the",   "a",   "an", "this", "his", "her",
                                        "their", "its", "my", "our",  "your"};
    static const WordSet prepositions = {"of", "in", "for", "with", "from", "without", "by"};
    for (std::size_t c = 0; c < cues.size(); ++c) {
        const CueSpan& span = cues[c];
        if ((span.cue.kind == CueKind::attribution || span.cue.kind == CueKind::evidential) &&
            reports_a_comparisons_standard(sentence, words, span)) {
            cues[c].dropped = true;
            continue;
        }
        if (span.cue.kind != CueKind::attribution) {
            continue; // every use below is an attribution's
        }
        const std::string_view term = span.cue.term;
        if (opens_a_relative_clause(sentence, words, span)) {
            cues[c].dropped = true;
            continue;
        }
        // "reckless in his judgements", "in her readings": a plural names the person's acts or
        // views in general, not the one view that frames the sentence ("in his judgement").
        const bool plural_frame = term.starts_with("in * "sv) && !term.ends_with("s"sv) &&
                                  words.lower(sentence, span.last).ends_with("s"sv);
        if (span.cue.kind == CueKind::attribution &&
            (term == "in my view" || term == "in my opinion" || plural_frame ||
             (term.starts_with("in * "sv) && !names_a_possessor(sentence, words, span)) ||
             (frames_only_when_set_off(term) && !set_off_by_commas(sentence, words, span)))) {
            cues[c].dropped = true; // the author's own view, or no one's ("in full view")
            continue;
        }
        const std::string_view before = span.first > 0 && is_word(words, span.first - 1)
                                            ? words.lower(sentence, span.first - 1)
                                            : std::string_view();
        // "the charge of complacency", "a familiar charge of", "charges of fraud": not "in charge
        // of", "took charge of", which give a task. A singular charge needs a determiner right
        // before it, or one word before that (not "in").
        if (term == "charge of" && !words.lower(sentence, span.first).ends_with("s"sv)) {
            const std::string_view two_before = span.first > 1 && is_word(words, span.first - 2)
                                                    ? words.lower(sentence, span.first - 2)
                                                    : std::string_view();
            static const WordSet charge_determiners = {"the", "a",     "an",  "this", "that",
                                                       "any", "such",  "his", "her",  "their",
                                                       "its", "every", "one", "each"};
            cues[c].dropped =
                !(charge_determiners.contains(before) ||
                  (charge_determiners.contains(two_before) && !before.empty() && before != "in"));
            continue;
        }
        // "Varga was denied tenure": something withheld from her, no one's view.
        if (span.cue.kind == CueKind::attribution && (term == "deny" || term == "denied") &&
            is_auxiliary(before)) {
            cues[c].dropped = true;
            continue;
        }
        // "voted 78% in favour of", "fell out of favour and was reckless", "with praise for", "an
        // advocate of": a verb of stance that is a noun too reports nothing as the noun, after a
        // determiner or a preposition, as a verb of belief does not ("out of fear").
        if ((term == "favour" || term == "favor" || term == "praise" || term == "advocate") &&
            (determiners.contains(before) || prepositions.contains(before))) {
            cues[c].dropped = true;
            continue;
        }
        // "Two things favour her:", "Three facts argue against him": a count of things opening
        // a lead-in is no one holding a view; what follows is the author's. A verb's subject only:
        // not a noun of people after the thing ("the one point critics concede").
        if (is_counted_thing_noun(before) && term_speaker(term).empty() &&
            !is_plural_agent_noun(words.lower(sentence, span.first))) {
            cues[c].dropped = true;
            continue;
        }
        // "The two argued for hours", "the way families argue without ever saying": "argue" that
        // means quarrel reports nothing.
        if (term == "argue" || term.ends_with(" argue"sv)) {
            cues[c].dropped = quarrels(sentence, words, span, cues);
            if (cues[c].dropped) {
                continue;
            }
        }
        // "“Reyes is reckless,” she added": verbs of speech that report only the quotation
        // they tag; "added a tax", "wrote a book" report nothing.
        if (span.cue.kind == CueKind::attribution && speaks_only_in_a_tag(term)) {
            cues[c].dropped = !tags_quotation(sentence, words, span.first) &&
                              !introduces_quotation(sentence, words, span.last);
            continue;
        }
        if (span.cue.kind != CueKind::attribution ||
            !(is_belief_verb(term) || is_telling_verb(term) || is_labelling_verb(term))) {
            continue;
        }
        const std::string_view written = words.lower(sentence, span.first);
        // After a determiner, or a preposition ("out of fear he would resign", "in thought"):
        // a noun. Not after "to", an infinitive ("came to believe she was").
        const bool noun = determiners.contains(before) || prepositions.contains(before);
        if (is_labelling_verb(term)) {
            const std::string_view after = span.last + 1 < words.tokens.size()
                                               ? words.lower(sentence, span.last + 1)
                                               : std::string_view();
            // The verb takes its object right after it ("branded Murtagh", "labelled him", "dubbed
            // the plan"), or is passive ("was labelled reckless"): "a record label that was
            // reckless", "the label was" are nouns.
            static const WordSet objects = {
                "him", "her", "them", "it",  "us",    "me",  "himself", "herself", "themselves",
                "the", "a",   "an",   "his", "their", "its", "this",    "these",   "those"};
            const bool object = objects.contains(after) ||
                                (span.last + 1 < words.tokens.size() &&
                                 (starts_with_capital(words.text(sentence, span.last + 1)) ||
                                  is_opening_quote(words.text(sentence, span.last + 1))));
            const bool passive = is_auxiliary(before) || before.ends_with("ly"sv);
            cues[c].dropped = noun || !(object || passive) || is_ing_form(written) ||
                              !labels_with_a_characterization(sentence, words, span, cues);
            continue;
        }
        const bool participle = is_ing_form(written) && !is_auxiliary(before);
        // "It is hard to believe she was reckless", "it is tempting to think": the author's own
        // (in)credulity, no one else's view.
        const bool impersonal = before == "to" && words.lower(sentence, 0) == "it";
        // "Her record tells us she was reckless", "the figures told investors": evidence speaks
        // for the author, as "the figures suggest" does; no one holds the view.
        const bool evidential_subject = is_telling_verb(term) && is_evidence_noun(before);
        cues[c].dropped =
            noun || participle || impersonal || evidential_subject ||
            (!opens_reported_clause(sentence, words, span.last + 1, is_telling_verb(term)) &&
             !tags_quotation(sentence, words, span.first) &&
             !introduces_quotation(sentence, words, span.last) &&
             !claims_a_judgement(sentence, words, span, cues));
        // The verb that reports its clause replaces the evidential of the same word: "claim",
        // and "alleged" for "allege" (task r4).
        if (!cues[c].dropped && (term == "claim" || term == "allege")) {
            const std::string_view evidential = term == "claim" ? "claim"sv : "alleged"sv;
            for (std::size_t e = 0; e < cues.size(); ++e) {
                cues[e].dropped = cues[e].dropped ||
                                  (cues[e].cue.kind == CueKind::evidential &&
                                   cues[e].first == span.first && cues[e].cue.term == evidential);
            }
        }
    }
    erase_marked(cues);
}

void deny_views_of_almost_no_one(std::string_view sentence, const Words& words,
                                 std::vector<CueSpan>& cues) {
    static const WordSet between = {"still", "now", "ever", "really", "any", "would", "could",
                                    "will",  "can", "do",   "does",   "did", "much",  "longer"};
    static const WordSet nearly = {"hardly", "scarcely", "barely", "almost"};
    static const WordSet anyone = {"anyone", "anybody", "nobody", "no-one"};
    static const WordSet opening = {"and", "but", "yet", "while", "whereas", "though", "although"};
    // drop_non_reporting_uses, just before, leaves no cue dropped: nothing to erase unless a
    // denial here drops its negation.
    bool dropped = false;
    for (std::size_t c = 0; c < cues.size(); ++c) {
        CueSpan& span = cues[c];
        if (span.cue.kind != CueKind::attribution || span.first != span.last || span.first == 0) {
            continue;
        }
        std::uint32_t end = span.first; // one past the speakers' words
        while (end > 0 && is_word(words, end - 1) &&
               (between.contains(words.lower(sentence, end - 1)) ||
                words.lower(sentence, end - 1).ends_with("ly"sv))) {
            --end;
        }
        const auto word_at = [&](std::uint32_t k) {
            return is_word(words, k) ? words.lower(sentence, k) : std::string_view();
        };
        // "Few of her colleagues admire", "few of the voters trust": the "of" of a "few" up to
        // three words before the speakers' last word (the words between all words), or 0.
        const auto few_of = [&](std::uint32_t last_word) -> std::uint32_t {
            constexpr std::uint32_t kOfWords = 3;
            for (std::uint32_t k = last_word; k > 1 && last_word - k < kOfWords;) {
                --k;
                const std::string_view word = word_at(k);
                if (word.empty()) {
                    return 0;
                }
                if (word == "of") {
                    return word_at(k - 1) == "few" ? k : 0;
                }
            }
            return 0;
        };
        if (end == 0) {
            continue;
        }
        std::uint32_t begin = end - 1;
        const std::string_view last = word_at(begin);
        if (last == "few" || last == "one") {
            if (last == "one" && !(begin > 0 && word_at(begin - 1) == "no")) {
                continue;
            }
            if (last == "one") {
                --begin;
            }
        } else if (begin > 0 && word_at(begin - 1) == "few" && !last.empty() &&
                   !starts_with_capital(words.text(sentence, begin))) {
            --begin; // "few historians"
        } else if (const std::uint32_t of = last.empty() ? 0 : few_of(begin); of > 0) {
            begin = of - 1; // "few of her colleagues"
        } else if (!anyone.contains(last)) {
            continue;
        }
        if (begin > 0 && (nearly.contains(word_at(begin - 1)) || word_at(begin - 1) == "very")) {
            --begin;
        }
        if (word_at(begin) == "few" && begin > 0 && word_at(begin - 1) == "a") {
            continue; // "a few historians admire her": some do
        }
        if ((last == "anyone" || last == "anybody") && !nearly.contains(word_at(begin))) {
            continue; // "anyone who admires her"
        }
        if (begin > 0 && is_word(words, begin - 1) && !opening.contains(word_at(begin - 1))) {
            continue;
        }
        for (auto& other : cues) {
            if (other.cue.kind == CueKind::negation && other.first >= begin && other.last < end) {
                other.dropped = true; // "Hardly", "no": part of the denial
                dropped = true;
            }
        }
        span.cue.kind = CueKind::negation;
        span.first = begin;
        span.cue.begin = words.tokens[begin].begin;
        span.cue.words = slice(sentence, words.tokens[begin], words.tokens[span.last]);
    }
    if (dropped) {
        erase_marked(cues);
    }
}

void assign_named_holders(std::string_view sentence, const Words& words,
                          const std::vector<MentionAt>& mentioned,
                          const std::vector<MentionAt>& others, std::vector<CueSpan>& cues) {
    constexpr std::uint32_t kNameWords = 4;
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    // The person whose name ends at token `last`: a subject, kNoOwner for another person, or
    // none.
    const auto person_ending_at = [&](std::uint32_t last) -> std::optional<std::uint32_t> {
        for (const auto* list : {&mentioned, &others}) {
            for (const auto& m : *list) {
                if (m.last == last) {
                    return m.subject;
                }
            }
        }
        return std::nullopt;
    };
    std::uint32_t from = 0;
    if (count > 2 && is_word(words, 0)) {
        const std::string_view opening = words.lower(sentence, 0);
        if (opening == "to" || opening == "for") {
            from = 1;
        }
    }
    std::uint32_t end = from;
    while (end < count && end < from + kNameWords && is_word(words, end) &&
           starts_with_capital(words.text(sentence, end))) {
        ++end;
    }
    if (end == from || end + 1 >= count) {
        return;
    }
    const std::string_view mark = words.text(sentence, end);
    const bool fronted = from == 1 && mark == ",";
    const bool spoken = from == 0 && mark == ":" && is_opening_quote(words.text(sentence, end + 1));
    if (!fronted && !spoken) {
        return;
    }
    const auto person = person_ending_at(end - 1);
    // "For Murtagh, the defeat was humiliating" says how things stood for the subject, not
    // what she thinks: only "To" gives a subject her own view.
    if (!person || (from == 1 && *person != Cue::kNoOwner && words.lower(sentence, 0) == "for")) {
        return;
    }
    const std::string holder = slice(sentence, words.tokens[0], words.tokens[end - 1]);
    const std::string_view key = without_possessive(words.lower(sentence, end - 1));
    for (auto& span : cues) {
        if (span.first > end && is_governable(span.cue.kind) && span.cue.holder.empty()) {
            span.cue.holder = holder;
            span.cue.holder_key = key;
            span.cue.holder_subject = *person;
        }
    }
}

std::optional<std::pair<std::uint32_t, std::uint32_t>>
opening_appositive(std::string_view sentence, const Words& words, std::uint32_t comma) {
    constexpr std::uint32_t kPartWords = 6;
    constexpr std::uint32_t kClauseWords = 12;
    if (comma < 3 || words.text(sentence, comma) != ",") {
        return std::nullopt;
    }
    std::uint32_t open = comma - 1;
    while (open > 0 && comma - open <= kClauseWords && is_word(words, open)) {
        --open;
    }
    if (open == 0 || open + 1 == comma || words.text(sentence, open) != "," || open > kPartWords ||
        (comma - open > kPartWords + 1 && !opens_relative_clause(sentence, words, open + 1))) {
        return std::nullopt;
    }
    for (std::uint32_t k = 0; k < open; ++k) {
        if (!is_word(words, k)) {
            return std::nullopt;
        }
    }
    return std::pair{open - 1, comma - 1};
}

std::uint32_t speaker_token(std::string_view sentence, const Words& words, std::uint32_t verb) {
    const bool copula = is_stance_adjective(words.lower(sentence, verb));
    std::uint32_t before = verb - 1;
    if (before > 0 && is_word(words, before) &&
        (words.lower(sentence, before).ends_with("ly"sv) ||
         is_plain_adverb(words.lower(sentence, before)))) {
        --before;
    }
    if (before > 0 && is_word(words, before)) {
        const std::string_view word = words.lower(sentence, before);
        const bool be = is_auxiliary(word) || word.starts_with("isn"sv) ||
                        word.starts_with("wasn"sv) || word.starts_with("aren"sv) ||
                        word.starts_with("weren"sv);
        if ((is_finite_auxiliary(word) && !be) || (copula && is_auxiliary(word))) {
            --before;
        }
    }
    return before;
}

void hold_by_the_convinced(std::string_view sentence, const Words& words,
                           std::vector<CueSpan>& cues) {
    constexpr std::uint32_t kNegationGap = 2;
    for (std::size_t a = 0; a < cues.size(); ++a) {
        const CueSpan& verb = cues[a];
        if (verb.cue.kind != CueKind::attribution || !brings_to_a_view(verb.cue.term) ||
            verb.last < verb.first + 2) {
            continue;
        }
        std::string object;
        slice_into(sentence, words.tokens[verb.first + 1], words.tokens[verb.last - 1], object);
        const std::string key(without_possessive(words.lower(sentence, verb.last - 1)));
        std::size_t denial = cues.size();
        for (std::size_t n = 0; n < cues.size(); ++n) {
            if (cues[n].cue.kind == CueKind::negation && !cues[n].cue.governs &&
                cues[n].last < verb.first && cues[n].last + 1 + kNegationGap >= verb.first) {
                denial = n;
            }
        }
        for (std::size_t c = 0; c < cues.size(); ++c) {
            if (c != a && cues[c].held_by != a) {
                continue;
            }
            CueDraft& cue = cues[c].cue;
            cue.holder = object;
            cue.holder_key = key;
            cue.holder_referent.clear();
            cue.holder_subject = Cue::kNoOwner;
            if (c != a && denial < cues.size() && cue.kind == CueKind::characterization) {
                cue.negated = !cue.negated;
                cue.negation = join_words(cue.negation, cues[denial].cue.words);
                cues[denial].cue.governs = true;
            }
        }
    }
}

} // namespace redraft::claims::detail
