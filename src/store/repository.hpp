#pragma once
// Reading revisions from a git repository: a redraft store (branch main of .redraft) or any git
// repository (its HEAD), read-only. A document's revisions are the commits on the first-parent
// chain that change the document's blob.

#include <redraft/store/cache.hpp>
#include <redraft/store/source.hpp>

#include <map>
#include <memory>
#include <optional>

#include "store/git.hpp"

namespace redraft::store {

struct RepositoryOptions {
    std::filesystem::path root;      // documents are relative to it; empty for a bare repository
    std::string branch;              // the ref whose history is read: "refs/heads/main" or "HEAD"
    std::string description;         // "the store /x/.redraft"
    std::filesystem::path cache_dir; // empty for a read-only source
    std::filesystem::path cwd;       // where the command runs: advice names documents from there
};

// One recorded change of a document: the commit and the document's blob in it.
struct Change {
    git_oid commit;
    git_oid blob;
};

class RepositorySource : public RevisionSource {
public:
    RepositorySource(git::Repository repository, RepositoryOptions options);

    std::string describe() const override { return options_.description; }
    std::filesystem::path root() const override { return options_.root; }
    std::vector<std::string> documents() const override;
    std::string renamed_from(const std::string& older_spec,
                             const RevisionInfo& newer) const override;
    std::vector<std::string> labels() const override;
    std::vector<RevisionInfo> log(const std::string& document) const override;
    std::vector<RevisionInfo> log_without_sizes(const std::string& document) const override;
    RevisionInfo resolve(const std::string& spec, const std::string& document) const override;
    std::string read(const RevisionInfo& revision) const override;
    std::vector<std::string> label_problems() const override;
    std::optional<Merge> merge_of(const RevisionInfo& revision) const override;
    std::filesystem::path cache_dir() const override { return options_.cache_dir; }

    git_repository* repository() const { return repository_.get(); }
    // The tip of the branch; nullopt when it has no commit yet.
    std::optional<git_oid> tip() const;
    // The changes of `document` on the first-parent chain from `start`, newest first, and the
    // number of the newest (the others count down from it).
    // When a commit of the chain cannot be read, the walk stops there: `damage` says what failed
    // and what to do, the changes above it are kept, and their numbers are unknown (0) unless
    // the number cache knows them.
    struct Walk {
        std::vector<Change> changes;
        std::uint32_t newest_number = 0; // 0: unknown
        std::string damage;
        bool shallow_cut = false; // `damage` is a shallow clone's end, not a broken object
        std::uint32_t number(std::size_t index) const {
            return newest_number == 0 ? 0 : newest_number - static_cast<std::uint32_t>(index);
        }
    };
    // Walks only as far as needed: it stops once it holds `min_changes` changes, knows their
    // numbers (from the number cache, or by reaching the first commit) and has reached number
    // `down_to` (0: any). Numbers found are added to the cache.
    Walk walk(const std::string& document, const git_oid& start, std::size_t min_changes,
              std::uint32_t down_to) const;
    // Every change, to the first commit.
    Walk walk_all(const std::string& document, const git_oid& start) const;
    // The document's blob in a commit, if the document exists there.
    std::optional<git_oid> blob_in(const git_commit* commit, const std::string& document) const;
    // A revision's details; `number` counts from the oldest. Without `with_size`, `size` stays 0
    // and the blob is not looked at.
    RevisionInfo info(const Change& change, std::uint32_t number, const std::string& document,
                      const std::multimap<std::string, std::string>& labels_by_commit,
                      bool with_size = true) const;
    std::vector<RevisionInfo> list(const std::string& document, bool with_sizes) const;
    // A merge whose document is the text of a merged branch (a pull request merged, or the
    // merge commit CI checks out) is that revision: it carries the labels of the branch's
    // commits that hold the same text (its tip, back to where the text was written), so that
    // a label on the pull request's own commit passes `check --require-label`. Appends to
    // `labels` those it lacks.
    void merged_labels(const git_commit* merge, const git_oid& blob, const std::string& document,
                       const std::multimap<std::string, std::string>& labels_by_commit,
                       std::vector<std::string>& labels) const;
    // Appends to `labels` those it lacks of `commit` and of its first parents before it that
    // hold `blob` as `document` (at most kMergedLabelReach commits).
    void labels_along(git::Commit commit, const git_oid& blob, const std::string& document,
                      const std::multimap<std::string, std::string>& labels_by_commit,
                      std::vector<std::string>& labels) const;
    // How far back along a merged branch merged_labels() looks: the commits a pull request made
    // after its last edit of the document are few, and log reads every merge's branch.
    static constexpr std::size_t kMergedLabelReach = 100;
    // Commit id -> label names.
    std::multimap<std::string, std::string> labels_by_commit() const;
    // The revision of `document` current at `commit` (the latest change at or before it).
    RevisionInfo revision_at(const git_oid& commit, const std::string& document,
                             const std::string& spec) const;
    // A clone made with --depth: its history is cut short, which is no damage.
    bool is_shallow() const;
    static constexpr const char* kShallowAdvice =
        " (fetch the whole history with `git fetch --unshallow`, and the branch to compare with, "
        "e.g. `git fetch origin main`; in CI, check out with the whole history: actions/checkout "
        "with fetch-depth: 0, GIT_DEPTH: 0 on GitLab)";
    // What to add to "unknown revision 'origin/main'" when "origin" is a remote of the
    // repository: that the branch was not fetched, and the command that fetches it; else "".
    std::string fetch_advice(const std::string& spec) const;
    // What to add to "DOC has no revisions": the nearest document's name when DOC looks like a
    // typo, else what to do.
    std::string advice_for_unknown(const std::string& document) const;

private:
    std::optional<git_oid> commit_of_label(const std::string& name) const;
    std::optional<git_oid> commit_of_prefix(const std::string& spec) const;
    std::optional<git_oid> commit_of_expression(const std::string& spec) const;
    git::Commit lookup_commit(const git_oid& id) const;

    ContentCache& number_cache(const std::string& document) const;

    git::Repository repository_;
    RepositoryOptions options_;
    // Per document: the revision number of each change commit (immutable: it depends only on
    // the commit's ancestry), so that a spec never walks further back than needed.
    mutable std::map<std::string, std::unique_ptr<ContentCache>> number_caches_;
};

} // namespace redraft::store
