#include <redraft/document/document.hpp>
#include <redraft/error.hpp>
#include <redraft/store/spec.hpp>
#include <redraft/store/store.hpp>
#include <redraft/text/utf8.hpp>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <pwd.h>
#include <random>
#include <thread>
#include <unistd.h>

#include "store/git.hpp"
#include "store/repository.hpp"

namespace redraft::store {
namespace fs = std::filesystem;

namespace {

const char* const kDateAdvice =
    "write it as ISO-8601, for example 2024-06-27, 2024-06-27T14:30:00 or "
    "2024-06-27T14:30:00+02:00";

// Days since 1970-01-01 of a proleptic Gregorian date.
std::int64_t days_from_civil(std::int64_t year, unsigned month, unsigned day) {
    year -= month <= 2;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const auto year_of_era = static_cast<unsigned>(year - era * 400);
    const unsigned day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned day_of_era =
        year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + static_cast<std::int64_t>(day_of_era) - 719468;
}

struct CivilDate {
    std::int64_t year;
    unsigned month;
    unsigned day;
};

CivilDate civil_from_days(std::int64_t days) {
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto day_of_era = static_cast<unsigned>(days - era * 146097);
    const unsigned year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const unsigned day_of_year =
        day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const unsigned mp = (5 * day_of_year + 2) / 153;
    const unsigned day = day_of_year - (153 * mp + 2) / 5 + 1;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<std::int64_t>(year_of_era) + era * 400 + (month <= 2), month, day};
}

bool is_leap(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

// Reads exactly `count` digits at `pos`.
bool digits(const std::string& text, std::size_t& pos, std::size_t count, int& value) {
    if (pos + count > text.size()) {
        return false;
    }
    value = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const char c = text[pos + i];
        if (c < '0' || c > '9') {
            return false;
        }
        value = value * 10 + (c - '0');
    }
    pos += count;
    return true;
}

struct Author {
    std::string name;
    std::string email;
};

Author parse_author(const std::string& text) {
    const auto open = text.find('<');
    const auto close = text.rfind('>');
    std::string name = open == std::string::npos ? "" : text.substr(0, open);
    while (!name.empty() && name.back() == ' ') {
        name.pop_back();
    }
    if (open == std::string::npos || close == std::string::npos || close < open ||
        close + 1 != text.size() || name.empty() || text.find_first_of("<>\n", open + 1) != close) {
        throw Error(ErrorKind::usage, "--author '" + text +
                                          "': write it as \"Name <email>\", for example "
                                          "--author \"Ann Lee <ann@example.org>\"");
    }
    return {name, text.substr(open + 1, close - open - 1)};
}

std::string environment(const char* name) {
    const char* value = std::getenv(name);
    return value ? value : "";
}

Author default_author(git_repository* repo) {
    Author author{environment("GIT_AUTHOR_NAME"), environment("GIT_AUTHOR_EMAIL")};
    if (author.name.empty()) {
        author.name = git::config_string(repo, "user.name");
    }
    if (author.email.empty()) {
        author.email = git::config_string(repo, "user.email");
    }
    if (author.name.empty() || author.email.empty()) {
        std::string login = environment("USER");
        if (const passwd* entry = getpwuid(getuid()); login.empty() && entry) {
            login = entry->pw_name;
        }
        if (login.empty()) {
            login = "unknown";
        }
        char host[256] = "localhost";
        gethostname(host, sizeof host - 1);
        if (author.name.empty()) {
            author.name = login;
        }
        if (author.email.empty()) {
            author.email = login + "@" + host;
        }
    }
    return author;
}

Timestamp now() {
    const std::time_t seconds = std::time(nullptr);
    std::tm local{};
    localtime_r(&seconds, &local);
    return {static_cast<std::int64_t>(seconds), static_cast<int>(local.tm_gmtoff / 60)};
}

git::Signature make_signature(git_repository* repo, const CommitOptions& options,
                              const Timestamp& when) {
    const Author author =
        options.author.empty() ? default_author(repo) : parse_author(options.author);
    git_signature* raw = nullptr;
    git::check(git_signature_new(&raw, author.name.c_str(), author.email.c_str(), when.seconds,
                                 when.offset_minutes),
               "recording the author '" + author.name + " <" + author.email + ">'");
    return git::Signature(raw);
}

std::string describe_store(const fs::path& git_dir) {
    return "the store " + git_dir.string();
}

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        out += (i ? ", " : "") + items[i];
    }
    return out;
}

