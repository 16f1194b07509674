#include <redraft/history/cache.hpp>
#include <redraft/source_hash.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "temp_dir.hpp"

namespace redraft::history {
namespace {

namespace fs = std::filesystem;

class CacheTest : public ::testing::Test {
protected:
    void SetUp() override { folder_ = temp_.path() / "cache"; }

    std::string contents(const fs::path& file) {
        std::ifstream in(file, std::ios::binary);
        std::ostringstream out;
        out << in.rdbuf();
        return out.str();
    }
    void overwrite(const fs::path& file, const std::string& bytes) {
        std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
    }

    redraft::testing::TempDir temp_;
    fs::path folder_; // not made yet
};

TEST_F(CacheTest, RoundTrip) {
    const AnalysisCache cache(folder_, "v1-abc");
    EXPECT_FALSE(cache.read("profile-1.json"));
    cache.write("profile-1.json", "{\"claims\":3}");
    EXPECT_EQ(cache.read("profile-1.json"), "{\"claims\":3}");
}

// The record's checksum is content_hash of key, name and payload, computed in pieces: the pieces'
// lengths (not multiples of 8) must not change it.
TEST_F(CacheTest, RecordChecksumIsTheContentHashOfKeyNameAndPayload) {
    const std::string payload = "a payload of forty-one bytes, not 8 * n.";
    AnalysisCache(folder_, "v1-abc").write("profile-7", payload);
    const std::string log = contents(folder_ / "v1-abc" / "entries.log");
    const std::string expected = "redraft-cache v1-abc profile-7 " +
                                 std::to_string(payload.size()) + " " +
                                 content_hash("v1-abc\nprofile-7\n" + payload) + "\n";
    EXPECT_EQ(log, expected + payload + "\n");
}

// Entries are keyed by the code that computed them: a build with other analysis rules (another
// source hash) never reads them, so an upgrade cannot leave stale results behind.
TEST(CacheKey, HoldsTheVersionTheCodesHashAndTheSetup) {
    claims::AssessmentSetup setup;
    setup.subjects.push_back({"Dana Kessler", {"Kessler"}, {}, {"she", "her"}});
    const std::string key = cache_key(setup);
    EXPECT_EQ(key,
              std::string(kAnalyzerVersion) + "-" + REDRAFT_SOURCE_HASH + "-" + setup_hash(setup));
    EXPECT_EQ(std::string_view(REDRAFT_SOURCE_HASH).size(), 16U);
    claims::AssessmentSetup other = setup;
    other.subjects[0].aliases.push_back("Dana");
    EXPECT_NE(cache_key(other), key);
}

TEST_F(CacheTest, DisabledCacheMissesAndWritesNothing) {
    const AnalysisCache cache;
    cache.write("x", "payload");
    EXPECT_FALSE(cache.enabled());
    EXPECT_FALSE(cache.read("x"));
}

TEST_F(CacheTest, EntriesPersistAcrossInstances) {
    {
        const AnalysisCache cache(folder_, "v1-abc");
        cache.write("a", "{\"claims\":3}");
        cache.write("b", "two\nlines");
    }
    const AnalysisCache reopened(folder_, "v1-abc");
    EXPECT_EQ(reopened.read("a"), "{\"claims\":3}");
    EXPECT_EQ(reopened.read("b"), "two\nlines");
}

TEST_F(CacheTest, AlteredPayloadIsAMiss) {
    {
        const AnalysisCache cache(folder_, "v1-abc");
        cache.write("e", "{\"claims\":3}");
        cache.write("f", "{\"claims\":5}");
    }
    const fs::path file = folder_ / "v1-abc" / "entries.log";
    std::string bytes = contents(file);
    bytes.replace(bytes.find('3'), 1, "4");
    overwrite(file, bytes);
    const AnalysisCache cache(folder_, "v1-abc");
    EXPECT_FALSE(cache.read("e"));
    EXPECT_EQ(cache.read("f"), "{\"claims\":5}"); // the next record is still found
}

TEST_F(CacheTest, TruncatedOrForeignRecordIsAMiss) {
    {
        const AnalysisCache cache(folder_, "v1-abc");
        cache.write("e", "{\"claims\":3}");
    }
    const fs::path file = folder_ / "v1-abc" / "entries.log";
    const std::string bytes = contents(file);
    overwrite(file, bytes.substr(0, bytes.size() - 2));
    EXPECT_FALSE(AnalysisCache(folder_, "v1-abc").read("e"));
    overwrite(file, "");
    EXPECT_FALSE(AnalysisCache(folder_, "v1-abc").read("e"));
    overwrite(file, "{\"claims\":3}\n");
    EXPECT_FALSE(AnalysisCache(folder_, "v1-abc").read("e"));
    // Garbage before an intact record does not hide it.
    overwrite(file, "garbage\nredraft-cache v1-abc e 99999999999999999999999 0\n" + bytes);
    EXPECT_EQ(AnalysisCache(folder_, "v1-abc").read("e"), "{\"claims\":3}");
}

TEST_F(CacheTest, RecordUnderAnotherNameOrKeyIsAMiss) {
    {
        const AnalysisCache cache(folder_, "v1-abc");
        cache.write("a", "payload");
    }
    const fs::path file = folder_ / "v1-abc" / "entries.log";
    std::string bytes = contents(file);
    overwrite(file, bytes.replace(bytes.find(" a "), 3, " b "));
    EXPECT_FALSE(AnalysisCache(folder_, "v1-abc").read("b"));
    fs::create_directories(folder_ / "v2-abc");
    fs::copy_file(file, folder_ / "v2-abc" / "entries.log");
    EXPECT_FALSE(AnalysisCache(folder_, "v2-abc").read("a"));
}

TEST_F(CacheTest, LaterRecordWinsAndOneFileHoldsThemAll) {
    {
        const AnalysisCache cache(folder_, "k");
        cache.write("a", "1");
        cache.write("a", "2");
        EXPECT_EQ(cache.read("a"), "2");
    }
    EXPECT_EQ(AnalysisCache(folder_, "k").read("a"), "2");
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(folder_ / "k")) {
        ++files;
    }
    EXPECT_EQ(files, 1u);
}

TEST_F(CacheTest, UnwritableFolderIsNotAnError) {
    fs::create_directories(folder_);
    overwrite(folder_ / "k", "a file where the folder should be");
    const AnalysisCache cache(folder_, "k");
    cache.write("a", "1");
    EXPECT_EQ(cache.read("a"), "1"); // kept for this run
    EXPECT_FALSE(AnalysisCache(folder_, "k").read("a"));
}

// A log that cannot be read as a file (here a folder in its place) is an empty cache, not an
// error: it once made the timeline fail with "out of memory".
TEST_F(CacheTest, LogThatIsNoRegularFileIsAMiss) {
    AnalysisCache(folder_, "k").write("a", "1");
    fs::remove(folder_ / "k" / "entries.log");
    fs::create_directory(folder_ / "k" / "entries.log");
    const AnalysisCache cache(folder_, "k");
    EXPECT_FALSE(cache.read("a"));
    cache.write("a", "2");
    EXPECT_EQ(cache.read("a"), "2"); // kept for this run
}

TEST(ContentHash, IsFnv1a64OnShortInputs) {
    EXPECT_EQ(content_hash(""), "cbf29ce484222325");
    EXPECT_EQ(content_hash("a"), "af63dc4c8601ec8c");
    EXPECT_NE(content_hash("ab"), content_hash("ba"));
}

TEST(ContentHash, EveryByteOfLongInputsCounts) {
    const std::string text = "Rutte was pragmatic in 2014; he was prudent in 2022.";
    const std::string hash = content_hash(text);
    for (std::size_t i = 0; i < text.size(); ++i) {
        std::string changed = text;
        changed[i] ^= 0x01;
        EXPECT_NE(content_hash(changed), hash) << "byte " << i;
    }
    // Word order counts too, not only the words.
    EXPECT_NE(content_hash("12345678abcdefgh"), content_hash("abcdefgh12345678"));
    EXPECT_EQ(content_hash(text), hash); // stable
}

} // namespace
} // namespace redraft::history
