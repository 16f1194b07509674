#pragma once
// Renderers of a document's timeline (`redraft timeline`): a table per subject in text and
// Markdown, rows in JSON (schema "redraft.timeline/1", docs/json.md), a chart per subject in
// HTML. Each is a pure function of the timeline.

#include <redraft/history/timeline.hpp>

#include <string>

namespace redraft::report {

std::string timeline_text(const history::Timeline& timeline);
std::string timeline_json(const history::Timeline& timeline);
std::string timeline_markdown(const history::Timeline& timeline);
// One self-contained page: per subject an SVG chart of each dimension across the revisions and
// the table of profiles, then each step's headline changes.
std::string timeline_html(const history::Timeline& timeline);

} // namespace redraft::report
