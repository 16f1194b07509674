#include <redraft/report/revision_meta.hpp>

#include <gtest/gtest.h>

#include "report/revision_json.hpp"

namespace redraft::report {
namespace {

RevisionMeta stored(std::uint32_t number, std::string short_id, std::string label) {
    RevisionMeta meta;
    meta.revision = std::move(short_id);
    meta.label = std::move(label);
    meta.name = "ecb.txt";
    meta.number = number;
    return meta;
}

RevisionMeta file(std::string path) {
    RevisionMeta meta;
    meta.revision = path;
    meta.name = std::move(path);
    return meta;
}

TEST(RevisionTitle, StoredRevisionWithLabel) {
    EXPECT_EQ(revision_title(stored(1, "9a7baf2", "draft")), "ecb.txt r1 (9a7baf2, draft)");
}

TEST(RevisionTitle, StoredRevisionWithoutLabel) {
    EXPECT_EQ(revision_title(stored(3, "4da3182", "")), "ecb.txt r3 (4da3182)");
}

TEST(RevisionTitle, FileIsItsPath) {
    EXPECT_EQ(revision_title(file("drafts/old.txt")), "drafts/old.txt");
}

TEST(RevisionTitle, BlobGitNamedShowsItsId) {
    RevisionMeta meta = file("essay.md");
    meta.revision = "3f2a1bc";
    EXPECT_EQ(revision_title(meta), "essay.md (3f2a1bc)");
}

TEST(PairTitle, RevisionsOfOneDocumentNameItOnce) {
    EXPECT_EQ(pair_title(stored(1, "9a7baf2", "draft"), stored(2, "f3a80b6", "peak-rates"), "->"),
              "ecb.txt r1 (9a7baf2, draft) -> r2 (f3a80b6, peak-rates)");
    EXPECT_EQ(pair_title(stored(2, "f3a80b6", ""), stored(4, "4da3182", "easing"), "\xE2\x86\x92"),
              "ecb.txt r2 (f3a80b6) \xE2\x86\x92 r4 (4da3182, easing)");
}

TEST(PairTitle, FilesAreTheirPaths) {
    EXPECT_EQ(pair_title(file("old.txt"), file("new.txt"), "->"), "old.txt -> new.txt");
}

TEST(PairTitle, MixedSidesAndDifferentDocumentsNameEachInFull) {
    EXPECT_EQ(pair_title(stored(2, "f3a80b6", "peak-rates"), file("ecb.txt"), "->"),
              "ecb.txt r2 (f3a80b6, peak-rates) -> ecb.txt");
    RevisionMeta other = stored(1, "0b69df3", "");
    other.name = "rutte.txt";
    EXPECT_EQ(pair_title(stored(1, "9a7baf2", "draft"), other, "->"),
              "ecb.txt r1 (9a7baf2, draft) -> rutte.txt r1 (0b69df3)");
}

TEST(RevisionJson, AStoredRevisionHasItsNumberAndLabel) {
    RevisionMeta meta = stored(2, "f3a80b6", "peak-rates");
    meta.date = "2024-06-27T10:00:00+00:00";
    meta.paragraphs = 19;
    EXPECT_EQ(revision_json(meta).dump(),
              R"({"revision":"f3a80b6","label":"peak-rates","name":"ecb.txt",)"
              R"("date":"2024-06-27T10:00:00+00:00","number":2,"paragraphs":19})");
}

TEST(RevisionJson, AFileHasNullsWhereItHasNoHistory) {
    EXPECT_EQ(revision_json(file("old.txt")).dump(),
              R"({"revision":"old.txt","label":null,"name":"old.txt","date":null,"number":null,)"
              R"("paragraphs":0})");
}

} // namespace
} // namespace redraft::report
