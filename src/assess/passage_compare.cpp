#include "assess/passage_compare.hpp"

#include <redraft/assess/assess.hpp>
#include <redraft/text/ascii.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "assess/spelling.hpp"

namespace redraft::assess {

using namespace detail;

using claims::CueKind;

namespace {

bool is_time_unit(std::string_view word) {
    static constexpr std::array<std::string_view, 14> kUnits = {
        "day",   "days", "week",  "weeks",  "month",   "months", "year",
        "years", "hour", "hours", "minute", "minutes", "decade", "decades"};
    const std::string lower = text::ascii_lowercase(word);
    return std::find(kUnits.begin(), kUnits.end(), lower) != kUnits.end();
}

// Whether a number counts a span of time ("Three weeks", "4 days", "a 14 year long tenure",
// "13 and a half years"), in `sentence`, the one that holds it: such a value pairs only with
// another that counts time, so that "Three weeks into the lockdown, R fell to 1.3" -> "R fell
// to 1.1" is a duration dropped and a figure changed, not "Three weeks -> 1.1" (task s2 of the
// seventeenth session). The unit is the value's last word as written, or the first word after
// it past a hyphen and "and a half".
bool counts_time(const QuantityItem& q, std::string_view sentence) {
    if (q.quantity->kind != claims::QuantityKind::number) {
        return false;
    }
    const std::string_view written = q.quantity->text;
    if (const std::size_t space = written.rfind(' '); space != std::string_view::npos) {
        return is_time_unit(written.substr(space + 1));
    }
    constexpr int kMostWords = 4; // "and a half years"
    std::size_t at = q.quantity->end;
    for (int words = 0; words < kMostWords; ++words) {
        while (at < sentence.size() && (sentence[at] == ' ' || sentence[at] == '-')) {
            ++at;
        }
        std::size_t end = at;
        while (end < sentence.size() && text::ascii_lower(sentence[end]) >= 'a' &&
               text::ascii_lower(sentence[end]) <= 'z') {
            ++end;
        }
        const std::string_view word = sentence.substr(at, end - at);
        if (word.empty()) {
            return false;
        }
        if (is_time_unit(word)) {
            return true;
        }
        if (word != "and" && word != "a" && word != "half" && word != "quarter") {
            return false;
        }
        at = end;
    }
    return false;
}

// The same lexicon row, or the same term in the other spelling ("criticise" and "criticize").
bool same_row(const Cue& a, const Cue& b) {
    return a.id == b.id ||
           (a.kind == b.kind && a.dimension == b.dimension && same_spelling(a.term, b.term));
}

// The same holder: the author on both sides, the same subject speaking ("Halvorsen warned",
// "she warned"), or holders that Cue::holder_key identifies alike, whatever words around them
// changed ("Critics argue" and "Many critics argue"; "executives who left reportedly complained
// that" and "senior executives who left complained that").
bool same_holder(const Cue& a, const Cue& b) {
    if (a.holder.empty() || b.holder.empty()) {
        return a.holder.empty() && b.holder.empty();
    }
    if (a.holder_subject != Cue::kNoOwner || b.holder_subject != Cue::kNoOwner) {
        return a.holder_subject == b.holder_subject;
    }
    return same_spelling(a.holder_key, b.holder_key);
}

std::string holder_name(const Cue& cue) {
    return cue.holder.empty() ? "author" : std::string(cue.holder);
}

std::string format_weight(double w) {
    std::ostringstream out;
    out.setf(std::ios::fixed);
    out.precision(2);
    out << (w >= 0 ? "+" : "") << w;
    return out.str();
}

std::vector<std::string> cue_words(const Cue& cue) {
    std::vector<std::string> words;
    if (!cue.holder.empty()) {
        words.emplace_back(cue.holder);
    }
    if (!cue.negation.empty()) {
        words.emplace_back(cue.negation);
    }
    if (!cue.modifier.empty()) {
        words.emplace_back(cue.modifier);
    }
    words.emplace_back(cue.words);
    return words;
}

// Aligns two sequences of values in order, as an edit script: equal values kept, a value
// replaced by another where it stands (cost 2), a value inserted or deleted (cost 3), so that
// two values that swapped places are two replacements (cost 4) rather than one kept and one
// deleted and inserted again (cost 6), while an extra value is one insertion. Among scripts of
// the least cost, the one with the fewest changes wins (a value moved to the front is one
// removed and one added, not every value replaced), then the one that replaces earliest. Each
// step is {old index, new index}; one of them is empty for an insertion or a deletion.
std::vector<std::pair<std::optional<std::size_t>, std::optional<std::size_t>>>
align_values(const std::vector<std::string_view>& olds, const std::vector<std::string_view>& news) {
    constexpr std::uint32_t kReplace = 2;
    constexpr std::uint32_t kInsertOrDelete = 3;
    using Cost = std::pair<std::uint32_t, std::uint32_t>; // edit cost, changes
    const std::size_t n = olds.size();
    const std::size_t m = news.size();
    std::vector<std::pair<std::optional<std::size_t>, std::optional<std::size_t>>> steps;
    // A passage with thousands of values of one kind (a table pasted into one sentence) is
    // paired position by position rather than aligned in quadratic time.
    constexpr std::size_t kMaxCells = std::size_t{1} << 22;
    if ((n + 1) * (m + 1) > kMaxCells) {
        for (std::size_t k = 0; k < std::max(n, m); ++k) {
            steps.emplace_back(k < n ? std::optional<std::size_t>(k) : std::nullopt,
                               k < m ? std::optional<std::size_t>(k) : std::nullopt);
        }
        return steps;
    }
    // best[i][j]: the least cost of aligning olds[i..] with news[j..].
    std::vector<std::vector<Cost>> best(n + 1, std::vector<Cost>(m + 1));
    for (std::size_t i = n + 1; i-- > 0;) {
        for (std::size_t j = m + 1; j-- > 0;) {
            if (i == n && j == m) {
                continue;
            }
            Cost cost{UINT32_MAX, UINT32_MAX};
            if (i < n && j < m) {
                const auto& next = best[i + 1][j + 1];
                cost = olds[i] == news[j] ? next : Cost{next.first + kReplace, next.second + 1};
            }
            if (i < n) {
                cost = std::min(
                    cost, Cost{best[i + 1][j].first + kInsertOrDelete, best[i + 1][j].second + 1});
            }
            if (j < m) {
                cost = std::min(
                    cost, Cost{best[i][j + 1].first + kInsertOrDelete, best[i][j + 1].second + 1});
            }
            best[i][j] = cost;
        }
    }
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < n || j < m) {
        if (i < n && j < m) {
            const auto& next = best[i + 1][j + 1];
            const Cost diagonal =
                olds[i] == news[j] ? next : Cost{next.first + kReplace, next.second + 1};
            if (diagonal == best[i][j]) {
                steps.emplace_back(i++, j++);
                continue;
            }
        }
        if (i < n &&
            Cost{best[i + 1][j].first + kInsertOrDelete, best[i + 1][j].second + 1} == best[i][j]) {
            steps.emplace_back(i++, std::nullopt);
        } else {
            steps.emplace_back(std::nullopt, j++);
        }
    }
    return steps;
}

class PassageComparer {
public:
    PassageComparer(const Run& run, const document::Document& older,
                    const document::Document& newer, std::vector<LocatedChange>& out)
        : run_(run), older_(older), newer_(newer), out_(out) {}

