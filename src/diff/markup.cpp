// markup_only_note(): the paragraphs of two Markdown revisions whose words are the same and
// whose markup is not (emphasis, a link's target, code marks, a list marker, a heading's
// level). The alignment compares prose, so it calls them equal; this says what the writer did.

#include <algorithm>
#include <string>

#include "diff/align.hpp"

namespace redraft::diff::detail {
namespace {

using document::BlockKind;
using document::Document;
using document::Paragraph;

// The block's source without a heading's leading and closing #s: its inline markup.
std::string_view inline_source(const Document& doc, const Paragraph& p) {
    std::string_view s = std::string_view(doc.source).substr(p.source.begin, p.source.size());
    if (p.kind == BlockKind::heading) {
        s.remove_prefix(std::min(s.size(), s.find_first_not_of("# \t")));
        const auto last = s.find_last_not_of("# \t");
        s = s.substr(0, last == std::string_view::npos ? 0 : last + 1);
    }
    return s;
}

// What stands before the block on its first line: a list marker or a quote's '>'.
std::string_view line_prefix(const Document& doc, const Paragraph& p) {
    const std::uint32_t start = doc.lines.line_start(p.position.line);
    return std::string_view(doc.source).substr(start, p.source.begin - start);
}

bool list_or_prose(BlockKind k) {
    return k == BlockKind::list_item || k == BlockKind::paragraph;
}

// How `after` differs from `before` in markup alone; empty when it does not, or when the
// change is more than markup (a paragraph made a heading or a block quotation changes claims).
std::string markup_change(const Document& older, const Paragraph& before, const Document& newer,
                          const Paragraph& after) {
    if (before.text != after.text) {
        return {};
    }
    std::string what;
    const auto add = [&what](const std::string& part) {
        what += (what.empty() ? "" : ", ") + part;
    };
    if (before.kind != after.kind) {
        if (!list_or_prose(before.kind) || !list_or_prose(after.kind)) {
            return {};
        }
        add(after.kind == BlockKind::list_item ? "a paragraph made a list item"
                                               : "a list item made a paragraph");
    } else if (before.kind == BlockKind::heading && before.level != after.level) {
        add("heading level " + std::to_string(before.level) + " -> " + std::to_string(after.level));
    } else if (before.kind == BlockKind::list_item &&
               line_prefix(older, before) != line_prefix(newer, after)) {
        add("list marker");
    }
    if (inline_source(older, before) != inline_source(newer, after)) {
        add("inline markup: emphasis, a link or code");
    }
    return what;
}

} // namespace

std::optional<std::string> markup_only_note(const Document& older, const Document& newer,
                                            const DocumentDiff& diff) {
    if (older.format != document::Format::markdown && newer.format != document::Format::markdown) {
        return std::nullopt;
    }
    std::vector<std::string> found;
    for (const ParagraphAlignment& entry : diff.paragraphs) {
        // An edited or moved pair counts only with the same prose (markup_change checks).
        if (entry.old_paragraphs.size() != 1 || entry.new_paragraphs.size() != 1) {
            continue;
        }
        const auto n = entry.new_paragraphs.front();
        auto what = markup_change(older, older.paragraphs[entry.old_paragraphs.front()], newer,
                                  newer.paragraphs[n]);
        if (!what.empty()) {
            found.push_back("paragraph " + std::to_string(n + 1) + " (" + what + ")");
        }
    }
    if (found.empty()) {
        return std::nullopt;
    }
    std::string note = std::to_string(found.size()) +
                       (found.size() == 1 ? " paragraph differs" : " paragraphs differ") +
                       " in Markdown markup only, not in words, a copy-edit that changes no "
                       "claim: ";
    constexpr std::size_t kListed = 5;
    for (std::size_t i = 0; i < found.size() && i < kListed; ++i) {
        note += (i == 0 ? "" : "; ") + found[i];
    }
    if (found.size() > kListed) {
        note += "; " + std::to_string(found.size() - kListed) + " more";
    }
    return note;
}

} // namespace redraft::diff::detail
