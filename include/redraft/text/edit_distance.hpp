#pragma once
// Levenshtein distance, for every "did you mean" suggestion (commands, config keys, labels).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace redraft::text {

// The number of insertions, deletions and substitutions of characters (code points, not bytes:
// "e" for "ễ" is one) that turn `a` into `b`.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word` when it is close enough to be a plausible typo (at most a
// third of its length, and at least 1 edit allowed), else empty. With none that close, a word of
// three characters or more may be an abbreviation: the one candidate that starts with it, or
// whose opening is that close to it ("fav" and "favr" for "favorability"; none when two are).
std::string nearest(std::string_view word, const std::vector<std::string>& candidates);

// "; did you mean 'x'?" or empty.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

} // namespace redraft::text
