// Names the name scan used to misread (docs/assessment.md, Subjects and Known limits): one person
// written with and without the marks of her name, particles after a word of another language,
// capitals of other scripts, a word opening a sentence before a last name, and a letter that
// ends a sentence before one. Each rule has a near case it must leave as it was.

#include <redraft/claims/claims.hpp>
#include <redraft/claims/setup.hpp>
#include <redraft/document/document.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claims/people.hpp"
#include "found_people.hpp"

namespace redraft::claims {
namespace {

using testing::chosen_for;
using testing::names;
using testing::people_in;
using testing::person_named;

TEST(PeopleMisreadings, ANameWrittenWithAndWithoutItsMarksIsOnePerson) {
    // Wire copy drops the marks: before, "Ines Nunez" was a person of her own, and the
    // automatic subject's count halved (Berg, named four times, was chosen).
    const std::string text = "Inés Núñez runs the port. Ines Nunez was reckless. Ines Nunez left. "
                             "Núñez was careful. Nunez spoke. Tomas Berg met her. Tomas Berg left. "
                             "Berg said so. Berg agreed.\n";
    const auto people = people_in(text);
    EXPECT_EQ(names(people), (std::vector<std::string>{"Inés Núñez", "Tomas Berg"}));
    // Shown with the marks, though written more often without: the subject so named is found
    // in both spellings.
    EXPECT_EQ(people[0].last_name, "Núñez");
    EXPECT_EQ(people[0].count, 5u);
    const auto setup = chosen_for(text);
    ASSERT_EQ(setup.subjects.size(), 1u);
    EXPECT_EQ(setup.subjects[0].name, "Inés Núñez");
    EXPECT_EQ(setup.subjects[0].aliases, std::vector<std::string>{"Núñez"});
    // Of two spellings with marks, the one written more often.
    EXPECT_EQ(names(people_in("Ines Núñez spoke. Inés Núñez left. Inés Núñez won.\n")),
              std::vector<std::string>{"Inés Núñez"});
    // Near cases: names that differ by more than their marks stay two people, and a text
    // without marks reads as before.
    EXPECT_EQ(names(people_in("Inés Núñez spoke. Ines Nunes spoke. Ines Nunes left.\n")),
              (std::vector<std::string>{"Ines Nunes", "Inés Núñez"}));
    EXPECT_EQ(names(people_in("Ines Nunez spoke. Nunez left.\n")),
              std::vector<std::string>{"Ines Nunez"});
}

TEST(PeopleMisreadings, ASubjectTypedWithoutTheMarksIsTheTextsPersonWithThem) {
    // `--subject "Ines Nunez"` or `--subject Nunez` on a text that writes both spellings reads
    // the text's "Inés Núñez", whose name finds both (typed so, only the spelling without).
    const std::string text = "Inés Núñez runs the port. Ines Nunez was reckless. Núñez left.\n";
    for (const char* typed : {"Ines Nunez", "Nunez", "ines nunez"}) {
        const auto setup = chosen_for(text, typed);
        ASSERT_EQ(setup.subjects.size(), 1u) << typed;
        EXPECT_EQ(setup.subjects[0].name, "Inés Núñez") << typed;
        EXPECT_EQ(setup.subject_given_as, typed) << typed;
    }
    // Near cases: a name typed with marks keeps them where the text writes none, and another
    // name stays as typed.
    const auto marked = chosen_for("Ines Nunez runs the port. Nunez left.\n", "Inés Núñez");
    EXPECT_EQ(marked.subjects.at(0).name, "Inés Núñez");
    EXPECT_EQ(chosen_for(text, "Ines Nunes").subjects.at(0).name, "Ines Nunes");
}

TEST(PeopleMisreadings, ParticlesAfterAForeignWordBeforeAKnownLastNameAreNoPartOfIt) {
    // "à la Trump" was the last name "la Trump", which no one carries: Trump lost a mention.
    const auto people = people_in("Donald Trump spoke. Mark Rutte met the press. Rutte governed "
                                  "à la Trump. Trump replied.\n");
    ASSERT_NE(person_named(people, "Donald Trump"), nullptr);
    EXPECT_EQ(person_named(people, "Donald Trump")->count, 3u);
    EXPECT_EQ(person_named(people, "Mark Rutte")->count, 2u);
    // Near case: a last name that a person carries with its particles keeps them.
    const auto fuente =
        people_in("Luis de la Fuente spoke. Critics praised de la Fuente. Fuente Ovejuna won.\n");
    ASSERT_NE(person_named(fuente, "Luis de la Fuente"), nullptr);
    EXPECT_EQ(person_named(fuente, "Luis de la Fuente")->count, 2u);
}

TEST(PeopleMisreadings, CapitalsOfOtherCasedScriptsStartNames) {
    const auto people = people_in("The talks failed. Дмитрий Песков said the Kremlin was calm. "
                                  "Песков was evasive. Κυριάκος Μητσοτάκης met reporters. "
                                  "Μητσοτάκης smiled.\n");
    EXPECT_EQ(names(people), (std::vector<std::string>{"Дмитрий Песков", "Κυριάκος Μητσοτάκης"}));
    EXPECT_EQ(people[0].last_name, "Песков");
    EXPECT_EQ(people[0].count, 2u);
    EXPECT_TRUE(starts_with_capital("Дмитрий"));
    EXPECT_TRUE(starts_with_capital("Ωmega"));
    EXPECT_TRUE(starts_with_capital("Ștefan")); // Latin beyond U+017F
    EXPECT_TRUE(starts_with_capital("Ǆemal"));  // a titlecase digraph's capital
    // Near cases: lowercase letters and scripts without case are no capitals.
    EXPECT_FALSE(starts_with_capital("дмитрий"));
    EXPECT_FALSE(starts_with_capital("ωmega"));
    EXPECT_FALSE(starts_with_capital("中国"));
    EXPECT_FALSE(starts_with_capital("\xE2\x80\x9CQuote"));
    EXPECT_TRUE(names(people_in("Говорят, что было холодно. Иван пришёл.\n")).empty());
    // A Cyrillic opener written in lowercase elsewhere is no given name ("Вчера" is yesterday).
    EXPECT_EQ(names(people_in("Вчера Дмитрий Песков ушёл. Он ушёл вчера.\n")),
              std::vector<std::string>{"Дмитрий Песков"});
}

TEST(PeopleMisreadings, AnAcronymOfAnotherCasedScriptIsNoNameWord) {
    // "НАТО" (NATO) before a last name was read as a given name, so "НАТО Тимошенко" was a
    // person of her own, as "NATO Tymoshenko" never was.
    const std::string cyrillic = "Юлия Тимошенко встретилась с послами. Тимошенко была "
                                 "осторожна. НАТО Тимошенко не верило. Тимошенко ушла.\n";
    EXPECT_EQ(names(people_in(cyrillic)), std::vector<std::string>{"Юлия Тимошенко"});
    EXPECT_EQ(people_in(cyrillic)[0].count, 4u);
    EXPECT_EQ(names(people_in("Κυριάκος Μητσοτάκης spoke. ΝΑΤΟ Μητσοτάκης was calm.\n")),
              std::vector<std::string>{"Κυριάκος Μητσοτάκης"});
    // Near cases: a capital followed by lowercase letters is a name word in any script, and an
    // acronym of Latin letters with marks was one already ("ÖBB").
    const auto two = people_in("Пётр Ильин спорил. Ильин ушёл. Анна Ильин ответила.\n");
    EXPECT_EQ(two.size(), 2u);
    EXPECT_NE(person_named(two, "Анна Ильин"), nullptr);
    EXPECT_EQ(names(people_in("Anna Huber spoke. ÖBB Huber was calm. Huber left.\n")),
              std::vector<std::string>{"Anna Huber"});
}

TEST(PeopleMisreadings, AnOpenerShapedAsNoGivenNameBeforeALastNameIsNoOtherPerson) {
    // "Examining" and "Reportedly" are never written in lowercase here, but an -ing form and an
    // adverb are no given names: the sentences name Mark Rutte.
    const std::string text = "When Mark Rutte took office, rates were low. Examining Rutte's "
                             "record, critics were kind. Reportedly Rutte agreed. Rutte left.\n";
    const auto people = people_in(text);
    EXPECT_EQ(names(people), std::vector<std::string>{"Mark Rutte"});
    EXPECT_EQ(people[0].count, 4u);
    // So `--subject Rutte` names one person: the text's Mark Rutte.
    EXPECT_EQ(chosen_for(text, "Rutte").subjects.at(0).name, "Mark Rutte");
    // Near cases: given names that are also words, and names in -ly, stay people of their own.
    for (const char* given : {"Grace", "Hope", "Faith", "Will", "Rose", "Bill", "Frank", "Emily",
                              "Kelly", "Kimberly"}) {
        const auto two = people_in(std::string("When Mark Rutte took office, rates were low. ") +
                                   given + " Rutte disagreed.\n");
        EXPECT_NE(person_named(two, std::string(given) + " Rutte"), nullptr) << given;
    }
    const auto mark =
        people_in("When Anna Rutte took office, rates were low. Mark Rutte disagreed.\n");
    EXPECT_EQ(mark.size(), 2u);
}

TEST(PeopleMisreadings, ALetterThatLabelsANounEndsTheSentence) {
    // "Plan B. Arden" was a person of her own ("B. Arden"), chosen over Mark Arden.
    const auto people = people_in("Mark Arden arrived. We chose Plan B. Arden spoke. Arden was "
                                  "reckless. Option C. Arden left.\n");
    EXPECT_EQ(names(people), std::vector<std::string>{"Mark Arden"});
    EXPECT_EQ(people[0].count, 4u);
    // Near cases: initials after a title, a function word or a given name stay initials.
    EXPECT_NE(person_named(people_in("Mr J. Arden spoke. Arden left.\n"), "J. Arden"), nullptr);
    EXPECT_NE(person_named(people_in("As with J. K. Rowling, Rowling left.\n"), "J. K. Rowling"),
              nullptr);
    EXPECT_NE(person_named(people_in("Jane K. Arden spoke. Arden left.\n"), "Jane K. Arden"),
              nullptr);
}

} // namespace
} // namespace redraft::claims
