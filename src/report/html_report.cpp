// The change report as one self-contained HTML page: the ten-second summary on top, old and new
// paragraphs side by side (one row per alignment entry, so both sides line up), word changes
// highlighted, moved paragraphs linked both ways, and an assessment panel whose every change
// links to its sentence. Every piece of the essay's text goes through html_escape.

#include <redraft/report/html.hpp>
#include <redraft/report/render.hpp>
#include <redraft/segment/segmenter.hpp>

#include <algorithm>

#include "report/escape.hpp"
#include "report/walk.hpp"

namespace redraft::report {
namespace {

using diff::ParagraphAlignment;
using diff::ParagraphOp;
using diff::SentenceRef;
using diff::WordOp;

// Ids: "o3-1" / "n4-0" for sentences, "op3" / "np4" for paragraphs (0-based, as in JSON),
// "from-op3" for the place a moved paragraph left.
std::string sentence_id(bool old_side, SentenceRef ref) {
    return std::string(old_side ? "o" : "n") + std::to_string(ref.paragraph) + "-" +
           std::to_string(ref.sentence);
}
std::string paragraph_id(bool old_side, std::uint32_t p) {
    return std::string(old_side ? "op" : "np") + std::to_string(p);
}

std::string pilcrow(std::uint32_t p) {
    return "\xC2\xB6" + std::to_string(p + 1);
}

// A sentence moved between entries, seen from the paragraph it left.
struct MovedOut {
    SentenceRef from, to;
};

// What the page lists, in the new document's order: each entry, and where a moved paragraph
// used to stand, a row pointing to where it went.
struct Item {
    std::size_t entry = 0;
    bool ghost = false; // the old place of the moved paragraph entries[entry]
};

class HtmlRenderer {
public:
    explicit HtmlRenderer(const ChangeReport& report) : report_(report) {
        for (const auto& entry : report.diff.paragraphs) {
            for (const auto& s : entry.sentences) {
                if (walk::moved_in(entry, s) && s.new_sentence) {
                    moved_out_[s.old_sentence->paragraph].push_back(
                        {*s.old_sentence, *s.new_sentence});
                }
            }
        }
    }

    std::string render() {
        std::string body;
        header(body);
        body += "<div class=\"layout\">\n<div class=\"diff\">\n";
        body += "<h2>Paragraphs</h2>\n<div class=\"cols\"><div>old: " +
                html_escape(revision_title(report_.old_meta)) +
                "</div><div>new: " + html_escape(revision_title(report_.new_meta)) +
                "</div></div>\n";
        rows(body);
        body += "</div>\n";
        panel(body);
        body += "</div>\n";
        return html_page(
            "redraft: " + pair_title(report_.old_meta, report_.new_meta, "\xE2\x86\x92"), body);
    }

private:
    void header(std::string& out) const {
        out += "<h1>redraft report</h1>\n<p class=\"sub\">" +
               html_escape(pair_title(report_.old_meta, report_.new_meta, "\xE2\x86\x92")) +
               "</p>\n<section id=\"summary\">\n";
        if (report_.assessment) {
            for (const auto& subject : report_.assessment->subjects) {
                out += "<p>" +
                       html_escape(assess::summarize(subject, report_.assessment->configured)) +
                       "</p>\n";
            }
            if (!report_.assessment->chosen_subject.empty()) {
                out += "<p class=\"stats\">" +
                       html_escape(assess::chosen_subject_sentence(*report_.assessment)) + "</p>\n";
            }
        } else {
            out += "<p>Assessment not computed (--no-assessment).</p>\n";
        }
        out += "<p class=\"stats\">Paragraphs " + std::to_string(report_.old_meta.paragraphs) +
               " \xE2\x86\x92 " + std::to_string(report_.new_meta.paragraphs) + ": " +
               html_escape(report_.diff.has_changes() ? walk::summary_line(report_.diff.summary)
                                                      : std::string("no differences")) +
               "</p>\n</section>\n";
        for (const auto& note : report_.diff.notes) {
            out += "<p class=\"limits\"><strong>Note:</strong> " + html_escape(note) + "</p>\n";
        }
        out += "<div class=\"legend\"><span><span class=\"chip\" "
               "style=\"background:var(--ins)\"></span>inserted</span>"
               "<span><span class=\"chip\" style=\"background:var(--del)\"></span>deleted</span>"
               "<span><span class=\"chip\" style=\"background:var(--move)\"></span>moved</span>"
               "<span><span class=\"chip\" style=\"background:var(--split)\"></span>split or "
               "merged</span>"
               "<span><span class=\"chip\" style=\"background:#e9b949\"></span>assessment "
               "note</span></div>\n";
    }

