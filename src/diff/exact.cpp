// Step 1: exact matches, patience style.

#include <dtl/dtl.hpp>

#include <algorithm>
#include <unordered_map>

#include "diff/align.hpp"

namespace redraft::diff::detail {
namespace {

// Gaps whose lengths multiply to at most this are aligned with a full LCS (dtl); larger gaps
// without unique anchors fall back to matching equal keys greedily in order.
constexpr std::uint64_t kMaxGapLcsCells = 4'000'000;

struct Range {
    std::uint32_t old_begin, old_end, new_begin, new_end;
};

class Patience {
public:
    Patience(std::span<const std::uint64_t> old_keys, std::span<const std::uint64_t> new_keys,
             ExactAlignment& out)
        : old_(old_keys), new_(new_keys), out_(out) {}

    void run() {
        std::vector<Range> pending{{0, std::uint32_t(old_.size()), 0, std::uint32_t(new_.size())}};
        while (!pending.empty()) {
            Range r = pending.back();
            pending.pop_back();
            split(r, pending);
        }
    }

private:
    void match(std::uint32_t o, std::uint32_t n) {
        out_.old_to_new[o] = n;
        out_.new_to_old[n] = o;
    }

    // Matches the common prefix and suffix, then anchors on keys unique on both sides and pushes
    // the gaps between anchors.
    void split(Range r, std::vector<Range>& pending) {
        while (r.old_begin < r.old_end && r.new_begin < r.new_end &&
               old_[r.old_begin] == new_[r.new_begin]) {
            match(r.old_begin++, r.new_begin++);
        }
        while (r.old_begin < r.old_end && r.new_begin < r.new_end &&
               old_[r.old_end - 1] == new_[r.new_end - 1]) {
            match(--r.old_end, --r.new_end);
        }
        if (r.old_begin == r.old_end || r.new_begin == r.new_end) {
            return;
        }
        struct Seen {
            std::uint32_t old_count = 0, new_count = 0, old_at = 0, new_at = 0;
        };
        std::unordered_map<std::uint64_t, Seen> seen;
        seen.reserve(r.old_end - r.old_begin);
        for (std::uint32_t o = r.old_begin; o < r.old_end; ++o) {
            Seen& s = seen[old_[o]];
            ++s.old_count;
            s.old_at = o;
        }
        for (std::uint32_t n = r.new_begin; n < r.new_end; ++n) {
            auto found = seen.find(new_[n]);
            if (found != seen.end()) {
                ++found->second.new_count;
                found->second.new_at = n;
            }
        }
        std::vector<std::pair<std::uint32_t, std::uint32_t>> unique; // (new, old)
        for (std::uint32_t n = r.new_begin; n < r.new_end; ++n) {
            auto found = seen.find(new_[n]);
            if (found != seen.end() && found->second.old_count == 1 &&
                found->second.new_count == 1) {
                unique.emplace_back(n, found->second.old_at);
            }
        }
        if (unique.empty()) {
            match_gap(r);
            return;
        }
        std::vector<std::uint32_t> olds;
        std::vector<std::uint32_t> news;
        olds.reserve(unique.size());
        news.reserve(unique.size());
        for (const auto& u : unique) {
            olds.push_back(u.second);
            news.push_back(u.first);
        }
        std::uint32_t old_at = r.old_begin;
        std::uint32_t new_at = r.new_begin;
        for (std::uint32_t k : longest_increasing_least_moved(olds, news)) {
            const auto [n, o] = unique[k];
            pending.push_back({old_at, o, new_at, n});
            match(o, n);
            old_at = o + 1;
            new_at = n + 1;
        }
        pending.push_back({old_at, r.old_end, new_at, r.new_end});
    }

    // No unique anchors: an LCS of the gap when small enough, else equal keys in order.
    void match_gap(const Range& r) {
        const std::uint64_t cells =
            std::uint64_t(r.old_end - r.old_begin) * std::uint64_t(r.new_end - r.new_begin);
        if (cells <= kMaxGapLcsCells) {
            std::vector<std::uint64_t> a(old_.begin() + r.old_begin, old_.begin() + r.old_end);
            std::vector<std::uint64_t> b(new_.begin() + r.new_begin, new_.begin() + r.new_end);
            dtl::Diff<std::uint64_t> diff(a, b);
            diff.compose();
            for (const auto& [key, info] : diff.getSes().getSequence()) {
                if (info.type == dtl::SES_COMMON) {
                    match(r.old_begin + std::uint32_t(info.beforeIdx - 1),
                          r.new_begin + std::uint32_t(info.afterIdx - 1));
                }
            }
            return;
        }
        std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> positions;
        for (std::uint32_t o = r.old_end; o-- > r.old_begin;) {
            positions[old_[o]].push_back(o); // reversed: back() is the earliest
        }
        std::uint32_t floor = r.old_begin;
        for (std::uint32_t n = r.new_begin; n < r.new_end; ++n) {
            auto found = positions.find(new_[n]);
            if (found == positions.end()) {
                continue;
            }
            auto& list = found->second;
            while (!list.empty() && list.back() < floor) {
                list.pop_back();
            }
            if (!list.empty()) {
                match(list.back(), n);
                floor = list.back() + 1;
                list.pop_back();
            }
        }
    }

