#pragma once
// Revisions of documents, wherever they come from: a redraft store (.redraft/), the history of
// any git repository, plain files on disk, or an in-memory fake for tests. Nothing above this
// module knows which; nothing above it touches libgit2.

#include <redraft/document/document.hpp>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace redraft::store {

struct RevisionInfo {
    // 1..N per document along the tip's first-parent chain, the oldest is 1; 0 for a file on
    // disk, and for a commit off that chain (which has an id but no number there).
    std::uint32_t number = 0;
    std::string id;         // full commit id (hex); empty for a file on disk
    std::string short_id;   // at least 7 characters, unique in the source
    std::string blob_id;    // the document's content id at this revision (a cache key)
    std::int64_t time = 0;  // commit time, seconds since the epoch
    int offset_minutes = 0; // the committer's time zone
    std::string author_name;
    std::string author_email;
    std::string message; // first line
    std::vector<std::string> labels;
    std::string document; // path relative to the source's root (or as given, for a file)
    std::uint64_t size = 0;
    // Why the revision's content cannot be read (a damaged store: what failed, where, and what
    // to do); empty when it can. Then `size` is 0 and read() throws.
    std::string damage;
    // The history stops below this revision because the repository is a shallow clone: `damage`
    // says so and what to do, but the revision itself reads fine (`size` is known).
    bool history_cut = false;
};

// A merge commit's sides, as `check --require-label` reads them: the merge CI checks out for a
// pull request combines the pull request's branch with a target that may have moved on.
struct MergedBranch {
    std::string id;       // the branch's tip: a parent of the merge after the first
    std::string short_id; // as RevisionInfo::short_id
    // The labels of the document's revision at that tip: the tip's own, and those of the
    // commits before it that hold the same text (the merged_labels rule).
    std::vector<std::string> labels;
};
struct Merge {
    std::string base_blob; // the document's content id at the first parent; empty when absent
    std::vector<MergedBranch> branches; // those that hold the document
};

class RevisionSource {
public:
    virtual ~RevisionSource() = default;
    // What the source is, for messages: "the store /home/ann/essays/.redraft".
    virtual std::string describe() const = 0;
    // The folder documents are relative to; empty when the source has none (a fake, a bare
    // repository).
    virtual std::filesystem::path root() const = 0;
    // Every document the source holds at its latest revision, sorted.
    virtual std::vector<std::string> documents() const = 0;
    // Every label, sorted.
    virtual std::vector<std::string> labels() const = 0;
    // The document's revisions, oldest first. Throws Error(not_found) when it has none.
    virtual std::vector<RevisionInfo> log(const std::string& document) const = 0;
    // The same listing without `size` and `damage`, for callers that identify content by
    // `blob_id` alone: finding each blob's size reads its header through its delta chain, an
    // eighth of a cached timeline over 1,000 revisions. A damaged blob shows when it is read.
    virtual std::vector<RevisionInfo> log_without_sizes(const std::string& document) const {
        return log(document);
    }
    // The revision of `document` that `spec` names (see docs/cli.md, "Revision specs"). Throws
    // Error(not_found) for an unknown spec, naming the nearest labels and numbers, and
    // Error(usage) for an ambiguous commit id prefix, listing the candidates.
    virtual RevisionInfo resolve(const std::string& spec, const std::string& document) const = 0;
    // The document's bytes at a revision, exactly as recorded.
    virtual std::string read(const RevisionInfo& revision) const = 0;
    // One message for each label that names no readable revision (a dangling or damaged ref),
    // saying which and what to do. Such labels are left out of RevisionInfo::labels.
    virtual std::vector<std::string> label_problems() const { return {}; }
    // Where results computed from revisions may be kept across runs, keyed by blob id (git
    // objects never change); empty when the source has no such place (it is read-only).
    virtual std::filesystem::path cache_dir() const { return {}; }
    // The path `newer.document` had at revision `older_spec` when it was renamed (or moved)
    // between the two, as git's rename detection finds it; empty when it was not, or when the
    // source cannot tell.
    // The sides of `revision`'s commit when it is a merge; nullopt for any other commit, a file
    // on disk, a source that cannot tell, or a commit that cannot be read.
    virtual std::optional<Merge> merge_of(const RevisionInfo& revision) const {
        (void)revision;
        return std::nullopt;
    }
    virtual std::string renamed_from(const std::string& older_spec,
                                     const RevisionInfo& newer) const {
        (void)older_spec;
        (void)newer;
        return {};
    }
};

