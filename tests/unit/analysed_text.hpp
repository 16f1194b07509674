#pragma once
// A text analysed with a lexicon of the test's own: the claims tests share it. The lexicon lives
// beside the analysis because cues refer to its ids and terms.

#include <redraft/claims/claims.hpp>
#include <redraft/document/document.hpp>

#include <memory>
#include <string>
#include <vector>

namespace redraft::claims::testing {

struct AnalysedText {
    document::Document doc;
    Lexicon lexicon;
    DocumentAnalysis analysis;
};

// `rows`: lexicon rows after the header line, "id\tterm\tkind\tpolarity\tdimension\tnote\n" each.
inline std::unique_ptr<AnalysedText> analyse_text(const std::string& rows, const std::string& text,
                                                  std::vector<Subject> subjects) {
    auto result = std::make_unique<AnalysedText>();
    result->lexicon.load_text("id\tterm\tkind\tpolarity\tdimension\tnote\n" + rows, "test.tsv",
                              LexiconOrigin::shipped);
    result->doc = document::parse(text, "t.txt", {});
    const Analyzer analyzer(result->lexicon, std::move(subjects), find_people(result->doc));
    result->analysis = analyzer.analyze(result->doc);
    return result;
}

} // namespace redraft::claims::testing
