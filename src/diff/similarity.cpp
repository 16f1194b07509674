// Step 2: pairing by similarity of rarity-weighted token multisets, through an inverted index.

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "diff/align.hpp"

namespace redraft::diff::detail {

Profile make_profile(std::span<const std::uint32_t> token_ids) {
    std::vector<std::uint32_t> sorted(token_ids.begin(), token_ids.end());
    std::sort(sorted.begin(), sorted.end());
    Profile profile;
    for (std::size_t i = 0; i < sorted.size();) {
        std::size_t j = i;
        while (j < sorted.size() && sorted[j] == sorted[i]) {
            ++j;
        }
        profile.counts.emplace_back(sorted[i], static_cast<std::uint32_t>(j - i));
        i = j;
    }
    profile.weight = static_cast<double>(sorted.size());
    return profile;
}

Weights::Weights(std::span<const Profile* const> profiles, std::size_t token_count) {
    df_.assign(token_count, 0);
    for (const Profile* p : profiles) {
        for (const auto& [token, count] : p->counts) {
            if (token >= df_.size()) {
                df_.resize(token + 1, 0);
            }
            ++df_[token];
        }
    }
    const double total = static_cast<double>(std::max<std::size_t>(profiles.size(), 1));
    weight_.resize(df_.size());
    for (std::size_t t = 0; t < df_.size(); ++t) {
        weight_[t] = df_[t] == 0 ? 1.0 : std::log1p(total / df_[t]);
    }
}

void Weights::weigh(Profile& profile) const {
    double sum = 0;
    for (const auto& [token, count] : profile.counts) {
        sum += of(token) * count;
    }
    profile.weight = sum;
}

namespace {

// One walk over two sorted profiles: the weighted overlap and the shared tokens, each when
// asked (`weights` may be null without kWeighted).
template <bool kWeighted, bool kCountShared>
double overlap_of(const Profile& a, const Profile& b, const Weights* weights,
                  std::uint64_t& shared) {
    double overlap = 0;
    auto i = a.counts.begin();
    auto j = b.counts.begin();
    while (i != a.counts.end() && j != b.counts.end()) {
        if (i->first < j->first) {
            ++i;
        } else if (j->first < i->first) {
            ++j;
        } else {
            const std::uint32_t both = std::min(i->second, j->second);
            if constexpr (kWeighted) {
                overlap += weights->of(i->first) * both;
            }
            if constexpr (kCountShared) {
                shared += both;
            }
            ++i;
            ++j;
        }
    }
    return overlap;
}

} // namespace

double weighted_overlap(const Profile& a, const Profile& b, const Weights& weights) {
    std::uint64_t unused = 0;
    return overlap_of<true, false>(a, b, &weights, unused);
}

std::uint64_t shared_tokens(const Profile& a, const Profile& b) {
    std::uint64_t shared = 0;
    overlap_of<false, true>(a, b, nullptr, shared);
    return shared;
}

std::uint64_t kept_with_edits(std::span<const Profile* const> older,
                              std::span<const Profile* const> newer, double least) {
    struct Scored {
        double dice;
        std::uint64_t shared;
        std::uint32_t old_index, new_index;
    };
    std::vector<Scored> scored;
    for (std::uint32_t o = 0; o < older.size(); ++o) {
        const double a = older[o]->weight;
        for (std::uint32_t n = 0; n < newer.size(); ++n) {
            const double b = newer[n]->weight;
            // The shorter side bounds the Dice coefficient: most pairs end here, unmerged.
            if (a + b <= 0 || 2 * std::min(a, b) < least * (a + b)) {
                continue;
            }
            const std::uint64_t shared = shared_tokens(*older[o], *newer[n]);
            const double dice = 2 * static_cast<double>(shared) / (a + b);
            if (dice >= least) {
                scored.push_back({dice, shared, o, n});
            }
        }
    }
    std::sort(scored.begin(), scored.end(), [](const Scored& x, const Scored& y) {
        if (x.dice != y.dice) {
            return x.dice > y.dice;
        }
        return x.old_index != y.old_index ? x.old_index < y.old_index : x.new_index < y.new_index;
    });
    std::vector<bool> old_taken(older.size(), false);
    std::vector<bool> new_taken(newer.size(), false);
    std::uint64_t kept = 0;
    for (const Scored& s : scored) {
        if (!old_taken[s.old_index] && !new_taken[s.new_index]) {
            old_taken[s.old_index] = new_taken[s.new_index] = true;
            kept += s.shared;
        }
    }
    return kept;
}

double similarity(const Profile& a, const Profile& b, const Weights& weights) {
    const double total = a.weight + b.weight;
    if (total <= 0) {
        return a.counts.empty() && b.counts.empty() ? 1.0 : 0.0;
    }
    return std::min(1.0, 2 * weighted_overlap(a, b, weights) / total);
}

std::vector<Candidate> find_candidates(std::span<const Item> old_items,
                                       std::span<const Item> new_items, const Weights& weights,
                                       const CandidateOptions& options) {
    std::vector<Candidate> out;
    if (old_items.empty() || new_items.empty()) {
        return out;
    }
    // Inverted index over the old items, compressed: (token, item) sorted by token.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> postings;
    for (std::uint32_t i = 0; i < old_items.size(); ++i) {
        for (const auto& [token, count] : old_items[i].profile->counts) {
            postings.emplace_back(token, i);
        }
    }
    std::sort(postings.begin(), postings.end());
    std::unordered_map<std::uint32_t, std::pair<std::uint32_t, std::uint32_t>> ranges;
    for (std::uint32_t i = 0; i < postings.size();) {
        std::uint32_t j = i;
        while (j < postings.size() && postings[j].first == postings[i].first) {
            ++j;
        }
        if (j - i <= options.max_postings) {
            ranges.emplace(postings[i].first, std::make_pair(i, j));
        }
        i = j;
    }
    // Old items by gap, so that a new item also meets the unmatched old items of its own gap.
    std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> by_gap;
    for (std::uint32_t i = 0; i < old_items.size(); ++i) {
        by_gap[old_items[i].gap].push_back(i);
    }

    struct Lookup {
        std::uint32_t postings, token, begin, end;
        bool operator<(const Lookup& o) const {
            return postings != o.postings ? postings < o.postings : token < o.token;
        }
    };
    std::vector<Lookup> rare;
    std::vector<double> score(old_items.size(), 0);
    std::vector<std::uint32_t> touched;
    for (std::uint32_t n = 0; n < new_items.size(); ++n) {
        touched.clear();
        auto touch = [&](std::uint32_t o, double s) {
            if (score[o] == 0) {
                touched.push_back(o);
            }
            score[o] += s;
        };
        // Only the rarest tokens of the new item are looked up (prefix filtering): a pair
        // worth pairing shares some of them, and common tokens would touch every item.
        rare.clear();
        for (const auto& [token, count] : new_items[n].profile->counts) {
            if (auto found = ranges.find(token); found != ranges.end()) {
                rare.push_back({found->second.second - found->second.first, token,
                                found->second.first, found->second.second});
            }
        }
        if (rare.size() > options.max_lookups) {
            std::nth_element(rare.begin(), rare.begin() + options.max_lookups, rare.end());
            rare.resize(options.max_lookups);
        }
        for (const Lookup& l : rare) {
            for (std::uint32_t k = l.begin; k < l.end; ++k) {
                touch(postings[k].second, weights.of(l.token));
            }
        }
        if (auto gap = by_gap.find(new_items[n].gap);
            gap != by_gap.end() && gap->second.size() <= options.max_postings) {
            for (std::uint32_t o : gap->second) {
                touch(o, 1e-9); // present, but ranked by shared rare tokens
            }
        }
        if (touched.size() > options.max_candidates) {
            std::sort(touched.begin(), touched.end(), [&](std::uint32_t a, std::uint32_t b) {
                return score[a] != score[b] ? score[a] > score[b] : a < b;
            });
            // The best by shared rare tokens, and every item of the same (small) gap.
            std::size_t kept = options.max_candidates;
            for (std::size_t k = options.max_candidates; k < touched.size(); ++k) {
                if (old_items[touched[k]].gap == new_items[n].gap) {
                    touched[kept++] = touched[k];
                } else {
                    score[touched[k]] = 0;
                }
            }
            touched.resize(kept);
        }
        for (std::uint32_t o : touched) {
            score[o] = 0;
            std::uint64_t shared = 0;
            const double overlap = overlap_of<true, true>(*old_items[o].profile,
                                                          *new_items[n].profile, &weights, shared);
            if (overlap > 0 || old_items[o].gap == new_items[n].gap) {
                out.push_back({o, n, overlap, 0, shared});
            }
        }
    }
    return out;
}

std::vector<Pair> pair_by_similarity(std::span<const Item> old_items,
                                     std::span<const Item> new_items,
                                     std::span<const Candidate> candidates,
                                     const PairingThresholds& thresholds) {
    struct Scored {
        double similarity;
        std::uint32_t old_item, new_item;
        bool same_gap;
    };
    std::vector<Scored> scored;
    const double floor = std::min(thresholds.pair, thresholds.move);
    for (const Candidate& c : candidates) {
        const Item& o = old_items[c.old_item];
        const Item& n = new_items[c.new_item];
        const double total = o.profile->weight + n.profile->weight;
        const double dice = total <= 0 ? 1.0 : std::min(1.0, 2 * c.overlap / total);
        const double sim = std::max(dice, c.kept_sentences);
        const bool same_gap = o.gap == n.gap;
        if (sim >= (same_gap ? thresholds.pair : thresholds.move) && sim >= floor) {
            scored.push_back({sim, c.old_item, c.new_item, same_gap});
        }
    }
    // Best first; among equals, pairs in the same gap, then the nearest positions.
    std::sort(scored.begin(), scored.end(), [&](const Scored& a, const Scored& b) {
        if (a.similarity != b.similarity) {
            return a.similarity > b.similarity;
        }
        if (a.same_gap != b.same_gap) {
            return a.same_gap;
        }
        if (a.new_item != b.new_item) {
            return a.new_item < b.new_item;
        }
        return a.old_item < b.old_item;
    });
    std::vector<bool> old_taken(old_items.size(), false);
    std::vector<bool> new_taken(new_items.size(), false);
    std::vector<Pair> pairs;
    for (const Scored& s : scored) {
        if (old_taken[s.old_item] || new_taken[s.new_item]) {
            continue;
        }
        old_taken[s.old_item] = new_taken[s.new_item] = true;
        pairs.push_back({s.old_item, s.new_item, s.similarity, !s.same_gap});
    }
    // Inside the gaps, pairs that cross each other: the longest ordered chain stays in order,
    // the others are moves (or, below the move threshold, no pair at all).
    std::sort(pairs.begin(), pairs.end(), [&](const Pair& a, const Pair& b) {
        return new_items[a.new_item].position < new_items[b.new_item].position;
    });
    std::vector<std::uint32_t> in_gap;
    std::vector<std::uint32_t> olds;
    std::vector<std::uint32_t> news;
    for (std::uint32_t k = 0; k < pairs.size(); ++k) {
        if (!pairs[k].moved) {
            in_gap.push_back(k);
            olds.push_back(old_items[pairs[k].old_item].position);
            news.push_back(new_items[pairs[k].new_item].position);
        }
    }
    std::vector<bool> ordered(pairs.size(), false);
    for (std::uint32_t kept : longest_increasing_least_moved(olds, news)) {
        ordered[in_gap[kept]] = true;
    }
    std::vector<Pair> out;
    out.reserve(pairs.size());
    for (std::uint32_t k : in_gap) {
        if (!ordered[k]) {
            pairs[k].moved = true;
        }
    }
    for (const Pair& p : pairs) {
        if (!p.moved || p.similarity >= thresholds.move) {
            out.push_back(p);
        }
    }
    return out;
}

std::vector<bool> settle_order(std::span<const Placed> matches) {
    // A weighted longest increasing subsequence: matches in new order, a Fenwick tree over old
    // positions holding the best chain ending below each; scores add up, compared in order.
    struct Score {
        std::uint32_t count = 0;
        std::int64_t nearness = 0; // minus the summed distance from the old places
        std::uint32_t similar = 0; // similar (not equal) items kept in order
        bool operator<(const Score& o) const {
            if (count != o.count) {
                return count < o.count;
            }
            if (nearness != o.nearness) {
                return nearness < o.nearness;
            }
            return similar < o.similar;
        }
    };
    const auto n = static_cast<std::uint32_t>(matches.size());
    std::vector<std::uint32_t> by_new(n);
    for (std::uint32_t i = 0; i < n; ++i) {
        by_new[i] = i;
    }
    std::sort(by_new.begin(), by_new.end(), [&](std::uint32_t a, std::uint32_t b) {
        return matches[a].new_position < matches[b].new_position;
    });
    std::vector<std::uint32_t> olds(n);
    for (std::uint32_t i = 0; i < n; ++i) {
        olds[i] = matches[i].old_position;
    }
    std::sort(olds.begin(), olds.end());
    auto rank_of = [&](std::uint32_t old_position) {
        return static_cast<std::uint32_t>(std::lower_bound(olds.begin(), olds.end(), old_position) -
                                          olds.begin());
    };
    // Ties go to the chain ending later in the new order, as in patience sorting: of two
    // swapped items, the one that comes first in the new order is the move.
    struct Best {
        Score score;
        std::uint32_t match = kNone;
        std::uint32_t ends = 0; // new position of `match`
        bool operator<(const Best& o) const {
            if (score < o.score || o.score < score) {
                return score < o.score;
            }
            return match == kNone || (o.match != kNone && ends < o.ends);
        }
    };
    std::vector<Best> tree(n + 1);
    std::vector<std::uint32_t> previous(n, kNone);
    Best overall;
    for (const std::uint32_t m : by_new) {
        const Placed& p = matches[m];
        const std::uint32_t rank = rank_of(p.old_position);
        Best before; // the best chain over old positions below this one
        for (std::uint32_t i = rank; i > 0; i -= i & (~i + 1)) {
            if (before < tree[i]) {
                before = tree[i];
            }
        }
        const std::int64_t distance = p.new_position > p.old_position
                                          ? p.new_position - p.old_position
                                          : p.old_position - p.new_position;
        Score s = before.score;
        ++s.count;
        s.nearness -= distance;
        s.similar += p.equal ? 0 : 1;
        previous[m] = before.match;
        const Best here{s, m, p.new_position};
        for (std::uint32_t i = rank + 1; i <= n; i += i & (~i + 1)) {
            if (tree[i] < here) {
                tree[i] = here;
            }
        }
        if (overall < here) {
            overall = here;
        }
    }
    std::vector<bool> in_order(n, false);
    for (std::uint32_t m = overall.match; m != kNone; m = previous[m]) {
        in_order[m] = true;
    }
    return in_order;
}

} // namespace redraft::diff::detail
