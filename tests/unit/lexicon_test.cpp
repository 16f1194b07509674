#include <redraft/claims/claims.hpp>
#include <redraft/claims/lexicon.hpp>
#include <redraft/document/document.hpp>
#include <redraft/error.hpp>
#include <redraft/text/ascii.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "analysed_text.hpp"

namespace redraft::claims {
namespace {

constexpr const char* kHeader = "id\tterm\tkind\tpolarity\tdimension\tnote\n";

// The characterizations of sentence `s` of the first paragraph, each as "id weight" ("~" for an
// ambivalent term).
std::vector<std::string> judgements(const testing::AnalysedText& a, std::uint32_t s) {
    std::vector<std::string> out;
    for (const auto& cue : a.analysis.claim(0, s).cues) {
        if (cue.kind == CueKind::characterization) {
            std::ostringstream weight;
            weight << cue.weight;
            out.push_back(std::string(cue.id) + " " + (cue.ambivalent ? "~" : weight.str()));
        }
    }
    return out;
}

using Judgements = std::vector<std::string>;

std::string load_error(const std::string& rows) {
    Lexicon lexicon;
    try {
        lexicon.load_text(std::string(kHeader) + rows, "test.tsv", LexiconOrigin::shipped);
    } catch (const Error& error) {
        return error.what();
    }
    return "no error";
}

TEST(WordKey, StripsInflectionsAlikeOnBothSides) {
    EXPECT_EQ(word_key("accuses"), word_key("accused"));
    EXPECT_EQ(word_key("accusing"), word_key("accuse"));
    EXPECT_EQ(word_key("Rutte's"), "rutt");
    EXPECT_EQ(word_key("Rutte\xe2\x80\x99s"), word_key("Rutte"));
    EXPECT_EQ(word_key("allies'"), word_key("allies"));
    EXPECT_EQ(word_key("press"), "press");
    EXPECT_EQ(word_key("De-escalatory"), "de-escalatory");
    EXPECT_EQ(word_key("is"), "is");
}

TEST(WordKey, AShortWordNeverBecomesAnotherOne) {
    // "noted" read as "not" flipped the next characterization.
    EXPECT_NE(word_key("noted"), word_key("not"));
    EXPECT_NE(word_key("notes"), word_key("not"));
    EXPECT_NE(word_key("noting"), word_key("not"));
    EXPECT_EQ(word_key("noted"), word_key("note"));
    EXPECT_EQ(word_key("hoped"), word_key("hope"));
    EXPECT_EQ(word_key("votes"), word_key("vote"));
    EXPECT_EQ(word_key("fails"), word_key("failed"));
    EXPECT_EQ(word_key("failing"), word_key("fail"));
}

TEST(WordKey, IngFormsAreTold) {
    EXPECT_TRUE(is_ing_form("striking"));
    EXPECT_TRUE(is_ing_form("Shortcomings"));
    EXPECT_FALSE(is_ing_form("strike"));
    EXPECT_FALSE(is_ing_form("bring")); // too short to be an -ing form of another word
    EXPECT_EQ(ing_form_words("posturing"), 1U);
    EXPECT_EQ(ing_form_words("overly accommodating"), 2U);
    EXPECT_EQ(ing_form_words("view * as"), 0U);
}

TEST(Lexicon, AnIngTermMatchesOnlyIngForms) {
    // "posture" and "posturing" share a key, as "strike" and "striking" do; the noun is neutral.
    const auto a = testing::analyse_text(
        "c.posturing\tposturing\tcharacterization\t-0.5\tfavorability\t\n"
        "c.accommodating\taccommodating\tcharacterization\tambivalent\tfavorability\t\n"
        "c.accommodate\taccommodate\tcharacterization\t-1\tfavorability\t\n",
        "Rutte kept his posture. Rutte was posturing. Rutte was accommodating. Rutte "
        "accommodated them.\n",
        {Subject{"Mark Rutte", {"Rutte"}, {}, {"he", "him", "his"}}});
    EXPECT_EQ(testing::cue_ids(*a, 0), std::vector<std::string>{});
    EXPECT_EQ(testing::cue_ids(*a, 1), std::vector<std::string>{"c.posturing"});
    // Beside a row for the base word, the -ing row takes the -ing form and the base row the rest.
    EXPECT_EQ(testing::cue_ids(*a, 2), std::vector<std::string>{"c.accommodating"});
    EXPECT_EQ(testing::cue_ids(*a, 3), std::vector<std::string>{"c.accommodate"});
}

TEST(Lexicon, AQuotedTermMatchesOnlyAsWritten) {
    // An adjective has no plural: "patients" and "principles" share the keys of "patient" and
    // "principled", and a quoted row meets neither.
    const auto a = testing::analyse_text(
        "c.patient\t\"patient\"\tcharacterization\t+0.5\tfavorability\t\n"
        "c.principled\t\"principled\"\tcharacterization\t+1\tfavorability\t\n"
        "c.blunder\tblunder\tcharacterization\t-1\tfavorability\t\n",
        "Rutte enrolled 48 patients. Rutte was Patient. Rutte had principles. Rutte was "
        "principled. Rutte made blunders.\n",
        {Subject{"Mark Rutte", {"Rutte"}, {}, {"he", "him", "his"}}});
    EXPECT_EQ(testing::cue_ids(*a, 0), std::vector<std::string>{});
    EXPECT_EQ(testing::cue_ids(*a, 1), std::vector<std::string>{"c.patient"});
    EXPECT_EQ(testing::cue_ids(*a, 2), std::vector<std::string>{});
    EXPECT_EQ(testing::cue_ids(*a, 3), std::vector<std::string>{"c.principled"});
    EXPECT_EQ(testing::cue_ids(*a, 4), std::vector<std::string>{"c.blunder"}); // unquoted
    Lexicon lexicon;
    lexicon.load_text(kHeader + std::string("c.p\t\"patient\"\tcharacterization\t+0.5\t"
                                            "favorability\t\n"),
                      "t.tsv", LexiconOrigin::shipped);
    EXPECT_EQ(lexicon.entry(0).term, "patient"); // shown without its quotes
    EXPECT_THROW(lexicon.load_text(kHeader + std::string("c.v\t\"view * as\"\tattribution\t0"
                                                         "\t\t\n"),
                                   "t.tsv", LexiconOrigin::shipped),
                 Error);
}

TEST(Lexicon, ReadsRowsAndSkipsComments) {
    Lexicon lexicon;
    lexicon.load_text(std::string("# a comment\n") + kHeader +
                          "c.prudent\tprudent\tcharacterization\t+0.5\tfavorability\tcareful\n"
                          "# another\n"
                          "c.pl\tprudent legalist\tcharacterization\t+1\tfavorability\t\n"
                          "c.prag\tpragmatic\tcharacterization\tambivalent\tfavorability\tx\n"
                          "h.may\tmay\thedge\t-0.5\t\tmodal\n"
                          "i.highly\thighly\tintensifier\t1.5\t\tdegree\n"
                          "n.not\tnot\tnegation\t-1\t\tnegation\n",
                      "t.tsv", LexiconOrigin::shipped);
    ASSERT_EQ(lexicon.size(), 6u);
    EXPECT_EQ(lexicon.entry(1).keys.size(), 2u);
    EXPECT_TRUE(lexicon.entry(2).ambivalent);
    EXPECT_FALSE(lexicon.entry(2).polarity.has_value());
    EXPECT_EQ(lexicon.entry(3).dimension, "certainty");
    EXPECT_DOUBLE_EQ(lexicon.entry(4).multiplier, 1.5);
    const auto* candidates = lexicon.candidates("prudent");
    ASSERT_NE(candidates, nullptr);
    ASSERT_EQ(candidates->size(), 2u);
    EXPECT_EQ(lexicon.entry(candidates->front()).term, "prudent legalist"); // longest first
}

TEST(Lexicon, UserRowsReplaceShippedRowsOnTheSameDimension) {
    Lexicon lexicon;
    lexicon.load_text(std::string(kHeader) +
                          "c.acc\taccommodating\tcharacterization\tambivalent\tfavorability\t\n",
                      "shipped.tsv", LexiconOrigin::shipped);
    lexicon.load_text(std::string(kHeader) +
                          "u.acc\taccommodating\tcharacterization\t-1\tfavorability\t\n"
                          "u.acc2\taccommodating\tcharacterization\t-1\trussia_stance\t\n",
                      "user.tsv", LexiconOrigin::user);
    const auto* candidates = lexicon.candidates(word_key("accommodating"));
    ASSERT_NE(candidates, nullptr);
    ASSERT_EQ(candidates->size(), 2u);
    EXPECT_EQ(lexicon.entry((*candidates)[0]).id, "u.acc");
    EXPECT_EQ(lexicon.entry((*candidates)[1]).id, "u.acc2");
}

// An empty user file, or one with only its header or comments, counts for nothing: an error
// that names the file and what to do, never a lexicon silently ignored (task q20).
TEST(Lexicon, AUserFileWithNoRowsIsAnError) {
    const auto error_of = [](const std::string& text, LexiconOrigin origin) {
        Lexicon lexicon;
        try {
            lexicon.load_text(text, "mine.tsv", origin);
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), ErrorKind::config);
            return std::string(error.what());
        }
        return std::string("no error");
    };
    const std::string advice =
        "; add rows (docs/lexicon.md: 'id<TAB>term<TAB>kind<TAB>polarity<TAB>dimension<TAB>note' "
        "first, then one row per line), or remove the file from [lexicon] files";
    EXPECT_EQ(error_of("", LexiconOrigin::user),
              "mine.tsv: the lexicon file has no rows, not even the header line" + advice);
    EXPECT_EQ(error_of("# mine\n\n", LexiconOrigin::user),
              "mine.tsv: the lexicon file has no rows, not even the header line" + advice);
    EXPECT_EQ(error_of(std::string(kHeader) + "# none yet\n", LexiconOrigin::user),
              "mine.tsv: the lexicon file has no rows below its header" + advice);
    EXPECT_EQ(error_of(std::string(kHeader) + "u.a\ta\thedge\t-1\t\t\n", LexiconOrigin::user),
              "no error");
}

// The rows by term are indexed only from the first user row on: rows read after it, shipped or
// not, are found by the user rows after them.
TEST(Lexicon, AUserRowReplacesTheRowsReadAfterTheFirstUserRow) {
    Lexicon lexicon;
    lexicon.load_text(std::string(kHeader) +
                          "u.acc\taccommodating\tcharacterization\t-1\tfavorability\t\n",
                      "user.tsv", LexiconOrigin::user);
    lexicon.load_text(std::string(kHeader) +
                          "s.acc\taccommodating\tcharacterization\tambivalent\tfavorability\t\n"
                          "s.firm\tfirm\tcharacterization\t0.5\tfavorability\t\n",
                      "shipped.tsv", LexiconOrigin::shipped);
    lexicon.load_text(std::string(kHeader) +
                          "v.acc\taccommodating\tcharacterization\t-0.5\tfavorability\t\n",
                      "later.tsv", LexiconOrigin::user);
    const auto* candidates = lexicon.candidates(word_key("accommodating"));
    ASSERT_NE(candidates, nullptr);
    ASSERT_EQ(candidates->size(), 1u);
    EXPECT_EQ(lexicon.entry(candidates->front()).id, "v.acc");
    ASSERT_NE(lexicon.candidates(word_key("firm")), nullptr);
}

