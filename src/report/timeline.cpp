#include <redraft/report/html.hpp>
#include <redraft/report/timeline.hpp>
#include <redraft/store/source.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <string_view>

#include "claims/name_words.hpp"
#include "report/escape.hpp"
#include "report/json_writer.hpp"
#include "report/walk.hpp"

namespace redraft::report {
namespace {

using nlohmann::ordered_json;

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

std::string revision_count(const history::Timeline& timeline) {
    return std::to_string(timeline.revisions.size()) +
           (timeline.revisions.size() == 1 ? " revision" : " revisions");
}

// "r2 -> r3"
std::string step_name(const history::Timeline& timeline, const history::Step& step,
                      std::string_view arrow) {
    return "r" + std::to_string(timeline.revisions[step.from].info.number) + std::string(arrow) +
           "r" + std::to_string(timeline.revisions[step.to].info.number);
}

// The notes of a step's diff: every subject of the step carries the same ones.
std::vector<std::string> step_notes(const history::Step& step) {
    return step.subjects.empty() ? std::vector<std::string>() : step.subjects.front().notes;
}

const claims::DimensionScore* find_score(const history::ProfilePoint& profile,
                                         const std::string& name) {
    const auto found = std::find_if(profile.dimensions.begin(), profile.dimensions.end(),
                                    [&](const auto& d) { return d.name == name; });
    return found == profile.dimensions.end() ? nullptr : &*found;
}

// The terminal's table leaves out the revision's message, which the wider formats (Markdown and
// HTML) show, with a real minus sign (−0.20) as the report's and check's Markdown and HTML write
// scores.
enum class Columns { compact, full };

// One subject's profiles, a row per revision: rev, date, label, [message,] claims, each
// dimension. Cells from `first_number` on are numbers.
struct ProfileTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::size_t first_number = 0;
    std::size_t message = std::string::npos; // the column of the messages, when there is one
};

ProfileTable profile_table(const history::Timeline& timeline, std::size_t subject,
                           Columns columns) {
    ProfileTable table;
    table.header = {"rev", "date", "label"};
    if (columns == Columns::full) {
        table.message = table.header.size();
        table.header.push_back("message");
    }
    table.first_number = table.header.size();
    table.header.push_back("claims");
    table.header.insert(table.header.end(), timeline.dimensions.begin(), timeline.dimensions.end());
    for (const auto& point : timeline.revisions) {
        const auto& profile = point.profiles[subject];
        std::vector<std::string> row = {
            "r" + std::to_string(point.info.number), revision_date(point.info),
            point.info.labels.empty() ? "-" : join(point.info.labels, ",")};
        if (columns == Columns::full) {
            row.push_back(point.info.message);
        }
        row.push_back(std::to_string(profile.claims));
        for (const auto& name : timeline.dimensions) {
            const auto* score = find_score(profile, name);
            row.push_back(score == nullptr           ? "-"
                          : columns == Columns::full ? walk::typeset_score(score->score)
                                                     : claims::format_score(score->score));
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

} // namespace

std::string timeline_text(const history::Timeline& timeline) {
    std::string out = "Timeline of " + timeline.document + ": " + revision_count(timeline) + "\n";
    for (const auto& note : timeline.notes) {
        out += "note: " + note + "\n";
    }
    if (!timeline.chosen_subject.empty()) {
        out += "Subject chosen by redraft (named most often in the latest revision): " +
               timeline.chosen_subject + ". Name one with --subject or in redraft.toml.\n";
    }
    for (std::size_t s = 0; s < timeline.subjects.size(); ++s) {
        out += "\n" + timeline.subjects[s] + "\n";
        const ProfileTable table = profile_table(timeline, s, Columns::compact);
        std::vector<std::size_t> widths(table.header.size());
        for (std::size_t c = 0; c < table.header.size(); ++c) {
            widths[c] = table.header[c].size();
            for (const auto& row : table.rows) {
                widths[c] = std::max(widths[c], row[c].size());
            }
        }
        auto line = [&](const std::vector<std::string>& cells) {
            std::string text = " ";
            for (std::size_t c = 0; c < cells.size(); ++c) {
                text += " " + pad(cells[c], widths[c], c >= table.first_number);
            }
            while (!text.empty() && text.back() == ' ') {
                text.pop_back();
            }
            return text + "\n";
        };
        out += line(table.header);
        for (const auto& row : table.rows) {
            out += line(row);
        }
    }
    if (!timeline.steps.empty()) {
        out += "\nChanges\n";
        for (const auto& step : timeline.steps) {
            for (const auto& subject : step.subjects) {
                out += "  " + step_name(timeline, step, " -> ") + ": " + subject.summary + "\n";
            }
            for (const auto& note : step_notes(step)) {
                out += "  " + step_name(timeline, step, " -> ") + ": note: " + note + "\n";
            }
        }
    }
    return out;
}

std::string timeline_markdown(const history::Timeline& timeline) {
    std::string out = "## Timeline of " + markdown_escape(timeline.document) + "\n\n" +
                      revision_count(timeline) + "\n";
    for (const auto& note : timeline.notes) {
        out += "\n> **Note:** " + markdown_escape(note) + "\n";
    }
    if (!timeline.chosen_subject.empty()) {
        out += "\nSubject chosen by redraft (named most often in the latest revision): " +
               markdown_escape(timeline.chosen_subject) + ".\n";
    }
    for (std::size_t s = 0; s < timeline.subjects.size(); ++s) {
        out += "\n### " + markdown_escape(timeline.subjects[s]) + "\n\n";
        const ProfileTable table = profile_table(timeline, s, Columns::full);
        std::string header = "|", rule = "|";
        for (std::size_t c = 0; c < table.header.size(); ++c) {
            header += " " + markdown_escape(table.header[c]) + " |";
            rule += c >= table.first_number ? "---:|" : "---|";
        }
        out += header + "\n" + rule + "\n";
        for (const auto& row : table.rows) {
            out += "|";
            for (std::size_t c = 0; c < row.size(); ++c) {
                // The numbers are redraft's own: "+0.57" needs no escaping.
                out += " " + (c >= table.first_number ? row[c] : markdown_escape(row[c])) + " |";
            }
            out += "\n";
        }
    }
    if (!timeline.steps.empty()) {
        out += "\n### Changes\n\n";
        for (const auto& step : timeline.steps) {
            for (const auto& subject : step.subjects) {
                out += "- **" + markdown_escape(step_name(timeline, step, " \xE2\x86\x92 ")) +
                       "**: " + markdown_escape(subject.summary) + "\n";
            }
            for (const auto& note : step_notes(step)) {
                out += "- **" + markdown_escape(step_name(timeline, step, " \xE2\x86\x92 ")) +
                       "**: **Note:** " + markdown_escape(note) + "\n";
            }
        }
    }
    return out;
}

std::string timeline_html(const history::Timeline& timeline) {
    std::string body = "<h1>redraft timeline</h1>\n<p class=\"sub\">" +
                       html_escape(timeline.document) + ": " +
                       html_escape(revision_count(timeline)) + "</p>\n";
    for (const auto& note : timeline.notes) {
        body += "<p class=\"limits\"><strong>Note:</strong> " + html_escape(note) + "</p>\n";
    }
    if (!timeline.chosen_subject.empty()) {
        body += "<p class=\"stats\">No subject configured: redraft chose " +
                html_escape(timeline.chosen_subject) +
                (claims::organization_short_name(timeline.chosen_subject).empty()
                     ? ", the person"
                     : ", the organization") +
                " the latest revision names most often.</p>\n";
    }
    ChartOptions chart;
    // Room for each revision's label and date under the axis, within a laptop's width.
    chart.width =
        static_cast<unsigned>(std::clamp<std::size_t>(timeline.revisions.size() * 96, 720, 1400));
    for (std::size_t s = 0; s < timeline.subjects.size(); ++s) {
        body += "<section class=\"subject\" id=\"subject-" + std::to_string(s) + "\">\n<h2>" +
                html_escape(timeline.subjects[s]) + "</h2>\n";
        std::vector<ChartSeries> series;
        for (const auto& name : timeline.dimensions) {
            ChartSeries line{name, {}};
            for (const auto& point : timeline.revisions) {
                const auto* score = find_score(point.profiles[s], name);
                line.points.push_back(
                    {"r" + std::to_string(point.info.number), revision_date(point.info),
                     score == nullptr ? 0.0 : score->score,
                     point.info.labels.empty() ? std::string() : point.info.labels.front()});
            }
            series.push_back(std::move(line));
        }
        chart.title = timeline.subjects[s] + ": each dimension across the revisions";
        body += "<figure class=\"timeline-chart\">" + svg_chart(series, chart) + "</figure>\n";
        const ProfileTable table = profile_table(timeline, s, Columns::full);
        body += "<table class=\"dims profiles\">\n<thead><tr>";
        for (const auto& cell : table.header) {
            body += "<th>" + html_escape(cell) + "</th>";
        }
        body += "</tr></thead>\n<tbody>\n";
        for (const auto& row : table.rows) {
            body += "<tr>";
            for (std::size_t c = 0; c < row.size(); ++c) {
                body += (c >= table.first_number ? "<td class=\"num\">"
                         : c == table.message    ? "<td class=\"message\">"
                                                 : "<td>") +
                        html_escape(row[c]) + "</td>";
            }
            body += "</tr>\n";
        }
        body += "</tbody>\n</table>\n</section>\n";
    }
    if (!timeline.steps.empty()) {
        body += "<section id=\"steps\">\n<h2>Changes</h2>\n<ol class=\"steps\">\n";
        for (const auto& step : timeline.steps) {
            const auto& to = timeline.revisions[step.to].info;
            body += "<li class=\"step\"><strong>" +
                    html_escape(step_name(timeline, step, " \xE2\x86\x92 ")) + "</strong>";
            if (!to.message.empty()) {
                body += " <span class=\"cues\">" + html_escape(to.message) + "</span>";
            }
            body += "\n<ul>\n";
            for (const auto& subject : step.subjects) {
                body += "<li>" + html_escape(subject.summary) + "</li>\n";
            }
            body += "</ul>";
            for (const auto& note : step_notes(step)) {
                body += "<p class=\"limits\"><strong>Note:</strong> " + html_escape(note) + "</p>";
            }
            body += "</li>\n";
        }
        body += "</ol>\n</section>\n";
    }
    return html_page("redraft timeline: " + timeline.document, body);
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
            for (const auto& c : profile.characterizations) {
                characterizations.push_back({{"term", c.term},
                                             {"count", c.count},
                                             {"negated", c.negated},
                                             {"attributed", c.attributed}});
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
                             {"changes", subject.counts},
                             {"notes", subject.notes}});
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
    root["notes"] = timeline.notes;
    return json_text(root);
}

} // namespace redraft::report
