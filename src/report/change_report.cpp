#include <redraft/report/change_report.hpp>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <map>

#include "report/assessment_json.hpp"
#include "report/escape.hpp"
#include "report/json_writer.hpp"
#include "report/revision_json.hpp"
#include "report/walk.hpp"

namespace redraft::report {
namespace {

using diff::ParagraphAlignment;
using diff::ParagraphOp;
using diff::SentenceAlignment;
using diff::SentenceOp;
using diff::SentenceRef;

// Three decimals: stable output, and more precision than any threshold needs.
double rounded(double x) {
    return std::round(x * 1000.0) / 1000.0;
}

using walk::sentence_text;

void side_json(JsonWriter& out, const RevisionMeta& meta) {
    out.value(revision_json(meta));
}

void indices(JsonWriter& out, const std::vector<std::uint32_t>& list) {
    out.begin_array();
    for (std::uint32_t i : list) {
        out.number(i);
    }
    out.end_array();
}

void position(JsonWriter& out, const std::optional<SentenceRef>& ref) {
    if (!ref) {
        out.null();
        return;
    }
    out.begin_array();
    out.number(ref->paragraph);
    out.number(ref->sentence);
    out.end_array();
}

void sentence_json(JsonWriter& out, const ChangeReport& report, const SentenceAlignment& s,
                   const std::vector<assess::SentenceNote>* notes) {
    out.begin_object();
    out.key("op");
    out.string(diff::to_string(s.op));
    out.key("old");
    if (s.old_sentence) {
        out.string(sentence_text(*report.older, *s.old_sentence));
    } else {
        out.null();
    }
    out.key("new");
    if (s.new_sentence) {
        out.string(sentence_text(*report.newer, *s.new_sentence));
    } else {
        out.null();
    }
    if (s.op == SentenceOp::edited || s.op == SentenceOp::moved) {
        out.key("similarity");
        out.real(rounded(s.similarity));
    }
    out.key("position");
    out.begin_object();
    out.key("old");
    position(out, s.old_sentence);
    out.key("new");
    position(out, s.new_sentence);
    out.end_object();
    out.key("words");
    out.begin_array();
    for (const auto& w : s.words) {
        out.begin_object();
        out.key("op");
        out.string(diff::to_string(w.op));
        out.key("text");
        out.string(w.text);
        out.end_object();
    }
    out.end_array();
    out.key("changes");
    if (notes != nullptr && !notes->empty()) {
        write_sentence_changes(out, *notes);
    } else {
        out.begin_array();
        out.end_array();
    }
    out.end_object();
}

// Consecutive equal entries (old and new both one further) share one JSON entry: the end of
// the run that starts at `begin`.
std::size_t equal_run_end(const std::vector<ParagraphAlignment>& entries, std::size_t begin) {
    std::size_t end = begin + 1;
    while (end < entries.size() && entries[end].op == ParagraphOp::equal &&
           entries[end - 1].old_paragraphs.back() + 1 == entries[end].old_paragraphs.front() &&
           entries[end - 1].new_paragraphs.back() + 1 == entries[end].new_paragraphs.front()) {
        ++end;
    }
    return end;
}

void equal_json(JsonWriter& out, const std::vector<ParagraphAlignment>& entries, std::size_t begin,
                std::size_t end) {
    out.begin_object();
    out.key("op");
    out.string("equal");
    for (const bool old_side : {true, false}) {
        out.key(old_side ? "old" : "new");
        out.begin_array();
        const auto& first =
            old_side ? entries[begin].old_paragraphs : entries[begin].new_paragraphs;
        for (std::uint32_t i : first) {
            out.number(i);
        }
        for (std::size_t k = begin + 1; k < end; ++k) {
            out.number(old_side ? entries[k].old_paragraphs.front()
                                : entries[k].new_paragraphs.front());
        }
        out.end_array();
    }
    out.key("similarity");
    out.real(1.0);
    out.end_object();
}

class TextRenderer {
public:
    TextRenderer(const ChangeReport& report, const TextStyle& style)
        : report_(report), style_(style) {
        moved_out_ = walk::sentences_moved_out(report);
    }

