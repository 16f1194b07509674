#pragma once
// The options every assessing command shares: --config, --subject, --alias.

#include <redraft/claims/setup.hpp>

#include <string>
#include <vector>

#include "cli/cli.hpp"
#include "cli/revisions.hpp"
#include "cli/sources.hpp"

namespace redraft::cli {

struct AssessmentOptions {
    std::string config;
    std::string subject;
    std::vector<std::string> aliases;
    bool no_cache = false; // for the commands that add_no_cache_flag gives --no-cache
};

void add_assessment_options(CLI::App& command, AssessmentOptions& options);
// --no-cache: neither read nor write the analysis cache in the store's .redraft/cache/.
void add_no_cache_flag(CLI::App& command, bool& no_cache);

// `--alias Rutte "the PM"`: each --alias takes one name, so the second lands where the document
// goes. When `document` (as given) is neither a file nor a document of the source, and --alias
// was given, that is said, before it is reported as a document without revisions.
void refuse_stray_alias(const AssessmentOptions& options, const SourceFlags& sources,
                        const std::string& document);

// The request for claims::prepare_assessment: the configuration at the root of the source that
// `sources` lead to (beside the store's .redraft/, or at the top of the git work tree), else in
// the current folder.
claims::SubjectRequest subject_request(const AssessmentOptions& options,
                                       const SourceFlags& sources);

} // namespace redraft::cli

#include <redraft/assess/assess.hpp>
#include <redraft/report/change_report.hpp>

#include <exception>
#include <future>
#include <memory>
#include <thread>

namespace redraft::cli {

// The claims work of a two-revision command. Analysis of both revisions starts at construction on
// a second thread, so that it runs while the diff is computed; finish() joins it and compares.
// In a store, each revision's profile sums are cached by its content (history::PairSums): when
// one of the two is known, only the paragraphs that differ between them are analysed.
// The documents may be split into sentences on demand: the diff may split their changed
// paragraphs meanwhile, and the analysis reads no sentences of such a document.
// The configuration and the lexicon can be read before the documents are: construct it with no
// documents before loading them, then start() it with them.
class PairAssessment {
public:
    enum class Subjects { required, optional };
    PairAssessment(std::shared_ptr<const document::Document> older,
                   std::shared_ptr<const document::Document> newer,
                   const AssessmentOptions& options, const SourceFlags& sources, Subjects subjects);
    // Reads the configuration and the lexicon at once, on the worker, which then waits for
    // start(). Destroyed without start(), it drops what it read (and any error in it: the error
    // that stopped the caller is the one to report).
    PairAssessment(const AssessmentOptions& options, const SourceFlags& sources, Subjects subjects);
    void start(std::shared_ptr<const document::Document> older,
               std::shared_ptr<const document::Document> newer);
    ~PairAssessment();
    PairAssessment(const PairAssessment&) = delete;
    PairAssessment& operator=(const PairAssessment&) = delete;

    std::shared_ptr<const assess::Assessment> finish(const diff::DocumentDiff& diff);
    // finish() for `change.diff`, stored in `change`, with the assessment's notes added to the
    // diff's so that every format shows them.
    void finish_into(report::ChangeReport& change);

    struct State; // what the worker fills and finish() reads

private:
    std::unique_ptr<State> state_;
    std::thread worker_;
    std::promise<bool> started_; // true: the documents are in state_; false: never started
    bool start_sent_ = false;
};

// Both revisions of a two-revision command loaded (split into sentences as `sentences` says:
// sentences_for), compared and assessed, with the subjects required: what `report` and `check`
// build on.
struct AssessedPair {
    LoadedPair loaded;
    report::ChangeReport change;
};

AssessedPair load_assessed_pair(const SourceFlags& sources, const PairArguments& pair,
                                const AssessmentOptions& options, document::Sentences sentences);

} // namespace redraft::cli