TEST(Lexicon, ErrorsNameFileAndLine) {
    EXPECT_EQ(load_error("x\tterm\tcharacterisation\t+1\tfavorability\t\n"),
              "test.tsv:2, column 3 (kind): unknown kind 'characterisation'; did you mean "
              "'characterization'? "
              "(kinds: characterization, hedge, evidential, booster, attribution, negation, "
              "intensifier, downtoner)");
    EXPECT_EQ(load_error("x\tterm\thedge\n"),
              "test.tsv:2, column 4 (polarity): the row has 3 tab-separated fields where 5 or 6 "
              "are needed (id, term, kind, polarity, dimension, note); part the fields with one "
              "tab each, and keep the tab of an empty field (a hedge with no dimension and no "
              "note ends in '<TAB>-0.5<TAB>')");
    EXPECT_EQ(load_error("x\tterm\thedge\tsome\t\t\n"),
              "test.tsv:2, column 4 (polarity): polarity 'some' is not a number or "
              "'ambivalent'; give a number from -1 to 0, such as -0.5");
    EXPECT_EQ(load_error("x\tterm\tcharacterization\t+2\tfavorability\t\n"),
              "test.tsv:2, column 4 (polarity): polarity +2 is outside [-1, 1]; give a number "
              "from -1 to +1, such as +1 or -0.5, or 'ambivalent'");
    EXPECT_EQ(load_error("x\tterm\tcharacterization\t\tfavorability\t\n"),
              "test.tsv:2, column 4 (polarity): the polarity of 'term' is empty; give a number "
              "from -1 to +1, such as +1 or -0.5, or 'ambivalent'");
    EXPECT_EQ(load_error("x\ta\thedge\t-1\t\t\nx\tb\thedge\t-1\t\t\n"),
              "test.tsv:3, column 1 (id): duplicate id 'x' (first at test.tsv:2); give one of "
              "the rows an id of its own");
    EXPECT_EQ(load_error("x\tvery\tintensifier\tambivalent\t\t\n"),
              "test.tsv:2, column 4 (polarity): an intensifier cannot be ambivalent; give a "
              "multiplier above 1, such as 1.5");
    EXPECT_EQ(load_error("x\tview *\tattribution\t0\t\t\n"),
              "test.tsv:2, column 2 (term): the term 'view *' starts or ends with '*'; a '*' "
              "stands for one to "
              "three words between two words of the term ('view * as')");
    Lexicon lexicon;
    try {
        lexicon.load_text("id\tterm\n", "bad.tsv", LexiconOrigin::shipped);
        FAIL();
    } catch (const Error& error) {
        EXPECT_STREQ(error.what(), "bad.tsv:1: expected the header line "
                                   "'id<TAB>term<TAB>kind<TAB>polarity<TAB>dimension<TAB>note'; "
                                   "write it, its words parted by tabs, as the first line that "
                                   "is no comment");
    }
}

// Each error names the column (the field) at fault and what to write there (task q22): a row's
// fields parted by spaces, one too many, an empty id or term, and a polarity of each sort.
TEST(Lexicon, ErrorsNameTheColumnAndWhatToDo) {
    EXPECT_EQ(load_error("x term hedge -1\n"),
              "test.tsv:2, column 2 (term): the row has 1 tab-separated field where 5 or 6 are "
              "needed (id, term, kind, polarity, dimension, note); part the fields with tabs, "
              "not spaces");
    EXPECT_EQ(load_error("x\tterm\thedge\t-1\t\tnote\textra\n"),
              "test.tsv:2, column 7 (after the note): the row has 7 tab-separated fields where 5 "
              "or 6 are needed (id, term, kind, polarity, dimension, note); remove the extra tabs "
              "(a note holds no tab)");
    EXPECT_EQ(load_error("\tterm\thedge\t-1\t\t\n"),
              "test.tsv:2, column 1 (id): the id is empty; every row needs a stable id "
              "(docs/lexicon.md: a kind prefix and the term, 'char.prudent-legalist')");
    EXPECT_EQ(load_error("x\t\thedge\t-1\t\t\n"),
              "test.tsv:2, column 2 (term): the term of 'x' is empty; write the word or phrase "
              "the row matches");
    EXPECT_EQ(load_error("x\tterm\tbooster\tstrong\t\t\n"),
              "test.tsv:2, column 4 (polarity): polarity 'strong' is not a number or "
              "'ambivalent'; give a number from 0 to +1, such as +0.5");
    EXPECT_EQ(load_error("x\tterm\tdowntoner\t-0.5\t\t\n"),
              "test.tsv:2, column 4 (polarity): the multiplier of 'term' must be positive; give a "
              "multiplier below 1, such as 0.75");
    EXPECT_EQ(load_error("x\tterm\tnegation\tyes\t\t\n"),
              "test.tsv:2, column 4 (polarity): polarity 'yes' is not a number or 'ambivalent'; "
              "leave it empty");
    // A well-formed row of each sort still loads.
    EXPECT_EQ(load_error("a\tterm\tbooster\t+0.5\t\t\nb\tmild\tdowntoner\t0.75\t\t\n"
                         "c\tnot\tnegation\t\t\t\nd\tbrash\tcharacterization\t-0.5\t\tnote\n"),
              "no error");
}

// A user's file is text as every input is (what, where, what to do), and a byte-order mark before
// the header, as some editors save UTF-8, is no part of it.
TEST(Lexicon, AFileThatIsNotUtf8IsRefusedAndAByteOrderMarkIsSkipped) {
    EXPECT_EQ(load_error("x\tcaf\xE9\tcharacterization\t+1\tfavorability\tn\n"),
              "test.tsv:2: invalid UTF-8 at byte 42; save the file as UTF-8 (for example, from "
              "Windows-1252 or Latin-1, with `iconv -f WINDOWS-1252 -t UTF-8`)");
    Lexicon lexicon;
    lexicon.load_text(std::string("\xEF\xBB\xBF") + kHeader +
                          "x\tprudent\tcharacterization\t+1\tfavorability\tn\n",
                      "bom.tsv", LexiconOrigin::user);
    EXPECT_EQ(lexicon.size(), 1u);
}

// The ids are kept in an open-addressing table that grows as rows come: a duplicate is found
// however many rows stand between the two, across files, and a user row that replaces a row frees
// its id.
TEST(Lexicon, DuplicateIdsAreFoundAmongManyRowsAndReplacedRowsFreeTheirIds) {
    std::string rows;
    for (int i = 0; i < 300; ++i) {
        rows += "id" + std::to_string(i) + "\tterm" + std::to_string(i) + "\thedge\t-0.5\t\t\n";
    }
    EXPECT_EQ(load_error(rows + "id17\tother\thedge\t-1\t\t\n"),
              "test.tsv:302, column 1 (id): duplicate id 'id17' (first at test.tsv:19); give one "
              "of the rows an id of its own");
    Lexicon lexicon;
    lexicon.load_text(std::string(kHeader) + rows, "shipped.tsv", LexiconOrigin::shipped);
    try {
        lexicon.load_text(std::string(kHeader) + "id299\tnew\thedge\t-1\t\t\n", "user.tsv",
                          LexiconOrigin::user);
        FAIL();
    } catch (const Error& error) {
        EXPECT_STREQ(error.what(), "user.tsv:2, column 1 (id): duplicate id 'id299' (first at "
                                   "shipped.tsv:301); give one of the rows an id of its own");
    }
    Lexicon replaced;
    replaced.load_text(std::string(kHeader) + rows, "shipped.tsv", LexiconOrigin::shipped);
    // "term5" on the same kind and dimension replaces id5, whose id the next row may then take.
    replaced.load_text(std::string(kHeader) + "mine\tterm5\thedge\t-1\t\t\n" +
                           "id5\tterm5 again\thedge\t-0.25\t\t\n",
                       "user.tsv", LexiconOrigin::user);
    ASSERT_NE(replaced.candidates(word_key("term5")), nullptr);
    std::vector<std::string> ids;
    for (const std::uint32_t e : *replaced.candidates(word_key("term5"))) {
        ids.push_back(replaced.entry(e).id);
    }
    EXPECT_EQ(ids, (std::vector<std::string>{"id5", "mine"}));
}

// The rows by first key are an open-addressing table sized for every row: each of many first
// keys finds its rows (longest first), a key no term starts with finds none, and a replaced row
// is in no list.
TEST(Lexicon, EveryFirstKeyFindsItsRows) {
    std::string rows;
    for (int i = 0; i < 500; ++i) {
        const std::string word = "w" + std::to_string(i);
        rows += word + ".one\t" + word + "\thedge\t-0.5\t\t\n";
        if (i % 3 == 0) {
            rows += word + ".two\t" + word + " indeed\thedge\t-0.5\t\t\n";
        }
    }
    Lexicon lexicon;
    lexicon.load_text(std::string(kHeader) + rows, "shipped.tsv", LexiconOrigin::shipped);
    lexicon.load_text(std::string(kHeader) + "mine\tw7\thedge\t-1\t\t\n", "user.tsv",
                      LexiconOrigin::user);
    EXPECT_EQ(lexicon.first_keys(), 500u);
    std::size_t visited = 0;
    lexicon.for_each_first([&](std::string_view first, const std::vector<std::uint32_t>& list) {
        ++visited;
        EXPECT_EQ(lexicon.candidates(first), &list);
    });
    EXPECT_EQ(visited, 500u);
    for (int i = 0; i < 500; ++i) {
        const std::string word = "w" + std::to_string(i);
        const auto* candidates = lexicon.candidates(word_key(word));
        ASSERT_NE(candidates, nullptr) << word;
        std::vector<std::string> ids;
        for (const std::uint32_t e : *candidates) {
            ids.push_back(lexicon.entry(e).id);
        }
        std::vector<std::string> expected;
        if (i % 3 == 0) {
            expected.push_back(word + ".two");
        }
        expected.push_back(i == 7 ? "mine" : word + ".one");
        EXPECT_EQ(ids, expected) << word;
    }
    EXPECT_EQ(lexicon.candidates("w500"), nullptr);
    EXPECT_EQ(lexicon.candidates(""), nullptr);
    EXPECT_EQ(Lexicon().candidates("w1"), nullptr);
}

// A term of letters and spaces is cut into words without the tokenizer's windows: every shipped
// row has the keys the tokenizer gives, and so do terms with other characters.
TEST(Lexicon, TermsAreCutAsTheTokenizerCutsThem) {
    const Lexicon lexicon = load_lexicon({});
    for (const auto& entry : lexicon.entries()) {
        EXPECT_EQ(entry.keys, phrase_keys(entry.term)) << entry.id;
        EXPECT_EQ(entry.ing_forms, ing_form_words(entry.term)) << entry.id;
    }
    Lexicon own;
    own.load_text(std::string(kHeader) + "a\t  Prudent   legalist \tcharacterization\t1\t\t\n" +
                      "b\twell-meaning\tcharacterization\t1\t\t\n" +
                      "c\tview * as\tattribution\t0\t\t\n" +
                      "d\ttop-2 finish\tcharacterization\t1\t\t\n" +
                      "e\t\"Patient  people\"\tcharacterization\t1\t\t\n",
                  "test.tsv", LexiconOrigin::shipped);
    ASSERT_EQ(own.size(), 5u);
    for (const auto& entry : own.entries()) {
        EXPECT_EQ(entry.keys, phrase_keys(entry.term)) << entry.id;
    }
    EXPECT_EQ(own.entry(0).keys, (std::vector<std::string>{"prudent", "legalist"}));
    EXPECT_EQ(own.entry(4).exact_words, (std::vector<std::string>{"patient", "people"}));
}

// A row's note is a view into the lexicon's own copy of its file: it outlives the text it was
// read from and the lexicon it was read into, in a copy or a moved lexicon.
TEST(Lexicon, NotesOutliveTheTextTheyWereReadFrom) {
    Lexicon copied;
    Lexicon moved;
    {
        std::string text = std::string(kHeader) +
                           "a\tprudent\tcharacterization\t1\t\tcareful with the state's money\n";
        Lexicon lexicon;
        lexicon.load_text(text, "test.tsv", LexiconOrigin::shipped);
        text.assign(text.size(), 'x');
        copied = lexicon;
        moved = std::move(lexicon);
    }
    EXPECT_EQ(copied.entry(0).note, "careful with the state's money");
    EXPECT_EQ(moved.entry(0).note, "careful with the state's money");
}

// Polarities and multipliers as written: the plain decimals most rows write are read by a short
// path that must give the very double strtod gives.
TEST(Lexicon, NumbersAreReadAsStrtodReadsThem) {
    const std::vector<std::string> numbers = {
        "-0.35", "+0.1", "0.7",  "1",    "-1",       ".5",   "1.",         "0.333333333333333",
        "-0",    "0.05", "-.25", "+.75", "0.123456", "1e-1", "-0.0000001", "0.30000000000000004"};
    std::string rows;
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        rows += "n" + std::to_string(i) + "\tword" + std::to_string(i) + "\tcharacterization\t" +
                numbers[i] + "\tfavorability\t\n";
    }
    rows += "m\tvery\tintensifier\t1.35\t\t\n";
    Lexicon lexicon;
    lexicon.load_text(std::string(kHeader) + rows, "test.tsv", LexiconOrigin::shipped);
    ASSERT_EQ(lexicon.size(), numbers.size() + 1);
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        const std::string& written = numbers[i];
        const double expected =
            std::strtod(written.c_str() + (written.front() == '+' ? 1 : 0), nullptr);
        ASSERT_TRUE(lexicon.entry(static_cast<std::uint32_t>(i)).polarity.has_value()) << written;
        const double read = *lexicon.entry(static_cast<std::uint32_t>(i)).polarity;
        EXPECT_EQ(std::memcmp(&read, &expected, sizeof read), 0) << written; // -0 too
    }
    EXPECT_EQ(lexicon.entry(static_cast<std::uint32_t>(numbers.size())).multiplier,
              std::strtod("1.35", nullptr));
    EXPECT_EQ(load_error("x\tterm\thedge\t0.-5\t\t\n"),
              "test.tsv:2, column 4 (polarity): polarity '0.-5' is not a number or "
              "'ambivalent'; give a number from -1 to 0, such as -0.5");
    EXPECT_EQ(load_error("x\tterm\thedge\t1.2.3\t\t\n"),
              "test.tsv:2, column 4 (polarity): polarity '1.2.3' is not a number or "
              "'ambivalent'; give a number from -1 to 0, such as -0.5");
    EXPECT_EQ(load_error("x\tterm\thedge\t.\t\t\n"),
              "test.tsv:2, column 4 (polarity): polarity '.' is not a number or "
              "'ambivalent'; give a number from -1 to 0, such as -0.5");
}

