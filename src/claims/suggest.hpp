#pragma once
// "Did you mean" for configuration and lexicon errors.

#include <string>
#include <string_view>
#include <vector>

namespace redraft::claims {

// The candidate closest to `word` when it is close enough to be a plausible typo (at most a
// third of its length, and at least 1 edit allowed), else empty.
std::string nearest(std::string_view word, const std::vector<std::string>& candidates);

// "; did you mean 'x'?" or empty.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

} // namespace redraft::claims
