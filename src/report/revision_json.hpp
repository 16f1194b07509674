#pragma once
// The JSON object of one revision, the same in every schema (docs/json.md, "`old` and `new`").

#include <redraft/report/revision_meta.hpp>

#include <nlohmann/json.hpp>

namespace redraft::report {

// revision, label, name, date, number (null for a file) and paragraphs.
nlohmann::ordered_json revision_json(const RevisionMeta& meta);

} // namespace redraft::report
