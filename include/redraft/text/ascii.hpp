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

} // namespace redraft::text
