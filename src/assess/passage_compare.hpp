// The typed changes between the two sides of one passage: characterizations added, removed or
// shifted, hedges and boosters, negation, numbers and holders, each placed on its sentences.
#pragma once

#include <redraft/assess/assess.hpp>

#include <cstddef>
#include <optional>
#include <vector>

#include "assess/passage_cues.hpp"

namespace redraft::assess::detail {

struct LocatedChange {
    AssessmentChange change;
    std::optional<std::size_t> old_item; // run items the change points at
    std::optional<std::size_t> new_item;
    // The passage's other claims, quoted after the first: a reworded split or merge shows the
    // whole of each side ("A, and B." -> "A. B."), not its first sentence alone.
    std::vector<std::size_t> more_old, more_new;
};

std::vector<LocatedChange> compare_run(const Run& run, const Revision& older, const Revision& newer,
                                       const Selector& selected, QuantityWords& words);

} // namespace redraft::assess::detail
