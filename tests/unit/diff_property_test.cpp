// Property tests: seeded random edit scripts on the Rutte essay. For every script the diff must
// be a valid partition whose word runs rebuild both texts; the paragraph ops it finds must be
// the ops the script applied in at least 95% of the scripts (docs/diff.md quotes the rate).

#include <redraft/diff/diff.hpp>
#include <redraft/report/change_report.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <random>
#include <sstream>

#include "diff_checks.hpp"

namespace redraft::diff {
namespace {

using testing::check_diff;
using testing::parse_plain;

constexpr int kScripts = 1000;

// A paragraph of the edited essay and what the script did to it.
struct Para {
    std::string text;
    std::vector<std::uint32_t> origins; // old paragraph indices it comes from
    std::string op = "equal";
    bool heading = false;
};

const std::vector<Para>& essay_paragraphs() {
    static const std::vector<Para> paragraphs = [] {
        std::ifstream in(std::string(REDRAFT_SOURCE_DIR) + "/fixtures/rutte/r1.txt");
        std::stringstream buffer;
        buffer << in.rdbuf();
        const auto doc = parse_plain(buffer.str());
        std::vector<Para> out;
        for (std::uint32_t i = 0; i < doc.paragraphs.size(); ++i) {
            out.push_back({doc.paragraphs[i].text,
                           {i},
                           "equal",
                           doc.paragraphs[i].kind == document::BlockKind::heading});
        }
        return out;
    }();
    return paragraphs;
}

std::vector<std::string> sentences_of(const std::string& text) {
    const auto doc = parse_plain(text);
    std::vector<std::string> out;
    for (const auto& s : doc.paragraphs.at(0).sentences) {
        out.push_back(std::string(doc.paragraphs[0].sentence_text(s)));
    }
    return out;
}

std::string join_sentences(const std::vector<std::string>& sentences) {
    std::string out;
    for (const auto& s : sentences) {
        out += (out.empty() ? "" : " ") + s;
    }
    return out;
}

class Script {
public:
    explicit Script(std::uint32_t seed) : rng_(seed), paras_(essay_paragraphs()) {}

    // Applies 1 to 3 random operations, each to paragraphs no other operation touched.
    void apply() {
        const int count = pick(1, 3);
        for (int i = 0; i < count; ++i) {
            switch (pick(0, 7)) {
            case 0:
            case 1:
                word_edit();
                break;
            case 2:
                sentence_move_within();
                break;
            case 3:
                sentence_move_across();
                break;
            case 4:
                paragraph_move(false);
                break;
            case 5:
                paragraph_move(true);
                break;
            case 6:
                split();
                break;
            case 7:
                merge();
                break;
            }
        }
        if (pick(0, 1) == 1) {
            rewrap(); // never a change in content
        }
    }

    std::string old_text() const { return join(essay_paragraphs()); }
    std::string new_text() const { return join(paras_); }

    // (op, old paragraphs) of every changed paragraph; moves without their origins (which of
    // two swapped neighbours "moved" is a matter of choice).
    std::multiset<std::string> expected() const {
        std::multiset<std::string> out;
        for (const auto& p : paras_) {
            if (p.op != "equal" && (p.op != "split" || p.text == first_part_of(p))) {
                out.insert(describe(p.op, p.origins));
            }
        }
        return out;
    }

    static std::string describe(const std::string& op, std::vector<std::uint32_t> origins) {
        if (op == "moved") {
            return "moved";
        }
        std::sort(origins.begin(), origins.end());
        std::string out = op;
        for (auto o : origins) {
            out += " " + std::to_string(o);
        }
        return out;
    }

    std::string log;

private:
    std::string first_part_of(const Para& p) const {
        for (const auto& q : paras_) {
            if (q.op == "split" && q.origins == p.origins) {
                return q.text;
            }
        }
        return "";
    }

    static std::string join(const std::vector<Para>& paras) {
        std::string out;
        for (const auto& p : paras) {
            out += p.text + "\n\n";
        }
        return out;
    }

    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(rng_); }

