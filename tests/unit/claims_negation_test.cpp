// The scope of negations: which characterization each one flips, how negations in a row
// compose, and idioms in which a negation word denies nothing.

#include <redraft/claims/claims.hpp>
#include <redraft/document/document.hpp>

#include <gtest/gtest.h>

#include "analysed_text.hpp"

namespace redraft::claims {
namespace {

// The lexicon rows of these tests.
const std::string kRows = "c.reckless\treckless\tcharacterization\t-1\tfavorability\t\n"
                          "c.naive\tnaive\tcharacterization\t-1\tfavorability\t\n"
                          "c.weak\tweak\tcharacterization\t-1\tfavorability\t\n"
                          "c.bold\tbold\tcharacterization\t+0.5\tfavorability\t\n"
                          "c.decisive\tdecisive\tcharacterization\t+1\tfavorability\t\n"
                          "c.decisively\tdecisively\tcharacterization\t+1\tfavorability\t\n"
                          "c.prudent\tprudent\tcharacterization\t+0.5\tfavorability\t\n"
                          "c.competent\tcompetent\tcharacterization\t+0.5\tfavorability\t\n"
                          "c.courage\tcourage\tcharacterization\t+1\tfavorability\t\n"
                          "n.not\tnot\tnegation\t-1\t\t\n"
                          "n.no\tno\tnegation\t-1\t\t\n"
                          "n.never\tnever\tnegation\t-1\t\t\n"
                          "n.without\twithout\tnegation\t-1\t\t\n"
                          "n.couldnt\tcouldn't\tnegation\t-1\t\t\n"
                          "n.anything-but\tanything but\tnegation\t-1\t\t\n"
                          "n.hesitate-to\thesitate to\tnegation\t-1\t\t\n"
                          "h.could\tcould\thedge\t-0.5\tcertainty\t\n"
                          "h.if\tif\thedge\t-0.5\tcertainty\t\n"
                          "i.more\tmore\tintensifier\t1.25\t\t\n"
                          "d.less\tless\tdowntoner\t0.6\t\t\n"
                          "b.always\talways\tbooster\t+0.75\tcertainty\t\n"
                          "n.far-less\tfar less\tnegation\t-1\t\t\n"
                          "c.waver\twaver\tcharacterization\t-0.5\tfavorability\t\n"
                          "c.calm\tcalm\tcharacterization\t+0.5\tfavorability\t\n"
                          "i.entirely\tentirely\tintensifier\t1.5\t\t\n"
                          "c.criticism\tcriticism\tcharacterization\t-0.5\tfavorability\t\n"
                          "c.scandal\tscandal\tcharacterization\t-1\tfavorability\t\n";

const Subject kHalvorsen{"Ingrid Halvorsen", {"Halvorsen"}, {}, {"she", "her"}};

using Analysed = testing::AnalysedText;

std::unique_ptr<Analysed> analyse(const std::string& text) {
    return testing::analyse_text(kRows, text, {kHalvorsen});
}

// "term+" or "term-" for each characterization of the first sentence (the sign it scores with),
// and the other cue terms as they are, in reading order. With `rows`, the lexicon is those rows
// instead of kRows.
std::vector<std::string> signed_terms(const std::string& text, const std::string& rows = kRows) {
    const auto a = testing::analyse_text(rows, text, {kHalvorsen});
    std::vector<std::string> out;
    for (const auto& cue : a->analysis.claim(0, 0).cues) {
        std::string term(cue.term);
        if (cue.kind == CueKind::characterization) {
            term += cue.weight > 0 ? "+" : "-";
        }
        out.push_back(term);
    }
    return out;
}

using Terms = std::vector<std::string>;

// A verb of response presupposes what it answers: its negation denies the answering, not the
// object ("rarely answers such criticism" was praise). Its -ly adverbs stay in the scope.
TEST(ClaimsNegation, AResponseDeniedLeavesItsObjectStanding) {
    EXPECT_EQ(signed_terms("Halvorsen never answers such criticism.\n"),
              (Terms{"never", "criticism-"}));
    EXPECT_EQ(signed_terms("Halvorsen did not address the criticism.\n"),
              (Terms{"not", "criticism-"}));
    EXPECT_EQ(signed_terms("Halvorsen did not respond decisively.\n"),
              (Terms{"not", "decisively-"}));
    EXPECT_EQ(signed_terms("Halvorsen did not show courage.\n"), (Terms{"not", "courage-"}));
    // QA pass q7: admitting and conceding presuppose their object too ("too proud to admit
    // mistakes" had read the mistakes denied, with the new 'too * to').
    EXPECT_EQ(signed_terms("Halvorsen never admitted the scandal.\n"),
              (Terms{"never", "scandal-"}));
    EXPECT_EQ(signed_terms("Halvorsen did not concede the scandal.\n"), (Terms{"not", "scandal-"}));
}

// Found on an unseen essay: "survived the scandal" -> "did not survive the scandal" read as the
// scandal denied, and the harsher revision scored more favourable. A verb of coming through
// presupposes what it came through, as a verb of response does.
TEST(ClaimsNegation, ComingThroughDeniedLeavesItsObjectStanding) {
    EXPECT_EQ(signed_terms("Halvorsen did not survive the scandal.\n"), (Terms{"not", "scandal-"}));
    EXPECT_EQ(signed_terms("Halvorsen never escaped criticism.\n"), (Terms{"never", "criticism-"}));
    EXPECT_EQ(signed_terms("Halvorsen could not weather the scandal.\n"),
              (Terms{"not", "scandal-"}));
    EXPECT_EQ(signed_terms("Halvorsen did not withstand the scandal.\n"),
              (Terms{"not", "scandal-"}));
    EXPECT_EQ(signed_terms("Halvorsen survived the scandal.\n"), (Terms{"scandal-"}));
    // A characterization between the negation and the verb is still denied.
    EXPECT_EQ(signed_terms("Halvorsen was not bold enough to survive the scandal.\n"),
              (Terms{"not", "bold-", "scandal-"}));
}

// Task t1 of the eighteenth session: "she does not hide her impatience" read the impatience
// denied (+0.5): not hiding it is having it. A verb of concealment presupposes what it hides,
// as a verb of response does; a frequency of it limits the hiding, not the fault.
TEST(ClaimsNegation, ConcealmentDeniedLeavesItsObjectStanding) {
    const std::string rows = kRows +
                             "c.impatience\timpatience\tcharacterization\t-0.5\tfavorability"
                             "\t\nc.impatient\timpatient\tcharacterization\t-0.5\t"
                             "favorability\t\nh.often\toften\thedge\t-0.25\tcertainty\t\n";
    EXPECT_EQ(signed_terms("Halvorsen does not hide her impatience.\n", rows),
              (Terms{"not", "impatience-"}));
    EXPECT_EQ(signed_terms("Halvorsen never concealed her contempt for the scandal.\n", rows),
              (Terms{"never", "scandal-"}));
    EXPECT_EQ(signed_terms("Halvorsen made no effort to disguise the scandal.\n", rows),
              (Terms{"no", "scandal-"}));
    EXPECT_EQ(signed_terms("Halvorsen often hides her impatience.\n", rows),
              (Terms{"impatience-"}));
    // Unchanged: a judgement with no verb of concealment before it is still denied.
    EXPECT_EQ(signed_terms("Halvorsen is not impatient.\n", rows), (Terms{"not", "impatient+"}));
    EXPECT_EQ(signed_terms("Halvorsen did not hide, and she was not impatient.\n", rows),
              (Terms{"not", "not", "impatient+"}));
}

// Issue #5 point 6: "He is yet to show that he is decisive" read *decisive* as the author's
// praise, since "that" ended the negation's scope, while "has yet to prove she is capable"
// denied it. A verb of evidence takes the clause after its "that" into the scope.
TEST(ClaimsNegation, ADeniedVerbOfEvidenceReachesItsThatClause) {
    const std::string rows = kRows + "n.yet-to\tyet to\tnegation\t-1\t\t\n";
    const auto terms = [&](const std::string& text) { return signed_terms(text, rows); };
    EXPECT_EQ(terms("Halvorsen is yet to show that she is decisive.\n"),
              (Terms{"yet to", "decisive-"}));
    EXPECT_EQ(terms("Halvorsen has yet to prove that she is competent.\n"),
              (Terms{"yet to", "competent-"}));
    EXPECT_EQ(terms("Halvorsen has yet to prove she is competent.\n"),
              (Terms{"yet to", "competent-"}));
    EXPECT_EQ(terms("Halvorsen has not shown that the bank was prudent.\n"),
              (Terms{"not", "prudent-"}));
    EXPECT_EQ(terms("Halvorsen never demonstrated that she was competent.\n"),
              (Terms{"never", "competent-"}));
    // Its complement has a window of its own from the verb, and an object pronoun may stand
    // before its "that".
    EXPECT_EQ(terms("Halvorsen has not shown herself to be decisive.\n"),
              (Terms{"not", "decisive-"}));
    EXPECT_EQ(terms("Halvorsen has never proved to anyone that she is competent.\n"),
              (Terms{"never", "competent-"}));
    EXPECT_EQ(terms("Halvorsen has not shown us that she is competent.\n"),
              (Terms{"not", "competent-"}));
    // Unchanged: the verb undenied, another verb's "that", a clause after a break, and a
    // negation inside the clause, which governs on its own.
    EXPECT_EQ(terms("Halvorsen has shown that she is decisive.\n"), (Terms{"decisive+"}));
    EXPECT_EQ(terms("Halvorsen did not say that she was decisive.\n"), (Terms{"not", "decisive+"}));
    EXPECT_EQ(terms("Halvorsen did not resign, but showed that she was decisive.\n"),
              (Terms{"not", "decisive+"}));
    EXPECT_EQ(terms("Halvorsen has not shown that she is not reckless.\n"),
              (Terms{"not", "not", "reckless+"}));
    EXPECT_EQ(terms("Halvorsen did not show the letter that she wrote to the reckless board.\n"),
              (Terms{"not", "reckless-"}));
    EXPECT_EQ(terms("Halvorsen has not shown much interest in being decisive.\n"),
              (Terms{"not", "decisive+"}));
}

// Known limit until QA pass q8: "did not survive the winter without criticism" scored
// *without criticism* as praise. A negated verb whose clause goes on to "without" denies the
// absence: the criticism happened.
TEST(ClaimsNegation, ANegatedVerbDeniesTheAbsenceAfterIt) {
    EXPECT_EQ(signed_terms("Halvorsen did not survive the winter without criticism.\n"),
              (Terms{"not", "without", "criticism-"}));
    EXPECT_EQ(signed_terms("Halvorsen did not leave office without scandal.\n"),
              (Terms{"not", "without", "scandal-"}));
    EXPECT_EQ(signed_terms("Halvorsen never acted without courage.\n"),
              (Terms{"never", "without", "courage+"}));
    // The denial is cited with the words that made it.
    const auto a = analyse("Halvorsen never acted without courage.\n");
    EXPECT_EQ(testing::first_characterization(*a, 0).negation, "never without");
    // Unchanged: "without" alone, after a comma or "and" (another clause), before the negation,
    // after a negation that governs a word of its own, or after another negation that the first
    // one denies ("did not hesitate to act without ...": she acted without it).
    EXPECT_EQ(signed_terms("Halvorsen rebuilt the bank without scandal.\n"),
              (Terms{"without", "scandal+"}));
    EXPECT_EQ(signed_terms("Halvorsen did not resign, without scandal or fuss.\n"),
              (Terms{"not", "without", "scandal+"}));
    EXPECT_EQ(signed_terms("Halvorsen did not resign and left without scandal.\n"),
              (Terms{"not", "without", "scandal+"}));
    EXPECT_EQ(signed_terms("Without scandal, Halvorsen did not resign.\n"),
              (Terms{"without", "scandal+", "not"}));
    EXPECT_EQ(signed_terms("Halvorsen was not reckless without reason.\n"),
              (Terms{"not", "reckless+", "without"}));
    EXPECT_EQ(signed_terms("Halvorsen did not hesitate to act without courage.\n"),
              (Terms{"not", "hesitate to", "without", "courage-"}));
    // As before: right after the negation, the two compose (litotes).
    EXPECT_EQ(signed_terms("Halvorsen was not without courage.\n"),
              (Terms{"not", "without", "courage+"}));
}

TEST(ClaimsNegation, LitotesIsMildPraise) {
    // "not incompetent": a negative prefix on a positive term the lexicon knows, denied, is that
    // term said mildly, neither negated nor reversed.
    const auto a = analyse("Halvorsen was not incompetent. Halvorsen was never imprudent. "
                           "Halvorsen was incompetent. Halvorsen was not unbold.\n");
    const Cue& competent = first_characterization(*a, 0);
    EXPECT_EQ(competent.term, "competent");
    EXPECT_EQ(competent.words, "incompetent");
    EXPECT_FALSE(competent.negated);
    EXPECT_DOUBLE_EQ(competent.weight, 0.25); // half of +0.5
    EXPECT_EQ(competent.modifier, "not");
    EXPECT_EQ(first_characterization(*a, 1).term, "prudent");
    EXPECT_DOUBLE_EQ(first_characterization(*a, 1).weight, 0.25);
    // Undenied, the prefixed word is no judgement ("incredible", "invaluable" are praise).
    EXPECT_EQ(signed_terms("Halvorsen was incompetent.\n"), Terms{});
    EXPECT_EQ(first_characterization(*a, 3).term, "bold");
}

TEST(ClaimsNegation, LitotesOfAWordTheLexiconDoesNotKnowIsNoNegation) {
    // Found on an unseen review: "not an uninspired conductor" -> "an inspired conductor" was
    // reported as a negation removed. The negation of an "un-" word with no row and no base
    // denies a denial: no cue at all.
    EXPECT_EQ(signed_terms("Halvorsen is not an unimportant voice.\n"), Terms{});
    EXPECT_EQ(signed_terms("Halvorsen was never uninspired.\n"), Terms{});
    // Words that only start with "un" keep their negation, and so does one that goes on to a
    // cue, or one before a word litotes reads.
    EXPECT_EQ(signed_terms("Halvorsen was not understood.\n"), Terms{"not"});
    EXPECT_EQ(signed_terms("Halvorsen did not act until May.\n"), Terms{"not"});
    EXPECT_EQ(signed_terms("Halvorsen is not unique.\n"), Terms{"not"});
    EXPECT_EQ(signed_terms("Halvorsen is not universally liked.\n"), Terms{"not"});
    EXPECT_EQ(signed_terms("Halvorsen is not unkind or reckless.\n"), (Terms{"not", "reckless+"}));
    EXPECT_EQ(signed_terms("Halvorsen is not unbold.\n"), (Terms{"not", "bold+"}));
}

TEST(ClaimsNegation, APrefixedWordWithARowOfItsOwnKeepsIt) {
    const auto a = testing::analyse_text(
        kRows + "c.incompetent\tincompetent\tcharacterization\t-1\tfavorability\t\n",
        "Halvorsen was not incompetent.\n", {kHalvorsen});
    EXPECT_EQ(first_characterization(*a, 0).term, "incompetent");
    EXPECT_TRUE(first_characterization(*a, 0).negated);
    EXPECT_DOUBLE_EQ(first_characterization(*a, 0).weight, 1.0);
}

TEST(ClaimsNegation, EachNegationInAListFlipsOnlyItsOwnWord) {
    EXPECT_EQ(signed_terms("Halvorsen was not reckless, not naive and not weak.\n"),
              (Terms{"not", "reckless+", "not", "naive+", "not", "weak+"}));
}

// qa10-6, qa11-8: "less than candid" denies; "never less than" denies the denial; "no less than"
// and "less than" before an amount deny nothing.
TEST(ClaimsNegation, LessThanBeforeAJudgementDeniesIt) {
    const std::string rows = kRows + "n.less-than\tless than\tnegation\t-1\t\t\n";
    const auto a = testing::analyse_text(rows,
                                         "Halvorsen was less than prudent. Halvorsen was never "
                                         "less than prudent. Halvorsen was no less than prudent. "
                                         "Halvorsen cut less than 5% of the jobs. Halvorsen was "
                                         "less than entirely prudent. Halvorsen was nothing "
                                         "less than prudent. Halvorsen was little less than "
                                         "prudent.\n",
                                         {kHalvorsen});
    EXPECT_TRUE(testing::first_characterization(*a, 0).negated);
    EXPECT_DOUBLE_EQ(testing::first_characterization(*a, 0).weight, -0.5);
    EXPECT_FALSE(testing::first_characterization(*a, 1).negated);
    EXPECT_DOUBLE_EQ(testing::first_characterization(*a, 1).weight, 0.5);
    EXPECT_FALSE(testing::first_characterization(*a, 2).negated);
    EXPECT_EQ(testing::cue_ids(*a, 2), (std::vector<std::string>{"c.prudent"}));
    EXPECT_EQ(testing::cue_ids(*a, 3), (std::vector<std::string>{}));
    EXPECT_TRUE(testing::first_characterization(*a, 4).negated);
    // "nothing less than", "little less than": as much, or almost.
    EXPECT_EQ(testing::cue_ids(*a, 5), (std::vector<std::string>{"c.prudent"}));
    EXPECT_EQ(testing::cue_ids(*a, 6), (std::vector<std::string>{"c.prudent"}));
}

// qa11-9: "not very transparent" softens the denial, like "not always"; the intensifier scales
// nothing. A comparative or "even" after the negation is no softening.
TEST(ClaimsNegation, ANegatedIntensifierSoftensTheDenial) {
    const std::string rows = kRows + "i.very\tvery\tintensifier\t1.5\t\t\n"
                                     "i.even\teven\tintensifier\t1.25\t\t\n";
    const auto a = testing::analyse_text(rows,
                                         "Halvorsen was not prudent. Halvorsen was not very "
                                         "prudent. Halvorsen was not very reckless. Halvorsen "
                                         "was not even competent.\n",
                                         {kHalvorsen});
    EXPECT_DOUBLE_EQ(testing::first_characterization(*a, 0).weight, -0.5);
    const Cue& very = testing::first_characterization(*a, 1);
    EXPECT_TRUE(very.negated);
    EXPECT_EQ(very.negation, "not very");
    EXPECT_DOUBLE_EQ(very.weight, -0.25);
    EXPECT_EQ(testing::cue_ids(*a, 1), (std::vector<std::string>{"n.not", "c.prudent"}));
    // A fault keeps its sign at half weight, as "not entirely reckless" does.
    EXPECT_FALSE(testing::first_characterization(*a, 2).negated);
    EXPECT_DOUBLE_EQ(testing::first_characterization(*a, 2).weight, -0.5);
    EXPECT_DOUBLE_EQ(testing::first_characterization(*a, 3).weight, -0.5 * 1.25);
}

TEST(ClaimsNegation, APartialNegationDeniesHalfAndSoftensAFault) {
    // "not always" denies a virtue in part: half its weight, negative; the degree word is no
    // booster or intensifier of its own.
    const auto a = analyse("Halvorsen is not always prudent. Halvorsen is not entirely reckless. "
                           "Halvorsen is not prudent.\n");
    const Cue& prudent = testing::first_characterization(*a, 0);
    EXPECT_TRUE(prudent.negated);
    EXPECT_EQ(prudent.negation, "not always");
    EXPECT_DOUBLE_EQ(prudent.weight, -0.25);
    EXPECT_EQ(testing::cue_ids(*a, 0), (std::vector<std::string>{"n.not", "c.prudent"}));
    // A fault is softened, not denied: "not entirely reckless" is still reckless at times.
    const Cue& reckless = testing::first_characterization(*a, 1);
    EXPECT_FALSE(reckless.negated);
    EXPECT_EQ(reckless.modifier, "not entirely");
    EXPECT_DOUBLE_EQ(reckless.weight, -0.5);
    EXPECT_DOUBLE_EQ(testing::first_characterization(*a, 2).weight, -0.5);
}

TEST(ClaimsNegation, NotAllOrEveryIsAPartialNegationOfThePredicate) {
    // Some of them were not: the predicate after the verb, half denied, however long the noun
    // phrase before it.
    const auto a = analyse("Not all of Halvorsen's decisions were prudent. Not every loan she "
                           "made was reckless.\n");
    const Cue& prudent = testing::first_characterization(*a, 0);
    EXPECT_TRUE(prudent.negated);
    EXPECT_EQ(prudent.negation, "Not all");
    EXPECT_DOUBLE_EQ(prudent.weight, -0.25);
    const Cue& reckless = testing::first_characterization(*a, 1);
    EXPECT_FALSE(reckless.negated);
    EXPECT_EQ(reckless.modifier, "Not every");
}

TEST(ClaimsNegation, APreventionVerbDeniesItsObjectOnly) {
    const auto a = testing::analyse_text(kRows + "n.avert\tavert\tnegation\t-1\t\t\n",
                                         "Halvorsen averted a crisis with decisive action. "
                                         "Halvorsen averted a reckless merger.\n",
                                         {kHalvorsen});
    EXPECT_FALSE(testing::first_characterization(*a, 0).negated);
    EXPECT_TRUE(testing::first_characterization(*a, 1).negated);
}

// A verb of prevention that is itself denied keeps nothing from happening: "Nothing could
// prevent her from being arrogant" says she was. A negation that reaches the verb (not only
// right before it) shares the verb's scope, and a negative pronoun as its subject denies it too.
TEST(ClaimsNegation, ADeniedPreventionDeniesNothing) {
    const std::string rows = kRows + "n.prevent\tprevent\tnegation\t-1\t\t\n"
                                     "n.avert\tavert\tnegation\t-1\t\t\n"
                                     "n.fail-to\tfail to\tnegation\t-1\t\t\n"
                                     "c.arrogant\tarrogant\tcharacterization\t-1\tfavorability\t\n";
    const auto signs = [&](const std::string& text) { return signed_terms(text, rows); };
    EXPECT_EQ(signs("Halvorsen prevented a reckless merger.\n"), (Terms{"prevent", "reckless+"}));
    EXPECT_EQ(signs("Nothing could prevent Halvorsen from being arrogant.\n"),
              (Terms{"prevent", "arrogant-"}));
    EXPECT_EQ(signs("No one could prevent Halvorsen from being arrogant.\n"),
              (Terms{"no", "prevent", "arrogant-"}));
    EXPECT_EQ(signs("None of her aides could prevent Halvorsen from being arrogant.\n"),
              (Terms{"prevent", "arrogant-"}));
    EXPECT_EQ(signs("Halvorsen did nothing to prevent a reckless merger.\n"),
              (Terms{"prevent", "reckless-"}));
    EXPECT_EQ(signs("Halvorsen was not able to prevent a reckless merger.\n"),
              (Terms{"not", "prevent", "reckless-"}));
    EXPECT_EQ(signs("Halvorsen did not, in the end, prevent a reckless merger.\n"),
              (Terms{"not", "prevent", "reckless-"}));
    // As before: right after the negation, the two compose.
    EXPECT_EQ(signs("Halvorsen failed to prevent a reckless merger.\n"),
              (Terms{"fail to", "prevent", "reckless-"}));
    EXPECT_EQ(signs("Halvorsen could not prevent a reckless merger.\n"),
              (Terms{"not", "prevent", "reckless-"}));
    // The denied verb's object ends where its own does: "with decisive action" is no object.
    EXPECT_EQ(signs("Halvorsen did not avert the crisis with decisive action.\n"),
              (Terms{"not", "avert", "decisive+"}));
    // A negation that governs something of its own, or one in another predicate, leaves the
    // prevention alone; so does "nothing" before "and".
    EXPECT_EQ(signs("Halvorsen was not reckless and prevented a reckless merger.\n"),
              (Terms{"not", "reckless+", "prevent", "reckless+"}));
    EXPECT_EQ(signs("Halvorsen left nothing to chance and prevented a reckless merger.\n"),
              (Terms{"prevent", "reckless+"}));
    // The denial is cited with the words that made it.
    const auto a = testing::analyse_text(
        rows, "Halvorsen was not able to prevent a reckless merger.\n", {kHalvorsen});
    EXPECT_EQ(testing::first_characterization(*a, 0).negation, "not prevent");
}

// "could not", "could never" and "could" after a negative subject state an inability or an
// impossibility, not the author's doubt; "couldn't" was never a hedge.
TEST(ClaimsNegation, ACouldOfInabilityIsNoHedge) {
    EXPECT_EQ(signed_terms("Halvorsen could not be decisive.\n"), (Terms{"not", "decisive-"}));
    EXPECT_EQ(signed_terms("Halvorsen could never be decisive.\n"), (Terms{"never", "decisive-"}));
    EXPECT_EQ(signed_terms("Nothing could stop Halvorsen.\n"), (Terms{}));
    EXPECT_EQ(signed_terms("No one could stop Halvorsen.\n"), (Terms{"no"}));
    EXPECT_EQ(signed_terms("Halvorsen could be decisive.\n"), (Terms{"could", "decisive+"}));
}

TEST(ClaimsNegation, ANegationGovernsAListOfCharacterizations) {
    EXPECT_EQ(signed_terms("Halvorsen is no longer the prudent, competent banker.\n"),
              (Terms{"no", "prudent-", "competent-"}));
    EXPECT_EQ(signed_terms("Halvorsen was not reckless, naive or weak.\n"),
              (Terms{"not", "reckless+", "naive+", "weak+"}));
    // A comma before another clause still ends the scope.
    EXPECT_EQ(signed_terms("Halvorsen was not reckless, and she was prudent.\n"),
              (Terms{"not", "reckless+", "prudent+"}));
    EXPECT_EQ(signed_terms("Halvorsen was not reckless, she was weak.\n"),
              (Terms{"not", "reckless+", "weak-"}));
}

TEST(ClaimsNegation, ANegationInARelativeClauseStopsAtTheMainVerb) {
    EXPECT_EQ(signed_terms("Halvorsen, a banker who does not hesitate, is prudent.\n"),
              (Terms{"not", "prudent+"}));
    EXPECT_EQ(signed_terms("A banker who will not listen is reckless, Halvorsen says.\n"),
              (Terms{"not", "reckless-"}));
    // The clause's own verb before the negation does not end it.
    EXPECT_EQ(signed_terms("Halvorsen is a banker who is not reckless.\n"),
              (Terms{"not", "reckless+"}));
}

TEST(ClaimsNegation, AListNeedsAdjectivesAndTakesAnOxfordComma) {
    EXPECT_EQ(signed_terms("Halvorsen was not naive, reckless, or weak.\n"),
              (Terms{"not", "naive+", "reckless+", "weak+"}));
    // A verb in the past before the comma lists nothing.
    EXPECT_EQ(signed_terms("Halvorsen never wavered, calm and decisive throughout.\n"),
              (Terms{"never", "waver+", "calm+", "decisive+"}));
}

TEST(ClaimsNegation, FarLessIsHalfADenial) {
    const auto a = analyse("Halvorsen is far less reckless than Berg.\n");
    const Cue& reckless = testing::first_characterization(*a, 0);
    EXPECT_TRUE(reckless.negated);
    EXPECT_DOUBLE_EQ(reckless.weight, 0.5);
}

// q7 defect 3: "less patient than Okonjo" says she has less patience, not some of it: a
// comparison, half a denial as "far less" is, never praise at reduced weight. "less" before
// anything but a judgement ("less time"), "less than" and "no less ... than" keep their readings.
TEST(ClaimsNegation, LessBeforeAJudgementIsAComparisonNotADowntoner) {
    std::string rows = kRows;
    rows.replace(rows.find("d.less\tless\tdowntoner\t0.6\t\t\n"),
                 std::string("d.less\tless\tdowntoner\t0.6\t\t\n").size(),
                 "n.less\tless\tnegation\t-1\t\t\nn.less-than\tless than\tnegation\t-1\t\t\n"
                 "h.more-or-less\tmore or less\thedge\t-0.25\tcertainty\t\n");
    const auto a = testing::analyse_text(rows,
                                         "Halvorsen was less prudent than Berg. Halvorsen grew "
                                         "less reckless after 2014. Halvorsen spent less time on "
                                         "reckless bets. Halvorsen was no less prudent than "
                                         "Berg. Halvorsen was less than prudent. Halvorsen was "
                                         "far less prudent than Berg. Halvorsen was more or less "
                                         "reckless.\n",
                                         {kHalvorsen});
    const Cue& prudent = testing::first_characterization(*a, 0);
    EXPECT_TRUE(prudent.negated);
    EXPECT_DOUBLE_EQ(prudent.weight, -0.25);
    EXPECT_DOUBLE_EQ(testing::first_characterization(*a, 1).weight, 0.5);
    // Must not change: no judgement after "less"; "no less" equals; "less than" denies in full;
    // "far less" as before; "more or less" is a hedge.
    EXPECT_FALSE(testing::first_characterization(*a, 2).negated);
    EXPECT_DOUBLE_EQ(testing::first_characterization(*a, 2).weight, -1.0);
    EXPECT_EQ(testing::cue_ids(*a, 3), (std::vector<std::string>{"c.prudent"}));
    EXPECT_DOUBLE_EQ(testing::first_characterization(*a, 3).weight, 0.5);
    EXPECT_DOUBLE_EQ(testing::first_characterization(*a, 4).weight, -0.5);
    EXPECT_DOUBLE_EQ(testing::first_characterization(*a, 5).weight, -0.25);
    EXPECT_EQ(testing::cue_ids(*a, 6), (std::vector<std::string>{"h.more-or-less", "c.reckless"}));
    EXPECT_DOUBLE_EQ(testing::first_characterization(*a, 6).weight, -1.0);
}

TEST(ClaimsNegation, ARelativeClauseDescribingTheNegatedNounStaysInScope) {
    EXPECT_EQ(signed_terms("Halvorsen is not a banker who is reckless.\n"),
              (Terms{"not", "reckless+"}));
    EXPECT_EQ(signed_terms("It was not Halvorsen who was reckless.\n"),
              (Terms{"not", "reckless+"}));
    // A relative clause with a verb of its own still ends the scope.
    EXPECT_EQ(signed_terms("Halvorsen did not hire the banker who later proved reckless.\n"),
              (Terms{"not", "reckless-"}));
}

TEST(ClaimsNegation, AnInsertionAfterTheNegationIsPassedOver) {
    EXPECT_EQ(signed_terms("Halvorsen is not, by any measure, a reckless banker.\n"),
              (Terms{"not", "reckless+"}));
    EXPECT_EQ(signed_terms("Halvorsen is not \xe2\x80\x94 whatever one thinks \xe2\x80\x94 "
                           "reckless.\n"),
              (Terms{"not", "reckless+"}));
    EXPECT_EQ(signed_terms("Halvorsen is not (yet) reckless.\n"), (Terms{"not", "reckless+"}));
    // A comma that opens no insertion still ends the scope, and two clauses are no insertion.
    EXPECT_EQ(signed_terms("Halvorsen did not, and she was reckless.\n"),
              (Terms{"not", "reckless-"}));
    EXPECT_EQ(signed_terms("If Halvorsen does not, the bank may suffer badly, and she was "
                           "reckless.\n"),
              (Terms{"if", "not", "reckless-"}));
}

TEST(ClaimsNegation, OneNegationStillGovernsTheWordsAfterIt) {
    EXPECT_EQ(signed_terms("Halvorsen was not reckless or naive.\n"),
              (Terms{"not", "reckless+", "naive+"}));
}

TEST(ClaimsNegation, NegationsInARowCompose) {
    EXPECT_EQ(signed_terms("Halvorsen was not without courage.\n"),
              (Terms{"not", "without", "courage+"}));
    EXPECT_EQ(signed_terms("Halvorsen was never anything but prudent.\n"),
              (Terms{"never", "anything but", "prudent+"}));
    EXPECT_EQ(signed_terms("Halvorsen never hesitated to act decisively.\n"),
              (Terms{"never", "hesitate to", "decisively+"}));
    EXPECT_EQ(signed_terms("Halvorsen hesitated to act decisively.\n"),
              (Terms{"hesitate to", "decisively-"}));
}

TEST(ClaimsNegation, AdditiveNotOnlyDeniesNothing) {
    EXPECT_EQ(signed_terms("Halvorsen was not only bold but reckless.\n"),
              (Terms{"bold+", "reckless-"}));
    EXPECT_EQ(signed_terms("Halvorsen was not just bold but decisive.\n"),
              (Terms{"bold+", "decisive+"}));
    EXPECT_EQ(signed_terms("Halvorsen did not merely survive; she was decisive.\n"),
              (Terms{"decisive+"}));
}

TEST(ClaimsNegation, NothingIfNotPraisesWithoutAHedge) {
    EXPECT_EQ(signed_terms("Halvorsen was nothing if not decisive.\n"), (Terms{"decisive+"}));
    // A plain conditional keeps its hedge and its negation.
    EXPECT_EQ(signed_terms("Halvorsen would fail if not decisive.\n"),
              (Terms{"if", "not", "decisive-"}));
}

TEST(ClaimsNegation, NoLessMeansAsMuch) {
    EXPECT_EQ(signed_terms("Halvorsen was no less competent than her predecessor.\n"),
              (Terms{"competent+"}));
}

TEST(ClaimsNegation, ANegatedComparativeAfterAModalIsPraise) {
    EXPECT_EQ(signed_terms("Halvorsen could not have been more prudent.\n"),
              (Terms{"more", "prudent+"}));
    EXPECT_EQ(signed_terms("Halvorsen couldn't have been more decisive.\n"),
              (Terms{"more", "decisive+"}));
    // Without the comparative, the modal's negation denies (and "could" states an
    // inability: no hedge).
    EXPECT_EQ(signed_terms("Halvorsen could not be decisive.\n"), (Terms{"not", "decisive-"}));
}

TEST(ClaimsNegation, ANegatedVerbOfSeekingDeniesTheSeekingNotItsGoal) {
    // Found on an unseen essay: "She does not court popularity" read as a denial of her
    // popularity (-0.5). What she does not seek is neither said of her nor denied.
    EXPECT_EQ(signed_terms("Halvorsen does not court courage.\n"), (Terms{"not"}));
    EXPECT_EQ(signed_terms("Halvorsen never sought a bold compromise.\n"), (Terms{"never"}));
    // Unchanged: the goal sought without a negation, another verb, a negation further back.
    EXPECT_EQ(signed_terms("Halvorsen sought courage.\n"), (Terms{"courage+"}));
    EXPECT_EQ(signed_terms("Halvorsen did not show courage.\n"), (Terms{"not", "courage-"}));
    EXPECT_EQ(signed_terms("Halvorsen is not reckless; she seeks courage.\n"),
              (Terms{"not", "reckless+", "courage+"}));
    EXPECT_EQ(signed_terms("Halvorsen did not even court courage.\n"), (Terms{"not"}));
}

TEST(ClaimsNegation, NotTheSameAsDeniesTheIdentityOnly) {
    // QA pass q11 (an archbishop essay): "Diligence is not the same as courage, but Kearsley
    // has shown both" read "'not courage' added", the opposite of the edit.
    EXPECT_EQ(signed_terms("Bravery is not the same as courage, and Halvorsen has both.\n"),
              (Terms{"not", "courage+"}));
    EXPECT_EQ(signed_terms("Halvorsen's caution and her courage are not the same.\n"),
              (Terms{"courage+", "not"}));
    // Unchanged: "the same" before what it is, not before "as", is inside the denial.
    EXPECT_EQ(signed_terms("Halvorsen is not the same reckless leader.\n"),
              (Terms{"not", "reckless+"}));
}

TEST(ClaimsNegation, NotBeforeAPersonSetOffByCommasSaysWhoIsMeant) {
    // QA pass J: "X, not Y, was reckless" corrects who is meant; it denies nothing of X.
    EXPECT_EQ(signed_terms("Halvorsen, not Erik Berg, was reckless.\n"), (Terms{"reckless-"}));
    EXPECT_EQ(signed_terms("Halvorsen was reckless, not Erik Berg.\n"), (Terms{"reckless-"}));
    EXPECT_EQ(signed_terms("Halvorsen, not Erik Berg, was not reckless.\n"),
              (Terms{"not", "reckless+"}));
    // Not before a word that names no one, nor without the closing comma.
    EXPECT_EQ(signed_terms("Halvorsen, not reckless, was calm.\n"),
              (Terms{"not", "reckless+", "calm+"}));
}

TEST(ClaimsNegation, ADenialByNobodyNeedsNobody) {
    const std::string rows = kRows + "n.few-would-call\tfew * would call\tnegation\t-1\t\t\n"
                                     "n.no-would-call\tno * would call\tnegation\t-1\t\t\n"
                                     "h.would\twould\thedge\t-0.25\tcertainty\t\n";
    const auto a = testing::analyse_text(rows,
                                         "Few historians would call Halvorsen reckless. No "
                                         "historian would call Halvorsen naive. A few historians "
                                         "would call Halvorsen reckless. No doubt rivals would "
                                         "call Halvorsen naive.\n",
                                         {kHalvorsen});
    EXPECT_TRUE(testing::first_characterization(*a, 0).negated);
    EXPECT_TRUE(testing::first_characterization(*a, 1).negated);
    // "a few" are some, and "no doubt" names no one: no denial, and "would" is a hedge again.
    EXPECT_FALSE(testing::first_characterization(*a, 2).negated);
    EXPECT_FALSE(testing::first_characterization(*a, 3).negated);
    EXPECT_EQ(testing::cue_ids(*a, 2), (std::vector<std::string>{"h.would", "c.reckless"}));
}

TEST(ClaimsNegation, TooSomethingToDeniesWhatFollowsUnlessItIsReadiness) {
    // QA pass q7: "It is too early to judge Teixeira a failure" counted *failure* as the
    // author's, and "not too early" read as a hedge (a partial negation) rather than a denial
    // turned back.
    const std::string rows = kRows + "n.too-to\ttoo * to\tnegation\t-1\t\t\n"
                                     "i.too\ttoo\tintensifier\t1.5\t\t\n";
    const auto terms = [&](const std::string& text) { return signed_terms(text, rows); };
    using Terms = std::vector<std::string>;
    EXPECT_EQ(terms("It is too early to call Halvorsen reckless.\n"),
              (Terms{"too * to", "reckless+"}));
    EXPECT_EQ(terms("Halvorsen was too cautious to act decisively.\n"),
              (Terms{"too * to", "decisively-"}));
    // Negations in a row compose: "not too early to call her reckless" calls her so.
    EXPECT_EQ(terms("It is not too early to call Halvorsen reckless.\n"),
              (Terms{"not", "too * to", "reckless-"}));
    // Readiness does what follows, and "to" before a determiner, pronoun or name is a
    // preposition: "too" is the intensifier again.
    EXPECT_EQ(terms("Halvorsen was too quick to call the board reckless.\n"),
              (Terms{"too", "reckless-"}));
    EXPECT_EQ(terms("Halvorsen was too close to the reckless faction.\n"),
              (Terms{"too", "reckless-"}));
    // (An excess of a virtue is a fault: "too bold" turns *bold* over, see below.)
    EXPECT_EQ(terms("Halvorsen was too bold to Tom Reyes.\n"), (Terms{"too", "bold-"}));
}

// Issue #5 point 6: "too timid to act" lost its "too" to the 'too * to' negation and scored
// *timid* at its own weight (-0.5), milder than "too timid" (-0.75). The excess is still said
// of the judgement, which "too" scales.
TEST(ClaimsNegation, TooSomethingToStillScalesTheJudgementItHolds) {
    const std::string rows = kRows + "n.too-to\ttoo * to\tnegation\t-1\t\t\n"
                                     "i.too\ttoo\tintensifier\t1.5\t\t\n"
                                     "c.timid\ttimid\tcharacterization\t-0.5\tfavorability\t\n";
    const auto weight = [&](const std::string& text) {
        const auto a = testing::analyse_text(rows, text, {kHalvorsen});
        return testing::first_characterization(*a, 0).weight;
    };
    EXPECT_DOUBLE_EQ(weight("Halvorsen was too timid.\n"), -0.75);
    EXPECT_DOUBLE_EQ(weight("Halvorsen was too timid to act.\n"), -0.75);
    // Unchanged: the judgement alone, an excess denied ("not too timid to act": she acted), and
    // readiness, where "too" was already the intensifier.
    EXPECT_DOUBLE_EQ(weight("Halvorsen was timid.\n"), -0.5);
    EXPECT_DOUBLE_EQ(weight("Halvorsen was not too timid to act.\n"), -0.5);
    EXPECT_DOUBLE_EQ(weight("Halvorsen was too quick to call the board reckless.\n"), -1.0);
    // What follows "to" is still denied, and "too" is cited once, as the intensifier.
    const auto a =
        testing::analyse_text(rows, "Halvorsen was too timid to act decisively.\n", {kHalvorsen});
    EXPECT_EQ(testing::cue_ids(*a, 0),
              (std::vector<std::string>{"n.too-to", "i.too", "c.timid", "c.decisively"}));
    EXPECT_TRUE(a->analysis.claim(0, 0).cues.back().negated);
}

// Found in this session: "She was patient." -> "She was too patient." read as "became more
// favourable ... 1 characterization made stronger" (+0.50 -> +0.75). An excess of a virtue is a
// fault: the virtue turned over at half weight, as a partial negation turns it.
TEST(ClaimsNegation, AnExcessOfAVirtueIsAFault) {
    const std::string rows = kRows + "i.too\ttoo\tintensifier\t1.5\t\t\n"
                                     "i.overly\toverly\tintensifier\t1.5\t\t\n"
                                     "i.very\tvery\tintensifier\t1.5\t\t\n";
    struct Judged {
        double weight;
        bool negated;
        std::string negation;
    };
    const auto judged = [&](const std::string& text) {
        const auto a = testing::analyse_text(rows, text, {kHalvorsen});
        const Cue& cue = testing::first_characterization(*a, 0);
        return Judged{cue.weight, cue.negated, std::string(cue.negation)};
    };
    EXPECT_DOUBLE_EQ(judged("Halvorsen was too prudent.\n").weight, -0.25);
    EXPECT_TRUE(judged("Halvorsen was too prudent.\n").negated);
    EXPECT_EQ(judged("Halvorsen was too prudent.\n").negation, "too");
    EXPECT_DOUBLE_EQ(judged("Halvorsen was overly bold.\n").weight, -0.25);
    // Unchanged: an excess of a fault is more of it, another intensifier scales a virtue, and
    // a negated excess is a partial negation ("not too prudent").
    EXPECT_DOUBLE_EQ(judged("Halvorsen was too naive.\n").weight, -1.0);
    EXPECT_FALSE(judged("Halvorsen was too naive.\n").negated);
    EXPECT_DOUBLE_EQ(judged("Halvorsen was very prudent.\n").weight, 0.75);
    EXPECT_DOUBLE_EQ(judged("Halvorsen was not too prudent.\n").weight, -0.25);
    EXPECT_EQ(judged("Halvorsen was not too prudent.\n").negation, "not too");
    // "too prudent to resign" is "so prudent that she did not resign": a degree, no fault.
    const std::string so_that = rows + "n.too-to\ttoo * to\tnegation\t-1\t\t\n";
    const auto a =
        testing::analyse_text(so_that, "Halvorsen was too prudent to resign.\n", {kHalvorsen});
    EXPECT_DOUBLE_EQ(testing::first_characterization(*a, 0).weight, 0.75);
}

} // namespace
} // namespace redraft::claims