    std::string render() {
        header();
        const auto& entries = report_.diff.paragraphs;
        std::size_t i = 0;
        while (i < entries.size()) {
            if (entries[i].op != ParagraphOp::equal) {
                paragraph(i);
                ++i;
                continue;
            }
            std::size_t j = i;
            while (j < entries.size() && entries[j].op == ParagraphOp::equal) {
                ++j;
            }
            equal_run(i, j);
            i = j;
        }
        for (const auto& note : report_.diff.notes) {
            out_ += "\nnote: " + note + "\n";
        }
        return out_;
    }

private:
    std::string paint(std::string_view text, std::string_view code) const {
        if (!style_.color) {
            return std::string(text);
        }
        return std::string("\x1b[") + std::string(code) + "m" + std::string(text) + "\x1b[m";
    }

    void header() {
        const auto& s = report_.diff.summary;
        out_ += paint("diff " + pair_title(report_.old_meta, report_.new_meta, "->"), "1") + "\n";
        out_ += std::to_string(report_.old_meta.paragraphs) + " -> " +
                std::to_string(report_.new_meta.paragraphs) + " paragraphs: ";
        if (!report_.diff.has_changes()) {
            out_ += "no differences\n";
            return;
        }
        out_ += walk::summary_line(s) + "\n";
        if (report_.assessment) {
            // Who the summaries are about, when no one said: as every other format says it.
            if (!report_.assessment->chosen_subject.empty()) {
                out_ += assess::chosen_subject_sentence(*report_.assessment) + "\n";
            }
            for (const auto& subject : report_.assessment->subjects) {
                out_ += assess::summarize(subject, report_.assessment->configured) + "\n";
            }
        }
    }

    std::string where(const document::Document& doc, std::uint32_t paragraph) const {
        return doc.name + ":" + std::to_string(doc.paragraphs[paragraph].position.line);
    }

    void equal_run(std::size_t begin, std::size_t end) {
        const auto& entries = report_.diff.paragraphs;
        const std::size_t context = style_.context;
        const bool at_start = begin == 0;
        const bool at_end = end == entries.size();
        const std::size_t head = at_start ? 0 : std::min(context, end - begin);
        const std::size_t tail = at_end ? 0 : std::min(context, end - begin - head);
        for (std::size_t k = begin; k < begin + head; ++k) {
            context_paragraph(entries[k]);
        }
        const std::size_t hidden = end - begin - head - tail;
        if (hidden > 0) {
            out_ += "\n" +
                    paint("... " + std::to_string(hidden) +
                              (hidden == 1 ? " equal paragraph" : " equal paragraphs") + " ...",
                          "2") +
                    "\n";
        }
        for (std::size_t k = end - tail; k < end; ++k) {
            context_paragraph(entries[k]);
        }
    }

    void context_paragraph(const ParagraphAlignment& entry) {
        const std::uint32_t n = entry.new_paragraphs.front();
        out_ += "\n" +
                paint("paragraph " + std::to_string(n + 1) + " (" + where(*report_.newer, n) +
                          "): equal",
                      "36") +
                "\n  " + terminal_safe(report_.newer->paragraphs[n].text) + "\n";
    }

