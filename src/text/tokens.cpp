#include <redraft/text/byte_classes.hpp>
#include <redraft/text/normalize.hpp>
#include <redraft/text/tokens.hpp>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

namespace redraft::text {
namespace {

// ASCII bytes by class, so that the common case (ASCII prose) costs one lookup per byte.
struct AsciiClasses {
    std::array<bool, 128> space{}; // as is_space
    std::array<bool, 128> alnum{}; // letters and digits: word characters
    std::array<bool, 128> digit{};
    std::array<bool, 128> connector{}; // may join two words or numbers: . , ' -
    std::array<bool, 256> word_byte{}; // alnum for every byte value (false from 0x80 on)
};

constexpr AsciiClasses make_ascii_classes() {
    AsciiClasses t;
    for (int c = 0; c < 128; ++c) {
        t.space[c] = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
        t.digit[c] = c >= '0' && c <= '9';
        t.alnum[c] = t.digit[c] || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        t.connector[c] = c == '.' || c == ',' || c == '\'' || c == '-';
        t.word_byte[c] = t.alnum[c];
    }
    return t;
}
constexpr AsciiClasses kAscii = make_ascii_classes();

bool is_word_char(UChar32 c) {
    if (c < 0x80) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    // Letters, digits and combining marks (so "é" written as e + U+0301 stays one word).
    const auto category = U_GET_GC_MASK(c);
    return (category & (U_GC_L_MASK | U_GC_M_MASK | U_GC_ND_MASK)) != 0;
}

bool is_digit(UChar32 c) {
    return c >= '0' && c <= '9';
}

bool is_apostrophe(UChar32 c) {
    return c == '\'' || c == U'\u2019';
}

bool is_inner_hyphen(UChar32 c) {
    return c == '-' || c == U'\u2010' || c == U'\u2011';
}

struct Cursor {
    const std::uint8_t* data;
    std::int32_t length;