    // An untouched body paragraph with at least `sentences` sentences, or -1.
    int untouched(std::size_t sentences = 1) {
        std::vector<int> choices;
        for (int i = 0; i < static_cast<int>(paras_.size()); ++i) {
            if (paras_[i].op == "equal" && !paras_[i].heading &&
                sentences_of(paras_[i].text).size() >= sentences) {
                choices.push_back(i);
            }
        }
        return choices.empty() ? -1 : choices[pick(0, static_cast<int>(choices.size()) - 1)];
    }

    std::string edit_words(const std::string& text) {
        static const std::vector<std::string> words = {"reportedly", "arguably", "never",
                                                       "clearly",    "1,000",    "cautious",
                                                       "Kremlin",    "notably",  "hardly"};
        std::istringstream in(text);
        std::vector<std::string> tokens{std::istream_iterator<std::string>(in), {}};
        const int edits = pick(1, 3);
        for (int e = 0; e < edits && tokens.size() > 3; ++e) {
            const auto at = static_cast<std::size_t>(pick(1, static_cast<int>(tokens.size()) - 2));
            const std::string& word = words[pick(0, static_cast<int>(words.size()) - 1)];
            switch (pick(0, 2)) {
            case 0:
                tokens[at] = word;
                break;
            case 1:
                tokens.insert(tokens.begin() + static_cast<std::ptrdiff_t>(at), word);
                break;
            default:
                tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(at));
            }
        }
        return join_sentences(tokens);
    }

    void word_edit() {
        const int k = untouched();
        if (k < 0) {
            return;
        }
        auto sentences = sentences_of(paras_[k].text);
        auto& s = sentences[pick(0, static_cast<int>(sentences.size()) - 1)];
        const std::string before = testing::squeeze(paras_[k].text);
        s = edit_words(s);
        const std::string text = join_sentences(sentences);
        if (testing::squeeze(text) != before) {
            paras_[k].text = text;
            paras_[k].op = "edited";
            log += "word edit " + std::to_string(paras_[k].origins[0]) + "; ";
        }
    }

    void sentence_move_within() {
        const int k = untouched(3);
        if (k < 0) {
            return;
        }
        auto sentences = sentences_of(paras_[k].text);
        const int from = pick(0, static_cast<int>(sentences.size()) - 1);
        int to = pick(0, static_cast<int>(sentences.size()) - 1);
        if (to == from) {
            to = (from + 2) % static_cast<int>(sentences.size());
        }
        const std::string moved = sentences[from];
        sentences.erase(sentences.begin() + from);
        sentences.insert(sentences.begin() + to, moved);
        paras_[k].text = join_sentences(sentences);
        paras_[k].op = "edited";
        log += "sentence move in " + std::to_string(paras_[k].origins[0]) + "; ";
    }

    void sentence_move_across() {
        const int k = untouched(3);
        if (k < 0) {
            return;
        }
        paras_[k].op = "edited"; // reserve it
        const int m = untouched(2);
        if (m < 0) {
            paras_[k].op = "equal";
            return;
        }
        auto from = sentences_of(paras_[k].text);
        auto to = sentences_of(paras_[m].text);
        const int s = pick(0, static_cast<int>(from.size()) - 1);
        to.insert(to.begin() + pick(0, static_cast<int>(to.size())), from[s]);
        from.erase(from.begin() + s);
        paras_[k].text = join_sentences(from);
        paras_[m].text = join_sentences(to);
        paras_[m].op = "edited";
        log += "sentence move " + std::to_string(paras_[k].origins[0]) + "->" +
               std::to_string(paras_[m].origins[0]) + "; ";
    }

    void paragraph_move(bool with_edit) {
        const int k = untouched(2);
        if (k < 0) {
            return;
        }
        Para p = paras_[k];
        if (with_edit) {
            auto sentences = sentences_of(p.text);
            auto& s = sentences[pick(0, static_cast<int>(sentences.size()) - 1)];
            s = edit_words(s);
            p.text = join_sentences(sentences);
        }
        p.op = "moved";
        paras_.erase(paras_.begin() + k);
        int to = pick(0, static_cast<int>(paras_.size()));
        if (std::abs(to - k) < 2) {
            to = (k + 4) % static_cast<int>(paras_.size() + 1);
        }
        paras_.insert(paras_.begin() + to, p);
        log += std::string(with_edit ? "edited " : "") + "paragraph move " +
               std::to_string(p.origins[0]) + " to " + std::to_string(to) + "; ";
    }

