// compare(): the alignment pipeline. Paragraphs are matched by hash first; tokenization,
// similarity and word diffs are spent only on the paragraphs that differ.

#include <redraft/diff/diff.hpp>
#include <redraft/error.hpp>

#include <algorithm>
#include <functional>
#include <memory>
#include <unordered_map>

#include "diff/align.hpp"

namespace redraft::diff {

std::string_view to_string(ParagraphOp op) {
    switch (op) {
    case ParagraphOp::equal:
        return "equal";
    case ParagraphOp::edited:
        return "edited";
    case ParagraphOp::moved:
        return "moved";
    case ParagraphOp::split:
        return "split";
    case ParagraphOp::merged:
        return "merged";
    case ParagraphOp::added:
        return "added";
    case ParagraphOp::removed:
        return "removed";
    }
    return "equal";
}

std::string_view to_string(SentenceOp op) {
    switch (op) {
    case SentenceOp::equal:
        return "equal";
    case SentenceOp::edited:
        return "edited";
    case SentenceOp::moved:
        return "moved";
    case SentenceOp::added:
        return "added";
    case SentenceOp::removed:
        return "removed";
    }
    return "equal";
}

std::string_view to_string(WordOp op) {
    switch (op) {
    case WordOp::equal:
        return "equal";
    case WordOp::insert:
        return "insert";
    case WordOp::remove:
        return "delete";
    }
    return "equal";
}

bool DocumentDiff::has_changes() const {
    return std::any_of(paragraphs.begin(), paragraphs.end(),
                       [](const ParagraphAlignment& p) { return p.op != ParagraphOp::equal; });
}

namespace {

using detail::kNone;
using document::Document;
using document::Paragraph;

enum class Side { older, newer };

struct ParagraphTokens {
    std::vector<text::Token> tokens;
    std::vector<std::uint32_t> ids;
    detail::Profile profile;
    // Each sentence's key and token count, sorted by key; filled when first compared.
    struct SentenceKey {
        std::uint64_t key = 0;
        std::uint32_t tokens = 0;
        std::uint32_t index = 0; // the sentence's number in its paragraph
        bool operator<(const SentenceKey& o) const {
            return key != o.key ? key < o.key : index < o.index;
        }
    };
    std::vector<SentenceKey> sentence_keys;
    bool has_sentence_keys = false;
    // Unweighted token multisets of the sentences, by number; each made only when the sentence
    // could count as kept with a few words changed (empty until then).
    std::vector<detail::Profile> sentence_profiles;
};

// A sentence's key under normalized comparison: a hash of its interned token ids, so that no
// text is normalized twice.
std::uint64_t key_of(std::span<const std::uint32_t> ids) {
    std::uint64_t h = 0xcbf29ce484222325ULL ^ ids.size();
    for (std::uint32_t id : ids) {
        h = (h ^ id) * 0x100000001b3ULL;
        h ^= h >> 29;
    }
    return h;
}

bool is_word(const text::Token& t) {
    return t.kind != text::TokenKind::punctuation;
}

// The entry each paragraph belongs to, before the entries are put in order.
struct Assignment {
    std::uint32_t entry = kNone; // index into the entries; kNone: added or removed
};

class Engine {
public:
    // `segment_old` and `segment_new` are the same documents when their paragraphs may be
    // split into sentences on demand, null when they must be split already.
    Engine(const Document& older, const Document& newer, const DiffOptions& options,
           Document* segment_old, Document* segment_new)
        : old_(older), new_(newer), options_(options), old_tokens_(older.paragraphs.size()),
          new_tokens_(newer.paragraphs.size()), segment_old_(segment_old),
          segment_new_(segment_new) {}

    DocumentDiff run() {
        align_paragraphs();
        order_entries();
        ensure_changed_sentences();
        for (ParagraphAlignment& entry : diff_.paragraphs) {
            if (entry.op != ParagraphOp::equal) {
                align_sentences(entry);
            }
        }
        move_sentences_across_entries();
        for (ParagraphAlignment& entry : diff_.paragraphs) {
            if (entry.op != ParagraphOp::equal) {
                diff_sentence_words(entry);
            }
        }
        summarize();
        if (auto note = detail::markup_only_note(old_, new_, diff_)) {
            diff_.notes.push_back(std::move(*note));
        }
        return std::move(diff_);
    }

private:
    detail::CandidateOptions candidates_options() const {
        return {options_.max_token_postings, options_.max_candidates, options_.max_token_lookups};
    }

    const Document& doc(Side side) const { return side == Side::older ? old_ : new_; }

    ParagraphTokens& tokens(Side side, std::uint32_t index) {
        auto& slot = (side == Side::older ? old_tokens_ : new_tokens_)[index];
        if (!slot) {
            slot = std::make_unique<ParagraphTokens>();
            const Paragraph& p = doc(side).paragraphs[index];
            text::tokenize_into(p.text, slot->tokens);
            detail::intern_tokens(p.text, slot->tokens, options_.comparison, interner_, slot->ids);
            slot->profile = detail::make_profile(slot->ids);
        }
        return *slot;
    }

