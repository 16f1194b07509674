// The tokenizer's fast path (64-byte windows of ASCII prose) against its rules in full, one
// token at a time (tokenize_into_bytewise, the byte-by-byte tokenizer the windows replaced):
// equal tokens for every text, since the diff and the claims analysis both read them.
#include <redraft/text/normalize.hpp>
#include <redraft/text/tokens.hpp>

#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "repository_texts.hpp"

namespace {

using redraft::text::Token;

std::vector<Token> reference(std::string_view text, std::uint32_t offset = 0) {
    std::vector<Token> out;
    redraft::text::tokenize_into_bytewise(text, out, offset);
    return out;
}

std::vector<Token> current(std::string_view text, std::uint32_t offset = 0) {
    std::vector<Token> out;
    redraft::text::tokenize_into(text, out, offset);
    return out;
}

std::string describe(const std::vector<Token>& tokens, std::string_view text,
                     std::uint32_t offset) {
    std::string out;
    for (const auto& t : tokens) {
        out += "[" + std::string(text.substr(t.begin - offset, t.end - t.begin)) + "|" +
               std::to_string(static_cast<int>(t.kind)) + "]";
    }
    return out;
}

// Compares the two on `text` as a view of its own and as a view inside a longer buffer (bytes
// past its end must not count), with an offset.
void expect_same(std::string_view text) {
    for (const std::uint32_t offset : {0u, 7u}) {
        const auto want = reference(text, offset);
        const auto got = current(text, offset);
        bool same = want.size() == got.size();
        for (std::size_t k = 0; same && k < want.size(); ++k) {
            same = want[k].begin == got[k].begin && want[k].end == got[k].end &&
                   want[k].kind == got[k].kind;
        }
        ASSERT_TRUE(same) << "text: \"" << text << "\"\nwant: " << describe(want, text, offset)
                          << "\n got: " << describe(got, text, offset);
    }
}

const std::vector<std::string> kPieces = {
    "a",
    "Z",
    "q",
    "7",
    "0",
    ".",
    ",",
    "'",
    "-",
    "%",
    " ",
    "  ",
    "\n",
    "\t",
    "(",
    ")",
    "\"",
    ":",
    ";",
    "!",
    "?",
    "*",
    "+",
    "/",
    "&",
    "@",
    "[",
    "`",
    "{",
    "~",
    "\x7f",
    "\x01",
    "word",
    "Rutte",
    "2024",
    "1,000",
    "2.5",
    "don't",
    "de-escalatory",
    "\xc3\xa9",         // é
    "e\xcc\x81",        // e + combining acute
    "\xe2\x80\x99",     // ’
    "\xe2\x80\x98",     // ‘
    "\xe2\x80\x9c",     // “
    "\xe2\x80\x9d",     // ”
    "\xe2\x80\x94",     // —
    "\xe2\x80\x90",     // ‐ (hyphen)
    "\xe2\x80\x91",     // ‑ (non-breaking hyphen)
    "\xc2\xa0",         // no-break space
    "\xe2\x80\x89",     // thin space
    "\xd9\xa3",         // Arabic-Indic digit three
    "\xe4\xb8\xad",     // 中
    "\xf0\x9f\x98\x80", // an emoji
    "\xc3",             // a lone lead byte
    "\x80",             // a lone continuation byte
    "\xff",
};

TEST(TokenizeReference, EveryByteAloneAndBetweenWords) {
    for (int b = 1; b < 256; ++b) {
        const std::string byte(1, static_cast<char>(b));
        for (const std::string& around : {std::string("ab"), std::string("12"), std::string()}) {
            expect_same(byte);
            expect_same(around + byte + around);
            expect_same(around + byte);
            expect_same(byte + around);
            expect_same(std::string(60, 'x') + around + byte + around + " tail");
        }
    }
}

// Random texts of the pieces above at every length from short to several windows, so that
// every class of byte falls at every position of a 64-byte window, at its edges and at the
// text's end.
TEST(TokenizeReference, RandomTexts) {
    std::mt19937 random(2026);
    for (int round = 0; round < 100000; ++round) {
        std::string text;
        const auto pieces = random() % (round % 4 == 0 ? 120 : 40);
        const bool mostly_words = round % 3 != 0;
        for (std::size_t k = 0; k < pieces; ++k) {
            if (mostly_words && random() % 3 != 0) {
                text += std::string(1 + random() % 12, static_cast<char>('a' + random() % 26));
                text += random() % 5 == 0 ? ", " : " ";
            } else {
                text += kPieces[random() % kPieces.size()];
            }
        }
        expect_same(text);
        // The same bytes cut short inside a longer buffer.
        if (!text.empty()) {
            expect_same(std::string_view(text).substr(0, random() % text.size()));
            expect_same(std::string_view(text).substr(random() % text.size()));
        }
        if (HasFatalFailure()) {
            return;
        }
    }
}

// Words and numbers that reach and cross the edge of a 64-byte window, at every shift.
TEST(TokenizeReference, TokensAcrossWindowEdges) {
    const std::vector<std::string> tokens = {"abcdefgh",
                                             "1234",
                                             "12.5",
                                             "1,000%",
                                             "50%",
                                             "don't",
                                             "Rutte\xe2\x80\x99s",
                                             "co-op",
                                             "x-\xc3\xa9",
                                             "na\xc3\xafve",
                                             "U.S.",
                                             "7a",
                                             "a7",
                                             "'quoted'",
                                             "--",
                                             "9.",
                                             ".5"};
    for (std::size_t shift = 0; shift < 70; ++shift) {
        for (const auto& token : tokens) {
            for (const std::string& after : {std::string(), std::string(" "), std::string("."),
                                             std::string("x"), std::string("%")}) {
                expect_same(std::string(shift, ' ') + token + after);
                expect_same(std::string(shift, 'w') + token + after + " end");
                expect_same(std::string(shift, '.') + token + after + " " + token);
            }
        }
        expect_same(std::string(shift, 'w') + std::string(130, 'z'));
    }
}

// The connectors the windows join themselves (an apostrophe, curly or straight, or a hyphen
// between a letter or digit and a letter) and their near cases, which go the general way: a
// digit, a byte from 0x80 on, another connector or the text's end after one, one that opens a
// word, a curly mark that is no apostrophe; at every place of a window and across its edge.
TEST(TokenizeReference, JoiningConnectorsAtEveryShift) {
    const std::vector<std::string> tokens = {"don't",
                                             "Rutte\xe2\x80\x99s",
                                             "de-escalatory",
                                             "mother-in-law",
                                             "rock'n'roll",
                                             "2-year",
                                             "a-B",
                                             "a-1",
                                             "a'1",
                                             "a\xe2\x80\x99"
                                             "1",
                                             "1-2",
                                             "a-\xc3\xa9",
                                             "a\xe2\x80\x99\xc3\xa9",
                                             "a--b",
                                             "a-'b",
                                             "a'-b",
                                             "-a",
                                             "'a",
                                             "\xe2\x80\x99"
                                             "a",
                                             "a-",
                                             "a'",
                                             "a\xe2\x80\x99",
                                             "a\xe2\x80\x9d"
                                             "b",
                                             "a\xe2\x80\x98"
                                             "b",
                                             "a\xe2\x80"
                                             "b",
                                             "a.b",
                                             "a-b.c-d",
                                             "x\xe2\x80\x99y\xe2\x80\x99z"};
    for (std::size_t shift = 0; shift < 70; ++shift) {
        for (const auto& token : tokens) {
            for (const std::string& after :
                 {std::string(), std::string(" "), std::string("-"), std::string("x")}) {
                expect_same(std::string(shift, ' ') + token + after);
                expect_same(std::string(shift, 'w') + token + after + " end");
                expect_same(std::string(shift, '.') + token + after + " " + token);
            }
        }
        if (HasFatalFailure()) {
            return;
        }
    }
}

// Every code point of the Basic Multilingual Plane and a sample of the others, alone, inside a
// word and after one (letters, marks, digits and punctuation from 0x80 on go the general way).
TEST(TokenizeReference, EveryCodePoint) {
    for (UChar32 c = 0x80; c <= 0x10FFFF; c += c < 0x10000 ? 1 : 13) {
        if (c >= 0xD800 && c <= 0xDFFF) {
            continue;
        }
        std::string encoded;
        char bytes[4];
        std::int32_t length = 0;
        U8_APPEND_UNSAFE(bytes, length, c);
        encoded.assign(bytes, static_cast<std::size_t>(length));
        expect_same(encoded);
        expect_same("ab" + encoded + "cd 12" + encoded + "-x");
        if (HasFatalFailure()) {
            return;
        }
    }
}

// The repository's own texts: fixtures, documents, sources.
TEST(TokenizeReference, RepositoryTexts) {
    std::size_t files = 0;
    for (const std::string& text :
         redraft::testing::repository_texts({"fixtures", "docs", "data", "tests/e2e"})) {
        expect_same(text);
        // Line by line too, as the analysis reads sentences of a paragraph.
        std::size_t from = 0;
        while (from < text.size()) {
            std::size_t to = text.find('\n', from);
            to = to == std::string::npos ? text.size() : to + 1;
            expect_same(std::string_view(text).substr(from, to - from));
            from = to;
        }
        ++files;
        if (HasFatalFailure()) {
            return;
        }
    }
    EXPECT_GT(files, 10u);
}

} // namespace
