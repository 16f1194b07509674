#include <redraft/assess/no_subject.hpp>

#include <algorithm>

namespace redraft::assess {

std::vector<SentenceChange> changes_about_no_subject(const Assessment& assessment,
                                                     const diff::DocumentDiff& diff) {
    // Whether a subject's change points at sentence `s`, by its old or its new side.
    const auto points_at = [](const AssessmentChange& c, const diff::SentenceAlignment& s) {
        return (s.new_sentence && c.new_sentence == s.new_sentence) ||
               (s.old_sentence && c.old_sentence == s.old_sentence);
    };
    // A subject's change of the same kind holds it, and so does a claim added or removed on
    // that sentence: "He was accused ... in 2023." (no one) -> "Achebe was cleared ... in 2024."
    // is a claim about Achebe added, whose year is part of it, not a sentence about no subject.
    const auto covered = [&](ChangeKind kind, const diff::SentenceAlignment& s) {
        for (const auto& subject : assessment.subjects) {
            for (const auto& c : subject.changes) {
                const bool whole_claim = (c.kind == ChangeKind::claim_added && s.new_sentence &&
                                          c.new_sentence == s.new_sentence) ||
                                         (c.kind == ChangeKind::claim_removed && s.old_sentence &&
                                          c.old_sentence == s.old_sentence);
                if (whole_claim || (c.kind == kind && points_at(c, s))) {
                    return true;
                }
            }
        }
        return false;
    };
    // The first subject whose list holds sentence `s` as another kind, and that kind.
    const auto listed_for = [&](const diff::SentenceAlignment& s, SentenceChange& change) {
        for (const auto& subject : assessment.subjects) {
            for (const auto& c : subject.changes) {
                if (points_at(c, s)) {
                    change.subject = subject.subject;
                    change.subject_kind = c.kind;
                    return;
                }
            }
        }
    };
    std::vector<SentenceChange> out;
    const auto& entries = diff.paragraphs;
    for (std::size_t e = 0; e < entries.size() && e < assessment.sentence_notes.size(); ++e) {
        const auto& notes = assessment.sentence_notes[e];
        for (std::size_t k = 0; k < entries[e].sentences.size() && k < notes.size(); ++k) {
            const auto& s = entries[e].sentences[k];
            for (const auto& note : notes[k]) {
                // A sentence about no one added or removed whole is no news; what changed in
                // one is.
                if (note.kind == ChangeKind::reworded || note.kind == ChangeKind::claim_added ||
                    note.kind == ChangeKind::claim_removed || covered(note.kind, s)) {
                    continue;
                }
                SentenceChange change;
                change.kind = note.kind;
                change.cues = note.cues;
                change.old_sentence = s.old_sentence;
                change.new_sentence = s.new_sentence;
                change.old_value = note.old_value;
                change.new_value = note.new_value;
                change.cue_side = note.cue_side;
                listed_for(s, change);
                out.push_back(std::move(change));
            }
        }
    }
    return out;
}

namespace {

// " added" or " dropped" for a number one side lacks ("eleven vessels" -> "17 vessels"), which
// its one cue alone does not tell, as the headline and the list of changes say it; empty for a
// number changed, or another kind.
std::string one_side(const SentenceChange& change) {
    if (change.kind != ChangeKind::number_changed ||
        change.old_value.empty() == change.new_value.empty()) {
        return "";
    }
    return change.old_value.empty() ? " added" : " dropped";
}

} // namespace

AssessmentChange SentenceChange::as_change() const {
    AssessmentChange change;
    change.kind = kind;
    change.term = cues.empty() ? std::string() : cues.back();
    change.cues = cues;
    change.old_sentence = old_sentence;
    change.new_sentence = new_sentence;
    change.old_value = old_value;
    change.new_value = new_value;
    change.cue_side = cue_side;
    return change;
}

std::string place_of(const SentenceChange& change) {
    return paragraphs_of(change.old_sentence, change.new_sentence, "->");
}

namespace {

// The note on the numbers changed in sentences about no subject; none when no number changed.
std::optional<std::string> numbers_note(const std::vector<SentenceChange>& changes) {
    // Figures are facts wherever they stand; other cues in a sentence about no one (the
    // alliance is "most powerful") judge no subject, and the diff shows them beside it.
    std::vector<const SentenceChange*> numbers;
    for (const auto& change : changes) {
        if (change.kind == ChangeKind::number_changed) {
            numbers.push_back(&change);
        }
    }
    if (numbers.empty()) {
        return std::nullopt;
    }
    constexpr std::size_t kListed = 5;
    std::string note =
        std::to_string(numbers.size()) +
        (numbers.size() == 1 ? " number changed in a sentence about no subject, which moves"
                             : " numbers changed in sentences about no subject, which move") +
        " no score: ";
    for (std::size_t i = 0; i < numbers.size() && i < kListed; ++i) {
        // As the headline and the list of changes give numbers: "14% -> 41%", "17 added".
        std::string values;
        for (const auto& cue : numbers[i]->cues) {
            values += (values.empty() ? "" : " -> ") + cue;
        }
        note += (i == 0 ? "" : "; ") + values + one_side(*numbers[i]) + " (" +
                place_of(*numbers[i]) + ")";
    }
    if (numbers.size() > kListed) {
        note += "; " + std::to_string(numbers.size() - kListed) + " more";
    }
    return note;
}

// How a change of certainty is listed in the note: "hedged, 'reportedly' added", "made firmer,
// 'perhaps' dropped", "hedged, 'clearly' -> 'probably'".
std::string certainty_change(const SentenceChange& change) {
    std::string words;
    for (const auto& cue : change.cues) {
        words += (words.empty() ? "'" : " -> '") + cue + "'";
    }
    const std::string side = change.cue_side == CueSide::new_only   ? " added"
                             : change.cue_side == CueSide::old_only ? " dropped"
                                                                    : "";
    return std::string(change.kind == ChangeKind::hedged ? "hedged, " : "made firmer, ") + words +
           side;
}

// The note on the hedges, evidentials and boosters added, dropped or changed in sentences about
// no subject: "The economy grew." -> "The economy reportedly grew." judges no one, yet an editor
// reviewing a draft wants to know that a plain statement became a reported one.
std::optional<std::string> certainty_note(const std::vector<SentenceChange>& changes) {
    std::vector<const SentenceChange*> certainty;
    for (const auto& change : changes) {
        if (change.kind == ChangeKind::hedged || change.kind == ChangeKind::strengthened) {
            certainty.push_back(&change);
        }
    }
    if (certainty.empty()) {
        return std::nullopt;
    }
    constexpr std::size_t kListed = 5;
    std::string note = std::to_string(certainty.size()) +
                       (certainty.size() == 1
                            ? " change of certainty in a sentence about no subject, which moves"
                            : " changes of certainty in sentences about no subject, which move") +
                       " no score: ";
    for (std::size_t i = 0; i < certainty.size() && i < kListed; ++i) {
        note += (i == 0 ? "" : "; ") + certainty_change(*certainty[i]) + " (" +
                place_of(*certainty[i]) + ")";
    }
    if (certainty.size() > kListed) {
        note += "; " + std::to_string(certainty.size() - kListed) + " more";
    }
    return note;
}

} // namespace

std::vector<std::string> no_subject_changes_notes(const std::vector<SentenceChange>& changes) {
    std::vector<std::string> notes;
    for (auto note : {numbers_note(changes), certainty_note(changes)}) {
        if (note) {
            notes.push_back(std::move(*note));
        }
    }
    return notes;
}

} // namespace redraft::assess
