// Markdown for a pull-request comment: the ten-second summary, a table per subject, the
// assessment changes with their evidence, then the changed paragraphs with word changes as
// ~~deleted~~ and **inserted**; cut below a size cap with a note of what was left out.

#include <redraft/report/render.hpp>
#include <redraft/segment/segmenter.hpp>

#include "report/escape.hpp"
#include "report/walk.hpp"

namespace redraft::report {
namespace {

using diff::ParagraphAlignment;
using diff::ParagraphOp;
using diff::WordOp;

// A word run as Markdown: white space stays outside the markers, or ** and ~~ would not close.
std::string markdown_word(WordOp op, std::string_view text) {
    const std::string flat = one_line(text);
    if (op == WordOp::equal) {
        return markdown_escape(flat);
    }
    const std::size_t begin = flat.find_first_not_of(' ');
    if (begin == std::string::npos) {
        return {}; // only white space one side has: the words around it show the change
    }
    const std::size_t end = flat.find_last_not_of(' ') + 1;
    const std::string_view marker = op == WordOp::remove ? "~~" : "**";
    return flat.substr(0, begin) + std::string(marker) +
           markdown_escape(std::string_view(flat).substr(begin, end - begin)) +
           std::string(marker) + flat.substr(end);
}

std::string quote(std::string_view text) {
    return "\xE2\x80\x9C" + markdown_escape(one_line(text)) + "\xE2\x80\x9D";
}

std::string join_cues(const std::vector<std::string>& cues) {
    std::string out;
    for (const auto& cue : cues) {
        out += (out.empty() ? "" : ", ") + ("_" + markdown_escape(cue) + "_");
    }
    return out;
}

// A block of the comment that is kept or left out whole.
struct Block {
    enum class Part { fixed, change, paragraph } part = Part::fixed;
    std::string text;
};

class MarkdownRenderer {
public:
    MarkdownRenderer(const ChangeReport& report, const RenderStyle& style)
        : report_(report), style_(style), moved_out_(walk::sentences_moved_out(report)) {}

    std::string render() {
        header();
        assessment();
        paragraphs();
        return assemble();
    }

private:
    void add(Block::Part part, std::string text) { blocks_.push_back({part, std::move(text)}); }

    void header() {
        std::string out =
            "## redraft: " +
            markdown_escape(pair_title(report_.old_meta, report_.new_meta, "\xE2\x86\x92")) +
            "\n\n";
        if (report_.assessment) {
            for (const auto& subject : report_.assessment->subjects) {
                out += "> " +
                       markdown_escape(assess::summarize(subject, report_.assessment->configured)) +
                       "\n>\n";
            }
            if (!report_.assessment->subjects.empty()) {
                out.resize(out.size() - 2); // no trailing empty quote line
                out += "\n";
            }
        }
        out +=
            "**Paragraphs** " + std::to_string(report_.old_meta.paragraphs) + " \xE2\x86\x92 " +
            std::to_string(report_.new_meta.paragraphs) + ": " +
            (report_.diff.has_changes() ? markdown_escape(walk::summary_line(report_.diff.summary))
                                        : std::string("no differences")) +
            "\n";
        for (const auto& note : report_.diff.notes) {
            out += "\n> **Note:** " + markdown_escape(note) + "\n";
        }
        add(Block::Part::fixed, out);
    }

    void assessment() {
        if (!report_.assessment) {
            add(Block::Part::fixed, "\n_Assessment not computed (--no-assessment)._\n");
            return;
        }
        const auto& a = *report_.assessment;
        if (!a.chosen_subject.empty()) {
            add(Block::Part::fixed,
                "\n_" + markdown_escape(assess::chosen_subject_sentence(a)) + "_\n");
        }
        for (const auto& subject : a.subjects) {
            std::string table = "\n### " + markdown_escape(subject.subject) + "\n\n";
            table += "| dimension | old \xE2\x86\x92 new (shift) |\n|---|---|\n";
            const int claims_delta = static_cast<int>(subject.new_profile.claims) -
                                     static_cast<int>(subject.old_profile.claims);
            table += "| claims | " + std::to_string(subject.old_profile.claims) + " \xE2\x86\x92 " +
                     std::to_string(subject.new_profile.claims) + " (" +
                     (claims_delta > 0   ? "+"
                      : claims_delta < 0 ? "\xE2\x88\x92"
                                         : "\xC2\xB1") +
                     std::to_string(claims_delta < 0 ? -claims_delta : claims_delta) + ") |\n";
            for (const auto& row : walk::dimension_rows(subject)) {
                table += "| " + markdown_escape(row.name) + " | " + row.shift() + " |\n";
            }
            add(Block::Part::fixed, table);
            if (subject.changes.empty()) {
                add(Block::Part::fixed,
                    "\nNo change in the claims about " + markdown_escape(subject.subject) + ".\n");
                continue;
            }
            bool first = true;
            const assess::AssessmentChange* previous = nullptr;
            for (const auto& c : subject.changes) {
                std::string item = first ? "\n**Assessment changes**\n\n" : "";
                first = false;
                item += "- **" + markdown_escape(change_title(c)) + "**";
                if (const std::string where = change_paragraphs(c, "\xE2\x86\x92");
                    !where.empty()) {
                    item += ", " + where;
                }
                if (!c.cues.empty()) {
                    item += "; cues: " + join_cues(c.cues);
                }
                item += "\n";
                // Several changes on one sentence pair quote it once.
                const bool same_evidence = previous != nullptr &&
                                           previous->old_text == c.old_text &&
                                           previous->new_text == c.new_text;
                previous = &c;
                if (same_evidence) {
                    item += "  - (same sentences as above)\n";
                } else {
                    if (c.old_text) {
                        item += "  - old: " + quote(*c.old_text) + "\n";
                    }
                    if (c.new_text) {
                        item += "  - new: " + quote(*c.new_text) + "\n";
                    }
                }
                add(Block::Part::change, item);
            }
        }
    }

