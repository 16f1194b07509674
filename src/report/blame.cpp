#include <redraft/report/blame.hpp>
#include <redraft/store/source.hpp>

#include <nlohmann/json.hpp>

#include "report/escape.hpp"
#include "report/json_writer.hpp"

namespace redraft::report {
namespace {

using nlohmann::ordered_json;

std::string date_of(const store::RevisionInfo& info) {
    return store::format_time(info.time, info.offset_minutes).substr(0, 10);
}

// "r3 (2024-06-27, label appointed)"; the messages are listed once, at the top.
std::string describe(const store::RevisionInfo& info) {
    std::string text = "r" + std::to_string(info.number) + " (" + date_of(info);
    for (const auto& label : info.labels) {
        text += ", label " + label;
    }
    return text + ")";
}

// "hedged", "hedged and number changed", "hedged, negated and number changed".
std::string joined(const std::vector<std::string>& kinds) {
    std::string text;
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        text += (k == 0 ? "" : (k + 1 == kinds.size() ? " and " : ", ")) + kinds[k];
    }
    return text.empty() ? "reworded" : text;
}

// "since r1 (...)", with what the last edit did: "since r1 (...), hedged in r3 (...)", and the
// last edit the assessment saw when a later one only reworded: "since r1 (...), number changed
// in r4 (...), reworded in r5 (...)".
std::string history_of(const history::Blame& blame, const history::ClaimBlame& claim) {
    std::string text = "since " + describe(blame.chain[claim.introduced]);
    if (!claim.assessed_by.empty() && claim.assessed != claim.changed) {
        text += ", " + joined(claim.assessed_by) + " in " + describe(blame.chain[claim.assessed]);
    }
    if (claim.changed != claim.introduced) {
        text += ", " + joined(claim.changed_by) + " in " + describe(blame.chain[claim.changed]);
    }
    return text;
}

std::string shortened(const std::string& text) {
    constexpr std::size_t kLimit = 90;
    if (text.size() <= kLimit) {
        return text;
    }
    std::size_t cut = kLimit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
        --cut; // never inside a UTF-8 sequence
    }
    return text.substr(0, cut) + "...";
}

ordered_json revision_json(const store::RevisionInfo& info) {
    return {{"number", info.number},
            {"short_id", info.short_id},
            {"date", store::format_time(info.time, info.offset_minutes)},
            {"labels", info.labels},
            {"author", info.author_name},
            {"message", info.message}};
}

} // namespace

std::string blame_text(const history::Blame& blame, const std::string& document) {
    const auto& last = blame.chain.back();
    std::string out = "Blame of " + document + " at r" + std::to_string(last.number) + " (" +
                      last.short_id + "), following " + std::to_string(blame.chain.size()) +
                      (blame.chain.size() == 1 ? " revision" : " revisions") + "\n";
    for (const auto& info : blame.chain) {
        out += "  r" + std::to_string(info.number) + " " + info.short_id + " " + date_of(info) +
               " " + terminal_safe(info.author_name) + ": " + terminal_safe(info.message) + "\n";
    }
    for (const auto& subject : blame.subjects) {
        out += "\n" + subject.subject + ": " + std::to_string(subject.claims.size()) +
               (subject.claims.size() == 1 ? " claim" : " claims") + "\n";
        for (const auto& claim : subject.claims) {
            out += "  " + document + ":" + std::to_string(claim.position.line) + ":" +
                   std::to_string(claim.position.column) + " \"" + shortened(claim.text) + "\"\n";
            out += "    " + history_of(blame, claim) + "\n";
            // A word's own line says when it came; what later edits of its sentence did is on
            // the claim's line above, since an edit that negated one word did not touch the
            // others.
            for (const auto& c : claim.characterizations) {
                out +=
                    "    '" + c.shown() + "' since " + describe(blame.chain[c.introduced]) + "\n";
            }
        }
    }
    return out;
}

std::string blame_json(const history::Blame& blame, const std::string& document,
                       const std::string& chosen_subject) {
    ordered_json subjects = ordered_json::array();
    for (const auto& subject : blame.subjects) {
        ordered_json claims = ordered_json::array();
        for (const auto& claim : subject.claims) {
            ordered_json characterizations = ordered_json::array();
            for (const auto& c : claim.characterizations) {
                ordered_json entry = {{"term", c.term}, {"lexicon_id", c.id}};
                if (!c.negation.empty()) {
                    entry["negated_by"] = c.negation; // as in redraft.assess/1's cues
                }
                entry["introduced"] = blame.chain[c.introduced].number;
                entry["changed"] = blame.chain[std::max(c.introduced, claim.changed)].number;
                characterizations.push_back(std::move(entry));
            }
            claims.push_back(
                {{"paragraph", claim.paragraph},
                 {"sentence", claim.sentence},
                 {"line", claim.position.line},
                 {"column", claim.position.column},
                 {"text", claim.text},
                 {"introduced", blame.chain[claim.introduced].number},
                 {"changed", blame.chain[claim.changed].number},
                 {"changed_by", claim.changed_by},
                 {"assessment_changed", claim.assessed_by.empty()
                                            ? ordered_json()
                                            : ordered_json(blame.chain[claim.assessed].number)},
                 {"assessment_changed_by", claim.assessed_by},
                 {"characterizations", characterizations}});
        }
        subjects.push_back({{"subject", subject.subject}, {"claims", claims}});
    }
    ordered_json revisions = ordered_json::array();
    for (const auto& info : blame.chain) {
        revisions.push_back(revision_json(info));
    }
    ordered_json root = {{"schema", "redraft.blame/1"},
                         {"document", document},
                         {"revision", blame.chain.back().number},
                         {"revisions", revisions}};
    if (!chosen_subject.empty()) {
        root["chosen_subject"] = chosen_subject;
    }
    root["subjects"] = subjects;
    return json_text(root);
}

} // namespace redraft::report
