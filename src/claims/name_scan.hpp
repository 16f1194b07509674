#pragma once
// The name scan: one pass over a document's bytes that keeps its runs of capitalized words and
// particles (the candidates for names) and its personal pronouns, paragraph by paragraph, for
// people.cpp to group into people. Its word splitting and the records it keeps are here; how a
// paragraph is read is name_scan.cpp.

#include <redraft/document/document.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "claims/name_words.hpp"

namespace redraft::claims::name_scan {

using detail::is_courtesy_title;
using detail::is_initial;
using detail::is_rank_or_name;
using detail::name_particle;
using detail::non_name;
using detail::without_possessive;

// Letters, digits, inner apostrophes and hyphens, and every byte of a multi-byte character
// (accented letters, the curly apostrophe; curly quotes and dashes are trimmed off the ends).
constexpr bool is_word_byte_by_rule(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '\'' || c == '-' || c >= 0x80;
}

// The same as a table: the name scan looks at every byte of a document.
inline constexpr std::array<bool, 256> kWordBytes = [] {
    std::array<bool, 256> bytes{};
    for (unsigned c = 0; c < 256; ++c) {
        bytes[c] = is_word_byte_by_rule(static_cast<unsigned char>(c));
    }
    return bytes;
}();

inline bool is_word_byte(unsigned char c) {
    return kWordBytes[c];
}

// A word byte that is never trimmed: an ASCII letter or digit.
inline constexpr std::array<bool, 256> kKeptBytes = [] {
    std::array<bool, 256> bytes{};
    for (unsigned c = 0; c < 0x80; ++c) {
        bytes[c] = kWordBytes[c] && c != '\'' && c != '-';
    }
    return bytes;
}();

// A curly quote or a dash (three bytes from U+2000 to U+203F) at the end of `s`, or at its start.
inline bool punctuation_at_end(std::string_view s) {
    return s.size() >= 3 && static_cast<unsigned char>(s[s.size() - 3]) == 0xE2 &&
           static_cast<unsigned char>(s[s.size() - 2]) == 0x80;
}
inline bool punctuation_at_start(std::string_view s) {
    return s.size() >= 3 && static_cast<unsigned char>(s[0]) == 0xE2 &&
           static_cast<unsigned char>(s[1]) == 0x80;
}

// Strips quotes, dashes and apostrophes at the ends of a word (trim_word, of the few words that
// need it).
std::string_view trim_word_ends(std::string_view w);

// Strips quotes, dashes and apostrophes that are not inside the word.
inline std::string_view trim_word(std::string_view w) {
    // Most words begin and end with an ASCII letter or digit: nothing to strip.
    if (!w.empty() && kKeptBytes[static_cast<unsigned char>(w.front())] &&
        kKeptBytes[static_cast<unsigned char>(w.back())] && !punctuation_at_end(w)) {
        return w;
    }
    return trim_word_ends(w);
}

// The one byte scan of names: on_word(word) for each run of word bytes, trimmed (possibly to
// nothing), and on_separator(byte) for each byte between words. `terminated`: the text is a
// whole std::string, whose terminating '\0' (no word byte) ends its last word, so a word's bytes
// are read without a bounds check.
template <bool terminated = false, class Word, class Separator>
void scan_words(std::string_view text, Word on_word, Separator on_separator) {
    static_assert(!kWordBytes[0], "the terminating zero must end a word");
    const char* at = text.data();
    const char* const end = at + text.size();
    while (at != end) {
        const auto c = static_cast<unsigned char>(*at);
        if (!is_word_byte(c)) {
            on_separator(c);
            ++at;
            continue;
        }
        const char* const begin = at;
        if constexpr (terminated) {
            while (is_word_byte(static_cast<unsigned char>(*at))) {
                ++at;
            }
        } else {
            while (at != end && is_word_byte(static_cast<unsigned char>(*at))) {
                ++at;
            }
        }
        on_word(trim_word(std::string_view(begin, static_cast<std::size_t>(at - begin))));
    }
}

// Calls f(word) for each word of `text`, trimmed as find_people trims it.
template <class F>
void for_each_word(std::string_view text, F f) {
    scan_words(
        text,
        [&](std::string_view word) {
            if (!word.empty()) {
                f(word);
            }
        },
        [](unsigned char) {});
}

// A run of name words between words that are no part of a name: "Mark Rutte" out of "Dutch Prime
// Minister Mark Rutte", "von der Leyen" out of "say von der Leyen was".
struct Segment {
    std::uint32_t first = 0; // index into Scan::words
    std::uint32_t end = 0;
    bool opens = false; // its first word opens a sentence (or stands in a heading)
    // Right after "the", "in" or "at": where places and organizations stand ("in Hong Kong",
    // "the World Cup", "at Goldman Sachs"), and people seldom do.
    bool placed = false;
    std::uint32_t sentence = 0; // counted through the document
    std::uint32_t paragraph = 0;
};

// A personal pronoun, where it stands among the segments: after `segments` of them.
struct PronounAt {
    std::uint32_t segments = 0;
    std::uint32_t sentence = 0;
    std::uint32_t paragraph = 0;
    Gender gender = Gender::unknown;
    // The gender of the "he" or "she" that opens its sentence, if one does: that pronoun is the
    // sentence's subject, and a pronoun of the other gender in the sentence is someone else
    // ("He crowds her big scenes": "her" is not he). A quotation's opening "She" is not; the
    // "he" or "she" who speaks it after its end is ('"She plays to the gallery," he told').
    Gender sentence_opener = Gender::unknown;
    // Tells nothing of the person named right before it: the object of that person's verb
    // ("Tomas Reiner accused her": someone else), or the subject of a clause reported after a
    // verb of saying or belief ("Brandt said she was careless": the speaker or anyone else).
    bool tells_nothing = false;
};

// The capitalized words of a document as find_people reads them, in reading order.
struct Scan {
    std::vector<std::string_view> words; // possessives kept: "Leyen's"
    std::vector<Segment> segments;
    std::vector<PronounAt> pronouns;
    std::uint32_t sentence = 0; // of the word being read
    std::uint32_t paragraph = 0;
    // Where each paragraph's words, segments and pronouns start, and the sentences counted before
    // it: some of the paragraphs are read from these as a scan of them alone would read them
    // (nothing of a paragraph's names depends on the paragraphs around it).
    struct Mark {
        std::uint32_t words = 0;
        std::uint32_t segments = 0;
        std::uint32_t pronouns = 0;
        std::uint32_t sentence = 0;
        const document::Paragraph* paragraph = nullptr;
    };
    std::vector<Mark> marks;
    // Where a capitalized word follows a space or a line break ("minister Rutte"): its offset in
    // its paragraph's text, from capitals_from[m] on for the paragraph of marks[m]. For the
    // titles learned from the offices written before a name (choose_subjects), so that their
    // search need not read every byte of the text again.
    std::vector<std::uint32_t> capitals;
    std::vector<std::uint32_t> capitals_from;

