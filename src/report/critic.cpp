// CriticMarkup: the newer text, paragraph by paragraph, with the changes marked as an editor
// would ({++ ++}, {-- --}, {~~ old~>new ~~}) and {>> <<} comments carrying the assessment
// notes of each sentence and what happened to each paragraph (moved, split, merged).

#include <redraft/report/render.hpp>
#include <redraft/segment/segmenter.hpp>

#include "report/escape.hpp"
#include "report/walk.hpp"

namespace redraft::report {
namespace {

using diff::ParagraphOp;
using diff::WordChange;
using diff::WordOp;

std::string comment(std::string_view text) {
    return "{>>" + critic_escape(one_line(text)) + "<<}";
}

std::string trimmed(std::string_view text) {
    const std::size_t end = text.find_last_not_of(" \n\t\r");
    return end == std::string_view::npos ? std::string() : std::string(text.substr(0, end + 1));
}

// Word runs as CriticMarkup: a deletion followed by an insertion is one substitution. White
// space the two sides share after it stays outside the marks; white space only one side has
// (a deleted space, "vain{~~ and impulsive~>, impulsive~~}", or a space alone, "vain{-- --}")
// stays inside, so that accepting every change gives the newer text and rejecting every change
// the older one.
// `lines`: keep the line breaks of the text (a table's), else every run is one line.
std::string marked(const std::vector<WordChange>& runs, bool lines) {
    std::string out;
    const auto mark = [](std::string_view open, std::string_view body, std::string_view close) {
        return std::string(open) + std::string(body) + std::string(close);
    };
    const auto shown = [&](std::string_view text) {
        return critic_escape(lines ? std::string(text) : one_line(text));
    };
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const std::string text = shown(runs[i].text);
        if (runs[i].op == WordOp::equal) {
            out += text;
            continue;
        }
        const bool substitution =
            runs[i].op == WordOp::remove && i + 1 < runs.size() && runs[i + 1].op == WordOp::insert;
        if (!substitution) {
            const std::string body = trimmed(text);
            const bool removed = runs[i].op == WordOp::remove;
            // Only white space: the space itself is the change.
            const std::string shown = body.empty() ? text : body;
            out += mark(removed ? "{--" : "{++", shown, removed ? "--}" : "++}") +
                   text.substr(shown.size());
            continue;
        }
        const std::string next = shown(runs[i + 1].text);
        ++i;
        const std::string old_body = trimmed(text);
        const std::string new_body = trimmed(next);
        const std::string_view old_tail = std::string_view(text).substr(old_body.size());
        const std::string_view new_tail = std::string_view(next).substr(new_body.size());
        if (old_tail != new_tail) {
            out += mark("{~~", text, "~>") + mark("", next, "~~}");
        } else if (old_body.empty() && new_body.empty()) {
            out += next;
        } else if (old_body.empty()) {
            out += mark("{++", new_body, "++}") + std::string(new_tail);
        } else if (new_body.empty()) {
            out += mark("{--", old_body, "--}") + std::string(new_tail);
        } else {
            out += mark("{~~", old_body, "~>") + mark("", new_body, "~~}") + std::string(new_tail);
        }
    }
    return out;
}

bool is_table(std::uint32_t paragraph, const document::Document& doc) {
    return paragraph < doc.paragraphs.size() &&
           segment::is_pipe_table(doc.paragraphs[paragraph].text);
}

} // namespace

std::string render_critic(const ChangeReport& report) {
    std::string out =
        comment("redraft: " + pair_title(report.old_meta, report.new_meta, "->") + ". " +
                (report.diff.has_changes() ? walk::summary_line(report.diff.summary)
                                           : std::string("no differences")) +
                ".");
    if (report.assessment) {
        if (!report.assessment->chosen_subject.empty()) {
            out += "\n\n" + comment(assess::chosen_subject_sentence(*report.assessment));
        }
        for (const auto& subject : report.assessment->subjects) {
            out += "\n\n" + comment(assess::summarize(subject, report.assessment->configured));
        }
    }
    for (const auto& note : report.diff.notes) {
        out += "\n\n" + comment("note: " + note);
    }
    const auto moved_out = walk::sentences_moved_out(report);
    const auto& entries = report.diff.paragraphs;
    for (std::size_t e = 0; e < entries.size(); ++e) {
        const auto& entry = entries[e];
        if (entry.op == ParagraphOp::equal) {
            const auto& p = report.newer->paragraphs[entry.new_paragraphs.front()];
            out +=
                "\n\n" +
                critic_escape(trimmed(segment::is_pipe_table(p.text) ? p.text : one_line(p.text)));
            continue;
        }
        bool first_group = true;
        for (const auto& group : walk::groups_by_new_paragraph(entry)) {
            // A table keeps a line per row, as the essay writes it.
            const bool table = is_table(
                group.paragraph, entry.op == ParagraphOp::removed ? *report.older : *report.newer);
            std::string line;
            if (first_group && entry.op != ParagraphOp::edited) {
                line += comment("paragraph " + walk::operation(entry)) + " ";
            }
            first_group = false;
            std::vector<WordChange> runs;
            for (std::size_t k : group.sentences) {
                const auto& s = entry.sentences[k];
                std::string sentence;
                if (walk::moved_in(entry, s)) {
                    sentence += comment("moved here from paragraph " +
                                        std::to_string(s.old_sentence->paragraph + 1)) +
                                " ";
                }
                sentence += trimmed(marked(walk::runs_of(report, s), table));
                if (const auto* notes = walk::notes_for(report, e, k)) {
                    sentence += comment(notes_line(*notes));
                }
                line += (line.empty() || line.back() == ' ' ? "" : table ? "\n" : " ") + sentence;
            }
            out += "\n\n" + line;
        }
        for (std::uint32_t o : entry.old_paragraphs) {
            if (auto found = moved_out.find(o); found != moved_out.end()) {
                for (std::uint32_t to : found->second) {
                    out += " " + comment("a sentence moved from here to paragraph " +
                                         std::to_string(to + 1));
                }
            }
        }
    }
    return out + "\n";
}

} // namespace redraft::report