    void compare(PassageCues& olds, PassageCues& news) {
        const std::size_t before = out_.size();
        // A claim added or removed whole is reported as such with its characterizations; its
        // hedges, negations, numbers and attribution words ("Critics argue") are part of it,
        // not changes of their own: no holder changed.
        const bool whole = olds.claims.empty() || news.claims.empty();
        characterizations(olds, news);
        if (whole) {
            claims(olds, news);
            return;
        }
        // Attribution words are never a change of their own: a view that changed holder is
        // reported under that view (its characterization, hedge or booster), and an
        // attribution that appeared or went without moving any view ("Critics argue that the
        // plan failed" -> "The plan failed") changes no judgement.
        certainty(olds, news);
        negations(olds, news);
        quantities(olds, news);
        if (out_.size() == before && (!olds.claims.empty() || !news.claims.empty())) {
            const auto o = olds.claims.empty() ? std::nullopt
                                               : std::optional<std::size_t>(olds.claims.front());
            const auto n = news.claims.empty() ? std::nullopt
                                               : std::optional<std::size_t>(news.claims.front());
            add(ChangeKind::reworded, "", {}, {}, o, n);
            if (olds.claims.size() > 1) {
                out_.back().more_old.assign(olds.claims.begin() + 1, olds.claims.end());
            }
            if (news.claims.size() > 1) {
                out_.back().more_new.assign(news.claims.begin() + 1, news.claims.end());
            }
        }
    }

private:
    // A claim added or removed whole carries its hedges, evidentials and boosters as cues: they
    // move the subject's certainty, and an editor must see why ("arguably").
    void claims(const PassageCues& olds, const PassageCues& news) {
        const auto certainty_of = [](const PassageCues& side, std::size_t item,
                                     std::vector<std::string>& words,
                                     std::vector<std::string>& ids) {
            for (const auto& c : side.certainty) {
                if (c.item == item) {
                    words.emplace_back(c.cue->words);
                    ids.emplace_back(c.cue->id);
                }
            }
        };
        for (const auto i : news.claims) {
            std::vector<std::string> words, ids;
            certainty_of(news, i, words, ids);
            add(ChangeKind::claim_added, "", std::move(words), std::move(ids), std::nullopt, i);
        }
        for (const auto i : olds.claims) {
            std::vector<std::string> words, ids;
            certainty_of(olds, i, words, ids);
            add(ChangeKind::claim_removed, "", std::move(words), std::move(ids), i, std::nullopt);
        }
    }

    // The sentence on the other side that stands for a change's missing side.
    std::optional<std::size_t> partner(std::size_t item, Side wanted) const {
        const auto& it = run_.items[item];
        if ((wanted == Side::old_side ? it.old_ref : it.new_ref).has_value()) {
            return item;
        }
        for (std::size_t i = 0; i < run_.items.size(); ++i) {
            if ((wanted == Side::old_side ? run_.items[i].old_ref : run_.items[i].new_ref)) {
                return i;
            }
        }
        return std::nullopt;
    }

    void add(ChangeKind kind, std::string term, std::vector<std::string> cues,
             std::vector<std::string> ids, std::optional<std::size_t> old_item,
             std::optional<std::size_t> new_item, std::string old_value = {},
             std::string new_value = {}) {
        LocatedChange located;
        located.change.kind = kind;
        located.change.term = std::move(term);
        located.change.cues = std::move(cues);
        located.change.lexicon_ids = std::move(ids);
        located.change.old_value = std::move(old_value);
        located.change.new_value = std::move(new_value);
        located.change.cue_side = !old_item   ? CueSide::new_only
                                  : !new_item ? CueSide::old_only
                                              : CueSide::both;
        located.old_item = old_item ? old_item : partner(*new_item, Side::old_side);
        located.new_item = new_item ? new_item : partner(*old_item, Side::new_side);
        out_.push_back(std::move(located));
    }

