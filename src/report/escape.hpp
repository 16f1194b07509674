#pragma once
// Small text helpers for renderers, each table-tested (tests/unit/escape_test.cpp).

#include <redraft/diff/diff.hpp>

#include <string>
#include <string_view>

namespace redraft::report {

// Line breaks and tabs become spaces: a paragraph shows on one line.
std::string one_line(std::string_view text);

// Safe to print on a terminal: line breaks and tabs become spaces, other control characters
// (ESC among them, which could drive the terminal) become U+FFFD.
std::string terminal_safe(std::string_view text);

// One word run for a terminal: with colour, deleted text red and inserted text green; without,
// git's plain word-diff markers [-...-] and {+...+}. Trailing white space stays outside the
// markers; a line break inside a change shows as U+21B5. Equal text is returned as
// terminal_safe.
std::string word_markup(diff::WordOp op, std::string_view text, bool color);

// `text` cut to at most `limit` code points, with "…" when cut.
std::string shorten(std::string_view text, std::size_t limit);

} // namespace redraft::report