    // Sentence k of the entry, marked up; adds to `words` the words of its text as it reads now
    // (as it read, for a removed paragraph): not the deleted words, nor the notes and markers.
    std::string sentence_markup(std::size_t entry_index, const ParagraphAlignment& entry,
                                std::size_t k, std::size_t& words) const {
        const auto& s = entry.sentences[k];
        std::string out;
        if (walk::moved_in(entry, s)) {
            out += "_(moved here from paragraph " + std::to_string(s.old_sentence->paragraph + 1) +
                   ")_ ";
        }
        const bool whole = entry.op == ParagraphOp::added || entry.op == ParagraphOp::removed;
        std::string shown; // a word may run across runs: "careful" then ","
        for (const auto& run : walk::runs_of(report_, s)) {
            out += whole ? markdown_escape(one_line(run.text)) : markdown_word(run.op, run.text);
            if (whole || run.op != WordOp::remove) {
                shown += run.text;
            }
        }
        words += walk::word_count(shown);
        while (!out.empty() && out.back() == ' ') {
            out.pop_back();
        }
        if (const auto* notes = walk::notes_for(report_, entry_index, k)) {
            out += " <sub>[" + markdown_escape(notes_line(*notes)) + "]</sub>";
        }
        return out;
    }

    // Whether the group's paragraph is a pipe table.
    bool is_table(const ParagraphAlignment& entry, const walk::SentenceGroup& group) const {
        const auto& doc = entry.op == ParagraphOp::removed ? *report_.older : *report_.newer;
        return group.paragraph < doc.paragraphs.size() &&
               segment::is_pipe_table(doc.paragraphs[group.paragraph].text);
    }

    void paragraphs() {
        bool first = true;
        const auto& entries = report_.diff.paragraphs;
        for (std::size_t e = 0; e < entries.size(); ++e) {
            const auto& entry = entries[e];
            if (entry.op == ParagraphOp::equal) {
                continue;
            }
            const bool removed = entry.op == ParagraphOp::removed;
            std::string title =
                (removed
                     ? "Paragraph " + walk::paragraph_list(entry.old_paragraphs) + " (old)"
                     : std::string(entry.op == ParagraphOp::split ? "Paragraphs " : "Paragraph ") +
                           walk::paragraph_list(entry.new_paragraphs)) +
                ": " + walk::operation(entry);
            std::string body;
            std::size_t words = 0;
            for (const auto& group : walk::groups_by_new_paragraph(entry)) {
                // A table's rows each on a line of their own, as the essay writes them.
                const char* between = is_table(entry, group) ? "<br>\n" : " ";
                std::string line;
                for (std::size_t k : group.sentences) {
                    line += (line.empty() ? "" : between) + sentence_markup(e, entry, k, words);
                }
                body += (body.empty() ? "" : "\n\n") + line;
            }
            for (std::uint32_t o : entry.old_paragraphs) {
                if (auto found = moved_out_.find(o); found != moved_out_.end()) {
                    for (std::uint32_t to : found->second) {
                        body += "\n\n_(a sentence moved from here to paragraph " +
                                std::to_string(to + 1) + ")_";
                    }
                }
            }
            std::string block = first ? "\n### Changed paragraphs\n" : "";
            first = false;
            if (body.size() > style_.markdown_fold || removed || entry.op == ParagraphOp::added) {
                block += "\n<details><summary>" + markdown_escape(title) + " (" +
                         std::to_string(words) + " words)</summary>\n\n" + body +
                         "\n\n</details>\n";
            } else {
                block += "\n**" + markdown_escape(title) + "**\n\n" + body + "\n";
            }
            add(Block::Part::paragraph, block);
        }
    }

    // Keeps blocks in order while they fit under the cap; once one does not, it and every later
    // optional block are left out and a note counts them.
    std::string assemble() const {
        constexpr std::size_t kNoteRoom = 400;
        std::string out;
        std::size_t changes = 0, changes_left = 0, paragraphs = 0, paragraphs_left = 0;
        bool cutting = false;
        for (const auto& block : blocks_) {
            const bool optional = block.part != Block::Part::fixed;
            if (optional) {
                (block.part == Block::Part::change ? changes : paragraphs) += 1;
            }
            if (optional &&
                (cutting || out.size() + block.text.size() + kNoteRoom > style_.markdown_cap)) {
                cutting = true;
                (block.part == Block::Part::change ? changes_left : paragraphs_left) += 1;
                continue;
            }
            out += block.text;
        }
        if (cutting) {
            out += "\n> **Cut:** this report stops below " + std::to_string(style_.markdown_cap) +
                   " characters. Left out: " + std::to_string(changes_left) + " of " +
                   std::to_string(changes) + " assessment changes and " +
                   std::to_string(paragraphs_left) + " of " + std::to_string(paragraphs) +
                   " changed paragraphs. The HTML or JSON format shows everything.\n";
        }
        return out;
    }

    const ChangeReport& report_;
    const RenderStyle& style_;
    std::map<std::uint32_t, std::vector<std::uint32_t>> moved_out_;
    std::vector<Block> blocks_;
};

} // namespace

std::string render_markdown(const ChangeReport& report, const RenderStyle& style) {
    return MarkdownRenderer(report, style).render();
}

} // namespace redraft::report
