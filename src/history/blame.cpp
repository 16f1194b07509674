#include <redraft/diff/diff.hpp>
#include <redraft/history/blame.hpp>

#include <map>

namespace redraft::history {
namespace {

// The history of one sentence of the revision being walked.
struct Lineage {
    std::uint32_t introduced = 0;
    std::uint32_t changed = 0;
    std::map<std::string, std::uint32_t> terms; // characterization term -> revision added
};

using Lineages = std::vector<std::vector<Lineage>>; // [paragraph][sentence]

std::map<std::string, std::uint32_t> characterizations(const claims::Claim& claim,
                                                       std::uint32_t revision) {
    std::map<std::string, std::uint32_t> terms;
    for (const auto& cue : claim.cues) {
        if (cue.kind == claims::CueKind::characterization) {
            terms.emplace(cue.term, revision);
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
                {index, index, characterizations(revision.analysis.claim(p, s), index)});
        }
    }
    return lineages;
}

// Carries `old` over to the sentence it became; an edit makes `index` its last change, and
// characterizations new to the sentence date from `index`.
Lineage carry(const Lineage& old, const claims::Claim& now, std::uint32_t index, bool edited) {
    Lineage next;
    next.introduced = old.introduced;
    next.changed = edited ? index : old.changed;
    for (auto& [term, added] : characterizations(now, index)) {
        const auto before = old.terms.find(term);
        next.terms.emplace(term, before == old.terms.end() ? added : before->second);
    }
    return next;
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
        for (const auto& paragraph : diff.paragraphs) {
            if (paragraph.op == diff::ParagraphOp::equal && paragraph.sentences.empty()) {
                // Equal paragraphs keep their sentences one for one.
                const auto o = paragraph.old_paragraphs.front();
                const auto n = paragraph.new_paragraphs.front();
                for (std::uint32_t s = 0; s < next[n].size() && s < lineages[o].size(); ++s) {
                    next[n][s] = carry(lineages[o][s], newer.analysis.claim(n, s), i, false);
                }
                continue;
            }
            for (const auto& sentence : paragraph.sentences) {
                if (!sentence.old_sentence || !sentence.new_sentence) {
                    continue; // added: fresh; removed: gone
                }
                const auto& o = *sentence.old_sentence;
                const auto& n = *sentence.new_sentence;
                const bool edited =
                    sentence.op == diff::SentenceOp::edited ||
                    (sentence.op == diff::SentenceOp::moved && sentence.similarity < 1.0);
                next[n.paragraph][n.sentence] =
                    carry(lineages[o.paragraph][o.sentence],
                          newer.analysis.claim(n.paragraph, n.sentence), i, edited);
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
                for (const auto& cue : claim.cues) {
                    if (cue.kind != claims::CueKind::characterization) {
                        continue;
                    }
                    bool seen = false;
                    for (const auto& c : blame.characterizations) {
                        seen = seen || c.term == cue.term;
                    }
                    if (!seen) {
                        blame.characterizations.push_back(
                            {std::string(cue.term), std::string(cue.id),
                             lineage.terms.at(std::string(cue.term))});
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
