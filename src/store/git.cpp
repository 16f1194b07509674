#include "store/git.hpp"

#include <redraft/error.hpp>

#include <git2/sys/odb_backend.h>

#include <bitset>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <memory>
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
    // Before the lock: a read-only store fails to create "refs/tags/x.lock" with "Permission
    // denied", and no lock file is there to remove.
    if (contains(text, "Permission denied") || contains(text, "Read-only file system")) {
        return "the store is not writable for you; check the permissions of the .redraft "
               "folder (or ask its owner to make the change)";
    }
    if (code == GIT_ELOCKED || contains(text, ".lock")) {
        return "another process is changing the store, or a crashed one left its lock file "
               "behind; if no redraft or git process is running, remove the .lock file";
    }
    if (error_class == GIT_ERROR_ODB || error_class == GIT_ERROR_ZLIB ||
        error_class == GIT_ERROR_OBJECT || contains(text, "corrupt") ||
        contains(text, "decompress") || contains(text, "object not found") ||
        contains(text, "does not match the type in the ODB")) {
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

// A loose-object backend placed before the repository's own: it reads loose objects itself,
// inflating each file once to its end, and refuses damaged ones with an error, so that
// libgit2's own loose reader never sees a truncated file.
struct GuardedLoose {
    git_odb_backend parent;  // first: libgit2 passes &parent back to the callbacks
    std::string objects_dir; // ends with '/'
    // The fan-out folders (objects/3f/) that existed when the guard was set up: a packed
    // history has none, and then no object costs a failed open. An object written later into a
    // new folder was written by this process, and libgit2's own loose backend reads it.
    std::bitset<256> folders;
};

GuardedLoose& guarded(git_odb_backend* backend) {
    return *reinterpret_cast<GuardedLoose*>(backend);
}

int damaged(const std::string& path, std::string_view why) {
    git_error_set_str(GIT_ERROR_ODB, ("object file " + path + " is " + std::string(why)).c_str());
    return GIT_ERROR;
}

// A loose object's file is zlib-deflated "<type> <size>\0<content>". Reads the object of `id`:
// its type and size, and its content into `*data` (allocated for libgit2, with a terminating
// NUL as libgit2's own reader gives) when `data` is not null. GIT_ENOTFOUND when it has no
// loose file (a pack or another backend may have it), an error when the file does not inflate
// to its end or does not hold what its header says.
int read_loose_file(GuardedLoose& guard, const git_oid* id, void** data, std::size_t* size,
                    git_object_t* type) {
    if (!guard.folders[id->id[0]]) {
        return GIT_ENOTFOUND;
    }
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_fmt(hex, id);
    const std::string path =
        guard.objects_dir + std::string(hex, 2) + "/" + std::string(hex + 2, GIT_OID_HEXSZ - 2);
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        return GIT_ENOTFOUND;
    }
    // The whole file at once: zlib then inflates the content in one call, with no copy into its
    // window between calls.
    file.seekg(0, std::ios::end);
    const auto file_size = static_cast<std::streamoff>(file.tellg());
    file.seekg(0);
    std::string deflated(file_size > 0 ? static_cast<std::size_t>(file_size) : 0, '\0');
    if (!file || !file.read(deflated.data(), file_size)) {
        return damaged(path, "unreadable");
    }
    // zlib counts in 32 bits; no revision of an essay comes near.
    constexpr std::size_t kLargest = std::numeric_limits<uInt>::max() - 1;
    if (deflated.size() > kLargest) {
        return damaged(path, "too large to read (over 4 GiB)");
    }
    z_stream stream{};
    inflateInit(&stream);
    const std::unique_ptr<z_stream, int (*)(z_streamp)> end_stream(&stream, &inflateEnd);
    stream.next_in = reinterpret_cast<unsigned char*>(deflated.data());
    stream.avail_in = static_cast<uInt>(deflated.size());
    // The header (its longest form, "commit " and 20 digits, fits) and the first bytes after it.
    char header[32];
    stream.next_out = reinterpret_cast<unsigned char*>(header);
    stream.avail_out = sizeof header;
    int status = inflate(&stream, Z_SYNC_FLUSH);
    const std::size_t got = sizeof header - stream.avail_out;
    const char* nul = static_cast<const char*>(std::memchr(header, '\0', got));
    if (status != Z_OK && status != Z_STREAM_END) {
        return damaged(path, "truncated or damaged (it does not inflate)");
    }
    if (nul == nullptr) {
        return damaged(path, "damaged (its header is not a git object header)");
    }
    const std::string_view text(header, static_cast<std::size_t>(nul - header));
    const std::size_t space = text.find(' ');
    const std::string type_name(text.substr(0, space));
    *type = git_object_string2type(type_name.c_str());
    const std::string_view digits =
        space == std::string_view::npos ? std::string_view() : text.substr(space + 1);
    std::size_t expected = 0;
    const auto [last, error] =
        std::from_chars(digits.data(), digits.data() + digits.size(), expected);
    const std::size_t early = got - text.size() - 1; // content bytes that came with the header
    if (!git_object_typeisloose(*type) || digits.empty() || error != std::errc() ||
        last != digits.data() + digits.size()) {
        return damaged(path, "damaged (its header is not a git object header)");
    }
    if (early > expected) {
        return damaged(path, "damaged (its content is not the size its header says)");
    }
    if (expected > kLargest) {
        return damaged(path, "too large to read (over 4 GiB)");
    }
    // Deflate shrinks by 1032 to 1 at most: a header that says more than the file can hold is
    // damage, found before its size is allocated.
    constexpr std::size_t kMostDeflated = 1032;
    if (expected - early > deflated.size() * kMostDeflated) {
        return damaged(path, "damaged (its content is not the size its header says)");
    }
    // The rest of the content: into its final buffer, with one byte more than the header says
    // to tell a longer content; or, for the header alone, through a scratch buffer, counted.
    std::size_t produced = early;
    char* content = nullptr;
    if (data != nullptr) {
        content = static_cast<char*>(git_odb_backend_data_alloc(&guard.parent, expected + 1));
        if (content == nullptr) {
            return GIT_ERROR;
        }
        std::memcpy(content, nul + 1, early);
        stream.next_out = reinterpret_cast<unsigned char*>(content) + early;
        stream.avail_out = static_cast<uInt>(expected + 1 - early);
        if (status != Z_STREAM_END) {
            status = inflate(&stream, Z_FINISH);
        }
        produced = expected + 1 - stream.avail_out;
    } else {
        unsigned char scratch[65536];
        while (status == Z_OK && produced <= expected) {
            stream.next_out = scratch;
            stream.avail_out = sizeof scratch;
            status = inflate(&stream, Z_NO_FLUSH);
            produced += sizeof scratch - stream.avail_out;
            if (status == Z_BUF_ERROR ||
                (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0)) {
                break; // the input ended before the stream did: truncated
            }
        }
    }
    if (status != Z_STREAM_END || produced != expected) {
        if (content != nullptr) {
            git_odb_backend_data_free(&guard.parent, content);
        }
        return damaged(path, status == Z_STREAM_END
                                 ? "damaged (its content is not the size its header says)"
                                 : "truncated or damaged (it does not inflate)");
    }
    if (data != nullptr) {
        content[expected] = '\0';
        *data = content;
    }
    *size = expected;
    return 0;
}

