#include <redraft/text/ascii.hpp>
#include <redraft/text/normalize.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <utility>

namespace {

using redraft::text::normalize;

// bytes_between marks exactly the bytes in its range, whatever the other seven bytes hold
// (bytes from 0x80 on carry into no neighbour and are in no ASCII range).
TEST(AsciiBytes, BetweenMarksEveryByteValueInEveryPlace) {
    for (const auto& [lo, hi] :
         {std::pair{'0', '9'}, std::pair{'A', 'Z'}, std::pair{'\x01', '\x7f'}}) {
        for (unsigned value = 0; value < 256; ++value) {
            for (const std::uint64_t others :
                 {0x0ULL, 0xFFFFFFFFFFFFFFFFULL, 0x3941805A7F30C040ULL}) {
                for (unsigned place = 0; place < 8; ++place) {
                    std::uint64_t word = others & ~(0xFFULL << (8 * place));
                    word |= static_cast<std::uint64_t>(value) << (8 * place);
                    const bool inside = value >= static_cast<unsigned char>(lo) &&
                                        value <= static_cast<unsigned char>(hi);
                    EXPECT_EQ((redraft::text::bytes_between(word, lo, hi) >> (8 * place + 7)) & 1,
                              inside ? 1u : 0u)
                        << value << " at " << place;
                }
            }
        }
    }
}

// Eight bytes at a time: every length and offset
// gives what folding each byte alone gives; bytes from 0x80 on and '@', '[' stay as they are.
TEST(AsciiLowercase, FoldsEveryByteAsAlone) {
    const std::string text = "AZaz@[`{ Rutte\xE2\x80\x99S \xC3\x89LAN Over The EIGHT-BYTE Mark";
    for (std::size_t from = 0; from < text.size(); ++from) {
        for (std::size_t size = 0; from + size <= text.size(); ++size) {
            const std::string_view part = std::string_view(text).substr(from, size);
            std::string expected;
            for (const char c : part) {
                expected.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
            }
            ASSERT_EQ(redraft::text::ascii_lowercase(part), expected) << from << " " << size;
        }
    }
}

// Every byte value at every place of texts up to three 16-byte steps long.
TEST(AsciiLowercase, FoldsEveryByteValueAtEveryPlace) {
    for (std::size_t size = 1; size <= 50; ++size) {
        for (std::size_t place = 0; place < size; ++place) {
            for (int value = 0; value < 256; ++value) {
                std::string text(size, 'Q');
                text[place] = static_cast<char>(value);
                std::string expected;
                for (const char c : text) {
                    expected.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
                }
                ASSERT_EQ(redraft::text::ascii_lowercase(text), expected)
                    << size << " " << place << " " << value;
            }
        }
    }
}

TEST(Normalize, FoldsCaseAndWhiteSpace) {
    EXPECT_EQ(normalize("  Mark   RUTTE\n was\tthere  "), "mark rutte was there");
}

TEST(Normalize, FoldsQuotesAndDashes) {
    EXPECT_EQ(normalize("Rutte\xE2\x80\x99s \xE2\x80\x9C"
                        "calm\xE2\x80\x9D \xE2\x80\x93 yes"),
              "rutte's \"calm\" - yes");
    EXPECT_EQ(normalize("a\xE2\x80\x94"
                        "b\xE2\x88\x92"
                        "c"),
              "a-b-c");
}

TEST(Normalize, NonBreakingSpacesAreSpaces) {
    EXPECT_EQ(normalize("10\xC2\xA0percent \xE2\x80\xAF x"), "10 percent x");
}

TEST(Normalize, ComposesAndFoldsNonAscii) {
    // "Orbán" with a combining acute accent equals the precomposed form, in any case.
    EXPECT_EQ(normalize("ORBA\xCC\x81N"), normalize("Orb\xC3\xA1n"));
    EXPECT_EQ(normalize("Stra\xC3\x9F"
                        "e"),
              "strasse");
}

TEST(Normalize, EllipsisCharacterEqualsThreeDots) {
    EXPECT_EQ(normalize("wait\xE2\x80\xA6"), "wait...");
}

TEST(Normalize, ReflowedParagraphCompareEqual) {
    EXPECT_EQ(normalize("Rutte remained notably\nstoic and diplomatic."),
              normalize("Rutte  remained notably stoic\r\nand diplomatic."));
}

} // namespace

namespace {

// check_text refuses invalid UTF-8 in documents, but normalize() takes any bytes: each invalid
// sequence becomes U+FFFD, like ICU's conversion.
TEST(Normalize, InvalidBytesBecomeReplacementCharacters) {
    EXPECT_EQ(redraft::text::normalize("A\xFF  B\xE2\x80"), "a\xEF\xBF\xBD b\xEF\xBF\xBD");
}

TEST(Normalize, AppendsAfterExistingText) {
    std::string out = "kept|";
    redraft::text::normalize_into("  Two  Words ", out);
    EXPECT_EQ(out, "kept|two words");
}

// The rule for ASCII text, written plainly: white space runs become one space, none at the ends,
// letters lower-cased. normalize() takes eight bytes at a time where it can.
std::string ascii_reference(std::string_view text) {
    std::string out;
    bool pending = false;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            pending = !out.empty();
            continue;
        }
        if (pending) {
            out += ' ';
            pending = false;
        }
        out += c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
    }
    return out;
}

TEST(Normalize, AsciiMatchesThePlainRuleOnRandomText) {
    const std::string alphabet = "aZ. ,  \t\n\r\x01\x7fMq9'-\"";
    std::mt19937 random(7);
    for (int round = 0; round < 20000; ++round) {
        std::string text;
        const auto length = random() % 40;
        for (std::size_t k = 0; k < length; ++k) {
            text += alphabet[random() % alphabet.size()];
        }
        ASSERT_EQ(normalize(text), ascii_reference(text)) << text;
    }
}

} // namespace
