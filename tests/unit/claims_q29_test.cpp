// Readings of QA pass q29's unseen texts on people with hard names (particles, letters beyond
// ASCII, hyphenated and word-like surnames, two people of one surname, honorifics and initials,
// family name first; docs/assessment.md, Known limits). Each rule has a near case it must leave
// as it was.

#include <redraft/claims/claims.hpp>
#include <redraft/claims/lexicon.hpp>
#include <redraft/claims/setup.hpp>
#include <redraft/document/document.hpp>
#include <redraft/text/normalize.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "analysed_text.hpp"
#include "found_people.hpp"

namespace redraft::claims {
namespace {

using testing::people_in;
using testing::person_named;

TEST(ClaimsQ29, AGivenNameWrittenAsAnInitialIsPartOfTheName) {
    // "Prof. J. K. Arden": before q29 every initial ended the name, so "Arden" was a last name
    // alone and no person, and a text about her chose someone else.
    for (const char* text :
         {"Prof. J. K. Arden built the laboratory. Arden was careful, and Okafor said so.",
          "The laboratory was built by J.K. Arden. Arden was careful, and Okafor said so.",
          "In 2019 J. K. Arden built the laboratory. Arden was careful."}) {
        const auto people = people_in(text);
        const Person* arden = person_named(people, "J. K. Arden");
        ASSERT_NE(arden, nullptr) << text;
        EXPECT_EQ(arden->last_name, "Arden") << text;
        EXPECT_EQ(arden->count, 2u) << text;
    }
    const auto people = people_in("Jane K. Arden built the laboratory. Later Arden was careful.");
    const Person* arden = person_named(people, "Jane K. Arden");
    ASSERT_NE(arden, nullptr);
    EXPECT_EQ(arden->count, 2u);
}

TEST(ClaimsQ29, AnInitialNamesNoOneWithoutALastNameAfterIt) {
    // Near cases: a letter ending a sentence after an organization's word or two words, a lone
    // initial and the pronoun "I" ending one are no part of the next sentence's name, and a name
    // does not end with an initial.
    const auto people = people_in("The seats went to Group B. Mark Arden spoke. Ask J. about it. "
                                  "She knew more than I. Mark Arden left after World War I. "
                                  "Mark Arden returned.");
    const Person* arden = person_named(people, "Mark Arden");
    ASSERT_NE(arden, nullptr);
    EXPECT_EQ(arden->count, 3u);
    for (const auto& person : people) {
        EXPECT_TRUE(&person == arden || person.last_name != "Arden") << person.name;
    }
    // A letter that ends a sentence before a full name: "Plan" and "Mark Arden", as before.
    for (const char* text : {"We chose Plan B. Then Mark Arden spoke. Arden was calm.",
                             "We chose Plan B. Mark Arden spoke. Arden was calm.",
                             "Her grade was a B. Mark Arden spoke. Arden was calm."}) {
        const auto chosen = people_in(text);
        ASSERT_EQ(chosen.size(), 1u) << text;
        EXPECT_EQ(chosen[0].name, "Mark Arden") << text;
        EXPECT_EQ(chosen[0].count, 2u) << text;
    }
}

TEST(ClaimsQ29, APronounAfterThanTellsNoGenderOfThePersonNamed) {
    // The standard of a comparison is most often someone else: before q29 the "he" counted for
    // her, two "she" against one "he" left her gender unknown, and a later "He" could be her.
    const std::string text = "Lasalle-Brauer has been the steadiest. She came from Antwerp, where "
                             "she was known as careful.\n\nLasalle-Brauer has been right more "
                             "often than he has.\n";
    const auto people = people_in("Anne-Marie Lasalle-Brauer spoke.\n\n" + text);
    const Person* her = person_named(people, "Anne-Marie Lasalle-Brauer");
    ASSERT_NE(her, nullptr);
    EXPECT_EQ(her->masculine, 0u);
    EXPECT_EQ(her->feminine, 2u);
    // Near case: a pronoun after another word still tells.
    const auto near = people_in("Anne-Marie Lasalle-Brauer spoke.\n\nLasalle-Brauer has been "
                                "right, and he has been kind.\n");
    EXPECT_EQ(person_named(near, "Anne-Marie Lasalle-Brauer")->masculine, 1u);
}

TEST(ClaimsQ29, MarksComeOffLatinLettersOnly) {
    EXPECT_EQ(text::without_marks("Inés Núñez, Jerzy Łęcki, Selin Çelik, Šefčovič"),
              "Ines Nunez, Jerzy Lecki, Selin Celik, Sefcovic");
    // No one-letter base, or no Latin letter: as written.
    EXPECT_EQ(text::without_marks("Æsa Groß, Œuvre, Ὀδυσσεύς, Ngô, “Nguyễn”, Ștefan, Đorđe"),
              "Æsa Groß, Œuvre, Ὀδυσσεύς, Ngo, “Nguyen”, Stefan, Dorde");
    EXPECT_EQ(text::without_marks("Plain ASCII"), "Plain ASCII");
}

// Whether each sentence of the first paragraph is about the first subject.
std::vector<bool> about_first_subject(const std::string& text, const Subject& subject) {
    const auto a = testing::analyse_with(load_lexicon({}), text, {subject});
    std::vector<bool> about;
    for (std::uint32_t s = 0; s < a->analysis.paragraphs.front()->claims.size(); ++s) {
        about.push_back(a->analysis.claim(0, s).is_about(0));
    }
    return about;
}

TEST(ClaimsQ29, ASubjectIsNamedWithOrWithoutTheMarksOfHerName) {
    // "Ms Nunez" and "Celik" as a writer without the marks types them: before q29 they named
    // no subject, and an edit that took the marks off read as the subject's claims removed.
    const Subject nunez{"Inés Núñez", {"Núñez"}, {}, {"she", "her", "hers", "herself"}};
    EXPECT_EQ(
        about_first_subject("Ms Nunez was right. Ines Nunez was ignored. Nunes was not.", nunez),
        (std::vector<bool>{true, true, false}));
    const Subject celik{"Selin Celik", {"Celik"}, {}, {"she", "her", "hers", "herself"}};
    // Near case: a name written without marks does not match the text's marked one (the marks
    // may tell two names apart; only taking them off is a writer's habit).
    EXPECT_EQ(about_first_subject("Çelik was candid. Celik was careful.", celik),
              (std::vector<bool>{false, true}));
}

TEST(ClaimsQ29, ASubjectGivenWithMarksTakesTheLastNameTheNewerRevisionWritesWithout) {
    const auto newer = document::parse(
        "Ines Nunez warned the board. Nunez was right, and she was ignored.\n", "b.txt", {});
    const auto older = document::parse(
        "Inés Núñez warned the board. Núñez was right, and she was ignored.\n", "a.txt", {});
    SubjectRequest request;
    request.subject = "Inés Núñez";
    AssessmentSetup setup;
    choose_subjects(setup, request, newer, &older);
    ASSERT_EQ(setup.subjects.size(), 1u);
    EXPECT_EQ(setup.subjects[0].aliases, std::vector<std::string>{"Núñez"});
    // Near case: another last name gives no alias.
    const auto other =
        document::parse("Ines Nunes warned the board. Nunes was right.\n", "b.txt", {});
    AssessmentSetup apart;
    choose_subjects(apart, request, other, nullptr);
    EXPECT_TRUE(apart.subjects.at(0).aliases.empty());
}

} // namespace
} // namespace redraft::claims
