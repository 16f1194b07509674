// Step 3: splits and merges, found as one item spread over consecutive items of the other side.

#include <algorithm>

#include "diff/align.hpp"

namespace redraft::diff::detail {
namespace {

// Weighted overlap of `whole` with the union (sum of counts) of `parts`.
double overlap_with_union(const Profile& whole, std::span<const Item> parts,
                          std::span<const std::uint32_t> run, const Weights& weights) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> merged;
    for (std::uint32_t p : run) {
        const auto& counts = parts[p].profile->counts;
        merged.insert(merged.end(), counts.begin(), counts.end());
    }
    std::sort(merged.begin(), merged.end());
    Profile joined;
    for (const auto& [token, count] : merged) {
        if (!joined.counts.empty() && joined.counts.back().first == token) {
            joined.counts.back().second += count;
        } else {
            joined.counts.emplace_back(token, count);
        }
    }
    return weighted_overlap(whole, joined, weights);
}

} // namespace

std::vector<Spread> find_spreads(std::span<const Item> wholes, std::span<const Item> parts,
                                 std::span<const Candidate> candidates, bool candidates_swapped,
                                 const Weights& weights, double coverage) {
    // Parts that take most of their weight from one whole, grouped by that whole.
    struct Piece {
        std::uint32_t part;
        double containment;
    };
    std::vector<std::vector<Piece>> pieces(wholes.size());
    // A heading whose words stand in a prose paragraph is part of its split or merge only when
    // no heading on the other side could be its counterpart: "## Waiting lists" is the edited
    // "## Waiting times", not a piece of the paragraph about waiting lists before it.
    std::vector<bool> heading_has_counterpart(parts.size(), false);
    for (const Candidate& c : candidates) {
        const std::uint32_t whole = candidates_swapped ? c.new_item : c.old_item;
        const std::uint32_t part = candidates_swapped ? c.old_item : c.new_item;
        if (parts[part].heading && wholes[whole].heading) {
            heading_has_counterpart[part] = true;
        }
    }
    for (const Candidate& c : candidates) {
        const std::uint32_t whole = candidates_swapped ? c.new_item : c.old_item;
        const std::uint32_t part = candidates_swapped ? c.old_item : c.new_item;
        const double weight = parts[part].profile->weight;
        const double containment = weight > 0 ? c.overlap / weight : 0;
        const bool counterpart_elsewhere =
            parts[part].heading && !wholes[whole].heading && heading_has_counterpart[part];
        if (containment >= coverage && wholes[whole].profile->weight > 0 &&
            !counterpart_elsewhere) {
            pieces[whole].push_back({part, std::min(1.0, containment)});
        }
    }
    std::vector<Spread> found;
    for (std::uint32_t w = 0; w < wholes.size(); ++w) {
        auto& list = pieces[w];
        if (list.size() < 2) {
            continue;
        }
        std::sort(list.begin(), list.end(), [&](const Piece& a, const Piece& b) {
            return parts[a.part].position < parts[b.part].position;
        });
        Spread best;
        for (std::size_t i = 0; i < list.size();) {
            std::size_t j = i + 1;
            while (j < list.size() &&
                   parts[list[j].part].position == parts[list[j - 1].part].position + 1) {
                ++j;
            }
            if (j - i >= 2) {
                std::vector<std::uint32_t> run;
                double least = 1.0;
                for (std::size_t k = i; k < j; ++k) {
                    run.push_back(list[k].part);
                    least = std::min(least, list[k].containment);
                }
                const double covered =
                    std::min(1.0, overlap_with_union(*wholes[w].profile, parts, run, weights) /
                                      wholes[w].profile->weight);
                if (covered >= coverage && covered > best.coverage) {
                    best = {w, std::move(run), covered, std::min(covered, least)};
                }
            }
            i = j;
        }
        if (!best.parts.empty()) {
            found.push_back(std::move(best));
        }
    }
    // Most certain first; a part belongs to one spread only.
    std::sort(found.begin(), found.end(), [](const Spread& a, const Spread& b) {
        return a.confidence != b.confidence ? a.confidence > b.confidence : a.whole < b.whole;
    });
    std::vector<bool> used(parts.size(), false);
    std::vector<Spread> out;
    for (Spread& s : found) {
        if (std::none_of(s.parts.begin(), s.parts.end(),
                         [&](std::uint32_t p) { return used[p]; })) {
            for (std::uint32_t p : s.parts) {
                used[p] = true;
            }
            out.push_back(std::move(s));
        }
    }
    std::sort(out.begin(), out.end(),
              [](const Spread& a, const Spread& b) { return a.whole < b.whole; });
    return out;
}

} // namespace redraft::diff::detail
