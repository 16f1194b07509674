#pragma once
// The verdict of `redraft check`, the CI gate, and its renderers: text for a terminal, JSON
// (schema "redraft.check/1", docs/json.md) and Markdown for a pull-request comment.

#include <redraft/report/change_report.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace redraft::report {

enum class Gate { max_shift, fail_on, require_label };

// "max_shift", "fail_on", "require_label": the option's name in JSON.
std::string_view to_string(Gate gate);

// The gates asked for.
struct GateSettings {
    std::vector<std::pair<std::string, double>> max_shifts; // dimension, largest allowed shift
    std::vector<std::string> fail_on;                       // change kinds
    bool require_label = false;
};

struct GateFailure {
    Gate gate = Gate::max_shift;
    std::string subject; // empty for require_label
    std::string detail;  // the dimension (max_shift) or the change kind (fail_on)
    std::string reason;  // one sentence, as the text output lists it
};

// One subject's score on one dimension in both revisions.
struct MeasuredShift {
    std::string subject;
    std::string dimension;
    double old_score = 0;
    double new_score = 0;
    std::optional<double> limit; // set when --max-shift names the dimension
};

struct CheckResult {
    RevisionMeta old_meta, new_meta;
    GateSettings gates;
    std::vector<GateFailure> failures; // empty when the gate passes
    std::vector<MeasuredShift> shifts; // every subject and dimension
    // Where a limit changed the comparison (a sentence pair too long for a word diff).
    std::vector<std::string> notes;
    // The person redraft chose when no subject was configured or given, else empty.
    std::string chosen_subject;
    bool passed() const { return failures.empty(); }
};

std::string check_text(const CheckResult& result);
std::string check_json(const CheckResult& result);
// A pull-request comment: the verdict as a heading, each failed reason, the gates asked for,
// and a table of the measured shifts.
std::string check_markdown(const CheckResult& result);

} // namespace redraft::report