    void paragraph(std::size_t entry_index) {
        const ParagraphAlignment& entry = report_.diff.paragraphs[entry_index];
        const auto& older = *report_.older;
        const auto& newer = *report_.newer;
        if (entry.op == ParagraphOp::equal) {
            return;
        }
        const bool removed = entry.op == ParagraphOp::removed;
        const std::string title =
            removed
                ? "removed paragraph " + walk::paragraph_list(entry.old_paragraphs) + " (" +
                      where(older, entry.old_paragraphs.front()) + ")"
                : std::string(entry.op == ParagraphOp::split ? "paragraphs " : "paragraph ") +
                      walk::paragraph_list(entry.new_paragraphs) + " (" +
                      where(newer, entry.new_paragraphs.front()) + "): " + walk::operation(entry);
        out_ += "\n" + paint(title, "36") + "\n";
        if (entry.op == ParagraphOp::added || entry.op == ParagraphOp::removed) {
            whole_paragraph(entry);
            for (std::size_t k = 0; k < entry.sentences.size(); ++k) {
                sentence_notes(entry_index, k, entry.sentences.size() > 1);
            }
            return;
        }
        bool shown = false;
        for (std::size_t k = 0; k < entry.sentences.size(); ++k) {
            if (sentence(entry, entry.sentences[k])) {
                sentence_notes(entry_index, k, false);
                shown = true;
            }
        }
        for (std::uint32_t o : entry.old_paragraphs) {
            if (auto found = moved_out_.find(o); found != moved_out_.end()) {
                for (std::uint32_t to : found->second) {
                    out_ += "  (a sentence moved from here to paragraph " + std::to_string(to + 1) +
                            ")\n";
                    shown = true;
                }
            }
        }
        if (!shown && (entry.op == ParagraphOp::split || entry.op == ParagraphOp::merged)) {
            parts(entry);
        } else if (!shown) {
            const auto first = entry.new_paragraphs.front();
            out_ +=
                "  " + terminal_safe(shorten(one_line(newer.paragraphs[first].text), 100)) + "\n";
        }
    }

    // An added or removed paragraph, marked as one run.
    void whole_paragraph(const ParagraphAlignment& entry) {
        const bool added = entry.op == ParagraphOp::added;
        const auto& doc = added ? *report_.newer : *report_.older;
        const auto index = added ? entry.new_paragraphs.front() : entry.old_paragraphs.front();
        out_ += "  " +
                word_markup(added ? diff::WordOp::insert : diff::WordOp::remove,
                            doc.paragraphs[index].text, style_.color) +
                "\n";
    }

    // The parts of a split (or merge) whose sentences did not change, so that the reader sees
    // where the paragraph was cut.
    void parts(const ParagraphAlignment& entry) {
        const bool split = entry.op == ParagraphOp::split;
        const auto& doc = split ? *report_.newer : *report_.older;
        for (std::uint32_t p : split ? entry.new_paragraphs : entry.old_paragraphs) {
            out_ += "  " + std::string(split ? "" : "was ") + "paragraph " + std::to_string(p + 1) +
                    ": " + terminal_safe(shorten(one_line(doc.paragraphs[p].text), 90)) + "\n";
        }
    }

    // One changed sentence on its own line; equal sentences are not shown.
    bool sentence(const ParagraphAlignment& entry, const SentenceAlignment& s) {
        if (s.op == SentenceOp::equal) {
            return false;
        }
        std::string line = "  ";
        if (s.op == SentenceOp::moved && s.old_sentence) {
            const bool same_paragraph = !walk::moved_in(entry, s);
            line += paint(same_paragraph ? "(moved sentence) "
                                         : "(moved from paragraph " +
                                               std::to_string(s.old_sentence->paragraph + 1) + ") ",
                          "33");
        }
        for (const auto& w : s.words) {
            line += word_markup(w.op, w.text, style_.color);
        }
        out_ += line + "\n";
        return true;
    }

    // The assessment notes of one sentence on a line of their own below it, as the other
    // formats show them beside it; a whole added or removed paragraph lists each sentence's.
    void sentence_notes(std::size_t entry_index, std::size_t k, bool numbered) {
        if (const auto* notes = walk::notes_for(report_, entry_index, k)) {
            const std::string which = numbered ? "sentence " + std::to_string(k + 1) + ": " : "";
            out_ +=
                "    " + paint("[" + which + terminal_safe(notes_line(*notes)) + "]", "33") + "\n";
        }
    }

