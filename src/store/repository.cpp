#include "store/repository.hpp"

#include <redraft/error.hpp>
#include <redraft/store/spec.hpp>
#include <redraft/text/edit_distance.hpp>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace redraft::store {
namespace {

std::string first_line(const char* message) {
    if (!message) {
        return {};
    }
    std::string_view text(message);
    const auto start = text.find_first_not_of("\r\n");
    if (start == std::string_view::npos) {
        return {};
    }
    text = text.substr(start);
    return std::string(text.substr(0, text.find_first_of("\r\n")));
}

// "essay.txt at revision 2 (c42429a)", for messages.
std::string describe_revision(const RevisionInfo& info) {
    return info.document + " at " +
           (info.number > 0 ? "revision " + std::to_string(info.number) + " (" + info.short_id + ")"
                            : "commit " + info.short_id);
}

} // namespace

RepositorySource::RepositorySource(git::Repository repository, RepositoryOptions options)
    : repository_(std::move(repository)), options_(std::move(options)) {
    git::guard_loose_objects(repository_.get());
}

git::Commit RepositorySource::lookup_commit(const git_oid& id) const {
    git_commit* raw = nullptr;
    git::check(git_commit_lookup(&raw, repository_.get(), &id),
               "reading commit " + git::hex(id) + " in " + describe());
    return git::Commit(raw);
}

std::optional<git_oid> RepositorySource::tip() const {
    git_oid id;
    const int code = git_reference_name_to_id(&id, repository_.get(), options_.branch.c_str());
    if (code == GIT_ENOTFOUND || code == GIT_EUNBORNBRANCH) {
        return std::nullopt;
    }
    git::check(code, "reading " + options_.branch + " in " + describe());
    return id;
}

bool RepositorySource::is_shallow() const {
    return git_repository_is_shallow(repository_.get()) == 1;
}

std::optional<git_oid> RepositorySource::blob_in(const git_commit* commit,
                                                 const std::string& document) const {
    git_tree* raw_tree = nullptr;
    git::check(git_commit_tree(&raw_tree, commit), "reading the tree of commit " +
                                                       git::hex(*git_commit_id(commit)) + " in " +
                                                       describe());
    git::Tree tree(raw_tree);
    git_tree_entry* raw_entry = nullptr;
    const int code = git_tree_entry_bypath(&raw_entry, tree.get(), document.c_str());
    if (code == GIT_ENOTFOUND) {
        return std::nullopt;
    }
    git::check(code, "looking up " + document + " in " + describe());
    git::TreeEntry entry(raw_entry);
    if (git_tree_entry_type(entry.get()) != GIT_OBJECT_BLOB) {
        return std::nullopt;
    }
    return *git_tree_entry_id(entry.get());
}

ContentCache& RepositorySource::number_cache(const std::string& document) const {
    auto& cache = number_caches_[document];
    if (!cache) {
        // The cache's name carries a hash of the document's path (FNV-1a).
        std::uint64_t hash = 1469598103934665603ull;
        for (unsigned char c : document) {
            hash = (hash ^ c) * 1099511628211ull;
        }
        char name[64];
        std::snprintf(name, sizeof name, "numbers-%016llx-1",
                      static_cast<unsigned long long>(hash));
        cache = std::make_unique<ContentCache>(*this, name);
    }
    return *cache;
}

