// Regression tests for the quantity reader on input the fuzzers found.
#include <redraft/text/tokens.hpp>

#include <gtest/gtest.h>

#include <string>

#include "claims/quantities.hpp"

namespace redraft::claims {
namespace {

std::vector<Quantity> quantities_in(const std::string& sentence) {
    return find_quantities(sentence, text::tokenize(sentence));
}

// fuzz_assess: an ordinal with twenty digits overflowed a signed long (UBSan) before its length
// was checked. Under the sanitizers the overflow itself fails the test.
TEST(Quantities, AVeryLongOrdinalIsNoDay) {
    const auto found = quantities_in("He met Putin on the 33333333333333333333th of May 2014.");
    for (const auto& q : found) {
        EXPECT_EQ(q.text.find("33333333333333333333th"), std::string::npos) << q.text;
    }
}

} // namespace
} // namespace redraft::claims
