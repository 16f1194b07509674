#pragma once
// Changes in sentences that no subject's change list holds: a figure, a hedge or a negation in
// a sentence about no subject ("Inflation rose to 14%" -> "41%"). They move no score, but an
// editor and a CI gate on number_changed want to see them.

#include <redraft/assess/assess.hpp>

#include <optional>
#include <string>
#include <vector>

namespace redraft::assess {

struct SentenceChange {
    ChangeKind kind = ChangeKind::reworded;
    std::vector<std::string> cues;
    std::optional<diff::SentenceRef> old_sentence, new_sentence;
    std::string old_value, new_value; // SentenceNote's: empty on the side a number is missing
    CueSide cue_side = CueSide::both; // SentenceNote's: a hedge that came or went
    // A subject whose changes point at the same sentence with another kind ("He is not sincere"
    // is that subject's characterization_added 'not sincere', and any claim's negated 'not'),
    // and the kind: the sentence is about that subject after all. Empty when none does.
    std::string subject;
    std::optional<ChangeKind> subject_kind;
    // The change as a subject's would be listed, for the wording a report and check share
    // (redraft/report/change_wording.hpp): its term is the words its cues end with.
    AssessmentChange as_change() const;
};

// The per-sentence changes of `diff` that no subject's change of the same kind points at, in
// the diff's order; not `reworded`, and not a sentence added or removed whole.
std::vector<SentenceChange> changes_about_no_subject(const Assessment& assessment,
                                                     const diff::DocumentDiff& diff);

// "paragraph 3", as paragraphs_of says a place ("new paragraph 3" for a sentence added).
std::string place_of(const SentenceChange& change);

// The notes on what changed in sentences about no subject, which moves no score: the numbers
// ("2 numbers changed in sentences about no subject, which move no score: 14% -> 41% (paragraph
// 3); 17 added (paragraph 4)"), then the hedges, evidentials and boosters ("1 change of
// certainty in a sentence about no subject, which moves no score: hedged, 'reportedly' added
// (paragraph 2)"); each only where such a change is.
std::vector<std::string> no_subject_changes_notes(const std::vector<SentenceChange>& changes);

} // namespace redraft::assess
