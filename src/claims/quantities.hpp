#pragma once
// Quantities and dates in a sentence: "298 passengers", "28 of 32", "2 percent", "July 2014",
// "$1.2 billion", "£300m", "2020-21", "03/04/2022", "the 1990s".

#include <redraft/claims/claims.hpp>
#include <redraft/text/tokens.hpp>

#include <cstdint>
#include <string_view>
#include <vector>

namespace redraft::claims {

std::vector<Quantity> find_quantities(std::string_view sentence,
                                      const std::vector<text::Token>& tokens);

// What find_quantities works in, kept by a caller that searches many sentences: no allocation
// per sentence with a digit once it has seen a long one.
struct QuantityScratch {
    std::vector<bool> used;                  // a token is part of a quantity or a footnote marker
    std::vector<std::uint32_t> digit_tokens; // the tokens that start with a digit
};
std::vector<Quantity> find_quantities(std::string_view sentence,
                                      const std::vector<text::Token>& tokens,
                                      QuantityScratch& scratch);

// Whether `sentence` may hold a footnote marker (text::footnote_markers finds none where not):
// find_quantities asks it before it looks for markers. Declared for its tests.
bool may_hold_footnote_marker(std::string_view sentence);

// A whole number written as a word, one to ninety-nine ("three", "Twelve", "twenty-five"), or 0.
// Read by find_quantities before units, and by the comparison of two revisions where a count
// was respelt between digits and words.
int number_word(std::string_view w);

} // namespace redraft::claims
