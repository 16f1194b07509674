// Where the time of `redraft diff` goes: load (read + parse) each side, compare, render JSON.
// Usage: redraft_diff_stages OLD NEW [repetitions]

#include <redraft/diff/diff.hpp>
#include <redraft/document/document.hpp>
#include <redraft/report/change_report.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s OLD NEW [repetitions]\n", argv[0]);
        return 2;
    }
    const int repetitions = argc > 3 ? std::atoi(argv[3]) : 5;
    std::vector<double> load, compare, render;
    for (int i = 0; i < repetitions; ++i) {
        auto start = Clock::now();
        auto older = std::make_shared<redraft::document::Document>(
            redraft::document::load(argv[1], redraft::document::FormatChoice::by_extension));
        auto newer = std::make_shared<redraft::document::Document>(
            redraft::document::load(argv[2], redraft::document::FormatChoice::by_extension));
        load.push_back(ms_since(start));
        start = Clock::now();
        redraft::report::ChangeReport report;
        report.diff = redraft::diff::compare(*older, *newer);
        compare.push_back(ms_since(start));
        report.older = older;
        report.newer = newer;
        report.old_meta = redraft::report::file_meta(*older);
        report.new_meta = redraft::report::file_meta(*newer);
        start = Clock::now();
        const std::string json = redraft::report::render_json(report);
        render.push_back(ms_since(start));
        if (json.empty()) {
            return 1;
        }
    }
    std::printf("load both (sequential) %.1f ms, compare %.1f ms, render json %.1f ms\n",
                median(load), median(compare), median(render));
    return 0;
}
