// A rule-based sentence scanner. One pass over the bytes finds candidate boundaries (a run of
// full stops, question or exclamation marks and ellipses, then closing quotes and brackets,
// then white space); each candidate is decided by the word before it and the word after it.
// The rules and their reasons are in docs/segmentation.md.

#include <redraft/segment/segmenter.hpp>
#include <redraft/text/footnotes.hpp>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "segment/word_lists.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace redraft::segment {
namespace {

using lists::AbbreviationKind;

// The lists are searched by binary search: an entry listed twice would be a mistake.
template <typename List, typename Equal>
constexpr bool has_no_duplicates(const List& list, Equal equal) {
    return std::adjacent_find(list.begin(), list.end(), equal) == list.end();
}
static_assert(has_no_duplicates(lists::kAbbreviations,
                                [](const auto& a, const auto& b) { return a.text == b.text; }));
static_assert(has_no_duplicates(lists::kSentenceStarters, std::equal_to<>{}));
static_assert(has_no_duplicates(lists::kTimeFollowers, std::equal_to<>{}));

// Byte classes for the scan: most bytes are none and are skipped (skip_other).
enum ByteClass : std::uint8_t {
    kOther = 0,
    kStop = 1, // . ! ?
    kLead = 2, // first byte of a multi-byte character that may matter (E2: … ” “ ‽)
    kStraightQuote = 3,
    kNewline = 4,
};

constexpr std::array<std::uint8_t, 256> make_byte_classes() {
    std::array<std::uint8_t, 256> classes{};
    classes['.'] = kStop;
    classes['!'] = kStop;
    classes['?'] = kStop;
    classes[0xE2] = kLead;
    classes['"'] = kStraightQuote;
    classes['\n'] = kNewline;
    return classes;
}
constexpr auto kByteClasses = make_byte_classes();

// The bytes whose class is not kOther, for the block-wise skip in skip_other.
constexpr std::array<unsigned char, 6> kScanBytes = {'.', '!', '?', 0xE2, '"', '\n'};
constexpr bool scan_bytes_match_classes() {
    std::size_t classed = 0;
    for (std::size_t b = 0; b < kByteClasses.size(); ++b) {
        classed += kByteClasses[b] != kOther ? 1 : 0;
    }
    return classed == kScanBytes.size() &&
           std::all_of(kScanBytes.begin(), kScanBytes.end(),
                       [](unsigned char b) { return kByteClasses[b] != kOther; });
}
static_assert(scan_bytes_match_classes());

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";         // …
constexpr std::string_view kInterrobang = "\xE2\x80\xBD";      // ‽
constexpr std::string_view kLeftDouble = "\xE2\x80\x9C";       // “
constexpr std::string_view kRightDouble = "\xE2\x80\x9D";      // ”
constexpr std::string_view kRightSingle = "\xE2\x80\x99";      // ’
constexpr std::string_view kRightGuillemet = "\xC2\xBB";       // »
constexpr std::string_view kRightAngleSingle = "\xE2\x80\xBA"; // ›
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
constexpr std::string_view kNarrowNoBreakSpace = "\xE2\x80\xAF";

// How far ahead the scanner looks for the end of an open quotation.
constexpr std::uint32_t kQuoteLookahead = 600;
// How many following lines decide whether a line break was deliberate (a heading).
constexpr int kHeadingLookaheadLines = 20;
constexpr std::size_t kMaxHeadingWords = 12;

// ASCII character classes, one table lookup each: the word scans around a candidate test
// every byte (a chain of six comparisons for white space cost a fifth of the segmenter).
enum CharFlag : std::uint8_t {
    kSpaceFlag = 1,
    kUpperFlag = 2,
    kLowerFlag = 4,
    kDigitFlag = 8,
    // A byte that may open a closing quote, bracket or footnote marker after a terminator:
    // " ' ) ] } [ and every byte from 0x80 on (” ’ › » ¹ are multi-byte).
    kMayCloseFlag = 16,
    kRomanFlag = 32, // I V X L C, the capitals of Roman numerals up to 399
};

constexpr std::array<std::uint8_t, 256> make_char_flags() {
    std::array<std::uint8_t, 256> flags{};
    for (unsigned char c : {' ', '\t', '\n', '\r', '\f', '\v'}) {
        flags[c] |= kSpaceFlag;
    }
    for (int c = 'A'; c <= 'Z'; ++c) {
        flags[static_cast<std::size_t>(c)] |= kUpperFlag;
        flags[static_cast<std::size_t>(c) + 32] |= kLowerFlag;
    }
    for (int c = '0'; c <= '9'; ++c) {
        flags[static_cast<std::size_t>(c)] |= kDigitFlag;
    }
    for (unsigned char c : {'"', '\'', ')', ']', '}', '['}) {
        flags[c] |= kMayCloseFlag;
    }
    for (std::size_t c = 0x80; c < flags.size(); ++c) {
        flags[c] |= kMayCloseFlag;
    }
    for (unsigned char c : {'I', 'V', 'X', 'L', 'C'}) {
        flags[c] |= kRomanFlag;
    }
    return flags;
}
constexpr auto kCharFlags = make_char_flags();

constexpr bool is_ascii_space(unsigned char c) {
    return (kCharFlags[c] & kSpaceFlag) != 0;
}
constexpr bool is_ascii_upper(unsigned char c) {
    return (kCharFlags[c] & kUpperFlag) != 0;
}
constexpr bool is_ascii_lower(unsigned char c) {
    return (kCharFlags[c] & kLowerFlag) != 0;
}
constexpr bool is_ascii_digit(unsigned char c) {
    return (kCharFlags[c] & kDigitFlag) != 0;
}
constexpr bool is_ascii_letter(unsigned char c) {
    return (kCharFlags[c] & (kUpperFlag | kLowerFlag)) != 0;
}
constexpr char ascii_lower(char c) {
    return is_ascii_upper(static_cast<unsigned char>(c)) ? c + 32 : c;
}

// Characters that open a quotation or bracket before a word.
bool is_opening_ascii(unsigned char c) {
    return c == '(' || c == '[' || c == '{' || c == '"' || c == '\'' || c == '*' || c == '_';
}

// The first character of `word` (UTF-8), decoded.
UChar32 first_code_point(std::string_view word) {
    const auto* data = reinterpret_cast<const std::uint8_t*>(word.data());
    std::int32_t i = 0;
    UChar32 c = 0;
    U8_NEXT(data, i, static_cast<std::int32_t>(word.size()), c);
    return c;
}

// The word kinds that decide a candidate boundary.
enum class NextKind { end, lower, upper, digit, other };

struct NextWord {
    NextKind kind = NextKind::end;
    std::string_view letters; // a capitalized word's leading ASCII letters, for lookups
    bool is_initial = false;  // one capital and a full stop ("A." in "J. A. Smith")
    bool is_roman = false;    // a Roman numeral of two letters or more ("II", "XIV")
};

class Scanner {
public:
    explicit Scanner(std::string_view text, std::vector<SentenceSpan>& out)
        : text_(text), size_(static_cast<std::uint32_t>(text.size())), out_(out) {}

