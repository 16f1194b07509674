// WordSet: a flat table hashed by a word's size and its first and last four bytes, so words that
// share those (and so a hash) must still be told apart by their bytes.

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "claims/word_set.hpp"

namespace redraft::claims {
namespace {

TEST(WordSet, HoldsItsWordsAndNoOther) {
    const WordSet set = {"a",        "of", "the", "Dutch", "interpretation", "internalization",
                         "Minister", "É"};
    for (const std::string_view word :
         {"a", "of", "the", "Dutch", "interpretation", "internalization", "Minister", "É"}) {
        EXPECT_TRUE(set.contains(word)) << word;
    }
    // Same size, first and last four bytes as a word of the set: the same hash.
    EXPECT_FALSE(set.contains("inteXXXXXXtion"));
    EXPECT_FALSE(set.contains("inteXXXXXXXtion"));
    for (const std::string_view word :
         {"", "A", "b", "o", "ofs", "th", "The", "Dutc", "Dutchy", "minister", "\xc3", "E"}) {
        EXPECT_FALSE(set.contains(word)) << word;
    }
}

TEST(WordSet, UnionHoldsBoth) {
    const WordSet a = {"Party", "Union"};
    const WordSet b = {"Bank", "Union"};
    const WordSet both(a, b);
    EXPECT_TRUE(both.contains("Party"));
    EXPECT_TRUE(both.contains("Union"));
    EXPECT_TRUE(both.contains("Bank"));
    EXPECT_FALSE(both.contains("Banks"));
}

// same_word compares words of up to sixteen bytes by overlapping loads: for every size, a word
// with any one byte changed, and words of other sizes, it must answer what comparing every byte
// answers.
TEST(WordSet, SameWordComparesEveryByte) {
    std::string text;
    for (int k = 0; k < 40; ++k) {
        text.push_back(static_cast<char>('a' + k % 26));
    }
    for (std::size_t n = 0; n <= 40; ++n) {
        const std::string a = text.substr(0, n);
        std::string b = a; // its own copy: other bytes around it
        EXPECT_TRUE(same_word(a, b)) << n;
        for (std::size_t k = 0; k < n; ++k) {
            for (const char c : {'A', '\0', '\xff'}) {
                b[k] = c;
                EXPECT_EQ(same_word(a, b), a == b) << n << " " << k;
                b[k] = a[k];
            }
        }
        if (n > 0) {
            EXPECT_FALSE(same_word(a, std::string_view(a).substr(0, n - 1))) << n;
            const std::string_view tail = std::string_view(a).substr(1);
            const std::string_view head = std::string_view(a).substr(0, n - 1);
            EXPECT_EQ(same_word(tail, head), tail == head) << n;
        }
    }
}

} // namespace
} // namespace redraft::claims
