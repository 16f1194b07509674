#pragma once
// The one wrapper around libgit2: initialization, error checking and owning handles. No other
// part of redraft includes <git2.h>; no other file of this module calls git_error_last().

#include <git2.h>

#include <memory>
#include <string>
#include <string_view>

namespace redraft::store::git {

// Initializes libgit2 once per process.
void ensure_initialized();

// From now on, every object `repo` writes is durable when the write returns: written to a
// temporary file, fsynced, renamed into place, and its folder fsynced (libgit2's loose backend
// with fsync, put before the repository's own backends).
void write_objects_durably(git_repository* repo, const std::string& objects_dir);

// Makes `repo` read its loose objects with a backend of redraft's, placed before libgit2's
// own, that inflates each object's file once, to its end, and checks it holds what its header
// says: libgit2 1.5 (Debian 12) loops forever on a truncated loose object (fixed upstream in
// 1.8). A damaged object is then an error like any other. Objects written after the store was
// opened, and packed objects, are read by libgit2's backends.
void guard_loose_objects(git_repository* repo);

// Throws redraft::Error when `code` is a libgit2 error: the message says what redraft was doing
// (`doing`), what libgit2 reported and what the user can do about it.
void check(int code, std::string_view doing);

// The text libgit2 gave for its last error (empty when none), for callers that handle an
// expected error code themselves and only want to quote the reason.
std::string last_error_text();

template <typename T, void (*Free)(T*)>
struct Deleter {
    void operator()(T* handle) const {
        if (handle) {
            Free(handle);
        }
    }
};

using Repository = std::unique_ptr<git_repository, Deleter<git_repository, git_repository_free>>;
using Commit = std::unique_ptr<git_commit, Deleter<git_commit, git_commit_free>>;
using Tree = std::unique_ptr<git_tree, Deleter<git_tree, git_tree_free>>;
using TreeEntry = std::unique_ptr<git_tree_entry, Deleter<git_tree_entry, git_tree_entry_free>>;
using Blob = std::unique_ptr<git_blob, Deleter<git_blob, git_blob_free>>;
using Object = std::unique_ptr<git_object, Deleter<git_object, git_object_free>>;
using Reference = std::unique_ptr<git_reference, Deleter<git_reference, git_reference_free>>;
using Signature = std::unique_ptr<git_signature, Deleter<git_signature, git_signature_free>>;
using TreeBuilder =
    std::unique_ptr<git_treebuilder, Deleter<git_treebuilder, git_treebuilder_free>>;
using Config = std::unique_ptr<git_config, Deleter<git_config, git_config_free>>;
using Diff = std::unique_ptr<git_diff, Deleter<git_diff, git_diff_free>>;
using Odb = std::unique_ptr<git_odb, Deleter<git_odb, git_odb_free>>;
using ReferenceIterator =
    std::unique_ptr<git_reference_iterator,
                    Deleter<git_reference_iterator, git_reference_iterator_free>>;

std::string hex(const git_oid& id);
// The value of `key` in the repository's configuration (a snapshot of it), or "" when it has
// none. Read by key, not by a pattern: libgit2's regular-expression matching of configuration
// leaks its match data with the pcre2 Debian builds it with.
std::string config_string(git_repository* repo, const char* key);
// The shortest prefix of `id`, at least 7 characters, that names one object in `repo`.
std::string short_hex(git_repository* repo, const git_oid& id);

} // namespace redraft::store::git