// Where to look for revisions. The command line fills it from --store, --git, REDRAFT_STORE and
// the current directory.
struct SourceOptions {
    std::string store;             // --store PATH: a folder holding .redraft/, or .redraft itself
    std::string store_environment; // the value of REDRAFT_STORE, if set
    std::string git_dir;           // --git DIR: a git repository to read (read-only)
    std::filesystem::path cwd;     // where discovery starts and relative paths are resolved
    // The largest document load_revision() reads (--max-bytes): a larger revision or file is
    // refused before its bytes are read.
    std::uint64_t max_bytes = document::kMaxDocumentBytes;
};

// Chooses the source: --store, else REDRAFT_STORE, else the nearest .redraft/ upward from cwd,
// else (or with --git) the enclosing git repository, read-only. Throws Error(store) with advice
// when there is none.
std::unique_ptr<RevisionSource> open_source(const SourceOptions& options);

// Only a redraft store (never a plain git repository): for commands that write.
std::filesystem::path find_store(const SourceOptions& options);

// The documents a command means when none is named: every document of `source` but the
// configuration redraft reads at its root (`redraft.toml`, which a git repository holds beside
// the essay, and a store may keep to version it): no essay to assess.
std::vector<std::string> default_documents(const RevisionSource& source);

// The name under which `source` knows a document given on the command line: a path relative
// to the current directory becomes a path relative to the source's root. An empty `given`
// means the source's only document (an error listing them when there are several).
std::string document_name(const RevisionSource& source, const std::string& given,
                          const std::filesystem::path& cwd);

// The document a comparison of `older` and `newer` means when none is named: with exactly one
// side a file on disk (read as a file: no revision number or label of that name), the document
// at that file's path, when the source holds one there and more than one in all, so that
// `redraft diff HEAD essay.md` compares the working copy with its last commit in a repository
// that holds other files too. Returns the file's path as given (relative to options.cwd), or
// an empty string when no side names a document that way.
std::string implied_document(const SourceOptions& options, const std::string& older,
                             const std::string& newer);

// A document's name as it is typed from `cwd`, where paths on the command line are relative to
// it: "../essay.md" from a subfolder of the source's root; the name itself from the root, and
// from outside it (where a relative name is read from the root).
std::string typed_name(const RevisionSource& source, const std::string& document,
                       const std::filesystem::path& cwd);

// "; did you mean 'X'?" with X the document of `source` that `document` (a name in the source
// that it does not hold) most likely means, as typed from `cwd`: the nearest name by edit
// distance, else the only document with the same file name in another folder (essay.md typed
// in a subfolder, for ../essay.md); empty when there is none.
std::string suggest_document(const RevisionSource& source, const std::string& document,
                             const std::filesystem::path& cwd);

// "; did you mean 'X'?" with X the name nearest to `typed` (a path as typed from `cwd`) among
// `stored` (the source's documents, as typed from `cwd`) and the files in the folder `typed`
// names; where only a document of `holder` will do, a file it does not hold says so. Empty
// when none is near. suggest_document and a file-or-revision argument that is neither (holder
// nullptr: a file will do) share it.
std::string suggest_name(const std::string& typed, std::vector<std::string> stored,
                         const std::filesystem::path& cwd, const RevisionSource* holder);

struct LoadedRevision {
    RevisionInfo info;
    std::string bytes;
};

// The revision `spec` names. `spec` may also be the path of a file on disk (then info.number is
// 0 and info.document the path as given); a revision number or label takes precedence over a
// file of the same name. Works without any store when `spec` is a file. Throws Error(input)
// for a document over options.max_bytes, before reading it.
LoadedRevision load_revision(const SourceOptions& options, const std::string& spec,
                             const std::string& document);

// A revision's time as ISO-8601 in its own time zone: 2024-06-27T14:30:00+02:00.
std::string format_time(std::int64_t seconds, int offset_minutes);

// True for "3" and "-1": specs that count revisions.
bool is_number_spec(const std::string& spec);

} // namespace redraft::store