    Mark here(const document::Paragraph* at) const {
        return {static_cast<std::uint32_t>(words.size()),
                static_cast<std::uint32_t>(segments.size()),
                static_cast<std::uint32_t>(pronouns.size()), sentence, at};
    }

    // Splits a run of capitalized words and particles at the words that are no part of a name.
    // A month that ends the run after a given name is a last name ("Theresa May", "Brian May"),
    // unless a number follows it ("Vilnius July 2023" is a date).
    void add_run(const std::vector<std::string_view>& run, bool opens, bool heading, bool placed,
                 bool before_number) {
        std::size_t start = 0;
        for (std::size_t k = 0; k <= run.size(); ++k) {
            if (k < run.size() && !non_name(without_possessive(run[k])) &&
                !(k == start && opens_a_name_as_rank(run, k))) {
                continue;
            }
            if (k + 1 == run.size() && k > start && !before_number &&
                is_month_name(without_possessive(run[k]))) {
                continue;
            }
            // "Mr Tom Bank", "Dr Bank": a head word ending the name after a courtesy title is
            // the person's last name.
            if (k + 1 == run.size() && k >= start && start > 0 &&
                is_courtesy_title(run[start - 1]) &&
                is_organization_head(without_possessive(run[k]))) {
                continue;
            }
            std::size_t end = k;
            while (end > start && (name_particle(run[end - 1]) || is_initial(run[end - 1]))) {
                --end; // "Rutte de" before a title: particles and initials need a surname after
            }
            if (end > start) {
                Segment segment;
                segment.first = static_cast<std::uint32_t>(words.size());
                words.insert(words.end(), run.begin() + static_cast<std::ptrdiff_t>(start),
                             run.begin() + static_cast<std::ptrdiff_t>(end));
                segment.end = static_cast<std::uint32_t>(words.size());
                segment.opens = start == 0 ? opens : heading;
                // Before an organization's head word it is that organization's name.
                segment.placed =
                    (start == 0 && placed) ||
                    (k < run.size() && is_organization_head(without_possessive(run[k])));
                segment.sentence = sentence;
                segment.paragraph = paragraph;
                segments.push_back(segment);
            }
            start = k + 1;
        }
    }

    // A rank that is also a name ("Constable", "Bishop", "Dean") is the rank where it starts a
    // name after another rank ("Chief Constable Rhona Baird", "Deputy Sheriff Ann Moss") or
    // before a given and a last name ("Bishop Desmond Tutu"); before one word it stays a name
    // ("Dean Acheson"), and so it does ending one ("John Constable").
    static bool opens_a_name_as_rank(const std::vector<std::string_view>& run, std::size_t k) {
        return is_rank_or_name(run[k]) && (k > 0 || run.size() >= 3);
    }

    // add_run of a run of one word, most runs ("The", "However", "Rutte"), `base` its
    // without_possessive: its own segment unless it is no part of a name or a particle with no
    // surname after it ("De" before a title). Whether it is one.
    bool add_word_run(std::string_view word, std::string_view base, bool opens, bool placed) {
        if (non_name(base) || name_particle(word) || is_initial(word)) {
            return false;
        }
        Segment segment;
        segment.first = static_cast<std::uint32_t>(words.size());
        words.push_back(word);
        segment.end = segment.first + 1;
        segment.opens = opens;
        segment.placed = placed;
        segment.sentence = sentence;
        segment.paragraph = paragraph;
        segments.push_back(segment);
        return true;
    }
};

// The name runs of a document: a scan of words and the bytes between them rather than the
// tokenizer, since only capitalized words and particles matter. Most words are ASCII letters and
// digits between spaces, found by a window of the bytes' classes (text::window_at) rather than
// byte by byte. `by_window`: false reads every byte, as scan_words does: the reference the
// windows are tested against (find_people_bytewise).
Scan scan_names(const std::vector<const document::Paragraph*>& paragraphs, bool by_window);

// A scan of the paragraphs `picks` names (a scan and one of its marks each), in that order, as
// scan_names of those paragraphs alone would give it.
Scan select(const std::vector<std::pair<const Scan*, std::size_t>>& picks);

} // namespace redraft::claims::name_scan
