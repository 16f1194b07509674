#include <redraft/report/change_wording.hpp>

#include <algorithm>

namespace redraft::report {

using assess::ChangeKind;
using assess::CueSide;

namespace {

std::string joined(const std::vector<std::string>& words, std::string_view between) {
    std::string out;
    for (const auto& w : words) {
        out += (out.empty() ? "" : std::string(between)) + w;
    }
    return out;
}

// " added" or " dropped": which way a word or a number one side lacks went.
std::string_view way(bool added) {
    return added ? " added" : " dropped";
}

// One note's cues as a sentence tag shows them: a judgement with its negation or scale as one
// phrase ("most powerful"), a number as "14 -> 13" or "24 added", a hedge with the way it went
// ("accused of dropped": the claim was made firmer by taking the doubt away), as change_detail
// says them, unquoted.
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
    // A number one side lacks says which ("number_changed: 26 added"); its one cue alone does
    // not.
    if (note.kind == ChangeKind::number_changed &&
        note.old_value.empty() != note.new_value.empty()) {
        out += way(note.old_value.empty());
    }
    if (came_or_went(note.kind, note.cue_side)) {
        out += way(note.cue_side == CueSide::new_only);
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

bool came_or_went(ChangeKind kind, CueSide side) {
    return (kind == ChangeKind::hedged || kind == ChangeKind::strengthened) &&
           side != CueSide::both;
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
        // "(24 added)", as the headline lists it ("24 added"), where a bare value said nothing
        // of which side lacks it.
        if (c.old_value.empty() || c.new_value.empty()) {
            const bool added = c.old_value.empty();
            return " (" + (added ? c.new_value : c.old_value) + std::string(way(added)) + ")";
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
    // A hedge or booster that came or went says which, in brackets as a number one side lacks
    // does ("(24 added)"): "strengthened ('accused of' dropped)" is a claim made firmer by
    // dropping the doubt, where "strengthened 'accused of'" read as the accusation made
    // stronger. No colon: check's reasons put one after the subject ("Anna Berg: hedged
    // ('seems' added) in ..."), and a second read as a list within a list.
    if (came_or_went(c.kind, c.cue_side)) {
        return " ('" + joined(c.cues, " ") + "'" +
               std::string(way(c.cue_side == CueSide::new_only)) + ")";
    }
    // One word of doubt put for another: both words and their weights ("('unclear whether' ->
    // 'probably', weight -0.50 -> -0.25)").
    if ((c.kind == ChangeKind::hedged || c.kind == ChangeKind::strengthened) &&
        c.cues.size() == 2 && !c.old_value.empty()) {
        return " ('" + c.cues[0] + "' -> '" + c.cues[1] + "', weight " + c.old_value + " -> " +
               c.new_value + ")";
    }
    const std::string term = assess::term_as_said(c);
    // A negation that governs no judgement is the change itself: "negated by 'not'".
    if (c.kind == ChangeKind::negated && c.old_value.empty() && c.new_value.empty()) {
        return " by '" + term + "'";
    }
    // "characterization added 'not reckless'", as the headline names it.
    return (term.empty() ? std::string() : " '" + term + "'") + change_values(c);
}

std::string change_line(const assess::AssessmentChange& c) {
    return std::string(assess::to_string(c.kind)) + change_detail(c);
}

std::string change_title(const assess::AssessmentChange& c) {
    std::string kind(assess::to_string(c.kind));
    std::replace(kind.begin(), kind.end(), '_', ' ');
    return kind + change_detail(c);
}

std::string change_paragraphs(const assess::AssessmentChange& c, std::string_view arrow) {
    return assess::paragraphs_of(c.old_sentence, c.new_sentence, arrow);
}

std::string change_sentence(const assess::AssessmentChange& c, std::string_view arrow) {
    const auto& ref = c.new_sentence ? c.new_sentence : c.old_sentence;
    if (!ref) {
        return "the document";
    }
    return change_paragraphs(c, arrow) + ", sentence " + std::to_string(ref->sentence + 1);
}

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

} // namespace redraft::report
