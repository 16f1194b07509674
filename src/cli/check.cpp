// redraft check A B: a gate for CI. Fails (exit 1, every reason listed) when a dimension moved
// more than allowed, when a forbidden kind of change occurs, or when the assessment moved and
// the newer revision carries no label.

#include <redraft/assess/assess.hpp>
#include <redraft/assess/no_subject.hpp>
#include <redraft/diff/diff.hpp>
#include <redraft/error.hpp>
#include <redraft/report/change_wording.hpp>
#include <redraft/report/check.hpp>
#include <redraft/text/edit_distance.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <sstream>
#include <utility>

#include "cli/assessment_options.hpp"
#include "cli/cli.hpp"
#include "cli/revisions.hpp"
#include "cli/sources.hpp"

namespace redraft::cli {
namespace {

struct CheckCommandOptions {
    PairArguments pair;
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
    // Shifts are measured at the two decimals every format shows; a finer limit could only be
    // rounded one way or the other, so it is refused rather than compared as something else.
    const double hundredths = shift.limit * 100.0;
    if (std::fabs(hundredths - std::round(hundredths)) > 1e-6) {
        char lower[16], upper[16];
        std::snprintf(lower, sizeof lower, "%.2f", std::floor(hundredths) / 100.0);
        std::snprintf(upper, sizeof upper, "%.2f", std::ceil(hundredths) / 100.0);
        throw Error(ErrorKind::usage,
                    "--max-shift '" + text + "': LIMIT has more than two decimals, but shifts " +
                        "are measured and shown at two decimals; give " + shift.dimension + "=" +
                        lower + " or " + shift.dimension + "=" + upper);
    }
    shift.limit = std::round(hundredths) / 100.0;
    return shift;
}

std::vector<assess::ChangeKind> parse_kinds(const std::vector<std::string>& given) {
    std::vector<assess::ChangeKind> kinds;
    for (const std::string& group : given) {
        if (group.find_first_not_of(", \t") == std::string::npos) {
            throw Error(ErrorKind::usage, "--fail-on '" + group +
                                              "' names no change kind; give one or more, "
                                              "separated by commas, from: " +
                                              kind_list());
        }
        std::stringstream stream(group);
        std::string name;
        while (std::getline(stream, name, ',')) {
            // "negated, number_changed", as CI files often write lists: spaces around a kind are
            // not part of it.
            const auto first = name.find_first_not_of(" \t");
            if (first == std::string::npos) {
                continue;
            }
            name = name.substr(first, name.find_last_not_of(" \t") - first + 1);
            bool known = false;
            for (const auto kind : kAllKinds) {
                if (to_string(kind) == name) {
                    kinds.push_back(kind);
                    known = true;
                }
            }
            if (!known) {
                std::vector<std::string> names;
                for (const auto kind : kAllKinds) {
                    names.emplace_back(to_string(kind));
                }
                const std::string suggestion = text::did_you_mean(name, names);
                throw Error(
                    ErrorKind::usage,
                    "--fail-on: unknown change kind '" + name + "'" +
                        (suggestion.empty() ? "; the kinds are: " + kind_list() : suggestion));
            }
        }
    }
    return kinds;
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

// What moved, per subject, when any dimension score (as shown, at two decimals) or any claim's
// assessment changed (rewording alone does not count): "Ines Korvald: favorability -0.20 ->
// +0.09", or, where no score moved, the kinds of change, "Tobias Wendt: 1 number_changed". A
// reason that only said "the assessment moved" left a reader of a table of +0.00 shifts to
// guess why the gate failed. Empty when nothing moved.
std::string assessment_moved(const assess::Assessment& assessment) {
    std::string moved;
    for (const auto& subject : assessment.subjects) {
        std::string scores;
        for (const auto& dimension : subject.new_profile.dimensions) {
            const auto* old = find_dimension(subject.old_profile, dimension.name);
            const double before = old ? old->score : 0.0;
            if (claims::shown_shift(before, dimension.score) != 0.0) {
                scores += (scores.empty() ? "" : ", ") + dimension.name + " " +
                          claims::format_score(before) + " -> " +
                          claims::format_score(dimension.score);
            }
        }
        std::string kinds;
        for (const auto kind : kAllKinds) {
            const auto count = std::count_if(subject.changes.begin(), subject.changes.end(),
                                             [&](const auto& c) { return c.kind == kind; });
            if (kind != assess::ChangeKind::reworded && count > 0) {
                kinds += (kinds.empty() ? "" : ", ") + std::to_string(count) + " " +
                         std::string(to_string(kind));
            }
        }
        if (!scores.empty() || !kinds.empty()) {
            moved += (moved.empty() ? "" : "; ") + subject.subject + ": " +
                     (scores.empty() ? kinds : scores);
        }
    }
    return moved;
}

// Every dimension of `subject` measured into `result`, with a failure for each shift beyond its
// limit.
void measure_shifts(const assess::SubjectAssessment& subject,
                    const std::vector<std::string>& dimensions,
                    const std::vector<ShiftLimit>& limits, report::CheckResult& result) {
    const std::size_t first_shift = result.shifts.size();
    for (const auto& name : dimensions) {
        const auto* old = find_dimension(subject.old_profile, name);
        const auto* now = find_dimension(subject.new_profile, name);
        result.shifts.push_back(
            {subject.subject, name, old ? old->score : 0.0, now ? now->score : 0.0, std::nullopt});
    }
    for (const ShiftLimit& limit : limits) {
        auto& measured = *std::find_if(
            result.shifts.begin() + static_cast<std::ptrdiff_t>(first_shift), result.shifts.end(),
            [&](const auto& m) { return m.dimension == limit.dimension; });
        measured.limit = limit.limit;
        // Compared at the precision shown, so that the message never contradicts itself.
        const double shift = claims::shown_shift(measured.old_score, measured.new_score);
        if (std::fabs(shift) > claims::shown_score(limit.limit) + 1e-9) {
            char allowed[32];
            std::snprintf(allowed, sizeof allowed, "%.2f", limit.limit);
            result.failures.push_back({report::Gate::max_shift, subject.subject, limit.dimension,
                                       subject.subject + ": " + limit.dimension + " moved " +
                                           claims::format_score(shift) + " (" +
                                           claims::format_score(measured.old_score) + " -> " +
                                           claims::format_score(measured.new_score) +
                                           "), more than the allowed " + allowed});
        }
    }
}

// A failure in `result` for each change of `subject` of a forbidden kind.
void find_forbidden_changes(const assess::SubjectAssessment& subject,
                            const std::vector<assess::ChangeKind>& kinds,
                            report::CheckResult& result) {
    for (const auto& change : subject.changes) {
        if (std::find(kinds.begin(), kinds.end(), change.kind) == kinds.end()) {
            continue;
        }
        // As the report lists the change ("hedged: 'seems' added", "attribution_changed
        // 'reckless' (the author -> 'Critics say')"), down to the sentence, so that two changes of
        // one kind in a paragraph are two reasons a reader can tell apart.
        const std::string reason = subject.subject + ": " + report::change_line(change) + " in " +
                                   report::change_sentence(change, "->");
        result.failures.push_back(
            {report::Gate::fail_on, subject.subject, std::string(to_string(change.kind)), reason});
    }
}

// A failure for each change of a forbidden kind in a sentence that no subject's change covers:
// the sentence is about no subject ("Inflation rose to 14%" -> "41%"), yet a gate on
// number_changed is there to catch it.
void find_forbidden_sentence_changes(const report::ChangeReport& change,
                                     const std::vector<assess::ChangeKind>& kinds,
                                     report::CheckResult& result) {
    for (const auto& c : assess::changes_about_no_subject(*change.assessment, change.diff)) {
        if (std::find(kinds.begin(), kinds.end(), c.kind) != kinds.end()) {
            // A sentence about a subject whose own change there is of another kind says so:
            // "negated 'not', 'sincere'" beside "characterization_added 'not sincere'".
            const std::string about = c.subject.empty()
                                          ? ", which is about no subject"
                                          : ", which is about " + c.subject + " (listed there as " +
                                                std::string(to_string(*c.subject_kind)) + ")";
            const assess::AssessmentChange as_listed = c.as_change();
            result.failures.push_back({report::Gate::fail_on, c.subject,
                                       std::string(to_string(c.kind)),
                                       report::change_line(as_listed) + " in " +
                                           report::change_sentence(as_listed, "->") + about});
        }
    }
}

// True when every comma-separated part of `text` is a change kind ("negated", "hedged,negated").
bool names_kinds(const std::string& text) {
    std::stringstream stream(text);
    std::string name;
    bool any = false;
    while (std::getline(stream, name, ',')) {
        const bool known = std::any_of(std::begin(kAllKinds), std::end(kAllKinds),
                                       [&](auto kind) { return to_string(kind) == name; });
        if (!known) {
            return false;
        }
        any = true;
    }
    return any;
}

// `--max-shift favorability=0.2 certainty=0.5`, `--fail-on negated hedged`: each option takes one
// value, so the second lands among A, B and DOC, where it read as a document "with no
// revisions" or an unknown revision. Said as what it is, before anything is read.
void refuse_stray_gate_values(const PairArguments& pair, const std::vector<std::string>& fail_on) {
    for (const std::string* value : {&pair.older, &pair.newer, &pair.document}) {
        std::error_code ec;
        if (value->empty() || std::filesystem::exists(*value, ec)) {
            continue;
        }
        bool limit = false;
        try {
            parse_shift(*value);
            limit = true;
        } catch (const Error&) {
        }
        if (limit) {
            throw Error(ErrorKind::usage, "'" + *value +
                                              "' stands where a revision or the document goes: "
                                              "--max-shift takes one DIM=LIMIT each time; give it "
                                              "again: --max-shift " +
                                              *value);
        }
        if (value == &pair.document && names_kinds(*value)) {
            std::string joined = (fail_on.empty() ? "" : fail_on.back() + ",") + *value;
            std::erase_if(joined, [](char c) { return c == ' ' || c == '\t'; }); // one word

            throw Error(ErrorKind::usage, "'" + *value +
                                              "' stands where the document goes: --fail-on takes "
                                              "one list each time; join the kinds with commas: "
                                              "--fail-on " +
                                              joined);
        }
    }
}

// The command that labels `newer`, runnable as printed from the current folder. The spec typed
// on the command line would not do: git cannot resolve redraft's numbers ("git tag NAME 2",
// "git tag NAME -0"), and `redraft label` needs the document in a store holding several.
std::string label_advice(const store::SourceOptions& options, const store::RevisionInfo& newer) {
    const std::filesystem::path store = store_folder(options);
    if (store.empty()) {
        // In a plain git repository labels are tags, which CI sees only once pushed (as `redraft
        // label` there advises); one command line, runnable as printed.
        return "git tag NAME " + newer.short_id + " && git push origin NAME";
    }
    std::error_code ec;
    const std::filesystem::path cwd = std::filesystem::weakly_canonical(options.cwd, ec);
    const std::filesystem::path document =
        std::filesystem::weakly_canonical(store.parent_path() / newer.document, ec);
    std::string name = document.lexically_relative(cwd).generic_string();
    if (name.empty()) {
        name = document.generic_string();
    }
    // Quoted for the shell when it needs it ("my essay.md"), so that the command runs as printed.
    const bool plain = std::all_of(name.begin(), name.end(), [](char c) {
        return static_cast<unsigned char>(c) >= 0x80 ||
               std::isalnum(static_cast<unsigned char>(c)) ||
               std::string_view("._/+-,=@%:").find(c) != std::string_view::npos;
    });
    if (!plain) {
        std::string quoted = "'";
        for (const char c : name) {
            quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
        }
        name = quoted + "'";
    }
    const std::string revision =
        newer.number > 0 ? std::to_string(newer.number) : std::string(newer.short_id);
    return "redraft label " + revision + " NAME " + name;
}

// The branch a merge commit brought in: nullptr for any other revision, or a merge of several
// branches holding the document, whose changes are no one branch's.
const store::MergedBranch* merged_branch(const std::optional<store::Merge>& merge) {
    return merge && merge->branches.size() == 1 ? &merge->branches.front() : nullptr;
}

// True when the older side is the text the merge's first parent holds (the target branch, as CI
// compares a pull request with it): the changes compared are then the merged branch's alone.
bool compared_with_base(const std::optional<store::Merge>& merge, const std::string& older_blob) {
    return merge && !merge->base_blob.empty() && merge->base_blob == older_blob;
}

std::string quoted_labels(const store::MergedBranch& branch) {
    std::string labels;
    for (const auto& label : branch.labels) {
        labels += (labels.empty() ? "'" : ", '") + label + "'";
    }
    return labels;
}

// Why a merge that carries no label passes --require-label: GitHub's merge commit of a pull
// request holds the target's newer edits too once another pull request has changed the document,
// so it no longer holds the labelled text, yet the changes the gate compares are the labelled
// branch's.
std::string merge_label_note(const store::RevisionInfo& merge, const store::MergedBranch& branch) {
    return "revision " + merge.short_id + " carries no label of its own, but it merges " +
           branch.short_id + " (label " + quoted_labels(branch) +
           ") into the older side: the changes compared are that commit's, so its label passes "
           "--require-label";
}

} // namespace

void register_check(CLI::App& app, Context& context) {
    auto options = std::make_shared<CheckCommandOptions>();
    auto* command = app.add_subcommand(
        "check", "Gate a change in CI: exit 1, listing every reason, when the assessment moved "
                 "more than allowed; 0 when the gate passes");
    add_pair_arguments(*command, options->pair);
    command
        ->add_option("--max-shift", options->max_shifts,
                     "Fail when a dimension's score moves more than this: DIM=LIMIT, e.g. "
                     "favorability=0.2 (repeatable)")
        ->type_name("DIM=LIMIT")
        ->expected(1) // one limit per --max-shift, so the revisions may follow (help: no "...")
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
        ->allow_extra_args(false);
    command
        ->add_option("--fail-on", options->fail_on,
                     "Fail on any change of these kinds: KIND,... e.g. negated,number_changed")
        ->type_name("KIND,...")
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
        ->allow_extra_args(false);
    command->add_flag("--require-label", options->require_label,
                      "Fail when the assessment moved and the newer revision carries no label");
    add_source_options(*command, options->sources);
    add_assessment_options(*command, options->assessment);
    add_no_cache_flag(*command, options->assessment.no_cache);
    add_output_options(*command, options->output, {"text", "json", "markdown"});
    command->callback([options, &context] {
        // Bad gate options are refused before any work.
        refuse_stray_gate_values(options->pair, options->fail_on);
        report::CheckResult result;
        std::vector<ShiftLimit> limits;
        for (const std::string& text : options->max_shifts) {
            const ShiftLimit limit = parse_shift(text);
            for (const auto& earlier : limits) {
                if (earlier.dimension == limit.dimension) {
                    throw Error(ErrorKind::usage, "--max-shift gives '" + limit.dimension +
                                                      "' two limits; keep one, e.g. --max-shift " +
                                                      limit.dimension + "=" +
                                                      text.substr(text.find('=') + 1));
                }
            }
            limits.push_back(limit);
            result.gates.max_shifts.emplace_back(limits.back().dimension, limits.back().limit);
        }
        const auto kinds = parse_kinds(options->fail_on);
        for (const auto kind : kinds) {
            result.gates.fail_on.emplace_back(to_string(kind));
        }
        result.gates.require_label = options->require_label;
        if (limits.empty() && kinds.empty() && !options->require_label) {
            throw Error(ErrorKind::usage,
                        "check has no gate, so it could never fail: give at least one of "
                        "--max-shift DIM=LIMIT (e.g. --max-shift favorability=0.2), --fail-on "
                        "KIND,... (e.g. --fail-on negated,number_changed) or --require-label");
        }

        const AssessedPair assessed =
            load_assessed_pair(options->sources, options->pair, options->assessment,
                               sentences_for(options->output.format));
        const auto& assessment = assessed.change.assessment;
        const auto& newer = assessed.loaded.newer.info;
        result.old_meta = assessed.change.old_meta;
        result.new_meta = assessed.change.new_meta;
        result.notes = assessed.change.diff.notes;
        // Who was checked decides the gate: say so when redraft chose the subject.
        result.chosen_subject = assessment->chosen_subject;
        if (!assessment->chosen_subject.empty()) {
            result.notes.insert(result.notes.begin(), assess::chosen_subject_sentence(*assessment) +
                                                          " Name one with --subject or in "
                                                          "redraft.toml.");
        }
        // The same revision on both sides passes every gate whatever the text says: a job run on
        // the target branch itself (a push to main, where HEAD is origin/main) checks nothing.
        // Revisions are the document's: a commit that does not touch it is the one before.
        if (const auto& older = assessed.loaded.older.info;
            older.id == newer.id && (!newer.id.empty() || older.document == newer.document)) {
            const auto& pair = options->pair;
            result.notes.push_back(
                (pair.older == pair.newer ? "'" + pair.newer + "' is compared with itself"
                                          : "'" + pair.older + "' and '" + pair.newer +
                                                "' are the same revision of " + newer.document) +
                (newer.short_id.empty() ? std::string() : " (" + newer.short_id + ")") +
                ": nothing changed between them, so no gate can fail and the pass proves nothing "
                "(docs/ci.md: a job run on the target branch itself compares it with itself)");
        }

        for (const ShiftLimit& limit : limits) {
            const auto& names = assessment->dimensions;
            if (std::find(names.begin(), names.end(), limit.dimension) == names.end()) {
                std::string list;
                for (const auto& name : names) {
                    list += (list.empty() ? "" : ", ") + name;
                }
                throw Error(ErrorKind::usage, "--max-shift: unknown dimension '" + limit.dimension +
                                                  "'" + text::did_you_mean(limit.dimension, names) +
                                                  " (the dimensions are: " + list + ")");
            }
        }

        for (const auto& subject : assessment->subjects) {
            measure_shifts(subject, assessment->dimensions, limits, result);
            find_forbidden_changes(subject, kinds, result);
        }
        find_forbidden_sentence_changes(assessed.change, kinds, result);
        const std::string moved = options->require_label ? assessment_moved(*assessment) : "";
        if (!moved.empty()) {
            const std::string what = "the assessment moved (" + moved + ")";
            if (assessed.loaded.newer.meta.revision == "absent") {
                // A removal is no revision of the document: nothing there can carry a label.
                result.failures.push_back(
                    {report::Gate::require_label, "", "",
                     what + ", and '" + options->pair.newer + "' does not hold " +
                         assessed.loaded.older.info.document +
                         " (a removal, read as an empty document): there is no revision of it "
                         "to carry a label"});
            } else if (newer.id.empty()) {
                result.failures.push_back(
                    {report::Gate::require_label, "", "",
                     what + ", and '" + options->pair.newer +
                         "' is a file, not a revision, so it carries no label"});
            } else if (newer.labels.empty()) {
                const auto sources = source_options(options->sources);
                const auto merge = store::open_source(sources)->merge_of(newer);
                const store::MergedBranch* branch = merged_branch(merge);
                const bool from_base =
                    compared_with_base(merge, assessed.loaded.older.info.blob_id);
                if (branch != nullptr && from_base && !branch->labels.empty()) {
                    result.notes.push_back(merge_label_note(newer, *branch));
                } else if (branch != nullptr && from_base) {
                    // The merge is CI's own commit, rebuilt on every run: the label goes on the
                    // pull request's.
                    store::RevisionInfo tip = newer;
                    tip.number = 0;
                    tip.short_id = branch->short_id;
                    result.failures.push_back(
                        {report::Gate::require_label, "", "",
                         what + ", and revision " + newer.short_id + ", which merges " +
                             branch->short_id + " into the older side, carries no label, nor " +
                             "does " + branch->short_id +
                             " (label that commit: " + label_advice(sources, tip) + ")"});
                } else if (branch != nullptr && !branch->labels.empty()) {
                    // CI's merge was built on an older target than the one compared (the target
                    // moved on between the two): the branch's label covers other changes.
                    result.failures.push_back(
                        {report::Gate::require_label, "", "",
                         what + ", and revision " + newer.short_id +
                             " carries no label; it merges " + branch->short_id + " (label " +
                             quoted_labels(*branch) +
                             ") into another text than the older side's, so that label does not "
                             "cover the changes compared (compare with the merge's first "
                             "parent, " +
                             newer.short_id +
                             "^1, or run the job again on the target as it is "
                             "now)"});
                } else {
                    result.failures.push_back({report::Gate::require_label, "", "",
                                               what + ", and revision " + newer.short_id +
                                                   " carries no label (add one with: " +
                                                   label_advice(sources, newer) + ")"});
                }
            }
        }

        const std::string& format = options->output.format;
        const std::string text = format == "json"       ? report::check_json(result)
                                 : format == "markdown" ? report::check_markdown(result)
                                                        : report::check_text(result);
        write_output(context, options->output, text);
        context.exit_code = result.passed() ? 0 : 1;
    });
}

} // namespace redraft::cli
