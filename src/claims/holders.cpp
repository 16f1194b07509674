#include "claims/holders.hpp"

#include <redraft/claims/claims.hpp>
#include <redraft/text/tokens.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "claims/cue_search.hpp"
#include "claims/people.hpp"
#include "claims/sentence_words.hpp"
#include "claims/word_classes.hpp"
#include "claims/word_set.hpp"

namespace redraft::claims::detail {

using namespace std::string_view_literals;

namespace {

// "Putin’s" -> "putin": a capitalized possessive word as an owner, lowered without its ending;
// nothing for another word (lowered only once its capital is seen: most words have none).
std::optional<std::string> capitalized_possessor(std::string_view word) {
    if (word.empty() || word[0] < 'A' || word[0] > 'Z') {
        return std::nullopt;
    }
    const std::string lower = lowercase(word);
    const std::string_view owner = without_possessive(lower);
    if (owner == lower) {
        return std::nullopt;
    }
    return std::string(owner);
}

} // namespace

bool joins_the_speakers_predicate(std::string_view sentence, const Words& words, std::uint32_t from,
                                  std::uint32_t at) {
    static const std::array<std::string_view, 9> modals = {
        "would", "will", "could", "can", "might", "may", "should", "shall", "must"};
    // Past tenses that do not end in -ed.
    static const std::array<std::string_view, 34> irregular = {
        "was",    "were",    "had",   "did",     "said",  "made", "took",   "gave",  "went",
        "told",   "kept",    "left",  "thought", "found", "held", "stood",  "won",   "lost",
        "sought", "brought", "met",   "sent",    "spent", "felt", "became", "began", "came",
        "saw",    "knew",    "wrote", "spoke",   "chose", "paid", "sold"};
    const auto one_of = [](const auto& list, std::string_view word) {
        return std::find(list.begin(), list.end(), word) != list.end();
    };
    const auto adverb = [](std::string_view word) {
        return word == "not" || word == "never" || word == "then" || word == "also" ||
               word == "later" || (word.size() > 4 && word.ends_with("ly"sv));
    };
    bool modal = false;
    for (std::uint32_t k = from; k < at; ++k) {
        if (!is_word(words, k)) {
            continue;
        }
        const std::string_view word = words.lower(sentence, k);
        if (!one_of(modals, word)) {
            continue;
        }
        std::uint32_t verb = k + 1;
        while (verb < at && is_word(words, verb) && adverb(words.lower(sentence, verb))) {
            ++verb;
        }
        if (verb >= at || !is_word(words, verb)) {
            return false;
        }
        const std::string_view next = words.lower(sentence, verb);
        if (next == "be" || next == "have" || next == "been" || next == "get") {
            return false;
        }
        modal = true;
    }
    if (!modal) {
        return false;
    }
    std::uint32_t verb = at + 1;
    while (verb < words.tokens.size() && is_word(words, verb) &&
           adverb(words.lower(sentence, verb))) {
        ++verb;
    }
    if (verb >= words.tokens.size() || !is_word(words, verb)) {
        return false;
    }
    const std::string_view word = words.lower(sentence, verb);
    return one_of(irregular, word) ||
           (word.size() >= 5 && word.ends_with("ed"sv) && !word.ends_with("eed"sv));
}

std::uint32_t noun_phrase_start(std::string_view sentence, const Words& words, std::uint32_t floor,
                                std::uint32_t noun) {
    static const WordSet attached = {
        "the",     "a",        "an",      "all",     "many",      "most",     "some",   "several",
        "few",     "her",      "his",     "their",   "its",       "our",      "my",     "your",
        "other",   "both",     "these",   "those",   "such",      "own",      "former", "fellow",
        "senior",  "numerous", "various", "leading", "prominent", "longtime", "vocal",  "more",
        "foreign", "domestic", "western", "eastern", "close",     "key"};
    static const WordSet quantities = {"majority", "most", "many", "some", "all",   "several",
                                       "one",      "none", "few",  "half", "number"};
    const auto in = [](const WordSet& set, std::string_view word) { return set.contains(word); };
    std::uint32_t begin = noun;
    while (begin > floor && words.tokens[begin - 1].kind != text::TokenKind::punctuation) {
        const std::string_view text = words.text(sentence, begin - 1);
        const std::string_view word = words.lower(sentence, begin - 1);
        const bool digits = words.tokens[begin - 1].kind == text::TokenKind::number;
        const bool capital = starts_with_capital(text) && begin - 1 > 0; // not any first word
        const bool superlative = word.size() > 5 && word.ends_with("est"sv);
        const bool joins = word == "and" && begin - 1 > floor &&
                           starts_with_capital(words.text(sentence, begin - 2)) &&
                           starts_with_capital(words.text(sentence, begin));
        const bool of = word == "of" && begin - 1 > floor && is_word(words, begin - 2) &&
                        in(quantities, words.lower(sentence, begin - 2));
        if (!(in(attached, word) || digits || capital || superlative || joins || of)) {
            break;
        }
        begin -= of ? 2 : 1; // "of" takes its quantity with it
    }
    return begin;
}

std::optional<std::string> passive_holder(std::string_view sentence, const Words& words,
                                          std::uint32_t floor, std::uint32_t first,
                                          std::uint32_t last) {
    std::optional<std::uint32_t> auxiliary;
    // A term that opens with its own form of "be" ("is trusted to") is the passive whole: "Rutte
    // is trusted to" is not Rutte's view.
    if (const std::string_view word = is_word(words, first) ? words.lower(sentence, first) : "";
        is_finite_be(word) || word == "be" || word == "been") {
        auxiliary = first;
    }
    for (std::uint32_t i = first; !auxiliary && i > floor && first - i < 2 && is_word(words, i - 1);
         --i) {
        const std::string_view word = words.lower(sentence, i - 1);
        if (is_auxiliary(word)) {
            auxiliary = i - 1;
            break;
        }
        if (!word.ends_with("ly"sv) && word != "not" && word != "never") {
            break; // only an adverb between: "is widely seen as", "was never charged with"
        }
    }
    if (!auxiliary) {
        return std::nullopt;
    }
    std::uint32_t end = last;
    if (end + 1 < words.tokens.size() && words.lower(sentence, end + 1) == "by") {
        static const WordSet stops = {"for",  "as",    "that", "to", "of",
                                      "over", "after", "in",   "and"};
        constexpr std::uint32_t kAgentWords = 5;
        std::uint32_t k = end + 2;
        while (k < words.tokens.size() && k <= end + 1 + kAgentWords && is_word(words, k) &&
               !stops.contains(words.lower(sentence, k))) {
            ++k;
        }
        if (k > end + 2) {
            end = k - 1;
        }
    }
    return slice(sentence, words.tokens[*auxiliary], words.tokens[end]);
}

std::string speaker_head(std::string_view sentence, const Words& words, std::uint32_t from,
                         std::uint32_t to) {
    std::vector<std::uint32_t> kept;
    for (std::uint32_t i = from; i < to; ++i) {
        if (!is_word(words, i)) {
            if (kept.empty()) {
                continue;
            }
            break;
        }
        const std::string_view lower = words.lower(sentence, i);
        if (ends_speaker_phrase(lower)) {
            if (kept.empty()) {
                continue;
            }
            break;
        }
        kept.push_back(i);
    }
    std::string head;
    std::string adverb;
    std::size_t at = kept.size();
    for (std::size_t k = kept.size(); k-- > 0;) {
        const std::string_view lower = words.lower(sentence, kept[k]);
        if (is_unnamed_word(lower) || std::isdigit(static_cast<unsigned char>(lower[0]))) {
            continue;
        }
        if ((lower.size() > 4 && lower.ends_with("ly"sv)) || is_plain_adverb(lower)) {
            adverb = adverb.empty() ? lower : adverb;
            continue;
        }
        head = without_possessive(lower);
        at = k;
        break;
    }
    if (head.empty()) {
        return adverb.empty() ? std::string(kUnnamedHolder) : adverb;
    }
    for (std::size_t k = at; k-- > 0;) {
        if (const auto owner = capitalized_possessor(words.text(sentence, kept[k]))) {
            return *owner + "’s " + head;
        }
    }
    return head;
}

std::string_view term_speaker(std::string_view term) {
    const auto space = term.rfind(' ');
    if (space == std::string_view::npos || term.ends_with("s"sv) || term.ends_with(" from"sv)) {
        return {};
    }
    static const WordSet function_words = {"that",   "as",   "of",  "to",  "be",   "for",
                                           "saying", "from", "her", "him", "them", "it"};
    const std::string_view last = term.substr(space + 1);
    if (function_words.contains(last) || term.find('*') != std::string_view::npos) {
        return {};
    }
    return term.substr(0, space);
}

std::string term_head(std::string_view words) {
    std::string head(kUnnamedHolder);
    std::size_t begin = 0;
    while (begin <= words.size()) {
        std::size_t end = words.find(' ', begin);
        if (end == std::string_view::npos) {
            end = words.size();
        }
        const std::string_view word = words.substr(begin, end - begin);
        if (!word.empty() && !is_unnamed_word(word)) {
            head = word;
        }
        begin = end + 1;
    }
    return head;
}

std::uint32_t speaker_phrase_words(std::string_view sentence, const Words& words,
                                   std::uint32_t from, std::uint32_t to, bool in_tag) {
    constexpr std::uint32_t kAffiliationWords = 5;
    for (std::uint32_t k = from + 1; k + 1 < to; ++k) {
        const std::string_view word = words.lower(sentence, k);
        if (word != "of" && word != "at" && word != "from" && word != "for") {
            continue;
        }
        std::uint32_t name = k + 1;
        if (words.lower(sentence, name) == "the") {
            ++name;
        }
        bool affiliation = name < to && to - name <= kAffiliationWords;
        // After a person's name or in a speech tag, words of any case name where the speaker
        // belongs ("Tom Ashby of the rival camp", "said a spokesman for the rival camp"), not a
        // clause ("of the camp that calls her reckless"). Before a verb, after no name, only
        // capitalized ones do: "Whitcombe was a junior councillor at the time, ... has cited"
        // is a clause of its own.
        const bool any_case = in_tag || is_person_name(sentence, words, from, k);
        for (std::uint32_t i = name; affiliation && i < to; ++i) {
            affiliation =
                is_word(words, i) && (any_case ? !is_clause_break_word(words.lower(sentence, i))
                                               : starts_with_capital(words.text(sentence, i)));
        }
        return affiliation ? k - from : to - from;
    }
    return to - from;
}

std::uint32_t clause_before_insertion(std::string_view sentence, const Words& words,
                                      std::uint32_t verb) {
    // The insertion: back from the comma before the verb to the break that opens it.
    std::uint32_t insertion = verb - 1;
    while (insertion > 0 && !is_break(sentence, words, insertion - 1)) {
        --insertion;
    }
    if (insertion < 2 || words.text(sentence, insertion - 1) != ",") {
        return 0;
    }
    // The words before it, back to the break before them.
    std::uint32_t before = insertion - 1;
    while (before > 0 && !is_break(sentence, words, before - 1)) {
        --before;
    }
    if (before == 0 || before + 1 >= insertion - 1) {
        return 0;
    }
    // '"...," the chairman, Maurice Tallon, said': the break is the quotation's end.
    const auto closing_mark = [&](std::uint32_t k) {
        return words.text(sentence, k) == "\"" || words.text(sentence, k) == "\xe2\x80\x9d";
    };
    if (words.text(sentence, before - 1) == "," && closing_mark(before)) {
        return before + 1;
    }
    if (before >= 2 && words.text(sentence, before - 2) == "," && closing_mark(before - 1)) {
        return before;
    }
    // ", but the minister, ...": the break is the conjunction itself.
    static const WordSet opening = {"but", "yet", "while", "whereas", "though", "although"};
    if (opening.contains(words.lower(sentence, before - 1))) {
        return before;
    }
    // ", and her deputy, ...": a comma, then the conjunction.
    static const WordSet joining = {"and", "or", "so"};
    if (words.text(sentence, before - 1) == "," &&
        joining.contains(words.lower(sentence, before))) {
        return before + 1;
    }
    return 0;
}

std::string holder_key_before(std::string_view sentence, const Words& words, const CueSpan& cue,
                              bool noun) {
    const std::string_view term = cue.cue.term;
    const std::string_view first_word = term.substr(0, term.find(' '));
    // The passive: a participle ("seen as", "widely regarded as", "described as") with a form
    // of "be" before it, only adverbs between ("is often seen as", "was, however, described
    // as").
    std::uint32_t verb = cue.first;
    while (verb < cue.last && words.lower(sentence, verb).ends_with("ly"sv)) {
        ++verb;
    }
    const std::string_view participle = words.lower(sentence, verb);
    static const WordSet irregular = {"seen",  "said", "thought", "held",
                                      "known", "told", "taken",   "made"};
    bool passive = is_auxiliary(first_word) || first_word == "it";
    if (participle.ends_with("ed"sv) || participle.ends_with("en"sv) ||
        participle.ends_with("wn"sv) || irregular.contains(participle)) {
        // Only adverbs may stand between them: "weak, analysts said" is no passive.
        static const WordSet adverbs = {
            "often",  "also",  "still",  "now",  "however", "long", "even",      "sometimes",
            "always", "never", "rarely", "once", "already", "then", "therefore", "thus"};
        constexpr std::uint32_t kBeforeParticiple = 3; // words, not counting punctuation
        std::uint32_t seen = 0;
        for (std::uint32_t i = cue.first; i > 0 && seen < kBeforeParticiple && !passive; --i) {
            if (!is_word(words, i - 1)) {
                continue;
            }
            ++seen;
            const std::string_view lower = words.lower(sentence, i - 1);
            passive = is_auxiliary(lower);
            if (!passive && !lower.ends_with("ly"sv) && !adverbs.contains(lower)) {
                break;
            }
        }
    }
    if (passive) {
        return std::string(kUnnamedHolder);
    }
    // A term that names its holder's noun: the noun, with a named owner just before it
    // ("Putin’s critics argue").
    const auto with_owner = [&](std::string head) {
        constexpr std::uint32_t kOwnerWords = 3;
        for (std::uint32_t i = cue.first;
             i > 0 && cue.first - i < kOwnerWords && is_word(words, i - 1); --i) {
            if (const auto owner = capitalized_possessor(words.text(sentence, i - 1))) {
                return *owner + "’s " + head;
            }
        }
        return head;
    };
    if (noun && term.rfind(' ') != std::string_view::npos &&
        term.substr(term.rfind(' ') + 1) == "as") {
        noun = false; // "view * as", "seen as": a verb
    }
    if (noun) {
        return with_owner(
            term_head(term.ends_with(" from"sv) ? term.substr(0, term.size() - 5) : term));
    }
    if (const std::string_view speaker = term_speaker(term); !speaker.empty()) {
        return with_owner(term_head(speaker));
    }
    constexpr std::uint32_t kPhraseWords = 12;
    std::uint32_t start = cue.first;
    while (start > 0 && cue.first - start < kPhraseWords &&
           !(words.tokens[start - 1].kind == text::TokenKind::punctuation &&
             is_clause_break_punct(words.text(sentence, start - 1)))) {
        --start;
    }
    // A verb right after an insertion between commas ("Investors, however, view her as") has
    // its speaker before the insertion: the sentence's opening words.
    if (start == cue.first && start > 0) {
        std::uint32_t end = 0;
        while (end < start && !is_break(sentence, words, end)) {
            ++end;
        }
        return speaker_head(sentence, words, 0, end);
    }
    return speaker_head(sentence, words, start, cue.first);
}

bool is_person_name(std::string_view sentence, const Words& words, std::uint32_t from,
                    std::uint32_t to) {
    if (from >= to || is_unnamed_word(words.lower(sentence, from)) ||
        !starts_with_capital(words.text(sentence, to - 1))) {
        return false;
    }
    bool named = false;
    for (std::uint32_t i = from; i < to; ++i) {
        const std::string_view word = words.text(sentence, i);
        if (!is_word(words, i) || !(starts_with_capital(word) || is_name_particle(word))) {
            return false;
        }
        named = named || (starts_with_capital(word) && !is_non_name_word(word));
    }
    return named;
}

std::optional<HolderReferent> group_referent(std::span<const Cue> previous) {
    for (auto c = previous.rbegin(); c != previous.rend(); ++c) {
        if (c->kind != CueKind::attribution || c->holder.empty()) {
            continue;
        }
        const std::string_view key = c->holder_key;
        const bool group =
            c->holder_subject == Cue::kNoOwner && key != kUnnamedHolder && key.ends_with('s') &&
            !key.ends_with("'s"sv) && !key.ends_with("\xe2\x80\x99s"sv) &&
            (!c->holder_referent.empty() || c->holder.find(key) != std::string::npos ||
             lowercase(c->holder).starts_with(key));
        if (!group) {
            return std::nullopt;
        }
        return HolderReferent{std::string(c->holder_referent.empty() ? key : c->holder_referent),
                              std::string(key)};
    }
    return std::nullopt;
}

} // namespace redraft::claims::detail