    const ChangeReport& report_;
    const TextStyle& style_;
    std::map<std::uint32_t, std::vector<std::uint32_t>> moved_out_;
    std::string out_;
};

// Room for the JSON of `report`, so that the text is not copied as it grows: each changed
// paragraph's text comes back about three and a half times (old and new sentences, their words,
// the keys around them), and each entry and each sentence adds its keys. Rather over than
// under: pages reserved and never written take no memory.
std::size_t json_size_estimate(const ChangeReport& report) {
    std::size_t size = 4096 + report.diff.paragraphs.size() * 64;
    for (const auto& entry : report.diff.paragraphs) {
        if (entry.op == ParagraphOp::equal) {
            continue;
        }
        size += entry.sentences.size() * 256;
        for (const std::uint32_t p : entry.old_paragraphs) {
            size += report.older->paragraphs[p].text.size() * 4;
        }
        for (const std::uint32_t p : entry.new_paragraphs) {
            size += report.newer->paragraphs[p].text.size() * 4;
        }
    }
    return size;
}

} // namespace

RevisionMeta file_meta(const document::Document& doc) {
    RevisionMeta meta;
    meta.revision = doc.name;
    meta.name = doc.name;
    meta.paragraphs = static_cast<std::uint32_t>(doc.paragraphs.size());
    return meta;
}

std::string render_json(const ChangeReport& report) {
    // Written as it goes rather than built as a tree: the JSON of a 10 MB diff is large.
    std::string text;
    text.reserve(json_size_estimate(report));
    JsonWriter out(text);
    out.begin_object();
    out.key("schema");
    out.string("redraft.diff/1");
    out.key("old");
    side_json(out, report.old_meta);
    out.key("new");
    side_json(out, report.new_meta);
    out.key("paragraphs");
    out.begin_array();
    const auto& entries = report.diff.paragraphs;
    for (std::size_t i = 0; i < entries.size();) {
        const ParagraphAlignment& p = entries[i];
        if (p.op == ParagraphOp::equal) {
            const std::size_t end = equal_run_end(entries, i);
            equal_json(out, entries, i, end);
            i = end;
            continue;
        }
        out.begin_object();
        out.key("op");
        out.string(diff::to_string(p.op));
        out.key("old");
        indices(out, p.old_paragraphs);
        out.key("new");
        indices(out, p.new_paragraphs);
        if (p.op != ParagraphOp::added && p.op != ParagraphOp::removed) {
            out.key("similarity");
            out.real(rounded(p.similarity));
        }
        if (p.op == ParagraphOp::moved || p.op == ParagraphOp::split ||
            p.op == ParagraphOp::merged) {
            out.key("confidence");
            out.real(rounded(p.confidence));
        }
        out.key("sentences");
        out.begin_array();
        for (std::size_t k = 0; k < p.sentences.size(); ++k) {
            const std::vector<assess::SentenceNote>* notes = nullptr;
            if (report.assessment && i < report.assessment->sentence_notes.size() &&
                k < report.assessment->sentence_notes[i].size()) {
                notes = &report.assessment->sentence_notes[i][k];
            }
            sentence_json(out, report, p.sentences[k], notes);
        }
        out.end_array();
        out.end_object();
        ++i;
    }
    out.end_array();
    out.key("assessment");
    if (report.assessment) {
        write_assessment_array(out, *report.assessment);
    } else {
        out.begin_array();
        out.end_array();
    }
    if (report.assessment && !report.assessment->chosen_subject.empty()) {
        out.key("chosen_subject"); // as in redraft.timeline/1: present when redraft chose
        out.string(report.assessment->chosen_subject);
    }
    const auto& s = report.diff.summary;
    out.key("summary");
    out.begin_object();
    out.key("paragraphs");
    out.begin_object();
    const std::pair<const char*, std::uint32_t> counts[] = {
        {"equal", s.equal},   {"edited", s.edited}, {"moved", s.moved},    {"split", s.split},
        {"merged", s.merged}, {"added", s.added},   {"removed", s.removed}};
    for (const auto& [name, count] : counts) {
        out.key(name);
        out.number(count);
    }
    out.end_object();
    out.key("words");
    out.begin_object();
    out.key("inserted");
    out.number(s.words_inserted);
    out.key("deleted");
    out.number(s.words_deleted);
    out.end_object();
    out.end_object();
    out.key("notes");
    out.begin_array();
    for (const auto& note : report.diff.notes) {
        out.string(note);
    }
    out.end_array();
    out.end_object();
    text += '\n';
    return text;
}

std::string render_text(const ChangeReport& report, const TextStyle& style) {
    return TextRenderer(report, style).render();
}

} // namespace redraft::report
