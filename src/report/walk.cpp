#include "report/walk.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <initializer_list>

namespace redraft::report::walk {

using diff::ParagraphAlignment;
using diff::ParagraphOp;
using diff::SentenceAlignment;
using diff::SentenceOp;

std::string number(double x) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", x);
    return buffer;
}

std::string signed_score(double x) {
    return claims::format_score(x);
}

std::string typeset_score(double x) {
    std::string text = signed_score(x);
    return text.front() == '-' ? "\xE2\x88\x92" + text.substr(1) : text;
}

std::string paragraph_list(const std::vector<std::uint32_t>& list) {
    if (list.empty()) {
        return "";
    }
    std::string out = std::to_string(list.front() + 1);
    if (list.size() > 1) {
        const bool consecutive = list.back() - list.front() + 1 == list.size();
        if (consecutive) {
            out += "-" + std::to_string(list.back() + 1);
        } else {
            for (std::size_t i = 1; i < list.size(); ++i) {
                out += ", " + std::to_string(list[i] + 1);
            }
        }
    }
    return out;
}

std::string_view sentence_text(const document::Document& doc, diff::SentenceRef ref) {
    const auto& p = doc.paragraphs[ref.paragraph];
    return p.sentence_text(p.sentences[ref.sentence]);
}

namespace {

// The similarity of a paragraph whose text changed, shown with two decimals: never "1.00", which
// reads as unchanged (a word changed in a paragraph of three hundred tokens is 0.997).
std::string changed_number(double x) {
    return number(std::min(x, 0.99));
}

// Whether every sentence of the entry has one of the given ops.
bool only_sentence_ops(const ParagraphAlignment& entry, std::initializer_list<SentenceOp> ops) {
    return std::all_of(entry.sentences.begin(), entry.sentences.end(),
                       [&](const SentenceAlignment& sentence) {
                           return std::find(ops.begin(), ops.end(), sentence.op) != ops.end();
                       });
}

} // namespace

std::string operation(const ParagraphAlignment& entry) {
    switch (entry.op) {
    case ParagraphOp::equal:
        return "equal";
    case ParagraphOp::added:
        return "added";
    case ParagraphOp::removed:
        return "removed";
    case ParagraphOp::edited:
        return "edited, similarity " + changed_number(entry.similarity);
    case ParagraphOp::moved:
        // Unchanged only when every sentence is: the same sentences in another order score
        // 1.00 as well, and are no unchanged paragraph.
        if (entry.similarity >= 1.0 && only_sentence_ops(entry, {SentenceOp::equal})) {
            return "moved from paragraph " + paragraph_list(entry.old_paragraphs) + " to " +
                   paragraph_list(entry.new_paragraphs) + ", unchanged, confidence " +
                   number(entry.confidence);
        }
        if (entry.similarity >= 1.0 &&
            only_sentence_ops(entry, {SentenceOp::equal, SentenceOp::moved})) {
            return "moved from paragraph " + paragraph_list(entry.old_paragraphs) + " to " +
                   paragraph_list(entry.new_paragraphs) + ", sentences reordered, confidence " +
                   number(entry.confidence);
        }
        return "moved from paragraph " + paragraph_list(entry.old_paragraphs) + " to " +
               paragraph_list(entry.new_paragraphs) + ", similarity " +
               changed_number(entry.similarity) + ", confidence " +
               changed_number(entry.confidence);
    case ParagraphOp::split:
        return "split from paragraph " + paragraph_list(entry.old_paragraphs) + ", confidence " +
               number(entry.confidence);
    case ParagraphOp::merged:
        return "merged from paragraphs " + paragraph_list(entry.old_paragraphs) + ", confidence " +
               number(entry.confidence);
    }
    return "";
}

const std::vector<assess::SentenceNote>* notes_for(const ChangeReport& report,
                                                   std::size_t entry_index, std::size_t k) {
    if (!report.assessment || entry_index >= report.assessment->sentence_notes.size() ||
        k >= report.assessment->sentence_notes[entry_index].size() ||
        report.assessment->sentence_notes[entry_index][k].empty()) {
        return nullptr;
    }
    return &report.assessment->sentence_notes[entry_index][k];
}

bool moved_in(const ParagraphAlignment& entry, const SentenceAlignment& s) {
    return s.op == SentenceOp::moved && s.old_sentence &&
           std::find(entry.old_paragraphs.begin(), entry.old_paragraphs.end(),
                     s.old_sentence->paragraph) == entry.old_paragraphs.end();
}

