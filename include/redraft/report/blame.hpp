#pragma once
// Renderers of `redraft blame`: text and JSON (schema "redraft.blame/1", docs/json.md).

#include <redraft/history/blame.hpp>

#include <string>

namespace redraft::report {

std::string blame_text(const history::Blame& blame, const std::string& document);
std::string blame_json(const history::Blame& blame, const std::string& document);

} // namespace redraft::report
