#include "report/json_writer.hpp"

#include <redraft/text/ascii.hpp>

#include <unicode/utf8.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>

namespace redraft::report {
namespace {

constexpr int kIndent = 2;

// Whether any of the eight bytes in `v` needs a closer look: a control character, the quote,
// the backslash, or a byte of a multi-byte character.
constexpr bool needs_look(std::uint64_t v) {
    using text::kEveryByte, text::kHighBits;
    // A byte below n, for n <= 0x80 (exact about whether any byte is).
    const auto has_below = [](std::uint64_t x, std::uint64_t n) {
        return (x - n * kEveryByte) & ~x & kHighBits;
    };
    return ((v & kHighBits) | has_below(v, 0x20) | has_below(v ^ ('"' * kEveryByte), 1) |
            has_below(v ^ ('\\' * kEveryByte), 1)) != 0;
}

// The first byte from `i` on that needs a closer look (`length` if none): plain ASCII is passed
// over sixteen bytes at a time with SSE2, then eight at a time, then byte by byte.
std::int32_t next_look(const std::uint8_t* data, std::int32_t i, std::int32_t length) {
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi8(0x20);
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    while (length - i >= 16) {
        // In one signed comparison the bytes below 0x20 and those from 0x80 on (negative).
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
        const __m128i look =
            _mm_or_si128(_mm_cmplt_epi8(x, space),
                         _mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)));
        const auto mask = static_cast<unsigned>(_mm_movemask_epi8(look));
        if (mask != 0) {
            return i + std::countr_zero(mask);
        }
        i += 16;
    }
#endif
    while (length - i >= 8) {
        std::uint64_t block = 0;
        std::memcpy(&block, data + i, sizeof block);
        if (needs_look(block)) {
            break;
        }
        i += 8;
    }
    while (i < length) {
        const std::uint8_t c = data[i];
        if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
            break;
        }
        ++i;
    }
    return i;
}

// Appends `text` escaped as nlohmann does without ensure_ascii (the quote, the backslash and
// control characters; everything else, non-ASCII included, is copied), checking in the same pass
// that it is valid UTF-8 as nlohmann reads it (ICU rejects the same overlong forms, surrogates
// and code points past U+10FFFF). False, with `out` as it was, when it is not.
bool append_escaped(std::string& out, std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    const std::size_t size_before = out.size();
    const auto* data = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto length = static_cast<std::int32_t>(text.size());
    std::int32_t plain_from = 0;
    std::int32_t i = 0;
    while ((i = next_look(data, i, length)) < length) {
        const std::uint8_t c = data[i];
        if (c >= 0x80) {
            UChar32 code_point = 0;
            U8_NEXT(data, i, length, code_point);
            if (code_point < 0) {
                out.resize(size_before);
                return false;
            }
            continue;
        }
        out.append(text.data() + plain_from, static_cast<std::size_t>(i - plain_from));
        plain_from = i + 1;
        ++i;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
            break;
        }
    }
    out.append(text.data() + plain_from, static_cast<std::size_t>(length - plain_from));
    return true;
}

// Whether `text` is written as it is between quotes: printable ASCII without the quote or the
// backslash (keys, which are short constants, almost always are).
bool is_plain(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte >= 0x20 && byte < 0x80 && c != '"' && c != '\\';
    });
}

} // namespace

void JsonWriter::new_line() {
    // One append of a line break and the indentation, cut from a constant: every value and key
    // starts a line.
    static constexpr std::string_view kBreak =
        "\n                                                                ";
    const std::size_t indent = empty_.size() * kIndent;
    const std::size_t first = std::min(indent, kBreak.size() - 1);
    out_.append(kBreak.data(), first + 1);
    if (indent > first) {
        out_.append(indent - first, ' '); // deeper than the constant: rare
    }
}

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (empty_.empty()) {
        return; // the top-level value
    }
    separate();
}

void JsonWriter::separate() {
    if (empty_.back() == 0) {
        out_ += ',';
    }
    empty_.back() = 0;
    new_line();
}

// The writers below compose each line's bytes (comma, line break, indentation, key or value) in
// a buffer on the stack and append them to out_ at once: one growth check and copy per call
// rather than one per piece, which was most of the cost of writing a report.

char* JsonWriter::indent_into(char* at, std::size_t indent) {
    // A copy of fixed size (the line has room for it), of which `indent` bytes count: cheaper
    // than a copy of variable size.
    static constexpr std::array<char, kLineIndent> kSpaces = [] {
        std::array<char, kLineIndent> spaces{};
        spaces.fill(' ');
        return spaces;
    }();
    std::memcpy(at, kSpaces.data(), kSpaces.size());
    return at + indent;
}

