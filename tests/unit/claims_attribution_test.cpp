// Who holds a view: where an attribution's reach ends, and the subject speaking, whose own words
// judge something else than the subject.

#include <redraft/claims/claims.hpp>
#include <redraft/document/document.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <vector>

#include "analysed_text.hpp"

namespace redraft::claims {
namespace {

// The lexicon rows of these tests.
const std::string kRows = "c.weak\tweak\tcharacterization\t-1\tfavorability\t\n"
                          "c.rash\trash\tcharacterization\t-1\tfavorability\t\n"
                          "c.prudent\tprudent\tcharacterization\t+0.5\tfavorability\t\n"
                          "c.failure\tfailure\tcharacterization\t-1\tfavorability\t\n"
                          "s.firm\tfirm\tcharacterization\t+1\tstance\t\n"
                          "h.perhaps\tperhaps\thedge\t-0.5\tcertainty\t\n"
                          "a.critics-argue\tcritics argue\tattribution\t0\t\t\n"
                          "a.said\tsaid\tattribution\t0\t\t\n"
                          "a.insist\tinsist\tattribution\t0\t\t\n"
                          "a.analysts\tanalysts\tattribution\t0\t\t\n"
                          "a.warn-that\twarn that\tattribution\t0\t\t\n"
                          "a.advocate\tadvocate\tattribution\t0\t\t\n"
                          "a.seen-as\tseen as\tattribution\t0\t\t\n"
                          "a.critics\tcritics\tattribution\t0\t\t\n"
                          "a.according-to-critics\taccording to critics\tattribution\t0\t\t\n"
                          "e.according-to\taccording to\tevidential\t-0.25\tcertainty\t\n"
                          "a.describe-her-as\tdescribe her as\tattribution\t0\t\t\n"
                          "a.describe-as\tdescribe * as\tattribution\t0\t\t\n"
                          "a.criticise\tcriticise\tattribution\t0\t\t\n"
                          "a.call\tcall\tattribution\t0\t\t\n"
                          "a.call-her\tcall her\tattribution\t0\t\t\n"
                          "a.say\tsay\tattribution\t0\t\t\n"
                          "a.complain-that\tcomplain that\tattribution\t0\t\t\n"
                          "a.supporters-argue\tsupporters argue\tattribution\t0\t\t\n"
                          "a.many-believe\tmany believe\tattribution\t0\t\t\n"
                          "a.widely-seen-as\twidely seen as\tattribution\t0\t\t\n"
                          "a.think\tthink\tattribution\t0\t\t\n"
                          "a.thought\tthought\tattribution\t0\t\t\n"
                          "a.believe\tbelieve\tattribution\t0\t\t\n"
                          "a.believe-that\tbelieve that\tattribution\t0\t\t\n"
                          "a.feel\tfeel\tattribution\t0\t\t\n"
                          "a.felt\tfelt\tattribution\t0\t\t\n"
                          "a.in-the-view-of\tin the view of\tattribution\t0\t\t\n"
                          "a.in-the-eyes-of\tin the eyes of\tattribution\t0\t\t\n"
                          "a.in-view\tin * view\tattribution\t0\t\t\n"
                          "a.in-my-view\tin my view\tattribution\t0\t\t\n"
                          "a.brand\tbrand\tattribution\t0\t\t\n"
                          "a.labelled\tlabelled\tattribution\t0\t\t\n"
                          "a.label\tlabel\tattribution\t0\t\t\n"
                          "a.think-of-as\tthink of * as\tattribution\t0\t\t\n"
                          "a.tell\ttell\tattribution\t0\t\t\n"
                          "a.told\ttold\tattribution\t0\t\t\n"
                          "a.added\tadded\tattribution\t0\t\t\n"
                          "a.wrote\twrote\tattribution\t0\t\t\n"
                          "a.warn\twarn\tattribution\t0\t\t\n"
                          "a.claim\tclaim\tattribution\t0\t\t\n"
                          "e.claim\tclaim\tevidential\t-0.5\tcertainty\t\n"
                          "e.reportedly\treportedly\tevidential\t-0.5\tcertainty\t\n";

const Subject kHalvorsen{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}};

using Analysed = testing::AnalysedText;

std::unique_ptr<Analysed> analyse(const std::string& text) {
    return testing::analyse_text(kRows, text, {kHalvorsen});
}

const Cue& cue(const Analysed& a, std::string_view term, std::uint32_t sentence = 0) {
    for (const auto& c : a.analysis.claim(0, sentence).cues) {
        if (c.term == term) {
            return c;
        }
    }
    throw std::runtime_error("no cue " + std::string(term));
}

// In each of the first `paragraphs` paragraphs, claim `sentence`'s last cue is held by `referent`.
void expect_last_holder(const Analysed& a, std::uint32_t paragraphs, std::uint32_t sentence,
                        const std::string& referent) {
    for (std::uint32_t p = 0; p < paragraphs; ++p) {
        ASSERT_FALSE(a.analysis.claim(p, sentence).cues.empty()) << p;
        EXPECT_EQ(a.analysis.claim(p, sentence).cues.back().holder_referent, referent) << p;
    }
}

TEST(ClaimsAttribution, TheAuthorsAnswerAfterButIsTheAuthors) {
    const auto a = analyse("Critics argue Halvorsen was rash, but she was in fact prudent.\n");
    EXPECT_EQ(cue(*a, "rash").holder, "Critics argue");
    EXPECT_EQ(cue(*a, "prudent").holder, "");
}

TEST(ClaimsAttribution, AContrastInsideAQuotationIsTheSpeakers) {
    // QA pass q19 (an unseen business analysis): in 'said he was "decisive, but no longer
    // listening to anyone"' the contrast inside the director's quoted words ended his view, so
    // that a denial there was the author's ("no longer careful" gave the author -0.5).
    const auto a = analyse("Tomas Berg said Halvorsen was \"prudent, but no longer weak\".\n"
                           "Tomas Berg said Halvorsen was \"weak\", but she was in fact prudent.\n"
                           "Critics argue Halvorsen was rash, but she was in fact prudent.\n");
    EXPECT_EQ(cue(*a, "weak", 0).holder, "Tomas Berg said");
    EXPECT_EQ(cue(*a, "weak", 1).holder, "Tomas Berg said");
    EXPECT_EQ(cue(*a, "prudent", 1).holder, ""); // the quotation closed before the author's answer
    EXPECT_EQ(cue(*a, "prudent", 2).holder, "");
}

TEST(ClaimsAttribution, AReportingVerbStillHoldsAListAfterIt) {
    const auto a = analyse("Critics argue Halvorsen was rash, weak and a failure.\n");
    EXPECT_EQ(cue(*a, "rash").holder, "Critics argue");
    EXPECT_EQ(cue(*a, "weak").holder, "Critics argue");
    EXPECT_EQ(cue(*a, "failure").holder, "Critics argue");
}

TEST(ClaimsAttribution, TheSubjectsOwnWordsDoNotScoreHer) {
    const auto a = analyse("Halvorsen warned that the recovery was weak.\n"
                           "Halvorsen said the old policy had been a failure.\n");
    const Cue& weak = cue(*a, "weak", 0);
    EXPECT_EQ(weak.holder_subject, 0u);
    EXPECT_FALSE(weak.counts_for(0));
    EXPECT_FALSE(cue(*a, "failure", 1).counts_for(0));
    const auto profile = build_profile(a->analysis, 0, kHalvorsen.name, dimension_names({}));
    EXPECT_EQ(profile.dimensions[0].cues, 0u);
    EXPECT_EQ(profile.dimensions[0].attributed_cues, 0u);
}

TEST(ClaimsAttribution, TheSubjectNamedInAnOpeningAppositiveSpeaksHerself) {
    // Found on an unseen football essay: with the chairman the subject, "The chairman, Martin
    // Cobb, called him stubborn" scored *stubborn* as others' view of the chairman.
    const auto a = analyse("The governor, Ingrid Halvorsen, said the old policy had been a "
                           "failure. Ingrid Halvorsen, the governor, said the board was weak. "
                           "Her deputy, Maria Berg, said Halvorsen was rash.\n");
    EXPECT_EQ(cue(*a, "failure", 0).holder_subject, 0u);
    EXPECT_FALSE(cue(*a, "failure", 0).counts_for(0));
    EXPECT_EQ(cue(*a, "weak", 1).holder_subject, 0u);
    EXPECT_FALSE(cue(*a, "weak", 1).counts_for(0));
    // Another person in the appositive: her view of the subject.
    EXPECT_NE(cue(*a, "rash", 2).holder_subject, 0u);
    EXPECT_TRUE(cue(*a, "rash", 2).counts_for(0));
}

TEST(ClaimsAttribution, ANameAfterAPrepositionDefinesTheSpeakersNotTheSpeaker) {
    // Found on an unseen essay: "Members in favour of Tobias Wendt say he was prudent" read
    // *prudent* as Wendt's own words (not scored), since his name stood right before "say".
    const auto a = testing::analyse_text(
        kRows + "a.state-that\tstate that\tattribution\t0\t\t\n",
        "Members in favour of Halvorsen say she was prudent. Sources close "
        "to Halvorsen say she was rash. In 2019 Halvorsen said the board was "
        "weak. Of course Halvorsen said the board was rash. The plan stalled, "
        "with Halvorsen stating that the board was weak.\n",
        {kHalvorsen});
    EXPECT_NE(cue(*a, "prudent", 0).holder_subject, 0u);
    EXPECT_TRUE(cue(*a, "prudent", 0).counts_for(0));
    EXPECT_EQ(cue(*a, "prudent", 0).holder, "Members in favour of Halvorsen say");
    EXPECT_TRUE(cue(*a, "rash", 1).counts_for(0));
    // Not after a preposition: she speaks, her own words.
    EXPECT_EQ(cue(*a, "weak", 2).holder_subject, 0u);
    EXPECT_EQ(cue(*a, "rash", 3).holder_subject, 0u);
    // "with" opens an absolute clause whose subject speaks (the seed essay's "with Rutte
    // stating that").
    EXPECT_EQ(cue(*a, "weak", 4).holder_subject, 0u);
}

TEST(ClaimsAttribution, ARelativeClauseAfterTheSpeakersNameNamesNoSpeaker) {
    // Found on an unseen essay on a judge: "Justice Daniel Brandt, who sat beside her for nine
    // years, said ..." (seven words) scored his own words as others' view of him, and with
    // "who sat beside Okafor," the name closing the clause was taken for the speaker: Okafor's
    // own words. A relative clause is closed by its comma; the name before it speaks.
    const auto a = analyse("Ingrid Halvorsen, who sat beside the chairman for nine long years, "
                           "said the board was weak. Maria Berg, who sat beside Halvorsen, said "
                           "the board was rash. Ingrid Halvorsen, the governor of the bank in "
                           "the north, said the board was weak.\n");
    EXPECT_EQ(cue(*a, "weak", 0).holder_subject, 0u);
    EXPECT_FALSE(cue(*a, "weak", 0).counts_for(0));
    EXPECT_NE(cue(*a, "rash", 1).holder_subject, 0u);
    EXPECT_TRUE(cue(*a, "rash", 1).counts_for(0));
    // An appositive noun phrase keeps its six words: past them, no appositive is read.
    EXPECT_NE(cue(*a, "weak", 2).holder_subject, 0u);
}

TEST(ClaimsAttribution, TheWhoOfARelativeClauseAfterANameSpeaks) {
    // Found on an unseen obituary: "Arne Bakke, who called her reckless, ..." counted the label
    // as others' view of Bakke. The "who" after a name and its comma is the one named: his own
    // words, the "her" someone else. Not a question's "who", nor one after a possessive.
    const Subject lund{"Tomas Lund", {"Lund"}, {}, {"he", "him", "his"}};
    const auto a = testing::analyse_text(kRows,
                                         "Tomas Lund, who called her rash, left. Halvorsen asked "
                                         "Tomas Lund who called her rash. Lund's aide, who called "
                                         "her rash, left.\n",
                                         {kHalvorsen, lund});
    EXPECT_EQ(cue(*a, "rash", 0).holder_subject, 1u);
    EXPECT_FALSE(cue(*a, "rash", 0).counts_for(1));
    EXPECT_EQ(cue(*a, "rash", 1).holder_subject, Cue::kNoOwner);
    EXPECT_EQ(cue(*a, "rash", 2).holder_subject, Cue::kNoOwner);
}

TEST(ClaimsAttribution, TheWhoOfARelativeClauseNamesItsHolder) {
    // Task q20: the holder of "Tomas Lund, who called her rash," was shown as 'who called her'
    // alone; reports name the one the "who" stands for, a subject or another person. A
    // question's "who" names no one.
    const Subject lund{"Tomas Lund", {"Lund"}, {}, {"he", "him", "his"}};
    const auto a = testing::analyse_text(kRows,
                                         "Tomas Lund, who called her rash, left. Arne Bakke, who "
                                         "called her rash, left. Halvorsen asked Arne Bakke who "
                                         "called her rash.\n",
                                         {kHalvorsen, lund});
    EXPECT_EQ(cue(*a, "rash", 0).holder_referent, "Tomas Lund");
    EXPECT_EQ(cue(*a, "rash", 1).holder_referent, "Arne Bakke");
    EXPECT_EQ(cue(*a, "rash", 1).holder_key, "bakke");
    EXPECT_EQ(cue(*a, "rash", 2).holder_referent, "");
}

TEST(ClaimsAttribution, TheSpeakerOfARelativeClauseOnAPersonIsSomeoneElse) {
    // Task q20: in "Tomas Lund, whom she called rash, left" the "she" is not Lund, whom the
    // clause is about, even where Lund may be "she" (a subject chosen without a known gender):
    // it was read as Lund's own words and scored for no one; it is Anna Berg's view of him.
    const Subject lund{"Tomas Lund", {"Lund"}, {}, {"he", "him", "his", "she", "her"}};
    const auto a = testing::analyse_text(
        kRows, "Anna Berg ran the port. Tomas Lund, whom she called rash, left.\n", {lund});
    EXPECT_EQ(cue(*a, "rash", 1).holder_subject, Cue::kNoOwner);
    EXPECT_TRUE(cue(*a, "rash", 1).counts_for(0));
    EXPECT_EQ(cue(*a, "rash", 1).holder_referent, "Anna Berg");
    // Not a pronoun after another relative word, nor after a name with no comma (task q22: not
    // "said she called him rash" either, whose "him" is Lund: one person is not "he" and "she" in
    // one sentence).
    const auto b = testing::analyse_text(
        kRows, "Anna Berg ran the port. Tomas Lund said she was rash.\n", {lund});
    EXPECT_NE(cue(*b, "rash", 1).holder_subject, Cue::kNoOwner);
}

TEST(ClaimsAttribution, TheSubjectPraisingSomeoneElseIsHerOwnWords) {
    // QA pass J: "praise" is the other side of "criticise": the one who praises judges the one
    // praised, not herself; praised herself ("was praised"), she is judged.
    const auto a = testing::analyse_text(kRows + "a.praise\tpraise\tattribution\t0\t\t\n",
                                         "Halvorsen praised Berg for being prudent. Halvorsen "
                                         "was praised for being prudent.\n",
                                         {kHalvorsen});
    EXPECT_EQ(cue(*a, "prudent", 0).holder_subject, 0u);
    EXPECT_FALSE(cue(*a, "prudent", 0).counts_for(0));
    EXPECT_TRUE(cue(*a, "prudent", 1).counts_for(0));
}

TEST(ClaimsAttribution, PeopleWhoAreTheObjectOfHerVerbHoldNoView) {
    // QA pass J: "analysts" after her verb are the people she acted on, not speakers: the view
    // stays the author's, or the one who told them holds it.
    const auto a = analyse("Halvorsen spooked analysts with a rash cut. Halvorsen confounded her "
                           "critics with a prudent budget. She told analysts that the cut was "
                           "rash. Some analysts think she was rash. She was mocked by critics as "
                           "rash. Even her critics concede she was prudent. She has repeatedly "
                           "told analysts that the cut was rash.\n");
    EXPECT_EQ(cue(*a, "rash", 0).holder, "");
    EXPECT_EQ(cue(*a, "prudent", 1).holder, "");
    EXPECT_EQ(cue(*a, "rash", 2).holder, "She told");
    EXPECT_FALSE(cue(*a, "rash", 2).counts_for(0));
    // Speakers still: the people open the clause, or come after a preposition.
    EXPECT_EQ(cue(*a, "rash", 3).holder, "Some analysts think");
    EXPECT_EQ(cue(*a, "rash", 4).holder, "critics");
    EXPECT_EQ(cue(*a, "prudent", 5).holder, "her critics");
    EXPECT_EQ(cue(*a, "rash", 6).holder, "She has repeatedly told");
}

TEST(ClaimsAttribution, APronounHolderStandsForThePersonItContinues) {
    // Another person named before the pronoun, or before the quotation of a speech tag; the
    // subject herself; "they" after a group named by a plural noun in the sentence before.
    const auto a = analyse("Maria Berg spoke first. She said Halvorsen was weak. "
                           "\u201cHalvorsen was rash,\u201d she said.\n\n"
                           "Maria Berg spoke. In her view, Halvorsen was weak.\n\n"
                           "Halvorsen spoke. She said the old policy had been a failure.\n\n"
                           "Critics argue that Halvorsen was rash. They say she was weak.\n");
    EXPECT_EQ(cue(*a, "weak", 1).holder, "She said");
    EXPECT_EQ(cue(*a, "weak", 1).holder_referent, "Maria Berg");
    EXPECT_EQ(cue(*a, "weak", 1).holder_key, "berg"); // as "Berg said" is
    // Past the quotation, and past the subject it names (she does not name herself).
    EXPECT_EQ(cue(*a, "rash", 2).holder_referent, "Maria Berg");
    const auto held = [&](std::uint32_t p, std::uint32_t s) -> const Cue& {
        const auto& cues = a->analysis.claim(p, s).cues;
        if (cues.empty()) {
            throw std::runtime_error("no cue");
        }
        return cues.back();
    };
    EXPECT_EQ(held(1, 1).holder_referent, "Maria Berg");
    EXPECT_EQ(held(2, 1).holder_referent, "Ingrid Halvorsen");
    EXPECT_EQ(held(3, 1).term, "weak");
    EXPECT_EQ(held(3, 1).holder_referent, "critics");
    EXPECT_EQ(held(3, 1).holder_key, "critics");
}

TEST(ClaimsAttribution, AWildcardTermsLastWordIsFoundAnywhereInItsReach) {
    // The cue search passes a wildcard term on the initials of the words where its last word may
    // stand: the last word three words on, and one whose written initial is no ASCII letter (the
    // ligature "\ufb01" folds to "fi") must still be found.
    const auto a = testing::analyse_text(
        kRows + "a.in-finding\tin * finding\tattribution\t0\t\t\n",
        "In the new chair's view, Halvorsen was weak. In the panel's \ufb01nding, Halvorsen was "
        "weak.\n",
        {kHalvorsen});
    EXPECT_EQ(cue(*a, "weak", 0).holder, "In the new chair's view");
    EXPECT_EQ(cue(*a, "weak", 1).holder, "In the panel's \ufb01nding");
}

TEST(ClaimsAttribution, AWildcardTermIsPassedOverWhereItsReachLacksItsLastWord) {
    // StartingTerm::last_initial: no word of the reach with the last word's initial ("opinion"),
    // one with it but another word ("fading"); a last word that opens with a digit ("2030") is
    // found, and not where only another number stands.
    const auto a = testing::analyse_text(
        kRows + "a.in-finding\tin * finding\tattribution\t0\t\t\n"
                "h.by-2030\tby * 2030\thedge\t-0.5\tcertainty\t\n",
        "In the panel's opinion, Halvorsen was weak. In the panel's fading, Halvorsen was weak. "
        "By the year 2030, Halvorsen was weak. By the year 2031, Halvorsen was weak.\n",
        {kHalvorsen});
    EXPECT_EQ(cue(*a, "weak", 0).holder, "");
    EXPECT_EQ(cue(*a, "weak", 1).holder, "");
    const auto has_term = [&](std::uint32_t sentence, std::string_view term) {
        const auto& cues = a->analysis.claim(0, sentence).cues;
        return std::any_of(cues.begin(), cues.end(), [&](const Cue& c) { return c.term == term; });
    };
    EXPECT_TRUE(has_term(2, "by * 2030"));
    EXPECT_FALSE(has_term(3, "by * 2030"));
}

TEST(ClaimsAttribution, APronounNoSubjectHasStillContinuesTheClausesOpener) {
    // "he" is none of the subject's pronouns, so no pattern starts at it: the mention scan must
    // still stop there (WordStart::pronoun_or_quote), in any case, to read it as the opener.
    const auto a = analyse("Erik Berg met Halvorsen, and he said she was weak.\n\n"
                           "Erik Berg met Halvorsen, and HE said she was weak.\n");
    expect_last_holder(*a, 2, 0, "Erik Berg");
}

TEST(ClaimsAttribution, ASpeechTagPastSingleQuotesLooksPastTheQuotation) {
    // The scan stops at a single quote mark, straight or curly, as at a double one.
    const auto a = analyse("Maria Berg met Halvorsen. 'Halvorsen was rash,' she said.\n\n"
                           "Maria Berg met Halvorsen. \u2018Halvorsen was rash,\u2019 she said.\n");
    expect_last_holder(*a, 2, 1, "Maria Berg");
}

TEST(ClaimsAttribution, APronounHolderWithNoOneToStandForStaysAsWritten) {
    // No one named before it; a person of the other gender named last (Erik Berg is "he"
    // twice); "they" past the sentence right after the group, or after a person.
    const auto a = analyse("She said Halvorsen was weak.\n\n"
                           "Erik Berg came. He was late, and he left. She said Halvorsen was "
                           "weak.\n\n"
                           "Critics argue that Halvorsen was rash. The vote was close. They say "
                           "she was weak.\n\n"
                           "Pavel Novak said Halvorsen was rash. They say she was weak.\n");
    EXPECT_EQ(cue(*a, "weak", 0).holder_referent, "");
    EXPECT_EQ(cue(*a, "weak", 0).holder_key, "*");
    for (const auto& [p, s] : {std::pair{1U, 2U}, std::pair{2U, 2U}, std::pair{3U, 1U}}) {
        ASSERT_FALSE(a->analysis.claim(p, s).cues.empty());
        EXPECT_EQ(a->analysis.claim(p, s).cues.back().holder_referent, "") << p;
    }
}

TEST(ClaimsAttribution, PeopleNamedByAPluralNounHoldWhatTheySuggest) {
    // No lexicon row for economists or historians: the ending of the plural says people.
    const auto a = testing::analyse_text(kRows + "h.suggest\tsuggest\thedge\t-0.5\tcertainty\t\n"
                                                 "h.estimate\testimate\thedge\t-0.5\tcertainty\t\n",
                                         "Some economists suggest Halvorsen was weak. Two "
                                         "historians estimated that Halvorsen was rash. The data "
                                         "suggest Halvorsen was weak. The figures suggest "
                                         "Halvorsen was weak. An economist suggested Halvorsen "
                                         "was weak.\n",
                                         {kHalvorsen});
    EXPECT_EQ(cue(*a, "weak", 0).holder, "Some economists suggest");
    EXPECT_EQ(cue(*a, "weak", 0).holder_key, "economists");
    EXPECT_EQ(cue(*a, "suggest", 0).kind, CueKind::attribution); // their view, not a doubt
    EXPECT_EQ(cue(*a, "rash", 1).holder_key, "historians");
    // Things suggest for the author, and one economist is no group the rule knows.
    for (std::uint32_t s = 2; s <= 4; ++s) {
        EXPECT_EQ(cue(*a, "weak", s).holder, "") << s;
        EXPECT_EQ(cue(*a, "suggest", s).kind, CueKind::hedge) << s;
    }
}

TEST(ClaimsAttribution, PeopleWhosePluralEndsLikeAThingHoldWhatTheySuggest) {
    // "experts", "officials", "colleagues": no agent ending, but people all the same.
    const auto a = testing::analyse_text(kRows + "h.suggest\tsuggest\thedge\t-0.5\tcertainty\t\n",
                                         "Some experts suggest Halvorsen was weak. Officials "
                                         "suggest Halvorsen was rash. Her colleagues suggest "
                                         "Halvorsen was weak. The official figures suggest "
                                         "Halvorsen was rash.\n",
                                         {kHalvorsen});
    EXPECT_EQ(cue(*a, "weak", 0).holder_key, "experts");
    EXPECT_EQ(cue(*a, "suggest", 0).kind, CueKind::attribution);
    EXPECT_EQ(cue(*a, "rash", 1).holder_key, "officials");
    EXPECT_EQ(cue(*a, "weak", 2).holder_key, "colleagues");
    // Evidence still suggests for the author.
    EXPECT_EQ(cue(*a, "rash", 3).holder, "");
    EXPECT_EQ(cue(*a, "suggest", 3).kind, CueKind::hedge);
}

TEST(ClaimsAttribution, ASubjectPronounRepeatedAfterAndIsTheOneItRepeats) {
    // Found on an unseen hospital essay: the second "she" went to the person named between the
    // two, so Berg's label of the board read as Halvorsen's own words.
    const auto a = analyse("Maria Berg reviewed the bank, and she was blunt. In her report she "
                           "described Halvorsen as rash, and she called the board weak.\n\n"
                           "Maria Berg reviewed the bank, and she was blunt. She praised "
                           "Halvorsen, but she was rash herself.\n\n"
                           "Maria Berg met Halvorsen. She was rash.\n");
    EXPECT_EQ(cue(*a, "rash", 1).holder_referent, "Maria Berg");
    const Cue& weak = a->analysis.claim(0, 1).cues.back();
    ASSERT_EQ(weak.term, "weak");
    EXPECT_EQ(weak.holder_referent, "Maria Berg");
    EXPECT_NE(weak.holder_subject, 0u); // not Halvorsen's own words
    // The predicate after "but she" is Berg's, no subject's.
    const Cue& herself = a->analysis.claim(1, 1).cues.back();
    ASSERT_EQ(herself.term, "rash");
    EXPECT_FALSE(herself.counts_for(0));
    // No pronoun to repeat: the pronoun is the person named last, as before.
    EXPECT_TRUE(a->analysis.claim(2, 1).cues.back().counts_for(0));
}

TEST(ClaimsAttribution, ASubjectPronounOpeningACoordinateClauseIsTheFirstClausesSubject) {
    // Found on an unseen central-bank essay: "Renata Solberg is more careful than Marquardt, and
    // she is also more honest" praised Marquardt, the person named last.
    const auto a = analyse("Maria Berg met Halvorsen, and she was rash.\n\n"
                           "Halvorsen criticised Maria Berg, and she was rash.\n\n"
                           "Tom Reyes resigned. He was weak. Tom Reyes left. He was weak. Tom "
                           "Reyes met Ingrid Halvorsen, but she was rash.\n\n"
                           "Maria Berg's aide met Halvorsen, and she was rash.\n");
    const Cue& berg = a->analysis.claim(0, 0).cues.back();
    ASSERT_EQ(berg.term, "rash");
    EXPECT_FALSE(berg.counts_for(0));
    EXPECT_EQ(berg.owner, "she");
    // The subject opening the sentence is the one continued.
    EXPECT_TRUE(a->analysis.claim(1, 0).cues.back().counts_for(0));
    // Not a person the text tells is of the other gender: then the one named last.
    EXPECT_TRUE(a->analysis.claim(2, 4).cues.back().counts_for(0));
    // Not a possessive: the aide opens the sentence, not Berg.
    EXPECT_TRUE(a->analysis.claim(3, 0).cues.back().counts_for(0));
}

TEST(ClaimsAttribution, ASubjectPronounAfterASemicolonIsTheFirstClausesSubject) {
    // QA pass q7: "Teixeira was not too deferential to Wolan, whatever his critics say; he was
    // careful" gave *careful* to Wolan, the person named last.
    const auto a = analyse("Halvorsen was never unkind to Maria Berg; she was rash.\n\n"
                           "Tom Reyes resigned. He was weak. Tom Reyes left. He was weak. Tom "
                           "Reyes met Ingrid Halvorsen; she was rash.\n");
    EXPECT_TRUE(a->analysis.claim(0, 0).cues.back().counts_for(0));
    // Not a person the text tells is of the other gender: then the one named last, as before.
    EXPECT_TRUE(a->analysis.claim(1, 4).cues.back().counts_for(0));
}

TEST(ClaimsAttribution, ATitleOrAListItemsFirstNameOpensTheSentenceForItsPronoun) {
    // QA pass q7: a list item "- The envoy was not too deferential to Wolan; he was careful."
    // gave *careful* to Wolan: neither a title nor a name after the item's marker was taken
    // for the first clause's subject.
    const Subject governor{"Ingrid Halvorsen", {"Halvorsen"}, {"the governor"}, {"she", "her"}};
    const auto a = testing::analyse_text(kRows,
                                         "Ingrid Halvorsen spoke.\n\n"
                                         "- The governor met Maria Berg; she was rash.\n\n"
                                         "- Halvorsen met Maria Berg, and she was rash.\n\n"
                                         "Halvorsen spoke. The governor met Maria Berg, and she "
                                         "was rash.\n",
                                         {governor});
    EXPECT_TRUE(a->analysis.claim(1, 0).cues.back().counts_for(0));
    EXPECT_TRUE(a->analysis.claim(2, 0).cues.back().counts_for(0));
    EXPECT_TRUE(a->analysis.claim(3, 1).cues.back().counts_for(0));
}

TEST(ClaimsAttribution, AVerbThatJudgesItsObjectHoldsNoNewPredicate) {
    // "criticise" reports no clause: "and she was rash" after its object is the author's.
    const auto a = analyse("Critics criticise Halvorsen, and she was rash.\n"
                           "Critics criticise Halvorsen for being rash and weak.\n");
    EXPECT_EQ(cue(*a, "rash", 0).holder, "");
    EXPECT_TRUE(cue(*a, "rash", 0).counts_for(0));
    EXPECT_EQ(cue(*a, "rash", 1).holder, "Critics criticise");
    EXPECT_EQ(cue(*a, "weak", 1).holder, "Critics criticise");
}

TEST(ClaimsAttribution, CondemnRecallThatAndCriticalOfReportTheirSubjectsView) {
    // Found on unseen essays: "condemned her for", "recalled that she was" and "were critical of
    // her" gave the author's view. Like "criticise", the subject of the verb (or, for the
    // adjective, of its copula) holds it, and the subject herself holds her own words.
    const auto a = testing::analyse_text(
        kRows + "a.condemn\tcondemn\tattribution\t0\t\t\n"
                "a.recall-that\trecall that\tattribution\t0\t\t\n"
                "a.critical-of\tcritical of\tattribution\t0\t\t\n",
        "Critics condemned Halvorsen for the rash sale. Her deputy recalled that Halvorsen was "
        "rash. The unions were critical of Halvorsen as rash. Halvorsen was openly critical of "
        "the rash sale.\n",
        {kHalvorsen});
    EXPECT_EQ(cue(*a, "rash", 0).holder, "Critics condemned");
    EXPECT_EQ(cue(*a, "rash", 1).holder, "Her deputy recalled that");
    EXPECT_EQ(cue(*a, "rash", 2).holder, "The unions were critical of");
    EXPECT_EQ(cue(*a, "rash", 3).holder_subject, 0u);
    EXPECT_FALSE(cue(*a, "rash", 3).counts_for(0));
}

TEST(ClaimsAttribution, AVerbThatJudgesItsObjectEndsAtAComma) {
    // Found on the corpus: "While the Kremlin was quick to condemn the assault, theories ..."
    // gave the theories to the Kremlin. A list of judgements after the comma stays the verb's.
    const auto a = analyse("While critics criticise the sale, Halvorsen was rash.\n"
                           "Critics criticise Halvorsen as weak, rash and a failure.\n");
    EXPECT_EQ(cue(*a, "rash", 0).holder, "");
    EXPECT_EQ(cue(*a, "rash", 1).holder, "Critics criticise");
    EXPECT_EQ(cue(*a, "failure", 1).holder, "Critics criticise");
}

TEST(ClaimsAttribution, AHolderStartsAtItsSubjectPronoun) {
    // Found on an unseen review: "held by 'of the 2023 Sibelius cycle she called him'".
    const auto a = analyse("Maria Berg wrote often. In a review of the 2023 budget she called "
                           "Halvorsen weak. Investors she met said Halvorsen was rash.\n");
    EXPECT_EQ(cue(*a, "weak", 1).holder, "she called");
    EXPECT_EQ(cue(*a, "weak", 1).holder_referent, "Maria Berg");
    // Not a pronoun inside the speaker's noun phrase.
    EXPECT_EQ(cue(*a, "rash", 2).holder, "Investors she met said");
}

TEST(ClaimsAttribution, FearBeforeAClauseIsTheHoldersView) {
    const auto a = testing::analyse_text(kRows + "a.fear\tfear\tattribution\t0\t\t\n",
                                         "Some in the markets fear Halvorsen is rash. Investors "
                                         "feared she was weak. Out of fear she would resign, the "
                                         "board was weak. Fear of her made the board rash.\n",
                                         {kHalvorsen});
    EXPECT_EQ(cue(*a, "rash", 0).holder, "Some in the markets fear");
    EXPECT_EQ(cue(*a, "rash", 0).holder_key, "*");
    EXPECT_EQ(cue(*a, "weak", 1).holder_key, "investors");
    EXPECT_EQ(cue(*a, "weak", 2).holder, ""); // the noun, after a preposition
    EXPECT_EQ(cue(*a, "rash", 3).holder, "");
}

TEST(ClaimsAttribution, APronounSpeakingIsTheSubjectToo) {
    const auto a = analyse("Halvorsen spoke first. She said the old policy had been a failure.\n");
    EXPECT_FALSE(cue(*a, "failure", 1).counts_for(0));
}

TEST(ClaimsAttribution, AnAdverbOfTimeBetweenASpeakerAndHerVerbKeepsTheSpeaker) {
    // Found on an unseen essay: "She later told" was headed by "later", no pronoun, so that
    // "She later told" -> "She told" reported a view gone.
    const auto a = analyse("Halvorsen later said the old policy had been a failure. She has "
                           "since warned that the recovery was weak.\n\n"
                           "Halvorsen met Erik Berg in May. He later told reporters that "
                           "Halvorsen was weak.\n\nTwo aides later said Halvorsen was weak.\n");
    EXPECT_FALSE(cue(*a, "failure", 0).counts_for(0));
    EXPECT_FALSE(cue(*a, "weak", 1).counts_for(0));
    const Cue& later = a->analysis.claim(1, 1).cues.back();
    EXPECT_EQ(later.term, "weak");
    EXPECT_EQ(later.holder_referent, "Erik Berg");
    EXPECT_EQ(later.holder_key, "berg");
    EXPECT_EQ(a->analysis.claim(2, 0).cues.back().holder_key, "aides");
}

TEST(ClaimsAttribution, ASubjectSpeakingThroughAnAuxiliaryIsTheSubjectToo) {
    // QA pass C: "has", "had", "will" ... between her and the verb keep the words hers; a form of
    // "be" makes the verb passive, and the view is then others' about her.
    const auto a = analyse("Halvorsen has said the old policy had been a failure. She had "
                           "repeatedly warned that the recovery was weak. Halvorsen was "
                           "criticised as weak. Halvorsen wasn't criticised as weak.\n");
    EXPECT_FALSE(cue(*a, "failure", 0).counts_for(0));
    EXPECT_EQ(cue(*a, "failure", 0).holder_subject, 0u);
    EXPECT_FALSE(cue(*a, "weak", 1).counts_for(0));
    EXPECT_TRUE(cue(*a, "weak", 2).counts_for(0));
    EXPECT_TRUE(cue(*a, "weak", 3).counts_for(0));
}

TEST(ClaimsAttribution, HerOwnDoubtIsNotTheAuthors) {
    const auto a = analyse("Halvorsen warned that the recovery was perhaps over.\n");
    EXPECT_FALSE(cue(*a, "perhaps").counts_for(0));
}

TEST(ClaimsAttribution, AConfiguredStanceStillCountsWhatSheSays) {
    const auto a = analyse("Halvorsen said the response had to be firm.\n");
    EXPECT_TRUE(cue(*a, "firm").counts_for(0));
}

TEST(ClaimsAttribution, OthersSpeakingAboutHerStillCount) {
    const auto a = analyse("Tomas Berg said Halvorsen was weak.\n");
    const Cue& weak = cue(*a, "weak");
    EXPECT_EQ(weak.holder, "Tomas Berg said");
    EXPECT_TRUE(weak.counts_for(0));
}

TEST(ClaimsAttribution, HerCriticsAreNotHer) {
    const auto a = analyse("Halvorsen's critics said she was weak.\n");
    EXPECT_TRUE(cue(*a, "weak").counts_for(0));
}

TEST(ClaimsAttribution, WhatSheAdvocatesAndHowSheIsSeenStillDescribeHer) {
    const auto a = analyse("Halvorsen advocated a prudent course.\n"
                           "Halvorsen was seen as weak.\n");
    EXPECT_TRUE(cue(*a, "prudent", 0).counts_for(0));
    EXPECT_TRUE(cue(*a, "weak", 1).counts_for(0));
}

TEST(ClaimsAttribution, ASpeakerAfterAQuotationHoldsIt) {
    const auto a = analyse("\"Halvorsen was weak,\" said one banker.\n"
                           "\xe2\x80\x9cHalvorsen was weak,\xe2\x80\x9d one banker said.\n");
    EXPECT_EQ(cue(*a, "weak", 0).holder, "said one banker");
    EXPECT_EQ(cue(*a, "weak", 1).holder, "one banker said");
}

TEST(ClaimsAttribution, ASpeechTagHoldsItsQuotationWhateverFollowsTheVerb) {
    // QA: "told" needs a reported clause after it, but after a quotation the quotation is what
    // it reports; words after the verb ("on Monday", its object) leave the tag a tag.
    const auto a =
        analyse("\"Halvorsen was weak,\" one banker told parliament.\n"
                "\xe2\x80\x9cHalvorsen was weak,\xe2\x80\x9d one banker said on Monday.\n"
                "\"Halvorsen was weak,\" one banker told reporters on Monday.\n");
    EXPECT_EQ(cue(*a, "weak", 0).holder, "one banker told");
    EXPECT_EQ(cue(*a, "weak", 1).holder, "one banker said");
    EXPECT_EQ(cue(*a, "weak", 2).holder, "one banker told");
}

TEST(ClaimsAttribution, AQuoteOpeningAfterASpaceIsNoTag) {
    // A straight quote after a space opens a quotation: the verb inside it ("told parliament
    // nothing") tags nothing, and the speaker before holds what is quoted.
    const auto a =
        analyse("One banker said, \"Halvorsen told parliament nothing and was weak.\"\n");
    EXPECT_EQ(cue(*a, "weak").holder, "One banker said");
}

TEST(ClaimsAttribution, AQuotedWordTheSentenceGoesOnFromIsNoTag) {
    // A tag follows a quotation ended by a comma, "!" or "?" inside or after its closing mark;
    // after a quoted word the sentence goes on from, "told" has no quotation to report.
    const auto a = analyse("Tomas Berg used the word \"weak\" and told parliament nothing.\n"
                           "\"Halvorsen was weak!\" one banker told parliament.\n");
    EXPECT_EQ(cue(*a, "weak", 0).holder, "");
    EXPECT_EQ(cue(*a, "weak", 1).holder, "one banker told");
}

TEST(ClaimsAttribution, ThePronounOfASpeechTagLooksPastTheNamesInsideTheQuotation) {
    // QA: "she" after the closing quote is the speaker named before the quotation, not the
    // subject the quotation names; a pronoun after the subject herself is still her.
    const auto a = analyse("Maria Berg spoke next. \"Halvorsen was weak,\" she said.\n"
                           "Halvorsen spoke next. \"Berg was weak,\" she said.\n");
    EXPECT_EQ(cue(*a, "weak", 1).holder, "she said");
    EXPECT_TRUE(cue(*a, "weak", 1).counts_for(0));
    EXPECT_FALSE(cue(*a, "weak", 3).counts_for(0)); // her own words about Berg
}

TEST(ClaimsAttribution, ASpeakerDoesNotNameHerselfInsideHerOwnQuotation) {
    // QA: with Halvorsen named last before the quotation, a quotation that names her is someone
    // else's words about her: the tag's pronoun is the one named before her (Berg). A quotation
    // that names no one leaves the pronoun to the person named last.
    const auto a = analyse("Maria Berg met Halvorsen. \"Halvorsen was weak,\" she said.\n\n"
                           "Maria Berg met Halvorsen. \"The plan was weak,\" she said.\n");
    EXPECT_EQ(cue(*a, "weak", 1).holder, "she said");
    EXPECT_TRUE(cue(*a, "weak", 1).counts_for(0));
    const Cue* own = nullptr;
    for (const auto& c : a->analysis.claim(1, 1).cues) {
        own = c.term == "weak" ? &c : own;
    }
    ASSERT_NE(own, nullptr);
    EXPECT_FALSE(own->counts_for(0)); // her own words about the plan
}

TEST(ClaimsAttribution, VerbsOfSpeechHoldOnlyTheQuotationTheyTag) {
    // "added", "wrote", "warned" report a quotation they tag; anywhere else they report
    // nothing ("added a weak clause" is the author's), and "warned that" its clause as before.
    const auto a = analyse("\"Halvorsen was weak,\" one banker added.\n"
                           "\"Halvorsen was weak,\" wrote one columnist on Monday.\n"
                           "\"Halvorsen was weak,\" Tomas Berg warned.\n"
                           "Tomas Berg added a weak clause about Halvorsen.\n"
                           "Tomas Berg wrote a weak review of Halvorsen.\n"
                           "Halvorsen warned that the recovery was weak.\n");
    EXPECT_EQ(cue(*a, "weak", 0).holder, "one banker added");
    EXPECT_EQ(cue(*a, "weak", 1).holder, "wrote one columnist"); // not when: QA pass q19
    EXPECT_EQ(cue(*a, "weak", 2).holder, "Tomas Berg warned");
    EXPECT_EQ(cue(*a, "weak", 3).holder, "");
    EXPECT_EQ(cue(*a, "weak", 4).holder, "");
    EXPECT_FALSE(cue(*a, "weak", 5).counts_for(0));
}

TEST(ClaimsAttribution, ShippedVerbsOfSpeechHoldTheQuotationTheyTagAndNothingElse) {
    // Known limit until QA pass q8: only a few speech verbs had a row, so "“...,” she replied"
    // (or noted, quipped, retorted) left the quotation the author's. Used outside a tag, those
    // verbs report nothing: "replied to a reckless letter" is still the author's word.
    const auto a = testing::analyse_with(load_lexicon({}),
                                         "\"Halvorsen is reckless,\" one banker replied.\n"
                                         "\"Halvorsen is reckless,\" Tomas Berg noted.\n"
                                         "\"Halvorsen is reckless,\" one banker quipped.\n"
                                         "\"Halvorsen is reckless,\" retorted Tomas Berg.\n"
                                         "\"Halvorsen is reckless,\" one banker explained.\n"
                                         "Tomas Berg replied to a reckless letter from Halvorsen.\n"
                                         "Tomas Berg noted the reckless figures of Halvorsen.\n"
                                         "Tomas Berg explained the reckless plan of Halvorsen.\n"
                                         "Halvorsen was not reckless.\n",
                                         {kHalvorsen});
    EXPECT_EQ(cue(*a, "reckless", 0).holder, "one banker replied");
    EXPECT_EQ(cue(*a, "reckless", 1).holder, "Tomas Berg noted");
    EXPECT_EQ(cue(*a, "reckless", 2).holder, "one banker quipped");
    EXPECT_EQ(cue(*a, "reckless", 3).holder, "retorted Tomas Berg");
    EXPECT_EQ(cue(*a, "reckless", 4).holder, "one banker explained");
    EXPECT_EQ(cue(*a, "reckless", 5).holder, "");
    EXPECT_EQ(cue(*a, "reckless", 6).holder, "");
    EXPECT_EQ(cue(*a, "reckless", 7).holder, "");
    // "noted" is quoted in the lexicon: its key is the key of "not", which stays a negation.
    EXPECT_TRUE(cue(*a, "reckless", 8).negated);
    EXPECT_EQ(cue(*a, "reckless", 8).holder, "");
}

TEST(ClaimsAttribution, AChargeNamedAsANounIsTheAccusersView) {
    // Known limit until QA pass q8: "did not answer the charge of complacency" counted
    // *complacency* as the author's view. The charge is its unnamed accusers'; a task ("in
    // charge of", "took charge of") is no charge, and its clause stays the author's.
    const auto a = testing::analyse_with(load_lexicon({}),
                                         "Halvorsen did not answer the charge of complacency.\n"
                                         "Halvorsen faced the accusation of cronyism.\n"
                                         "Halvorsen rejected accusations of arrogance and was "
                                         "decisive.\n"
                                         "Halvorsen faced charges of fraud.\n"
                                         "Halvorsen was in charge of a reckless plan.\n"
                                         "Halvorsen took charge of a reckless department.\n"
                                         "Halvorsen was the official in charge of a reckless "
                                         "plan.\n",
                                         {kHalvorsen});
    EXPECT_EQ(cue(*a, "complacency", 0).holder, "the charge of");
    EXPECT_EQ(cue(*a, "complacency", 0).holder_key, "*");
    EXPECT_TRUE(cue(*a, "complacency", 0).counts_for(0)); // others' view of her
    EXPECT_EQ(cue(*a, "cronyism", 1).holder, "the accusation of");
    EXPECT_EQ(cue(*a, "arrogance", 2).holder, "accusations of");
    EXPECT_EQ(cue(*a, "decisive", 2).holder, ""); // a new predicate: the author's
    EXPECT_EQ(cue(*a, "fraud", 3).holder, "charges of");
    EXPECT_EQ(cue(*a, "reckless", 4).holder, "");
    EXPECT_EQ(cue(*a, "reckless", 5).holder, "");
    EXPECT_EQ(cue(*a, "reckless", 6).holder, "");
}

TEST(ClaimsAttribution, ShippedNounsOfDescribingAsHoldTheirLabel) {
    // q7 defect 7: "Brody's dismissal of Thackeray as alarmist" left *alarmist* the author's,
    // where "Brody dismissed Thackeray as alarmist" was Brody's. The noun of the verb holds the
    // label as the verb does; the author's own word elsewhere in the sentence stays hers.
    const auto a = testing::analyse_with(load_lexicon({}),
                                         "Tomas Berg's dismissal of Halvorsen as alarmist was "
                                         "unfair.\n"
                                         "His description of Halvorsen as reckless stuck.\n"
                                         "The portrayal of Halvorsen as naive was wrong.\n"
                                         "The depiction of Halvorsen as arrogant spread.\n"
                                         "Halvorsen was alarmist.\n",
                                         {kHalvorsen});
    EXPECT_EQ(cue(*a, "alarmist", 0).holder, "Tomas Berg's dismissal of Halvorsen as");
    EXPECT_EQ(cue(*a, "reckless", 1).holder, "His description of Halvorsen as");
    EXPECT_EQ(cue(*a, "naive", 2).holder, "The portrayal of Halvorsen as");
    EXPECT_EQ(cue(*a, "arrogant", 3).holder, "The depiction of Halvorsen as");
    EXPECT_TRUE(cue(*a, "naive", 2).counts_for(0)); // others' view of her
    EXPECT_EQ(cue(*a, "alarmist", 4).holder, "");
}

TEST(ClaimsAttribution, ACommaBeforeTheVerbIsNoQuotation) {
    const auto a = analyse("Two bankers, both from the north, said that Halvorsen was weak.\n");
    EXPECT_EQ(cue(*a, "weak").holder, "Two bankers");
}

TEST(ClaimsAttribution, AccordingToCriticsHoldsTheSentenceWhereverItStands) {
    const auto a = analyse("According to critics, Halvorsen was weak.\n"
                           "Halvorsen was, according to her critics, rash.\n"
                           "Halvorsen was weak, according to critics.\n");
    EXPECT_EQ(cue(*a, "weak", 0).holder, "According to critics");
    EXPECT_EQ(cue(*a, "rash", 1).holder, "according to her critics");
    EXPECT_EQ(cue(*a, "weak", 2).holder, "according to critics");
}

TEST(ClaimsAttribution, AccordingToAfterAConjunctionHoldsOnlyWhatFollows) {
    // QA pass C: "careful, honest and, according to his staff, rather dull" keeps "careful" and
    // "honest" the author's; the source holds the coordinate it opens.
    const auto a = analyse("Halvorsen was prudent and, according to critics, weak.\n"
                           "Halvorsen was prudent but according to critics rash.\n"
                           "Halvorsen was prudent, according to critics.\n");
    EXPECT_EQ(cue(*a, "prudent", 0).holder, "");
    EXPECT_NE(cue(*a, "weak", 0).holder, "");
    EXPECT_EQ(cue(*a, "prudent", 1).holder, "");
    EXPECT_NE(cue(*a, "rash", 1).holder, "");
    EXPECT_NE(cue(*a, "prudent", 2).holder, "");
}

TEST(ClaimsAttribution, AccordingToAfterAConjunctionEndsWithItsCoordinate) {
    // Found on an unseen opera essay: the source held the next clause too ("..., rather dull,
    // and her budgets are realistic" gave "realistic" to her staff).
    const auto a = analyse("Halvorsen was prudent and, according to critics, weak, and her "
                           "budget was prudent.\n"
                           "Halvorsen was prudent and, according to critics, weak; she was "
                           "prudent.\n"
                           "Halvorsen was prudent and, according to critics, weak, rash and "
                           "failure-prone.\n");
    EXPECT_NE(cue(*a, "weak", 0).holder, "");
    EXPECT_EQ(a->analysis.claim(0, 0).cues.back().term, "prudent");
    EXPECT_EQ(a->analysis.claim(0, 0).cues.back().holder, "");
    EXPECT_EQ(a->analysis.claim(0, 1).cues.back().holder, "");
    // A list inside the coordinate stays the source's.
    EXPECT_NE(cue(*a, "rash", 2).holder, "");
}

TEST(ClaimsAttribution, AFrontedToOrForTheCriticsHoldsTheSentence) {
    const auto a = analyse("To her critics, Halvorsen was weak.\n"
                           "For her critics, Halvorsen was rash.\n"
                           "To the surprise of her critics, Halvorsen was prudent.\n");
    EXPECT_EQ(cue(*a, "weak", 0).holder, "To her critics");
    EXPECT_EQ(cue(*a, "rash", 1).holder, "For her critics");
    // Not fronted before a comma: the noun holds only its own words.
    EXPECT_EQ(cue(*a, "prudent", 2).holder, "");
}

TEST(ClaimsAttribution, ToOrForTheCriticsInsertedBetweenCommasHoldsTheSentence) {
    // Found on an unseen central-bank essay: "now looks complacent" -> "now looks, to some
    // observers, complacent" moved the view into the observers' mouths and was a rewording.
    const auto a = analyse("Halvorsen now looks, to her critics, weak.\n"
                           "Halvorsen was, for many critics, rash.\n"
                           "Halvorsen was, to the surprise of her critics, prudent.\n"
                           "Halvorsen wrote, for all her critics, a prudent budget.\n");
    EXPECT_EQ(cue(*a, "weak", 0).holder, "to her critics");
    EXPECT_EQ(cue(*a, "rash", 1).holder, "for many critics");
    // Not the surprise of the critics, nor the concession "for all her critics".
    EXPECT_EQ(cue(*a, "prudent", 2).holder, "");
    EXPECT_EQ(cue(*a, "prudent", 3).holder, "");
}

TEST(ClaimsAttribution, ABareNounIsHeldByItsNounPhrase) {
    const auto a =
        analyse("Halvorsen was rash in a speech that the majority of her critics "
                "welcomed.\n"
                "Halvorsen was weak, a view shared by all 32 Nordic and Baltic critics.\n"
                "Halvorsen was rash where critics looked.\n");
    EXPECT_EQ(cue(*a, "critics", 0).holder, "the majority of her critics");
    EXPECT_EQ(cue(*a, "critics", 1).holder, "all 32 Nordic and Baltic critics");
    EXPECT_EQ(cue(*a, "critics", 2).holder, "critics");
}

TEST(ClaimsAttribution, APassiveVerbIsHeldByTheVerbAndItsAgentNotTheOneNamedBefore) {
    const auto a = analyse("Halvorsen was criticised for being rash.\n"
                           "Halvorsen was criticised by her own party for being weak.\n"
                           "Halvorsen is widely seen as prudent.\n"
                           "Berg criticised Halvorsen for being rash.\n");
    EXPECT_EQ(cue(*a, "rash", 0).holder, "was criticised");
    EXPECT_EQ(cue(*a, "weak", 1).holder, "was criticised by her own party");
    EXPECT_EQ(cue(*a, "prudent", 2).holder, "is widely seen as");
    EXPECT_EQ(cue(*a, "rash", 3).holder, "Berg criticised");
}

TEST(ClaimsAttribution, CallHoldsALabelOnlyWhenItGivesOne) {
    const auto a = analyse("Berg called Halvorsen rash.\n"
                           "Halvorsen called the regulators weak.\n"
                           "Halvorsen called for calm and was prudent.\n"
                           "Halvorsen called the election early, a rash move.\n");
    EXPECT_EQ(cue(*a, "rash", 0).holder, "Berg called");
    EXPECT_TRUE(cue(*a, "rash", 0).counts_for(0));
    // Her own label of others judges them, not her.
    EXPECT_FALSE(cue(*a, "weak", 1).counts_for(0));
    // No label follows: no attribution, and the author's view stays the author's.
    EXPECT_EQ(cue(*a, "prudent", 2).holder, "");
    EXPECT_EQ(cue(*a, "rash", 3).holder, "");
    EXPECT_EQ(testing::cue_ids(*a, 2), (std::vector<std::string>{"c.prudent"}));
}

// A label without quotation marks reaches to the end of its noun phrase, not four words: every
// judgement in it is the caller's view of the one called. The caller holds no new predicate after
// the label.
TEST(ClaimsAttribution, CallLabelsToTheEndOfTheNounPhrase) {
    const auto a = analyse("Halvorsen called Murtagh a whining and thoroughly rash amateur.\n"
                           "Berg called Halvorsen a proud, weak and utterly rash banker.\n"
                           "Halvorsen called Murtagh weak and was rash herself.\n"
                           "Halvorsen called the election early in a rash gamble.\n"
                           "Halvorsen called the early election that proved rash. "
                           "Berg called Halvorsen weak in private and prudent in public. "
                           "Halvorsen called the police and the rash driver was arrested.\n");
    // Her own label of another judges him, not her.
    EXPECT_EQ(cue(*a, "rash", 0).holder, "Halvorsen called");
    EXPECT_FALSE(cue(*a, "rash", 0).counts_for(0));
    EXPECT_EQ(cue(*a, "rash", 1).holder, "Berg called");
    EXPECT_EQ(cue(*a, "weak", 1).holder, "Berg called"); // a comma listing another judgement
    EXPECT_TRUE(cue(*a, "rash", 1).counts_for(0));
    // "and" before a verb ends the label: the rest is the author's.
    EXPECT_EQ(cue(*a, "weak", 2).holder, "Halvorsen called");
    EXPECT_EQ(cue(*a, "rash", 2).holder, "");
    EXPECT_TRUE(cue(*a, "rash", 2).counts_for(0));
    // A preposition or a relative clause ends the noun phrase: no label, no attribution.
    EXPECT_EQ(cue(*a, "rash", 3).holder, "");
    EXPECT_EQ(cue(*a, "rash", 4).holder, "");
    // No new predicate: what follows the label is still the caller's.
    EXPECT_EQ(cue(*a, "prudent", 5).holder, "Berg called");
    // "and" before a clause of its own ends the label too.
    EXPECT_EQ(cue(*a, "rash", 6).holder, "");
}

TEST(ClaimsAttribution, CallLabelsAnObjectThatStandsBeforeIt) {
    // QA pass q11 (a museum director's profile): "The ministry refused to fund an audit, a
    // decision Ferrandi rightly called shortsighted" gave her *shortsighted* as the author's
    // -1.00 (with quotation marks, `a decision fans called "heartless"`, it was already theirs).
    const auto a = analyse("Halvorsen cut rates, a decision Berg called rash.\n"
                           "Halvorsen cut rates, a move critics rightly called very rash.\n"
                           "The board refused, a decision Halvorsen called weak.\n"
                           "Halvorsen called prudent investors to a meeting.\n");
    EXPECT_EQ(cue(*a, "rash", 0).holder, "a decision Berg called");
    EXPECT_EQ(cue(*a, "rash", 1).holder, "a move critics rightly called");
    EXPECT_FALSE(cue(*a, "weak", 2).counts_for(0)); // her own words
    // Unchanged: a judgement that goes on into a noun phrase is the object, no label.
    EXPECT_EQ(cue(*a, "prudent", 3).holder, "");
    EXPECT_TRUE(cue(*a, "prudent", 3).counts_for(0));
}

TEST(ClaimsAttribution, CallLabelsWhatTheOneCalledIsWithout) {
    // QA pass q11 (a chess federation's president): "Molnar called Salnikov “a man without
    // scruples”" gave no label (the preposition ended it), so the call held nothing and the
    // judgement was the author's. What follows "without" is the label's own judgement.
    const auto a =
        testing::analyse_text(kRows + "n.without\twithout\tnegation\t-1\t\t\n" +
                                  "c.courage\tcourage\tcharacterization\t+1\tfavorability\t\n",
                              "Berg called Halvorsen a banker without courage.\n"
                              "Berg called Halvorsen a banker without any courage.\n"
                              "Berg called Halvorsen weak without evidence.\n"
                              "Berg called Halvorsen a banker of rash habits.\n",
                              {kHalvorsen});
    EXPECT_EQ(cue(*a, "courage", 0).holder, "Berg called");
    EXPECT_TRUE(cue(*a, "courage", 0).negated);
    EXPECT_EQ(cue(*a, "courage", 1).holder, "Berg called");
    EXPECT_EQ(cue(*a, "weak", 2).holder, "Berg called");
    // Unchanged: another preposition still ends the label (a known limit).
    EXPECT_EQ(cue(*a, "rash", 3).holder, "");
}

// The label given to another person named after the verb belongs to that person: it counts for
// no subject, even in a sentence about the subject.
TEST(ClaimsAttribution, ALabelOfAnotherPersonIsThatPersons) {
    const auto a =
        analyse("Halvorsen hired an aide. Her aide called Tom Murtagh a whining and "
                "rash amateur. Her aide called Halvorsen a whining and rash amateur. Halvorsen "
                "called Tom Murtagh and was rash.\n");
    EXPECT_EQ(cue(*a, "rash", 1).holder, "Her aide called");
    EXPECT_EQ(cue(*a, "rash", 1).owner, "Tom Murtagh");
    EXPECT_FALSE(cue(*a, "rash", 1).counts_for(0));
    EXPECT_TRUE(cue(*a, "rash", 2).counts_for(0));
    // No label: a new predicate after the name is hers.
    EXPECT_EQ(cue(*a, "rash", 3).holder, "");
    EXPECT_EQ(cue(*a, "rash", 3).owner, "");
    EXPECT_TRUE(cue(*a, "rash", 3).counts_for(0));
}

// Issue #5 point 8: "Her critics described Tom Murtagh as rash" counted *rash* among the views
// of the subject the sentence is about. A view of someone "as" something judges the person named
// between the verb and "as", as a label after "call" does.
TEST(ClaimsAttribution, AViewOfAnotherPersonAsSomethingIsThatPersons) {
    const auto a = analyse("Halvorsen hired an aide. Her critics described Tom Murtagh as rash "
                           "and weak. Her critics described Halvorsen as rash. Her critics "
                           "described Tom Murtagh's plan as rash. Halvorsen described the "
                           "board as rash.\n");
    EXPECT_EQ(cue(*a, "rash", 1).holder, "Her critics described Tom Murtagh as");
    EXPECT_EQ(cue(*a, "rash", 1).owner, "Tom Murtagh");
    EXPECT_EQ(cue(*a, "weak", 1).owner, "Tom Murtagh");
    EXPECT_FALSE(cue(*a, "rash", 1).counts_for(0));
    EXPECT_FALSE(cue(*a, "weak", 1).counts_for(0));
    // Unchanged: the subject viewed so, a person's thing (not the person), and the subject's
    // own words.
    EXPECT_EQ(cue(*a, "rash", 2).owner, "");
    EXPECT_TRUE(cue(*a, "rash", 2).counts_for(0));
    EXPECT_EQ(cue(*a, "rash", 3).owner, "");
    EXPECT_TRUE(cue(*a, "rash", 3).counts_for(0));
    EXPECT_EQ(cue(*a, "rash", 4).holder, "Halvorsen described the board as");
    EXPECT_EQ(cue(*a, "rash", 4).owner, "");
}

// A noun of relation after a possessive names another person before a predicate ("her deputy
// was reckless" is the deputy's), but "Critics called her deputy rash" and "described her deputy
// as rash" counted *rash* among the critics' views of the subject. The relation is the one
// labelled.
TEST(ClaimsAttribution, ALabelOfARelatedPersonIsThatPersons) {
    const auto a = analyse("Halvorsen hired an aide. Critics called her deputy rash. Critics "
                           "described her deputy as rash. Critics branded Halvorsen's predecessor "
                           "rash. Critics called her rash. Critics described her plan as rash.\n");
    for (std::uint32_t s = 1; s <= 5; ++s) {
        EXPECT_TRUE(a->analysis.claim(0, s).is_about(0)) << s;
    }
    EXPECT_EQ(cue(*a, "rash", 1).owner, "her deputy");
    EXPECT_FALSE(cue(*a, "rash", 1).counts_for(0));
    EXPECT_EQ(cue(*a, "rash", 2).owner, "her deputy");
    EXPECT_FALSE(cue(*a, "rash", 2).counts_for(0));
    EXPECT_EQ(cue(*a, "rash", 3).owner, "Halvorsen's predecessor");
    EXPECT_FALSE(cue(*a, "rash", 3).counts_for(0));
    // Unchanged: the subject herself, and her thing, which is no person.
    EXPECT_TRUE(cue(*a, "rash", 4).counts_for(0));
    EXPECT_EQ(cue(*a, "rash", 5).owner, "");
    EXPECT_TRUE(cue(*a, "rash", 5).counts_for(0));
}

TEST(ClaimsAttribution, ALaterLabelWithAnObjectOfItsOwnIsThatObjects) {
    // Found on an unseen essay (QA pass q14): "called her reckless and her deputy naive" counted
    // *naive* among the callers' views of her.
    const auto a = analyse("Halvorsen hired an aide. Critics called her rash and her deputy weak. "
                           "Critics called her rash and her deputy weak and her aide prudent. "
                           "Critics called her rash and Tom Reyes weak. Critics called her rash "
                           "and weak. Critics called her rash and her plans weak.\n");
    EXPECT_TRUE(cue(*a, "rash", 1).counts_for(0));
    EXPECT_EQ(cue(*a, "weak", 1).owner, "her deputy");
    EXPECT_FALSE(cue(*a, "weak", 1).counts_for(0));
    EXPECT_EQ(cue(*a, "weak", 2).owner, "her deputy");
    EXPECT_EQ(cue(*a, "prudent", 2).owner, "her aide");
    EXPECT_EQ(cue(*a, "weak", 3).owner, "Tom Reyes");
    EXPECT_FALSE(cue(*a, "weak", 3).counts_for(0));
    // Unchanged: a second label of hers, and one of her thing, which is no person.
    for (std::uint32_t s = 4; s <= 5; ++s) {
        EXPECT_TRUE(cue(*a, "rash", s).counts_for(0)) << s;
        EXPECT_TRUE(cue(*a, "weak", s).counts_for(0)) << s;
        EXPECT_EQ(cue(*a, "weak", s).holder, "Critics called her") << s;
    }
}

TEST(ClaimsAttribution, ABareNounACharacterizationIsAimedAtHoldsNoView) {
    // Found on an unseen essay (QA pass q14): "far too patient with her critics" was held by
    // *her critics*, as if they had called her patient.
    const auto a = testing::analyse_text(
        kRows + "c.popular\tpopular\tcharacterization\t+0.5\tfavorability\t\n",
        "Halvorsen was far too prudent with her critics. Halvorsen was rash towards analysts. "
        "Halvorsen was weak, to her critics. Halvorsen was popular with her critics. Halvorsen "
        "was weak among analysts.\n",
        {kHalvorsen});
    EXPECT_EQ(cue(*a, "prudent", 0).holder, "");
    EXPECT_EQ(cue(*a, "rash", 1).holder, "");
    // Set off by a comma, an adjective of standing, or no characterization before the
    // preposition: the noun still names those whose view it is.
    EXPECT_EQ(cue(*a, "weak", 2).holder, "her critics");
    EXPECT_EQ(cue(*a, "popular", 3).holder, "her critics");
    EXPECT_EQ(cue(*a, "weak", 4).holder, "analysts");
}

TEST(ClaimsAttribution, AnInsertionAfterAnEmptyClauseHoldsWhatFollowsIt) {
    const auto a = analyse("Halvorsen is, critics argue, weak.\n"
                           "Halvorsen is, critics argue, weak, and she is, Berg said, prudent.\n"
                           "It must be said that Halvorsen was rash.\n");
    EXPECT_EQ(cue(*a, "weak", 0).holder, "critics argue");
    EXPECT_EQ(cue(*a, "weak", 1).holder, "critics argue");
    EXPECT_EQ(cue(*a, "prudent", 1).holder, "Berg said");
    // The author insisting reports no one.
    EXPECT_EQ(cue(*a, "rash", 2).holder, "");
}

TEST(ClaimsAttribution, CallLabelsThroughQuotesAndNotWithoutALabel) {
    const auto a = analyse("Berg called Halvorsen \"rash\".\n"
                           "Her rivals called her bluff, and Halvorsen was prudent.\n"
                           "Rivals call her weak.\n");
    EXPECT_EQ(cue(*a, "rash", 0).holder, "Berg called");
    EXPECT_EQ(cue(*a, "prudent", 1).holder, "");
    EXPECT_EQ(cue(*a, "weak", 2).holder, "Rivals call her");
}

TEST(ClaimsAttribution, QuotedLabelsJoinedByAndAreOneLabel) {
    // QA pass C: the first quotation holds no lexicon word ("heartless"), the second does: the
    // two are one label, the callers' view, not the author's "rash".
    const auto a = analyse("Halvorsen made a decision critics called \"heartless\" and \"rash\".\n"
                           "Halvorsen made a decision critics called \"heartless\", \"rash\".\n");
    EXPECT_NE(cue(*a, "rash", 0).holder, "");
    EXPECT_NE(cue(*a, "rash", 1).holder, "");
}

TEST(ClaimsAttribution, AHolderNounsPossessiveOwnsWhatFollowsIt) {
    // QA pass C: "every opponent's weaknesses", "her critics' rash moves" are the people's own,
    // no view of theirs about her; their words further on still hold one.
    const auto a = analyse("Halvorsen exploited her critics' rash moves.\n"
                           "Halvorsen exploited every critic's rash move.\n"
                           "Halvorsen ignored her critics' claim that she was weak.\n");
    EXPECT_FALSE(cue(*a, "rash", 0).counts_for(0));
    EXPECT_FALSE(cue(*a, "rash", 1).counts_for(0));
    EXPECT_TRUE(cue(*a, "weak", 2).counts_for(0));
    EXPECT_NE(cue(*a, "weak", 2).holder, "");
}

TEST(ClaimsAttribution, APluralAfterInAndAPossessiveFramesNoView) {
    // QA pass C: "rash in her views on Europe" judges her views; "in her view" would frame the
    // sentence as hers.
    const auto a = analyse("Halvorsen was rash in her views on Europe.\n"
                           "In her critics' view, Halvorsen was rash.\n");
    EXPECT_EQ(cue(*a, "rash", 0).holder, "");
    EXPECT_TRUE(cue(*a, "rash", 0).counts_for(0));
    EXPECT_NE(cue(*a, "rash", 1).holder, "");
}

TEST(ClaimsAttribution, AnAsClauseCitesOthersForTheAuthorsOwnView) {
    // QA pass C: "as her critics said" agrees with them, and under a negation answers them:
    // either way the view is the author's.
    const auto a = testing::analyse_text(kRows + "n.not\tnot\tnegation\t-1\t\t\n",
                                         "Halvorsen was, as her critics said, rash.\n"
                                         "As analysts said, Halvorsen was rash.\n"
                                         "Halvorsen was not, as her critics said, rash.\n",
                                         {kHalvorsen});
    EXPECT_EQ(cue(*a, "rash", 0).holder, "");
    EXPECT_EQ(cue(*a, "rash", 1).holder, "");
    EXPECT_EQ(cue(*a, "rash", 2).holder, "");
    EXPECT_TRUE(cue(*a, "rash", 2).negated);
    EXPECT_GT(cue(*a, "rash", 2).weight, 0);
}

TEST(ClaimsAttribution, AnAdverbOfThePassiveReportingVerbIsTheHolders) {
    // QA pass C: "is often seen as" says how often others see her so, not how sure the author
    // is; "is often rash" stays the author's hedge.
    const auto a = testing::analyse_text(kRows + "h.often\toften\thedge\t-0.25\tcertainty\t\n",
                                         "Halvorsen is often seen as rash.\n"
                                         "Halvorsen is often rash.\n",
                                         {kHalvorsen});
    EXPECT_NE(cue(*a, "often", 0).holder, "");
    EXPECT_EQ(cue(*a, "often", 1).holder, "");
}

TEST(ClaimsAttribution, AConcessiveConjunctionIsNoPartOfTheHolder) {
    // QA pass C: "..., though many fans say she is rash" is held by "many fans say", as "and"
    // and "but" are left out of a holder.
    const auto a = analyse("Halvorsen is prudent, though many fans say she is rash.\n"
                           "Halvorsen is prudent, although many fans say she is rash.\n");
    EXPECT_EQ(cue(*a, "rash", 0).holder, "many fans say");
    EXPECT_EQ(cue(*a, "rash", 1).holder, "many fans say");
}

TEST(ClaimsAttribution, TheAuthorSpeakingReportsNoOne) {
    const auto a = analyse("Halvorsen is, I would say, weak.\n"
                           "Halvorsen is what one might call a prudent banker.\n"
                           "Halvorsen was weak, one banker said.\n");
    EXPECT_EQ(cue(*a, "weak", 0).holder, "");
    EXPECT_EQ(cue(*a, "prudent", 1).holder, "");
    EXPECT_EQ(cue(*a, "weak", 2).holder, "one banker said");
}

TEST(ClaimsAttribution, AnAdjectiveOfTheSpeakersNounJudgesTheSpeaker) {
    // QA pass q11 (a medicines regulator's profile): "Patient groups say the delay is
    // indefensible" gave the regulator *patient* (+0.5, the author's), and "Credible sources
    // say" or "Sensible observers argue" would praise her the same way.
    const auto a = analyse("Prudent investors say Halvorsen was rash.\n"
                           "Some prudent critics argue that Halvorsen was weak.\n"
                           "Halvorsen was prudent, and investors say she was rash.\n"
                           "The prudent Halvorsen said she was rash.\n");
    EXPECT_FALSE(cue(*a, "prudent", 0).counts_for(0));
    EXPECT_EQ(cue(*a, "prudent", 0).owner, "Prudent investors");
    EXPECT_EQ(cue(*a, "rash", 0).holder, "Prudent investors say");
    EXPECT_FALSE(cue(*a, "prudent", 1).counts_for(0));
    // Unchanged: her own predicate, and an adjective of the subject herself.
    EXPECT_TRUE(cue(*a, "prudent", 2).counts_for(0));
    EXPECT_TRUE(cue(*a, "prudent", 3).counts_for(0));
}

TEST(ClaimsAttribution, OneWhoActedInThePastIsNoGenericOne) {
    // QA pass q11 (a war correspondent's profile of a general): "Several officers describe her
    // as stubborn, and one called her reckless" read *reckless* as the author's, "one" as the
    // author's generic one; rewording it "One officer called her reckless" then read as an
    // attribution changed (author -> officer). A verb in the past after "one" is one of them.
    const auto a = analyse("Officers describe her as weak, and one called her rash.\n"
                           "Halvorsen lost. One said she was rash.\n"
                           "One might call Halvorsen rash.\n"
                           "One calls Halvorsen rash at one's peril.\n"
                           "No one called Halvorsen rash.\n");
    EXPECT_EQ(cue(*a, "rash", 0).holder, "one called her");
    EXPECT_EQ(cue(*a, "rash", 2).holder, "One said");
    // Unchanged: the generic one, with a modal or in the present, is the author, and so is
    // "no one" (nobody, the author's denial).
    EXPECT_EQ(cue(*a, "rash", 3).holder, "");
    EXPECT_EQ(cue(*a, "rash", 4).holder, "");
    EXPECT_EQ(cue(*a, "rash", 5).holder, "");
}

TEST(ClaimsAttribution, FrontedCriticsWithoutADeterminerOrAfterAnAdverb) {
    const auto a = analyse("To critics, Halvorsen was weak.\n"
                           "For critics, however, Halvorsen was rash.\n"
                           "For all her critics, Halvorsen remained prudent.\n");
    EXPECT_EQ(cue(*a, "weak", 0).holder, "To critics");
    EXPECT_EQ(cue(*a, "rash", 1).holder, "For critics");
    EXPECT_EQ(cue(*a, "prudent", 2).holder, ""); // a concession grants them nothing
}

TEST(ClaimsAttribution, AHolderWithARelativeClauseKeepsItsNoun) {
    const auto a = analyse("Colleagues who worked with her in those years describe her as weak.\n");
    EXPECT_EQ(cue(*a, "weak").holder,
              "Colleagues who worked with her in those years describe her as");
}

TEST(ClaimsAttribution, ABareCriticsNounHoldsOnlyItsClause) {
    const auto a = analyse("Her critics were loud, and Halvorsen was rash.\n"
                           "Halvorsen ignored her critics and was prudent.\n");
    EXPECT_EQ(cue(*a, "rash").holder, "");
    // "and" opening a new predicate ends the noun's clause too.
    EXPECT_EQ(cue(*a, "prudent", 1).holder, "");
}

TEST(ClaimsAttribution, AccordingToANamedSourceHoldsTheView) {
    const auto a = analyse("According to one senior official, Halvorsen was weak.\n");
    EXPECT_EQ(cue(*a, "weak").holder, "According to one senior official");
    EXPECT_EQ(cue(*a, "according to").holder, ""); // the evidential stays the author's doubt
}

TEST(ClaimsAttribution, AVerbInsertedBetweenCommasHoldsTheClauseBefore) {
    const auto a = analyse("Halvorsen was rash, Berg said, but she was in fact prudent.\n");
    EXPECT_EQ(cue(*a, "rash").holder, "Berg said");
    EXPECT_EQ(cue(*a, "prudent").holder, "");
}

TEST(ClaimsAttribution, TheNearestAttributionHoldsWhatFollowsIt) {
    const auto a = analyse("Critics argue Halvorsen was rash, and former colleagues describe her "
                           "as weak.\n");
    EXPECT_EQ(cue(*a, "rash").holder, "Critics argue");
    EXPECT_EQ(cue(*a, "weak").holder, "former colleagues describe her as");
}

TEST(ClaimsAttribution, ASpeakerNamedByANounStillHoldsTheClauseBefore) {
    // The noun inside the verb's own holder ("analysts said") is the speaker, not another
    // attribution standing between the verb and the view.
    const auto a = analyse("Halvorsen was rash, analysts said.\n"
                           "Halvorsen is prudent, her critics insist, and she was weak.\n");
    EXPECT_EQ(cue(*a, "rash", 0).holder, "analysts said");
    EXPECT_EQ(cue(*a, "prudent", 1).holder, "her critics insist");
    EXPECT_EQ(cue(*a, "weak", 1).holder, "");
}

TEST(ClaimsAttribution, ASpeakerAfterAnInvertedVerbHoldsTheClauseBefore) {
    const auto a = analyse("Halvorsen was weak, said one former deputy.\n"
                           "Two bankers, both from the north, said Halvorsen was weak.\n");
    EXPECT_EQ(cue(*a, "weak", 0).holder, "said one former deputy");
    EXPECT_EQ(cue(*a, "weak", 1).holder, "Two bankers");
}

TEST(ClaimsAttribution, WhatSheDescribesIsHerViewAndWhatOthersDescribeIsTheirs) {
    const auto a = analyse("Halvorsen described the recovery as weak.\n"
                           "Two aides described Halvorsen as rash.\n");
    EXPECT_FALSE(cue(*a, "weak", 0).counts_for(0)); // her own words about the recovery
    EXPECT_EQ(cue(*a, "rash", 1).holder, "Two aides described Halvorsen as");
    EXPECT_TRUE(cue(*a, "rash", 1).counts_for(0));
}

// Who holds a view, whatever the words around the holder: the head noun of the speaker's noun
// phrase, the noun of a term that names one, a named speaker, or nobody in particular.
std::string key_of(const std::string& sentence, std::string_view term = "weak") {
    return std::string(cue(*analyse(sentence + "\n"), term).holder_key);
}

TEST(ClaimsAttribution, TheHolderIsIdentifiedByItsHeadNoun) {
    EXPECT_EQ(key_of("Critics argue that Halvorsen was weak."), "critics");
    EXPECT_EQ(key_of("Many critics argue that Halvorsen was weak."), "critics");
    EXPECT_EQ(key_of("Supporters argue that Halvorsen was weak."), "supporters");
    EXPECT_EQ(key_of("Executives who left last year reportedly complained that Halvorsen was "
                     "weak."),
              "executives");
    EXPECT_EQ(key_of("Several senior executives who left the bank last year complained that "
                     "Halvorsen was weak."),
              "executives");
    EXPECT_EQ(key_of("In 2019 two analysts at the bank said Halvorsen was weak."), "analysts");
    EXPECT_EQ(key_of("Halvorsen was weak, her critics insist."), "critics");
    EXPECT_EQ(key_of("Halvorsen was weak, analysts said."), "analysts");
    EXPECT_EQ(key_of("Two aides described Halvorsen as weak."), "aides");
    EXPECT_EQ(key_of("Investors, however, describe Halvorsen as weak."), "investors");
    EXPECT_EQ(key_of("Critics have argued that Halvorsen was weak.", "weak"), "critics");
    EXPECT_EQ(key_of("Putin’s critics argue that Halvorsen was weak."), "putin’s critics");
    EXPECT_EQ(key_of("Halvorsen was weak, according to her critics."), "critics");
    EXPECT_EQ(key_of("According to critics, Halvorsen was weak."), "critics");
}

TEST(ClaimsAttribution, ANamedSpeakerIsTheHolder) {
    EXPECT_EQ(key_of("Halvorsen was weak, Erik Berg said, but she was in fact prudent."), "berg");
    EXPECT_EQ(key_of("Halvorsen was weak, said one former deputy."), "deputy");
    EXPECT_EQ(key_of("According to one senior official, Halvorsen was weak."), "official");
    EXPECT_EQ(key_of("Two bankers, both from the north, said Halvorsen was weak."), "bankers");
}

TEST(ClaimsAttribution, ASpeakerInAppositionAfterAnInvertedVerbIsThePersonNamed) {
    // Found on an unseen review: "said the manager, Jonas Eide" was held by the quotation's own
    // words, so adding the title reported an attribution changed.
    for (const char* tag : {"said Erik Berg", "said the deputy, Erik Berg",
                            "said Erik Berg, her deputy", "said Erik Berg, who knew her"}) {
        const std::string quoted =
            std::string("\xe2\x80\x9cHalvorsen was weak,\xe2\x80\x9d ") + tag + ".";
        EXPECT_EQ(key_of(quoted), "berg") << tag;
        EXPECT_EQ(cue(*analyse(quoted + "\n"), "weak").holder, tag) << tag;
        EXPECT_EQ(key_of(std::string("Halvorsen was weak, ") + tag + "."), "berg") << tag;
    }
}

TEST(ClaimsAttribution, AnInvertedSpeakerEndsWhereATimeOrPlaceFollows) {
    // QA pass q19 (an unseen sports column): in "“...,” said the former captain Lee Whitmore on
    // Saturday's broadcast" the speaker and the adjunct after him were more than five words, so
    // the quotation's own opening words held the view and every such tag was one holder.
    const std::string open = "\xe2\x80\x9cHalvorsen was weak,\xe2\x80\x9d ";
    for (const auto& [tag, speaker, key] : std::vector<std::array<std::string, 3>>{
             {"said Erik Berg on Saturday", "said Erik Berg", "berg"},
             {"said the former deputy Erik Berg after the vote", "said the former deputy Erik Berg",
              "berg"},
             {"wrote Erik Berg of Hollins Bank in a note to clients last month",
              "wrote Erik Berg of Hollins Bank", "berg"},
             {"said one former deputy last week", "said one former deputy", "deputy"},
             {"said Erik Berg after the 2-1 win over Bramford", "said Erik Berg", "berg"},
             {"said the former Oslo city deputy Erik Berg on Saturday's broadcast",
              "said the former Oslo city deputy Erik Berg", "berg"}}) {
        EXPECT_EQ(cue(*analyse(open + tag + ".\n"), "weak").holder, speaker) << tag;
        EXPECT_EQ(key_of(open + tag + "."), key) << tag;
        if (tag.starts_with("said")) { // "wrote" reports only a quotation it tags
            EXPECT_EQ(key_of("Halvorsen was weak, " + tag + "."), key) << tag;
        }
    }
    // Not a tag whose adjunct holds a judgement of its own, nor a verb that reports a clause.
    EXPECT_NE(cue(*analyse(open + "said Erik Berg after a rash vote.\n"), "weak").holder,
              "said Erik Berg");
    EXPECT_EQ(cue(*analyse("Halvorsen was weak, said one former deputy.\n"), "weak").holder,
              "said one former deputy");
    EXPECT_EQ(cue(*analyse("Erik Berg said on Saturday that Halvorsen was weak.\n"), "weak").holder,
              "Erik Berg said");
    EXPECT_EQ(key_of("Two bankers, both from the north, said Halvorsen was weak."), "bankers");
}

TEST(ClaimsAttribution, AnUnnamedHolderIsNobodyInParticular) {
    EXPECT_EQ(key_of("Many believe that Halvorsen was weak."), "*");
    EXPECT_EQ(key_of("Halvorsen is widely seen as weak."), "*");
    EXPECT_EQ(key_of("Halvorsen was seen as weak."), "*");
    EXPECT_EQ(key_of("Halvorsen is often seen as weak."), "*");
    EXPECT_EQ(key_of("Halvorsen was, however, seen as weak."), "*");
    EXPECT_EQ(key_of("Halvorsen was weak."), ""); // the author's
}

TEST(ClaimsAttribution, AConcessionHoldsNoView) {
    const auto a = analyse("Halvorsen is \xe2\x80\x94 whatever her critics argue \xe2\x80\x94 "
                           "prudent.\n");
    EXPECT_EQ(cue(*a, "prudent").holder, "");
}

TEST(ClaimsAttribution, AVerbOfBeliefBeforeAClauseIsTheHoldersView) {
    const auto a = analyse("Many investors think Halvorsen was rash.\n"
                           "Many investors think that Halvorsen was rash.\n"
                           "Tomas Berg believes Halvorsen was weak.\n"
                           "Fans feel the manager was weak.\n"
                           "Fans thought she had been rash.\n"
                           "Supporters felt Halvorsen panicked and was weak.\n");
    EXPECT_EQ(cue(*a, "rash", 0).holder, "Many investors think");
    EXPECT_EQ(cue(*a, "rash", 0).holder_key, "investors");
    EXPECT_EQ(cue(*a, "rash", 1).holder, "Many investors think");
    EXPECT_EQ(cue(*a, "weak", 2).holder, "Tomas Berg believes");
    EXPECT_EQ(cue(*a, "weak", 2).holder_key, "berg");
    EXPECT_EQ(cue(*a, "weak", 3).holder, "Fans feel");
    EXPECT_EQ(cue(*a, "rash", 4).holder, "Fans thought");
    EXPECT_EQ(cue(*a, "weak", 5).holder, "Supporters felt");
}

TEST(ClaimsAttribution, AVerbOfBeliefWithoutAClauseReportsNoOne) {
    const auto a = analyse("Halvorsen thinks strategically and was prudent.\n"
                           "Halvorsen felt betrayed, and she was rash.\n"
                           "Fans think about the rash sale.\n"
                           "The thought that Halvorsen was weak spread.\n"
                           "Halvorsen believed in a prudent course.\n"
                           "It is hard to believe Halvorsen was weak.\n");
    EXPECT_EQ(cue(*a, "prudent", 0).holder, "");
    EXPECT_EQ(cue(*a, "rash", 1).holder, "");
    EXPECT_EQ(cue(*a, "rash", 2).holder, "");
    EXPECT_EQ(cue(*a, "weak", 3).holder, "");
    EXPECT_EQ(cue(*a, "prudent", 4).holder, "");
    EXPECT_TRUE(cue(*a, "prudent", 4).counts_for(0));
    EXPECT_EQ(cue(*a, "weak", 5).holder, ""); // the author's own incredulity
}

TEST(ClaimsAttribution, TheAuthorThinkingReportsNoOneAndTheSubjectThinkingHerOwnWords) {
    const auto a = analyse("I think Halvorsen was rash.\n"
                           "I do not think Halvorsen was prudent.\n"
                           "Halvorsen thinks the old policy was a failure.\n"
                           "Halvorsen believes that the recovery is weak.\n");
    EXPECT_EQ(cue(*a, "rash", 0).holder, "");
    EXPECT_EQ(cue(*a, "prudent", 1).holder, "");
    EXPECT_FALSE(cue(*a, "failure", 2).counts_for(0));
    EXPECT_FALSE(cue(*a, "weak", 3).counts_for(0));
}

TEST(ClaimsAttribution, TheAuthorsOwnClauseEndsAReportedView) {
    // QA pass q11 (a war correspondent's profile of a general): "One officer called her
    // reckless, and I think he was right" held the author's *I think* by the officer (a hedge
    // put in his mouth: "attribution changed"). "I" opening a clause after a comma (or after a
    // comma and a conjunction), outside a quotation, is the author stepping in.
    const auto a =
        testing::analyse_text(kRows + "h.i-think\ti think\thedge\t-0.5\tcertainty\t\n",
                              "Berg said Halvorsen was rash, and I think he was right.\n"
                              "Berg said Halvorsen was rash, I think.\n"
                              "Berg said \"Halvorsen was rash,\" and I think she was weak.\n"
                              "Berg said Halvorsen was rash, and she was weak.\n"
                              "Berg said that, after such a defeat, we think Halvorsen was weak.\n"
                              "Berg said: \"Halvorsen was rash, and I think she was weak.\"\n",
                              {kHalvorsen});
    const auto hedge = [&](std::uint32_t s) {
        for (const auto& c : a->analysis.claim(0, s).cues) {
            if (c.kind == CueKind::hedge) {
                return std::string(c.holder);
            }
        }
        return std::string("none");
    };
    EXPECT_EQ(cue(*a, "rash", 0).holder, "Berg said");
    EXPECT_EQ(hedge(0), "");
    EXPECT_EQ(hedge(1), ""); // closing the sentence: the author's doubt of the report
    EXPECT_EQ(cue(*a, "weak", 2).holder, ""); // after the quotation closed
    // Unchanged: another clause that is no author's goes on with the view; so does "we" of
    // reported words, and "I" inside a quotation is the speaker's.
    EXPECT_EQ(cue(*a, "weak", 3).holder, "Berg said");
    EXPECT_EQ(cue(*a, "weak", 4).holder, "Berg said");
    EXPECT_NE(cue(*a, "weak", 5).holder, "");
}

TEST(ClaimsAttribution, InTheViewOfHerCriticsHoldsTheWholeSentenceWhereverItStands) {
    // The noun inside the source ("critics") names the holder; it starts no view of its own.
    const auto a = analyse("In the view of her critics, Halvorsen was rash.\n"
                           "Halvorsen is, in the eyes of her critics, weak.\n"
                           "Halvorsen was rash, in the eyes of her critics.\n");
    EXPECT_EQ(cue(*a, "rash", 0).holder, "In the view of her critics");
    EXPECT_EQ(cue(*a, "rash", 0).holder_key, "critics");
    EXPECT_EQ(cue(*a, "weak", 1).holder, "in the eyes of her critics");
    EXPECT_EQ(cue(*a, "rash", 2).holder, "in the eyes of her critics");
}

TEST(ClaimsAttribution, APossessorsViewIsTheirs) {
    const auto a = analyse("In her critics' view, Halvorsen was rash.\n"
                           "In Tomas Berg's view, Halvorsen was weak.\n"
                           "Halvorsen was rash in full view of the board.\n"
                           "In my view, Halvorsen was weak.\n"
                           "In her view, the recovery was weak.\n");
    EXPECT_EQ(cue(*a, "rash", 0).holder, "In her critics' view");
    EXPECT_EQ(cue(*a, "rash", 0).holder_key, "critics");
    EXPECT_EQ(cue(*a, "weak", 1).holder, "In Tomas Berg's view");
    EXPECT_EQ(cue(*a, "weak", 1).holder_key, "berg");
    EXPECT_EQ(cue(*a, "rash", 2).holder, ""); // no possessive: no one's view
    EXPECT_EQ(cue(*a, "weak", 3).holder, ""); // the author's own
    EXPECT_EQ(testing::cue_ids(*a, 3), (std::vector<std::string>{"c.weak"}));
    EXPECT_FALSE(cue(*a, "weak", 4).counts_for(0)); // her own view of the recovery
}

TEST(ClaimsAttribution, APossessorsOwnView) {
    const auto a = analyse("In Tomas Berg's own view, Halvorsen was weak.\n"
                           "In her own view, the recovery was weak.\n");
    EXPECT_EQ(cue(*a, "weak", 0).holder, "In Tomas Berg's own view");
    EXPECT_EQ(cue(*a, "weak", 0).holder_key, "berg");
    EXPECT_FALSE(cue(*a, "weak", 1).counts_for(0));
}

TEST(ClaimsAttribution, ANamedPersonsViewWithoutAReportingVerb) {
    const auto a = analyse("Tomas Berg met Halvorsen.\n\n"
                           "To Tomas Berg, Halvorsen was rash.\n"
                           "For Tomas Berg, Halvorsen was weak.\n"
                           "Tomas Berg: \"Halvorsen is rash and weak.\"\n"
                           "To Halvorsen, the recovery was weak.\n"
                           "For Halvorsen, the defeat was a failure.\n"
                           "To Brussels, Halvorsen was rash.\n");
    const auto& analysis = a->analysis;
    const auto held = [&](std::uint32_t s, std::string_view term) -> const Cue& {
        for (const auto& c : analysis.claim(1, s).cues) {
            if (c.term == term) {
                return c;
            }
        }
        throw std::runtime_error("no cue " + std::string(term));
    };
    EXPECT_EQ(held(0, "rash").holder, "To Tomas Berg");
    EXPECT_EQ(held(0, "rash").holder_key, "berg");
    EXPECT_EQ(held(1, "weak").holder, "For Tomas Berg");
    EXPECT_EQ(held(2, "rash").holder, "Tomas Berg");
    EXPECT_EQ(held(2, "weak").holder, "Tomas Berg");
    EXPECT_FALSE(held(3, "weak").counts_for(0));   // her own view of the recovery
    EXPECT_TRUE(held(4, "failure").counts_for(0)); // how things stood for her: the author's
    EXPECT_EQ(held(4, "failure").holder, "");
    EXPECT_EQ(held(5, "rash").holder, ""); // no person
}

TEST(ClaimsAttribution, BrandingAndLabellingGiveTheLabellersView) {
    const auto a = analyse("Tomas Berg branded Halvorsen rash.\n"
                           "Tomas Berg labelled Halvorsen weak.\n"
                           "Halvorsen was branded rash.\n"
                           "Her brand of banking was rash.\n"
                           "Halvorsen branded the regulators weak.\n");
    EXPECT_EQ(cue(*a, "rash", 0).holder, "Tomas Berg branded");
    EXPECT_EQ(cue(*a, "weak", 1).holder, "Tomas Berg labelled");
    EXPECT_EQ(cue(*a, "rash", 2).holder, "was branded");
    EXPECT_EQ(cue(*a, "rash", 3).holder, "");       // the noun labels no one
    EXPECT_FALSE(cue(*a, "weak", 4).counts_for(0)); // her own label of others
}

TEST(ClaimsAttribution, TellingAndClaimingBeforeAClauseAreTheSpeakersView) {
    const auto a = analyse("Tomas Berg told reporters Halvorsen was rash.\n"
                           "Tomas Berg told reporters that Halvorsen was weak.\n"
                           "Halvorsen told the staff to be prudent.\n"
                           "Tomas Berg claimed Halvorsen was rash.\n"
                           "Her claims were rash.\n");
    EXPECT_EQ(cue(*a, "rash", 0).holder, "Tomas Berg told");
    EXPECT_EQ(cue(*a, "weak", 1).holder, "Tomas Berg told");
    EXPECT_EQ(cue(*a, "prudent", 2).holder, "");
    EXPECT_EQ(cue(*a, "rash", 3).holder, "Tomas Berg claimed");
    // The attribution replaces the evidential of the same word, as "claim that" does.
    EXPECT_EQ(testing::cue_ids(*a, 3), (std::vector<std::string>{"a.claim", "c.rash"}));
    EXPECT_EQ(testing::cue_ids(*a, 4), (std::vector<std::string>{"e.claim", "c.rash"}));
}

TEST(ClaimsAttribution, EveryLabelInsideAQuotationAfterCallIsTheCallers) {
    const auto a = analyse("Tomas Berg called Halvorsen \"a timid, weak banker\".\n"
                           "Tomas Berg called Halvorsen \xe2\x80\x9c"
                           "a dull and rash banker\xe2\x80\x9d.\n"
                           "Halvorsen was called \"a dull, rash banker\".\n");
    EXPECT_EQ(cue(*a, "weak", 0).holder, "Tomas Berg called");
    EXPECT_TRUE(cue(*a, "weak", 0).counts_for(0));
    EXPECT_EQ(cue(*a, "rash", 1).holder, "Tomas Berg called");
    EXPECT_EQ(cue(*a, "rash", 2).holder, "was called");
}

TEST(ClaimsAttribution, ALabelNounBeforeAVerbAndThinkingOfHerAs) {
    const auto a = analyse("Halvorsen signed with a record label that was rash.\n"
                           "Her label is rash.\n"
                           "Halvorsen's label was rash.\n"
                           "Fans think of Halvorsen as rash.\n");
    EXPECT_EQ(cue(*a, "rash", 0).holder, "");
    EXPECT_EQ(cue(*a, "rash", 1).holder, "");
    EXPECT_EQ(cue(*a, "rash", 2).holder, "");
    EXPECT_EQ(cue(*a, "rash", 3).holder, "Fans think of Halvorsen as");
}

TEST(ClaimsAttribution, TheTextNamingItselfIsTheAuthor) {
    const std::string rows = kRows + "a.argue\targue\tattribution\t0\t\t\n"
                                     "a.contend-that\tcontend that\tattribution\t0\t\t\n";
    const auto a = testing::analyse_text(rows,
                                         "This essay argues that Halvorsen was prudent.\n"
                                         "This article contends that Halvorsen was rash.\n"
                                         "The present study argues that Halvorsen was weak.\n"
                                         "This chapter has consistently argued that she was rash.\n"
                                         "This book argues that Halvorsen was weak.\n"
                                         "The essay argues that Halvorsen was rash.\n",
                                         {kHalvorsen});
    EXPECT_EQ(cue(*a, "prudent", 0).holder, "");
    EXPECT_EQ(testing::cue_ids(*a, 0), (std::vector<std::string>{"c.prudent"}));
    EXPECT_EQ(cue(*a, "rash", 1).holder, "");
    EXPECT_EQ(cue(*a, "weak", 2).holder, "");
    EXPECT_EQ(cue(*a, "rash", 3).holder, "");
    // A book under review, or an essay named before, is someone else's.
    EXPECT_EQ(cue(*a, "weak", 4).holder, "This book argues");
    EXPECT_EQ(cue(*a, "rash", 5).holder, "The essay argues");
}

TEST(ClaimsAttribution, APossessorsAccountOrReadingSetOffByCommas) {
    const std::string rows = kRows + "a.in-account\tin * account\tattribution\t0\t\t\n"
                                     "a.in-reading\tin * reading\tattribution\t0\t\t\n"
                                     "a.in-assessment\tin * assessment\tattribution\t0\t\t\n";
    const auto a = testing::analyse_text(rows,
                                         "In Tomas Berg's account, Halvorsen was rash.\n"
                                         "Halvorsen was, in Tomas Berg's reading of the letters, "
                                         "weak.\n"
                                         "Halvorsen was rash in her assessment of the risk.\n"
                                         "Halvorsen paid the fee into her account, a rash act.\n"
                                         "Halvorsen was weak, in Tomas Berg's assessment.\n",
                                         {kHalvorsen});
    EXPECT_EQ(cue(*a, "rash", 0).holder, "In Tomas Berg's account");
    EXPECT_EQ(cue(*a, "rash", 0).holder_key, "berg");
    EXPECT_EQ(cue(*a, "weak", 1).holder, "in Tomas Berg's reading");
    // Her own act, not a frame: the author's judgement of it.
    EXPECT_EQ(cue(*a, "rash", 2).holder, "");
    EXPECT_TRUE(cue(*a, "rash", 2).counts_for(0));
    EXPECT_EQ(cue(*a, "rash", 3).holder, "");
    EXPECT_EQ(cue(*a, "weak", 4).holder, "in Tomas Berg's assessment");
}

TEST(ClaimsAttribution, ANameWithParticlesAfterCallIsOneObject) {
    const Subject vega{"Anna de la Vega", {"de la Vega"}, {}, {"she", "her"}};
    const auto a = testing::analyse_text(kRows,
                                         "Tomas Berg called de la Vega a rash fool.\n"
                                         "Tomas Berg called Anna de la Vega a weak clerk.\n"
                                         "Tomas Berg called Ursula von der Leyen a rash leader.\n",
                                         {vega});
    EXPECT_EQ(cue(*a, "rash", 0).holder, "Tomas Berg called");
    EXPECT_EQ(cue(*a, "weak", 1).holder, "Tomas Berg called");
    EXPECT_EQ(cue(*a, "rash", 2).holder, "Tomas Berg called");
}

TEST(ClaimsAttribution, AVerbBeforeAsAfterAnInsertionTakesItsSubjectFromBeforeIt) {
    // Found on an unseen central-bank essay: "Investors, however, do not regard her as credible"
    // was held by 'do not regard her as', the verb alone, as the docs say it never is.
    const auto a = testing::analyse_text(
        kRows + "n.not\tnot\tnegation\t-1\t\t\n",
        "Investors, however, describe Halvorsen as rash. Her critics, in private, describe her "
        "as weak. Investors, however, do not describe her as prudent.\n",
        {kHalvorsen});
    EXPECT_EQ(cue(*a, "rash", 0).holder, "Investors");
    EXPECT_EQ(cue(*a, "weak", 1).holder, "Her critics");
    // With its auxiliary and negation: still theirs, and still denied.
    EXPECT_EQ(cue(*a, "prudent", 2).holder, "Investors");
    EXPECT_TRUE(cue(*a, "prudent", 2).negated);
}

TEST(ClaimsAttribution, AnAppositivesPersonHoldsTheView) {
    const std::string rows = kRows + "a.wrote-that\twrote that\tattribution\t0\t\t\n";
    const auto a = testing::analyse_text(rows,
                                         "The editor, Amara Lindgren, wrote that Halvorsen was "
                                         "rash.\n"
                                         "Amara Lindgren, the editor, wrote that Halvorsen was "
                                         "rash.\n"
                                         "His biographer, Tomas Berg, wrote that she was weak.\n"
                                         "Amara Lindgren, however, wrote that Halvorsen was weak.\n"
                                         "The editor, a patient reader, wrote that Halvorsen was "
                                         "rash.\n",
                                         {kHalvorsen});
    EXPECT_EQ(cue(*a, "rash", 0).holder, "Amara Lindgren");
    EXPECT_EQ(cue(*a, "rash", 0).holder_key, "lindgren");
    EXPECT_EQ(cue(*a, "rash", 1).holder, "Amara Lindgren");
    EXPECT_EQ(cue(*a, "rash", 1).holder_key, "lindgren");
    EXPECT_EQ(cue(*a, "weak", 2).holder, "Tomas Berg");
    EXPECT_EQ(cue(*a, "weak", 3).holder, "Amara Lindgren");
    // No name in either part: the opening words, never the verb alone.
    EXPECT_EQ(cue(*a, "rash", 4).holder, "The editor");
    EXPECT_EQ(cue(*a, "rash", 4).holder_key, "editor");
}

TEST(ClaimsAttribution, AnAppositiveInAClauseOpenedByAConjunctionHoldsTheView) {
    // QA pass q11 (a regulator's profile): "She reads the trial data herself, and her deputy,
    // Sunita Rao, says she has never signed ..." was held by "She reads the trial data herself"
    // (the sentence's opening words), so moving Rao's words into a sentence of their own read as
    // two negations removed. The clause that a conjunction opens after a comma is the verb's.
    const std::string rows = kRows + "a.says\tsay\tattribution\t0\t\t\n";
    const auto a = testing::analyse_text(rows,
                                         "Halvorsen cut rates, and her deputy, Erik Berg, says "
                                         "she was rash.\n"
                                         "Halvorsen cut rates, but the editor, Amara Lindgren, "
                                         "says she was rash.\n"
                                         "Halvorsen cut rates, and her deputy, a patient man, "
                                         "says she was rash.\n"
                                         "Investors, however, say Halvorsen was rash.\n"
                                         "Investors in Oslo, Bergen and Trondheim, however, say "
                                         "Halvorsen was rash.\n",
                                         {kHalvorsen});
    EXPECT_EQ(cue(*a, "rash", 0).holder, "Erik Berg");
    EXPECT_EQ(cue(*a, "rash", 0).holder_key, "berg");
    EXPECT_EQ(cue(*a, "rash", 1).holder_key, "lindgren");
    EXPECT_EQ(cue(*a, "rash", 2).holder, "her deputy");
    EXPECT_EQ(cue(*a, "rash", 2).holder_key, "deputy");
    // Unchanged: no conjunction opens a clause, so the sentence's opening words.
    EXPECT_EQ(cue(*a, "rash", 3).holder_key, "investors");
    EXPECT_EQ(cue(*a, "rash", 4).holder_key, "investors");
}

TEST(ClaimsAttribution, ShippedVerbsThatReportAClauseHoldIt) {
    // QA pass q7: "Brody's advisers briefed journalists that Thackeray was arrogant" (and
    // "noted that", "maintain that", "pointed out that", ...) gave the author -1.00.
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Her aides briefed journalists that Halvorsen was reckless. Rivals noted that she was "
        "arrogant. Colleagues maintain that she was reckless. One minister pointed out that she "
        "was arrogant. Halvorsen observed that the board was reckless. It should be noted that "
        "she was reckless. Note that she was reckless.\n",
        {kHalvorsen});
    EXPECT_EQ(cue(*a, "reckless", 0).holder, "Her aides briefed journalists that");
    EXPECT_EQ(cue(*a, "arrogant", 1).holder, "Rivals noted that");
    EXPECT_EQ(cue(*a, "reckless", 2).holder, "Colleagues maintain that");
    EXPECT_EQ(cue(*a, "arrogant", 3).holder_key, "minister");
    // The subject speaking: her own words, which judge the board.
    EXPECT_EQ(cue(*a, "reckless", 4).holder_subject, 0u);
    // The author insisting reports no one, nor does the author addressing the reader.
    EXPECT_TRUE(cue(*a, "reckless", 5).holder.empty());
    EXPECT_TRUE(cue(*a, "reckless", 6).holder.empty());
}

