#include "claims/suggest.hpp"

#include <redraft/text/edit_distance.hpp>

#include <algorithm>
#include <numeric>

namespace redraft::claims {

std::string nearest(std::string_view word, const std::vector<std::string>& candidates) {
    const std::size_t allowed = std::max<std::size_t>(1, (word.size() + 2) / 3);
    std::string best;
    std::size_t best_distance = allowed + 1;
    for (const auto& candidate : candidates) {
        const std::size_t distance = text::edit_distance(word, candidate);
        if (distance < best_distance) {
            best_distance = distance;
            best = candidate;
        }
    }
    return best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
    const std::string best = nearest(word, candidates);
    return best.empty() ? std::string() : "; did you mean '" + best + "'?";
}

} // namespace redraft::claims
