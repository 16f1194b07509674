// StringIds: distinct strings numbered in the order first seen, in a flat table hashed by a
// string's size and first and last four bytes, so strings that share those must still be told
// apart by their bytes.

#include <gtest/gtest.h>

#include <string>

#include "claims/string_ids.hpp"

namespace redraft::claims {
namespace {

TEST(StringIds, NumbersDistinctStringsInOrderFirstSeen) {
    StringIds ids;
    EXPECT_EQ(ids.id("Rutte"), 0u);
    EXPECT_EQ(ids.id("Mark"), 1u);
    EXPECT_EQ(ids.id("Rutte"), 0u);
    EXPECT_EQ(ids.id(""), 2u);
    EXPECT_EQ(ids.id(""), 2u);
    EXPECT_EQ(ids.id("rutte"), 3u);
    // Same size, first and last four bytes: the same hash, another string.
    EXPECT_EQ(ids.id("interpretation"), 4u);
    EXPECT_EQ(ids.id("inteXXXXXXtion"), 5u);
    EXPECT_EQ(ids.id("interpretation"), 4u);
    EXPECT_EQ(ids.size(), 6u);
    EXPECT_EQ(ids.text(0), "Rutte");
    EXPECT_EQ(ids.text(2), "");
    EXPECT_EQ(ids.text(5), "inteXXXXXXtion");
}

TEST(StringIds, KeepsItsOwnCopies) {
    StringIds ids;
    std::string buffer = "von der Leyen";
    EXPECT_EQ(ids.id(buffer), 0u);
    buffer = "de Gaulle";
    EXPECT_EQ(ids.id(buffer), 1u);
    EXPECT_EQ(ids.text(0), "von der Leyen");
    EXPECT_EQ(ids.id("von der Leyen"), 0u);
}

TEST(StringIds, KeepsEveryNumberAcrossGrowth) {
    StringIds ids;
    for (int round = 0; round < 2; ++round) {
        for (std::uint32_t k = 0; k < 5000; ++k) {
            const std::string s = "w" + std::to_string(k) + (k % 2 == 0 ? "" : "x");
            ASSERT_EQ(ids.id(s), k) << s;
        }
    }
    EXPECT_EQ(ids.size(), 5000u);
    EXPECT_EQ(ids.text(4999), "w4999x");
}

} // namespace
} // namespace redraft::claims
