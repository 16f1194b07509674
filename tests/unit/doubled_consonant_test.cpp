// A term's first word meets its -ed and -ing forms that double the last consonant ("snub" in
// "snubbed", "stop short of" in "stopping short of"): Lexicon::candidates by doubled_key, and
// the cue search only where the text's word is such a form.

#include <redraft/claims/lexicon.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analysed_text.hpp"

namespace redraft::claims {
namespace {

using testing::analyse_text;
using testing::cue_ids;

TEST(DoubledKey, OneConsonantAfterOneVowel) {
    EXPECT_EQ(doubled_key("stop"), "stopp");
    EXPECT_EQ(doubled_key("admit"), "admitt");
    EXPECT_EQ(doubled_key("label"), "labell");
    EXPECT_EQ(doubled_key("flip-flop"), "flip-flopp");
    EXPECT_EQ(doubled_key("quit"), "quitt"); // the u of "qu" is no vowel
    EXPECT_EQ(doubled_key("equip"), "equipp");
    EXPECT_EQ(doubled_key("trek"), "trekk");
}

TEST(DoubledKey, NoneForOtherEndings) {
    EXPECT_EQ(doubled_key("treat"), ""); // two vowels
    EXPECT_EQ(doubled_key("stall"), ""); // two consonants
    EXPECT_EQ(doubled_key("show"), "");  // w, x and y never double
    EXPECT_EQ(doubled_key("relax"), "");
    EXPECT_EQ(doubled_key("panic"), ""); // "panicked", not "panicced"
    EXPECT_EQ(doubled_key("catch"), "");
    EXPECT_EQ(doubled_key("cut"), ""); // three letters: "cutting" is another word too often
    EXPECT_EQ(doubled_key("prudent"), "");
    EXPECT_EQ(doubled_key("vote"), "");
}

TEST(DoubledKey, EdOrIngForms) {
    EXPECT_TRUE(is_ed_or_ing_form("snubbed"));
    EXPECT_TRUE(is_ed_or_ing_form("STOPPING"));
    EXPECT_FALSE(is_ed_or_ing_form("Grimm"));
    EXPECT_FALSE(is_ed_or_ing_form("ed"));
}

constexpr const char* kRows = "c.snub\tsnub\tcharacterization\t-0.5\tfavorability\t\n"
                              "c.grim\tgrim\tcharacterization\t-0.5\tfavorability\t\n"
                              "n.stop\tstop short of\tnegation\t-1\t\t\n"
                              "n.stopped\tstopped short of\tnegation\t-1\t\t\n"
                              "c.reckless\treckless\tcharacterization\t-1\tfavorability\t\n"
                              "i.quite\tquite\tintensifier\t1.25\t\t\n"
                              "c.slim\t\"slim\"\tcharacterization\t+0.5\tfavorability\t\n";

Subject voss() {
    return {"Anna Voss", {"Voss"}, {}, {"she", "her", "hers", "herself"}};
}

TEST(DoubledConsonant, EdAndIngFormsMeetTheBaseRow) {
    const auto a = analyse_text(kRows,
                                "Voss snubbed the envoy. Voss kept snubbing him. Voss snubs "
                                "him. Voss delivered a snub.",
                                {voss()});
    for (std::uint32_t s = 0; s < 4; ++s) {
        EXPECT_EQ(cue_ids(*a, s), std::vector<std::string>{"c.snub"}) << s;
    }
}

TEST(DoubledConsonant, ARowOfItsOwnForTheDoubledFormKeepsIt) {
    const auto a = analyse_text(kRows,
                                "Voss stopped short of calling him reckless. Voss is stopping "
                                "short of it.",
                                {voss()});
    // "stopped short of" has its own row, which "stopping short of" meets too (one key, "stopp");
    // the base row is not found there a second time.
    EXPECT_EQ(cue_ids(*a, 0), (std::vector<std::string>{"n.stopped", "c.reckless"}));
    EXPECT_EQ(cue_ids(*a, 1), std::vector<std::string>{"n.stopped"});
}

TEST(DoubledConsonant, OnlyAnEdOrIngFormAsWritten) {
    // "Grimm" has the key "grimm", the doubled key of "grim", but is no -ed or -ing form.
    // A name the scan finds is no cue anyway; a word it does not take for one (here written in
    // lower case) is none either, by the form of the word.
    const auto a = analyse_text(kRows,
                                "Voss met Walter Grimm. Grimm wrote to Voss. Voss read the "
                                "grimm tales.",
                                {voss()});
    EXPECT_TRUE(cue_ids(*a, 0).empty());
    EXPECT_TRUE(cue_ids(*a, 1).empty());
    EXPECT_TRUE(cue_ids(*a, 2).empty());
}

TEST(DoubledConsonant, CandidatesByTheDoubledKey) {
    Lexicon lexicon;
    lexicon.load_text(std::string("id\tterm\tkind\tpolarity\tdimension\tnote\n") + kRows,
                      "test.tsv", LexiconOrigin::shipped);
    const auto ids_at = [&](const std::string& key) {
        std::vector<std::string> ids;
        if (const auto* rows = lexicon.candidates(key)) {
            for (const auto row : *rows) {
                ids.push_back(lexicon.entry(row).id);
            }
        }
        return ids;
    };
    EXPECT_EQ(ids_at("snubb"), std::vector<std::string>{"c.snub"});
    EXPECT_EQ(ids_at("snub"), std::vector<std::string>{"c.snub"});
    EXPECT_EQ(ids_at("stopp"), std::vector<std::string>{"n.stopped"});
    EXPECT_EQ(ids_at("recklesss"), std::vector<std::string>{});
    // Only a first word that is its own key: "quite" has the key "quit", and "quitting" is no
    // "quite"; a quoted term matches its words only as written.
    EXPECT_EQ(ids_at("quitt"), std::vector<std::string>{});
    EXPECT_EQ(ids_at("slimm"), std::vector<std::string>{});
}

TEST(DoubledConsonant, EveryDimensionOfATermIsFoundByItsDoubledKey) {
    // Two rows of one term and kind on two dimensions: neither hides the other's doubled key.
    Lexicon lexicon;
    lexicon.load_text("id\tterm\tkind\tpolarity\tdimension\tnote\n"
                      "c.snub\tsnub\tcharacterization\t-0.5\tfavorability\t\n"
                      "c.snub-stance\tsnub\tcharacterization\t+0.5\tstance\t\n",
                      "test.tsv", LexiconOrigin::shipped);
    const auto* rows = lexicon.candidates("snubb");
    ASSERT_NE(rows, nullptr);
    EXPECT_EQ(rows->size(), 2u);
}

} // namespace
} // namespace redraft::claims
