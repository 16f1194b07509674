#include <redraft/history/cache.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace redraft::history {
namespace {

namespace fs = std::filesystem;

class CacheTest : public ::testing::Test {
protected:
    void SetUp() override {
        folder_ = fs::temp_directory_path() /
                  ("redraft-cache-test-" +
                   std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
                   ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(folder_);
    }
    void TearDown() override { fs::remove_all(folder_); }

    std::string contents(const fs::path& file) {
        std::ifstream in(file, std::ios::binary);
        std::ostringstream out;
        out << in.rdbuf();
        return out.str();
    }
    void overwrite(const fs::path& file, const std::string& bytes) {
        std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
    }

    fs::path folder_;
};

TEST_F(CacheTest, RoundTrip) {
    const AnalysisCache cache(folder_, "v1-abc");
    EXPECT_FALSE(cache.read("profile-1.json"));
    cache.write("profile-1.json", "{\"claims\":3}");
    EXPECT_EQ(cache.read("profile-1.json"), "{\"claims\":3}");
}

TEST_F(CacheTest, DisabledCacheMissesAndWritesNothing) {
    const AnalysisCache cache;
    cache.write("x", "payload");
    EXPECT_FALSE(cache.enabled());
    EXPECT_FALSE(cache.read("x"));
}

TEST_F(CacheTest, AlteredPayloadIsAMiss) {
    const AnalysisCache cache(folder_, "v1-abc");
    cache.write("e", "{\"claims\":3}");
    const fs::path file = folder_ / "v1-abc" / "e";
    std::string bytes = contents(file);
    bytes.replace(bytes.find('3'), 1, "4");
    overwrite(file, bytes);
    EXPECT_FALSE(cache.read("e"));
}

TEST_F(CacheTest, TruncatedOrForeignEntryIsAMiss) {
    const AnalysisCache cache(folder_, "v1-abc");
    cache.write("e", "{\"claims\":3}");
    const fs::path file = folder_ / "v1-abc" / "e";
    const std::string bytes = contents(file);
    overwrite(file, bytes.substr(0, bytes.size() - 2));
    EXPECT_FALSE(cache.read("e"));
    overwrite(file, "");
    EXPECT_FALSE(cache.read("e"));
    overwrite(file, "{\"claims\":3}");
    EXPECT_FALSE(cache.read("e"));
}

TEST_F(CacheTest, EntryUnderAnotherNameOrKeyIsAMiss) {
    const AnalysisCache cache(folder_, "v1-abc");
    cache.write("a", "payload");
    fs::copy_file(folder_ / "v1-abc" / "a", folder_ / "v1-abc" / "b");
    EXPECT_FALSE(cache.read("b"));
    fs::create_directories(folder_ / "v2-abc");
    fs::copy_file(folder_ / "v1-abc" / "a", folder_ / "v2-abc" / "a");
    EXPECT_FALSE(AnalysisCache(folder_, "v2-abc").read("a"));
}

TEST_F(CacheTest, WriteLeavesNoTemporaryFiles) {
    const AnalysisCache cache(folder_, "k");
    cache.write("a", "1");
    cache.write("a", "2");
    EXPECT_EQ(cache.read("a"), "2");
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(folder_ / "k")) {
        ++files;
    }
    EXPECT_EQ(files, 1u);
}

TEST(ContentHash, IsFnv1a64) {
    EXPECT_EQ(content_hash(""), "cbf29ce484222325");
    EXPECT_EQ(content_hash("a"), "af63dc4c8601ec8c");
    EXPECT_NE(content_hash("ab"), content_hash("ba"));
}

} // namespace
} // namespace redraft::history
