#pragma once
// The segmenter's word lists, kept as data so that an editor can read and extend them.
// Every entry is lower case; lookups fold ASCII case first. docs/segmentation.md explains how
// each list is used.

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <string_view>

namespace redraft::segment::lists {

enum class AbbreviationKind : std::uint8_t {
    // Never ends a sentence: titles before a name (Dr., St. is not here: it is also "Street")
    // and Latin or editorial abbreviations that always continue (e.g., i.e., vs., approx.).
    never_final,
    // Ends a sentence only when a word that starts sentences follows ("the U.S. They left"
    // splits, "the U.S. Senate" does not): U.S., Inc., Jr., month names.
    final_before_starter,
    // Ends a sentence before any capital, but not before a number or a lower-case word: etc.
    final_before_capital,
    // a.m. and p.m.: ends a sentence unless a day, a month or a time zone follows.
    time_of_day,
    // An abbreviation only before a number or a Roman numeral (No. 5, Fig. 3, p. 12, Vol. II,
    // b. 1967); otherwise an ordinary word, so that "The answer was no. Then" splits.
    before_number,
};

struct Abbreviation {
    std::string_view text; // without the final full stop: "u.s", "dr", "e.g"
    AbbreviationKind kind;
};

template <typename T, std::size_t N, typename Less>
constexpr std::array<T, N> sorted(std::array<T, N> items, Less less) {
    std::sort(items.begin(), items.end(), less);
    return items;
}

constexpr bool abbreviation_less(const Abbreviation& a, const Abbreviation& b) {
    return a.text < b.text;
}

using enum AbbreviationKind;

inline constexpr auto kAbbreviations =
    sorted(std::to_array<Abbreviation>({
               // Titles and ranks before a name.
               {"mr", never_final},
               {"mrs", never_final},
               {"ms", never_final},
               {"messrs", never_final},
               {"mme", never_final},
               {"mlle", never_final},
               {"dr", never_final},
               {"prof", never_final},
               {"rev", never_final},
               {"hon", never_final},
               {"gen", never_final},
               {"lt", never_final},
               {"col", never_final},
               {"maj", never_final},
               {"capt", never_final},
               {"cmdr", never_final},
               {"adm", never_final},
               {"sgt", never_final},
               {"cpl", never_final},
               {"pvt", never_final},
               {"sen", never_final},
               {"rep", never_final},
               {"gov", never_final},
               {"pres", never_final},
               {"amb", never_final},
               {"supt", never_final},
               {"insp", never_final},
               {"mt", never_final},
               {"ft", never_final},
               {"fr", never_final},
               // Latin and editorial abbreviations that always continue.
               {"e.g", never_final},
               {"i.e", never_final},
               {"cf", never_final},
               {"viz", never_final},
               {"vs", never_final},
               {"v", never_final},
               {"approx", never_final},
               {"incl", never_final},
               {"esp", never_final},
               {"resp", never_final},
               {"ibid", never_final},
               // Countries, organisations, companies, degrees, name suffixes, places, months.
               {"u.s", final_before_starter},
               {"u.k", final_before_starter},
               {"u.n", final_before_starter},
               {"e.u", final_before_starter},
               {"u.s.a", final_before_starter},
               {"u.s.s.r", final_before_starter},
               {"n.y", final_before_starter},
               {"d.c", final_before_starter},
               {"b.c", final_before_starter},
               {"a.d", final_before_starter},
               {"ph.d", final_before_starter},
               {"m.d", final_before_starter},
               {"b.a", final_before_starter},
               {"m.a", final_before_starter},
               {"inc", final_before_starter},
               {"ltd", final_before_starter},
               {"co", final_before_starter},
               {"corp", final_before_starter},
               {"llc", final_before_starter},
               {"plc", final_before_starter},
               {"bros", final_before_starter},
               {"jr", final_before_starter},
               {"sr", final_before_starter},
               {"st", final_before_starter},
               {"ave", final_before_starter},
               {"rd", final_before_starter},
               {"blvd", final_before_starter},
               {"al", final_before_starter},
               {"dept", final_before_starter},
               {"univ", final_before_starter},
               {"est", final_before_starter},
               {"jan", final_before_starter},
               {"feb", final_before_starter},
               {"mar", final_before_starter},
               {"apr", final_before_starter},
               {"jun", final_before_starter},
               {"jul", final_before_starter},
               {"aug", final_before_starter},
               {"sep", final_before_starter},
               {"sept", final_before_starter},
               {"oct", final_before_starter},
               {"nov", final_before_starter},
               {"dec", final_before_starter},
               {"etc", final_before_capital},
               {"a.m", time_of_day},
               {"p.m", time_of_day},
               // Before a number only.
               {"no", before_number},
               {"nos", before_number},
               {"nr", before_number},
               {"art", before_number},
               {"fig", before_number},
               {"figs", before_number},
               {"p", before_number},
               {"pp", before_number},
               {"vol", before_number},
               {"vols", before_number},
               {"para", before_number},
               {"ch", before_number},
               {"sec", before_number},
               {"ca", before_number},
               {"op", before_number},
               {"ref", before_number},
               {"eq", before_number},
               {"tel", before_number},
               {"b", before_number}, // born
               {"c", before_number}, // circa
               {"d", before_number}, // died
           }),
           abbreviation_less);

// Words that begin sentences far more often than they continue a name after an abbreviation:
// pronouns, determiners, conjunctions, sentence adverbs, auxiliaries. "the U.S. They" splits,
// "the U.S. Senate" does not. Words that are also common names or name parts (May, Will,
// First, Under) are left out on purpose.
inline constexpr auto kSentenceStarters = sorted(std::to_array<std::string_view>({
                                                     "a",
                                                     "about",
                                                     "according",
                                                     "accordingly",
                                                     "additionally",
                                                     "after",
                                                     "afterwards",
                                                     "again",
                                                     "all",
                                                     "also",
                                                     "although",
                                                     "among",
                                                     "an",
                                                     "and",
                                                     "another",
                                                     "any",
                                                     "are",
                                                     "as",
                                                     "at",
                                                     "because",
                                                     "before",
                                                     "both",
                                                     "but",
                                                     "by",
                                                     "can",
                                                     "consequently",
                                                     "could",
                                                     "despite",
                                                     "did",
                                                     "do",
                                                     "does",
                                                     "during",
                                                     "each",
                                                     "eight",
                                                     "eleven",
                                                     "even",
                                                     "eventually",
                                                     "every",
                                                     "everybody",
                                                     "everyone",
                                                     "everything",
                                                     "few",
                                                     "finally",
                                                     "five",
                                                     "following",
                                                     "for",
                                                     "four",
                                                     "from",
                                                     "furthermore",
                                                     "given",
                                                     "had",
                                                     "has",
                                                     "have",
                                                     "he",
                                                     "hence",
                                                     "her",
                                                     "here",
                                                     "his",
                                                     "how",
                                                     "however",
                                                     "i",
                                                     "if",
                                                     "in",
                                                     "indeed",
                                                     "instead",
                                                     "is",
                                                     "it",
                                                     "its",
                                                     "last",
                                                     "later",
                                                     "let",
                                                     "likewise",
                                                     "many",
                                                     "meanwhile",
                                                     "might",
                                                     "moreover",
                                                     "most",
                                                     "much",
                                                     "must",
                                                     "my",
                                                     "neither",
                                                     "nevertheless",
                                                     "nine",
                                                     "no",
                                                     "nobody",
                                                     "none",
                                                     "nonetheless",
                                                     "nor",
                                                     "not",
                                                     "nothing",
                                                     "notably",
                                                     "now",
                                                     "of",
                                                     "on",
                                                     "once",
                                                     "one",
                                                     "only",
                                                     "or",
                                                     "other",
                                                     "our",
                                                     "overall",
                                                     "perhaps",
                                                     "recently",
                                                     "same",
                                                     "seven",
                                                     "several",
                                                     "she",
                                                     "should",
                                                     "similarly",
                                                     "simultaneously",
                                                     "since",
                                                     "six",
                                                     "so",
                                                     "some",
                                                     "someone",
                                                     "something",
                                                     "soon",
                                                     "such",
                                                     "ten",
                                                     "that",
                                                     "the",
                                                     "their",
                                                     "then",
                                                     "there",
                                                     "therefore",
                                                     "these",
                                                     "they",
                                                     "this",
                                                     "those",
                                                     "though",
                                                     "three",
                                                     "thus",
                                                     "to",
                                                     "today",
                                                     "tomorrow",
                                                     "twelve",
                                                     "two",
                                                     "ultimately",
                                                     "unless",
                                                     "unlike",
                                                     "until",
                                                     "was",
                                                     "we",
                                                     "were",
                                                     "what",
                                                     "whatever",
                                                     "when",
                                                     "where",
                                                     "whether",
                                                     "which",
                                                     "while",
                                                     "who",
                                                     "why",
                                                     "with",
                                                     "without",
                                                     "would",
                                                     "yes",
                                                     "yesterday",
                                                     "yet",
                                                     "you",
                                                     "your",
                                                 }),
                                                 std::less<>{});

// Capitalized words that continue a time ("5 p.m. Monday", "10 p.m. CET").
inline constexpr auto kTimeFollowers = sorted(
    std::to_array<std::string_view>({
        "april",    "august",   "bst",     "cest",    "cet",       "cdt",   "central",  "cst",
        "december", "eastern",  "edt",     "eest",    "eet",       "est",   "february", "friday",
        "gmt",      "january",  "july",    "june",    "local",     "march", "may",      "monday",
        "msk",      "november", "october", "pacific", "pdt",       "pst",   "saturday", "september",
        "sunday",   "thursday", "tuesday", "utc",     "wednesday",
    }),
    std::less<>{});

// Names written with an exclamation mark, which therefore ends a sentence only when a
// sentence starter follows ("Yahoo! Finance" goes on, "to Yahoo! The price" splits).
inline constexpr auto kExclamationNames =
    sorted(std::to_array<std::string_view>({"jeopardy", "yahoo", "yum"}), std::less<>{});

// Words a heading never ends with, because they need a continuation: a line that ends with
// one was wrapped, not broken after a heading.
inline constexpr auto kContinuingWords =
    sorted(std::to_array<std::string_view>({"a", "an", "and", "as", "at", "by", "for", "from", "in",
                                            "of", "on", "or", "that", "the", "to", "with"}),
           std::less<>{});

template <std::size_t N>
constexpr bool contains(const std::array<std::string_view, N>& list, std::string_view word) {
    return std::binary_search(list.begin(), list.end(), word);
}

} // namespace redraft::segment::lists