TEST(Lexicon, ShippedFilesLoadAndCoverTheSeedEssay) {
    const Lexicon lexicon = load_lexicon({});
    EXPECT_GE(lexicon.size(), 400u);
    for (const char* term : {"prudent legalist", "institutionalist", "half-hearted", "stoic",
                             "de-escalatory", "it is rumored", "allegedly", "reportedly",
                             "famously", "unparalleled", "critics say", "many view"}) {
        const auto keys = phrase_keys(term);
        const auto* candidates = lexicon.candidates(keys.front());
        bool found = false;
        for (const auto index : candidates ? *candidates : std::vector<std::uint32_t>{}) {
            found = found || lexicon.entry(index).keys == keys;
        }
        EXPECT_TRUE(found) << term;
    }
}

// docs/lexicon.md gives each shipped file's row count; a row added without the table updated
// is caught here, not by a reader.
TEST(Lexicon, TheDocsCountTheShippedRows) {
    const std::filesystem::path root = REDRAFT_SOURCE_DIR;
    std::ifstream docs(root / "docs" / "lexicon.md");
    ASSERT_TRUE(docs) << "docs/lexicon.md";
    std::size_t files = 0;
    for (std::string line; std::getline(docs, line);) {
        // | `hedges.tsv` | hedge | 90 |
        if (!line.starts_with("| `") || line.find(".tsv` |") == std::string::npos) {
            continue;
        }
        const std::string name = line.substr(3, line.find('`', 3) - 3);
        const std::string count = line.substr(line.rfind('|', line.size() - 2) + 1);
        std::ifstream file(root / "data" / "lexicon" / name);
        ASSERT_TRUE(file) << name;
        std::size_t rows = 0;
        for (std::string row; std::getline(file, row);) {
            rows += !row.empty() && !row.starts_with('#') && !row.starts_with("id\t");
        }
        EXPECT_EQ(std::stoul(count), rows) << name;
        ++files;
    }
    EXPECT_EQ(files, 7u);
}

// The general vocabulary of judgement in the shipped files: comparatives are rows of their own
// (suffix stripping leaves -er alone), context-dependent words are ambivalent, and phrases settle
// a sign or absorb an economic or technical use.
TEST(Lexicon, ShippedGeneralVocabularyOfJudgement) {
    EXPECT_EQ(word_key("weaker"), "weaker");
    EXPECT_NE(word_key("weaker"), word_key("weak"));
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen was weaker than her predecessor. Halvorsen was combative. "
        "Halvorsen was aggressive. Growth came in weaker than expected, and "
        "Halvorsen waited. Halvorsen was bolder than Berg. Halvorsen was overly "
        "cautious. Halvorsen was clumsy and impatient. Halvorsen was dogged by "
        "scandal. Halvorsen was not petty.\n",
        {{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}}});
    EXPECT_EQ(judgements(*a, 0), Judgements{"char.weaker -0.5"});
    EXPECT_EQ(judgements(*a, 1), Judgements{"char.combative ~"});
    EXPECT_EQ(judgements(*a, 2), Judgements{"char.aggressive ~"});
    EXPECT_EQ(judgements(*a, 3), Judgements{"char.weaker-than-expected 0"});
    EXPECT_EQ(judgements(*a, 4), Judgements{"char.bolder 0.5"});
    EXPECT_EQ(judgements(*a, 5),
              Judgements{"char.overly-cautious -0.5"}); // 'overly' is not applied twice
    EXPECT_EQ(judgements(*a, 6), (Judgements{"char.clumsy -0.5", "char.impatient -0.5"}));
    EXPECT_EQ(judgements(*a, 7), (Judgements{"char.dogged-by 0", "char.scandal -1"}));
    EXPECT_EQ(judgements(*a, 8), Judgements{"char.petty 1"});
}

TEST(Lexicon, ShippedPrefixedWordsThatDenyNothing) {
    // Found on an unseen review: "not incredible" was litotes, mild praise (+0.25 of credible),
    // and "did not discourage dissent" mild courage. "incredible" is praise with a row of its
    // own, denied like any other; "discourage" is a verb that denies nothing of courage.
    const auto a =
        testing::analyse_with(load_lexicon({}),
                              "Halvorsen is not incredible. Halvorsen is an incredible manager. "
                              "Halvorsen did not discourage dissent.\n",
                              {{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}}});
    EXPECT_EQ(judgements(*a, 0), Judgements{"char.incredible -0.5"});
    EXPECT_EQ(judgements(*a, 1), Judgements{"char.incredible 0.5"});
    EXPECT_EQ(judgements(*a, 2), Judgements{});
}

TEST(Lexicon, ShippedLitotesOfSmallnessAndAConcedingFairness) {
    // QA pass q7: "no small achievement" denied the achievement (-0.25), and "In fairness, she
    // inherited a mess" praised her impartiality (+0.5).
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "The truce was no small achievement for Halvorsen. Halvorsen showed no "
        "little courage. In all fairness, Halvorsen inherited a mess. The truce "
        "was no achievement for Halvorsen.\n",
        {{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}}});
    EXPECT_EQ(judgements(*a, 0), Judgements{"char.achievement 0.75"});
    EXPECT_EQ(judgements(*a, 1), Judgements{"char.courage 1"});
    EXPECT_EQ(judgements(*a, 2), Judgements{"char.in-all-fairness 0"});
    // "no" alone still denies.
    EXPECT_EQ(judgements(*a, 3), Judgements{"char.achievement -0.5"});
}

TEST(Lexicon, ShippedLossOfCredibilityAndBias) {
    // QA pass q7: "Teixeira lost credibility" was praise (+0.5 for *credibility*), and "was
    // biased", "was proved wrong" and "her rigour" no judgement at all.
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen lost credibility. Halvorsen lost much of her credibility. "
        "Halvorsen lost the trust of her members. Halvorsen was biased. "
        "Halvorsen gained credibility. Halvorsen was proved wrong. Her rigour "
        "impressed them.\n",
        {{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}}});
    const DocumentAnalysis& analysis = a->analysis;
    const auto weights = [&](std::uint32_t s) {
        std::vector<double> out;
        for (const auto& cue : analysis.claim(0, s).cues) {
            if (cue.kind == CueKind::characterization) {
                out.push_back(cue.weight);
            }
        }
        return out;
    };
    using W = std::vector<double>;
    EXPECT_EQ(weights(0), W{-0.5});
    EXPECT_EQ(weights(1), W{-0.5});
    EXPECT_EQ(weights(2), W{-0.5});
    EXPECT_EQ(weights(3), W{-0.5});
    EXPECT_EQ(weights(4), W{0.5});
    EXPECT_EQ(weights(5), W{-0.5});
    EXPECT_EQ(weights(6), W{0.5});
}

TEST(Lexicon, ShippedConsensusIsABooster) {
    // QA pass q7: "Few doubt that Teixeira was timid" raised no certainty.
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Few doubt that Halvorsen was timid. No one doubts that Halvorsen was timid.\n",
        {{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}}});
    const DocumentAnalysis& analysis = a->analysis;
    EXPECT_EQ(analysis.claim(0, 0).cues.front().id, "boost.few-doubt-that");
    EXPECT_EQ(analysis.claim(0, 1).cues.front().id, "boost.no-one-doubt-that");
}

TEST(Lexicon, ShippedRememberAsIsTheRememberersView) {
    // QA pass q15 (an obituary): "Students remembered her as demanding and occasionally cruel"
    // was the author's *cruel*; remembering someone as something is a view of the ones who
    // remember, as describing or regarding is. The author's own memory ("I remember her as")
    // stays the author's.
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen taught for thirty years. Students remembered her as cruel. Colleagues remember "
        "Halvorsen as generous. I remember her as generous.\n",
        {{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}}});
    EXPECT_EQ(testing::first_characterization(*a, 1).holder, "Students remembered her as");
    EXPECT_EQ(testing::first_characterization(*a, 2).holder, "Colleagues remember Halvorsen as");
    EXPECT_EQ(testing::first_characterization(*a, 3).holder, "");
    EXPECT_EQ(testing::cue_ids(*a, 1).front(), "attr.remember-as");
}

TEST(Lexicon, ShippedIndirectQuestionIsTheAskersNotTheAuthors) {
    // QA pass q15 (a news analysis): "Reporters asked him if he was reckless" gave the author
    // -1.00; a question asserts nothing, so what it names is the askers'. A pronoun object only:
    // "asked them to stay if" is a request, whose "if" still supposes.
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen spoke. Reporters asked her if she was reckless. Some wonder if she was "
        "reckless. Halvorsen asked them to stay if the plan was reckless.\n",
        {{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}}});
    EXPECT_EQ(testing::first_characterization(*a, 1).holder, "Reporters asked her if");
    EXPECT_EQ(testing::first_characterization(*a, 2).holder, "Some wonder if");
    EXPECT_EQ(testing::first_characterization(*a, 3).holder, "");
    EXPECT_EQ(testing::cue_ids(*a, 3).front(), "hedge.if");
}

TEST(Lexicon, ShippedQuestionPutToSomeoneNamedIsTheAskers) {
    // Task q20: "Reporters asked Reyes if she was reckless" (a named object, where "asked her if"
    // has rows) and "inquired if" gave the author -1.00. A request whose "if" supposes keeps
    // it: "asked Berg to resign if", "asked for calm if".
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen spoke. Reporters asked Reyes if she was reckless. Critics asked the minister "
        "if she was reckless. Reporters inquired if she was reckless. Halvorsen asked Berg to "
        "resign if the plan was reckless. Halvorsen asked for calm if the plan was reckless.\n",
        {{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}}});
    EXPECT_EQ(testing::first_characterization(*a, 1).holder, "Reporters asked Reyes if");
    EXPECT_EQ(testing::first_characterization(*a, 2).holder, "Critics asked the minister if");
    EXPECT_EQ(testing::first_characterization(*a, 3).holder, "Reporters inquired if");
    EXPECT_EQ(testing::first_characterization(*a, 4).holder, "");
    EXPECT_EQ(testing::first_characterization(*a, 5).holder, "");
}

TEST(Lexicon, ShippedViewSomeoneWasBroughtToIsNotTheAuthors) {
    // Task q20: "She did not convince the board that she was competent" counted competent as the
    // author's praise (+0.5); what follows "convince * that" is the view the board was (or was
    // not) brought to, not the author's claim, nor hers. "was convinced that" has no one between.
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen spoke. She did not convince the board that she was competent. She persuaded "
        "investors that she was competent. She was convinced that the plan was competent.\n",
        {{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}}});
    // The board's view, turned over by the denial of the convincing: they were not brought to
    // think her competent.
    EXPECT_EQ(testing::first_characterization(*a, 1).holder, "the board");
    EXPECT_TRUE(testing::first_characterization(*a, 1).negated);
    EXPECT_LT(testing::first_characterization(*a, 1).weight, 0.0);
    EXPECT_EQ(testing::first_characterization(*a, 1).holder_subject, Cue::kNoOwner);
    EXPECT_EQ(testing::first_characterization(*a, 2).holder, "investors");
    EXPECT_GT(testing::first_characterization(*a, 2).weight, 0.0);
    EXPECT_TRUE(testing::first_characterization(*a, 3).holder.empty());
}

TEST(Lexicon, ShippedDecisiveOfAnEventIsNoTrait) {
    // QA pass q19 (an unseen historical assessment): "It was the decisive failure of his reign"
    // weighed +1 (decisive) and -1 (failure), no judgement at all; "decisive" there means
    // conclusive. The trait stays: "a decisive leader", "acted decisively", "decisive action".
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen lost. It was the decisive failure of her term. Halvorsen scored the decisive "
        "goal. Halvorsen cast the decisive vote. Halvorsen won a decisive victory. Halvorsen is "
        "a decisive leader. Halvorsen took decisive action.\n",
        {{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}}});
    EXPECT_EQ(testing::cue_ids(*a, 1), std::vector<std::string>{"char.decisive-failure"});
    EXPECT_EQ(testing::first_characterization(*a, 1).weight, -1.0);
    EXPECT_EQ(testing::first_characterization(*a, 2).weight, 0.0);
    EXPECT_EQ(testing::first_characterization(*a, 3).weight, 0.0);
    EXPECT_EQ(testing::first_characterization(*a, 4).id, "char.decisive-victory");
    EXPECT_EQ(testing::first_characterization(*a, 5).id, "char.decisive");
    EXPECT_EQ(testing::first_characterization(*a, 6).id, "char.decisive");
}

