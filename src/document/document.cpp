#include <redraft/document/document.hpp>
#include <redraft/error.hpp>
#include <redraft/segment/segmenter.hpp>
#include <redraft/text/ascii.hpp>
#include <redraft/text/utf8.hpp>

#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <functional>
#include <system_error>

#include "document/parsers.hpp"

namespace redraft::document {
namespace {

std::uint32_t count_code_points(std::string_view bytes) {
    // Every byte but a continuation byte (10xxxxxx) starts a code point. Eight bytes at a time:
    // a continuation byte has its high bit set and the bit below it clear; the eight flags
    // (0 or 1 per byte) are summed by one multiplication into the top byte.
    using text::kEveryByte, text::kHighBits;
    std::uint32_t count = 0;
    std::size_t i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, bytes.data() + i, 8);
        const std::uint64_t continuation = (word & ~(word << 1) & kHighBits) >> 7;
        count += 8 - static_cast<std::uint32_t>((continuation * kEveryByte) >> 56);
    }
    for (; i < bytes.size(); ++i) {
        count += (static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80;
    }
    return count;
}

// Positions for offsets visited mostly in increasing order: counting continues from the last
// answer, so a document that is one 10 MB line costs one pass, not one pass per sentence.
class PositionCursor {
public:
    PositionCursor(std::string_view source, const LineIndex& lines)
        : source_(source), lines_(lines) {}
    // Continues from a known position, as if `offset` had been the last offset asked for.
    PositionCursor(std::string_view source, const LineIndex& lines, Position known,
                   std::uint32_t offset)
        : source_(source), lines_(lines), last_(known), last_offset_(offset) {}

    Position at(std::uint32_t offset) {
        Position p = lines_.position_line_only(offset);
        const std::uint32_t line_start = std::min(offset, lines_.line_start(p.line));
        if (p.line == last_.line && offset >= last_offset_ && last_offset_ >= line_start) {
            p.column = last_.column +
                       count_code_points(source_.substr(last_offset_, offset - last_offset_));
        } else {
            p.column = 1 + count_code_points(source_.substr(line_start, offset - line_start));
        }
        last_ = p;
        last_offset_ = offset;
        return p;
    }

private:
    std::string_view source_;
    const LineIndex& lines_;
    Position last_{0, 0};
    std::uint32_t last_offset_ = 0;
};

// The sentences of `p` with their source spans and positions; `cursor` stands at or before
// the paragraph's first byte.
void segment(Paragraph& p, PositionCursor& cursor) {
    p.segmented = true;
    for (const Span& span : sentence_spans(p)) {
        if (p.kind == BlockKind::code) {
            // The one sentence of a code block is the whole block, its fences included.
            p.sentences.push_back({span, p.source, p.position});
            continue;
        }
        Sentence s;
        s.text = span;
        s.source = {p.source_offset(span.begin), p.source_offset(span.end)};
        s.position = cursor.at(s.source.begin);
        p.sentences.push_back(s);
    }
}

void finish(Document& doc, const ParseOptions& options) {
    doc.lines = LineIndex(doc.source);
    doc.sentences = options.sentences;
    const LineIndex& lines = doc.lines;
    PositionCursor cursor(doc.source, lines);
    std::uint32_t section = 0;
    doc.sections.push_back({});
    for (std::uint32_t index = 0; index < doc.paragraphs.size(); ++index) {
        Paragraph& p = doc.paragraphs[index];
        if (p.kind == BlockKind::heading) {
            doc.sections.back().end = index;
            doc.sections.push_back({index, index, 0});
            section = static_cast<std::uint32_t>(doc.sections.size() - 1);
        }
        p.section = section;
        p.position = cursor.at(p.source.begin);
        if (options.sentences == Sentences::eager) {
            segment(p, cursor);
        } else {
            p.segmented = false;
        }
        p.key = text::comparison_key(p.text, options.comparison);
        p.hash = std::hash<std::string>{}(p.key);
    }
    doc.sections.back().end = static_cast<std::uint32_t>(doc.paragraphs.size());
}

} // namespace

std::string_view to_string(BlockKind kind) {
    switch (kind) {
    case BlockKind::heading:
        return "heading";
    case BlockKind::paragraph:
        return "paragraph";
    case BlockKind::quote:
        return "quote";
    case BlockKind::list_item:
        return "list_item";
    case BlockKind::code:
        return "code";
    }
    return "paragraph";
}

std::vector<Span> sentence_spans(const Paragraph& p) {
    std::vector<segment::SentenceSpan> split;
    sentence_spans(p, split);
    std::vector<Span> spans;
    spans.reserve(split.size());
    for (const auto& span : split) {
        spans.push_back({span.begin, span.end});
    }
    return spans;
}

void sentence_spans(const Paragraph& p, std::vector<segment::SentenceSpan>& out) {
    if (p.kind == BlockKind::code) {
        out.assign(1, {0, static_cast<std::uint32_t>(p.text.size())});
        return;
    }
    segment::split_sentences(p.text, out);
}

void ensure_sentences(Document& doc, std::uint32_t index) {
    Paragraph& p = doc.paragraphs.at(index);
    if (p.segmented) {
        return;
    }
    PositionCursor cursor(doc.source, doc.lines, p.position, p.source.begin);
    segment(p, cursor);
}

std::uint32_t Paragraph::source_offset(std::uint32_t text_offset) const {
    if (runs.empty()) {
        return source.begin;
    }
    auto run =
        std::upper_bound(runs.begin(), runs.end(), text_offset,
                         [](std::uint32_t t, const SourceRun& r) { return t < r.text_begin; });
    if (run != runs.begin()) {
        --run;
    }
    return run->source_begin +
           std::min(text_offset - std::min(text_offset, run->text_begin), run->length);
}

