// Renderers of the CI gate's verdict (`redraft check`).

#include <redraft/report/check.hpp>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>

#include "report/escape.hpp"
#include "report/json_writer.hpp"
#include "report/revision_json.hpp"
#include "report/walk.hpp"

namespace redraft::report {
namespace {

using nlohmann::ordered_json;

std::string fixed2(double value, bool sign) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, sign ? "%+.2f" : "%.2f", value);
    return buffer;
}

std::string pair_name(const CheckResult& result) {
    return pair_title(result.old_meta, result.new_meta, "->");
}

} // namespace

std::string_view to_string(Gate gate) {
    switch (gate) {
    case Gate::max_shift:
        return "max_shift";
    case Gate::fail_on:
        return "fail_on";
    case Gate::require_label:
        return "require_label";
    }
    return "max_shift";
}

std::string check_text(const CheckResult& result) {
    std::string text;
    if (result.passed()) {
        text = "check passed: " + pair_name(result) + "\n";
    } else {
        text = "check failed: " + pair_name(result) + ", " +
               std::to_string(result.failures.size()) +
               (result.failures.size() == 1 ? " reason" : " reasons") + ":\n";
        for (const auto& failure : result.failures) {
            text += "  - " + failure.reason + "\n";
        }
    }
    for (const auto& note : result.notes) {
        text += "note: " + note + "\n";
    }
    return text;
}

std::string check_json(const CheckResult& result) {
    ordered_json max_shift = ordered_json::object();
    for (const auto& [dimension, limit] : result.gates.max_shifts) {
        max_shift[dimension] = limit;
    }
    ordered_json failures = ordered_json::array();
    for (const auto& failure : result.failures) {
        ordered_json item = {{"gate", to_string(failure.gate)}};
        item["subject"] = failure.subject.empty() ? ordered_json() : ordered_json(failure.subject);
        if (failure.gate == Gate::max_shift) {
            item["dimension"] = failure.detail;
        } else if (failure.gate == Gate::fail_on) {
            item["kind"] = failure.detail;
        }
        item["reason"] = failure.reason;
        failures.push_back(std::move(item));
    }
    ordered_json shifts = ordered_json::array();
    for (const auto& shift : result.shifts) {
        ordered_json item = {{"subject", shift.subject},
                             {"dimension", shift.dimension},
                             {"old", shift.old_score},
                             {"new", shift.new_score},
                             {"shift", shift.new_score - shift.old_score}};
        item["limit"] = shift.limit ? ordered_json(*shift.limit) : ordered_json();
        shifts.push_back(std::move(item));
    }
    ordered_json root = {{"schema", "redraft.check/1"},
                         {"old", revision_json(result.old_meta)},
                         {"new", revision_json(result.new_meta)},
                         {"passed", result.passed()},
                         {"gates",
                          {{"max_shift", max_shift},
                           {"fail_on", result.gates.fail_on},
                           {"require_label", result.gates.require_label}}},
                         {"failures", failures},
                         {"shifts", shifts}};
    // Whom the gate checked, for a program that should not parse the note saying so.
    if (!result.chosen_subject.empty()) {
        root["chosen_subject"] = result.chosen_subject;
    }
    root["notes"] = result.notes;
    return json_text(root);
}

std::string check_markdown(const CheckResult& result) {
    const std::string arrow_glyph = "\xE2\x86\x92";
    const std::string arrow = " " + arrow_glyph + " ";
    std::string out =
        result.passed()
            ? "### \xE2\x9C\x85 redraft check passed\n\n"
            : "### \xE2\x9D\x8C redraft check failed: " + std::to_string(result.failures.size()) +
                  (result.failures.size() == 1 ? " reason" : " reasons") + "\n\n";
    out += markdown_escape(pair_title(result.old_meta, result.new_meta, arrow_glyph)) + "\n\n";
    for (const auto& failure : result.failures) {
        out += "- " + markdown_escape(failure.reason) + "\n";
    }
    if (!result.failures.empty()) {
        out += "\n";
    }
    std::vector<std::string> gates;
    for (const auto& [dimension, limit] : result.gates.max_shifts) {
        gates.push_back(markdown_escape(dimension) + " may move at most " + fixed2(limit, false));
    }
    if (!result.gates.fail_on.empty()) {
        std::string kinds;
        for (const auto& kind : result.gates.fail_on) {
            kinds += (kinds.empty() ? "" : ", ") + markdown_escape(kind);
        }
        gates.push_back("fails on " + kinds);
    }
    if (result.gates.require_label) {
        gates.push_back("a label is required when the assessment moves");
    }
    out += "**Gates:** ";
    if (gates.empty()) {
        out += "none (only errors fail)";
    }
    for (std::size_t i = 0; i < gates.size(); ++i) {
        out += (i == 0 ? "" : "; ") + gates[i];
    }
    out += "\n";
    for (const auto& note : result.notes) {
        out += "\n> **Note:** " + markdown_escape(note) + "\n";
    }
    if (!result.shifts.empty()) {
        out += "\n| subject | dimension | old" + arrow +
               "new | shift | allowed |\n"
               "|---|---|---|---:|---:|\n";
        for (const auto& shift : result.shifts) {
            out +=
                "| " + markdown_escape(shift.subject) + " | " + markdown_escape(shift.dimension) +
                " | " + walk::typeset_score(shift.old_score) + arrow +
                walk::typeset_score(shift.new_score) + " | " +
                walk::typeset_score(claims::shown_shift(shift.old_score, shift.new_score)) + " | " +
                (shift.limit ? fixed2(*shift.limit, false) : std::string("\xE2\x80\x93")) + " |\n";
        }
    }
    return out;
}

} // namespace redraft::report
