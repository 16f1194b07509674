// The author's verdict on the views reported in the sentence before: "Brask is right.", "I think
// that is unfair.", "I do not agree." (task s1: a columnist who rejects a commentator's reproach
// and, a revision later, adopts it).
#pragma once

#include <redraft/claims/claims.hpp>
#include <redraft/text/string_store.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "claims/sentence_words.hpp"

namespace redraft::claims::detail {

struct VerdictOnViews {
    bool upheld = true; // false: rejected, the author's denial of what the views say
    // The holder the verdict names, lowercased as a holder key is ("brask" of "Brask is
    // right."); empty where it names none ("That is unfair.", "He was right.", "I agree.").
    std::string holder_key;
    std::string words; // the verdict as written ("is wrong", "do not agree"), for a denial
    // Its subject is a person, named or not ("Brask is right.", "He was right."), whose views it
    // judges: not "That is wrong." or "I do not agree.", which judge whatever was said.
    bool of_a_person = false;
};

// A sentence that is only such a verdict, at most a dozen words: "I think (that)" or "I believe
// (that)" at most before it, then "I agree", "I disagree", "I do not agree", or a subject (a name
// of one to three capitalized words, *he, she, they, that, this*), a form of *be*, at most one
// adverb (*quite, surely, entirely, ...*), an optional *not*, and a word that upholds (*right,
// correct, fair, justified, true*) or rejects (*wrong, unfair, mistaken, unjustified, untrue*) to
// the sentence's end. A *not* turns it over.
std::optional<VerdictOnViews> verdict_on_views_before(std::string_view sentence,
                                                      const Words& words);

// The characterizations of `previous` held by someone (not a subject speaking, whose views of
// others stay hers) become the author's: as they stand where the verdict upholds them, denied
// where it rejects them ("'She is gaffe-prone,' Brask wrote. I think that is unfair.": not
// gaffe-prone, +1). A verdict naming a holder passes only on that holder's views.
void pass_verdict_on_views(const VerdictOnViews& verdict, std::span<Cue> previous,
                           text::StringStore& strings);

// The same where `previous` is a quotation standing alone ("“Voss is reckless.” I do not
// agree."): what it says is a view (its speaker's, whom the text does not name), so a verdict
// that names no person makes its characterizations the author's, upheld as they stand or
// rejected as the author's denial. Whether it passed one (the quotation is then a claim of the
// author's, as the caller marks it).
bool pass_verdict_on_quotation(const VerdictOnViews& verdict, std::span<Cue> previous,
                               text::StringStore& strings);

} // namespace redraft::claims::detail
