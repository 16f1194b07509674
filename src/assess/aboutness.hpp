// Changes of sentences whose words did not change: a claim that started or stopped being about a
// subject, or whose views changed holder, as its paragraph changed around it.
#pragma once

#include <redraft/assess/assess.hpp>

#include <cstdint>
#include <vector>

namespace redraft::assess::detail {

// The sentences unchanged in words whose paragraphs changed around them: paired by the diff, or
// moved to a place it did not pair (`passages` marked moved); and those of a paragraph the diff
// found equal but the two revisions analyse apart: equal by comparison key but not in text or
// kind ("The Bank" -> "The bank", a paragraph turned block quotation), or with another subject
// carried into it (an item continuing a lead-in that now ends on someone else, or with
// [analysis] pronouns_across_paragraphs "She was brilliant" after a paragraph that does).
std::vector<AssessmentChange> aboutness_changes(const diff::DocumentDiff& diff,
                                                const std::vector<Passage>& passages,
                                                const Revision& older, const Revision& newer,
                                                std::uint32_t subject);

} // namespace redraft::assess::detail
