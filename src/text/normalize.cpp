#include <redraft/text/normalize.hpp>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <string_view>

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

void append_utf8(std::string& out, char32_t c) {
    char buffer[4];
    std::int32_t length = 0;
    UBool error = false;
    U8_APPEND(buffer, length, 4, static_cast<UChar32>(c), error);
    if (!error) {
        out.append(buffer, static_cast<std::size_t>(length));
    }
}

} // namespace

bool is_space(char32_t c) {
    if (c < 0x80) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    }
    return u_isUWhiteSpace(static_cast<UChar32>(c)) || c == U'\u200B' || c == U'\uFEFF';
}

void normalize_into(std::string_view text, std::string& out) {
    const std::size_t start = out.size();
    bool pending_space = false;
    bool needs_icu = false;
    const auto* data = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto length = static_cast<std::int32_t>(text.size());
    std::int32_t i = 0;
    auto ascii_space = [](std::uint8_t b) { return b == ' ' || (b >= '\t' && b <= '\r'); };
    while (i < length) {
        UChar32 c = data[i];
        if (c < 0x80 && !ascii_space(data[i])) {
            // Fast path: a run of ASCII bytes other than white space, copied and lower-cased.
            if (pending_space) {
                out.push_back(' ');
                pending_space = false;
            }
            std::int32_t end = i + 1;
            while (end < length && data[end] < 0x80 && !ascii_space(data[end])) {
                ++end;
            }
            const std::size_t at = out.size();
            out.append(text.data() + i, static_cast<std::size_t>(end - i));
            for (std::size_t k = at; k < out.size(); ++k) {
                const char b = out[k];
                out[k] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b);
            }
            i = end;
            continue;
        }
        if (c < 0x80) {
            ++i;
        } else {
            U8_NEXT(data, i, length, c);
            if (c < 0) {
                c = 0xFFFD;
            }
        }
        const auto code = static_cast<char32_t>(c);
        if (is_space(code)) {
            pending_space = out.size() > start;
            continue;
        }
        if (pending_space) {
            out.push_back(' ');
            pending_space = false;
        }
        if (c < 0x80) {
            out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c));
        } else if (auto folded = fold_punctuation(code); !folded.empty()) {
            out.append(folded);
        } else {
            append_utf8(out, code);
            needs_icu = true;
        }
    }
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

std::string normalize(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    normalize_into(text, out);
    return out;
}

} // namespace redraft::text
