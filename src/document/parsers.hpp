#pragma once
// Block parsers: each fills doc.paragraphs with kind, source span, prose text and runs.

#include <redraft/document/document.hpp>

namespace redraft::document {

// Paragraphs are separated by blank lines; a short one-line paragraph without final
// punctuation is a heading.
void parse_plain_blocks(Document& doc);
// The number of paragraphs parse_plain_blocks finds in `source`, without building them.
std::size_t count_plain_blocks(std::string_view source);

// CommonMark through cmark: headings, paragraphs, block quotes, list items and code blocks.
void parse_markdown_blocks(Document& doc);

// True when a one-line plain-text paragraph reads as a heading.
bool looks_like_heading(std::string_view line);

} // namespace redraft::document
