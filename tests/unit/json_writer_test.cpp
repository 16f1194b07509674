#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <string>

#include "report/assessment_json.hpp"
#include "report/json_writer.hpp"

namespace redraft::report {
namespace {

using nlohmann::ordered_json;

std::string nlohmann_dump(const ordered_json& value) {
    return value.dump(2, ' ', false, ordered_json::error_handler_t::replace);
}

// Writes `value` through the JsonWriter calls, so that its output can be compared with
// nlohmann's dump of the same value.
void write(JsonWriter& out, const ordered_json& value) {
    switch (value.type()) {
    case ordered_json::value_t::object:
        out.begin_object();
        for (const auto& [key, member] : value.items()) {
            out.key(key);
            write(out, member);
        }
        out.end_object();
        break;
    case ordered_json::value_t::array:
        out.begin_array();
        for (const auto& element : value) {
            write(out, element);
        }
        out.end_array();
        break;
    case ordered_json::value_t::string:
        out.string(value.get_ref<const std::string&>());
        break;
    case ordered_json::value_t::number_unsigned:
        out.number(value.get<std::uint64_t>());
        break;
    case ordered_json::value_t::number_float:
        out.real(value.get<double>());
        break;
    case ordered_json::value_t::boolean:
        out.boolean(value.get<bool>());
        break;
    default:
        out.null();
        break;
    }
}

std::string streamed(const ordered_json& value) {
    std::string text;
    JsonWriter out(text);
    write(out, value);
    return text;
}

TEST(JsonWriter, MatchesNlohmannDump) {
    const ordered_json cases[] = {
        ordered_json::object(),
        ordered_json::array(),
        ordered_json(nullptr),
        ordered_json("plain"),
        ordered_json(std::uint64_t{18446744073709551615ull}),
        ordered_json(1.0),
        ordered_json(0.5),
        ordered_json(0.001),
        ordered_json(-0.0),
        ordered_json(0.873),
        ordered_json(std::round(2.0 / 3.0 * 1000.0) / 1000.0),
        ordered_json(1e-7),
        ordered_json(1e20),
        ordered_json(std::nan("")),
        ordered_json::parse(R"({"a": [], "b": {}, "c": [1, [2, []], {"d": null}], "e": true,
                                "f": false, "g": "x"})"),
        ordered_json::array({ordered_json::object(), ordered_json::array({ordered_json::array()})}),
    };
    for (const auto& value : cases) {
        EXPECT_EQ(streamed(value), nlohmann_dump(value)) << nlohmann_dump(value);
    }
}

TEST(JsonWriter, EscapesStringsAsNlohmannDoes) {
    std::string every_control;
    for (int c = 1; c < 0x20; ++c) {
        every_control.push_back(static_cast<char>(c));
    }
    const std::string cases[] = {
        "",
        "quote \" backslash \\ slash / delete \x7f",
        every_control,
        std::string("nul \0 inside", 12),
        "caf\xc3\xa9 \xe2\x80\x94 \xf0\x9f\x98\x80",
        "invalid \xff byte",
        "truncated \xe2\x80",
        "overlong \xc0\xaf",
        "surrogate \xed\xa0\x80",
    };
    for (const auto& text : cases) {
        const ordered_json value = ordered_json::object({{text, ordered_json::array({text})}});
        EXPECT_EQ(streamed(value), nlohmann_dump(value)) << text;
    }
}

TEST(JsonWriter, ARealWrittenAgainIsWrittenTheSame) {
    // real() remembers how it wrote a value: by its bits, so that -0.0 stays "-0.0" after 0.0.
    const ordered_json values = ordered_json::array(
        {0.5, -0.0, 0.0, 0.5, -0.0, 0.0, std::nan(""), std::nan(""), 1.0, 1.0, 0.873, 1e20});
    EXPECT_EQ(streamed(values), nlohmann_dump(values));
}

TEST(JsonWriter, EscapesAtEveryPlaceOfALongString) {
    // Plain ASCII is skipped sixteen or eight bytes at a time: a byte to escape or check, or an
    // invalid one, must be found wherever it stands in such a block or after it.
    const std::string specials[] = {
        "\"",   "\\",   "\n",          "\x01",         "\x1f",
        "\x7f", " ",    "\xc3\xa9",    "\xe2\x80\x94", "\xf0\x9f\x98\x80",
        "\xff", "\xc3", "\xed\xa0\x80"};
    for (const auto& special : specials) {
        for (std::size_t at = 0; at <= 40; ++at) {
            std::string text(44, 'a');
            text.insert(at, special);
            const ordered_json value = ordered_json::array({text});
            EXPECT_EQ(streamed(value), nlohmann_dump(value)) << text;
        }
    }
}

TEST(JsonWriter, NestingDeeperThanALineAndLongKeys) {
    // Lines are composed in a buffer with room for 128 bytes of indentation and keys of 64: any
    // deeper line, or longer or escaped key, takes the general path, in the same order.
    const auto number = [](int n) { return ordered_json(static_cast<std::uint64_t>(n)); };
    ordered_json value =
        ordered_json::array({number(1), "x", nullptr, true, ordered_json::object()});
    for (int depth = 0; depth < 70; ++depth) {
        const std::string name = depth % 3 == 0   ? std::string(60 + depth % 9, 'k')
                                 : depth % 3 == 1 ? "k\"" + std::to_string(depth)
                                                  : std::to_string(depth);
        value = depth % 2 == 0
                    ? ordered_json::object({{name, value}, {"after", number(depth)}, {"empty", {}}})
                    : ordered_json::array({value, number(depth), ordered_json::array(), "s"});
    }
    EXPECT_EQ(streamed(value), nlohmann_dump(value));
}

TEST(JsonWriter, IndentsEmbeddedValues) {
    const ordered_json part = ordered_json::parse(R"([{"kind": "hedged", "cues": ["may"]}])");
    std::string text;
    JsonWriter out(text);
    out.begin_object();
    out.key("outer");
    out.begin_array();
    out.begin_object();
    out.key("changes");
    out.value(part);
    out.end_object();
    out.end_array();
    out.end_object();
    const ordered_json whole = {{"outer", ordered_json::array({{{"changes", part}}})}};
    EXPECT_EQ(text, nlohmann_dump(whole));
}

TEST(JsonWriter, TheAssessmentArrayIsWhatItsTreeWouldDump) {
    // The assessment of the diff's JSON is written as it goes: the same bytes as the nlohmann
    // tree it replaced, for every optional part present and absent.
    assess::Assessment assessment;
    auto& subject = assessment.subjects.emplace_back();
    subject.subject = "Dana \"Kessler\"";
    subject.old_profile.claims = 3;
    subject.old_profile.dimensions = {
        {"favorability", 0.5}, {"certainty", -0.0004}, {"russia_stance", 1.0}};
    subject.new_profile.claims = 0;
    subject.new_profile.dimensions = {
        {"favorability", -0.12345}, {"certainty", 0.0}, {"russia_stance", -1.0}};
    auto& changed = subject.changes.emplace_back();
    changed.kind = assess::ChangeKind::number_changed;
    changed.term = "196";
    changed.old_sentence = diff::SentenceRef{4, 1};
    changed.old_text = "It cost 196 million.";
    changed.new_text = "It cost\t200 million.";
    changed.new_sentence = diff::SentenceRef{5, 0};
    changed.cues = {"196", "200"};
    changed.lexicon_ids = {"fav.cost"};
    changed.old_value = "196";
    auto& added = subject.changes.emplace_back();
    added.kind = assess::ChangeKind::claim_added;
    added.new_sentence = diff::SentenceRef{0, 0};
    added.new_text = "She won.";
    assessment.subjects.emplace_back().subject = "Nobody";

    ordered_json expected = ordered_json::array();
    for (const auto& s : assessment.subjects) {
        const auto side = [](const claims::AssessmentProfile& profile) {
            ordered_json dims = ordered_json::object();
            for (const auto& d : profile.dimensions) {
                dims[d.name] = rounded_score(d.score);
            }
            return ordered_json{{"claims", profile.claims}, {"dimensions", dims}};
        };
        ordered_json j;
        j["subject"] = s.subject;
        j["old"] = side(s.old_profile);
        j["new"] = side(s.new_profile);
        j["summary"] = assess::summarize(s, assessment.configured);
        ordered_json changes = ordered_json::array();
        for (const auto& c : s.changes) {
            const auto paragraph = [](const std::optional<diff::SentenceRef>& ref) {
                return ref ? ordered_json(ref->paragraph) : ordered_json(nullptr);
            };
            ordered_json change;
            change["kind"] = std::string(assess::to_string(c.kind));
            change["term"] = c.term;
            change["old"] = c.old_text ? ordered_json(*c.old_text) : ordered_json(nullptr);
            change["new"] = c.new_text ? ordered_json(*c.new_text) : ordered_json(nullptr);
            change["paragraph"] = {{"old", paragraph(c.old_sentence)},
                                   {"new", paragraph(c.new_sentence)}};
            change["cues"] = c.cues;
            change["lexicon_ids"] = c.lexicon_ids;
            if (!c.old_value.empty() || !c.new_value.empty()) {
                const auto value = [](const std::string& v) {
                    return v.empty() ? ordered_json(nullptr) : ordered_json(v);
                };
                change["values"] = {{"old", value(c.old_value)}, {"new", value(c.new_value)}};
            }
            changes.push_back(change);
        }
        j["changes"] = changes;
        expected.push_back(j);
    }
    std::string text;
    JsonWriter out(text);
    write_assessment_array(out, assessment);
    EXPECT_EQ(text, nlohmann_dump(expected));

    const std::vector<assess::SentenceNote> notes = {{assess::ChangeKind::hedged, {"may"}, "", ""},
                                                     {assess::ChangeKind::reworded, {}, "", ""}};
    ordered_json expected_notes = ordered_json::array();
    for (const auto& note : notes) {
        expected_notes.push_back(
            {{"kind", std::string(assess::to_string(note.kind))}, {"cues", note.cues}});
    }
    text.clear();
    JsonWriter notes_out(text);
    write_sentence_changes(notes_out, notes);
    EXPECT_EQ(text, nlohmann_dump(expected_notes));
}

} // namespace
} // namespace redraft::report
