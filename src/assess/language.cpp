#include <redraft/assess/language.hpp>
#include <redraft/text/ascii.hpp>

#include <array>
#include <string>
#include <utility>

#include "claims/word_set.hpp"

namespace redraft::assess {
namespace {

// Closed-class words frequent in English and rare as words of the other languages redraft may be
// given: not "a", "in", "is", "an", "on", "die", "will" or "so", which are words of Dutch, German,
// Italian or French as well.
bool is_english_function_word(std::string_view lower) {
    static const claims::WordSet words = {
        "the",   "of",   "and",   "to",   "that", "with",  "for",    "it",    "by",    "his",
        "her",   "he",   "she",   "be",   "this", "are",   "were",   "have",  "has",   "had",
        "not",   "from", "which", "but",  "at",   "or",    "its",    "their", "they",  "been",
        "would", "who",  "than",  "into", "was",  "could", "should", "there", "these", "those"};
    return words.contains(lower);
}

// A byte of a word as english_share reads words: an ASCII letter or digit, an apostrophe, or a
// byte of a character beyond ASCII ("été", "Łódź").
bool is_word_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '\'' || c >= 0x80;
}

} // namespace

EnglishShare english_share(const document::Document& doc, std::size_t limit) {
    // The longest function word has six letters ("should"): a longer word is counted and passed
    // over without a lookup, most words of a text.
    constexpr std::size_t kLongest = 6;
    EnglishShare share;
    for (const auto& paragraph : doc.paragraphs) {
        const std::string_view text = paragraph.text;
        std::size_t i = 0;
        while (i < text.size() && share.words < limit) {
            if (!is_word_byte(static_cast<unsigned char>(text[i]))) {
                ++i;
                continue;
            }
            const std::size_t begin = i;
            bool digit = false;
            bool letter = false;
            while (i < text.size() && is_word_byte(static_cast<unsigned char>(text[i]))) {
                const char c = text[i];
                digit = digit || (c >= '0' && c <= '9');
                letter = letter || c != '\'';
                ++i;
            }
            // Quotation marks alone, numbers and codes ("2021", "MH17", "w12") are words of no
            // language.
            if (digit || !letter) {
                continue;
            }
            ++share.words;
            if (i - begin <= kLongest) {
                std::array<char, kLongest> lower{};
                for (std::size_t k = begin; k < i; ++k) {
                    lower[k - begin] = text::ascii_lower(text[k]);
                }
                share.function_words += is_english_function_word({lower.data(), i - begin}) ? 1 : 0;
            }
        }
        if (share.words >= limit) {
            break;
        }
    }
    return share;
}

bool reads_as_other_language(const EnglishShare& share) {
    return share.words >= 40 && share.function_words * 10 < share.words;
}

std::optional<std::string> language_note(const std::vector<const document::Document*>& docs,
                                         std::size_t limit) {
    std::vector<std::pair<const document::Document*, EnglishShare>> others;
    for (const document::Document* doc : docs) {
        const EnglishShare share = english_share(*doc, limit);
        if (reads_as_other_language(share)) {
            others.emplace_back(doc, share);
        }
    }
    if (others.empty()) {
        return std::nullopt;
    }
    const auto percent = [](const EnglishShare& share) {
        return std::to_string(100 * share.function_words / share.words) + "%";
    };
    std::string names;
    std::string shares;
    for (std::size_t k = 0; k < others.size(); ++k) {
        const char* const separator = k == 0 ? "" : (k + 1 == others.size() ? " and " : ", ");
        const auto& [doc, share] = others[k];
        names += separator + doc->name;
        // "its first 1000 words" where the count stopped at the limit, "its 70 words" otherwise.
        const std::string words =
            (share.words >= limit ? "first " : "") + std::to_string(share.words) + " words";
        shares +=
            separator + percent(share) +
            (others.size() == 1 ? " of its " + words : " of the " + words + " of " + doc->name);
    }
    return names + (others.size() == 1 ? " does" : " do") +
           " not read as English: English function words such as 'the', 'of' and 'that' make " +
           shares +
           ", and a fifth or more of English prose. redraft's lexicon and rules are English, so "
           "the assessment may miss or misread the judgements of a text in another language.";
}

} // namespace redraft::assess
