#include <redraft/error.hpp>
#include <redraft/store/memory.hpp>
#include <redraft/store/spec.hpp>
#include <redraft/text/edit_distance.hpp>

#include <gtest/gtest.h>

#include <map>

namespace {

using redraft::Error;
using redraft::ErrorKind;
using redraft::store::MemorySource;

std::string error_of(const MemorySource& source, const std::string& spec,
                     const std::string& document = "essay.md") {
    try {
        source.resolve(spec, document);
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

MemorySource history(int revisions) {
    MemorySource source;
    for (int i = 1; i <= revisions; ++i) {
        source.add("essay.md", "Revision " + std::to_string(i) + ".\n",
                   "Message " + std::to_string(i), 1700000000 + i);
    }
    return source;
}

TEST(EditDistance, CountsInsertionsDeletionsAndSubstitutions) {
    EXPECT_EQ(redraft::text::edit_distance("", ""), 0u);
    EXPECT_EQ(redraft::text::edit_distance("draft", "draft"), 0u);
    EXPECT_EQ(redraft::text::edit_distance("drfat", "draft"), 2u);
    EXPECT_EQ(redraft::text::edit_distance("final", "finale"), 1u);
    EXPECT_EQ(redraft::text::edit_distance("abc", ""), 3u);
    // Characters, not bytes: a name typed without its diacritics is close to the name.
    EXPECT_EQ(redraft::text::edit_distance("Nguyen", "Nguyễn"), 1u);
    EXPECT_EQ(redraft::text::edit_distance("Łukasz", "Lukasz"), 1u);
    EXPECT_EQ(redraft::text::nearest("Nguyen Thi Lan", {"Nguyễn Thị Lan", "Lan"}),
              "Nguyễn Thị Lan");
}

TEST(EditDistance, AnAbbreviationSuggestsTheOneWordItStarts) {
    const std::vector<std::string> dimensions = {"favorability", "certainty", "russia_stance"};
    EXPECT_EQ(redraft::text::nearest("fav", dimensions), "favorability");
    EXPECT_EQ(redraft::text::nearest("favr", dimensions), "favorability"); // a typo in it too
    EXPECT_EQ(redraft::text::nearest("certan", dimensions), "certainty");
    EXPECT_EQ(redraft::text::nearest("russia", dimensions), "russia_stance");
    // Too short, like nothing, or the start of two words alike: no suggestion.
    EXPECT_EQ(redraft::text::nearest("fa", dimensions), "");
    EXPECT_EQ(redraft::text::nearest("xyz", dimensions), "");
    EXPECT_EQ(redraft::text::nearest("pro", {"prologue", "prose"}), "");
    // A whole word close enough still wins over a longer word it starts.
    EXPECT_EQ(redraft::text::nearest("draft", {"drafts", "draftsman"}), "drafts");
}

TEST(NumberSpecs, RecognizesNumbersAndCountsBack) {
    EXPECT_TRUE(redraft::store::is_number_spec("3"));
    EXPECT_TRUE(redraft::store::is_number_spec("-1"));
    EXPECT_FALSE(redraft::store::is_number_spec("-"));
    EXPECT_FALSE(redraft::store::is_number_spec("3a"));
    EXPECT_FALSE(redraft::store::is_number_spec("HEAD~2"));
    EXPECT_EQ(redraft::store::number_index("1", 5, "essay.md"), 0u);
    EXPECT_EQ(redraft::store::number_index("5", 5, "essay.md"), 4u);
    EXPECT_EQ(redraft::store::number_index("-1", 5, "essay.md"), 3u);
    EXPECT_EQ(redraft::store::number_index("-4", 5, "essay.md"), 0u);
    EXPECT_EQ(redraft::store::number_index("-0", 5, "essay.md"), 4u);
    EXPECT_EQ(redraft::store::number_index("draft", 5, "essay.md"), std::nullopt);
}

TEST(NumberSpecs, OutOfRangeSaysTheRange) {
    const auto source = history(3);
    EXPECT_EQ(error_of(source, "4"), "there is no revision 4 of essay.md: its revisions are "
                                     "numbered 1 to 3, or -1 to -2 counting back from the latest");
    EXPECT_EQ(error_of(source, "0"), "there is no revision 0 of essay.md: its revisions are "
                                     "numbered 1 to 3, or -1 to -2 counting back from the latest");
    EXPECT_EQ(error_of(source, "-3"), "there is no revision -3 of essay.md: its revisions are "
                                      "numbered 1 to 3, or -1 to -2 counting back from the latest");
}

TEST(MemorySource, NumbersFromTheOldest) {
    const auto source = history(4);
    const auto log = source.log("essay.md");
    ASSERT_EQ(log.size(), 4u);
    EXPECT_EQ(log.front().number, 1u);
    EXPECT_EQ(log.front().message, "Message 1");
    EXPECT_EQ(source.resolve("2", "essay.md").message, "Message 2");
    EXPECT_EQ(source.resolve("-1", "essay.md").message, "Message 3");
    EXPECT_EQ(source.read(source.resolve("4", "essay.md")), "Revision 4.\n");
}

TEST(MemorySource, ResolvesLabelsAndIdPrefixes) {
    auto source = history(3);
    source.add_label("essay.md", 2, "draft");
    EXPECT_EQ(source.resolve("draft", "essay.md").number, 2u);
    EXPECT_EQ(source.resolve("draft", "essay.md").labels, std::vector<std::string>{"draft"});
    const auto third = source.resolve("3", "essay.md");
    EXPECT_EQ(source.resolve(third.id.substr(0, 8), "essay.md").number, 3u);
    EXPECT_EQ(source.resolve(third.short_id, "essay.md").id, third.id);
    // A label moves: it names one revision at a time.
    source.add_label("essay.md", 3, "draft");
    EXPECT_EQ(source.resolve("draft", "essay.md").number, 3u);
}

TEST(MemorySource, UnknownSpecNamesTheNearestLabelsAndNumbers) {
    auto source = history(3);
    source.add_label("essay.md", 1, "draft");
    source.add_label("essay.md", 3, "final");
    EXPECT_EQ(error_of(source, "drfat"),
              "unknown revision 'drfat' of essay.md in the in-memory source 'memory'; did you "
              "mean 'draft'? (its revisions are numbered 1 to 3, or -1 to -2 counting back from "
              "the latest; labels: draft, final)");
    EXPECT_EQ(error_of(source, "x"),
              "unknown revision 'x' of essay.md in the in-memory source 'memory'; did you mean "
              "'1', '2', '3'? (its revisions are numbered 1 to 3, or -1 to -2 counting back from "
              "the latest; labels: draft, final)");
    EXPECT_EQ(error_of(source, "completely-different"),
              "unknown revision 'completely-different' of essay.md in the in-memory source "
              "'memory' (its revisions are numbered 1 to 3, or -1 to -2 counting back from the "
              "latest; labels: draft, final)");
}

TEST(MemorySource, UnknownSpecSuggestsTheLabelsItBegins) {
    auto source = history(3);
    source.add_label("essay.md", 1, "riga-summit");
    source.add_label("essay.md", 2, "hague-summit");
    source.add_label("essay.md", 3, "final");
    const std::string range = " (its revisions are numbered 1 to 3, or -1 to -2 counting back "
                              "from the latest; labels: final, hague-summit, riga-summit)";
    const std::string unknown = "unknown revision '";
    const std::string in = "' of essay.md in the in-memory source 'memory'";
    // The beginning of one label, in any case, though far from it by edit distance.
    EXPECT_EQ(error_of(source, "riga"),
              unknown + "riga" + in + "; did you mean 'riga-summit'?" + range);
    EXPECT_EQ(error_of(source, "HAGUE"),
              unknown + "HAGUE" + in + "; did you mean 'hague-summit'?" + range);
    EXPECT_EQ(error_of(source, "f"), unknown + "f" + in + "; did you mean 'final'?" + range);
    // The beginning of a word of several labels (from three characters on).
    EXPECT_EQ(error_of(source, "summ"),
              unknown + "summ" + in + "; did you mean 'hague-summit', 'riga-summit'?" + range);
    // A near miss is still found by edit distance.
    EXPECT_EQ(error_of(source, "riga-sumit"),
              unknown + "riga-sumit" + in + "; did you mean 'riga-summit'?" + range);
    EXPECT_EQ(error_of(source, "unrelated"), unknown + "unrelated" + in + range);
}

TEST(MemorySource, ASpecBeginningManyLabelsFallsBackToTheNearest) {
    auto source = history(1);
    for (const auto* label : {"v-1.0", "v-1.1", "v-1.2", "v-2.0"}) {
        source.add_label("essay.md", 1, label);
    }
    EXPECT_EQ(error_of(source, "v-1.3"),
              "unknown revision 'v-1.3' of essay.md in the in-memory source 'memory'; did you "
              "mean 'v-1.0', 'v-1.1', 'v-1.2'? (its only revision is 1; labels: v-1.0, v-1.1, "
              "v-1.2, v-2.0)");
}

TEST(MemorySource, AmbiguousPrefixListsTheCandidates) {
    // Find two revisions whose ids share a 4-character prefix.
    MemorySource source;
    std::map<std::string, int> seen;
    std::string prefix;
    for (int i = 1; prefix.empty(); ++i) {
        const auto info = source.add("essay.md", "Revision " + std::to_string(i) + ".\n");
        if (!seen.emplace(info.id.substr(0, 4), i).second) {
            prefix = info.id.substr(0, 4);
        }
    }
    const std::string message = error_of(source, prefix);
    EXPECT_TRUE(message.starts_with("the commit id prefix '" + prefix +
                                    "' is ambiguous: it matches\n  " + prefix))
        << message;
    EXPECT_TRUE(message.ends_with("\ngive more characters of the id")) << message;
    try {
        source.resolve(prefix, "essay.md");
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::usage);
    }
}

TEST(MemorySource, UnknownDocument) {
    const auto source = history(1);
    EXPECT_EQ(error_of(source, "1", "notes.md"),
              "notes.md has no revisions in the in-memory source 'memory'; record one first");
    EXPECT_EQ(source.documents(), std::vector<std::string>{"essay.md"});
}

} // namespace