    // Scans [begin, end) and emits its sentences.
    void scan(std::uint32_t begin, std::uint32_t end);

private:
    std::uint32_t skip_other(std::uint32_t i, std::uint32_t end) const;
    std::uint32_t skip_space(std::uint32_t i, std::uint32_t end) const;
    bool is_space_at(std::uint32_t i, std::uint32_t* length) const;
    bool is_wide_space_at(std::uint32_t i, std::uint32_t* length) const;
    bool binds(std::uint32_t i, std::uint32_t end) const;
    void emit(std::uint32_t begin, std::uint32_t end);

    // Handles a candidate run starting at `i`; returns where scanning continues.
    std::uint32_t at_terminator(std::uint32_t i, std::uint32_t end);
    std::uint32_t at_newline(std::uint32_t i, std::uint32_t end);
    void track_quote(bool opening, bool closing);

    NextWord next_word(std::uint32_t i, std::uint32_t end) const;
    bool decide_full_stop(std::uint32_t stop, bool closed, const NextWord& next) const;
    bool quotation_continues(std::uint32_t from, std::uint32_t end) const;
    bool at_sentence_start(std::uint32_t word_begin) const;
    std::string_view word_before(std::uint32_t stop) const;

    std::string_view text_;
    std::uint32_t size_;
    std::vector<SentenceSpan>& out_;
    std::uint32_t sentence_begin_ = 0;
    bool quote_open_ = false;
};

// The first byte in [i, end) that the scan reacts to (class other than kOther), or `end`. Most
// bytes of a paragraph are none of these: with SSE2, 16 bytes at a time are compared with all of
// kScanBytes (under 2 instructions a byte in callgrind, where the byte loop took 6.5).
std::uint32_t Scanner::skip_other(std::uint32_t i, std::uint32_t end) const {
#if defined(__SSE2__)
    static_assert(kScanBytes.size() == 6);
    // Written out: -O2 neither unrolls a loop over kScanBytes nor hoists its constants.
    const auto splat = [](unsigned char b) { return _mm_set1_epi8(static_cast<char>(b)); };
    const __m128i b0 = splat(kScanBytes[0]);
    const __m128i b1 = splat(kScanBytes[1]);
    const __m128i b2 = splat(kScanBytes[2]);
    const __m128i b3 = splat(kScanBytes[3]);
    const __m128i b4 = splat(kScanBytes[4]);
    const __m128i b5 = splat(kScanBytes[5]);
    const char* data = text_.data();
    while (end - i >= 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
        const __m128i hits = _mm_or_si128(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(block, b0), _mm_cmpeq_epi8(block, b1)),
                         _mm_or_si128(_mm_cmpeq_epi8(block, b2), _mm_cmpeq_epi8(block, b3))),
            _mm_or_si128(_mm_cmpeq_epi8(block, b4), _mm_cmpeq_epi8(block, b5)));
        const auto mask = static_cast<unsigned>(_mm_movemask_epi8(hits));
        if (mask != 0) {
            return i + static_cast<std::uint32_t>(std::countr_zero(mask));
        }
        i += 16;
    }
#endif
    while (i < end && kByteClasses[static_cast<unsigned char>(text_[i])] == kOther) {
        ++i;
    }
    return i;
}

std::uint32_t Scanner::skip_space(std::uint32_t i, std::uint32_t end) const {
    std::uint32_t length = 0;
    while (i < end && is_space_at(i, &length)) {
        i += length;
    }
    return i;
}

// White space at `i` (ASCII, or Unicode white space such as U+00A0); sets its byte length.
bool Scanner::is_space_at(std::uint32_t i, std::uint32_t* length) const {
    const auto c = static_cast<unsigned char>(text_[i]);
    if (c < 0x80) {
        *length = 1;
        return is_ascii_space(c);
    }
    return is_wide_space_at(i, length);
}

// White space outside ASCII at `i`, kept out of line so that the ASCII test above inlines.
bool Scanner::is_wide_space_at(std::uint32_t i, std::uint32_t* length) const {
    const auto* data = reinterpret_cast<const std::uint8_t*>(text_.data());
    std::int32_t next = static_cast<std::int32_t>(i);
    UChar32 code = 0;
    U8_NEXT(data, next, static_cast<std::int32_t>(size_), code);
    *length = static_cast<std::uint32_t>(next) - i;
    return code == 0x200B || code == 0xFEFF || (code > 0 && u_isUWhiteSpace(code));
}

// True when the white space at `i` is only no-break spaces followed by a word.
bool Scanner::binds(std::uint32_t i, std::uint32_t end) const {
    if (static_cast<unsigned char>(text_[i]) < 0x80) {
        return false; // both no-break spaces are multi-byte
    }
    bool any = false;
    for (;;) {
        const std::string_view rest = text_.substr(i, end - i);
        if (rest.starts_with(kNoBreakSpace)) {
            i += static_cast<std::uint32_t>(kNoBreakSpace.size());
        } else if (rest.starts_with(kNarrowNoBreakSpace)) {
            i += static_cast<std::uint32_t>(kNarrowNoBreakSpace.size());
        } else {
            std::uint32_t length = 0;
            return any && i < end && !is_space_at(i, &length);
        }
        any = true;
    }
}

