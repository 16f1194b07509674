#include "assess/spelling.hpp"

#include <redraft/assess/assess.hpp>
#include <redraft/text/ascii.hpp>
#include <redraft/text/normalize.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace redraft::assess {

using namespace detail;

namespace {

bool is_vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

} // namespace

namespace detail {

std::string fold_spelling(std::string word) {
    struct Family {
        std::string_view british;
        std::string_view american;
        std::initializer_list<std::string_view> endings;
        std::size_t stem;
    };
    // -ise/-ize and -yse/-yze: "criticise", "recognisable", "moderniser", "organisation".
    // -our/-or: "colour", "colourless", "honourable", "favourite", "behavioural".
    // -ence/-ense: "defence", "offences", "defenceless". -ogue/-og: "catalogue", "dialogues".
    // -dgement/-dgment: "judgement", "acknowledgements".
    static const Family families[] = {
        {"is",
         "iz",
         {"e", "es", "ed", "ing", "er", "ers", "able", "ably", "ability", "ation", "ations",
          "ational", "ationally"},
         3},
        {"ys", "yz", {"e", "es", "ed", "ing", "er", "ers"}, 3},
        {"our",
         "or",
         {"", "s", "ed", "ing", "er", "ers", "able", "ably", "ful", "fully", "less", "ite", "ites",
          "al", "ally", "ism", "ist", "ists"},
         3},
        {"ence", "ense", {"", "s", "less"}, 3},
        {"ogue", "og", {"", "s"}, 3},
        {"dgement", "dgment", {"", "s"}, 2},
    };
    for (const auto& family : families) {
        // Most words hold no family's core at all: those skip its endings.
        if (std::string_view(word).find(family.british) == std::string_view::npos) {
            continue;
        }
        for (const std::string_view ending : family.endings) {
            const std::size_t tail = family.british.size() + ending.size();
            if (word.size() < tail || !word.ends_with(ending) ||
                std::string_view(word).substr(word.size() - tail, family.british.size()) !=
                    family.british) {
                continue;
            }
            const std::size_t stem = word.size() - tail;
            // "odour" has a stem of two letters; "scour", "flour" and "hour" are no "-our" words.
            const bool short_our = family.british == "our" && stem == 2 && is_vowel(word[0]);
            if (stem >= family.stem || short_our) {
                return word.substr(0, stem) + std::string(family.american) + std::string(ending);
            }
        }
    }
    // -re/-er after b, g, t or v: "centre", "centres", "centred", "centring", "fibre", "meagre",
    // "manoeuvre" ("timbre" is no "timber").
    static constexpr std::pair<std::string_view, std::string_view> re_endings[] = {
        {"re", "er"}, {"res", "ers"}, {"red", "ered"}, {"ring", "ering"}};
    for (const auto& [british, american] : re_endings) {
        if (word.size() >= british.size() + 3 && word.ends_with(british) && word != "timbre" &&
            word != "timbres") {
            const char before = word[word.size() - british.size() - 1];
            if (before == 'b' || before == 'g' || before == 't' || before == 'v') {
                return word.substr(0, word.size() - british.size()) + std::string(american);
            }
        }
    }
    // Doubled l: "travelled", "traveller", "fulfil(l)", "enrol(l)ment", "skil(l)ful", "wil(l)ful".
    // One l after a vowel, with at least three letters before it ("filled" is no "filed"), or
    // two before -ful and -ment.
    static constexpr std::string_view l_endings[] = {"ed",  "ing",   "er",   "ers",   "or", "ors",
                                                     "ful", "fully", "ment", "ments", ""};
    if (word.find('l') == std::string::npos) {
        return word; // most words: no l to double or undouble
    }
    for (const std::string_view ending : l_endings) {
        if (word.size() < ending.size() + 1 || !word.ends_with(ending)) {
            continue;
        }
        const std::size_t min_stem =
            ending == "ful" || ending == "fully" || ending == "ment" || ending == "ments" ? 2 : 3;
        const std::size_t ls = word.size() - ending.size();
        // the l or ll right before the ending
        std::size_t first_l = ls;
        while (first_l > 0 && word[first_l - 1] == 'l') {
            --first_l;
        }
        const std::size_t count = ls - first_l;
        if ((count == 1 || count == 2) && first_l >= min_stem && is_vowel(word[first_l - 1]) &&
            !(ending.empty() && count == 1)) {
            return word.substr(0, first_l) + "l" + std::string(ending);
        }
    }
    return word;
}

} // namespace detail

// Text folded over British and American spelling ("criticised" and "criticized", "favour" and
// "favor", "colourless" and "colorless", "recognisable", "moderniser", "defence", "centre",
// "skilful", "travelled", "judgement"), and over the marks of letters ("Wiśniewska" and
// "Wisniewska", "Løkke" and "Lokke"), so that a house-style copy-edit or one of accents changes
// no holder and no lexicon row. Only for comparing two revisions' words, never for matching the
// lexicon.
std::string spelling_key(std::string_view text) {
    const std::string out = redraft::text::ascii_lowercase(redraft::text::without_marks(text));
    std::string folded;
    std::size_t start = 0;
    while (start <= out.size()) {
        std::size_t end = start;
        while (end < out.size() && out[end] >= 'a' && out[end] <= 'z') {
            ++end;
        }
        folded += fold_spelling(out.substr(start, end - start));
        if (end < out.size()) {
            folded.push_back(out[end]);
        }
        start = end + 1;
    }
    return folded;
}

// Folding keeps the first two letters of every word (each family, -re and doubled-l rewrite
// only after a stem of two letters or more), so texts whose first ASCII bytes differ have
// different keys: most pairs compared (the cues of one passage) are told apart without two keys
// built. A first letter with a mark ("Ł") may fold to the other's ("L").
bool same_spelling(std::string_view a, std::string_view b) {
    if (a == b) {
        return true;
    }
    if (a.empty() || b.empty()) {
        return false;
    }
    const auto first_a = static_cast<unsigned char>(a.front());
    const auto first_b = static_cast<unsigned char>(b.front());
    if (first_a < 0x80 && first_b < 0x80 &&
        text::ascii_lower(a.front()) != text::ascii_lower(b.front())) {
        return false;
    }
    return spelling_key(a) == spelling_key(b);
}
} // namespace redraft::assess
