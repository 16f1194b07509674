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

namespace {

using assess::ChangeKind;
using assess::CueSide;

std::string joined(const std::vector<std::string>& words, std::string_view between) {
    std::string out;
    for (const auto& w : words) {
        out += (out.empty() ? "" : std::string(between)) + w;
    }
    return out;
}

// Whether a hedge or booster (or an evidential) the change names came or went, rather than
// one word put for another.
bool one_sided(ChangeKind kind, CueSide side) {
    return (kind == ChangeKind::hedged || kind == ChangeKind::strengthened) &&
           side != CueSide::both;
}

// One note's cues as a sentence tag shows them: a judgement with its negation or scale as one
// phrase ("most powerful"), a number as "14 -> 13" or "24 (added)", a hedge with the way it
// went ("accused of (dropped)": the claim was made firmer by taking the doubt away).
std::string note_words(const assess::SentenceNote& note) {
    if (note.kind == ChangeKind::characterization_added ||
        note.kind == ChangeKind::characterization_removed) {
        return joined(note.cues, " ");
    }
    if (note.kind == ChangeKind::number_changed && !note.old_value.empty() &&
        !note.new_value.empty()) {
        return note.old_value + " -> " + note.new_value;
    }
    // One word of doubt put for another: "unclear whether -> probably".
    if ((note.kind == ChangeKind::hedged || note.kind == ChangeKind::strengthened) &&
        note.cue_side == CueSide::both && note.cues.size() == 2 && !note.old_value.empty()) {
        return note.cues[0] + " -> " + note.cues[1];
    }
    std::string out = joined(note.cues, ", ");
    // A number one side lacks says which ("number_changed: 26 (added)"), as the notes of
    // numbers about no subject and check's reasons do; its one cue alone does not.
    if (note.kind == ChangeKind::number_changed &&
        note.old_value.empty() != note.new_value.empty()) {
        out += note.old_value.empty() ? " (added)" : " (removed)";
    }
    if (one_sided(note.kind, note.cue_side)) {
        out += note.cue_side == CueSide::new_only ? " (added)" : " (dropped)";
    }
    return out;
}

// Kinds whose notes read as one list when a sentence has several ("characterization_added:
// effective, skilful"): each note is one phrase. Not an attribution's (holder, term) pair.
bool listed_together(ChangeKind kind) {
    return kind == ChangeKind::characterization_added ||
           kind == ChangeKind::characterization_removed || kind == ChangeKind::hedged ||
           kind == ChangeKind::strengthened || kind == ChangeKind::number_changed;
}

} // namespace

std::string notes_line(const std::vector<assess::SentenceNote>& notes) {
    std::string out;
    std::vector<bool> shown(notes.size(), false);
    for (std::size_t i = 0; i < notes.size(); ++i) {
        if (shown[i]) {
            continue;
        }
        out += (out.empty() ? "" : "; ") + std::string(assess::to_string(notes[i].kind));
        std::string words = note_words(notes[i]);
        // The kind once, its words listed: never "strengthened: clearly; strengthened: ...".
        for (std::size_t j = i + 1; j < notes.size() && listed_together(notes[i].kind); ++j) {
            if (!shown[j] && notes[j].kind == notes[i].kind) {
                shown[j] = true;
                words += ", " + note_words(notes[j]);
            }
        }
        if (!words.empty()) {
            out += ": " + words;
        }
    }
    return out;
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

std::string holder_shown(const std::string& value, const std::string& referent, bool unnamed) {
    if (value == "author") {
        return "the author";
    }
    if (!referent.empty()) {
        return referent; // a pronoun holder, by whom it stands for ("Maria Berg", not "She told")
    }
    // A passive or a quantifier alone names nobody: its words ("was widely praised") are among
    // the change's cues, and are no holder to read after "held by".
    if (unnamed) {
        return "unnamed others";
    }
    return "'" + value + "'"; // the words that name the holder, as written: 'Critics say'
}

std::string change_values(const assess::AssessmentChange& c) {
    if (c.old_value.empty() && c.new_value.empty()) {
        return {};
    }
    if (c.kind == ChangeKind::attribution_changed) {
        const std::string old_holder = holder_shown(c.old_value, c.old_referent, c.old_unnamed);
        const std::string new_holder = holder_shown(c.new_value, c.new_referent, c.new_unnamed);
        if (c.old_value.empty()) {
            return " (a new view, held by " + new_holder + ")";
        }
        if (c.new_value.empty()) {
            return " (a view gone, held by " + old_holder + ")";
        }
        return " (" + old_holder + " -> " + new_holder + ")";
    }
    if (c.kind == ChangeKind::number_changed) {
        if (c.old_value.empty() || c.new_value.empty()) {
            return c.old_value.empty() ? " (added: " + c.new_value + ")"
                                       : " (removed: " + c.old_value + ")";
        }
        return " (" + c.old_value + " -> " + c.new_value + ")";
    }
    // The rest are the weights of the word on its dimension (polarity_shift, negated, a hedge
    // put for another): named, so that "+1.00 -> -1.00" is not read as a score.
    return " (weight " + c.old_value + " -> " + c.new_value + ")";
}

std::string change_detail(const assess::AssessmentChange& c) {
    // A number's values say it all: "(19 -> 23)", not "'23' (19 -> 23)".
    if (c.kind == ChangeKind::number_changed) {
        return change_values(c);
    }
    // A hedge or booster that came or went says which: "strengthened: 'accused of' dropped" is
    // a claim made firmer by dropping the doubt, where "strengthened 'accused of'" read as the
    // accusation made stronger.
    if (one_sided(c.kind, c.cue_side)) {
        return ": '" + joined(c.cues, " ") + "'" +
               (c.cue_side == CueSide::new_only ? " added" : " dropped");
    }
    // One word of doubt put for another: both words ("'unclear whether' -> 'probably'").
    if ((c.kind == ChangeKind::hedged || c.kind == ChangeKind::strengthened) &&
        c.cues.size() == 2 && !c.old_value.empty()) {
        return ": '" + c.cues[0] + "' -> '" + c.cues[1] + "'" + change_values(c);
    }
    // A negation that governs no judgement is the change itself: "negated by 'not'".
    if (c.kind == ChangeKind::negated && c.old_value.empty() && c.new_value.empty()) {
        return " by '" + c.term + "'";
    }
    std::string out;
    // "characterization added 'not reckless'", as the headline names it.
    if (const std::string term = assess::term_as_said(c); !term.empty()) {
        out += " '" + term + "'";
    }
    return out + change_values(c);
}

std::string change_title(const assess::AssessmentChange& c) {
    std::string kind(assess::to_string(c.kind));
    std::replace(kind.begin(), kind.end(), '_', ' ');
    return kind + change_detail(c);
}

std::string change_paragraphs(const assess::AssessmentChange& c, std::string_view arrow) {
    if (!c.old_sentence && !c.new_sentence) {
        return {};
    }
    if (!c.old_sentence || !c.new_sentence) {
        return std::string(c.old_sentence ? "old" : "new") + " paragraph " +
               std::to_string((c.old_sentence ? c.old_sentence : c.new_sentence)->paragraph + 1);
    }
    const std::uint32_t from = c.old_sentence->paragraph + 1;
    const std::uint32_t to = c.new_sentence->paragraph + 1;
    return from == to ? "paragraph " + std::to_string(to)
                      : "paragraph " + std::to_string(from) + " " + std::string(arrow) + " " +
                            std::to_string(to);
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
