#pragma once
// ASCII case folding for keys and comparisons where only Latin letters matter (lexicon keys,
// names, revision specs); full Unicode folding is text::normalize's job.

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace redraft::text {

constexpr char ascii_lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// Eight bytes at a time (SWAR, a 64-bit word read with memcpy): 0x01 in every byte, and every
// byte's high bit.
constexpr std::uint64_t kEveryByte = 0x0101010101010101ULL;
constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

// The high bit of each byte of `word` that lies from `lo` to `hi` (ASCII, 1 <= lo <= hi): with
// its high bit cleared a byte is below 0x80 and no sum carries into the next byte; adding
// 0x80 - lo sets the high bit from lo up, adding 0x80 - hi - 1 from past hi. A byte of 0x80 or
// more (UTF-8) is in no range.
constexpr std::uint64_t bytes_between(std::uint64_t word, char lo, char hi) {
    const std::uint64_t low = word & ~kHighBits;
    return (low + static_cast<std::uint64_t>(0x80 - lo) * kEveryByte) &
           ~(low + static_cast<std::uint64_t>(0x80 - hi - 1) * kEveryByte) & ~word & kHighBits;
}

// `word` with its bytes 'A' to 'Z' in lower case (0x20 added); every other byte as it was.
constexpr std::uint64_t ascii_lower_bytes(std::uint64_t word) {
    return word | (bytes_between(word, 'A', 'Z') >> 2);
}

// Writes `text` in ASCII lower case to `out` (text.size() bytes): sixteen bytes at a time with
// SSE2, then eight.
inline void ascii_lower_into(std::string_view text, char* out) {
    std::size_t i = 0;
#if defined(__SSE2__)
    // 'A' to 'Z' moved to start at -128 are the bytes below -128 + 26 (signed); bytes from 0x80
    // on land above.
    const __m128i a_to_bottom = _mm_set1_epi8(static_cast<char>(-128 - 'A'));
    const __m128i letters_top = _mm_set1_epi8(static_cast<char>(-128 + 26));
    const __m128i case_bit = _mm_set1_epi8(0x20);
    for (; i + 16 <= text.size(); i += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
        const __m128i upper = _mm_cmpgt_epi8(letters_top, _mm_add_epi8(x, a_to_bottom));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i),
                         _mm_or_si128(x, _mm_and_si128(upper, case_bit)));
    }
#endif
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, text.data() + i, 8);
        word = ascii_lower_bytes(word);
        std::memcpy(out + i, &word, 8);
    }
    for (; i < text.size(); ++i) {
        out[i] = ascii_lower(text[i]);
    }
}

inline std::string ascii_lowercase(std::string_view text) {
    std::string out(text.size(), '\0');
    ascii_lower_into(text, out.data());
    return out;
}

// Whether `text` folds to `lower` (which is in lowercase already), without a copy.
constexpr bool folds_to(std::string_view text, std::string_view lower) {
    if (text.size() != lower.size()) {
        return false;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (ascii_lower(text[i]) != lower[i]) {
            return false;
        }
    }
    return true;
}

} // namespace redraft::text
