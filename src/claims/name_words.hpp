#pragma once
// The words of name recognition, one word at a time: which capitalized words are no part of a
// person's name, the particles inside names, the personal pronouns, capitals beyond ASCII. Shared
// by the name scan (name_scan.*), the grouping of names into people (people.cpp) and the
// analyzer's name patterns. The tests the scan asks of every word are inline here.

#include <redraft/claims/claims.hpp>
#include <redraft/text/ascii.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>

#include "claims/word_set.hpp"

namespace redraft::claims {

// A capitalized word that is not part of a person's name: a function word that opens a sentence,
// a title, or a word of an organization, place, event or nationality ("The", "Minister",
// "Dutch"). A hyphenated word is one when a part of it is ("Minister-President").
bool is_non_name_word(std::string_view word);

// A month's name as written, capitalized: "May", "June". Also a last name ("Theresa May").
bool is_month_name(std::string_view word);

// A particle inside a name, in any case: "von", "der", "de", "la", "van", "al" ("Ursula von der
// Leyen", "Luis de la Fuente"); and the Irish "Ó", "Ní", "Uí", capitalized ("Zoë Ó Briain"). With
// the surname after it, it is part of the last name.
bool is_name_particle(std::string_view word);

// A head word of an organization or place (Party, Bank, Freight, Institute, ...).
bool is_organization_head(std::string_view word);

// The words of an organization's name before the head words that end it, as the text may call
// it: "Corvane" of "Corvane Energy", "Halden" of "Halden Holdings Ltd" (task u1 of the
// nineteenth session). Empty when the name ends in no head word ("Mark Rutte"), or is head
// words only ("Energy Commission"). A trailing full stop is no part of a head word ("Inc.").
std::string_view organization_short_name(std::string_view name);

// A word that starts with a capital letter: A to Z, a Latin letter with a diacritic ("Émile",
// "Łukasz"), or a capital of any other cased script ("Дмитрий", "Κυριάκος").
bool starts_with_capital(std::string_view word);

} // namespace redraft::claims

