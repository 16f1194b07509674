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

} // namespace redraft::assess::testing
