#include <redraft/error.hpp>
#include <redraft/text/utf8.hpp>

#include <gtest/gtest.h>

#include <string>

namespace {

std::string message_for(std::string_view bytes) {
    try {
        redraft::text::check_text(bytes, "essay.txt");
    } catch (const redraft::Error& e) {
        EXPECT_EQ(e.kind(), redraft::ErrorKind::input);
        return e.what();
    }
    return "";
}

TEST(CheckText, AcceptsUtf8WithBomAndCrlf) {
    EXPECT_EQ(message_for("\xEF\xBB\xBFRutte\xE2\x80\x99s approach.\r\nNext line.\r\n"), "");
}

TEST(CheckText, InvalidUtf8NamesLineAndByte) {
    EXPECT_EQ(message_for("first line\nsecond \xC3\x28 line\n"),
              "essay.txt:2: invalid UTF-8 at byte 18; save the file as UTF-8 (for example, from "
              "Windows-1252 or Latin-1, with `iconv -f WINDOWS-1252 -t UTF-8`)");
}

TEST(CheckText, InvalidUtf8AtStartAndEnd) {
    EXPECT_EQ(message_for("\xFFstart"),
              "essay.txt:1: invalid UTF-8 at byte 0; save the file as UTF-8 (for example, from "
              "Windows-1252 or Latin-1, with `iconv -f WINDOWS-1252 -t UTF-8`)");
    EXPECT_EQ(message_for("ends badly \xE2\x80"),
              "essay.txt:1: invalid UTF-8 at byte 11; save the file as UTF-8 (for example, from "
              "Windows-1252 or Latin-1, with `iconv -f WINDOWS-1252 -t UTF-8`)");
}

TEST(CheckText, OverlongAndSurrogateEncodingsAreInvalid) {
    EXPECT_NE(message_for("\xC0\xAF"), "");
    EXPECT_NE(message_for("\xED\xA0\x80"), "");
}

TEST(CheckText, NulByteIsBinary) {
    EXPECT_EQ(message_for(std::string("abcdefghij\0k", 12)),
              "essay.txt:1: binary content (control byte 0) at byte 10; redraft reads only text "
              "files");
}

TEST(CheckText, ControlByteInNonAsciiStretchIsBinary) {
    EXPECT_EQ(message_for("\xC3\xA9\x01"),
              "essay.txt:1: binary content (control byte 1) at byte 2; redraft reads only text "
              "files");
}

TEST(BomLength, DetectsUtf8Bom) {
    EXPECT_EQ(redraft::text::bom_length("\xEF\xBB\xBFx"), 3u);
    EXPECT_EQ(redraft::text::bom_length("x"), 0u);
}

} // namespace

namespace {

// The fast path reads eight ASCII bytes at a time: a control byte at any place in such a word
// is found, and tabs, line feeds, carriage returns and form feeds are not control bytes.
TEST(CheckText, ControlByteAtEveryPlaceOfAnAsciiWord) {
    for (std::size_t place = 0; place < 16; ++place) {
        std::string bytes(24, 'a');
        bytes[place] = '\x1F';
        EXPECT_EQ(message_for(bytes), "essay.txt:1: binary content (control byte 31) at byte " +
                                          std::to_string(place) +
                                          "; redraft reads only text files");
    }
    EXPECT_EQ(message_for("tab\there\nline\r\nfeed\fend of the text"), "");
    EXPECT_EQ(message_for("aaaaaaa\x7F"), "");
}

} // namespace
