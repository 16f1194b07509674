#include "claims/owners.hpp"

#include <redraft/claims/claims.hpp>
#include <redraft/text/ascii.hpp>
#include <redraft/text/tokens.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claims/attribution.hpp"
#include "claims/cue_search.hpp"
#include "claims/cue_senses.hpp"
#include "claims/groups.hpp"
#include "claims/holders.hpp"
#include "claims/mentions.hpp"
#include "claims/people.hpp"
#include "claims/sentence_words.hpp"
#include "claims/word_classes.hpp"
#include "claims/word_set.hpp"

namespace redraft::claims::detail {

using namespace std::string_view_literals;

namespace {

// How far after a person's possessive a characterization is part of that person's noun phrase
// ("Trump’s victory", "Putin’s brutal aggression").
constexpr std::uint32_t kPossessiveReach = 3;

// A noun that names a person by their relation to another ("her predecessor", "Murtagh's
// rival"): the token of that noun after the possessive at `possessive`, with at most one
// adjective between ("his former deputy", "her incompetent predecessor").
std::optional<std::uint32_t> relation_after(std::string_view sentence, const Words& words,
                                            std::uint32_t possessive) {
    // A flat set: asked for the two words after every possessive.
    static const WordSet relations = {
        "predecessor", "successor", "rival",     "opponent",  "challenger",  "deputy",
        "aide",        "adviser",   "advisor",   "spokesman", "spokeswoman", "spokesperson",
        "lawyer",      "agent",     "owner",     "boss",      "employer",    "husband",
        "wife",        "spouse",    "partner",   "son",       "daughter",    "father",
        "mother",      "brother",   "sister",    "friend",    "colleague",   "mentor",
        "protege",     "protégé",   "assistant", "critic",    "detractor",   "supporter",
        "ally",        "allies",    "opponents", "coach",     "manager"};
    constexpr std::uint32_t kMostWords = 2;
    for (std::uint32_t k = possessive + 1;
         k < words.tokens.size() && k <= possessive + kMostWords && is_word(words, k); ++k) {
        const std::string_view text = words.text(sentence, k);
        if (text.size() < 3 || text.size() > 13) {
            continue; // shorter than "son", longer than "spokeswoman's"
        }
        std::string_view word = words.lower(sentence, k);
        if (is_possessive(word)) {
            word.remove_suffix(word.ends_with("'s"sv) ? 2 : 4); // "rival's", "rival’s"
        }
        if (word.size() > 3 && word.ends_with("s"sv) && word != "allies" && word != "opponents") {
            word.remove_suffix(1); // "critics", "rivals"
        }
        if (relations.contains(word)) {
            return k;
        }
    }
    return std::nullopt;
}

// The last token of what may stand between a linking verb at `verb` and its predicate without
// taking it from the verb's subject: a passive of report or belief ("is said to be", "is widely
// thought to be", "is seen as", "is considered"), or an insertion between commas of at most five
// words ("is, by all accounts, reckless"). `verb` itself when there is neither.
std::uint32_t past_report_or_insertion(std::string_view sentence, const Words& words,
                                       std::uint32_t verb) {
    static const std::vector<std::string_view> reports = {
        "said",     "thought", "believed", "known",      "reported", "rumoured",
        "rumored",  "alleged", "reputed",  "understood", "held",     "considered",
        "regarded", "seen",    "viewed",   "deemed",     "reckoned", "judged"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    std::uint32_t k = verb + 1;
    if (k < count && words.text(sentence, k) == ",") {
        constexpr std::uint32_t kInsertionWords = 5;
        std::uint32_t close = k + 1;
        while (close < count && close <= k + kInsertionWords && is_word(words, close)) {
            ++close;
        }
        return close < count && close > k + 1 && words.text(sentence, close) == "," ? close : verb;
    }
    if (k + 1 < count && is_word(words, k) && words.lower(sentence, k).ends_with("ly"sv)) {
        ++k; // "is widely seen as"
    }
    if (k >= count || !is_word(words, k) ||
        std::find(reports.begin(), reports.end(), words.lower(sentence, k)) == reports.end()) {
        return verb;
    }
    if (k + 2 < count && words.lower(sentence, k + 1) == "to" &&
        words.lower(sentence, k + 2) == "be") {
        return k + 2;
    }
    if (k + 1 < count && words.lower(sentence, k + 1) == "as") {
        return k + 1;
    }
    return k;
}

// In a sentence about two subjects, a negation that governs no cue denies something of the
// subject named last before it in its clause (from the sentence's start, a semicolon, or a comma
// and a conjunction): in "He was often dismissive of colleagues; Thackeray, to her credit, never
// was." the elided denial is Thackeray's, not the first clause's subject's. Likewise in any
// sentence, of another person who opens its clause with no subject named between: "Molnar is not
// a neutral witness, and Kearsley knows it" denies nothing of Kearsley.
// The noun phrase (first and last token) that a relative clause holding the negation at `span`
// describes, when it is someone the sentence does not judge: "who" with at most three words
// between it and the negation (the clause's own verb: "who asked not to", "who had never"; not a
// clause it reports, "who fear that the plan will fail to"), none "that" and no subject named
// there, right after a noun (a comma may come between) that is no subject's mention, with no
// linking verb among the six words before that noun.
std::optional<std::pair<std::uint32_t, std::uint32_t>>
relative_clause_of_another(std::string_view sentence, const Words& words,
                           const std::vector<MentionAt>& mentioned, const CueSpan& span) {
    constexpr std::uint32_t kClauseWords = 3;
    std::uint32_t who = span.first;
    while (who > 0 && span.first - who <= kClauseWords && is_word(words, who - 1) &&
           words.lower(sentence, who - 1) != "who" && words.lower(sentence, who - 1) != "that") {
        --who;
    }
    if (who < 2 || span.first - who > kClauseWords || !is_word(words, who - 1) ||
        words.lower(sentence, who - 1) != "who") {
        return std::nullopt;
    }
    --who;
    std::uint32_t noun = who - 1;
    if (words.text(sentence, noun) == "," && noun > 0) {
        --noun;
    }
    if (!is_word(words, noun) || is_possessive_pronoun(words.lower(sentence, noun)) ||
        words.lower(sentence, noun) == "those" || words.lower(sentence, noun) == "one") {
        return std::nullopt; // "those who", "the one who": no noun to own it
    }
    for (const auto& m : mentioned) {
        if ((m.token <= noun && m.last >= noun) || (m.token > who && m.token < span.first)) {
            return std::nullopt;
        }
    }
    constexpr std::uint32_t kLinkingReach = 6;
    for (std::uint32_t k = noun; k > 0 && noun - k < kLinkingReach && is_word(words, k - 1); --k) {
        if (is_linking_verb(words.lower(sentence, k - 1))) {
            return std::nullopt;
        }
    }
    return std::pair{noun_phrase_start(sentence, words, 0, noun), noun};
}

// The objects of a label's later coordinates (see assign_label_owners): after "and" or "or", a
// possessive and a noun of relation ("and her deputy naive"), or a person named ("and Anna Mohr
// naive"). Each owns the characterizations after it, up to the next such object.
void own_coordinated_labels(std::string_view sentence, const Words& words,
                            const std::vector<MentionAt>& mentioned,
                            const std::vector<MentionAt>& others, const Label& label,
                            std::vector<CueSpan>& cues) {
    const auto named_at = [&](std::uint32_t at) -> const MentionAt* {
        for (const auto* list : {&mentioned, &others}) {
            for (const auto& m : *list) {
                std::uint32_t first = m.token;
                while (first > at && is_word(words, first - 1) &&
                       starts_with_capital(words.text(sentence, first - 1))) {
                    --first;
                }
                if (first == at) {
                    return &m;
                }
            }
        }
        return nullptr;
    };
    // From the last coordinate back: each takes only what no later one took.
    for (std::uint32_t k = label.end - 1; k-- > label.first;) {
        const std::string_view word = words.lower(sentence, k);
        if (!is_word(words, k) || (word != "and" && word != "or") || !is_word(words, k + 1)) {
            continue;
        }
        MentionAt object;
        std::string_view possessive_word;
        if (is_possessive_pronoun(words.lower(sentence, k + 1)) ||
            is_possessive(words.text(sentence, k + 1))) {
            const auto noun = relation_after(sentence, words, k + 1);
            if (!noun || *noun >= label.end) {
                continue;
            }
            object = {k + 1, Cue::kNoOwner, *noun};
            possessive_word = words.text(sentence, k + 1);
        } else if (const MentionAt* named = named_at(k + 1)) {
            object = {k + 1, named->subject, named->last};
        } else {
            continue;
        }
        for (auto& span : cues) {
            const bool unowned = span.cue.owner.empty() ||
                                 (!possessive_word.empty() && span.cue.owner == possessive_word);
            if (span.cue.kind == CueKind::characterization && span.first > object.last &&
                span.first < label.end && unowned) {
                slice_into(sentence, words.tokens[object.token], words.tokens[object.last],
                           span.cue.owner);
                span.cue.owner_subject = object.subject;
            }
        }
    }
}

} // namespace

void add_proper_possessives(std::string_view sentence, const Words& words,
                            std::vector<Possessive>& possessives) {
    // A possessive has an apostrophe, ' or ’ (whose last byte is 0x99): most sentences have none,
    // and the others a few. Only the words that hold one are read, in order: the next apostrophe
    // of either kind, then the token it is in.
    const char* const bytes = sentence.data();
    const std::size_t size = sentence.size();
    const auto next_of = [&](int byte, std::size_t from) {
        const void* at = from < size ? std::memchr(bytes + from, byte, size - from) : nullptr;
        return at == nullptr ? size
                             : static_cast<std::size_t>(static_cast<const char*>(at) - bytes);
    };
    std::size_t straight = next_of('\'', 0);
    std::size_t curly = next_of(0x99, 0);
    const auto count = static_cast<std::uint32_t>(words.tokens.size()); // read once
    // A local copy stays in a register across the calls below; `words.tokens` would be read
    // again at every word.
    const text::Token* const tokens = words.tokens.data();
    std::uint32_t i = 0; // the token the last apostrophe was in
    while (straight < size || curly < size) {
        std::size_t& apostrophe = straight < curly ? straight : curly;
        const std::size_t at = apostrophe;
        apostrophe = next_of(straight < curly ? '\'' : 0x99, at + 1);
        while (i < count && tokens[i].end <= at) {
            ++i;
        }
        // A possessive ends in "s" (and is not the first word).
        if (i == 0 || i >= count || tokens[i].begin > at || sentence[tokens[i].end - 1] != 's') {
            continue;
        }
        const std::string_view word = words.text(sentence, i);
        // "Putin's war", and a definite thing's: "the bank's credibility" is the bank's (not "the
        // one's", a misspelt "the ones").
        const bool definite = i > 1 && text::folds_to(words.text(sentence, i - 1), "the") &&
                              !(words.lower(sentence, i).starts_with("one'"sv) ||
                                words.lower(sentence, i).starts_with("one\u2019"sv));
        if (!is_word(words, i) || !(is_capitalized(word) || definite) || !is_possessive(word) ||
            std::any_of(possessives.begin(), possessives.end(),
                        [&](const Possessive& p) { return p.token == i; })) {
            continue;
        }
        possessives.push_back({i, Cue::kNoOwner, std::string(word)});
    }
    // Nearest first: a later possessive takes over the words after it. (Those of the names come
    // in reading order, one a token: sorted already unless a proper possessive was added.)
    const auto nearer = [](const Possessive& a, const Possessive& b) { return a.token < b.token; };
    if (!std::is_sorted(possessives.begin(), possessives.end(), nearer)) {
        std::sort(possessives.begin(), possessives.end(), nearer);
    }
}

void add_speaker_possessives(std::string_view sentence, const Words& words,
                             const std::vector<CueSpan>& cues,
                             std::vector<Possessive>& possessives) {
    for (const auto& span : cues) {
        if (span.cue.kind != CueKind::attribution || span.first != span.last ||
            !span.cue.term.ends_with("s"sv)) {
            continue;
        }
        std::uint32_t token = span.last;
        if (!is_possessive(words.text(sentence, token))) {
            if (token + 1 >= words.tokens.size() || !words.is_plural_possessive_mark(token + 1)) {
                continue;
            }
            ++token; // "critics'": the noun phrase starts after the apostrophe
        }
        if (std::none_of(possessives.begin(), possessives.end(),
                         [&](const Possessive& p) { return p.token == token; })) {
            possessives.push_back({token, Cue::kNoOwner,
                                   slice(sentence, words.tokens[span.first], words.tokens[token])});
        }
    }
    std::sort(possessives.begin(), possessives.end(),
              [](const Possessive& a, const Possessive& b) { return a.token < b.token; });
}

void assign_owners(std::string_view sentence, const Words& words,
                   const std::vector<Possessive>& possessives, std::vector<CueSpan>& cues) {
    static const WordSet phrase_ends = {"of",  "to",   "in",    "on",   "at",    "for",   "with",
                                        "by",  "from", "as",    "is",   "was",   "are",   "were",
                                        "has", "had",  "have",  "will", "would", "could", "can",
                                        "may", "that", "which", "who",  "but"};
    for (const auto& possessive : possessives) {
        for (auto& span : cues) {
            if (span.cue.kind != CueKind::characterization || span.first <= possessive.token ||
                span.first > possessive.token + kPossessiveReach) {
                continue;
            }
            bool inside = true;
            for (std::uint32_t k = possessive.token + 1; k < span.first && inside; ++k) {
                inside = (is_word(words, k) && !phrase_ends.contains(words.lower(sentence, k))) ||
                         words.is_plural_possessive_mark(k); // "his rivals' mistakes"
            }
            if (inside) {
                span.cue.owner = possessive.words;
                span.cue.owner_subject = possessive.subject;
                const auto noun = relation_after(sentence, words, possessive.token);
                // "her incompetent predecessor" judges the predecessor, and so does "his
                // rivals' mistakes", the possessive of the relation before the cue.
                std::optional<std::uint32_t> end;
                if (noun && *noun > span.last) {
                    end = noun;
                } else if (noun && *noun < span.first) {
                    if (is_possessive(words.text(sentence, *noun))) {
                        end = noun;
                    } else if (words.is_plural_possessive_mark(*noun + 1)) {
                        end = *noun + 1;
                    }
                }
                if (end) {
                    span.cue.owner =
                        slice(sentence, words.tokens[possessive.token], words.tokens[*end]);
                    span.cue.owner_subject = Cue::kNoOwner;
                }
            }
        }
    }
}

void drop_contrasted_people(std::string_view sentence, const Words& words,
                            const std::vector<MentionAt>& mentioned,
                            const std::vector<MentionAt>& others, std::vector<CueSpan>& cues) {
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    for (auto& span : cues) {
        if (span.cue.kind != CueKind::negation || span.first != span.last || span.first == 0 ||
            !text::folds_to(words.text(sentence, span.first), "not") ||
            words.text(sentence, span.first - 1) != ",") {
            continue;
        }
        std::uint32_t last = count;
        for (const auto* list : {&mentioned, &others}) {
            for (const auto& m : *list) {
                if (m.token == span.last + 1) {
                    last = m.last;
                }
            }
        }
        if (last == count) {
            continue;
        }
        const std::uint32_t after = last + 1;
        const std::string_view next = after < count ? words.text(sentence, after) : "";
        if (after >= count || next == "," || next == "." || next == ";" ||
            text::folds_to(next, "but")) {
            span.dropped = true;
        }
    }
}

void drop_favour_of_things(std::string_view sentence, const Words& words,
                           std::vector<CueSpan>& cues) {
    static const WordSet circumstances = {
        "odds",     "circumstances", "conditions", "timing", "arithmetic", "maths",  "math",
        "calendar", "geography",     "trends",     "trend",  "weather",    "luck",   "fortune",
        "economy",  "demographics",  "rules",      "law",    "market",     "markets"};
    for (auto& span : cues) {
        const std::string_view term = span.cue.term;
        if (span.cue.kind != CueKind::attribution || span.first == 0 ||
            (term != "favour" && term != "favor")) {
            continue;
        }
        std::uint32_t subject = span.first - 1;
        if (subject > 0 && is_word(words, subject) &&
            (words.lower(sentence, subject).ends_with("ly"sv) ||
             is_auxiliary(words.lower(sentence, subject)))) {
            --subject;
        }
        if (!is_word(words, subject)) {
            continue;
        }
        const std::string_view noun = words.lower(sentence, subject);
        span.dropped = span.dropped || is_evidence_noun(noun) || circumstances.contains(noun);
    }
}

void attribute_hedges_of_people(std::string_view sentence, const Words& words,
                                std::vector<CueSpan>& cues) {
    static const WordSet acts = {"suggest", "indicate", "expect", "anticipate", "estimate"};
    for (auto& span : cues) {
        if (span.cue.kind != CueKind::hedge || span.first != span.last || span.first == 0 ||
            !acts.contains(span.cue.term)) {
            continue;
        }
        std::uint32_t noun = span.first - 1;
        if (noun > 0 && is_word(words, noun) && words.lower(sentence, noun).ends_with("ly"sv)) {
            --noun;
        }
        if (!is_word(words, noun) || !is_plural_agent_noun(words.lower(sentence, noun)) ||
            (noun > 0 && starts_with_capital(words.text(sentence, noun)))) {
            continue;
        }
        span.cue.kind = CueKind::attribution;
        span.cue.dimension = {};
    }
}

void drop_acts_of_people(std::string_view sentence, const Words& words,
                         const std::vector<MentionAt>& mentioned,
                         const std::vector<MentionAt>& others, std::vector<CueSpan>& cues) {
    static const WordSet acts = {"suggest", "indicate", "expect", "anticipate", "estimate"};
    static const WordSet between = {"has",  "had",  "have",  "will", "would",
                                    "also", "then", "later", "now"};
    static const WordSet persons = {"he", "she", "they"};
    static const WordSet prepositions = {"to", "of", "by", "for", "with", "from", "about", "under"};
    auto ends_a_person = [&](std::uint32_t token) {
        const auto ends = [&](const std::vector<MentionAt>& list) {
            return std::any_of(list.begin(), list.end(), [&](const MentionAt& m) {
                return m.last == token &&
                       (m.token == 0 || !prepositions.contains(words.lower(sentence, m.token - 1)));
            });
        };
        const std::string_view word = words.lower(sentence, token);
        return ends(mentioned) || ends(others) || persons.contains(word);
    };
    std::erase_if(cues, [&](const CueSpan& span) {
        if (span.cue.kind != CueKind::hedge || span.first != span.last || span.first == 0 ||
            !acts.contains(span.cue.term)) {
            return false;
        }
        std::uint32_t before = span.first - 1;
        if (before > 0 && is_word(words, before)) {
            const std::string_view word = words.lower(sentence, before);
            if (word.ends_with("ly"sv) || between.contains(word)) {
                --before;
            }
        }
        if (!is_word(words, before)) {
            return false;
        }
        // "Marsh sets targets and expects staff to meet them": a second verb of the clause
        // whose subject, at its start, is a person.
        if (words.lower(sentence, before) == "and") {
            std::uint32_t start = before;
            while (start > 0 && is_word(words, start - 1)) {
                --start;
            }
            const auto starts = [&](const std::vector<MentionAt>& list) {
                return std::any_of(list.begin(), list.end(), [&](const MentionAt& m) {
                    return m.token == start && m.last < before;
                });
            };
            const std::string_view first = words.lower(sentence, start);
            return starts(mentioned) || starts(others) || persons.contains(first);
        }
        // A named body inside the sentence does it as a person would: "what Westbury expects of
        // itself", "the IMF estimates that". Not "I", nor a name after a preposition ("the
        // figures from Eurostat suggest"), nor the sentence's first word, capitalized anyway.
        std::uint32_t name = before;
        while (name > 1 && is_word(words, name - 1) &&
               starts_with_capital(words.text(sentence, name - 1))) {
            --name;
        }
        const bool named = before > 0 && starts_with_capital(words.text(sentence, before)) &&
                           words.text(sentence, before) != "I" &&
                           !prepositions.contains(lowercase(words.text(sentence, name - 1)));
        return named || ends_a_person(before);
    });
}

void add_other_persons_pronoun_possessives(std::string_view sentence, const Words& words,
                                           const std::vector<MentionAt>& mentioned,
                                           const std::vector<MentionAt>& others,
                                           std::vector<Possessive>& possessives) {
    if (others.empty()) {
        return;
    }
    for (std::uint32_t i = others.front().last + 1; i < words.tokens.size(); ++i) {
        if (!is_word(words, i)) {
            continue;
        }
        const std::string_view word = words.lower(sentence, i);
        if (!is_possessive_pronoun(word) || word == "its") {
            continue;
        }
        const bool resolved = std::any_of(mentioned.begin(), mentioned.end(),
                                          [&](const MentionAt& m) { return m.token == i; });
        const bool known = std::any_of(possessives.begin(), possessives.end(),
                                       [&](const Possessive& p) { return p.token == i; });
        if (!resolved && !known) {
            possessives.push_back({i, Cue::kNoOwner, std::string(words.text(sentence, i))});
        }
    }
}

void assign_holder_subjects(std::string_view sentence, const Words& words,
                            const std::vector<MentionAt>& mentioned,
                            const std::vector<Possessive>& possessives,
                            std::vector<CueSpan>& cues) {
    auto subject_at = [&](std::uint32_t token) -> std::uint32_t {
        for (const auto& p : possessives) {
            if (p.token == token) {
                return Cue::kNoOwner;
            }
        }
        for (const auto& m : mentioned) {
            if (m.last == token) {
                return m.subject;
            }
        }
        return Cue::kNoOwner;
    };
    // Verbs whose object is another matter than the speaker; not "advocate" or "favor", whose
    // object is the speaker's own position, nor passive views ("is seen as", "is trusted to").
    static const WordSet reporting = {"say",
                                      "said",
                                      "argue",
                                      "insist",
                                      "declare",
                                      "warn that",
                                      "complain that",
                                      "acknowledge that",
                                      "concede that",
                                      "admit that",
                                      "contend that",
                                      "assert that",
                                      "criticize",
                                      "criticise",
                                      "praise", // criticism's other side
                                      "admire",
                                      "accuse",
                                      "condemn",
                                      "critical of",
                                      "recall that",
                                      "fear that",
                                      "worry that",
                                      "worried that",
                                      "deny that",
                                      "denied that",
                                      "deny",
                                      "denied",
                                      "conclude that",
                                      "agree that",
                                      "concluded that",
                                      "find that",
                                      "found that",
                                      "describe * as",
                                      "dismiss * as",
                                      "portray * as",
                                      "paint * as",
                                      "view * as",
                                      "regard * as",
                                      "see * as",
                                      "saw * as",
                                      "consider * to be",
                                      "call",
                                      "call him",
                                      "present * as",
                                      "hail * as",
                                      "tout * as",
                                      "bill * as",
                                      "frame * as",
                                      "sell * as",
                                      "sold * as",
                                      "defend * as",
                                      "justify * as",
                                      "justified * as",
                                      "think of * as",
                                      "thought of * as",
                                      "call her",
                                      "call them",
                                      "find her",
                                      "find him",
                                      "found her",
                                      "found him",
                                      "think",
                                      "thought",
                                      "believe",
                                      "believe that",
                                      "feel",
                                      "felt",
                                      "tell",
                                      "told",
                                      "claim",
                                      "claim that",
                                      "tweet that",
                                      "brand",
                                      "label",
                                      "labelled",
                                      "dub",
                                      "dubbed"};
    // "In her view, the board was reckless", "In Halvorsen's view, ...": the subject is the
    // possessor inside the words.
    auto possessor_at = [&](std::uint32_t token) -> std::uint32_t {
        for (const auto& p : possessives) {
            if (p.token == token) {
                return p.subject;
            }
        }
        return Cue::kNoOwner;
    };
    for (std::size_t a = 0; a < cues.size(); ++a) {
        if (cues[a].cue.kind != CueKind::attribution) {
            continue;
        }
        std::uint32_t subject = Cue::kNoOwner;
        if (cues[a].cue.term.starts_with("in * "sv)) {
            const std::uint32_t before = cues[a].last - 1;
            subject = possessor_at(before);
            if (subject == Cue::kNoOwner && before > cues[a].first + 1 &&
                words.lower(sentence, before) == "own") {
                subject = possessor_at(before - 1); // "in her own view"
            }
        } else if (states_a_view_of_its_owner(cues[a].cue.term)) {
            // "Her argument was that", "Hallam's view is that": the possessor speaks.
            subject = cues[a].first > 0 ? possessor_at(cues[a].first - 1) : Cue::kNoOwner;
        } else if (cues[a].first == 0 || (!reporting.contains(cues[a].cue.term) &&
                                          !speaks_only_in_a_tag(cues[a].cue.term) &&
                                          !reports_a_that_clause(cues[a].cue.term))) {
            continue;
        } else {
            const std::uint32_t speaker = speaker_token(sentence, words, cues[a].first);
            subject = subject_at(speaker);
            // A name after a preposition is whom the speakers are defined by, not who speaks:
            // "Members in favour of Wendt say", "Sources close to Wendt say", "Supporters of
            // Wendt argue" hold views about him. Not "with" ("with Rutte stating that": he
            // speaks), nor "like" or "than", conjunctions as often ("like Rutte said").
            static const WordSet prepositions = {"of",   "for",   "to",     "about",   "from",
                                                 "near", "under", "behind", "against", "around"};
            for (const auto& m : mentioned) {
                if (m.last == speaker && m.token > 0 && is_word(words, m.token - 1) &&
                    prepositions.contains(words.lower(sentence, m.token - 1))) {
                    subject = Cue::kNoOwner;
                }
            }
            // "The chairman, Martin Cobb, called him stubborn", "Martin Cobb, the chairman,
            // called ...": the speaker is named in an appositive that opens the sentence.
            // A relative clause names no speaker: in "Daniel Brandt, who sat beside Okafor,
            // said" Brandt speaks, not Okafor.
            if (subject == Cue::kNoOwner) {
                if (const auto parts = opening_appositive(sentence, words, speaker)) {
                    if (!opens_relative_clause(sentence, words, parts->first + 2)) {
                        subject = subject_at(parts->second);
                    }
                    if (subject == Cue::kNoOwner) {
                        subject = subject_at(parts->first);
                    }
                }
            }
            // "Arne Bakke, who called her reckless, left": the "who" of a relative clause after
            // a name and its comma is the one named (not a question's: "asked Bakke who
            // called her reckless").
            if (subject == Cue::kNoOwner && speaker > 1 && is_word(words, speaker) &&
                words.lower(sentence, speaker) == "who" &&
                words.text(sentence, speaker - 1) == ",") {
                subject = subject_at(speaker - 2);
            }
            // "Berg met the board and said that the plan was reckless": a verb joined by "and"
            // to the first clause, with no subject of its own, is said by the subject named at
            // the sentence's first word (not a possessive: "Berg's aide met ... and said").
            if (subject == Cue::kNoOwner && words.lower(sentence, cues[a].first - 1) == "and") {
                for (const auto& m : mentioned) {
                    bool first_word = true;
                    for (std::uint32_t k = 0; k < m.token && first_word; ++k) {
                        first_word = !is_word(words, k);
                    }
                    if (first_word) {
                        subject = subject_at(m.last);
                        break;
                    }
                }
            }
        }
        if (subject == Cue::kNoOwner) {
            continue;
        }
        cues[a].cue.holder_subject = subject;
        for (auto& span : cues) {
            if (span.held_by == a) {
                span.cue.holder_subject = subject;
            }
        }
    }
}

namespace {

// Whether a noun phrase that describes the person named at `name` opens right after a comma:
// a determiner or possessive pronoun and at most three words in lowercase before the name ("The
// soloist on the tour, the violinist Nadia Kerr, was superb", "The chair, her old friend Anna
// Berg, was furious"). The name then closes an appositive as one right after the comma does.
// Task s1: "superb" was no one's and so the subject's.
bool described_after_comma(std::string_view sentence, const Words& words, std::uint32_t name) {
    static const WordSet determiners = {"the", "a", "an", "his", "her", "their", "its", "our"};
    constexpr std::uint32_t kMostDescribingWords = 3;
    for (std::uint32_t k = name; k > 0 && name - k <= kMostDescribingWords;) {
        --k;
        if (!is_word(words, k)) {
            return false;
        }
        const std::string_view word = words.text(sentence, k);
        if (k > 0 && k < name - 1 && words.text(sentence, k - 1) == "," &&
            determiners.contains(words.lower(sentence, k))) {
            return true;
        }
        if (is_capitalized(word)) {
            return false;
        }
    }
    return false;
}

} // namespace

void assign_predicate_owners(std::string_view sentence, const Words& words,
                             const std::vector<MentionAt>& mentioned,
                             const std::vector<MentionAt>& others,
                             const std::vector<Possessive>& possessives,
                             std::vector<CueSpan>& cues) {
    // Only a characterization no one owns yet gets an owner here; the people and possessives
    // below need not be looked at in a sentence without one.
    if (std::none_of(cues.begin(), cues.end(), [](const CueSpan& span) {
            return span.cue.kind == CueKind::characterization && span.cue.owner.empty();
        })) {
        return;
    }
    static const WordSet breaks = {"and",  "but",  "while", "whereas", "or",
                                   "that", "than", "as",    "if"};
    // "the Bank under Lagarde was hesitant": a name after a preposition is not what the verb
    // is said of.
    static const WordSet prepositions = {
        "under", "of",   "with", "by",    "for",   "from",   "to",      "at",     "in",
        "on",    "like", "than", "about", "after", "before", "without", "behind", "against"};
    constexpr std::uint32_t kMostWordsBetween = 2;
    // The characterizations after the linking verb at `verb` (or its auxiliary) are `person`'s.
    const auto own_from = [&](const MentionAt& person, std::uint32_t owner_subject,
                              std::uint32_t verb) {
        const auto count = static_cast<std::uint32_t>(words.tokens.size());
        const std::uint32_t phrase = verb; // where the verb phrase starts
        // "may be", "could seem", "might have been": a modal before the linking verb.
        static const WordSet modals = {"may",   "might",  "could", "would", "will",
                                       "shall", "should", "must",  "can"};
        if (verb + 1 < count && is_word(words, verb) && is_word(words, verb + 1) &&
            modals.contains(words.lower(sentence, verb)) &&
            (is_linking_verb(words.text(sentence, verb + 1)) ||
             words.lower(sentence, verb + 1) == "have")) {
            ++verb;
        }
        // "has been", "had been": the auxiliary before the linking verb.
        if (verb + 1 < count && is_word(words, verb) && is_word(words, verb + 1)) {
            const std::string_view auxiliary = words.lower(sentence, verb);
            if ((auxiliary == "has" || auxiliary == "had" || auxiliary == "have") &&
                words.lower(sentence, verb + 1) == "been") {
                ++verb;
            }
        }
        if (verb >= count || !is_word(words, verb) ||
            !is_linking_verb(words.text(sentence, verb))) {
            return;
        }
        // "Reyes is said to be reckless", "is, by all accounts, reckless": the words of others'
        // report, or an insertion, pass the predicate on to what follows them.
        verb = past_report_or_insertion(sentence, words, verb);
        // A doubt between the verb and its predicate is about that person too: "said to" in
        // "Berg is careful, but Reyes is said to be reckless" (or "is reportedly reckless")
        // lowers no certainty of Berg's.
        const auto own_report = [&](std::uint32_t predicate) {
            for (auto& span : cues) {
                if ((span.cue.kind == CueKind::evidential || span.cue.kind == CueKind::hedge) &&
                    span.cue.owner.empty() && span.first >= phrase && span.last < predicate) {
                    slice_into(sentence, words.tokens[person.token], words.tokens[person.last],
                               span.cue.owner);
                    span.cue.owner_subject = owner_subject;
                }
            }
        };
        // Coordinated predicates go with the first ("erratic and reckless", "erratic, vain or
        // reckless"): only commas, "and", "or" and one more word between them.
        const auto coordinated = [&](std::uint32_t from, std::uint32_t to) {
            std::uint32_t others = 0;
            for (std::uint32_t k = from; k < to; ++k) {
                const std::string_view word = words.lower(sentence, k);
                if (word != "," && word != "and" && word != "or" && ++others > 1) {
                    return false;
                }
            }
            return true;
        };
        for (std::size_t c = 0; c < cues.size(); ++c) {
            auto& span = cues[c];
            if (span.cue.kind != CueKind::characterization || !span.cue.owner.empty() ||
                span.first <= verb || span.first > verb + 1 + kMostWordsBetween) {
                continue;
            }
            // "looked tired and arrogant": a predicate the lexicon does not know may come first,
            // coordinated with the cue.
            bool direct = true;
            for (std::uint32_t k = verb + 1; k < span.first && direct; ++k) {
                const std::string_view word = words.lower(sentence, k);
                const bool coordinating = (word == "and" || word == "or") && k > verb + 1;
                direct = is_word(words, k) && (coordinating || !breaks.contains(word));
            }
            if (!direct) {
                break;
            }
            slice_into(sentence, words.tokens[person.token], words.tokens[person.last],
                       span.cue.owner);
            span.cue.owner_subject = owner_subject;
            own_report(span.first);
            std::uint32_t last = span.last;
            for (std::size_t d = c + 1; d < cues.size(); ++d) {
                auto& next = cues[d];
                if (next.cue.kind != CueKind::characterization || next.first <= last) {
                    continue;
                }
                if (!next.cue.owner.empty() || !coordinated(last + 1, next.first)) {
                    break;
                }
                next.cue.owner = span.cue.owner;
                next.cue.owner_subject = owner_subject;
                last = next.last;
            }
            break; // the first characterization after the verb is the predicate
        }
    };
    // "Sørlie and Kroll were careless": a predicate of people coordinated with a subject is
    // said of the subject too, and stays unowned.
    const auto coordinated_with_subject = [&](const MentionAt& person) {
        if (person.token < 2 || !(text::folds_to(words.text(sentence, person.token - 1), "and") ||
                                  text::folds_to(words.text(sentence, person.token - 1), "or") ||
                                  text::folds_to(words.text(sentence, person.token - 1), "nor"))) {
            return false;
        }
        return std::any_of(mentioned.begin(), mentioned.end(),
                           [&](const MentionAt& m) { return m.last == person.token - 2; });
    };
    // "Hale, whose toothless side never scored," and "Hale, whose side were toothless": the
    // judgements of the noun phrase after "whose" (at `whose`), and the predicate of its linking
    // verb, are the person's.
    constexpr std::uint32_t kWhoseNounWords = 3;
    const auto own_whose_clause = [&](const MentionAt& person, std::uint32_t owner_subject,
                                      std::uint32_t whose) {
        const auto count = static_cast<std::uint32_t>(words.tokens.size());
        std::uint32_t k = whose + 1;
        while (k < count && k <= whose + kWhoseNounWords && is_word(words, k) &&
               !is_linking_verb(words.text(sentence, k))) {
            ++k;
        }
        for (auto& span : cues) {
            if (span.cue.kind == CueKind::characterization && span.cue.owner.empty() &&
                span.first > whose && span.last < k) {
                slice_into(sentence, words.tokens[person.token], words.tokens[person.last],
                           span.cue.owner);
                span.cue.owner_subject = owner_subject;
            }
        }
        if (k < count && k > whose + 1) {
            own_from(person, owner_subject, k);
        }
    };
    auto own = [&](const MentionAt& person, std::uint32_t owner_subject) {
        // "It was Lindqvist, not Ekberg, who was reckless": the one set aside by ", not" is not
        // the one the predicate describes.
        if (person.token >= 2 && text::folds_to(words.text(sentence, person.token - 1), "not") &&
            words.text(sentence, person.token - 2) == ",") {
            return;
        }
        const auto count = static_cast<std::uint32_t>(words.tokens.size());
        // "more durable than Hallam, who was reckless" (or "lost to Hale, whose side were
        // toothless"): a relative clause on the name describes that person, whatever comes
        // before the name.
        const bool relative = person.last + 2 < count &&
                              words.text(sentence, person.last + 1) == "," &&
                              (words.lower(sentence, person.last + 2) == "who" ||
                               words.lower(sentence, person.last + 2) == "whose");
        if (person.token > 0 && prepositions.contains(words.lower(sentence, person.token - 1)) &&
            !relative) {
            return;
        }
        if (coordinated_with_subject(person)) {
            return;
        }
        std::uint32_t verb = person.last + 1;
        // "Villalba, who was notoriously erratic," and "Villalba, by contrast, was reckless":
        // a relative clause or a short insertion between the name and its verb.
        // An appositive ("Its new chair, Ingrid Solberg, has been praised"): the name between
        // commas, its verb right after the closing one.
        const bool appositive =
            person.token > 0 && (words.text(sentence, person.token - 1) == "," ||
                                 described_after_comma(sentence, words, person.token));
        if (verb < count && words.text(sentence, verb) == ",") {
            constexpr std::uint32_t kInsertionWords = 3;
            if (appositive && verb + 1 < count && is_word(words, verb + 1)) {
                verb += 1;
            } else if (verb + 1 < count && words.lower(sentence, verb + 1) == "who") {
                verb += 2;
            } else if (verb + 1 < count && words.lower(sentence, verb + 1) == "whose") {
                own_whose_clause(person, owner_subject, verb + 1);
                return;
            } else {
                std::uint32_t k = verb + 1;
                while (k < count && k <= verb + kInsertionWords && is_word(words, k)) {
                    ++k;
                }
                if (k >= count || k == verb + 1 || words.text(sentence, k) != ",") {
                    return;
                }
                verb = k + 1;
                // "It was Lindqvist, not Ekberg, who was reckless": the relative clause after
                // the insertion is said of the one before it.
                if (verb + 1 < count && words.lower(sentence, verb) == "who") {
                    ++verb;
                }
            }
        }
        own_from(person, owner_subject, verb);
    };
    // A sentence about one subject needs no owner for its predicates; one about two ("Rutte was
    // cautious while Putin was reckless") gives each subject its own.
    bool several_subjects = false;
    for (const auto& m : mentioned) {
        several_subjects = several_subjects || m.subject != mentioned.front().subject;
    }
    for (const auto& m : mentioned) {
        if (several_subjects) {
            own(m, m.subject);
        }
    }
    for (const auto& o : others) {
        own(o, Cue::kNoOwner);
    }
    // "he was arrogant" where "he" is no subject's (the subject is "she", or "he" follows
    // another person): the pronoun's predicate is that other person's.
    const auto count = static_cast<std::uint32_t>(words.tokens.size()); // read once
    // A local copy stays in a register across the calls below; `words.tokens` would be read
    // again at every word.
    const text::Token* const tokens = words.tokens.data();
    for (std::uint32_t k = 0; words.he_or_she && k + 1 < count; ++k) {
        // Not "they": it names things as often as people ("her cuts ... they were not reckless").
        // The length first: most words are neither.
        const std::uint32_t size = tokens[k].end - tokens[k].begin;
        if (size != 2 && size != 3) {
            continue;
        }
        const std::string_view text = words.text(sentence, k);
        if (!text::folds_to(text, "he") && !text::folds_to(text, "she")) {
            continue;
        }
        if (std::none_of(mentioned.begin(), mentioned.end(),
                         [&](const MentionAt& m) { return m.token == k; })) {
            own({k, Cue::kNoOwner, k}, Cue::kNoOwner);
        }
    }
    // "Murtagh's predecessor was incompetent", "her rival seemed arrogant": a noun that names
    // another person related to the one before it heads a person of its own.
    for (const auto& p : possessives) {
        if (const auto noun = relation_after(sentence, words, p.token)) {
            own({p.token, Cue::kNoOwner, *noun}, Cue::kNoOwner);
        }
    }
    // "Pryce mocked Marsh and was arrogant about it": a predicate joined by "and" to the
    // clause's verb phrase is said of the clause's subject, the person who opens the sentence.
    const auto opener = [&]() -> std::optional<std::pair<MentionAt, std::uint32_t>> {
        for (const auto& m : mentioned) {
            if (m.token == 0) {
                return std::pair{m, m.subject};
            }
        }
        for (const auto& o : others) {
            if (o.token == 0) {
                return std::pair{o, Cue::kNoOwner};
            }
        }
        return std::nullopt;
    }();
    if (opener && (opener->second == Cue::kNoOwner || several_subjects)) {
        for (std::uint32_t k = opener->first.last + 1; k + 1 < words.tokens.size(); ++k) {
            if (text::folds_to(words.text(sentence, k), "and") && is_word(words, k + 1) &&
                is_linking_verb(words.text(sentence, k + 1))) {
                own_from(opener->first, opener->second, k + 1);
            }
        }
    }
}

bool is_person_at(std::string_view sentence, const Words& words, std::uint32_t token,
                  const SentencePeople& people) {
    const auto ends_there = [&](const MentionAt& m) { return m.last == token; };
    if (std::any_of(people.mentioned.begin(), people.mentioned.end(), ends_there) ||
        std::any_of(people.others.begin(), people.others.end(), ends_there)) {
        return true;
    }
    static const WordSet personal = {"he", "she", "they", "i", "we", "who"};
    return is_word(words, token) && personal.contains(words.lower(sentence, token));
}

void drop_motions_of_things(std::string_view sentence, const Words& words,
                            const SentencePeople& people, std::vector<CueSpan>& cues) {
    const auto of_motion = [](const CueSpan& span) {
        const std::string_view term = span.cue.term;
        return term.size() == 5 && term[0] == 's' && (term == "surge" || term == "stall") &&
               span.cue.kind == CueKind::characterization;
    };
    if (std::none_of(cues.begin(), cues.end(), of_motion)) {
        return; // most sentences
    }
    static const WordSet between = {"be",   "been",  "being", "also",    "still",   "then",
                                    "just", "never", "not",   "finally", "suddenly"};
    for (auto& span : cues) {
        if (!of_motion(span)) {
            continue;
        }
        std::uint32_t k = span.first;
        while (k > 0 && is_word(words, k - 1) &&
               (is_finite_auxiliary(words.lower(sentence, k - 1)) ||
                between.contains(words.lower(sentence, k - 1)) ||
                words.lower(sentence, k - 1).ends_with("ly"))) {
            --k;
        }
        span.dropped = k == 0 || !is_person_at(sentence, words, k - 1, people);
        if (span.dropped || !span.cue.owner.empty()) {
            continue;
        }
        // Another person named there owns it: "Dallmer met Paul Hennig, and Hennig has
        // stalled" is Hennig's halt, not hers.
        const auto other = std::find_if(people.others.begin(), people.others.end(),
                                        [&](const MentionAt& m) { return m.last == k - 1; });
        if (other != people.others.end()) {
            slice_into(sentence, words.tokens[other->token], words.tokens[other->last],
                       span.cue.owner);
            span.cue.owner_subject = Cue::kNoOwner;
        }
    }
    erase_marked(cues);
}

void own_modifiers_of(std::string_view sentence, const Words& words, const MentionAt& o,
                      std::uint32_t owner_subject, const SentencePeople& people,
                      std::vector<CueSpan>& cues) {
    static const WordSet openers = {"a", "an", "the", "his", "her", "their", "its", "one"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    std::uint32_t first = o.token; // the given names before the matched name
    while (first > 0 && is_word(words, first - 1) &&
           starts_with_capital(words.text(sentence, first - 1)) && first - 1 > 0) {
        --first;
    }
    std::uint32_t apposition_end = o.last + 1;
    if (o.last + 2 < count && words.text(sentence, o.last + 1) == "," &&
        openers.contains(words.lower(sentence, o.last + 2))) {
        apposition_end = o.last + 2;
        bool act = false;
        while (apposition_end < count && is_word(words, apposition_end)) {
            act = act || is_act_noun(words.lower(sentence, apposition_end));
            ++apposition_end;
        }
        // "hired Tom Reyes, a move that was reckless": the appositive judges the act.
        if (act) {
            apposition_end = o.last + 1;
        }
    }
    for (auto& span : cues) {
        if (span.cue.kind != CueKind::characterization || !span.cue.owner.empty()) {
            continue;
        }
        const bool in_apposition = span.first > o.last + 1 && span.last < apposition_end;
        const bool before_name =
            span.last + 1 == first &&
            !(span.first > 0 && is_person_at(sentence, words, span.first - 1, people));
        if (in_apposition || before_name) {
            slice_into(sentence, words.tokens[o.token], words.tokens[o.last], span.cue.owner);
            span.cue.owner_subject = owner_subject;
        }
    }
}

namespace {

// A judgement right between two subjects' names is the verb of the first, said of what the first
// did: "Farrow outwitted Sandell" praises Farrow and judges nothing of Sandell (a defeat told by
// the winner's merit; "Sandell was outwitted" is his own fault, a row of its own). Task s3.
void own_verbs_between_subjects(std::string_view sentence, const Words& words,
                                const std::vector<MentionAt>& mentioned,
                                std::vector<CueSpan>& cues) {
    for (auto& span : cues) {
        if (span.cue.kind != CueKind::characterization || !span.cue.owner.empty() ||
            span.first == 0) {
            continue;
        }
        const auto doer = std::find_if(mentioned.begin(), mentioned.end(), [&](const MentionAt& m) {
            return m.last + 1 == span.first;
        });
        const bool object_named =
            std::any_of(mentioned.begin(), mentioned.end(), [&](const MentionAt& m) {
                return m.token == span.last + 1 && doer != mentioned.end() &&
                       m.subject != doer->subject;
            });
        if (object_named) {
            slice_into(sentence, words.tokens[doer->token], words.tokens[doer->last],
                       span.cue.owner);
            span.cue.owner_subject = doer->subject;
        }
    }
}

} // namespace

void assign_subject_modifiers(std::string_view sentence, const Words& words,
                              const SentencePeople& people, std::vector<CueSpan>& cues) {
    const std::vector<MentionAt>& mentioned = people.mentioned;
    const bool several_subjects =
        std::any_of(mentioned.begin(), mentioned.end(),
                    [&](const MentionAt& m) { return m.subject != mentioned.front().subject; });
    if (!several_subjects) {
        return; // a sentence about one subject needs no owner
    }
    own_verbs_between_subjects(sentence, words, mentioned, cues);
    for (const auto& m : mentioned) {
        own_modifiers_of(sentence, words, m, m.subject, people, cues);
    }
}

void assign_negation_owners(std::string_view sentence, const Words& words,
                            const std::vector<MentionAt>& mentioned,
                            const std::vector<MentionAt>& others, std::vector<CueSpan>& cues) {
    const bool several_subjects =
        std::any_of(mentioned.begin(), mentioned.end(),
                    [&](const MentionAt& m) { return m.subject != mentioned.front().subject; });
    static const WordSet joining = {"and", "but", "yet", "while", "whereas"};
    for (auto& span : cues) {
        if (span.cue.kind != CueKind::negation || span.cue.governs || !span.cue.owner.empty()) {
            continue;
        }
        std::uint32_t start = span.first;
        while (start > 0) {
            const std::string_view before = words.text(sentence, start - 1);
            if (before == ";" || (start >= 2 && words.text(sentence, start - 2) == "," &&
                                  joining.contains(words.lower(sentence, start - 1)))) {
                break;
            }
            --start;
        }
        // "One aide, who asked not to be named, said", "She fired the managers who did not meet
        // their targets": in a relative clause on someone the sentence does not judge, the denial
        // is that one's. Not the subject's own clause ("Berg, who did not resign,"), one whose
        // "who" is the object of a subject named in it ("the aide, whom she did not trust"), nor
        // one saying what the subject is ("is a leader who does not give up").
        if (const auto phrase = relative_clause_of_another(sentence, words, mentioned, span)) {
            slice_into(sentence, words.tokens[phrase->first], words.tokens[phrase->second],
                       span.cue.owner);
            span.cue.owner_subject = Cue::kNoOwner;
            continue;
        }
        // The subject named last before it in its clause ("she told reporters that the ECB
        // was not here to": the ECB's).
        const MentionAt* last = nullptr;
        for (const auto& m : mentioned) {
            if (m.token >= start && m.last < span.first &&
                (last == nullptr || m.token > last->token)) {
                last = &m;
            }
        }
        if (last != nullptr && several_subjects) {
            slice_into(sentence, words.tokens[last->token], words.tokens[last->last],
                       span.cue.owner);
            span.cue.owner_subject = last->subject;
            continue;
        }
        if (last != nullptr) {
            continue;
        }
        // Another agent named by "the" and its noun right before the negation: "The board did
        // not renew her contract", "The museum refused to lend her the works" deny the board's
        // and the museum's acts, nothing of her. At most three words after "the", the last
        // auxiliaries and adverbs left out ("The board has not").
        if (start + 1 < span.first && words.lower(sentence, start) == "the") {
            std::uint32_t end = span.first; // one past the noun phrase
            while (end > start + 1 && is_word(words, end - 1) &&
                   (is_auxiliary(words.lower(sentence, end - 1)) ||
                    is_finite_auxiliary(words.lower(sentence, end - 1)) ||
                    words.lower(sentence, end - 1).ends_with("ly"sv))) {
                --end;
            }
            bool noun_phrase = end > start + 1 && end - start <= 4;
            for (std::uint32_t k = start; k < end && noun_phrase; ++k) {
                noun_phrase = is_word(words, k);
            }
            if (noun_phrase) {
                slice_into(sentence, words.tokens[start], words.tokens[end - 1], span.cue.owner);
                span.cue.owner_subject = Cue::kNoOwner;
                continue;
            }
        }
        // Another person whose name, given names included, opens the clause.
        for (const auto& o : others) {
            std::uint32_t first = o.token;
            while (first > start && is_word(words, first - 1) &&
                   starts_with_capital(words.text(sentence, first - 1))) {
                --first;
            }
            if (first == start && o.last < span.first) {
                slice_into(sentence, words.tokens[first], words.tokens[o.last], span.cue.owner);
                span.cue.owner_subject = Cue::kNoOwner;
                break;
            }
        }
    }
}

void assign_speaker_modifiers(std::string_view sentence, const Words& words,
                              std::vector<CueSpan>& cues) {
    for (const auto& verb : cues) {
        const std::string_view term = verb.cue.term;
        // An evidential with its speaker's noun too: "Credible sources say".
        const bool evidential_speaker =
            verb.cue.kind == CueKind::evidential && !term_speaker(term).empty();
        if ((verb.cue.kind != CueKind::attribution && !evidential_speaker) || verb.first == 0) {
            continue;
        }
        const bool own_noun = !term_speaker(term).empty() ||
                              (term.find(' ') == std::string_view::npos && term.ends_with("s"sv));
        std::uint32_t head = verb.first;
        if (!own_noun) {
            head = verb.first - 1;
            while (head > 0 && is_word(words, head) &&
                   (words.lower(sentence, head).ends_with("ly"sv) ||
                    is_finite_auxiliary(words.lower(sentence, head)))) {
                --head;
            }
            const std::string_view noun = words.text(sentence, head);
            if (!is_word(words, head) || starts_with_capital(noun) ||
                is_unnamed_word(words.lower(sentence, head)) || is_auxiliary(noun)) {
                continue;
            }
        }
        for (auto& span : cues) {
            if (span.cue.kind != CueKind::characterization || span.last + 1 != head ||
                !span.cue.owner.empty()) {
                continue;
            }
            std::uint32_t k = span.first;
            while (k > 0 && is_word(words, k - 1) &&
                   is_unnamed_word(words.lower(sentence, k - 1))) {
                --k;
            }
            if (k > 0 && !is_break(sentence, words, k - 1)) {
                continue;
            }
            slice_into(sentence, words.tokens[k], words.tokens[head], span.cue.owner);
            span.cue.owner_subject = Cue::kNoOwner;
        }
    }
}

bool reports_only_its_object(std::string_view sentence, const Words& words, std::uint32_t verb) {
    const std::uint32_t object = verb + 1;
    if (object + 1 >= words.tokens.size() || !is_word(words, object) ||
        is_word(words, object + 1)) {
        return false;
    }
    const std::string_view word = words.lower(sentence, object);
    const std::string_view mark = words.text(sentence, object + 1);
    return (word == "it" || word == "this" || word == "so" || word == "them" ||
            word == "everything" || word == "nothing") &&
           (mark == ";" || (mark == "," && (object + 2 >= words.tokens.size() ||
                                            !is_quote_mark(words.text(sentence, object + 2)))));
}

void assign_hypothetical_owners(std::string_view sentence, const Words& words,
                                std::vector<CueSpan>& cues) {
    for (auto& span : cues) {
        // Cheap test first: the modal two words after the judgement.
        const std::uint32_t modal = span.last + 2;
        if (span.cue.kind != CueKind::characterization || !span.cue.owner.empty() ||
            modal >= words.tokens.size() || !is_word(words, modal) ||
            !is_hypothetical_modal(words.lower(sentence, modal))) {
            continue;
        }
        const std::uint32_t noun = span.last + 1;
        if (!is_word(words, noun) || starts_with_capital(words.text(sentence, noun)) ||
            is_auxiliary(words.lower(sentence, noun))) {
            continue;
        }
        // The article: the judgement's own first word ("an able"), or before it, past one
        // adverb of degree ("a more careful", "a truly brave").
        std::uint32_t article = span.first;
        const auto is_article = [&](std::uint32_t k) {
            const std::string_view word = words.lower(sentence, k);
            return is_word(words, k) && (word == "a" || word == "an");
        };
        if (!is_article(article)) {
            if (article == 0) {
                continue;
            }
            --article;
            if (!is_article(article) && article > 0 && is_word(words, article) &&
                is_degree_adverb(words.lower(sentence, article))) {
                --article;
            }
            if (!is_article(article)) {
                continue;
            }
        }
        // Opening its clause: the sentence's start, a break, or a conjunction after one.
        if (article > 0 && !is_break(sentence, words, article - 1) &&
            !(is_joining_word(words.lower(sentence, article - 1)) &&
              (article == 1 || is_break(sentence, words, article - 2)))) {
            continue;
        }
        slice_into(sentence, words.tokens[article], words.tokens[noun], span.cue.owner);
        span.cue.owner_subject = Cue::kNoOwner;
        // Its modal is that person's too: "would" of "a clever negotiator would have" doubts
        // nothing said of the subject.
        for (auto& hedge : cues) {
            if (hedge.first == modal && hedge.cue.kind == CueKind::hedge &&
                hedge.cue.owner.empty()) {
                hedge.cue.owner = span.cue.owner;
                hedge.cue.owner_subject = Cue::kNoOwner;
            }
        }
    }
}

void assign_label_owners(std::string_view sentence, const Words& words,
                         const std::vector<MentionAt>& mentioned,
                         const std::vector<MentionAt>& others, std::vector<CueSpan>& cues) {
    for (const auto& verb : cues) {
        const std::string_view term = verb.cue.term;
        const bool views_as = term.ends_with(" * as"sv);
        const bool calls_her = term == "call her"; // its object is only ever a relation's owner
        if (verb.cue.kind != CueKind::attribution ||
            !(term == "call" || calls_her || is_labelling_verb(term) || views_as)) {
            continue;
        }
        // The person named right after the verb, given names included; for a view "as"
        // something, the whole of what stands between the verb and its "as".
        const std::uint32_t after = views_as ? verb.first + 1 : verb.last + 1;
        const auto named_after = [&](const MentionAt& m) {
            std::uint32_t first = m.token;
            while (first > after && is_word(words, first - 1) &&
                   starts_with_capital(words.text(sentence, first - 1))) {
                --first;
            }
            return first == after && (!views_as || m.last + 1 == verb.last);
        };
        // "Critics called her deputy reckless", "described Berg's predecessor as naive": a noun
        // of relation after a possessive names another person, as it does before a predicate
        // ("her deputy was reckless"). The possessive may be the verb's own ("call her").
        const MentionAt* object = nullptr;
        MentionAt related;
        std::string_view possessive_word;
        std::uint32_t at = after;
        if (calls_her) {
            at = verb.last;
        }
        if (at < words.tokens.size() && is_word(words, at) &&
            (is_possessive_pronoun(words.lower(sentence, at)) ||
             is_possessive(words.text(sentence, at)))) {
            const auto noun = relation_after(sentence, words, at);
            if (noun && (!views_as || *noun + 1 == verb.last) && *noun > verb.first) {
                related = {at, Cue::kNoOwner, *noun};
                object = &related;
                possessive_word = words.text(sentence, at);
            }
        }
        bool subject = false;
        for (const auto& m : mentioned) {
            if (object == nullptr && !calls_her && named_after(m)) {
                object = &m;
                subject = true;
            }
        }
        for (const auto& o : others) {
            if (object == nullptr && !calls_her && named_after(o)) {
                object = &o;
            }
        }
        // A sentence about one subject needs no owner for that subject's label.
        const bool one_subject =
            subject && std::all_of(mentioned.begin(), mentioned.end(), [&](const MentionAt& m) {
                return m.subject == object->subject;
            });
        // "called her reckless and her deputy naive", "called Berg rash and Anna Mohr naive": a
        // label after "and" or "or" that has an object of its own, a relation after a possessive
        // or a person named, is that object's, as the first label is the first object's.
        if (!views_as) {
            if (const auto whole = label_of(sentence, words, verb, cues)) {
                own_coordinated_labels(sentence, words, mentioned, others, *whole, cues);
            }
        }
        std::optional<Label> label;
        if (object != nullptr && !one_subject) {
            label = views_as ? Label{verb.last + 1,
                                     label_end(sentence, words, verb, cues, verb.last + 1, 0)}
                             : label_of(sentence, words, verb, cues);
        }
        if (!label) {
            continue;
        }
        for (auto& span : cues) {
            // The possessive alone took what follows it as its own noun phrase ("her deputy
            // reckless"); the relation is more precise.
            const bool unowned = span.cue.owner.empty() ||
                                 (!possessive_word.empty() && span.cue.owner == possessive_word);
            if (span.cue.kind == CueKind::characterization && unowned &&
                span.first > object->last && span.first < label->end) {
                slice_into(sentence, words.tokens[object->token], words.tokens[object->last],
                           span.cue.owner);
                span.cue.owner_subject = subject ? object->subject : Cue::kNoOwner;
            }
        }
    }
}

void assign_reaction_owners(std::string_view sentence, const Words& words,
                            const std::vector<MentionAt>& mentions, std::vector<CueSpan>& cues) {
    // Asked of the words before every characterization: flat sets, not lists to scan.
    static const WordSet reaction_verbs = {
        "draw",     "draws",     "drew",    "drawn",  "drawing",  "attract",
        "attracts", "attracted", "earn",    "earns",  "earned",   "provoke",
        "provokes", "provoked",  "sparked", "sparks", "received", "receives"};
    static const WordSet auxiliaries = {
        "has",  "have",  "had",    "is",      "was",     "are",        "were", "been",    "be",
        "will", "would", "itself", "himself", "herself", "themselves", "also", "already", "again"};
    constexpr std::uint32_t kObjectReach = 3; // "drew sharp public criticism"
    for (auto& span : cues) {
        if (span.cue.kind != CueKind::characterization || !span.cue.owner.empty()) {
            continue;
        }
        std::uint32_t verb = span.first;
        bool found = false;
        for (std::uint32_t k = span.first; k-- > 0 && span.first - k <= kObjectReach;) {
            if (!is_word(words, k)) {
                break;
            }
            const std::string_view word = words.lower(sentence, k);
            if (reaction_verbs.contains(word)) {
                verb = k;
                found = true;
                break;
            }
        }
        if (!found) {
            continue;
        }
        std::uint32_t start = verb;
        while (start > 0 && !is_break(sentence, words, start - 1)) {
            --start;
        }
        std::uint32_t end = verb; // the subject's words: [start, end)
        while (end > start && auxiliaries.contains(words.lower(sentence, end - 1))) {
            --end;
        }
        if (end == start) {
            continue; // no subject in the clause ("a policy that drew criticism")
        }
        const auto named = std::find_if(mentions.begin(), mentions.end(), [&](const MentionAt& m) {
            return m.token == start; // the subject itself, not a word inside its phrase
        });
        if (named != mentions.end()) {
            slice_into(sentence, words.tokens[named->token], words.tokens[named->last],
                       span.cue.owner);
            span.cue.owner_subject = named->subject;
        } else {
            span.cue.owner = slice(sentence, words.tokens[start], words.tokens[end - 1]);
            span.cue.owner_subject = Cue::kNoOwner;
        }
    }
}

void assign_acts_to_their_doers(std::string_view sentence, const Words& words,
                                const std::vector<MentionAt>& mentioned,
                                const std::vector<MentionAt>& others, std::vector<CueSpan>& cues) {
    if (std::none_of(cues.begin(), cues.end(), [](const CueSpan& span) {
            return span.cue.kind == CueKind::characterization && span.cue.owner.empty();
        })) {
        return;
    }
    for (const MentionAt& object : mentioned) {
        const std::string_view word = words.text(sentence, object.token);
        if (object.token != object.last || word.size() != 3 ||
            !(text::folds_to(word, "him") || text::folds_to(word, "her")) ||
            std::any_of(mentioned.begin(), mentioned.end(), [&](const MentionAt& m) {
                return m.subject == object.subject && &m != &object;
            })) {
            continue; // no object pronoun, or a subject the sentence also names otherwise
        }
        // The doer: the person named last before the pronoun, whose verb takes it.
        const MentionAt* doer = nullptr;
        bool doer_is_subject = false;
        for (const auto* list : {&mentioned, &others}) {
            for (const MentionAt& m : *list) {
                if (m.last < object.token && (doer == nullptr || m.last > doer->last)) {
                    doer = &m;
                    doer_is_subject = list == &mentioned;
                }
            }
        }
        if (doer == nullptr || (doer_is_subject && doer->subject == object.subject) ||
            !binds_object_pronoun(sentence, words, doer->last, object.token)) {
            continue;
        }
        std::uint32_t clause_end = object.token + 1;
        while (clause_end < words.tokens.size() && !is_break(sentence, words, clause_end)) {
            ++clause_end;
        }
        for (auto& span : cues) {
            if (span.cue.kind == CueKind::characterization && span.cue.owner.empty() &&
                span.first > clause_end) {
                slice_into(sentence, words.tokens[doer->token], words.tokens[doer->last],
                           span.cue.owner);
                span.cue.owner_subject = doer_is_subject ? doer->subject : Cue::kNoOwner;
            }
        }
    }
}

void assign_group_predicate_owners(std::string_view sentence, const Words& words,
                                   const std::vector<MentionAt>& mentioned,
                                   std::vector<CueSpan>& cues) {
    constexpr std::uint32_t kPredicateReach = 3; // "were also very timid"
    constexpr std::uint32_t kSubjectWords = 8;   // "The investors who led that round were"
    // A characterization no one owns yet, with no subject named before it: most sentences about
    // a subject open with her name or pronoun, and then the opening is never read.
    std::uint32_t first_mention = UINT32_MAX;
    for (const auto& m : mentioned) {
        first_mention = std::min(first_mention, m.token);
    }
    // No subject named (a sentence about no one), or no room for a group and its verb before
    // the first mention.
    if (mentioned.empty() || first_mention < 3) {
        return;
    }
    const auto candidate = [&](const CueSpan& span) {
        return span.first <= first_mention && span.cue.kind == CueKind::characterization &&
               span.cue.owner.empty();
    };
    // And a linking verb at most three plain words before it ("were not timid").
    const auto linked = [&](const CueSpan& span) {
        for (std::uint32_t k = span.first; k-- > 0 && span.first - k <= kPredicateReach;) {
            if (!is_word(words, k)) {
                return false;
            }
            if (is_linking_verb(words.text(sentence, k))) {
                return true;
            }
        }
        return false;
    };
    if (std::none_of(cues.begin(), cues.end(),
                     [&](const CueSpan& span) { return candidate(span) && linked(span); })) {
        return;
    }
    const auto group = opening_group(sentence, words);
    if (!group) {
        return;
    }
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    std::uint32_t verb = *group + 1;
    while (verb < count && verb <= *group + kSubjectWords && is_word(words, verb) &&
           !is_linking_verb(words.text(sentence, verb))) {
        ++verb;
    }
    if (verb >= count || !is_word(words, verb) || !is_linking_verb(words.text(sentence, verb))) {
        return;
    }
    for (auto& span : cues) {
        if (!candidate(span) || span.first <= verb || span.first > verb + kPredicateReach) {
            continue;
        }
        bool plain = true;
        for (std::uint32_t k = verb + 1; k < span.first; ++k) {
            plain = plain && is_word(words, k);
        }
        if (plain) {
            span.cue.owner = slice(sentence, words.tokens[0], words.tokens[*group]);
            span.cue.owner_subject = Cue::kNoOwner;
        }
    }
}

namespace {

// A comma, "and" or "or" at token `at`, as it joins adjectives before a noun.
bool joins_modifiers(std::string_view sentence, const Words& words, std::uint32_t at) {
    const std::string_view text = words.text(sentence, at);
    return text == "," || text::folds_to(text, "and") || text::folds_to(text, "or");
}

bool is_article_or_possessive(std::string_view lower) {
    static const WordSet determiners = {"a",     "an",  "the", "this",  "that", "these",
                                        "those", "his", "her", "their", "its",  "our"};
    return determiners.contains(lower);
}

// The "who" of the relative clause that the one opened by ", and who" (or "or who") at token
// `who` is joined to, in the same sentence with no other "who" between; none when `who` opens
// no such clause.
std::optional<std::uint32_t> joined_relative_clause(std::string_view sentence, const Words& words,
                                                    std::uint32_t who) {
    if (who < 2 || !is_word(words, who - 1) ||
        (words.lower(sentence, who - 1) != "and" && words.lower(sentence, who - 1) != "or")) {
        return std::nullopt;
    }
    for (std::uint32_t k = who - 1; k-- > 0;) {
        if (is_word(words, k) && text::folds_to(words.text(sentence, k), "who")) {
            return k;
        }
    }
    return std::nullopt;
}

} // namespace

void assign_relative_clause_owners(std::string_view sentence, const Words& words,
                                   const std::vector<MentionAt>& mentioned,
                                   std::vector<CueSpan>& cues) {
    const auto is_linking = [&](std::uint32_t k) {
        return is_word(words, k) && is_linking_verb(words.text(sentence, k));
    };
    const auto is_subject_at = [&](std::uint32_t token) {
        return std::any_of(mentioned.begin(), mentioned.end(),
                           [&](const MentionAt& m) { return m.last == token; });
    };
    constexpr std::uint32_t kClauseReach = 5; // "who had never really been reckless"
    for (auto& span : cues) {
        if (span.cue.kind != CueKind::characterization || !span.cue.owner.empty() ||
            span.first < 2) {
            continue;
        }
        std::uint32_t who = span.first;
        for (std::uint32_t k = span.first; k-- > 0 && span.first - k <= kClauseReach;) {
            if (!is_word(words, k)) {
                break;
            }
            if (text::folds_to(words.text(sentence, k), "who")) {
                who = k;
                break;
            }
        }
        // "his staff, who say that he is prudent": a linking verb after "that" or a subject
        // pronoun has a subject of its own; the clause reports it, and does not describe them.
        bool linked = false;
        bool reported = false;
        for (std::uint32_t k = who + 1; k < span.first && !linked && !reported; ++k) {
            const std::string word = is_word(words, k) ? lowercase(words.text(sentence, k)) : "";
            reported = word == "that" || word == "he" || word == "she" || word == "they" ||
                       word == "it" || word == "we" || word == "i";
            linked = !reported && is_linking(k);
        }
        if (who == span.first || !linked || who == 0) {
            continue;
        }
        // "a founder who has become reckless, and who was asleep at the wheel": a relative
        // clause joined to the one before shares its noun.
        if (const auto first_who = joined_relative_clause(sentence, words, who)) {
            who = *first_who;
        } else if (is_word(words, who - 1) && (words.lower(sentence, who - 1) == "and" ||
                                               words.lower(sentence, who - 1) == "or")) {
            continue; // "and who" after no relative clause: no noun to own it
        }
        std::uint32_t noun = who - 1;
        if (words.text(sentence, noun) == ",") {
            if (noun == 0) {
                continue;
            }
            --noun;
        }
        if (!is_word(words, noun) || is_subject_at(noun)) {
            continue;
        }
        const std::uint32_t phrase = noun_phrase_start(sentence, words, 0, noun);
        std::uint32_t before = phrase;
        while (before > 0 && is_word(words, before - 1) &&
               (words.lower(sentence, before - 1) == "not" ||
                words.lower(sentence, before - 1) == "never")) {
            --before;
        }
        // What the subject is: "is a leader who is reckless", and with words the noun phrase
        // above does not take ("was the only director who", "the first chief executive who",
        // "the kind of leader who"), back to a preposition other than "of".
        static const WordSet stops = {"at",      "with",  "by",   "for",   "to", "from",
                                      "against", "about", "over", "under", "on", "in",
                                      "into",    "and",   "or",   "but"};
        bool what_it_is = false;
        bool determiner_seen = false;
        for (std::uint32_t k = before, seen = 0; k > 0 && seen < 6; --k) {
            // "is a bold, gifted and courageous founder who": adjectives joined before the
            // noun, with no determiner between them and it, are part of its phrase.
            if (joins_modifiers(sentence, words, k - 1) && !determiner_seen && k < before &&
                k >= 2 && is_word(words, k - 2)) {
                continue;
            }
            if (!is_word(words, k - 1)) {
                break;
            }
            const std::string_view word = words.lower(sentence, k - 1);
            if (is_linking(k - 1) || word == "as") {
                what_it_is = true;
                break;
            }
            if (stops.contains(word) || is_subject_at(k - 1)) {
                break;
            }
            determiner_seen = determiner_seen || is_article_or_possessive(word);
            ++seen;
        }
        if (what_it_is) {
            continue;
        }
        if (before > 1 && words.text(sentence, before - 1) == "," && is_subject_at(before - 2)) {
            continue; // an appositive of the subject
        }
        std::uint32_t label = phrase;
        while (label < noun && (text::folds_to(words.text(sentence, label), "and") ||
                                text::folds_to(words.text(sentence, label), "or"))) {
            ++label; // "She and Pryce, who was reckless": Pryce's
        }
        span.cue.owner = slice(sentence, words.tokens[label], words.tokens[noun]);
        span.cue.owner_subject = Cue::kNoOwner;
    }
}

} // namespace redraft::claims::detail