    // The change just added: whom each side's pronoun holder stands for (Cue::holder_referent).
    void refer(const Cue* old_cue, const Cue* new_cue) {
        auto& change = out_.back().change;
        change.old_referent = old_cue != nullptr ? old_cue->holder_referent : std::string();
        change.new_referent = new_cue != nullptr ? new_cue->holder_referent : std::string();
        // claims.cpp's kUnnamedHolder; a passive's agent after "by" ("was praised by the
        // council") names one, though its key does not say so.
        const auto unnamed = [](const Cue* cue) {
            return cue != nullptr && cue->holder_key == "*" &&
                   cue->holder.find(" by ") == std::string_view::npos;
        };
        change.old_unnamed = unnamed(old_cue);
        change.new_unnamed = unnamed(new_cue);
    }

    void characterizations(PassageCues& olds, PassageCues& news) {
        auto& o = olds.characterizations;
        auto& n = news.characterizations;
        // Unchanged: same row, holder, negation and scale.
        pair_up(
            o, n,
            [](const CueItem& a, const CueItem& b) {
                return same_row(*a.cue, *b.cue) && same_holder(*a.cue, *b.cue) &&
                       a.cue->negated == b.cue->negated &&
                       std::abs(a.cue->scale - b.cue->scale) < 1e-9;
            },
            [](const CueItem&, const CueItem&) {});
        pair_up(
            o, n,
            [](const CueItem& a, const CueItem& b) {
                return same_row(*a.cue, *b.cue) && same_holder(*a.cue, *b.cue) &&
                       a.cue->negated != b.cue->negated;
            },
            [&](const CueItem& a, const CueItem& b) {
                const bool now_negated = b.cue->negated;
                const Cue& governed = now_negated ? *b.cue : *a.cue;
                add(now_negated ? ChangeKind::negated : ChangeKind::negation_removed,
                    std::string(b.cue->term), cue_words(governed), {std::string(b.cue->id)}, a.item,
                    b.item, format_weight(a.cue->weight), format_weight(b.cue->weight));
            });
        pair_up(
            o, n,
            [](const CueItem& a, const CueItem& b) {
                return same_row(*a.cue, *b.cue) && same_holder(*a.cue, *b.cue);
            },
            [&](const CueItem& a, const CueItem& b) {
                // "reckless" -> "extremely reckless": the weight was at full strength already
                // and did not move, so no judgement changed (at most a rewording).
                if (std::abs(a.cue->weight - b.cue->weight) < 1e-9) {
                    return;
                }
                std::vector<std::string> words = cue_words(*b.cue);
                if (!a.cue->modifier.empty() && a.cue->modifier != b.cue->modifier) {
                    words.emplace(words.begin(), a.cue->modifier);
                }
                add(ChangeKind::polarity_shift, std::string(b.cue->term), words,
                    {std::string(b.cue->id)}, a.item, b.item, format_weight(a.cue->weight),
                    format_weight(b.cue->weight));
            });
        // The same judgement, now put in someone else's mouth (or taken back by the author).
        // When the same edit also negates it ("Murtagh was reckless" -> "According to the club,
        // Murtagh was never reckless"), the negation is a change of its own beside the move:
        // the new holder denies what the author asserted.
        pair_up(
            o, n, [](const CueItem& a, const CueItem& b) { return same_row(*a.cue, *b.cue); },
            [&](const CueItem& a, const CueItem& b) {
                std::vector<std::string> words = {
                    std::string(b.cue->holder.empty() ? a.cue->holder : b.cue->holder),
                    std::string(b.cue->words)};
                add(ChangeKind::attribution_changed, std::string(b.cue->term), words,
                    {std::string(b.cue->id)}, a.item, b.item, holder_name(*a.cue),
                    holder_name(*b.cue));
                refer(a.cue, b.cue);
                if (a.cue->negated != b.cue->negated) {
                    const bool now_negated = b.cue->negated;
                    const Cue& governed = now_negated ? *b.cue : *a.cue;
                    add(now_negated ? ChangeKind::negated : ChangeKind::negation_removed,
                        std::string(b.cue->term), cue_words(governed), {std::string(b.cue->id)},
                        a.item, b.item, format_weight(a.cue->weight), format_weight(b.cue->weight));
                }
            });
        // One judgement turned over by a negation, in other words: "not dishonest" -> "not
        // always honest" now denies a virtue where it denied a fault. An old and a new
        // characterization of the same holder on the same dimension, at least one of them
        // negated, whose weights have opposite signs, are that one change: negated when the
        // new one is negated, else negation_removed ("not honest" -> "honest" is the same row).
        pair_up(
            o, n,
            [](const CueItem& a, const CueItem& b) {
                return a.cue->dimension == b.cue->dimension && same_holder(*a.cue, *b.cue) &&
                       (a.cue->negated || b.cue->negated) && a.cue->weight * b.cue->weight < 0;
            },
            [&](const CueItem& a, const CueItem& b) {
                const bool now_negated = b.cue->negated;
                const Cue& shown = now_negated ? *b.cue : *a.cue;
                std::vector<std::string> words = cue_words(*a.cue);
                const auto more = cue_words(*b.cue);
                words.insert(words.end(), more.begin(), more.end());
                add(now_negated ? ChangeKind::negated : ChangeKind::negation_removed,
                    std::string(shown.term), words,
                    {std::string(a.cue->id), std::string(b.cue->id)}, a.item, b.item,
                    format_weight(a.cue->weight), format_weight(b.cue->weight));
            });
        for (const auto& item : n) {
            if (item.matched) {
                continue;
            }
            if (item.cue->holder.empty()) {
                add(ChangeKind::characterization_added, std::string(item.cue->term),
                    cue_words(*item.cue), {std::string(item.cue->id)}, std::nullopt, item.item);
            } else {
                add(ChangeKind::attribution_changed, std::string(item.cue->term),
                    cue_words(*item.cue), {std::string(item.cue->id)}, std::nullopt, item.item, "",
                    std::string(item.cue->holder));
                refer(nullptr, item.cue);
            }
        }
        for (const auto& item : o) {
            if (item.matched) {
                continue;
            }
            if (item.cue->holder.empty()) {
                add(ChangeKind::characterization_removed, std::string(item.cue->term),
                    cue_words(*item.cue), {std::string(item.cue->id)}, item.item, std::nullopt);
            } else {
                add(ChangeKind::attribution_changed, std::string(item.cue->term),
                    cue_words(*item.cue), {std::string(item.cue->id)}, item.item, std::nullopt,
                    std::string(item.cue->holder), "");
                refer(item.cue, nullptr);
            }
        }
    }

