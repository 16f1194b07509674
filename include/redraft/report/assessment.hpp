#pragma once
// Rendering of assessments: one revision's profiles (`redraft assess`) and the changes between
// two revisions (`redraft report`).

#include <redraft/assess/assess.hpp>
#include <redraft/claims/claims.hpp>
#include <redraft/report/revision_meta.hpp>

#include <string>
#include <vector>

namespace redraft::report {

// One revision as `redraft assess` shows it.
struct ProfileView {
    const document::Document& doc;
    const claims::DocumentAnalysis& analysis;
    std::string revision; // how the user named it (the JSON's "revision")
    RevisionMeta source;  // the revision as stored, or the file (the JSON's "source")
    std::vector<claims::AssessmentProfile> profiles;
    std::vector<claims::Dimension> configured;
    std::string chosen_subject;     // set when redraft chose the subject
    std::string title;              // the first line's name for it: revision_title()
    std::vector<std::string> notes; // what the reader should know: sentences counted for no one
};

std::string profile_text(const ProfileView& view);
std::string profile_json(const ProfileView& view);

// Two revisions as `redraft report` shows them.
struct AssessmentView {
    const assess::Assessment& assessment;
    std::string title; // the first line's name for the pair: pair_title()
};

// Starts with one plain summary sentence per subject, then every change with its evidence.
std::string assessment_text(const AssessmentView& view);

} // namespace redraft::report
