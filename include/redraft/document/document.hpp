#pragma once
// The document model: a source file read into sections, paragraphs and sentences, every piece
// with its byte span and 1-based line and column in the source.

#include <redraft/segment/segmenter.hpp>
#include <redraft/text/tokens.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace redraft::document {

enum class Format { plain, markdown };
enum class FormatChoice { by_extension, plain, markdown };

enum class BlockKind { heading, paragraph, quote, list_item, code };
std::string_view to_string(BlockKind kind);

// [begin, end) in bytes.
struct Span {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    std::uint32_t size() const { return end - begin; }
    friend bool operator==(const Span&, const Span&) = default;
};

// 1-based line and column; the column counts Unicode code points from the start of the line.
struct Position {
    std::uint32_t line = 1;
    std::uint32_t column = 1;
};

// Maps a stretch of a paragraph's prose text to the source bytes it came from.
struct SourceRun {
    std::uint32_t text_begin = 0;
    std::uint32_t source_begin = 0;
    std::uint32_t length = 0;
};

struct Sentence {
    Span text;   // in the paragraph's prose text
    Span source; // in the document's source
    Position position;
};

struct Paragraph {
    BlockKind kind = BlockKind::paragraph;
    int level = 0;     // heading level (1 = top) or list/quote nesting depth
    Span source;       // the whole block in the source, markup included
    Position position; // of source.begin
    std::uint32_t section = 0;
    std::string text;            // the prose: Markdown markup removed, line breaks kept
    std::vector<SourceRun> runs; // text -> source
    std::string key;             // the text as compared (normalized unless exact)
    std::uint64_t hash = 0;      // of key
    std::vector<Sentence> sentences;
    // False while a document parsed with Sentences::on_demand has not segmented this paragraph
    // yet (see ensure_sentences); `sentences` is empty until then.
    bool segmented = true;

    std::string_view sentence_text(const Sentence& s) const {
        return std::string_view(text).substr(s.text.begin, s.text.size());
    }
    // Source offset of a byte offset into `text`.
    std::uint32_t source_offset(std::uint32_t text_offset) const;
};

// A heading and the paragraphs under it (up to the next heading). Section 0 holds whatever
// comes before the first heading and has no heading paragraph.
struct Section {
    std::uint32_t heading = UINT32_MAX; // paragraph index of the heading, if any
    std::uint32_t first = 0;            // first paragraph index
    std::uint32_t end = 0;              // one past the last paragraph index
};

// Byte offset -> line and column.
class LineIndex {
public:
    LineIndex() = default;
    explicit LineIndex(std::string_view source);
    Position position(std::string_view source, std::uint32_t offset) const;
    // The line of `offset`, with column 1.
    Position position_line_only(std::uint32_t offset) const;
    std::uint32_t line_start(std::uint32_t line) const { return starts_[line - 1]; }
    std::size_t lines() const { return starts_.size(); }

private:
    std::vector<std::uint32_t> starts_;
};

// When paragraphs are split into sentences: all at parse time, or only those a caller asks for
// with ensure_sentences (a diff needs the sentences of changed paragraphs only).
enum class Sentences { eager, on_demand };

struct Document {
    std::string name; // as given by the caller: a path or "REV:path"
    Format format = Format::plain;
    std::string source; // the bytes as read
    std::vector<Paragraph> paragraphs;
    std::vector<Section> sections;
    LineIndex lines; // of source
    // How parse() split the paragraphs into sentences. With on_demand, ensure_sentences splits
    // a paragraph later, perhaps while another thread reads the document: such a reader must
    // not read a paragraph's `sentences` or `segmented`, and splits it itself (sentence_spans).
    Sentences sentences = Sentences::eager;
};

// The largest document redraft reads by default (--max-bytes changes it); larger files are
// refused before they are read.
inline constexpr std::uint64_t kMaxDocumentBytes = 256ull << 20;

struct ParseOptions {
    Format format = Format::plain;
    text::Comparison comparison = text::Comparison::normalized;
    // Larger sources are refused with Error(input).
    std::uint64_t max_bytes = kMaxDocumentBytes;
    Sentences sentences = Sentences::eager;
};

// Checks the bytes (text::check_text) and parses them. Throws Error on bad input.
Document parse(std::string source, std::string name, const ParseOptions& options);

// Splits paragraph `index` into sentences with their spans and positions, unless it is split
// already; the result is what Sentences::eager gives.
void ensure_sentences(Document& doc, std::uint32_t index);

// The sentences of `p` as spans of its prose text, split exactly as parse() splits them (a code
// block is one sentence), without their source spans and positions and without changing `p`:
// for a reader that needs only the sentences' text, on a thread of its own while another may be
// splitting the document's paragraphs (Document::sentences).
std::vector<Span> sentence_spans(const Paragraph& p);
// The same into `out` (emptied first), as the segmenter's spans: a reader that splits many
// paragraphs reuses one buffer.
void sentence_spans(const Paragraph& p, std::vector<segment::SentenceSpan>& out);

// The number of paragraphs parse() finds, without segmenting or normalizing them: for listings
// of many revisions. Checks the bytes as parse() does.
std::size_t count_paragraphs(std::string source, std::string name, Format format);

// The format for a file name under a choice (.md and .markdown are Markdown).
Format choose_format(std::string_view name, FormatChoice choice);

// Reads a file from disk and parses it. Throws Error(not_found) for a missing or unreadable
// file and Error(input) for one over `max_bytes`.
Document load(const std::filesystem::path& path, FormatChoice format,
              text::Comparison comparison = text::Comparison::normalized,
              std::uint64_t max_bytes = kMaxDocumentBytes, Sentences sentences = Sentences::eager);

// Throws Error(input) "NAME: the WHAT is N bytes; redraft reads documents up to MAX bytes
// (raise the limit with --max-bytes)" when `size` is over `max_bytes`: for callers that know a
// document's size before reading it (a file, a revision in a store).
void check_size(const std::string& name, std::string_view what, std::uint64_t size,
                std::uint64_t max_bytes);

// Reads a whole file, refusing one over `max_bytes` before reading it.
std::string read_file(const std::filesystem::path& path, std::uint64_t max_bytes);

} // namespace redraft::document
