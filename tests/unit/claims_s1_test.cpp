// The author's verdict on the views of the sentence before (task s1, fixtures/campaign: a
// columnist rejects a commentator's reproach, "I think that is unfair.", and a revision later
// adopts it, "Brask is right."), and a candidate who surges or stalls. Each form has a near case
// it must leave as it was.

#include <redraft/claims/claims.hpp>
#include <redraft/claims/lexicon.hpp>
#include <redraft/document/document.hpp>

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "analysed_text.hpp"

namespace redraft::claims {
namespace {

const Subject kDallmer{"Katrin Dallmer", {"Dallmer"}, {}, {"she", "her", "hers", "herself"}};

// The characterization `term` of sentence `s` (first paragraph) as "holder weight": the holder
// empty for the author's view.
std::string view_of(const std::string& text, std::uint32_t s, std::string_view term) {
    const auto a = testing::analyse_with(load_lexicon({}), text, {kDallmer});
    for (const auto& cue : a->analysis.claim(0, s).cues) {
        if (cue.kind == CueKind::characterization && cue.term == term) {
            return std::string(cue.holder) + " " + std::to_string(cue.weight).substr(0, 5);
        }
    }
    return "(no cue)";
}

constexpr const char* kQuote =
    "Katrin Dallmer spoke. \"She is reckless,\" Anton Brask wrote in the Courier. ";

TEST(VerdictsOnViews, UpheldTheViewsBecomeTheAuthors) {
    EXPECT_EQ(view_of(std::string(kQuote) + "Brask is right.\n", 1, "reckless"), " -1.00");
    EXPECT_EQ(view_of(std::string(kQuote) + "I think he is right.\n", 1, "reckless"), " -1.00");
    EXPECT_EQ(view_of(std::string(kQuote) + "I agree.\n", 1, "reckless"), " -1.00");
    EXPECT_EQ(view_of(std::string(kQuote) + "That is not unfair.\n", 1, "reckless"), " -1.00");
}

TEST(VerdictsOnViews, RejectedTheViewsAreTheAuthorsDenial) {
    EXPECT_EQ(view_of(std::string(kQuote) + "I think that is unfair.\n", 1, "reckless"), " 1.000");
    EXPECT_EQ(view_of(std::string(kQuote) + "Brask is wrong.\n", 1, "reckless"), " 1.000");
    EXPECT_EQ(view_of(std::string(kQuote) + "I do not agree.\n", 1, "reckless"), " 1.000");
    EXPECT_EQ(view_of(std::string(kQuote) + "He is not right.\n", 1, "reckless"), " 1.000");
}

TEST(VerdictsOnViews, OtherSentencesLeaveTheViewsTheirHolders) {
    const std::string held = "Anton Brask wrote -1.00";
    // Another person named, a longer sentence, a verdict with more after it.
    EXPECT_EQ(view_of(std::string(kQuote) + "Hennig is right.\n", 1, "reckless"), held);
    EXPECT_EQ(view_of(std::string(kQuote) + "That is right, and the polls agree.\n", 1, "reckless"),
              held);
    EXPECT_EQ(view_of(std::string(kQuote) + "It is unfair.\n", 1, "reckless"), held);
    EXPECT_EQ(view_of(std::string(kQuote) + "The vote is on Sunday.\n", 1, "reckless"), held);
    // A person said to be fair or unfair is judged herself: no verdict on the views before
    // (both counted *reckless* as the author's before; "That is unfair." still rejects them).
    EXPECT_EQ(view_of(std::string(kQuote) + "He is fair.\n", 1, "reckless"), held);
    EXPECT_EQ(view_of(std::string(kQuote) + "Brask is unfair.\n", 1, "reckless"), held);
    EXPECT_EQ(view_of("Katrin Dallmer runs the port. Critics say Dallmer is reckless. She is "
                      "fair.\n",
                      1, "reckless"),
              "Critics say -1.00");
    // A view the subject holds of someone else stays hers.
    EXPECT_EQ(view_of("Katrin Dallmer said Hennig was reckless. She is right.\n", 0, "reckless"),
              "Katrin Dallmer said -1.00");
}

// *surge* and *stall* judge a candidate only as a person's verb (its subject a person named
// there or a personal pronoun, past auxiliaries and adverbs); a river, a share, a surge of
// support and the noun are none, and another person named there owns it.
TEST(CampaignVerbs, ACandidateSurgesOrStallsWhereAPersonIsTheVerbsSubject) {
    EXPECT_EQ(view_of("Katrin Dallmer has surged in the polls.\n", 0, "surge"), " 0.500");
    EXPECT_EQ(view_of("Katrin Dallmer spoke. She has finally stalled.\n", 1, "stall"), " -0.50");
    EXPECT_EQ(view_of("Katrin Dallmer saw the river surge.\n", 0, "surge"), "(no cue)");
    EXPECT_EQ(view_of("Katrin Dallmer spoke. Her share has stalled at 41%.\n", 1, "stall"),
              "(no cue)");
    EXPECT_EQ(view_of("Katrin Dallmer rode a surge of support.\n", 0, "surge"), "(no cue)");
    const auto a = testing::analyse_with(
        load_lexicon({}), "Katrin Dallmer met Paul Hennig, and Hennig has stalled.\n", {kDallmer});
    const auto& cues = a->analysis.claim(0, 0).cues;
    ASSERT_EQ(cues.size(), 1u);
    EXPECT_EQ(cues[0].owner, "Hennig");
    EXPECT_FALSE(cues[0].counts_for(0));
}

// Task s1, second part (fixtures/orchestra: a critic's column on a music director). A performance
// judged is a judgement of the conductor whose possessive owns it; a work's ordinal and an
// ensemble's name are no person's name; a soloist described after a comma owns her predicate;
// and a paragraph that names a man beside the subject still ends on her.

const Subject kVell{"Teodora Vell", {"Vell"}, {}, {"she", "her", "hers", "herself"}};

// Whether the characterization `term` of sentence `s` (first paragraph) counts for Vell, as
// "owner weight" (owner empty when it is hers by her sentence), or "(no cue)".
std::string reading_for_vell(const std::string& text, std::uint32_t s, std::string_view term) {
    const auto a = testing::analyse_with(load_lexicon({}), text, {kVell});
    for (const auto& cue : a->analysis.claim(0, s).cues) {
        if (cue.kind == CueKind::characterization && cue.term == term) {
            return std::string(cue.counts_for(0) && a->analysis.claim(0, s).is_about(0)
                                   ? "hers "
                                   : "not hers ") +
                   std::string(cue.owner);
        }
    }
    return "(no cue)";
}

TEST(OrchestraColumn, APerformanceHerPossessiveOwnsIsAJudgementOfHer) {
    // "Mahler Fifth" and "Bruckner Seventh" were people (an ordinal as a last name), so their
    // predicates were theirs and counted for no subject.
    EXPECT_EQ(reading_for_vell("Teodora Vell conducted. Her Mahler Fifth was electrifying.\n", 1,
                               "electrifying"),
              "hers ");
    EXPECT_EQ(reading_for_vell("Teodora Vell conducted. Vell's Bruckner Seventh was ponderous.\n",
                               1, "ponderous"),
              "hers ");
    // Near cases, as before: a composer's name alone, and a person who is no subject.
    EXPECT_EQ(reading_for_vell("Teodora Vell conducted. Her Mahler was tepid.\n", 1, "tepid"),
              "hers ");
    EXPECT_EQ(reading_for_vell("Teodora Vell met Anna Bruckner. Anna Bruckner was ponderous.\n", 1,
                               "ponderous"),
              "not hers Anna Bruckner");
}

TEST(OrchestraColumn, AnEnsembleIsNoPersonNamedLast) {
    // "Northmere Opera" was a person named after her, whom "She" could not pass.
    const auto a = testing::analyse_with(
        load_lexicon({}), "Teodora Vell led Northmere Opera. She was brilliant.\n", {kVell});
    EXPECT_TRUE(a->analysis.claim(0, 1).is_about(0));
    // A person named after her still may be the "She" (her gender unknown): no one.
    const auto b = testing::analyse_with(
        load_lexicon({}), "Teodora Vell met Anna Northmere. She was brilliant.\n", {kVell});
    EXPECT_FALSE(b->analysis.claim(0, 1).is_about(0));
}

TEST(OrchestraColumn, ASoloistDescribedAfterACommaOwnsHerPredicate) {
    // "superb" was no one's, so the subject's.
    EXPECT_EQ(reading_for_vell("Teodora Vell conducted. The soloist, the violinist Nadia Kerr, was "
                               "superb, and Vell accompanied her.\n",
                               1, "superb"),
              "not hers Nadia Kerr");
    EXPECT_EQ(
        reading_for_vell("Teodora Vell conducted. The soloist, her old friend Nadia Kerr, was "
                         "superb, and Vell accompanied her.\n",
                         1, "superb"),
        "not hers Nadia Kerr");
    // Near cases: a name right after the comma (as before), and a preposition opening the phrase.
    EXPECT_EQ(reading_for_vell("Teodora Vell conducted. The soloist, Nadia Kerr, was superb, and "
                               "Vell accompanied her.\n",
                               1, "superb"),
              "not hers Nadia Kerr");
    EXPECT_EQ(reading_for_vell("Teodora Vell conducted. Vell, with the violinist Nadia Kerr, was "
                               "superb.\n",
                               1, "superb"),
              "hers ");
}

// A paragraph that opens with "Her" after one whose last sentence names the subject and another
// person, with [analysis] pronouns_across_paragraphs.
bool carried_after(const std::string& first_paragraphs) {
    document::Document doc =
        document::parse(first_paragraphs + "\n\nHer first season was brilliant.\n", "t.txt", {});
    const Lexicon lexicon = load_lexicon({});
    const Analyzer analyzer(lexicon, {kVell}, find_people(doc), AnalysisSettings{true});
    const DocumentAnalysis analysis = analyzer.analyze(doc);
    return analysis.claim(static_cast<std::uint32_t>(analysis.paragraphs.size() - 1), 0)
        .is_about(0);
}

TEST(OrchestraColumn, ABlockEndsOnHerPastAManTheTextCallsHe) {
    // Ferrier is "he" (twice): the paragraph ends on her, and "Her" continues her. It ended on no
    // one before task s1.
    const std::string ferrier =
        "Duncan Ferrier runs the orchestra. He is proud of it, and he says so.\n\n";
    EXPECT_TRUE(carried_after(ferrier + "Teodora Vell was appointed, Ferrier said."));
    // Near cases: a person whose gender the text does not tell, and a woman, may be the "Her".
    EXPECT_FALSE(carried_after("Teodora Vell was appointed, Tom Reddan said."));
    EXPECT_FALSE(carried_after("Elspeth Rowe writes music. She is proud of it, and she says "
                               "so.\n\nTeodora Vell was appointed, Rowe said."));
}

TEST(OrchestraColumn, ArtsRowsAndEvening) {
    const Lexicon lexicon = load_lexicon({});
    // "The Evening Post": its key is "even", which was the intensifier.
    const auto a = testing::analyse_with(
        lexicon, "Teodora Vell conducted. The Evening Post praised her.\n", {kVell});
    EXPECT_EQ(testing::cue_ids(*a, 1), (std::vector<std::string>{"attr.praise"}));
    const auto b =
        testing::analyse_with(lexicon, "Teodora Vell conducted. She was even reckless.\n", {kVell});
    EXPECT_EQ(testing::cue_ids(*b, 1), (std::vector<std::string>{"int.even", "char.reckless"}));
    // Ambivalent rows are reported, never signed.
    for (const char* sentence : {"She was daring.", "She was austere.", "She was provocative.",
                                 "Her season was populist.", "She was demanding."}) {
        const auto c = testing::analyse_with(
            lexicon, std::string("Teodora Vell conducted. ") + sentence + "\n", {kVell});
        EXPECT_TRUE(testing::first_characterization(*c, 1).ambivalent) << sentence;
    }
    // "mannered" is quoted: "manner" (its key) is no judgement.
    EXPECT_EQ(reading_for_vell("Teodora Vell conducted. Her Mozart was mannered.\n", 1, "mannered"),
              "hers ");
    EXPECT_EQ(reading_for_vell("Teodora Vell conducted in a calm manner.\n", 0, "mannered"),
              "(no cue)");
}

} // namespace
} // namespace redraft::claims
