#include <redraft/document/document.hpp>
#include <redraft/segment/segmenter.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "segment_cases.hpp"

namespace {

using redraft::segment::split_sentences;

std::vector<std::string> segment(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& span : split_sentences(text)) {
        out.emplace_back(text.substr(span.begin, span.end - span.begin));
    }
    return out;
}

const std::string kCasesPath = redraft::testing::segment_cases_path(REDRAFT_SOURCE_DIR);

TEST(Segmenter, TableOfHardCases) {
    const auto cases = redraft::testing::read_segment_cases(kCasesPath);
    ASSERT_GE(cases.size(), 80u) << kCasesPath;
    int failed = 0;
    for (const auto& c : cases) {
        const auto got = segment(c.input);
        if (got != c.expected) {
            ++failed;
            std::string message = "segment_cases.txt:" + std::to_string(c.line) + " (" +
                                  c.category + ")\n  in:  " + c.input + "\n";
            for (const auto& s : got) {
                message += "  got: " + s + "\n";
            }
            ADD_FAILURE() << message;
        }
    }
    EXPECT_EQ(failed, 0) << "of " << cases.size() << " cases";
}

TEST(Segmenter, EverySentenceIsTrimmedAndSpansCoverAllText) {
    const std::string text = "  One.  Two?\n\tThree!   ";
    const auto spans = split_sentences(text);
    ASSERT_EQ(spans.size(), 3u);
    EXPECT_EQ(spans[0].begin, 2u);
    EXPECT_EQ(spans[0].end, 6u);
    EXPECT_EQ(text.substr(spans[2].begin, spans[2].end - spans[2].begin), "Three!");
}

TEST(Segmenter, EmptyAndBlankTextHaveNoSentences) {
    EXPECT_TRUE(split_sentences("").empty());
    EXPECT_TRUE(split_sentences(" \n\t ").empty());
    EXPECT_TRUE(split_sentences("\xC2\xA0").empty());
}

TEST(Segmenter, NoBreakSpaceAfterAFullStopBinds) {
    EXPECT_EQ(segment("It was a.\xC2\xA0Test here."),
              (std::vector<std::string>{"It was a.\xC2\xA0Test here."}));
}

TEST(Segmenter, PunctuationOnlyAndUnterminatedQuotes) {
    EXPECT_EQ(segment("..."), (std::vector<std::string>{"..."}));
    EXPECT_EQ(segment("He said “we go. Now we stay."),
              (std::vector<std::string>{"He said “we go.", "Now we stay."}));
    EXPECT_EQ(segment("?! ?!"), (std::vector<std::string>{"?!", "?!"}));
}

} // namespace

namespace {

bool is_ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Random paragraphs built from pieces that exercise every rule: whatever the input, sentences
// come in order, do not overlap, start and end on a non-space character at a code point
// boundary, and every non-space byte belongs to one of them.
TEST(Segmenter, SpansPartitionRandomText) {
    const std::vector<std::string> pieces = {
        "U.S.", "Dr.",   "e.g.", "J.", "He",    "the",  "word",     "2.5",    "1.",   "(2)", "a.",
        "...",  "…",     ".",    "?",  "!",     "?!",   "\"",       "“",      "”",    "’",   ")",
        "(",    "•",     " ",    "  ", "\n",    "\n\n", "\xC2\xA0", "Yahoo!", "p.m.", "No.", "5",
        "é",    "Émile", "—",    "It", "Rutte", ",",    ";",        "2)",     "b."};
    std::mt19937 random(20240601);
    for (int round = 0; round < 20000; ++round) {
        std::string text;
        const int count = static_cast<int>(random() % 30);
        for (int k = 0; k < count; ++k) {
            text += pieces[random() % pieces.size()];
            if (random() % 2 == 0) {
                text += ' ';
            }
        }
        const auto spans = split_sentences(text);
        std::vector<bool> covered(text.size(), false);
        std::uint32_t previous_end = 0;
        for (const auto& span : spans) {
            ASSERT_LT(span.begin, span.end) << text;
            ASSERT_LE(previous_end, span.begin) << text;
            ASSERT_LE(span.end, text.size()) << text;
            ASSERT_FALSE(is_ascii_space(text[span.begin])) << text;
            ASSERT_FALSE(is_ascii_space(text[span.end - 1])) << text;
            ASSERT_NE(static_cast<unsigned char>(text[span.begin]) & 0xC0, 0x80) << text;
            if (span.end < text.size()) {
                ASSERT_NE(static_cast<unsigned char>(text[span.end]) & 0xC0, 0x80) << text;
            }
            for (auto i = span.begin; i < span.end; ++i) {
                covered[i] = true;
            }
            previous_end = span.end;
        }
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (!covered[i] && !is_ascii_space(text[i])) {
                // Only no-break spaces may fall between sentences.
                ASSERT_TRUE(text.compare(i, 2, "\xC2\xA0") == 0 ||
                            (i > 0 && text.compare(i - 1, 2, "\xC2\xA0") == 0))
                    << "byte " << i << " of: " << text;
            }
        }
    }
}

