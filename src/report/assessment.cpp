#include <redraft/report/assessment.hpp>

#include <cmath>
#include <sstream>

#include "report/assessment_json.hpp"
#include "report/revision_json.hpp"
#include "report/walk.hpp"

namespace redraft::report {
namespace {

using nlohmann::ordered_json;

std::string sentence_of(const document::Document& doc, std::uint32_t p, std::uint32_t s) {
    const auto& paragraph = doc.paragraphs[p];
    std::string_view text = paragraph.sentence_text(paragraph.sentences[s]);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) {
        text.remove_suffix(1);
    }
    std::string flat;
    for (const char c : text) {
        flat.push_back(c == '\n' ? ' ' : c);
    }
    return flat;
}

ordered_json dimensions_json(const claims::AssessmentProfile& profile) {
    ordered_json dims = ordered_json::object();
    for (const auto& d : profile.dimensions) {
        dims[d.name] = rounded_score(d.score);
    }
    return dims;
}

// `subject`: the profile the cue is listed under.
ordered_json cue_json(const claims::Cue& cue, std::uint32_t subject) {
    ordered_json j;
    j["kind"] = std::string(claims::to_string(cue.kind));
    j["id"] = std::string(cue.id);
    j["term"] = std::string(cue.term);
    j["words"] = cue.words;
    if (!cue.dimension.empty()) {
        j["dimension"] = cue.dimension;
    }
    if (cue.ambivalent) {
        j["ambivalent"] = true;
    } else if (!cue.dimension.empty()) {
        j["weight"] = rounded_score(cue.weight);
    }
    if (cue.negated) {
        j["negated_by"] = cue.negation;
    }
    if (!cue.modifier.empty()) {
        j["scaled_by"] = cue.modifier;
        j["scale"] = rounded_score(cue.scale);
    }
    j["holder"] = cue.holder.empty() ? std::string("author") : cue.holder;
    if (!cue.owner.empty()) {
        j["belongs_to"] = cue.owner;
    }
    if (cue.is_own_view_of(subject)) {
        j["own_view"] = true;
    }
    return j;
}

std::string cue_line(const claims::Cue& cue, std::uint32_t subject) {
    std::string line = std::string(claims::to_string(cue.kind)) + " '" + cue.words + "'";
    if (cue.words != cue.term) {
        line += " (" + std::string(cue.term) + ")";
    }
    line += " [" + std::string(cue.id) + "]";
    if (cue.ambivalent) {
        line += " ambivalent, not scored";
    } else if (!cue.dimension.empty()) {
        line += " " + cue.dimension + " " + claims::format_score(cue.weight);
    }
    if (cue.negated) {
        line += ", negated by '" + cue.negation + "'";
    }
    if (!cue.modifier.empty()) {
        line += ", scaled by '" + cue.modifier + "'";
    }
    if (!cue.holder.empty()) {
        line += ", held by '" + cue.holder + "'";
    }
    if (!cue.owner.empty()) {
        line += ", belongs to '" + cue.owner + "'";
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

std::string paragraph_label(const std::optional<diff::SentenceRef>& ref) {
    return ref ? std::to_string(ref->paragraph + 1) : std::string("-");
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
            << ", the person the text names most often (set subjects with --subject or "
               "redraft.toml).\n";
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
    ordered_json root;
    root["schema"] = "redraft.assess/1";
    root["revision"] = view.revision;
    root["source"] = revision_json(view.source);
    root["chosen_subject"] =
        view.chosen_subject.empty() ? ordered_json(nullptr) : ordered_json(view.chosen_subject);
    ordered_json subjects = ordered_json::array();
    for (std::size_t s = 0; s < view.profiles.size(); ++s) {
        const auto& profile = view.profiles[s];
        ordered_json j;
        j["subject"] = profile.subject;
        j["mentions"] = profile.mentions;
        j["claims"] = profile.claims;
        j["dimensions"] = dimensions_json(profile);
        ordered_json attributed = ordered_json::object();
        ordered_json cue_counts = ordered_json::object();
        for (const auto& d : profile.dimensions) {
            attributed[d.name] = rounded_score(d.attributed);
            cue_counts[d.name] = {{"author", d.cues}, {"attributed", d.attributed_cues}};
        }
        j["attributed"] = attributed;
        j["cue_counts"] = cue_counts;
        ordered_json characterizations = ordered_json::array();
        for (const auto& c : profile.characterizations) {
            characterizations.push_back({{"term", c.term},
                                         {"id", c.id},
                                         {"dimensions", c.dimensions},
                                         {"count", c.count},
                                         {"negated", c.negated},
                                         {"attributed", c.attributed},
                                         {"ambivalent_on", c.ambivalent_on}});
        }
        j["characterizations"] = characterizations;
        ordered_json list = ordered_json::array();
        for (const auto& ref : profile.about) {
            const auto& claim = view.analysis.claim(ref.paragraph, ref.sentence);
            const auto* mention = claim.mention_of(static_cast<std::uint32_t>(s));
            ordered_json c;
            c["paragraph"] = ref.paragraph;
            c["sentence"] = ref.sentence;
            c["line"] = view.doc.paragraphs[ref.paragraph].sentences[ref.sentence].position.line;
            c["text"] = sentence_of(view.doc, ref.paragraph, ref.sentence);
            c["via"] = mention != nullptr ? mention->words : std::string();
            c["continuation"] = mention != nullptr && mention->continuation;
            ordered_json cues = ordered_json::array();
            for (const auto& cue : claim.cues) {
                cues.push_back(cue_json(cue, static_cast<std::uint32_t>(s)));
            }
            c["cues"] = cues;
            ordered_json quantities = ordered_json::array();
            for (const auto& q : claim.quantities) {
                quantities.push_back({{"kind", std::string(claims::to_string(q.kind))},
                                      {"text", q.text},
                                      {"value", q.value}});
            }
            c["quantities"] = quantities;
            list.push_back(c);
        }
        j["claim_list"] = list;
        subjects.push_back(j);
    }
    root["subjects"] = subjects;
    root["notes"] = view.notes;
    return root.dump(2) + "\n";
}

namespace {

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

} // namespace

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
            if (!c.old_value.empty() || !c.new_value.empty()) {
                out.key("values");
                out.begin_object();
                out.key("old");
                write_value(out, c.old_value);
                out.key("new");
                write_value(out, c.new_value);
                out.end_object();
            }
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
            out << "  " << assess::to_string(c.kind);
            if (!c.term.empty()) {
                out << " '" << c.term << "'";
            }
            out << walk::change_values(c);
            out << ", paragraph " << paragraph_label(c.old_sentence) << " -> "
                << paragraph_label(c.new_sentence);
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
