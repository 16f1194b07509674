#pragma once
// The redraft store: DIR/.redraft, a bare git repository whose branch `main` holds one commit
// per recorded revision, documents at their path relative to DIR, and labels as git tags.
// See docs/store.md.

#include <redraft/store/source.hpp>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace redraft::store {

inline constexpr const char* kStoreFolder = ".redraft";
inline constexpr const char* kBranch = "refs/heads/main";

enum class InitOutcome { created, existed };

struct InitResult {
    InitOutcome outcome = InitOutcome::created;
    std::filesystem::path store; // the .redraft folder
};

struct CommitOptions {
    std::string message; // empty: says which files were added or changed
    std::string author;  // "Name <email>"; empty: GIT_AUTHOR_NAME/EMAIL, git's user.name and
                         // user.email, else the login name
    std::string date;    // ISO-8601; empty: now
    std::string label;   // put on the new revision; must not exist yet
    // How long to wait for another process's lock on the branch before giving up.
    std::chrono::milliseconds lock_wait{5000};
    // Larger files are refused before they are read (--max-bytes).
    std::uint64_t max_bytes = document::kMaxDocumentBytes;
};

struct CommittedFile {
    std::string document;
    bool changed = false;
    RevisionInfo revision; // the new revision, or the latest one when unchanged
};

struct CommitResult {
    bool recorded = false; // false when every file equals its latest revision
    std::string id;
    std::string short_id;
    std::vector<CommittedFile> files;
    int attempts = 0; // compare-and-swap rounds the branch update took
};

enum class LabelMode { create, move };

struct LabelResult {
    RevisionInfo revision;
    std::string previous_id; // the commit the label was on before, when it moved
};

// A point in time as git records it.
struct Timestamp {
    std::int64_t seconds = 0;
    int offset_minutes = 0;
};

// Reads an ISO-8601 date: 2024-06-27, 2024-06-27T14:30, 2024-06-27T14:30:00Z,
// 2024-06-27T14:30:00+02:00 (a date alone is midnight UTC). Throws Error(usage) otherwise.
Timestamp parse_date(const std::string& text);

// Why `name` cannot be a label (git's ref-name rules, and no revision numbers), or empty.
std::string label_name_problem(const std::string& name);

class Store {
public:
    // Creates FOLDER/.redraft (and FOLDER if needed), or reports that it exists.
    static InitResult init(const std::filesystem::path& folder);
    // Opens a store: `path` is the .redraft folder or the folder holding it.
    static Store open(const std::filesystem::path& path);

    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;
    ~Store();

    const std::filesystem::path& root() const; // the folder holding .redraft
    std::filesystem::path git_dir() const;     // the .redraft folder

    // Records the files (paths relative to `cwd`, all inside root()) as one revision. Checks
    // every file before writing anything.
    CommitResult commit(const std::vector<std::filesystem::path>& files,
                        const CommitOptions& options, const std::filesystem::path& cwd);

    // Puts label `name` on the revision `spec` of `document`. An existing label moves only with
    // LabelMode::move.
    LabelResult label(const std::string& spec, const std::string& name, const std::string& document,
                      LabelMode mode);
    // Removes a label; returns the commit id it was on.
    std::string delete_label(const std::string& name);

    // The store as a revision source.
    const RevisionSource& source() const;

private:
    struct Impl;
    explicit Store(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// Opens the store at `git_dir` (a .redraft folder) as a read-only revision source.
// `cwd`, where the command runs, is where its advice names documents from.
std::unique_ptr<RevisionSource> open_store_source(const std::filesystem::path& git_dir,
                                                  const std::filesystem::path& cwd = {});

} // namespace redraft::store
