#include <redraft/document/document.hpp>
#include <redraft/error.hpp>

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "temp_dir.hpp"

namespace {

using namespace redraft::document;

Document plain(std::string text) {
    return parse(std::move(text), "essay.txt", {});
}
Document markdown(std::string text) {
    return parse(std::move(text), "essay.md", {Format::markdown});
}

std::string source_of(const Document& doc, const Sentence& s) {
    return doc.source.substr(s.source.begin, s.source.size());
}

TEST(PlainText, ParagraphsAreSeparatedByBlankLines) {
    const auto doc = plain("First paragraph.\nStill first.\n\n  \nSecond one. Two sentences.\n");
    ASSERT_EQ(doc.paragraphs.size(), 2u);
    EXPECT_EQ(doc.paragraphs[0].text, "First paragraph.\nStill first.");
    EXPECT_EQ(doc.paragraphs[0].sentences.size(), 2u);
    EXPECT_EQ(doc.paragraphs[1].position.line, 5u);
    EXPECT_EQ(doc.paragraphs[1].sentences[1].position.column, 13u);
}

// Columns count code points: two-, three- and four-byte characters on both sides of the eight-
// byte steps in which they are counted.
TEST(PlainText, ColumnsCountCodePointsNotBytes) {
    const auto doc =
        plain("Caf\xC3\xA9 na\xC3\xAFve \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80 "
              "r\xC3\xA9sum\xC3\xA9 \xE2\x80\x94 ok. Second one.\n");
    ASSERT_EQ(doc.paragraphs[0].sentences.size(), 2u);
    EXPECT_EQ(doc.paragraphs[0].sentences[1].position.column, 36u); // 34 code points, a space
}

TEST(PlainText, ShortLineWithoutFinalPunctuationIsAHeading) {
    const auto doc =
        plain("Rutte and Russia\n\nMark who?\n\nWhat events have shaped Rutte's stance "
              "on Russia before the war?\n\nA sentence.\n");
    EXPECT_EQ(doc.paragraphs[0].kind, BlockKind::heading);
    EXPECT_EQ(doc.paragraphs[1].kind, BlockKind::heading);   // a short question
    EXPECT_EQ(doc.paragraphs[2].kind, BlockKind::paragraph); // a long question
    EXPECT_EQ(doc.paragraphs[3].kind, BlockKind::paragraph);
    ASSERT_EQ(doc.sections.size(), 3u);
    EXPECT_EQ(doc.sections[2].heading, 1u);
    EXPECT_EQ(doc.paragraphs[3].section, 2u);
}

TEST(PlainText, AFootnoteMarkerAfterTheFinalPunctuationKeepsASentence) {
    const auto doc = plain("Rutte was an able administrator.[2]\n\n"
                           "Rutte was an able administrator.\xC2\xB9\n\n"
                           "Rutte was an able administrator.\xE2\x81\xB4\xC2\xB2\n\n"
                           "Rutte was an able administrator.[^note-1]\n\n"
                           "Rutte was, he said, \"an able administrator.\"[3, 4][^5]\n\n"
                           "Chapter [2]\n\nNotes[^1]\n\nArea in km\xC2\xB2\n");
    ASSERT_EQ(doc.paragraphs.size(), 8u);
    for (std::size_t i = 0; i < 5; ++i) {
        EXPECT_EQ(doc.paragraphs[i].kind, BlockKind::paragraph) << doc.paragraphs[i].text;
        EXPECT_EQ(doc.paragraphs[i].sentences.size(), 1u) << doc.paragraphs[i].text;
    }
    // Without final punctuation before them, lines stay headings.
    for (std::size_t i = 5; i < 8; ++i) {
        EXPECT_EQ(doc.paragraphs[i].kind, BlockKind::heading) << doc.paragraphs[i].text;
    }
}

TEST(PlainText, ASpacedCitationAfterTheFinalPunctuationKeepsAParagraph) {
    const auto doc = plain("The vote was close. [4]\n\nSection [4]\n");
    ASSERT_EQ(doc.paragraphs.size(), 2u);
    EXPECT_EQ(doc.paragraphs[0].kind, BlockKind::paragraph);
    EXPECT_EQ(doc.paragraphs[1].kind, BlockKind::heading);
}

TEST(PlainText, MultiLineParagraphIsNeverAHeading) {
    const auto doc = plain("Short\nlines\n");
    EXPECT_EQ(doc.paragraphs[0].kind, BlockKind::paragraph);
}

TEST(PlainText, BomAndCrlfKeepOffsetsAndLines) {
    const auto doc = plain("\xEF\xBB\xBFTitle\r\n\r\nOne. \xC3\x89tat two.\r\nThree.\r\n");
    ASSERT_EQ(doc.paragraphs.size(), 2u);
    EXPECT_EQ(doc.paragraphs[0].source.begin, 3u);
    EXPECT_EQ(doc.paragraphs[0].position.line, 1u);
    EXPECT_EQ(doc.paragraphs[0].position.column, 1u);
    EXPECT_EQ(doc.paragraphs[0].text, "Title");
    const auto& p = doc.paragraphs[1];
    ASSERT_EQ(p.sentences.size(), 3u);
    EXPECT_EQ(source_of(doc, p.sentences[1]), "\xC3\x89tat two.");
    EXPECT_EQ(p.sentences[1].position.line, 3u);
    EXPECT_EQ(p.sentences[1].position.column, 6u);
    EXPECT_EQ(p.sentences[2].position.line, 4u);
    EXPECT_EQ(p.sentences[2].position.column, 1u);
}

TEST(PlainText, EmptyFileHasNoParagraphs) {
    EXPECT_TRUE(plain("").paragraphs.empty());
    EXPECT_TRUE(plain("\n\n  \n").paragraphs.empty());
}

TEST(PlainText, ReflowedParagraphHasTheSameKey) {
    const auto a = plain("Rutte remained notably stoic\nand \xE2\x80\x9C"
                         "diplomatic\xE2\x80\x9D.");
    const auto b = plain("Rutte remained notably\nstoic and \"diplomatic\".");
    EXPECT_EQ(a.paragraphs[0].key, b.paragraphs[0].key);
    EXPECT_EQ(a.paragraphs[0].hash, b.paragraphs[0].hash);
}

TEST(PlainText, ExactComparisonKeepsTheBytes) {
    const auto a =
        parse("Stoic\nand calm.", "a.txt", {Format::plain, redraft::text::Comparison::exact});
    EXPECT_EQ(a.paragraphs[0].key, "Stoic\nand calm.");
}

TEST(Markdown, BlockKindsAndLevels) {
    const auto doc = markdown("# Title\n\nText.\n\n> Quoted.\n\n- one\n- two\n\n```\ncode\n```\n");
    ASSERT_EQ(doc.paragraphs.size(), 6u);
    EXPECT_EQ(doc.paragraphs[0].kind, BlockKind::heading);
    EXPECT_EQ(doc.paragraphs[0].level, 1);
    EXPECT_EQ(doc.paragraphs[1].kind, BlockKind::paragraph);
    EXPECT_EQ(doc.paragraphs[2].kind, BlockKind::quote);
    EXPECT_EQ(doc.paragraphs[3].kind, BlockKind::list_item);
    EXPECT_EQ(doc.paragraphs[4].kind, BlockKind::list_item);
    EXPECT_EQ(doc.paragraphs[5].kind, BlockKind::code);
    EXPECT_EQ(doc.paragraphs[5].text, "code");
}

TEST(Markdown, MarkupIsStrippedForComparisonButKeptInTheSource) {
    const auto doc = markdown("Some *emphasis*, a [link](http://x.org) and `code`.\n");
    const auto& p = doc.paragraphs[0];
    EXPECT_EQ(p.text, "Some emphasis, a link and code.");
    EXPECT_EQ(source_of(doc, p.sentences[0]),
              "Some *emphasis*, a [link](http://x.org) and `code`.");
    EXPECT_EQ(p.key, plain("Some emphasis, a link and code.").paragraphs[0].key);
}

TEST(Markdown, SentencesMapToSourcePositions) {
    const auto doc = markdown("## Heading\n\nFirst *one*. Second\nline two.\n");
    const auto& p = doc.paragraphs[1];
    ASSERT_EQ(p.sentences.size(), 2u);
    EXPECT_EQ(source_of(doc, p.sentences[1]), "Second\nline two.");
    EXPECT_EQ(p.sentences[1].position.line, 3u);
    EXPECT_EQ(p.sentences[1].position.column, 14u);
}

TEST(Markdown, BomDoesNotShiftColumns) {
    const auto doc = markdown("\xEF\xBB\xBF# Title\r\n\r\nText here.\r\n");
    EXPECT_EQ(doc.paragraphs[0].source.begin, 3u);
    EXPECT_EQ(doc.paragraphs[0].position.column, 1u);
    EXPECT_EQ(doc.paragraphs[1].position.line, 3u);
}

TEST(Format, FollowsTheExtensionUnlessOverridden) {
    EXPECT_EQ(choose_format("essay.md", FormatChoice::by_extension), Format::markdown);
    EXPECT_EQ(choose_format("ESSAY.MARKDOWN", FormatChoice::by_extension), Format::markdown);
    EXPECT_EQ(choose_format("essay.txt", FormatChoice::by_extension), Format::plain);
    EXPECT_EQ(choose_format("essay.md", FormatChoice::plain), Format::plain);
    EXPECT_EQ(choose_format("essay.txt", FormatChoice::markdown), Format::markdown);
}

std::string error_of(auto&& action) {
    try {
        action();
    } catch (const redraft::Error& e) {
        return e.what();
    }
    return "";
}

TEST(Load, MissingFile) {
    EXPECT_EQ(error_of([] { load("/nonexistent/essay.txt", FormatChoice::by_extension); }),
              "/nonexistent/essay.txt: no such file; check the path and try again");
}

TEST(Load, Directory) {
    EXPECT_EQ(error_of([] { load("/tmp", FormatChoice::by_extension); }),
              "/tmp: is a folder, not a text file; give a file in it");
}

TEST(Load, RefusesAFileOverTheLimitBeforeReadingIt) {
    const redraft::testing::TempDir temp;
    const auto path = temp.path() / "large.txt";
    {
        std::ofstream out(path);
        out << std::string(3 << 20, 'a');
    }
    EXPECT_EQ(error_of([&] { read_file(path, 2 << 20); }),
              path.string() + ": the file is 3145728 bytes (3 MiB); redraft reads documents up to "
                              "2097152 bytes (2 MiB) (raise the limit with --max-bytes)");
}

TEST(Load, BinaryFileIsRefusedWithItsName) {
    EXPECT_EQ(error_of([] { parse(std::string("PK\x03\x04", 4), "essay.docx", {}); }),
              "essay.docx:1: binary content (control byte 3) at byte 2; redraft reads only "
              "text files");
}

} // namespace