namespace redraft::claims::detail {

// Courtesy titles only a person carries: an organization's head word right after one, ending
// the name, is that person's last name ("Mr Tom Bank", "Dr Bank"), not an organization's.
bool is_courtesy_title(std::string_view word);

// Ranks and offices that are also family or given names ("Chief Constable Rhona Baird" and
// "John Constable", "Bishop Desmond Tutu" and "Elizabeth Bishop", "Dean Ann Moss" and "Dean
// Acheson"): a rank where its place says so, which the name scan's add_run decides.
bool is_rank_or_name(std::string_view word);

// Nouns a capital letter labels ("Plan B", "Option C", "Vitamin D", "Exhibit A", "Gate B"): a
// letter and its full stop after one end a sentence, as after an organization's head word
// ("Group B."), and are no initial of a name that goes on in the next ("We chose Plan B. Arden
// spoke" names no "B. Arden"). Titles ("Mr J. Arden") and function words ("With J. K. Rowling")
// are no such nouns.
bool labels_by_letter(std::string_view word);

// is_non_name_word's two lists in one set.
const WordSet& non_name_words_or_heads();

// Whether a part of a hyphenated word is a non-name word: asked only of words with a hyphen.
bool has_non_name_part(std::string_view word);

// The same for a word with letters beyond ASCII, by ICU's cases: "НАТО", "ΝΑΤΟ", "ÖBB" are
// acronyms, "Песков" is not.
bool is_acronym_beyond_ascii(std::string_view w);

// A capital of another cased script, or of Latin outside U+00C0 to U+017F, by ICU's character
// properties: Cyrillic "Дмитрий", Greek "Κυριάκος", Vietnamese "Ngô", Romanian "Ștefan". Out of
// line and asked only of a word whose first byte is from 0x80 on and no two-byte Latin letter:
// ASCII text never comes here.
bool starts_upper_beyond_latin(std::string_view w);

// The word with its first letter in lowercase ("Yesterday" -> "yesterday", "Émile" -> "émile",
// "Песков" -> "песков").
std::string with_lowercase_initial(std::string_view w);

// Every word of both lists starts with an ASCII capital: may_be_non_name_word relies on it. Checked
// when the lists are first asked, so that a row added in lowercase fails every test that reads a
// name instead of being passed over by the scan.
inline bool starts_with_ascii_capital(std::string_view word) {
    return !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
}

// Whether `word` has a hyphen: asked of every capitalized word no list holds, most of them
// names of a few bytes, whose bytes are tested at once (a byte past the word reads as 0, no
// hyphen), where std::string_view::find called memchr.
inline bool has_hyphen(std::string_view word) {
    const std::size_t n = word.size();
    if (n > 8) {
        return std::memchr(word.data(), '-', n) != nullptr;
    }
    std::uint64_t bytes = 0;
    if (n >= 4) {
        const auto [head, tail] = four_byte_ends(word);
        bytes = std::uint64_t{head} | (std::uint64_t{tail} << (8 * (n - 4)));
    } else {
        for (std::size_t k = 0; k < n; ++k) {
            bytes |= std::uint64_t{static_cast<unsigned char>(word[k])} << (8 * k);
        }
    }
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    const std::uint64_t x = bytes ^ (kOnes * '-'); // a zero byte where a hyphen is
    return ((x - kOnes) & ~x & (kOnes << 7)) != 0;
}

// is_non_name_word, inline in the name scan, which asks it of every word of a run of capitals.
inline bool non_name(std::string_view word) {
    return non_name_words_or_heads().contains(word) ||
           (has_hyphen(word) && has_non_name_part(word));
}

// Whether is_non_name_word may hold: the word starts with an ASCII capital, as every word on its
// lists does, or has a hyphen, whose parts may be on them ("ex-President"). The name scan asks
// about the word before every full stop, most of them lowercase ("was reckless."), and rules
// those out here without the lookup.
inline bool may_be_non_name_word(std::string_view word) {
    return starts_with_ascii_capital(word) || word.find('-') != std::string_view::npos;
}

// Up to eight ASCII letters in lowercase, packed into one number (0 for anything else): particles
// are compared as numbers, since every lowercase word of a text is checked.
constexpr std::uint64_t pack_lowercase(std::string_view w) {
    if (w.empty() || w.size() > 8) {
        return 0;
    }
    std::uint64_t packed = 0;
    for (const char c : w) {
        const char lower = text::ascii_lower(c);
        if (lower < 'a' || lower > 'z') {
            return 0;
        }
        packed = (packed << 8) | static_cast<std::uint64_t>(lower);
    }
    return packed;
}

// Particles inside names: "Ursula von der Leyen", "Luis de la Fuente", "Ruud van Nistelrooy",
// "Osama bin Laden".
inline constexpr std::uint64_t kParticles[] = {
    pack_lowercase("von"),   pack_lowercase("van"), pack_lowercase("der"), pack_lowercase("den"),
    pack_lowercase("de"),    pack_lowercase("la"),  pack_lowercase("le"),  pack_lowercase("del"),
    pack_lowercase("della"), pack_lowercase("da"),  pack_lowercase("di"),  pack_lowercase("du"),
    pack_lowercase("dos"),   pack_lowercase("das"), pack_lowercase("bin"), pack_lowercase("ibn"),
    pack_lowercase("al"),    pack_lowercase("ter"), pack_lowercase("ten"), pack_lowercase("zu"),
    pack_lowercase("des")};

// The lengths of the particles by their first letter, in both cases (bit n: a particle of n
// letters starts with it): every lowercase word of a text is asked whether it is one, and most
// are ruled out by their first letter and length ("the" may be "ter", "and" is nothing).
inline constexpr std::array<std::uint8_t, 256> kParticleLengths = [] {
    std::array<std::uint8_t, 256> lengths{};
    for (const std::uint64_t packed : kParticles) {
        std::uint64_t first = packed;
        unsigned length = 1;
        while (first > 0xFF) {
            first >>= 8;
            ++length;
        }
        lengths[first] |= static_cast<std::uint8_t>(1u << length);
        lengths[first - 'a' + 'A'] |= static_cast<std::uint8_t>(1u << length);
    }
    return lengths;
}();

// The second letters of the particles by their first letter, in both cases (bit n: the letter
// 'a' + n): "the", "at" and "did" pass the test of length but are no particle.
inline constexpr std::array<std::uint32_t, 256> kParticleSeconds = [] {
    std::array<std::uint32_t, 256> seconds{};
    for (const std::uint64_t packed : kParticles) {
        std::uint64_t first = packed;
        std::uint64_t second = 0;
        while (first > 0xFF) {
            second = first & 0xFF;
            first >>= 8;
        }
        seconds[first] |= std::uint32_t{1} << (second - 'a');
        seconds[first - 'a' + 'A'] |= std::uint32_t{1} << (second - 'a');
    }
    return seconds;
}();

// The Irish particles of a family name, capitalized wherever they stand: "Zoë Ó Briain", "Áine Ní
// Bhriain", "Nuala Uí Bhriain". "Ó" is one capital letter with a diacritic, which the scan would
// otherwise read as an acronym that ends the name (task t1).
inline bool is_irish_particle(std::string_view word) {
    return word == "\xC3\x93" || word == "N\xC3\xAD" || word == "U\xC3\xAD";
}

inline bool is_packed_particle(std::string_view word) {
    const std::uint64_t packed = pack_lowercase(word);
    return packed != 0 &&
           std::find(std::begin(kParticles), std::end(kParticles), packed) != std::end(kParticles);
}

// is_name_particle, inline in the name scan: most words are ruled out by their first letter and
// length. Forced inline: a longer list of non-name words (task s1) left it a call, 0.46 M of the
// 1 MB pair's instructions.
[[gnu::always_inline]] inline bool name_particle(std::string_view word) {
    if (word.size() < 2 || word.size() > 5) {
        return false;
    }
    const auto first = static_cast<unsigned char>(word[0]);
    // The second letter in lowercase, from 0 for 'a'; 26 or more for anything but a letter.
    const unsigned second = (static_cast<unsigned char>(word[1]) | 0x20u) - 'a';
    if (second >= 26) {
        return is_irish_particle(word); // "Ó", "Ní": a byte past ASCII first or second
    }
    return ((kParticleLengths[first] >> word.size()) & 1) != 0 &&
           ((kParticleSeconds[first] >> second) & 1) != 0 && is_packed_particle(word);
}

// A given name's initial with its full stop, as the name scan keeps it in a run: "J." of "J. K.
// Arden", "Jane K. Arden". No name ends with one ("Plan B." is no person).
inline bool is_initial(std::string_view word) {
    return word.size() == 2 && word[1] == '.';
}

// pronoun_gender, inline in the name scan: called for every word of a document and every word
// the analysis's mention scan stops at, so no copy and no loop over the eight pronouns; most
// words are ruled out by their length or first letter, the rest by one switch on the length.
// Only the first letter may be a capital ("His", not "HIS"). A unit test compares it with the
// list of pronouns on every case and neighbour of them.
inline Gender gender_of_pronoun(std::string_view word) {
    const std::size_t n = word.size();
    if (n < 2 || n > 7) {
        return Gender::unknown;
    }
    const char first = text::ascii_lower(word[0]);
    const char* const rest = word.data() + 1;
    if (first == 's') {
        return n == 3 && rest[0] == 'h' && rest[1] == 'e' ? Gender::feminine : Gender::unknown;
    }
    if (first != 'h') {
        return Gender::unknown;
    }
    switch (n) {
    case 2: // he
        return rest[0] == 'e' ? Gender::masculine : Gender::unknown;
    case 3: // him, his, her
        if (rest[0] == 'i') {
            return rest[1] == 'm' || rest[1] == 's' ? Gender::masculine : Gender::unknown;
        }
        return rest[0] == 'e' && rest[1] == 'r' ? Gender::feminine : Gender::unknown;
    case 4: // hers
        return std::memcmp(rest, "ers", 3) == 0 ? Gender::feminine : Gender::unknown;
    case 7: // himself, herself
        if (std::memcmp(rest, "imself", 6) == 0) {
            return Gender::masculine;
        }
        return std::memcmp(rest, "erself", 6) == 0 ? Gender::feminine : Gender::unknown;
    default:
        return Gender::unknown;
    }
}

// Whether `word` is the literal `lower` exactly, compared in place: the name scan asks it of
// every word it notices, where std::string_view's operator== was a call each.
template <std::size_t N>
[[gnu::always_inline]] inline bool is_literal(std::string_view word, const char (&lower)[N]) {
    return word.size() == N - 1 && std::memcmp(word.data(), lower, N - 1) == 0;
}

// Whether `w` is an acronym: two capitals or more and no lowercase letter ("NATO", "EU"), or
// one letter.
inline bool is_acronym(std::string_view w) {
    int upper = 0;
    for (const char c : w) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            return is_acronym_beyond_ascii(w);
        }
        if (c >= 'a' && c <= 'z') {
            return false;
        }
        upper += (c >= 'A' && c <= 'Z') ? 1 : 0;
    }
    return upper >= 2 || w.size() == 1;
}