    // ---- paragraphs --------------------------------------------------------------------------

    void align_paragraphs() {
        std::vector<std::uint64_t> old_keys(old_.paragraphs.size());
        std::vector<std::uint64_t> new_keys(new_.paragraphs.size());
        for (std::size_t i = 0; i < old_keys.size(); ++i) {
            old_keys[i] = old_.paragraphs[i].hash;
        }
        for (std::size_t i = 0; i < new_keys.size(); ++i) {
            new_keys[i] = new_.paragraphs[i].hash;
        }
        detail::ExactAlignment exact = detail::match_exact(old_keys, new_keys);
        // A hash collision is not a match: compare the keys themselves.
        for (std::uint32_t n = 0; n < new_keys.size(); ++n) {
            const std::uint32_t o = exact.new_to_old[n];
            if (o != kNone && old_.paragraphs[o].key != new_.paragraphs[n].key) {
                exact.new_to_old[n] = kNone;
                exact.old_to_new[o] = kNone;
                exact.new_moved[n] = false;
            }
        }
        old_assigned_.assign(old_keys.size(), {});
        new_assigned_.assign(new_keys.size(), {});
        for (std::uint32_t n = 0; n < new_keys.size(); ++n) {
            const std::uint32_t o = exact.new_to_old[n];
            if (o == kNone) {
                continue;
            }
            ParagraphAlignment entry;
            entry.op = exact.new_moved[n] ? ParagraphOp::moved : ParagraphOp::equal;
            entry.old_paragraphs = {o};
            entry.new_paragraphs = {n};
            add_entry(std::move(entry));
        }
        pair_unmatched(exact);
        settle_moves();
    }

    // Which paragraphs moved, decided over every matched pair (equal, edited, moved, and the
    // first paragraph of each split and merge): the exact step's anchors are identical
    // paragraphs only, so a paragraph moved up past two edited ones would be the anchor and the
    // edited ones the moves. A pair whose label changes needs the threshold of its new label
    // (a move --move-threshold, an edit --similarity); below it, it is removed + added.
    void settle_moves() {
        std::vector<detail::Placed> placed;
        placed.reserve(entries_.size());
        for (const ParagraphAlignment& e : entries_) {
            placed.push_back(
                {e.old_paragraphs.front(), e.new_paragraphs.front(),
                 e.op == ParagraphOp::equal || (e.op == ParagraphOp::moved && same_key(e))});
        }
        const std::vector<bool> in_order = detail::settle_order(placed);
        std::vector<ParagraphAlignment> entries = std::move(entries_);
        entries_.clear();
        old_assigned_.assign(old_assigned_.size(), {});
        new_assigned_.assign(new_assigned_.size(), {});
        for (std::size_t k = 0; k < entries.size(); ++k) {
            ParagraphAlignment& e = entries[k];
            if (e.op == ParagraphOp::split || e.op == ParagraphOp::merged) {
                add_entry(std::move(e));
                continue;
            }
            const bool was_moved = e.op == ParagraphOp::moved;
            if (in_order[k]) {
                if (was_moved && e.similarity < options_.similarity) {
                    continue;
                }
                e.op = same_key(e) ? ParagraphOp::equal : ParagraphOp::edited;
                e.confidence = 1.0;
            } else {
                if (e.similarity < options_.move_threshold) {
                    continue;
                }
                e.op = ParagraphOp::moved;
                e.confidence = e.similarity;
            }
            add_entry(std::move(e));
        }
    }

    bool same_key(const ParagraphAlignment& e) const {
        return e.old_paragraphs.size() == 1 && e.new_paragraphs.size() == 1 &&
               old_.paragraphs[e.old_paragraphs[0]].key == new_.paragraphs[e.new_paragraphs[0]].key;
    }

    void add_entry(ParagraphAlignment entry) {
        const auto index = static_cast<std::uint32_t>(entries_.size());
        for (std::uint32_t o : entry.old_paragraphs) {
            old_assigned_[o] = {index};
        }
        for (std::uint32_t n : entry.new_paragraphs) {
            new_assigned_[n] = {index};
        }
        entries_.push_back(std::move(entry));
    }