// Sentences split on demand, in any order, are those split at parse time: spans, source spans
// and positions (columns in code points, after line breaks, a BOM and CRLF).
void expect_same_sentences_on_demand(const std::string& text, Format format) {
    const Document eager = parse(text, "doc", {format});
    Document lazy = parse(
        text, "doc",
        {format, redraft::text::Comparison::normalized, kMaxDocumentBytes, Sentences::on_demand});
    ASSERT_EQ(lazy.paragraphs.size(), eager.paragraphs.size());
    for (const Paragraph& p : lazy.paragraphs) {
        EXPECT_FALSE(p.segmented);
        EXPECT_TRUE(p.sentences.empty());
    }
    for (std::uint32_t i = static_cast<std::uint32_t>(lazy.paragraphs.size()); i-- > 0;) {
        ensure_sentences(lazy, i);
        ensure_sentences(lazy, i); // a second call changes nothing
    }
    for (std::size_t i = 0; i < eager.paragraphs.size(); ++i) {
        const Paragraph& e = eager.paragraphs[i];
        const Paragraph& l = lazy.paragraphs[i];
        EXPECT_TRUE(l.segmented);
        EXPECT_EQ(l.key, e.key);
        EXPECT_EQ(l.position.line, e.position.line);
        EXPECT_EQ(l.position.column, e.position.column);
        ASSERT_EQ(l.sentences.size(), e.sentences.size()) << "paragraph " << i;
        for (std::size_t s = 0; s < e.sentences.size(); ++s) {
            EXPECT_EQ(l.sentences[s].text.begin, e.sentences[s].text.begin);
            EXPECT_EQ(l.sentences[s].text.end, e.sentences[s].text.end);
            EXPECT_EQ(l.sentences[s].source.begin, e.sentences[s].source.begin);
            EXPECT_EQ(l.sentences[s].source.end, e.sentences[s].source.end);
            EXPECT_EQ(l.sentences[s].position.line, e.sentences[s].position.line);
            EXPECT_EQ(l.sentences[s].position.column, e.sentences[s].position.column)
                << "paragraph " << i << ", sentence " << s;
        }
    }
    // sentence_spans() splits a paragraph as parse() does, without splitting it: the analysis
    // reads a document split on demand through it while the diff may split the paragraphs.
    const Document untouched = parse(
        text, "doc",
        {format, redraft::text::Comparison::normalized, kMaxDocumentBytes, Sentences::on_demand});
    EXPECT_EQ(untouched.sentences, Sentences::on_demand);
    EXPECT_EQ(eager.sentences, Sentences::eager);
    for (std::size_t i = 0; i < eager.paragraphs.size(); ++i) {
        const std::vector<Span> spans = sentence_spans(untouched.paragraphs[i]);
        EXPECT_FALSE(untouched.paragraphs[i].segmented);
        EXPECT_EQ(spans, sentence_spans(eager.paragraphs[i]));
        const Paragraph& e = eager.paragraphs[i];
        ASSERT_EQ(spans.size(), e.sentences.size()) << "paragraph " << i;
        for (std::size_t s = 0; s < spans.size(); ++s) {
            EXPECT_EQ(spans[s].begin, e.sentences[s].text.begin);
            EXPECT_EQ(spans[s].end, e.sentences[s].text.end)
                << "paragraph " << i << ", sentence " << s;
        }
    }
    // Into one buffer, paragraph after paragraph (in reverse, so that a longer list comes
    // before a shorter): the same spans, nothing of the paragraph before left in it.
    std::vector<redraft::segment::SentenceSpan> buffer(7, redraft::segment::SentenceSpan{1, 2});
    for (std::size_t i = eager.paragraphs.size(); i-- > 0;) {
        sentence_spans(untouched.paragraphs[i], buffer);
        const std::vector<Span> spans = sentence_spans(untouched.paragraphs[i]);
        ASSERT_EQ(buffer.size(), spans.size()) << "paragraph " << i;
        for (std::size_t s = 0; s < spans.size(); ++s) {
            EXPECT_EQ(buffer[s].begin, spans[s].begin);
            EXPECT_EQ(buffer[s].end, spans[s].end);
        }
    }
}