std::map<std::uint32_t, std::vector<std::uint32_t>>
sentences_moved_out(const ChangeReport& report) {
    std::map<std::uint32_t, std::vector<std::uint32_t>> out;
    for (const auto& entry : report.diff.paragraphs) {
        for (const auto& s : entry.sentences) {
            if (moved_in(entry, s) && s.new_sentence) {
                out[s.old_sentence->paragraph].push_back(s.new_sentence->paragraph);
            }
        }
    }
    return out;
}

std::string counted(std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::string summary_line(const diff::DiffSummary& s) {
    std::string parts;
    auto add = [&](std::uint32_t count, std::string_view what) {
        if (count > 0) {
            parts += (parts.empty() ? "" : ", ") + std::to_string(count) + " " + std::string(what);
        }
    };
    add(s.equal, "equal");
    add(s.edited, "edited");
    add(s.moved, "moved");
    add(s.split, "split");
    add(s.merged, "merged");
    add(s.added, "added");
    add(s.removed, "removed");
    return parts + "; " + counted(s.words_inserted, "word", "words") + " inserted, " +
           std::to_string(s.words_deleted) + " deleted";
}

std::string DimensionRow::shift() const {
    // All three numbers get the real minus sign, so that a row does not mix it with hyphens.
    const double delta = claims::shown_shift(old_score, new_score);
    const std::string d = typeset_score(delta);
    const std::string direction = d == "+0.00" ? "\xE2\x97\x8F" // ●
                                  : delta > 0  ? "\xE2\x96\xB2" // ▲
                                               : "\xE2\x96\xBC"; // ▼
    return typeset_score(old_score) + " \xE2\x86\x92 " + typeset_score(new_score) + " (" + d +
           ") " + direction;
}

std::vector<DimensionRow> dimension_rows(const assess::SubjectAssessment& subject) {
    std::vector<DimensionRow> rows;
    const auto& older = subject.old_profile.dimensions;
    const auto& newer = subject.new_profile.dimensions;
    for (std::size_t d = 0; d < newer.size(); ++d) {
        rows.push_back({newer[d].name, d < older.size() ? older[d].score : 0.0, newer[d].score});
    }
    return rows;
}

std::optional<Anchor> anchor_of(const assess::AssessmentChange& change) {
    if (change.new_sentence) {
        return Anchor{false, *change.new_sentence};
    }
    if (change.old_sentence) {
        return Anchor{true, *change.old_sentence};
    }
    return std::nullopt;
}

std::size_t change_count(const ChangeReport& report) {
    std::size_t n = 0;
    if (report.assessment) {
        for (const auto& subject : report.assessment->subjects) {
            n += subject.changes.size();
        }
    }
    return n;
}

} // namespace redraft::report::walk

namespace redraft::report::walk {

std::vector<diff::WordChange> runs_of(const ChangeReport& report, const SentenceAlignment& s) {
    if (!s.words.empty()) {
        return s.words;
    }
    if (s.new_sentence) {
        return {{diff::WordOp::equal, std::string(sentence_text(*report.newer, *s.new_sentence))}};
    }
    if (s.old_sentence) {
        return {{diff::WordOp::remove, std::string(sentence_text(*report.older, *s.old_sentence))}};
    }
    return {};
}

std::vector<SentenceGroup> groups_by_new_paragraph(const ParagraphAlignment& entry) {
    std::vector<SentenceGroup> groups;
    if (entry.new_paragraphs.empty()) {
        SentenceGroup group{entry.old_paragraphs.empty() ? 0 : entry.old_paragraphs.front(), {}};
        for (std::size_t k = 0; k < entry.sentences.size(); ++k) {
            group.sentences.push_back(k);
        }
        groups.push_back(std::move(group));
        return groups;
    }
    for (std::uint32_t p : entry.new_paragraphs) {
        groups.push_back({p, {}});
    }
    std::size_t current = 0;
    for (std::size_t k = 0; k < entry.sentences.size(); ++k) {
        const auto& s = entry.sentences[k];
        if (s.new_sentence) {
            for (std::size_t g = 0; g < groups.size(); ++g) {
                if (groups[g].paragraph == s.new_sentence->paragraph) {
                    current = g;
                }
            }
        }
        groups[current].sentences.push_back(k);
    }
    return groups;
}

std::size_t word_count(std::string_view text) {
    std::size_t words = 0;
    bool in_word = false;
    for (char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        words += !space && !in_word ? 1 : 0;
        in_word = !space;
    }
    return words;
}

} // namespace redraft::report::walk
