// redraft check A B: a gate for CI. Fails (exit 1, every reason listed) when a dimension moved
// more than allowed, when a forbidden kind of change occurs, or when the assessment moved and
// the newer revision carries no label.

#include <redraft/assess/assess.hpp>
#include <redraft/diff/diff.hpp>
#include <redraft/error.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <memory>
#include <sstream>

#include "cli/assessment_options.hpp"
#include "cli/cli.hpp"
#include "cli/revisions.hpp"
#include "cli/sources.hpp"

namespace redraft::cli {
namespace {

struct CheckCommandOptions {
    std::string older;
    std::string newer;
    std::string document;
    std::vector<std::string> max_shifts; // DIM=LIMIT
    std::vector<std::string> fail_on;    // change kinds
    bool require_label = false;
    SourceFlags sources;
    AssessmentOptions assessment;
    OutputOptions output;
};

struct ShiftLimit {
    std::string dimension;
    double limit = 0.0;
};

constexpr assess::ChangeKind kAllKinds[] = {
    assess::ChangeKind::claim_added,
    assess::ChangeKind::claim_removed,
    assess::ChangeKind::characterization_added,
    assess::ChangeKind::characterization_removed,
    assess::ChangeKind::polarity_shift,
    assess::ChangeKind::hedged,
    assess::ChangeKind::strengthened,
    assess::ChangeKind::negated,
    assess::ChangeKind::negation_removed,
    assess::ChangeKind::number_changed,
    assess::ChangeKind::attribution_changed,
    assess::ChangeKind::reworded,
};

std::string kind_list() {
    std::string list;
    for (const auto kind : kAllKinds) {
        list += (list.empty() ? "" : ", ") + std::string(to_string(kind));
    }
    return list;
}

ShiftLimit parse_shift(const std::string& text) {
    const auto equals = text.find('=');
    const std::string advice = "--max-shift '" + text +
                               "': expected DIMENSION=LIMIT with LIMIT a number from 0 to 2, "
                               "e.g. --max-shift favorability=0.2";
    if (equals == std::string::npos || equals == 0 || equals + 1 == text.size()) {
        throw Error(ErrorKind::usage, advice);
    }
    ShiftLimit shift;
    shift.dimension = text.substr(0, equals);
    const char* first = text.data() + equals + 1;
    const char* last = text.data() + text.size();
    const auto [end, status] = std::from_chars(first, last, shift.limit);
    if (status != std::errc() || end != last || !(shift.limit >= 0.0 && shift.limit <= 2.0)) {
        throw Error(ErrorKind::usage, advice);
    }
    return shift;
}

std::vector<assess::ChangeKind> parse_kinds(const std::vector<std::string>& given) {
    std::vector<assess::ChangeKind> kinds;
    for (const std::string& group : given) {
        std::stringstream stream(group);
        std::string name;
        while (std::getline(stream, name, ',')) {
            if (name.empty()) {
                continue;
            }
            bool known = false;
            for (const auto kind : kAllKinds) {
                if (to_string(kind) == name) {
                    kinds.push_back(kind);
                    known = true;
                }
            }
            if (!known) {
                throw Error(ErrorKind::usage, "--fail-on: unknown change kind '" + name +
                                                  "'; the kinds are: " + kind_list());
            }
        }
    }
    return kinds;
}

std::string signed_score(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%+.2f", value);
    return buffer;
}

const claims::DimensionScore* find_dimension(const claims::AssessmentProfile& profile,
                                             const std::string& name) {
    for (const auto& dimension : profile.dimensions) {
        if (dimension.name == name) {
            return &dimension;
        }
    }
    return nullptr;
}

std::string where(const assess::AssessmentChange& change) {
    if (change.new_sentence) {
        return "new paragraph " + std::to_string(change.new_sentence->paragraph + 1);
    }
    if (change.old_sentence) {
        return "old paragraph " + std::to_string(change.old_sentence->paragraph + 1);
    }
    return "the document";
}

// True when any dimension score or any claim's assessment changed (rewording alone does not
// count).
bool assessment_moved(const assess::Assessment& assessment) {
    for (const auto& subject : assessment.subjects) {
        for (const auto& change : subject.changes) {
            if (change.kind != assess::ChangeKind::reworded) {
                return true;
            }
        }
        for (const auto& dimension : subject.new_profile.dimensions) {
            const auto* old = find_dimension(subject.old_profile, dimension.name);
            if (old == nullptr || std::fabs(old->score - dimension.score) >= 0.005) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

void register_check(CLI::App& app, Context& context) {
    auto options = std::make_shared<CheckCommandOptions>();
    auto* command = app.add_subcommand(
        "check", "Gate a change in CI: exit 1, listing every reason, when the assessment moved "
                 "more than allowed; 0 when the gate passes");
    command->add_option("A", options->older, "The older revision: a file or a revision spec")
        ->required();
    command->add_option("B", options->newer, "The newer revision: a file or a revision spec")
        ->required();
    command->add_option("DOC", options->document,
                        "The document, for revision specs (default: the store's only one); "
                        "also after --");
    command->add_option("--max-shift", options->max_shifts,
                        "Fail when a dimension's score moves more than this: DIM=LIMIT, e.g. "
                        "favorability=0.2 (repeatable)");
    command->add_option("--fail-on", options->fail_on,
                        "Fail on any change of these kinds: KIND,... e.g. negated,number_changed");
    command->add_flag("--require-label", options->require_label,
                      "Fail when the assessment moved and the newer revision carries no label");
    add_source_options(*command, options->sources);
    add_assessment_options(*command, options->assessment);
    add_output_options(*command, options->output, {"text"});
    command->callback([options, &context] {
        // Bad gate options are refused before any work.
        std::vector<ShiftLimit> limits;
        for (const std::string& text : options->max_shifts) {
            limits.push_back(parse_shift(text));
        }
        const auto kinds = parse_kinds(options->fail_on);

        const LoadedPair pair = load_pair(
            {source_options(options->sources), options->older, options->newer, options->document});
        PairAssessment pending(pair.older.doc, pair.newer.doc, options->assessment,
                               PairAssessment::Subjects::required);
        const auto diff = diff::compare(*pair.older.doc, *pair.newer.doc);
        const auto assessment = pending.finish(diff);

        for (const ShiftLimit& limit : limits) {
            const auto& names = assessment->dimensions;
            if (std::find(names.begin(), names.end(), limit.dimension) == names.end()) {
                std::string list;
                for (const auto& name : names) {
                    list += (list.empty() ? "" : ", ") + name;
                }
                throw Error(ErrorKind::usage, "--max-shift: unknown dimension '" + limit.dimension +
                                                  "'; the dimensions are: " + list);
            }
        }

        std::vector<std::string> failures;
        for (const auto& subject : assessment->subjects) {
            for (const ShiftLimit& limit : limits) {
                const auto* old = find_dimension(subject.old_profile, limit.dimension);
                const auto* now = find_dimension(subject.new_profile, limit.dimension);
                const double shift = (now ? now->score : 0.0) - (old ? old->score : 0.0);
                // Compared at the precision shown, so that the message never contradicts itself.
                if (std::round(std::fabs(shift) * 100.0) > std::round(limit.limit * 100.0)) {
                    char allowed[32];
                    std::snprintf(allowed, sizeof allowed, "%.2f", limit.limit);
                    failures.push_back(subject.subject + ": " + limit.dimension + " moved " +
                                       signed_score(shift) + " (" +
                                       signed_score(old ? old->score : 0.0) + " -> " +
                                       signed_score(now ? now->score : 0.0) +
                                       "), more than the allowed " + allowed);
                }
            }
            for (const auto& change : subject.changes) {
                if (std::find(kinds.begin(), kinds.end(), change.kind) == kinds.end()) {
                    continue;
                }
                std::string reason = subject.subject + ": " + std::string(to_string(change.kind));
                if (!change.term.empty()) {
                    reason += " '" + change.term + "'";
                }
                if (!change.old_value.empty() && !change.new_value.empty()) {
                    reason += " (" + change.old_value + " -> " + change.new_value + ")";
                } else if (!change.old_value.empty()) {
                    reason += " (removed)";
                } else if (!change.new_value.empty()) {
                    reason += " (added)";
                }
                failures.push_back(reason + " in " + where(change));
            }
        }
        if (options->require_label && assessment_moved(*assessment)) {
            if (pair.newer.info.id.empty()) {
                failures.push_back("the assessment moved, and '" + options->newer +
                                   "' is a file, not a revision, so it carries no label");
            } else if (pair.newer.info.labels.empty()) {
                failures.push_back(
                    "the assessment moved, and revision " + pair.newer.info.short_id +
                    " carries no label (add one with: redraft label " + options->newer + " NAME)");
            }
        }

        std::string text;
        if (failures.empty()) {
            text = "check passed: " + pair.older.meta.revision + " -> " + pair.newer.meta.revision +
                   "\n";
        } else {
            text = "check failed: " + pair.older.meta.revision + " -> " + pair.newer.meta.revision +
                   ", " + std::to_string(failures.size()) +
                   (failures.size() == 1 ? " reason" : " reasons") + ":\n";
            for (const auto& failure : failures) {
                text += "  - " + failure + "\n";
            }
        }
        write_output(context, options->output, text);
        context.exit_code = failures.empty() ? 0 : 1;
    });
}

} // namespace redraft::cli
