#include "assess/passages.hpp"

#include <redraft/assess/assess.hpp>
#include <redraft/system/parallel.hpp>
#include <redraft/text/ascii.hpp>
#include <redraft/text/normalize.hpp>
#include <redraft/text/tokens.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "assess/spelling.hpp"

namespace redraft::assess {

using namespace detail;

namespace {

// The sentences of an entry: its own, or (into `made`) sentences synthesized for an added or
// removed paragraph whose entry lists none. Its own are read in place, not copied with their
// words.
const std::vector<diff::SentenceAlignment>&
sentences_of(const diff::ParagraphAlignment& entry, const document::Document& older,
             const document::Document& newer, std::vector<diff::SentenceAlignment>& made) {
    if (!entry.sentences.empty()) {
        return entry.sentences;
    }
    made.clear();
    if (entry.op == diff::ParagraphOp::added) {
        for (const auto p : entry.new_paragraphs) {
            for (std::uint32_t s = 0; s < newer.paragraphs[p].sentences.size(); ++s) {
                made.push_back({diff::SentenceOp::added, std::nullopt, SentenceRef{p, s}, 0.0, {}});
            }
        }
    } else if (entry.op == diff::ParagraphOp::removed) {
        for (const auto p : entry.old_paragraphs) {
            for (std::uint32_t s = 0; s < older.paragraphs[p].sentences.size(); ++s) {
                made.push_back(
                    {diff::SentenceOp::removed, SentenceRef{p, s}, std::nullopt, 0.0, {}});
            }
        }
    }
    return made;
}

} // namespace

namespace detail {

std::string_view sentence_view(const document::Document& doc, const SentenceRef& ref) {
    const auto& p = doc.paragraphs[ref.paragraph];
    if (p.segmented) {
        return p.sentence_text(p.sentences[ref.sentence]);
    }
    const auto spans = document::sentence_spans(p);
    return std::string_view(p.text).substr(spans.at(ref.sentence).begin,
                                           spans.at(ref.sentence).size());
}

std::string sentence_text(const document::Document& doc, const SentenceRef& ref) {
    std::string_view text = sentence_view(doc, ref);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) {
        text.remove_suffix(1);
    }
    std::string flat(text);
    std::replace(flat.begin(), flat.end(), '\n', ' ');
    return flat;
}

bool kept_its_words(const diff::SentenceAlignment& s) {
    return s.op == diff::SentenceOp::equal ||
           (s.op == diff::SentenceOp::moved &&
            std::all_of(s.words.begin(), s.words.end(),
                        [](const diff::WordChange& w) { return w.op == diff::WordOp::equal; }));
}

std::vector<Run> build_runs(const diff::DocumentDiff& diff, const document::Document& older,
                            const document::Document& newer) {
    std::vector<Run> runs;
    std::vector<diff::SentenceAlignment> made;
    for (std::uint32_t e = 0; e < diff.paragraphs.size(); ++e) {
        const auto& sentences = sentences_of(diff.paragraphs[e], older, newer, made);
        Run run{e, {}};
        auto close = [&] {
            if (!run.items.empty()) {
                runs.push_back(std::move(run));
            }
            run = Run{e, {}};
        };
        for (std::uint32_t a = 0; a < sentences.size(); ++a) {
            const auto& s = sentences[a];
            if (kept_its_words(s)) {
                close();
                continue;
            }
            if (s.op == diff::SentenceOp::moved) {
                close();
                run.items.push_back({a, s.old_sentence, s.new_sentence, true, s.similarity});
                close();
                continue;
            }
            run.items.push_back({a, s.old_sentence, s.new_sentence,
                                 s.op == diff::SentenceOp::edited, s.similarity});
        }
        close();
    }
    return runs;
}

void cancel_moved_sentences(std::vector<Run>& runs, const document::Document& older,
                            const document::Document& newer, std::vector<Passage>& moves) {
    std::unordered_map<std::string, std::vector<std::pair<std::size_t, std::size_t>>> removed;
    for (std::size_t r = 0; r < runs.size(); ++r) {
        for (std::size_t i = 0; i < runs[r].items.size(); ++i) {
            const auto& item = runs[r].items[i];
            if (item.old_ref && !item.new_ref) {
                removed[text::normalize(sentence_text(older, *item.old_ref))].push_back({r, i});
            }
        }
    }
    std::vector<std::vector<bool>> drop(runs.size());
    for (std::size_t r = 0; r < runs.size(); ++r) {
        drop[r].assign(runs[r].items.size(), false);
    }
    for (std::size_t r = 0; r < runs.size(); ++r) {
        for (std::size_t i = 0; i < runs[r].items.size(); ++i) {
            const auto& item = runs[r].items[i];
            if (!item.new_ref || item.old_ref) {
                continue;
            }
            const auto found = removed.find(text::normalize(sentence_text(newer, *item.new_ref)));
            if (found == removed.end() || found->second.empty()) {
                continue;
            }
            const auto [rr, ii] = found->second.front();
            found->second.erase(found->second.begin());
            drop[r][i] = true;
            drop[rr][ii] = true;
            moves.push_back(
                {runs[r].entry, {}, {*runs[rr].items[ii].old_ref}, {*item.new_ref}, true});
        }
    }
    for (std::size_t r = 0; r < runs.size(); ++r) {
        std::vector<RunItem> kept;
        for (std::size_t i = 0; i < runs[r].items.size(); ++i) {
            if (!drop[r][i]) {
                kept.push_back(runs[r].items[i]);
            }
        }
        runs[r].items = std::move(kept);
    }
}

} // namespace detail

