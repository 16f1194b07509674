#include "assess/aboutness.hpp"

#include <redraft/assess/assess.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "assess/passage_compare.hpp"
#include "assess/passages.hpp"

namespace redraft::assess {

using namespace detail;

namespace {

// Whether a sentence whose words did not change holds its judgements otherwise: a verdict on
// them in the sentence after it came or went ("Brask is right." after his quotation makes his
// reproaches the author's; task s1), so that their holder or negation changed, or a paragraph
// equal by comparison key is analysed apart and counts one more or fewer ("RUTTE WAS FIRM" ->
// "Rutte was firm").
bool views_changed(const Claim& before, const Claim& after) {
    const auto judgement = [](const claims::Cue& c) {
        return c.kind == claims::CueKind::characterization;
    };
    auto a = before.cues.begin();
    auto b = after.cues.begin();
    while (true) {
        a = std::find_if(a, before.cues.end(), judgement);
        b = std::find_if(b, after.cues.end(), judgement);
        if (a == before.cues.end() || b == after.cues.end()) {
            return (a == before.cues.end()) != (b == after.cues.end());
        }
        if (a->holder_key != b->holder_key || a->negated != b->negated) {
            return true;
        }
        ++a;
        ++b;
    }
}

// The changes of such a sentence, as the comparison of an edited sentence names them
// (attribution_changed, negated).
void add_changed_views(const SentenceRef& o, const SentenceRef& n, const Revision& older,
                       const Revision& newer, std::uint32_t subject,
                       std::vector<AssessmentChange>& changes) {
    const Run pair{0, {RunItem{0, o, n, true, 1.0}}};
    QuantityWords words; // the same words: its numbers did not change
    for (auto& located : compare_run(
             pair, older, newer,
             Selector{[subject](const Claim& c) { return c.is_about(subject); }, subject}, words)) {
        auto& c = located.change;
        c.old_sentence = o;
        c.new_sentence = n;
        c.old_text = sentence_text(older.doc, o);
        c.new_text = sentence_text(newer.doc, n);
        changes.push_back(std::move(c));
    }
}

// A sentence whose words did not change can still stop or start being about a subject when
// its paragraph changed around it: a split leaves "She was effective" in a paragraph that no
// longer names her. The profile counts it on one side only, so it is reported as a claim
// removed or added, citing the words that made it about her (or that no longer do).
void add_aboutness_change(const SentenceRef& o, const SentenceRef& n, const Revision& older,
                          const Revision& newer, std::uint32_t subject,
                          std::vector<AssessmentChange>& changes) {
    const Claim& before = older.analysis.claim(o.paragraph, o.sentence);
    const Claim& after = newer.analysis.claim(n.paragraph, n.sentence);
    if (before.is_about(subject) == after.is_about(subject)) {
        if (before.is_about(subject) && views_changed(before, after)) {
            add_changed_views(o, n, older, newer, subject, changes);
        }
        return;
    }
    AssessmentChange change;
    const bool gained = after.is_about(subject);
    change.kind = gained ? ChangeKind::claim_added : ChangeKind::claim_removed;
    const claims::Mention* mention = (gained ? after : before).mention_of(subject);
    if (mention != nullptr) {
        change.cues.emplace_back(mention->words);
    }
    // What the claim brings or takes with it, as the same sentence added or removed
    // would report it: its characterizations and others' views moved the scores too.
    const Run alone{0,
                    {RunItem{0, gained ? std::nullopt : std::optional<SentenceRef>(o),
                             gained ? std::optional<SentenceRef>(n) : std::nullopt, false, 0.0}}};
    std::vector<AssessmentChange> brought;
    QuantityWords words; // a claim added or removed whole: its numbers are not compared
    for (auto& located : compare_run(
             alone, older, newer,
             Selector{[subject](const Claim& c) { return c.is_about(subject); }, subject}, words)) {
        if (located.change.kind == change.kind) { // its hedges: "(with 'arguably')"
            for (auto& cue : located.change.cues) {
                change.cues.push_back(std::move(cue));
            }
            for (auto& id : located.change.lexicon_ids) {
                change.lexicon_ids.push_back(std::move(id));
            }
            continue;
        }
        brought.push_back(std::move(located.change));
    }
    brought.push_back(std::move(change));
    for (auto& c : brought) {
        c.old_sentence = o;
        c.new_sentence = n;
        c.old_text = sentence_text(older.doc, o);
        c.new_text = sentence_text(newer.doc, n);
        changes.push_back(std::move(c));
    }
}

} // namespace

namespace detail {

std::vector<AssessmentChange> aboutness_changes(const diff::DocumentDiff& diff,
                                                const std::vector<Passage>& passages,
                                                const Revision& older, const Revision& newer,
                                                std::uint32_t subject) {
    std::vector<AssessmentChange> changes;
    for (const auto& entry : diff.paragraphs) {
        if (entry.op == diff::ParagraphOp::equal) {
            // An equal paragraph shares one analysis between the revisions, unless it is
            // analysed apart (see above).
            for (std::size_t k = 0;
                 k < entry.old_paragraphs.size() && k < entry.new_paragraphs.size(); ++k) {
                const auto o = entry.old_paragraphs[k];
                const auto n = entry.new_paragraphs[k];
                const auto& before = older.analysis.paragraphs[o];
                const auto& after = newer.analysis.paragraphs[n];
                if (before == after || before == nullptr || after == nullptr) {
                    continue;
                }
                const std::size_t sentences = std::min(before->claims.size(), after->claims.size());
                for (std::uint32_t c = 0; c < sentences; ++c) {
                    add_aboutness_change({o, c}, {n, c}, older, newer, subject, changes);
                }
            }
            continue;
        }
        for (const auto& sentence : entry.sentences) {
            // A sentence moved with an edit is the edited sentence's comparison (passages).
            if (kept_its_words(sentence) && sentence.old_sentence && sentence.new_sentence) {
                add_aboutness_change(*sentence.old_sentence, *sentence.new_sentence, older, newer,
                                     subject, changes);
            }
        }
    }
    for (const auto& passage : passages) {
        if (passage.moved && passage.old_sentences.size() == 1 &&
            passage.new_sentences.size() == 1) {
            add_aboutness_change(passage.old_sentences[0], passage.new_sentences[0], older, newer,
                                 subject, changes);
        }
    }
    return changes;
}

} // namespace detail
} // namespace redraft::assess