std::string default_message(const std::vector<std::string>& added,
                            const std::vector<std::string>& updated) {
    std::string message;
    if (!added.empty()) {
        message = "Add " + join(added);
    }
    if (!updated.empty()) {
        message += message.empty() ? "Update " : "; update ";
        message += join(updated);
    }
    return message;
}

} // namespace

Timestamp parse_date(const std::string& text) {
    auto fail = [&]() -> Timestamp {
        throw Error(ErrorKind::usage,
                    "--date '" + text + "': not a date redraft can read; " + kDateAdvice);
    };
    std::size_t pos = 0;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, offset = 0;
    if (!digits(text, pos, 4, year) || pos >= text.size() || text[pos++] != '-' ||
        !digits(text, pos, 2, month) || pos >= text.size() || text[pos++] != '-' ||
        !digits(text, pos, 2, day)) {
        return fail();
    }
    static constexpr int kDaysInMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 ||
        day > kDaysInMonth[month - 1] + (month == 2 && is_leap(year))) {
        throw Error(ErrorKind::usage,
                    "--date '" + text + "': there is no such day; " + kDateAdvice);
    }
    if (pos < text.size() && (text[pos] == 'T' || text[pos] == ' ')) {
        ++pos;
        if (!digits(text, pos, 2, hour) || pos >= text.size() || text[pos++] != ':' ||
            !digits(text, pos, 2, minute)) {
            return fail();
        }
        if (pos < text.size() && text[pos] == ':' && !digits(text, ++pos, 2, second)) {
            return fail();
        }
        if (hour > 23 || minute > 59 || second > 60) {
            throw Error(ErrorKind::usage,
                        "--date '" + text + "': there is no such time; " + kDateAdvice);
        }
        if (pos < text.size() && (text[pos] == 'Z' || text[pos] == 'z')) {
            ++pos;
        } else if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
            const int sign = text[pos++] == '-' ? -1 : 1;
            int offset_hours = 0, offset_minutes = 0;
            if (!digits(text, pos, 2, offset_hours)) {
                return fail();
            }
            if (pos < text.size() && text[pos] == ':') {
                ++pos;
            }
            if (pos < text.size() && !digits(text, pos, 2, offset_minutes)) {
                return fail();
            }
            if (offset_hours > 14 || offset_minutes > 59) {
                return fail();
            }
            offset = sign * (offset_hours * 60 + offset_minutes);
        }
    }
    if (pos != text.size()) {
        return fail();
    }
    const std::int64_t local =
        days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * 86400 +
        hour * 3600 + minute * 60 + second;
    return {local - offset * 60, offset};
}

std::string format_time(std::int64_t seconds, int offset_minutes) {
    const std::int64_t local = seconds + offset_minutes * 60;
    const std::int64_t days = (local >= 0 ? local : local - 86399) / 86400;
    const std::int64_t in_day = local - days * 86400;
    const CivilDate date = civil_from_days(days);
    const int offset = offset_minutes < 0 ? -offset_minutes : offset_minutes;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02uT%02lld:%02lld:%02lld%c%02d:%02d",
                  static_cast<long long>(date.year), date.month, date.day,
                  static_cast<long long>(in_day / 3600), static_cast<long long>(in_day / 60 % 60),
                  static_cast<long long>(in_day % 60), offset_minutes < 0 ? '-' : '+', offset / 60,
                  offset % 60);
    return buffer;
}

