#pragma once
// Checks every diff must pass, shared by the compare tests and the property tests.

#include <redraft/diff/diff.hpp>
#include <redraft/document/document.hpp>
#include <redraft/text/normalize.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace redraft::testing {

inline document::Document parse_plain(std::string text,
                                      text::Comparison c = text::Comparison::normalized) {
    return document::parse(std::move(text), "test.txt", {document::Format::plain, c});
}

// Text compared up to white space and normalization.
inline std::string squeeze(std::string_view s) {
    std::string out = text::normalize(s);
    std::erase(out, ' ');
    return out;
}

// Empty when the diff is a valid partition whose word runs rebuild both sides; otherwise what
// is wrong.
inline std::string check_diff(const diff::DocumentDiff& d, const document::Document& older,
                              const document::Document& newer) {
    using diff::ParagraphOp;
    std::vector<int> old_seen(older.paragraphs.size(), 0), new_seen(newer.paragraphs.size(), 0);
    std::vector<std::vector<int>> old_sentences(older.paragraphs.size());
    for (std::size_t p = 0; p < older.paragraphs.size(); ++p) {
        old_sentences[p].assign(older.paragraphs[p].sentences.size(), 0);
    }
    for (std::size_t e = 0; e < d.paragraphs.size(); ++e) {
        const auto& entry = d.paragraphs[e];
        const std::string where =
            "entry " + std::to_string(e) + " (" + std::string(diff::to_string(entry.op)) + "): ";
        for (auto o : entry.old_paragraphs) {
            if (o >= older.paragraphs.size()) {
                return where + "old paragraph out of range";
            }
            ++old_seen[o];
        }
        for (auto n : entry.new_paragraphs) {
            if (n >= newer.paragraphs.size()) {
                return where + "new paragraph out of range";
            }
            ++new_seen[n];
        }
        const auto olds = entry.old_paragraphs.size(), news = entry.new_paragraphs.size();
        const bool shape_ok = entry.op == ParagraphOp::added     ? olds == 0 && news == 1
                              : entry.op == ParagraphOp::removed ? olds == 1 && news == 0
                              : entry.op == ParagraphOp::split   ? olds == 1 && news >= 2
                              : entry.op == ParagraphOp::merged  ? olds >= 2 && news == 1
                                                                 : olds == 1 && news == 1;
        if (!shape_ok) {
            return where + "wrong number of paragraphs";
        }
        if (entry.confidence < 0 || entry.confidence > 1 || entry.similarity < 0 ||
            entry.similarity > 1) {
            return where + "confidence or similarity outside [0, 1]";
        }
        if (entry.op == ParagraphOp::equal) {
            if (older.paragraphs[entry.old_paragraphs[0]].key !=
                newer.paragraphs[entry.new_paragraphs[0]].key) {
                return where + "equal paragraphs differ";
            }
            for (auto& seen : old_sentences[entry.old_paragraphs[0]]) {
                ++seen;
            }
            continue;
        }
        // Every new sentence of the entry once, in order, rebuilt exactly by its word runs.
        std::vector<std::pair<std::uint32_t, std::uint32_t>> expected, listed;
        for (auto n : entry.new_paragraphs) {
            for (std::uint32_t s = 0; s < newer.paragraphs[n].sentences.size(); ++s) {
                expected.emplace_back(n, s);
            }
        }
        for (const auto& s : entry.sentences) {
            std::string rebuilt_new, rebuilt_old;
            for (const auto& w : s.words) {
                if (w.op != diff::WordOp::remove) {
                    rebuilt_new += w.text;
                }
                if (w.op != diff::WordOp::insert) {
                    rebuilt_old += w.text;
                }
            }
            if (s.new_sentence) {
                listed.emplace_back(s.new_sentence->paragraph, s.new_sentence->sentence);
                const auto& p = newer.paragraphs[s.new_sentence->paragraph];
                if (rebuilt_new != p.sentence_text(p.sentences[s.new_sentence->sentence])) {
                    return where + "words do not rebuild the new sentence: " + rebuilt_new;
                }
            } else if (!rebuilt_new.empty()) {
                return where + "a removed sentence has new words";
            }
            if (s.old_sentence) {
                const auto& p = older.paragraphs[s.old_sentence->paragraph];
                ++old_sentences[s.old_sentence->paragraph][s.old_sentence->sentence];
                if (squeeze(rebuilt_old) !=
                    squeeze(p.sentence_text(p.sentences[s.old_sentence->sentence]))) {
                    return where + "words do not rebuild the old sentence: " + rebuilt_old;
                }
            } else if (!rebuilt_old.empty() && squeeze(rebuilt_old) != "") {
                return where + "an added sentence has old words";
            }
        }
        if (listed != expected) {
            return where + "the entry does not list each of its new sentences once, in order";
        }
    }
    for (std::size_t o = 0; o < old_seen.size(); ++o) {
        if (old_seen[o] != 1) {
            return "old paragraph " + std::to_string(o) + " appears " +
                   std::to_string(old_seen[o]) + " times";
        }
        for (std::size_t s = 0; s < old_sentences[o].size(); ++s) {
            if (old_sentences[o][s] != 1) {
                return "old sentence " + std::to_string(o) + ":" + std::to_string(s) + " appears " +
                       std::to_string(old_sentences[o][s]) + " times";
            }
        }
    }
    for (std::size_t n = 0; n < new_seen.size(); ++n) {
        if (new_seen[n] != 1) {
            return "new paragraph " + std::to_string(n) + " appears " +
                   std::to_string(new_seen[n]) + " times";
        }
    }
    return "";
}

} // namespace redraft::testing
