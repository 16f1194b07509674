#pragma once
// A text analysed with a lexicon of the test's own: the claims tests share it. The lexicon lives
// beside the analysis because cues refer to its ids and terms.

#include <redraft/claims/claims.hpp>
#include <redraft/claims/lexicon.hpp>
#include <redraft/document/document.hpp>

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
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

// How the shipped lexicon reads one cue of a sentence: the claims tests' one cue finder.
struct CueReading {
    bool found = false; // a cue with the term was there; else the fields below are defaults
    CueKind kind = CueKind::characterization;
    std::string holder = "(no cue)"; // the words of its holder, "" for the author's own
    std::string holder_key;
    std::string owner;
    bool negated = false;
    bool about = false;  // the sentence is about the subject (Claim::is_about), cue or not
    bool counts = false; // about, and the cue counts for the subject (Cue::counts_for)
    // The author's own judgement of the subject: it counts, and no one else holds it.
    bool authors_own() const { return counts && holder.empty(); }
};

// Every cue whose term is `term` (of kind `kind` when given) in sentence `s` of the first
// paragraph of `text`, read with the shipped lexicon and `subjects`, in the order found;
// `subject` indexes `subjects`. After them, one not found (holder "(no cue)"), which says whether
// the sentence is about the subject.
inline std::vector<CueReading> cues_and_sentence(const std::string& text, std::uint32_t s,
                                                 std::string_view term,
                                                 const std::vector<Subject>& subjects,
                                                 std::optional<CueKind> kind,
                                                 std::uint32_t subject) {
    const auto a = analyse_with(load_lexicon({}), text, subjects);
    const Claim& claim = a->analysis.claim(0, s);
    CueReading sentence;
    sentence.about = claim.is_about(subject);
    std::vector<CueReading> found;
    for (const auto& cue : claim.cues) {
        if (cue.term == term && (!kind || cue.kind == *kind)) {
            found.push_back({true, cue.kind, std::string(cue.holder), std::string(cue.holder_key),
                             std::string(cue.owner), cue.negated, sentence.about,
                             sentence.about && cue.counts_for(subject)});
        }
    }
    found.push_back(sentence);
    return found;
}

// The cues of cues_and_sentence alone.
inline std::vector<CueReading> cues_named(const std::string& text, std::uint32_t s,
                                          std::string_view term,
                                          const std::vector<Subject>& subjects,
                                          std::optional<CueKind> kind = std::nullopt,
                                          std::uint32_t subject = 0) {
    auto found = cues_and_sentence(text, s, term, subjects, kind, subject);
    found.pop_back();
    return found;
}

// The last cue of cues_and_sentence, or the sentence's reading when there is none.
inline CueReading cue_named(const std::string& text, std::uint32_t s, std::string_view term,
                            const std::vector<Subject>& subjects,
                            std::optional<CueKind> kind = std::nullopt, std::uint32_t subject = 0) {
    auto found = cues_and_sentence(text, s, term, subjects, kind, subject);
    return found.size() > 1 ? found[found.size() - 2] : found.back();
}

// Whether sentence `s` of the first paragraph of `text` names the first subject, read with the
// shipped lexicon.
inline bool names_subject(const std::string& text, std::uint32_t s, const Subject& subject) {
    const auto a = analyse_with(load_lexicon({}), text, {subject});
    return a->analysis.claim(0, s).mention_of(0) != nullptr;
}

} // namespace redraft::claims::testing