std::string label_name_problem(const std::string& name) {
    if (name.empty()) {
        return "a label needs a name";
    }
    if (is_number_spec(name) || (name.size() > 1 && name.front() == 'r' &&
                                 is_number_spec(name.substr(1)) && !name.starts_with("r-"))) {
        return "it would read as a revision number";
    }
    if (name.starts_with('-')) {
        return "it must not start with '-'";
    }
    for (const char c : name) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f || c == ' ') {
            return "it must not contain spaces or control characters";
        }
        if (std::string_view("~^:?*[\\").find(c) != std::string_view::npos) {
            return std::string("it must not contain '") + c + "' (git forbids ~ ^ : ? * [ \\)";
        }
    }
    if (name.find("..") != std::string::npos) {
        return "it must not contain '..'";
    }
    if (name.find("@{") != std::string::npos) {
        return "it must not contain '@{'";
    }
    if (name == "@") {
        return "'@' alone is not a valid name";
    }
    if (name.starts_with('/') || name.ends_with('/') || name.find("//") != std::string::npos) {
        return "it must not start or end with '/' or contain '//'";
    }
    if (name.ends_with('.')) {
        return "it must not end with '.'";
    }
    if (name.ends_with(".lock")) {
        return "it must not end with '.lock'";
    }
    if (name.starts_with('.') || name.find("/.") != std::string::npos) {
        return "no part of it may start with '.'";
    }
    const std::string ref = "refs/tags/" + name;
    int valid = 0;
    if (git_reference_name_is_valid(&valid, ref.c_str()) < 0 || !valid) {
        return "git does not accept it as a tag name";
    }
    return {};
}

namespace {

// Why `name` must not become a label in `repo`, though git accepts it: a label takes precedence
// over commit ids and git expressions, so a name that already means something else (a commit id
// prefix, HEAD, a branch) would silently change what that spec names, and git would call the
// name ambiguous. Empty when nothing else goes by that name.
std::string label_shadow_problem(git_repository* repo, const std::string& name) {
    if (looks_like_id_prefix(name)) {
        git_oid prefix;
        git_object* raw = nullptr;
        if (git_oid_fromstrn(&prefix, name.c_str(), name.size()) == 0) {
            const int code =
                git_object_lookup_prefix(&raw, repo, &prefix, name.size(), GIT_OBJECT_COMMIT);
            if (code == 0) {
                git::Object object(raw);
                return "it is the beginning of the id of commit " +
                       git::short_hex(repo, *git_object_id(object.get())) + ", which it would hide";
            }
            if (code == GIT_EAMBIGUOUS) {
                return "it is the beginning of the ids of several objects, which it would hide";
            }
        }
    }
    // The refs git tries before and after refs/tags/NAME when it reads NAME (git-rev-parse(1),
    // "Specifying revisions").
    for (const std::string& ref : {name, "refs/" + name, "refs/heads/" + name,
                                   "refs/remotes/" + name, "refs/remotes/" + name + "/HEAD"}) {
        git_oid id;
        if (git_reference_name_to_id(&id, repo, ref.c_str()) == 0 ||
            (ref == name && name == "HEAD")) {
            return "it already names " + (ref == name ? std::string("the ref ") : "") + ref +
                   ", which it would hide (and git would call the name ambiguous)";
        }
    }
    return {};
}

} // namespace

struct Store::Impl {
    fs::path root;
    fs::path git_dir;
    RepositorySource source;
    bool objects_durable = false; // write_objects_durably was called on this handle

    git_repository* repo() const { return source.repository(); }

    void make_objects_durable() {
        if (!objects_durable) {
            git::write_objects_durably(repo(), (git_dir / "objects").string());
            objects_durable = true;
        }
    }
};

namespace {

// Flushes a ref that libgit2 has just renamed into place to the disk, then its folder (which
// holds the rename itself), so that a revision or label is on disk when redraft reports it.
void sync_ref(const fs::path& git_dir, const std::string& ref_name, const std::string& what) {
    const fs::path file = git_dir / ref_name;
    for (const fs::path& path : {file, file.parent_path()}) {
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        const int error = fd < 0 || ::fsync(fd) != 0 ? errno : 0;
        if (fd >= 0) {
            ::close(fd);
        }
        if (error != 0) {
            throw Error(ErrorKind::store, what + " was recorded, but " + path.string() +
                                              " could not be flushed to the disk (" +
                                              std::strerror(error) +
                                              "); it may not survive a power failure: check "
                                              "the disk, then `redraft log`");
        }
    }
}

// The store's repository. Its .redraft folder was found by name, so a folder git cannot open
// as a repository (objects/ or HEAD gone) is damage, not a wrong name, which libgit2's "not
// found" would suggest.
git::Repository open_bare(const fs::path& git_dir) {
    git_repository* raw = nullptr;
    const int code = git_repository_open_bare(&raw, git_dir.c_str());
    if (code == GIT_ENOTFOUND) {
        const git_error* error = git_error_last();
        throw Error(
            ErrorKind::store,
            "opening the store " + git_dir.string() + ": " +
                (error && error->message ? error->message : "not a repository") +
                "; the folder is there but git cannot read it as a repository (its "
                "objects/ or HEAD is missing): restore it from a clone or backup (or, if it never "
                "was a store, move it away and run `redraft init`)");
    }
    git::check(code, "opening the store " + git_dir.string());
    return git::Repository(raw);
}

} // namespace

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