TEST(ClaimsAttribution, ShippedVerbsOfSpeechWithThatReportTheirClause) {
    // QA pass q15: "Ek added that Lindqvist was "arrogant" and "out of touch"" gave the author
    // -1.00 twice: the bare *added* (and *replied, responded, joked, boasted*) reports only a
    // quotation it tags, and no row read its *that* clause.
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Rivals added that Halvorsen was arrogant. One aide replied that she was reckless. The "
        "ministry responded that she was arrogant. Colleagues joked that she was reckless. Her "
        "critics boasted that she was arrogant. Halvorsen added that the board was reckless. It "
        "must be added that she was arrogant. She added a tax that was reckless.\n",
        {kHalvorsen});
    EXPECT_EQ(cue(*a, "arrogant", 0).holder, "Rivals added that");
    EXPECT_EQ(cue(*a, "reckless", 1).holder_key, "aide");
    EXPECT_EQ(cue(*a, "arrogant", 2).holder, "The ministry responded that");
    EXPECT_EQ(cue(*a, "reckless", 3).holder, "Colleagues joked that");
    EXPECT_EQ(cue(*a, "arrogant", 4).holder_key, "critics");
    // The subject speaking: her own words.
    EXPECT_EQ(cue(*a, "reckless", 5).holder_subject, 0u);
    // Unchanged: the author insisting, and a verb with no clause, report no one.
    EXPECT_TRUE(cue(*a, "arrogant", 6).holder.empty());
    EXPECT_TRUE(cue(*a, "reckless", 7).holder.empty());
}

