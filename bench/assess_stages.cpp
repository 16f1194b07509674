// Where the time of the assessment in `redraft diff` goes, each stage on one thread: loading
// both revisions, the diff, finding the people named, analysing the older revision, the newer one
// (equal paragraphs shared), completing the changed paragraphs, comparing the claims along the
// diff, and rendering the JSON with the assessment.
// Usage: redraft_assess_stages OLD NEW [repetitions] [eager]
// The revisions are split into sentences on demand, as `redraft diff` reads them: the diff splits
// the changed paragraphs, the analyses the paragraphs they analyse. `eager` splits every
// paragraph at load instead, as redraft did before 2026-12-05.

#include <redraft/assess/assess.hpp>
#include <redraft/claims/setup.hpp>
#include <redraft/diff/diff.hpp>
#include <redraft/document/document.hpp>
#include <redraft/report/change_report.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "stage_timing.hpp"

using redraft::bench::Clock;
using redraft::bench::median;
using redraft::bench::ms_since;

int main(int argc, char** argv) {
    namespace rd = redraft;
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s OLD NEW [repetitions]\n", argv[0]);
        return 2;
    }
    const int repetitions = argc > 3 ? std::atoi(argv[3]) : 5;
    const auto sentences = argc > 4 && std::string(argv[4]) == "eager"
                               ? rd::document::Sentences::eager
                               : rd::document::Sentences::on_demand;
    const std::vector<std::string> order = {"load both", "diff",          "people + setup",
                                            "analyzer",  "analyse older", "analyse newer",
                                            "complete",  "compare",       "render json"};
    std::map<std::string, std::vector<double>> times;
    for (int i = 0; i < repetitions; ++i) {
        auto start = Clock::now();
        auto lap = [&](const std::string& stage) {
            times[stage].push_back(ms_since(start));
            start = Clock::now();
        };
        const auto load = [&](const char* path) {
            return std::make_shared<rd::document::Document>(rd::document::load(
                path, rd::document::FormatChoice::by_extension, rd::text::Comparison::normalized,
                rd::document::kMaxDocumentBytes, sentences));
        };
        auto older = load(argv[1]);
        auto newer = load(argv[2]);
        lap("load both");
        rd::report::ChangeReport report;
        report.diff = rd::diff::compare(*older, *newer);
        lap("diff");
        rd::claims::SubjectRequest request;
        request.cwd = std::filesystem::current_path();
        const auto setup = rd::claims::prepare_assessment(request, *newer, older.get());
        lap("people + setup");
        const rd::claims::Analyzer analyzer(setup.lexicon, setup.subjects, setup.people);
        lap("analyzer");
        const auto depth = rd::claims::AnalysisDepth::subjects_only;
        auto old_analysis = analyzer.analyze(*older, nullptr, depth);
        lap("analyse older");
        auto new_analysis = analyzer.analyze(*newer, &old_analysis, depth);
        lap("analyse newer");
        std::vector<std::uint32_t> old_touched, new_touched;
        for (const auto& entry : report.diff.paragraphs) {
            if (entry.op != rd::diff::ParagraphOp::equal) {
                old_touched.insert(old_touched.end(), entry.old_paragraphs.begin(),
                                   entry.old_paragraphs.end());
                new_touched.insert(new_touched.end(), entry.new_paragraphs.begin(),
                                   entry.new_paragraphs.end());
            }
        }
        analyzer.complete(*older, old_analysis, old_touched);
        analyzer.complete(*newer, new_analysis, new_touched);
        lap("complete");
        report.assessment = std::make_shared<rd::assess::Assessment>(
            rd::assess::compare({*older, old_analysis}, {*newer, new_analysis}, report.diff,
                                setup.subjects, setup.config.dimensions));
        lap("compare");
        report.older = older;
        report.newer = newer;
        report.old_meta = rd::report::file_meta(*older);
        report.new_meta = rd::report::file_meta(*newer);
        const std::string json = rd::report::render_json(report);
        lap("render json");
        if (json.empty()) {
            return 1;
        }
    }
    std::printf("medians of %d runs, one thread, sentences %s:\n", repetitions,
                sentences == rd::document::Sentences::eager ? "split at load" : "on demand");
    for (const auto& stage : order) {
        std::printf("  %-16s %8.1f ms\n", stage.c_str(), median(times[stage]));
    }
    return 0;
}