const fs::path& Store::root() const {
    return impl_->root;
}

fs::path Store::git_dir() const {
    return impl_->git_dir;
}

const RevisionSource& Store::source() const {
    return impl_->source;
}

InitResult Store::init(const fs::path& folder) {
    git::ensure_initialized();
    const fs::path git_dir = fs::absolute(folder).lexically_normal() / kStoreFolder;
    std::error_code ec;
    if (fs::exists(folder, ec) && !fs::is_directory(folder, ec)) {
        // `redraft init essay.md`, a newcomer's guess: libgit2 would report a "directory" that
        // exists and advise fsck.
        const fs::path parent = folder.parent_path();
        throw Error(ErrorKind::usage,
                    folder.string() +
                        ": a file, not a folder; init takes the folder whose documents the store "
                        "keeps: run `redraft init" +
                        (parent.empty() ? std::string() : " " + parent.string()) +
                        "`, then `redraft commit " + folder.string() + "`");
    }
    if (fs::exists(git_dir, ec)) {
        git_repository* raw = nullptr;
        if (git_repository_open_bare(&raw, git_dir.c_str()) < 0) {
            throw Error(ErrorKind::store,
                        git_dir.string() +
                            " exists but is not a redraft store; move it away and run "
                            "`redraft init` again");
        }
        git::Repository existing(raw);
        return {InitOutcome::existed, git_dir};
    }
    // The folder the store goes in (or the first of its parents that exists, init creating the
    // rest) must be writable: libgit2 would say "Permission denied" and redraft advise the
    // permissions of a .redraft folder that is not there.
    fs::path existing = git_dir.parent_path();
    while (!existing.empty() && !fs::exists(existing, ec) && existing != existing.parent_path()) {
        existing = existing.parent_path();
    }
    if (fs::is_directory(existing, ec) && ::access(existing.c_str(), W_OK | X_OK) != 0) {
        throw Error(ErrorKind::store, "cannot create the store " + git_dir.string() +
                                          ": the folder " + existing.string() +
                                          " is not writable for you; run `redraft init` in a "
                                          "folder you can write, or ask its owner");
    }
    // The libgit2 initializer rather than GIT_REPOSITORY_INIT_OPTIONS_INIT, which clang flags
    // for its missing field initializers.
    git_repository_init_options options;
    git::check(git_repository_init_options_init(&options, GIT_REPOSITORY_INIT_OPTIONS_VERSION),
               "preparing to create the store " + git_dir.string());
    options.flags =
        GIT_REPOSITORY_INIT_BARE | GIT_REPOSITORY_INIT_MKPATH | GIT_REPOSITORY_INIT_NO_REINIT;
    options.initial_head = "main";
    options.description = "A redraft store: revisions of documents, one commit each.";
    git_repository* raw = nullptr;
    git::check(git_repository_init_ext(&raw, git_dir.c_str(), &options),
               "creating the store " + git_dir.string());
    git::Repository repo(raw);
    git_config* raw_config = nullptr;
    git::check(git_repository_config(&raw_config, repo.get()),
               "configuring the store " + git_dir.string());
    git::Config config(raw_config);
    // Keep a reflog of main, so that `main@{2024-06-01}` and `main@{3}` work.
    git::check(git_config_set_string(config.get(), "core.logAllRefUpdates", "true"),
               "configuring the store " + git_dir.string());
    return {InitOutcome::created, git_dir};
}

