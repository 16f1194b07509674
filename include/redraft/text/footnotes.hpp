#pragma once
// Footnote and reference markers written into prose, which are neither words nor numbers of the
// text: a Markdown footnote reference ("[^1]", "[^note]"), a bracketed reference number glued to
// the word or punctuation before it ("an able administrator.[2]", "claims[3, 4]", "[5-7]"), and
// a run of superscript digits glued to what comes before it ("administrator.¹²").

#include <cstddef>
#include <string_view>
#include <vector>

namespace redraft::text {

// [begin, end) byte offsets of one marker.
struct MarkerSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
};

// Reference numbers in brackets are at most this many digits each: "[2025]" is a year.
inline constexpr std::size_t kMaxReferenceDigits = 3;

// Every marker of `text`, in order. A bracketed number needs a character other than white
// space right before it ("[2] Smith, J." opening a reference list is no marker) and no "(" right
// after it (a link).
std::vector<MarkerSpan> footnote_markers(std::string_view text);

// The end of the marker that starts at byte `i` of `text`, or 0 when none does there.
std::size_t footnote_marker_end(std::string_view text, std::size_t i);

// `text` without the markers at its end ("administrator.[2]" -> "administrator.").
std::string_view without_trailing_footnote_markers(std::string_view text);

} // namespace redraft::text
