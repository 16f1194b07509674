// Profile sums: additive, stored in the analysis cache, and carried from one revision to the
// other by the paragraphs the two do not share (what diff, report and check do with a warm cache).

#include <redraft/history/pair_sums.hpp>

#include <gtest/gtest.h>

#include "analysed_pair.hpp"

namespace redraft::history {
namespace {

const std::string kRows = "c.reckless\treckless\tcharacterization\t-1\tfavorability\t\n"
                          "c.prudent\tprudent\tcharacterization\t1\tfavorability\t\n"
                          "h.perhaps\tperhaps\thedge\t-0.5\tcertainty\t\n"
                          "a.critics\tcritics say\tattribution\t0\t\tholder: critics\n";
const std::vector<claims::Subject> kSubjects = {{"Dana Kessler", {"Kessler"}, {}, {"she", "her"}},
                                                {"Tomas Reiner", {"Reiner"}, {}, {"he", "him"}}};
const std::vector<std::string> kDimensions = {"favorability", "certainty"};

std::vector<claims::ProfileSums> all_sums(const claims::DocumentAnalysis& analysis) {
    std::vector<claims::ProfileSums> sums;
    for (std::uint32_t s = 0; s < kSubjects.size(); ++s) {
        sums.push_back(claims::profile_sums(analysis, s, kDimensions));
    }
    return sums;
}

TEST(PairSums, PayloadRoundTrips) {
    std::vector<claims::ProfileSums> sums(2);
    sums[0].mentions = 7;
    sums[0].claims = 5;
    sums[0].dimensions = {{-1'500'000'000, 2'500'000'000, 600'000'000, 600'000'000, 3, 1},
                          {0, 0, 0, 0, 0, 0}};
    sums[1].dimensions.resize(2);
    const std::string payload = sums_payload(sums);
    const auto parsed = parse_sums(payload, 2, 2);
    ASSERT_TRUE(parsed);
    EXPECT_EQ(*parsed, sums);
}

TEST(PairSums, ADamagedOrMisshapenPayloadIsAMiss) {
    std::vector<claims::ProfileSums> sums(1);
    sums[0].claims = 4;
    sums[0].dimensions.resize(2);
    const std::string payload = sums_payload(sums);
    EXPECT_FALSE(parse_sums(payload, 2, 2)); // other subjects asked for
    EXPECT_FALSE(parse_sums(payload, 1, 3)); // another dimension added
    EXPECT_FALSE(parse_sums(payload.substr(0, payload.size() - 1), 1, 2)); // cut short
    EXPECT_FALSE(parse_sums(payload + "1:0", 1, 2));                       // something after
    EXPECT_FALSE(parse_sums("", 1, 2));
    EXPECT_TRUE(parse_sums(payload, 1, 2));
}

TEST(PairSums, EntryNamesFollowTheContentAndItsFormat) {
    const auto read = [](const std::string& text, document::Format format) {
        return document::parse(text, "t", {format});
    };
    const std::string text = "- Kessler was prudent.\n\n> She was reckless.\n";
    EXPECT_EQ(sums_entry_name(read(text, document::Format::markdown)),
              sums_entry_name(read(text, document::Format::markdown)));
    EXPECT_NE(sums_entry_name(read(text, document::Format::markdown)),
              sums_entry_name(read(text + "!", document::Format::markdown)));
    // The same bytes read as plain text hold other paragraphs, and so other sums.
    EXPECT_NE(sums_entry_name(read(text, document::Format::markdown)),
              sums_entry_name(read(text, document::Format::plain)));
}

TEST(PairSums, UnmatchedParagraphsCountEachOccurrenceAndKind) {
    document::ParseOptions options;
    options.format = document::Format::markdown;
    // "A." twice before and once after; "B." once before and twice after; "# A." is a heading,
    // not the paragraph "A.".
    const auto older = document::parse("A.\n\nB.\n\nA.\n\nC.\n", "old.md", options);
    const auto newer = document::parse("A.\n\nC.\n\n# A.\n\nB.\n\nB.\n", "new.md", options);
    const auto unmatched = unmatched_paragraphs(older, newer);
    ASSERT_EQ(unmatched.older.size(), 1U);
    EXPECT_EQ(older.paragraphs[unmatched.older[0]].text, "A.");
    EXPECT_EQ(unmatched.newer, (std::vector<std::uint32_t>{2, 4}));
}

// Texts that compare equal (their keys are: white space and quotes normalized) may split into
// sentences differently, and so be analysed differently: they do not match.
TEST(PairSums, OfThreeCopiesTheSameStayUnmatchedAsBefore) {
    // Copies of one paragraph are alike, but which older one stays unmatched decides the
    // paragraph numbers the sums and the report read: the first open copy is taken, and the
    // last open one takes its place (older 0, 2 and 3 are "A."; the newer two take 0, then 3).
    const auto older = document::parse("A.\n\nB.\n\nA.\n\nA.\n\nC.\n", "old.txt", {});
    const auto newer = document::parse("A.\n\nA.\n\nD.\n", "new.txt", {});
    const auto unmatched = unmatched_paragraphs(older, newer);
    EXPECT_EQ(unmatched.older, (std::vector<std::uint32_t>{1, 2, 4}));
    EXPECT_EQ(unmatched.newer, (std::vector<std::uint32_t>{2}));
}

TEST(PairSums, ParagraphsMatchByTextNotByKey) {
    const auto older =
        document::parse("Kessler left.  \u201cShe was reckless.\u201d\n", "old.txt", {});
    const auto newer = document::parse("Kessler left. \"She was reckless.\"\n", "new.txt", {});
    ASSERT_EQ(older.paragraphs[0].key, newer.paragraphs[0].key);
    const auto unmatched = unmatched_paragraphs(older, newer);
    EXPECT_EQ(unmatched.older, (std::vector<std::uint32_t>{0}));
    EXPECT_EQ(unmatched.newer, (std::vector<std::uint32_t>{0}));
}

// The sums of the newer revision follow from the older's by its unmatched paragraphs, and the
// other way round, exactly: moved, duplicated, edited, added and removed paragraphs, claims of
// both subjects, attributed and hedged cues.
TEST(PairSums, EachRevisionsSumsFollowFromTheOthers) {
    const std::string old_text = "Kessler was prudent. Reiner was reckless.\n\n"
                                 "Critics say Kessler was reckless.\n\n"
                                 "Kessler was prudent. Reiner was reckless.\n\n"
                                 "She was perhaps reckless.\n\n"
                                 "Reiner was prudent.\n";
    const std::string new_text = "Reiner was prudent.\n\n"
                                 "Kessler was prudent. Reiner was reckless.\n\n"
                                 "Critics say Kessler was prudent.\n\n"
                                 "Kessler was reckless. She was perhaps prudent.\n\n"
                                 "Reiner was prudent.\n";
    const auto pair = redraft::assess::testing::analyse_pair(kRows, kSubjects, old_text, new_text);
    const auto old_sums = all_sums(pair->old_analysis);
    const auto new_sums = all_sums(pair->new_analysis);
    ASSERT_NE(old_sums, new_sums);
    const auto unmatched = unmatched_paragraphs(pair->older, pair->newer);
    EXPECT_EQ(unmatched.older, (std::vector<std::uint32_t>{1, 2, 3}));
    EXPECT_EQ(unmatched.newer, (std::vector<std::uint32_t>{2, 3, 4}));
    EXPECT_EQ(shift_sums(old_sums, pair->old_analysis, unmatched.older, pair->new_analysis,
                         unmatched.newer, kDimensions),
              new_sums);
    EXPECT_EQ(shift_sums(new_sums, pair->new_analysis, unmatched.newer, pair->old_analysis,
                         unmatched.older, kDimensions),
              old_sums);
}

TEST(PairSums, TheSumsOfTwoPartsAddUpToTheWholes) {
    // diff sums each half of a large revision as it is analysed, then adds the halves.
    const std::string text = "Kessler was prudent. Reiner was reckless.\n\n"
                             "Critics say Kessler was reckless.\n\n"
                             "She was perhaps reckless.\n\n"
                             "Reiner was prudent. Kessler was perhaps prudent.\n";
    const auto pair = redraft::assess::testing::analyse_pair(kRows, kSubjects, text, text);
    const auto& whole = pair->old_analysis;
    claims::DocumentAnalysis first, second;
    first.paragraphs.assign(whole.paragraphs.begin(), whole.paragraphs.begin() + 2);
    second.paragraphs.assign(whole.paragraphs.begin() + 2, whole.paragraphs.end());
    auto sums = all_sums(first);
    const auto second_sums = all_sums(second);
    ASSERT_NE(sums, all_sums(whole));
    for (std::size_t s = 0; s < sums.size(); ++s) {
        sums[s] += second_sums[s];
    }
    EXPECT_EQ(sums, all_sums(whole));
    // Into empty sums (no dimensions yet) too.
    claims::ProfileSums empty;
    empty += all_sums(whole)[0];
    EXPECT_EQ(empty, all_sums(whole)[0]);
}

// A profile from its sums shows the counts and scores build_profile gives.
TEST(PairSums, AProfileFromSumsHasBuildProfilesCountsAndScores) {
    const auto pair = redraft::assess::testing::analyse_pair(
        kRows, kSubjects, "x\n",
        "Kessler was prudent. Critics say she was reckless.\n\nShe was perhaps reckless.\n");
    const auto built = claims::build_profile(pair->new_analysis, 0, "Dana Kessler", kDimensions);
    const auto from_sums = claims::profile_from_sums(
        claims::profile_sums(pair->new_analysis, 0, kDimensions), "Dana Kessler", kDimensions);
    EXPECT_EQ(from_sums.mentions, built.mentions);
    EXPECT_EQ(from_sums.claims, built.claims);
    ASSERT_EQ(from_sums.dimensions.size(), built.dimensions.size());
    for (std::size_t d = 0; d < built.dimensions.size(); ++d) {
        EXPECT_DOUBLE_EQ(from_sums.dimensions[d].score, built.dimensions[d].score);
        EXPECT_DOUBLE_EQ(from_sums.dimensions[d].attributed, built.dimensions[d].attributed);
        EXPECT_EQ(from_sums.dimensions[d].cues, built.dimensions[d].cues);
        EXPECT_EQ(from_sums.dimensions[d].attributed_cues, built.dimensions[d].attributed_cues);
    }
    EXPECT_NE(built.dimensions[0].score, 0.0);
    EXPECT_NE(built.dimensions[0].attributed, 0.0);
}

} // namespace
} // namespace redraft::history