TEST(Lexicon, ShippedTyrannyIsAChargeAgainstARuler) {
    // QA pass q19: "the nobles accused him of tyranny" and "He was not a tyrant" weighed
    // nothing; "the tyranny of distance" is a constraint of things.
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen ruled. The nobles accused Halvorsen of tyranny. Halvorsen was not a tyrant. "
        "Halvorsen fought the tyranny of distance.\n",
        {{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}}});
    EXPECT_EQ(testing::first_characterization(*a, 1).id, "char.tyranny");
    EXPECT_EQ(testing::first_characterization(*a, 1).holder_key, "nobles");
    EXPECT_EQ(testing::first_characterization(*a, 2).id, "char.tyrant");
    EXPECT_EQ(testing::first_characterization(*a, 3).id, "char.tyranny-of");
}

TEST(Lexicon, ShippedAgreeThatAndAdmireAreTheHoldersViews) {
    // QA pass q19: "Historians agree that his early reign was a success" and "Many still admire
    // her courage" were the author's praise; a consensus reported and an admiration are the
    // holders' views. "I agree that" and "I admire" stay the author's, and what she agrees with
    // or admires is her own words.
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen ruled. Historians agree that Halvorsen was a success. Many still admire her "
        "courage. I agree that Halvorsen was a success. I admire her courage. Halvorsen agreed "
        "that the plan was a failure.\n",
        {{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}}});
    EXPECT_EQ(testing::first_characterization(*a, 1).holder, "Historians agree that");
    EXPECT_EQ(testing::first_characterization(*a, 2).holder, "Many still admire");
    EXPECT_EQ(testing::first_characterization(*a, 3).holder, "");
    EXPECT_EQ(testing::first_characterization(*a, 4).holder, "");
    EXPECT_FALSE(testing::first_characterization(*a, 5).counts_for(0));
    // The participle as an adjective before its noun reports no one's view.
    const auto b = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen was a widely admired and capable governor. The much admired Halvorsen was "
        "careless. Halvorsen was widely admired for her courage.\n",
        {{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}}});
    for (const auto& c : b->analysis.claim(0, 0).cues) {
        EXPECT_EQ(c.holder, "") << c.term;
    }
    EXPECT_EQ(testing::first_characterization(*b, 1).holder, "");
    EXPECT_NE(testing::cue_ids(*b, 2), std::vector<std::string>{});
    bool held = false;
    for (const auto& c : b->analysis.claim(0, 2).cues) {
        held = held || (c.term == "courage" && !c.holder.empty());
    }
    EXPECT_TRUE(held);
}

TEST(Lexicon, ShippedParticipleOfAnyVerbOfStanceBeforeItsNounReportsNoView) {
    // q19 found it for "admired"; the same held for every such verb: "The much praised
    // Halvorsen was reckless" gave reckless to 'The much praised', "The widely criticized
    // Halvorsen was careful" careful to 'The widely criticized'. A relative clause's "that" is
    // no determiner: "The article that praised Halvorsen as careful" still reports the article's
    // view, as "was widely criticized as" and "Voters admired Halvorsen as" do.
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen spoke. The much praised Halvorsen was reckless. The widely criticized "
        "Halvorsen was careful. Her much praised budget was reckless. The article that praised "
        "Halvorsen as careful ran. Halvorsen was widely criticized as reckless.\n",
        {{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}}});
    EXPECT_EQ(testing::first_characterization(*a, 1).holder, "");
    EXPECT_EQ(testing::first_characterization(*a, 2).holder, "");
    EXPECT_EQ(testing::first_characterization(*a, 3).holder, "");
    EXPECT_EQ(testing::first_characterization(*a, 4).holder, "The article that praised");
    EXPECT_EQ(testing::first_characterization(*a, 5).holder, "was widely criticized");
}

TEST(Lexicon, ShippedDenialOfALabelByTheHarshest) {
    // QA pass q7: "Not even her critics call Thackeray dishonest" was the critics' -1.00.
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Not even her critics call Halvorsen dishonest. Not even her rivals would call Halvorsen "
        "lazy.\n",
        {{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}}});
    const DocumentAnalysis& analysis = a->analysis;
    for (std::uint32_t s = 0; s < 2; ++s) {
        const auto& cues = analysis.claim(0, s).cues;
        ASSERT_EQ(cues.size(), 2u) << s;
        EXPECT_EQ(cues[0].kind, CueKind::negation);
        EXPECT_GT(cues[1].weight, 0.0);
        EXPECT_TRUE(cues[1].holder.empty());
    }
}

TEST(Lexicon, DataFolderOverride) {
    ::setenv("REDRAFT_DATA", "/nonexistent-redraft-data", 1);
    try {
        shipped_lexicon_dir();
        FAIL();
    } catch (const Error& error) {
        EXPECT_STREQ(error.what(), "REDRAFT_DATA is set to /nonexistent-redraft-data but "
                                   "/nonexistent-redraft-data/lexicon is not a folder; unset it "
                                   "or fix it");
    }
    ::unsetenv("REDRAFT_DATA");
    EXPECT_TRUE(std::filesystem::is_directory(shipped_lexicon_dir()));
}

} // namespace
} // namespace redraft::claims

namespace redraft::claims {
namespace {

const Subject kHalvorsen{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}};

// The evidential of sentence `s` (first paragraph); throws when it has none.
const Cue& evidential_of(const testing::AnalysedText& a, std::uint32_t s) {
    for (const auto& cue : a.analysis.claim(0, s).cues) {
        if (cue.kind == CueKind::evidential) {
            return cue;
        }
    }
    throw std::runtime_error("no evidential in sentence " + std::to_string(s));
}

TEST(Lexicon, ShippedDenialsAndRejections) {
    const auto a = testing::analyse_with(load_lexicon({}),
                                         "Halvorsen rejected claims that she was weak. Few would "
                                         "call Halvorsen reckless. Halvorsen denied that she was "
                                         "arrogant.\n",
                                         {kHalvorsen});
    // Others' claim, which she rejects: an attributed view, not the author's.
    EXPECT_EQ(testing::first_characterization(*a, 0).holder, "Halvorsen rejected claims that");
    EXPECT_TRUE(testing::first_characterization(*a, 0).counts_for(0));
    // Hardly anyone holds the view: the author's, negated.
    EXPECT_TRUE(testing::first_characterization(*a, 1).negated);
    EXPECT_EQ(testing::first_characterization(*a, 1).holder, "");
    // Her own denial is her own words.
    EXPECT_FALSE(testing::first_characterization(*a, 2).counts_for(0));
}

// QA passes 10 and 11: "nobody would call" denies like "no one would call", with no holder and
// no hedge; verbs of prevention deny what they keep from happening, as "avoid" does; "I doubt
// that" is the author's denial.
// "stop short of" in every form: the word key strips -ed and -ing but does not undouble the p
// of "stopped", so the past and the -ing form are rows of their own.
TEST(Lexicon, ShippedStopShortOfInEveryForm) {
    const auto a = testing::analyse_with(load_lexicon({}),
                                         "Halvorsen stopped short of being reckless. Halvorsen "
                                         "stops short of being reckless. Stopping short of being "
                                         "reckless, Halvorsen left.\n",
                                         {kHalvorsen});
    for (std::uint32_t s = 0; s < 3; ++s) {
        EXPECT_TRUE(testing::first_characterization(*a, s).negated) << s;
    }
}

TEST(Lexicon, ShippedDenialsOfLabelsAndPreventions) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Nobody would call Halvorsen evasive. No one could call Halvorsen transparent. Halvorsen "
        "took over and saved the firm from failure. Halvorsen averted a scandal. Halvorsen "
        "failed to prevent a scandal. I doubt that Halvorsen is shrewd. Halvorsen was less than "
        "candid. Halvorsen was never less than transparent.\n",
        {kHalvorsen});
    for (std::uint32_t s = 0; s < 6; ++s) {
        const Cue& cue = testing::first_characterization(*a, s);
        EXPECT_EQ(cue.negated, s != 4) << s;
        EXPECT_EQ(cue.holder, "") << s;
    }
    for (const std::uint32_t s : {0U, 1U}) {
        for (const auto& cue : a->analysis.claim(0, s).cues) {
            EXPECT_NE(cue.kind, CueKind::hedge) << s << " " << cue.term;
        }
    }
    EXPECT_GT(testing::first_characterization(*a, 0).weight, 0);
    EXPECT_LT(testing::first_characterization(*a, 5).weight, 0);
    // "less than candid" denies; "never less than transparent" praises.
    EXPECT_TRUE(testing::first_characterization(*a, 6).negated);
    EXPECT_LT(testing::first_characterization(*a, 6).weight, 0);
    EXPECT_FALSE(testing::first_characterization(*a, 7).negated);
    EXPECT_GT(testing::first_characterization(*a, 7).weight, 0);
}

// q7 defect 3: with the shipped rows, "less patient than" is no praise of Hallam's patience.
TEST(Lexicon, ShippedLessBeforeAJudgementCompares) {
    const auto a = testing::analyse_with(load_lexicon({}),
                                         "Halvorsen was less patient than Berg. Halvorsen was "
                                         "patient.\n",
                                         {kHalvorsen});
    EXPECT_TRUE(testing::first_characterization(*a, 0).negated);
    EXPECT_DOUBLE_EQ(testing::first_characterization(*a, 0).weight, -0.25);
    EXPECT_DOUBLE_EQ(testing::first_characterization(*a, 1).weight, 0.5);
}

// q7 defect 7: a loss of nothing denies the loss. "lost no credibility" keeps the credibility
// (its "no" denies the losing), "lost none of her credibility" is the loss denied; a loss of some,
// a denied loss and "had no credibility" read as before.
TEST(Lexicon, ShippedALossOfNothingIsNoLoss) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen lost no credibility. Halvorsen lost none of her credibility. Halvorsen has lost "
        "nothing of her credibility. Halvorsen lost much of her credibility. Halvorsen did not "
        "lose credibility. Halvorsen had no credibility. Halvorsen lost no sleep over the "
        "scandal.\n",
        {kHalvorsen});
    const Cue& kept = testing::first_characterization(*a, 0);
    EXPECT_EQ(kept.term, "credibility");
    EXPECT_FALSE(kept.negated);
    EXPECT_DOUBLE_EQ(kept.weight, 0.5);
    for (const std::uint32_t s : {1U, 2U}) {
        EXPECT_TRUE(testing::first_characterization(*a, s).negated) << s;
        EXPECT_DOUBLE_EQ(testing::first_characterization(*a, s).weight, 0.5) << s;
    }
    EXPECT_DOUBLE_EQ(testing::first_characterization(*a, 3).weight, -0.5);
    EXPECT_DOUBLE_EQ(testing::first_characterization(*a, 4).weight, 0.5);
    EXPECT_TRUE(testing::first_characterization(*a, 5).negated);
    EXPECT_DOUBLE_EQ(testing::first_characterization(*a, 5).weight, -0.5);
    // The scandal happened; she was untroubled by it.
    EXPECT_FALSE(testing::first_characterization(*a, 6).negated);
    EXPECT_DOUBLE_EQ(testing::first_characterization(*a, 6).weight, -1.0);
}

// q10: "On the evidence, Lindqvist is unfit to lead" (an unseen essay on a mining chief after a
// spill) weighed nothing: only "unfit for office" had a row. Bare "unfit" is no row ("the pitch
// was unfit to play on").
TEST(Lexicon, ShippedUnfitToLeadIsCriticism) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen is unfit to lead. Halvorsen was unfit to govern. Halvorsen is unfit to serve. "
        "Halvorsen is unfit for office. Halvorsen called the pitch unfit to play on.\n",
        {kHalvorsen});
    for (std::uint32_t s = 0; s < 4; ++s) {
        EXPECT_DOUBLE_EQ(testing::first_characterization(*a, s).weight, -1.0) << s;
    }
    EXPECT_TRUE(testing::cue_ids(*a, 4).empty());
}

