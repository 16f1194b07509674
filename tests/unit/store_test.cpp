#include <redraft/error.hpp>
#include <redraft/store/cache.hpp>
#include <redraft/store/memory.hpp>
#include <redraft/store/source.hpp>
#include <redraft/store/store.hpp>

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sys/stat.h>
#include <thread>
#include <zlib.h>

#include "temp_dir.hpp"

namespace {

namespace fs = std::filesystem;
using redraft::Error;
using redraft::ErrorKind;
using namespace redraft::store;

using redraft::testing::TempDir;

void write(const fs::path& path, const std::string& bytes) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

template <typename F>
std::string error_of(F&& action, ErrorKind expected_kind, const fs::path& sandbox = {}) {
    try {
        action();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), expected_kind) << e.what();
        return sandbox.empty() ? e.what() : replace_all(e.what(), sandbox.string(), "TMP");
    }
    return "no error";
}

// The start of a git command run in `repo` by a fixed author: git_in(repo) + "commit -qm x".
std::string git_in(const fs::path& repo) {
    return "cd '" + repo.string() + "' && git -c user.name=Ann -c user.email=ann@example.org ";
}

int run(const std::string& command) {
    return std::system(command.c_str());
}

class StoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        Store::init(dir.path());
        store = std::make_unique<Store>(Store::open(dir.path()));
    }
    CommitResult commit(const std::string& name, const std::string& bytes,
                        const std::string& message, const std::string& label = {}) {
        write(dir.path() / name, bytes);
        CommitOptions options;
        options.message = message;
        options.author = "Ann Lee <ann@example.org>";
        options.date = "2024-06-27T14:30:00+02:00";
        options.label = label;
        return store->commit({name}, options, dir.path());
    }

    TempDir dir;
    std::unique_ptr<Store> store;
};

TEST(ParseDate, ReadsIso8601) {
    EXPECT_EQ(parse_date("1970-01-01").seconds, 0);
    EXPECT_EQ(parse_date("2024-06-27").seconds, 1719446400);
    EXPECT_EQ(parse_date("2024-06-27T14:30:00Z").seconds, 1719498600);
    const auto zoned = parse_date("2024-06-27T14:30:00+02:00");
    EXPECT_EQ(zoned.seconds, 1719491400);
    EXPECT_EQ(zoned.offset_minutes, 120);
    EXPECT_EQ(parse_date("2024-06-27 14:30-0530").offset_minutes, -330);
    EXPECT_EQ(parse_date("2024-02-29T00:00").seconds, 1709164800);
}

TEST(ParseDate, RefusesWhatIsNotADate) {
    EXPECT_EQ(error_of([] { parse_date("27/06/2024"); }, ErrorKind::usage),
              "--date '27/06/2024': not a date redraft can read; write it as ISO-8601, for "
              "example 2024-06-27, 2024-06-27T14:30:00 or 2024-06-27T14:30:00+02:00");
    EXPECT_EQ(error_of([] { parse_date("2023-02-29"); }, ErrorKind::usage),
              "--date '2023-02-29': there is no such day; write it as ISO-8601, for example "
              "2024-06-27, 2024-06-27T14:30:00 or 2024-06-27T14:30:00+02:00");
    EXPECT_NE(error_of([] { parse_date("2024-06-27T25:00"); }, ErrorKind::usage), "no error");
    EXPECT_NE(error_of([] { parse_date("2024-06-27T10:00:00 extra"); }, ErrorKind::usage),
              "no error");
}

TEST(FormatTime, WritesIso8601InTheRevisionsZone) {
    EXPECT_EQ(format_time(1719491400, 120), "2024-06-27T14:30:00+02:00");
    EXPECT_EQ(format_time(0, 0), "1970-01-01T00:00:00+00:00");
    EXPECT_EQ(format_time(1719491400, -330), "2024-06-27T07:00:00-05:30");
}

TEST(LabelNames, FollowGitsRefRules) {
    EXPECT_EQ(label_name_problem("appointed"), "");
    EXPECT_EQ(label_name_problem("v1.0"), "");
    EXPECT_EQ(label_name_problem("drafts/june"), "");
    EXPECT_EQ(label_name_problem(""), "a label needs a name");
    EXPECT_EQ(label_name_problem("3"), "it would read as a revision number");
    EXPECT_EQ(label_name_problem("-2"), "it would read as a revision number");
    EXPECT_EQ(label_name_problem("-x"), "it must not start with '-'");
    EXPECT_EQ(label_name_problem("first draft"),
              "it must not contain spaces or control characters");
    EXPECT_EQ(label_name_problem("a~b"), "it must not contain '~' (git forbids ~ ^ : ? * [ \\)");
    EXPECT_EQ(label_name_problem("a:b"), "it must not contain ':' (git forbids ~ ^ : ? * [ \\)");
    EXPECT_EQ(label_name_problem("a..b"), "it must not contain '..'");
    EXPECT_EQ(label_name_problem("a@{b"), "it must not contain '@{'");
    EXPECT_EQ(label_name_problem("@"), "'@' alone is not a valid name");
    EXPECT_EQ(label_name_problem("a/"), "it must not start or end with '/' or contain '//'");
    EXPECT_EQ(label_name_problem("a."), "it must not end with '.'");
    EXPECT_EQ(label_name_problem("a.lock"), "it must not end with '.lock'");
    EXPECT_EQ(label_name_problem(".hidden"), "no part of it may start with '.'");
}

TEST(Init, CreatesABareRepositoryOnMainAndIsIdempotent) {
    TempDir dir;
    const auto created = Store::init(dir.path() / "essays");
    EXPECT_EQ(created.outcome, InitOutcome::created);
    EXPECT_EQ(created.store, dir.path() / "essays" / ".redraft");
    EXPECT_TRUE(fs::is_regular_file(created.store / "HEAD"));
    std::ifstream head(created.store / "HEAD");
    std::string line;
    std::getline(head, line);
    EXPECT_EQ(line, "ref: refs/heads/main");
    const auto again = Store::init(dir.path() / "essays");
    EXPECT_EQ(again.outcome, InitOutcome::existed);
}

TEST(Init, RefusesAFolderThatIsNotAStore) {
    TempDir dir;
    write(dir.path() / ".redraft" / "junk", "x");
    EXPECT_EQ(error_of([&] { Store::init(dir.path()); }, ErrorKind::store, dir.path()),
              "TMP/.redraft exists but is not a redraft store; move it away and run `redraft "
              "init` again");
}

