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
// one sentence; line breaks inside the text are ordinary white space.
std::vector<SentenceSpan> split_sentences(std::string_view text);

} // namespace redraft::segment
