// Throughput of reading a document: document::parse (UTF-8 check, paragraphs, sentence
// segmentation, normalization for comparison, positions), and of its parts, on a generated
// corpus. Usage: parse_bench [--benchmark_...] CORPUS_FILE; bench/parse_bench.sh makes the
// corpus with scripts/gen_corpus.py and runs this.

#include <redraft/document/document.hpp>
#include <redraft/segment/segmenter.hpp>
#include <redraft/text/normalize.hpp>
#include <redraft/text/utf8.hpp>

#include <benchmark/benchmark.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cstdio>
#include <memory>
#include <string>

namespace {

// The corpus, read once in main.
std::string& corpus() {
    static std::string bytes;
    return bytes;
}

void parse_as(benchmark::State& state, redraft::document::Format format) {
    const std::string& source = corpus();
    for (auto _ : state) {
        state.PauseTiming();
        std::string copy = source; // parse takes its bytes by value
        state.ResumeTiming();
        auto doc = redraft::document::parse(std::move(copy), "corpus", {format});
        benchmark::DoNotOptimize(doc.paragraphs.data());
        state.PauseTiming();
        doc = {}; // freeing is not part of parsing
        state.ResumeTiming();
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * source.size()));
}

void BM_ParsePlain(benchmark::State& state) {
    parse_as(state, redraft::document::Format::plain);
}

void BM_ParseMarkdown(benchmark::State& state) {
    parse_as(state, redraft::document::Format::markdown);
}

// The paragraphs of the plain parse, for the benchmarks of single stages.
const std::vector<std::string>& paragraph_texts() {
    static const std::vector<std::string> texts = [] {
        std::vector<std::string> out;
        const auto doc = redraft::document::parse(corpus(), "corpus", {});
        for (const auto& p : doc.paragraphs) {
            out.push_back(p.text);
        }
        return out;
    }();
    return texts;
}

void BM_CheckText(benchmark::State& state) {
    for (auto _ : state) {
        redraft::text::check_text(corpus(), "corpus");
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * corpus().size()));
}

void BM_SplitSentences(benchmark::State& state) {
    const auto& texts = paragraph_texts();
    std::size_t bytes = 0;
    for (const auto& t : texts) {
        bytes += t.size();
    }
    for (auto _ : state) {
        for (const auto& t : texts) {
            auto spans = redraft::segment::split_sentences(t);
            benchmark::DoNotOptimize(spans.data());
        }
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
}

void BM_Normalize(benchmark::State& state) {
    const auto& texts = paragraph_texts();
    std::size_t bytes = 0;
    for (const auto& t : texts) {
        bytes += t.size();
    }
    std::string out;
    for (auto _ : state) {
        for (const auto& t : texts) {
            out.clear();
            redraft::text::normalize_into(t, out);
            benchmark::DoNotOptimize(out.data());
        }
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
}

// For reference: ICU's own sentence break iterator over the same bytes (UTF-8 text, no copy).
void BM_IcuSentenceBreak(benchmark::State& state) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> breaker(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
    const std::string& source = corpus();
    for (auto _ : state) {
        UText* text = utext_openUTF8(nullptr, source.data(),
                                     static_cast<std::int64_t>(source.size()), &status);
        breaker->setText(text, status);
        std::int64_t count = 0;
        while (breaker->next() != icu::BreakIterator::DONE) {
            ++count;
        }
        benchmark::DoNotOptimize(count);
        utext_close(text);
    }
    if (U_FAILURE(status)) {
        state.SkipWithError(u_errorName(status));
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * source.size()));
}

} // namespace

BENCHMARK(BM_ParsePlain)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParseMarkdown)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CheckText)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SplitSentences)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IcuSentenceBreak)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (argc != 2) {
        std::fprintf(stderr,
                     "usage: parse_bench [--benchmark_...] CORPUS_FILE\n"
                     "make a corpus with scripts/gen_corpus.py (see bench/parse_bench.sh)\n");
        return 2;
    }
    try {
        corpus() = redraft::document::read_file(argv[1], redraft::document::kMaxDocumentBytes);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 2;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
