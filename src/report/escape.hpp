#pragma once
// Small text helpers for renderers, each table-tested (tests/unit/escape_test.cpp).

#include <redraft/diff/diff.hpp>

#include <string>
#include <string_view>

namespace redraft::report {

// Line breaks and tabs become spaces: a paragraph shows on one line.
std::string one_line(std::string_view text);

// Safe to print on a terminal: line breaks and tabs become spaces, other control characters
// (ESC among them, which could drive the terminal, and the C1 controls) and bytes of no valid
// UTF-8 sequence become U+FFFD.
std::string terminal_safe(std::string_view text);

// One word run for a terminal: with colour, deleted text red and inserted text green; without,
// git's plain word-diff markers [-...-] and {+...+}. Trailing white space stays outside the
// markers; a line break inside a change shows as U+21B5. Equal text is returned as
// terminal_safe.
std::string word_markup(diff::WordOp op, std::string_view text, bool color);

// `text` cut to at most `limit` code points, with "…" when cut.
std::string shorten(std::string_view text, std::size_t limit);

} // namespace redraft::report

namespace redraft::report {

// Essay text inside Markdown (a line, a table cell, inside ** or ~~): every character that
// could start markup is backslash-escaped (\ ` * _ [ ] < | ~ # & @ $, and at the start of the
// text the quote, list and heading markers > - + = and "1." / "1)"), so the essay's own markup,
// pipes, HTML, @mentions and #references show as written and never break the report.
std::string markdown_escape(std::string_view text);

// Essay text inside CriticMarkup: a zero-width space (U+200B) breaks every two-character
// sequence that could open or close a mark ({+ {- {~ {> {= +} -} ~} <} =} ~>), so the essay's
// own braces never read as markup. The text looks the same.
std::string critic_escape(std::string_view text);

} // namespace redraft::report
