#include <redraft/claims/lexicon.hpp>
#include <redraft/text/ascii.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <random>
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

std::uint32_t first_four(std::string_view bytes) {
    std::uint32_t prefix = 0;
    std::memcpy(&prefix, bytes.data(), 4);
    return prefix;
}

// Every key of four bytes or more lets its first four through, whatever was added after it; of
// the prefixes no key begins with, few pass (the bits are a filter, not a set), and a key of
// three bytes adds none.
TEST(WordStarts, LongKeysLetTheirFirstFourBytesThrough) {
    WordStarts starts;
    std::vector<std::string> keys;
    for (std::uint32_t i = 0; i < 2000; ++i) {
        keys.push_back("k" + std::to_string(1000 + i) + (i % 2 == 0 ? "ing" : ""));
        starts.add_terms(keys.back(), std::vector<StartingTerm>(1, StartingTerm{i, 0, 0, 0}));
    }
    starts.add_terms("abc", std::vector<StartingTerm>(1, StartingTerm{0, 0, 0, 0}));
    for (const auto& key : keys) {
        EXPECT_TRUE(starts.may_begin_long_key(first_four(key))) << key;
    }
    std::size_t passed = 0;
    std::mt19937 random(19);
    for (int n = 0; n < 1000; ++n) {
        std::string other(4, 'a');
        for (char& c : other) {
            c = static_cast<char>('a' + random() % 26); // keys begin with 'k' and a digit
        }
        passed += starts.may_begin_long_key(first_four(other)) ? 1 : 0;
    }
    EXPECT_LT(passed, 50u);
    EXPECT_FALSE(WordStarts().may_begin_long_key(first_four("abcd")));
}

// What Words::learn relies on to skip a word's key: a word whose first eight bytes are ASCII
// letters or hyphens has a key of four bytes or more, which begins with them in lower case,
// whatever follows them; a shorter word need not ("Dogs's" is "dog").
TEST(WordStarts, AWordOfEightLettersHasAKeyThatBeginsWithItsFirstFour) {
    const std::vector<std::string> tails = {
        "",     "s", "'s", "\xe2\x80\x99s", "'",         "es", "ed", "ing",
        "ings", "e", "ss", "\xc3\xa9",      "e\xcc\x81", "-",  "7",  "\xc2\xad"};
    std::mt19937 random(8);
    for (int n = 0; n < 20000; ++n) {
        std::string word;
        for (int k = 0; k < 8; ++k) {
            const auto pick = random() % 60;
            word += pick < 26   ? static_cast<char>('a' + pick)
                    : pick < 52 ? static_cast<char>('A' + pick - 26)
                                : "-sei"[pick % 4];
        }
        word += tails[random() % tails.size()];
        if (random() % 2 == 0) {
            word += tails[random() % tails.size()];
        }
        const std::string key = word_key(word);
        ASSERT_GE(key.size(), 4u) << word;
        EXPECT_EQ(key.substr(0, 4), text::ascii_lowercase(word.substr(0, 4))) << word;
    }
    EXPECT_EQ(word_key("Dogs's"), "dog");
}

// A word that starts many terms offers, for each letter its next word may start with, exactly
// the terms the cue search's test of second initials lets through, in their order: those of that
// second initial and those of none (no second word, or a wildcard), never one of another initial,
// a digit or a byte from 0x80 on. A word with fewer terms has no index, and adding terms drops it.
TEST(WordStarts, TheTermsByInitialAreThoseTheSecondInitialAllows) {
    const std::vector<char> initials = {'a',    'a', '\0', 'z', 'q',  '\0', '9',
                                        '\xc3', 'm', 'm',  'b', '\0', 'a'};
    std::vector<StartingTerm> many;
    for (std::uint32_t i = 0; i < initials.size(); ++i) {
        many.push_back({i, i % 3, 0, initials[i]});
    }
    WordStarts starts;
    starts.add_terms("in", many);
    starts.add_terms("few", std::vector<StartingTerm>(3, StartingTerm{99, 0, 0, 'a'}));
    starts.index_by_initial(4);
    const WordStart* in = starts.find("in");
    ASSERT_NE(in, nullptr);
    ASSERT_NE(in->terms_by_initial, nullptr);
    for (char c = 'a'; c <= 'z'; ++c) {
        std::vector<std::uint32_t> expected;
        for (const StartingTerm& term : in->terms) {
            if (term.second_initial == 0 || term.second_initial == c) {
                expected.push_back(term.entry);
            }
        }
        std::vector<std::uint32_t> offered;
        for (const StartingTerm& term : in->terms_by_initial[c - 'a']) {
            offered.push_back(term.entry);
            EXPECT_EQ(term.lane, term.entry % 3);
        }
        EXPECT_EQ(offered, expected) << c;
    }
    EXPECT_EQ(starts.find("few")->terms_by_initial, nullptr);
    starts.add_terms("no", many);
    EXPECT_EQ(starts.find("in")->terms_by_initial, nullptr);
}

} // namespace
} // namespace redraft::claims