RepositorySource::Walk RepositorySource::walk(const std::string& document, const git_oid& start,
                                              std::size_t min_changes,
                                              std::uint32_t down_to) const {
    Walk result;
    ContentCache& numbers = number_cache(document);
    std::optional<std::uint32_t> known; // the number of the oldest change found so far
    auto enough = [&] {
        return known && result.changes.size() >= min_changes && (down_to == 0 || *known <= down_to);
    };
    auto found = [&](const git_oid& commit, const git_oid& blob) {
        result.changes.push_back({commit, blob});
        if (known) {
            known = *known - 1;
        } else if (const auto cached = numbers.find(git::hex(commit))) {
            known = static_cast<std::uint32_t>(*cached);
        }
    };
    git::Commit commit = lookup_commit(start);
    std::optional<git_oid> blob = blob_in(commit.get(), document);
    while (!enough()) {
        if (git_commit_parentcount(commit.get()) == 0) {
            if (blob) {
                found(*git_commit_id(commit.get()), *blob);
            }
            if (!known) {
                known = 1; // the first commit: the oldest change is revision 1
            }
            break;
        }
        git::Commit parent;
        std::optional<git_oid> parent_blob;
        try {
            parent = lookup_commit(*git_commit_parent_id(commit.get(), 0));
            // A commit that keeps the whole tree keeps the document: no need to read the tree.
            const bool same_tree =
                git_oid_equal(git_commit_tree_id(commit.get()), git_commit_tree_id(parent.get()));
            parent_blob = same_tree ? blob : blob_in(parent.get(), document);
        } catch (const Error& error) {
            // A damaged store does not hide the history above the damage: the revisions found so
            // far stand, the oldest of them counted as a change (what came before is unknown).
            const std::string cut = git::short_hex(repository_.get(), *git_commit_id(commit.get()));
            result.shallow_cut = is_shallow();
            result.damage = is_shallow()
                                // Not damage: a clone made with --depth (CI's default checkout) has
                                // no history below its cut.
                                ? describe() + " is a shallow clone: its history stops at " + cut +
                                      ", so the revisions before it cannot be listed or numbered" +
                                      kShallowAdvice
                                : std::string(error.what()) + "; the revisions before " + cut +
                                      " cannot be listed or numbered";
            // Whether this commit changed the document is unknown: it is listed when the number
            // cache knows it as a change, or when no numbers are known anyway.
            const git_oid& id = *git_commit_id(commit.get());
            if (blob && (!known || numbers.find(git::hex(id)))) {
                found(id, *blob);
            }
            break;
        }
        if (blob && (!parent_blob || !git_oid_equal(&*blob, &*parent_blob))) {
            found(*git_commit_id(commit.get()), *blob);
        }
        commit = std::move(parent);
        blob = parent_blob;
    }
    if (result.changes.empty() || !known) {
        return result; // no change, or numbers unknown (the walk stopped at damage)
    }
    result.newest_number = *known + static_cast<std::uint32_t>(result.changes.size()) - 1;
    for (std::size_t i = 0; i < result.changes.size(); ++i) {
        numbers.add(git::hex(result.changes[i].commit), result.number(i));
    }
    numbers.save();
    return result;
}

RepositorySource::Walk RepositorySource::walk_all(const std::string& document,
                                                  const git_oid& start) const {
    return walk(document, start, SIZE_MAX, 1);
}

std::multimap<std::string, std::string> RepositorySource::labels_by_commit() const {
    std::multimap<std::string, std::string> by_commit;
    for (const auto& name : labels()) {
        try {
            if (const auto commit = commit_of_label(name)) {
                by_commit.emplace(git::hex(*commit), name);
            }
        } catch (const Error&) {
            // A label that names no readable revision marks none; label_problems() reports it,
            // and resolving it by name still fails with the reason.
        }
    }
    return by_commit;
}

std::vector<std::string> RepositorySource::label_problems() const {
    std::vector<std::string> problems;
    for (const auto& name : labels()) {
        try {
            (void)commit_of_label(name);
        } catch (const Error& error) {
            problems.emplace_back(error.what());
        }
    }
    return problems;
}

void RepositorySource::labels_along(git::Commit commit, const git_oid& blob,
                                    const std::string& document,
                                    const std::multimap<std::string, std::string>& labels_by_commit,
                                    std::vector<std::string>& labels) const {
    // Back along the branch while its commits hold this very text.
    for (std::size_t steps = 0; steps < kMergedLabelReach; ++steps) {
        const auto held = blob_in(commit.get(), document);
        if (!held || !git_oid_equal(&*held, &blob)) {
            break;
        }
        const auto [begin, end] =
            labels_by_commit.equal_range(git::hex(*git_commit_id(commit.get())));
        for (auto it = begin; it != end; ++it) {
            if (std::find(labels.begin(), labels.end(), it->second) == labels.end()) {
                labels.push_back(it->second);
            }
        }
        if (git_commit_parentcount(commit.get()) == 0) {
            break;
        }
        commit = lookup_commit(*git_commit_parent_id(commit.get(), 0));
    }
}

