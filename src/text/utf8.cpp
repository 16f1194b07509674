#include <redraft/error.hpp>
#include <redraft/text/utf8.hpp>

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

namespace redraft::text {
namespace {

std::size_t line_of(std::string_view bytes, std::size_t offset) {
    return 1 + static_cast<std::size_t>(std::count(bytes.begin(), bytes.begin() + offset, '\n'));
}

// Control characters other than tab, line feed, carriage return and form feed mark binary data.
bool is_binary_control(unsigned char c) {
    return c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f');
}

[[noreturn]] void refuse(std::string_view source, std::string_view bytes, std::size_t offset,
                         const std::string& what, const std::string& advice) {
    throw Error(ErrorKind::input, std::string(source) + ":" +
                                      std::to_string(line_of(bytes, offset)) + ": " + what +
                                      " at byte " + std::to_string(offset) + "; " + advice);
}

} // namespace

std::size_t bom_length(std::string_view bytes) {
    return bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
}

void check_text(std::string_view bytes, std::string_view source) {
    const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
    const auto length = static_cast<std::int64_t>(bytes.size());
    std::int64_t i = 0;
    while (i < length) {
        // Fast path: eight ASCII bytes at a time (no high bit set); only a word holding a byte
        // below 0x20 (a control byte, or just a tab or line break) is looked at byte by byte.
        if (i + 8 <= length) {
            std::uint64_t word;
            std::memcpy(&word, data + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                const bool has_control =
                    ((word - 0x2020202020202020ULL) & ~word & 0x8080808080808080ULL) != 0;
                for (int k = 0; has_control && k < 8; ++k) {
                    if (is_binary_control(data[i + k])) {
                        refuse(source, bytes, static_cast<std::size_t>(i + k),
                               "binary content (control byte " + std::to_string(int(data[i + k])) +
                                   ")",
                               "redraft reads only text files");
                    }
                }
                i += 8;
                continue;
            }
        }
        const std::int64_t start = i;
        UChar32 c;
        U8_NEXT(data, i, length, c);
        if (c < 0) {
            refuse(source, bytes, static_cast<std::size_t>(start), "invalid UTF-8",
                   // Without -f, iconv reads the locale's encoding (UTF-8) and stops at the same
                   // byte; an essay that is not UTF-8 is most often in Windows-1252 (Latin-1 is a
                   // subset of its printable characters).
                   "save the file as UTF-8 (for example, from Windows-1252 or Latin-1, with `iconv "
                   "-f WINDOWS-1252 -t UTF-8`)");
        }
        if (c < 0x80 && is_binary_control(static_cast<unsigned char>(c))) {
            refuse(source, bytes, static_cast<std::size_t>(start),
                   "binary content (control byte " + std::to_string(int(c)) + ")",
                   "redraft reads only text files");
        }
    }
}

} // namespace redraft::text
