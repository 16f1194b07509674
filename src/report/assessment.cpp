#include <redraft/report/assessment.hpp>

#include <algorithm>
#include <cmath>
#include <sstream>

#include "claims/name_words.hpp"
#include "report/assessment_json.hpp"
#include "report/revision_json.hpp"
#include "report/walk.hpp"

namespace redraft::report {
namespace {

std::string sentence_of(const document::Document& doc, std::uint32_t p, std::uint32_t s) {
    const auto& paragraph = doc.paragraphs[p];
    std::string_view text = paragraph.sentence_text(paragraph.sentences[s]);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) {
        text.remove_suffix(1);
    }
    std::string flat(text);
    std::replace(flat.begin(), flat.end(), '\n', ' ');
    return flat;
}

void write_dimensions(JsonWriter& out, const claims::AssessmentProfile& profile) {
    out.begin_object();
    for (const auto& d : profile.dimensions) {
        out.key(d.name); // the names are unique (config.cpp rejects a dimension defined twice)
        out.real(rounded_score(d.score));
    }
    out.end_object();
}

void write_side(JsonWriter& out, const claims::AssessmentProfile& profile) {
    out.begin_object();
    out.key("claims");
    out.number(profile.claims);
    out.key("dimensions");
    write_dimensions(out, profile);
    out.end_object();
}

void write_strings(JsonWriter& out, const std::vector<std::string>& strings) {
    out.begin_array();
    for (const auto& text : strings) {
        out.string(text);
    }
    out.end_array();
}

void write_paragraph(JsonWriter& out, const std::optional<diff::SentenceRef>& ref) {
    if (ref) {
        out.number(ref->paragraph);
    } else {
        out.null();
    }
}

void write_optional(JsonWriter& out, const std::optional<std::string>& text) {
    if (text) {
        out.string(*text);
    } else {
        out.null();
    }
}

// An empty value is null.
void write_value(JsonWriter& out, const std::string& value) {
    if (value.empty()) {
        out.null();
    } else {
        out.string(value);
    }
}

// "KEY": {"old": ..., "new": ...}, written only when either side has a value.
void write_value_pair(JsonWriter& out, std::string_view key, const std::string& old_value,
                      const std::string& new_value) {
    if (old_value.empty() && new_value.empty()) {
        return;
    }
    out.key(key);
    out.begin_object();
    out.key("old");
    write_value(out, old_value);
    out.key("new");
    write_value(out, new_value);
    out.end_object();
}

// `subject`: the profile the cue is listed under.
void write_cue(JsonWriter& out, const claims::Cue& cue, std::uint32_t subject) {
    out.begin_object();
    out.key("kind");
    out.string(claims::to_string(cue.kind));
    out.key("id");
    out.string(cue.id);
    out.key("term");
    out.string(cue.term);
    out.key("words");
    out.string(cue.words);
    if (!cue.dimension.empty()) {
        out.key("dimension");
        out.string(cue.dimension);
    }
    if (cue.ambivalent) {
        out.key("ambivalent");
        out.boolean(true);
    } else if (!cue.dimension.empty()) {
        out.key("weight");
        out.real(rounded_score(cue.weight));
    }
    if (cue.negated) {
        out.key("negated_by");
        out.string(cue.negation);
    }
    if (!cue.modifier.empty()) {
        out.key("scaled_by");
        out.string(cue.modifier);
        out.key("scale");
        out.real(rounded_score(cue.scale));
    }
    out.key("holder");
    out.string(cue.holder.empty() ? std::string_view("author") : std::string_view(cue.holder));
    if (!cue.holder_referent.empty()) {
        out.key("holder_referent");
        out.string(cue.holder_referent);
    }
    if (!cue.owner.empty()) {
        out.key("belongs_to");
        out.string(cue.owner);
    }
    if (cue.is_own_view_of(subject)) {
        out.key("own_view");
        out.boolean(true);
    }
    out.end_object();
}

std::string cue_line(const claims::Cue& cue, std::uint32_t subject) {
    std::string line =
        std::string(claims::to_string(cue.kind)) + " '" + std::string(cue.words) + "'";
    if (cue.words != cue.term) {
        line += " (" + std::string(cue.term) + ")";
    }
    line += " [" + std::string(cue.id) + "]";
    if (cue.ambivalent) {
        line += " ambivalent, not scored";
    } else if (!cue.dimension.empty()) {
        line += " " + std::string(cue.dimension) + " " + claims::format_score(cue.weight);
    }
    if (cue.negated) {
        line += ", negated by '" + std::string(cue.negation) + "'";
    }
    if (!cue.modifier.empty()) {
        line += ", scaled by '" + std::string(cue.modifier) + "'";
    }
    if (!cue.holder.empty()) {
        line += ", held by '" + std::string(cue.holder) + "'";
        if (!cue.holder_referent.empty()) {
            line += " (" + std::string(cue.holder_referent) + ")";
        }
    }
    if (!cue.owner.empty()) {
        line += ", belongs to '" + std::string(cue.owner) + "'";
    }
    if (cue.is_own_view_of(subject)) {
        line += ", the subject's own words (not scored for them)";
    }
    return line;
}

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) {
        out += (out.empty() ? "" : ", ") + item;
    }
    return out;
}

} // namespace