namespace {

// A sentence pair the diff aligned with a similarity below this is a claim replaced by another
// (a removed claim and an added one), not an edit of one claim.
constexpr double kReplacedBelow = 0.5;

// An unpaired sentence belongs to an edited pair's passage (a split or a merge) when at least
// this share of the smaller of its content words and the words the pair's edit took out (or put
// in) are the same words, and at least kSpreadMinWords of them; or all of them when the smaller
// set holds a single word (the commonest merge, "Voss is prudent. Voss was candid." -> "Voss is
// prudent and was candid.", puts one content word in: the characterization itself).
constexpr double kSpreadShare = 0.5;
constexpr std::size_t kSpreadMinWords = 2;

// The content words of a text, lowercased: words of four letters or more, so that "the", "of"
// and "was" never tie two sentences together.
std::vector<std::string> content_words(std::string_view text) {
    constexpr std::size_t kContentWordLength = 4;
    std::vector<std::string> words;
    for (const auto& token : text::tokenize(text)) {
        if (token.kind != text::TokenKind::word || token.end - token.begin < kContentWordLength) {
            continue;
        }
        words.push_back(
            redraft::text::ascii_lowercase(text.substr(token.begin, token.end - token.begin)));
    }
    std::sort(words.begin(), words.end());
    return words;
}

std::size_t shared_words(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    std::size_t shared = 0;
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] == b[j]) {
            ++shared, ++i, ++j;
        } else if (a[i] < b[j]) {
            ++i;
        } else {
            ++j;
        }
    }
    return shared;
}

// The words an edit took out of the old sentence (WordOp::remove) or put into the new one.
std::vector<std::string> edited_words(const diff::SentenceAlignment& alignment, diff::WordOp op) {
    std::string text;
    for (const auto& w : alignment.words) {
        if (w.op == op) {
            text += w.text;
            text += ' ';
        }
    }
    return content_words(text);
}

// The content words of a sentence, each folded over British and American spelling.
std::vector<std::string> folded_content_words(std::string_view text) {
    std::vector<std::string> words = content_words(text);
    for (auto& word : words) {
        word = fold_spelling(std::move(word));
    }
    std::sort(words.begin(), words.end());
    return words;
}

// A removed sentence whose content words an added one keeps whole, respelled at most, is one
// claim extended or edited in its short words, not one replaced: "Olander has since apologised." ->
// "Olander has since apologized: “I was too slow,” she said." (the diff pairs them not, the old
// being too little of the new). Each removed sentence of a passage of its own joins the first such
// added one (or the passage that one joined), when it has kSpreadMinWords content words or more.
void join_extensions(const std::vector<RunItem>& items, std::vector<std::size_t>& group,
                     const document::Document& older, const document::Document& newer) {
    // The added sentences' words, read once and only where a removed sentence stands alone.
    std::vector<std::vector<std::string>> added;
    bool read = false;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].new_ref || !items[i].old_ref || group[i] != i) {
            continue;
        }
        const auto old_words = folded_content_words(sentence_text(older, *items[i].old_ref));
        if (old_words.size() < kSpreadMinWords) {
            continue;
        }
        if (!read) {
            read = true;
            added.resize(items.size());
            for (std::size_t j = 0; j < items.size(); ++j) {
                if (!items[j].old_ref && items[j].new_ref) {
                    added[j] = folded_content_words(sentence_text(newer, *items[j].new_ref));
                }
            }
        }
        for (std::size_t j = 0; j < items.size(); ++j) {
            if (items[j].old_ref || !items[j].new_ref) {
                continue;
            }
            // Equal words too: a short sentence edited only in its short words ("Vell is not
            // careless." -> "Vell can be careless.", QA pass q27) is one claim turned, though
            // the diff's similarity, which counts every word, pairs it with nothing.
            if (added[j].size() >= old_words.size() &&
                shared_words(old_words, added[j]) == old_words.size()) {
                // An added sentence that already joined a split or a merge takes this one into
                // that passage: "A. B, and C." -> "A, and B. C." moved a clause across the
                // sentence boundary, and "A." is still all there.
                if (group[j] == j) {
                    group[j] = i;
                } else {
                    group[i] = group[j];
                }
                break;
            }
        }
    }
}