    std::span<const std::uint64_t> old_;
    std::span<const std::uint64_t> new_;
    ExactAlignment& out_;
};

} // namespace

std::vector<std::uint32_t> longest_increasing(std::span<const std::uint32_t> values) {
    // Patience sorting: tails[k] is the position ending the best run of length k + 1.
    std::vector<std::uint32_t> tails;
    std::vector<std::uint32_t> previous(values.size(), kNone);
    for (std::uint32_t i = 0; i < values.size(); ++i) {
        auto at =
            std::lower_bound(tails.begin(), tails.end(), values[i],
                             [&](std::uint32_t pos, std::uint32_t v) { return values[pos] < v; });
        if (at != tails.begin()) {
            previous[i] = *(at - 1);
        }
        if (at == tails.end()) {
            tails.push_back(i);
        } else {
            *at = i;
        }
    }
    std::vector<std::uint32_t> kept(tails.size());
    std::uint32_t at = tails.empty() ? kNone : tails.back();
    for (std::size_t k = kept.size(); k-- > 0;) {
        kept[k] = at;
        at = previous[at];
    }
    return kept;
}

std::vector<std::uint32_t> longest_increasing_least_moved(std::span<const std::uint32_t> olds,
                                                          std::span<const std::uint32_t> news) {
    auto forward = longest_increasing(olds);
    const std::size_t n = olds.size();
    std::vector<std::uint32_t> reversed(n);
    for (std::size_t i = 0; i < n; ++i) {
        reversed[i] = UINT32_MAX - olds[n - 1 - i]; // increasing here is increasing there
    }
    std::vector<std::uint32_t> backward;
    for (const std::uint32_t k : longest_increasing(reversed)) {
        backward.push_back(static_cast<std::uint32_t>(n - 1 - k));
    }
    std::reverse(backward.begin(), backward.end());
    const auto displacement = [&](const std::vector<std::uint32_t>& kept) {
        std::uint64_t sum = 0;
        for (const std::uint32_t k : kept) {
            sum += news[k] > olds[k] ? news[k] - olds[k] : olds[k] - news[k];
        }
        return sum;
    };
    return displacement(backward) < displacement(forward) ? backward : forward;
}

ExactAlignment match_exact(std::span<const std::uint64_t> old_keys,
                           std::span<const std::uint64_t> new_keys) {
    ExactAlignment out;
    out.old_to_new.assign(old_keys.size(), kNone);
    out.new_to_old.assign(new_keys.size(), kNone);
    out.new_moved.assign(new_keys.size(), false);
    Patience(old_keys, new_keys, out).run();

    // Equal keys outside the LCS: moves, paired in order of appearance.
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> unmatched_old;
    for (std::uint32_t o = static_cast<std::uint32_t>(old_keys.size()); o-- > 0;) {
        if (out.old_to_new[o] == kNone) {
            unmatched_old[old_keys[o]].push_back(o);
        }
    }
    if (unmatched_old.empty()) {
        return out;
    }
    for (std::uint32_t n = 0; n < new_keys.size(); ++n) {
        if (out.new_to_old[n] != kNone) {
            continue;
        }
        auto found = unmatched_old.find(new_keys[n]);
        if (found == unmatched_old.end() || found->second.empty()) {
            continue;
        }
        const std::uint32_t o = found->second.back();
        found->second.pop_back();
        out.old_to_new[o] = n;
        out.new_to_old[n] = o;
        out.new_moved[n] = true;
    }
    return out;
}

Gaps gaps_between_anchors(const ExactAlignment& exact) {
    Gaps gaps;
    gaps.old_gap.resize(exact.old_to_new.size());
    gaps.new_gap.resize(exact.new_to_old.size());
    std::uint32_t anchors = 0;
    for (std::uint32_t o = 0; o < exact.old_to_new.size(); ++o) {
        const std::uint32_t n = exact.old_to_new[o];
        const bool anchor = n != kNone && !exact.new_moved[n];
        gaps.old_gap[o] = anchors;
        anchors += anchor;
    }
    anchors = 0;
    for (std::uint32_t n = 0; n < exact.new_to_old.size(); ++n) {
        const bool anchor = exact.new_to_old[n] != kNone && !exact.new_moved[n];
        gaps.new_gap[n] = anchors;
        anchors += anchor;
    }
    return gaps;
}

} // namespace redraft::diff::detail
