#include "claims/mentions.hpp"

#include <redraft/claims/claims.hpp>
#include <redraft/text/ascii.hpp>
#include <redraft/text/tokens.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claims/attribution.hpp"
#include "claims/cue_search.hpp"
#include "claims/people.hpp"
#include "claims/sentence_words.hpp"
#include "claims/word_classes.hpp"
#include "claims/word_set.hpp"

namespace redraft::claims::detail {

using namespace std::string_view_literals;

namespace {

// Whether `word`, as written, is a verb of speech: a one-word attribution row of the lexicon
// matches it ("said", "told", "argued", "drawled"; not the rows of plural nouns, "critics",
// "analysts"), the rows by which a speech tag holds its quotation, so that the tag's speaker and
// its view read one list of verbs (QA pass q27: `“...,” Ilves drawled`).
bool is_speech_verb(const Lexicon& lexicon, std::string_view word) {
    const auto* rows = lexicon.candidates(word_key(word));
    if (rows == nullptr) {
        return false;
    }
    return std::any_of(rows->begin(), rows->end(), [&](std::uint32_t row) {
        const LexiconEntry& entry = lexicon.entry(row);
        const std::string_view term = entry.term;
        if (entry.kind != CueKind::attribution || entry.keys.size() != 1) {
            return false;
        }
        if (term.size() > 2 && term.front() == '"' && term.back() == '"') {
            return written_as(word, term.substr(1, term.size() - 2)); // "noted", "notes"
        }
        return !term.ends_with("s"sv);
    });
}

// Where an appositive describing the person named up to token `name_last` ends (its last word,
// before its closing comma): from a determiner or possessive after the name's comma, at most six
// words with no punctuation, to the next comma ("Nadia Korsgaard, his deputy, ...", "Tomas
// Reiner, a senator, ..."). `name_last` when none follows.
std::uint32_t appositive_end(std::string_view sentence, const Words& words,
                             std::uint32_t name_last) {
    static const WordSet openers = {"a", "an", "the", "his", "her", "their", "one"};
    const std::size_t count = words.tokens.size();
    if (name_last + 2 >= count || words.text(sentence, name_last + 1) != "," ||
        !openers.contains(lowercase(words.text(sentence, name_last + 2)))) {
        return name_last;
    }
    for (std::uint32_t k = name_last + 3; k < count && k <= name_last + 8; ++k) {
        if (!is_word(words, k)) {
            return words.text(sentence, k) == "," ? k - 1 : name_last;
        }
    }
    return name_last;
}

// Where a relative clause set off by commas right after the name ending at token `name_last`
// ends (its last word, before its closing comma): *who*, *whom* or *whose* after the name's
// comma, at most twelve words ("Falk, who chairs the committee, has long called the mayor
// reckless": the verb is still Falk's; QA pass q27). `name_last` when there is none.
std::uint32_t relative_clause_end(std::string_view sentence, const Words& words,
                                  std::uint32_t name_last) {
    static const WordSet openers = {"who", "whom", "whose"};
    constexpr std::uint32_t kClauseWords = 12;
    const std::size_t count = words.tokens.size();
    if (name_last + 2 >= count || words.text(sentence, name_last + 1) != "," ||
        !openers.contains(lowercase(words.text(sentence, name_last + 2)))) {
        return name_last;
    }
    for (std::uint32_t k = name_last + 3; k < count && k <= name_last + 2 + kClauseWords; ++k) {
        if (!is_word(words, k) && words.tokens[k].kind != text::TokenKind::number) {
            return words.text(sentence, k) == "," ? k - 1 : name_last;
        }
    }
    return name_last;
}

} // namespace

bool names_another_person(std::string_view sentence, const Words& words, std::uint32_t at,
                          std::size_t alias_words, const std::vector<std::string>& subject_keys,
                          bool heading) {
    if (heading || at == 0 || alias_words >= subject_keys.size() || !is_word(words, at - 1)) {
        return false;
    }
    const std::string_view before = words.text(sentence, at - 1);
    const std::string_view between = sentence.substr(
        words.tokens[at - 1].end, words.tokens[at].begin - words.tokens[at - 1].end);
    if (between.empty() || between.find_first_not_of(" \n") != std::string_view::npos ||
        !starts_with_capital(before) || is_possessive(before) || is_non_name_word(before) ||
        is_name_particle(before)) {
        return false;
    }
    const bool acronym =
        before.size() >= 2 &&
        std::none_of(before.begin(), before.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    bool opens = true;
    for (std::uint32_t k = 0; k + 1 < at && opens; ++k) {
        opens = !is_word(words, k);
    }
    return !acronym && !opens &&
           std::find(subject_keys.begin(), subject_keys.end(), words.key(at - 1)) ==
               subject_keys.end();
}

std::optional<std::size_t> renamed_pronoun(std::string_view sentence, const Words& words,
                                           std::uint32_t at,
                                           const std::vector<MentionAt>& mentioned) {
    constexpr std::uint32_t kNounWords = 3; // "her younger half-brother,"
    if (at < 3 || words.text(sentence, at - 1) != ",") {
        return std::nullopt;
    }
    for (std::uint32_t k = at - 1; k-- > 0 && at - 1 - k <= kNounWords + 1;) {
        if (!is_word(words, k)) {
            return std::nullopt;
        }
        const std::string_view word = words.lower(sentence, k);
        if (is_possessive_pronoun(word) && word != "its") {
            for (std::size_t m = mentioned.size(); m-- > 0;) {
                if (mentioned[m].token == k) {
                    return k + 1 < at - 1 ? std::optional<std::size_t>(m) : std::nullopt;
                }
            }
            return std::nullopt;
        }
    }
    return std::nullopt;
}

bool opens_coordinate_clause(std::string_view sentence, const Words& words, std::uint32_t pronoun) {
    if (pronoun >= 1 && words.text(sentence, pronoun - 1) == ";") {
        return true;
    }
    if (pronoun < 2 || !is_word(words, pronoun - 1) || words.text(sentence, pronoun - 2) != ",") {
        return false;
    }
    const std::string_view joining = words.lower(sentence, pronoun - 1);
    return joining == "and" || joining == "but" || joining == "yet";
}

bool gives_way_to_other_gender(std::string_view sentence, const Words& words, std::uint32_t at) {
    const std::string_view self = words.lower(sentence, at);
    const bool masculine = self == "he";
    if (!masculine && self != "she") {
        return false;
    }
    const auto names_someone = [&](std::uint32_t k) {
        return starts_with_capital(words.text(sentence, k)) &&
               !text::folds_to(words.text(sentence, k), "i");
    };
    // A pronoun inside a quotation does not keep the person from one outside it, nor the other
    // way round: in `"She was arrogant," he said` the speech tag's "he" is its speaker.
    const auto toggles_quotation = [&](std::uint32_t k) {
        return words.tokens[k].kind == text::TokenKind::punctuation &&
               is_quote_mark(words.text(sentence, k)) && !words.is_plural_possessive_mark(k);
    };
    bool quoted_at = false;
    for (std::uint32_t k = 0; k < at; ++k) {
        quoted_at = quoted_at != toggles_quotation(k);
    }
    bool quoted = false;
    for (std::uint32_t k = 0; k < at; ++k) {
        quoted = quoted != toggles_quotation(k);
        if (!is_word(words, k) || quoted != quoted_at) {
            continue;
        }
        const std::string_view word = words.lower(sentence, k);
        if (word == "he" || word == "she") {
            if (word != self) {
                for (std::uint32_t between = k + 1; between < at; ++between) {
                    if (is_word(words, between) && names_someone(between)) {
                        return false;
                    }
                }
                return true;
            }
            return false; // the sentence's first of its gender keeps the person
        }
    }
    for (std::uint32_t k = at + 1; k < words.tokens.size(); ++k) {
        if (!is_word(words, k)) {
            continue;
        }
        if (names_someone(k)) {
            return false;
        }
        const std::string_view word = words.lower(sentence, k);
        if (masculine ? (word == "her" || word == "hers" || word == "herself")
                      : (word == "him" || word == "his" || word == "himself")) {
            return true;
        }
    }
    return false;
}

bool is_witness_in_an_appositive(const Lexicon& lexicon, std::string_view sentence,
                                 const Words& words, std::uint32_t first, std::uint32_t last) {
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    if (last + 2 >= count || words.text(sentence, last + 1) != ",") {
        return false;
    }
    // The appositive's closing comma: right after the name ("A former student, Ewa Nowak,"), or
    // after the description that follows a name opening the sentence ("Ewa Nowak, a former
    // student,").
    std::uint32_t comma = last + 1;
    const auto parts = opening_appositive(sentence, words, comma);
    if (!parts || parts->second != last) {
        if (first != 0) {
            return false;
        }
        comma = last + 2;
        while (comma < count && is_word(words, comma)) {
            ++comma;
        }
        const auto after_name = opening_appositive(sentence, words, comma);
        if (comma >= count || !after_name || after_name->first != last) {
            return false;
        }
    }
    std::uint32_t verb = comma + 1;
    if (verb < count && is_word(words, verb) &&
        (words.lower(sentence, verb).ends_with("ly") ||
         is_plain_adverb(words.lower(sentence, verb)))) {
        ++verb;
    }
    if (verb < count && is_word(words, verb) && is_finite_auxiliary(words.lower(sentence, verb))) {
        ++verb;
    }
    return verb < count && is_word(words, verb) &&
           is_speech_verb(lexicon, words.text(sentence, verb));
}

std::string_view quotation_tag_name(const Lexicon& lexicon, std::string_view sentence,
                                    const Words& words, std::uint32_t open, std::uint32_t at) {
    const auto speech_verb = [&](std::uint32_t k) {
        return is_word(words, k) && is_speech_verb(lexicon, words.text(sentence, k));
    };
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    const auto closes = [&](std::uint32_t k) {
        return words.tokens[k].kind == text::TokenKind::punctuation &&
               is_quote_mark(words.text(sentence, k)) && closes_quotation(sentence, words, k);
    };
    for (std::uint32_t k = open + 1; k < at; ++k) {
        if (closes(k)) {
            return {};
        }
    }
    // The speaker before a colon that introduces the quotation: `Ilves said: “They ...”`,
    // `Lansing told reporters: “She ...”` (at most four words of the verb's object between).
    constexpr std::uint32_t kObjectWords = 4;
    if (open >= 3 && words.text(sentence, open - 1) == ":") {
        for (std::uint32_t verb = open - 2; verb >= 1 && open - 2 - verb <= kObjectWords; --verb) {
            if (!is_word(words, verb)) {
                break;
            }
            if (speech_verb(verb)) {
                std::uint32_t name = verb - 1;
                if (name >= 1 && is_word(words, name) &&
                    (words.lower(sentence, name).ends_with("ly"sv) ||
                     is_plain_adverb(words.lower(sentence, name)))) {
                    --name; // "Ilves later said:"
                }
                const std::string_view speaker = words.text(sentence, name);
                return is_word(words, name) && starts_with_capital(speaker) && speaker != "I"
                           ? speaker
                           : std::string_view();
            }
        }
    }
    std::uint32_t tag = at + 1;
    while (tag < count && !closes(tag)) {
        ++tag;
    }
    while (tag < count && !is_word(words, tag)) {
        ++tag;
    }
    if (tag >= count || !after_closing_quote(sentence, words, tag)) {
        return {};
    }
    constexpr std::uint32_t kNameWords = 3;
    const auto capitalized_word = [&](std::uint32_t k) {
        return k < count && is_word(words, k) && starts_with_capital(words.text(sentence, k)) &&
               words.text(sentence, k) != "I";
    };
    // The speaker first: "Ilves said", "Marta Ilves told reporters".
    std::uint32_t k = tag;
    while (capitalized_word(k) && k - tag < kNameWords) {
        ++k;
    }
    // Any verb in the past that ends the tag is one of speech there ("“...,” Ilves continued."):
    // a tag of a name and a verb alone, whatever the verb, names the speaker.
    const auto ends_the_tag = [&](std::uint32_t verb) {
        return verb + 1 < count && !is_word(words, verb + 1) &&
               words.lower(sentence, verb).ends_with("ed"sv) &&
               !is_quote_mark(words.text(sentence, verb + 1));
    };
    if (k > tag && k < count && is_word(words, k) && (speech_verb(k) || ends_the_tag(k))) {
        return words.text(sentence, k - 1);
    }
    // The verb first: "said Marta Ilves", "said the former captain Lee Whitmore".
    if (!speech_verb(tag)) {
        return {};
    }
    constexpr std::uint32_t kSpeakerWords = 6;
    for (k = tag + 1; k < count && is_word(words, k) && k - tag <= kSpeakerWords; ++k) {
        if (capitalized_word(k)) {
            while (capitalized_word(k + 1)) {
                ++k;
            }
            return words.text(sentence, k);
        }
    }
    return {};
}

bool inside_a_proper_name(std::string_view sentence, const Words& words, const CueSpan& span) {
    if (span.cue.kind != CueKind::characterization || span.last + 1 >= words.tokens.size() ||
        !is_word(words, span.last + 1)) {
        return false;
    }
    // The capitals first: most cues are in lower case, and the scan for a word before the cue
    // reads the sentence from its start.
    for (std::uint32_t k = span.first; k <= span.last; ++k) {
        if (is_word(words, k) && !starts_with_capital(words.text(sentence, k))) {
            return false;
        }
    }
    const std::string_view next = words.text(sentence, span.last + 1);
    if (!starts_with_capital(next) || next == "I") {
        return false;
    }
    for (std::uint32_t k = 0; k < span.first; ++k) {
        if (is_word(words, k)) {
            return true; // not the sentence's first word
        }
    }
    return false;
}

std::uint32_t persons_verb_before(std::string_view sentence, const Words& words,
                                  std::uint32_t name_last, std::uint32_t object) {
    if (name_last + 2 > object || is_possessive(words.text(sentence, name_last))) {
        return kNoVerb;
    }
    // An appositive after the name is passed over: "Nadia Korsgaard, his deputy, called him",
    // and so is a relative clause on the name: "Falk, who chairs the committee, called him".
    name_last = relative_clause_end(sentence, words, appositive_end(sentence, words, name_last));
    if (object > name_last + 5) {
        return kNoVerb;
    }
    std::uint32_t j = name_last + 1;
    if (words.text(sentence, j) == ",") {
        ++j;
    }
    static const WordSet adverbs = {"also",  "later", "then",  "once",  "never", "not",
                                    "again", "even",  "still", "often", "soon",  "long"};
    for (int modifiers = 0; j + 1 < object && modifiers < 2; ++j, ++modifiers) {
        const std::string word = lowercase(words.text(sentence, j));
        if (!is_word(words, j) ||
            !(is_finite_auxiliary(word) || word.ends_with("ly"sv) || adverbs.contains(word))) {
            return kNoVerb;
        }
    }
    if (j + 1 != object || !is_word(words, j)) {
        return kNoVerb;
    }
    // Prepositions, conjunctions and relative words are no verb: "Whitcombe and him", "Feld,
    // like him,".
    static const WordSet no_verb = {"like",    "unlike",  "than",    "about",   "against",
                                    "toward",  "towards", "without", "behind",  "beside",
                                    "between", "around",  "near",    "through", "upon"};
    const std::string verb = lowercase(words.text(sentence, j));
    if (is_capitalized(words.text(sentence, j)) || ends_speaker_phrase(verb) ||
        is_unnamed_word(verb) || no_verb.contains(verb)) {
        return kNoVerb;
    }
    return j;
}

bool binds_object_pronoun(std::string_view sentence, const Words& words, std::uint32_t name_last,
                          std::uint32_t pronoun) {
    const std::string object = lowercase(words.text(sentence, pronoun));
    if (object != "him" && object != "her") {
        return false;
    }
    const std::uint32_t j = persons_verb_before(sentence, words, name_last, pronoun);
    if (j == kNoVerb) {
        return false;
    }
    const std::string verb = lowercase(words.text(sentence, j));
    if (object == "him" || verb.starts_with("call"sv) || verb.starts_with("brand"sv) ||
        verb.starts_with("label"sv) || verb.starts_with("dub"sv)) {
        return true;
    }
    if (pronoun + 1 >= words.tokens.size() || !is_word(words, pronoun + 1)) {
        return true;
    }
    static const WordSet after_object = {
        "a",       "an",     "the",   "this",    "that",  "and",   "but",      "or",
        "because", "when",   "while", "again",   "as",    "of",    "to",       "for",
        "in",      "on",     "at",    "with",    "from",  "about", "into",     "over",
        "after",   "before", "by",    "against", "since", "until", "publicly", "privately"};
    const std::string next = lowercase(words.text(sentence, pronoun + 1));
    return after_object.contains(next);
}

} // namespace redraft::claims::detail
