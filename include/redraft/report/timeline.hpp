#pragma once
// Renderers of a document's timeline (`redraft timeline`): a table per subject in text, rows in
// JSON (schema "redraft.timeline/1", docs/json.md).

#include <redraft/history/timeline.hpp>

#include <string>

namespace redraft::report {

std::string timeline_text(const history::Timeline& timeline);
std::string timeline_json(const history::Timeline& timeline);

} // namespace redraft::report
