#include <redraft/assess/assess.hpp>
#include <redraft/diff/diff.hpp>
#include <redraft/history/blame.hpp>

#include <algorithm>
#include <map>

namespace redraft::history {
namespace {

// The history of one sentence of the revision being walked.
struct Lineage {
    std::uint32_t introduced = 0;
    std::uint32_t changed = 0;
    std::vector<std::string> changed_by; // the change kinds of revision `changed`
    // The last edit that changed what the assessment reads in it (not "reworded" alone), and
    // its kinds; `assessed_by` empty when there was none.
    std::uint32_t assessed = 0;
    std::vector<std::string> assessed_by;
    // characterization, as shown ("not reckless"), -> revision added
    std::map<std::string, std::uint32_t> terms;
};

// A characterization as blame names and follows it: with the words of a negation that governs
// it, so that a sentence that came to deny a term ("reckless" -> "not reckless") is not dated
// from the revision that asserted it, and never reads as the opposite of the text.
CharacterizationBlame characterization_of(const claims::Cue& cue) {
    return {std::string(cue.term), std::string(cue.id),
            cue.negated ? std::string(cue.negation) : std::string(), 0};
}

using Lineages = std::vector<std::vector<Lineage>>; // [paragraph][sentence]

std::map<std::string, std::uint32_t> characterizations(const claims::Claim& claim,
                                                       std::uint32_t revision) {
    std::map<std::string, std::uint32_t> terms;
    for (const auto& cue : claim.cues) {
        if (cue.kind == claims::CueKind::characterization) {
            terms.emplace(characterization_of(cue).shown(), revision);
        }
    }
    return terms;
}

Lineages fresh(const AnalysedRevision& revision, std::uint32_t index) {
    Lineages lineages(revision.doc->paragraphs.size());
    for (std::uint32_t p = 0; p < lineages.size(); ++p) {
        const auto count = revision.doc->paragraphs[p].sentences.size();
        for (std::uint32_t s = 0; s < count; ++s) {
            lineages[p].push_back(
                {index, index, {}, 0, {}, characterizations(revision.analysis.claim(p, s), index)});
        }
    }
    return lineages;
}

// Carries the sentences `olds` over to the sentence `now` became: it dates from the earliest of
// them, and each characterization from the earliest of them that held it (a sentence merged
// from two keeps the history of both; each part of a split keeps the whole's). An edit makes
// `index` its last change, of the kinds `kinds`; characterizations new to the sentence date
// from `index`.
Lineage carry(const std::vector<const Lineage*>& olds, const claims::Claim& now,
              std::uint32_t index, const std::vector<std::string>* kinds) {
    Lineage next;
    next.introduced = index;
    for (const Lineage* old : olds) {
        next.introduced = std::min(next.introduced, old->introduced);
    }
    if (kinds != nullptr) {
        next.changed = index;
        next.changed_by = *kinds;
    } else {
        next.changed = olds.front()->changed;
        next.changed_by = olds.front()->changed_by;
    }
    // A copy-edit after a figure or a judgement changed keeps that change in view: "number
    // changed in r4, reworded in r5", not "reworded in r5" alone. Of sentences merged, the
    // latest such edit.
    if (kinds != nullptr && *kinds != std::vector<std::string>{"reworded"}) {
        next.assessed = index;
        next.assessed_by = *kinds;
    } else {
        for (const Lineage* old : olds) {
            if (!old->assessed_by.empty() &&
                (next.assessed_by.empty() || old->assessed > next.assessed)) {
                next.assessed = old->assessed;
                next.assessed_by = old->assessed_by;
            }
        }
    }
    for (auto& [term, added] : characterizations(now, index)) {
        std::uint32_t since = added;
        for (const Lineage* old : olds) {
            if (const auto before = old->terms.find(term); before != old->terms.end()) {
                since = std::min(since, before->second);
            }
        }
        next.terms.emplace(term, since);
    }
    return next;
}

// The kinds of change the assessment found in a passage's sentences ("hedged", "number
// changed"), each once, in the order found; "reworded" only when nothing else changed.
std::vector<std::string> change_kinds(const assess::Assessment& assessment,
                                      const assess::Passage& passage) {
    std::vector<std::string> kinds;
    for (const auto a : passage.alignments) {
        for (const auto& note : assessment.sentence_notes[passage.entry][a]) {
            std::string kind(assess::to_string(note.kind));
            std::replace(kind.begin(), kind.end(), '_', ' ');
            if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) {
                kinds.push_back(std::move(kind));
            }
        }
    }
    if (kinds.size() > 1) {
        std::erase(kinds, std::string("reworded"));
    }
    if (kinds.empty()) {
        kinds.push_back("reworded");
    }
    return kinds;
}

} // namespace