// "slightly" and "somewhat" are hedges, as the design reads them, and downtoners of the cue
// right after them: "slightly reckless" is less reckless than "reckless". Before anything else
// they scale nothing and stay hedges.
TEST(Lexicon, ShippedSlightlyAndSomewhatScaleTheJudgementAfterThem) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen was slightly reckless. Halvorsen was somewhat reckless. Halvorsen cut slightly "
        "over 5% of the jobs.\n",
        {kHalvorsen});
    const Cue& slightly = testing::first_characterization(*a, 0);
    EXPECT_DOUBLE_EQ(slightly.weight, -0.6);
    EXPECT_EQ(slightly.modifier, "slightly");
    EXPECT_DOUBLE_EQ(testing::first_characterization(*a, 1).weight, -0.75);
    for (std::uint32_t s = 0; s < 3; ++s) {
        const auto ids = testing::cue_ids(*a, s);
        EXPECT_EQ(std::count_if(ids.begin(), ids.end(),
                                [](const std::string& id) { return id.starts_with("hedge."); }),
                  1)
            << s;
    }
}

// QA pass q24: "at his best he is merely clever" is faint praise: *merely* halves the judgement
// right after it, before anything else does nothing, and in "not merely ... but" nothing.
TEST(Lexicon, ShippedMerelyHalvesTheJudgementAfterIt) {
    const auto a = testing::analyse_with(load_lexicon({}),
                                         "Halvorsen is merely clever. Halvorsen is clever. "
                                         "Halvorsen is merely a reckless man. Halvorsen was not "
                                         "merely careless but reckless.\n",
                                         {kHalvorsen});
    const Cue& merely = testing::first_characterization(*a, 0);
    EXPECT_DOUBLE_EQ(merely.weight, testing::first_characterization(*a, 1).weight / 2);
    EXPECT_EQ(merely.modifier, "merely");
    EXPECT_EQ(testing::first_characterization(*a, 2).modifier, "");
    EXPECT_DOUBLE_EQ(testing::first_characterization(*a, 2).weight, -1.0);
    // "not merely ... but" adds: the idiom's *merely* scales nothing, and nothing is denied.
    const Cue& careless = testing::first_characterization(*a, 3);
    EXPECT_EQ(careless.modifier, "");
    EXPECT_FALSE(careless.negated);
    EXPECT_LT(careless.weight, 0);
}

// QA pass 13: "Few historians would call", "no serious historian would call", "no one thinks
// (that)", "nobody believes" deny the label for the author, like "few would call": no holder,
// no hedge.
TEST(Lexicon, ShippedDenialsByNobodyNamed) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Few historians would call Halvorsen reckless. Few critics would call Halvorsen "
        "evasive. No serious historian would call Halvorsen reckless. No one thinks Halvorsen "
        "was reckless. Nobody believes that Halvorsen was reckless. No-one thinks that Halvorsen "
        "was evasive. A few historians would call Halvorsen reckless.\n",
        {kHalvorsen});
    for (std::uint32_t s = 0; s < 6; ++s) {
        const Cue& cue = testing::first_characterization(*a, s);
        EXPECT_TRUE(cue.negated) << s;
        EXPECT_GT(cue.weight, 0) << s;
        EXPECT_EQ(cue.holder, "") << s;
        for (const auto& other : a->analysis.claim(0, s).cues) {
            EXPECT_NE(other.kind, CueKind::hedge) << s << " " << other.term;
            EXPECT_NE(other.kind, CueKind::attribution) << s << " " << other.term;
        }
    }
    // "A few" are some: their view, not a denial.
    EXPECT_FALSE(testing::first_characterization(*a, 6).negated);
    EXPECT_NE(testing::first_characterization(*a, 6).holder, "");
}

// The verdicts of sports and business columns (QA pass 11) are in the shipped lexicon.
TEST(Lexicon, ShippedVerdictsOnAbility) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen is clueless. Halvorsen is a genius. Halvorsen is a fraud. Halvorsen was a "
        "flop. Halvorsen is overrated. Halvorsen is a liability. Halvorsen is hopeless. "
        "Halvorsen is a tinkerer. Halvorsen is dour. Halvorsen is underrated. Halvorsen set up "
        "a limited liability company. Halvorsen is a dinosaur. Halvorsen is a bottler. Halvorsen "
        "is a serial winner. Halvorsen is deluded. Halvorsen is second-rate. Halvorsen accepted "
        "liability for the crash. Halvorsen is gutless. Halvorsen uncovered a large fraud.\n",
        {kHalvorsen});
    const std::vector<double> weights = {-1, 1,    -1, -1, -0.5, -1, -1, -0.5, -0.5, 0.5,
                                         0,  -0.5, -1, 1,  -1,   -1, 0,  -1,   0};
    for (std::uint32_t s = 0; s < weights.size(); ++s) {
        EXPECT_DOUBLE_EQ(testing::first_characterization(*a, s).weight, weights[s]) << s;
    }
}

// QA pass C: an accusation or a charge is the accuser's view, not the author's: "was accused
// of being arrogant" keeps its evidential (less certain) and gives *arrogant* to the accusers;
// a second accusation holds what follows it ("... and was charged with fraud").
TEST(Lexicon, ShippedAccusationsAreTheAccusersViews) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen was accused of being arrogant, but she was decisive. Halvorsen was accused of "
        "being arrogant and was charged with fraud. Critics accused Halvorsen of fraud.\n",
        {kHalvorsen});
    const auto& first = a->analysis.claim(0, 0).cues;
    const auto find = [](std::span<const Cue> cues, std::string_view term) -> const Cue& {
        for (const auto& cue : cues) {
            if (cue.term == term && cue.kind == CueKind::characterization) {
                return cue;
            }
        }
        throw std::runtime_error("no cue " + std::string(term));
    };
    EXPECT_EQ(find(first, "arrogant").holder, "was accused of");
    EXPECT_EQ(find(first, "decisive").holder, "");
    EXPECT_TRUE(std::any_of(first.begin(), first.end(), [](const Cue& cue) {
        return cue.kind == CueKind::evidential && cue.weight < 0;
    }));
    const auto& second = a->analysis.claim(0, 1).cues;
    EXPECT_EQ(find(second, "arrogant").holder, "was accused of");
    EXPECT_EQ(find(second, "fraud").holder, "was charged with");
    EXPECT_EQ(find(a->analysis.claim(0, 2).cues, "fraud").holder, "Critics accused");
}

// Found on an unseen central-bank essay: "she defended the delay as prudent" scored *prudent*
// as the author's praise of her; it is her own case for the delay, as "presented ... as" is.
TEST(Lexicon, ShippedDefencesAreTheDefendersViews) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen defended the delay as prudent. Halvorsen justified the cut as prudent. Her "
        "allies defend the cut as prudent.\n",
        {kHalvorsen});
    for (const std::uint32_t s : {0U, 1U}) {
        EXPECT_EQ(testing::first_characterization(*a, s).holder_subject, 0U) << s;
        EXPECT_FALSE(testing::first_characterization(*a, s).counts_for(0)) << s;
    }
    EXPECT_EQ(testing::first_characterization(*a, 2).holder, "Her allies defend the cut as");
}

// Found on an unseen essay on a novelist: "She was never charged with plagiarism" lowered the
// author's certainty as "was charged with" does. A denied accusation says no one made it.
TEST(Lexicon, ShippedAccusationsDeniedAreNoDoubt) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen was never charged with fraud. Halvorsen was not accused of fraud. Halvorsen "
        "was accused of fraud. Halvorsen is not said to be reckless.\n",
        {kHalvorsen});
    const auto evidential = [&](std::uint32_t s) -> const Cue& { return evidential_of(*a, s); };
    EXPECT_TRUE(evidential(0).negated);
    EXPECT_DOUBLE_EQ(evidential(0).weight, 0.0);
    EXPECT_DOUBLE_EQ(evidential(1).weight, 0.0);
    EXPECT_DOUBLE_EQ(evidential(2).weight, -0.5);
    // The passive's holder is its verb with the negation, not the one named before it.
    EXPECT_EQ(testing::first_characterization(*a, 0).holder, "was never charged with");
    EXPECT_EQ(testing::first_characterization(*a, 1).holder, "was not accused of");
    // An evidential that attributes nothing keeps its doubt, denied or not.
    EXPECT_LT(evidential(3).weight, 0.0);
}

// QA pass C: "denied any wrongdoing" is her own word on the charge, neither the author's charge
// nor proven false; the passive ("was denied a second term") reports no one. An acquittal
// denies the charge: "was cleared of misconduct" is no misconduct of hers.
TEST(Lexicon, ShippedDenialsOfChargesAndClearances) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen denied any wrongdoing. Halvorsen has denied wrongdoing. Halvorsen was denied "
        "a second term because she was reckless. Halvorsen was cleared of misconduct. Halvorsen "
        "was acquitted of fraud, but she was careless.\n",
        {kHalvorsen});
    for (const std::uint32_t s : {0U, 1U}) {
        EXPECT_FALSE(testing::first_characterization(*a, s).counts_for(0)) << s;
        EXPECT_EQ(testing::first_characterization(*a, s).holder_subject, 0U) << s;
    }
    EXPECT_EQ(testing::first_characterization(*a, 2).holder, "");
    EXPECT_TRUE(testing::first_characterization(*a, 2).counts_for(0));
    for (const std::uint32_t s : {3U, 4U}) {
        EXPECT_TRUE(testing::first_characterization(*a, s).negated) << s;
        EXPECT_GT(testing::first_characterization(*a, s).weight, 0) << s;
    }
    const auto& last = a->analysis.claim(0, 4).cues;
    EXPECT_TRUE(std::any_of(last.begin(), last.end(), [](const Cue& cue) {
        return cue.term == "careless" && !cue.negated && cue.weight < 0;
    }));
}

// QA pass C: "find her arrogant" labels her as "call her arrogant" does: the finders' view, and
// her own words when she finds someone so; not "found her voice".
TEST(Lexicon, ShippedLabelsByFinding) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen is bold, though some on her board find her arrogant. Halvorsen found him "
        "arrogant. Halvorsen found her voice and was reckless.\n",
        {kHalvorsen});
    const auto characterization = [&](std::uint32_t s, std::string_view term) -> const Cue& {
        for (const auto& cue : a->analysis.claim(0, s).cues) {
            if (cue.kind == CueKind::characterization && cue.term == term) {
                return cue;
            }
        }
        throw std::runtime_error("no cue " + std::string(term));
    };
    EXPECT_EQ(characterization(0, "bold").holder, "");
    EXPECT_NE(characterization(0, "arrogant").holder, "");
    EXPECT_TRUE(characterization(0, "arrogant").counts_for(0));
    EXPECT_EQ(characterization(1, "arrogant").holder_subject, 0U);
    EXPECT_FALSE(characterization(1, "arrogant").counts_for(0));
    EXPECT_EQ(characterization(2, "reckless").holder, "");
}

// QA pass C: verdicts of science, arts and business profiles; the nouns "talent" and "gift" are
// no match of the quoted rows "talented" and "gifted".
TEST(Lexicon, ShippedVerdictsOfProfiles) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen is talented. Halvorsen is gifted. Halvorsen is hardworking. Halvorsen is "
        "self-effacing. Halvorsen is obsessive. Halvorsen is self-indulgent. Halvorsen is "
        "pretentious. Halvorsen is temperamental. Halvorsen is malicious. Halvorsen is "
        "heartless. Halvorsen is cold-hearted. Halvorsen is egotistical. Halvorsen is "
        "domineering. Halvorsen is tyrannical. Halvorsen committed plagiarism. Halvorsen is a "
        "plagiarist.\n",
        {kHalvorsen});
    const std::vector<double> weights = {0.5, 0.5, 0.5, 0.5, -0.5, -0.5, -0.5, -0.5,
                                         -1,  -1,  -1,  -1,  -1,   -1,   -1,   -1};
    for (std::uint32_t s = 0; s < weights.size(); ++s) {
        EXPECT_DOUBLE_EQ(testing::first_characterization(*a, s).weight, weights[s]) << s;
    }
    const auto b = testing::analyse_with(
        load_lexicon({}), "Halvorsen signed young talent. Halvorsen gave a gift.\n", {kHalvorsen});
    for (std::uint32_t s = 0; s < 2; ++s) {
        EXPECT_TRUE(b->analysis.claim(0, s).cues.empty()) << s;
    }
}

// QA pass C: "it is unfair to say that" denies like "wrong to say that"; "nobody can deny that"
// is the author insisting, not a view held by "Nobody can deny that".
TEST(Lexicon, ShippedInsistenceAndDenialOfSaying) {
    const auto a = testing::analyse_with(load_lexicon({}),
                                         "It is unfair to say that Halvorsen was reckless. Nobody "
                                         "can deny that Halvorsen was brilliant.\n",
                                         {kHalvorsen});
    EXPECT_TRUE(testing::first_characterization(*a, 0).negated);
    EXPECT_EQ(testing::first_characterization(*a, 0).holder, "");
    EXPECT_EQ(testing::first_characterization(*a, 1).holder, "");
    const auto& cues = a->analysis.claim(0, 1).cues;
    EXPECT_TRUE(std::any_of(cues.begin(), cues.end(), [](const Cue& cue) {
        return cue.kind == CueKind::booster && cue.weight > 0;
    }));
}