// Cuts each run into passages: the sentences of one claim and its edit. A pair aligned below
// kReplacedBelow becomes a removed and an added sentence. A sentence without a partner joins
// the edited pair whose edit took its words out of the old sentence (a split) or put another
// sentence's words into the new one (a merge); otherwise it is a passage of its own, a claim
// added or removed whole.
void split_passages_into(std::span<const Run> runs, const diff::DocumentDiff& diff,
                         const document::Document& older, const document::Document& newer,
                         std::vector<Run>& passages) {
    for (const auto& run : runs) {
        std::vector<RunItem> items;
        for (const auto& item : run.items) {
            if (item.old_ref && item.new_ref && item.edited && item.similarity < kReplacedBelow) {
                items.push_back({item.alignment, item.old_ref, std::nullopt, false, 0.0});
                items.push_back({item.alignment, std::nullopt, item.new_ref, false, 0.0});
            } else {
                items.push_back(item);
            }
        }
        // The words each edited pair's edit took out and put in, computed once per run (and
        // not at all for runs without an edited pair: added or removed paragraphs).
        struct Edit {
            std::size_t item = 0;
            std::vector<std::string> removed, inserted;
        };
        std::vector<Edit> edits;
        for (std::size_t p = 0; p < items.size(); ++p) {
            if (items[p].old_ref && items[p].new_ref && items[p].edited) {
                // An edited pair is one of the entry's own sentences (synthesized ones are
                // added or removed).
                const auto& alignment = diff.paragraphs[run.entry].sentences[items[p].alignment];
                edits.push_back({p, edited_words(alignment, diff::WordOp::remove),
                                 edited_words(alignment, diff::WordOp::insert)});
            }
        }
        // group[i]: the item whose passage item i joins (itself when it starts one).
        std::vector<std::size_t> group(items.size());
        for (std::size_t i = 0; i < items.size(); ++i) {
            group[i] = i;
            const auto& item = items[i];
            if ((item.old_ref && item.new_ref) || edits.empty()) {
                continue;
            }
            const bool added = item.new_ref.has_value();
            const auto words = content_words(added ? sentence_text(newer, *item.new_ref)
                                                   : sentence_text(older, *item.old_ref));
            double best = 0.0;
            for (const auto& edit : edits) {
                // A split moves words out of the old sentence, a merge into the new one.
                const auto& moved = added ? edit.removed : edit.inserted;
                const std::size_t shared = shared_words(words, moved);
                const std::size_t smaller = std::min(words.size(), moved.size());
                if (smaller == 0 || shared < std::min(kSpreadMinWords, smaller)) {
                    continue;
                }
                const double share = static_cast<double>(shared) / static_cast<double>(smaller);
                if (share < kSpreadShare || share <= best) {
                    continue;
                }
                // One shared word ties a sentence to the edit only when the sentence was mostly
                // the other one's: "Voss was candid." is in "Voss is prudent and was candid.",
                // while "Aranda is not a cold man, though he can seem distant." merely takes up
                // the "cold" an edit dropped elsewhere.
                if (shared < kSpreadMinWords) {
                    const auto& partner = items[edit.item];
                    const auto partner_words =
                        content_words(added ? sentence_text(older, *partner.old_ref)
                                            : sentence_text(newer, *partner.new_ref));
                    if (static_cast<double>(shared_words(words, partner_words)) <
                        kSpreadShare * static_cast<double>(words.size())) {
                        continue;
                    }
                }
                best = share;
                group[i] = edit.item;
            }
        }
        join_extensions(items, group, older, newer);
        std::vector<std::size_t> order;
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (group[i] == i) {
                order.push_back(i);
            }
        }
        for (const auto leader : order) {
            Run passage{run.entry, {}};
            for (std::size_t i = 0; i < items.size(); ++i) {
                if (group[i] == leader) {
                    passage.items.push_back(items[i]);
                }
            }
            passages.push_back(std::move(passage));
        }
    }
}

} // namespace

namespace detail {

std::vector<Run> split_passages(const std::vector<Run>& runs, const diff::DocumentDiff& diff,
                                const document::Document& older, const document::Document& newer) {
    const std::span<const Run> all(runs);
    const std::size_t half = runs.size() / 2;
    std::vector<Run> first, second;
    system::run_both([&] { split_passages_into(all.first(half), diff, older, newer, first); },
                     [&] { split_passages_into(all.subspan(half), diff, older, newer, second); },
                     runs.size() >= kRunsWorthAThread);
    first.insert(first.end(), std::make_move_iterator(second.begin()),
                 std::make_move_iterator(second.end()));
    return first;
}

} // namespace detail
} // namespace redraft::assess