void Scanner::emit(std::uint32_t begin, std::uint32_t end) {
    // Trim white space at the end (the beginning is trimmed when a sentence starts).
    while (end > begin) {
        const auto last = static_cast<unsigned char>(text_[end - 1]);
        if (last < 0x80) {
            if (!is_ascii_space(last)) {
                break;
            }
            --end;
            continue;
        }
        // White space outside ASCII (U+00A0, U+3000, ...): decode its character.
        std::uint32_t start = end - 1;
        while (start > begin && (static_cast<unsigned char>(text_[start]) & 0xC0) == 0x80) {
            --start;
        }
        std::uint32_t length = 0;
        if (!is_space_at(start, &length)) {
            break;
        }
        end = start;
    }
    if (end > begin) {
        out_.push_back({begin, end});
    }
}

void Scanner::scan(std::uint32_t begin, std::uint32_t end) {
    sentence_begin_ = skip_space(begin, end);
    quote_open_ = false;
    std::uint32_t i = sentence_begin_;
    while (i < end) {
        i = skip_other(i, end);
        if (i >= end) {
            break;
        }
        switch (kByteClasses[static_cast<unsigned char>(text_[i])]) {
        case kStop:
            i = at_terminator(i, end);
            break;
        case kStraightQuote: {
            const bool after_space = i == sentence_begin_ ||
                                     is_ascii_space(static_cast<unsigned char>(text_[i - 1])) ||
                                     text_[i - 1] == '(' || text_[i - 1] == '[';
            track_quote(after_space, !after_space);
            ++i;
            break;
        }
        case kNewline:
            i = at_newline(i, end);
            break;
        default: { // kLead
            const std::string_view rest = text_.substr(i, end - i);
            if (rest.starts_with(kEllipsis) || rest.starts_with(kInterrobang)) {
                i = at_terminator(i, end);
            } else {
                track_quote(rest.starts_with(kLeftDouble), rest.starts_with(kRightDouble));
                ++i;
            }
            break;
        }
        }
    }
    emit(sentence_begin_, end);
}

void Scanner::track_quote(bool opening, bool closing) {
    if (opening) {
        quote_open_ = true;
    } else if (closing) {
        quote_open_ = false;
    }
}

// The word that ends at `stop` (exclusive), without opening quotes or brackets.
std::string_view Scanner::word_before(std::uint32_t stop) const {
    // Locals: a char store could alias the members, so the loop would reload them each byte.
    const char* data = text_.data();
    const std::uint32_t floor = sentence_begin_;
    std::uint32_t begin = stop;
    while (begin > floor && !is_ascii_space(static_cast<unsigned char>(data[begin - 1]))) {
        --begin;
    }
    while (begin < stop) {
        const auto c = static_cast<unsigned char>(text_[begin]);
        if (is_opening_ascii(c)) {
            ++begin;
        } else if (c == 0xE2 && (text_.substr(begin, stop - begin).starts_with(kLeftDouble) ||
                                 text_.substr(begin, stop - begin).starts_with("\xE2\x80\x98"))) {
            begin += 3;
        } else {
            break;
        }
    }
    return text_.substr(begin, stop - begin);
}

// True when only bullets, brackets and white space stand between the sentence's start and
// `word_begin`: the word opens the sentence.
bool Scanner::at_sentence_start(std::uint32_t word_begin) const {
    std::uint32_t i = sentence_begin_;
    while (i < word_begin) {
        const auto c = static_cast<unsigned char>(text_[i]);
        if (is_ascii_space(c) || c == '(' || c == '[' || c == '-' || c == '*') {
            ++i;
        } else if (c == 0xE2 &&
                   (text_.substr(i, word_begin - i).starts_with("\xE2\x80\xA2") ||  // •
                    text_.substr(i, word_begin - i).starts_with("\xE2\x81\x83"))) { // ⁃
            i += 3;
        } else {
            return false;
        }
    }
    return true;
}

NextWord Scanner::next_word(std::uint32_t i, std::uint32_t end) const {
    NextWord next;
    const auto* data = reinterpret_cast<const std::uint8_t*>(text_.data());
    // Look past opening quotes, brackets and currency signs to the first letter or digit.
    for (int skipped = 0; i < end && skipped < 4; ++skipped) {
        const auto c = static_cast<unsigned char>(text_[i]);
        if (c < 0x80) {
            if (is_ascii_upper(c)) {
                next.kind = NextKind::upper;
            } else if (is_ascii_lower(c)) {
                next.kind = NextKind::lower;
            } else if (is_ascii_digit(c)) {
                next.kind = NextKind::digit;
            } else if (is_opening_ascii(c) || c == '$' || c == '#') {
                ++i;
                continue;
            } else {
                next.kind = NextKind::other;
            }
            break;
        }
        std::int32_t after = static_cast<std::int32_t>(i);
        UChar32 code = 0;
        U8_NEXT(data, after, static_cast<std::int32_t>(end), code);
        if (code < 0) {
            next.kind = NextKind::other;
            break;
        }
        const auto type = static_cast<UCharCategory>(u_charType(code));
        if (u_isupper(code) || u_istitle(code)) {
            next.kind = NextKind::upper;
        } else if (u_islower(code)) {
            next.kind = NextKind::lower;
        } else if (u_isdigit(code)) {
            next.kind = NextKind::digit;
        } else if (type == U_START_PUNCTUATION || type == U_INITIAL_PUNCTUATION ||
                   type == U_FINAL_PUNCTUATION || type == U_CURRENCY_SYMBOL) {
            i = static_cast<std::uint32_t>(after);
            continue;
        } else {
            next.kind = NextKind::other;
        }
        break;
    }
    if (i >= end && next.kind == NextKind::end) {
        return next;
    }
    if (next.kind == NextKind::end) {
        next.kind = NextKind::other;
    }
    if (next.kind == NextKind::lower) {
        return next; // a lower-case word never starts a sentence: its letters decide nothing
    }
    std::uint32_t letters_end = i;
    while (letters_end < end && is_ascii_letter(static_cast<unsigned char>(text_[letters_end]))) {
        ++letters_end;
    }
    next.letters = text_.substr(i, letters_end - i);
    next.is_initial = next.letters.size() == 1 && next.kind == NextKind::upper &&
                      letters_end < end && text_[letters_end] == '.';
    next.is_roman = next.letters.size() >= 2 && next.letters.size() <= 6 &&
                    std::all_of(next.letters.begin(), next.letters.end(), [](char c) {
                        return (kCharFlags[static_cast<unsigned char>(c)] & kRomanFlag) != 0;
                    });
    return next;
}

