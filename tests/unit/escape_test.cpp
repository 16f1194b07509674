#include <redraft/report/html.hpp>

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
        // Bytes of no valid UTF-8 sequence (a stored commit message may hold them): a lone 0x9B
        // is CSI to a terminal reading 8-bit controls.
        {"raw\x9b"
         "2Jx",
         "raw\uFFFD"
         "2Jx"},
        {"cut \xE2\x80", "cut \uFFFD"},
        {"latin1 caf\xE9!", "latin1 caf\uFFFD!"},
        {"\U0001F600 ok", "\U0001F600 ok"},
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
        // White space alone that one side has: the words around it show the change.
        {WordOp::remove, "  ", false, ""},
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

struct Case {
    std::string_view input, expected;
};

TEST(Escape, Markdown) {
    const Case cases[] = {
        {"plain words, stay.", "plain words, stay."},
        {"# Heading", "\\# Heading"},
        {"- item", "\\- item"},
        {"+ item", "\\+ item"},
        {"= underline", "\\= underline"},
        {"1. first", "1\\. first"},
        {"2014) year", "2014\\) year"},
        {"in 2014. Then", "in 2014. Then"},
        {"a - b", "a - b"},
        {"*emphasis* and _this_", "\\*emphasis\\* and \\_this\\_"},
        {"**strong**", "\\*\\*strong\\*\\*"},
        {"~~struck~~", "\\~\\~struck\\~\\~"},
        {"a | b | c", "a \\| b \\| c"},
        {"`code`", "\\`code\\`"},
        {"<script>alert(1)</script>", "\\<script>alert(1)\\</script>"},
        {"> quote", "\\> quote"},
        {"a -> b", "a -> b"},
        {"[link](http://x)", "\\[link\\](http://x)"},
        {"back\\slash", "back\\\\slash"},
        {"AT&T &amp;", "AT\\&T \\&amp;"},
        {"@rutte #12 $5", "\\@rutte \\#12 \\$5"},
        {"", ""},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(markdown_escape(c.input), c.expected) << c.input;
    }
}

TEST(Escape, Critic) {
    const std::string z = "\xE2\x80\x8B";
    const Case cases[] = {
        {"no markup {here}", "no markup {here}"},
        {"a-b ~ c", "a-b ~ c"},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(critic_escape(c.input), c.expected) << c.input;
    }
    EXPECT_EQ(critic_escape("{++x++}"), "{" + z + "++x++" + z + "}");
    EXPECT_EQ(critic_escape("{--x--}"), "{" + z + "--x--" + z + "}");
    EXPECT_EQ(critic_escape("{~~a~>b~~}"), "{" + z + "~~a~" + z + ">b~~" + z + "}");
    EXPECT_EQ(critic_escape("{>>c<<}"), "{" + z + ">>c<<" + z + "}");
    EXPECT_EQ(critic_escape("{==h==}"), "{" + z + "==h==" + z + "}");
}

TEST(Escape, Html) {
    const Case cases[] = {
        {"plain", "plain"},
        {"a & b", "a &amp; b"},
        {"<script>", "&lt;script&gt;"},
        {"\"quoted\" 'single'", "&quot;quoted&quot; &#39;single&#39;"},
        {"&amp;", "&amp;amp;"},
        {"caf\xC3\xA9", "caf\xC3\xA9"},
        {"\" onmouseover=\"x", "&quot; onmouseover=&quot;x"},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(html_escape(c.input), c.expected) << c.input;
    }
}

TEST(Escape, Href) {
    const Case cases[] = {
        {"https://example.org/a?b=1&c=2", "https://example.org/a?b=1&amp;c=2"},
        {"http://example.org", "http://example.org"},
        {"mailto:ed@example.org", "mailto:ed@example.org"},
        {"#n3-1", "#n3-1"},
        {"notes/page.html", "notes/page.html"},
        {"javascript:alert(1)", "#"},
        {"JavaScript:alert(1)", "#"},
        {" javascript:alert(1)", "#"},
        {"java\tscript:alert(1)", "#"},
        {"java\nscript:alert(1)", "#"},
        {"data:text/html,<script>", "#"},
        {"vbscript:x", "#"},
        {"\"><script>", "&quot;&gt;&lt;script&gt;"},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(safe_href(c.input), c.expected) << c.input;
    }
}

} // namespace
} // namespace redraft::report