    UChar32 at(std::int32_t i, std::int32_t* next) const {
        UChar32 c = data[i];
        if (c < 0x80) {
            *next = i + 1;
            return c;
        }
        U8_NEXT(data, i, length, c);
        *next = i;
        return c;
    }
};

// Where the run of ASCII letters and digits from `i` ends. Where eight bytes remain, they are
// tested one by one with a single bounds check for the eight (most words end within them).
inline std::int32_t word_bytes_end(const Cursor& cursor, std::int32_t i) {
    const auto& word_byte = kAscii.word_byte;
    const std::uint8_t* const data = cursor.data;
    while (cursor.length - i >= 8) {
        // Unrolled (GCC keeps the loop otherwise): eight tests and branches, no counter.
#pragma GCC unroll 8
        for (std::int32_t k = 0; k < 8; ++k) {
            if (!word_byte[data[i + k]]) {
                return i + k;
            }
        }
        i += 8;
    }
    while (i < cursor.length && word_byte[data[i]]) {
        ++i;
    }
    return i;
}

// One token from `i` (after white space), by the rules in full; returns where it ends (the
// text's end when only white space is left).
std::int32_t general_token(const Cursor& cursor, std::int32_t i, std::vector<Token>& out,
                           std::uint32_t offset) {
    while (i < cursor.length) {
        const std::uint8_t byte = cursor.data[i];
        if (byte < 0x80 && !kAscii.alnum[byte]) {
            if (!kAscii.space[byte]) {
                out.push_back({offset + std::uint32_t(i), offset + std::uint32_t(i + 1),
                               TokenKind::punctuation});
                return i + 1;
            }
            ++i;
            continue;
        }
        // An ASCII letter or digit starts a word; another character is looked up.
        std::int32_t next = i + 1;
        UChar32 c = byte;
        if (byte >= 0x80) {
            c = cursor.at(i, &next);
            if (c < 0 || is_space(static_cast<char32_t>(c))) {
                i = next;
                continue;
            }
            if (!is_word_char(c)) {
                out.push_back({offset + std::uint32_t(i), offset + std::uint32_t(next),
                               TokenKind::punctuation});
                return next;
            }
        }
        const std::int32_t start = i;
        UChar32 previous = c;
        i = next;
        bool all_digits = is_digit(c);
        while (i < cursor.length) {
            if (!all_digits) {
                // Inside a word (no number): its ASCII letters and digits at once, the usual
                // case; what ends it or joins it on is read below.
                const std::int32_t from = i;
                i = word_bytes_end(cursor, i);
                if (i > from) {
                    previous = cursor.data[i - 1];
                    if (i == cursor.length) {
                        break;
                    }
                }
            }
            if (const std::uint8_t b = cursor.data[i]; b < 0x80) {
                if (kAscii.alnum[b]) {
                    all_digits = all_digits && kAscii.digit[b];
                    previous = b;
                    ++i;
                    continue;
                }
                if (!kAscii.connector[b]) {
                    break; // white space or punctuation that never joins: the usual word end
                }
            }
            std::int32_t after = 0;
            const UChar32 d = cursor.at(i, &after);
            if (d >= 0 && is_word_char(d)) {
                all_digits = all_digits && is_digit(d);
                previous = d;
                i = after;
                continue;
            }
            // A connector stays inside the token only between two word characters.
            if (after >= cursor.length) {
                break;
            }
            std::int32_t beyond = 0;
            const UChar32 e = cursor.at(after, &beyond);
            const bool joins_number =
                (d == '.' || d == ',') && is_digit(previous) && is_digit(e) && all_digits;
            const bool joins_word = (is_apostrophe(d) || is_inner_hyphen(d)) && e >= 0 &&
                                    is_word_char(e) && !is_digit(e);
            if (!joins_number && !joins_word) {
                break;
            }
            if (joins_word) {
                all_digits = false;
            }
            previous = e;
            i = beyond;
        }
        TokenKind kind = all_digits ? TokenKind::number : TokenKind::word;
        if (all_digits && i < cursor.length && cursor.data[i] == '%') {
            ++i;
        }
        out.push_back({offset + std::uint32_t(start), offset + std::uint32_t(i), kind});
        return i;
    }
    return i;
}

// The bytes the window's classes alone do not tell how to cut: those from 0x80 on, a '%', and
// a mark between two word characters (a connector joins only there: "1,000"; "a/b" too, which
// is rare) or between a word character and a byte from 0x80 on.
std::uint64_t hard_bytes(std::uint64_t word, std::uint64_t space, std::uint64_t other) {
    const std::uint64_t mark = ~(word | space | other);
    return other | (mark & (word << 1) & ((word | other) >> 1));
}

// The length of the connector at byte p of `bytes` (bit p of the masks) when it joins the word
// it follows to the next word, as general_token joins them: an ASCII apostrophe or hyphen, or
// a curly apostrophe (U+2019), after an ASCII letter or digit and before an ASCII letter, all
// before byte `room` ("don't", "Rutte’s", "co-op", "2-year"); else 0. Any other connector, or
// one before a byte from 0x80 on, is left to the general path.
unsigned joining_connector(const std::uint8_t* bytes, std::uint64_t word, unsigned p,
                           std::int32_t room) {
    if (p == 0 || (word >> (p - 1) & 1) == 0) {
        return 0;
    }
    unsigned length = 0;
    if (bytes[p] == '\'' || bytes[p] == '-') {
        length = 1;
    } else if (bytes[p] == 0xE2 && static_cast<std::int32_t>(p) + 3 < room &&
               bytes[p + 1] == 0x80 && bytes[p + 2] == 0x99) {
        length = 3;
    }
    if (length == 0 || static_cast<std::int32_t>(p + length) >= room) {
        return 0;
    }
    // A word byte above '9' is a letter.
    return (word >> (p + length) & 1) != 0 && bytes[p + length] > '9' ? length : 0;
}

// The tokens from `i` on that the general rules would cut the same way from the bytes' classes
// alone (with the apostrophes and hyphens that join two words: joining_connector), up to the
// first word that meets another hard byte (hard_bytes), or that may go on past byte `limit` of
// the window from `base` (its last byte, which only tells what follows the one before it; the
// text's end where the text ends within the window). `i` must be where a token may start.
// Returns where they end (`i` when the first token is not plain), and whether the token there
// needs the general path (else it is a word that may go on past the window).
std::int32_t plain_tokens(const Cursor& cursor, const Window& window, std::int32_t base,
                          std::int32_t limit, bool text_ends, std::int32_t i,
                          std::vector<Token>& out, std::uint32_t offset, bool& hard_next) {
    const auto shift = static_cast<unsigned>(i - base);
    std::uint64_t word = window.word >> shift;
    std::uint64_t other = window.other >> shift;
    const std::uint64_t space = window.space >> shift;
    const std::uint8_t* const bytes = cursor.data + i;
    const auto room = static_cast<std::int32_t>(limit - static_cast<std::int32_t>(shift));
    std::uint64_t hard = hard_bytes(word, space, other);
    // A connector that joins two words becomes part of the word, the first hard bytes one at
    // a time until one does not join: such words ("Rutte’s", "de-escalatory", some 3% of a
    // text's) went the general way, with the word before each in the window.
    while (hard != 0) {
        const auto at = static_cast<unsigned>(std::countr_zero(hard));
        const unsigned length = joining_connector(bytes, word, at, room);
        if (length == 0) {
            break;
        }
        const std::uint64_t connector = ((std::uint64_t{1} << length) - 1) << at;
        word |= connector;
        other &= ~connector;
        hard = hard_bytes(word, space, other);
    }
    const std::uint64_t mark = ~(word | space | other);
    const auto first_hard = static_cast<std::int32_t>(std::countr_zero(hard));
    hard_next = first_hard < room;
    std::int32_t stop = std::min(first_hard, room);
    // A word that runs into the first hard byte or past the window is left whole to the
    // general path: the plain tokens end before it.
    if (stop > 0 && (word >> (stop - 1) & 1) != 0 && !(text_ends && stop == room)) {
        const std::uint64_t before = ~word & ((std::uint64_t{1} << (stop - 1)) - 1);
        stop = before == 0 ? 0 : 64 - std::countl_zero(before);
    }
    if (stop <= 0) {
        return i;
    }
    const std::uint64_t region = (std::uint64_t{1} << stop) - 1; // stop < 64
    const std::uint64_t punctuation = mark & region;
    std::uint64_t starts = (word & ~(word << 1) & region) | punctuation;
    const std::uint32_t first = offset + std::uint32_t(i);
    while (starts != 0) {
        const auto k = static_cast<unsigned>(std::countr_zero(starts));
        starts &= starts - 1;
        // 0 for a punctuation mark
        const auto length = static_cast<unsigned>(std::countr_zero(~word >> k));
        if (length == 0) {
            out.push_back({first + k, first + k + 1, TokenKind::punctuation});
            continue;
        }
        // A word byte is a digit or a letter, and the digits come before the letters (a joined
        // connector is followed by a letter: the token is a word).
        TokenKind kind = TokenKind::word;
        if (bytes[k] <= '9') {
            kind = TokenKind::number; // unless a letter follows ("2nd")
            for (unsigned n = 1; n < length; ++n) {
                if (bytes[k + n] > '9') {
                    kind = TokenKind::word;
                    break;
                }
            }
        }
        out.push_back({first + k, first + k + length, kind});
    }
    return i + stop;
}

} // namespace

// ASCII prose is cut a window of 64 bytes at a time, from the bytes' classes (plain_tokens);
// a token with UTF-8, a connector inside or a percent sign, one at a time by the general rules.
void tokenize_into(std::string_view text, std::vector<Token>& out, std::uint32_t offset) {
    const Cursor cursor{reinterpret_cast<const std::uint8_t*>(text.data()),
                        static_cast<std::int32_t>(text.size())};
    std::int32_t i = 0;
    while (i < cursor.length) {
        const std::int32_t base = i;
        const std::int32_t left = cursor.length - base;
        std::size_t window_limit = 0;
        const Window window = window_at(cursor.data, static_cast<std::size_t>(cursor.length),
                                        static_cast<std::size_t>(base), window_limit);
        const auto limit = static_cast<std::int32_t>(window_limit);
        while (i - base < limit) {
            bool hard_next = false;
            i = plain_tokens(cursor, window, base, limit, limit == left, i, out, offset, hard_next);
            if (i - base >= limit || (!hard_next && i > base)) {
                break; // the window is read, or a word runs past it: the next window from here
            }
            i = general_token(cursor, i, out, offset);
        }
    }
}

void tokenize_into_bytewise(std::string_view text, std::vector<Token>& out, std::uint32_t offset) {
    const Cursor cursor{reinterpret_cast<const std::uint8_t*>(text.data()),
                        static_cast<std::int32_t>(text.size())};
    for (std::int32_t i = 0; i < cursor.length;) {
        i = general_token(cursor, i, out, offset);
    }
}

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> tokens;
    tokenize_into(text, tokens);
    return tokens;
}

std::string comparison_key(std::string_view text, Comparison comparison) {
    return comparison == Comparison::exact ? std::string(text) : normalize(text);
}

std::uint32_t Interner::intern(std::string_view key) {
    if (auto found = ids_.find(key); found != ids_.end()) {
        return found->second;
    }
    const auto id = static_cast<std::uint32_t>(strings_.size());
    const std::string& stored = strings_.emplace_back(key);
    ids_.emplace(std::string_view(stored), id);
    return id;
}

std::uint32_t Interner::find(std::string_view key) const {
    auto found = ids_.find(key);
    return found == ids_.end() ? none() : found->second;
}

} // namespace redraft::text