    // "According to a former student, she was careless" -> "A former student alleges that she
    // was careless" (task r4): the source named after "according to" still holds the view, now
    // in its own words, so the evidential's going is no claim made firmer (nor its coming one
    // hedged): who holds the view did not change. An author's "according to" on one side whose
    // source holds a judgement of its sentence there, when the other side gives a judgement
    // to a holder of the same key who is no "according to".
    static void keeps_its_source(std::vector<CueItem>& items, const PassageCues& side,
                                 const PassageCues& other) {
        const auto opens_with = [](std::string_view holder, std::string_view words) {
            return holder.size() >= words.size() &&
                   std::equal(words.begin(), words.end(), holder.begin(), [](char a, char b) {
                       return text::ascii_lower(a) == text::ascii_lower(b);
                   });
        };
        for (auto& item : items) {
            if (item.matched || item.cue->kind != CueKind::evidential ||
                !item.cue->holder.empty() || !same_spelling(item.cue->term, "according to")) {
                continue;
            }
            const auto source = std::find_if(side.characterizations.begin(),
                                             side.characterizations.end(), [&](const CueItem& c) {
                                                 return c.item == item.item &&
                                                        !c.cue->holder_key.empty() &&
                                                        opens_with(c.cue->holder, item.cue->words);
                                             });
            if (source == side.characterizations.end()) {
                continue;
            }
            item.matched =
                std::any_of(other.characterizations.begin(), other.characterizations.end(),
                            [&](const CueItem& c) {
                                return !c.cue->holder.empty() &&
                                       same_spelling(c.cue->holder_key, source->cue->holder_key) &&
                                       !opens_with(c.cue->holder, item.cue->words);
                            });
        }
    }

