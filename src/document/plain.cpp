#include <redraft/text/footnotes.hpp>
#include <redraft/text/utf8.hpp>

#include <cstring>

#include "document/parsers.hpp"

namespace redraft::document {
namespace {

bool is_blank(std::string_view line) {
    return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

std::size_t count_words(std::string_view line) {
    std::size_t words = 0;
    bool in_word = false;
    for (char c : line) {
        const bool space = c == ' ' || c == '\t';
        words += !space && !in_word;
        in_word = !space;
    }
    return words;
}

} // namespace

bool looks_like_heading(std::string_view line) {
    constexpr std::size_t kMaxHeadingBytes = 100;
    constexpr std::size_t kMaxHeadingWords = 12;
    // A heading may be a short question ("Mark who?"), never a full-length one.
    constexpr std::size_t kMaxQuestionHeadingWords = 4;
    if (line.empty() || line.size() > kMaxHeadingBytes) {
        return false;
    }
    const std::size_t words = count_words(line);
    if (words > kMaxHeadingWords) {
        return false;
    }
    // Look past footnote markers ("administrator.[2]", "administrator.¹"), then closing quotes
    // and brackets, for the final punctuation.
    std::string_view tail = text::without_trailing_footnote_markers(line);
    // A citation set off by a space after the full stop ("The vote was close. [4]").
    if (const auto open = tail.rfind(" [");
        open != std::string_view::npos && tail.ends_with("]") && open > 0 &&
        (tail[open - 1] == '.' || tail[open - 1] == '!' || tail[open - 1] == '?')) {
        const std::string_view inside = tail.substr(open + 2, tail.size() - open - 3);
        if (!inside.empty() && inside.size() <= 3 &&
            inside.find_first_not_of("0123456789") == std::string_view::npos) {
            tail = tail.substr(0, open);
        }
    }
    while (!tail.empty() && (tail.back() == '"' || tail.back() == '\'' || tail.back() == ')' ||
                             tail.back() == ']')) {
        tail.remove_suffix(1);
    }
    if (tail.ends_with("\xE2\x80\x9D") || tail.ends_with("\xE2\x80\x99")) {
        tail.remove_suffix(3);
    }
    if (tail.empty()) {
        return false;
    }
    switch (tail.back()) {
    case '.':
    case '!':
    case ',':
    case ';':
    case ':':
        return false;
    case '?':
        return words <= kMaxQuestionHeadingWords;
    default:
        return true;
    }
}

namespace {

// Calls `block(begin, end, lines)` for each run of non-blank lines of `source`: the bytes from
// the first non-space of its first line to the last non-space of its last line.
template <typename OnBlock>
void for_each_plain_block(std::string_view source, OnBlock&& block) {
    const auto size = static_cast<std::uint32_t>(source.size());
    std::uint32_t pos = static_cast<std::uint32_t>(text::bom_length(source));
    std::uint32_t block_begin = 0;
    std::uint32_t block_end = 0;
    std::uint32_t block_lines = 0;
    while (pos < size) {
        const auto* newline =
            static_cast<const char*>(std::memchr(source.data() + pos, '\n', size - pos));
        const auto eol =
            newline == nullptr ? size : static_cast<std::uint32_t>(newline - source.data());
        const std::string_view line = source.substr(pos, eol - pos);
        if (is_blank(line)) {
            if (block_lines > 0) {
                block(block_begin, block_end, block_lines);
                block_lines = 0;
            }
        } else {
            const auto first = static_cast<std::uint32_t>(line.find_first_not_of(" \t\f\v"));
            const auto last = static_cast<std::uint32_t>(line.find_last_not_of(" \t\r\f\v"));
            if (block_lines == 0) {
                block_begin = pos + first;
            }
            block_end = pos + last + 1;
            ++block_lines;
        }
        pos = eol + 1;
    }
    if (block_lines > 0) {
        block(block_begin, block_end, block_lines);
    }
}

} // namespace

void parse_plain_blocks(Document& doc) {
    const std::string_view source = doc.source;
    for_each_plain_block(source, [&](std::uint32_t begin, std::uint32_t end, std::uint32_t lines) {
        Paragraph p;
        p.source = {begin, end};
        p.text.assign(source.substr(begin, end - begin));
        p.runs.push_back({0, begin, end - begin});
        p.kind =
            lines == 1 && looks_like_heading(p.text) ? BlockKind::heading : BlockKind::paragraph;
        p.level = p.kind == BlockKind::heading ? 1 : 0;
        doc.paragraphs.push_back(std::move(p));
    });
}

std::size_t count_plain_blocks(std::string_view source) {
    std::size_t count = 0;
    for_each_plain_block(source, [&](std::uint32_t, std::uint32_t, std::uint32_t) { ++count; });
    return count;
}

} // namespace redraft::document