Store Store::open(const fs::path& path) {
    git::ensure_initialized();
    const fs::path absolute = fs::absolute(path).lexically_normal();
    std::error_code ec;
    fs::path git_dir = absolute / kStoreFolder;
    if (!fs::is_directory(git_dir, ec)) {
        git_dir = absolute;
        if (absolute.filename() != kStoreFolder || !fs::is_directory(git_dir, ec)) {
            throw Error(ErrorKind::store,
                        path.string() + ": no redraft store there (no " + kStoreFolder +
                            " folder); create one with `redraft init " + path.string() + "`");
        }
    }
    if (git_dir.filename().empty()) {
        git_dir = git_dir.parent_path();
    }
    auto impl = std::make_unique<Impl>(Impl{
        git_dir.parent_path(), git_dir,
        RepositorySource(
            open_bare(git_dir),
            {git_dir.parent_path(), kBranch, describe_store(git_dir), git_dir / "cache", {}})});
    return Store(std::move(impl));
}

std::unique_ptr<RevisionSource> open_store_source(const fs::path& git_dir, const fs::path& cwd) {
    git::ensure_initialized();
    return std::make_unique<RepositorySource>(
        open_bare(git_dir), RepositoryOptions{git_dir.parent_path(), kBranch,
                                              describe_store(git_dir), git_dir / "cache", cwd});
}