    void split() {
        const int k = untouched(3);
        if (k < 0) {
            return;
        }
        const auto sentences = sentences_of(paras_[k].text);
        const int cut = pick(1, static_cast<int>(sentences.size()) - 1);
        Para first = paras_[k], second = paras_[k];
        first.text = join_sentences({sentences.begin(), sentences.begin() + cut});
        second.text = join_sentences({sentences.begin() + cut, sentences.end()});
        first.op = second.op = "split";
        paras_[k] = first;
        paras_.insert(paras_.begin() + k + 1, second);
        log += "split " + std::to_string(first.origins[0]) + "; ";
    }

    void merge() {
        std::vector<int> choices;
        for (int i = 0; i + 1 < static_cast<int>(paras_.size()); ++i) {
            if (paras_[i].op == "equal" && paras_[i + 1].op == "equal" && !paras_[i].heading &&
                !paras_[i + 1].heading) {
                choices.push_back(i);
            }
        }
        if (choices.empty()) {
            return;
        }
        const int k = choices[pick(0, static_cast<int>(choices.size()) - 1)];
        paras_[k].text += " " + paras_[k + 1].text;
        paras_[k].origins.push_back(paras_[k + 1].origins[0]);
        paras_[k].op = "merged";
        paras_.erase(paras_.begin() + k + 1);
        log += "merge " + std::to_string(paras_[k].origins[0]) + "+" +
               std::to_string(paras_[k].origins[1]) + "; ";
    }

    void rewrap() {
        auto& p = paras_[pick(0, static_cast<int>(paras_.size()) - 1)];
        int column = 0;
        for (char& c : p.text) {
            if (c == ' ' && column > 50) {
                c = '\n';
                column = 0;
            }
            ++column;
        }
        log += "rewrap; ";
    }

    std::mt19937 rng_;
    std::vector<Para> paras_;
};

std::multiset<std::string> found_ops(const DocumentDiff& d) {
    std::multiset<std::string> out;
    for (const auto& p : d.paragraphs) {
        if (p.op != ParagraphOp::equal) {
            out.insert(Script::describe(std::string(to_string(p.op)), p.old_paragraphs));
        }
    }
    return out;
}

std::string show(const std::multiset<std::string>& ops) {
    std::string out;
    for (const auto& op : ops) {
        out += "[" + op + "] ";
    }
    return out;
}

TEST(DiffProperty, RandomEditScriptsOnTheEssay) {
    int matched = 0;
    std::map<std::string, int> misses;
    for (int seed = 1; seed <= kScripts; ++seed) {
        Script script(static_cast<std::uint32_t>(seed));
        script.apply();
        const auto older = parse_plain(script.old_text());
        const auto newer = parse_plain(script.new_text());
        const DocumentDiff d = compare(older, newer);
        const std::string problem = check_diff(d, older, newer);
        ASSERT_EQ(problem, "") << "seed " << seed << ": " << script.log;
        if (found_ops(d) == script.expected()) {
            ++matched;
        } else if (misses.size() < 10) {
            misses["seed " + std::to_string(seed) + ": " + script.log] = 0;
            std::cout << "seed " << seed << ": " << script.log << "\n  applied "
                      << show(script.expected()) << "\n  found   " << show(found_ops(d)) << "\n";
        }
    }
    const double rate = static_cast<double>(matched) / kScripts;
    std::cout << "ops found match ops applied in " << matched << " of " << kScripts << " scripts ("
              << rate * 100 << "%)\n";
    EXPECT_GE(rate, 0.95);
}

