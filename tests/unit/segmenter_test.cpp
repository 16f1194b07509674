#include <redraft/segment/segmenter.hpp>

#include <gtest/gtest.h>

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