TEST(ClaimsAttribution, AVerbOfSpeechBeforeAColonHoldsTheQuotationAfterIt) {
    // QA pass q15: `Holm added: "Lindqvist is reckless."`, `She wrote: ...`, `He told
    // reporters: ...` gave the author -1.00: those verbs report only a quotation they tag after
    // it, or a clause.
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "Maria Berg added: \"Halvorsen is reckless.\" Berg wrote: \xe2\x80\x9cHalvorsen is "
        "arrogant.\xe2\x80\x9d Berg told reporters on Monday: \"Halvorsen is reckless.\" Halvorsen "
        "warned: \"The board is arrogant.\" Berg added a footnote: Halvorsen was reckless. Berg "
        "told the board about it: Halvorsen was arrogant.\n",
        {kHalvorsen});
    EXPECT_EQ(cue(*a, "reckless", 0).holder, "Maria Berg added");
    EXPECT_EQ(cue(*a, "arrogant", 1).holder, "Berg wrote");
    EXPECT_EQ(cue(*a, "reckless", 2).holder, "Berg told");
    // The subject speaking: her own words, which judge the board.
    EXPECT_EQ(cue(*a, "arrogant", 3).holder_subject, 0u);
    // Unchanged: no quotation after the colon, or more than four words before it.
    EXPECT_TRUE(cue(*a, "reckless", 4).holder.empty());
    EXPECT_TRUE(cue(*a, "arrogant", 5).holder.empty());
}