    // Steps 2 and 3 over the paragraphs left by exact matching.
    void pair_unmatched(const detail::ExactAlignment& exact) {
        const detail::Gaps gaps = detail::gaps_between_anchors(exact);
        std::vector<detail::Item> old_items;
        std::vector<detail::Item> new_items;
        std::vector<const detail::Profile*> profiles;
        for (std::uint32_t o = 0; o < old_.paragraphs.size(); ++o) {
            if (exact.old_to_new[o] == kNone) {
                old_items.push_back({&tokens(Side::older, o).profile, o, gaps.old_gap[o],
                                     old_.paragraphs[o].kind == document::BlockKind::heading});
                profiles.push_back(old_items.back().profile);
            }
        }
        for (std::uint32_t n = 0; n < new_.paragraphs.size(); ++n) {
            if (exact.new_to_old[n] == kNone) {
                new_items.push_back({&tokens(Side::newer, n).profile, n, gaps.new_gap[n],
                                     new_.paragraphs[n].kind == document::BlockKind::heading});
                profiles.push_back(new_items.back().profile);
            }
        }
        weights_ = detail::Weights(profiles, interner_.size());
        for (std::uint32_t o = 0; o < old_.paragraphs.size(); ++o) {
            if (old_tokens_[o]) {
                weights_.weigh(old_tokens_[o]->profile);
            }
        }
        for (std::uint32_t n = 0; n < new_.paragraphs.size(); ++n) {
            if (new_tokens_[n]) {
                weights_.weigh(new_tokens_[n]->profile);
            }
        }
        if (old_items.empty() || new_items.empty()) {
            return;
        }
        const detail::CandidateOptions candidate_options = candidates_options();
        std::vector<detail::Candidate> candidates =
            detail::find_candidates(old_items, new_items, weights_, candidate_options);

        // Parts of a split or merge are consecutive once paragraphs that moved away are left
        // out: the same items, positioned by rank among the paragraphs that did not move.
        auto ranked = [](std::vector<detail::Item> items, std::size_t size,
                         const std::function<bool(std::uint32_t)>& moved_away) {
            std::vector<std::uint32_t> rank(size);
            std::uint32_t next = 0;
            for (std::uint32_t i = 0; i < size; ++i) {
                rank[i] = next;
                next += moved_away(i) ? 0 : 1;
            }
            for (detail::Item& item : items) {
                item.position = rank[item.position];
            }
            return items;
        };
        const auto old_ranked = ranked(old_items, old_.paragraphs.size(), [&](std::uint32_t o) {
            return exact.old_to_new[o] != kNone && exact.new_moved[exact.old_to_new[o]];
        });
        const auto new_ranked = ranked(new_items, new_.paragraphs.size(), [&](std::uint32_t n) {
            return exact.new_to_old[n] != kNone && exact.new_moved[n];
        });
        std::vector<bool> old_used(old_items.size(), false);
        std::vector<bool> new_used(new_items.size(), false);
        for (const detail::Spread& s : detail::find_spreads(
                 old_ranked, new_ranked, candidates, false, weights_, options_.split_coverage)) {
            ParagraphAlignment entry;
            entry.op = ParagraphOp::split;
            entry.old_paragraphs = {old_items[s.whole].position};
            for (std::uint32_t part : s.parts) {
                entry.new_paragraphs.push_back(new_items[part].position);
                new_used[part] = true;
            }
            old_used[s.whole] = true;
            entry.similarity = s.coverage;
            entry.confidence = s.confidence;
            add_entry(std::move(entry));
        }
        auto unused = [&](const detail::Candidate& c) {
            return !old_used[c.old_item] && !new_used[c.new_item];
        };
        std::erase_if(candidates, [&](const detail::Candidate& c) { return !unused(c); });
        for (const detail::Spread& s : detail::find_spreads(
                 new_ranked, old_ranked, candidates, true, weights_, options_.split_coverage)) {
            ParagraphAlignment entry;
            entry.op = ParagraphOp::merged;
            for (std::uint32_t part : s.parts) {
                entry.old_paragraphs.push_back(old_items[part].position);
                old_used[part] = true;
            }
            entry.new_paragraphs = {new_items[s.whole].position};
            new_used[s.whole] = true;
            entry.similarity = s.coverage;
            entry.confidence = s.confidence;
            add_entry(std::move(entry));
        }
        std::erase_if(candidates, [&](const detail::Candidate& c) { return !unused(c); });
        const double floor = std::min(options_.similarity, options_.move_threshold);
        for (detail::Candidate& c : candidates) {
            const double total =
                old_items[c.old_item].profile->weight + new_items[c.new_item].profile->weight;
            const double dice = total <= 0 ? 1.0 : std::min(1.0, 2 * c.overlap / total);
            c.kept_sentences =
                kept_sentences(old_items[c.old_item].position, new_items[c.new_item].position,
                               c.shared, dice, floor);
        }
        // Pairs across gaps are kept at the lower threshold here: settle_moves decides which
        // pairs are moves, over all matches, and applies the threshold of each label.
        const detail::PairingThresholds thresholds{
            options_.similarity, std::min(options_.similarity, options_.move_threshold)};
        for (const detail::Pair& p :
             detail::pair_by_similarity(old_items, new_items, candidates, thresholds)) {
            ParagraphAlignment entry;
            entry.op = p.moved ? ParagraphOp::moved : ParagraphOp::edited;
            entry.old_paragraphs = {old_items[p.old_item].position};
            entry.new_paragraphs = {new_items[p.new_item].position};
            entry.similarity = p.similarity;
            entry.confidence = p.moved ? p.similarity : 1.0;
            add_entry(std::move(entry));
            old_used[p.old_item] = new_used[p.new_item] = true;
        }
        pair_lone_headings(old_items, new_items, old_used, new_used);
    }