LineIndex::LineIndex(std::string_view source) {
    // Line 1 starts after a byte-order mark, as in every editor.
    starts_.push_back(static_cast<std::uint32_t>(text::bom_length(source)));
    // memchr finds line breaks many bytes at a time.
    const char* const begin = source.data();
    const char* const end = begin + source.size();
    for (const char* p = begin; p < end;) {
        const auto* newline = static_cast<const char*>(std::memchr(p, '\n', end - p));
        if (newline == nullptr) {
            break;
        }
        starts_.push_back(static_cast<std::uint32_t>(newline - begin + 1));
        p = newline + 1;
    }
}

Position LineIndex::position_line_only(std::uint32_t offset) const {
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    return {std::max<std::uint32_t>(1, static_cast<std::uint32_t>(it - starts_.begin())), 1};
}

Position LineIndex::position(std::string_view source, std::uint32_t offset) const {
    Position p = position_line_only(offset);
    const std::uint32_t start = std::min(offset, line_start(p.line));
    p.column = 1 + count_code_points(source.substr(start, offset - start));
    return p;
}

Format choose_format(std::string_view name, FormatChoice choice) {
    switch (choice) {
    case FormatChoice::plain:
        return Format::plain;
    case FormatChoice::markdown:
        return Format::markdown;
    case FormatChoice::by_extension:
        break;
    }
    auto ends_with = [&](std::string_view suffix) {
        if (name.size() < suffix.size()) {
            return false;
        }
        auto tail = name.substr(name.size() - suffix.size());
        return std::equal(tail.begin(), tail.end(), suffix.begin(),
                          [](char a, char b) { return (a >= 'A' && a <= 'Z' ? a + 32 : a) == b; });
    };
    return ends_with(".md") || ends_with(".markdown") ? Format::markdown : Format::plain;
}

namespace {

// Sizes in bytes, with MiB where that reads better, so that a cap of any size is exact.
std::string describe_size(std::uint64_t bytes) {
    std::string text = std::to_string(bytes) + " bytes";
    if (bytes >= (1ull << 20)) {
        text += " (" + std::to_string(bytes >> 20) + " MiB)";
    }
    return text;
}

[[noreturn]] void throw_too_large(const std::string& name, std::string_view what,
                                  std::uint64_t size, std::uint64_t max_bytes) {
    throw Error(ErrorKind::input, name + ": the " + std::string(what) + " is " +
                                      describe_size(size) + "; redraft reads documents up to " +
                                      describe_size(max_bytes) +
                                      " (raise the limit with --max-bytes)");
}

} // namespace

void check_size(const std::string& name, std::string_view what, std::uint64_t size,
                std::uint64_t max_bytes) {
    if (size > max_bytes) {
        throw_too_large(name, what, size, max_bytes);
    }
}

Document parse(std::string source, std::string name, const ParseOptions& options) {
    if (source.size() > options.max_bytes) {
        throw_too_large(name, "document", source.size(), options.max_bytes);
    }
    text::check_text(source, name);
    Document doc;
    doc.name = std::move(name);
    doc.format = options.format;
    doc.source = std::move(source);
    if (options.format == Format::markdown) {
        parse_markdown_blocks(doc);
    } else {
        parse_plain_blocks(doc);
    }
    finish(doc, options);
    return doc;
}

std::size_t count_paragraphs(std::string source, std::string name, Format format) {
    if (source.size() > kMaxDocumentBytes) {
        throw_too_large(name, "document", source.size(), kMaxDocumentBytes);
    }
    text::check_text(source, name);
    if (format == Format::plain) {
        return count_plain_blocks(source);
    }
    Document doc;
    doc.name = std::move(name);
    doc.format = format;
    doc.source = std::move(source);
    parse_markdown_blocks(doc);
    return doc.paragraphs.size();
}

std::string read_file(const std::filesystem::path& path, std::uint64_t max_bytes) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) {
        throw Error(ErrorKind::not_found,
                    path.string() + ": no such file; check the path and try again");
    }
    if (std::filesystem::is_directory(status)) {
        // Said as the sides of diff say it ("folder"), with what to give instead.
        throw Error(ErrorKind::input,
                    path.string() + ": is a folder, not a text file; give a file in it");
    }
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > max_bytes) {
        throw_too_large(path.string(), "file", size, max_bytes);
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw Error(ErrorKind::not_found,
                    path.string() + ": cannot be read (permission denied?); check its mode");
    }
    std::string bytes;
    bytes.resize(ec ? 0 : size);
    if (!ec) {
        in.read(bytes.data(), static_cast<std::streamsize>(size));
        bytes.resize(static_cast<std::size_t>(in.gcount()));
    }
    // A file that grew, or has no known size (a pipe), is read to its end.
    char chunk[65536];
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
        bytes.append(chunk, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > max_bytes) {
            throw_too_large(path.string(), "file", bytes.size(), max_bytes);
        }
    }
    return bytes;
}

Document load(const std::filesystem::path& path, FormatChoice format, text::Comparison comparison,
              std::uint64_t max_bytes, Sentences sentences) {
    std::string bytes = read_file(path, max_bytes);
    const std::string name = path.string();
    return parse(std::move(bytes), name,
                 {choose_format(name, format), comparison, max_bytes, sentences});
}

} // namespace redraft::document
