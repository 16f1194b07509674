#include "claims/groups.hpp"

#include <redraft/text/ascii.hpp>

#include <string>

#include "claims/word_classes.hpp"
#include "claims/word_set.hpp"

namespace redraft::claims::detail {

bool is_plural_pronoun(std::string_view word) {
    return text::folds_to(word, "they") || text::folds_to(word, "them") ||
           text::folds_to(word, "their") || text::folds_to(word, "theirs") ||
           text::folds_to(word, "themselves");
}

namespace {

// Bodies of people that British usage continues with "they" ("The board were divided; they
// ..."), as it does a plural.
bool is_collective_noun(std::string_view lower) {
    static const WordSet bodies = {"board", "team",    "committee", "management", "workforce",
                                   "jury",  "cabinet", "council",   "panel"};
    return bodies.contains(lower);
}

} // namespace

std::optional<std::uint32_t> opening_group(std::string_view sentence, const Words& words) {
    constexpr std::uint32_t kWordsBeforeNoun = 4; // "Most of the former employees"
    const std::uint32_t count = static_cast<std::uint32_t>(words.tokens.size());
    for (std::uint32_t k = 0; k < count && k <= kWordsBeforeNoun; ++k) {
        if (words.tokens[k].kind == text::TokenKind::number && k == 0) {
            continue; // "200 employees"
        }
        if (!is_word(words, k)) {
            return std::nullopt;
        }
        // The word in lower case, copied: asked of many sentences whose other rules never need
        // the whole sentence lowered.
        const std::string lowered = text::ascii_lowercase(words.text(sentence, k));
        const std::string_view word = lowered;
        if (is_plural_agent_noun(word) || (k > 0 && is_collective_noun(word))) {
            return k;
        }
        const bool opener = k == 0 && is_unnamed_word(word) && !is_plural_pronoun(word) &&
                            word != "he" && word != "she" && word != "it" && word != "i" &&
                            word != "we" && word != "you";
        const bool modifier = k > 0 && (!is_capitalized(words.text(sentence, k)) ||
                                        is_possessive(words.text(sentence, k)));
        if (!opener && !modifier && !(k == 0 && is_possessive(words.text(sentence, k)))) {
            return std::nullopt;
        }
        if (k > 0 && is_linking_verb(word)) {
            return std::nullopt; // "The plan was ..." names no group
        }
    }
    return std::nullopt;
}

} // namespace redraft::claims::detail
