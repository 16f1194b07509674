// libFuzzer target: the assessment of a diffed pair, as `redraft diff` and `redraft report` run
// it: two documents (split at the first 0xFF byte, as in fuzz_diff), parsed, compared, analysed
// with the shipped lexicon and compared by assess::compare. The first byte picks the format,
// the comparison, the analysis depth (full, or subjects only completed where the text changed,
// as the command line does) and the subject (a configured one, or the person the newer text
// names most often). Checks that every change cites sentences that exist and that every score
// is a number in [-1, 1].

#include <redraft/assess/assess.hpp>
#include <redraft/claims/claims.hpp>
#include <redraft/claims/config.hpp>
#include <redraft/claims/lexicon.hpp>
#include <redraft/diff/diff.hpp>
#include <redraft/document/document.hpp>
#include <redraft/error.hpp>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace redraft;

// Loaded once: reading the shipped TSV files on every input would dominate the run.
const claims::Lexicon& shipped_lexicon() {
    static const claims::Lexicon lexicon = claims::load_lexicon({});
    return lexicon;
}

claims::Subject configured_subject() {
    claims::Subject subject;
    subject.name = "Mark Rutte";
    subject.aliases = {"Rutte"};
    subject.titles = {"the Dutch prime minister", "the prime minister"};
    subject.pronouns = claims::default_pronouns();
    return subject;
}

void check_ref(const std::optional<diff::SentenceRef>& ref, const document::Document& doc) {
    if (!ref) {
        return;
    }
    if (ref->paragraph >= doc.paragraphs.size() ||
        ref->sentence >= doc.paragraphs[ref->paragraph].sentences.size()) {
        __builtin_trap();
    }
}

void check_profile(const claims::AssessmentProfile& profile) {
    for (const auto& d : profile.dimensions) {
        if (!std::isfinite(d.score) || d.score < -1.0 || d.score > 1.0 ||
            !std::isfinite(d.attributed) || d.attributed < -1.0 || d.attributed > 1.0) {
            __builtin_trap();
        }
    }
}

std::vector<std::uint32_t> changed_paragraphs(const diff::DocumentDiff& result, bool old_side) {
    std::vector<std::uint32_t> touched;
    for (const auto& entry : result.paragraphs) {
        if (entry.op != diff::ParagraphOp::equal) {
            const auto& side = old_side ? entry.old_paragraphs : entry.new_paragraphs;
            touched.insert(touched.end(), side.begin(), side.end());
        }
    }
    return touched;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    (void)shipped_lexicon();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    const std::uint8_t flags = data[0];
    const std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
    const auto cut = rest.find('\xFF');
    std::string old_bytes(rest.substr(0, cut));
    std::string new_bytes(cut == std::string_view::npos ? std::string_view()
                                                        : rest.substr(cut + 1));
    const auto format = (flags & 1) ? document::Format::markdown : document::Format::plain;
    diff::DiffOptions options;
    options.comparison = (flags & 2) ? text::Comparison::exact : text::Comparison::normalized;
    const auto depth =
        (flags & 4) ? claims::AnalysisDepth::subjects_only : claims::AnalysisDepth::full;
    const bool choose_from_text = flags & 8;
    try {
        const auto older =
            document::parse(std::move(old_bytes), "old", {format, options.comparison});
        const auto newer =
            document::parse(std::move(new_bytes), "new", {format, options.comparison});
        const auto result = diff::compare(older, newer, options);

        const auto people = claims::find_people(newer);
        std::vector<claims::Subject> subjects;
        if (!choose_from_text) {
            subjects.push_back(configured_subject());
        } else if (auto chosen = claims::choose_subject(people)) {
            subjects.push_back(std::move(*chosen));
        }
        std::vector<claims::Dimension> configured;
        if (flags & 16) {
            configured.push_back({"russia_stance", "conciliatory", "confrontational", ""});
        }
        const claims::Analyzer analyzer(shipped_lexicon(), subjects, people);
        auto old_analysis = analyzer.analyze(older, nullptr, depth);
        auto new_analysis = analyzer.analyze(newer, &old_analysis, depth);
        if (depth == claims::AnalysisDepth::subjects_only) {
            analyzer.complete(older, old_analysis, changed_paragraphs(result, true));
            analyzer.complete(newer, new_analysis, changed_paragraphs(result, false));
        }
        const auto assessment = assess::compare({older, old_analysis}, {newer, new_analysis},
                                                result, subjects, configured);
        if (assessment.subjects.size() != subjects.size()) {
            __builtin_trap();
        }
        for (const auto& subject : assessment.subjects) {
            check_profile(subject.old_profile);
            check_profile(subject.new_profile);
            for (const auto& change : subject.changes) {
                check_ref(change.old_sentence, older);
                check_ref(change.new_sentence, newer);
            }
            (void)assess::summarize(subject, configured);
        }
    } catch (const Error&) {
    }
    return 0;
}