TEST(ClaimsAttribution, AConcessionThatOnlyAddsAJudgementKeepsTheView) {
    // QA pass q7: "Diplomats describe him as capable, if arrogant" gave *arrogant* to the author
    // (a verb before "as" held only up to the comma), and so did "..., but arrogant".
    const auto a = testing::analyse_text(
        kRows + "d.somewhat\tsomewhat\tdowntoner\t0.75\t\t\n",
        "Investors describe Halvorsen as prudent, if rash. Investors describe her as prudent, if "
        "somewhat weak. Critics say she is prudent, but rash. Investors describe her as prudent, "
        "rash. Critics argue she was rash, but she was in fact prudent. Investors describe her as "
        "prudent, and the board was weak.\n",
        {kHalvorsen});
    EXPECT_EQ(cue(*a, "rash", 0).holder, "Investors describe Halvorsen as");
    EXPECT_EQ(cue(*a, "weak", 1).holder, "Investors describe her as");
    EXPECT_EQ(cue(*a, "rash", 2).holder, "Critics say");
    EXPECT_EQ(cue(*a, "rash", 3).holder, "Investors describe her as");
    // A clause of its own after the contrast or the comma is the author's.
    EXPECT_TRUE(cue(*a, "prudent", 4).holder.empty());
    EXPECT_TRUE(cue(*a, "weak", 5).holder.empty());
    // A degree word before one last word the lexicon lacks softens a judgement too.
    const auto b = testing::analyse_text(
        kRows + "d.somewhat\tsomewhat\tdowntoner\t0.75\t\t\n",
        "Investors describe Halvorsen as prudent, if somewhat cold. Investors describe her as "
        "prudent, if somewhat cold in manner.\n",
        {kHalvorsen});
    EXPECT_EQ(cue(*b, "somewhat", 0).holder, "Investors describe Halvorsen as");
    EXPECT_TRUE(cue(*b, "somewhat", 1).holder.empty());
}