TEST(SentencesOnDemand, PlainTextMatchesEagerSplitting) {
    expect_same_sentences_on_demand(
        "\xEF\xBB\xBFTitle\r\n\r\nR\xC3\xBCtte said so. Then he left.\r\nIt rained "
        "\xE2\x80\x94 twice. Dr. Smith agreed!\r\n\r\nOne line. Two lines? Yes.\n",
        Format::plain);
}

TEST(SentencesOnDemand, MarkdownMatchesEagerSplitting) {
    expect_same_sentences_on_demand("# Title\n\n> A *quoted* line. And \xC3\xA9 more.\n\n"
                                    "- item one. Item two.\n- another.\n\n"
                                    "```\ncode. not split.\n```\n\nLast. Words here.\n",
                                    Format::markdown);
}

TEST(SentencesOnDemand, MarkupAndCodeBlocksMatchEagerSplitting) {
    // Runs that skip markup (emphasis, links, code spans, escapes) and blocks of code, fenced and
    // indented, whose one sentence is the whole block.
    expect_same_sentences_on_demand(
        "Intro with **bold. Words** and [a link. Here](http://x.org/a.b) end.\n"
        "A `code. span` and \\*escaped\\* text. Next sentence _here_.\n\n"
        "## Heading *two.* Still heading\n\n"
        "1. First. Second *item*.\n   continued. Line.\n\n"
        "    indented code. More.\n    second line.\n\n"
        "~~~python\nx = 1. y = 2.\n~~~\n\n"
        "> > Nested. Quote *here*. Done.\n",
        Format::markdown);
}

