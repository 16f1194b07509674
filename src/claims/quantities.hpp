#pragma once
// Quantities and dates in a sentence: "298 passengers", "28 of 32", "2 percent", "July 2014",
// "$1.2 billion", "£300m", "2020-21", "03/04/2022", "the 1990s".

#include <redraft/claims/claims.hpp>
#include <redraft/text/tokens.hpp>

#include <string_view>
#include <vector>

namespace redraft::claims {

std::vector<Quantity> find_quantities(std::string_view sentence,
                                      const std::vector<text::Token>& tokens);

} // namespace redraft::claims