TEST(ClaimsAttribution, AnImpersonalInfinitiveOfSayingIsTheAuthors) {
    // QA pass q7: "It is fair to say that Teixeira was slow" gave the view to 'It is fair to
    // say', a holder nobody in particular, and took it from the author.
    const auto a = analyse("It is fair to say that Halvorsen was rash. Needless to say, Halvorsen "
                           "was rash. Suffice it to say that Halvorsen was rash. Critics were "
                           "quick to say that Halvorsen was rash. It is too soon to call "
                           "Halvorsen rash.\n");
    EXPECT_TRUE(cue(*a, "rash", 0).holder.empty());
    EXPECT_TRUE(cue(*a, "rash", 1).holder.empty());
    EXPECT_TRUE(cue(*a, "rash", 2).holder.empty());
    // A subject before the infinitive still holds it.
    EXPECT_EQ(cue(*a, "rash", 3).holder, "Critics were quick to say");
    // So with "call": the author's label (denied or not by the words around it).
    EXPECT_TRUE(cue(*a, "rash", 4).holder.empty());
}

TEST(ClaimsAttribution, AModalBeforeTheReportingVerbIsTheSpeakers) {
    // QA pass q7: "Okonjo was patient, though some would say passive" lowered the author's
    // certainty by 'would', which says what the others would say.
    const auto a = testing::analyse_text(kRows + "h.would\twould\thedge\t-0.25\tcertainty\t\n"
                                                 "h.might\tmight\thedge\t-0.75\tcertainty\t\n",
                                         "Halvorsen was prudent, though some would say weak. "
                                         "Some might call Halvorsen rash. Halvorsen would be "
                                         "rash, critics say.\n",
                                         {kHalvorsen});
    EXPECT_EQ(cue(*a, "would", 0).holder, "some would say");
    EXPECT_EQ(cue(*a, "might", 1).holder, "Some might call");
    // A modal of the claim itself, the verb further on, is held with the claim.
    EXPECT_EQ(cue(*a, "would", 2).holder, "critics say");
}

