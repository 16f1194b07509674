// Whether a revision reads as English (assess::english_share), and the note reports carry when
// one does not.

#include <redraft/assess/language.hpp>

#include <gtest/gtest.h>

#include <string>

namespace redraft::assess {
namespace {

document::Document parsed(const std::string& text, const std::string& name = "essay.txt") {
    return document::parse(text, name, {});
}

// Some eighty words of English analytical prose, of the kind redraft reads.
const std::string kEnglish =
    "Dana Kessler has been the finance minister for three years. In that time she was seen as a "
    "careful steward of the budget, who preferred negotiation to confrontation.\n\n"
    "After the banking crisis of 2021 she was slow to act. Her critics argued that the delay cost "
    "the treasury billions, but her allies said that she had no choice and that the rescue which "
    "followed was the right one for the country.\n";

// The same length of Dutch, French and German prose, written for this test.
const std::string kDutch =
    "Dana Kessler is sinds drie jaar minister van Financien. In die tijd gold zij als een "
    "zorgvuldige bewaker van de begroting, die liever onderhandelde dan confronteerde.\n\n"
    "Na de bankencrisis van 2021 reageerde zij traag. Haar critici vonden dat het uitstel de "
    "schatkist miljarden kostte, maar haar bondgenoten zeiden dat zij geen keuze had en dat de "
    "redding die volgde de juiste was voor het land.\n";
const std::string kFrench =
    "Dana Kessler est ministre des Finances depuis trois ans. Pendant ce temps, elle passait pour "
    "une gardienne prudente du budget, qui preferait la negociation a la confrontation.\n\n"
    "Apres la crise bancaire de 2021, elle a tarde a agir. Ses critiques affirmaient que ce retard "
    "avait coute des milliards au Tresor, mais ses allies disaient qu'elle n'avait pas le choix et "
    "que le sauvetage qui a suivi etait le bon pour le pays.\n";
const std::string kGerman =
    "Dana Kessler ist seit drei Jahren Finanzministerin. In dieser Zeit galt sie als sorgfältige "
    "Hüterin des Haushalts, die lieber verhandelte als stritt.\n\n"
    "Nach der Bankenkrise von 2021 handelte sie zögerlich. Ihre Kritiker meinten, die Verzögerung "
    "habe die Staatskasse Milliarden gekostet, doch ihre Verbündeten sagten, sie habe keine Wahl "
    "gehabt und die Rettung, die folgte, sei die richtige für das Land gewesen.\n";

TEST(Language, EnglishProseIsAFifthOrMoreFunctionWords) {
    const EnglishShare share = english_share(parsed(kEnglish));
    EXPECT_GE(share.words, 70u);
    EXPECT_GE(share.function_words * 5, share.words);
    EXPECT_FALSE(reads_as_other_language(share));
}

TEST(Language, OtherLanguagesHaveAlmostNone) {
    for (const std::string* text : {&kDutch, &kFrench, &kGerman}) {
        const EnglishShare share = english_share(parsed(*text));
        EXPECT_GE(share.words, 40u);
        EXPECT_TRUE(reads_as_other_language(share))
            << share.function_words << " of " << share.words << " in: " << *text;
    }
}

TEST(Language, AShortTextIsNotJudged) {
    // Fewer than 40 words: a headline or a line of notes says too little either way.
    const EnglishShare share = english_share(parsed("Kessler bleef voorzichtig.\n"));
    EXPECT_EQ(share.words, 3u);
    EXPECT_FALSE(reads_as_other_language(share));
}

TEST(Language, AnEnglishTextQuotingAnotherLanguageReadsAsEnglish) {
    const std::string text = kEnglish + "\nOne council member put it more sharply: \"" +
                             kDutch.substr(0, 160) + "\" The minister did not reply.\n";
    EXPECT_FALSE(reads_as_other_language(english_share(parsed(text))));
}

TEST(Language, OnlyTheFirstWordsAreRead) {
    // An English opening and a long foreign tail: the count stops at the limit, so the cost of
    // the check does not grow with the text.
    std::string text = kEnglish;
    for (int k = 0; k < 50; ++k) {
        text += "\n" + kDutch;
    }
    const EnglishShare share = english_share(parsed(text), 60);
    EXPECT_EQ(share.words, 60u);
    EXPECT_FALSE(reads_as_other_language(share));
    EXPECT_TRUE(reads_as_other_language(english_share(parsed(text), 100000)));
}

TEST(Language, NumbersAndQuotationMarksAreNoWords) {
    const EnglishShare share =
        english_share(parsed("In 2021, 40 of the 120 said '' yes to MH17 w1 w2.\n"));
    EXPECT_EQ(share.words, 6u); // In, of, the, said, yes, to
    EXPECT_EQ(share.function_words, 3u);
}

TEST(Language, TheNoteNamesEachRevisionThatDoesNotReadAsEnglish) {
    const auto english = parsed(kEnglish, "r1.txt");
    const auto dutch = parsed(kDutch, "r2.txt");
    const auto french = parsed(kFrench, "r3.txt");
    EXPECT_FALSE(language_note({&english}).has_value());
    const auto one = language_note({&english, &dutch});
    ASSERT_TRUE(one.has_value());
    EXPECT_EQ(one->rfind("r2.txt does not read as English: ", 0), 0u) << *one;
    // Every word read (fewer than the limit): "its 64 words", not "its first 64".
    const std::string counted = "of its " + std::to_string(english_share(dutch).words) + " words,";
    EXPECT_NE(one->find(counted), std::string::npos) << *one;
    EXPECT_EQ(one->find("r1.txt"), std::string::npos) << *one;
    const auto two = language_note({&dutch, &french});
    ASSERT_TRUE(two.has_value());
    EXPECT_EQ(two->rfind("r2.txt and r3.txt do not read as English: ", 0), 0u) << *two;
    EXPECT_NE(two->find("words of r3.txt"), std::string::npos) << *two;
    const auto limited = language_note({&dutch}, 50);
    ASSERT_TRUE(limited.has_value());
    EXPECT_NE(limited->find("of its first 50 words"), std::string::npos) << *limited;
}

} // namespace
} // namespace redraft::assess
