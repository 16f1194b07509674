#pragma once
// Two revisions analysed and compared with a lexicon of the test's own, as `redraft diff`
// does: the assessment tests share it. Everything lives in one heap object because analyses
// point into the lexicon and the documents.

#include <redraft/assess/assess.hpp>
#include <redraft/document/document.hpp>

#include <memory>
#include <string>
#include <vector>

namespace redraft::assess::testing {

struct AnalysedPair {
    claims::Lexicon lexicon;
    document::Document older, newer;
    claims::DocumentAnalysis old_analysis, new_analysis;
    diff::DocumentDiff diff;
    Revision old_revision() const { return {older, old_analysis}; }
    Revision new_revision() const { return {newer, new_analysis}; }
};

// `rows`: lexicon rows after the header line, "id\tterm\tkind\tpolarity\tdimension\tnote\n" each.
inline std::unique_ptr<AnalysedPair>
analyse_pair(const std::string& rows, const std::vector<claims::Subject>& subjects,
             const std::string& old_text, const std::string& new_text,
             document::Format format = document::Format::plain) {
    auto pair = std::make_unique<AnalysedPair>();
    pair->lexicon.load_text("id\tterm\tkind\tpolarity\tdimension\tnote\n" + rows, "test.tsv",
                            claims::LexiconOrigin::shipped);
    document::ParseOptions options;
    options.format = format;
    pair->older = document::parse(old_text, "old.txt", options);
    pair->newer = document::parse(new_text, "new.txt", options);
    const claims::Analyzer analyzer(pair->lexicon, subjects, claims::find_people(pair->newer));
    pair->old_analysis = analyzer.analyze(pair->older);
    pair->new_analysis = analyzer.analyze(pair->newer, &pair->old_analysis);
    pair->diff = diff::compare(pair->older, pair->newer);
    return pair;
}

// The first subject's changes between two texts read with `lexicon` (the shipped one, say:
// load_lexicon({})), as `redraft report` lists them.
inline std::vector<AssessmentChange>
first_subject_changes(const claims::Lexicon& lexicon, const std::vector<claims::Subject>& subjects,
                      const std::string& old_text, const std::string& new_text,
                      document::Format format = document::Format::plain) {
    document::ParseOptions options;
    options.format = format;
    const auto older = document::parse(old_text, "old.txt", options);
    const auto newer = document::parse(new_text, "new.txt", options);
    const claims::Analyzer analyzer(lexicon, subjects, claims::find_people(newer));
    const auto old_analysis = analyzer.analyze(older);
    const auto new_analysis = analyzer.analyze(newer, &old_analysis);
    return compare({older, old_analysis}, {newer, new_analysis}, diff::compare(older, newer),
                   subjects, {})
        .subjects[0]
        .changes;
}

// The kinds of those changes.
inline std::vector<std::string>
first_subject_change_kinds(const claims::Lexicon& lexicon,
                           const std::vector<claims::Subject>& subjects,
                           const std::string& old_text, const std::string& new_text,
                           document::Format format = document::Format::plain) {
    std::vector<std::string> kinds;
    for (const auto& change :
         first_subject_changes(lexicon, subjects, old_text, new_text, format)) {
        kinds.emplace_back(to_string(change.kind));
    }
    return kinds;
}

} // namespace redraft::assess::testing
