// compare() on whole documents: the edge cases of the diff issue, every op, every threshold at
// its limit.

#include <redraft/diff/diff.hpp>

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <fstream>
#include <sstream>

#include "diff_checks.hpp"

namespace redraft::diff {
namespace {

using testing::check_diff;
using testing::parse_plain;

std::string essay() {
    std::ifstream in(std::string(REDRAFT_SOURCE_DIR) + "/fixtures/rutte/r1.txt");
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::vector<std::string> paragraphs_of(const std::string& text) {
    std::vector<std::string> out;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t end = text.find("\n\n", at);
        if (end == std::string::npos) {
            end = text.size();
        }
        std::string p = text.substr(at, end - at);
        while (!p.empty() && (p.back() == '\n' || p.back() == ' ')) {
            p.pop_back();
        }
        std::size_t first = p.find_first_not_of("\n ");
        if (first != std::string::npos) {
            out.push_back(p.substr(first));
        }
        at = end + 2;
    }
    return out;
}

std::string join(const std::vector<std::string>& paragraphs) {
    std::string out;
    for (const auto& p : paragraphs) {
        out += p + "\n\n";
    }
    return out;
}

struct Run {
    document::Document older, newer;
    DocumentDiff diff;
};

Run run(const std::string& a, const std::string& b, const DiffOptions& options = {}) {
    Run r{parse_plain(a, options.comparison), parse_plain(b, options.comparison), {}};
    r.diff = compare(r.older, r.newer, options);
    EXPECT_EQ(check_diff(r.diff, r.older, r.newer), "");
    return r;
}

std::string ops(const DocumentDiff& d) {
    std::string out;
    for (const auto& p : d.paragraphs) {
        if (p.op == ParagraphOp::equal) {
            continue;
        }
        out += std::string(to_string(p.op)) + "(";
        for (auto o : p.old_paragraphs) {
            out += std::to_string(o) + " ";
        }
        out += "->";
        for (auto n : p.new_paragraphs) {
            out += " " + std::to_string(n);
        }
        out += ") ";
    }
    return out;
}

const ParagraphAlignment* first_changed(const DocumentDiff& d) {
    for (const auto& p : d.paragraphs) {
        if (p.op != ParagraphOp::equal) {
            return &p;
        }
    }
    return nullptr;
}

TEST(Compare, Identical) {
    const auto r = run(essay(), essay());
    EXPECT_FALSE(r.diff.has_changes());
    EXPECT_EQ(r.diff.summary.equal, r.newer.paragraphs.size());
}

TEST(Compare, EmptyAgainstNonEmptyAndTheReverse) {
    const auto added = run("", essay());
    EXPECT_EQ(added.diff.summary.added, added.newer.paragraphs.size());
    EXPECT_GT(added.diff.summary.words_inserted, 2000u);
    const auto removed = run(essay(), "");
    EXPECT_EQ(removed.diff.summary.removed, removed.older.paragraphs.size());
    EXPECT_FALSE(run("", "").diff.has_changes());
}

TEST(Compare, OneWordEdited) {
    auto p = paragraphs_of(essay());
    const std::string old_text = join(p);
    p[3].replace(p[3].find("since 2010"), 10, "since late 2010");
    const auto r = run(old_text, join(p));
    EXPECT_EQ(ops(r.diff), "edited(3 -> 3) ");
    const auto* e = first_changed(r.diff);
    ASSERT_NE(e, nullptr);
    std::size_t edited = 0;
    for (const auto& s : e->sentences) {
        edited += s.op == SentenceOp::edited;
    }
    EXPECT_EQ(edited, 1u);
    EXPECT_EQ(r.diff.summary.words_inserted, 1u);
    EXPECT_EQ(r.diff.summary.words_deleted, 0u);
}

TEST(Compare, WordRunsRebuildBothSentencesWithTheirSpaces) {
    // The space after an equal word that only one side has goes with that side's change, so
    // that a rejected change never glues two words ("vainand impulsive").
    const std::pair<std::string, std::string> pairs[] = {
        {"The king was vain and impulsive, and he was old.",
         "The king was vain, impulsive and reckless, and he was old."},
        {"The king was vain and old.", "The king was vain, and old."},
        {"The king was vain, and old.", "The king was vain and old."},
        {"The king was vain and impulsive, and old.", "The king was vain, and old."},
        {"The king was old.", "The king was very old."}};
    for (const auto& [old_text, new_text] : pairs) {
        const auto r = run(old_text + "\n", new_text + "\n");
        const auto* e = first_changed(r.diff);
        ASSERT_NE(e, nullptr) << old_text;
        std::string rejected;
        std::string accepted;
        for (const auto& s : e->sentences) {
            for (const auto& w : s.words) {
                rejected += w.op != WordOp::insert ? w.text : "";
                accepted += w.op != WordOp::remove ? w.text : "";
            }
        }
        EXPECT_EQ(rejected, old_text);
        EXPECT_EQ(accepted, new_text);
    }
    const auto r = run("The king was vain and impulsive, and he was old.\n",
                       "The king was vain, impulsive and reckless, and he was old.\n");
    const auto& words = first_changed(r.diff)->sentences.front().words;
    ASSERT_EQ(words.size(), 4u);
    EXPECT_EQ(words[0].text, "The king was vain");
    EXPECT_EQ(words[1].text, " and impulsive");
    EXPECT_EQ(words[2].text, ", impulsive and reckless");
}

TEST(Compare, EveryParagraphChanged) {
    auto p = paragraphs_of(essay());
    const std::string old_text = join(p);
    for (auto& paragraph : p) {
        paragraph += paragraph.back() == '?' || paragraph.size() < 40 ? " Yes" : " Indeed.";
    }
    const auto r = run(old_text, join(p));
    EXPECT_EQ(r.diff.summary.edited, p.size());
    EXPECT_EQ(r.diff.summary.equal, 0u);
}

TEST(Compare, RepeatedIdenticalParagraphs) {
    const std::string a = "Same text here.\n\nSame text here.\n\nOther.\n\nSame text here.\n";
    const std::string b = "Same text here.\n\nOther.\n\nSame text here.\n";
    const auto r = run(a, b);
    EXPECT_EQ(ops(r.diff), "removed(1 ->) ");
    const auto three = run(b + "\nSame text here.\n", b);
    EXPECT_EQ(ops(three.diff), "removed(3 ->) ");
}

TEST(Compare, MovedParagraph) {
    auto p = paragraphs_of(essay());
    const std::string old_text = join(p);
    const std::string moved = p[5];
    p.erase(p.begin() + 5);
    p.push_back(moved);
    const auto r = run(old_text, join(p));
    const auto* e = first_changed(r.diff);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(ops(r.diff), "moved(5 -> " + std::to_string(p.size() - 1) + ") ");
    EXPECT_DOUBLE_EQ(e->confidence, 1.0);
    EXPECT_DOUBLE_EQ(e->similarity, 1.0);
}

std::string heavy_edit(std::string paragraph) {
    // Every fifth word replaced, and a hedge inserted.
    std::istringstream in(paragraph);
    std::string word, out;
    for (int i = 0; in >> word; ++i) {
        out += (i % 5 == 3 ? "changed" + std::to_string(i) : word) + " ";
    }
    out.pop_back();
    return "Reportedly, " + out;
}

TEST(Compare, MovedAndHeavilyEditedParagraphIsStillAMove) {
    auto p = paragraphs_of(essay());
    const std::string old_text = join(p);
    const std::string moved = heavy_edit(p[4]);
    p.erase(p.begin() + 4);
    p.insert(p.begin() + 12, moved);
    const auto r = run(old_text, join(p));
    EXPECT_EQ(ops(r.diff), "moved(4 -> 12) ");
    const auto* e = first_changed(r.diff);
    ASSERT_NE(e, nullptr);
    EXPECT_GE(e->similarity, DiffOptions{}.move_threshold);
    EXPECT_LT(e->similarity, 0.9);
    EXPECT_EQ(e->confidence, e->similarity);
    // The edits inside the move are shown word by word.
    std::size_t edited = 0;
    for (const auto& s : e->sentences) {
        edited += s.op == SentenceOp::edited;
    }
    EXPECT_GT(edited, 3u);
}

TEST(Compare, HeadingsRenamed) {
    auto p = paragraphs_of(essay());
    const std::string old_text = join(p);
    ASSERT_EQ(p[2], "Mark who?");
    p[2] = "Who is Mark Rutte?";
    EXPECT_EQ(ops(run(old_text, join(p)).diff), "edited(2 -> 2) ");
    // A heading renamed beyond recognition, alone between the same neighbours, is renamed.
    p[2] = "Background";
    EXPECT_EQ(ops(run(old_text, join(p)).diff), "edited(2 -> 2) ");
}

TEST(Compare, SectionsReordered) {
    // Swap the two sections starting at headings: only moves, no edits.
    const auto p = paragraphs_of(essay());
    std::vector<std::size_t> headings;
    const auto parsed = parse_plain(join(p));
    for (std::size_t i = 0; i < parsed.paragraphs.size(); ++i) {
        if (parsed.paragraphs[i].kind == document::BlockKind::heading) {
            headings.push_back(i);
        }
    }
    ASSERT_GE(headings.size(), 3u);
    std::vector<std::string> q(p.begin(), p.begin() + headings[1]);
    q.insert(q.end(), p.begin() + headings[2], p.end());
    q.insert(q.end(), p.begin() + headings[1], p.begin() + headings[2]);
    const auto r = run(join(p), join(q));
    EXPECT_GT(r.diff.summary.moved, 0u);
    EXPECT_EQ(r.diff.summary.edited + r.diff.summary.added + r.diff.summary.removed, 0u);
}

TEST(Compare, SplitAndMerge) {
    auto p = paragraphs_of(essay());
    const std::string old_text = join(p);
    // Split paragraph 4 after its second sentence.
    const auto doc = parse_plain(p[4]);
    const auto cut = doc.paragraphs[0].sentences[2].text.begin;
    const std::string head = p[4].substr(0, cut - 1), tail = p[4].substr(cut);
    p[4] = tail;
    p.insert(p.begin() + 4, head);
    auto r = run(old_text, join(p));
    EXPECT_EQ(ops(r.diff), "split(4 -> 4 5) ");
    EXPECT_GE(first_changed(r.diff)->confidence, 0.9);

    // Merge paragraphs 6 and 7 of the original.
    auto m = paragraphs_of(essay());
    m[6] += " " + m[7];
    m.erase(m.begin() + 7);
    r = run(old_text, join(m));
    EXPECT_EQ(ops(r.diff), "merged(6 7 -> 6) ");
}

TEST(Compare, AHeadingIsNoPartOfASplit) {
    // The heading's words stand in the paragraph before it; the split takes only prose, and
    // the heading is edited on its own.
    const std::string a = "# Brief\n\nAisha Rahman cut waiting lists. She was praised for it. "
                          "Critics were unmoved.\n\n## Waiting times\n\nThe backlog fell.\n";
    const std::string b = "# Brief\n\nAisha Rahman cut waiting lists. She was praised for "
                          "it.\n\nCritics were unmoved.\n\n## Waiting lists\n\nThe backlog "
                          "fell.\n";
    const auto older = document::parse(a, "a.md", {});
    const auto newer = document::parse(b, "b.md", {});
    const auto d = compare(older, newer, {});
    EXPECT_EQ(check_diff(d, older, newer), "");
    EXPECT_EQ(ops(d), "split(1 -> 1 2) edited(2 -> 3) ");
}

TEST(Compare, SentenceMovedInsideAParagraph) {
    const auto r = run("One sentence here. Two sentences here. Three sentences here.\n",
                       "Two sentences here. One sentence here. Three sentences here.\n");
    const auto* e = first_changed(r.diff);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->op, ParagraphOp::edited);
    std::string seen;
    for (const auto& s : e->sentences) {
        seen += std::string(to_string(s.op)) + " ";
    }
    EXPECT_EQ(seen, "moved equal equal ");
}

TEST(Compare, SentenceMovedAcrossParagraphs) {
    auto p = paragraphs_of(essay());
    const std::string old_text = join(p);
    const auto doc = parse_plain(p[4]);
    const auto& s = doc.paragraphs[0].sentences[1];
    const std::string sentence = p[4].substr(s.text.begin, s.text.size());
    p[4].erase(s.text.begin, s.text.size() + 1);
    p[5] += " " + sentence;
    const auto r = run(old_text, join(p));
    EXPECT_EQ(ops(r.diff), "edited(4 -> 4) edited(5 -> 5) ");
    bool found = false;
    for (const auto& e : r.diff.paragraphs) {
        for (const auto& x : e.sentences) {
            if (x.op == SentenceOp::moved) {
                found = true;
                EXPECT_EQ(x.old_sentence->paragraph, 4u);
                EXPECT_EQ(x.new_sentence->paragraph, 5u);
            }
        }
    }
    EXPECT_TRUE(found);
}

// One word of paragraph i changed: well above every threshold.
std::string touched(std::string paragraph) {
    const std::size_t space = paragraph.find(' ', paragraph.size() / 2);
    return paragraph.insert(space, " indeed");
}

TEST(Compare, AParagraphMovedPastEditedOnesIsTheMove) {
    // Paragraph `from` moved before (up) or after (down) one, two or three paragraphs that are
    // each edited: it is the one moved; the edited ones stay in order (the exact step alone
    // anchored on the moved paragraph, being the only identical one, and called them moved).
    const auto original = paragraphs_of(essay());
    const std::string old_text = join(original);
    for (std::uint32_t past = 1; past <= 3; ++past) {
        auto up = original;
        for (std::uint32_t k = 9; k < 9 + past; ++k) {
            up[k] = touched(up[k]);
        }
        const std::string jumper = up[9 + past];
        up.erase(up.begin() + 9 + past);
        up.insert(up.begin() + 9, jumper);
        std::string expected = "moved(" + std::to_string(9 + past) + " -> 9) ";
        for (std::uint32_t k = 9; k < 9 + past; ++k) {
            expected += "edited(" + std::to_string(k) + " -> " + std::to_string(k + 1) + ") ";
        }
        EXPECT_EQ(ops(run(old_text, join(up)).diff), expected) << "up past " << past;

        auto down = original;
        for (std::uint32_t k = 9; k < 9 + past; ++k) {
            down[k] = touched(down[k]);
        }
        const std::string faller = down[8];
        down.insert(down.begin() + 9 + past, faller);
        down.erase(down.begin() + 8);
        expected.clear();
        for (std::uint32_t k = 9; k < 9 + past; ++k) {
            expected += "edited(" + std::to_string(k) + " -> " + std::to_string(k - 1) + ") ";
        }
        expected += "moved(8 -> " + std::to_string(8 + past) + ") ";
        EXPECT_EQ(ops(run(old_text, join(down)).diff), expected) << "down past " << past;
    }
}

TEST(Compare, AnEditedParagraphMovedPastEditedOnesIsTheMove) {
    // The same with the moved paragraph edited too: the fewest moves, over edited pairs alone.
    auto p = paragraphs_of(essay());
    const std::string old_text = join(p);
    p[9] = touched(p[9]);
    p[10] = touched(p[10]);
    const std::string jumper = touched(p[11]);
    p.erase(p.begin() + 11);
    p.insert(p.begin() + 9, jumper);
    EXPECT_EQ(ops(run(old_text, join(p)).diff), "moved(11 -> 9) edited(9 -> 10) edited(10 -> 11) ");
}

TEST(Compare, ASentenceMovedPastEditedOnesIsTheMove) {
    const auto r = run("Alpha keeps its words. Bravo says one thing here. Charlie says another "
                       "thing. Delta jumps ahead.\n",
                       "Delta jumps ahead. Alpha keeps all its words. Bravo says one more thing "
                       "here. Charlie says another thing now.\n");
    const auto* e = first_changed(r.diff);
    ASSERT_NE(e, nullptr);
    std::string seen;
    for (const auto& s : e->sentences) {
        seen += std::string(to_string(s.op)) + " ";
    }
    EXPECT_EQ(seen, "moved edited edited edited ");
}

// Paragraph 12 of the essay (eight sentences) with its first four kept word for word and the
// other four rewritten.
std::string half_rewritten(const std::string& paragraph) {
    const auto doc = parse_plain(paragraph);
    const auto cut = doc.paragraphs[0].sentences[4].text.begin;
    return paragraph.substr(0, cut) +
           "Dutch commentators later called this restraint a deliberate choice rather than "
           "timidity. The cabinet, they wrote, wanted the facts settled before any accusation "
           "could be made in public, so that no foreign capital could dismiss the findings as a "
           "political verdict. Critics in parliament asked for a firmer line and a recall of the "
           "ambassador, which the prime minister declined. His answer, repeated in several "
           "debates that autumn, was that patience would serve the relatives better than anger.";
}

TEST(Compare, AParagraphKeepingWholeSentencesIsEdited) {
    const auto original = paragraphs_of(essay());
    const std::string old_text = join(original);
    auto sentence_ops = [](const ParagraphAlignment& e) {
        std::string seen;
        for (const auto& s : e.sentences) {
            seen += std::string(to_string(s.op)) + " ";
        }
        return seen;
    };
    // Cut to its first three sentences of eight: the word similarity is below 0.5 (the longer
    // side dilutes it), the kept sentences (100% and 33% of the two) make it 0.67.
    auto p = original;
    const auto doc = parse_plain(p[12]);
    p[12] = p[12].substr(0, doc.paragraphs[0].sentences[2].text.end);
    auto r = run(old_text, join(p));
    EXPECT_EQ(ops(r.diff), "edited(12 -> 12) ");
    const auto* e = first_changed(r.diff);
    ASSERT_NE(e, nullptr);
    EXPECT_GE(e->similarity, 0.6);
    EXPECT_LT(e->similarity, 0.7);
    EXPECT_EQ(sentence_ops(*e), "equal equal equal removed removed removed removed removed ");
    // Moved as well: a move with its cuts, not a removal and an addition.
    const std::string moved = p[12];
    p.erase(p.begin() + 12);
    p.insert(p.begin() + 4, moved);
    EXPECT_EQ(ops(run(old_text, join(p)).diff), "moved(12 -> 4) ");

    // Kept whole and grown to three times its length.
    p = original;
    p[5] += " " + half_rewritten(original[12]).substr(half_rewritten(original[12]).find("Dutch")) +
            " " + original[12].substr(0, doc.paragraphs[0].sentences[1].text.end);
    r = run(old_text, join(p));
    EXPECT_EQ(ops(r.diff), "edited(5 -> 5) ");

    // Half its sentences kept, the others rewritten: edited (by its words already).
    p = original;
    p[12] = half_rewritten(p[12]);
    r = run(old_text, join(p));
    EXPECT_EQ(ops(r.diff), "edited(12 -> 12) ");
    EXPECT_EQ(sentence_ops(*first_changed(r.diff)).substr(0, 24), "equal equal equal equal ");
}

// Replaces the first `from` in `text` with `to` (which must be there).
std::string touched(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return at == std::string::npos ? text : text.replace(at, from.size(), to);
}

TEST(Compare, ASentenceWithAWordOrTwoChangedIsStillKept) {
    const auto original = paragraphs_of(essay());
    const std::string old_text = join(original);
    const auto doc = parse_plain(original[12]);
    // Cut to its first three sentences of eight, each touched up: no sentence is kept word for
    // word and the words alone score below 0.5, but the three stand in it with a word or two
    // changed (Dice 0.9 and more): edited, about 0.64 (1 and 0.3 of the two, less the edits).
    auto p = original;
    p[12] =
        touched(touched(touched(touched(p[12].substr(0, doc.paragraphs[0].sentences[2].text.end),
                                        "marked by prudence", "defined by prudence"),
                                "thorough investigation", "full investigation"),
                        "broad international", "wide international"),
                "directly accusing", "openly accusing");
    auto r = run(old_text, join(p));
    EXPECT_EQ(ops(r.diff), "edited(12 -> 12) ");
    const auto* e = first_changed(r.diff);
    ASSERT_NE(e, nullptr);
    EXPECT_GE(e->similarity, 0.6);
    EXPECT_LT(e->similarity, 0.67); // below the same cut kept word for word
    std::string seen;
    for (const auto& s : e->sentences) {
        seen += std::string(to_string(s.op)) + " ";
    }
    EXPECT_EQ(seen, "edited edited edited removed removed removed removed removed ");

    // Kept whole with a word changed and grown to three times its length: edited.
    p = original;
    p[5] = touched(p[5], "leading contender", "main contender") + " " +
           half_rewritten(original[12]).substr(half_rewritten(original[12]).find("Dutch")) + " " +
           original[12].substr(0, doc.paragraphs[0].sentences[1].text.end);
    EXPECT_EQ(ops(run(old_text, join(p)).diff), "edited(5 -> 5) ");

    // Every sentence reworded (three words or more in each): not kept, judged by its words.
    const std::string a = "Intro.\n\nThe cabinet refused to send troops to the site of the "
                          "crash. The minister said the risk was too high for the soldiers. "
                          "Parliament accepted this after a long debate.\n\nEnd.\n";
    const std::string b = "Intro.\n\nThe government declined to send soldiers to the area of "
                          "the wreck. A spokesman called the danger too great for the troops. "
                          "The chamber agreed after hours of argument.\n\nEnd.\n";
    EXPECT_EQ(ops(run(a, b).diff), "removed(1 ->) added(-> 1) ");
}

TEST(Compare, TrulyDifferentParagraphsStayRemovedAndAdded) {
    auto p = paragraphs_of(essay());
    const std::string old_text = join(p);
    // The same events told anew: many shared words, no shared sentence.
    p[12] = "After the attack on the airliner, Rutte chose prudence over confrontation with "
            "Russia. He put the recovery of the victims and an international investigation "
            "first, and he avoided naming Russia before the facts were established. Justice for "
            "the victims, he said, would come through the courts and not through escalation.";
    EXPECT_EQ(ops(run(old_text, join(p)).diff), "removed(12 ->) added(-> 12) ");

    // One short sentence shared by two otherwise different paragraphs.
    const std::string a = "Intro.\n\nThe budget grew by four percent in the first year, mostly "
                          "for schools and roads. See the appendix.\n\nEnd.\n";
    const std::string b = "Intro.\n\nVoters in the north turned away from the coalition after "
                          "the floods of that spring. See the appendix.\n\nEnd.\n";
    EXPECT_EQ(ops(run(a, b).diff), "removed(1 ->) added(-> 1) ");

    // A kept sentence that is most of a short paragraph is an edit.
    const std::string c = "Intro.\n\nThe budget grew by four percent in the first year, mostly "
                          "for schools and roads. It was a record.\n\nEnd.\n";
    const std::string d = "Intro.\n\nThe budget grew by four percent in the first year, mostly "
                          "for schools and roads. Nobody had planned it.\n\nEnd.\n";
    EXPECT_EQ(ops(run(c, d).diff), "edited(1 -> 1) ");
}

TEST(Compare, ASplitWithAKeptHalfIsStillASplit) {
    // Split in two, both parts word for word: a split, not the first part edited.
    auto p = paragraphs_of(essay());
    const std::string old_text = join(p);
    const auto doc = parse_plain(p[12]);
    const auto cut = doc.paragraphs[0].sentences[4].text.begin;
    const std::string head = p[12].substr(0, cut - 1), tail = p[12].substr(cut);
    p[12] = tail;
    p.insert(p.begin() + 12, head);
    EXPECT_EQ(ops(run(old_text, join(p)).diff), "split(12 -> 12 13) ");
}

TEST(Compare, ReflowedAndRequotedIsEqual) {
    std::string text = essay();
    std::string reflowed;
    std::size_t column = 0;
    for (char c : text) {
        if (c == ' ' && column > 60) {
            reflowed += '\n';
            column = 0;
            continue;
        }
        column = c == '\n' ? 0 : column + 1;
        reflowed += c;
    }
    std::string quotes;
    for (std::size_t i = 0; i < reflowed.size(); ++i) {
        if (reflowed.compare(i, 3, "\u2019") == 0) {
            quotes += "'";
            i += 2;
        } else {
            quotes += reflowed[i];
        }
    }
    EXPECT_FALSE(run(text, quotes).diff.has_changes());
    DiffOptions exact;
    exact.comparison = text::Comparison::exact;
    EXPECT_TRUE(run(text, quotes, exact).diff.has_changes());
}

TEST(Compare, OneMegabyteParagraph) {
    std::string big, changed;
    for (int i = 0; big.size() < (1u << 20); ++i) {
        big += "Sentence number " + std::to_string(i) + " says something about Rutte. ";
    }
    changed = big;
    changed.replace(changed.find("number 5000 says"), 16, "number 5000 now says");
    const auto start = std::chrono::steady_clock::now();
    const auto r = run(big, changed);
    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_EQ(ops(r.diff), "edited(0 -> 0) ");
    EXPECT_EQ(r.diff.summary.words_inserted, 1u);
    EXPECT_LT(seconds, 5.0);
}

// ---- each threshold at its limit ---------------------------------------------------------

TEST(Thresholds, SimilarityIsInclusive) {
    auto p = paragraphs_of(essay());
    const std::string old_text = join(p);
    p[4] = heavy_edit(p[4]);
    const auto r = run(old_text, join(p));
    const double s = first_changed(r.diff)->similarity;
    DiffOptions options;
    options.similarity = s;
    EXPECT_EQ(ops(run(old_text, join(p), options).diff), "edited(4 -> 4) ");
    options.similarity = std::nextafter(s, 2.0);
    EXPECT_EQ(ops(run(old_text, join(p), options).diff), "removed(4 ->) added(-> 4) ");
}

TEST(Thresholds, MoveThresholdIsInclusive) {
    auto p = paragraphs_of(essay());
    const std::string old_text = join(p);
    const std::string moved = heavy_edit(p[4]);
    p.erase(p.begin() + 4);
    p.insert(p.begin() + 12, moved);
    const double s = first_changed(run(old_text, join(p)).diff)->similarity;
    DiffOptions options;
    options.move_threshold = s;
    EXPECT_EQ(ops(run(old_text, join(p), options).diff), "moved(4 -> 12) ");
    options.move_threshold = std::nextafter(s, 2.0);
    EXPECT_EQ(ops(run(old_text, join(p), options).diff), "removed(4 ->) added(-> 12) ");
}

TEST(Thresholds, SentenceSimilarityIsInclusive) {
    const std::string a = "Rutte was a prudent and patient legalist in those years.\n";
    const std::string b = "Rutte was a bold and impatient reformer in those years.\n";
    DiffOptions options;
    options.similarity = 0;
    options.sentence_similarity = 0;
    const auto r = run(a, b, options);
    const auto& s = first_changed(r.diff)->sentences;
    ASSERT_EQ(s.size(), 1u);
    options.sentence_similarity = s[0].similarity;
    EXPECT_EQ(first_changed(run(a, b, options).diff)->sentences.size(), 1u);
    options.sentence_similarity = std::nextafter(s[0].similarity, 2.0);
    EXPECT_EQ(first_changed(run(a, b, options).diff)->sentences.size(), 2u); // removed + added
}

TEST(Thresholds, SplitCoverageIsInclusive) {
    auto p = paragraphs_of(essay());
    const std::string old_text = join(p);
    const auto doc = parse_plain(p[4]);
    const auto cut = doc.paragraphs[0].sentences[2].text.begin;
    const std::string head = p[4].substr(0, cut - 1);
    std::string tail = p[4].substr(cut);
    tail = heavy_edit(tail); // the second part differs: coverage below 1
    p[4] = tail;
    p.insert(p.begin() + 4, head);
    DiffOptions options;
    options.split_coverage = 0.5;
    const auto r = run(old_text, join(p), options);
    ASSERT_EQ(ops(r.diff), "split(4 -> 4 5) ");
    const double coverage = first_changed(r.diff)->similarity;
    EXPECT_LT(coverage, 1.0);
    // Coverage and each part's containment must both reach the threshold; the smaller one is
    // the confidence.
    options.split_coverage = first_changed(r.diff)->confidence;
    EXPECT_EQ(ops(run(old_text, join(p), options).diff), "split(4 -> 4 5) ");
    options.split_coverage = std::nextafter(first_changed(r.diff)->confidence, 2.0);
    EXPECT_NE(ops(run(old_text, join(p), options).diff), "split(4 -> 4 5) ");
}

TEST(Thresholds, MaxWordDiffCellsAddsANote) {
    const std::string a = "one two three four.\n";
    const std::string b = "one two six four.\n";
    DiffOptions options;
    options.max_word_diff_cells = 25; // 5 tokens x 5 tokens
    auto r = run(a, b, options);
    EXPECT_TRUE(r.diff.notes.empty());
    options.max_word_diff_cells = 24;
    r = run(a, b, options);
    ASSERT_EQ(r.diff.notes.size(), 1u);
    EXPECT_EQ(r.diff.notes[0], "1 sentence pair was too long for a word diff (their token counts "
                               "multiply to more than 24) and are shown as whole-sentence "
                               "replacements");
    EXPECT_EQ(first_changed(r.diff)->sentences[0].words.size(), 2u);
}

} // namespace
} // namespace redraft::diff
