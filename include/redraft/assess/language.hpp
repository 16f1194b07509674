#pragma once
// Whether a revision reads as English. The lexicon and the rules of the analysis are English: in
// a text of another language ("Rutte bleef voorzichtig") they find few cues or wrong ones
// ("prudent" in French), and the assessment would pass that off as a text that judges little.
// Reports say so instead, from the text's share of English function words.

#include <redraft/document/document.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace redraft::assess {

// Of the first `limit` words of a document (runs of letters, apostrophes and letters beyond
// ASCII; a run with a digit, "2021" or "MH17", is none),
// how many were read and how many are English function words ("the", "of", "and", "that", ...),
// words that make a fifth or more of any English prose and almost none of other languages'.
struct EnglishShare {
    std::size_t words = 0;
    std::size_t function_words = 0;
};
EnglishShare english_share(const document::Document& doc, std::size_t limit = 1000);

// Whether the share is too small for English prose: under 10% of 40 words or more (English
// prose has 20% or more; a text of fewer words is not judged).
bool reads_as_other_language(const EnglishShare& share);

// A note for the documents of `docs` that do not read as English (english_share of their first
// `limit` words), naming each; none when all do.
std::optional<std::string> language_note(const std::vector<const document::Document*>& docs,
                                         std::size_t limit = 1000);

} // namespace redraft::assess
