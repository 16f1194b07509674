#pragma once
// Blame for claims: for each current claim about a subject, and each characterization in it,
// the revision that introduced it and the last one that changed it, and how. Sentences are
// followed through the diff of every consecutive pair and the assessment's passages, so a claim
// that moved, split or merged keeps its history.

#include <redraft/claims/claims.hpp>
#include <redraft/document/document.hpp>
#include <redraft/store/source.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace redraft::history {

// One revision of the chain, oldest first.
struct AnalysedRevision {
    store::RevisionInfo info;
    std::shared_ptr<const document::Document> doc;
    claims::DocumentAnalysis analysis;
};

struct CharacterizationBlame {
    std::string term;
    std::string id;
    // The words of the negation that governs the term ("not", "rather than"); empty when it is
    // said as it stands. "not reckless" is another judgement than "reckless", with a history of
    // its own.
    std::string negation;
    std::uint32_t introduced = 0; // index into the chain: the revision that added it here
    // "not reckless": the term with its negation, as report headlines name it.
    std::string shown() const { return negation.empty() ? term : negation + " " + term; }
};

struct ClaimBlame {
    std::uint32_t paragraph = 0; // in the last revision
    std::uint32_t sentence = 0;
    std::string text;
    document::Position position;
    std::uint32_t introduced = 0; // index into the chain
    std::uint32_t changed = 0;    // the last revision whose edit touched the sentence
    // What that edit did, as the assessment names it ("hedged", "number changed", "reworded"
    // when nothing it assesses changed); empty when the sentence was never edited.
    std::vector<std::string> changed_by;
    // The last edit that changed what the assessment reads in the sentence (any kind but
    // "reworded"), when a later one only reworded it: `changed` alone would hide that a copy-edit
    // came after a figure changed. Empty `assessed_by` when there was none.
    std::uint32_t assessed = 0;
    std::vector<std::string> assessed_by;
    std::vector<CharacterizationBlame> characterizations;
};

struct SubjectBlame {
    std::string subject;
    std::vector<ClaimBlame> claims; // in document order
};

struct Blame {
    std::vector<store::RevisionInfo> chain; // the revisions followed, oldest first
    std::vector<SubjectBlame> subjects;
};

// Follows every sentence of the last revision of `chain` back through the diffs of consecutive
// revisions. `subjects` are the analysis's subjects (their names, in order).
Blame blame(const std::vector<AnalysedRevision>& chain, const std::vector<std::string>& subjects);

} // namespace redraft::history