Blame blame(const std::vector<AnalysedRevision>& chain, const std::vector<std::string>& subjects) {
    Blame result;
    for (const auto& revision : chain) {
        result.chain.push_back(revision.info);
    }
    if (chain.empty()) {
        return result;
    }
    Lineages lineages = fresh(chain.front(), 0);
    for (std::uint32_t i = 1; i < chain.size(); ++i) {
        const AnalysedRevision& older = chain[i - 1];
        const AnalysedRevision& newer = chain[i];
        Lineages next = fresh(newer, i);
        const auto diff = diff::compare(*older.doc, *newer.doc);
        // The assessment's passages (without subjects: only the sentences and their notes):
        // an edited sentence with the sentences split off it or merged into it is one claim.
        const auto assessment = assess::compare({*older.doc, older.analysis},
                                                {*newer.doc, newer.analysis}, diff, {}, {});
        std::vector<std::vector<bool>> in_passage(diff.paragraphs.size());
        for (std::size_t e = 0; e < diff.paragraphs.size(); ++e) {
            in_passage[e].assign(diff.paragraphs[e].sentences.size(), false);
        }
        for (const auto& passage : assessment.passages) {
            for (const auto a : passage.alignments) {
                in_passage[passage.entry][a] = true;
            }
        }
        for (std::size_t e = 0; e < diff.paragraphs.size(); ++e) {
            const auto& paragraph = diff.paragraphs[e];
            if (paragraph.op == diff::ParagraphOp::equal && paragraph.sentences.empty()) {
                // Equal paragraphs keep their sentences one for one.
                const auto o = paragraph.old_paragraphs.front();
                const auto n = paragraph.new_paragraphs.front();
                for (std::uint32_t s = 0; s < next[n].size() && s < lineages[o].size(); ++s) {
                    next[n][s] = carry({&lineages[o][s]}, newer.analysis.claim(n, s), i, nullptr);
                }
                continue;
            }
            // Sentences outside every passage are unchanged (equal, or moved as they were).
            for (std::size_t a = 0; a < paragraph.sentences.size(); ++a) {
                const auto& sentence = paragraph.sentences[a];
                if (in_passage[e][a] || !sentence.old_sentence || !sentence.new_sentence) {
                    continue;
                }
                const auto& o = *sentence.old_sentence;
                const auto& n = *sentence.new_sentence;
                next[n.paragraph][n.sentence] =
                    carry({&lineages[o.paragraph][o.sentence]},
                          newer.analysis.claim(n.paragraph, n.sentence), i, nullptr);
            }
        }
        // A passage with sentences on both sides is one claim edited (split, merged, or a
        // sentence moved unchanged where the diff did not pair it); one side only is a claim
        // added (fresh) or removed (gone), as the assessment reports it.
        for (const auto& passage : assessment.passages) {
            if (passage.old_sentences.empty() || passage.new_sentences.empty()) {
                continue;
            }
            std::vector<const Lineage*> olds;
            for (const auto& o : passage.old_sentences) {
                olds.push_back(&lineages[o.paragraph][o.sentence]);
            }
            const auto kinds = change_kinds(assessment, passage);
            for (const auto& n : passage.new_sentences) {
                next[n.paragraph][n.sentence] =
                    carry(olds, newer.analysis.claim(n.paragraph, n.sentence), i,
                          passage.moved ? nullptr : &kinds);
            }
        }
        lineages = std::move(next);
    }

    const AnalysedRevision& last = chain.back();
    for (std::uint32_t subject = 0; subject < subjects.size(); ++subject) {
        SubjectBlame entry;
        entry.subject = subjects[subject];
        for (std::uint32_t p = 0; p < last.doc->paragraphs.size(); ++p) {
            const auto& paragraph = last.doc->paragraphs[p];
            for (std::uint32_t s = 0; s < paragraph.sentences.size(); ++s) {
                const claims::Claim& claim = last.analysis.claim(p, s);
                if (!claim.is_about(subject)) {
                    continue;
                }
                const Lineage& lineage = lineages[p][s];
                ClaimBlame blame;
                blame.paragraph = p;
                blame.sentence = s;
                blame.text = std::string(paragraph.sentence_text(paragraph.sentences[s]));
                blame.position = paragraph.sentences[s].position;
                blame.introduced = lineage.introduced;
                blame.changed = lineage.changed;
                blame.changed_by = lineage.changed_by;
                blame.assessed = lineage.assessed;
                blame.assessed_by = lineage.assessed_by;
                for (const auto& cue : claim.cues) {
                    // As in the assessment's profile: a characterization of another person in
                    // the sentence ("her predecessor had been erratic") is not the subject's.
                    if (cue.kind != claims::CueKind::characterization || !cue.counts_for(subject)) {
                        continue;
                    }
                    CharacterizationBlame c = characterization_of(cue);
                    const std::string shown = c.shown();
                    const bool seen =
                        std::any_of(blame.characterizations.begin(), blame.characterizations.end(),
                                    [&](const auto& other) { return other.shown() == shown; });
                    if (!seen) {
                        c.introduced = lineage.terms.at(shown);
                        blame.characterizations.push_back(std::move(c));
                    }
                }
                entry.claims.push_back(std::move(blame));
            }
        }
        result.subjects.push_back(std::move(entry));
    }
    return result;
}

} // namespace redraft::history
