#pragma once
// ASCII case folding for keys and comparisons where only Latin letters matter (lexicon keys,
// names, revision specs); full Unicode folding is text::normalize's job.

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace redraft::text {

constexpr char ascii_lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// Writes `text` in ASCII lower case to `out` (text.size() bytes): eight bytes at a time where
// all eight are ASCII, as prose mostly is.
inline void ascii_lower_into(std::string_view text, char* out) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, text.data() + i, 8);
        if ((word & kHigh) != 0) {
            for (std::size_t k = i; k < i + 8; ++k) {
                out[k] = ascii_lower(text[k]);
            }
            continue;
        }
        // Bytes 'A' to 'Z' get 0x20 added (no byte carries into the next: all < 0x80).
        const std::uint64_t upper =
            (word + (0x80 - 'A') * kOnes) & ~(word + (0x80 - 'Z' - 1) * kOnes) & kHigh;
        word |= upper >> 2;
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
