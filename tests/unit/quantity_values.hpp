#pragma once
// The quantities find_quantities reads in a sentence, each as "kind:text=value" ("number:four
// days=4"): the quantity tests compare lists of them.

#include <redraft/claims/claims.hpp>
#include <redraft/text/tokens.hpp>

#include <string>
#include <vector>

#include "claims/quantities.hpp"

namespace redraft::claims::testing {

using Values = std::vector<std::string>;

inline Values quantity_values(const std::string& sentence) {
    Values out;
    for (const auto& q : find_quantities(sentence, text::tokenize(sentence))) {
        out.push_back(std::string(to_string(q.kind)) + ":" + q.text + "=" + q.value);
    }
    return out;
}

} // namespace redraft::claims::testing
