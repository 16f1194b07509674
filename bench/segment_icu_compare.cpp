// Runs the table of hard segmentation cases (tests/data/segment_cases.txt) through ICU's
// sentence break iterator (locale en@ss=standard, with ICU's abbreviation suppressions) and
// through redraft's segmenter, and prints how many cases each gets exactly right.
// Usage: segment_icu_compare [CASES_FILE] [--verbose]

#include <redraft/segment/segmenter.hpp>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "segment_cases.hpp"

namespace {

bool is_trim_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string trim(std::string_view text) {
    while (!text.empty() && is_trim_space(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && is_trim_space(text.back())) {
        text.remove_suffix(1);
    }
    return std::string(text);
}

std::vector<std::string> segment_with_icu(icu::BreakIterator& breaker, const std::string& text) {
    const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
    breaker.setText(unicode);
    std::vector<std::string> out;
    std::int32_t begin = breaker.first();
    for (std::int32_t end = breaker.next(); end != icu::BreakIterator::DONE;
         begin = end, end = breaker.next()) {
        std::string piece;
        unicode.tempSubStringBetween(begin, end).toUTF8String(piece);
        if (std::string sentence = trim(piece); !sentence.empty()) {
            out.push_back(std::move(sentence));
        }
    }
    return out;
}

std::vector<std::string> segment_with_redraft(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& span : redraft::segment::split_sentences(text)) {
        out.emplace_back(text.substr(span.begin, span.end - span.begin));
    }
    return out;
}

} // namespace

int main(int argc, char** argv) {
    std::string path = redraft::testing::segment_cases_path(REDRAFT_SOURCE_DIR);
    bool verbose = false;
    for (int i = 1; i < argc; ++i) {
        if (std::string_view(argv[i]) == "--verbose") {
            verbose = true;
        } else {
            path = argv[i];
        }
    }
    const auto cases = redraft::testing::read_segment_cases(path);
    if (cases.empty()) {
        std::fprintf(stderr, "%s: no cases read; check the path\n", path.c_str());
        return 2;
    }
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> breaker(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
    if (U_FAILURE(status)) {
        std::fprintf(stderr, "ICU sentence break iterator: %s\n", u_errorName(status));
        return 2;
    }
    int icu_passed = 0;
    int redraft_passed = 0;
    for (const auto& c : cases) {
        const bool icu_ok = segment_with_icu(*breaker, c.input) == c.expected;
        const bool redraft_ok = segment_with_redraft(c.input) == c.expected;
        icu_passed += icu_ok;
        redraft_passed += redraft_ok;
        if (verbose && (!icu_ok || !redraft_ok)) {
            std::printf("line %d (%s): icu %s, redraft %s\n  %s\n", c.line, c.category.c_str(),
                        icu_ok ? "ok" : "FAIL", redraft_ok ? "ok" : "FAIL", c.input.c_str());
        }
    }
    const auto total = static_cast<double>(cases.size());
    std::printf("cases: %zu (%s)\n", cases.size(), path.c_str());
    std::printf("ICU en@ss=standard: %d/%zu (%.1f%%)\n", icu_passed, cases.size(),
                100.0 * icu_passed / total);
    std::printf("redraft:            %d/%zu (%.1f%%)\n", redraft_passed, cases.size(),
                100.0 * redraft_passed / total);
    return 0;
}
