// Step 4: sentences inside aligned paragraphs, aligned the way paragraphs are.

#include <algorithm>

#include "diff/align.hpp"

namespace redraft::diff::detail {

std::vector<SequenceMatch> align_sequence(std::span<const std::uint64_t> old_keys,
                                          std::span<const std::uint64_t> new_keys,
                                          ProfileSource& profiles, const Weights& weights,
                                          const PairingThresholds& thresholds,
                                          const CandidateOptions& candidate_options) {
    const ExactAlignment exact = match_exact(old_keys, new_keys);
    std::vector<SequenceMatch> out;
    for (std::uint32_t n = 0; n < new_keys.size(); ++n) {
        if (exact.new_to_old[n] != kNone) {
            out.push_back({exact.new_to_old[n], n, 1.0, exact.new_moved[n]});
        }
    }
    const Gaps gaps = gaps_between_anchors(exact);
    std::vector<Item> old_items;
    std::vector<Item> new_items;
    for (std::uint32_t o = 0; o < old_keys.size(); ++o) {
        if (exact.old_to_new[o] == kNone) {
            old_items.push_back({&profiles.old_profile(o), o, gaps.old_gap[o]});
        }
    }
    for (std::uint32_t n = 0; n < new_keys.size(); ++n) {
        if (exact.new_to_old[n] == kNone) {
            new_items.push_back({&profiles.new_profile(n), n, gaps.new_gap[n]});
        }
    }
    if (!old_items.empty() && !new_items.empty()) {
        const auto candidates = find_candidates(old_items, new_items, weights, candidate_options);
        for (const Pair& p : pair_by_similarity(old_items, new_items, candidates, thresholds)) {
            out.push_back({old_items[p.old_item].position, new_items[p.new_item].position,
                           p.similarity, p.moved});
        }
    }
    std::sort(out.begin(), out.end(), [](const SequenceMatch& a, const SequenceMatch& b) {
        return a.new_index < b.new_index;
    });
    return out;
}

} // namespace redraft::diff::detail
