#pragma once
// ASCII case folding for keys and comparisons where only Latin letters matter (lexicon keys,
// names, revision specs); full Unicode folding is text::normalize's job.

#include <string>
#include <string_view>

namespace redraft::text {

constexpr char ascii_lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

inline std::string ascii_lowercase(std::string_view text) {
    std::string out(text);
    for (auto& c : out) {
        c = ascii_lower(c);
    }
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
