#include <redraft/assess/assess.hpp>
#include <redraft/system/parallel.hpp>
#include <redraft/text/ascii.hpp>
#include <redraft/text/edit_distance.hpp>
#include <redraft/text/normalize.hpp>
#include <redraft/text/tokens.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <map>
#include <set>
#include <span>
#include <sstream>
#include <tuple>
#include <unordered_map>

namespace redraft::assess {
namespace {

using claims::Claim;
using claims::Cue;
using claims::CueKind;
using diff::SentenceRef;

// One sentence of a run: its alignment's index in the paragraph entry and its refs.
struct RunItem {
    std::uint32_t alignment = 0;
    std::optional<SentenceRef> old_ref;
    std::optional<SentenceRef> new_ref;
    bool edited = false;     // the text changed (an edited or a moved-and-edited sentence)
    double similarity = 1.0; // of an edited pair, as the diff measured it
};

// Consecutive changed sentences of one paragraph entry; split_passages cuts each into passages
// compared as a whole, so that a sentence split in two or two merged into one is not a claim
// removed and another added.
struct Run {
    std::uint32_t entry = 0; // index into diff.paragraphs
    std::vector<RunItem> items;
};

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

// The words of sentence `ref`, as its paragraph holds them. A paragraph of a document split on
// demand that the diff left whole (an equal one, compared only when the subject carried into it
// changed) is split here, as parse() and the analysis split it, without changing the document.
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
            const bool unchanged =
                s.op == diff::SentenceOp::equal ||
                (s.op == diff::SentenceOp::moved &&
                 std::all_of(s.words.begin(), s.words.end(), [](const diff::WordChange& w) {
                     return w.op == diff::WordOp::equal;
                 }));
            if (unchanged) {
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

// A sentence removed in one place and added, unchanged, in another was moved, even when the
// paragraphs around it changed too much for the diff to pair them: drop both, and record the
// move in `moves`.
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

std::string fold_spelling(std::string word);

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

// Passages of changed sentences from which a comparison's work is cut in two halves worked out
// on two threads: below it a thread costs more than it saves.
constexpr std::size_t kRunsWorthAThread = 64;

// split_passages_into for every run, in order; a long list in two halves side by side.
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

enum class Side { old_side, new_side };

struct CueItem {
    const Cue* cue = nullptr;
    std::size_t item = 0; // index in the run
    bool matched = false;
    // An evidential whose words also attribute: an accusation or a charge ("was accused of").
    bool accusation = false;
    // For a hedge, evidential or booster: the characterization of its sentence it stands next
    // to, in the same clause ("occasionally cruel", "reckless at times"), which it limits; null
    // for one that weighs on the claim as a whole ("Reportedly, she was ...").
    const Cue* limits = nullptr;
};

// Whether `text` holds a clause break: a comma, semicolon, colon, bracket, en dash or em dash.
bool has_clause_break(std::string_view text) {
    return text.find_first_of(",;:()") != std::string_view::npos ||
           text.find("\xe2\x80\x93") != std::string_view::npos ||
           text.find("\xe2\x80\x94") != std::string_view::npos;
}

// The characterization of `cues` that the certainty cue `c` stands right next to in `sentence`:
// at most three words between them, no clause break (a comma, semicolon, colon, bracket or dash)
// and no word that joins clauses, the nearer one when there are two.
const Cue* limited_characterization(std::string_view sentence, std::span<const Cue> cues,
                                    const Cue& c) {
    constexpr std::size_t kBetweenWords = 3;
    const Cue* best = nullptr;
    std::size_t best_gap = SIZE_MAX;
    for (const auto& other : cues) {
        if (other.kind != CueKind::characterization || other.end > sentence.size() ||
            c.end > sentence.size()) {
            continue;
        }
        const bool after = other.begin >= c.end;
        if (!after && other.end > c.begin) {
            continue; // overlapping: no neighbour
        }
        const std::string_view between = after ? sentence.substr(c.end, other.begin - c.end)
                                               : sentence.substr(other.end, c.begin - other.end);
        // The cheap tests first: a gap no nearer than the best, or of more than kBetweenWords
        // words, is ruled out before its bytes are searched (a long gap was searched for each
        // clause break in turn, some 4 M instructions of the 10 MB pair's comparison).
        if (between.size() >= best_gap) {
            continue;
        }
        // Nor past a word that joins or opens another clause: in "a decisive tightening and has
        // arguably kept the council together" *arguably* limits the keeping, not *decisive*.
        static constexpr std::array<std::string_view, 15> joints = {
            "and",    "or",      "nor",   "but",   "although", "though", "whereas", "however",
            "rather", "instead", "while", "which", "who",      "that",   "because"};
        std::size_t words = 0;
        bool joined = false;
        std::size_t at = 0;
        while (at < between.size() && words <= kBetweenWords && !joined) {
            const std::size_t end = std::min(between.find_first_of(" \t\n\r", at), between.size());
            if (end > at) {
                ++words;
                const std::string_view word = between.substr(at, end - at);
                joined = std::any_of(joints.begin(), joints.end(), [&](std::string_view joint) {
                    return text::folds_to(word, joint);
                });
            }
            at = end + 1;
        }
        if (joined || words > kBetweenWords || has_clause_break(between)) {
            continue;
        }
        best = &other;
        best_gap = between.size();
    }
    return best;
}

struct QuantityItem {
    const claims::Quantity* quantity = nullptr;
    std::size_t item = 0;
    // The words right before and after it in its sentence, lowercased ("kessler won" and "of
    // the" around "62%" in "Kessler won 62% of the vote"): a value that kept them moved with
    // its words. Views into the comparison's QuantityWords.
    std::string_view before, after;
};

// The words and numbers next to [begin, end) in `text`, lowercased: up to kContextWords before
// it and as many after, each side joined by spaces (shorter at the sentence's edges).
constexpr std::size_t kContextWords = 2;
std::pair<std::string, std::string> neighbours(std::string_view text,
                                               const std::vector<text::Token>& tokens,
                                               std::uint32_t begin, std::uint32_t end) {
    std::pair<std::string, std::string> words;
    const auto append_lower = [&](std::string& out, const text::Token& t) {
        for (const char c : text.substr(t.begin, t.end - t.begin)) {
            out.push_back(text::ascii_lower(c));
        }
        out.push_back(' ');
    };
    // The last kContextWords words before it, kept in a ring rather than copied one by one.
    std::array<const text::Token*, kContextWords> before{};
    std::size_t before_count = 0;
    std::size_t after_count = 0;
    // Numbers count as words: "9%, 11% and 12%" -> "11%, 9% and 12%" moves each value away
    // from the other, so neither kept its words.
    for (const auto& t : tokens) {
        if (t.kind == text::TokenKind::punctuation) {
            continue;
        }
        if (t.end <= begin) {
            before[before_count++ % kContextWords] = &t;
        } else if (t.begin >= end && after_count < kContextWords) {
            append_lower(words.second, t);
            ++after_count;
        }
    }
    for (std::size_t k = before_count > kContextWords ? before_count - kContextWords : 0;
         k < before_count; ++k) {
        append_lower(words.first, *before[k % kContextWords]);
    }
    return words;
}

// A value holding one word (a month) whose place in the other side's sentence holds the same
// value with a near spelling of that word, between the same words: "she said in Novemeber, and"
// -> "she said in November, and", or "higher on 23 Novmber." -> "higher on 23 November." (where
// the misspelt side reads the day alone as a number), is a spelling corrected into a value (or,
// the other way, broken), a copy-edit, not a value added or removed. Returns the span of the
// other sentence that holds it, so that a number read there inside it ("23") goes too. A word
// with a digit is never a spelling of another ("2025" -> "2026").
struct Span {
    std::uint32_t begin = 0, end = 0;
};
std::optional<Span> respelt_in(const QuantityItem& q, std::string_view other_sentence) {
    const std::string_view written = q.quantity->text;
    const auto has_digit = [](std::string_view w) {
        return std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    const auto parts = text::tokenize(written);
    const auto part = [&](std::size_t k) {
        return written.substr(parts[k].begin, parts[k].end - parts[k].begin);
    };
    // The one word of the value that may be misspelt: the others are digits or punctuation,
    // written the same on both sides.
    std::optional<std::size_t> word;
    for (std::size_t k = 0; k < parts.size(); ++k) {
        if (parts[k].kind == text::TokenKind::word && !has_digit(part(k))) {
            if (word || part(k).size() < 4) {
                return std::nullopt;
            }
            word = k;
        }
    }
    if (!word) {
        return std::nullopt;
    }
    const std::string spelt = text::ascii_lowercase(part(*word));
    const std::size_t allowed = std::max<std::size_t>(1, spelt.size() / 3);
    const auto tokens = text::tokenize(other_sentence);
    const auto at = [&](std::size_t i) {
        return other_sentence.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
    };
    for (std::size_t first = 0; first + parts.size() <= tokens.size(); ++first) {
        bool same = true;
        for (std::size_t k = 0; k < parts.size() && same; ++k) {
            const std::string_view other = at(first + k);
            if (k != *word) {
                same = text::ascii_lowercase(other) == text::ascii_lowercase(part(k));
                continue;
            }
            if (tokens[first + k].kind != text::TokenKind::word || has_digit(other)) {
                same = false;
                continue;
            }
            const std::size_t distance = text::edit_distance(text::ascii_lowercase(other), spelt);
            same = distance > 0 && distance <= allowed;
        }
        if (!same) {
            continue;
        }
        const Span span{tokens[first].begin, tokens[first + parts.size() - 1].end};
        const auto [before, after] = neighbours(other_sentence, tokens, span.begin, span.end);
        if (before == q.before && after == q.after) {
            return span;
        }
    }
    return std::nullopt;
}

struct PassageCues {
    std::vector<CueItem> characterizations, certainty, negations;
    std::vector<QuantityItem> quantities;
    // Quantities of the passage's sentences that are no selected claims ("Together they won a
    // truce that held for 93 days", split off a claim about the subject): a value of a claim
    // that went there with its words moved, it was not dropped.
    std::vector<QuantityItem> other_quantities;
    std::vector<std::size_t> claims; // run items holding a selected claim
};

// The claims a comparison looks at, and the cues of theirs that count: for one subject, a
// characterization inside another person's noun phrase ("Trump’s victory") does not.
struct Selector {
    std::function<bool(const Claim&)> claim;
    std::optional<std::uint32_t> subject; // none: every cue counts
};

// The words around each quantity of the claims compared (neighbours), worked out once per
// comparison: a passage is collected on both sides once per subject and once more for the
// sentence notes, and its sentences were tokenized again each time.
using QuantityWords =
    std::unordered_map<const claims::Quantity*, std::pair<std::string, std::string>>;

// The quantities of `claim`, with the words around each, as run item `item`.
void add_quantities(const Claim& claim, const SentenceRef& ref, const document::Document& doc,
                    std::size_t item, QuantityWords& words, std::vector<QuantityItem>& out) {
    if (claim.quantities.empty()) {
        return;
    }
    if (!words.contains(&claim.quantities.front())) {
        const std::string_view sentence = sentence_view(doc, ref);
        const auto tokens = text::tokenize(sentence);
        for (const auto& q : claim.quantities) {
            words.emplace(&q, neighbours(sentence, tokens, q.begin, q.end));
        }
    }
    for (const auto& q : claim.quantities) {
        const auto& [before, after] = words.at(&q);
        out.push_back({&q, item, before, after});
    }
}

PassageCues collect(const Run& run, Side side, const document::Document& doc,
                    const claims::DocumentAnalysis& analysis, const Selector& selected,
                    QuantityWords& words) {
    PassageCues passage;
    for (std::size_t i = 0; i < run.items.size(); ++i) {
        const auto& ref = side == Side::old_side ? run.items[i].old_ref : run.items[i].new_ref;
        if (!ref) {
            continue;
        }
        const Claim& claim = analysis.claim(ref->paragraph, ref->sentence);
        if (!selected.claim(claim)) {
            add_quantities(claim, *ref, doc, i, words, passage.other_quantities);
            continue;
        }
        passage.claims.push_back(i);
        const std::string_view sentence = sentence_view(doc, *ref);
        for (const auto& cue : claim.cues) {
            if (selected.subject && !cue.counts_for(*selected.subject)) {
                continue;
            }
            switch (cue.kind) {
            case CueKind::characterization:
                passage.characterizations.push_back({&cue, i});
                break;
            case CueKind::hedge:
            case CueKind::evidential:
            case CueKind::booster:
                if (cue.weight != 0.0) {
                    const bool accusation =
                        cue.kind == CueKind::evidential &&
                        std::any_of(claim.cues.begin(), claim.cues.end(), [&](const Cue& other) {
                            return other.kind == CueKind::attribution && other.begin == cue.begin &&
                                   other.end == cue.end;
                        });
                    passage.certainty.push_back(
                        {&cue, i, false, accusation,
                         limited_characterization(sentence, claim.cues, cue)});
                }
                break;
            case CueKind::negation:
                passage.negations.push_back({&cue, i}); // reported only when it governs nothing
                break;
            case CueKind::attribution:
            case CueKind::intensifier:
            case CueKind::downtoner:
                break;
            }
        }
        add_quantities(claim, *ref, doc, i, words, passage.quantities);
    }
    return passage;
}

// Greedy pairing of the unmatched items of both sides that satisfy `same`, in reading order.
template <typename Item, typename Same, typename OnPair>
void pair_up(std::vector<Item>& olds, std::vector<Item>& news, Same same, OnPair on_pair) {
    for (auto& n : news) {
        if (n.matched) {
            continue;
        }
        for (auto& o : olds) {
            if (!o.matched && same(o, n)) {
                o.matched = true;
                n.matched = true;
                on_pair(o, n);
                break;
            }
        }
    }
}

bool is_vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// One lowercase word folded over British and American spelling, family by family. Each family
// rewrites the British core of a word followed by one of its endings, when at least `stem`
// letters come before the core; both spellings of a word then have the same key, while two
// different words never meet (no real word shares a key with another word's other spelling:
// tested on the shipped lexicon).
std::string fold_spelling(std::string word) {
    struct Family {
        std::string_view british;
        std::string_view american;
        std::initializer_list<std::string_view> endings;
        std::size_t stem;
    };
    // -ise/-ize and -yse/-yze: "criticise", "recognisable", "moderniser", "organisation".
    // -our/-or: "colour", "colourless", "honourable", "favourite", "behavioural".
    // -ence/-ense: "defence", "offences", "defenceless". -ogue/-og: "catalogue", "dialogues".
    // -dgement/-dgment: "judgement", "acknowledgements".
    static const Family families[] = {
        {"is",
         "iz",
         {"e", "es", "ed", "ing", "er", "ers", "able", "ably", "ability", "ation", "ations",
          "ational", "ationally"},
         3},
        {"ys", "yz", {"e", "es", "ed", "ing", "er", "ers"}, 3},
        {"our",
         "or",
         {"", "s", "ed", "ing", "er", "ers", "able", "ably", "ful", "fully", "less", "ite", "ites",
          "al", "ally", "ism", "ist", "ists"},
         3},
        {"ence", "ense", {"", "s", "less"}, 3},
        {"ogue", "og", {"", "s"}, 3},
        {"dgement", "dgment", {"", "s"}, 2},
    };
    for (const auto& family : families) {
        // Most words hold no family's core at all: those skip its endings.
        if (std::string_view(word).find(family.british) == std::string_view::npos) {
            continue;
        }
        for (const std::string_view ending : family.endings) {
            const std::size_t tail = family.british.size() + ending.size();
            if (word.size() < tail || !word.ends_with(ending) ||
                std::string_view(word).substr(word.size() - tail, family.british.size()) !=
                    family.british) {
                continue;
            }
            const std::size_t stem = word.size() - tail;
            // "odour" has a stem of two letters; "scour", "flour" and "hour" are no "-our" words.
            const bool short_our = family.british == "our" && stem == 2 && is_vowel(word[0]);
            if (stem >= family.stem || short_our) {
                return word.substr(0, stem) + std::string(family.american) + std::string(ending);
            }
        }
    }
    // -re/-er after b, g, t or v: "centre", "centres", "centred", "centring", "fibre", "meagre",
    // "manoeuvre" ("timbre" is no "timber").
    static constexpr std::pair<std::string_view, std::string_view> re_endings[] = {
        {"re", "er"}, {"res", "ers"}, {"red", "ered"}, {"ring", "ering"}};
    for (const auto& [british, american] : re_endings) {
        if (word.size() >= british.size() + 3 && word.ends_with(british) && word != "timbre" &&
            word != "timbres") {
            const char before = word[word.size() - british.size() - 1];
            if (before == 'b' || before == 'g' || before == 't' || before == 'v') {
                return word.substr(0, word.size() - british.size()) + std::string(american);
            }
        }
    }
    // Doubled l: "travelled", "traveller", "fulfil(l)", "enrol(l)ment", "skil(l)ful", "wil(l)ful".
    // One l after a vowel, with at least three letters before it ("filled" is no "filed"), or
    // two before -ful and -ment.
    static constexpr std::string_view l_endings[] = {"ed",  "ing",   "er",   "ers",   "or", "ors",
                                                     "ful", "fully", "ment", "ments", ""};
    if (word.find('l') == std::string::npos) {
        return word; // most words: no l to double or undouble
    }
    for (const std::string_view ending : l_endings) {
        if (word.size() < ending.size() + 1 || !word.ends_with(ending)) {
            continue;
        }
        const std::size_t min_stem =
            ending == "ful" || ending == "fully" || ending == "ment" || ending == "ments" ? 2 : 3;
        const std::size_t ls = word.size() - ending.size();
        // the l or ll right before the ending
        std::size_t first_l = ls;
        while (first_l > 0 && word[first_l - 1] == 'l') {
            --first_l;
        }
        const std::size_t count = ls - first_l;
        if ((count == 1 || count == 2) && first_l >= min_stem && is_vowel(word[first_l - 1]) &&
            !(ending.empty() && count == 1)) {
            return word.substr(0, first_l) + "l" + std::string(ending);
        }
    }
    return word;
}

} // namespace

// Text folded over British and American spelling ("criticised" and "criticized", "favour" and
// "favor", "colourless" and "colorless", "recognisable", "moderniser", "defence", "centre",
// "skilful", "travelled", "judgement"), so that a house-style copy-edit changes no holder and
// no lexicon row. Only for comparing two revisions' words, never for matching the lexicon.
std::string spelling_key(std::string_view text) {
    const std::string out = redraft::text::ascii_lowercase(text);
    std::string folded;
    std::size_t start = 0;
    while (start <= out.size()) {
        std::size_t end = start;
        while (end < out.size() && out[end] >= 'a' && out[end] <= 'z') {
            ++end;
        }
        folded += fold_spelling(out.substr(start, end - start));
        if (end < out.size()) {
            folded.push_back(out[end]);
        }
        start = end + 1;
    }
    return folded;
}

// Folding keeps the first two letters of every word (each family, -re and doubled-l rewrite
// only after a stem of two letters or more), so texts whose first bytes differ have different
// keys: most pairs compared (the cues of one passage) are told apart without two keys built.
bool same_spelling(std::string_view a, std::string_view b) {
    if (a == b) {
        return true;
    }
    if (a.empty() || b.empty() || text::ascii_lower(a.front()) != text::ascii_lower(b.front())) {
        return false;
    }
    return spelling_key(a) == spelling_key(b);
}

namespace {

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

struct LocatedChange {
    AssessmentChange change;
    std::optional<std::size_t> old_item; // run items the change points at
    std::optional<std::size_t> new_item;
    // The passage's other claims, quoted after the first: a reworded split or merge shows the
    // whole of each side ("A, and B." -> "A. B."), not its first sentence alone.
    std::vector<std::size_t> more_old, more_new;
};

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
        std::vector<claims::QuantityKind> kinds;
        for (const auto* side : {&olds.quantities, &news.quantities}) {
            for (const auto& q : *side) {
                if (std::find(kinds.begin(), kinds.end(), q.quantity->kind) == kinds.end()) {
                    kinds.push_back(q.quantity->kind);
                }
            }
        }
        for (const auto kind : kinds) {
            std::vector<const QuantityItem*> o;
            std::vector<const QuantityItem*> n;
            for (const auto& q : olds.quantities) {
                if (q.quantity->kind == kind) {
                    o.push_back(&q);
                }
            }
            for (const auto& q : news.quantities) {
                if (q.quantity->kind == kind) {
                    n.push_back(&q);
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
        for (const auto* item : added) {
            add(ChangeKind::number_changed, item->quantity->text, {item->quantity->text}, {},
                std::nullopt, item->item, "", item->quantity->text);
        }
        for (const auto* item : removed) {
            add(ChangeKind::number_changed, item->quantity->text, {item->quantity->text}, {},
                item->item, std::nullopt, item->quantity->text, "");
        }
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

// Whether a sentence whose words did not change holds its judgements otherwise: a verdict on
// them in the sentence after it came or went ("Brask is right." after his quotation makes his
// reproaches the author's; task s1), so that their holder or negation changed, or a paragraph
// equal by comparison key is analysed apart and counts one more or fewer ("RUTTE WAS FIRM" ->
// "Rutte was firm").
bool views_changed(const Claim& before, const Claim& after) {
    const auto judgement = [](const claims::Cue& c) {
        return c.kind == claims::CueKind::characterization;
    };
    auto a = before.cues.begin();
    auto b = after.cues.begin();
    while (true) {
        a = std::find_if(a, before.cues.end(), judgement);
        b = std::find_if(b, after.cues.end(), judgement);
        if (a == before.cues.end() || b == after.cues.end()) {
            return (a == before.cues.end()) != (b == after.cues.end());
        }
        if (a->holder_key != b->holder_key || a->negated != b->negated) {
            return true;
        }
        ++a;
        ++b;
    }
}

// The changes of such a sentence, as the comparison of an edited sentence names them
// (attribution_changed, negated).
void add_changed_views(const SentenceRef& o, const SentenceRef& n, const Revision& older,
                       const Revision& newer, std::uint32_t subject,
                       std::vector<AssessmentChange>& changes) {
    const Run pair{0, {RunItem{0, o, n, true, 1.0}}};
    QuantityWords words; // the same words: its numbers did not change
    for (auto& located : compare_run(
             pair, older, newer,
             Selector{[subject](const Claim& c) { return c.is_about(subject); }, subject}, words)) {
        auto& c = located.change;
        c.old_sentence = o;
        c.new_sentence = n;
        c.old_text = sentence_text(older.doc, o);
        c.new_text = sentence_text(newer.doc, n);
        changes.push_back(std::move(c));
    }
}

// A sentence whose words did not change can still stop or start being about a subject when
// its paragraph changed around it: a split leaves "She was effective" in a paragraph that no
// longer names her. The profile counts it on one side only, so it is reported as a claim
// removed or added, citing the words that made it about her (or that no longer do).
void add_aboutness_change(const SentenceRef& o, const SentenceRef& n, const Revision& older,
                          const Revision& newer, std::uint32_t subject,
                          std::vector<AssessmentChange>& changes) {
    const Claim& before = older.analysis.claim(o.paragraph, o.sentence);
    const Claim& after = newer.analysis.claim(n.paragraph, n.sentence);
    if (before.is_about(subject) == after.is_about(subject)) {
        if (before.is_about(subject) && views_changed(before, after)) {
            add_changed_views(o, n, older, newer, subject, changes);
        }
        return;
    }
    AssessmentChange change;
    const bool gained = after.is_about(subject);
    change.kind = gained ? ChangeKind::claim_added : ChangeKind::claim_removed;
    const claims::Mention* mention = (gained ? after : before).mention_of(subject);
    if (mention != nullptr) {
        change.cues.emplace_back(mention->words);
    }
    // What the claim brings or takes with it, as the same sentence added or removed
    // would report it: its characterizations and others' views moved the scores too.
    const Run alone{0,
                    {RunItem{0, gained ? std::nullopt : std::optional<SentenceRef>(o),
                             gained ? std::optional<SentenceRef>(n) : std::nullopt, false, 0.0}}};
    std::vector<AssessmentChange> brought;
    QuantityWords words; // a claim added or removed whole: its numbers are not compared
    for (auto& located : compare_run(
             alone, older, newer,
             Selector{[subject](const Claim& c) { return c.is_about(subject); }, subject}, words)) {
        if (located.change.kind == change.kind) { // its hedges: "(with 'arguably')"
            for (auto& cue : located.change.cues) {
                change.cues.push_back(std::move(cue));
            }
            for (auto& id : located.change.lexicon_ids) {
                change.lexicon_ids.push_back(std::move(id));
            }
            continue;
        }
        brought.push_back(std::move(located.change));
    }
    brought.push_back(std::move(change));
    for (auto& c : brought) {
        c.old_sentence = o;
        c.new_sentence = n;
        c.old_text = sentence_text(older.doc, o);
        c.new_text = sentence_text(newer.doc, n);
        changes.push_back(std::move(c));
    }
}

// The sentences unchanged in words whose paragraphs changed around them: paired by the diff, or
// moved to a place it did not pair (`passages` marked moved); and those of a paragraph the diff
// found equal but the two revisions analyse apart: equal by comparison key but not in text or
// kind ("The Bank" -> "The bank", a paragraph turned block quotation), or with another subject
// carried into it ([analysis] pronouns_across_paragraphs: "She was brilliant" after a paragraph
// that now ends on someone else).
std::vector<AssessmentChange> aboutness_changes(const diff::DocumentDiff& diff,
                                                const std::vector<Passage>& passages,
                                                const Revision& older, const Revision& newer,
                                                std::uint32_t subject) {
    std::vector<AssessmentChange> changes;
    for (const auto& entry : diff.paragraphs) {
        if (entry.op == diff::ParagraphOp::equal) {
            // An equal paragraph shares one analysis between the revisions, unless it is
            // analysed apart (see above).
            for (std::size_t k = 0;
                 k < entry.old_paragraphs.size() && k < entry.new_paragraphs.size(); ++k) {
                const auto o = entry.old_paragraphs[k];
                const auto n = entry.new_paragraphs[k];
                const auto& before = older.analysis.paragraphs[o];
                const auto& after = newer.analysis.paragraphs[n];
                if (before == after || before == nullptr || after == nullptr) {
                    continue;
                }
                const std::size_t sentences = std::min(before->claims.size(), after->claims.size());
                for (std::uint32_t c = 0; c < sentences; ++c) {
                    add_aboutness_change({o, c}, {n, c}, older, newer, subject, changes);
                }
            }
            continue;
        }
        for (const auto& sentence : entry.sentences) {
            if ((sentence.op == diff::SentenceOp::equal ||
                 sentence.op == diff::SentenceOp::moved) &&
                sentence.old_sentence && sentence.new_sentence) {
                add_aboutness_change(*sentence.old_sentence, *sentence.new_sentence, older, newer,
                                     subject, changes);
            }
        }
    }
    for (const auto& passage : passages) {
        if (passage.moved && passage.old_sentences.size() == 1 &&
            passage.new_sentences.size() == 1) {
            add_aboutness_change(passage.old_sentences[0], passage.new_sentences[0], older, newer,
                                 subject, changes);
        }
    }
    return changes;
}

// The diff's sentence alignments that pair an old sentence with a new one, found by the pair.
class PairedAlignments {
public:
    struct Row {
        std::array<std::uint32_t, 4> pair; // old paragraph and sentence, new paragraph and sentence
        std::uint32_t entry = 0;           // index into diff.paragraphs
        std::uint32_t alignment = 0;       // index into its sentences
    };

    explicit PairedAlignments(const diff::DocumentDiff& diff) {
        for (std::uint32_t e = 0; e < diff.paragraphs.size(); ++e) {
            const auto& sentences = diff.paragraphs[e].sentences;
            for (std::uint32_t k = 0; k < sentences.size(); ++k) {
                if (sentences[k].old_sentence && sentences[k].new_sentence) {
                    rows_.push_back(
                        {key(*sentences[k].old_sentence, *sentences[k].new_sentence), e, k});
                }
            }
        }
        // Stable: the alignments of one pair stay in the diff's order.
        std::stable_sort(rows_.begin(), rows_.end(), by_pair);
    }

    // Every alignment of `o` with `n`, in the diff's order.
    std::span<const Row> find(const SentenceRef& o, const SentenceRef& n) const {
        const auto [first, last] =
            std::equal_range(rows_.begin(), rows_.end(), Row{key(o, n)}, by_pair);
        return {first, last};
    }

private:
    static std::array<std::uint32_t, 4> key(const SentenceRef& o, const SentenceRef& n) {
        return {o.paragraph, o.sentence, n.paragraph, n.sentence};
    }
    static bool by_pair(const Row& a, const Row& b) { return a.pair < b.pair; }
    std::vector<Row> rows_;
};

AssessmentChange place(const LocatedChange& located, const Run& run, const Revision& older,
                       const Revision& newer) {
    AssessmentChange change = located.change;
    if (located.old_item) {
        change.old_sentence = run.items[*located.old_item].old_ref;
    }
    if (located.new_item) {
        change.new_sentence = run.items[*located.new_item].new_ref;
    }
    if (change.old_sentence) {
        change.old_text = sentence_text(older.doc, *change.old_sentence);
        for (const std::size_t item : located.more_old) {
            if (const auto& ref = run.items[item].old_ref) {
                *change.old_text += " " + sentence_text(older.doc, *ref);
            }
        }
    }
    if (change.new_sentence) {
        change.new_text = sentence_text(newer.doc, *change.new_sentence);
        for (const std::size_t item : located.more_new) {
            if (const auto& ref = run.items[item].new_ref) {
                *change.new_text += " " + sentence_text(newer.doc, *ref);
            }
        }
    }
    return change;
}

} // namespace

std::string chosen_subject_sentence(const Assessment& assessment) {
    if (assessment.chosen_subject.empty()) {
        return {};
    }
    if (!assessment.passed_over.empty()) {
        return "No subject configured: redraft chose " + assessment.chosen_subject +
               ", the person the older revision names most often (the newer names " +
               assessment.passed_over + " more, but only in passages the edit added).";
    }
    return "No subject configured: redraft chose " + assessment.chosen_subject +
           (assessment.chosen_from_older
                ? ", the person the older revision names most often (the newer names nobody)."
                : ", the person the newer revision names most often.");
}

std::string_view to_string(ChangeKind kind) {
    static constexpr std::string_view names[] = {
        "claim_added",      "claim_removed",  "characterization_added", "characterization_removed",
        "polarity_shift",   "hedged",         "strengthened",           "negated",
        "negation_removed", "number_changed", "attribution_changed",    "reworded"};
    return names[static_cast<std::size_t>(kind)];
}

Assessment compare(const Revision& older, const Revision& newer, const diff::DocumentDiff& diff,
                   const std::vector<claims::Subject>& subjects,
                   const std::vector<claims::Dimension>& configured) {
    Assessment result;
    result.dimensions = claims::dimension_names(configured);
    result.configured = configured;
    std::vector<Run> runs = build_runs(diff, older.doc, newer.doc);
    std::vector<Passage> moves;
    cancel_moved_sentences(runs, older.doc, newer.doc, moves);
    runs = split_passages(runs, diff, older.doc, newer.doc);
    for (const auto& run : runs) {
        Passage passage;
        passage.entry = run.entry;
        const bool listed = !diff.paragraphs[run.entry].sentences.empty();
        for (const auto& item : run.items) {
            if (listed && std::find(passage.alignments.begin(), passage.alignments.end(),
                                    item.alignment) == passage.alignments.end()) {
                passage.alignments.push_back(item.alignment);
            }
            if (item.old_ref) {
                passage.old_sentences.push_back(*item.old_ref);
            }
            if (item.new_ref) {
                passage.new_sentences.push_back(*item.new_ref);
            }
        }
        result.passages.push_back(std::move(passage));
    }
    for (auto& move : moves) {
        result.passages.push_back(std::move(move));
    }

    // Each subject's changes and the per-sentence notes read the same runs and write apart: on a
    // large diff they are worked out side by side (each with its own numbers' words).
    result.subjects.resize(subjects.size());
    const auto subject_changes = [&] {
        QuantityWords quantity_words;
        for (std::uint32_t s = 0; s < subjects.size(); ++s) {
            SubjectAssessment& subject = result.subjects[s];
            subject.subject = subjects[s].name;
            // Counts and scores only: a comparison shows no characterization list or claim list.
            const auto profile = [&](const Revision& side) {
                return claims::profile_from_sums(
                    side.sums != nullptr
                        ? (*side.sums)[s]
                        : claims::profile_sums(side.analysis, s, result.dimensions),
                    subjects[s].name, result.dimensions);
            };
            system::run_both([&] { subject.old_profile = profile(older); },
                             [&] { subject.new_profile = profile(newer); },
                             older.sums == nullptr &&
                                 older.analysis.paragraphs.size() >= system::kParallelParagraphs);
            const Selector about{[s](const Claim& c) { return c.is_about(s); }, s};
            for (const auto& run : runs) {
                for (const auto& located : compare_run(run, older, newer, about, quantity_words)) {
                    subject.changes.push_back(place(located, run, older, newer));
                }
            }
            for (auto& change : aboutness_changes(diff, result.passages, older, newer, s)) {
                subject.changes.push_back(std::move(change));
            }
        }
    };

    // Per sentence: every claim counts, whoever it is about.
    result.sentence_notes.resize(diff.paragraphs.size());
    for (std::size_t e = 0; e < diff.paragraphs.size(); ++e) {
        result.sentence_notes[e].resize(diff.paragraphs[e].sentences.size());
    }
    const auto sentence_notes = [&] {
        QuantityWords quantity_words;
        const Selector any{[](const Claim& c) { return c.declarative; }, std::nullopt};
        for (const auto& run : runs) {
            auto& notes = result.sentence_notes[run.entry];
            if (notes.empty()) {
                continue; // an added or removed paragraph listed without sentences
            }
            for (const auto& located : compare_run(run, older, newer, any, quantity_words)) {
                const auto item = located.change.kind == ChangeKind::claim_removed ||
                                          (located.old_item && !located.new_item)
                                      ? located.old_item
                                      : (located.new_item ? located.new_item : located.old_item);
                if (!item) {
                    continue;
                }
                notes[run.items[*item].alignment].push_back(
                    {located.change.kind, located.change.cues, located.change.old_value,
                     located.change.new_value, located.change.cue_side});
            }
        }
    };
    system::run_both(subject_changes, sentence_notes, runs.size() >= kRunsWorthAThread);
    // A sentence whose words changed little but which started or stopped being about a subject
    // ("She lost" -> "Berg lost") is that subject's claim added or removed: its note says so
    // rather than "reworded", as the subject's list does. The alignments of each such pair are
    // looked up, not searched for through the whole diff per change (8 M instructions at 10 MB).
    std::optional<PairedAlignments> paired;
    for (const auto& subject : result.subjects) {
        for (const auto& change : subject.changes) {
            if ((change.kind != ChangeKind::claim_added &&
                 change.kind != ChangeKind::claim_removed) ||
                !change.old_sentence || !change.new_sentence) {
                continue;
            }
            if (!paired) {
                paired.emplace(diff);
            }
            for (const auto& at : paired->find(*change.old_sentence, *change.new_sentence)) {
                if (at.alignment >= result.sentence_notes[at.entry].size()) {
                    continue;
                }
                auto& notes = result.sentence_notes[at.entry][at.alignment];
                std::erase_if(notes, [](const SentenceNote& note) {
                    return note.kind == ChangeKind::reworded;
                });
                if (std::none_of(notes.begin(), notes.end(), [&](const SentenceNote& note) {
                        return note.kind == change.kind;
                    })) {
                    notes.push_back({change.kind, change.cues, change.old_value, change.new_value,
                                     change.cue_side});
                }
            }
        }
    }
    return result;
}

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
