#include <redraft/text/edit_distance.hpp>

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <vector>

namespace redraft::text {

namespace {

// The characters of UTF-8 text, each packed from its bytes into one number (equal characters,
// equal numbers): a letter with a diacritic is one character, so "Nguyen" is one edit from
// "Nguyễn", not three.
std::vector<std::uint32_t> characters(std::string_view text) {
    std::vector<std::uint32_t> out;
    out.reserve(text.size());
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte & 0xC0U) == 0x80U && !out.empty()) {
            out.back() = (out.back() << 8U) | byte; // a continuation byte
        } else {
            out.push_back(byte);
        }
    }
    return out;
}

} // namespace

std::size_t edit_distance(std::string_view a_text, std::string_view b_text) {
    const auto a = characters(a_text);
    const auto b = characters(b_text);
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string nearest(std::string_view word, const std::vector<std::string>& candidates) {
    const std::size_t allowed = std::max<std::size_t>(1, (characters(word).size() + 2) / 3);
    std::string best;
    std::size_t best_distance = allowed + 1;
    for (const auto& candidate : candidates) {
        const std::size_t distance = edit_distance(word, candidate);
        if (distance < best_distance) {
            best_distance = distance;
            best = candidate;
        }
    }
    return best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
    const std::string best = nearest(word, candidates);
    return best.empty() ? std::string() : "; did you mean '" + best + "'?";
}

} // namespace redraft::text