TEST_F(StoreTest, CommitsNumberRevisionsFromTheOldest) {
    const auto first = commit("essay.md", "One.\n", "First", "seed");
    ASSERT_TRUE(first.recorded);
    EXPECT_EQ(first.files.at(0).revision.number, 1u);
    EXPECT_EQ(first.files.at(0).revision.labels, std::vector<std::string>{"seed"});
    const auto second = commit("essay.md", "One.\n\nTwo.\n", "Second");
    EXPECT_EQ(second.files.at(0).revision.number, 2u);
    EXPECT_EQ(second.short_id.size(), 7u);
    const auto log = store->source().log("essay.md");
    ASSERT_EQ(log.size(), 2u);
    EXPECT_EQ(log[0].message, "First");
    EXPECT_EQ(log[1].message, "Second");
    EXPECT_EQ(log[1].author_name, "Ann Lee");
    EXPECT_EQ(log[1].author_email, "ann@example.org");
    EXPECT_EQ(log[1].time, 1719491400);
    EXPECT_EQ(log[1].offset_minutes, 120);
    EXPECT_EQ(log[1].size, 11u);
    EXPECT_EQ(store->source().read(log[0]), "One.\n");
}

TEST_F(StoreTest, ListingWithoutSizesSkipsOnlyTheSizes) {
    commit("essay.md", "One.\n", "First", "seed");
    commit("essay.md", "One.\n\nTwo.\n", "Second");
    const auto full = store->source().log("essay.md");
    const auto light = store->source().log_without_sizes("essay.md");
    ASSERT_EQ(light.size(), full.size());
    for (std::size_t i = 0; i < full.size(); ++i) {
        EXPECT_EQ(light[i].number, full[i].number);
        EXPECT_EQ(light[i].id, full[i].id);
        EXPECT_EQ(light[i].short_id, full[i].short_id);
        EXPECT_EQ(light[i].blob_id, full[i].blob_id);
        EXPECT_EQ(light[i].message, full[i].message);
        EXPECT_EQ(light[i].labels, full[i].labels);
        EXPECT_EQ(light[i].time, full[i].time);
        EXPECT_EQ(light[i].size, 0u);
        EXPECT_NE(full[i].size, 0u);
    }
    EXPECT_EQ(store->source().read(light[1]), "One.\n\nTwo.\n");
}

TEST_F(StoreTest, IdenticalFileRecordsNothing) {
    commit("essay.md", "One.\n", "First");
    const auto again = commit("essay.md", "One.\n", "Again");
    EXPECT_FALSE(again.recorded);
    EXPECT_EQ(again.files.at(0).revision.number, 1u);
    EXPECT_EQ(store->source().log("essay.md").size(), 1u);
}

TEST_F(StoreTest, SeveralFilesInOneCommitEachKeepTheirNumbers) {
    commit("essay.md", "One.\n", "First");
    write(dir.path() / "notes" / "a.txt", "Note.\n");
    write(dir.path() / "essay.md", "One, changed.\n");
    CommitOptions options;
    options.date = "2024-06-27T14:30:00+02:00"; // as commit() dates revisions
    const auto result = store->commit({"essay.md", "notes/a.txt"}, options, dir.path());
    ASSERT_TRUE(result.recorded);
    EXPECT_EQ(result.files.at(0).revision.number, 2u);
    EXPECT_EQ(result.files.at(1).revision.number, 1u);
    EXPECT_EQ(result.files.at(1).document, "notes/a.txt");
    EXPECT_EQ(store->source().log("essay.md").back().message, "Add notes/a.txt; update essay.md");
    EXPECT_EQ(store->source().documents(), (std::vector<std::string>{"essay.md", "notes/a.txt"}));
    // A commit that does not touch essay.md is not one of its revisions.
    commit("notes/a.txt", "Note 2.\n", "Notes only");
    EXPECT_EQ(store->source().log("essay.md").size(), 2u);
    EXPECT_EQ(store->source().resolve("HEAD", "essay.md").number, 2u);
}

TEST_F(StoreTest, RefusesBadFilesBeforeWritingAnything) {
    TempDir outside;
    write(outside.path() / "x.md", "Out.\n");
    EXPECT_EQ(error_of([&] { store->commit({outside.path() / "x.md"}, {}, dir.path()); },
                       ErrorKind::usage, outside.path()),
              "TMP/x.md: outside the store's folder " + fs::weakly_canonical(dir.path()).string() +
                  "; redraft records files under the folder that holds .redraft/ (run `redraft "
                  "init` in a folder above the file to make a store there)");
    write(dir.path() / "good.md", "Good.\n");
    write(dir.path() / "bad.md", "bad \xC3\x28 byte\n");
    EXPECT_EQ(error_of(
                  [&] {
                      store->commit({"good.md", "bad.md"}, {}, dir.path());
                  },
                  ErrorKind::input),
              "bad.md:1: invalid UTF-8 at byte 4; save the file as UTF-8 (for example, from "
              "Windows-1252 or Latin-1, with `iconv -f WINDOWS-1252 -t UTF-8`)");
    write(dir.path() / "binary.md", std::string("a\0b", 3));
    EXPECT_EQ(error_of([&] { store->commit({"binary.md"}, {}, dir.path()); }, ErrorKind::input),
              "binary.md:1: binary content (control byte 0) at byte 1; redraft reads only text "
              "files");
    EXPECT_EQ(store->source().documents(), std::vector<std::string>{});
    // Nothing was written: not even the good file's blob.
    EXPECT_TRUE(fs::is_empty(dir.path() / ".redraft" / "objects" / "info") ||
                !fs::exists(dir.path() / ".redraft" / "objects" / "d9"));
    std::size_t objects = 0;
    for (const auto& entry :
         fs::recursive_directory_iterator(dir.path() / ".redraft" / "objects")) {
        objects += entry.is_regular_file();
    }
    EXPECT_EQ(objects, 0u);
}

TEST_F(StoreTest, ResolvesEverySpecKind) {
    commit("essay.md", "One.\n", "First", "seed");
    commit("essay.md", "Two.\n", "Second");
    const auto third = commit("essay.md", "Three.\n", "Third");
    const auto& source = store->source();
    EXPECT_EQ(source.resolve("1", "essay.md").message, "First");
    EXPECT_EQ(source.resolve("-1", "essay.md").message, "Second");
    EXPECT_EQ(source.resolve("seed", "essay.md").message, "First");
    EXPECT_EQ(source.resolve(third.id.substr(0, 10), "essay.md").number, 3u);
    EXPECT_EQ(source.resolve("HEAD~2", "essay.md").number, 1u);
    EXPECT_EQ(source.resolve("main~1", "essay.md").number, 2u);
    EXPECT_EQ(source.resolve("main@{1}", "essay.md").number, 2u); // the reflog
    EXPECT_EQ(source.resolve("main@{2030-01-01}", "essay.md").number, 3u);
    EXPECT_EQ(
        error_of([&] { source.resolve("sede", "essay.md"); }, ErrorKind::not_found, dir.path()),
        "unknown revision 'sede' of essay.md in the store TMP/.redraft; did you mean "
        "'seed'? (its revisions are numbered 1 to 3, or -1 to -2 counting back from the "
        "latest; labels: seed)");
    EXPECT_EQ(error_of([&] { source.resolve("7", "essay.md"); }, ErrorKind::not_found),
              "there is no revision 7 of essay.md: its revisions are numbered 1 to 3, or -1 to "
              "-2 counting back from the latest");
}