CommitResult Store::commit(const std::vector<fs::path>& files, const CommitOptions& options,
                           const fs::path& cwd) {
    git_repository* repo = impl_->repo();
    const auto& source = impl_->source;
    const std::string where = describe_store(impl_->git_dir);

    // 1. Check everything before writing anything.
    struct Pending {
        std::string document;
        std::string bytes;
        git_oid blob{};
    };
    std::vector<Pending> pending;
    const fs::path root = fs::weakly_canonical(impl_->root);
    for (const auto& file : files) {
        const fs::path absolute = fs::weakly_canonical(file.is_absolute() ? file : cwd / file);
        const fs::path relative = absolute.lexically_relative(root);
        if (relative.empty() || *relative.begin() == ".." || relative == ".") {
            throw Error(ErrorKind::usage,
                        file.string() + ": outside the store's folder " + root.string() +
                            "; redraft records files under the folder that holds .redraft/ "
                            "(run `redraft init` in a folder above the file to make a store "
                            "there)");
        }
        if (*relative.begin() == kStoreFolder) {
            throw Error(ErrorKind::usage,
                        file.string() + ": inside the store itself; commit your documents, not "
                                        "the store's files");
        }
        std::error_code size_error;
        if (const auto size = fs::file_size(absolute, size_error); !size_error) {
            // Named as the user gave it, before anything is read.
            document::check_size(file.string(), "file", size, options.max_bytes);
        }
        std::string bytes = document::read_file(absolute, options.max_bytes);
        text::check_text(bytes, file.string());
        const std::string name = relative.generic_string();
        if (std::none_of(pending.begin(), pending.end(),
                         [&](const Pending& p) { return p.document == name; })) {
            pending.push_back({name, std::move(bytes)});
        }
    }
    if (pending.empty()) {
        throw Error(ErrorKind::usage, "name at least one file to record");
    }
    // Each file's latest revision, when every file is as recorded at the tip; else none.
    const auto unchanged_at_tip = [&]() -> std::optional<std::vector<CommittedFile>> {
        const std::optional<git_oid> tip = source.tip();
        if (!tip) {
            return std::nullopt;
        }
        git_commit* raw_commit = nullptr;
        git::check(git_commit_lookup(&raw_commit, repo, &*tip), "reading the tip of " + where);
        const git::Commit commit(raw_commit);
        std::vector<CommittedFile> unchanged;
        for (const auto& p : pending) {
            const auto previous = source.blob_in(commit.get(), p.document);
            git_oid blob;
            git::check(git_odb_hash(&blob, p.bytes.data(), p.bytes.size(), GIT_OBJECT_BLOB),
                       "hashing " + p.document);
            if (!previous || !git_oid_equal(&*previous, &blob)) {
                return std::nullopt;
            }
            unchanged.push_back({p.document, false, source.revision_at(*tip, p.document, "main")});
        }
        return unchanged;
    };
    if (!options.label.empty()) {
        if (const auto problem = label_name_problem(options.label); !problem.empty()) {
            throw Error(ErrorKind::usage,
                        "--label '" + options.label + "' is not a valid label name: " + problem);
        }
        if (const auto problem = label_shadow_problem(impl_->repo(), options.label);
            !problem.empty()) {
            throw Error(ErrorKind::usage, "--label '" + options.label + "' cannot be a label: " +
                                              problem + "; choose another name");
        }
        const auto existing = source.labels();
        if (std::find(existing.begin(), existing.end(), options.label) != existing.end()) {
            // Where it is, as `redraft label` says: the user may have meant that revision.
            git_oid on;
            const std::string ref_name = "refs/tags/" + options.label;
            const bool found = git_reference_name_to_id(&on, impl_->repo(), ref_name.c_str()) == 0;
            // The same command run again (`commit essay.md --label published` in a script): every
            // file is as recorded and the label is already on the revision holding them.
            if (auto same = found ? unchanged_at_tip() : std::nullopt;
                same && std::all_of(same->begin(), same->end(), [&](const CommittedFile& f) {
                    return f.revision.id == git::hex(on);
                })) {
                CommitResult result;
                result.files = std::move(*same);
                return result;
            }
            const std::string where_it_is =
                found ? " (on " + git::short_hex(impl_->repo(), on) + ")" : std::string();
            throw Error(ErrorKind::usage,
                        "the label '" + options.label + "' already exists" + where_it_is +
                            "; choose another name, or record without --label and move it with "
                            "`redraft label REV " +
                            options.label + " --force`");
        }
    }
    if (access((impl_->git_dir / "objects").c_str(), W_OK) != 0 ||
        access((impl_->git_dir / "refs" / "heads").c_str(), W_OK) != 0) {
        throw Error(ErrorKind::store,
                    where + " is read-only for you: nothing was recorded; check the permissions "
                            "of the .redraft folder (or ask its owner to record the revision)");
    }
    const Timestamp when = options.date.empty() ? now() : parse_date(options.date);
    const git::Signature signature = make_signature(repo, options, when);
    // A --date before a document's latest revision would make its history go back in time.
    auto check_date_order = [&](const std::optional<git_oid>& tip) {
        if (options.date.empty() || !tip) {
            return;
        }
        git_commit* raw_commit = nullptr;
        git::check(git_commit_lookup(&raw_commit, repo, &*tip), "reading the tip of " + where);
        const git::Commit commit(raw_commit);
        for (const auto& p : pending) {
            const auto previous = source.blob_in(commit.get(), p.document);
            git_oid blob;
            git::check(git_odb_hash(&blob, p.bytes.data(), p.bytes.size(), GIT_OBJECT_BLOB),
                       "hashing " + p.document);
            if (!previous || git_oid_equal(&*previous, &blob)) {
                continue; // a new document, or one that is not recorded again
            }
            const RevisionInfo latest = source.revision_at(*tip, p.document, "main");
            if (when.seconds < latest.time) {
                const std::string then = format_time(latest.time, latest.offset_minutes);
                throw Error(ErrorKind::usage,
                            "--date " + options.date + " is earlier than revision " +
                                std::to_string(latest.number) + " (" + latest.short_id + ") of " +
                                p.document + ", dated " + then +
                                ": nothing was recorded; give a --date on or after " + then +
                                ", so that the document's history does not go back in time");
            }
        }
    };
    const std::optional<git_oid> checked_tip = source.tip();
    check_date_order(checked_tip);

    // 2. Objects first, each durable before the branch can point at it: the blobs.
    impl_->make_objects_durable();
    for (auto& p : pending) {
        git::check(git_blob_create_from_buffer(&p.blob, repo, p.bytes.data(), p.bytes.size()),
                   "writing " + p.document + " into " + where);
    }

    // 3. A commit on top of the current tip, then a compare-and-swap of the branch; on a lost
    // race, rebuild on the new tip.
    CommitResult result;
    std::minstd_rand jitter(static_cast<unsigned>(getpid()));
    auto deadline = std::chrono::steady_clock::now() + options.lock_wait;
    std::optional<git_oid> last_tip;
    while (true) {
        ++result.attempts;
        const std::optional<git_oid> tip = source.tip();
        git::Commit parent;
        git::Tree baseline;
        if (tip) {
            git_commit* raw_commit = nullptr;
            git::check(git_commit_lookup(&raw_commit, repo, &*tip), "reading the tip of " + where);
            parent.reset(raw_commit);
            git_tree* raw_tree = nullptr;
            git::check(git_commit_tree(&raw_tree, parent.get()), "reading the tip of " + where);
            baseline.reset(raw_tree);
        }
        if (tip && last_tip && !git_oid_equal(&*tip, &*last_tip)) {
            // Another process made progress: the lock we wait for is not stale.
            deadline = std::chrono::steady_clock::now() + options.lock_wait;
        }
        last_tip = tip;
        if (tip.has_value() != checked_tip.has_value() ||
            (tip && !git_oid_equal(&*tip, &*checked_tip))) {
            check_date_order(tip); // another process recorded a revision since the check
        }

        std::vector<git_tree_update> updates;
        std::vector<std::string> added, updated;
        for (const auto& p : pending) {
            const auto previous = parent ? source.blob_in(parent.get(), p.document) : std::nullopt;
            if (previous && git_oid_equal(&*previous, &p.blob)) {
                continue;
            }
            (previous ? updated : added).push_back(p.document);
            git_tree_update update{};
            update.action = GIT_TREE_UPDATE_UPSERT;
            update.id = p.blob;
            update.filemode = GIT_FILEMODE_BLOB;
            update.path = p.document.c_str();
            updates.push_back(update);
        }
        if (updates.empty()) {
            result.recorded = false;
            for (const auto& p : pending) {
                result.files.push_back(
                    {p.document, false, source.revision_at(*tip, p.document, "main")});
            }
            return result;
        }
        git_oid tree_id;
        git::check(
            git_tree_create_updated(&tree_id, repo, baseline.get(), updates.size(), updates.data()),
            "writing the new tree into " + where);
        git_tree* raw_tree = nullptr;
        git::check(git_tree_lookup(&raw_tree, repo, &tree_id), "writing into " + where);
        git::Tree tree(raw_tree);
        const std::string message =
            options.message.empty() ? default_message(added, updated) : options.message;
        const git_commit* parents[] = {parent.get()};
        git_oid commit_id;
        git::check(git_commit_create(&commit_id, repo, nullptr, signature.get(), signature.get(),
                                     nullptr, message.c_str(), tree.get(), parent ? 1 : 0,
                                     parent ? parents : nullptr),
                   "writing the commit into " + where);

        const std::string log_message = "redraft commit: " + message.substr(0, message.find('\n'));
        // The expected old value is checked under the ref's lock. For the first revision it is
        // the zero id, which libgit2 reads as "must not exist yet": git_reference_create without
        // force checks that before taking the lock, and two first commits could both land.
        git_oid absent{};
        git_reference* raw_ref = nullptr;
        const int code = git_reference_create_matching(&raw_ref, repo, kBranch, &commit_id, 1,
                                                       tip ? &*tip : &absent, log_message.c_str());
        git::Reference ref(raw_ref);
        if (code == GIT_EMODIFIED || code == GIT_EEXISTS || (tip && code == GIT_ENOTFOUND)) {
            continue; // another process moved the branch first: rebuild on its tip
        }
        if (code == GIT_ELOCKED && std::chrono::steady_clock::now() < deadline) {
            std::this_thread::sleep_for(std::chrono::microseconds(500 + jitter() % 4000));
            continue;
        }
        git::check(code, "moving the branch main of " + where + " (nothing was recorded)");

        result.recorded = true;
        result.id = git::hex(commit_id);
        result.short_id = git::short_hex(repo, commit_id);
        sync_ref(impl_->git_dir, kBranch, "revision " + result.short_id);
        if (!options.label.empty()) {
            git_object* raw_object = nullptr;
            git::check(git_object_lookup(&raw_object, repo, &commit_id, GIT_OBJECT_COMMIT),
                       "reading the new revision in " + where);
            git::Object object(raw_object);
            git_oid tag_id;
            git::check(
                git_tag_create_lightweight(&tag_id, repo, options.label.c_str(), object.get(), 0),
                "labelling the new revision " + result.short_id + " as '" + options.label +
                    "' (the revision itself was recorded)");
            sync_ref(impl_->git_dir, "refs/tags/" + options.label, "the label " + options.label);
        }
        for (const auto& p : pending) {
            const bool changed =
                std::find(added.begin(), added.end(), p.document) != added.end() ||
                std::find(updated.begin(), updated.end(), p.document) != updated.end();
            result.files.push_back(
                {p.document, changed, source.revision_at(commit_id, p.document, result.short_id)});
        }
        return result;
    }
}