// QA pass C: what someone denies is their view turned over ("Ortiz denied that she was
// careless" is Ortiz's +1, not -1); "cannot deny that" composes into a yes, and "it is hard to
// deny that" is the author insisting.
TEST(Lexicon, ShippedDenialsOfAClause) {
    const auto a = testing::analyse_with(load_lexicon({}),
                                         "Ortiz denied that Halvorsen was careless. Critics "
                                         "cannot deny that Halvorsen was brilliant. It is hard to "
                                         "deny that Halvorsen was brilliant.\n",
                                         {kHalvorsen});
    EXPECT_TRUE(testing::first_characterization(*a, 0).negated);
    EXPECT_GT(testing::first_characterization(*a, 0).weight, 0);
    EXPECT_NE(testing::first_characterization(*a, 0).holder, "");
    EXPECT_FALSE(testing::first_characterization(*a, 1).negated);
    EXPECT_GT(testing::first_characterization(*a, 1).weight, 0);
    EXPECT_EQ(testing::first_characterization(*a, 2).holder, "");
    EXPECT_GT(testing::first_characterization(*a, 2).weight, 0);
}

// QA pass J: "it is not clear that" asserts nothing (a hedge, as "unclear"), and "little
// evidence that" denies as "no evidence that" does.
TEST(Lexicon, ShippedDoubtsAboutAClause) {
    const auto a = testing::analyse_with(load_lexicon({}),
                                         "It is not clear that Halvorsen was careless. There is "
                                         "little evidence that Halvorsen was careless.\n",
                                         {kHalvorsen});
    EXPECT_EQ(testing::cue_ids(*a, 0),
              (std::vector<std::string>{"hedge.not-clear-that", "char.careless"}));
    EXPECT_FALSE(testing::first_characterization(*a, 0).negated);
    EXPECT_TRUE(testing::first_characterization(*a, 1).negated);
    EXPECT_GT(testing::first_characterization(*a, 1).weight, 0);
}

// QA pass J: "worry that" reports a view as "fear that" does, in every form; the subject
// worrying speaks her own words.
TEST(Lexicon, ShippedWorriesAreTheirHoldersViews) {
    const auto a = testing::analyse_with(load_lexicon({}),
                                         "Market participants worry that Halvorsen is "
                                         "complacent. Investors worried that Halvorsen was "
                                         "complacent. Halvorsen worries that the recovery is "
                                         "weak.\n",
                                         {kHalvorsen});
    EXPECT_EQ(testing::first_characterization(*a, 0).holder, "Market participants worry that");
    EXPECT_EQ(testing::first_characterization(*a, 1).holder, "Investors worried that");
    EXPECT_FALSE(testing::first_characterization(*a, 2).counts_for(0));
}

// QA pass C: an inquiry's finding is its view, as a critic's argument is; the author's own
// conclusion ("I conclude that") is the author's.
TEST(Lexicon, ShippedFindingsAreTheirMakersViews) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "An inquiry concluded that Halvorsen was negligent. The panel found that Halvorsen had "
        "been negligent. I conclude that Halvorsen was negligent. Halvorsen found that the "
        "method was careless.\n",
        {kHalvorsen});
    EXPECT_EQ(testing::first_characterization(*a, 0).holder, "An inquiry concluded that");
    EXPECT_EQ(testing::first_characterization(*a, 1).holder, "The panel found that");
    EXPECT_EQ(testing::first_characterization(*a, 2).holder, "");
    EXPECT_FALSE(testing::first_characterization(*a, 3).counts_for(0));
}

TEST(Lexicon, ShippedSourcesAndRejectedLabels) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "In the view of Hugo Lindgren, Halvorsen was evasive. Ortiz believes that Halvorsen was "
        "negligent. Rival coaches call her arrogant. It would be wrong to call Halvorsen "
        "reckless. Halvorsen has yet to prove herself competent. Halvorsen was rarely reckless.\n",
        {kHalvorsen});
    EXPECT_EQ(testing::first_characterization(*a, 0).holder, "In the view of Hugo Lindgren");
    EXPECT_EQ(testing::first_characterization(*a, 1).holder, "Ortiz believes that");
    EXPECT_EQ(testing::first_characterization(*a, 2).holder, "Rival coaches call her");
    for (std::uint32_t s = 3; s < 6; ++s) {
        EXPECT_TRUE(testing::first_characterization(*a, s).negated) << s;
        EXPECT_EQ(testing::first_characterization(*a, s).holder, "") << s;
    }
}

TEST(Lexicon, ALongerTermHidesAShorterOneOnItsOwnDimensionOnly) {
    const std::string rows =
        "c.misjudge\tmisjudge\tcharacterization\t-0.5\tfavorability\t\n"
        "c.misjudge-badly\tmisjudge badly\tcharacterization\t-1\tfavorability\t\n"
        "s.misjudge-moscow\tmisjudged moscow\tcharacterization\t-0.5\tstance\t\n";
    const auto a = testing::analyse_text(
        rows, "Halvorsen misjudged Moscow. Halvorsen misjudged badly.\n", {kHalvorsen});
    EXPECT_EQ(testing::cue_ids(*a, 0),
              (std::vector<std::string>{"s.misjudge-moscow", "c.misjudge"})); // longest first
    EXPECT_EQ(testing::cue_ids(*a, 1), std::vector<std::string>{"c.misjudge-badly"});
}

TEST(Lexicon, AStarInATermStandsForOneToThreeWords) {
    const std::string rows = "a.view-as\tview * as\tattribution\t0\t\t\n"
                             "a.view-him-as\tview him as\tattribution\t0\t\t\n"
                             "c.weak\tweak\tcharacterization\t-1\tfavorability\t\n";
    const auto a = testing::analyse_text(rows,
                                         "Investors view her as weak. Investors view the new "
                                         "governor as weak. Investors view him as weak. Investors "
                                         "view the new central bank governor as weak. Investors "
                                         "view her, at last, as weak.\n",
                                         {kHalvorsen});
    EXPECT_EQ(testing::first_characterization(*a, 0).holder, "Investors view her as");
    EXPECT_EQ(testing::first_characterization(*a, 1).holder, "Investors view the new governor as");
    // The literal row wins over the wildcard one, once: no second attribution on the same words.
    EXPECT_EQ(testing::cue_ids(*a, 2), (std::vector<std::string>{"a.view-him-as", "c.weak"}));
    // Four words, or punctuation, are beyond a star.
    EXPECT_EQ(testing::first_characterization(*a, 3).holder, "");
    EXPECT_EQ(testing::first_characterization(*a, 4).holder, "");
}

// Certainty cues in the shipped files that need their construction: "show" boosts only where
// evidence establishes something (not "has shown little interest"), "appear" hedges only as "it
// appears", a belief passive keeps its evidential past an adverb, and a qualification is no
// trait. A wildcard never stands for a negation; a denial of evidence is a negation.
TEST(Lexicon, ShippedCertaintyCuesNeedTheirConstruction) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen has shown little interest in detail. Halvorsen showed poor judgement. The "
        "record shows that Halvorsen was careful. Halvorsen has shown herself able. Halvorsen "
        "was reckless, or so it appears. Halvorsen is widely thought to be reckless. Halvorsen "
        "had no diplomatic training. Halvorsen showed not to be a revanchist. There is no "
        "evidence that Halvorsen was reckless. Nothing in her record suggests that Halvorsen "
        "was reckless. The profile of Halvorsen is flattering. Halvorsen is far less "
        "predictable. Halvorsen will win, as the bookmakers expect. We expect Halvorsen to "
        "win. Halvorsen could ill afford a fight. Halvorsen too often waits. It cannot be said "
        "that Halvorsen was reckless. This show of defiance was Halvorsen's. Halvorsen is thought "
        "by many to be reckless. Halvorsen was described as reckless by her deputy. Halvorsen "
        "presented the deal as a triumph. Halvorsen has not yet shown that she is capable. "
        "Halvorsen "
        "was generous and held her nerve, but impulsive.\n",
        {{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}}});
    const DocumentAnalysis& analysis = a->analysis;
    // The ids of sentence `s`'s cues that are no characterization, and "-" before a negated one.
    const auto ids = [&](std::uint32_t s) {
        std::vector<std::string> out;
        for (const auto& cue : analysis.claim(0, s).cues) {
            out.push_back((cue.negated ? "-" : "") + std::string(cue.id));
        }
        return out;
    };
    using Ids = std::vector<std::string>;
    EXPECT_EQ(ids(0), Ids{});
    EXPECT_EQ(ids(1), Ids{"char.poor-judgement"});
    EXPECT_EQ(ids(2), (Ids{"boost.show-that", "char.careful"}));
    EXPECT_EQ(ids(3), Ids{"boost.shown-herself"});
    EXPECT_EQ(ids(4), (Ids{"char.reckless", "hedge.it-appear"}));
    EXPECT_EQ(ids(5), (Ids{"evid.thought-to-be", "char.reckless"}));
    EXPECT_EQ(ids(6), (Ids{"neg.no", "-char.diplomatic-training"}));
    EXPECT_EQ(ids(7), (Ids{"neg.not", "-char.revanchist"}));
    // A denial of the evidence negates the claim it introduces and hedges nothing.
    EXPECT_EQ(ids(8), (Ids{"neg.no-evidence-that", "-char.reckless"}));
    EXPECT_EQ(ids(9), (Ids{"neg.nothing-in-suggest-that", "-char.reckless"}));
    // "flattering" describes a portrayal; "far less" denies; others' expectation is no hedge.
    EXPECT_EQ(ids(10), Ids{});
    EXPECT_EQ(ids(11), (Ids{"neg.far-less", "-char.predictable"}));
    EXPECT_EQ(ids(12), Ids{});
    EXPECT_EQ(ids(13), Ids{"hedge.expect"});
    // "could ill afford" doubts nothing; "too often" is no hedge.
    EXPECT_EQ(ids(14), Ids{});
    EXPECT_EQ(ids(15), Ids{"boost.too-often"});
    // The author denying; a noun "show" is no evidence.
    EXPECT_EQ(ids(16), (Ids{"neg.cannot-be-said-that", "-char.reckless"}));
    EXPECT_EQ(ids(17), Ids{});
    // Passives of belief and of description: others' view, not the author's.
    EXPECT_EQ(ids(18), (Ids{"evid.thought-by-to-be", "char.reckless"}));
    EXPECT_EQ(ids(19), (Ids{"attr.described-as", "char.reckless"}));
    // Her own spin is her view; "not yet" negates what follows it: the verification of a clause
    // with a judgement in it, and that judgement (a denied verb of evidence reaches the clause
    // after its "that": not shown to be capable).
    EXPECT_EQ(ids(20), (Ids{"attr.present-as", "char.triumph"}));
    EXPECT_EQ(ids(21), (Ids{"neg.not", "-boost.shown-that", "-char.capable"}));
    EXPECT_EQ(ids(22), (Ids{"char.generous", "char.held-her-nerve", "char.impulsive"}));
    // Impulsive is milder than reckless.
    EXPECT_DOUBLE_EQ(analysis.claim(0, 22).cues.back().weight, -0.5);
}

} // namespace
} // namespace redraft::claims

namespace redraft::claims {
namespace {

// "By most accounts" and "by many accounts" are evidentials, as "by some accounts" is: the author
// reports what sources say rather than vouches for it (before, "most" was an intensifier that
// scaled nothing and the sentence held no doubt). "By all accounts" stays a booster.
TEST(Lexicon, ShippedByMostAccountsIsAnEvidential) {
    const auto a = testing::analyse_with(load_lexicon({}),
                                         "By most accounts Halvorsen was capable. Halvorsen was, "
                                         "by many accounts, capable. By all accounts Halvorsen "
                                         "was capable.\n",
                                         {{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}}});
    const auto kind_of = [&](std::uint32_t s, std::string_view words) {
        for (const auto& cue : a->analysis.claim(0, s).cues) {
            if (text::folds_to(cue.words, words)) {
                return std::string(cue.id);
            }
        }
        return std::string();
    };
    EXPECT_EQ(kind_of(0, "by most accounts"), "evid.by-most-accounts");
    EXPECT_EQ(kind_of(1, "by many accounts"), "evid.by-many-accounts");
    EXPECT_EQ(kind_of(2, "by all accounts"), "boost.by-all-accounts");
}

} // namespace
} // namespace redraft::claims