TEST(ClaimsAttribution, ClaimingAJudgementIsTheSpeakersOwnWords) {
    // QA pass q7: "Hallam claimed victory too, but the board replaced her" scored *victory* as
    // the author's praise of Hallam, beside the evidential *claimed*.
    const auto a = testing::analyse_text(
        kRows + "c.victory\tvictory\tcharacterization\t+0.5\tfavorability\t\n",
        "Halvorsen claimed victory, but she lost. Halvorsen claimed a lot.\n", {kHalvorsen});
    EXPECT_EQ(cue(*a, "victory", 0).holder, "Halvorsen claimed");
    EXPECT_EQ(cue(*a, "victory", 0).holder_subject, 0u);
    for (const auto& c : a->analysis.claim(0, 0).cues) {
        EXPECT_NE(c.kind, CueKind::evidential);
    }
    // No judgement claimed: the evidential, as before.
    EXPECT_EQ(cue(*a, "claim", 1).kind, CueKind::evidential);
}

TEST(ClaimsAttribution, AReportEndingAComparisonGivesOnlyItsStandard) {
    // Found on an unseen essay (QA pass q14): in "Her plan was less weak than she claims" the
    // evidential *claims* lowered the author's certainty, as if the author doubted her; and
    // "than she says" gave the author's own *weak* to her words.
    const auto a = analyse("Her plan was less weak than she claims. Her plan was less weak than "
                           "she says. Her plan was not as weak as her critics say. She was more "
                           "prudent than claimed. Halvorsen was weak, she says. No one other than "
                           "Halvorsen claimed she was weak. Halvorsen spoke longer than critics "
                           "argue she should have. She reportedly was weak.\n");
    for (std::uint32_t s = 0; s < 4; ++s) {
        for (const auto& c : a->analysis.claim(0, s).cues) {
            EXPECT_NE(c.kind, CueKind::evidential) << s;
            EXPECT_NE(c.kind, CueKind::attribution) << s;
            EXPECT_TRUE(c.holder.empty()) << s;
        }
    }
    EXPECT_TRUE(first_characterization(*a, 1).counts_for(0)); // the author's, for her
    // Not a report of the sentence itself, nor one whose clause follows it, nor "other than".
    EXPECT_EQ(cue(*a, "weak", 4).holder, "she says");
    EXPECT_EQ(cue(*a, "weak", 5).holder, "No one other than Halvorsen claimed");
    EXPECT_EQ(cue(*a, "critics argue", 6).kind, CueKind::attribution);
    EXPECT_EQ(cue(*a, "reportedly", 7).kind, CueKind::evidential);
}