void RepositorySource::merged_labels(
    const git_commit* merge, const git_oid& blob, const std::string& document,
    const std::multimap<std::string, std::string>& labels_by_commit,
    std::vector<std::string>& labels) const {
    if (labels_by_commit.empty()) {
        return;
    }
    const unsigned parents = git_commit_parentcount(merge);
    for (unsigned p = 1; p < parents; ++p) {
        try {
            labels_along(lookup_commit(*git_commit_parent_id(merge, p)), blob, document,
                         labels_by_commit, labels);
        } catch (const Error&) {
            // A damaged branch lends no labels; listing its damage is the walk's business.
        }
    }
}

std::optional<Merge> RepositorySource::merge_of(const RevisionInfo& revision) const {
    git_oid id;
    if (revision.id.empty() || git_oid_fromstr(&id, revision.id.c_str()) < 0) {
        return std::nullopt;
    }
    try {
        const git::Commit merge = lookup_commit(id);
        const unsigned parents = git_commit_parentcount(merge.get());
        if (parents < 2) {
            return std::nullopt;
        }
        Merge result;
        if (const auto base = blob_in(lookup_commit(*git_commit_parent_id(merge.get(), 0)).get(),
                                      revision.document)) {
            result.base_blob = git::hex(*base);
        }
        const auto labels = labels_by_commit();
        for (unsigned p = 1; p < parents; ++p) {
            git::Commit tip = lookup_commit(*git_commit_parent_id(merge.get(), p));
            const auto blob = blob_in(tip.get(), revision.document);
            if (!blob) {
                continue;
            }
            MergedBranch branch;
            branch.id = git::hex(*git_commit_id(tip.get()));
            branch.short_id = git::short_hex(repository_.get(), *git_commit_id(tip.get()));
            labels_along(std::move(tip), *blob, revision.document, labels, branch.labels);
            result.branches.push_back(std::move(branch));
        }
        return result;
    } catch (const Error&) {
        return std::nullopt; // a damaged commit tells nothing; reading the revision says why
    }
}

RevisionInfo RepositorySource::info(const Change& change, std::uint32_t number,
                                    const std::string& document,
                                    const std::multimap<std::string, std::string>& labels_by_commit,
                                    bool with_size) const {
    git::Commit commit = lookup_commit(change.commit);
    RevisionInfo info;
    info.number = number;
    info.id = git::hex(change.commit);
    info.short_id = git::short_hex(repository_.get(), change.commit);
    info.blob_id = git::hex(change.blob);
    const git_signature* author = git_commit_author(commit.get());
    info.time = author->when.time;
    info.offset_minutes = author->when.offset;
    info.author_name = author->name ? author->name : "";
    info.author_email = author->email ? author->email : "";
    info.message = first_line(git_commit_message(commit.get()));
    const auto [begin, end] = labels_by_commit.equal_range(info.id);
    for (auto it = begin; it != end; ++it) {
        info.labels.push_back(it->second);
    }
    merged_labels(commit.get(), change.blob, document, labels_by_commit, info.labels);
    info.document = document;
    git_odb* raw_odb = nullptr;
    git::check(git_repository_odb(&raw_odb, repository_.get()), "opening " + describe());
    git::Odb odb(raw_odb);
    if (!with_size) {
        // Finding the object in its pack's index is cheap; its size is not.
        if (git_odb_exists(odb.get(), &change.blob) != 1) {
            info.damage = "reading " + describe_revision(info) + " in " + describe() +
                          ": object not found; the store looks damaged; run `git "
                          "--git-dir=.redraft fsck --strict` to see what is broken, and restore "
                          "it from a clone or backup";
        }
        return info;
    }
    std::size_t size = 0;
    git_object_t type = GIT_OBJECT_ANY;
    try {
        const std::string doing = "reading " + describe_revision(info) + " in " + describe();
        git::check(git_odb_read_header(&size, &type, odb.get(), &change.blob), doing);
        if (type != GIT_OBJECT_BLOB) {
            // What read() reports for it, said here too: a listing must not pass over damage.
            throw Error(ErrorKind::store,
                        doing + ": the object is a " + git_object_type2string(type) +
                            ", not a file's content; the store looks damaged; run `git "
                            "--git-dir=.redraft fsck --strict` to see what is broken, and "
                            "restore it from a clone or backup");
        }
        info.size = size;
    } catch (const Error& error) {
        // The listing goes on without this revision's content; read() reports it again.
        info.damage = error.what();
    }
    return info;
}

