#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claims/word_starts.hpp"

namespace redraft::claims {
namespace {

// The table is sized once for the keys and terms an analyzer will add, and still grows past that
// (the terms of every key move then): every key finds what was added for it, and a key never
// added finds nothing.
TEST(WordStarts, EveryKeyFindsItsTermsWhetherReservedOrGrown) {
    for (const std::size_t reserved : {std::size_t{0}, std::size_t{10}, std::size_t{3000}}) {
        WordStarts starts;
        starts.reserve(reserved, reserved); // too few: the terms move as they grow
        const std::vector<Analyzer::Pattern> patterns(1);
        for (std::uint32_t i = 0; i < 2000; ++i) {
            const std::vector<StartingTerm> terms(1 + i % 3, StartingTerm{i, 0, 0, 'x'});
            starts.add_terms("k" + std::to_string(i), terms);
        }
        starts.add_patterns("k5", patterns);
        starts.add_patterns("p", patterns);
        for (std::uint32_t i = 0; i < 2000; ++i) {
            const WordStart* found = starts.find("k" + std::to_string(i));
            ASSERT_NE(found, nullptr) << i;
            ASSERT_EQ(found->terms.size(), 1 + i % 3);
            for (const StartingTerm& term : found->terms) {
                EXPECT_EQ(term.entry, i);
            }
            EXPECT_EQ(found->patterns, i == 5 ? &patterns : nullptr);
        }
        ASSERT_NE(starts.find("p"), nullptr);
        EXPECT_TRUE(starts.find("p")->terms.empty());
        EXPECT_EQ(starts.find("k2000"), nullptr);
        EXPECT_EQ(starts.find(""), nullptr);
    }
}

} // namespace
} // namespace redraft::claims