    // How much of each paragraph stands in the other in whole sentences (as compared): the mean
    // of the two shares of tokens in sentences both hold. A paragraph cut to three of its eight
    // sentences, or grown to three times its length around all of its sentences, is that
    // paragraph edited, as an editor reads it; the rarity-weighted Dice coefficient of its words
    // falls below 0.5 there, as the longer side dilutes it and every word the two share counts
    // as common among few unmatched paragraphs. A kept sentence is a run of words, not a bag of
    // them, so its tokens count unweighted. The mean (not the larger share) keeps the number
    // honest as a similarity: a cut is not "1.00". Paragraphs with no sentence in common score 0.
    //
    // A sentence with a word or two changed is kept too (kept_with_edits: Dice of its tokens at
    // least kKeptSentence), counting the tokens it shares: a paragraph that keeps half its
    // sentences, each lightly edited, and doubles the rest is that paragraph edited. Those pairs
    // are looked at only when they could raise the result above both `dice` (the pair's word
    // similarity) and `floor` (the least threshold): `shared`, the tokens the two paragraphs
    // share, bounds them.
    double kept_sentences(std::uint32_t old_index, std::uint32_t new_index, std::uint64_t shared,
                          double dice, double floor) {
        const auto& a = sentence_keys(Side::older, old_index);
        const auto& b = sentence_keys(Side::newer, new_index);
        const auto old_tokens = static_cast<double>(tokens(Side::older, old_index).ids.size());
        const auto new_tokens = static_cast<double>(tokens(Side::newer, new_index).ids.size());
        if (a.empty() || b.empty() || old_tokens == 0 || new_tokens == 0) {
            return 0;
        }
        std::uint64_t old_kept = 0;
        std::uint64_t new_kept = 0;
        old_rest_.clear();
        new_rest_.clear();
        auto i = a.begin();
        auto j = b.begin();
        while (i != a.end() && j != b.end()) {
            if (i->key < j->key) {
                old_rest_.push_back(*i++);
            } else if (j->key < i->key) {
                new_rest_.push_back(*j++);
            } else {
                old_kept += i++->tokens;
                new_kept += j++->tokens;
            }
        }
        old_rest_.insert(old_rest_.end(), i, a.end());
        new_rest_.insert(new_rest_.end(), j, b.end());
        auto mean_share = [&](std::uint64_t extra) {
            return std::min(1.0, (static_cast<double>(old_kept + extra) / old_tokens +
                                  static_cast<double>(new_kept + extra) / new_tokens) /
                                     2);
        };
        const double whole = mean_share(0);
        if (old_rest_.empty() || new_rest_.empty()) {
            return whole;
        }
        const double bound = std::min(1.0, (static_cast<double>(shared) / old_tokens +
                                            static_cast<double>(shared) / new_tokens) /
                                               2);
        if (bound <= std::max(whole, dice) || bound < floor) {
            return whole;
        }
        // Only sentences of a length some sentence on the other side could match get a profile.
        auto fits = [](std::uint32_t x, std::uint32_t y) {
            return x + y > 0 && 2.0 * std::min(x, y) >= detail::kKeptSentence * (x + y);
        };
        auto keep_fitting = [&](std::vector<ParagraphTokens::SentenceKey>& rest,
                                const std::vector<ParagraphTokens::SentenceKey>& other) {
            std::erase_if(rest, [&](const ParagraphTokens::SentenceKey& k) {
                return std::none_of(other.begin(), other.end(),
                                    [&](const auto& o) { return fits(k.tokens, o.tokens); });
            });
        };
        keep_fitting(old_rest_, new_rest_);
        keep_fitting(new_rest_, old_rest_);
        if (old_rest_.empty() || new_rest_.empty()) {
            return whole;
        }
        rest_profiles(Side::older, old_index, old_rest_, old_rest_profiles_);
        rest_profiles(Side::newer, new_index, new_rest_, new_rest_profiles_);
        return mean_share(
            detail::kept_with_edits(old_rest_profiles_, new_rest_profiles_, detail::kKeptSentence));
    }

    // The unweighted profiles of sentences `rest` of a paragraph, each made once.
    void rest_profiles(Side side, std::uint32_t index,
                       const std::vector<ParagraphTokens::SentenceKey>& rest,
                       std::vector<const detail::Profile*>& out) {
        ParagraphTokens& t = tokens(side, index);
        if (t.sentence_profiles.empty()) {
            t.sentence_profiles.resize(doc(side).paragraphs[index].sentences.size());
        }
        out.clear();
        for (const ParagraphTokens::SentenceKey& k : rest) {
            detail::Profile& profile = t.sentence_profiles[k.index];
            if (profile.counts.empty()) {
                profile = detail::make_profile(slice(side, {index, k.index}).run.ids);
            }
            out.push_back(&profile);
        }
    }

    const std::vector<ParagraphTokens::SentenceKey>& sentence_keys(Side side, std::uint32_t index) {
        ParagraphTokens& t = tokens(side, index);
        if (!t.has_sentence_keys) {
            ensure_segmented(side, index);
            const Paragraph& p = doc(side).paragraphs[index];
            for (std::uint32_t s = 0; s < p.sentences.size(); ++s) {
                const SentenceSlice slice_of = slice(side, {index, s});
                t.sentence_keys.push_back(
                    {slice_of.key, static_cast<std::uint32_t>(slice_of.run.ids.size()), s});
            }
            std::sort(t.sentence_keys.begin(), t.sentence_keys.end());
            t.has_sentence_keys = true;
        }
        return t.sentence_keys;
    }

