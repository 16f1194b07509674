#include "claims/verdicts.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#include "claims/people.hpp"
#include "claims/word_set.hpp"

namespace redraft::claims::detail {

std::optional<VerdictOnViews> verdict_on_views_before(std::string_view sentence,
                                                      const Words& words) {
    constexpr std::size_t kLongest = 12; // words of the longest such sentence
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    if (count < 2 || count > kLongest + 1) {
        return std::nullopt; // most sentences: told by their length alone
    }
    // Its words, lowercased, with the sentence's closing stop; any other punctuation (a quote, a
    // comma) makes it more than a verdict.
    // (On the stack: asked of every short sentence after one with a cue.)
    struct Indices {
        std::array<std::uint32_t, kLongest + 1> at{};
        std::size_t count = 0;
        void push_back(std::uint32_t k) { at[count++] = k; }
        std::size_t size() const { return count; }
        std::uint32_t operator[](std::size_t n) const { return at[n]; }
        std::uint32_t back() const { return at[count - 1]; }
    } at;
    for (std::uint32_t k = 0; k < count; ++k) {
        if (is_word(words, k)) {
            at.push_back(k);
            continue;
        }
        const std::string_view mark = words.text(sentence, k);
        if (k + 1 != count || (mark != "." && mark != "!")) {
            return std::nullopt;
        }
    }
    const auto lower = [&](std::size_t n) { return words.lower(sentence, at[n]); };
    static const WordSet be = {"is", "was", "are", "were"};
    std::size_t n = 0;
    if (at.size() >= 3 && lower(0) == "i" && (lower(1) == "think" || lower(1) == "believe")) {
        // "I think that he is right": its "that" opens the clause; "I think that is unfair":
        // it is the clause's subject.
        n = lower(2) == "that" && at.size() > 4 && !be.contains(lower(3)) ? 3 : 2;
    }
    static const WordSet adverbs = {"quite",   "surely",   "entirely", "absolutely", "simply",
                                    "clearly", "probably", "partly",   "largely",    "wholly",
                                    "fully",   "just",     "also",     "still"};
    static const WordSet negations = {"not", "never"};
    VerdictOnViews verdict;
    const auto words_from = [&](std::size_t first) {
        return std::string(
            sentence.substr(words.tokens[at[first]].begin,
                            words.tokens[at.back()].end - words.tokens[at[first]].begin));
    };
    // "I agree", "I fully agree", "I disagree", "I do not agree", "I don't agree".
    if (lower(n) == "i" && at.size() - n >= 2) {
        std::size_t k = n + 1;
        bool denied = false;
        if (k + 1 < at.size() && (lower(k) == "do" || lower(k) == "cannot" || lower(k) == "can")) {
            ++k;
        }
        if (lower(k) == "don't" || lower(k) == "can't") {
            denied = true;
            ++k;
        } else if (k < at.size() && negations.contains(lower(k))) {
            denied = true;
            ++k;
        }
        if (k < at.size() && adverbs.contains(lower(k))) {
            ++k;
        }
        if (k + 1 != at.size() || (lower(k) != "agree" && lower(k) != "disagree")) {
            return std::nullopt;
        }
        verdict.upheld = (lower(k) == "agree") != denied;
        verdict.words = words_from(n + 1);
        return verdict;
    }
    // The subject: a pronoun or "that", or a name.
    static const WordSet pointing = {"he", "she", "they", "that", "this"};
    std::size_t k = n;
    // Whether the subject is a person ("Brask", "he"), not the views ("that", "this").
    bool of_a_person = true;
    if (pointing.contains(lower(k))) {
        of_a_person = lower(k) != "that" && lower(k) != "this";
        verdict.of_a_person = of_a_person;
        ++k;
    } else {
        while (k < at.size() && k - n < 3 && starts_with_capital(words.text(sentence, at[k])) &&
               !be.contains(lower(k))) {
            ++k;
        }
        if (k == n || k - n > 3) {
            return std::nullopt;
        }
        verdict.holder_key = lowercase(words.text(sentence, at[k - 1]));
        verdict.of_a_person = true;
    }
    if (k >= at.size() || !be.contains(lower(k))) {
        return std::nullopt;
    }
    const std::size_t verb = k++;
    if (k < at.size() && adverbs.contains(lower(k))) {
        ++k;
    }
    bool denied = false;
    if (k < at.size() && negations.contains(lower(k))) {
        denied = true;
        ++k;
    }
    static const WordSet upholding = {"right", "correct", "fair", "justified", "true"};
    static const WordSet rejecting = {"wrong", "unfair", "mistaken", "unjustified", "untrue"};
    // Said of a person, only right and wrong judge her views: "She is fair." and "He was
    // unfair." judge the person ("Critics say Berg is reckless. She is fair." keeps the
    // critics' view theirs), where "That is fair." judges what was said.
    static const WordSet of_views_of_a_person = {"right", "correct", "wrong", "mistaken"};
    if (k + 1 != at.size() || !(upholding.contains(lower(k)) || rejecting.contains(lower(k))) ||
        (of_a_person && !of_views_of_a_person.contains(lower(k)))) {
        return std::nullopt;
    }
    verdict.upheld = upholding.contains(lower(k)) != denied;
    verdict.words = words_from(verb);
    return verdict;
}

namespace {

// The view `cue` states becomes the author's: as it stands where the verdict upholds it, turned
// over where it rejects it.
void adopt(const VerdictOnViews& verdict, Cue& cue, text::StringStore& strings) {
    cue.holder = {};
    cue.holder_key = {};
    cue.holder_referent = {};
    if (!verdict.upheld) {
        cue.negated = !cue.negated;
        cue.weight = -cue.weight;
        cue.negation = strings.add(
            cue.negation.empty() ? verdict.words : std::string(cue.negation) + " " + verdict.words);
    }
}

} // namespace

void pass_verdict_on_views(const VerdictOnViews& verdict, std::span<Cue> previous,
                           text::StringStore& strings) {
    for (Cue& cue : previous) {
        if (cue.kind != CueKind::characterization || cue.holder.empty() ||
            cue.holder_subject != Cue::kNoOwner ||
            (!verdict.holder_key.empty() && cue.holder_key != verdict.holder_key)) {
            continue;
        }
        adopt(verdict, cue, strings);
    }
}

bool pass_verdict_on_quotation(const VerdictOnViews& verdict, std::span<Cue> previous,
                               text::StringStore& strings) {
    if (verdict.of_a_person) {
        return false; // "Brask is right.": the quotation names no one whose view it is
    }
    bool passed = false;
    for (Cue& cue : previous) {
        if (cue.kind == CueKind::characterization && cue.holder.empty()) {
            adopt(verdict, cue, strings);
            passed = true;
        }
    }
    return passed;
}

} // namespace redraft::claims::detail
