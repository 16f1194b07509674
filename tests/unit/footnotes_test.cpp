// Footnote and reference markers: the markers found in a text, and the eight-bytes-at-a-time scan
// that finds them, which must find exactly what trying every byte finds.
#include <redraft/text/footnotes.hpp>

#include <gtest/gtest.h>

#include <array>
#include <cstddef>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace redraft::text {
namespace {

using Spans = std::vector<std::pair<std::size_t, std::size_t>>;

Spans spans(const std::vector<MarkerSpan>& markers) {
    Spans out;
    for (const auto& m : markers) {
        out.emplace_back(m.begin, m.end);
    }
    return out;
}

// The markers as a scan that tries every byte finds them.
Spans every_byte(std::string_view text) {
    Spans out;
    for (std::size_t i = 0; i < text.size();) {
        if (const std::size_t end = footnote_marker_end(text, i)) {
            out.emplace_back(i, end);
            i = end;
        } else {
            ++i;
        }
    }
    return out;
}

TEST(FootnoteMarkers, FindsEachKind) {
    const std::string text = "an able administrator.[2] She said so[^note] twice.\xc2\xb9\xc2\xb2 "
                             "[3] opens nothing, nor does a link[4](x).";
    EXPECT_EQ(spans(footnote_markers(text)), (Spans{{22, 25}, {37, 44}, {51, 55}}));
}

TEST(FootnoteMarkers, FindsMarkersOnEveryByteOfAnEightByteWord) {
    // The same marker after 0 to 23 bytes of plain text, so that it opens at every place in
    // the eight-byte words the scan reads, and ends at the text's end or before more text.
    for (std::size_t pad = 0; pad < 24; ++pad) {
        for (const std::string_view marker : {"[12]", "[^a]", "\xc2\xb3", "\xe2\x81\xb4"}) {
            for (const std::string_view after : {"", " and more words after it"}) {
                std::string text(pad + 1, 'x');
                text += marker;
                text += after;
                EXPECT_EQ(spans(footnote_markers(text)), every_byte(text)) << text;
                EXPECT_EQ(footnote_markers(text).size(), 1U) << text;
            }
        }
    }
}

TEST(FootnoteMarkers, AgreesWithTryingEveryByteOnGeneratedText) {
    // Pieces that open, close or almost make markers, and plain text between them.
    const std::array<std::string_view, 16> pieces = {"[",
                                                     "]",
                                                     "^",
                                                     "1",
                                                     "23",
                                                     ", ",
                                                     "-",
                                                     "(",
                                                     "word",
                                                     " ",
                                                     "\xc2\xb9",
                                                     "\xc2\xa0",
                                                     "\xe2\x81\xb5",
                                                     "\xe2\x80\x93",
                                                     "\xe2\x80\x9c",
                                                     "plain text "};
    std::mt19937 random(20261205);
    std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1);
    std::uniform_int_distribution<int> length(0, 40);
    for (int n = 0; n < 20000; ++n) {
        std::string text;
        for (int k = length(random); k > 0; --k) {
            text += pieces[piece(random)];
        }
        ASSERT_EQ(spans(footnote_markers(text)), every_byte(text)) << text;
    }
}

} // namespace
} // namespace redraft::text