void JsonWriter::append(const Line& line, const char* end) {
    out_.append(line.data(), static_cast<std::size_t>(end - line.data()));
}

char* JsonWriter::member_start(char* at) {
    const std::size_t indent = empty_.size() * kIndent;
    if (indent > kLineIndent) {
        separate(); // deeper than a line's room (rare): straight to out_, before the buffer's bytes
        return at;
    }
    *at = ',';
    at += empty_.back() == 0 ? 1 : 0;
    empty_.back() = 0;
    *at++ = '\n';
    return indent_into(at, indent);
}

char* JsonWriter::value_start(char* at) {
    if (after_key_) {
        after_key_ = false;
        return at;
    }
    if (empty_.empty()) {
        return at; // the top-level value
    }
    return member_start(at);
}

void JsonWriter::key(std::string_view name) {
    Line line;
    char* at = member_start(line.data());
    if (name.size() <= kLineKey && is_plain(name)) {
        *at++ = '"';
        std::memcpy(at, name.data(), name.size());
        at += name.size();
        std::memcpy(at, "\": ", 3);
        append(line, at + 3);
    } else {
        append(line, at);
        quoted(name);
        out_ += ": ";
    }
    after_key_ = true;
}

void JsonWriter::begin_object() {
    open('{');
}

void JsonWriter::begin_array() {
    open('[');
}

void JsonWriter::open(char bracket) {
    Line line;
    char* at = value_start(line.data());
    *at++ = bracket;
    append(line, at);
    empty_.push_back(1);
}

void JsonWriter::close(char bracket) {
    const bool was_empty = empty_.back() != 0;
    empty_.pop_back();
    if (was_empty) {
        out_ += bracket;
        return;
    }
    const std::size_t indent = empty_.size() * kIndent;
    if (indent > kLineIndent) {
        new_line();
        out_ += bracket;
        return;
    }
    // The closing line: a line break, the indentation of the parent, the bracket.
    Line line;
    char* at = line.data();
    *at++ = '\n';
    at = indent_into(at, indent);
    *at++ = bracket;
    append(line, at);
}

void JsonWriter::end_object() {
    close('}');
}

void JsonWriter::end_array() {
    close(']');
}

void JsonWriter::quoted(std::string_view text) {
    out_ += '"';
    after_quote(text);
}

void JsonWriter::after_quote(std::string_view text) {
    if (append_escaped(out_, text)) {
        out_ += '"';
        return;
    }
    // Rare (a file name in another encoding): nlohmann replaces the bad bytes, and writes the
    // quotes.
    out_.pop_back();
    out_ += nlohmann::ordered_json(std::string(text))
                .dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

void JsonWriter::string(std::string_view text) {
    Line line;
    char* at = value_start(line.data());
    *at++ = '"';
    append(line, at);
    after_quote(text);
}

void JsonWriter::literal(std::string_view word) {
    Line line;
    char* at = value_start(line.data());
    std::memcpy(at, word.data(), word.size());
    append(line, at + word.size());
}

void JsonWriter::null() {
    literal("null");
}

void JsonWriter::boolean(bool value) {
    literal(value ? "true" : "false");
}

void JsonWriter::number(std::uint64_t value) {
    Line line;
    char* at = value_start(line.data());
    at = std::to_chars(at, line.data() + line.size(), value).ptr;
    append(line, at);
}

void JsonWriter::real(double value) {
    before_value();
    // A few values recur (weights, rounded scores): each is formatted by nlohmann once, and
    // remembered by its bits (-0.0 and 0.0 are written differently).
    const auto bits = std::bit_cast<std::uint64_t>(value);
    auto found = reals_.find(bits);
    if (found == reals_.end()) {
        found = reals_.emplace(bits, nlohmann::ordered_json(value).dump()).first;
    }
    out_ += found->second;
}

void JsonWriter::value(const nlohmann::ordered_json& value) {
    before_value();
    const std::string text =
        value.dump(kIndent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    // Strings in the dump hold no raw line breaks, so every line break is indentation.
    const std::string indent(empty_.size() * kIndent, ' ');
    std::size_t from = 0;
    for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', from)) {
        out_.append(text, from, at + 1 - from);
        out_ += indent;
        from = at + 1;
    }
    out_.append(text, from, std::string::npos);
}

} // namespace redraft::report
