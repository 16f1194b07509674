#include <redraft/assess/assess.hpp>
#include <redraft/system/parallel.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "assess/aboutness.hpp"
#include "assess/passage_compare.hpp"
#include "assess/passages.hpp"
#include "claims/name_words.hpp"

namespace redraft::assess {

using namespace detail;

namespace {

// The diff's sentence alignments that pair an old sentence with a new one, found by the pair.
class PairedAlignments {
public:
    struct Row {
        std::array<std::uint32_t, 4> pair; // old paragraph and sentence, new paragraph and sentence
        std::uint32_t entry = 0;           // index into diff.paragraphs
        std::uint32_t alignment = 0;       // index into its sentences
    };

    explicit PairedAlignments(const diff::DocumentDiff& diff) {
        for (std::uint32_t e = 0; e < diff.paragraphs.size(); ++e) {
            const auto& sentences = diff.paragraphs[e].sentences;
            for (std::uint32_t k = 0; k < sentences.size(); ++k) {
                if (sentences[k].old_sentence && sentences[k].new_sentence) {
                    rows_.push_back(
                        {key(*sentences[k].old_sentence, *sentences[k].new_sentence), e, k});
                }
            }
        }
        // Stable: the alignments of one pair stay in the diff's order.
        std::stable_sort(rows_.begin(), rows_.end(), by_pair);
    }

