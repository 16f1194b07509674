#pragma once
// The "assessment" array of the JSON contract, shared by `diff` and `report`.

#include <redraft/assess/assess.hpp>

#include "report/json_writer.hpp"

namespace redraft::report {

// [{"subject", "old": {"claims", "dimensions"}, "new": {...}, "changes": [...]}], written as it
// goes (a tree built first and dumped cost more than the rest of the diff's JSON).
void write_assessment_array(JsonWriter& out, const assess::Assessment& assessment);

// The per-sentence "changes": [{"kind", "cues"}].
void write_sentence_changes(JsonWriter& out, const std::vector<assess::SentenceNote>& notes);

// A score rounded to three decimals, so that JSON output is stable.
double rounded_score(double score);

} // namespace redraft::report