// A fast-import stream of `count` revisions of essay.md on main.
std::string fast_import_stream(int count) {
    std::string stream;
    auto data = [](const std::string& text) {
        return "data " + std::to_string(text.size()) + "\n" + text + "\n";
    };
    for (int i = 1; i <= count; ++i) {
        stream += "commit refs/heads/main\ncommitter Ann <ann@example.org> " +
                  std::to_string(1700000000 + i) + " +0000\n" +
                  data("Revision " + std::to_string(i)) + "M 100644 inline essay.md\n" +
                  data("Text " + std::to_string(i) + ".\n");
    }
    return stream;
}

TEST_F(StoreTest, AmbiguousIdPrefixListsCandidates) {
    // 1,000 commits: some two share a 4-digit prefix (about 7 pairs are expected).
    write(dir.path() / "stream", fast_import_stream(1000));
    ASSERT_EQ(run("git --git-dir='" + (dir.path() / ".redraft").string() +
                  "' fast-import --quiet < '" + (dir.path() / "stream").string() + "'"),
              0);
    const auto log = store->source().log("essay.md");
    ASSERT_EQ(log.size(), 1000u);
    std::map<std::string, int> seen;
    std::string prefix;
    for (const auto& info : log) {
        if (!seen.emplace(info.id.substr(0, 4), 1).second) {
            prefix = info.id.substr(0, 4);
        }
    }
    ASSERT_FALSE(prefix.empty());
    const std::string message =
        error_of([&] { store->source().resolve(prefix, "essay.md"); }, ErrorKind::usage);
    EXPECT_TRUE(message.starts_with("the commit id prefix '" + prefix +
                                    "' is ambiguous: it matches\n  " + prefix))
        << message;
    EXPECT_NE(message.find("(commit: Revision "), std::string::npos) << message;
    EXPECT_TRUE(message.ends_with("\ngive more characters of the id")) << message;
    // The full id still resolves, and so does a number.
    EXPECT_EQ(store->source().resolve(log[200].id, "essay.md").number, 201u);
    EXPECT_EQ(store->source().resolve("-999", "essay.md").message, "Revision 1");
}

TEST_F(StoreTest, LabelsCreateRefuseMoveAndDelete) {
    commit("essay.md", "One.\n", "First");
    commit("essay.md", "Two.\n", "Second");
    const auto labelled = store->label("1", "draft", "essay.md", LabelMode::create);
    EXPECT_EQ(labelled.revision.number, 1u);
    EXPECT_EQ(store->source().resolve("draft", "essay.md").number, 1u);
    EXPECT_EQ(error_of([&] { store->label("2", "draft", "essay.md", LabelMode::create); },
                       ErrorKind::usage),
              "the label 'draft' already exists (on " + labelled.revision.short_id +
                  "); use --force to move it to revision 2 of essay.md");
    const auto moved = store->label("2", "draft", "essay.md", LabelMode::move);
    EXPECT_EQ(moved.previous_id, labelled.revision.id);
    EXPECT_EQ(store->source().resolve("draft", "essay.md").number, 2u);
    EXPECT_EQ(store->source().log("essay.md")[1].labels, std::vector<std::string>{"draft"});
    EXPECT_EQ(error_of([&] { store->label("2", "bad name", "essay.md", LabelMode::create); },
                       ErrorKind::usage),
              "'bad name' is not a valid label name: it must not contain spaces or control "
              "characters");
    EXPECT_EQ(store->delete_label("draft"), moved.revision.id);
    EXPECT_EQ(store->source().labels(), std::vector<std::string>{});
    EXPECT_EQ(error_of([&] { store->delete_label("draft"); }, ErrorKind::not_found, dir.path()),
              "there is no label 'draft' in the store TMP/.redraft (there are no labels)");
}

TEST_F(StoreTest, CommitLabelMustBeNew) {
    const auto first = commit("essay.md", "One.\n", "First", "seed").files.at(0).revision;
    // Where the label is, as `redraft label` says it.
    EXPECT_EQ(error_of([&] { commit("essay.md", "Two.\n", "Second", "seed"); }, ErrorKind::usage),
              "the label 'seed' already exists (on " + first.short_id +
                  "); choose another name, or record without --label and move it with `redraft "
                  "label REV seed --force`");
    EXPECT_EQ(store->source().log("essay.md").size(), 1u);
}

TEST_F(StoreTest, CommitRefusesADateBeforeTheDocumentsLatestRevision) {
    commit("essay.md", "One.\n", "First"); // 2024-06-27T14:30:00+02:00
    const auto tip = store->source().log("essay.md").back();
    write(dir.path() / "essay.md", "Two.\n");
    write(dir.path() / "other.md", "Other.\n");
    CommitOptions options;
    // Earlier by one second, in another time zone.
    options.date = "2024-06-27T12:29:59Z";
    EXPECT_EQ(error_of(
                  [&] {
                      store->commit({"other.md", "essay.md"}, options, dir.path());
                  },
                  ErrorKind::usage),
              "--date 2024-06-27T12:29:59Z is earlier than revision 1 (" + tip.short_id +
                  ") of essay.md, dated 2024-06-27T14:30:00+02:00: nothing was recorded; give a "
                  "--date on or after 2024-06-27T14:30:00+02:00, so that the document's history "
                  "does not go back in time");
    EXPECT_EQ(store->source().log("essay.md").size(), 1u);
    EXPECT_EQ(store->source().documents(), std::vector<std::string>{"essay.md"});
    // The same instant is not earlier; a document recorded for the first time, or one that does
    // not change, has no date to keep after.
    options.date = "2024-06-27T12:30:00Z";
    EXPECT_TRUE(store->commit({"essay.md"}, options, dir.path()).recorded);
    options.date = "2001-01-01";
    EXPECT_TRUE(store->commit({"other.md", "essay.md"}, options, dir.path()).recorded);
    EXPECT_EQ(store->source().log("other.md").size(), 1u);
    EXPECT_EQ(store->source().log("essay.md").size(), 2u);
    // Without --date the revision is dated now, and is not checked.
    write(dir.path() / "essay.md", "Three.\n");
    EXPECT_TRUE(store->commit({"essay.md"}, {}, dir.path()).recorded);
}

// The first revision of a store has no tip to compare against: two processes making it at the
// same moment must not both land (the second would replace the first, which would vanish).
TEST(StoreRace, FirstRevisionsMadeAtOnceAllLand) {
    constexpr int kRounds = 30;
    constexpr int kThreads = 4;
    for (int round = 0; round < kRounds; ++round) {
        TempDir fresh;
        Store::init(fresh.path());
        std::vector<std::thread> threads;
        std::atomic<int> ready{0};
        for (int t = 0; t < kThreads; ++t) {
            const std::string name = "doc" + std::to_string(t) + ".md";
            write(fresh.path() / name, "Revision of " + name + ".\n");
            threads.emplace_back([&, name] {
                auto own = Store::open(fresh.path());
                ++ready;
                while (ready < kThreads) {
                    std::this_thread::yield(); // start together, to make the race likely
                }
                own.commit({name}, {}, fresh.path());
            });
        }
        for (auto& thread : threads) {
            thread.join();
        }
        const auto source = Store::open(fresh.path());
        for (int t = 0; t < kThreads; ++t) {
            ASSERT_EQ(source.source().log("doc" + std::to_string(t) + ".md").size(), 1u)
                << "round " << round << ", doc" << t;
        }
    }
}

