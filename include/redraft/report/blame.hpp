#pragma once
// Renderers of `redraft blame`: text and JSON (schema "redraft.blame/1", docs/json.md).

#include <redraft/history/blame.hpp>

#include <string>

namespace redraft::report {

std::string blame_text(const history::Blame& blame, const std::string& document);
// `chosen_subject`: the person redraft chose when none was configured or given (then a
// "chosen_subject" field says so, as in the other schemas), else empty.
std::string blame_json(const history::Blame& blame, const std::string& document,
                       const std::string& chosen_subject = "");

} // namespace redraft::report