namespace redraft::claims {
namespace {

// "Marquardt dismissed her as alarmist", "criticism for that extravagance", "has been more
// disciplined" gave no cue. Bare "disciplined" is still none: it is mostly a punishment.
TEST(Lexicon, ShippedSpendingAlarmAndDiscipline) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen was extravagant. Halvorsen was alarmist. Halvorsen is a spendthrift. "
        "Halvorsen is methodical. Halvorsen was cavalier about risk. Halvorsen has been more "
        "disciplined. Halvorsen is a disciplined manager. Halvorsen has been disciplined twice. "
        "Halvorsen was accused of scaremongering. Halvorsen played for the Cavaliers.\n",
        {{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}}});
    EXPECT_EQ(judgements(*a, 0), Judgements{"char.extravagant -0.5"});
    EXPECT_EQ(judgements(*a, 1), Judgements{"char.alarmist -0.5"});
    EXPECT_EQ(judgements(*a, 2), Judgements{"char.spendthrift -1"});
    EXPECT_EQ(judgements(*a, 3), Judgements{"char.methodical 0.5"});
    EXPECT_EQ(judgements(*a, 4), Judgements{"char.cavalier -0.5"});
    EXPECT_EQ(judgements(*a, 5), Judgements{"char.more-disciplined 0.5"});
    EXPECT_EQ(judgements(*a, 6), Judgements{"char.a-disciplined 0.5"});
    EXPECT_EQ(judgements(*a, 7), Judgements{});
    EXPECT_EQ(judgements(*a, 8), Judgements{"char.scaremongering -0.5"});
    EXPECT_EQ(judgements(*a, 9), Judgements{});
}

// "Quill described her as vain", "shy rather than arrogant", "a decent man", "demanding but
// fair" and "no fool" gave no cue; the same words in "tried in vain", "just shy of 5%", "a
// decent return" and "a fair share" must stay none.
TEST(Lexicon, ShippedVanityShynessDecencyAndFairness) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen was vain. Halvorsen tried in vain to stop it. Halvorsen is shy. Under "
        "Halvorsen, growth fell just shy of 5%. Halvorsen is a decent man. Halvorsen earned a "
        "decent return. Staff call Halvorsen demanding but fair. Halvorsen took a fair share. "
        "Halvorsen is no fool. Halvorsen does not suffer fools gladly. Halvorsen is conceited.\n",
        {{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}}});
    EXPECT_EQ(judgements(*a, 0), Judgements{"char.vain -0.5"});
    EXPECT_EQ(judgements(*a, 1), Judgements{"char.in-vain 0"});
    EXPECT_EQ(judgements(*a, 2), Judgements{"char.shy ~"});
    EXPECT_EQ(judgements(*a, 3), Judgements{"char.shy-of 0"});
    EXPECT_EQ(judgements(*a, 4), Judgements{"char.decent-man 0.5"});
    EXPECT_EQ(judgements(*a, 5), Judgements{});
    // *demanding* has a row since task s1, ambivalent: exacting, or hard to work for.
    EXPECT_EQ(judgements(*a, 6), (Judgements{"char.demanding ~", "char.but-fair 0.5"}));
    EXPECT_EQ(judgements(*a, 7), Judgements{});
    EXPECT_EQ(judgements(*a, 8), Judgements{"char.fool 1"});
    EXPECT_EQ(judgements(*a, 9), Judgements{});
    EXPECT_EQ(judgements(*a, 10), Judgements{"char.conceited -1"});
}

// "called Reinholt bold and imaginative", "hardly adventurous", "not an unambitious writer", "an
// inspired conductor" and "impossible to work with" gave no cue; "dared" and "inspired by" must
// stay none.
TEST(Lexicon, ShippedImaginationAmbitionAndColleagues) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen is imaginative. Halvorsen was hardly adventurous. Halvorsen is not an "
        "unambitious writer. Halvorsen is an inspired conductor. Halvorsen was inspired by Berg. "
        "Halvorsen is daring. Halvorsen dared to cut rates. Halvorsen was impossible to work "
        "with. Halvorsen has an uneven record.\n",
        {{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}}});
    EXPECT_EQ(judgements(*a, 0), Judgements{"char.imaginative 0.5"});
    EXPECT_EQ(judgements(*a, 1), Judgements{"char.adventurous -0.5"});
    EXPECT_EQ(judgements(*a, 2), Judgements{"char.unambitious 0.5"});
    EXPECT_EQ(judgements(*a, 3), Judgements{"char.an-inspired 0.5"});
    EXPECT_EQ(judgements(*a, 4), Judgements{});
    // Ambivalent since task s1: a daring programme, or a reckless one.
    EXPECT_EQ(judgements(*a, 5), Judgements{"char.daring ~"});
    EXPECT_EQ(judgements(*a, 6), Judgements{});
    EXPECT_EQ(judgements(*a, 7), Judgements{"char.impossible-to-work-with -1"});
    EXPECT_EQ(judgements(*a, 8), Judgements{"char.uneven-record -0.5"});
}

// "She was condemned for being reckless" gave only *reckless*; "she misled the board" and "she
// deserves credit" gave nothing. "was misled by her deputy" names the victim and must stay none;
// "in all likelihood" hedges as "probably" does.
TEST(Lexicon, ShippedVerdictsPassedOnHerAndDeceit) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen was condemned for her silence. Halvorsen was blamed for the collapse. "
        "Halvorsen was not at fault. Halvorsen was commended for the cut. Halvorsen deserves "
        "credit. Halvorsen misled the board. Halvorsen was misled by her deputy. In all "
        "likelihood Halvorsen was reckless.\n",
        {{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}}});
    EXPECT_EQ(judgements(*a, 0), Judgements{"char.condemn-for -1"});
    EXPECT_EQ(judgements(*a, 1), Judgements{"char.blame-for -0.5"});
    EXPECT_EQ(judgements(*a, 2), Judgements{"char.at-fault 0.5"});
    EXPECT_EQ(judgements(*a, 3), Judgements{"char.commend-for 0.5"});
    EXPECT_EQ(judgements(*a, 4), Judgements{"char.deserve-credit 0.5"});
    EXPECT_EQ(judgements(*a, 5), Judgements{"char.misled-the -1"});
    EXPECT_EQ(judgements(*a, 6), Judgements{});
    EXPECT_EQ(testing::cue_ids(*a, 7),
              (std::vector<std::string>{"hedge.in-all-likelihood", "char.reckless"}));
}

// "Conventional wisdom holds that she is reckless" read *wisdom* as the author's praise (+1);
// "almost certainly" was a full *certainly*; "is widely considered" was no one's view.
TEST(Lexicon, ShippedPrevailingViewsAndNearCertainty) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Conventional wisdom holds that Halvorsen is reckless. Halvorsen is widely considered "
        "prudent. Halvorsen was almost certainly reckless.\n",
        {{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}}});
    EXPECT_EQ(judgements(*a, 0), (Judgements{"char.conventional-wisdom 0", "char.reckless -1"}));
    EXPECT_EQ(testing::first_characterization(*a, 1).holder, "is widely considered");
    EXPECT_EQ(testing::cue_ids(*a, 2),
              (std::vector<std::string>{"boost.almost-certainly", "char.reckless"}));
    EXPECT_EQ(testing::cue_ids(*a, 0).at(1), "attr.conventional-wisdom");
}

// Common words of temper and manner gave no cue; "a cruel irony" (fate) and "charmed investors"
// must stay none of hers.
TEST(Lexicon, ShippedTemperMannerAndSincerity) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen was cruel. In a cruel irony, Halvorsen lost her seat. Halvorsen is devious. "
        "Halvorsen is insincere. Halvorsen is a ditherer. Halvorsen is flamboyant. Halvorsen "
        "charmed investors. Halvorsen is charming.\n",
        {{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}}});
    EXPECT_EQ(judgements(*a, 0), Judgements{"char.cruel -1"});
    EXPECT_EQ(judgements(*a, 1), Judgements{"char.cruel-irony 0"});
    EXPECT_EQ(judgements(*a, 2), Judgements{"char.devious -1"});
    EXPECT_EQ(judgements(*a, 3), Judgements{"char.insincere -0.5"});
    EXPECT_EQ(judgements(*a, 4), Judgements{"char.ditherer -1"});
    EXPECT_EQ(judgements(*a, 5), Judgements{"char.flamboyant ~"});
    EXPECT_EQ(judgements(*a, 6), Judgements{});
    EXPECT_EQ(judgements(*a, 7), Judgements{"char.charming 0.5"});
}

// QA pass q11 (a museum director): "Ferrandi is a brusque manager" and "by most measures she
// has" gave no cue.
TEST(Lexicon, ShippedMannerAndYardsticks) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen is a brusque manager. Halvorsen was curt with staff. By most measures "
        "Halvorsen has succeeded. By some measures Halvorsen was reckless. By any measure "
        "Halvorsen was reckless.\n",
        {{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}}});
    EXPECT_EQ(judgements(*a, 0), Judgements{"char.brusque -0.5"});
    EXPECT_EQ(judgements(*a, 1), Judgements{"char.curt -0.5"});
    EXPECT_EQ(testing::cue_ids(*a, 2), std::vector<std::string>{"hedge.by-most-measures"});
    EXPECT_EQ(testing::cue_ids(*a, 3),
              (std::vector<std::string>{"hedge.by-some-measures", "char.reckless"}));
    // Unchanged: the booster.
    EXPECT_EQ(testing::cue_ids(*a, 4),
              (std::vector<std::string>{"boost.by-any-measure", "char.reckless"}));
}

// QA pass q11 (an archbishop, a regulator, a chess federation's president): "Roe called him a
// liar", "a man without scruples" and "acted in good faith" gave no cue. *scruple* is praise,
// mostly denied ("without scruples", "had no scruples", "did not scruple to": -0.5), so that
// "not without scruples" composes into it.
TEST(Lexicon, ShippedHonestyAndScruple) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Declan Roe called Halvorsen a liar. Halvorsen had no scruples about it. Halvorsen is "
        "not without scruples. Halvorsen acted in good faith. Halvorsen negotiated in bad faith. "
        "Halvorsen did not act in good faith. Halvorsen did not scruple to lie.\n",
        {{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}}});
    EXPECT_EQ(judgements(*a, 0), Judgements{"char.liar -1"});
    EXPECT_EQ(testing::first_characterization(*a, 0).holder, "Declan Roe called");
    EXPECT_EQ(judgements(*a, 1), Judgements{"char.scruple -0.5"});
    EXPECT_EQ(judgements(*a, 2), Judgements{"char.scruple 0.5"});
    EXPECT_EQ(judgements(*a, 3), Judgements{"char.good-faith 0.5"});
    EXPECT_EQ(judgements(*a, 4), Judgements{"char.bad-faith -1"});
    EXPECT_EQ(judgements(*a, 5), Judgements{"char.good-faith -0.5"});
    EXPECT_EQ(judgements(*a, 6), Judgements{"char.scruple -0.5"});
}

// Found on the ECB essay: "assurances about the integrity of the monetary union" scored +1 for
// Lagarde, as if her integrity were praised.
TEST(Lexicon, ShippedIntegrityOfThingsIsNoPraise) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen gave assurances about the integrity of the monetary union. Halvorsen is a "
        "woman of integrity.\n",
        {{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}}});
    EXPECT_EQ(judgements(*a, 0), Judgements{"char.integrity-of-the 0"});
    EXPECT_EQ(judgements(*a, 1), Judgements{"char.integrity 1"});
}

// Political verdicts that gave no cue; "able to" and "measured in" must stay none.
TEST(Lexicon, ShippedPoliticalVerdicts) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen is an able administrator. Halvorsen was able to cut rates. Halvorsen gave a "
        "measured response. Under Halvorsen, growth was measured in percent. Halvorsen is "
        "unelectable. Halvorsen was impetuous. Halvorsen is a slick operator.\n",
        {{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}}});
    EXPECT_EQ(judgements(*a, 0), Judgements{"char.an-able 0.5"});
    EXPECT_EQ(judgements(*a, 1), Judgements{});
    EXPECT_EQ(judgements(*a, 2), Judgements{"char.a-measured 0.5"});
    EXPECT_EQ(judgements(*a, 3), Judgements{});
    EXPECT_EQ(judgements(*a, 4), Judgements{"char.unelectable -1"});
    EXPECT_EQ(judgements(*a, 5), Judgements{"char.impetuous -0.5"});
    EXPECT_EQ(judgements(*a, 6), Judgements{"char.slick ~"});
}

