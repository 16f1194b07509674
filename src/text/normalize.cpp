#include <redraft/text/ascii.hpp>
#include <redraft/text/normalize.hpp>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>

namespace redraft::text {
namespace {

// Typographic variants folded before case folding; anything else goes through ICU.
std::string_view fold_punctuation(char32_t c) {
    switch (c) {
    case U'\u2018': // left single quotation mark
    case U'\u2019': // right single quotation mark, apostrophe
    case U'\u201A': // single low-9 quotation mark
    case U'\u201B': // single high-reversed-9 quotation mark
    case U'\u2032': // prime
    case U'\u02BC': // modifier letter apostrophe
        return "'";
    case U'\u201C':
    case U'\u201D':
    case U'\u201E':
    case U'\u201F':
    case U'\u2033': // double prime
    case U'\u00AB': // guillemets
    case U'\u00BB':
        return "\"";
    case U'\u2010': // hyphen
    case U'\u2011': // non-breaking hyphen
    case U'\u2012': // figure dash
    case U'\u2013': // en dash
    case U'\u2014': // em dash
    case U'\u2015': // horizontal bar
    case U'\u2212': // minus sign
        return "-";
    case U'\u2026': // an ellipsis character compares equal to three full stops
        return "...";
    default:
        return {};
    }
}

// ASCII bytes: white space, and the lower-case form of every other byte.
struct AsciiTables {
    std::array<bool, 128> space{};
    std::array<char, 128> lower{};
};

constexpr AsciiTables make_ascii_tables() {
    AsciiTables t;
    for (int c = 0; c < 128; ++c) {
        t.space[c] = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
        t.lower[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    return t;
}
constexpr AsciiTables kAscii = make_ascii_tables();

// 0x80 in each byte of `x` that is zero, 0 in the others (exact, unlike the usual test for
// "some byte is zero", whose mask may also mark a byte above a zero byte).
constexpr std::uint64_t exact_zero_bytes(std::uint64_t x) {
    constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7FULL;
    return ~(((x & kLow7) + kLow7) | x | kLow7);
}

} // namespace

bool is_space(char32_t c) {
    if (c < 0x80) {
        return kAscii.space[c];
    }
    return u_isUWhiteSpace(static_cast<UChar32>(c)) || c == U'\u200B' || c == U'\uFEFF';
}

void normalize_into(std::string_view text, std::string& out) {
    const std::size_t start = out.size();
    // Before ICU, the result is never longer than the input: every folded character is at most
    // as long as the original. So write through a pointer into a buffer of the input's size.
    out.resize(start + text.size());
    char* const first = out.data() + start;
    char* write = first;
    bool pending_space = false;
    bool needs_icu = false;
    const auto* data = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto length = static_cast<std::int32_t>(text.size());
    std::int32_t i = 0;
    while (i < length) {
        if (i + 8 <= length) {
            // Eight bytes at once when they need nothing but lower-casing: ASCII, no control
            // byte or white space but single spaces between other bytes (so that the window
            // neither starts nor ends a run of white space).
            std::uint64_t word;
            std::memcpy(&word, data + i, 8);
            const std::uint64_t below_space = (word - 0x20 * kEveryByte) & ~word & kHighBits;
            const std::uint64_t spaces = exact_zero_bytes(word ^ (0x20 * kEveryByte));
            const bool plain = ((word & kHighBits) | below_space) == 0 &&
                               (spaces & ((spaces >> 8) | 0x80ULL | (0x80ULL << 56))) == 0;
            if (plain) {
                *write = ' ';
                write += pending_space;
                pending_space = false;
                word = ascii_lower_bytes(word);
                std::memcpy(write, &word, 8);
                write += 8;
                i += 8;
                continue;
            }
        }
        if (data[i] < 0x80) {
            // Without branches on white space, which comes every few bytes at random and would
            // cost a mispredicted branch each time: the pending space and the byte are stored
            // unconditionally and the write position advances only past what is kept. The
            // output never runs ahead of the input, so both stores stay inside the buffer.
            const std::uint8_t c = data[i++];
            const bool space = kAscii.space[c];
            *write = ' ';
            write += pending_space & !space;
            *write = kAscii.lower[c];
            write += !space;
            pending_space = space & (write != first);
            continue;
        }
        const std::int32_t char_begin = i;
        UChar32 c = 0;
        U8_NEXT(data, i, length, c);
        const auto code = static_cast<char32_t>(c);
        if (is_space(code)) {
            pending_space = write != first;
            continue;
        }
        if (pending_space) {
            *write++ = ' ';
            pending_space = false;
        }
        if (auto folded = fold_punctuation(code); !folded.empty()) {
            write = std::copy(folded.begin(), folded.end(), write);
        } else {
            // Copied as it is, invalid bytes included: ICU's conversion below turns those into
            // U+FFFD, and composes and folds the rest.
            write = std::copy(text.begin() + char_begin, text.begin() + i, write);
            needs_icu = true;
        }
    }
    out.resize(static_cast<std::size_t>(write - out.data()));
    if (!needs_icu) {
        return;
    }
    // Rare path: NFC and full case folding of the non-ASCII text through ICU.
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    auto tail = std::string_view(out).substr(start);
    icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
        icu::StringPiece(tail.data(), static_cast<std::int32_t>(tail.size())));
    unicode.foldCase();
    icu::UnicodeString composed = U_SUCCESS(status) ? nfc->normalize(unicode, status) : unicode;
    if (U_FAILURE(status)) {
        composed = unicode;
    }
    out.resize(start);
    composed.toUTF8String(out);
}

std::string without_marks(std::string_view text) {
    if (std::all_of(text.begin(), text.end(),
                    [](char c) { return (static_cast<unsigned char>(c) & 0x80U) == 0; })) {
        return std::string(text); // ASCII has no marks to take off
    }
    // Letters with a stroke or bar have no decomposition to take a mark from.
    static constexpr std::array<std::pair<UChar32, UChar32>, 9> kStroked = {{{0x0141, 'L'},
                                                                             {0x0142, 'l'},
                                                                             {0x00D8, 'O'},
                                                                             {0x00F8, 'o'},
                                                                             {0x0110, 'D'},
                                                                             {0x0111, 'd'},
                                                                             {0x0126, 'H'},
                                                                             {0x0127, 'h'},
                                                                             {0x0131, 'i'}}};
    const auto base_of_stroked = [](UChar32 c) {
        for (const auto& [stroked, base] : kStroked) {
            if (c == stroked) {
                return base;
            }
        }
        return c;
    };
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* decompose = icu::Normalizer2::getNFDInstance(status);
    const icu::Normalizer2* compose = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) {
        return std::string(text);
    }
    const icu::UnicodeString decomposed =
        decompose->normalize(icu::UnicodeString::fromUTF8(
                                 icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))),
                             status);
    icu::UnicodeString bare;
    bool after_latin = false; // only a Latin letter's marks come off: other scripts need theirs
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (u_charType(c) == U_NON_SPACING_MARK) {
            if (!after_latin) {
                bare.append(c);
            }
            continue;
        }
        UErrorCode script_status = U_ZERO_ERROR;
        after_latin = uscript_getScript(c, &script_status) == USCRIPT_LATIN;
        bare.append(after_latin ? base_of_stroked(c) : c);
    }
    std::string out;
    compose->normalize(bare, status).toUTF8String(out);
    return U_FAILURE(status) ? std::string(text) : out;
}

std::string normalize(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    normalize_into(text, out);
    return out;
}

} // namespace redraft::text
