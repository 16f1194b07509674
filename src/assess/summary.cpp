#include <redraft/assess/assess.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace redraft::assess {

namespace {

std::string quote_list(const std::vector<std::string>& terms) {
    std::vector<std::string> unique;
    for (const auto& t : terms) {
        if (std::find(unique.begin(), unique.end(), t) == unique.end()) {
            unique.push_back(t);
        }
    }
    constexpr std::size_t kShown = 5;
    std::string out;
    const std::size_t shown = std::min(unique.size(), kShown);
    for (std::size_t i = 0; i < shown; ++i) {
        if (i > 0) {
            out += (i + 1 == shown && unique.size() <= kShown) ? " and " : ", ";
        }
        out += "'" + unique[i] + "'";
    }
    if (unique.size() > kShown) {
        out += " and " + std::to_string(unique.size() - kShown) + " more";
    }
    return out;
}

std::string counted(std::size_t n, const std::string& one, const std::string& many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// Shifts smaller than this (in score units, after rounding to hundredths) are called slight.
constexpr double kSlightShift = 0.05;

} // namespace

std::string term_as_said(const AssessmentChange& change) {
    if (change.cues.empty()) {
        return change.term;
    }
    switch (change.kind) {
    case ChangeKind::characterization_added:
    case ChangeKind::characterization_removed: {
        // A negated or scaled judgement is named with its words ("'not always honest' added"),
        // and any judgement as the text writes it: "criticised for", not the row's "criticise
        // for".
        std::string words;
        for (const auto& w : change.cues) {
            words += (words.empty() ? "" : " ") + w;
        }
        return words;
    }
    case ChangeKind::negation_removed:
        // A negated judgement that gave way to its opposite ("not dishonest" -> "cruel") cites
        // both judgements' words, the older one's not last: the row's term then.
        if (change.lexicon_ids.size() > 1) {
            return change.term;
        }
        [[fallthrough]];
    case ChangeKind::negated:
    case ChangeKind::polarity_shift:
    case ChangeKind::attribution_changed:
        // The judgement's own words come last, after its holder, negation and scale words.
        return change.cues.back();
    default:
        return change.term;
    }
}

std::string paragraphs_of(const std::optional<diff::SentenceRef>& old_sentence,
                          const std::optional<diff::SentenceRef>& new_sentence,
                          std::string_view arrow) {
    if (!old_sentence && !new_sentence) {
        return {};
    }
    if (!old_sentence || !new_sentence) {
        return std::string(old_sentence ? "old" : "new") + " paragraph " +
               std::to_string((old_sentence ? old_sentence : new_sentence)->paragraph + 1);
    }
    const std::uint32_t from = old_sentence->paragraph + 1;
    const std::uint32_t to = new_sentence->paragraph + 1;
    return from == to ? "paragraph " + std::to_string(to)
                      : "paragraph " + std::to_string(from) + " " + std::string(arrow) + " " +
                            std::to_string(to);
}

std::string summarize(const SubjectAssessment& subject,
                      const std::vector<claims::Dimension>& configured) {
    std::vector<std::string> moved;
    std::vector<std::string> steady;
    for (std::size_t d = 0; d < subject.new_profile.dimensions.size(); ++d) {
        const auto& now = subject.new_profile.dimensions[d];
        const auto& before = subject.old_profile.dimensions[d];
        const double a = claims::shown_score(before.score);
        const double b = claims::shown_score(now.score);
        const std::string values =
            now.name + " " + claims::format_score(a) + " -> " + claims::format_score(b);
        if (a == b) {
            steady.push_back(now.name + " " + claims::format_score(b));
            continue;
        }
        const bool up = b > a;
        std::string direction;
        if (now.name == "favorability") {
            direction = up ? "more favourable" : "more critical";
        } else if (now.name == "certainty") {
            direction = up ? "more certain" : "less certain";
        } else {
            direction = "more " + now.name + "-positive";
            for (const auto& c : configured) {
                if (c.name == now.name) {
                    const std::string& label = up ? c.positive : c.negative;
                    direction = label.empty() ? (up ? "higher on " : "lower on ") + now.name
                                              : "more " + label;
                }
            }
        }
        // A shift of a few hundredths is real but small: saying so keeps the headline honest.
        const bool slight = std::abs(b - a) < kSlightShift - 1e-9;
        moved.push_back((slight ? "slightly " : "") + direction + " (" + values + ")");
    }
    std::string text = "The assessment of " + subject.subject;
    if (moved.empty()) {
        // Edits to sentences about no one (or someone else) leave every claim about the
        // subject as it was: said plainly, not as a judgement weighed anew that came out equal.
        // Scores that did not move beside changes that did (a view put in critics' mouths,
        // a number) are no assessment unchanged: "kept its scores (...): 1 attribution
        // changed", where "did not change (...): 1 attribution changed" said both.
        const bool reworded_only =
            std::all_of(subject.changes.begin(), subject.changes.end(),
                        [](const AssessmentChange& c) { return c.kind == ChangeKind::reworded; });
        text = subject.changes.empty() ? "No claim about " + subject.subject + " changed"
               : reworded_only         ? text + " did not change"
                                       : text + " kept its scores";
        if (!steady.empty()) {
            text += " (";
            for (std::size_t i = 0; i < steady.size(); ++i) {
                text += (i ? ", " : "") + steady[i];
            }
            text += ")";
        }
    } else {
        text += " became ";
        for (std::size_t i = 0; i < moved.size(); ++i) {
            if (i > 0) {
                text += i + 1 == moved.size() ? " and " : ", ";
            }
            text += moved[i];
        }
    }

    // "claims hedged" counts claims: two hedges added to one sentence are one claim hedged.
    std::map<ChangeKind, std::size_t> counts;
    std::set<std::tuple<ChangeKind, long, long, long, long>> claims_seen;
    const auto per_claim = [](ChangeKind kind) {
        return kind == ChangeKind::hedged || kind == ChangeKind::strengthened ||
               kind == ChangeKind::negated || kind == ChangeKind::claim_added ||
               kind == ChangeKind::claim_removed;
    };
    // Characterizations as written ("criticised for"), each under a key that is the same for
    // the same judgement written another way ("Prudent", "criticises for"): a term dropped from
    // one sentence and added to another moved, whatever its inflection.
    std::vector<std::pair<std::string, std::string>> dropped, added;
    const auto written = [](const AssessmentChange& c) {
        std::string key;
        for (std::size_t k = 0; k + 1 < c.cues.size(); ++k) {
            key += spelling_key(c.cues[k]) + " ";
        }
        return std::pair{key + c.term, term_as_said(c)};
    };
    std::vector<std::string> numbers;
    // Which way each view moved between holders, in the order the headline lists them: first
    // the ways to or from the author, then (from kFirstOthersWay) the ways of others' views,
    // whose words after "views of others" are others_way_words.
    const std::pair<const char*, const char*> view_phrases[] = {
        {"view put in others' mouths", "views put in others' mouths"},
        {"view the author now holds", "views the author now holds"},
        {"view of others added", "views of others added"},
        {"view of others dropped", "views of others dropped"},
        {"view given to another holder", "views given to other holders"},
    };
    constexpr std::size_t kFirstOthersWay = 2;
    const char* const others_way_words[] = {"added", "dropped", "given to another holder"};
    std::size_t views[std::size(view_phrases)] = {};
    // The hedges, evidentials and boosters of claims added or removed whole, which move the
    // certainty: "1 claim added (with 'arguably')".
    struct ClaimCues {
        std::vector<std::string> words, ids;
    };
    std::map<ChangeKind, ClaimCues> claim_cues;
    std::size_t stronger = 0;
    std::size_t softer = 0;
    // The judgements a negation turned, named: "1 claim negated ('vain')" says what the
    // editor denied, where "1 claim negated" left it to the list below. A negation that
    // governs no judgement (no weights) has none to name.
    std::map<ChangeKind, std::vector<std::string>> turned;
    for (const auto& c : subject.changes) {
        if ((c.kind == ChangeKind::negated || c.kind == ChangeKind::negation_removed) &&
            !c.old_value.empty()) {
            turned[c.kind].push_back(term_as_said(c));
        }
        if (per_claim(c.kind)) {
            const auto at = [](const std::optional<diff::SentenceRef>& ref, bool paragraph) {
                return ref ? static_cast<long>(paragraph ? ref->paragraph : ref->sentence) : -1L;
            };
            if (!claims_seen
                     .insert({c.kind, at(c.old_sentence, true), at(c.old_sentence, false),
                              at(c.new_sentence, true), at(c.new_sentence, false)})
                     .second) {
                continue;
            }
        }
        ++counts[c.kind];
        if (c.kind == ChangeKind::polarity_shift) {
            // Which way the judgement moved: its weight's size, whatever its sign.
            const double before = std::abs(std::strtod(c.old_value.c_str(), nullptr));
            const double after = std::abs(std::strtod(c.new_value.c_str(), nullptr));
            ++(after > before ? stronger : softer);
        }
        if (c.kind == ChangeKind::characterization_removed) {
            dropped.push_back(written(c));
        } else if (c.kind == ChangeKind::characterization_added) {
            added.push_back(written(c));
        } else if (c.kind == ChangeKind::attribution_changed) {
            const std::size_t way = c.old_value.empty()       ? 2
                                    : c.new_value.empty()     ? 3
                                    : c.old_value == "author" ? 0
                                    : c.new_value == "author" ? 1
                                                              : 4;
            ++views[way];
        } else if (c.kind == ChangeKind::claim_added || c.kind == ChangeKind::claim_removed) {
            // Only the lexicon's cues (a pronoun that made the sentence a claim is none), one per
            // row ("claims" and "claim" are one).
            auto& [words, ids] = claim_cues[c.kind];
            for (std::size_t k = 0; k < c.cues.size() && k < c.lexicon_ids.size(); ++k) {
                if (std::find(ids.begin(), ids.end(), c.lexicon_ids[k]) == ids.end()) {
                    ids.push_back(c.lexicon_ids[k]);
                    words.push_back(c.cues[k]);
                }
            }
        } else if (c.kind == ChangeKind::number_changed) {
            numbers.push_back(c.old_value.empty()   ? c.new_value + " added"
                              : c.new_value.empty() ? c.old_value + " dropped"
                                                    : c.old_value + " -> " + c.new_value);
        }
    }
    // A term dropped from one sentence and added to another is still said of the subject: the
    // headline says it moved, never "'prudent' dropped, 'prudent' added" (the changes below
    // list both sentences).
    std::vector<std::pair<std::string, std::string>> moved_terms;
    for (auto it = dropped.begin(); it != dropped.end();) {
        const auto again = std::find_if(added.begin(), added.end(),
                                        [&](const auto& a) { return a.first == it->first; });
        if (again == added.end()) {
            ++it;
            continue;
        }
        moved_terms.push_back(*it);
        added.erase(again);
        it = dropped.erase(it);
    }
    // One judgement once, as it was first written ("'Prudent' and 'prudent' dropped" is one).
    const auto shown_once = [](const std::vector<std::pair<std::string, std::string>>& terms) {
        std::vector<std::string> keys, shown;
        for (const auto& [key, words] : terms) {
            if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
                keys.push_back(key);
                shown.push_back(words);
            }
        }
        return shown;
    };
    std::vector<std::string> parts;
    std::string characterizations;
    if (!dropped.empty()) {
        characterizations = quote_list(shown_once(dropped)) + " dropped";
    }
    if (!added.empty()) {
        characterizations +=
            (characterizations.empty() ? "" : ", ") + quote_list(shown_once(added)) + " added";
    }
    if (!moved_terms.empty()) {
        characterizations += (characterizations.empty() ? "" : ", ") +
                             quote_list(shown_once(moved_terms)) + " moved to another sentence";
    }
    if (!characterizations.empty()) {
        parts.push_back(characterizations);
    }
    const std::pair<ChangeKind, std::pair<const char*, const char*>> phrases[] = {
        {ChangeKind::hedged, {"claim hedged", "claims hedged"}},
        {ChangeKind::strengthened, {"claim made firmer", "claims made firmer"}},
        {ChangeKind::negated, {"claim negated", "claims negated"}},
        {ChangeKind::negation_removed, {"negation removed", "negations removed"}},
        {ChangeKind::attribution_changed, {}},
        {ChangeKind::claim_added, {"claim added", "claims added"}},
        {ChangeKind::claim_removed, {"claim removed", "claims removed"}},
    };
    for (const auto& [kind, words] : phrases) {
        if (kind == ChangeKind::attribution_changed) {
            // A polarity shift says which way: "made stronger" or "softened".
            if (stronger > 0) {
                parts.push_back(counted(stronger, "characterization made stronger",
                                        "characterizations made stronger"));
            }
            if (softer > 0) {
                parts.push_back(
                    counted(softer, "characterization softened", "characterizations softened"));
            }
        }
        if (kind == ChangeKind::attribution_changed) {
            // Which way the views went, where "3 attributions changed" left it to the list. A
            // view that left or reached the author moves the author's own scores: each way is
            // counted apart. Views that stay others' (come, go, or pass between others) move
            // none, so several such ways are one count ("44 views of others added, dropped or
            // given to another holder"), where five counts in a row made the headline hard to
            // read (the list below and the JSON's values still say which way each went).
            for (std::size_t way = 0; way < kFirstOthersWay; ++way) {
                if (views[way] > 0) {
                    parts.push_back(
                        counted(views[way], view_phrases[way].first, view_phrases[way].second));
                }
            }
            // How many views of others changed, and the ways they went.
            std::size_t others = 0;
            std::vector<std::size_t> others_ways;
            for (std::size_t way = kFirstOthersWay; way < std::size(view_phrases); ++way) {
                if (views[way] > 0) {
                    others += views[way];
                    others_ways.push_back(way);
                }
            }
            if (others_ways.size() == 1) {
                const std::size_t way = others_ways[0];
                parts.push_back(
                    counted(views[way], view_phrases[way].first, view_phrases[way].second));
            } else if (others_ways.size() > 1) {
                std::string part = counted(others, "view of others", "views of others");
                for (std::size_t i = 0; i < others_ways.size(); ++i) {
                    part += (i == 0                        ? " "
                             : i + 1 == others_ways.size() ? " or "
                                                           : ", ") +
                            std::string(others_way_words[others_ways[i] - kFirstOthersWay]);
                }
                parts.push_back(part);
            }
            continue;
        }
        if (counts[kind] > 0) {
            std::string part = counted(counts[kind], words.first, words.second);
            if (const auto with = claim_cues.find(kind);
                with != claim_cues.end() && !with->second.words.empty()) {
                part += " (with " + quote_list(with->second.words) + ")";
            }
            if (const auto what = turned.find(kind); what != turned.end()) {
                part += " (" + quote_list(what->second) + ")";
            }
            parts.push_back(part);
        }
    }
    if (counts[ChangeKind::number_changed] > 0) {
        std::string part =
            counted(counts[ChangeKind::number_changed], "number changed", "numbers changed") + " (";
        // Corrections first: "196 -> 193" says more than "2035 added".
        std::stable_sort(numbers.begin(), numbers.end(), [](const auto& a, const auto& b) {
            return (a.find(" -> ") != std::string::npos) > (b.find(" -> ") != std::string::npos);
        });
        constexpr std::size_t kNumbersShown = 3;
        for (std::size_t i = 0; i < std::min(numbers.size(), kNumbersShown); ++i) {
            part += (i ? ", " : "") + numbers[i];
        }
        part += numbers.size() > kNumbersShown ? ", ...)" : ")";
        parts.push_back(part);
    }
    if (counts[ChangeKind::reworded] > 0) {
        parts.push_back(counted(counts[ChangeKind::reworded], "passage reworded only",
                                "passages reworded only"));
    }
    if (!parts.empty()) {
        text += ": ";
        for (std::size_t i = 0; i < parts.size(); ++i) {
            text += (i ? "; " : "") + parts[i];
        }
    }
    return text + ".";
}
} // namespace redraft::assess
