#include <redraft/claims/config.hpp>
#include <redraft/error.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "temp_dir.hpp"

namespace redraft::claims {
namespace {

std::string config_error(const std::string& text) {
    try {
        parse_config(text, "redraft.toml");
    } catch (const Error& error) {
        return error.what();
    }
    return "no error";
}

TEST(Config, ReadsSubjectsDimensionsAndLexicon) {
    const Config config = parse_config(R"([[subject]]
name = "Mark Rutte"
aliases = ["Rutte"]
titles = ["the Dutch prime minister"]
pronouns = ["he", "him"]

[[subject]]
name = "Vladimir Putin"

[[dimension]]
name = "russia_stance"
negative = "conciliatory"
positive = "confrontational"

[lexicon]
files = ["stance.tsv", "/abs/other.tsv"]
)",
                                       "/project/redraft.toml");
    ASSERT_EQ(config.subjects.size(), 2u);
    EXPECT_EQ(config.subjects[0].aliases, std::vector<std::string>{"Rutte"});
    EXPECT_EQ(config.subjects[0].titles[0], "the Dutch prime minister");
    EXPECT_TRUE(config.subjects[1].pronouns.empty());
    ASSERT_EQ(config.dimensions.size(), 1u);
    EXPECT_EQ(config.dimensions[0].positive, "confrontational");
    ASSERT_EQ(config.lexicon_files.size(), 2u);
    EXPECT_EQ(config.lexicon_files[0].path, "/project/stance.tsv");
    EXPECT_EQ(config.lexicon_files[0].written, "stance.tsv");
    EXPECT_EQ(config.lexicon_files[1].path, "/abs/other.tsv");
    EXPECT_EQ(config.lexicon_files[1].line, 16u);
}

TEST(Config, UnknownKeysSuggestTheNearest) {
    EXPECT_EQ(config_error("[[subject]]\nname = \"A\"\nalias = [\"B\"]\n"),
              "redraft.toml:3: unknown key 'alias' in [[subject]]; did you mean 'aliases'? "
              "(valid keys: name, aliases, titles, pronouns)");
    EXPECT_EQ(config_error("[[subjects]]\nname = \"A\"\n"),
              "redraft.toml:1: unknown key 'subjects' in the configuration; did you mean "
              "'subject'? (valid keys: subject, dimension, lexicon, analysis)");
    EXPECT_EQ(config_error("[lexicon]\nfile = [\"a.tsv\"]\n"),
              "redraft.toml:2: unknown key 'file' in [lexicon]; did you mean 'files'? (valid "
              "keys: files)");
    EXPECT_EQ(config_error("[[dimension]]\nname = \"x\"\npositve = \"y\"\n"),
              "redraft.toml:3: unknown key 'positve' in [[dimension]]; did you mean "
              "'positive'? (valid keys: name, negative, positive, description)");
    EXPECT_EQ(config_error("colour = 1\n"),
              "redraft.toml:1: unknown key 'colour' in the configuration (valid keys: subject, "
              "dimension, lexicon, analysis)");
}

TEST(Config, PronounsAcrossParagraphsIsOptIn) {
    EXPECT_FALSE(parse_config("", "redraft.toml").analysis.pronouns_across_paragraphs);
    EXPECT_FALSE(parse_config("[analysis]\n", "redraft.toml").analysis.pronouns_across_paragraphs);
    EXPECT_TRUE(parse_config("[analysis]\npronouns_across_paragraphs = true\n", "redraft.toml")
                    .analysis.pronouns_across_paragraphs);
    EXPECT_FALSE(parse_config("[analysis]\npronouns_across_paragraphs = false\n", "redraft.toml")
                     .analysis.pronouns_across_paragraphs);
    EXPECT_EQ(config_error("[analysis]\npronouns_across_paragraph = true\n"),
              "redraft.toml:2: unknown key 'pronouns_across_paragraph' in [analysis]; did you "
              "mean 'pronouns_across_paragraphs'? (valid keys: pronouns_across_paragraphs)");
    EXPECT_EQ(config_error("[analyses]\npronouns_across_paragraphs = true\n"),
              "redraft.toml:1: unknown key 'analyses' in the configuration; did you mean "
              "'analysis'? (valid keys: subject, dimension, lexicon, analysis)");
    EXPECT_EQ(config_error("[analysis]\npronouns_across_paragraphs = \"yes\"\n"),
              "redraft.toml:2: 'pronouns_across_paragraphs' in [analysis] must be true or false");
    EXPECT_EQ(config_error("analysis = 1\n"),
              "redraft.toml:1: 'analysis' must be a table, written [analysis]");
}

TEST(Config, TypeErrorsNameLineAndKey) {
    EXPECT_EQ(config_error("[[subject]]\nname = 3\n"),
              "redraft.toml:2: 'name' in [[subject]] must be a string");
    EXPECT_EQ(config_error("[[subject]]\naliases = [\"x\"]\n"),
              "redraft.toml:1: [[subject]] has no 'name'");
    EXPECT_EQ(config_error("[[subject]]\nname = \"A\"\naliases = \"B\"\n"),
              "redraft.toml:3: 'aliases' in [[subject]] must be an array of strings, like "
              "[\"a\", \"b\"]");
    EXPECT_EQ(config_error("[[subject]]\nname = \"A\"\naliases = [\"B\", 2]\n"),
              "redraft.toml:3: 'aliases' in [[subject]] must be an array of strings, like "
              "[\"a\", \"b\"]");
    EXPECT_EQ(config_error("subject = \"Rutte\"\n"),
              "redraft.toml:1: 'subject' must be a list of tables, written [[subject]]");
    EXPECT_EQ(config_error("[[dimension]]\nname = \"Russia Stance\"\n"),
              "redraft.toml:2: dimension name 'Russia Stance' must be lower-case letters, "
              "digits and '_', like russia_stance");
    EXPECT_EQ(config_error("[[dimension]]\nname = \"certainty\"\n"),
              "redraft.toml:2: dimension 'certainty' is built in; choose another name");
    EXPECT_EQ(config_error("[[subject]]\nname = \"A\"\n[[subject]]\nname = \"A\"\n"),
              "redraft.toml:4: subject 'A' is defined twice");
    EXPECT_EQ(config_error("[lexicon]\nfiles = \"a.tsv\"\n"),
              "redraft.toml:2: 'files' in [lexicon] must be an array of strings, like [\"a\", "
              "\"b\"]");
}

TEST(Config, SyntaxErrorsNameTheLine) {
    const std::string message = config_error("[[subject]]\nname = \"A\n[[dimension]]\n");
    EXPECT_EQ(message.rfind("redraft.toml:2: ", 0), 0u) << message;
    EXPECT_EQ(config_error("a = 1\nb 2\n").rfind("redraft.toml:2: ", 0), 0u);
}

TEST(Config, AStringLeftOpenSaysSoAtTheLineWhereItOpens) {
    const std::string hint = "a string is not closed with \"; add the closing \" where the "
                             "value ends (Error while parsing string: ";
    // Before the end of its line, and at the end of the file.
    EXPECT_EQ(config_error("[[subject]]\nname = \"Mark Rutte\naliases = [\"Rutte\"]\n"),
              "redraft.toml:2: " + hint +
                  "unescaped control characters other than TAB (U+0009) are explicitly "
                  "prohibited)");
    EXPECT_EQ(config_error("[[subject]]\nname = \"Mark Rutte"),
              "redraft.toml:2: " + hint + "encountered end-of-file)");
    // After letters of several bytes; with CRLF line ends; inside an array.
    EXPECT_EQ(config_error("[[subject]]\nname = \"Volodymyr Zelenskyy — Зеленський\r\n")
                  .rfind("redraft.toml:2: " + hint, 0),
              0u);
    EXPECT_EQ(config_error("[[subject]]\nname = \"A\"\naliases = [\"B\", \"C]\n")
                  .rfind("redraft.toml:3: " + hint, 0),
              0u);
    // A literal string, and a multi-line one: the line where it opens, not the end of the file.
    EXPECT_EQ(config_error("[[subject]]\nname = 'Mark Rutte\n")
                  .rfind("redraft.toml:2: a string is not closed with '; add the closing '", 0),
              0u);
    EXPECT_EQ(config_error("[[dimension]]\nname = \"x\"\ndescription = \"\"\"one\ntwo\n\nthree\n")
                  .rfind("redraft.toml:3: a multi-line string is not closed with \"\"\"; add the "
                         "closing \"\"\"",
                         0),
              0u);
    // Quotes on the lines after it do not hide where it opened.
    EXPECT_EQ(config_error("[[subject]]\nname = \"\"\"Mark\nRutte\naliases = [\"Rutte\"]\n")
                  .rfind("redraft.toml:2: a multi-line string is not closed with \"\"\"", 0),
              0u);
}

// Text without its quotes is the value TOML cannot read most often: the message shows the line
// as it should be written, a comment after the value left out.
TEST(Config, AValueWithoutQuotesSaysHowToWriteIt) {
    EXPECT_EQ(config_error("[[subject]]\nname = Mark Rutte\n"),
              "redraft.toml:2: the value of 'name' is not one TOML reads; text goes in double "
              "quotes: name = \"Mark Rutte\" (Error while parsing value: could not determine "
              "value type)");
    EXPECT_EQ(config_error("[[dimension]]\nname = \"x\"\nnegative = dovish # soft\r\n"),
              "redraft.toml:3: the value of 'negative' is not one TOML reads; text goes in double "
              "quotes: negative = \"dovish\" (Error while parsing value: could not determine "
              "value type)");
    // A line the hint cannot mend names the kinds of value.
    EXPECT_EQ(config_error("[[subject]]\nname = \"A\"\naliases = [B]\n"),
              "redraft.toml:3: Error while parsing value: could not determine value type; a "
              "value is a \"quoted string\", a number, true or false, or a [list] of them");
}

TEST(Config, AControlCharacterInAStringIsNotCalledUnclosed) {
    const std::string message = config_error("[[subject]]\nname = \"A\x01B\"\n");
    EXPECT_EQ(message.rfind("redraft.toml:2: Error while parsing string", 0), 0u) << message;
}

TEST(Config, AMissingLexiconFileIsNamedAtItsEntry) {
    const redraft::testing::TempDir temp;
    const std::filesystem::path& folder = temp.path();
    {
        std::ofstream(folder / "present.tsv") << "";
        std::ofstream(folder / "redraft.toml")
            << "[[subject]]\nname = \"A\"\n\n[lexicon]\nfiles = [\n  \"present.tsv\",\n"
               "  \"missing.tsv\",\n]\n";
    }
    std::string message;
    try {
        load_config(folder / "redraft.toml");
    } catch (const Error& error) {
        message = error.what();
    }
    const std::string file = (folder / "redraft.toml").string();
    EXPECT_EQ(message, file +
                           ":7: the lexicon file 'missing.tsv' in [lexicon] files does not "
                           "exist (looked for " +
                           (folder / "missing.tsv").string() +
                           ": a relative path is read from the configuration's folder); correct "
                           "the path, or remove the entry, or create the file");
}

// A --config that names no file says where it was looked for and what to do, not only that it
// "does not exist".
TEST(Config, AMissingConfigurationFileSaysWhereAndWhatToDo) {
    std::string message;
    try {
        load_config("no-such-dir/redraft.toml");
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::not_found);
        message = error.what();
    }
    EXPECT_EQ(message,
              "configuration file no-such-dir/redraft.toml does not exist (looked for " +
                  (std::filesystem::current_path() / "no-such-dir" / "redraft.toml").string() +
                  ": a relative --config is read from the current folder); correct the path "
                  "given to --config, or leave --config out to read redraft.toml beside the "
                  "store or at the top of the git work tree");
}

TEST(Config, FindsTheFileBesideTheStoreThenInTheCurrentFolder) {
    EXPECT_EQ(find_config("given.toml", "/nowhere", "/nowhere"),
              std::filesystem::path("given.toml"));
    EXPECT_FALSE(find_config("", "/nonexistent-a", "/nonexistent-b").has_value());
    const auto fixtures = std::filesystem::path(REDRAFT_SOURCE_DIR) / "fixtures" / "rutte";
    EXPECT_EQ(find_config("", fixtures, fixtures.parent_path()),
              std::filesystem::path("rutte/redraft.toml"));
    EXPECT_EQ(find_config("", "", fixtures), std::filesystem::path("redraft.toml"));
}

TEST(Config, TheRutteFixtureConfigurationLoads) {
    const auto config = load_config(std::filesystem::path(REDRAFT_SOURCE_DIR) / "fixtures" /
                                    "rutte" / "redraft.toml");
    EXPECT_EQ(config.subjects.size(), 3u);
    EXPECT_EQ(config.dimensions.size(), 1u);
    EXPECT_EQ(config.lexicon_files.size(), 1u);
}

} // namespace
} // namespace redraft::claims
