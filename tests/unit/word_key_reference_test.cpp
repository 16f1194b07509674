// Word keys against the implementation they replaced (kept here verbatim as the reference):
// equal keys for every word, since the lexicon's terms and the text's words meet by them.
#include <redraft/claims/lexicon.hpp>
#include <redraft/text/ascii.hpp>
#include <redraft/text/normalize.hpp>
#include <redraft/text/tokens.hpp>

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "repository_texts.hpp"

namespace {

using namespace redraft;

bool ends_with(std::string_view s, std::string_view suffix) {
    if (s.size() < suffix.size()) {
        return false;
    }
    const std::size_t offset = s.size() - suffix.size();
    for (std::size_t i = 0; i < suffix.size(); ++i) {
        if (s[offset + i] != suffix[i]) {
            return false;
        }
    }
    return true;
}

// Plain suffix stripping, applied alike to the lexicon and the text, so only consistency
// matters: it is not a linguistic stemmer.
void strip_inflection(std::string& out, std::size_t begin) {
    const std::string_view word(out.data() + begin, out.size() - begin);
    // A stem keeps at least four letters, so that a short word never becomes another one:
    // "noted", "notes" and "noting" must not read as "not". A five-letter word in -ed or -es
    // loses only its last letter ("hoped", "votes": "hope", "vote").
    std::size_t cut = 0;
    if (ends_with(word, "ing") && word.size() >= 7) {
        cut = 3;
    } else if ((ends_with(word, "ed") || ends_with(word, "es")) && word.size() >= 6) {
        cut = 2;
    } else if ((ends_with(word, "ed") || ends_with(word, "es")) && word.size() == 5) {
        cut = 1;
    } else if (ends_with(word, "s") && !ends_with(word, "ss") && word.size() >= 4) {
        cut = 1;
    }
    out.resize(out.size() - cut);
    if (out.size() - begin >= 5 && out.back() == 'e') {
        out.pop_back();
    }
}

void reference_word_key(std::string_view word, std::string& out) {
    const std::size_t begin = out.size();
    // Curly quotes and dashes are punctuation tokens of their own: fold them without ICU.
    if (word.size() == 3 && static_cast<unsigned char>(word[0]) == 0xE2 &&
        static_cast<unsigned char>(word[1]) == 0x80) {
        const auto third = static_cast<unsigned char>(word[2]);
        if (third >= 0x90 && third <= 0x95) {
            out.push_back('-');
            return;
        }
        if (third == 0x98 || third == 0x99 || third == 0x9B) {
            out.push_back('\'');
            return;
        }
        if (third == 0x9C || third == 0x9D || third == 0x9F) {
            out.push_back('"');
            return;
        }
    }
    // Fast path: ASCII, where the only non-ASCII character may be a curly apostrophe (U+2019,
    // "Rutte’s"), which normalization turns into a straight one.
    bool simple = true;
    for (std::size_t i = 0; i < word.size() && simple; ++i) {
        const auto c = static_cast<unsigned char>(word[i]);
        if (c >= 0x80) {
            simple = word.substr(i, 3) == "\xe2\x80\x99";
            i += 2;
        }
    }
    if (simple) {
        // Written in place: the key is never longer than the word.
        out.resize(begin + word.size());
        char* write = out.data() + begin;
        for (std::size_t i = 0; i < word.size(); ++i) {
            const char c = word[i];
            if (static_cast<unsigned char>(c) >= 0x80) {
                *write++ = '\'';
                i += 2;
                continue;
            }
            *write++ = text::ascii_lower(c);
        }
        out.resize(static_cast<std::size_t>(write - out.data()));
    } else {
        text::normalize_into(word, out);
    }
    // Possessives: "Rutte's" and "allies'" match "Rutte" and "allies".
    const std::string_view key(out.data() + begin, out.size() - begin);
    if (ends_with(key, "'s") && key.size() > 2) {
        out.resize(out.size() - 2);
    } else if (ends_with(key, "'") && key.size() > 1) {
        out.pop_back();
    }
    strip_inflection(out, begin);
}

void expect_same_key(std::string_view word) {
    std::string want = "prefix";
    reference_word_key(word, want);
    std::string got = "prefix";
    claims::append_word_key(word, got);
    ASSERT_EQ(want, got) << "word: \"" << word << "\"";
}

TEST(WordKeyReference, GeneratedWords) {
    const std::vector<std::string> pieces = {"a",
                                             "b",
                                             "e",
                                             "s",
                                             "d",
                                             "g",
                                             "n",
                                             "i",
                                             "o",
                                             "t",
                                             "A",
                                             "E",
                                             "S",
                                             "D",
                                             "G",
                                             "I",
                                             "N",
                                             "Z",
                                             "7",
                                             "'",
                                             "-",
                                             ".",
                                             ",",
                                             "%",
                                             "ing",
                                             "ed",
                                             "es",
                                             "ss",
                                             "'s",
                                             "e",
                                             "\xe2\x80\x99",
                                             "\xe2\x80\x99s",
                                             "\xc3\xa9",
                                             "\xc3\x89",
                                             "e\xcc\x81",
                                             "\xe2\x80",
                                             "\xef\xac\x81",
                                             "\xc3\x9f",
                                             "\xe2\x80\x94",
                                             "\xe2\x80\x9c"};
    std::mt19937 random(7);
    for (int round = 0; round < 200000; ++round) {
        std::string word;
        const auto count = 1 + random() % (round % 50 == 0 ? 40 : 8);
        for (std::size_t k = 0; k < count; ++k) {
            word += pieces[random() % pieces.size()];
        }
        expect_same_key(word);
        if (HasFatalFailure()) {
            return;
        }
    }
    for (std::size_t n = 1; n < 150; ++n) {
        expect_same_key(std::string(n, 'x') + "ing");
        expect_same_key(std::string(n, 'x') + "\xe2\x80\x99s");
        expect_same_key(std::string(n, 'X') + "\xc3\xa9" + "es");
    }
}

// Words of every size to twenty, with a byte at the edges of 'A' to 'Z' (and one from 0x80 on)
// at every place: append_word_key lowers words of up to sixteen bytes by loads that overlap,
// a byte at a time below four.
TEST(WordKeyReference, EverySizeAndEveryPlaceOfACaseEdge) {
    for (std::size_t size = 1; size <= 20; ++size) {
        for (std::size_t at = 0; at < size; ++at) {
            for (const char edge : {'@', 'A', 'M', 'Z', '[', '`', 'a', 'z', '{', '\x7f', '\xc3'}) {
                std::string word(size, 'k');
                word[at] = edge;
                expect_same_key(word);
                std::string upper(size, 'K');
                upper[at] = edge;
                expect_same_key(upper);
            }
            if (HasFatalFailure()) {
                return;
            }
        }
    }
}

// Every word of the repository's texts (fixtures, documents, the lexicon).
TEST(WordKeyReference, RepositoryWords) {
    std::size_t words = 0;
    for (const std::string& text :
         redraft::testing::repository_texts({"fixtures", "docs", "data"})) {
        for (const auto& token : text::tokenize(text)) {
            expect_same_key(std::string_view(text).substr(token.begin, token.end - token.begin));
            ++words;
        }
        if (HasFatalFailure()) {
            return;
        }
    }
    EXPECT_GT(words, 1000u);
}

} // namespace
