#include <redraft/text/ascii.hpp>
#include <redraft/text/footnotes.hpp>

#include <array>
#include <cstdint>
#include <cstring>

namespace redraft::text {
namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// The bytes of the superscript digit at `i` (¹ ² ³ are U+00B9, U+00B2, U+00B3; ⁰ and ⁴ to ⁹
// U+2070 and U+2074 to U+2079), or 0.
std::size_t superscript_digit(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) {
        return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u;
    };
    if (byte(i) == 0xC2 && (byte(i + 1) == 0xB9 || byte(i + 1) == 0xB2 || byte(i + 1) == 0xB3)) {
        return 2;
    }
    if (byte(i) == 0xE2 && byte(i + 1) == 0x81 &&
        (byte(i + 2) == 0xB0 || (byte(i + 2) >= 0xB4 && byte(i + 2) <= 0xB9))) {
        return 3;
    }
    return 0;
}

// The end of a Markdown footnote reference "[^label]" opening at `open`, or 0.
std::size_t footnote_reference_end(std::string_view text, std::size_t open) {
    if (open + 1 >= text.size() || text[open + 1] != '^') {
        return 0;
    }
    std::size_t i = open + 2;
    while (i < text.size() && !is_space(text[i]) && text[i] != '[' && text[i] != ']') {
        ++i;
    }
    return i < text.size() && text[i] == ']' && i > open + 2 ? i + 1 : 0;
}

// The end of a bracketed reference number "[2]", "[3, 4]", "[5-7]", "[5–7]" opening at `open`,
// or 0.
std::size_t reference_number_end(std::string_view text, std::size_t open) {
    if (open == 0 || is_space(text[open - 1]) || text[open - 1] == '[') {
        return 0;
    }
    std::size_t i = open + 1;
    while (true) {
        const std::size_t digits = i;
        while (i < text.size() && is_digit(text[i])) {
            ++i;
        }
        if (i == digits || i - digits > kMaxReferenceDigits) {
            return 0;
        }
        if (i < text.size() && text[i] == ']') {
            const bool link = i + 1 < text.size() && text[i + 1] == '(';
            return link ? 0 : i + 1;
        }
        if (i < text.size() && (text[i] == ',' || text[i] == '-')) {
            ++i;
            if (i < text.size() && text[i] == ' ' && text[i - 1] == ',') {
                ++i;
            }
        } else if (text.substr(i, 3) == "\xE2\x80\x93") { // an en dash
            i += 3;
        } else {
            return 0;
        }
    }
}

} // namespace

std::size_t footnote_marker_end(std::string_view text, std::size_t i) {
    if (i >= text.size()) {
        return 0;
    }
    if (text[i] == '[') {
        const std::size_t end = footnote_reference_end(text, i);
        return end != 0 ? end : reference_number_end(text, i);
    }
    std::size_t length = superscript_digit(text, i);
    if (length == 0 || i == 0 || is_space(text[i - 1])) {
        return 0;
    }
    while (const std::size_t next = superscript_digit(text, i + length)) {
        length += next;
    }
    return i + length;
}

namespace {

// Whether one of the eight bytes of `word` is `byte`: a byte of word ^ (byte in every byte) is
// zero, and subtracting 1 from a zero byte sets its high bit where it was clear.
constexpr bool has_byte(std::uint64_t word, unsigned char byte) {
    const std::uint64_t x = word ^ (kEveryByte * byte);
    return ((x - kEveryByte) & ~x & kHighBits) != 0;
}

} // namespace

std::vector<MarkerSpan> footnote_markers(std::string_view text) {
    std::vector<MarkerSpan> markers;
    std::size_t i = 0;
    // Only '[' and the lead bytes of superscript digits can open a marker: the bytes between
    // are passed over eight at a time, and near one of those bytes with a table lookup each.
    static constexpr auto kMayOpen = [] {
        std::array<bool, 256> may_open{};
        may_open['['] = may_open[0xC2] = may_open[0xE2] = true;
        return may_open;
    }();
    while (i < text.size()) {
        // Eight bytes at a time while none of them may open one: most sentences have no marker.
        for (; i + 8 <= text.size(); i += 8) {
            std::uint64_t word;
            std::memcpy(&word, text.data() + i, 8);
            if (has_byte(word, '[') || has_byte(word, 0xC2) || has_byte(word, 0xE2)) {
                break;
            }
        }
        if (i >= text.size()) {
            break;
        }
        if (!kMayOpen[static_cast<unsigned char>(text[i])]) {
            ++i;
            continue;
        }
        if (const std::size_t end = footnote_marker_end(text, i)) {
            markers.push_back({i, end});
            i = end;
        } else {
            ++i;
        }
    }
    return markers;
}

std::string_view without_trailing_footnote_markers(std::string_view text) {
    const auto markers = footnote_markers(text);
    for (auto it = markers.rbegin(); it != markers.rend() && it->end == text.size(); ++it) {
        text = text.substr(0, it->begin);
    }
    return text;
}

} // namespace redraft::text