    void certainty(PassageCues& olds, PassageCues& news) {
        auto& o = olds.certainty;
        auto& n = news.certainty;
        pair_up(
            o, n,
            [](const CueItem& a, const CueItem& b) {
                return same_row(*a.cue, *b.cue) && same_holder(*a.cue, *b.cue) &&
                       std::abs(a.cue->weight - b.cue->weight) < 1e-9;
            },
            [](const CueItem&, const CueItem&) {});
        // The same hedge or booster, now someone else's doubt (or the author's again): the
        // author's certainty moves, so it is said.
        pair_up(
            o, n,
            [](const CueItem& a, const CueItem& b) {
                return same_row(*a.cue, *b.cue) && std::abs(a.cue->weight - b.cue->weight) < 1e-9;
            },
            [&](const CueItem& a, const CueItem& b) {
                add(ChangeKind::attribution_changed, std::string(b.cue->term),
                    {std::string(b.cue->holder.empty() ? a.cue->holder : b.cue->holder),
                     std::string(b.cue->words)},
                    {std::string(b.cue->id)}, a.item, b.item, holder_name(*a.cue),
                    holder_name(*b.cue));
                refer(a.cue, b.cue);
            });
        pair_up(
            o, n, [](const CueItem& a, const CueItem& b) { return same_row(*a.cue, *b.cue); },
            [&](const CueItem& a, const CueItem& b) {
                add(b.cue->weight < a.cue->weight ? ChangeKind::hedged : ChangeKind::strengthened,
                    std::string(b.cue->term), cue_words(*b.cue), {std::string(b.cue->id)}, a.item,
                    b.item, format_weight(a.cue->weight), format_weight(b.cue->weight));
            });
        // An accusation put for a denial or the reverse ("was accused of fraud" <-> "was cleared
        // of fraud") turns the claim over, which its negation reports: its doubt coming or
        // going is no claim hedged or made firmer besides.
        const auto denied_only_in = [](const PassageCues& side, const PassageCues& other) {
            return std::any_of(side.negations.begin(), side.negations.end(), [&](const CueItem& a) {
                return std::none_of(other.negations.begin(), other.negations.end(),
                                    [&](const CueItem& b) { return same_row(*a.cue, *b.cue); });
            });
        };
        const auto answered = [](std::vector<CueItem>& items, bool denial) {
            for (auto& item : items) {
                if (denial && !item.matched && item.accusation && item.cue->holder.empty()) {
                    item.matched = true;
                }
            }
        };
        answered(o, denied_only_in(news, olds));
        answered(n, denied_only_in(olds, news));
        keeps_its_source(o, olds, news);
        keeps_its_source(n, news, olds);
        // A hedge or booster of the author's that went with the judgement it limited ("She was
        // demanding and occasionally cruel" -> "She was demanding") or came with one is part of
        // that judgement removed or added, not the claim made firmer or hedged: what is left
        // was never limited by it.
        const auto with_its_judgement = [](std::vector<CueItem>& items,
                                           const std::vector<CueItem>& judgements) {
            for (auto& item : items) {
                if (item.matched || item.limits == nullptr || !item.cue->holder.empty()) {
                    continue;
                }
                item.matched =
                    std::any_of(judgements.begin(), judgements.end(), [&](const CueItem& j) {
                        return j.cue == item.limits && !j.matched;
                    });
            }
        };
        with_its_judgement(o, olds.characterizations);
        with_its_judgement(n, news.characterizations);
        // One word of the author's doubt put for another in the same passage ("It remains
        // unclear whether she misled the board" -> "She probably misled the board"), or one
        // booster for another, is one change: hedged when the new word doubts more, made firmer
        // when it doubts less, and no change at all when it weighs the same ("arguably" ->
        // "somewhat"), as a negation written another way is none. Only where one such word went
        // and one came: with more, which replaced which is a guess. Not a booster for a hedge,
        // which is two moves the same way ("consistently" -> "may": both hedge the claim).
        const auto authors = [](std::vector<CueItem>& items, bool doubt) {
            CueItem* only = nullptr;
            for (auto& item : items) {
                if (!item.matched && item.cue->holder.empty() && (item.cue->weight < 0) == doubt) {
                    if (only != nullptr) {
                        return static_cast<CueItem*>(nullptr);
                    }
                    only = &item;
                }
            }
            return only;
        };
        for (const bool doubt : {true, false}) {
            CueItem* a = authors(o, doubt);
            CueItem* b = authors(n, doubt);
            if (a == nullptr || b == nullptr) {
                continue;
            }
            a->matched = true;
            b->matched = true;
            if (std::abs(a->cue->weight - b->cue->weight) < 1e-9) {
                continue;
            }
            add(b->cue->weight < a->cue->weight ? ChangeKind::hedged : ChangeKind::strengthened,
                std::string(b->cue->term), {std::string(a->cue->words), std::string(b->cue->words)},
                {std::string(a->cue->id), std::string(b->cue->id)}, a->item, b->item,
                format_weight(a->cue->weight), format_weight(b->cue->weight));
        }
        // Someone else's doubt that comes or goes ("Critics often say", "is often described
        // as") leaves the author's certainty where it was: a view of theirs added or gone, as
        // for a characterization, not a claim hedged or made firmer.
        for (const auto& item : n) {
            if (item.matched) {
                continue;
            }
            if (!item.cue->holder.empty()) {
                add(ChangeKind::attribution_changed, std::string(item.cue->term),
                    cue_words(*item.cue), {std::string(item.cue->id)}, std::nullopt, item.item, "",
                    std::string(item.cue->holder));
                refer(nullptr, item.cue);
                continue;
            }
            add(item.cue->weight < 0 ? ChangeKind::hedged : ChangeKind::strengthened,
                std::string(item.cue->term), cue_words(*item.cue), {std::string(item.cue->id)},
                std::nullopt, item.item);
        }
        for (const auto& item : o) {
            if (item.matched) {
                continue;
            }
            if (!item.cue->holder.empty()) {
                add(ChangeKind::attribution_changed, std::string(item.cue->term),
                    cue_words(*item.cue), {std::string(item.cue->id)}, item.item, std::nullopt,
                    std::string(item.cue->holder), "");
                refer(item.cue, nullptr);
                continue;
            }
            add(item.cue->weight < 0 ? ChangeKind::strengthened : ChangeKind::hedged,
                std::string(item.cue->term), cue_words(*item.cue), {std::string(item.cue->id)},
                item.item, std::nullopt);
        }
    }

    // A negation that governs a cue shows in that cue (negated, negation_removed on it); one
    // that governs nothing ("she did not act") is a change of its own when it comes or goes.
    // Negations pair by row, then with any other negation: "does not" -> "doesn't", "not" ->
    // "never", or "no" that now governs an added word ("no candidate" -> "no obvious
    // candidate") deny as much as before.
    // A partial negation that governs nothing ("her stubbornness did not always serve the city
    // well") limits its claim rather than denies it: a hedge added or removed, named with its
    // degree word. A denial made partial ("did not serve" -> "did not always serve") is one
    // hedge, and the reverse one claim made firmer.
    void negations(PassageCues& olds, PassageCues& news) {
        const auto as_partial = [](const CueItem& a, const CueItem& b) {
            return a.cue->partial.empty() == b.cue->partial.empty();
        };
        const auto limit_words = [](const Cue& cue) {
            return std::string(cue.words) + " " + std::string(cue.partial);
        };
        pair_up(
            olds.negations, news.negations,
            [&](const CueItem& a, const CueItem& b) {
                return same_row(*a.cue, *b.cue) && as_partial(a, b);
            },
            [](const CueItem&, const CueItem&) {});
        pair_up(
            olds.negations, news.negations,
            [](const CueItem& a, const CueItem& b) {
                return same_row(*a.cue, *b.cue) && !a.cue->governs && !b.cue->governs;
            },
            [&](const CueItem& a, const CueItem& b) {
                const bool softened = a.cue->partial.empty();
                const Cue& partial = softened ? *b.cue : *a.cue;
                std::string words = limit_words(partial);
                add(softened ? ChangeKind::hedged : ChangeKind::strengthened, words, {words},
                    {std::string(partial.id)}, a.item, b.item);
            });
        pair_up(olds.negations, news.negations, as_partial, [](const CueItem&, const CueItem&) {});
        const auto report = [&](const CueItem& item, ChangeKind denial, ChangeKind limit,
                                std::optional<std::size_t> old_item,
                                std::optional<std::size_t> new_item) {
            if (item.cue->partial.empty()) {
                add(denial, std::string(item.cue->term), {std::string(item.cue->words)},
                    {std::string(item.cue->id)}, old_item, new_item);
                return;
            }
            std::string words = limit_words(*item.cue);
            add(limit, words, {words}, {std::string(item.cue->id)}, old_item, new_item);
        };
        // Someone else's denial that comes or goes ("Critics say she did not consult the
        // board", or Rao's words leaving the claims about her with their sentence) is a view of
        // theirs added or gone, as someone else's doubt is: not a claim of the author's negated.
        const auto view = [&](const CueItem& item, bool added) {
            std::vector<std::string> words = cue_words(*item.cue);
            if (!item.cue->partial.empty()) {
                words.back() = limit_words(*item.cue);
            }
            std::string holder(item.cue->holder);
            const std::optional<std::size_t> at = item.item;
            add(ChangeKind::attribution_changed, std::string(item.cue->term), std::move(words),
                {std::string(item.cue->id)}, added ? std::nullopt : at, added ? at : std::nullopt,
                added ? "" : holder, added ? holder : "");
            refer(added ? nullptr : item.cue, added ? item.cue : nullptr);
        };
        for (const auto& item : news.negations) {
            if (!item.matched && !item.cue->governs) {
                if (!item.cue->holder.empty()) {
                    view(item, true);
                    continue;
                }
                report(item, ChangeKind::negated, ChangeKind::hedged, std::nullopt, item.item);
            }
        }
        for (const auto& item : olds.negations) {
            if (!item.matched && !item.cue->governs) {
                if (!item.cue->holder.empty()) {
                    view(item, false);
                    continue;
                }
                report(item, ChangeKind::negation_removed, ChangeKind::strengthened, item.item,
                       std::nullopt);
            }
        }
    }

