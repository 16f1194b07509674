#pragma once
// Levenshtein distance, for every "did you mean" suggestion (commands, config keys, labels).

#include <cstddef>
#include <string_view>

namespace redraft::text {

// The number of single-byte insertions, deletions and substitutions that turn `a` into `b`.
std::size_t edit_distance(std::string_view a, std::string_view b);

} // namespace redraft::text
