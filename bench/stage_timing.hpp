#pragma once
// Timing helpers of the stage benchmarks (diff_stages.cpp, assess_stages.cpp).

#include <algorithm>
#include <chrono>
#include <vector>

namespace redraft::bench {

using Clock = std::chrono::steady_clock;

inline double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

inline double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace redraft::bench
