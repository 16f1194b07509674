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

// Fewer characters than this are too short to stand for a longer word.
constexpr std::size_t kShortestAbbreviation = 3;

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
    const std::size_t length = characters(word).size();
    const std::size_t allowed = std::max<std::size_t>(1, (length + 2) / 3);
    std::string best;
    std::size_t best_distance = allowed + 1;
    for (const auto& candidate : candidates) {
        const std::size_t distance = edit_distance(word, candidate);
        if (distance < best_distance) {
            best_distance = distance;
            best = candidate;
        }
    }
    if (!best.empty() || length < kShortestAbbreviation) {
        return best;
    }
    // An abbreviation ("fav" for "favorability", "certan" for "certainty"): the one candidate
    // whose opening characters are that close to the word. Two as close suggest neither.
    bool tie = false;
    for (const auto& candidate : candidates) {
        const auto opening = characters(candidate);
        if (opening.size() <= length) {
            continue; // as long or shorter: the whole word was compared above
        }
        // The candidate's first `length` characters, as bytes.
        std::size_t bytes = 0;
        for (std::size_t k = 0; k < length; ++k) {
            do {
                ++bytes;
            } while (bytes < candidate.size() &&
                     (static_cast<unsigned char>(candidate[bytes]) & 0xC0U) == 0x80U);
        }
        const std::size_t distance =
            edit_distance(word, std::string_view(candidate).substr(0, bytes));
        if (distance < best_distance) {
            best_distance = distance;
            best = candidate;
            tie = false;
        } else if (distance == best_distance && candidate != best) {
            tie = true;
        }
    }
    return tie ? std::string() : best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
    const std::string best = nearest(word, candidates);
    return best.empty() ? std::string() : "; did you mean '" + best + "'?";
}

} // namespace redraft::text