double rounded_score(double score) {
    const double r = std::round(score * 1000.0) / 1000.0;
    return r == 0 ? 0.0 : r;
}

std::string profile_text(const ProfileView& view) {
    std::ostringstream out;
    out << "Assessment of " << view.title << "\n";
    if (!view.chosen_subject.empty()) {
        out << "No subject configured: redraft chose " << view.chosen_subject
            << (claims::organization_short_name(view.chosen_subject).empty() ? ", the person"
                                                                             : ", the organization")
            << " the text names most often (set subjects with --subject or redraft.toml).\n";
    }
    for (const auto& profile : view.profiles) {
        out << "\n"
            << profile.subject << ": " << profile.mentions
            << (profile.mentions == 1 ? " mention, " : " mentions, ") << profile.claims
            << (profile.claims == 1 ? " claim\n" : " claims\n");
        for (const auto& d : profile.dimensions) {
            out << "  " << d.name << " " << claims::format_score(d.score) << " (" << d.cues
                << (d.cues == 1 ? " cue" : " cues");
            if (d.attributed_cues > 0) {
                out << "; views attributed to others " << claims::format_score(d.attributed)
                    << " from " << d.attributed_cues << (d.attributed_cues == 1 ? " cue" : " cues");
            }
            out << ")\n";
        }
        if (!profile.characterizations.empty()) {
            out << "  characterizations:";
            bool first = true;
            for (const auto& c : profile.characterizations) {
                out << (first ? " " : ", ") << "'" << c.term << "'";
                if (c.count > 1) {
                    out << " x" << c.count;
                }
                if (!c.ambivalent_on.empty()) {
                    out << (c.ambivalent_on.size() == c.dimensions.size()
                                ? std::string(" (ambivalent)")
                                : " (ambivalent on " + join(c.ambivalent_on) + ")");
                }
                if (c.negated > 0) {
                    out << " (negated " << c.negated << ")";
                }
                if (c.attributed > 0) {
                    out << " (attributed " << c.attributed << ")";
                }
                first = false;
            }
            out << "\n";
        }
        out << "  claims:\n";
        for (const auto& ref : profile.about) {
            const auto& claim = view.analysis.claim(ref.paragraph, ref.sentence);
            const auto& sentence = view.doc.paragraphs[ref.paragraph].sentences[ref.sentence];
            const auto* mention =
                claim.mention_of(static_cast<std::uint32_t>(&profile - view.profiles.data()));
            out << "    paragraph " << ref.paragraph + 1 << ", line " << sentence.position.line
                << ": " << sentence_of(view.doc, ref.paragraph, ref.sentence) << "\n";
            if (mention != nullptr && mention->continuation) {
                out << "      about " << profile.subject << " through '" << mention->words << "'\n";
            }
            for (const auto& cue : claim.cues) {
                out << "      "
                    << cue_line(cue, static_cast<std::uint32_t>(&profile - view.profiles.data()))
                    << "\n";
            }
            for (const auto& q : claim.quantities) {
                out << "      " << claims::to_string(q.kind) << " '" << q.text << "' = " << q.value
                    << "\n";
            }
        }
    }
    for (const auto& note : view.notes) {
        out << "\nnote: " << note << "\n";
    }
    return out.str();
}