// The longest word fold_ascii lower-cases: longer words are in no list.
constexpr std::size_t kLongestFoldedWord = 16;

// A word of at most 15 bytes, lower-cased (ASCII), as two integers: its bytes, and its length
// in the top byte. A list lookup compares integers where comparing strings cost a call to
// memcmp per step of the binary search (some 300 instructions at a full stop).
struct WordKey {
    std::uint64_t low = 0;
    std::uint64_t high = 0;
    friend constexpr auto operator<=>(const WordKey&, const WordKey&) = default;
};
constexpr std::size_t kLongestKey = 15;

// The key of `word` lower-cased, or a key no list holds for a word longer than kLongestKey.
constexpr WordKey fold_key(std::string_view word) {
    if (word.size() > kLongestKey) {
        return {0, ~std::uint64_t{0}};
    }
    WordKey key;
    for (std::size_t k = 0; k < word.size(); ++k) {
        const auto byte =
            static_cast<std::uint64_t>(static_cast<unsigned char>(ascii_lower(word[k])));
        if (k < 8) {
            key.low |= byte << (8 * k);
        } else {
            key.high |= byte << (8 * (k - 8));
        }
    }
    key.high |= static_cast<std::uint64_t>(word.size()) << 56;
    return key;
}

// The keys of a word list, sorted for binary search.
template <std::size_t N>
constexpr std::array<WordKey, N> keys_of(const std::array<std::string_view, N>& words) {
    std::array<WordKey, N> keys{};
    for (std::size_t k = 0; k < N; ++k) {
        keys[k] = fold_key(words[k]);
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

// The index of `key` in `keys` (sorted), or N. The search has no branch on the data but the
// last test: std::lower_bound's iterator steps cost twice as much.
template <std::size_t N>
constexpr std::size_t find_key(const std::array<WordKey, N>& keys, const WordKey& key) {
    const WordKey* base = keys.data();
    for (std::size_t n = N; n > 1;) {
        const std::size_t half = n / 2;
        base = base[half] < key ? base + half : base;
        n -= half;
    }
    base += *base < key ? 1 : 0; // the first key not less than `key`
    const auto index = static_cast<std::size_t>(base - keys.data());
    return index < N && *base == key ? index : N;
}

template <std::size_t N>
bool contains(const std::array<WordKey, N>& keys, std::string_view word) {
    return find_key(keys, fold_key(word)) != N;
}

constexpr auto kSentenceStarterKeys = keys_of(lists::kSentenceStarters);
constexpr auto kTimeFollowerKeys = keys_of(lists::kTimeFollowers);
constexpr auto kExclamationNameKeys = keys_of(lists::kExclamationNames);
constexpr auto kContinuingWordKeys = keys_of(lists::kContinuingWords);

// The abbreviations' keys, sorted, and each one's kind at the same index.
constexpr auto kAbbreviationKeys = [] {
    std::array<WordKey, lists::kAbbreviations.size()> keys{};
    for (std::size_t k = 0; k < keys.size(); ++k) {
        keys[k] = fold_key(lists::kAbbreviations[k].text);
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}();
constexpr auto kAbbreviationKinds = [] {
    std::array<AbbreviationKind, lists::kAbbreviations.size()> kinds{};
    for (const auto& a : lists::kAbbreviations) {
        kinds[find_key(kAbbreviationKeys, fold_key(a.text))] = a.kind;
    }
    return kinds;
}();

// Every word of a list fits a key, and the lookups find exactly the listed words: a key that
// lost a byte or its length would make two words equal ("ab" and "ab\0", "st" and "sta").
template <std::size_t N>
constexpr bool keys_are_exact(const std::array<std::string_view, N>& words) {
    const auto keys = keys_of(words);
    for (std::size_t k = 0; k < N; ++k) {
        const std::string_view word = words[k];
        if (word.empty() || word.size() > kLongestKey || find_key(keys, fold_key(word)) == N ||
            keys[k] == WordKey{} || (k > 0 && !(keys[k - 1] < keys[k]))) {
            return false;
        }
    }
    return find_key(keys, WordKey{}) == N && find_key(keys, fold_key("zzzzzzzzzzzzzzz")) == N;
}
static_assert(keys_are_exact(lists::kSentenceStarters));
static_assert(keys_are_exact(lists::kTimeFollowers));
static_assert(keys_are_exact(lists::kExclamationNames));
static_assert(keys_are_exact(lists::kContinuingWords));
static_assert(std::all_of(lists::kAbbreviations.begin(), lists::kAbbreviations.end(),
                          [](const lists::Abbreviation& a) {
                              const auto k = find_key(kAbbreviationKeys, fold_key(a.text));
                              return k != kAbbreviationKeys.size() &&
                                     kAbbreviationKinds[k] == a.kind;
                          }));
static_assert(std::adjacent_find(kAbbreviationKeys.begin(), kAbbreviationKeys.end()) ==
              kAbbreviationKeys.end());
static_assert(find_key(kAbbreviationKeys, fold_key("Dr")) != kAbbreviationKeys.size());
static_assert(find_key(kAbbreviationKeys, fold_key("drs")) == kAbbreviationKeys.size());
static_assert(find_key(kAbbreviationKeys, fold_key("U.S.")) == kAbbreviationKeys.size());
static_assert(fold_key("St") == fold_key("st") && fold_key("ST") == fold_key("st"));
static_assert(fold_key("st") != fold_key(std::string_view("st\0", 3)));
static_assert(fold_key("st") != fold_key("sta") && fold_key("e.g") != fold_key("e.g."));
static_assert(fold_key("abcdefghijklmno") != fold_key("abcdefghijklmnp"));
static_assert(fold_key("abcdefghijklmnop") == fold_key("abcdefghijklmnoq")); // too long: no key

bool is_starter(const NextWord& next) {
    if (next.kind != NextKind::upper || next.is_initial) {
        return false;
    }
    return contains(kSentenceStarterKeys, next.letters);
}

bool follows_time(const NextWord& next) {
    return contains(kTimeFollowerKeys, next.letters);
}

// The longest abbreviation: most words before a full stop are longer and need no search.
constexpr std::size_t longest_abbreviation() {
    std::size_t longest = 0;
    for (const auto& a : lists::kAbbreviations) {
        longest = std::max(longest, a.text.size());
    }
    return longest;
}
constexpr std::size_t kLongestAbbreviation = longest_abbreviation();
static_assert(kLongestAbbreviation <= kLongestKey);

// For each length, the first letters (bit 0 for 'a') of the abbreviations that long: most
// short words before a full stop ("him", "war", "2014") fail this and need no search.
constexpr auto kAbbreviationFirstLetters = [] {
    std::array<std::uint32_t, kLongestAbbreviation + 1> letters{};
    for (const auto& a : lists::kAbbreviations) {
        letters[a.text.size()] |= std::uint32_t{1} << (a.text[0] - 'a');
    }
    return letters;
}();
static_assert(std::all_of(lists::kAbbreviations.begin(), lists::kAbbreviations.end(),
                          [](const lists::Abbreviation& a) {
                              return !a.text.empty() && a.text[0] >= 'a' && a.text[0] <= 'z';
                          }));

// The kind of abbreviation `word` is (any case, without its full stop), if it is one.
constexpr std::optional<AbbreviationKind> find_abbreviation(std::string_view word) {
    if (word.empty() || word.size() > kLongestAbbreviation) {
        return std::nullopt;
    }
    const auto first =
        static_cast<unsigned>(static_cast<unsigned char>(ascii_lower(word[0])) - 'a');
    if (first >= 26 || ((kAbbreviationFirstLetters[word.size()] >> first) & 1) == 0) {
        return std::nullopt;
    }
    const std::size_t k = find_key(kAbbreviationKeys, fold_key(word));
    return k != kAbbreviationKeys.size() ? std::optional(kAbbreviationKinds[k]) : std::nullopt;
}
// The first-letter filter passes every abbreviation, in any case, and only those.
static_assert(std::all_of(lists::kAbbreviations.begin(), lists::kAbbreviations.end(),
                          [](const lists::Abbreviation& a) {
                              return find_abbreviation(a.text) == a.kind;
                          }));
static_assert(find_abbreviation("DR") == AbbreviationKind::never_final &&
              find_abbreviation("U.S") == AbbreviationKind::final_before_starter &&
              find_abbreviation("Etc") == AbbreviationKind::final_before_capital);
static_assert(!find_abbreviation("him") && !find_abbreviation("Dro") && !find_abbreviation("1") &&
              !find_abbreviation(".") && !find_abbreviation("U.S.") && !find_abbreviation(""));

// "U.S", "N.A.T.O", "Ph.D": letters in groups of one or two joined by full stops.
bool is_dotted_abbreviation(std::string_view word) {
    // Its first full stop follows one or two letters: most words fail here.
    if (word.size() < 3 || (word[1] != '.' && word[2] != '.')) {
        return false;
    }
    std::size_t group = 0;
    std::size_t groups = 1;
    for (char c : word) {
        if (c == '.') {
            if (group == 0) {
                return false;
            }
            group = 0;
            ++groups;
        } else if (is_ascii_letter(static_cast<unsigned char>(c)) && group < 2) {
            ++group;
        } else {
            return false;
        }
    }
    return groups >= 2 && group > 0;
}

// A single capital letter, ASCII or not: an initial.
bool is_initial(std::string_view word) {
    if (word.size() == 1) {
        return is_ascii_upper(static_cast<unsigned char>(word[0]));
    }
    if (word.size() > 4 || static_cast<unsigned char>(word[0]) < 0x80) {
        return false;
    }
    const auto* data = reinterpret_cast<const std::uint8_t*>(word.data());
    std::int32_t i = 0;
    UChar32 c = 0;
    U8_NEXT(data, i, static_cast<std::int32_t>(word.size()), c);
    return static_cast<std::size_t>(i) == word.size() && c > 0 && (u_isupper(c) || u_istitle(c));
}

// "1", "12", "a", "B", "iv", "XII": a list or heading marker when it opens a sentence.
bool is_list_marker(std::string_view word) {
    if (word.empty() || word.size() > 4) {
        return false;
    }
    bool digits = true;
    bool roman = true;
    for (char c : word) {
        digits = digits && is_ascii_digit(static_cast<unsigned char>(c));
        roman = roman && std::string_view("ivxlcIVXLC").find(c) != std::string_view::npos;
    }
    return (digits && word.size() <= 3) || roman ||
           (word.size() == 1 && is_ascii_letter(static_cast<unsigned char>(word[0])));
}

bool ends_with_closer(std::string_view rest, std::uint32_t* length) {
    const auto c = static_cast<unsigned char>(rest[0]);
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '}') {
        *length = 1;
        return true;
    }
    if (c < 0x80) {
        return false; // the other closers are multi-byte
    }
    for (auto closer : {kRightDouble, kRightSingle, kRightAngleSingle, kRightGuillemet}) {
        if (rest.starts_with(closer)) {
            *length = static_cast<std::uint32_t>(closer.size());
            return true;
        }
    }
    return false;
}

// A footnote reference right after the full stop belongs to the sentence: "denied it.[12]".
bool is_footnote_marker(std::string_view rest, std::uint32_t* length) {
    constexpr std::size_t kMaxFootnoteLength = 4;
    if (rest.empty() || rest[0] != '[') {
        return false;
    }
    const std::size_t close = rest.find(']');
    if (close == std::string_view::npos || close < 2 || close > kMaxFootnoteLength + 1) {
        return false;
    }
    for (std::size_t k = 1; k < close; ++k) {
        if (!is_ascii_digit(static_cast<unsigned char>(rest[k])) &&
            !is_ascii_lower(static_cast<unsigned char>(rest[k]))) {
            return false;
        }
    }
    *length = static_cast<std::uint32_t>(close + 1);
    return true;
}

// Any other footnote marker the text module knows glued after the full stop: "denied it.[^12]",
// "denied it.¹", "denied it.[3, 4]".
bool is_marker_at(std::string_view text, std::uint32_t i, std::uint32_t* length) {
    const std::size_t end = text::footnote_marker_end(text, i);
    if (end == 0) {
        return false;
    }
    *length = static_cast<std::uint32_t>(end - i);
    return true;
}

// Decides a run whose only terminators are one full stop at `stop`.
bool Scanner::decide_full_stop(std::uint32_t stop, bool closed, const NextWord& next) const {
    const std::string_view word = word_before(stop);
    const auto word_begin = static_cast<std::uint32_t>(word.data() - text_.data());
    if (!word.empty() && at_sentence_start(word_begin) && is_list_marker(word)) {
        return false; // "1. First item", "II. The years before"
    }
    if (closed) {
        return true; // "sight.” This", "(The vote was close.) The"
    }
    if (is_initial(word)) {
        return is_starter(next); // "J. R. R. Tolkien", but "Plan B. It failed"
    }
    const std::optional<AbbreviationKind> abbreviation =
        word.empty() ? std::nullopt : find_abbreviation(word);
    if (!abbreviation) {
        if (!word.empty() && word.size() <= kLongestFoldedWord && is_dotted_abbreviation(word)) {
            return next.kind != NextKind::digit && is_starter(next);
        }
        return true;
    }
    switch (*abbreviation) {
    case AbbreviationKind::never_final:
        return false;
    case AbbreviationKind::final_before_starter:
        return next.kind != NextKind::digit && is_starter(next);
    case AbbreviationKind::final_before_capital:
        return next.kind != NextKind::digit;
    case AbbreviationKind::time_of_day:
        return !(next.kind == NextKind::upper && follows_time(next));
    case AbbreviationKind::before_number:
        return next.kind != NextKind::digit && !next.is_roman;
    }
    return true;
}

// Inside an open quotation, a sentence end is only a boundary when the quotation does not go
// on into the same sentence: "He wrote “It works. It is cheap.” in his memo." is one sentence.
bool Scanner::quotation_continues(std::uint32_t from, std::uint32_t end) const {
    const std::uint32_t limit = std::min(end, from + kQuoteLookahead);
    for (std::uint32_t i = from; i < limit; ++i) {
        const auto c = static_cast<unsigned char>(text_[i]);
        std::uint32_t close_end = 0;
        if (c == '"' && i > 0 && !is_ascii_space(static_cast<unsigned char>(text_[i - 1]))) {
            close_end = i + 1;
        } else if (c == 0xE2 && text_.substr(i, limit - i).starts_with(kRightDouble)) {
            close_end = i + 3;
        }
        if (close_end == 0) {
            continue;
        }
        const char before = text_[i - 1];
        if (before == ',' || before == ';') {
            return true; // "We agree. We sign today," and left
        }
        const std::uint32_t after = skip_space(close_end, end);
        if (after >= end) {
            return false;
        }
        const auto next = static_cast<unsigned char>(text_[after]);
        return next == ',' || next == ';' || next == ':' || is_ascii_lower(next);
    }
    return false;
}

std::uint32_t Scanner::at_terminator(std::uint32_t i, std::uint32_t end) {
    const std::uint32_t run_begin = i;
    int full_stops = 0;
    int ellipses = 0;
    bool question_or_exclamation = false;
    // The terminators: . ! ? … ‽ and spaced ellipses (". . .").
    while (i < end) {
        const char c = text_[i];
        if (c == '.') {
            ++full_stops;
            ++i;
        } else if (c == '!' || c == '?') {
            question_or_exclamation = true;
            ++i;
        } else if (c == kEllipsis[0] && text_.substr(i, end - i).starts_with(kEllipsis)) {
            ++ellipses;
            i += 3;
        } else if (c == kInterrobang[0] && text_.substr(i, end - i).starts_with(kInterrobang)) {
            question_or_exclamation = true;
            i += 3;
        } else if (c == ' ' && full_stops > 0 && i + 1 < end && text_[i + 1] == '.' &&
                   (i + 2 >= end || text_[i + 2] == ' ' || text_[i + 2] == '.')) {
            i += 1; // ". . ." continues
        } else {
            break;
        }
    }
    const std::uint32_t terminators_end = i;
    // Closing quotes and brackets.
    bool closed = false;
    std::uint32_t length = 0;
    while (i < end && (kCharFlags[static_cast<unsigned char>(text_[i])] & kMayCloseFlag) != 0 &&
           (ends_with_closer(text_.substr(i, end - i), &length) ||
            is_footnote_marker(text_.substr(i, end - i), &length) ||
            is_marker_at(text_.substr(0, end), i, &length))) {
        if (text_[i] == '"' || text_.substr(i, end - i).starts_with(kRightDouble)) {
            quote_open_ = false;
        }
        closed = true;
        i += length;
    }
    if (i >= end) {
        return i;
    }
    // A boundary needs white space after the run. A no-break space alone binds
    // ("Dr.\u00A0Who"); followed by more white space it is just a wide gap ("pre-2022?\u00A0 How").
    std::uint32_t space_length = 0;
    if (!is_space_at(i, &space_length)) {
        return i;
    }
    if (binds(i, end)) {
        return i;
    }
    const std::uint32_t next_begin = skip_space(i, end);
    if (next_begin >= end) {
        return next_begin;
    }
    const NextWord next = next_word(next_begin, end);
    bool boundary = false;
    if (next.kind == NextKind::lower) {
        boundary = false; // "Mr. and Mrs.", "“Stop!” she shouted", "paused... and"
    } else if (question_or_exclamation) {
        boundary = true;
        if (terminators_end - run_begin == 1 && text_[run_begin] == '!' && !closed) {
            if (contains(kExclamationNameKeys, word_before(run_begin))) {
                boundary = is_starter(next); // "Yahoo! Finance", but "to Yahoo! The"
            }
        }
    } else if (full_stops >= 2 || ellipses > 0) {
        // An ellipsis ends a sentence before a capital, unless it stands alone between words
        // (an omission inside a quotation: "the laws ... Rutte defended").
        const bool omission =
            run_begin > 0 && is_ascii_space(static_cast<unsigned char>(text_[run_begin - 1]));
        boundary = omission ? is_starter(next) : true;
    } else {
        boundary = decide_full_stop(run_begin, closed, next);
    }
    if (boundary && quote_open_ && quotation_continues(i, end)) {
        boundary = false;
    }
    if (boundary) {
        emit(sentence_begin_, i);
        sentence_begin_ = next_begin;
        quote_open_ = false;
    }
    return next_begin;
}

// A line that reads like a heading ("Rutte and Russia") and is followed by a line break the
// writer chose (the next word would have fit on the line) is a sentence of its own.
std::uint32_t Scanner::at_newline(std::uint32_t i, std::uint32_t end) {
    const std::uint32_t next_line = i + 1;
    // Only a line that starts the current sentence can be a heading.
    std::uint32_t line_begin = i;
    while (line_begin > 0 && text_[line_begin - 1] != '\n') {
        --line_begin;
    }
    if (skip_space(line_begin, i) != sentence_begin_ || sentence_begin_ >= i) {
        return next_line;
    }
    std::uint32_t line_end = i;
    while (line_end > sentence_begin_ &&
           is_ascii_space(static_cast<unsigned char>(text_[line_end - 1]))) {
        --line_end;
    }
    const std::string_view line = text_.substr(sentence_begin_, line_end - sentence_begin_);
    if (line.empty() || std::string_view(".!?,;:").find(line.back()) != std::string_view::npos) {
        return next_line;
    }
    // Title case: every word of four letters or more starts with a capital. A numbered
    // heading ("3. Rutte's legacy") may be in sentence case.
    std::size_t words = 0;
    std::size_t word_begin = 0;
    bool title_case = true;
    bool numbered = false;
    for (std::size_t k = 0; k <= line.size(); ++k) {
        if (k < line.size() && line[k] != ' ') {
            continue;
        }
        if (k > word_begin) {
            ++words;
            const std::string_view word = line.substr(word_begin, k - word_begin);
            const UChar32 first = first_code_point(word);
            if (words == 1) {
                if (first > 0 && !(u_isupper(first) || u_isdigit(first))) {
                    return next_line;
                }
                numbered = word.size() >= 2 && (word.back() == '.' || word.back() == ')') &&
                           is_list_marker(word.substr(0, word.size() - 1));
            }
            if (word.size() >= 4 && first > 0 && u_islower(first)) {
                title_case = false;
            }
        }
        word_begin = k + 1;
    }
    if (words == 0 || words > kMaxHeadingWords || !(title_case || numbered)) {
        return next_line;
    }
    // A heading does not end on a word that needs a continuation ("…met Putin in").
    const std::string_view last_word = line.substr(line.find_last_of(' ') + 1);
    if (contains(kContinuingWordKeys, last_word)) {
        return next_line;
    }
    const std::uint32_t next_begin = skip_space(next_line, end);
    if (next_begin >= end) {
        return next_line;
    }
    const NextWord next = next_word(next_begin, end);
    if (next.kind != NextKind::upper && next.kind != NextKind::digit) {
        return next_line;
    }
    // Was the break chosen? Compare with the longest of the following lines.
    std::uint32_t next_word_end = next_begin;
    while (next_word_end < end &&
           !is_ascii_space(static_cast<unsigned char>(text_[next_word_end]))) {
        ++next_word_end;
    }
    std::uint32_t longest = 0;
    std::uint32_t start = next_line;
    for (int lines = 0; start < end && lines < kHeadingLookaheadLines; ++lines) {
        std::uint32_t stop = start;
        while (stop < end && text_[stop] != '\n') {
            ++stop;
        }
        longest = std::max(longest, stop - start);
        start = stop + 1;
    }
    const auto needed = static_cast<std::uint32_t>(line.size()) + 1 + (next_word_end - next_begin);
    if (needed <= longest || (title_case && is_starter(next))) {
        emit(sentence_begin_, line_end);
        sentence_begin_ = next_begin;
        quote_open_ = false;
        return next_begin;
    }
    return next_line;
}

// A paragraph that opens with a list marker ("1.", "a)", "(1)", "•") and goes on with the
// following markers ("2.", "b)", "(2)", "•") holds one item per marker: returns where each
// later item starts.
class ListMarkers {
public:
    explicit ListMarkers(std::string_view text) : text_(text) {}
    void find(std::vector<std::uint32_t>& starts) const;

private:
    std::string_view text_;
};

constexpr std::array<std::string_view, 2> kBullets = {"\xE2\x80\xA2", "\xE2\x81\x83"}; // • ⁃

void ListMarkers::find(std::vector<std::uint32_t>& starts) const {
    std::uint32_t i = 0;
    while (i < text_.size() && is_ascii_space(static_cast<unsigned char>(text_[i]))) {
        ++i;
    }
    const std::string_view rest = text_.substr(i);
    std::string_view bullet;
    for (auto b : kBullets) {
        if (rest.starts_with(b)) {
            bullet = b;
        }
    }
    auto item_may_start_at = [&](std::size_t pos) {
        // Not after "," or ";" or "and"/"or": "(1) first; (2) second" is one sentence.
        std::size_t before = pos;
        while (before > 0 && is_ascii_space(static_cast<unsigned char>(text_[before - 1]))) {
            --before;
        }
        if (before == pos || before == 0) {
            return false;
        }
        const char last = text_[before - 1];
        const std::string_view head = text_.substr(0, before);
        return last != ',' && last != ';' && last != ':' && !head.ends_with(" and") &&
               !head.ends_with(" or");
    };
    if (!bullet.empty()) {
        for (std::size_t pos = text_.find(bullet, i + bullet.size()); pos != std::string_view::npos;
             pos = text_.find(bullet, pos + bullet.size())) {
            if (item_may_start_at(pos)) {
                starts.push_back(static_cast<std::uint32_t>(pos));
            }
        }
        return;
    }
    // The marker: "(1)", "1)", "1.", "1.)", "(a)", "a)", "a." followed by a space.
    std::size_t k = i;
    const bool open_paren = k < text_.size() && text_[k] == '(';
    k += open_paren;
    const std::size_t value_begin = k;
    while (k < text_.size() && is_ascii_digit(static_cast<unsigned char>(text_[k])) &&
           k - value_begin < 3) {
        ++k;
    }
    bool letter = false;
    if (k == value_begin && k < text_.size() &&
        is_ascii_lower(static_cast<unsigned char>(text_[k]))) {
        letter = true;
        ++k;
    }
    if (k == value_begin || k >= text_.size()) {
        return;
    }
    const std::size_t value_end = k;
    std::size_t suffix_end = k;
    while (suffix_end < text_.size() && suffix_end - value_end < 2 &&
           (text_[suffix_end] == '.' || text_[suffix_end] == ')')) {
        ++suffix_end;
    }
    const std::string_view suffix = text_.substr(value_end, suffix_end - value_end);
    if (suffix.empty() || (open_paren && suffix != ")") || suffix == ")." ||
        suffix_end >= text_.size() || text_[suffix_end] != ' ') {
        return;
    }
    int value = 0;
    if (letter) {
        value = text_[value_begin] - 'a';
    } else {
        for (std::size_t d = value_begin; d < value_end; ++d) {
            value = value * 10 + (text_[d] - '0');
        }
    }
    std::size_t from = suffix_end;
    for (;;) {
        ++value;
        if (letter && value >= 26) {
            return;
        }
        std::string marker = open_paren ? "(" : "";
        marker += letter ? std::string(1, static_cast<char>('a' + value)) : std::to_string(value);
        marker += suffix;
        marker += ' ';
        std::size_t pos = text_.find(marker, from);
        while (pos != std::string_view::npos &&
               !(pos > 0 && is_ascii_space(static_cast<unsigned char>(text_[pos - 1])))) {
            pos = text_.find(marker, pos + 1);
        }
        if (pos == std::string_view::npos) {
            return;
        }
        if (item_may_start_at(pos)) {
            starts.push_back(static_cast<std::uint32_t>(pos));
        }
        from = pos + marker.size();
    }
}

// Cheap test before looking for list markers: the paragraph starts with a digit, a bullet, a
// bracket or a lower-case letter followed by "." or ")".
bool may_open_with_marker(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && is_ascii_space(static_cast<unsigned char>(text[i]))) {
        ++i;
    }
    if (i + 1 >= text.size()) {
        return false;
    }
    const auto c = static_cast<unsigned char>(text[i]);
    return is_ascii_digit(c) || c == '(' || c == 0xE2 ||
           (is_ascii_lower(c) && (text[i + 1] == '.' || text[i + 1] == ')'));
}

// A pipe table's delimiter row, the line under its header: cells of dashes with optional colons
// for alignment, between pipes ("|---|:--:|", "--- | ---").
bool is_delimiter_row(std::string_view line) {
    bool pipe = false;
    bool dash = false;
    for (const char c : line) {
        if (c == '|') {
            pipe = true;
        } else if (c == '-') {
            dash = true;
        } else if (c != ':' && !is_ascii_space(static_cast<unsigned char>(c))) {
            return false;
        }
    }
    return pipe && dash;
}

// The lines of a pipe table (a header row with a pipe, then a delimiter row), where a Markdown
// reader without the table extension sees one paragraph: [begin, end) of each row, the delimiter
// row joined to the header. Empty for any other text.
std::vector<SentenceSpan> table_rows(std::string_view text) {
    if (!is_pipe_table(text)) {
        return {};
    }
    const std::size_t delimiter_end = std::min(text.find('\n', text.find('\n') + 1), text.size());
    std::vector<SentenceSpan> rows{{0, static_cast<std::uint32_t>(delimiter_end)}};
    for (std::size_t begin = delimiter_end + 1; begin < text.size();) {
        std::size_t end = text.find('\n', begin);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        rows.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)});
        begin = end + 1;
    }
    return rows;
}

} // namespace