    // A heading is known by its place: when the only paragraphs left between two anchors are one
    // heading on each side, of one level, the heading was renamed (however different the words).
    void pair_lone_headings(const std::vector<detail::Item>& old_items,
                            const std::vector<detail::Item>& new_items,
                            const std::vector<bool>& old_used, const std::vector<bool>& new_used) {
        struct Lone {
            std::uint32_t count = 0;
            std::uint32_t item = 0;
        };
        std::unordered_map<std::uint32_t, std::pair<Lone, Lone>> by_gap;
        for (std::uint32_t i = 0; i < old_items.size(); ++i) {
            if (!old_used[i]) {
                auto& lone = by_gap[old_items[i].gap].first;
                ++lone.count;
                lone.item = i;
            }
        }
        for (std::uint32_t i = 0; i < new_items.size(); ++i) {
            if (!new_used[i]) {
                auto& lone = by_gap[new_items[i].gap].second;
                ++lone.count;
                lone.item = i;
            }
        }
        for (const auto& [gap, sides] : by_gap) {
            if (sides.first.count != 1 || sides.second.count != 1) {
                continue;
            }
            const detail::Item& o = old_items[sides.first.item];
            const detail::Item& n = new_items[sides.second.item];
            const Paragraph& before = old_.paragraphs[o.position];
            const Paragraph& after = new_.paragraphs[n.position];
            if (before.kind != document::BlockKind::heading ||
                after.kind != document::BlockKind::heading || before.level != after.level) {
                continue;
            }
            ParagraphAlignment entry;
            entry.op = ParagraphOp::edited;
            entry.old_paragraphs = {o.position};
            entry.new_paragraphs = {n.position};
            entry.similarity = detail::similarity(*o.profile, *n.profile, weights_);
            add_entry(std::move(entry));
        }
    }

    // Entries in the new document's order; removed paragraphs where they stood, before the
    // first entry that comes after them in the old order.
    void order_entries() {
        std::vector<ParagraphAlignment> ordered;
        ordered.reserve(entries_.size() + old_.paragraphs.size());
        std::vector<bool> emitted(entries_.size(), false);
        std::uint32_t old_cursor = 0;
        auto flush_removed = [&](std::uint32_t until) {
            for (; old_cursor < until && old_cursor < old_assigned_.size(); ++old_cursor) {
                if (old_assigned_[old_cursor].entry == kNone) {
                    ParagraphAlignment removed;
                    removed.op = ParagraphOp::removed;
                    removed.old_paragraphs = {old_cursor};
                    ordered.push_back(std::move(removed));
                }
            }
        };
        // For each new paragraph, the first old paragraph of the next in-order entry: removed
        // paragraphs before it are shown before an added one (deletions first, as in diff).
        std::vector<std::uint32_t> next_old(new_.paragraphs.size() + 1, UINT32_MAX);
        for (std::uint32_t n = static_cast<std::uint32_t>(new_.paragraphs.size()); n-- > 0;) {
            const Assignment& a = new_assigned_[n];
            const bool in_order = a.entry != kNone && entries_[a.entry].op != ParagraphOp::moved;
            next_old[n] = in_order ? entries_[a.entry].old_paragraphs.front() : next_old[n + 1];
        }
        for (std::uint32_t n = 0; n < new_.paragraphs.size(); ++n) {
            const Assignment& a = new_assigned_[n];
            if (a.entry == kNone) {
                flush_removed(next_old[n]);
                ParagraphAlignment added;
                added.op = ParagraphOp::added;
                added.new_paragraphs = {n};
                ordered.push_back(std::move(added));
                continue;
            }
            if (emitted[a.entry]) {
                continue; // the later parts of a split
            }
            emitted[a.entry] = true;
            ParagraphAlignment& entry = entries_[a.entry];
            if (entry.op != ParagraphOp::moved) {
                flush_removed(entry.old_paragraphs.front());
            }
            ordered.push_back(std::move(entry));
        }
        flush_removed(UINT32_MAX);
        diff_.paragraphs = std::move(ordered);
        entries_.clear();
    }

    // ---- sentences ---------------------------------------------------------------------------

    // Only the paragraphs of changed entries are read sentence by sentence.
    void ensure_segmented(Side side, std::uint32_t index) {
        const Document& d = doc(side);
        if (d.paragraphs[index].segmented) {
            return;
        }
        Document* segmentable = side == Side::older ? segment_old_ : segment_new_;
        if (segmentable == nullptr) {
            throw Error(ErrorKind::internal,
                        d.name + ": paragraph " + std::to_string(index + 1) +
                            " has no sentences; parse with Sentences::eager or pass the "
                            "documents to compare() as mutable");
        }
        document::ensure_sentences(*segmentable, index);
    }