std::string profile_json(const ProfileView& view) {
    // Written as it goes: the JSON of a 10 MB essay's claims is some 40 MB, which as a tree
    // took longer to build and dump than the analysis behind it.
    std::string text;
    JsonWriter out(text);
    out.begin_object();
    out.key("schema");
    out.string("redraft.assess/1");
    out.key("revision");
    out.string(view.revision);
    out.key("source");
    out.value(revision_json(view.source));
    out.key("chosen_subject");
    if (view.chosen_subject.empty()) {
        out.null();
    } else {
        out.string(view.chosen_subject);
    }
    out.key("subjects");
    out.begin_array();
    for (std::size_t s = 0; s < view.profiles.size(); ++s) {
        const auto& profile = view.profiles[s];
        const auto subject = static_cast<std::uint32_t>(s);
        out.begin_object();
        out.key("subject");
        out.string(profile.subject);
        out.key("mentions");
        out.number(profile.mentions);
        out.key("claims");
        out.number(profile.claims);
        out.key("dimensions");
        write_dimensions(out, profile);
        out.key("attributed");
        out.begin_object();
        for (const auto& d : profile.dimensions) {
            out.key(d.name);
            out.real(rounded_score(d.attributed));
        }
        out.end_object();
        out.key("cue_counts");
        out.begin_object();
        for (const auto& d : profile.dimensions) {
            out.key(d.name);
            out.begin_object();
            out.key("author");
            out.number(d.cues);
            out.key("attributed");
            out.number(d.attributed_cues);
            out.end_object();
        }
        out.end_object();
        out.key("characterizations");
        out.begin_array();
        for (const auto& c : profile.characterizations) {
            out.begin_object();
            out.key("term");
            out.string(c.term);
            out.key("id");
            out.string(c.id);
            out.key("dimensions");
            write_strings(out, c.dimensions);
            out.key("count");
            out.number(c.count);
            out.key("negated");
            out.number(c.negated);
            out.key("attributed");
            out.number(c.attributed);
            out.key("ambivalent_on");
            write_strings(out, c.ambivalent_on);
            out.end_object();
        }
        out.end_array();
        out.key("claim_list");
        out.begin_array();
        for (const auto& ref : profile.about) {
            const auto& claim = view.analysis.claim(ref.paragraph, ref.sentence);
            const auto* mention = claim.mention_of(subject);
            out.begin_object();
            out.key("paragraph");
            out.number(ref.paragraph);
            out.key("sentence");
            out.number(ref.sentence);
            out.key("line");
            out.number(view.doc.paragraphs[ref.paragraph].sentences[ref.sentence].position.line);
            out.key("text");
            out.string(sentence_of(view.doc, ref.paragraph, ref.sentence));
            out.key("via");
            out.string(mention != nullptr ? std::string_view(mention->words) : std::string_view());
            out.key("continuation");
            out.boolean(mention != nullptr && mention->continuation);
            out.key("cues");
            out.begin_array();
            for (const auto& cue : claim.cues) {
                write_cue(out, cue, subject);
            }
            out.end_array();
            out.key("quantities");
            out.begin_array();
            for (const auto& q : claim.quantities) {
                out.begin_object();
                out.key("kind");
                out.string(claims::to_string(q.kind));
                out.key("text");
                out.string(q.text);
                out.key("value");
                out.string(q.value);
                out.end_object();
            }
            out.end_array();
            out.end_object();
        }
        out.end_array();
        out.end_object();
    }
    out.end_array();
    out.key("notes");
    write_strings(out, view.notes);
    out.end_object();
    text += '\n';
    return text;
}

