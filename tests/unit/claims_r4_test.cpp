// Who holds a view: misreadings that earlier QA passes met on unseen texts and left (task r4;
// docs/assessment.md, Known limits): *allege* without *that*, a source named in an appositive
// before the next sentence's pronoun, "according to" a source turned into its own words, a noun
// phrase after ", and" in a reported clause, and the rows *firm*, *fair* and *bitter*. Each rule
// has a near case it must leave as it was.

#include <redraft/assess/assess.hpp>
#include <redraft/claims/claims.hpp>
#include <redraft/claims/lexicon.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "analysed_pair.hpp"
#include "analysed_text.hpp"

namespace redraft::claims {
namespace {

const Subject kSolheim{"Ingrid Solheim", {"Solheim"}, {}, {"she", "her", "hers", "herself"}};
const Subject kAbara{"Tunde Abara", {"Abara"}, {}, {"he", "him", "his", "himself"}};

const Lexicon& shipped() {
    static const Lexicon lexicon = load_lexicon({});
    return lexicon;
}

// The cue `term` of sentence `s` of the first paragraph, read with the shipped lexicon.
struct Found {
    std::string holder = "(no cue)";
    std::string holder_key;
    CueKind kind = CueKind::characterization;
    double weight = 0;
    bool counts = false; // the author's, counted for the subject
};
Found cue_of(const std::string& text, std::uint32_t s, std::string_view term,
             const Subject& subject) {
    const auto a = testing::analyse_with(load_lexicon({}), text, {subject});
    Found found;
    const Claim& claim = a->analysis.claim(0, s);
    for (const auto& cue : claim.cues) {
        if (cue.term == term) {
            found.holder = std::string(cue.holder);
            found.holder_key = std::string(cue.holder_key);
            found.kind = cue.kind;
            found.weight = cue.weight;
            found.counts = claim.is_about(0) && cue.counts_for(0) && cue.holder.empty();
        }
    }
    return found;
}

// The terms of the characterizations of sentence `s` (first paragraph).
std::vector<std::string> characterizations(const std::string& text, std::uint32_t s,
                                           const Subject& subject) {
    const auto a = testing::analyse_with(load_lexicon({}), text, {subject});
    std::vector<std::string> terms;
    for (const auto& cue : a->analysis.claim(0, s).cues) {
        if (cue.kind == CueKind::characterization) {
            terms.emplace_back(cue.term);
        }
    }
    return terms;
}

// Whether sentence `s` of the first paragraph is about the subject.
bool about_subject(const std::string& text, std::uint32_t s, const Subject& subject) {
    const auto a = testing::analyse_with(load_lexicon({}), text, {subject});
    return a->analysis.claim(0, s).mention_of(0) != nullptr;
}

// The kinds of the subject's changes between two texts, with the shipped lexicon.
std::vector<std::string> change_kinds(const std::string& old_text, const std::string& new_text,
                                      const Subject& subject) {
    return assess::testing::first_subject_change_kinds(shipped(), {subject}, old_text, new_text);
}

// 3. "According to a former student" -> "A former student alleges that": the same source.

TEST(ClaimsR4, ASourceThatNowSpeaksForItselfKeepsTheView) {
    const std::string opening = "Ingrid Solheim ran the laboratory for thirty years. ";
    const std::string according = opening + "According to a former student, she was careless "
                                            "with data.\n";
    for (const char* sentence : {"A former student alleges that she was careless with data.\n",
                                 "A former student says she was careless with data.\n",
                                 "A former student claims that she was careless with data.\n"}) {
        EXPECT_EQ(change_kinds(according, opening + sentence, kSolheim),
                  std::vector<std::string>{"reworded"})
            << sentence;
        // And back.
        EXPECT_EQ(change_kinds(opening + sentence, according, kSolheim),
                  std::vector<std::string>{"reworded"})
            << sentence;
    }
    // A named source too.
    EXPECT_EQ(change_kinds(opening + "According to Ewa Nowak, Solheim was careless with data.\n",
                           opening + "Ewa Nowak said that Solheim was careless with data.\n",
                           kSolheim),
              std::vector<std::string>{"reworded"});
}

TEST(ClaimsR4, ASourceDroppedOrChangedIsStillAChange) {
    const std::string opening = "Ingrid Solheim ran the laboratory for thirty years. ";
    const std::string according = opening + "According to a former student, she was careless "
                                            "with data.\n";
    // The author's own claim now: the evidential went, and the view changed holder.
    EXPECT_EQ(change_kinds(according, opening + "She was careless with data.\n", kSolheim),
              (std::vector<std::string>{"attribution_changed", "strengthened"}));
    // Another source: the doubt went and the view moved to other speakers.
    EXPECT_EQ(change_kinds(according,
                           opening + "A former colleague alleges that she was careless with "
                                     "data.\n",
                           kSolheim),
              (std::vector<std::string>{"attribution_changed", "strengthened"}));
}

// 1. *allege* without *that* reports its clause, as *claim* does.

TEST(ClaimsR4, AllegeWithoutThatIsTheSpeakersView) {
    const std::string opening = "Ingrid Solheim ran the laboratory for thirty years. ";
    const Found found =
        cue_of(opening + "Prosecutors allege she was dishonest.\n", 1, "dishonest", kSolheim);
    EXPECT_EQ(found.holder, "Prosecutors allege");
    EXPECT_FALSE(found.counts);
    EXPECT_EQ(
        cue_of(opening + "Prosecutors allege she was dishonest.\n", 1, "allege", kSolheim).kind,
        CueKind::attribution);
    // No evidential beside it: the doubt is the speakers'.
    EXPECT_EQ(
        cue_of(opening + "Prosecutors allege she was dishonest.\n", 1, "alleged", kSolheim).holder,
        "(no cue)");
    // Other speakers, genders, tenses; a name and a verb in the past after it.
    EXPECT_EQ(cue_of("Tunde Abara ran the club. Two former players alleged he had been "
                     "reckless.\n",
                     1, "reckless", kAbara)
                  .holder_key,
              "players");
    EXPECT_EQ(cue_of("The complaint alleges Abara was reckless with the accounts.\n", 0, "reckless",
                     kAbara)
                  .holder,
              "The complaint alleges");
}

TEST(ClaimsR4, AllegeWithNoClauseStaysTheEvidential) {
    // A participle, a passive and an object are no clause: the author's doubt, as before.
    for (const char* text :
         {"The alleged fraud was Solheim's doing.\n", "Solheim is alleged to be dishonest.\n",
          "Prosecutors allege fraud in Solheim's laboratory.\n"}) {
        const auto a = testing::analyse_with(load_lexicon({}), text, {kSolheim});
        bool evidential = false;
        bool attribution = false;
        for (const auto& cue : a->analysis.claim(0, 0).cues) {
            evidential = evidential || cue.kind == CueKind::evidential;
            attribution = attribution || cue.kind == CueKind::attribution;
        }
        EXPECT_TRUE(evidential) << text;
        EXPECT_FALSE(attribution) << text;
    }
}

// 2. A source named in an appositive, then the next sentence's pronoun.

TEST(ClaimsR4, ASourceInAnAppositiveDoesNotTakeTheNextSentencesPronoun) {
    // QA pass q23 (an obituary): "She was also stubborn" -> "She was also principled" reported
    // nothing, "She" read as the student.
    const std::string opening = "Ingrid Solheim ran the laboratory for thirty years. ";
    for (const char* source : {"A former student, Ewa Nowak, recalls that she rarely praised "
                               "anyone. ",
                               "Ewa Nowak, a former student, recalls that she rarely praised "
                               "anyone. ",
                               "One colleague, Maria Lind, said the hours were long. "}) {
        const std::string text = opening + source + "She was also stubborn.\n";
        EXPECT_TRUE(about_subject(text, 2, kSolheim)) << source;
        EXPECT_TRUE(cue_of(text, 2, "stubborn", kSolheim).counts) << source;
    }
    // Another gender, another verb of saying.
    EXPECT_TRUE(about_subject("Tunde Abara coached the club for a decade. One former player, "
                              "Kofi Mensah, says he never raised his voice. He was also "
                              "stubborn.\n",
                              2, kAbara));
}

TEST(ClaimsR4, AnAppositivesPersonWhoActsTakesTheNextPronoun) {
    // The person named in the appositive does something else than report: the next pronoun is
    // that person's, as before.
    const std::string opening = "Ingrid Solheim ran the laboratory for thirty years. ";
    for (const char* source : {"A former student, Ewa Nowak, now runs it. ",
                               "A former student, Ewa Nowak, recalls that Tom Berg left. ",
                               "Ewa Nowak recalls that she rarely praised anyone. "}) {
        const std::string text = opening + source + "She was also stubborn.\n";
        EXPECT_FALSE(about_subject(text, 2, kSolheim)) << source;
    }
}

// 4. A noun phrase subject after ", and" in a reported clause.

TEST(ClaimsR4, ANewThingAfterAndInAReportIsTheAuthors) {
    const std::string opening = "Ingrid Solheim ran the laboratory for thirty years. ";
    for (const char* sentence : {"Critics say she is careless, and the board has been timid.\n",
                                 "Critics said she was careless, and the Treasury was reckless.\n",
                                 "Her rivals argue that she is careless, and the city council has "
                                 "been reckless.\n"}) {
        const std::vector<std::string> faults = characterizations(opening + sentence, 1, kSolheim);
        ASSERT_EQ(faults.size(), 2u) << sentence;
        EXPECT_EQ(cue_of(opening + sentence, 1, faults[1], kSolheim).holder, "") << sentence;
        EXPECT_NE(cue_of(opening + sentence, 1, "careless", kSolheim).holder, "") << sentence;
    }
    EXPECT_EQ(cue_of("Tunde Abara ran the club. Fans say he is stubborn, and the board was "
                     "timid.\n",
                     1, "timid", kAbara)
                  .holder,
              "");
}

TEST(ClaimsR4, AClauseThatGoesOnWithTheReportStaysReported) {
    const std::string opening = "Ingrid Solheim ran the laboratory for thirty years. ";
    // A second "that"; a report about a thing, which a second thing goes on with; a pronoun's
    // noun phrase.
    for (const char* sentence : {"Critics say she is slow, and that the board has been timid.\n",
                                 "Critics say the plan is slow, and the board has been timid.\n",
                                 "Critics say she is slow, and her board has been timid.\n"}) {
        EXPECT_EQ(cue_of(opening + sentence, 1, "timid", kSolheim).holder.substr(0, 7), "Critics")
            << sentence;
    }
}

// 5. *firm*, *fair* and *bitter*, off their other senses.

TEST(ClaimsR4, FirmFairAndBitterJudgeAPerson) {
    using Terms = std::vector<std::string>;
    EXPECT_EQ(characterizations("Solheim has been firm and fair with the unions.\n", 0, kSolheim),
              (Terms{"firm", "fair"}));
    EXPECT_EQ(characterizations("Solheim kept a firm hand on the budget.\n", 0, kSolheim),
              Terms{"firm"});
    // A tone or a stand is conduct as a hand or a stance is.
    EXPECT_EQ(
        characterizations("Solheim struck a notably firm tone with the unions.\n", 0, kSolheim),
        Terms{"firm"});
    EXPECT_EQ(characterizations("Solheim took a firm stand against the cuts.\n", 0, kSolheim),
              Terms{"firm"});
    EXPECT_EQ(characterizations("She was fair to her staff, Solheim's deputy said.\n", 0, kSolheim),
              Terms{"fair"});
    EXPECT_EQ(characterizations("Solheim let the dispute turn bitter.\n", 0, kSolheim),
              Terms{"bitter"});
    EXPECT_EQ(characterizations("Abara grew bitter after the vote.\n", 0, kAbara), Terms{"bitter"});
    EXPECT_EQ(cue_of("Solheim was firm.\n", 0, "firm", kSolheim).weight, 0.5);
    EXPECT_EQ(cue_of("Solheim was bitter.\n", 0, "bitter", kSolheim).weight, -0.5);
    // Kept from happening, as "saved the firm from failure": the bitterness is denied (QA pass
    // q30: "she has kept the dispute from turning bitter" is praise).
    EXPECT_EQ(
        cue_of("Solheim has kept the dispute from turning bitter.\n", 0, "bitter", kSolheim).weight,
        0.5);
    EXPECT_EQ(cue_of("Solheim let the dispute turn bitter.\n", 0, "bitter", kSolheim).weight, -0.5);
    // "keep * from" an act keeps the act from happening, not the judgement after it.
    EXPECT_EQ(
        cue_of("Solheim kept the board from seeing her reckless plan.\n", 0, "reckless", kSolheim)
            .weight,
        -1.0);
    EXPECT_EQ(cue_of("Solheim kept the party from scandal.\n", 0, "scandal", kSolheim).weight,
              cue_of("Solheim saved the party from scandal.\n", 0, "scandal", kSolheim).weight);
    // So with every verb of prevention that takes "from": an act saved from happening denies
    // nothing past it, a noun phrase or a becoming is still denied.
    for (const char* text : {"Solheim saved the board from seeing her reckless plan.\n",
                             "Solheim spared the board from seeing her reckless plan.\n",
                             "Solheim rescued the board from reading her reckless plan.\n"}) {
        EXPECT_EQ(cue_of(text, 0, "reckless", kSolheim).weight, -1.0) << text;
    }
    EXPECT_EQ(
        cue_of("Solheim saved the dispute from turning bitter.\n", 0, "bitter", kSolheim).weight,
        0.5);
}

TEST(ClaimsR4, FirmFairAndBitterInTheirOtherSensesAreNoJudgement) {
    for (const char* text :
         {"Solheim joined a law firm in 1990.\n", "Solheim ran the firm for a decade.\n",
          "A firm of accountants audited Solheim's laboratory.\n",
          "Solheim's firm lost money that year.\n", "Solheim sold her stake to the firms.\n",
          "Solheim called the offer fair enough.\n", "Solheim opened the trade fair.\n",
          "It is fair to say that Solheim was late.\n", "Solheim paid a fair price for it.\n",
          "Solheim got her fair share.\n", "The criticism that Solheim was slow is fair.\n",
          "Solheim walked home in the bitter cold.\n", "A bitter wind blew as Solheim spoke.\n",
          "Solheim fought to the bitter end.\n"}) {
        const auto terms = characterizations(text, 0, kSolheim);
        for (const char* word : {"firm", "fair", "bitter"}) {
            EXPECT_EQ(std::count(terms.begin(), terms.end(), word), 0) << text;
        }
    }
}

} // namespace
} // namespace redraft::claims
