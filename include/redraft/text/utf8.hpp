#pragma once
// Checks that bytes are text redraft can read: valid UTF-8, no binary content.

#include <string_view>

namespace redraft::text {

// Throws Error(input) when `bytes` hold a NUL byte or other binary content, or invalid UTF-8.
// The message names `source`, the byte offset and the line of the first offending byte.
void check_text(std::string_view bytes, std::string_view source);

// Number of bytes of a UTF-8 byte-order mark at the start of `bytes` (0 or 3).
std::size_t bom_length(std::string_view bytes);

} // namespace redraft::text
