#pragma once
// Sentence boundaries an editor would accept.

#include <cstdint>
#include <string_view>
#include <vector>

namespace redraft::segment {

// [begin, end) of one sentence in the text given to split_sentences, without the white space
// around it.
struct SentenceSpan {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    friend bool operator==(const SentenceSpan&, const SentenceSpan&) = default;
};

// Splits one paragraph of prose into sentences. Every non-space character belongs to exactly
// one sentence; line breaks inside the text are ordinary white space, except in a pipe table
// (a header row, then a delimiter row such as "|---|---|"), where each row is split on its own
// and the delimiter row ends the header's sentence.
std::vector<SentenceSpan> split_sentences(std::string_view text);
// The same into `out` (emptied first): a caller that splits many paragraphs reuses one buffer.
void split_sentences(std::string_view text, std::vector<SentenceSpan>& out);

// Whether `sentence`, one of split_sentences, is a pipe table's header row with its delimiter
// row: column titles, not a statement.
bool is_table_header(std::string_view sentence);

// Whether a paragraph's text is a pipe table, whose rows split_sentences splits one by one.
bool is_pipe_table(std::string_view text);

} // namespace redraft::segment