LabelResult Store::label(const std::string& spec, const std::string& name,
                         const std::string& document, LabelMode mode) {
    if (const auto problem = label_name_problem(name); !problem.empty()) {
        throw Error(ErrorKind::usage, "'" + name + "' is not a valid label name: " + problem);
    }
    git_repository* repo = impl_->repo();
    if (const auto problem = label_shadow_problem(repo, name); !problem.empty()) {
        throw Error(ErrorKind::usage,
                    "'" + name + "' cannot be a label: " + problem + "; choose another name");
    }
    const std::string where = describe_store(impl_->git_dir);
    LabelResult result;
    result.revision = impl_->source.resolve(spec, document);
    git_oid target;
    git::check(git_oid_fromstr(&target, result.revision.id.c_str()), "reading " + where);
    const std::string ref_name = "refs/tags/" + name;
    git_oid previous;
    const int found = git_reference_name_to_id(&previous, repo, ref_name.c_str());
    if (found == 0) {
        result.previous_id = git::hex(previous);
        if (git_oid_equal(&previous, &target)) {
            return result;
        }
        if (mode != LabelMode::move) {
            throw Error(ErrorKind::usage,
                        "the label '" + name + "' already exists (on " +
                            git::short_hex(repo, previous) + "); use --force to move it to " +
                            (result.revision.number > 0
                                 ? "revision " + std::to_string(result.revision.number)
                                 : "commit " + result.revision.short_id) +
                            " of " + document);
        }
    } else if (found != GIT_ENOTFOUND) {
        git::check(found, "reading the label '" + name + "' in " + where);
    }
    git_reference* raw_ref = nullptr;
    const std::string log_message = "redraft label " + name;
    const int code = found == 0
                         ? git_reference_create_matching(&raw_ref, repo, ref_name.c_str(), &target,
                                                         1, &previous, log_message.c_str())
                         : git_reference_create(&raw_ref, repo, ref_name.c_str(), &target, 0,
                                                log_message.c_str());
    git::Reference ref(raw_ref);
    if (code == GIT_EMODIFIED || code == GIT_EEXISTS) {
        throw Error(ErrorKind::store, "the label '" + name +
                                          "' was changed by another process just now; look at "
                                          "`redraft log` and try again");
    }
    git::check(code, "writing the label '" + name + "' in " + where);
    sync_ref(impl_->git_dir, ref_name, "the label " + name);
    return result;
}