    std::vector<Item> items() const {
        const auto& entries = report_.diff.paragraphs;
        // Ghost rows stand after the entry holding the old paragraph just before the moved one.
        std::map<std::uint32_t, std::size_t> entry_of_old;
        for (std::size_t e = 0; e < entries.size(); ++e) {
            for (std::uint32_t o : entries[e].old_paragraphs) {
                entry_of_old[o] = e;
            }
        }
        std::map<std::size_t, std::vector<std::size_t>> ghosts_after; // entry -> moved entries
        std::vector<std::size_t> ghosts_first;
        for (std::size_t e = 0; e < entries.size(); ++e) {
            if (entries[e].op != ParagraphOp::moved) {
                continue;
            }
            const std::uint32_t o = entries[e].old_paragraphs.front();
            if (o == 0) {
                ghosts_first.push_back(e);
            } else {
                ghosts_after[entry_of_old[o - 1]].push_back(e);
            }
        }
        std::vector<Item> list;
        for (std::size_t g : ghosts_first) {
            list.push_back({g, true});
        }
        for (std::size_t e = 0; e < entries.size(); ++e) {
            list.push_back({e, false});
            if (auto found = ghosts_after.find(e); found != ghosts_after.end()) {
                for (std::size_t g : found->second) {
                    list.push_back({g, true});
                }
            }
        }
        return list;
    }

    void rows(std::string& out) const {
        const auto list = items();
        const auto& entries = report_.diff.paragraphs;
        auto is_equal = [&](const Item& item) {
            return !item.ghost && entries[item.entry].op == ParagraphOp::equal;
        };
        std::size_t i = 0;
        while (i < list.size()) {
            if (!is_equal(list[i])) {
                list[i].ghost ? ghost_row(out, list[i].entry) : row(out, list[i].entry);
                ++i;
                continue;
            }
            std::size_t j = i;
            while (j < list.size() && is_equal(list[j])) {
                ++j;
            }
            // Unchanged paragraphs fold away; links into them open the fold (the page's script).
            const auto first = entries[list[i].entry].new_paragraphs.front();
            const auto last = entries[list[j - 1].entry].new_paragraphs.front();
            out += "<details class=\"same\"><summary>" + std::to_string(j - i) +
                   (j - i == 1 ? " unchanged paragraph (" : " unchanged paragraphs (") +
                   pilcrow(first) + (j - i == 1 ? "" : "\xE2\x80\x93" + pilcrow(last).substr(2)) +
                   ")</summary>\n";
            for (std::size_t k = i; k < j; ++k) {
                row(out, list[k].entry);
            }
            out += "</details>\n";
            i = j;
        }
    }

    void ghost_row(std::string& out, std::size_t e) const {
        const auto& entry = report_.diff.paragraphs[e];
        const std::uint32_t o = entry.old_paragraphs.front();
        const std::uint32_t n = entry.new_paragraphs.front();
        out += "<section class=\"row ghost\" id=\"from-" + paragraph_id(true, o) +
               "\"><div class=\"side old\">" + pilcrow(o) +
               " moved from here to <a class=\"jump\" href=\"#" + paragraph_id(false, n) + "\">" +
               pilcrow(n) + " \xE2\x86\x93</a></div><div class=\"side new\"></div></section>\n";
    }