TEST_F(StoreTest, ConcurrentCommitsAllLand) {
    constexpr int kThreads = 4;
    constexpr int kCommits = 10;
    std::vector<std::thread> threads;
    std::atomic<int> failures{0};
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            try {
                auto own = Store::open(dir.path()); // one repository handle per thread
                const std::string name = "doc" + std::to_string(t) + ".md";
                for (int i = 0; i < kCommits; ++i) {
                    write(dir.path() / name, "Revision " + std::to_string(i) + ".\n");
                    own.commit({name}, {}, dir.path());
                }
            } catch (const Error&) {
                ++failures;
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    EXPECT_EQ(failures, 0);
    for (int t = 0; t < kThreads; ++t) {
        EXPECT_EQ(store->source().log("doc" + std::to_string(t) + ".md").size(),
                  std::size_t{kCommits});
    }
}

TEST_F(StoreTest, StaleLockIsReportedWithAdvice) {
    commit("essay.md", "One.\n", "First");
    write(dir.path() / ".redraft" / "refs" / "heads" / "main.lock", "");
    write(dir.path() / "essay.md", "Two.\n");
    CommitOptions options;
    options.lock_wait = std::chrono::milliseconds(50);
    const std::string message = error_of([&] { store->commit({"essay.md"}, options, dir.path()); },
                                         ErrorKind::store, dir.path());
    EXPECT_TRUE(message.starts_with("moving the branch main of the store TMP/.redraft (nothing "
                                    "was recorded): "))
        << message;
    EXPECT_TRUE(message.ends_with("another process is changing the store, or a crashed one left "
                                  "its lock file behind; if no redraft or git process is "
                                  "running, remove the .lock file"))
        << message;
    fs::remove(dir.path() / ".redraft" / "refs" / "heads" / "main.lock");
    EXPECT_TRUE(store->commit({"essay.md"}, options, dir.path()).recorded);
}

TEST_F(StoreTest, DamagedObjectIsReportedWithAdvice) {
    const auto first = commit("essay.md", "One.\n", "First");
    const auto info = first.files.at(0).revision;
    const fs::path object =
        dir.path() / ".redraft" / "objects" / info.blob_id.substr(0, 2) / info.blob_id.substr(2);
    fs::permissions(object, fs::perms::owner_write, fs::perm_options::add);
    write(object, "garbage, not zlib");
    const std::string message =
        error_of([&] { store->source().read(info); }, ErrorKind::store, dir.path());
    EXPECT_TRUE(message.starts_with("reading essay.md at revision 1 (" + info.short_id +
                                    ") in the store TMP/.redraft: "))
        << message;
    EXPECT_TRUE(message.ends_with("the store looks damaged; run `git --git-dir=.redraft fsck "
                                  "--strict` to see what is broken, and restore it from a clone "
                                  "or backup"))
        << message;
}

TEST_F(StoreTest, ATruncatedObjectIsDamageNotAnEndlessLoop) {
    // libgit2 1.5 inflates a truncated loose object forever; the store checks the file first.
    const auto first =
        commit("essay.md", "One sentence that is long enough to compress.\n", "First");
    const auto info = first.files.at(0).revision;
    const fs::path object =
        dir.path() / ".redraft" / "objects" / info.blob_id.substr(0, 2) / info.blob_id.substr(2);
    fs::permissions(object, fs::perms::owner_write, fs::perm_options::add);
    fs::resize_file(object, 20);
    // As the next command would: a store opened after the damage (the guard learns which
    // object folders exist when the store is opened).
    store = std::make_unique<Store>(Store::open(dir.path()));
    const std::string message =
        error_of([&] { store->source().read(info); }, ErrorKind::store, dir.path());
    EXPECT_NE(message.find("is truncated or damaged (it does not inflate)"), std::string::npos)
        << message;
    EXPECT_TRUE(message.ends_with("restore it from a clone or backup")) << message;
}

TEST_F(StoreTest, AnObjectUnlikeItsHeaderIsDamage) {
    // The store reads loose objects itself ("<type> <size>\0<content>", deflated): what it reads
    // is the content the header announces, and an object unlike its header is damage.
    const auto first = commit("essay.md", "One sentence.\n", "First");
    const auto info = first.files.at(0).revision;
    const fs::path object =
        dir.path() / ".redraft" / "objects" / info.blob_id.substr(0, 2) / info.blob_id.substr(2);
    fs::permissions(object, fs::perms::owner_write, fs::perm_options::add);
    const auto write_object = [&](const std::string& raw) {
        uLongf size = compressBound(static_cast<uLong>(raw.size()));
        std::string deflated(size, '\0');
        ASSERT_EQ(compress(reinterpret_cast<Bytef*>(deflated.data()), &size,
                           reinterpret_cast<const Bytef*>(raw.data()),
                           static_cast<uLong>(raw.size())),
                  Z_OK);
        deflated.resize(size);
        write(object, deflated);
        store = std::make_unique<Store>(Store::open(dir.path()));
    };
    // Read in one piece after a header (the object is not hashed again on reading: git does
    // not either); a content longer than the first inflated bytes.
    const std::string longer(100000, 'x');
    write_object("blob " + std::to_string(longer.size()) + std::string(1, '\0') + longer);
    EXPECT_EQ(store->source().read(info), longer);
    write_object(std::string("blob 3") + '\0' + "Two");
    EXPECT_EQ(store->source().read(info), "Two");
    EXPECT_EQ(store->source().log("essay.md").at(0).size, 3u); // the header alone
    const std::vector<std::pair<std::string, std::string>> damaged = {
        {std::string("blob 99") + '\0' + "Too short.", "is not the size its header says"},
        {std::string("blob 3") + '\0' + "Too long.", "is not the size its header says"},
        // Found before the size is allocated: deflate shrinks 1032 to 1 at most.
        {std::string("blob 4000000000") + '\0' + "Short.", "is not the size its header says"},
        {std::string("blub 5") + '\0' + "Hello", "its header is not a git object header"},
        {std::string("blob") + '\0' + "Hello", "its header is not a git object header"},
        {std::string("blob 5x") + '\0' + "Hello", "its header is not a git object header"},
        {std::string(40, 'b'), "its header is not a git object header"},
    };
    for (const auto& [raw, expected] : damaged) {
        write_object(raw);
        const std::string message =
            error_of([&] { store->source().read(info); }, ErrorKind::store, dir.path());
        EXPECT_NE(message.find(expected), std::string::npos) << message;
        EXPECT_TRUE(message.ends_with("restore it from a clone or backup")) << message;
        // Reading the header alone (a listing's sizes) checks the whole object too.
        EXPECT_NE(store->source().log("essay.md").at(0).damage.find(expected), std::string::npos)
            << raw;
    }
    // A whole object of another type where the file's content should be: damage too, in a
    // listing as well as on reading (libgit2's "requested type does not match" read as a name
    // to check before).
    write_object(std::string("commit 20") + '\0' + "tree 0123456789abcde");
    const std::string message =
        error_of([&] { store->source().read(info); }, ErrorKind::store, dir.path());
    EXPECT_TRUE(message.ends_with("restore it from a clone or backup")) << message;
    EXPECT_NE(store->source()
                  .log("essay.md")
                  .at(0)
                  .damage.find("the object is a commit, not a "
                               "file's content; the store "
                               "looks damaged"),
              std::string::npos);
}

TEST(OpenSource, FindsTheStoreThenTheGitRepositoryThenNothing) {
    TempDir dir;
    const fs::path root = fs::weakly_canonical(dir.path());
    fs::create_directories(root / "repo" / "essays" / "deep");
    ASSERT_EQ(run("git init -q -b main '" + (root / "repo").string() + "'"), 0);
    SourceOptions options;
    options.cwd = root / "repo" / "essays" / "deep";
    EXPECT_EQ(open_source(options)->describe(), "the git repository " + (root / "repo").string());
    Store::init(root / "repo" / "essays");
    EXPECT_EQ(open_source(options)->describe(),
              "the store " + (root / "repo" / "essays" / ".redraft").string());
    SourceOptions git = options;
    git.git_dir = (root / "repo").string();
    EXPECT_EQ(open_source(git)->describe(), "the git repository " + (root / "repo").string());
    Store::init(root / "other");
    SourceOptions environment = options;
    environment.store_environment = (root / "other").string();
    EXPECT_EQ(open_source(environment)->describe(),
              "the store " + (root / "other" / ".redraft").string());
    SourceOptions named = environment;
    named.store = "../../../other/.redraft";
    EXPECT_EQ(open_source(named)->describe(),
              "the store " + (root / "other" / ".redraft").string());
    SourceOptions nowhere;
    nowhere.cwd = root / "other";
    fs::remove_all(root / "other" / ".redraft");
    EXPECT_EQ(error_of([&] { open_source(nowhere); }, ErrorKind::store, root),
              "no revision store found: there is no .redraft folder in TMP/other or above it, "
              "and it is not inside a git repository; create a store with `redraft init`, or "
              "name one with --store PATH or --git DIR");
    SourceOptions missing = nowhere;
    missing.store = "nope";
    EXPECT_EQ(error_of([&] { open_source(missing); }, ErrorKind::store),
              "--store nope: no redraft store there (no .redraft folder); create one with "
              "`redraft init nope`");
    SourceOptions missing_environment = nowhere;
    missing_environment.store_environment = "nope";
    EXPECT_EQ(error_of([&] { open_source(missing_environment); }, ErrorKind::store),
              "REDRAFT_STORE=nope: no redraft store there (no .redraft folder); create one with "
              "`redraft init nope`");
}

TEST(GitSource, ReadsTheHistoryOfATrackedFile) {
    TempDir dir;
    const fs::path repo = fs::weakly_canonical(dir.path()) / "repo";
    const std::string git = "cd '" + repo.string() +
                            "' && GIT_AUTHOR_DATE='2024-06-01T10:00:00Z' "
                            "GIT_COMMITTER_DATE='2024-06-01T10:00:00Z' git -c user.name=Ann -c "
                            "user.email=ann@example.org ";
    ASSERT_EQ(run("git init -q -b main '" + repo.string() + "'"), 0);
    write(repo / "essay.md", "One.\n");
    ASSERT_EQ(run(git + "add essay.md && " + git + "commit -qm first"), 0);
    write(repo / "other.txt", "Other.\n");
    ASSERT_EQ(run(git + "add other.txt && " + git + "commit -qm other"), 0);
    write(repo / "essay.md", "One.\n\nTwo.\n");
    ASSERT_EQ(run(git + "commit -qam second && " + git + "tag v1"), 0);
    SourceOptions options;
    options.cwd = repo;
    const auto source = open_source(options);
    EXPECT_EQ(source->documents(), (std::vector<std::string>{"essay.md", "other.txt"}));
    const auto log = source->log("essay.md");
    ASSERT_EQ(log.size(), 2u);
    EXPECT_EQ(log[0].message, "first");
    EXPECT_EQ(log[1].labels, std::vector<std::string>{"v1"});
    EXPECT_EQ(source->resolve("HEAD~1", "essay.md").number, 1u);
    EXPECT_EQ(source->read(source->resolve("v1", "essay.md")), "One.\n\nTwo.\n");
    // From a sub-folder, paths are relative to it.
    fs::create_directories(repo / "sub");
    EXPECT_EQ(document_name(*source, "../essay.md", repo / "sub"), "essay.md");
    EXPECT_EQ(error_of([&] { document_name(*source, "", repo); }, ErrorKind::usage, repo),
              "the git repository TMP holds 2 documents; name the one you mean:\n  essay.md\n  "
              "other.txt");
    // The work tree is never written to by reading.
    const auto loaded = load_revision(options, "1", "essay.md");
    EXPECT_EQ(loaded.bytes, "One.\n");
    EXPECT_EQ(loaded.info.number, 1u);
}

TEST(GitSource, AMergeOfABranchsTextCarriesTheBranchsLabels) {
    // CI checks out a pull request as a merge commit: the label its author put on the pull
    // request's own commit labels the merge too, when the merge holds that very text.
    TempDir dir;
    const fs::path repo = fs::weakly_canonical(dir.path()) / "repo";
    const std::string git = git_in(repo);
    ASSERT_EQ(run("git init -q -b main '" + repo.string() + "'"), 0);
    write(repo / "essay.md", "One.\n");
    ASSERT_EQ(run(git + "add . && " + git + "commit -qm first"), 0);
    ASSERT_EQ(run(git + "checkout -qb pr"), 0);
    write(repo / "essay.md", "One.\n\nTwo.\n");
    ASSERT_EQ(run(git + "commit -qam second && " + git + "tag reviewed"), 0);
    write(repo / "notes.txt", "Notes.\n"); // the tip holds the same text: the walk goes past it
    ASSERT_EQ(run(git + "add . && " + git + "commit -qm notes"), 0);
    ASSERT_EQ(run(git + "checkout -q main"), 0);
    write(repo / "other.txt", "Other.\n");
    ASSERT_EQ(run(git + "add . && " + git + "commit -qm other && " + git +
                  "checkout -q --detach main && " + git + "merge -q --no-edit pr"),
              0);
    SourceOptions options;
    options.cwd = repo;
    const auto merged = open_source(options)->resolve("HEAD", "essay.md");
    EXPECT_EQ(merged.number, 2u);
    EXPECT_EQ(merged.labels, std::vector<std::string>{"reviewed"});
    EXPECT_EQ(open_source(options)->log("essay.md").back().labels,
              std::vector<std::string>{"reviewed"});
    // A merge whose text is its own (both sides edited the document) is no revision of the
    // branch: it carries no label of it.
    ASSERT_EQ(run(git + "checkout -q -b main2 main"), 0);
    write(repo / "essay.md", "Zero.\n\nOne.\n");
    ASSERT_EQ(run(git + "commit -qam zero"), 0);
    ASSERT_EQ(run(git + "merge -q --no-edit pr"), 0);
    const auto own = open_source(options)->resolve("HEAD", "essay.md");
    EXPECT_EQ(open_source(options)->read(own), "Zero.\n\nOne.\n\nTwo.\n");
    EXPECT_TRUE(own.labels.empty());
}

TEST(GitSource, AMergeTellsItsBaseAndTheLabelsOfTheBranchItBringsIn) {
    // QA pass q30: once another pull request has edited the essay on main, CI's merge commit of
    // a pull request holds both texts and carries no label; check --require-label reads the
    // merge's sides to count the label on the pull request's own commit.
    TempDir dir;
    const fs::path repo = fs::weakly_canonical(dir.path()) / "repo";
    const std::string git = git_in(repo);
    ASSERT_EQ(run("git init -q -b main '" + repo.string() + "'"), 0);
    write(repo / "essay.md", "One.\n\nTwo.\n\nThree.\n");
    ASSERT_EQ(run(git + "add . && " + git + "commit -qm first"), 0);
    ASSERT_EQ(run(git + "checkout -qb pr"), 0);
    write(repo / "essay.md", "One.\n\nTwo.\n\nThree, at last.\n");
    ASSERT_EQ(run(git + "commit -qam pr && " + git + "tag reviewed"), 0);
    ASSERT_EQ(run(git + "checkout -q main"), 0);
    write(repo / "essay.md", "One, first.\n\nTwo.\n\nThree.\n");
    ASSERT_EQ(run(git + "commit -qam main && " + git + "checkout -q --detach main && " + git +
                  "merge -q --no-edit pr"),
              0);
    SourceOptions options;
    options.cwd = repo;
    const auto source = open_source(options);
    const auto merge = source->resolve("HEAD", "essay.md");
    EXPECT_TRUE(merge.labels.empty()); // its text is no one side's
    const auto sides = source->merge_of(merge);
    ASSERT_TRUE(sides.has_value());
    EXPECT_EQ(sides->base_blob, source->resolve("main", "essay.md").blob_id);
    ASSERT_EQ(sides->branches.size(), 1u);
    EXPECT_EQ(sides->branches.front().id, source->resolve("reviewed", "essay.md").id);
    EXPECT_EQ(sides->branches.front().labels, std::vector<std::string>{"reviewed"});
    // A commit that merges nothing has no sides.
    EXPECT_FALSE(source->merge_of(source->resolve("main", "essay.md")).has_value());
}

TEST(GitSource, ACommitThatRemovedTheDocumentDoesNotHoldIt) {
    TempDir dir;
    const fs::path repo = fs::weakly_canonical(dir.path()) / "repo";
    const std::string git = git_in(repo);
    ASSERT_EQ(run("git init -q -b main '" + repo.string() + "'"), 0);
    write(repo / "essay.md", "One.\n");
    write(repo / "other.md", "Other.\n");
    ASSERT_EQ(run(git + "add . && " + git + "commit -qm first"), 0);
    ASSERT_EQ(run(git + "rm -q essay.md && " + git + "commit -qm removed"), 0);
    SourceOptions options;
    options.cwd = repo;
    const auto source = open_source(options);
    // Absent there (a pull request's removal reads as an empty document), not revision 1.
    EXPECT_EQ(error_of([&] { source->resolve("HEAD", "essay.md"); }, ErrorKind::absent, repo)
                  .find("essay.md does not exist at revision 'HEAD' (commit "),
              0u);
    EXPECT_EQ(source->resolve("HEAD~1", "essay.md").number, 1u);
    EXPECT_EQ(source->resolve("1", "essay.md").number, 1u); // its history is still there
}

TEST(GitSource, AShallowCloneIsACutHistoryNotDamage) {
    // CI's default checkout is a clone of depth 1: say so, and how to fetch the history.
    TempDir dir;
    const fs::path root = fs::weakly_canonical(dir.path());
    const fs::path repo = root / "repo";
    const std::string git = git_in(repo);
    ASSERT_EQ(run("git init -q -b main '" + repo.string() + "'"), 0);
    for (const char* text : {"One.\n", "Two.\n", "Three.\n"}) {
        write(repo / "essay.md", text);
        ASSERT_EQ(run(git + "add . && " + git + "commit -qm edit"), 0);
    }
    ASSERT_EQ(run("git clone -q --depth 1 'file://" + repo.string() + "' '" +
                  (root / "clone").string() + "' 2>/dev/null"),
              0);
    SourceOptions options;
    options.cwd = root / "clone";
    const auto source = open_source(options);
    const auto log = source->log("essay.md");
    ASSERT_EQ(log.size(), 1u);
    EXPECT_NE(log.front().damage.find(" is a shallow clone: its history stops at "),
              std::string::npos)
        << log.front().damage;
    EXPECT_NE(log.front().damage.find("git fetch --unshallow"), std::string::npos);
    EXPECT_EQ(log.front().damage.find("looks damaged"), std::string::npos);
    // The cut revision itself reads fine: `log` lists it as cut, not damaged.
    EXPECT_TRUE(log.front().history_cut);
    EXPECT_EQ(log.front().size, 7u);
    EXPECT_EQ(source->read(log.front()), "Three.\n");
    const std::string unknown =
        error_of([&] { source->resolve("HEAD~1", "essay.md"); }, ErrorKind::not_found, root);
    EXPECT_NE(unknown.find("in the git repository TMP/clone, a shallow clone (fetch the whole "
                           "history with `git fetch --unshallow`"),
              std::string::npos)
        << unknown;
    // The document has a revision, which `log` lists: it only has no number.
    EXPECT_NE(unknown.find("(its revisions have no numbers here, the history below them being "
                           "cut or unreadable: count back from the latest (-0, -1, ...) or give "
                           "a commit id or label; there are no labels)"),
              std::string::npos)
        << unknown;
}

TEST(GitSource, ARenamedDocumentNamesItsOldPath) {
    TempDir dir;
    const fs::path repo = fs::weakly_canonical(dir.path()) / "repo";
    const std::string git = git_in(repo);
    ASSERT_EQ(run("git init -q -b main '" + repo.string() + "'"), 0);
    write(repo / "essay.md", "Mark Rutte was prudent.\n\nHe was calm.\n\nHe was patient.\n");
    ASSERT_EQ(run(git + "add . && " + git + "commit -qm first"), 0);
    ASSERT_EQ(run(git + "mv essay.md rutte.md"), 0);
    write(repo / "rutte.md", "Mark Rutte was reckless.\n\nHe was calm.\n\nHe was patient.\n");
    ASSERT_EQ(run(git + "commit -qam renamed"), 0);
    SourceOptions options;
    options.cwd = repo;
    const auto source = open_source(options);
    const auto newer = source->resolve("HEAD", "rutte.md");
    EXPECT_EQ(source->renamed_from("HEAD~1", newer), "essay.md");
    EXPECT_EQ(source->renamed_from("HEAD", newer), "");   // no rename in between
    EXPECT_EQ(source->renamed_from("nosuch", newer), ""); // not a revision
    EXPECT_EQ(source->renamed_from("1", newer), "");      // a number of its own revisions
}

TEST(ImpliedDocument, AFileOnOneSideNamesTheDocumentAtItsPath) {
    TempDir dir;
    const fs::path repo = fs::weakly_canonical(dir.path()) / "repo";
    const std::string git = git_in(repo);
    ASSERT_EQ(run("git init -q -b main '" + repo.string() + "'"), 0);
    write(repo / "essay.md", "One.\n");
    ASSERT_EQ(run(git + "add essay.md && " + git + "commit -qm first"), 0);
    SourceOptions options;
    options.cwd = repo;
    // One document: it is meant anyway, nothing to imply.
    EXPECT_EQ(implied_document(options, "HEAD", "essay.md"), "");
    write(repo / "notes.md", "Notes.\n");
    ASSERT_EQ(run(git + "add notes.md && " + git + "commit -qm notes"), 0);
    // `redraft diff HEAD essay.md`: the working copy names its document, on either side.
    EXPECT_EQ(implied_document(options, "HEAD", "essay.md"), "essay.md");
    EXPECT_EQ(implied_document(options, "notes.md", "HEAD~1"), "notes.md");
    fs::create_directories(repo / "sub");
    SourceOptions below = options;
    below.cwd = repo / "sub";
    EXPECT_EQ(implied_document(below, "HEAD", "../essay.md"), "../essay.md");
    // Two revisions, two files, or a file at no document's path: nothing is implied.
    EXPECT_EQ(implied_document(options, "HEAD~1", "HEAD"), "");
    EXPECT_EQ(implied_document(options, "essay.md", "notes.md"), "");
    write(repo / "copy.md", "One.\n");
    EXPECT_EQ(implied_document(options, "HEAD", "copy.md"), "");
    // A label of the file's name is read as the label, as load_revision reads it.
    ASSERT_EQ(run(git + "tag essay.md"), 0);
    EXPECT_EQ(implied_document(options, "HEAD", "essay.md"), "");
}

TEST(SuggestDocument, NamesDocumentsAsTypedFromTheCurrentFolder) {
    TempDir dir;
    const fs::path repo = fs::weakly_canonical(dir.path()) / "repo";
    const std::string git = git_in(repo);
    ASSERT_EQ(run("git init -q -b main '" + repo.string() + "'"), 0);
    write(repo / "essay.md", "One.\n");
    write(repo / "notes" / "draft.md", "Two.\n");
    ASSERT_EQ(run(git + "add . && " + git + "commit -qm first"), 0);
    SourceOptions options;
    options.cwd = repo / "notes";
    const auto source = open_source(options);
    // Paths on the command line are relative to the current folder: so are the names advised.
    EXPECT_EQ(typed_name(*source, "essay.md", repo / "notes"), "../essay.md");
    EXPECT_EQ(typed_name(*source, "notes/draft.md", repo / "notes"), "draft.md");
    EXPECT_EQ(typed_name(*source, "notes/draft.md", repo), "notes/draft.md");
    EXPECT_EQ(typed_name(*source, "essay.md", repo.parent_path()), "essay.md");
    // "essay.md" typed in notes/ means ../essay.md: the same file name in another folder.
    EXPECT_EQ(suggest_document(*source, "notes/essay.md", repo / "notes"),
              "; did you mean '../essay.md'?");
    EXPECT_EQ(error_of([&] { source->log("notes/essay.md"); }, ErrorKind::not_found, repo),
              "notes/essay.md has no revisions in the git repository TMP; did you mean "
              "'../essay.md'?");
    EXPECT_EQ(error_of([&] { document_name(*source, "", repo / "notes"); }, ErrorKind::usage, repo),
              "the git repository TMP holds 2 documents; name the one you mean:\n  ../essay.md\n"
              "  draft.md");
    // From the root, a typo as before; a document held needs no suggestion.
    EXPECT_EQ(suggest_document(*source, "esay.md", repo), "; did you mean 'essay.md'?");
    EXPECT_EQ(suggest_document(*source, "essay.md", repo), "");
    // Deeper down, too many edits for a typo: the file name finds it, when only one has it.
    const fs::path deep = repo / "notes" / "a" / "b";
    fs::create_directories(deep);
    EXPECT_EQ(suggest_document(*source, "notes/a/b/essay.md", deep),
              "; did you mean '../../../essay.md'?");
    write(repo / "old" / "essay.md", "Old.\n");
    ASSERT_EQ(run(git + "add . && " + git + "commit -qm old"), 0);
    EXPECT_EQ(suggest_document(*open_source(options), "notes/a/b/essay.md", deep), "");
}

TEST_F(StoreTest, LogListsEveryRevisionAndMarksADamagedOne) {
    commit("essay.md", "One.\n", "First");
    const auto second = commit("essay.md", "Two.\n", "Second").files.at(0).revision;
    commit("essay.md", "Three.\n", "Third");
    const fs::path object = dir.path() / ".redraft" / "objects" / second.blob_id.substr(0, 2) /
                            second.blob_id.substr(2);
    fs::permissions(object, fs::perms::owner_write, fs::perm_options::add);
    write(object, "garbage, not zlib");
    const auto reopened = Store::open(dir.path()); // no object cached from the commits
    const auto log = reopened.source().log("essay.md");
    ASSERT_EQ(log.size(), 3u);
    EXPECT_TRUE(log[0].damage.empty());
    EXPECT_TRUE(log[2].damage.empty());
    EXPECT_EQ(log[2].size, 7u);
    EXPECT_EQ(log[1].size, 0u);
    EXPECT_TRUE(log[1].damage.starts_with("reading essay.md at revision 2 (" + second.short_id +
                                          ") in the store "))
        << log[1].damage;
    EXPECT_TRUE(log[1].damage.ends_with("restore it from a clone or backup")) << log[1].damage;
    // The damaged revision still resolves (its content does not), the others still read.
    EXPECT_EQ(reopened.source().read(reopened.source().resolve("3", "essay.md")), "Three.\n");
    EXPECT_EQ(reopened.source().resolve("2", "essay.md").damage, log[1].damage);
    error_of([&] { reopened.source().read(log[1]); }, ErrorKind::store);
}

TEST_F(StoreTest, ADanglingLabelIsReportedAndHidesNothingElse) {
    commit("essay.md", "One.\n", "First", "first");
    commit("essay.md", "Two.\n", "Second");
    EXPECT_TRUE(store->source().label_problems().empty());
    write(dir.path() / ".redraft" / "refs" / "tags" / "dangling",
          "1234567890123456789012345678901234567890\n");
    const auto reopened = Store::open(dir.path());
    const auto log = reopened.source().log("essay.md");
    ASSERT_EQ(log.size(), 2u);
    EXPECT_EQ(log[0].labels, std::vector<std::string>{"first"});
    EXPECT_TRUE(log[1].labels.empty());
    EXPECT_EQ(reopened.source().resolve("1", "essay.md").labels, std::vector<std::string>{"first"});
    const auto problems = reopened.source().label_problems();
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(problems[0].starts_with("the label dangling in the store "));
    EXPECT_NE(problems[0].find("/.redraft names no readable revision ("), std::string::npos)
        << problems[0];
    EXPECT_TRUE(problems[0].ends_with("); remove it with `redraft label --delete dangling`, or "
                                      "restore the store from a clone or backup"))
        << problems[0];
    EXPECT_EQ(
        error_of([&] { reopened.source().resolve("dangling", "essay.md"); }, ErrorKind::store),
        problems[0]);
}

TEST_F(StoreTest, CommitRefusesAFileOverMaxBytesBeforeReadingIt) {
    write(dir.path() / "essay.md", "Nineteen bytes long\n"); // 20 bytes
    CommitOptions options;
    options.max_bytes = 19;
    EXPECT_EQ(error_of([&] { store->commit({"essay.md"}, options, dir.path()); }, ErrorKind::input),
              "essay.md: the file is 20 bytes; redraft reads documents up to 19 bytes (raise the "
              "limit with --max-bytes)");
    EXPECT_EQ(store->source().documents(), std::vector<std::string>{});
    options.max_bytes = 20;
    EXPECT_TRUE(store->commit({"essay.md"}, options, dir.path()).recorded);
}

TEST_F(StoreTest, LoadRevisionRefusesARevisionOverMaxBytesBeforeReadingIt) {
    const auto info = commit("essay.md", "Nineteen bytes long\n", "First").files.at(0).revision;
    SourceOptions options;
    options.cwd = dir.path();
    options.max_bytes = 20;
    EXPECT_EQ(load_revision(options, "1", "essay.md").bytes, "Nineteen bytes long\n");
    options.max_bytes = 19;
    EXPECT_EQ(error_of([&] { load_revision(options, "1", "essay.md"); }, ErrorKind::input),
              "essay.md at revision 1 (" + info.short_id +
                  "): the revision is 20 bytes; redraft reads documents up to 19 bytes (raise "
                  "the limit with --max-bytes)");
    EXPECT_EQ(error_of([&] { load_revision(options, "essay.md", ""); }, ErrorKind::input),
              "essay.md: the file is 20 bytes; redraft reads documents up to 19 bytes (raise the "
              "limit with --max-bytes)");
}

TEST(LoadRevision, FilesNeedNoStoreAndNumbersComeFirst) {
    TempDir dir;
    const fs::path root = fs::weakly_canonical(dir.path());
    write(root / "draft.md", "On disk.\n");
    write(root / "1", "A file named 1.\n");
    SourceOptions options;
    options.cwd = root;
    const auto file = load_revision(options, "draft.md", "");
    EXPECT_EQ(file.bytes, "On disk.\n");
    EXPECT_EQ(file.info.number, 0u);
    EXPECT_EQ(file.info.document, "draft.md");
    EXPECT_EQ(error_of([&] { load_revision(options, "nothing.md", ""); }, ErrorKind::store, root),
              "'nothing.md' is not a file, and no revision store was found: there is no "
              ".redraft folder in TMP or above it, and it is not inside a git repository; create "
              "a store with `redraft init`, or name one with --store PATH or --git DIR");
    Store::init(root);
    auto store = Store::open(root);
    write(root / "essay.md", "Recorded.\n");
    store.commit({"essay.md"}, {}, root);
    EXPECT_EQ(load_revision(options, "1", "essay.md").bytes, "Recorded.\n");
    EXPECT_EQ(load_revision(options, "1", "").bytes, "Recorded.\n");
    EXPECT_EQ(load_revision(options, "draft.md", "essay.md").bytes, "On disk.\n");
}

TEST_F(StoreTest, ContentCacheKeepsValuesAndSkipsDamage) {
    const auto first = commit("essay.md", "One.\n", "First").files.at(0).revision;
    const auto second = commit("essay.md", "One.\n\nTwo.\n", "Second").files.at(0).revision;
    {
        ContentCache cache(store->source(), "test-1");
        EXPECT_EQ(cache.find(first.blob_id), std::nullopt);
        cache.add(first.blob_id, 1);
        cache.add(second.blob_id, 2);
        EXPECT_EQ(cache.find(second.blob_id), 2u);
        cache.save();
    }
    const fs::path file = dir.path() / ".redraft" / "cache" / "test-1.txt";
    ASSERT_TRUE(fs::exists(file));
    // A damaged line and a torn last line are ignored; the good entry stays.
    std::string text;
    {
        std::ifstream in(file);
        std::getline(in, text);
    }
    write(file, "garbage line\n" + text + "\n" + second.blob_id + " 9x\n" + second.blob_id + " 3");
    ContentCache reloaded(store->source(), "test-1");
    EXPECT_EQ(reloaded.find(first.blob_id), 1u);
    EXPECT_EQ(reloaded.find(second.blob_id), std::nullopt);
    // Another name is another cache.
    EXPECT_EQ(ContentCache(store->source(), "test-2").find(first.blob_id), std::nullopt);
}

TEST(ContentCache, ASourceWithoutACacheFolderCachesNothing) {
    redraft::store::MemorySource memory;
    const auto info = memory.add("essay.md", "One.\n");
    ContentCache cache(memory, "test-1");
    cache.add(info.blob_id, 1);
    cache.save();
    EXPECT_EQ(ContentCache(memory, "test-1").find(info.blob_id), std::nullopt);
}

} // namespace

