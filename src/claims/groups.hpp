// A "they" that stands for a group of people the text names by a plural noun ("The investors
// were nervous, and they were timid"), not for a subject who goes by "they".
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "claims/sentence_words.hpp"

namespace redraft::claims::detail {

// "they", "them", "their", "theirs", "themselves", in any case.
bool is_plural_pronoun(std::string_view word);

// The token of the plural noun of people that opens the sentence as its subject: "The investors
// who led that round", "Most of the employees", "Three former employees", "Admirers call", or of
// a body of people after its determiner ("The board was asleep at the wheel, and they"). A
// determiner, quantifier or number, then words in lowercase (or a possessive), at most four
// before the noun; none when the sentence opens with a name or anything else.
std::optional<std::uint32_t> opening_group(std::string_view sentence, const Words& words);

} // namespace redraft::claims::detail
