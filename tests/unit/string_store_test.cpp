#include <redraft/text/string_store.hpp>

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace redraft::text {
namespace {

// Views stay valid, and equal to what was added, however many strings come after them (past the
// first block) and when the store is moved.
TEST(StringStore, ViewsOutliveGrowthAndMoves) {
    StringStore store(16);
    std::vector<std::string> added;
    std::vector<std::string_view> views;
    for (int i = 0; i < 200; ++i) {
        added.push_back("word" + std::to_string(i) +
                        std::string(static_cast<std::size_t>(i % 7), 'x'));
        views.push_back(store.add(added.back()));
    }
    StringStore moved = std::move(store);
    for (std::size_t i = 0; i < added.size(); ++i) {
        EXPECT_EQ(views[i], added[i]) << i;
    }
    EXPECT_EQ(moved.add("after").size(), 5U);
}

// A block is the caller's estimate, the first allocated with the first string; empty strings
// take nothing, so a paragraph whose cues keep no words allocates nothing. A store that outgrows
// its block takes another of the same size, or of the string's when longer.
TEST(StringStore, AllocatesTheEstimateOnlyWhenAStringComes) {
    StringStore store(80);
    EXPECT_TRUE(store.add("").empty());
    EXPECT_EQ(store.capacity(), 0U);
    EXPECT_EQ(store.add("prudent"), "prudent");
    EXPECT_EQ(store.capacity(), 80U);
    EXPECT_EQ(store.add(std::string(70, 'a')), std::string(70, 'a')); // 77 bytes: fits
    EXPECT_EQ(store.capacity(), 80U);
    EXPECT_EQ(store.add("reckless"), "reckless"); // 85 bytes: a second block
    EXPECT_EQ(store.capacity(), 160U);
    EXPECT_EQ(store.add(std::string(100, 'b')), std::string(100, 'b')); // longer than a block
    EXPECT_EQ(store.capacity(), 260U);
    EXPECT_EQ(StringStore().add("x"), "x"); // no estimate: kMinBlock
}

} // namespace
} // namespace redraft::text
