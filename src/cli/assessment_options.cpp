#include "cli/assessment_options.hpp"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace redraft::cli {
namespace {

// The folder that holds the store: $REDRAFT_STORE's parent, else the nearest folder upward from
// `start` with a .redraft/ in it; empty when there is none.
std::filesystem::path store_root(const std::filesystem::path& start) {
    std::error_code error;
    if (const char* env = std::getenv("REDRAFT_STORE"); env != nullptr && *env != '\0') {
        return std::filesystem::absolute(env, error).parent_path();
    }
    for (auto dir = start; !dir.empty(); dir = dir.parent_path()) {
        if (std::filesystem::is_directory(dir / ".redraft", error)) {
            return dir;
        }
        if (dir == dir.parent_path()) {
            break;
        }
    }
    return {};
}

} // namespace

void add_assessment_options(CLI::App& command, AssessmentOptions& options) {
    command.add_option("--config", options.config,
                       "Configuration file (default: redraft.toml beside .redraft/, else in the "
                       "current folder)");
    command.add_option("--subject", options.subject,
                       "Assess this subject for this run (default: the configured subjects, or "
                       "the person named most often)");
    command.add_option("--alias", options.aliases, "Other names of --subject (repeatable)")
        ->expected(1, -1);
}

claims::SubjectRequest subject_request(const AssessmentOptions& options) {
    claims::SubjectRequest request;
    request.config_file = options.config;
    request.subject = options.subject;
    request.aliases = options.aliases;
    std::error_code error;
    request.cwd = std::filesystem::current_path(error);
    request.store_root = store_root(request.cwd);
    return request;
}

} // namespace redraft::cli
