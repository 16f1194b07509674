#include <redraft/text/normalize.hpp>
#include <redraft/text/tokens.hpp>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// Bytes [i, i + 64) of a text by class, one bit a byte (bit k: byte i + k).
struct Window {
    std::uint64_t word = 0;  // ASCII letters and digits
    std::uint64_t space = 0; // ASCII white space
    std::uint64_t other = 0; // bytes from 0x80 on (UTF-8), and '%' (which joins a number)
};

// The classes of 16 * Chunks bytes (Chunks from 1 to 4; unrolled).
template <unsigned Chunks = 4>
Window classify(const std::uint8_t* bytes) {
    std::uint64_t word = 0;
    std::uint64_t space = 0;
    std::uint64_t other = 0;
#if defined(__SSE2__)
    // A range of ASCII bytes in one signed comparison: moved to start at -128, the range's bytes
    // are the ones below -128 + its size (bytes from 0x80 on land above: no range reaches them).
    const auto splat = [](int c) { return _mm_set1_epi8(static_cast<char>(c)); };
    const auto in = [](__m128i x, __m128i to_bottom, __m128i top) {
        return _mm_cmpgt_epi8(top, _mm_add_epi8(x, to_bottom));
    };
    const auto bits = [](__m128i x, unsigned k) {
        return std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(x))} << (16 * k);
    };
    const __m128i case_bit = splat(0x20);
    const __m128i a_to_bottom = splat(-128 - 'a');
    const __m128i letters_top = splat(-128 + 26);
    const __m128i zero_to_bottom = splat(-128 - '0');
    const __m128i digits_top = splat(-128 + 10);
    const __m128i blank = splat(' ');
    const __m128i tab_to_bottom = splat(-128 - '\t');
    const __m128i controls_top = splat(-128 + 5); // \t \n \v \f \r
    const __m128i percent = splat('%');
#pragma GCC unroll 4
    for (unsigned k = 0; k < Chunks; ++k) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + 16 * k));
        const __m128i letter = in(_mm_or_si128(x, case_bit), a_to_bottom, letters_top);
        word |= bits(_mm_or_si128(letter, in(x, zero_to_bottom, digits_top)), k);
        space |=
            bits(_mm_or_si128(_mm_cmpeq_epi8(x, blank), in(x, tab_to_bottom, controls_top)), k);
        other |= bits(_mm_or_si128(x, _mm_cmpeq_epi8(x, percent)), k);
    }
#else
    for (unsigned k = 0; k < 16 * Chunks; ++k) {
        const std::uint8_t b = bytes[k];
        const std::uint64_t bit = std::uint64_t{1} << k;
        if (b >= 0x80 || b == '%') {
            other |= bit;
            continue;
        }
        word |= kAscii.alnum[b] ? bit : 0;
        space |= kAscii.space[b] ? bit : 0;
    }
#endif
    return {word, space, other};
}

// The classes of the 16 * `chunks` bytes from `bytes`.
Window classify(const std::uint8_t* bytes, unsigned chunks) {
    switch (chunks) {
    case 1:
        return classify<1>(bytes);
    case 2:
        return classify<2>(bytes);
    case 3:
        return classify<3>(bytes);
    default:
        return classify<4>(bytes);
    }
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

// The tokens from `i` on that the general rules would cut the same way from the bytes' classes
// alone, up to the first word that meets a byte from 0x80 on, a '%' or a connector between two
// word characters, or that may go on past byte `limit` of the window from `base` (its last
// byte, which only tells what follows the one before it; the text's end where the text ends
// within the window). `i` must be where a token may start. Returns where they end (`i` when
// the first token is not plain), and whether the token there needs the general path (else it
// is a word that may go on past the window).
std::int32_t plain_tokens(const Cursor& cursor, const Window& window, std::int32_t base,
                          std::int32_t limit, bool text_ends, std::int32_t i,
                          std::vector<Token>& out, std::uint32_t offset, bool& hard_next) {
    const auto shift = static_cast<unsigned>(i - base);
    const std::uint64_t word = window.word >> shift;
    const std::uint64_t other = window.other >> shift;
    // A connector joins only between two word characters: any mark between two is left to
    // the general path ("don't", "co-op", "1,000"; "a/b" too, which is rare).
    const std::uint64_t mark = ~(word | (window.space >> shift) | other);
    const std::uint64_t hard = other | (mark & (word << 1) & ((word | other) >> 1));
    const auto room = static_cast<std::int32_t>(limit - static_cast<std::int32_t>(shift));
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
    const std::uint8_t* const bytes = cursor.data + i;
    while (starts != 0) {
        const auto k = static_cast<unsigned>(std::countr_zero(starts));
        starts &= starts - 1;
        // 0 for a punctuation mark
        const auto length = static_cast<unsigned>(std::countr_zero(~word >> k));
        if (length == 0) {
            out.push_back({first + k, first + k + 1, TokenKind::punctuation});
            continue;
        }
        // A word byte is a digit or a letter, and the digits come before the letters.
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
        Window window;
        std::int32_t limit = 63;
        if (left >= 64) {
            window = classify(cursor.data + base);
        } else {
            // The last bytes, in as few chunks of 16 as hold them: read from where those chunks
            // end at the text's end and moved down, or from a copy in a short text (nothing
            // past the text is read; bits past it are clear).
            const auto chunks = static_cast<unsigned>(left + 15) / 16;
            const std::int32_t from = cursor.length - static_cast<std::int32_t>(16 * chunks);
            if (from >= 0) {
                window = classify(cursor.data + from, chunks);
                const auto shift = static_cast<unsigned>(base - from);
                window = {window.word >> shift, window.space >> shift, window.other >> shift};
            } else {
                std::array<std::uint8_t, 64> copy{}; // zero bytes: in no class
                std::memcpy(copy.data(), cursor.data + base, static_cast<std::size_t>(left));
                window = classify(copy.data(), chunks);
            }
            limit = left;
        }
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
