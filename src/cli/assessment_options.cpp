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

namespace redraft::cli {

struct PairAssessment::State {
    std::shared_ptr<const document::Document> older, newer;
    claims::AssessmentSetup setup;
    claims::DocumentAnalysis old_analysis, new_analysis;
    std::exception_ptr failure;
};

PairAssessment::PairAssessment(std::shared_ptr<const document::Document> older,
                               std::shared_ptr<const document::Document> newer,
                               const AssessmentOptions& options)
    : state_(std::make_unique<State>()) {
    state_->older = std::move(older);
    state_->newer = std::move(newer);
    const claims::SubjectRequest request = subject_request(options);
    worker_ = std::thread([state = state_.get(), request] {
        try {
            state->setup = claims::prepare_assessment(request, *state->newer);
            const claims::Analyzer analyzer(state->setup.lexicon, state->setup.subjects,
                                            state->setup.people);
            state->old_analysis = analyzer.analyze(*state->older);
            // Paragraphs equal in both revisions are analysed once.
            state->new_analysis = analyzer.analyze(*state->newer, &state->old_analysis);
        } catch (...) {
            state->failure = std::current_exception();
        }
    });
}

PairAssessment::~PairAssessment() {
    if (worker_.joinable()) {
        worker_.join();
    }
}

std::shared_ptr<const assess::Assessment> PairAssessment::finish(const diff::DocumentDiff& diff) {
    if (worker_.joinable()) {
        worker_.join();
    }
    if (state_->failure) {
        std::rethrow_exception(state_->failure);
    }
    auto result = std::make_shared<assess::Assessment>(assess::compare(
        {*state_->older, state_->old_analysis}, {*state_->newer, state_->new_analysis}, diff,
        state_->setup.subjects, state_->setup.config.dimensions));
    result->chosen_subject = state_->setup.chosen;
    return result;
}

} // namespace redraft::cli
