#pragma once
// Typed assessment changes between two revisions, on top of the diff's sentence alignment:
// each change names its kind, the sentences on both sides, and the cue words that justify it.

#include <redraft/claims/claims.hpp>
#include <redraft/diff/diff.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace redraft::assess {

enum class ChangeKind {
    claim_added,
    claim_removed,
    characterization_added,
    characterization_removed,
    polarity_shift,
    hedged,
    strengthened,
    negated,
    negation_removed,
    number_changed,
    attribution_changed,
    reworded,
};
std::string_view to_string(ChangeKind kind);

// Which revision holds the word a change is about: both (a word put for another, a weight that
// moved), or one only (a hedge added, an evidential dropped). Reports say which, so that
// "strengthened 'accused of'" never reads as the accusation made stronger. Not in the JSON.
enum class CueSide : std::uint8_t { both, old_only, new_only };

struct AssessmentChange {
    ChangeKind kind = ChangeKind::reworded;
    std::string term; // the characterization, hedge, booster, number or holder concerned
    std::optional<diff::SentenceRef> old_sentence;
    std::optional<diff::SentenceRef> new_sentence;
    std::optional<std::string> old_text; // the sentences themselves, as written
    std::optional<std::string> new_text;
    std::vector<std::string> cues;        // the words that justify the change
    std::vector<std::string> lexicon_ids; // the lexicon rows behind them
    std::string old_value; // number_changed: "196"; attribution_changed: "author"; polarity_shift
    std::string new_value;
    // attribution_changed: whom a pronoun holder stands for in its paragraph (Cue::holder_referent:
    // "Maria Berg" for "She told"), on each side; empty when the holder is no such pronoun.
    std::string old_referent;
    std::string new_referent;
    // attribution_changed: whether each side's holder names nobody in particular (Cue::holder_key
    // "*": a passive, "was widely praised"; "many believe"), which reports call "unnamed others"
    // rather than print a verb phrase as a holder.
    bool old_unnamed = false;
    bool new_unnamed = false;
    CueSide cue_side = CueSide::both;
    // The holder to show: the referent when there is one, else the value as written.
    const std::string& old_shown() const { return old_referent.empty() ? old_value : old_referent; }
    const std::string& new_shown() const { return new_referent.empty() ? new_value : new_referent; }
};

// The change kinds and cues on one sentence alignment, for the diff's per-sentence "changes".
struct SentenceNote {
    ChangeKind kind = ChangeKind::reworded;
    std::vector<std::string> cues;
    // The change's values (AssessmentChange::old_value, new_value): for a number, the old and new
    // quantity as written, one of them empty when the number was added or removed.
    std::string old_value, new_value;
    CueSide cue_side = CueSide::both; // AssessmentChange::cue_side
};

// The sentences compare() looked at as one claim and its edit: an edited pair with the sentences
// split off it or merged into it, a claim added or removed whole (one side empty), or a sentence
// moved unchanged to a place the diff did not pair. Blame follows claims through these.
struct Passage {
    std::uint32_t entry = 0; // index into the diff's paragraphs
    // Indices into diff.paragraphs[entry].sentences (empty for a paragraph the diff lists
    // without sentences, or for a move).
    std::vector<std::uint32_t> alignments;
    std::vector<diff::SentenceRef> old_sentences;
    std::vector<diff::SentenceRef> new_sentences;
    bool moved = false; // removed in one place and found unchanged in another
};

struct SubjectAssessment {
    std::string subject;
    claims::AssessmentProfile old_profile;
    claims::AssessmentProfile new_profile;
    std::vector<AssessmentChange> changes;
};

struct Assessment {
    std::vector<SubjectAssessment> subjects;
    // notes[p][s]: for diff.paragraphs[p].sentences[s].
    std::vector<std::vector<std::vector<SentenceNote>>> sentence_notes;
    std::vector<Passage> passages; // the changed sentences, as compared
    std::vector<std::string> dimensions;
    std::vector<claims::Dimension> configured; // labels of the configured dimensions
    std::string chosen_subject;                // set when redraft chose the subject itself
    bool chosen_from_older = false;            // from the older revision (the newer names nobody)
    std::string passed_over;        // the newer's most named, brought in by the edit (setup.hpp)
    std::vector<std::string> notes; // e.g. a configured subject named nowhere
};

struct Revision {
    const document::Document& doc;
    // Every paragraph analysed; or, when `sums` is given, at least those the diff changed.
    const claims::DocumentAnalysis& analysis;
    // The profile sums of the whole revision per subject, when known without analysing every
    // paragraph (history::PairSums); otherwise they are summed from `analysis`.
    const std::vector<claims::ProfileSums>* sums = nullptr;
};

// Compares two analysed revisions along `diff`.
Assessment compare(const Revision& older, const Revision& newer, const diff::DocumentDiff& diff,
                   const std::vector<claims::Subject>& subjects,
                   const std::vector<claims::Dimension>& configured);

// "No subject configured: redraft chose Mark Rutte, the person the newer revision names most
// often." Empty when the subject was configured or given.
std::string chosen_subject_sentence(const Assessment& assessment);

// Text folded over British and American spelling, word by word: "criticised" and "criticized",
// "colourless" and "colorless", "recognisable", "moderniser", "defences", "centre", "travelled",
// "judgement" have the key of their other spelling. Lowercase; for comparing two revisions'
// rows and holders, never for matching the lexicon.
std::string spelling_key(std::string_view text);

// Whether spelling_key(a) == spelling_key(b), without building the keys of texts that start
// with different letters.
bool same_spelling(std::string_view a, std::string_view b);

// A characterization added or removed as the change says it: with the negation and scale words
// its cues cite ("not reckless", "rather than stubborn", "most powerful"), so that no line that
// names it reads as the opposite of the text; the term alone for another change.
std::string term_as_said(const AssessmentChange& change);

// Where a change is, by paragraph (1-based): "paragraph 4", "paragraph 16 -> 19" (with `arrow`),
// "new paragraph 17" (a sentence the older revision lacks), "old paragraph 2" (one the newer
// lacks); empty when neither side has one. The report's list, check's reasons and the notes say
// a place alike (redraft/report/change_wording.hpp).
std::string paragraphs_of(const std::optional<diff::SentenceRef>& old_sentence,
                          const std::optional<diff::SentenceRef>& new_sentence,
                          std::string_view arrow);

// The ten-second summary for one subject: "The assessment of Mark Rutte became more critical
// (favorability +0.31 -> +0.18) and less certain: 'prudent' dropped, 'accommodating' added;
// 3 claims hedged; 1 claim negated ('reckless'); 1 number changed (196 -> 193)." Scores that
// did not move read "kept its scores (...)" beside a change, "did not change" beside
// rewordings only.
std::string summarize(const SubjectAssessment& subject,
                      const std::vector<claims::Dimension>& configured);

} // namespace redraft::assess
