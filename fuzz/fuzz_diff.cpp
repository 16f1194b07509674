// libFuzzer target: the diff engine on two documents. The input is split at its first 0xFF
// byte (old before, new after; 0xFF is never valid UTF-8, so no real text is lost); the first
// byte picks format and comparison. Checks that every paragraph of each side is aligned exactly
// once and that the word runs of each sentence pair rebuild the new sentence.

#include <redraft/diff/diff.hpp>
#include <redraft/document/document.hpp>
#include <redraft/error.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace redraft;

void check_partition(const std::vector<diff::ParagraphAlignment>& alignments, std::size_t old_count,
                     std::size_t new_count) {
    std::vector<int> old_seen(old_count, 0);
    std::vector<int> new_seen(new_count, 0);
    for (const auto& a : alignments) {
        for (const auto i : a.old_paragraphs) {
            if (i >= old_count) {
                __builtin_trap();
            }
            ++old_seen[i];
        }
        for (const auto i : a.new_paragraphs) {
            if (i >= new_count) {
                __builtin_trap();
            }
            ++new_seen[i];
        }
    }
    for (const int seen : old_seen) {
        if (seen != 1) {
            __builtin_trap();
        }
    }
    for (const int seen : new_seen) {
        if (seen != 1) {
            __builtin_trap();
        }
    }
}

bool is_ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string_view trim_end(std::string_view s) {
    while (!s.empty() && is_ascii_space(s.back())) {
        s.remove_suffix(1);
    }
    return s;
}

void check_words(const diff::SentenceAlignment& s, const document::Document& newer) {
    if (s.op == diff::SentenceOp::equal || !s.new_sentence) {
        return;
    }
    if (s.new_sentence->paragraph >= newer.paragraphs.size()) {
        __builtin_trap();
    }
    const auto& paragraph = newer.paragraphs[s.new_sentence->paragraph];
    if (s.new_sentence->sentence >= paragraph.sentences.size()) {
        __builtin_trap();
    }
    std::string rebuilt;
    for (const auto& w : s.words) {
        if (w.op != diff::WordOp::remove) {
            rebuilt += w.text;
        }
    }
    const auto expected = paragraph.sentence_text(paragraph.sentences[s.new_sentence->sentence]);
    if (trim_end(rebuilt) != trim_end(expected)) {
        __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    const std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
    const auto cut = rest.find('\xFF');
    std::string old_bytes(rest.substr(0, cut));
    std::string new_bytes(cut == std::string_view::npos ? std::string_view()
                                                        : rest.substr(cut + 1));
    const auto format = (data[0] & 1) ? document::Format::markdown : document::Format::plain;
    diff::DiffOptions options;
    options.comparison = (data[0] & 2) ? text::Comparison::exact : text::Comparison::normalized;
    // A small cap now and then, so that the whole-sentence fallback is exercised too.
    if (data[0] & 4) {
        options.max_word_diff_cells = 16;
    }
    try {
        const auto older =
            document::parse(std::move(old_bytes), "old", {format, options.comparison});
        const auto newer =
            document::parse(std::move(new_bytes), "new", {format, options.comparison});
        const auto result = diff::compare(older, newer, options);
        check_partition(result.paragraphs, older.paragraphs.size(), newer.paragraphs.size());
        for (const auto& p : result.paragraphs) {
            for (const auto& s : p.sentences) {
                check_words(s, newer);
            }
        }
        // Comparing a document with itself finds nothing.
        if (diff::compare(newer, newer, options).has_changes()) {
            __builtin_trap();
        }
    } catch (const Error&) {
    }
    return 0;
}