    // Quantities are paired per kind in reading order: an alignment of the two sequences of
    // values (align_values) keeps the values both sides share in the same order, pairs a value
    // whose place now holds another (a changed number, or two numbers swapped: "62%, up from 55%"
    // -> "55%, down from 62%"), and leaves an extra value added or removed.
    void quantities(PassageCues& olds, PassageCues& news) {
        std::vector<std::pair<const QuantityItem*, const QuantityItem*>> paired;
        std::vector<const QuantityItem*> added;
        std::vector<const QuantityItem*> removed;
        // Values pair within their kind, and numbers of time only with numbers of time: the
        // class of each value, worked out once.
        using Class = std::pair<claims::QuantityKind, bool>;
        const auto classes_of = [&](const std::vector<QuantityItem>& side, Side which) {
            std::vector<Class> result;
            result.reserve(side.size());
            for (const auto& q : side) {
                const auto& item = run_.items[q.item];
                const std::string_view sentence = which == Side::old_side
                                                      ? sentence_view(older_, *item.old_ref)
                                                      : sentence_view(newer_, *item.new_ref);
                result.push_back({q.quantity->kind, counts_time(q, sentence)});
            }
            return result;
        };
        const std::vector<Class> old_classes = classes_of(olds.quantities, Side::old_side);
        const std::vector<Class> new_classes = classes_of(news.quantities, Side::new_side);
        std::vector<Class> classes;
        for (const auto* side : {&old_classes, &new_classes}) {
            for (const Class& c : *side) {
                if (std::find(classes.begin(), classes.end(), c) == classes.end()) {
                    classes.push_back(c);
                }
            }
        }
        for (const Class& value_class : classes) {
            std::vector<const QuantityItem*> o;
            std::vector<const QuantityItem*> n;
            for (std::size_t k = 0; k < olds.quantities.size(); ++k) {
                if (old_classes[k] == value_class) {
                    o.push_back(&olds.quantities[k]);
                }
            }
            for (std::size_t k = 0; k < news.quantities.size(); ++k) {
                if (new_classes[k] == value_class) {
                    n.push_back(&news.quantities[k]);
                }
            }
            std::stable_sort(o.begin(), o.end(), [&](const auto* a, const auto* b) {
                return reading_order(Side::old_side, *a, *b);
            });
            std::stable_sort(n.begin(), n.end(), [&](const auto* a, const auto* b) {
                return reading_order(Side::new_side, *a, *b);
            });
            // A value that kept the words on both sides of it moved with them (a clause moved,
            // a sentence split in another order): no change, whatever the other values did.
            const auto moved_with_its_words = [](std::vector<const QuantityItem*>& a,
                                                 std::vector<const QuantityItem*>& b) {
                std::vector<bool> used(b.size(), false);
                std::vector<const QuantityItem*> rest;
                for (const auto* q : a) {
                    bool kept = false;
                    for (std::size_t k = 0; k < b.size() && !kept; ++k) {
                        kept = !used[k] && b[k]->quantity->value == q->quantity->value &&
                               b[k]->before == q->before && b[k]->after == q->after;
                        used[k] = used[k] || kept;
                    }
                    if (!kept) {
                        rest.push_back(q);
                    }
                }
                std::vector<const QuantityItem*> rest_b;
                for (std::size_t k = 0; k < b.size(); ++k) {
                    if (!used[k]) {
                        rest_b.push_back(b[k]);
                    }
                }
                a = std::move(rest);
                b = std::move(rest_b);
            };
            moved_with_its_words(o, n);
            std::vector<std::string_view> old_values;
            std::vector<std::string_view> new_values;
            for (const auto* q : o) {
                old_values.push_back(q->quantity->value);
            }
            for (const auto* q : n) {
                new_values.push_back(q->quantity->value);
            }
            for (const auto& [i, j] : align_values(old_values, new_values)) {
                if (i && j) {
                    if (old_values[*i] != new_values[*j]) {
                        paired.emplace_back(o[*i], n[*j]);
                    }
                } else if (j) {
                    added.push_back(n[*j]);
                } else {
                    removed.push_back(o[*i]);
                }
            }
        }
        // A month respelt in place is a copy-edit (respelt_in), judged against the same
        // sentence on the other side; a value read inside the misspelt words there (the day of
        // "23 Novmber") goes with it.
        std::vector<std::pair<std::size_t, Span>> respelt_old, respelt_new;
        std::erase_if(added, [&](const QuantityItem* q) {
            const auto& other = run_.items[q->item].old_ref;
            const auto span = other ? respelt_in(*q, sentence_view(older_, *other)) : std::nullopt;
            if (span) {
                respelt_old.emplace_back(q->item, *span);
            }
            return span.has_value();
        });
        const auto inside = [](const QuantityItem* q,
                               const std::vector<std::pair<std::size_t, Span>>& spans) {
            return std::any_of(spans.begin(), spans.end(), [&](const auto& s) {
                return s.first == q->item && q->quantity->begin >= s.second.begin &&
                       q->quantity->end <= s.second.end;
            });
        };
        std::erase_if(removed, [&](const QuantityItem* q) {
            if (inside(q, respelt_old)) {
                return true;
            }
            const auto& other = run_.items[q->item].new_ref;
            const auto span = other ? respelt_in(*q, sentence_view(newer_, *other)) : std::nullopt;
            if (span) {
                respelt_new.emplace_back(q->item, *span);
            }
            return span.has_value();
        });
        std::erase_if(added, [&](const QuantityItem* q) { return inside(q, respelt_new); });
        // A number in digits whose place in the paired sentence holds a count in words
        // (worded_counts) is that count: the same value respelt, no change ("4 laboratories" ->
        // "four laboratories"), or another value, a changed number ("4" -> "five"); so is a count
        // in words whose place on the other side holds another count in words.
        const auto worded = worded_number_changes(olds, news, added, removed);
        // A date made more or less precise ("in March 2023" -> "in spring 2023", which keeps
        // the year alone) is one change of a value, not a year added and a date removed: a
        // removed and an added value of the kinds year and date whose year is the same.
        pair_dates_with_their_years(paired, added, removed);
        // A value that went, with its words, into a sentence of the passage that is no claim of
        // the subject's (or came from one) moved, as within the subject's claims.
        const auto moved_out = [](const QuantityItem* q, const std::vector<QuantityItem>& others) {
            return std::any_of(others.begin(), others.end(), [&](const QuantityItem& o) {
                return o.quantity->value == q->quantity->value && o.before == q->before &&
                       o.after == q->after;
            });
        };
        std::erase_if(removed,
                      [&](const QuantityItem* q) { return moved_out(q, news.other_quantities); });
        std::erase_if(added,
                      [&](const QuantityItem* q) { return moved_out(q, olds.other_quantities); });
        // Changed numbers first, in the newer revision's reading order, then the added and the
        // removed ones.
        std::stable_sort(paired.begin(), paired.end(), [&](const auto& a, const auto& b) {
            return reading_order(Side::new_side, *a.second, *b.second);
        });
        std::stable_sort(added.begin(), added.end(), [&](const auto* a, const auto* b) {
            return reading_order(Side::new_side, *a, *b);
        });
        std::stable_sort(removed.begin(), removed.end(), [&](const auto* a, const auto* b) {
            return reading_order(Side::old_side, *a, *b);
        });
        for (const auto& [a, b] : paired) {
            add(ChangeKind::number_changed, b->quantity->text,
                {a->quantity->text, b->quantity->text}, {}, a->item, b->item, a->quantity->text,
                b->quantity->text);
        }
        for (const auto& w : worded) {
            add(ChangeKind::number_changed, w.new_text, {w.old_text, w.new_text}, {}, w.old_item,
                w.new_item, w.old_text, w.new_text);
        }
        for (const auto* item : added) {
            add(ChangeKind::number_changed, item->quantity->text, {item->quantity->text}, {},
                std::nullopt, item->item, "", item->quantity->text);
        }
        for (const auto* item : removed) {
            add(ChangeKind::number_changed, item->quantity->text, {item->quantity->text}, {},
                item->item, std::nullopt, item->quantity->text, "");
        }
    }