    std::string sentence_span(bool old_side, std::size_t e, std::size_t k) const {
        const auto& entry = report_.diff.paragraphs[e];
        const auto& s = entry.sentences[k];
        const auto& ref = old_side ? *s.old_sentence : *s.new_sentence;
        const auto* notes = walk::notes_for(report_, e, k);
        std::string out = "<span class=\"s" + std::string(notes != nullptr ? " noted" : "") +
                          "\" id=\"" + sentence_id(old_side, ref) + "\">";
        if (!old_side && walk::moved_in(entry, s)) {
            out += "<a class=\"jump\" href=\"#" + sentence_id(true, *s.old_sentence) +
                   "\">moved from " + pilcrow(s.old_sentence->paragraph) + "</a> ";
        }
        const WordOp hidden = old_side ? WordOp::insert : WordOp::remove;
        const bool whole = entry.op == ParagraphOp::added || entry.op == ParagraphOp::removed;
        for (const auto& run : walk::runs_of(report_, s)) {
            if (run.op == hidden) {
                continue;
            }
            const std::string text = html_escape(one_line(run.text));
            if (run.op == WordOp::equal || whole ||
                text.find_first_not_of(' ') == std::string::npos) {
                out += text; // white space alone that one side has: no empty mark
            } else {
                const std::size_t end = text.find_last_not_of(' ') + 1;
                const char* tag = run.op == WordOp::insert ? "ins" : "del";
                out += "<" + std::string(tag) + ">" + text.substr(0, end) + "</" + tag + ">" +
                       text.substr(end);
            }
        }
        out += "</span>";
        if (notes != nullptr && !old_side) {
            out += "<sup class=\"note\" title=\"" + html_escape(notes_line(*notes)) + "\">";
            std::vector<std::string_view> kinds; // each kind once: "number_changed" x4 is noise
            for (const auto& note : *notes) {
                const auto kind = assess::to_string(note.kind);
                if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) {
                    out += (kinds.empty() ? "" : ", ") + html_escape(std::string(kind));
                    kinds.push_back(kind);
                }
            }
            out += "</sup>";
        }
        return out;
    }

    // One side of an entry: its paragraphs, each with the sentences it holds on that side.
    std::string side(std::size_t e, bool old_side) const {
        const auto& entry = report_.diff.paragraphs[e];
        const auto& paragraphs = old_side ? entry.old_paragraphs : entry.new_paragraphs;
        std::string out;
        for (std::uint32_t p : paragraphs) {
            const auto& paragraph = (old_side ? *report_.older : *report_.newer).paragraphs[p];
            // A table's rows each on a line of their own, as the essay writes them.
            const char* between = segment::is_pipe_table(paragraph.text) ? "<br>" : " ";
            std::string text;
            if (entry.op == ParagraphOp::equal) {
                for (std::uint32_t s = 0; s < paragraph.sentences.size(); ++s) {
                    text += "<span class=\"s\" id=\"" + sentence_id(old_side, {p, s}) + "\">" +
                            html_escape(one_line(paragraph.sentence_text(paragraph.sentences[s]))) +
                            "</span>" + between;
                }
            } else {
                for (std::size_t k = 0; k < entry.sentences.size(); ++k) {
                    const auto& s = entry.sentences[k];
                    const auto& ref = old_side ? s.old_sentence : s.new_sentence;
                    if (ref && ref->paragraph == p && !(old_side && walk::moved_in(entry, s))) {
                        text += sentence_span(old_side, e, k) + between;
                    }
                }
            }
            if (old_side) {
                if (auto found = moved_out_.find(p); found != moved_out_.end()) {
                    for (const auto& m : found->second) {
                        text += "<span class=\"s\" id=\"" + sentence_id(true, m.from) +
                                "\"><a class=\"jump\" href=\"#" + sentence_id(false, m.to) +
                                "\">a sentence moved to " + pilcrow(m.to.paragraph) +
                                "</a></span> ";
                    }
                }
            }
            if (text.ends_with(between)) {
                text.resize(text.size() - std::string_view(between).size());
            }
            while (!text.empty() && text.back() == ' ') {
                text.pop_back();
            }
            out += "<p id=\"" + paragraph_id(old_side, p) + "\"><span class=\"pn\">" + pilcrow(p) +
                   "</span>" + text + "</p>";
        }
        if (paragraphs.empty()) {
            out = std::string("<p class=\"empty\">") +
                  (old_side ? "(not in the old text)" : "(removed)") + "</p>";
        }
        return out;
    }