// Capital Latin letters written with two bytes in UTF-8: U+00C0 to U+017F ("Émile", "Özdemir",
// "Łukasz", "Šefčovič").
inline bool is_upper_latin(unsigned cp) {
    if (cp >= 0xC0 && cp <= 0xDE) {
        return cp != 0xD7; // the multiplication sign
    }
    if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) {
        return cp % 2 == 0;
    }
    if (cp >= 0x139 && cp <= 0x148) {
        return cp % 2 == 1;
    }
    return cp == 0x178 || cp == 0x179 || cp == 0x17B || cp == 0x17D;
}

// The code point of a two-byte Latin letter at the start of `w` (U+00C0 to U+017F), else 0.
inline unsigned latin_code_point(std::string_view w) {
    if (w.size() < 2) {
        return 0;
    }
    const auto lead = static_cast<unsigned char>(w[0]);
    if (lead != 0xC3 && lead != 0xC4 && lead != 0xC5) {
        return 0;
    }
    return ((lead & 0x1Fu) << 6) | (static_cast<unsigned char>(w[1]) & 0x3Fu);
}

inline bool starts_upper(std::string_view w) {
    if (w.empty()) {
        return false;
    }
    const auto c = static_cast<unsigned char>(w.front());
    if (c < 0x80) {
        return c >= 'A' && c <= 'Z';
    }
    const unsigned latin = latin_code_point(w);
    return latin != 0 ? is_upper_latin(latin) : starts_upper_beyond_latin(w);
}

// "Stoltenberg's" -> "Stoltenberg". Forced inline, as name_particle.
[[gnu::always_inline]] inline std::string_view without_possessive(std::string_view w) {
    if (w.size() < 3 || w.back() != 's') {
        return w; // most words
    }
    // The mark before the "s", read in place: "'" or U+2019 (E2 80 99).
    const std::size_t s = w.size() - 1;
    if (w[s - 1] == '\'') {
        return w.substr(0, s - 1);
    }
    if (s > 3 && w[s - 1] == '\x99' && w[s - 2] == '\x80' && w[s - 3] == '\xe2') {
        return w.substr(0, s - 3);
    }
    return w;
}

} // namespace redraft::claims::detail
