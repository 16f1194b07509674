#include <redraft/segment/segmenter.hpp>
#include <redraft/text/normalize.hpp>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <string>

namespace redraft::segment {
namespace {

// Abbreviations after which a full stop does not end a sentence when more text follows.
constexpr std::array<std::string_view, 24> kAbbreviations = {
    "mr", "mrs", "ms",  "dr",  "prof", "st",  "gen", "col", "lt", "sen", "rep", "gov",
    "no", "vs",  "etc", "e.g", "i.e",  "u.s", "u.k", "jr",  "sr", "inc", "ltd", "co"};

bool is_abbreviation(std::string_view word) {
    std::string lower;
    for (char c : word) {
        lower.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    }
    for (auto a : kAbbreviations) {
        if (lower == a) {
            return true;
        }
    }
    return word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z'; // an initial
}

bool is_closing(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']';
}

} // namespace

std::vector<SentenceSpan> split_sentences(std::string_view text) {
    std::vector<SentenceSpan> out;
    const auto n = static_cast<std::uint32_t>(text.size());
    auto skip_space = [&](std::uint32_t i) {
        while (i < n && static_cast<unsigned char>(text[i]) <= ' ') {
            ++i;
        }
        return i;
    };
    std::uint32_t begin = skip_space(0);
    for (std::uint32_t i = begin; i < n; ++i) {
        const char c = text[i];
        if (c != '.' && c != '!' && c != '?') {
            continue;
        }
        std::uint32_t end = i + 1;
        while (end < n && (text[end] == '.' || text[end] == '!' || text[end] == '?')) {
            ++end;
        }
        while (end < n && is_closing(text[end])) {
            ++end;
        }
        if (end<n&& static_cast<unsigned char>(text[end])> ' ') {
            continue;
        }
        std::uint32_t next = skip_space(end);
        if (next >= n) {
            break;
        }
        if (c == '.') {
            std::uint32_t w = i;
            while (w > begin && static_cast<unsigned char>(text[w - 1]) > ' ') {
                --w;
            }
            if (is_abbreviation(text.substr(w, i - w))) {
                continue;
            }
        }
        out.push_back({begin, end});
        begin = next;
        i = next - 1;
    }
    std::uint32_t end = n;
    while (end > begin && static_cast<unsigned char>(text[end - 1]) <= ' ') {
        --end;
    }
    if (end > begin) {
        out.push_back({begin, end});
    }
    return out;
}

} // namespace redraft::segment