    void row(std::string& out, std::size_t e) const {
        const auto& entry = report_.diff.paragraphs[e];
        const bool changed = entry.op != ParagraphOp::equal;
        out += "<section class=\"row op-" + std::string(diff::to_string(entry.op)) +
               (changed ? " changed" : "") + "\" id=\"e" + std::to_string(e) + "\">";
        if (changed) {
            out += "<div class=\"tag\"><span class=\"op\">" +
                   std::string(diff::to_string(entry.op)) + "</span> " +
                   html_escape(walk::operation(entry));
            if (entry.op == ParagraphOp::moved) {
                out += " <a class=\"jump\" href=\"#from-" +
                       paragraph_id(true, entry.old_paragraphs.front()) +
                       "\">old place \xE2\x86\x91</a>";
            }
            out += "</div>";
        }
        out += "<div class=\"side old\">" + side(e, true) + "</div><div class=\"side new\">" +
               side(e, false) + "</div></section>\n";
    }

    void panel(std::string& out) const {
        out += "<aside id=\"assessment\">\n<h2>Assessment</h2>\n";
        if (!report_.assessment) {
            out += "<p class=\"empty\">Not computed (--no-assessment).</p>\n</aside>\n";
            return;
        }
        for (const auto& subject : report_.assessment->subjects) {
            out += "<section class=\"subject\"><h3>" + html_escape(subject.subject) + "</h3>\n";
            out += "<table class=\"dims\"><tr><th>claims</th><td>" +
                   std::to_string(subject.old_profile.claims) + " \xE2\x86\x92 " +
                   std::to_string(subject.new_profile.claims) + "</td></tr>";
            for (const auto& row : walk::dimension_rows(subject)) {
                const std::string shift = row.shift();
                const char* direction = shift.find("\xE2\x96\xB2") != std::string::npos   ? "up"
                                        : shift.find("\xE2\x96\xBC") != std::string::npos ? "down"
                                                                                          : "flat";
                out += "<tr><th>" + html_escape(row.name) + "</th><td class=\"" + direction +
                       "\">" + html_escape(shift) + "</td></tr>";
            }
            out += "</table>\n";
            if (subject.changes.empty()) {
                out += "<p class=\"empty\">No change in the claims about " +
                       html_escape(subject.subject) + ".</p>\n";
            } else {
                out += "<ol class=\"changes\">\n";
                const assess::AssessmentChange* previous = nullptr;
                for (const auto& c : subject.changes) {
                    // Several changes on one sentence pair quote it once.
                    change_item(out, c,
                                previous != nullptr && previous->old_text == c.old_text &&
                                    previous->new_text == c.new_text);
                    previous = &c;
                }
                out += "</ol>\n";
            }
            out += "</section>\n";
        }
        out += "</aside>\n";
    }

    void change_item(std::string& out, const assess::AssessmentChange& c,
                     bool same_evidence) const {
        const auto anchor = walk::anchor_of(c);
        out += "<li class=\"change kind-" + std::string(assess::to_string(c.kind)) + "\">";
        const std::string title =
            "<span class=\"kind\">" + html_escape(change_title(c)) + "</span>";
        if (anchor) {
            out += "<a href=\"#" + sentence_id(anchor->old_side, anchor->ref) + "\">" + title +
                   " \xC2\xB7 " + pilcrow(anchor->ref.paragraph) +
                   (anchor->old_side ? " (old)" : "") + "</a>";
        } else {
            out += title;
        }
        if (!c.cues.empty()) {
            std::string cues;
            for (const auto& cue : c.cues) {
                cues += (cues.empty() ? "" : ", ") +
                        ("\xE2\x80\x9C" + html_escape(cue) + "\xE2\x80\x9D");
            }
            out += " <span class=\"cues\">cues: " + cues + "</span>";
        }
        if (same_evidence) {
            out += " <span class=\"cues\">(same sentences as above)</span>";
        }
        if (c.old_text && !same_evidence) {
            out +=
                "<blockquote class=\"old\">" + html_escape(one_line(*c.old_text)) + "</blockquote>";
        }
        if (c.new_text && !same_evidence) {
            out +=
                "<blockquote class=\"new\">" + html_escape(one_line(*c.new_text)) + "</blockquote>";
        }
        out += "</li>\n";
    }

    const ChangeReport& report_;
    std::map<std::uint32_t, std::vector<MovedOut>> moved_out_;
};

} // namespace

std::string render_html(const ChangeReport& report) {
    return HtmlRenderer(report).render();
}

} // namespace redraft::report
