#include <redraft/report/change_report.hpp>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <map>

#include "report/assessment_json.hpp"
#include "report/escape.hpp"
#include "report/walk.hpp"

namespace redraft::report {
namespace {

using json = nlohmann::ordered_json;
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

json nullable(const std::string& s) {
    return s.empty() ? json(nullptr) : json(s);
}

json side_json(const RevisionMeta& meta) {
    return {{"revision", meta.revision},
            {"label", nullable(meta.label)},
            {"name", meta.name},
            {"date", nullable(meta.date)},
            {"paragraphs", meta.paragraphs}};
}

json indices(const std::vector<std::uint32_t>& list) {
    json out = json::array();
    for (std::uint32_t i : list) {
        out.push_back(i);
    }
    return out;
}

json position(const std::optional<SentenceRef>& ref) {
    return ref ? json::array({ref->paragraph, ref->sentence}) : json(nullptr);
}

// Built key by key with moved values: initializer lists would copy every string twice.
json sentence_json(const ChangeReport& report, const SentenceAlignment& s,
                   const std::vector<assess::SentenceNote>* notes) {
    json out = json::object();
    out["op"] = diff::to_string(s.op);
    out["old"] = s.old_sentence ? json(sentence_text(*report.older, *s.old_sentence)) : json();
    out["new"] = s.new_sentence ? json(sentence_text(*report.newer, *s.new_sentence)) : json();
    if (s.op == SentenceOp::edited || s.op == SentenceOp::moved) {
        out["similarity"] = rounded(s.similarity);
    }
    json where = json::object();
    where["old"] = position(s.old_sentence);
    where["new"] = position(s.new_sentence);
    out["position"] = std::move(where);
    json words = json::array();
    words.get_ref<json::array_t&>().reserve(s.words.size());
    for (const auto& w : s.words) {
        json run = json::object();
        run["op"] = diff::to_string(w.op);
        run["text"] = w.text;
        words.push_back(std::move(run));
    }
    out["words"] = std::move(words);
    out["changes"] = notes != nullptr ? sentence_changes(*notes) : json::array();
    return out;
}

bool continues_equal_run(const json& last, const ParagraphAlignment& p) {
    return last["op"] == "equal" &&
           last["old"].back().get<std::uint32_t>() + 1 == p.old_paragraphs.front() &&
           last["new"].back().get<std::uint32_t>() + 1 == p.new_paragraphs.front();
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
                paragraph(entries[i]);
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
        out_ += paint("diff " + report_.old_meta.name + " " + report_.new_meta.name, "1") + "\n";
        out_ += std::to_string(report_.old_meta.paragraphs) + " -> " +
                std::to_string(report_.new_meta.paragraphs) + " paragraphs: ";
        if (!report_.diff.has_changes()) {
            out_ += "no differences\n";
            return;
        }
        out_ += walk::summary_line(s) + "\n";
        if (report_.assessment) {
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

    void paragraph(const ParagraphAlignment& entry) {
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
            return;
        }
        bool shown = false;
        for (const auto& s : entry.sentences) {
            shown = sentence(entry, s) || shown;
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

    const ChangeReport& report_;
    const TextStyle& style_;
    std::map<std::uint32_t, std::vector<std::uint32_t>> moved_out_;
    std::string out_;
};

} // namespace

RevisionMeta file_meta(const document::Document& doc) {
    RevisionMeta meta;
    meta.revision = doc.name;
    meta.name = doc.name;
    meta.paragraphs = static_cast<std::uint32_t>(doc.paragraphs.size());
    return meta;
}

std::string render_json(const ChangeReport& report) {
    json paragraphs = json::array();
    for (const ParagraphAlignment& p : report.diff.paragraphs) {
        if (p.op == ParagraphOp::equal) {
            if (!paragraphs.empty() && continues_equal_run(paragraphs.back(), p)) {
                paragraphs.back()["old"].push_back(p.old_paragraphs.front());
                paragraphs.back()["new"].push_back(p.new_paragraphs.front());
                continue;
            }
            paragraphs.push_back({{"op", "equal"},
                                  {"old", indices(p.old_paragraphs)},
                                  {"new", indices(p.new_paragraphs)},
                                  {"similarity", 1.0}});
            continue;
        }
        json entry = {{"op", diff::to_string(p.op)},
                      {"old", indices(p.old_paragraphs)},
                      {"new", indices(p.new_paragraphs)}};
        if (p.op != ParagraphOp::added && p.op != ParagraphOp::removed) {
            entry["similarity"] = rounded(p.similarity);
        }
        if (p.op == ParagraphOp::moved || p.op == ParagraphOp::split ||
            p.op == ParagraphOp::merged) {
            entry["confidence"] = rounded(p.confidence);
        }
        json sentences = json::array();
        const auto entry_index = static_cast<std::size_t>(&p - report.diff.paragraphs.data());
        for (std::size_t k = 0; k < p.sentences.size(); ++k) {
            const std::vector<assess::SentenceNote>* notes = nullptr;
            if (report.assessment && entry_index < report.assessment->sentence_notes.size() &&
                k < report.assessment->sentence_notes[entry_index].size()) {
                notes = &report.assessment->sentence_notes[entry_index][k];
            }
            sentences.push_back(sentence_json(report, p.sentences[k], notes));
        }
        entry["sentences"] = std::move(sentences);
        paragraphs.push_back(std::move(entry));
    }
    const auto& s = report.diff.summary;
    json notes = json::array();
    for (const auto& note : report.diff.notes) {
        notes.push_back(note);
    }
    json out = {
        {"schema", "redraft.diff/1"},
        {"old", side_json(report.old_meta)},
        {"new", side_json(report.new_meta)},
        {"paragraphs", std::move(paragraphs)},
        {"assessment", report.assessment ? assessment_array(*report.assessment) : json::array()},
        {"summary",
         {{"paragraphs",
           {{"equal", s.equal},
            {"edited", s.edited},
            {"moved", s.moved},
            {"split", s.split},
            {"merged", s.merged},
            {"added", s.added},
            {"removed", s.removed}}},
          {"words", {{"inserted", s.words_inserted}, {"deleted", s.words_deleted}}}}},
        {"notes", std::move(notes)}};
    return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string render_text(const ChangeReport& report, const TextStyle& style) {
    return TextRenderer(report, style).render();
}

} // namespace redraft::report