    // A number changed between digits and words, or between two counts in words.
    struct WordedChange {
        std::size_t old_item = 0, new_item = 0;
        std::string old_text, new_text;
    };

    // The counts respelt or changed in words (worded_counts) of the claims both sides hold:
    // takes from `added` and `removed` the numbers in digits whose place on the other side holds
    // a count in words, and returns those whose value changed, with the changes between two
    // counts in words, in the newer revision's reading order.
    std::vector<WordedChange> worded_number_changes(const PassageCues& olds,
                                                    const PassageCues& news,
                                                    std::vector<const QuantityItem*>& added,
                                                    std::vector<const QuantityItem*>& removed) {
        std::vector<WordedChange> changes;
        for (const std::size_t item : news.claims) {
            const auto& refs = run_.items[item];
            if (!refs.old_ref || !refs.new_ref ||
                std::find(olds.claims.begin(), olds.claims.end(), item) == olds.claims.end()) {
                continue;
            }
            const std::string_view old_sentence = sentence_view(older_, *refs.old_ref);
            const std::string_view new_sentence = sentence_view(newer_, *refs.new_ref);
            if (!may_hold_changed_count(old_sentence, new_sentence)) {
                continue;
            }
            const auto old_counts = worded_counts(old_sentence, olds.quantities, item);
            const auto new_counts = worded_counts(new_sentence, news.quantities, item);
            if (old_counts.empty() && new_counts.empty()) {
                continue;
            }
            const auto in_place = [](const std::vector<WordedCount>& counts,
                                     std::string_view before, std::string_view after) {
                const auto c = std::find_if(counts.begin(), counts.end(), [&](const auto& w) {
                    return w.before == before && w.after == after;
                });
                return c == counts.end() ? nullptr : &*c;
            };
            const auto text_of = [](std::string_view sentence, const WordedCount& w) {
                return std::string(sentence.substr(w.span.begin, w.span.end - w.span.begin));
            };
            // A number in digits, its value a whole number, against a count in words.
            const auto respelt = [&](const QuantityItem* q, const std::vector<WordedCount>& counts,
                                     std::string_view sentence, bool from_old) {
                if (q->item != item || q->quantity->kind != claims::QuantityKind::number ||
                    q->quantity->text != q->quantity->value) {
                    return false;
                }
                const WordedCount* w = in_place(counts, q->before, q->after);
                if (w == nullptr) {
                    return false;
                }
                if (std::to_string(w->value) != q->quantity->value) {
                    std::string words = text_of(sentence, *w);
                    changes.push_back(
                        from_old ? WordedChange{item, item, q->quantity->text, std::move(words)}
                                 : WordedChange{item, item, std::move(words), q->quantity->text});
                }
                return true;
            };
            std::erase_if(removed, [&](const QuantityItem* q) {
                return respelt(q, new_counts, new_sentence, true);
            });
            std::erase_if(added, [&](const QuantityItem* q) {
                return respelt(q, old_counts, old_sentence, false);
            });
            for (const auto& w : new_counts) {
                const WordedCount* o = in_place(old_counts, w.before, w.after);
                if (o != nullptr && o->value != w.value) {
                    changes.push_back(
                        {item, item, text_of(old_sentence, *o), text_of(new_sentence, w)});
                }
            }
        }
        return changes;
    }

