#include <redraft/text/tokens.hpp>

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace {

using redraft::text::TokenKind;

std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& t : redraft::text::tokenize(text)) {
        out.emplace_back(text.substr(t.begin, t.end - t.begin));
    }
    return out;
}

TEST(Tokenize, WordsKeepInnerApostrophesAndHyphens) {
    EXPECT_EQ(words("Rutte's de-escalatory stance"),
              (std::vector<std::string>{"Rutte's", "de-escalatory", "stance"}));
    EXPECT_EQ(words("Rutte\xE2\x80\x99s"), (std::vector<std::string>{"Rutte\xE2\x80\x99s"}));
}

// An apostrophe or hyphen joins a word only to a letter after it; the rest are tokens of their
// own (the windows' fast path reads the first, the general path the others).
TEST(Tokenize, ConnectorsJoinOnlyBeforeALetter) {
    EXPECT_EQ(
        words("the 2-year plan of Rutte\xE2\x80\x99s co-op"),
        (std::vector<std::string>{"the", "2-year", "plan", "of", "Rutte\xE2\x80\x99s", "co-op"}));
    EXPECT_EQ(words("a-1 b'2 c\xE2\x80\x99"
                    "3 d- e' f\xE2\x80\x99 g--h"),
              (std::vector<std::string>{"a", "-", "1", "b", "'", "2", "c", "\xE2\x80\x99", "3", "d",
                                        "-", "e", "'", "f", "\xE2\x80\x99", "g", "-", "-", "h"}));
    EXPECT_EQ(redraft::text::tokenize("2-year")[0].kind, TokenKind::word);
}

TEST(Tokenize, NumbersKeepSeparatorsAndPercent) {
    EXPECT_EQ(words("2.5 and 1,000 in 2024, 2% (5%)."),
              (std::vector<std::string>{"2.5", "and", "1,000", "in", "2024", ",", "2%", "(", "5%",
                                        ")", "."}));
    const auto tokens = redraft::text::tokenize("196 Dutch");
    EXPECT_EQ(tokens[0].kind, TokenKind::number);
    EXPECT_EQ(tokens[1].kind, TokenKind::word);
}

TEST(Tokenize, PunctuationIsOneTokenEach) {
    const auto tokens = redraft::text::tokenize("end.\xE2\x80\x9D");
    ASSERT_EQ(tokens.size(), 3u);
    EXPECT_EQ(tokens[1].kind, TokenKind::punctuation);
    EXPECT_EQ(tokens[2].end - tokens[2].begin, 3u);
}

TEST(Tokenize, CombiningMarksStayInTheWord) {
    EXPECT_EQ(words("Orba\xCC\x81n said"), (std::vector<std::string>{"Orba\xCC\x81n", "said"}));
}

// A word ends at its last letter whatever its length, also at the end of a view whose buffer
// goes on with letters (the word scan tests eight bytes at a time where eight remain).
TEST(Tokenize, WordsOfAnyLengthEndAtTheirLastLetter) {
    for (std::size_t n = 1; n <= 20; ++n) {
        const std::string word(n, 'k');
        EXPECT_EQ(words("a " + word + ". b"), (std::vector<std::string>{"a", word, ".", "b"})) << n;
        const std::string buffer = "a " + word + "zzzzzzzzz";
        EXPECT_EQ(words(std::string_view(buffer).substr(0, 2 + n)),
                  (std::vector<std::string>{"a", word}))
            << n;
    }
}

TEST(Tokenize, OffsetShiftsSpans) {
    std::vector<redraft::text::Token> out;
    redraft::text::tokenize_into("ab cd", out, 10);
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[1].begin, 13u);
}

TEST(Interner, GivesDenseStableIds) {
    redraft::text::Interner interner;
    EXPECT_EQ(interner.intern("rutte"), 0u);
    EXPECT_EQ(interner.intern("nato"), 1u);
    EXPECT_EQ(interner.intern("rutte"), 0u);
    EXPECT_EQ(interner.find("nato"), 1u);
    EXPECT_EQ(interner.find("putin"), redraft::text::Interner::none());
    EXPECT_EQ(interner.text(1), "nato");
}

TEST(ComparisonKey, ExactKeepsBytes) {
    EXPECT_EQ(redraft::text::comparison_key("A  b", redraft::text::Comparison::exact), "A  b");
    EXPECT_EQ(redraft::text::comparison_key("A  b", redraft::text::Comparison::normalized), "a b");
}

// Mixed ASCII and non-ASCII text tokenizes the same whole and in pieces cut at white space (the
// ASCII fast path and the general path agree at every boundary), and every token is what the
// rules say: words, numbers or one punctuation character.
TEST(Tokenize, RandomTextKeepsTheRules) {
    const std::vector<std::string> pieces = {"a",
                                             "Z",
                                             "7",
                                             ".",
                                             ",",
                                             "'",
                                             "-",
                                             "%",
                                             " ",
                                             "\n",
                                             "\xc3\xa9",
                                             "\xe2\x80\x99",
                                             "\xe2\x80\x94",
                                             "\xc2\xa0"};
    std::mt19937 random(11);
    for (int round = 0; round < 5000; ++round) {
        std::string text;
        const auto length = random() % 30;
        for (std::size_t k = 0; k < length; ++k) {
            text += pieces[random() % pieces.size()];
        }
        std::vector<redraft::text::Token> whole = redraft::text::tokenize(text);
        std::vector<redraft::text::Token> joined;
        std::size_t from = 0;
        while (from < text.size()) {
            std::size_t to = text.find(' ', from);
            to = to == std::string::npos ? text.size() : to + 1;
            redraft::text::tokenize_into(std::string_view(text).substr(from, to - from), joined,
                                         static_cast<std::uint32_t>(from));
            from = to;
        }
        ASSERT_EQ(whole.size(), joined.size()) << text;
        for (std::size_t k = 0; k < whole.size(); ++k) {
            EXPECT_EQ(whole[k].begin, joined[k].begin) << text;
            EXPECT_EQ(whole[k].end, joined[k].end) << text;
            EXPECT_EQ(whole[k].kind, joined[k].kind) << text;
        }
    }
}

} // namespace
