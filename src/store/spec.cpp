#include <redraft/error.hpp>
#include <redraft/store/spec.hpp>
#include <redraft/text/ascii.hpp>
#include <redraft/text/edit_distance.hpp>

#include <algorithm>
#include <charconv>
#include <numeric>

namespace redraft::store {
namespace {

std::optional<std::int64_t> parse_integer(std::string_view text) {
    if (text.empty() || text.size() > 18) {
        return std::nullopt;
    }
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

std::string join(const std::vector<std::string>& items, std::size_t limit) {
    std::string out;
    for (std::size_t i = 0; i < items.size() && i < limit; ++i) {
        out += (i ? ", " : "") + items[i];
    }
    if (items.size() > limit) {
        out += " and " + std::to_string(items.size() - limit) + " more";
    }
    return out;
}

std::string range_text(std::size_t revisions, bool numbered = true) {
    if (!numbered) {
        return "its revisions have no numbers here, the history below them being cut or "
               "unreadable: count back from the latest (-0, -1, ...) or give a commit id or label";
    }
    if (revisions == 0) {
        return "it has no revisions";
    }
    if (revisions == 1) {
        return "its only revision is 1";
    }
    return "its revisions are numbered 1 to " + std::to_string(revisions) + ", or -1" +
           (revisions > 2 ? " to -" + std::to_string(revisions - 1) : std::string()) +
           " counting back from the latest";
}

// Whether `text` starts with `prefix`, ASCII letters in any case.
bool starts_with_folded(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() &&
           std::equal(prefix.begin(), prefix.end(), text.begin(),
                      [](char a, char b) { return text::ascii_lower(a) == text::ascii_lower(b); });
}

// Whether `spec` begins `label`, or (from 3 characters on) one of its words: "riga" and
// "summit" both begin "riga-summit".
bool begins_label(std::string_view spec, std::string_view label) {
    if (starts_with_folded(label, spec)) {
        return true;
    }
    constexpr std::size_t kMinWordPrefix = 3;
    if (spec.size() < kMinWordPrefix) {
        return false;
    }
    for (std::size_t i = 1; i < label.size(); ++i) {
        const char before = label[i - 1];
        if ((before == '-' || before == '_' || before == '.' || before == '/') &&
            starts_with_folded(label.substr(i), spec)) {
            return true;
        }
    }
    return false;
}

// The labels and numbers a spec that names nothing was probably meant to be, best first: the
// labels it begins, when at most `kMaxSuggestions` do; else the nearest labels and numbers by
// edit distance, when close enough.
constexpr std::size_t kMaxSuggestions = 3;

std::vector<std::string> suggestions(const std::string& spec, std::size_t revisions,
                                     const std::vector<std::string>& labels) {
    std::vector<std::string> begun;
    for (const auto& label : labels) {
        if (!spec.empty() && begins_label(spec, label)) {
            begun.push_back(label);
        }
    }
    if (!begun.empty() && begun.size() <= kMaxSuggestions) {
        return begun;
    }
    std::vector<std::pair<std::size_t, std::string>> scored;
    auto consider = [&](const std::string& candidate) {
        scored.emplace_back(text::edit_distance(spec, candidate), candidate);
    };
    for (const auto& label : labels) {
        consider(label);
    }
    for (std::size_t n = 1; n <= revisions; ++n) {
        consider(std::to_string(n));
        if (n < revisions) {
            consider("-" + std::to_string(n));
        }
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    const std::size_t limit = std::max<std::size_t>(2, spec.size() / 2);
    std::vector<std::string> nearest;
    for (const auto& [distance, candidate] : scored) {
        if (distance > limit || nearest.size() == kMaxSuggestions ||
            (!nearest.empty() && distance > scored.front().first)) {
            break;
        }
        nearest.push_back(candidate);
    }
    return nearest;
}

} // namespace

bool is_number_spec(const std::string& spec) {
    const std::string_view digits =
        spec.starts_with('-') ? std::string_view(spec).substr(1) : std::string_view(spec);
    return !digits.empty() && digits.size() <= 18 &&
           std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool looks_like_id_prefix(std::string_view spec) {
    return spec.size() >= 4 && spec.size() <= 40 &&
           std::all_of(spec.begin(), spec.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
           });
}

std::optional<std::size_t> number_index(const std::string& spec, std::size_t count,
                                        const std::string& document) {
    if (!is_number_spec(spec)) {
        return std::nullopt;
    }
    const auto value = parse_integer(spec);
    const auto total = static_cast<std::int64_t>(count);
    if (value && spec.starts_with('-') && -*value < total) {
        return static_cast<std::size_t>(total - 1 + *value);
    }
    if (value && !spec.starts_with('-') && *value >= 1 && *value <= total) {
        return static_cast<std::size_t>(*value - 1);
    }
    if (looks_like_id_prefix(spec)) {
        return std::nullopt; // perhaps a commit id made of digits only
    }
    throw Error(ErrorKind::not_found,
                "there is no revision " + spec + " of " + document + ": " + range_text(count));
}

void throw_unknown_spec(const std::string& spec, const std::string& document, std::size_t revisions,
                        const std::vector<std::string>& labels, const std::string& where,
                        bool numbered) {
    std::vector<std::string> nearest;
    for (const auto& candidate : suggestions(spec, revisions, labels)) {
        nearest.push_back("'" + candidate + "'");
    }
    std::string message = "unknown revision '" + spec + "' of " + document + " in " + where;
    if (!nearest.empty()) {
        message += "; did you mean " + join(nearest, kMaxSuggestions) + "?";
    }
    message += " (" + range_text(revisions, numbered);
    message += labels.empty() ? "; there are no labels)" : "; labels: " + join(labels, 10) + ")";
    throw Error(ErrorKind::not_found, message);
}

void throw_ambiguous_prefix(const std::string& spec, const std::vector<std::string>& candidates) {
    std::string message = "the commit id prefix '" + spec + "' is ambiguous: it matches";
    for (const auto& candidate : candidates) {
        message += "\n  " + candidate;
    }
    message += "\ngive more characters of the id";
    throw Error(ErrorKind::usage, message);
}

std::optional<RevisionInfo> resolve_in_log(const std::string& spec,
                                           const std::vector<RevisionInfo>& log,
                                           const std::string& document) {
    if (const auto index = number_index(spec, log.size(), document)) {
        return log[*index];
    }
    // The latest revision carrying the label.
    for (auto it = log.rbegin(); it != log.rend(); ++it) {
        if (std::find(it->labels.begin(), it->labels.end(), spec) != it->labels.end()) {
            return *it;
        }
    }
    if (looks_like_id_prefix(spec)) {
        std::string lower(spec);
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](char c) { return c >= 'A' && c <= 'F' ? char(c + 32) : c; });
        std::vector<const RevisionInfo*> matches;
        for (const auto& info : log) {
            if (info.id.starts_with(lower)) {
                matches.push_back(&info);
            }
        }
        if (matches.size() == 1) {
            return *matches.front();
        }
        if (matches.size() > 1) {
            std::vector<std::string> candidates;
            for (const auto* info : matches) {
                candidates.push_back(info->short_id + " (revision " + std::to_string(info->number) +
                                     " of " + document + ": " + info->message + ")");
            }
            throw_ambiguous_prefix(spec, candidates);
        }
    }
    return std::nullopt;
}

} // namespace redraft::store