    static void pair_dates_with_their_years(
        std::vector<std::pair<const QuantityItem*, const QuantityItem*>>& paired,
        std::vector<const QuantityItem*>& added, std::vector<const QuantityItem*>& removed) {
        using claims::QuantityKind;
        const auto dated = [](const QuantityItem* q) {
            return q->quantity->kind == QuantityKind::year ||
                   q->quantity->kind == QuantityKind::date;
        };
        // "2023" of a year, "2023-03" or "2023-03-14" of a date; not "--03" (a month alone).
        const auto year_of = [](const QuantityItem* q) {
            const std::string_view value = q->quantity->value;
            return value.size() >= 4 && value[0] != '-' ? value.substr(0, 4) : std::string_view();
        };
        for (auto r = removed.begin(); r != removed.end();) {
            const auto a = std::find_if(added.begin(), added.end(), [&](const QuantityItem* q) {
                return dated(*r) && dated(q) && q->quantity->kind != (*r)->quantity->kind &&
                       !year_of(q).empty() && year_of(q) == year_of(*r) &&
                       (q->quantity->value.size() == 4 || (*r)->quantity->value.size() == 4);
            });
            if (a == added.end()) {
                ++r;
                continue;
            }
            paired.emplace_back(*r, *a);
            added.erase(a);
            r = removed.erase(r);
        }
    }

    // Where a quantity stands in its revision: sentence by sentence, then within the sentence.
    bool reading_order(Side side, const QuantityItem& a, const QuantityItem& b) const {
        const auto& ra =
            side == Side::old_side ? run_.items[a.item].old_ref : run_.items[a.item].new_ref;
        const auto& rb =
            side == Side::old_side ? run_.items[b.item].old_ref : run_.items[b.item].new_ref;
        return std::tie(ra->paragraph, ra->sentence, a.quantity->begin) <
               std::tie(rb->paragraph, rb->sentence, b.quantity->begin);
    }

    const Run& run_;
    const document::Document& older_;
    const document::Document& newer_;
    std::vector<LocatedChange>& out_;
};

} // namespace

namespace detail {

std::vector<LocatedChange> compare_run(const Run& run, const Revision& older, const Revision& newer,
                                       const Selector& selected, QuantityWords& words) {
    PassageCues olds = collect(run, Side::old_side, older.doc, older.analysis, selected, words);
    PassageCues news = collect(run, Side::new_side, newer.doc, newer.analysis, selected, words);
    std::vector<LocatedChange> changes;
    if (olds.claims.empty() && news.claims.empty()) {
        return changes;
    }
    PassageComparer(run, older.doc, newer.doc, changes).compare(olds, news);
    // A term with rows on several dimensions ("accommodating" on favorability and on a
    // configured axis) is one change, citing every row.
    std::vector<LocatedChange> merged;
    for (auto& change : changes) {
        auto same = std::find_if(merged.begin(), merged.end(), [&](const LocatedChange& m) {
            // (A number is one value: the same one removed in one place and added in another
            // is two changes.)
            return m.change.kind == change.change.kind && m.change.term == change.change.term &&
                   m.old_item == change.old_item && m.new_item == change.new_item &&
                   m.change.cues == change.change.cues &&
                   (change.change.kind != ChangeKind::number_changed ||
                    (m.change.old_value == change.change.old_value &&
                     m.change.new_value == change.change.new_value));
        });
        if (same == merged.end()) {
            merged.push_back(std::move(change));
            continue;
        }
        for (auto& id : change.change.lexicon_ids) {
            same->change.lexicon_ids.push_back(std::move(id));
        }
    }
    return merged;
}

} // namespace detail
} // namespace redraft::assess
