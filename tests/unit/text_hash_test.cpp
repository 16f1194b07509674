#include <redraft/text/hash.hpp>

#include <gtest/gtest.h>

namespace redraft::text {
namespace {

// Fed in pieces of any length, the hash is that of the whole: the cache checksums a record's
// key, name and payload one after the other.
TEST(ContentHasher, PiecesHashAsTheWhole) {
    const std::string text = "The Bank raised rates by 25 basis points, its ninth rise.";
    for (std::size_t cut = 0; cut <= text.size(); ++cut) {
        for (std::size_t second = cut; second <= text.size(); second += 3) {
            const auto pieces = ContentHasher()
                                    .update(std::string_view(text).substr(0, cut))
                                    .update(std::string_view(text).substr(cut, second - cut))
                                    .update(std::string_view(text).substr(second))
                                    .value();
            ASSERT_EQ(pieces, content_hash64(text)) << cut << " " << second;
        }
    }
}

// In one piece (content_hash64, which reads the last bytes in place) as fed to a hasher, at every
// length around the 8-byte words.
TEST(ContentHasher, OnePieceHashesAsTheHasher) {
    const std::string text = "char.prudent-legalist\xe2\x80\x99s of 0123456789";
    for (std::size_t from = 0; from < 9; ++from) {
        for (std::size_t size = 0; from + size <= text.size(); ++size) {
            const std::string_view piece = std::string_view(text).substr(from, size);
            ASSERT_EQ(content_hash64(piece), ContentHasher().update(piece).value())
                << from << " " << size;
        }
    }
}

// Texts that compare equal for the diff (case, quotes) hash apart: analyses are shared by it.
TEST(ContentHasher, TellsCaseAndQuotesApart) {
    EXPECT_NE(content_hash64("The Bank was reckless."), content_hash64("The bank was reckless."));
    EXPECT_NE(content_hash64("\"Calm,\" she said."), content_hash64("\u201cCalm,\u201d she said."));
    EXPECT_NE(content_hash64(""), content_hash64(std::string(1, '\0')));
    EXPECT_EQ(ContentHasher().update("abc").hex().size(), 16U);
}

} // namespace
} // namespace redraft::text