int guarded_read(void** data, std::size_t* size, git_object_t* type, git_odb_backend* backend,
                 const git_oid* id) {
    return read_loose_file(guarded(backend), id, data, size, type);
}

int guarded_read_header(std::size_t* size, git_object_t* type, git_odb_backend* backend,
                        const git_oid* id) {
    return read_loose_file(guarded(backend), id, nullptr, size, type);
}

int guarded_exists(git_odb_backend*, const git_oid*) {
    return 0; // existence is the repository's own backends' answer
}

int guarded_foreach(git_odb_backend*, git_odb_foreach_cb, void*) {
    return 0; // the repository's own loose backend lists the same objects
}

void guarded_free(git_odb_backend* backend) {
    delete &guarded(backend);
}

} // namespace

void guard_loose_objects(git_repository* repo) {
    git_odb* raw_odb = nullptr;
    check(git_repository_odb(&raw_odb, repo), "opening the objects of the repository");
    Odb odb(raw_odb);
    std::string objects_dir = std::string(git_repository_path(repo)) + "objects/";
    auto* guard = new GuardedLoose{};
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

std::string config_string(git_repository* repo, const char* key) {
    git_config* raw = nullptr;
    if (git_repository_config_snapshot(&raw, repo) < 0) {
        git_error_clear();
        return {};
    }
    Config config(raw);
    const char* value = nullptr;
    if (git_config_get_string(&value, config.get(), key) < 0 || !value) {
        git_error_clear();
        return {};
    }
    return value;
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
