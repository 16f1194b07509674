#include "report/json_writer.hpp"

#include <redraft/text/ascii.hpp>

#include <unicode/utf8.h>

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>

namespace redraft::report {
namespace {

constexpr int kIndent = 2;

// Whether any of the eight bytes in `v` needs a closer look: a control character, the quote,
// the backslash, or a byte of a multi-byte character. Most of the text written is plain ASCII,
// skipped eight bytes at a time.
constexpr bool needs_look(std::uint64_t v) {
    using text::kEveryByte, text::kHighBits;
    // A byte below n, for n <= 0x80 (exact about whether any byte is).
    const auto has_below = [](std::uint64_t x, std::uint64_t n) {
        return (x - n * kEveryByte) & ~x & kHighBits;
    };
    return ((v & kHighBits) | has_below(v, 0x20) | has_below(v ^ ('"' * kEveryByte), 1) |
            has_below(v ^ ('\\' * kEveryByte), 1)) != 0;
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
    while (i < length) {
        if (length - i >= 8) {
            std::uint64_t block = 0;
            std::memcpy(&block, data + i, sizeof block);
            if (!needs_look(block)) {
                i += 8;
                continue;
            }
        }
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
        if (c >= 0x20 && c != '"' && c != '\\') {
            ++i;
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
    if (!empty_.back()) {
        out_ += ',';
    }
    empty_.back() = false;
    new_line();
}

void JsonWriter::key(std::string_view name) {
    if (!empty_.back()) {
        out_ += ',';
    }
    empty_.back() = false;
    new_line();
    quoted(name);
    out_ += ": ";
    after_key_ = true;
}

void JsonWriter::begin_object() {
    before_value();
    out_ += '{';
    empty_.push_back(true);
}

void JsonWriter::begin_array() {
    before_value();
    out_ += '[';
    empty_.push_back(true);
}

void JsonWriter::close(char bracket) {
    const bool was_empty = empty_.back();
    empty_.pop_back();
    if (!was_empty) {
        new_line();
    }
    out_ += bracket;
}

void JsonWriter::end_object() {
    close('}');
}

void JsonWriter::end_array() {
    close(']');
}

void JsonWriter::quoted(std::string_view text) {
    out_ += '"';
    if (append_escaped(out_, text)) {
        out_ += '"';
        return;
    }
    // Rare (a file name in another encoding): nlohmann replaces the bad bytes.
    out_.pop_back();
    out_ += nlohmann::ordered_json(std::string(text))
                .dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

void JsonWriter::string(std::string_view text) {
    before_value();
    quoted(text);
}

void JsonWriter::null() {
    before_value();
    out_ += "null";
}

void JsonWriter::boolean(bool value) {
    before_value();
    out_ += value ? "true" : "false";
}

void JsonWriter::number(std::uint64_t value) {
    before_value();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out_.append(buffer, result.ptr);
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