namespace {

TEST_F(StoreTest, SpecsWalkNoFurtherThanNeeded) {
    std::vector<RevisionInfo> revisions;
    for (int i = 1; i <= 6; ++i) {
        revisions.push_back(commit("essay.md", "Revision " + std::to_string(i) + ".\n",
                                   "Revision " + std::to_string(i))
                                .files.at(0)
                                .revision);
    }
    // A fresh source knows no numbers yet: a log walks everything once and remembers them.
    const auto fresh = open_store_source(dir.path() / ".redraft");
    EXPECT_EQ(fresh->log("essay.md").size(), 6u);
    // Remove the first commit: specs near the tip still resolve, which proves that they no
    // longer walk to it; a spec that needs it reports the damage.
    const std::string& first = revisions.front().id;
    fs::remove(dir.path() / ".redraft" / "objects" / first.substr(0, 2) / first.substr(2));
    const auto later = open_store_source(dir.path() / ".redraft");
    EXPECT_EQ(later->resolve("-1", "essay.md").number, 5u);
    EXPECT_EQ(later->resolve("6", "essay.md").number, 6u);
    EXPECT_EQ(later->resolve("3", "essay.md").message, "Revision 3");
    EXPECT_EQ(later->resolve("HEAD~2", "essay.md").number, 4u);
    EXPECT_EQ(error_of([&] { later->resolve("1", "essay.md"); }, ErrorKind::store, dir.path())
                  .substr(0, 55),
              "reading commit " + first);
}

} // namespace