    void ensure_changed_sentences() {
        for (const ParagraphAlignment& entry : diff_.paragraphs) {
            if (entry.op == ParagraphOp::equal) {
                continue;
            }
            for (std::uint32_t p : entry.old_paragraphs) {
                ensure_segmented(Side::older, p);
            }
            for (std::uint32_t p : entry.new_paragraphs) {
                ensure_segmented(Side::newer, p);
            }
        }
    }

    struct SentenceSlice {
        detail::TokenRun run;
        std::uint64_t key = 0;
        detail::Profile profile;
        bool has_profile = false;
        const detail::Profile* unweighted = nullptr; // made by kept_sentences, if it was
    };

    SentenceSlice slice(Side side, SentenceRef ref) {
        const Paragraph& p = doc(side).paragraphs[ref.paragraph];
        const document::Sentence& s = p.sentences[ref.sentence];
        ParagraphTokens& t = tokens(side, ref.paragraph);
        const auto first = std::lower_bound(
            t.tokens.begin(), t.tokens.end(), s.text.begin,
            [](const text::Token& token, std::uint32_t at) { return token.begin < at; });
        const auto last = std::lower_bound(
            first, t.tokens.end(), s.text.end,
            [](const text::Token& token, std::uint32_t at) { return token.begin < at; });
        const auto from = static_cast<std::size_t>(first - t.tokens.begin());
        const auto count = static_cast<std::size_t>(last - first);
        SentenceSlice out;
        out.run = {p.text, s.text.begin, s.text.end,
                   std::span<const text::Token>(t.tokens).subspan(from, count),
                   std::span<const std::uint32_t>(t.ids).subspan(from, count)};
        // Exact: the sentence's own bytes (its token ids also hold the spacing after it).
        out.key = options_.comparison == text::Comparison::exact
                      ? std::hash<std::string_view>{}(out.run.sentence())
                      : key_of(out.run.ids);
        if (ref.sentence < t.sentence_profiles.size() &&
            !t.sentence_profiles[ref.sentence].counts.empty()) {
            out.unweighted = &t.sentence_profiles[ref.sentence];
        }
        return out;
    }

    class Slices : public detail::ProfileSource {
    public:
        Slices(std::vector<SentenceSlice>& older, std::vector<SentenceSlice>& newer,
               const detail::Weights& weights)
            : old_(older), new_(newer), weights_(weights) {}
        const detail::Profile& old_profile(std::uint32_t i) override { return get(old_[i]); }
        const detail::Profile& new_profile(std::uint32_t i) override { return get(new_[i]); }

    private:
        const detail::Profile& get(SentenceSlice& s) {
            if (!s.has_profile) {
                s.profile =
                    s.unweighted != nullptr ? *s.unweighted : detail::make_profile(s.run.ids);
                weights_.weigh(s.profile);
                s.has_profile = true;
            }
            return s.profile;
        }
        std::vector<SentenceSlice>& old_;
        std::vector<SentenceSlice>& new_;
        const detail::Weights& weights_;
    };

    static std::vector<SentenceRef> sentence_refs(const Document& d,
                                                  const std::vector<std::uint32_t>& paragraphs) {
        std::vector<SentenceRef> refs;
        for (std::uint32_t p : paragraphs) {
            for (std::uint32_t s = 0; s < d.paragraphs[p].sentences.size(); ++s) {
                refs.push_back({p, s});
            }
        }
        return refs;
    }

