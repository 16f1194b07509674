#include <redraft/document/document.hpp>
#include <redraft/error.hpp>
#include <redraft/store/spec.hpp>
#include <redraft/store/store.hpp>
#include <redraft/text/edit_distance.hpp>

#include <algorithm>
#include <cctype>

#include "store/git.hpp"
#include "store/repository.hpp"

namespace redraft::store {
namespace fs = std::filesystem;

namespace {

// A store named by --store or REDRAFT_STORE: the .redraft folder or the folder holding it.
fs::path named_store(const std::string& path, const fs::path& cwd, const std::string& origin) {
    const fs::path given = fs::path(path).is_absolute() ? fs::path(path) : cwd / path;
    const fs::path absolute = given.lexically_normal();
    std::error_code ec;
    if (fs::is_directory(absolute / kStoreFolder, ec)) {
        return absolute / kStoreFolder;
    }
    fs::path trimmed = absolute;
    if (trimmed.filename().empty()) {
        trimmed = trimmed.parent_path();
    }
    if (trimmed.filename() == kStoreFolder && fs::is_directory(trimmed, ec)) {
        return trimmed;
    }
    // "--store PATH", but "REDRAFT_STORE=PATH" as the variable is written.
    const std::string named = origin + (origin.ends_with('=') ? "" : " ") + path;
    if (fs::exists(absolute, ec) && !fs::is_directory(absolute, ec)) {
        // A document named for its store: `redraft init` of it would fail.
        throw Error(ErrorKind::usage, named + ": a file, not a store; give the folder that holds " +
                                          kStoreFolder + "/ (or that folder itself)");
    }
    throw Error(ErrorKind::store, named + ": no redraft store there (no " + kStoreFolder +
                                      " folder); create one with `redraft init " + path + "`");
}

// The nearest .redraft folder at or above `cwd`.
std::optional<fs::path> discover_store(const fs::path& cwd) {
    std::error_code ec;
    for (fs::path folder = fs::absolute(cwd).lexically_normal();; folder = folder.parent_path()) {
        if (fs::is_directory(folder / kStoreFolder, ec)) {
            return folder / kStoreFolder;
        }
        if (folder == folder.parent_path()) {
            return std::nullopt;
        }
    }
}

// False when no folder at or above `start` can hold a git repository: none has a `.git` entry
// (folder or gitlink file) or a HEAD file (a bare repository or a git folder). libgit2 finds
// repositories only where one of these is, so the answer is the same, and `redraft diff A B`
// outside any repository does not pay for initializing libgit2 (which, built with mbedTLS,
// parses every CA certificate of the system: a third of a small diff's CPU time).
bool may_hold_git_repository(const fs::path& start) {
    std::error_code ec;
    const fs::path absolute = fs::absolute(start, ec).lexically_normal();
    if (ec || absolute.empty()) {
        return true; // let libgit2 decide
    }
    for (fs::path folder = absolute;; folder = folder.parent_path()) {
        if (fs::exists(folder / ".git", ec) || fs::exists(folder / "HEAD", ec)) {
            return true;
        }
        if (folder == folder.parent_path()) {
            return false;
        }
    }
}

std::unique_ptr<RevisionSource> open_git(const fs::path& start, bool search_upward,
                                         const std::string& origin, const fs::path& cwd) {
    if (search_upward && !may_hold_git_repository(start)) {
        return nullptr;
    }
    git::ensure_initialized();
    git_repository* raw = nullptr;
    const int code = git_repository_open_ext(
        &raw, start.c_str(), search_upward ? 0 : GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr);
    if (code == GIT_ENOTFOUND) {
        if (!search_upward) {
            // A folder inside a work tree (`--git essays/`, as `git -C essays/` takes it): name
            // the work tree's top, which --git wants.
            git_buf found = GIT_BUF_INIT;
            std::string enclosing;
            if (git_repository_discover(&found, start.c_str(), 0, nullptr) == 0) {
                git_repository* outer = nullptr;
                if (git_repository_open(&outer, found.ptr) == 0) {
                    git::Repository repository(outer);
                    const char* workdir = git_repository_workdir(repository.get());
                    enclosing = workdir ? fs::path(workdir).parent_path().string() : found.ptr;
                }
            }
            git_buf_dispose(&found);
            git_error_clear();
            throw Error(ErrorKind::store,
                        origin + " " + start.string() +
                            (enclosing.empty()
                                 ? ": not a git repository; name the folder of a git work tree "
                                   "or a .git folder"
                                 : ": not the top of a git work tree but a folder inside " +
                                       enclosing + "; give --git " + enclosing));
        }
        return nullptr;
    }
    git::check(code, "opening the git repository at " + start.string());
    git::Repository repo(raw);
    fs::path root;
    std::string description;
    if (const char* workdir = git_repository_workdir(repo.get())) {
        root = fs::path(workdir).lexically_normal();
        if (root.filename().empty()) {
            root = root.parent_path();
        }
        description = "the git repository " + root.string();
    } else {
        description = "the git repository " + std::string(git_repository_path(repo.get()));
    }
    return std::make_unique<RepositorySource>(
        std::move(repo), RepositoryOptions{root, "HEAD", description, {}, cwd});
}

// Plain files on disk: each file is a document with one revision, itself.
class FileSource : public RevisionSource {
public:
    FileSource(fs::path cwd, std::uint64_t max_bytes)
        : cwd_(std::move(cwd)), max_bytes_(max_bytes) {}
    std::string describe() const override { return "the files in " + cwd_.string(); }
    fs::path root() const override { return {}; }
    std::vector<std::string> documents() const override { return {}; }
    std::vector<std::string> labels() const override { return {}; }
    std::vector<RevisionInfo> log(const std::string& document) const override {
        return {resolve(document, document)};
    }
    RevisionInfo resolve(const std::string& spec, const std::string&) const override {
        const fs::path path = fs::path(spec).is_absolute() ? fs::path(spec) : cwd_ / spec;
        std::error_code ec;
        if (!fs::is_regular_file(path, ec)) {
            throw Error(ErrorKind::not_found,
                        spec + ": no such file; check the path and try again");
        }
        RevisionInfo info;
        info.document = spec;
        info.size = fs::file_size(path, ec);
        info.time =
            std::chrono::duration_cast<std::chrono::seconds>(
                std::chrono::file_clock::to_sys(fs::last_write_time(path, ec)).time_since_epoch())
                .count();
        return info;
    }
    std::string read(const RevisionInfo& revision) const override {
        const fs::path path = fs::path(revision.document).is_absolute()
                                  ? fs::path(revision.document)
                                  : cwd_ / revision.document;
        return document::read_file(path, max_bytes_);
    }

private:
    fs::path cwd_;
    std::uint64_t max_bytes_;
};

std::unique_ptr<RevisionSource> try_open_source(const SourceOptions& options) {
    if (!options.git_dir.empty()) {
        if (!options.store.empty()) {
            throw Error(ErrorKind::usage, "give either --store or --git, not both");
        }
        const fs::path dir = fs::path(options.git_dir).is_absolute()
                                 ? fs::path(options.git_dir)
                                 : options.cwd / options.git_dir;
        return open_git(dir.lexically_normal(), false, "--git", options.cwd);
    }
    if (!options.store.empty()) {
        return open_store_source(named_store(options.store, options.cwd, "--store"), options.cwd);
    }
    if (!options.store_environment.empty()) {
        return open_store_source(
            named_store(options.store_environment, options.cwd, "REDRAFT_STORE="), options.cwd);
    }
    if (const auto found = discover_store(options.cwd)) {
        return open_store_source(*found, options.cwd);
    }
    return open_git(options.cwd, true, "", options.cwd);
}

[[noreturn]] void throw_no_source(const SourceOptions& options, const std::string& lead) {
    throw Error(ErrorKind::store,
                lead + ": there is no .redraft folder in " +
                    fs::absolute(options.cwd).lexically_normal().string() +
                    " or above it, and it is not inside a git repository; create a store with "
                    "`redraft init`, or name one with --store PATH or --git DIR");
}

} // namespace

fs::path find_store(const SourceOptions& options) {
    if (!options.store.empty()) {
        return named_store(options.store, options.cwd, "--store");
    }
    if (!options.store_environment.empty()) {
        return named_store(options.store_environment, options.cwd, "REDRAFT_STORE=");
    }
    if (const auto found = discover_store(options.cwd)) {
        return *found;
    }
    throw Error(ErrorKind::store,
                "no redraft store found: there is no .redraft folder in " +
                    fs::absolute(options.cwd).lexically_normal().string() +
                    " or above it; create one with `redraft init`, or name one with --store "
                    "PATH");
}

std::unique_ptr<RevisionSource> open_source(const SourceOptions& options) {
    auto source = try_open_source(options);
    if (!source) {
        throw_no_source(options, "no revision store found");
    }
    return source;
}

std::vector<std::string> default_documents(const RevisionSource& source) {
    auto documents = source.documents();
    std::erase(documents, std::string("redraft.toml"));
    return documents;
}

std::string document_name(const RevisionSource& source, const std::string& given,
                          const fs::path& cwd) {
    if (given.empty()) {
        const auto documents = default_documents(source);
        if (documents.size() == 1) {
            return documents.front();
        }
        if (documents.empty()) {
            throw Error(ErrorKind::not_found, source.describe() +
                                                  " holds no documents yet; record one with "
                                                  "`redraft commit FILE`");
        }
        std::string list;
        for (std::size_t i = 0; i < documents.size() && i < 20; ++i) {
            list += "\n  " + typed_name(source, documents[i], cwd); // as the user types it
        }
        if (documents.size() > 20) {
            list += "\n  ... and " + std::to_string(documents.size() - 20) + " more";
        }
        throw Error(ErrorKind::usage, source.describe() + " holds " +
                                          std::to_string(documents.size()) +
                                          " documents; name the one you mean:" + list);
    }
    const fs::path root = source.root();
    if (root.empty()) {
        return fs::path(given).lexically_normal().generic_string();
    }
    std::error_code ec;
    const fs::path absolute =
        fs::weakly_canonical(fs::path(given).is_absolute() ? fs::path(given) : cwd / given, ec);
    const fs::path relative = absolute.lexically_relative(fs::weakly_canonical(root, ec));
    if (relative.empty() || *relative.begin() == ".." || relative == ".") {
        if (fs::path(given).is_relative()) {
            // Not under the root from here (say, with --git DIR from elsewhere): the path is
            // taken as relative to the root.
            return fs::path(given).lexically_normal().generic_string();
        }
        throw Error(ErrorKind::usage, given + ": outside " + root.string() + ", the folder of " +
                                          source.describe() +
                                          "; name a document inside that folder");
    }
    return relative.generic_string();
}

std::string typed_name(const RevisionSource& source, const std::string& document,
                       const fs::path& cwd) {
    if (source.root().empty() || cwd.empty()) {
        return document;
    }
    std::error_code ec;
    const fs::path root = fs::weakly_canonical(source.root(), ec);
    const fs::path here = fs::weakly_canonical(cwd, ec);
    const fs::path below = here.lexically_relative(root);
    if (below.empty() || below == "." || *below.begin() == "..") {
        return document; // at the root, or outside it
    }
    return (root / document).lexically_relative(here).generic_string();
}

namespace {

// The regular files, as typed from `cwd`, of the folder that `typed` (a path as typed from
// `cwd`) names: a misspelt name may mean a file not stored yet. At most 2000 entries are read.
std::vector<std::string> files_beside(const std::string& typed, const fs::path& cwd) {
    std::vector<std::string> files;
    const fs::path folder = fs::path(typed).parent_path();
    std::error_code ec;
    fs::directory_iterator it(folder.is_absolute() ? folder : cwd / folder, ec);
    for (std::size_t seen = 0; !ec && it != fs::directory_iterator() && seen < 2000;
         it.increment(ec), ++seen) {
        std::error_code type_ec;
        if (it->is_regular_file(type_ec)) {
            files.push_back((folder / it->path().filename()).generic_string());
        }
    }
    return files;
}

} // namespace

std::string suggest_name(const std::string& typed, std::vector<std::string> stored,
                         const fs::path& cwd, const RevisionSource* holder) {
    const std::size_t stored_count = stored.size();
    std::error_code ec;
    const bool typed_exists =
        fs::is_regular_file(fs::path(typed).is_absolute() ? fs::path(typed) : cwd / typed, ec);
    // A file that is there is the one meant, stored or not; the others near it are not.
    for (auto& file : typed_exists ? std::vector<std::string>() : files_beside(typed, cwd)) {
        if (file != typed && std::find(stored.begin(), stored.end(), file) == stored.end()) {
            stored.push_back(std::move(file));
        }
    }
    const std::string best = text::nearest(typed, stored);
    if (best.empty()) {
        return {};
    }
    const bool on_disk_only =
        std::find(stored.begin(), stored.begin() + static_cast<std::ptrdiff_t>(stored_count),
                  best) == stored.begin() + static_cast<std::ptrdiff_t>(stored_count);
    return "; did you mean '" + best + "'?" +
           (on_disk_only && holder != nullptr ? " (a file here, not in " + holder->describe() + ")"
                                              : std::string());
}

std::string suggest_document(const RevisionSource& source, const std::string& document,
                             const fs::path& cwd) {
    const auto known = source.documents();
    if (std::find(known.begin(), known.end(), document) != known.end()) {
        return {};
    }
    std::vector<std::string> typed;
    typed.reserve(known.size());
    for (const auto& name : known) {
        typed.push_back(typed_name(source, name, cwd));
    }
    if (auto suggestion = suggest_name(typed_name(source, document, cwd), typed, cwd, &source);
        !suggestion.empty()) {
        return suggestion;
    }
    // The same file in another folder: typed two folders down, "essay.md" for "../../essay.md"
    // is six edits, too many for a typo of a name of eight letters, but plainly meant.
    const std::string file_name = fs::path(document).filename().string();
    std::string only;
    for (std::size_t i = 0; i < known.size(); ++i) {
        if (fs::path(known[i]).filename() == file_name) {
            if (!only.empty()) {
                return {};
            }
            only = typed[i];
        }
    }
    return only.empty() ? std::string() : "; did you mean '" + only + "'?";
}

std::string implied_document(const SourceOptions& options, const std::string& older,
                             const std::string& newer) {
    std::unique_ptr<RevisionSource> source;
    try {
        source = try_open_source(options);
    } catch (const Error&) {
        return {}; // loading the revisions reports it
    }
    if (!source) {
        return {};
    }
    const auto labels = source->labels();
    // As load_revision() reads a spec: a number or a label before a file of that name.
    const auto reads_as_file = [&](const std::string& spec) {
        std::error_code ec;
        const fs::path path = fs::path(spec).is_absolute() ? fs::path(spec) : options.cwd / spec;
        return !spec.empty() && fs::is_regular_file(path, ec) && !is_number_spec(spec) &&
               std::find(labels.begin(), labels.end(), spec) == labels.end();
    };
    const bool older_file = reads_as_file(older);
    if (older_file == reads_as_file(newer)) {
        return {}; // two revisions (the only document is meant), or two files (none is)
    }
    const std::string& file = older_file ? older : newer;
    const auto documents = source->documents();
    if (documents.size() < 2) {
        return {}; // the only document is meant anyway, whatever the file's name
    }
    try {
        const std::string name = document_name(*source, file, options.cwd);
        if (std::find(documents.begin(), documents.end(), name) != documents.end()) {
            return file;
        }
    } catch (const Error&) {
        // A file outside the source's folder names no document of it.
    }
    return {};
}

namespace {

// Whether `spec` reads as a file name rather than a revision: its last part has an extension
// with a letter in it ("essay.md", "drafts/r2.txt"; not "origin/main", "v1.2", "HEAD~1").
bool looks_like_file_name(const std::string& spec) {
    const std::string name = fs::path(spec).filename().string();
    const std::size_t dot = name.rfind('.');
    if (dot == std::string::npos || dot == 0 || dot + 1 == name.size()) {
        return false;
    }
    const std::string_view extension = std::string_view(name).substr(dot + 1);
    return extension.size() <= 10 &&
           std::all_of(extension.begin(), extension.end(),
                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }) &&
           std::any_of(extension.begin(), extension.end(),
                       [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
}

} // namespace

LoadedRevision load_revision(const SourceOptions& options, const std::string& spec,
                             const std::string& document) {
    if (spec == "-") {
        // As `-o -` is standard output, `-` reads as standard input, which no side is.
        throw Error(ErrorKind::usage, "'-': redraft does not read standard input; save the text "
                                      "to a file and give its name (e.g. `git show main:essay.md "
                                      "> old.md`), or give a revision");
    }
    const auto source = try_open_source(options);
    const fs::path path = fs::path(spec).is_absolute() ? fs::path(spec) : options.cwd / spec;
    std::error_code ec;
    const bool is_file = !spec.empty() && fs::is_regular_file(path, ec);
    const bool is_folder = !spec.empty() && fs::is_directory(path, ec);
    const auto throw_folder = [](const std::string& folder) {
        throw Error(ErrorKind::input, folder + ": is a folder, not a text file or a revision; "
                                               "give a file in it, or a revision");
    };
    bool source_first = false;
    if (source) {
        const auto labels = source->labels();
        source_first = !is_file || is_number_spec(spec) ||
                       std::find(labels.begin(), labels.end(), spec) != labels.end();
    }
    if (source_first) {
        LoadedRevision loaded;
        try {
            loaded.info = source->resolve(spec, document_name(*source, document, options.cwd));
        } catch (const Error& error) {
            // `redraft diff drafts/ essay.md`: a folder, which no spec meant, rather than "an
            // unknown revision" with the list of labels.
            if (is_folder) {
                throw_folder(spec);
            }
            // `redraft assess esay.md`: most likely a file misspelt or not there, which the
            // message about revisions alone would not say.
            if (!is_file && looks_like_file_name(spec)) {
                // The source's documents as typed from here are the files most likely meant.
                std::vector<std::string> typed;
                try {
                    for (const auto& name : source->documents()) {
                        typed.push_back(typed_name(*source, name, options.cwd));
                    }
                } catch (const Error&) {
                    // A source that cannot list them (damaged) still gets the message below.
                }
                const std::string hint = suggest_name(spec, std::move(typed), options.cwd, nullptr);
                throw Error(error.kind(), "'" + spec + "' is not a file in " +
                                              options.cwd.string() + ", nor a revision" +
                                              (hint.empty() ? ": " : hint + " As a revision: ") +
                                              error.what());
            }
            throw;
        }
        document::check_size(loaded.info.document + " at " +
                                 (loaded.info.number > 0
                                      ? "revision " + std::to_string(loaded.info.number) + " (" +
                                            loaded.info.short_id + ")"
                                      : "commit " + loaded.info.short_id),
                             "revision", loaded.info.size, options.max_bytes);
        loaded.bytes = source->read(loaded.info);
        return loaded;
    }
    if (is_file) {
        const FileSource files(options.cwd, options.max_bytes);
        LoadedRevision loaded;
        loaded.info = files.resolve(spec, spec);
        document::check_size(spec, "file", loaded.info.size, options.max_bytes);
        loaded.bytes = files.read(loaded.info);
        return loaded;
    }
    if (is_folder) {
        throw_folder(spec);
    }
    throw_no_source(options, "'" + spec + "' is not a file, and no revision store was found");
}

} // namespace redraft::store
