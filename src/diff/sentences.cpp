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
    const std::size_t exact_count = out.size();
    if (!old_items.empty() && !new_items.empty()) {
        // Pairs across gaps are kept at the lower threshold here: whether they are moves is
        // settled below, over all matches.
        const PairingThresholds lenient{thresholds.pair,
                                        std::min(thresholds.pair, thresholds.move)};
        const auto candidates = find_candidates(old_items, new_items, weights, candidate_options);
        for (const Pair& p : pair_by_similarity(old_items, new_items, candidates, lenient)) {
            out.push_back({old_items[p.old_item].position, new_items[p.new_item].position,
                           p.similarity, p.moved});
        }
    }
    // The fewest moves over equal and similar matches alike: a sentence moved up past two edited
    // ones is the one moved. A match whose label changes needs the threshold of its new label.
    std::vector<Placed> placed;
    placed.reserve(out.size());
    for (std::size_t k = 0; k < out.size(); ++k) {
        placed.push_back({out[k].old_index, out[k].new_index, k < exact_count});
    }
    const std::vector<bool> in_order = settle_order(placed);
    std::vector<SequenceMatch> settled;
    settled.reserve(out.size());
    for (std::size_t k = 0; k < out.size(); ++k) {
        SequenceMatch m = out[k];
        const bool was_moved = m.moved;
        m.moved = !in_order[k];
        if (m.moved ? m.similarity >= thresholds.move
                    : (!was_moved || m.similarity >= thresholds.pair)) {
            settled.push_back(m);
        }
    }
    std::sort(settled.begin(), settled.end(), [](const SequenceMatch& a, const SequenceMatch& b) {
        return a.new_index < b.new_index;
    });
    return settled;
}

} // namespace redraft::diff::detail