void write_assessment_array(JsonWriter& out, const assess::Assessment& assessment) {
    out.begin_array();
    for (const auto& subject : assessment.subjects) {
        out.begin_object();
        out.key("subject");
        out.string(subject.subject);
        out.key("old");
        write_side(out, subject.old_profile);
        out.key("new");
        write_side(out, subject.new_profile);
        out.key("summary");
        out.string(assess::summarize(subject, assessment.configured));
        out.key("changes");
        out.begin_array();
        for (const auto& c : subject.changes) {
            out.begin_object();
            out.key("kind");
            out.string(assess::to_string(c.kind));
            out.key("term");
            out.string(c.term);
            out.key("old");
            write_optional(out, c.old_text);
            out.key("new");
            write_optional(out, c.new_text);
            out.key("paragraph");
            out.begin_object();
            out.key("old");
            write_paragraph(out, c.old_sentence);
            out.key("new");
            write_paragraph(out, c.new_sentence);
            out.end_object();
            out.key("cues");
            write_strings(out, c.cues);
            out.key("lexicon_ids");
            write_strings(out, c.lexicon_ids);
            write_value_pair(out, "values", c.old_value, c.new_value);
            write_value_pair(out, "referents", c.old_referent, c.new_referent);
            out.end_object();
        }
        out.end_array();
        out.end_object();
    }
    out.end_array();
}

void write_sentence_changes(JsonWriter& out, const std::vector<assess::SentenceNote>& notes) {
    out.begin_array();
    for (const auto& note : notes) {
        out.begin_object();
        out.key("kind");
        out.string(assess::to_string(note.kind));
        out.key("cues");
        write_strings(out, note.cues);
        out.end_object();
    }
    out.end_array();
}

std::string assessment_text(const AssessmentView& view) {
    std::ostringstream out;
    const auto& a = view.assessment;
    out << "Assessment of " << view.title << "\n";
    if (!a.chosen_subject.empty()) {
        out << assess::chosen_subject_sentence(a) << "\n";
    }
    for (const auto& subject : a.subjects) {
        out << assess::summarize(subject, a.configured) << "\n";
    }
    for (const auto& subject : a.subjects) {
        out << "\n"
            << subject.subject << ": claims " << subject.old_profile.claims << " -> "
            << subject.new_profile.claims;
        for (std::size_t d = 0; d < subject.new_profile.dimensions.size(); ++d) {
            out << ", " << subject.new_profile.dimensions[d].name << " "
                << claims::format_score(subject.old_profile.dimensions[d].score) << " -> "
                << claims::format_score(subject.new_profile.dimensions[d].score);
        }
        out << "\n";
        if (subject.changes.empty()) {
            out << "  no change in the claims about " << subject.subject << "\n";
        }
        for (const auto& c : subject.changes) {
            // "characterization_added 'not reckless'", as the headline names it.
            out << "  " << change_line(c);
            if (const std::string where = change_paragraphs(c, "->"); !where.empty()) {
                out << ", " << where;
            }
            if (!c.cues.empty()) {
                out << "; cues:";
                for (std::size_t i = 0; i < c.cues.size(); ++i) {
                    out << (i ? ", '" : " '") << c.cues[i] << "'";
                }
            }
            if (!c.lexicon_ids.empty()) {
                out << " [";
                for (std::size_t i = 0; i < c.lexicon_ids.size(); ++i) {
                    out << (i ? ", " : "") << c.lexicon_ids[i];
                }
                out << "]";
            }
            out << "\n";
            if (c.old_text) {
                out << "    old: " << *c.old_text << "\n";
            }
            if (c.new_text) {
                out << "    new: " << *c.new_text << "\n";
            }
        }
    }
    return out.str();
}

} // namespace redraft::report