TEST(ClaimsAttribution, AVerbOfStanceUsedAsANounReportsNothing) {
    // Found on an unseen essay (QA pass q14): "The members voted 78% in favour" was held by
    // *The members voted 78% in favour*, and "fell out of favour and was weak" gave *weak* to it.
    const auto a = testing::analyse_text(
        kRows + "a.favour\tfavour\tattribution\t0\t\t\n"
                "a.praise\tpraise\tattribution\t0\t\t\n",
        "Halvorsen fell out of favour and was weak. The members voted in favour of a weak plan. "
        "She met with praise for a weak plan. She was an advocate of a weak plan. Members favour "
        "a weak plan. Members praise her as prudent. Allies advocate a weak plan.\n",
        {kHalvorsen});
    for (std::uint32_t s = 0; s < 4; ++s) {
        EXPECT_TRUE(cue(*a, "weak", s).holder.empty()) << s;
    }
    // The verbs still report their subject's view.
    EXPECT_EQ(cue(*a, "weak", 4).holder, "Members favour");
    EXPECT_EQ(cue(*a, "prudent", 5).holder, "Members praise");
    EXPECT_EQ(cue(*a, "weak", 6).holder, "Allies advocate");
}

TEST(ClaimsAttribution, AViewNounStatingItsClauseIsItsOwners) {
    // QA pass q7: "Okonjo's view is that Hallam was reckless" gave the author -1.00.
    const auto a =
        testing::analyse_text(kRows + "a.view-is-that\tview is that\tattribution\t0\t\t\n"
                                      "a.argument-was-that\targument was that\t"
                                      "attribution\t0\t\t\n",
                              "Maria Berg's view is that Halvorsen was rash. My view "
                              "is that Halvorsen was rash. Her argument was that the "
                              "board was rash. My own view is that Halvorsen was rash.\n",
                              {kHalvorsen});
    EXPECT_EQ(cue(*a, "rash", 0).holder, "Maria Berg's view is that");
    EXPECT_EQ(cue(*a, "rash", 0).holder_key, "berg");
    // The author's own view, and the subject's own words.
    EXPECT_TRUE(cue(*a, "rash", 1).holder.empty());
    EXPECT_EQ(cue(*a, "rash", 2).holder_subject, 0u);
    EXPECT_TRUE(cue(*a, "rash", 3).holder.empty());
}

