#include <redraft/report/revision_meta.hpp>

#include "report/revision_json.hpp"

namespace redraft::report {
namespace {

bool is_stored(const RevisionMeta& meta) {
    return meta.number > 0;
}

// "r1 (9a7baf2, draft)" for a stored revision; "(3f2a1bc)" for a blob git named; empty for a
// plain file, which its path names well enough.
std::string revision_part(const RevisionMeta& meta) {
    std::string details;
    if (!meta.revision.empty() && meta.revision != meta.name) {
        details = meta.revision;
    }
    if (!meta.label.empty()) {
        details += (details.empty() ? "" : ", ") + meta.label;
    }
    std::string out = is_stored(meta) ? "r" + std::to_string(meta.number) : std::string();
    if (!details.empty()) {
        out += (out.empty() ? "(" : " (") + details + ")";
    }
    return out;
}

} // namespace

std::string revision_title(const RevisionMeta& meta) {
    const std::string part = revision_part(meta);
    if (part.empty() || meta.name.empty()) {
        return part.empty() ? meta.name : part;
    }
    return meta.name + " " + part;
}

std::string pair_title(const RevisionMeta& older, const RevisionMeta& newer,
                       std::string_view arrow) {
    const std::string joint = " " + std::string(arrow) + " ";
    if (is_stored(older) && is_stored(newer) && older.name == newer.name) {
        return older.name + " " + revision_part(older) + joint + revision_part(newer);
    }
    return revision_title(older) + joint + revision_title(newer);
}

nlohmann::ordered_json revision_json(const RevisionMeta& meta) {
    using nlohmann::ordered_json;
    const auto nullable = [](const std::string& s) {
        return s.empty() ? ordered_json() : ordered_json(s);
    };
    return {{"revision", meta.revision},
            {"label", nullable(meta.label)},
            {"name", meta.name},
            {"date", nullable(meta.date)},
            {"number", meta.number > 0 ? ordered_json(meta.number) : ordered_json()},
            {"paragraphs", meta.paragraphs}};
}

} // namespace redraft::report