namespace {

using namespace redraft::document;
using redraft::Error;

TEST(CountParagraphs, AgreesWithParse) {
    std::vector<std::string> texts = {
        "",
        "\n\n   \n",
        "One line without a newline",
        "\xEF\xBB\xBFTitle\r\n\r\nFirst para-\r\ngraph.\r\n \t\r\n"
        "Second.\r\n",
        "  indented\n\tstill the same paragraph\n\f\nnext\n\n\n\nlast",
        "# Heading\n\n- item\n- item\n\n> quote\n\n    code\n"};
    for (const char* name : {"r1.txt", "r3.txt", "r6.txt", "r7.txt", "r7.md"}) {
        std::ifstream in(std::string(REDRAFT_SOURCE_DIR) + "/fixtures/rutte/" + name);
        texts.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    for (const auto& text : texts) {
        for (const auto format : {Format::plain, Format::markdown}) {
            ParseOptions options;
            options.format = format;
            EXPECT_EQ(count_paragraphs(text, "t", format),
                      parse(text, "t", options).paragraphs.size())
                << (format == Format::plain ? "plain: " : "markdown: ") << text.substr(0, 40);
        }
    }
}

TEST(CountParagraphs, ChecksTheBytesAsParseDoes) {
    EXPECT_THROW(count_paragraphs(std::string("bad \xFF byte"), "t", Format::plain), Error);
    EXPECT_THROW(count_paragraphs(std::string("nul \0 byte", 10), "t", Format::plain), Error);
}

} // namespace