std::vector<SentenceSpan> split_sentences(std::string_view text) {
    std::vector<SentenceSpan> out;
    split_sentences(text, out);
    return out;
}

void split_sentences(std::string_view text, std::vector<SentenceSpan>& out) {
    out.clear();
    // Room for a sentence every 64 bytes (prose averages over 100) saves the vector's regrowths.
    out.reserve(text.size() / 64 + 1);
    Scanner scanner(text, out);
    // Each row of a table says one thing ("| 2014 | MH17 | He demanded justice |"): a row is
    // split on its own, so that an edit to one cell is a change to its row, not to the table.
    if (text.find('|') != std::string_view::npos) {
        const auto rows = table_rows(text);
        for (const auto& row : rows) {
            scanner.scan(row.begin, row.end);
        }
        if (!rows.empty()) {
            return;
        }
    }
    std::vector<std::uint32_t> item_starts;
    if (may_open_with_marker(text)) {
        ListMarkers(text).find(item_starts);
    }
    std::uint32_t begin = 0;
    for (std::uint32_t item : item_starts) {
        scanner.scan(begin, item);
        begin = item;
    }
    scanner.scan(begin, static_cast<std::uint32_t>(text.size()));
}

bool is_pipe_table(std::string_view text) {
    const std::size_t header_end = text.find('\n');
    if (header_end == std::string_view::npos) {
        return false;
    }
    const std::size_t delimiter_end = text.find('\n', header_end + 1);
    return is_table_header(text.substr(0, delimiter_end));
}

bool is_table_header(std::string_view sentence) {
    while (!sentence.empty() && is_ascii_space(static_cast<unsigned char>(sentence.back()))) {
        sentence.remove_suffix(1);
    }
    // A delimiter row ends in a pipe, a dash or a colon: most sentences end elsewhere.
    if (sentence.empty() ||
        (sentence.back() != '|' && sentence.back() != '-' && sentence.back() != ':')) {
        return false;
    }
    const std::size_t last_line = sentence.rfind('\n');
    return last_line != std::string_view::npos &&
           sentence.substr(0, last_line).find('|') != std::string_view::npos &&
           is_delimiter_row(sentence.substr(last_line + 1));
}

} // namespace redraft::segment
