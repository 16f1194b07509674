#pragma once
// A text analysed with a lexicon of the test's own: the claims tests share it. The lexicon lives
// beside the analysis because cues refer to its ids and terms.

#include <redraft/claims/claims.hpp>
#include <redraft/document/document.hpp>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace redraft::claims::testing {

struct AnalysedText {
    document::Document doc;
    Lexicon lexicon;
    DocumentAnalysis analysis;
};

inline std::unique_ptr<AnalysedText> analyse_with(Lexicon lexicon, const std::string& text,
                                                  std::vector<Subject> subjects) {
    auto result = std::make_unique<AnalysedText>();
    result->lexicon = std::move(lexicon);
    result->doc = document::parse(text, "t.txt", {});
    const Analyzer analyzer(result->lexicon, std::move(subjects), find_people(result->doc));
    result->analysis = analyzer.analyze(result->doc);
    return result;
}

// `rows`: lexicon rows after the header line, "id\tterm\tkind\tpolarity\tdimension\tnote\n" each.
inline std::unique_ptr<AnalysedText> analyse_text(const std::string& rows, const std::string& text,
                                                  std::vector<Subject> subjects) {
    Lexicon lexicon;
    lexicon.load_text("id\tterm\tkind\tpolarity\tdimension\tnote\n" + rows, "test.tsv",
                      LexiconOrigin::shipped);
    return analyse_with(std::move(lexicon), text, std::move(subjects));
}

// The lexicon ids of the cues of sentence `s` of the first paragraph, in the order found.
inline std::vector<std::string> cue_ids(const AnalysedText& a, std::uint32_t s) {
    std::vector<std::string> ids;
    for (const auto& cue : a.analysis.claim(0, s).cues) {
        ids.emplace_back(cue.id);
    }
    return ids;
}

// The first characterization of sentence `s` of the first paragraph.
inline const Cue& first_characterization(const AnalysedText& a, std::uint32_t s) {
    for (const auto& cue : a.analysis.claim(0, s).cues) {
        if (cue.kind == CueKind::characterization) {
            return cue;
        }
    }
    throw std::runtime_error("sentence " + std::to_string(s) + " has no characterization");
}

} // namespace redraft::claims::testing
