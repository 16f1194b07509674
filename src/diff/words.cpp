// Step 5: words, with dtl over interned token ids, then an editor's clean-up.

#include <dtl/dtl.hpp>

#include <algorithm>

#include "diff/align.hpp"

namespace redraft::diff::detail {
namespace {

// The original text of token `i` with the white space after it (up to the next token or the
// end of the text). The first token also takes anything before it.
std::string_view token_text(const TokenRun& run, std::uint32_t i) {
    const std::uint32_t begin = i == 0 ? run.begin : run.tokens[i].begin;
    const std::uint32_t end = i + 1 < run.tokens.size() ? run.tokens[i + 1].begin : run.end;
    return run.text.substr(begin, end - begin);
}

void append_run(std::vector<WordChange>& out, WordOp op, std::string_view text) {
    if (text.empty()) {
        return;
    }
    if (!out.empty() && out.back().op == op) {
        out.back().text.append(text);
    } else {
        out.push_back({op, std::string(text)});
    }
}

} // namespace

void intern_tokens(std::string_view text, std::span<const text::Token> tokens,
                   text::Comparison comparison, text::Interner& interner,
                   std::vector<std::uint32_t>& ids) {
    std::string lowered;
    for (const text::Token& token : tokens) {
        const std::string_view bytes = text.substr(token.begin, token.end - token.begin);
        if (comparison == text::Comparison::exact) {
            // Every byte counts, the white space after a token too (a re-wrap is a change).
            const std::size_t next = &token + 1 != tokens.data() + tokens.size()
                                         ? (&token + 1)->begin
                                         : text.find_first_not_of(" \t\r\n", token.end);
            const std::size_t end = next == std::string_view::npos ? text.size() : next;
            ids.push_back(interner.intern(text.substr(token.begin, end - token.begin)));
            continue;
        }
        const bool ascii = std::all_of(bytes.begin(), bytes.end(),
                                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        if (!ascii) {
            ids.push_back(interner.intern(text::comparison_key(bytes, comparison)));
            continue;
        }
        lowered.assign(bytes);
        for (char& c : lowered) {
            c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        ids.push_back(interner.intern(lowered));
    }
}

std::vector<TokenOp> fold_small_equalities(std::vector<TokenOp> ops,
                                           std::uint32_t merge_equal_words) {
    // Equal runs with a change on both sides and at most merge_equal_words tokens become a
    // deletion plus an insertion of the same words.
    if (merge_equal_words > 0) {
        std::size_t i = 0;
        bool change_before = false;
        while (i < ops.size()) {
            if (ops[i].op != WordOp::equal) {
                change_before = true;
                ++i;
                continue;
            }
            std::size_t j = i;
            while (j < ops.size() && ops[j].op == WordOp::equal) {
                ++j;
            }
            if (change_before && j < ops.size() && j - i <= merge_equal_words) {
                std::vector<TokenOp> replaced;
                for (std::size_t k = i; k < j; ++k) {
                    replaced.push_back({WordOp::remove, ops[k].old_token, kNone});
                    replaced.push_back({WordOp::insert, kNone, ops[k].new_token});
                }
                ops.erase(ops.begin() + static_cast<std::ptrdiff_t>(i),
                          ops.begin() + static_cast<std::ptrdiff_t>(j));
                ops.insert(ops.begin() + static_cast<std::ptrdiff_t>(i), replaced.begin(),
                           replaced.end());
                j = i + replaced.size();
            }
            i = j;
        }
    }
    // Inside each stretch of changes: every deletion first, then every insertion.
    for (std::size_t i = 0; i < ops.size();) {
        if (ops[i].op == WordOp::equal) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < ops.size() && ops[j].op != WordOp::equal) {
            ++j;
        }
        std::stable_partition(ops.begin() + static_cast<std::ptrdiff_t>(i),
                              ops.begin() + static_cast<std::ptrdiff_t>(j),
                              [](const TokenOp& op) { return op.op == WordOp::remove; });
        i = j;
    }
    return ops;
}

bool diff_words(const TokenRun& older, const TokenRun& newer, const WordDiffOptions& options,
                std::vector<WordChange>& out) {
    const std::uint64_t cells = std::uint64_t(older.ids.size()) * std::uint64_t(newer.ids.size());
    if (cells > options.max_cells) {
        append_run(out, WordOp::remove, older.sentence());
        append_run(out, WordOp::insert, newer.sentence());
        return false;
    }
    std::vector<TokenOp> ops;
    ops.reserve(older.ids.size() + newer.ids.size());
    if (older.ids.empty() || newer.ids.empty()) {
        for (std::uint32_t i = 0; i < older.ids.size(); ++i) {
            ops.push_back({WordOp::remove, i, kNone});
        }
        for (std::uint32_t i = 0; i < newer.ids.size(); ++i) {
            ops.push_back({WordOp::insert, kNone, i});
        }
    } else {
        const std::vector<std::uint32_t> a(older.ids.begin(), older.ids.end());
        const std::vector<std::uint32_t> b(newer.ids.begin(), newer.ids.end());
        dtl::Diff<std::uint32_t> diff(a, b);
        diff.compose();
        for (const auto& [id, info] : diff.getSes().getSequence()) {
            const auto before = static_cast<std::uint32_t>(info.beforeIdx - 1);
            const auto after = static_cast<std::uint32_t>(info.afterIdx - 1);
            switch (info.type) {
            case dtl::SES_COMMON:
                ops.push_back({WordOp::equal, before, after});
                break;
            case dtl::SES_DELETE:
                ops.push_back({WordOp::remove, before, kNone});
                break;
            case dtl::SES_ADD:
                ops.push_back({WordOp::insert, kNone, after});
                break;
            }
        }
    }
    const std::vector<TokenOp> folded =
        fold_small_equalities(std::move(ops), options.merge_equal_words);
    // The white space after an equal word that a change follows belongs to each side: where one
    // side has none ("vain and impulsive" -> "vain, impulsive"), the old side's goes into the
    // deletion and the new side's into the insertion (" and impulsive" deleted, ", impulsive"
    // inserted), so that the equal and deleted runs rebuild the old sentence and the equal and
    // inserted runs the new one: rejecting a change never glues two words ("vainand").
    std::string_view pending_insert; // the new side's white space, before the next insertion
    for (std::size_t k = 0; k < folded.size(); ++k) {
        const TokenOp& op = folded[k];
        if (op.op == WordOp::equal && !pending_insert.empty()) {
            append_run(out, WordOp::insert, pending_insert);
            pending_insert = {};
        }
        switch (op.op) {
        case WordOp::equal: {
            const std::string_view text = token_text(newer, op.new_token);
            // At the end of either sentence the space is the one between sentences: "a b" ->
            // "a b y" stays "a b {+y+}".
            if (k + 1 == folded.size() || folded[k + 1].op == WordOp::equal ||
                op.old_token + 1 == older.tokens.size() ||
                op.new_token + 1 == newer.tokens.size()) {
                append_run(out, WordOp::equal, text);
                break;
            }
            const std::string_view old_text = token_text(older, op.old_token);
            const auto space_after = [](std::string_view t) {
                const std::size_t end = t.find_last_not_of(" \t\r\n");
                return end == std::string_view::npos ? t : t.substr(end + 1);
            };
            const std::string_view new_space = space_after(text);
            const std::string_view old_space = space_after(old_text);
            if (new_space == old_space || (!new_space.empty() && !old_space.empty())) {
                append_run(out, WordOp::equal, text);
                break;
            }
            append_run(out, WordOp::equal, text.substr(0, text.size() - new_space.size()));
            append_run(out, WordOp::remove, old_space);
            pending_insert = new_space;
            break;
        }
        case WordOp::remove:
            append_run(out, WordOp::remove, token_text(older, op.old_token));
            break;
        case WordOp::insert:
            append_run(out, WordOp::insert, pending_insert);
            pending_insert = {};
            append_run(out, WordOp::insert, token_text(newer, op.new_token));
            break;
        }
    }
    append_run(out, WordOp::insert, pending_insert);
    return true;
}

} // namespace redraft::diff::detail