// The scan skips bytes it does not react to 16 at a time (skip_other): each byte it reacts to
// must be found at any distance from where a skip starts, whether the run before it is ASCII or
// multi-byte UTF-8 and whatever follows it.
std::string repeated(std::string_view unit, int count) {
    std::string out;
    for (int k = 0; k < count; ++k) {
        out += unit;
    }
    return out;
}

TEST(Segmenter, TerminatorAfterARunOfAnyLength) {
    const std::vector<std::string> terminators = {".", "!", "?", "?!", "...", "…", "‽"};
    const std::vector<std::string> units = {"w", "é", "w’", "€"};
    for (int length = 0; length <= 70; ++length) {
        for (const auto& unit : units) {
            for (const auto& terminator : terminators) {
                const std::string first = "Wa" + repeated(unit, length) + terminator;
                for (const std::string second : {"The end came.", "Élan was high."}) {
                    const auto got = segment(first + " " + second);
                    const std::vector<std::string> expected = {first, second};
                    ASSERT_EQ(got, expected) << first << " " << second;
                }
            }
        }
    }
}

TEST(Segmenter, OpeningQuoteAfterARunOfAnyLength) {
    for (int length = 0; length <= 70; ++length) {
        const std::string run = "Wa" + repeated("w", length);
        // The open quotation goes on after "works.": one sentence, but two without the quote.
        for (const std::string open : {"\"", "“"}) {
            const std::string text = run + " wrote " + open + "It works. It is cheap” in his memo.";
            ASSERT_EQ(segment(text).size(), 1u) << text;
        }
        const std::string unquoted = run + " wrote It works. It is cheap in his memo.";
        ASSERT_EQ(segment(unquoted).size(), 2u) << unquoted;
    }
}

TEST(Segmenter, HeadingLineBreakAfterARunOfAnyLength) {
    for (int length = 0; length <= 70; ++length) {
        for (const std::string unit : {"w", "é"}) {
            const std::string heading = "Rutte And H" + repeated(unit, length);
            const auto got = segment(heading + "\nThe prime minister spoke. He left.");
            const std::vector<std::string> expected = {heading, "The prime minister spoke.",
                                                       "He left."};
            ASSERT_EQ(got, expected) << heading;
        }
    }
}

// find_abbreviation skips the search for words longer than the longest abbreviation; the
// longest ones must still be found.
TEST(Segmenter, LongestAbbreviationsAreFound) {
    EXPECT_EQ(segment("Messrs. Smith and Jones agreed.").size(), 1u);
    EXPECT_EQ(segment("It took approx. Ten minutes.").size(), 1u);
    EXPECT_EQ(segment("It took approxi. Ten minutes.").size(), 2u);
}

} // namespace