TEST(ClaimsAttribution, ShippedNounsThatReportAClauseHoldIt) {
    // QA pass q7: "The accusation that Thackeray was arrogant was unfair" gave the author
    // -1.00 (so did "the allegation that", "the idea that").
    const auto a = testing::analyse_with(
        load_lexicon({}),
        "The accusation that Halvorsen was arrogant was unfair. The allegation that she was "
        "reckless was dropped. The idea that she was arrogant is absurd. She was in charge that "
        "year and was reckless.\n",
        {kHalvorsen});
    // The author's verdict "was unfair" makes it the author's denial (task q21).
    EXPECT_TRUE(cue(*a, "arrogant", 0).holder.empty());
    EXPECT_TRUE(cue(*a, "arrogant", 0).negated);
    EXPECT_EQ(cue(*a, "reckless", 1).holder, "The allegation that");
    EXPECT_EQ(cue(*a, "arrogant", 2).holder, "The idea that");
    // An office held is no charge laid.
    EXPECT_TRUE(cue(*a, "reckless", 3).holder.empty());
}

TEST(ClaimsAttribution, AReportingVerbJoinedByAndIsTheOpenersWords) {
    // QA pass q7 (the Rutte essay, after 'stated that' became an attribution): "Rutte named
    // support for Ukraine as one of his top priorities and stated that ..." was held by 'one of
    // his top priorities and stated that', a view of others about him.
    const auto a = analyse("Halvorsen met the board on Monday and said that the plan was rash. "
                           "Maria Berg's aide met the board and said that the plan was rash.\n");
    EXPECT_EQ(cue(*a, "rash", 0).holder_subject, 0u);
    EXPECT_EQ(cue(*a, "rash", 1).holder_subject, Cue::kNoOwner);
}

} // namespace
} // namespace redraft::claims
