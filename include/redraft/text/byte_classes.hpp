#pragma once
// The bytes of a text by class, 64 at a time (SSE2 where there is SSE2), one bit a byte: what
// the tokenizer and the name scan use to pass over plain ASCII prose without looking at each
// byte.

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace redraft::text {

// Bytes [i, i + 64) of a text by class, one bit a byte (bit k: byte i + k).
struct Window {
    std::uint64_t word = 0;  // ASCII letters and digits
    std::uint64_t space = 0; // ASCII white space
    std::uint64_t other = 0; // bytes from 0x80 on (UTF-8), and '%' (which joins a number)
    std::uint64_t blank = 0; // ' ' and '\n', when asked for (Blanks)
};

// The classes of 16 * Chunks bytes (Chunks from 1 to 4; unrolled); `blank` only with Blanks.
template <unsigned Chunks = 4, bool Blanks = false>
inline Window classify(const std::uint8_t* bytes) {
    std::uint64_t word = 0;
    std::uint64_t space = 0;
    std::uint64_t other = 0;
    std::uint64_t blank = 0;
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
    const __m128i space_byte = splat(' ');
    const __m128i tab_to_bottom = splat(-128 - '\t');
    const __m128i controls_top = splat(-128 + 5); // \t \n \v \f \r
    const __m128i percent = splat('%');
    const __m128i line_break = splat('\n');
#pragma GCC unroll 4
    for (unsigned k = 0; k < Chunks; ++k) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + 16 * k));
        const __m128i letter = in(_mm_or_si128(x, case_bit), a_to_bottom, letters_top);
        word |= bits(_mm_or_si128(letter, in(x, zero_to_bottom, digits_top)), k);
        const __m128i blanks = _mm_cmpeq_epi8(x, space_byte);
        space |= bits(_mm_or_si128(blanks, in(x, tab_to_bottom, controls_top)), k);
        other |= bits(_mm_or_si128(x, _mm_cmpeq_epi8(x, percent)), k);
        if constexpr (Blanks) {
            blank |= bits(_mm_or_si128(blanks, _mm_cmpeq_epi8(x, line_break)), k);
        }
    }
#else
    for (unsigned k = 0; k < 16 * Chunks; ++k) {
        const std::uint8_t b = bytes[k];
        const std::uint64_t bit = std::uint64_t{1} << k;
        if (b >= 0x80 || b == '%') {
            other |= bit;
            continue;
        }
        const std::uint8_t folded = b | 0x20;
        word |= (folded >= 'a' && folded <= 'z') || (b >= '0' && b <= '9') ? bit : 0;
        space |= b == ' ' || (b >= '\t' && b <= '\r') ? bit : 0;
        blank |= Blanks && (b == ' ' || b == '\n') ? bit : 0;
    }
#endif
    return {word, space, other, blank};
}

// The classes of the 16 * `chunks` bytes from `bytes`.
template <bool Blanks = false>
inline Window classify(const std::uint8_t* bytes, unsigned chunks) {
    switch (chunks) {
    case 1:
        return classify<1, Blanks>(bytes);
    case 2:
        return classify<2, Blanks>(bytes);
    case 3:
        return classify<3, Blanks>(bytes);
    default:
        return classify<4, Blanks>(bytes);
    }
}

// The window of the `length` bytes of `data` from `base` (base < length), and `limit`: how many
// of its bytes to read: 63 in a full window, whose last byte only tells what follows the one
// before it; the bytes left otherwise (no bit past the text is set).
template <bool Blanks = false>
inline Window window_at(const std::uint8_t* data, std::size_t length, std::size_t base,
                        std::size_t& limit) {
    const std::size_t left = length - base;
    if (left >= 64) {
        limit = 63;
        return classify<4, Blanks>(data + base);
    }
    limit = left;
    // The last bytes, in as few chunks of 16 as hold them: read from where those chunks end at
    // the text's end and moved down, or from a copy in a short text (nothing past the text is
    // read; bits past it are clear).
    const auto chunks = static_cast<unsigned>(left + 15) / 16;
    if (length >= 16 * chunks) {
        const std::size_t from = length - 16 * chunks;
        const Window window = classify<Blanks>(data + from, chunks);
        const auto shift = static_cast<unsigned>(base - from);
        return {window.word >> shift, window.space >> shift, window.other >> shift,
                window.blank >> shift};
    }
    std::array<std::uint8_t, 64> copy{}; // zero bytes: in no class
    std::memcpy(copy.data(), data + base, left);
    return classify<Blanks>(copy.data(), chunks);
}

} // namespace redraft::text