// "He is, on balance, a successful music director" held no hedge; "for the most part" was the
// intensifier *most* scaling nothing; "by any measure" no booster.
TEST(Lexicon, ShippedWeighingHedgesAndInsistingBoosters) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen is, on balance, a successful director. For the most part Halvorsen was "
        "reckless. Halvorsen was, by any measure, reckless. Halvorsen is not, by any measure, a "
        "timid regulator.\n",
        {{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}}});
    using Ids = std::vector<std::string>;
    EXPECT_EQ(testing::cue_ids(*a, 0), (Ids{"hedge.on-balance", "char.successful"}));
    EXPECT_EQ(testing::cue_ids(*a, 1), (Ids{"hedge.for-the-most-part", "char.reckless"}));
    EXPECT_EQ(testing::cue_ids(*a, 2), (Ids{"boost.by-any-measure", "char.reckless"}));
    EXPECT_EQ(judgements(*a, 3), Judgements{"char.timid 0.5"});
}

// Words of mind and preparation that gave no cue; the verbs "accomplished little" and
// "distinguished between" must stay none.
TEST(Lexicon, ShippedMindWitAndPreparation) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen is an accomplished negotiator. Halvorsen accomplished little. Halvorsen "
        "distinguished between the two. Halvorsen is incisive. Halvorsen was ill-informed. "
        "Halvorsen's thinking was muddled.\n",
        {{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}}});
    EXPECT_EQ(judgements(*a, 0), Judgements{"char.an-accomplished 0.5"});
    EXPECT_EQ(judgements(*a, 1), Judgements{});
    EXPECT_EQ(judgements(*a, 2), Judgements{});
    EXPECT_EQ(judgements(*a, 3), Judgements{"char.incisive 0.5"});
    EXPECT_EQ(judgements(*a, 4), Judgements{"char.ill-informed -0.5"});
    EXPECT_EQ(judgements(*a, 5), Judgements{"char.muddled -0.5"});
}

// QA pass q23 (an architecture review): "Varenkamp is not an innovator, and she has never
// claimed to be" read as the author's doubt, 'hedged claim'. A report of one word that is denied
// names none; an adverb or a phrase of belief keeps its doubt.
TEST(Lexicon, ADeniedReportOfOneWordIsNoDoubt) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen has never claimed to be an innovator. Halvorsen claimed to be an innovator. "
        "No allegation against Halvorsen was made. Halvorsen did not, reportedly, resign. "
        "Halvorsen is not thought to be reckless.\n",
        {kHalvorsen});
    const auto evidential = [&](std::uint32_t s) -> const Cue& { return evidential_of(*a, s); };
    EXPECT_EQ(evidential(0).id, "evid.claim");
    EXPECT_TRUE(evidential(0).negated);
    EXPECT_DOUBLE_EQ(evidential(0).weight, 0.0);
    EXPECT_DOUBLE_EQ(evidential(1).weight, -0.5);
    EXPECT_DOUBLE_EQ(evidential(2).weight, 0.0);
    EXPECT_LT(evidential(3).weight, 0.0);
    EXPECT_LT(evidential(4).weight, 0.0);
}

// QA pass q23 (a legal column): "Ellery joined an opinion that read the clause so broadly that
// even his admirers were puzzled" gave the hedge 'broadly'. After a degree word it is manner.
TEST(Lexicon, AnAdverbOfExtentAfterADegreeWordIsManner) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen read the clause so broadly that her allies were puzzled. Halvorsen treated "
        "her staff too roughly. Halvorsen was broadly right. Halvorsen cut roughly 40 percent of "
        "the staff. Halvorsen moved as tentatively as ever.\n",
        {kHalvorsen});
    const auto hedges = [&](std::uint32_t s) {
        std::vector<std::string> out;
        for (const auto& cue : a->analysis.claim(0, s).cues) {
            if (cue.kind == CueKind::hedge) {
                out.emplace_back(cue.id);
            }
        }
        return out;
    };
    using Ids = std::vector<std::string>;
    EXPECT_EQ(hedges(0), Ids{});
    EXPECT_EQ(hedges(1), Ids{});
    EXPECT_EQ(hedges(2), Ids{"hedge.broadly"});
    EXPECT_EQ(hedges(3), Ids{"hedge.roughly"});
    EXPECT_EQ(hedges(4), Ids{});
}

// QA pass q23: "the nurses praised her as attentive" gave no view; "inattentive" has a row of
// its own, since litotes would read it as "not attentive".
TEST(Lexicon, ShippedAttentive) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen was attentive. Halvorsen was inattentive. Halvorsen was not inattentive. "
        "Halvorsen paid attention to the budget.\n",
        {kHalvorsen});
    EXPECT_EQ(judgements(*a, 0), Judgements{"char.attentive 0.5"});
    EXPECT_EQ(judgements(*a, 1), Judgements{"char.inattentive -0.5"});
    EXPECT_EQ(judgements(*a, 2), Judgements{"char.inattentive 0.5"});
    EXPECT_EQ(judgements(*a, 3), Judgements{});
}

// Task q25: "Her re-election is far less certain" had no hedge ("far less" read as a denial of
// what followed: "far less certain of success" denied *success*); "less certain" of nothing
// and a plain comparison of a judgement stay as they were.
TEST(Lexicon, ShippedCertaintyLowered) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen was far less certain of success. Her success is far from certain. Her "
        "victory is much less certain. It is far from clear that Halvorsen knew. Halvorsen was "
        "far less reckless. Halvorsen was far from reckless.\n",
        {kHalvorsen});
    using Ids = std::vector<std::string>;
    EXPECT_EQ(testing::cue_ids(*a, 0), (Ids{"hedge.far-less-certain", "char.success"}));
    EXPECT_FALSE(testing::first_characterization(*a, 0).negated);
    EXPECT_EQ(testing::cue_ids(*a, 1), (Ids{"char.success", "hedge.far-from-certain"}));
    EXPECT_EQ(testing::cue_ids(*a, 2), (Ids{"char.victory", "hedge.much-less-certain"}));
    EXPECT_EQ(testing::cue_ids(*a, 3), (Ids{"hedge.far-from-clear"}));
    EXPECT_EQ(judgements(*a, 4), Judgements{"char.reckless 0.5"});
    EXPECT_TRUE(testing::first_characterization(*a, 5).negated);
}

// Task q25: "her finest building" gave no cue: superlatives of praise are rows of their own, as
// "boldest" is; "fine" and "able" stay none.
TEST(Lexicon, ShippedSuperlativesOfPraise) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Halvorsen built her finest building in 2010. Halvorsen was the ablest minister. "
        "Halvorsen was the wisest of them. The plan sounds fine to Halvorsen. Halvorsen was able "
        "to leave.\n",
        {kHalvorsen});
    EXPECT_EQ(judgements(*a, 0), Judgements{"char.finest 0.5"});
    EXPECT_EQ(judgements(*a, 1), Judgements{"char.ablest 0.5"});
    EXPECT_EQ(judgements(*a, 2), Judgements{"char.wisest 1"});
    EXPECT_EQ(judgements(*a, 3), Judgements{});
    EXPECT_EQ(judgements(*a, 4), Judgements{});
}

// Task r3 (a football column through a season, fixtures/pitch): a manager who loses the dressing
// room, tinkers, outwits a rival or is outwitted (outclassed, outplayed), is limited, bottles it
// or parks the bus, and a side that is clinical each gave no cue. The passive of *outwit* and
// *outthink* is the fault the active is the praise of; medicine's *clinical*, a limited budget and
// the patience of others judge no one.
TEST(Lexicon, ShippedSportsVerdictsOfAManagersSeason) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Farrow has lost the dressing room. Farrow is losing the locker room. Farrow keeps "
        "tinkering with the back four. Farrow outwitted the champions. Farrow was outwitted by "
        "the champions. Farrow was outthought from the first minute. Farrow outthought everyone. "
        "Farrow and his side were clinical. Farrow ran a clinical trial. Farrow wants clinical "
        "finishing. Farrow is a limited manager. Farrow had a limited budget. The patience of the "
        "fans with Farrow will run out. Farrow showed great patience. Farrow lost the "
        "dressing-room key. Farrow was outclassed at home. Farrow outplayed the champions. "
        "Farrow bottled it in the final. Farrow bottled it up for years. Farrow parked the bus. "
        "Farrow is one-dimensional.\n",
        {Subject{"Niall Farrow", {"Farrow"}, {}, {"he", "him", "his"}}});
    EXPECT_EQ(judgements(*a, 0), Judgements{"char.lost-the-dressing-room -1"});
    EXPECT_EQ(judgements(*a, 1), Judgements{"char.losing-the-locker-room -1"});
    EXPECT_EQ(judgements(*a, 2), Judgements{"char.tinker-with -0.5"});
    EXPECT_EQ(judgements(*a, 3), Judgements{"char.outwitted 0.5"});
    EXPECT_EQ(judgements(*a, 4), Judgements{"char.was-outwitted -0.5"});
    EXPECT_EQ(judgements(*a, 5), Judgements{"char.was-outthought -0.5"});
    EXPECT_EQ(judgements(*a, 6), Judgements{"char.outthought 0.5"});
    EXPECT_EQ(judgements(*a, 7), Judgements{"char.clinical ~"});
    EXPECT_EQ(judgements(*a, 8), Judgements{"char.clinical-trial 0"});
    EXPECT_EQ(judgements(*a, 9), Judgements{"char.clinical-finishing 0.5"});
    EXPECT_EQ(judgements(*a, 10), Judgements{"char.limited-manager -0.5"});
    EXPECT_EQ(judgements(*a, 11), Judgements{});
    EXPECT_EQ(judgements(*a, 12), Judgements{"char.patience-of-the 0"});
    EXPECT_EQ(judgements(*a, 13), Judgements{"char.patience 0.5"});
    EXPECT_EQ(judgements(*a, 14), Judgements{});
    EXPECT_EQ(judgements(*a, 15), Judgements{"char.was-outclassed -0.5"});
    EXPECT_EQ(judgements(*a, 16), Judgements{"char.outplay 0.5"});
    EXPECT_EQ(judgements(*a, 17), Judgements{"char.bottle-it -1"});
    EXPECT_EQ(judgements(*a, 18), Judgements{"char.bottle-it-up 0"});
    EXPECT_EQ(judgements(*a, 19), Judgements{"char.park-the-bus -0.5"});
    EXPECT_EQ(judgements(*a, 20), Judgements{"char.one-dimensional -0.5"});
}

// Task s1 (a candidate's profile through the polls, fixtures/campaign): a long shot, an
// electable candidate, one wooden on the stump, a seasoned campaigner, a sharp or poor debater
// and one who flip-flopped (whose doubled consonant the key of *flip-flop* does not undo) each
// gave no cue. A camera's or a striker's long shot is no judgement of odds, and *no longer*
// denies it.
TEST(Lexicon, ShippedVerdictsOfACampaign) {
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Dallmer is a long shot. Dallmer is no longer a long shot. Dallmer scored from a long "
        "shot. Dallmer opened the film with a long shot of the harbour. Dallmer is electable. "
        "Dallmer is wooden on the stump. Dallmer is a seasoned campaigner. Dallmer was the sharper "
        "debater. Dallmer is a poor debater. Dallmer flip-flopped on the rail line. Dallmer keeps "
        "flip-flopping. Dallmer built a wooden stage.\n",
        {Subject{"Katrin Dallmer", {"Dallmer"}, {}, {"she", "her", "hers"}}});
    EXPECT_EQ(judgements(*a, 0), Judgements{"char.long-shot -0.5"});
    EXPECT_EQ(judgements(*a, 1), Judgements{"char.long-shot 0.5"});
    EXPECT_EQ(judgements(*a, 2), Judgements{"char.from-a-long-shot 0"});
    EXPECT_EQ(judgements(*a, 3), Judgements{"char.with-a-long-shot 0"});
    EXPECT_EQ(judgements(*a, 4), Judgements{"char.electable 0.5"});
    EXPECT_EQ(judgements(*a, 5), Judgements{"char.wooden-on-the-stump -0.5"});
    EXPECT_EQ(judgements(*a, 6), Judgements{"char.seasoned-campaigner 0.5"});
    EXPECT_EQ(judgements(*a, 7), Judgements{"char.sharper-debater 0.5"});
    EXPECT_EQ(judgements(*a, 8), Judgements{"char.poor-debater -0.5"});
    EXPECT_EQ(judgements(*a, 9), Judgements{"char.flip-flopped -1"});
    EXPECT_EQ(judgements(*a, 10), Judgements{"char.flip-flopping -1"});
    EXPECT_EQ(judgements(*a, 11), Judgements{});
}

} // namespace
} // namespace redraft::claims
