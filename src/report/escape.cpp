#include "report/escape.hpp"

#include <unicode/utf8.h>

#include <cstdint>

namespace redraft::report {
namespace {

constexpr std::string_view kRed = "\x1b[31m";
constexpr std::string_view kGreen = "\x1b[32m";
constexpr std::string_view kReset = "\x1b[m";

bool is_line_space(char c) {
    return c == '\n' || c == '\r' || c == '\t';
}

} // namespace

std::string one_line(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (is_line_space(c)) {
            c = ' ';
        }
    }
    return out;
}

std::string terminal_safe(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (is_line_space(text[i])) {
            out.push_back(' ');
        } else if (c < 0x20 || c == 0x7F) {
            out.append("\xEF\xBF\xBD");
        } else if (c < 0x80) {
            out.push_back(text[i]);
        } else {
            // A C1 control character (U+0080..U+009F) or a byte of no valid sequence (a lone
            // 0x9B is CSI to a terminal reading 8-bit controls): a stored commit message or
            // author name may hold either.
            const auto* data = reinterpret_cast<const std::uint8_t*>(text.data());
            auto at = static_cast<std::int32_t>(i);
            UChar32 code = 0;
            U8_NEXT(data, at, static_cast<std::int32_t>(text.size()), code);
            if (code < 0 || (code >= 0x80 && code <= 0x9F)) {
                out.append("\xEF\xBF\xBD");
            } else {
                out.append(text.substr(i, static_cast<std::size_t>(at) - i));
            }
            i = static_cast<std::size_t>(at) - 1;
        }
    }
    return out;
}

std::string word_markup(diff::WordOp op, std::string_view text, bool color) {
    if (op == diff::WordOp::equal) {
        return terminal_safe(text);
    }
    // A line break inside a change is shown (with --exact a re-wrap is a change).
    std::string shown;
    for (char c : text) {
        if (c == '\n') {
            shown += "\u21B5";
        } else if (c != '\r') {
            shown += c;
        }
    }
    const std::string safe = terminal_safe(shown);
    const std::size_t end = safe.find_last_not_of(' ');
    if (end == std::string::npos) {
        // Only white space, which one side has and the other not ("vain and" -> "vain, and"):
        // the words around it show the change, and the space shown twice would be wrong.
        return {};
    }
    const std::string_view body = std::string_view(safe).substr(0, end + 1);
    const std::string_view tail = std::string_view(safe).substr(end + 1);
    std::string out;
    const bool deleted = op == diff::WordOp::remove;
    if (color) {
        out.append(deleted ? kRed : kGreen).append(body).append(kReset);
    } else {
        out.append(deleted ? "[-" : "{+").append(body).append(deleted ? "-]" : "+}");
    }
    out.append(tail);
    return out;
}

std::string shorten(std::string_view text, std::size_t limit) {
    std::size_t points = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            if (points == limit) {
                std::string out(text.substr(0, i));
                while (!out.empty() && out.back() == ' ') {
                    out.pop_back();
                }
                return out + "\xE2\x80\xA6";
            }
            ++points;
        }
    }
    return std::string(text);
}

} // namespace redraft::report

namespace redraft::report {

std::string markdown_escape(std::string_view text) {
    constexpr std::string_view kAlways = "\\`*_[]<|~#&@$";
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    std::size_t start = 0;
    // Line-start markers: a list bullet, a setext underline, an ordered list number.
    if (!text.empty() && (text[0] == '-' || text[0] == '+' || text[0] == '=' || text[0] == '>')) {
        out.push_back('\\');
        out.push_back(text[0]);
        start = 1;
    } else {
        std::size_t digits = 0;
        while (digits < text.size() && digits < 10 && text[digits] >= '0' && text[digits] <= '9') {
            ++digits;
        }
        if (digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')')) {
            out.append(text.substr(0, digits)).push_back('\\');
            out.push_back(text[digits]);
            start = digits + 1;
        }
    }
    for (std::size_t i = start; i < text.size(); ++i) {
        if (kAlways.find(text[i]) != std::string_view::npos) {
            out.push_back('\\');
        }
        out.push_back(text[i]);
    }
    return out;
}

std::string critic_escape(std::string_view text) {
    constexpr std::string_view kZeroWidthSpace = "\xE2\x80\x8B";
    auto breaks = [](char a, char b) {
        if (a == '{') {
            return b == '+' || b == '-' || b == '~' || b == '>' || b == '=';
        }
        if (b == '}') {
            return a == '+' || a == '-' || a == '~' || a == '<' || a == '=';
        }
        return a == '~' && b == '>';
    };
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        out.push_back(text[i]);
        if (i + 1 < text.size() && breaks(text[i], text[i + 1])) {
            out.append(kZeroWidthSpace);
        }
    }
    return out;
}

} // namespace redraft::report
