#include <redraft/report/html.hpp>

#include <gtest/gtest.h>

#include "report/escape.hpp"

namespace redraft::report {
namespace {

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