    void align_sentences(ParagraphAlignment& entry) {
        const auto old_refs = sentence_refs(old_, entry.old_paragraphs);
        const auto new_refs = sentence_refs(new_, entry.new_paragraphs);
        const bool exact_move = entry.op == ParagraphOp::moved &&
                                old_.paragraphs[entry.old_paragraphs[0]].key ==
                                    new_.paragraphs[entry.new_paragraphs[0]].key &&
                                old_refs.size() == new_refs.size();
        if (entry.op == ParagraphOp::added || entry.op == ParagraphOp::removed || exact_move) {
            // Nothing to align: every sentence is added, removed, or (an exact move) equal.
            for (std::size_t i = 0; i < std::max(old_refs.size(), new_refs.size()); ++i) {
                SentenceAlignment s;
                if (entry.op == ParagraphOp::moved) {
                    s.op = SentenceOp::equal;
                    s.old_sentence = old_refs[i];
                    s.new_sentence = new_refs[i];
                } else if (entry.op == ParagraphOp::added) {
                    s.op = SentenceOp::added;
                    s.new_sentence = new_refs[i];
                } else {
                    s.op = SentenceOp::removed;
                    s.old_sentence = old_refs[i];
                }
                entry.sentences.push_back(std::move(s));
            }
            return;
        }
        std::vector<SentenceSlice> old_slices;
        std::vector<SentenceSlice> new_slices;
        std::vector<std::uint64_t> old_keys;
        std::vector<std::uint64_t> new_keys;
        for (const SentenceRef& r : old_refs) {
            old_slices.push_back(slice(Side::older, r));
            old_keys.push_back(old_slices.back().key);
        }
        for (const SentenceRef& r : new_refs) {
            new_slices.push_back(slice(Side::newer, r));
            new_keys.push_back(new_slices.back().key);
        }
        Slices profiles(old_slices, new_slices, weights_);
        const detail::PairingThresholds thresholds{options_.sentence_similarity,
                                                   options_.move_threshold};
        auto matches = detail::align_sequence(old_keys, new_keys, profiles, weights_, thresholds,
                                              candidates_options());
        if (matches.empty() && old_refs.size() == 1 && new_refs.size() == 1 &&
            old_.paragraphs[old_refs[0].paragraph].kind == document::BlockKind::heading &&
            new_.paragraphs[new_refs[0].paragraph].kind == document::BlockKind::heading) {
            // A renamed heading is one edited sentence, not a removal and an addition.
            matches.push_back(
                {0, 0,
                 detail::similarity(profiles.old_profile(0), profiles.new_profile(0), weights_),
                 false});
        }
        std::vector<bool> old_matched(old_refs.size(), false);
        std::vector<std::uint32_t> new_match(new_refs.size(), kNone);
        for (std::uint32_t k = 0; k < matches.size(); ++k) {
            old_matched[matches[k].old_index] = true;
            new_match[matches[k].new_index] = k;
        }
        // New order, with removed sentences before the first in-order match after them.
        std::uint32_t old_cursor = 0;
        auto flush = [&](std::uint32_t until) {
            for (; old_cursor < until && old_cursor < old_refs.size(); ++old_cursor) {
                if (!old_matched[old_cursor]) {
                    SentenceAlignment s;
                    s.op = SentenceOp::removed;
                    s.old_sentence = old_refs[old_cursor];
                    entry.sentences.push_back(std::move(s));
                }
            }
        };
        for (std::uint32_t n = 0; n < new_refs.size(); ++n) {
            SentenceAlignment s;
            s.new_sentence = new_refs[n];
            if (new_match[n] == kNone) {
                s.op = SentenceOp::added;
            } else {
                const detail::SequenceMatch& m = matches[new_match[n]];
                if (!m.moved) {
                    flush(m.old_index);
                }
                s.old_sentence = old_refs[m.old_index];
                s.similarity = m.similarity;
                const bool same = old_keys[m.old_index] == new_keys[n];
                s.op = m.moved ? SentenceOp::moved : same ? SentenceOp::equal : SentenceOp::edited;
            }
            entry.sentences.push_back(std::move(s));
        }
        flush(UINT32_MAX);
    }

    // Sentences removed from one aligned pair and added to another are moves (step 4 across
    // paragraphs): the destination entry holds the move, the source entry loses the removal.
    void move_sentences_across_entries() {
        struct Loose {
            std::uint32_t entry, sentence;
        };
        std::vector<Loose> removed, added;
        for (std::uint32_t e = 0; e < diff_.paragraphs.size(); ++e) {
            const ParagraphAlignment& entry = diff_.paragraphs[e];
            if (entry.op == ParagraphOp::equal || entry.op == ParagraphOp::added ||
                entry.op == ParagraphOp::removed) {
                continue;
            }
            for (std::uint32_t s = 0; s < entry.sentences.size(); ++s) {
                if (entry.sentences[s].op == SentenceOp::removed) {
                    removed.push_back({e, s});
                } else if (entry.sentences[s].op == SentenceOp::added) {
                    added.push_back({e, s});
                }
            }
        }
        if (removed.empty() || added.empty()) {
            return;
        }
        std::vector<SentenceSlice> old_slices;
        std::vector<SentenceSlice> new_slices;
        std::vector<std::uint64_t> old_keys;
        std::vector<std::uint64_t> new_keys;
        for (const Loose& l : removed) {
            old_slices.push_back(
                slice(Side::older, *diff_.paragraphs[l.entry].sentences[l.sentence].old_sentence));
            old_keys.push_back(old_slices.back().key);
        }
        for (const Loose& l : added) {
            new_slices.push_back(
                slice(Side::newer, *diff_.paragraphs[l.entry].sentences[l.sentence].new_sentence));
            new_keys.push_back(new_slices.back().key);
        }
        // Every match across entries is a move, exact or similar: no pair is "in order".
        Slices profiles(old_slices, new_slices, weights_);
        const double threshold = std::max(options_.sentence_similarity, options_.move_threshold);
        const auto matches = detail::align_sequence(old_keys, new_keys, profiles, weights_,
                                                    {threshold, threshold}, candidates_options());
        std::vector<std::vector<std::uint32_t>> drop(diff_.paragraphs.size());
        for (const detail::SequenceMatch& m : matches) {
            const Loose& from = removed[m.old_index];
            const Loose& to = added[m.new_index];
            if (from.entry == to.entry) {
                continue; // inside one pair this was already decided
            }
            SentenceAlignment& target = diff_.paragraphs[to.entry].sentences[to.sentence];
            target.op = SentenceOp::moved;
            target.old_sentence =
                diff_.paragraphs[from.entry].sentences[from.sentence].old_sentence;
            target.similarity = old_keys[m.old_index] == new_keys[m.new_index] ? 1.0 : m.similarity;
            drop[from.entry].push_back(from.sentence);
        }
        for (std::uint32_t e = 0; e < drop.size(); ++e) {
            if (drop[e].empty()) {
                continue;
            }
            auto& sentences = diff_.paragraphs[e].sentences;
            std::sort(drop[e].begin(), drop[e].end());
            for (auto it = drop[e].rbegin(); it != drop[e].rend(); ++it) {
                sentences.erase(sentences.begin() + *it);
            }
        }
    }

