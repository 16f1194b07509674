#include "store/git.hpp"

#include <redraft/error.hpp>

#include <git2/sys/odb_backend.h>

#include <bitset>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <system_error>
#include <zlib.h>

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

namespace {

// A loose-object backend placed before the repository's own: it answers only for loose objects
// whose file inflates completely, and refuses damaged ones with an error, so that libgit2's own
// loose reader never sees a truncated file.
struct GuardedLoose {
    git_odb_backend parent;  // first: libgit2 passes &parent back to the callbacks
    git_odb_backend* inner;  // a loose backend on the same folder, which does the reading
    std::string objects_dir; // ends with '/'
    // The fan-out folders (objects/3f/) that existed when the guard was set up: a packed
    // history has none, and then no object costs a failed open. An object written later into a
    // new folder was written by this process, and libgit2's own loose backend reads it.
    std::bitset<256> folders;
};

GuardedLoose& guarded(git_odb_backend* backend) {
    return *reinterpret_cast<GuardedLoose*>(backend);
}

// GIT_ENOTFOUND when the object has no loose file (a pack or another backend may have it),
// an error when its file does not inflate to the end, 0 when it does.
int check_loose_file(const GuardedLoose& guard, const git_oid* id) {
    if (!guard.folders[id->id[0]]) {
        return GIT_ENOTFOUND;
    }
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_fmt(hex, id);
    const std::string path =
        guard.objects_dir + std::string(hex, 2) + "/" + std::string(hex + 2, GIT_OID_HEXSZ - 2);
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr) {
        return GIT_ENOTFOUND;
    }
    z_stream stream{};
    inflateInit(&stream);
    unsigned char in[16384];
    unsigned char out[65536];
    int status = Z_OK;
    bool read_error = false;
    while (status == Z_OK) {
        stream.avail_in = static_cast<uInt>(std::fread(in, 1, sizeof in, file));
        read_error = std::ferror(file) != 0;
        if (stream.avail_in == 0) {
            break; // the file ended before the stream did
        }
        stream.next_in = in;
        while (stream.avail_in > 0 && status == Z_OK) {
            stream.next_out = out;
            stream.avail_out = sizeof out;
            status = inflate(&stream, Z_NO_FLUSH);
            if (status == Z_BUF_ERROR) {
                status = Z_OK; // no progress possible without more input
                break;
            }
        }
    }
    inflateEnd(&stream);
    std::fclose(file);
    if (status == Z_STREAM_END && !read_error) {
        return 0;
    }
    git_error_set_str(
        GIT_ERROR_ODB,
        ("object file " + path + " is truncated or damaged (it does not inflate)").c_str());
    return GIT_ERROR;
}

int guarded_read(void** data, std::size_t* size, git_object_t* type, git_odb_backend* backend,
                 const git_oid* id) {
    const GuardedLoose& guard = guarded(backend);
    if (const int code = check_loose_file(guard, id); code != 0) {
        return code;
    }
    return guard.inner->read(data, size, type, guard.inner, id);
}

int guarded_read_header(std::size_t* size, git_object_t* type, git_odb_backend* backend,
                        const git_oid* id) {
    const GuardedLoose& guard = guarded(backend);
    if (const int code = check_loose_file(guard, id); code != 0) {
        return code;
    }
    return guard.inner->read_header(size, type, guard.inner, id);
}

int guarded_exists(git_odb_backend*, const git_oid*) {
    return 0; // existence is the repository's own backends' answer
}

int guarded_foreach(git_odb_backend*, git_odb_foreach_cb, void*) {
    return 0; // the repository's own loose backend lists the same objects
}

void guarded_free(git_odb_backend* backend) {
    GuardedLoose* guard = &guarded(backend);
    guard->inner->free(guard->inner);
    delete guard;
}

} // namespace

void guard_loose_objects(git_repository* repo) {
    git_odb* raw_odb = nullptr;
    check(git_repository_odb(&raw_odb, repo), "opening the objects of the repository");
    Odb odb(raw_odb);
    std::string objects_dir = std::string(git_repository_path(repo)) + "objects/";
    git_odb_backend* inner = nullptr;
    check(git_odb_backend_loose(&inner, objects_dir.c_str(), -1, 0, 0, 0),
          "opening the objects of " + objects_dir);
    auto* guard = new GuardedLoose{};
    guard->inner = inner;
    guard->objects_dir = std::move(objects_dir);
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(guard->objects_dir, error)) {
        const std::string name = entry.path().filename().string();
        if (name.size() == 2 && std::isxdigit(static_cast<unsigned char>(name[0])) &&
            std::isxdigit(static_cast<unsigned char>(name[1]))) {
            guard->folders.set(std::stoul(name, nullptr, 16));
        }
    }
    git_odb_init_backend(&guard->parent, GIT_ODB_BACKEND_VERSION);
    guard->parent.read = guarded_read;
    guard->parent.read_header = guarded_read_header;
    guard->parent.exists = guarded_exists;
    guard->parent.foreach = guarded_foreach; // libgit2 calls it without checking for null
    guard->parent.free = guarded_free;
    // Above the repository's loose objects (priority 1) and packs (2), and the durable writer (3).
    constexpr int kBeforeEveryReader = 4;
    const int code = git_odb_add_backend(odb.get(), &guard->parent, kBeforeEveryReader);
    if (code < 0) {
        guarded_free(&guard->parent);
        check(code, "opening the objects of the repository");
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
