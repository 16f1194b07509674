// Where the time of `redraft diff` goes: load (read + parse) each side, compare, render JSON.
// Usage: redraft_diff_stages OLD NEW [repetitions] [eager|on_demand]
// (on_demand, the default, is what `redraft diff --no-assessment` does: sentences of changed
// paragraphs only, split during compare.)

#include <redraft/diff/diff.hpp>
#include <redraft/document/document.hpp>
#include <redraft/report/change_report.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "stage_timing.hpp"

using redraft::bench::Clock;
using redraft::bench::median;
using redraft::bench::ms_since;

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s OLD NEW [repetitions]\n", argv[0]);
        return 2;
    }
    const int repetitions = argc > 3 ? std::atoi(argv[3]) : 5;
    const auto sentences = argc > 4 && std::string(argv[4]) == "eager"
                               ? redraft::document::Sentences::eager
                               : redraft::document::Sentences::on_demand;
    const auto format = redraft::document::FormatChoice::by_extension;
    const auto comparison = redraft::text::Comparison::normalized;
    std::vector<double> load, compare, render;
    for (int i = 0; i < repetitions; ++i) {
        auto start = Clock::now();
        auto older = std::make_shared<redraft::document::Document>(redraft::document::load(
            argv[1], format, comparison, redraft::document::kMaxDocumentBytes, sentences));
        auto newer = std::make_shared<redraft::document::Document>(redraft::document::load(
            argv[2], format, comparison, redraft::document::kMaxDocumentBytes, sentences));
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