    // ---- words -------------------------------------------------------------------------------

    void diff_sentence_words(ParagraphAlignment& entry) {
        for (SentenceAlignment& s : entry.sentences) {
            s.words.clear();
            switch (s.op) {
            case SentenceOp::added:
                s.words.push_back(
                    {WordOp::insert, std::string(text_of(Side::newer, *s.new_sentence))});
                break;
            case SentenceOp::removed:
                s.words.push_back(
                    {WordOp::remove, std::string(text_of(Side::older, *s.old_sentence))});
                break;
            case SentenceOp::equal:
                s.words.push_back(
                    {WordOp::equal, std::string(text_of(Side::newer, *s.new_sentence))});
                break;
            case SentenceOp::edited:
            case SentenceOp::moved: {
                const SentenceSlice older = slice(Side::older, *s.old_sentence);
                const SentenceSlice newer = slice(Side::newer, *s.new_sentence);
                if (older.key == newer.key) {
                    s.words.push_back({WordOp::equal, std::string(newer.run.sentence())});
                    break;
                }
                const detail::WordDiffOptions word_options{options_.merge_equal_words,
                                                           options_.max_word_diff_cells};
                if (!detail::diff_words(older.run, newer.run, word_options, s.words)) {
                    ++capped_;
                }
                break;
            }
            }
        }
    }

    std::string_view text_of(Side side, SentenceRef ref) const {
        const Paragraph& p = doc(side).paragraphs[ref.paragraph];
        return p.sentence_text(p.sentences[ref.sentence]);
    }

    // ---- summary -----------------------------------------------------------------------------

    void summarize() {
        DiffSummary& sum = diff_.summary;
        std::vector<text::Token> scratch;
        auto words_in = [&](std::string_view text) {
            scratch.clear();
            text::tokenize_into(text, scratch);
            return static_cast<std::uint64_t>(
                std::count_if(scratch.begin(), scratch.end(), is_word));
        };
        for (const ParagraphAlignment& entry : diff_.paragraphs) {
            switch (entry.op) {
            case ParagraphOp::equal:
                sum.equal += static_cast<std::uint32_t>(entry.new_paragraphs.size());
                break;
            case ParagraphOp::edited:
                ++sum.edited;
                break;
            case ParagraphOp::moved:
                ++sum.moved;
                break;
            case ParagraphOp::split:
                ++sum.split;
                break;
            case ParagraphOp::merged:
                ++sum.merged;
                break;
            case ParagraphOp::added:
                ++sum.added;
                break;
            case ParagraphOp::removed:
                ++sum.removed;
                break;
            }
            for (const SentenceAlignment& s : entry.sentences) {
                for (const WordChange& w : s.words) {
                    if (w.op == WordOp::insert) {
                        sum.words_inserted += words_in(w.text);
                    } else if (w.op == WordOp::remove) {
                        sum.words_deleted += words_in(w.text);
                    }
                }
            }
        }
        if (capped_ > 0) {
            diff_.notes.push_back(
                std::to_string(capped_) +
                (capped_ == 1 ? " sentence pair was" : " sentence pairs were") +
                " too long for a word diff (their token counts multiply to more than " +
                std::to_string(options_.max_word_diff_cells) +
                ") and are shown as whole-sentence replacements");
        }
    }

    const Document& old_;
    const Document& new_;
    const DiffOptions& options_;
    text::Interner interner_;
    std::vector<std::unique_ptr<ParagraphTokens>> old_tokens_;
    std::vector<std::unique_ptr<ParagraphTokens>> new_tokens_;
    detail::Weights weights_;
    std::vector<Assignment> old_assigned_;
    std::vector<Assignment> new_assigned_;
    std::vector<ParagraphAlignment> entries_;
    DocumentDiff diff_;
    std::uint32_t capped_ = 0;
    // Scratch of kept_sentences, reused over candidates.
    std::vector<ParagraphTokens::SentenceKey> old_rest_;
    std::vector<ParagraphTokens::SentenceKey> new_rest_;
    std::vector<const detail::Profile*> old_rest_profiles_;
    std::vector<const detail::Profile*> new_rest_profiles_;
    Document* segment_old_;
    Document* segment_new_;
};

} // namespace

DocumentDiff compare(const document::Document& older, const document::Document& newer,
                     const DiffOptions& options) {
    return Engine(older, newer, options, nullptr, nullptr).run();
}

DocumentDiff compare(document::Document& older, document::Document& newer,
                     const DiffOptions& options) {
    return Engine(older, newer, options, &older, &newer).run();
}

} // namespace redraft::diff