    // Every alignment of `o` with `n`, in the diff's order.
    std::span<const Row> find(const SentenceRef& o, const SentenceRef& n) const {
        const auto [first, last] =
            std::equal_range(rows_.begin(), rows_.end(), Row{key(o, n)}, by_pair);
        return {first, last};
    }

private:
    static std::array<std::uint32_t, 4> key(const SentenceRef& o, const SentenceRef& n) {
        return {o.paragraph, o.sentence, n.paragraph, n.sentence};
    }
    static bool by_pair(const Row& a, const Row& b) { return a.pair < b.pair; }
    std::vector<Row> rows_;
};

AssessmentChange place(const LocatedChange& located, const Run& run, const Revision& older,
                       const Revision& newer) {
    AssessmentChange change = located.change;
    if (located.old_item) {
        change.old_sentence = run.items[*located.old_item].old_ref;
    }
    if (located.new_item) {
        change.new_sentence = run.items[*located.new_item].new_ref;
    }
    if (change.old_sentence) {
        change.old_text = sentence_text(older.doc, *change.old_sentence);
        for (const std::size_t item : located.more_old) {
            if (const auto& ref = run.items[item].old_ref) {
                *change.old_text += " " + sentence_text(older.doc, *ref);
            }
        }
    }
    if (change.new_sentence) {
        change.new_text = sentence_text(newer.doc, *change.new_sentence);
        for (const std::size_t item : located.more_new) {
            if (const auto& ref = run.items[item].new_ref) {
                *change.new_text += " " + sentence_text(newer.doc, *ref);
            }
        }
    }
    return change;
}

} // namespace

std::string chosen_subject_sentence(const Assessment& assessment) {
    if (assessment.chosen_subject.empty()) {
        return {};
    }
    // An organization the text names far more often than anyone (setup.cpp) is no person.
    const std::string kind = claims::organization_short_name(assessment.chosen_subject).empty()
                                 ? ", the person"
                                 : ", the organization";
    if (!assessment.passed_over.empty()) {
        return "No subject configured: redraft chose " + assessment.chosen_subject +
               ", the person the older revision names most often (the newer names " +
               assessment.passed_over + " more, but only in passages the edit added).";
    }
    return "No subject configured: redraft chose " + assessment.chosen_subject + kind +
           (assessment.chosen_from_older
                ? " the older revision names most often (the newer names nobody)."
                : " the newer revision names most often.");
}

std::string_view to_string(ChangeKind kind) {
    static constexpr std::string_view names[] = {
        "claim_added",      "claim_removed",  "characterization_added", "characterization_removed",
        "polarity_shift",   "hedged",         "strengthened",           "negated",
        "negation_removed", "number_changed", "attribution_changed",    "reworded"};
    return names[static_cast<std::size_t>(kind)];
}

Assessment compare(const Revision& older, const Revision& newer, const diff::DocumentDiff& diff,
                   const std::vector<claims::Subject>& subjects,
                   const std::vector<claims::Dimension>& configured) {
    Assessment result;
    result.dimensions = claims::dimension_names(configured);
    result.configured = configured;
    std::vector<Run> runs = build_runs(diff, older.doc, newer.doc);
    std::vector<Passage> moves;
    cancel_moved_sentences(runs, older.doc, newer.doc, moves);
    runs = split_passages(runs, diff, older.doc, newer.doc);
    for (const auto& run : runs) {
        Passage passage;
        passage.entry = run.entry;
        const bool listed = !diff.paragraphs[run.entry].sentences.empty();
        for (const auto& item : run.items) {
            if (listed && std::find(passage.alignments.begin(), passage.alignments.end(),
                                    item.alignment) == passage.alignments.end()) {
                passage.alignments.push_back(item.alignment);
            }
            if (item.old_ref) {
                passage.old_sentences.push_back(*item.old_ref);
            }
            if (item.new_ref) {
                passage.new_sentences.push_back(*item.new_ref);
            }
        }
        result.passages.push_back(std::move(passage));
    }
    for (auto& move : moves) {
        result.passages.push_back(std::move(move));
    }

    // Each subject's changes and the per-sentence notes read the same runs and write apart: on a
    // large diff they are worked out side by side (each with its own numbers' words).
    result.subjects.resize(subjects.size());
    const auto subject_changes = [&] {
        QuantityWords quantity_words;
        for (std::uint32_t s = 0; s < subjects.size(); ++s) {
            SubjectAssessment& subject = result.subjects[s];
            subject.subject = subjects[s].name;
            // Counts and scores only: a comparison shows no characterization list or claim list.
            const auto profile = [&](const Revision& side) {
                return claims::profile_from_sums(
                    side.sums != nullptr
                        ? (*side.sums)[s]
                        : claims::profile_sums(side.analysis, s, result.dimensions),
                    subjects[s].name, result.dimensions);
            };
            system::run_both([&] { subject.old_profile = profile(older); },
                             [&] { subject.new_profile = profile(newer); },
                             older.sums == nullptr &&
                                 older.analysis.paragraphs.size() >= system::kParallelParagraphs);
            const Selector about{[s](const Claim& c) { return c.is_about(s); }, s};
            for (const auto& run : runs) {
                for (const auto& located : compare_run(run, older, newer, about, quantity_words)) {
                    subject.changes.push_back(place(located, run, older, newer));
                }
            }
            for (auto& change : aboutness_changes(diff, result.passages, older, newer, s)) {
                subject.changes.push_back(std::move(change));
            }
        }
    };

    // Per sentence: every claim counts, whoever it is about.
    result.sentence_notes.resize(diff.paragraphs.size());
    for (std::size_t e = 0; e < diff.paragraphs.size(); ++e) {
        result.sentence_notes[e].resize(diff.paragraphs[e].sentences.size());
    }
    const auto sentence_notes = [&] {
        QuantityWords quantity_words;
        const Selector any{[](const Claim& c) { return c.declarative; }, std::nullopt};
        for (const auto& run : runs) {
            auto& notes = result.sentence_notes[run.entry];
            if (notes.empty()) {
                continue; // an added or removed paragraph listed without sentences
            }
            for (const auto& located : compare_run(run, older, newer, any, quantity_words)) {
                const auto item = located.change.kind == ChangeKind::claim_removed ||
                                          (located.old_item && !located.new_item)
                                      ? located.old_item
                                      : (located.new_item ? located.new_item : located.old_item);
                if (!item) {
                    continue;
                }
                notes[run.items[*item].alignment].push_back(
                    {located.change.kind, located.change.cues, located.change.old_value,
                     located.change.new_value, located.change.cue_side});
            }
        }
    };
    system::run_both(subject_changes, sentence_notes, runs.size() >= kRunsWorthAThread);
    // A sentence whose words changed little but which started or stopped being about a subject
    // ("She lost" -> "Berg lost") is that subject's claim added or removed: its note says so
    // rather than "reworded", as the subject's list does. The alignments of each such pair are
    // looked up, not searched for through the whole diff per change (8 M instructions at 10 MB).
    std::optional<PairedAlignments> paired;
    for (const auto& subject : result.subjects) {
        for (const auto& change : subject.changes) {
            if ((change.kind != ChangeKind::claim_added &&
                 change.kind != ChangeKind::claim_removed) ||
                !change.old_sentence || !change.new_sentence) {
                continue;
            }
            if (!paired) {
                paired.emplace(diff);
            }
            for (const auto& at : paired->find(*change.old_sentence, *change.new_sentence)) {
                if (at.alignment >= result.sentence_notes[at.entry].size()) {
                    continue;
                }
                auto& notes = result.sentence_notes[at.entry][at.alignment];
                std::erase_if(notes, [](const SentenceNote& note) {
                    return note.kind == ChangeKind::reworded;
                });
                if (std::none_of(notes.begin(), notes.end(), [&](const SentenceNote& note) {
                        return note.kind == change.kind;
                    })) {
                    notes.push_back({change.kind, change.cues, change.old_value, change.new_value,
                                     change.cue_side});
                }
            }
        }
    }
    return result;
}
} // namespace redraft::assess