// The JSON report of a diff: everything the diff found, sentences and word runs included.
std::string report_json(const DocumentDiff& d, const document::Document& older,
                        const document::Document& newer) {
    report::ChangeReport r;
    r.older = std::make_shared<document::Document>(older);
    r.newer = std::make_shared<document::Document>(newer);
    r.old_meta = report::file_meta(older);
    r.new_meta = report::file_meta(newer);
    r.diff = d;
    return report::render_json(r);
}

// Sentences split on demand (what `redraft diff --no-assessment` does) give the same diff as
// sentences split at parse time, and leave equal paragraphs unsplit.
TEST(DiffProperty, SentencesOnDemandGiveTheSameDiff) {
    const document::ParseOptions on_demand{document::Format::plain, text::Comparison::normalized,
                                           document::kMaxDocumentBytes,
                                           document::Sentences::on_demand};
    for (int seed = 1; seed <= kScripts; ++seed) {
        Script script(static_cast<std::uint32_t>(seed));
        script.apply();
        const auto eager_old = parse_plain(script.old_text());
        const auto eager_new = parse_plain(script.new_text());
        auto lazy_old = document::parse(script.old_text(), "test.txt", on_demand);
        auto lazy_new = document::parse(script.new_text(), "test.txt", on_demand);
        const DocumentDiff eager = compare(eager_old, eager_new);
        const DocumentDiff lazy = compare(lazy_old, lazy_new);
        ASSERT_EQ(report_json(lazy, lazy_old, lazy_new), report_json(eager, eager_old, eager_new))
            << "seed " << seed << ": " << script.log;
        ASSERT_EQ(check_diff(lazy, lazy_old, lazy_new), "") << "seed " << seed;
        for (const ParagraphAlignment& entry : lazy.paragraphs) {
            for (std::uint32_t p : entry.old_paragraphs) {
                ASSERT_EQ(lazy_old.paragraphs[p].segmented, entry.op != ParagraphOp::equal)
                    << "seed " << seed << ", old paragraph " << p;
            }
            for (std::uint32_t p : entry.new_paragraphs) {
                ASSERT_EQ(lazy_new.paragraphs[p].segmented, entry.op != ParagraphOp::equal)
                    << "seed " << seed << ", new paragraph " << p;
            }
        }
    }
}

} // namespace
} // namespace redraft::diff

namespace redraft::diff {
namespace {

// Small random documents over a tiny pool of sentences: many repeated sentences and
// paragraphs, empty sides, everything moved. Only the invariants are checked.
TEST(DiffProperty, RepetitiveRandomDocumentsStayValidPartitions) {
    const std::vector<std::string> pool = {
        "Rutte waits.", "Putin denies it.",   "The Kremlin is silent.", "NATO meets.",
        "He waits.",    "Rutte waits again.", "The Hague reacts.",      "Nothing happens."};
    for (std::uint32_t seed = 1; seed <= 500; ++seed) {
        std::mt19937 rng(seed);
        auto pick = [&](int low, int high) {
            return std::uniform_int_distribution<int>(low, high)(rng);
        };
        auto document = [&] {
            std::string out;
            const int paragraphs = pick(0, 12);
            for (int p = 0; p < paragraphs; ++p) {
                const int sentences = pick(1, 4);
                for (int s = 0; s < sentences; ++s) {
                    out += (s ? " " : "") + pool[pick(0, static_cast<int>(pool.size()) - 1)];
                }
                out += pick(0, 5) == 0 ? "\n" : "\n\n";
            }
            return out;
        };
        DiffOptions options;
        options.comparison = seed % 2 ? text::Comparison::exact : text::Comparison::normalized;
        const auto older = parse_plain(document(), options.comparison);
        const auto newer = parse_plain(document(), options.comparison);
        options.similarity = pick(0, 10) / 10.0;
        options.move_threshold = pick(0, 10) / 10.0;
        options.split_coverage = pick(3, 10) / 10.0;
        const DocumentDiff d = compare(older, newer, options);
        ASSERT_EQ(check_diff(d, older, newer), "") << "seed " << seed;
    }
}

} // namespace
} // namespace redraft::diff