std::vector<std::string> RepositorySource::documents() const {
    const auto head = tip();
    if (!head) {
        return {};
    }
    git::Commit commit = lookup_commit(*head);
    git_tree* raw_tree = nullptr;
    git::check(git_commit_tree(&raw_tree, commit.get()), "reading the tree of " + describe());
    git::Tree tree(raw_tree);
    std::vector<std::string> names;
    auto collect = [](const char* folder, const git_tree_entry* entry, void* payload) -> int {
        if (git_tree_entry_type(entry) == GIT_OBJECT_BLOB) {
            static_cast<std::vector<std::string>*>(payload)->push_back(std::string(folder) +
                                                                       git_tree_entry_name(entry));
        }
        return 0;
    };
    git::check(git_tree_walk(tree.get(), GIT_TREEWALK_PRE, collect, &names),
               "listing the documents of " + describe());
    std::sort(names.begin(), names.end());
    return names;
}

std::vector<std::string> RepositorySource::labels() const {
    git_strarray names{};
    git::check(git_tag_list(&names, repository_.get()), "listing the labels of " + describe());
    std::vector<std::string> out(names.strings, names.strings + names.count);
    git_strarray_dispose(&names);
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<RevisionInfo> RepositorySource::log(const std::string& document) const {
    return list(document, true);
}

std::vector<RevisionInfo> RepositorySource::log_without_sizes(const std::string& document) const {
    return list(document, false);
}

std::vector<RevisionInfo> RepositorySource::list(const std::string& document,
                                                 bool with_sizes) const {
    const auto head = tip();
    Walk walked;
    if (head) {
        walked = walk_all(document, *head);
    }
    const auto& found = walked.changes;
    if (found.empty()) {
        throw Error(ErrorKind::not_found,
                    document + " has no revisions in " + describe() + advice_for_unknown(document));
    }
    const auto labels = labels_by_commit();
    std::vector<RevisionInfo> infos;
    infos.reserve(found.size());
    const auto count = static_cast<std::uint32_t>(found.size());
    for (std::uint32_t i = 0; i < count; ++i) {
        infos.push_back(
            info(found[count - 1 - i], walked.number(count - 1 - i), document, labels, with_sizes));
    }
    if (!walked.damage.empty() && infos.front().damage.empty()) {
        // Reported with the oldest revision that could be reached: `log` lists the rest and
        // then says what is broken, and commands that need the whole history stop there.
        infos.front().damage = walked.damage;
        infos.front().history_cut = walked.shallow_cut;
    }
    return infos;
}

std::optional<git_oid> RepositorySource::commit_of_label(const std::string& name) const {
    const std::string ref_name = "refs/tags/" + name;
    int valid = 0;
    if (git_reference_name_is_valid(&valid, ref_name.c_str()) < 0 || !valid) {
        return std::nullopt;
    }
    git_reference* raw_ref = nullptr;
    const int code = git_reference_lookup(&raw_ref, repository_.get(), ref_name.c_str());
    if (code == GIT_ENOTFOUND) {
        return std::nullopt;
    }
    git::check(code, "reading the label " + name + " in " + describe());
    git::Reference ref(raw_ref);
    git_object* raw_commit = nullptr;
    if (git_reference_peel(&raw_commit, ref.get(), GIT_OBJECT_COMMIT) < 0) {
        // A dangling or damaged tag: say which, and the two ways out.
        throw Error(ErrorKind::store, "the label " + name + " in " + describe() +
                                          " names no readable revision (" + git::last_error_text() +
                                          "); remove it with `redraft label --delete " + name +
                                          "`, or restore the store from a clone or backup");
    }
    git::Object commit(raw_commit);
    return *git_object_id(commit.get());
}

std::optional<git_oid> RepositorySource::commit_of_prefix(const std::string& spec) const {
    git_oid prefix;
    if (git_oid_fromstrn(&prefix, spec.c_str(), spec.size()) < 0) {
        return std::nullopt;
    }
    git_object* raw = nullptr;
    const int code =
        git_object_lookup_prefix(&raw, repository_.get(), &prefix, spec.size(), GIT_OBJECT_ANY);
    if (code == GIT_ENOTFOUND) {
        return std::nullopt;
    }
    if (code == GIT_EAMBIGUOUS) {
        // List the commits that share the prefix (only on this error path: a scan of the
        // object database).
        git_odb* raw_odb = nullptr;
        git::check(git_repository_odb(&raw_odb, repository_.get()), "opening " + describe());
        git::Odb odb(raw_odb);
        struct Scan {
            std::string prefix;
            std::vector<git_oid> ids;
        } scan{spec, {}};
        std::transform(scan.prefix.begin(), scan.prefix.end(), scan.prefix.begin(),
                       [](char c) { return c >= 'A' && c <= 'F' ? char(c + 32) : c; });
        auto visit = [](const git_oid* id, void* payload) -> int {
            auto* s = static_cast<Scan*>(payload);
            if (git::hex(*id).starts_with(s->prefix)) {
                s->ids.push_back(*id);
            }
            return 0;
        };
        git::check(git_odb_foreach(odb.get(), visit, &scan), "scanning " + describe());
        std::vector<std::string> candidates;
        for (const auto& id : scan.ids) {
            git_object* raw_object = nullptr;
            if (git_object_lookup(&raw_object, repository_.get(), &id, GIT_OBJECT_ANY) < 0) {
                continue;
            }
            git::Object object(raw_object);
            std::string line = git::hex(id).substr(0, spec.size() + 4) + " (" +
                               git_object_type2string(git_object_type(object.get()));
            if (git_object_type(object.get()) == GIT_OBJECT_COMMIT) {
                const auto* commit = reinterpret_cast<const git_commit*>(object.get());
                line += ": " + first_line(git_commit_message(commit));
            }
            candidates.push_back(line + ")");
        }
        std::sort(candidates.begin(), candidates.end());
        throw_ambiguous_prefix(spec, candidates);
    }
    git::check(code, "looking up the commit id prefix " + spec + " in " + describe());
    git::Object object(raw);
    git_object* raw_commit = nullptr;
    if (git_object_peel(&raw_commit, object.get(), GIT_OBJECT_COMMIT) < 0) {
        throw Error(ErrorKind::usage, "'" + spec + "' names a " +
                                          git_object_type2string(git_object_type(object.get())) +
                                          " in " + describe() +
                                          ", not a revision; give a commit id");
    }
    git::Object commit(raw_commit);
    return *git_object_id(commit.get());
}

std::optional<git_oid> RepositorySource::commit_of_expression(const std::string& spec) const {
    git_object* raw = nullptr;
    const int code = git_revparse_single(&raw, repository_.get(), spec.c_str());
    if (code < 0) {
        // Not an expression this repository can answer: the caller reports an unknown spec.
        return std::nullopt;
    }
    git::Object object(raw);
    git_object* raw_commit = nullptr;
    if (git_object_peel(&raw_commit, object.get(), GIT_OBJECT_COMMIT) < 0) {
        return std::nullopt;
    }
    git::Object commit(raw_commit);
    return *git_object_id(commit.get());
}

std::string RepositorySource::advice_for_unknown(const std::string& document) const {
    const auto known = documents();
    if (std::find(known.begin(), known.end(), document) != known.end()) {
        return {};
    }
    // A misspelt name: the nearest document, never advice to record the misspelt one, which
    // would start a second, spurious document. Named as typed from the current folder.
    if (auto suggestion = suggest_document(*this, document, options_.cwd); !suggestion.empty()) {
        return suggestion;
    }
    if (options_.branch == "HEAD") {
        return "; check that the file is committed to this repository";
    }
    std::error_code ec;
    if (!options_.root.empty() && std::filesystem::is_regular_file(options_.root / document, ec)) {
        return "; record one with `redraft commit " + document + "`";
    }
    if (known.empty()) {
        return "; record a document with `redraft commit FILE`";
    }
    std::string list;
    for (std::size_t i = 0; i < known.size() && i < 10; ++i) {
        list += (i == 0 ? "" : ", ") + typed_name(*this, known[i], options_.cwd);
    }
    return "; its documents are " + list + (known.size() > 10 ? ", ..." : "");
}

RevisionInfo RepositorySource::revision_at(const git_oid& commit, const std::string& document,
                                           const std::string& spec) const {
    const Walk walked = walk(document, commit, 1, 0);
    const auto& found = walked.changes;
    // A commit that removed the document does not hold it either: it is absent there, not the
    // revision before the removal (a pull request deleting the essay must not compare as no
    // change).
    if (found.empty() || !blob_in(lookup_commit(commit).get(), document)) {
        throw Error(ErrorKind::absent,
                    document + " does not exist at revision '" + spec + "' (commit " +
                        git::short_hex(repository_.get(), commit) + ") in " + describe());
    }
    // Numbers are those of the tip's first-parent chain (docs/store.md). The walk above numbered
    // the change on `commit`'s own chain, which is the same number when the change is on the
    // tip's chain too; a change only on another branch (a pull request's base that is not
    // merged, or reached through a merge's second parent) has no number there.
    std::uint32_t number = walked.newest_number;
    const auto head = tip();
    if (number > 0 && (!head || !git_oid_equal(&*head, &commit))) {
        const Walk on_tip = head ? walk(document, *head, 1, number) : Walk{};
        const bool on_chain = on_tip.newest_number >= number &&
                              on_tip.newest_number - number < on_tip.changes.size() &&
                              git_oid_equal(&on_tip.changes[on_tip.newest_number - number].commit,
                                            &found.front().commit);
        if (!on_chain) {
            number = 0;
        }
    }
    return info(found.front(), number, document, labels_by_commit());
}

RevisionInfo RepositorySource::resolve(const std::string& spec, const std::string& document) const {
    if (is_number_spec(spec)) {
        // Numbers count from the oldest revision; the number cache lets the walk stop early.
        const auto head = tip();
        const bool back = spec.starts_with('-');
        std::size_t back_count = 0;
        std::uint32_t wanted = 0;
        if (back) {
            back_count = spec.size() > 10 ? SIZE_MAX - 1 : std::stoull(spec.substr(1));
        } else {
            wanted = spec.size() > 9 ? UINT32_MAX : static_cast<std::uint32_t>(std::stoul(spec));
        }
        const Walk walked =
            head ? walk(document, *head, back ? back_count + 1 : 1, back ? 0 : std::max(1u, wanted))
                 : Walk{};
        if (walked.changes.empty()) {
            log(document); // throws: the document has no revisions
        }
        if (walked.newest_number == 0) {
            // The history below some commit cannot be read: counting back from the latest still
            // works; counting from the oldest does not.
            if (back && back_count < walked.changes.size()) {
                return info(walked.changes[back_count], 0, document, labels_by_commit());
            }
            throw Error(ErrorKind::store, walked.damage + "; name the revision by counting back "
                                                          "from the latest (-0, -1, ...), by its "
                                                          "commit id or by a label");
        }
        if (const auto index = number_index(spec, walked.newest_number, document)) {
            const auto number = static_cast<std::uint32_t>(*index + 1);
            const std::size_t position = walked.newest_number - number;
            if (position < walked.changes.size()) {
                return info(walked.changes[position], number, document, labels_by_commit());
            }
            if (!walked.damage.empty()) {
                throw Error(ErrorKind::store, walked.damage); // the revision is below the damage
            }
        }
    }
    std::optional<git_oid> commit = commit_of_label(spec);
    if (!commit && looks_like_id_prefix(spec)) {
        commit = commit_of_prefix(spec);
    }
    if (!commit && !spec.empty() && !spec.starts_with('-')) {
        commit = commit_of_expression(spec);
    }
    if (commit) {
        return revision_at(*commit, document, spec);
    }
    // "r3", as log, timeline and report print revision numbers, when nothing else is named so.
    if (spec.size() > 1 && spec.front() == 'r' && is_number_spec(spec.substr(1)) &&
        !spec.substr(1).starts_with('-')) {
        return resolve(spec.substr(1), document);
    }
    const auto head = tip();
    const Walk walked = head ? walk(document, *head, 1, 0) : Walk{};
    // In a shallow clone the spec (origin/main, HEAD~3) most likely lies beyond the cut.
    throw_unknown_spec(spec, document, walked.newest_number, labels(),
                       is_shallow() ? describe() + ", a shallow clone" + kShallowAdvice
                                    : describe() + fetch_advice(spec),
                       walked.newest_number != 0 || walked.changes.empty());
}

std::string RepositorySource::fetch_advice(const std::string& spec) const {
    // "origin/main" in a CI checkout that fetched only the pull request's branch: the remote is
    // known, its branch was never fetched.
    const auto slash = spec.find('/');
    if (slash == std::string::npos || slash == 0) {
        return "";
    }
    const std::string remote_name = spec.substr(0, slash);
    // A remote is known by its url (git_remote_lookup would also do, but it matches the
    // configuration with a pattern, which leaks in libgit2's pcre2 builds: see config_string).
    if (git::config_string(repository_.get(), ("remote." + remote_name + ".url").c_str()).empty()) {
        return "";
    }
    const std::string rest = spec.substr(slash + 1);
    const std::string branch = rest.substr(0, rest.find_first_of("~^@:"));
    git_reference* fetched = nullptr;
    if (git_reference_lookup(&fetched, repository_.get(),
                             ("refs/remotes/" + remote_name + "/" + branch).c_str()) == 0) {
        git_reference_free(fetched); // fetched: what is missing is further back (origin/main~9)
        return "";
    }
    git_error_clear();
    return " (" + remote_name + " is a remote of it, whose branch " + branch +
           " has not been fetched here: run `git fetch " + remote_name + " " + branch + "` first)";
}

std::string RepositorySource::renamed_from(const std::string& older_spec,
                                           const RevisionInfo& newer) const {
    if (is_number_spec(older_spec) || newer.id.empty()) {
        return {}; // a number counts this document's own revisions
    }
    try {
        std::optional<git_oid> older = commit_of_label(older_spec);
        if (!older && looks_like_id_prefix(older_spec)) {
            older = commit_of_prefix(older_spec);
        }
        if (!older && !older_spec.starts_with('-')) {
            older = commit_of_expression(older_spec);
        }
        git_oid newer_id;
        if (!older || git_oid_fromstr(&newer_id, newer.id.c_str()) < 0) {
            return {};
        }
        git_tree* raw_old = nullptr;
        git_tree* raw_new = nullptr;
        git::check(git_commit_tree(&raw_old, lookup_commit(*older).get()), "reading a tree");
        git::Tree old_tree(raw_old);
        git::check(git_commit_tree(&raw_new, lookup_commit(newer_id).get()), "reading a tree");
        git::Tree new_tree(raw_new);
        git_diff* raw_diff = nullptr;
        git::check(git_diff_tree_to_tree(&raw_diff, repository_.get(), old_tree.get(),
                                         new_tree.get(), nullptr),
                   "comparing two trees");
        git::Diff diff(raw_diff);
        // The libgit2 initializer rather than GIT_DIFF_FIND_OPTIONS_INIT, which clang flags for
        // its missing fields.
        git_diff_find_options find{};
        git::check(git_diff_find_options_init(&find, GIT_DIFF_FIND_OPTIONS_VERSION),
                   "comparing two trees");
        find.flags = GIT_DIFF_FIND_RENAMES; // git's own threshold: half the content kept
        git::check(git_diff_find_similar(diff.get(), &find), "finding renames");
        for (std::size_t i = 0; i < git_diff_num_deltas(diff.get()); ++i) {
            const git_diff_delta* delta = git_diff_get_delta(diff.get(), i);
            if (delta->status == GIT_DELTA_RENAMED && delta->new_file.path &&
                delta->old_file.path && newer.document == delta->new_file.path) {
                return delta->old_file.path;
            }
        }
    } catch (const Error&) {
        // No rename can be told: the document reads as added, as before.
    }
    return {};
}

std::string RepositorySource::read(const RevisionInfo& revision) const {
    git_oid blob_id;
    if (git_oid_fromstr(&blob_id, revision.blob_id.c_str()) < 0) {
        throw Error(ErrorKind::internal, "revision " + revision.short_id + " of " +
                                             revision.document + " carries no content id");
    }
    git_blob* raw = nullptr;
    git::check(git_blob_lookup(&raw, repository_.get(), &blob_id),
               "reading " + describe_revision(revision) + " in " + describe());
    git::Blob blob(raw);
    const auto* data = static_cast<const char*>(git_blob_rawcontent(blob.get()));
    return std::string(data, static_cast<std::size_t>(git_blob_rawsize(blob.get())));
}

} // namespace redraft::store
