#pragma once
// The options every assessing command shares: --config, --subject, --alias.

#include <redraft/claims/setup.hpp>

#include <string>
#include <vector>

#include "cli/cli.hpp"

namespace redraft::cli {

struct AssessmentOptions {
    std::string config;
    std::string subject;
    std::vector<std::string> aliases;
};

void add_assessment_options(CLI::App& command, AssessmentOptions& options);

// The request for claims::prepare_assessment: the configuration beside the store (the nearest
// .redraft/ upward, or $REDRAFT_STORE) or in the current folder.
claims::SubjectRequest subject_request(const AssessmentOptions& options);

} // namespace redraft::cli