namespace {

// The seed essay, read as a document: every sentence boundary an editor would draw.
TEST(Segmenter, SeedEssaySentences) {
    const auto doc =
        redraft::document::load(std::string(REDRAFT_SOURCE_DIR) + "/fixtures/rutte/r1.txt",
                                redraft::document::FormatChoice::plain);
    std::vector<std::string> sentences;
    for (const auto& p : doc.paragraphs) {
        for (const auto& s : p.sentences) {
            sentences.emplace_back(p.sentence_text(s));
        }
    }
    EXPECT_EQ(sentences.size(), 92u);
    auto has = [&](std::string_view sentence) {
        return std::find(sentences.begin(), sentences.end(), sentence) != sentences.end();
    };
    EXPECT_TRUE(has("What events have shaped Rutte’s stance on Russia pre-2022?"));
    EXPECT_TRUE(has("How can we interpret his approach to Russia before its full-scale invasion "
                    "of Ukraine?"));
    EXPECT_TRUE(has("He famously likened ideological political vision to “an elephant impeding "
                    "your sight.”"));
    EXPECT_TRUE(has("The attack deeply scarred Dutch society and politics."));
}

TEST(Segmenter, EachRowOfAPipeTableIsSplitOnItsOwn) {
    // A Markdown reader without the table extension gives the table as one paragraph, its rows
    // joined by line breaks: the header keeps its delimiter row, each row is its own sentence,
    // and a row of two sentences gives two.
    const std::string table = "| Year | Event | Response |\n|------|:-----:|---|\n"
                              "| 2014 | MH17 | He demanded justice |\n"
                              "| 2022 | Invasion | He was firm. He armed Kyiv |";
    EXPECT_EQ(segment(table),
              (std::vector<std::string>{"| Year | Event | Response |\n|------|:-----:|---|",
                                        "| 2014 | MH17 | He demanded justice |",
                                        "| 2022 | Invasion | He was firm.", "He armed Kyiv |"}));
    // Without the outer pipes, as GitHub also reads a table.
    EXPECT_EQ(segment("Year | Event\n--- | ---\n2014 | MH17 without end"),
              (std::vector<std::string>{"Year | Event\n--- | ---", "2014 | MH17 without end"}));
}

TEST(Segmenter, PipesWithoutADelimiterRowAreProse) {
    // Line breaks stay white space: no delimiter row under the first line, no table.
    EXPECT_EQ(segment("Rutte said | and then\nhe left | for Brussels."),
              (std::vector<std::string>{"Rutte said | and then\nhe left | for Brussels."}));
    EXPECT_EQ(segment("| one | two |\n| three | four |"),
              (std::vector<std::string>{"| one | two |\n| three | four |"}));
    // A line of dashes alone is no delimiter row.
    EXPECT_EQ(segment("He waited\n---\nand left"),
              (std::vector<std::string>{"He waited\n---\nand left"}));
}

TEST(Segmenter, ATableHeaderIsKnownByItsDelimiterRow) {
    using redraft::segment::is_table_header;
    EXPECT_TRUE(is_table_header("| Year | Event |\n|---|---|"));
    EXPECT_TRUE(is_table_header("Year | Event\n:--- | ---:"));
    EXPECT_FALSE(is_table_header("| 2014 | MH17 |"));
    EXPECT_FALSE(is_table_header("He waited\n---"));
    EXPECT_FALSE(is_table_header("The vote was close -"));
    EXPECT_FALSE(is_table_header(""));
    EXPECT_TRUE(is_table_header("| Year | Event |\n|---|---|  ")); // trailing white space

    using redraft::segment::is_pipe_table;
    EXPECT_TRUE(is_pipe_table("| Year | Event |\n|---|---|\n| 2014 | MH17 |"));
    EXPECT_TRUE(is_pipe_table("| Year | Event |\n|---|---|"));
    EXPECT_FALSE(is_pipe_table("| 2014 | MH17 |\n| 2022 | Invasion |"));
    EXPECT_FALSE(is_pipe_table("Rutte waited.\n---\nThen he left."));
    EXPECT_FALSE(is_pipe_table("| Year | Event |"));
}

} // namespace
