#include <redraft/report/timeline.hpp>
#include <redraft/store/source.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

namespace redraft::report {
namespace {

using nlohmann::ordered_json;

std::string signed_score(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%+.2f", value);
    return buffer;
}

std::string revision_date(const store::RevisionInfo& info) {
    return store::format_time(info.time, info.offset_minutes).substr(0, 10);
}

std::string join(const std::vector<std::string>& items, const std::string& separator) {
    std::string out;
    for (const auto& item : items) {
        out += (out.empty() ? "" : separator) + item;
    }
    return out;
}

std::string pad(const std::string& text, std::size_t width, bool right) {
    if (text.size() >= width) {
        return text;
    }
    const std::string fill(width - text.size(), ' ');
    return right ? fill + text : text + fill;
}

} // namespace

std::string timeline_text(const history::Timeline& timeline) {
    std::string out = "Timeline of " + timeline.document + ": " +
                      std::to_string(timeline.revisions.size()) +
                      (timeline.revisions.size() == 1 ? " revision" : " revisions") + "\n";
    if (!timeline.chosen_subject.empty()) {
        out += "Subject chosen by redraft (named most often in the latest revision): " +
               timeline.chosen_subject + ". Name one with --subject or in redraft.toml.\n";
    }
    for (std::size_t s = 0; s < timeline.subjects.size(); ++s) {
        out += "\n" + timeline.subjects[s] + "\n";
        std::vector<std::string> header = {"rev", "date", "label", "claims"};
        header.insert(header.end(), timeline.dimensions.begin(), timeline.dimensions.end());
        std::vector<std::vector<std::string>> rows;
        for (const auto& point : timeline.revisions) {
            const auto& profile = point.profiles[s];
            std::vector<std::string> row = {
                "r" + std::to_string(point.info.number), revision_date(point.info),
                point.info.labels.empty() ? "-" : join(point.info.labels, ","),
                std::to_string(profile.claims)};
            for (const auto& name : timeline.dimensions) {
                const auto found =
                    std::find_if(profile.dimensions.begin(), profile.dimensions.end(),
                                 [&](const auto& d) { return d.name == name; });
                row.push_back(found == profile.dimensions.end() ? "-" : signed_score(found->score));
            }
            rows.push_back(std::move(row));
        }
        std::vector<std::size_t> widths(header.size());
        for (std::size_t c = 0; c < header.size(); ++c) {
            widths[c] = header[c].size();
            for (const auto& row : rows) {
                widths[c] = std::max(widths[c], row[c].size());
            }
        }
        auto line = [&](const std::vector<std::string>& cells) {
            std::string text = " ";
            for (std::size_t c = 0; c < cells.size(); ++c) {
                // Text columns left, numbers right.
                text += " " + pad(cells[c], widths[c], c >= 3);
            }
            while (!text.empty() && text.back() == ' ') {
                text.pop_back();
            }
            return text + "\n";
        };
        out += line(header);
        for (const auto& row : rows) {
            out += line(row);
        }
    }
    if (!timeline.steps.empty()) {
        out += "\nChanges\n";
        for (const auto& step : timeline.steps) {
            const auto& from = timeline.revisions[step.from].info;
            const auto& to = timeline.revisions[step.to].info;
            for (const auto& subject : step.subjects) {
                out += "  r" + std::to_string(from.number) + " -> r" + std::to_string(to.number) +
                       ": " + subject.summary + "\n";
            }
        }
    }
    return out;
}

std::string timeline_json(const history::Timeline& timeline) {
    ordered_json revisions = ordered_json::array();
    for (const auto& point : timeline.revisions) {
        const auto& info = point.info;
        revisions.push_back({{"number", info.number},
                             {"id", info.id},
                             {"short_id", info.short_id},
                             {"date", store::format_time(info.time, info.offset_minutes)},
                             {"author", info.author_name},
                             {"labels", info.labels},
                             {"message", info.message}});
    }
    ordered_json rows = ordered_json::array();
    for (const auto& point : timeline.revisions) {
        for (const auto& profile : point.profiles) {
            ordered_json scores = ordered_json::object();
            ordered_json attributed = ordered_json::object();
            for (const auto& d : profile.dimensions) {
                scores[d.name] = d.score;
                attributed[d.name] = d.attributed;
            }
            ordered_json characterizations = ordered_json::array();
            for (const auto& [term, count] : profile.characterizations) {
                characterizations.push_back({{"term", term}, {"count", count}});
            }
            rows.push_back({{"revision", point.info.number},
                            {"subject", profile.subject},
                            {"mentions", profile.mentions},
                            {"claims", profile.claims},
                            {"scores", scores},
                            {"attributed", attributed},
                            {"characterizations", characterizations}});
        }
    }
    ordered_json steps = ordered_json::array();
    for (const auto& step : timeline.steps) {
        for (const auto& subject : step.subjects) {
            steps.push_back({{"from", timeline.revisions[step.from].info.number},
                             {"to", timeline.revisions[step.to].info.number},
                             {"subject", subject.subject},
                             {"summary", subject.summary},
                             {"changes", subject.counts}});
        }
    }
    ordered_json root = {{"schema", "redraft.timeline/1"},
                         {"document", timeline.document},
                         {"subjects", timeline.subjects},
                         {"dimensions", timeline.dimensions}};
    if (!timeline.chosen_subject.empty()) {
        root["chosen_subject"] = timeline.chosen_subject;
    }
    root["revisions"] = revisions;
    root["rows"] = rows;
    root["steps"] = steps;
    return root.dump(2) + "\n";
}

} // namespace redraft::report