std::string Store::delete_label(const std::string& name) {
    git_repository* repo = impl_->repo();
    const std::string where = describe_store(impl_->git_dir);
    const std::string ref_name = "refs/tags/" + name;
    int valid = 0;
    git_reference* raw_ref = nullptr;
    const int code = git_reference_name_is_valid(&valid, ref_name.c_str()) == 0 && valid
                         ? git_reference_lookup(&raw_ref, repo, ref_name.c_str())
                         : GIT_ENOTFOUND;
    if (code == GIT_ENOTFOUND) {
        const auto labels = impl_->source.labels();
        throw Error(ErrorKind::not_found, "there is no label '" + name + "' in " + where +
                                              (labels.empty() ? " (there are no labels)"
                                                              : " (labels: " + join(labels) + ")"));
    }
    git::check(code, "reading the label '" + name + "' in " + where);
    git::Reference ref(raw_ref);
    git_object* raw_commit = nullptr;
    git::check(git_reference_peel(&raw_commit, ref.get(), GIT_OBJECT_COMMIT),
               "reading the label '" + name + "' in " + where);
    git::Object commit(raw_commit);
    const std::string id = git::hex(*git_object_id(commit.get()));
    git::check(git_reference_delete(ref.get()), "deleting the label '" + name + "' in " + where);
    return id;
}

} // namespace redraft::store
