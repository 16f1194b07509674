#include <gtest/gtest.h>

#include "report/escape.hpp"

namespace redraft::report {
namespace {

TEST(OneLine, Table) {
    const std::pair<std::string, std::string> cases[] = {
        {"", ""},
        {"a\nb", "a b"},
        {"a\r\nb\tc", "a  b c"},
        {"caf\u00e9", "caf\u00e9"},
    };
    for (const auto& [input, expected] : cases) {
        EXPECT_EQ(one_line(input), expected) << input;
    }
}

TEST(TerminalSafe, Table) {
    const std::pair<std::string, std::string> cases[] = {
        {"plain", "plain"},
        {"line\nbreak", "line break"},
        {"\x1b[31mred", "\uFFFD[31mred"},
        {"bell\a", "bell\uFFFD"},
        {"del\x7f", "del\uFFFD"},
        {"c1\u009bx", "c1\uFFFDx"},
        {"\u201cquoted\u201d", "\u201cquoted\u201d"},
    };
    for (const auto& [input, expected] : cases) {
        EXPECT_EQ(terminal_safe(input), expected) << input;
    }
}

TEST(WordMarkup, Table) {
    using diff::WordOp;
    struct Case {
        WordOp op;
        std::string text;
        bool color;
        std::string expected;
    };
    const Case cases[] = {
        {WordOp::equal, "same ", false, "same "},
        {WordOp::remove, "gone ", false, "[-gone-] "},
        {WordOp::insert, "new", false, "{+new+}"},
        {WordOp::insert, "two words  ", false, "{+two words+}  "},
        {WordOp::remove, "gone ", true, "\x1b[31mgone\x1b[m "},
        {WordOp::insert, "new ", true, "\x1b[32mnew\x1b[m "},
        {WordOp::insert, "wrap\n", false, "{+wrap\u21B5+}"},
        {WordOp::remove, "  ", false, "  "},
        {WordOp::insert, "\x1b", false, "{+\uFFFD+}"},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(word_markup(c.op, c.text, c.color), c.expected) << c.text;
    }
}

TEST(Shorten, Table) {
    EXPECT_EQ(shorten("short", 10), "short");
    EXPECT_EQ(shorten("exactly10!", 10), "exactly10!");
    EXPECT_EQ(shorten("one two three", 8), "one two\u2026");
    EXPECT_EQ(shorten("\u00e9\u00e9\u00e9\u00e9", 2), "\u00e9\u00e9\u2026");
}

} // namespace
} // namespace redraft::report
