#pragma once
// Changed sentences that count for no subject because their pronoun or title has no one to
// continue: pronouns and titles resolve within their paragraph (docs/assessment.md), so "She
// is reckless." opening a paragraph is about no one, and an edit to it moves no score. Reports
// say so rather than let such an edit pass as no change.

#include <redraft/assess/assess.hpp>

#include <optional>
#include <string>

namespace redraft::assess {

// A note naming the changed sentences of `diff` (edited, added, removed, or moved with edits)
// that hold an unresolved reference in either revision, with up to three of them quoted; none
// when there are none. `across_paragraphs`: the analyses were made with [analysis]
// pronouns_across_paragraphs, which the note's words then tell.
std::optional<std::string> unresolved_references_note(const Revision& older, const Revision& newer,
                                                      const diff::DocumentDiff& diff,
                                                      bool across_paragraphs = false);

// A note naming the changed sentences of `diff` inside a block quotation ("> ...") that name a
// subject: quotations are no claims, so such an edit ("a visionary" -> "an autocrat" in a pull
// quote) moves no score; none when there are none.
std::optional<std::string> quoted_changes_note(const Revision& older, const Revision& newer,
                                               const diff::DocumentDiff& diff);

// The same over every sentence of one revision, for `redraft assess`: "N sentences count for
// no subject: ... (paragraph 3: 'He' in "...")"; none when there are none.
std::optional<std::string> unresolved_references_note(const Revision& revision,
                                                      bool across_paragraphs = false);

} // namespace redraft::assess
