// WordSet: a flat table hashed by a word's size and its first and last four bytes, so words that
// share those (and so a hash) must still be told apart by their bytes.

#include <gtest/gtest.h>

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

} // namespace
} // namespace redraft::claims
