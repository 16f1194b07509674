#pragma once
// How redraft reads a document, for `redraft show --structure`: paragraphs with kinds and
// positions, and each paragraph's sentences.

#include <redraft/document/document.hpp>

#include <string>

namespace redraft::report {

std::string structure_text(const document::Document& doc);
std::string structure_json(const document::Document& doc);

} // namespace redraft::report
