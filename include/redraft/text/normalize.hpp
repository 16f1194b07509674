#pragma once
// Normalization for comparison: two texts that a reader would call the same compare equal.

#include <string>
#include <string_view>

namespace redraft::text {

// NFC, Unicode case folding, curly quotes and primes to straight quotes, every dash to '-',
// every run of white space (including non-breaking spaces and line breaks) to one space,
// leading and trailing white space removed. ASCII text takes a fast path without ICU.
std::string normalize(std::string_view text);

// Appends normalize(text) to `out` (no allocation when `out` has room).
void normalize_into(std::string_view text, std::string& out);

// The text with the marks of its Latin letters taken off, as a writer without them types it:
// "Inés Núñez" -> "Ines Nunez", "Jerzy Łęcki" -> "Jerzy Lecki", "Nguyễn" -> "Nguyen", "Ștefan"
// -> "Stefan" (ICU's decomposition, its nonspacing marks dropped after a Latin letter; the
// letters with a stroke, "Ł", "Ø", "Đ", "Ħ", by hand). Letters with no one-letter base ("Æ",
// "ß", "Œ") and other scripts ("Ὀδυσσεύς") stay as written.
std::string without_marks(std::string_view text);

// True for the code points normalize() treats as white space.
bool is_space(char32_t c);

} // namespace redraft::text
