#pragma once
// How one assessment change reads, wherever it is shown: the report's list of changes (text,
// Markdown, HTML), the diff's sentence tags and the reasons of `redraft check`. One wording, so
// that a CI log and a report side by side say a change the same way (docs/cli.md, check).

#include <redraft/assess/assess.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace redraft::report {

// Whether a hedge or booster (or an evidential) the change names came or went, rather than
// one word put for another.
bool came_or_went(assess::ChangeKind kind, assess::CueSide side);

// How a holder reads after "held by" or an arrow: "the author", the person a pronoun stands
// for ("Maria Berg"), "unnamed others" for a passive or a quantifier alone ("was widely
// praised", "many believe"), else the words that name it, quoted ("'Critics say'").
std::string holder_shown(const std::string& value, const std::string& referent, bool unnamed);
// " (19 -> 23)", " (24 added)", " (weight -0.50 -> -1.00)", " (a new view, held by 'Critics
// say')", " (the author -> unnamed others)": a change's values, or nothing when it has none.
std::string change_values(const assess::AssessmentChange& change);
// What follows the kind: " 'prudent'", " ('arguably' added)", " ('accused of' dropped)",
// " ('unclear whether' -> 'probably', weight -0.50 -> -0.25)", " by 'not'", " (19 -> 23)".
// Words are quoted as the text writes them (assess::term_as_said).
std::string change_detail(const assess::AssessmentChange& change);
// "hedged ('arguably' added)": the kind as JSON names it, then change_detail (the text report's
// line, check's reasons).
std::string change_line(const assess::AssessmentChange& change);
// "characterization removed 'prudent'": the kind in words, then change_detail (Markdown, HTML).
std::string change_title(const assess::AssessmentChange& change);
// Where the change is: "paragraph 4", "paragraph 16 -> 19" (with `arrow`), "new paragraph 17"
// (a claim the old revision lacks), "old paragraph 2"; empty when neither side has a sentence.
std::string change_paragraphs(const assess::AssessmentChange& change, std::string_view arrow);
// change_paragraphs down to the sentence, the newer side's when there is one: "paragraph 4,
// sentence 2", "paragraph 16 -> 19, sentence 1", "old paragraph 2, sentence 3"; "the document"
// when neither side has a sentence. Two changes of one kind in a paragraph read apart.
std::string change_sentence(const assess::AssessmentChange& change, std::string_view arrow);

// "hedged: reportedly (added); negated: not; number_changed: 14 -> 13": a sentence's tags in
// the diff, one kind with several words listed once ("characterization_added: effective,
// skilful").
std::string notes_line(const std::vector<assess::SentenceNote>& notes);

} // namespace redraft::report
