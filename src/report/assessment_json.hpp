#pragma once
// The "assessment" array of the JSON contract, shared by `diff` and `report`.

#include <redraft/assess/assess.hpp>

#include <nlohmann/json.hpp>

namespace redraft::report {

// [{"subject", "old": {"claims", "dimensions"}, "new": {...}, "changes": [...]}]
nlohmann::ordered_json assessment_array(const assess::Assessment& assessment);

// The per-sentence "changes": [{"kind", "cues"}].
nlohmann::ordered_json sentence_changes(const std::vector<assess::SentenceNote>& notes);

// A score rounded to three decimals, so that JSON output is stable.
double rounded_score(double score);

} // namespace redraft::report
