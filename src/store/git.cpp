#include "store/git.hpp"

#include <redraft/error.hpp>

#include <git2/sys/odb_backend.h>

#include <mutex>

// libgit2 as Debian builds it (with mbedTLS) parses every CA certificate of the system in
// git_libgit2_init: a third of the CPU time of a `redraft commit`, spent for HTTPS, which redraft
// never uses (it never fetches or pushes; teams share a store with git itself). libgit2 1.5 has
// no option to skip that load (GIT_OPT_SET_SSL_CERT_LOCATIONS only loads more, after init). This
// definition reports the certificate file as unreadable, so libgit2 starts with an empty CA
// chain. Linked statically, the linker redirects libgit2's call here (--wrap); linked against
// the shared libraries, the executable's definition takes the place of mbedTLS's. Nothing else
// in redraft uses mbedTLS, and a libgit2 built with OpenSSL never calls it.
#ifdef REDRAFT_WRAP_CERT_LOADER
#define REDRAFT_CERT_LOADER __wrap_mbedtls_x509_crt_parse_file
#else
#define REDRAFT_CERT_LOADER mbedtls_x509_crt_parse_file
#endif
struct mbedtls_x509_crt;
extern "C" int REDRAFT_CERT_LOADER(mbedtls_x509_crt* chain, const char* path);
extern "C" int REDRAFT_CERT_LOADER(mbedtls_x509_crt* /*chain*/, const char* /*path*/) {
    constexpr int kFileIoError = -0x2900; // MBEDTLS_ERR_X509_FILE_IO_ERROR
    return kFileIoError;
}

namespace redraft::store::git {
namespace {

bool contains(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

// What a user can do about an error, judged from libgit2's code, class and text.
std::string advice(int code, int error_class, std::string_view text) {
    if (code == GIT_ELOCKED || contains(text, ".lock")) {
        return "another process is changing the store, or a crashed one left its lock file "
               "behind; if no redraft or git process is running, remove the .lock file";
    }
    if (contains(text, "Permission denied") || contains(text, "Read-only file system")) {
        return "the store is not writable for you; check the permissions of the .redraft "
               "folder (or ask its owner to make the change)";
    }
    if (error_class == GIT_ERROR_ODB || error_class == GIT_ERROR_ZLIB ||
        error_class == GIT_ERROR_OBJECT || contains(text, "corrupt") ||
        contains(text, "decompress") || contains(text, "object not found")) {
        return "the store looks damaged; run `git --git-dir=.redraft fsck --strict` to see what "
               "is broken, and restore it from a clone or backup";
    }
    if (code == GIT_ENOTFOUND) {
        return "check the name and try again";
    }
    return "check the store with `git --git-dir=.redraft fsck --strict`";
}

ErrorKind kind_of(int code) {
    switch (code) {
    case GIT_ENOTFOUND:
        return ErrorKind::not_found;
    case GIT_EAMBIGUOUS:
    case GIT_EINVALIDSPEC:
        return ErrorKind::usage;
    default:
        return ErrorKind::store;
    }
}

} // namespace

void ensure_initialized() {
    static std::once_flag once;
    std::call_once(once, [] {
        git_libgit2_init();
        // No GIT_OPT_ENABLE_FSYNC_GITDIR: it would also fsync both reflogs and their folders on
        // every commit (4 of 12 fsyncs), which no revision depends on. The store makes objects
        // durable with write_objects_durably and the ref it moves with an fsync of its own.
        // Verify that every object we write points only at objects that exist.
        git_libgit2_opts(GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, 1);
        // Reading does not re-hash every object (git does not either): that SHA-1 with
        // collision detection cost a third of `redraft log` on a long history. zlib's checksum
        // still catches damaged objects, and `git fsck` verifies the hashes.
        git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
    });
}

void write_objects_durably(git_repository* repo, const std::string& objects_dir) {
    git_odb* raw_odb = nullptr;
    check(git_repository_odb(&raw_odb, repo), "opening the objects of " + objects_dir);
    Odb odb(raw_odb);
    git_odb_backend* backend = nullptr;
    constexpr int kDefaultCompression = -1;
    constexpr int kFsync = 1;
    check(git_odb_backend_loose(&backend, objects_dir.c_str(), kDefaultCompression, kFsync, 0, 0),
          "opening the objects of " + objects_dir);
    // Writes go to the first backend, by priority, that can write: this one comes before the
    // packs (priority 2) and the repository's own loose objects (priority 1).
    constexpr int kBeforeOtherBackends = 3;
    const int code = git_odb_add_backend(odb.get(), backend, kBeforeOtherBackends);
    if (code < 0) {
        backend->free(backend);
        check(code, "opening the objects of " + objects_dir);
    }
}

std::string last_error_text() {
    const git_error* error = git_error_last();
    std::string text = error && error->message ? std::string(error->message) : std::string();
    // libgit2 ends some messages with ": " and an operating system reason that may be empty
    // ("failed to lock file '...' for writing: ").
    while (!text.empty() && (text.back() == ' ' || text.back() == ':')) {
        text.pop_back();
    }
    return text;
}

void check(int code, std::string_view doing) {
    if (code >= 0) {
        return;
    }
    const git_error* error = git_error_last();
    const int error_class = error ? error->klass : GIT_ERROR_NONE;
    std::string text = last_error_text();
    if (text.empty()) {
        text = "libgit2 error " + std::to_string(code);
    }
    const std::string what_to_do = advice(code, error_class, text);
    // A missing object is damage, not a name the user got wrong.
    const ErrorKind kind =
        what_to_do.starts_with("the store looks damaged") ? ErrorKind::store : kind_of(code);
    throw Error(kind, std::string(doing) + ": " + text + "; " + what_to_do);
}

std::string hex(const git_oid& id) {
    char buffer[GIT_OID_HEXSZ + 1];
    git_oid_tostr(buffer, sizeof buffer, &id);
    return buffer;
}

std::string short_hex(git_repository* repo, const git_oid& id) {
    git_object* raw = nullptr;
    if (git_object_lookup(&raw, repo, &id, GIT_OBJECT_ANY) == 0) {
        Object object(raw);
        git_buf buffer = GIT_BUF_INIT;
        if (git_object_short_id(&buffer, object.get()) == 0) {
            std::string result(buffer.ptr, buffer.size);
            git_buf_dispose(&buffer);
            if (result.size() >= 7) {
                return result;
            }
        }
        git_buf_dispose(&buffer);
    }
    return hex(id).substr(0, 7);
}

} // namespace redraft::store::git
