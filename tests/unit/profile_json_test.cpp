// profile_json (`redraft assess --format json`) is written as it goes: the same bytes as the
// nlohmann tree it replaced, with every optional part of a cue present somewhere.

#include <redraft/report/assessment.hpp>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "analysed_text.hpp"
#include "report/assessment_json.hpp"
#include "report/json_writer.hpp"
#include "report/revision_json.hpp"

namespace redraft::report {
namespace {

using nlohmann::ordered_json;

// The tree profile_json built before it was written as it goes.
ordered_json tree_of(const ProfileView& view) {
    const auto cue_json = [](const claims::Cue& cue, std::uint32_t subject) {
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
    };
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
        ordered_json dims = ordered_json::object();
        ordered_json attributed = ordered_json::object();
        ordered_json cue_counts = ordered_json::object();
        for (const auto& d : profile.dimensions) {
            dims[d.name] = rounded_score(d.score);
            attributed[d.name] = rounded_score(d.attributed);
            cue_counts[d.name] = {{"author", d.cues}, {"attributed", d.attributed_cues}};
        }
        j["dimensions"] = dims;
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
            const auto& paragraph = view.doc.paragraphs[ref.paragraph];
            std::string text(paragraph.sentence_text(paragraph.sentences[ref.sentence]));
            while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) {
                text.pop_back();
            }
            std::replace(text.begin(), text.end(), '\n', ' ');
            ordered_json c;
            c["paragraph"] = ref.paragraph;
            c["sentence"] = ref.sentence;
            c["line"] = paragraph.sentences[ref.sentence].position.line;
            c["text"] = text;
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
    return root;
}

TEST(ProfileJson, IsWhatItsTreeWouldDump) {
    const auto a = claims::testing::analyse_text(
        "c.reckless\treckless\tcharacterization\t-1\tfavorability\t\n"
        "c.calm\tcalm\tcharacterization\t+0.5\tfavorability\t\n"
        "c.calm-s\tcalm\tcharacterization\t-0.5\tstance\t\n"
        "c.aggressive\taggressive\tcharacterization\tambivalent\tfavorability\t\n"
        "i.highly\thighly\tintensifier\t1.5\t\t\n"
        "n.not\tnot\tnegation\t-1\t\t\n"
        "h.may\tmay\thedge\t-0.5\tcertainty\t\n"
        "a.critics-say\tcritics say\tattribution\t0\t\t\n",
        "Mark Rutte was highly reckless in 2019. He was not calm, and he may be aggressive.\n"
        "Critics say \"Rutte\" is reckless; Rutte won 62% of the vote.\n\n"
        "Vladimir Putin was calm. Nobody else was named.\n",
        {{"Mark Rutte", {"Rutte"}, {}, {"he", "him", "his"}},
         {"Vladimir Putin", {"Putin"}, {}, {"he", "him", "his"}},
         {"Nobody Named", {}, {}, {}}});
    const std::vector<std::string> dimensions = {"favorability", "certainty", "stance"};
    RevisionMeta source;
    source.revision = "essay.md";
    source.name = "essay.md";
    source.paragraphs = 2;
    ProfileView view{a->doc,       a->analysis, "essay.md",
                     source,       {},          {},
                     "Mark Rutte", "essay.md",  {"a note", "another \"note\""}};
    const std::vector<std::string> names = {"Mark Rutte", "Vladimir Putin", "Nobody Named"};
    for (std::uint32_t s = 0; s < names.size(); ++s) {
        view.profiles.push_back(claims::build_profile(a->analysis, s, names[s], dimensions));
    }
    ASSERT_FALSE(view.profiles[0].about.empty());
    ASSERT_FALSE(view.profiles[0].characterizations.empty());
    EXPECT_EQ(profile_json(view), json_text(tree_of(view)));
    // Without a chosen subject, notes or profiles.
    view.chosen_subject.clear();
    view.notes.clear();
    view.profiles.clear();
    EXPECT_EQ(profile_json(view), json_text(tree_of(view)));
}

TEST(ProfileJson, ANameInAnotherEncodingHasReplacementCharacters) {
    const auto a = claims::testing::analyse_text("", "Mark Rutte left.\n", {});
    RevisionMeta source;
    source.revision = "caf\xff.md";
    source.name = "caf\xff.md";
    const ProfileView view{a->doc, a->analysis, "caf\xff.md", source, {}, {}, {}, {}, {}};
    const std::string text = profile_json(view);
    EXPECT_EQ(text, json_text(tree_of(view)));
    EXPECT_NE(text.find("\"caf\xef\xbf\xbd.md\""), std::string::npos);
}

} // namespace
} // namespace redraft::report
