// Two people of one gender in one paragraph: a pronoun never stands for a person its own clause
// names ("He later cornered Orlov"), an object pronoun of a subject's verb is someone else
// ("Orlov assured him"), a judgement of that person's act is the doer's, and `--subject` picking
// one subject of a configuration reads the others as people still. Each with a near case that
// must stay as it was.

#include <redraft/claims/claims.hpp>
#include <redraft/claims/lexicon.hpp>
#include <redraft/claims/setup.hpp>
#include <redraft/document/document.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "analysed_text.hpp"

namespace redraft::claims {
namespace {

const Subject kSmit{"Piet Smit", {"Smit"}, {}, {"he", "him", "his", "himself"}};
const Subject kOrlov{"Ivan Orlov", {"Orlov"}, {}, {"he", "him", "his", "himself"}};

// Whether sentence `s` of the first paragraph is about `subject` (an index into `subjects`), and
// whether the characterization `term` in it counts for that subject.
testing::CueReading reading(const std::string& text, std::uint32_t s, std::string_view term,
                            const std::vector<Subject>& subjects, std::uint32_t subject) {
    return testing::cue_named(text, s, term, subjects, CueKind::characterization, subject);
}

TEST(TwoPeople, APronounDoesNotStandForANameItsOwnClauseGoesOnToGive) {
    const std::string text =
        "Piet Smit pressed Ivan Orlov on the audit. He later cornered Orlov at a summit and was "
        "reckless.";
    // Both assessed, or Smit alone (Orlov then a person the text names): the same reading.
    for (const auto& subjects :
         {std::vector<Subject>{kSmit, kOrlov}, std::vector<Subject>{kSmit}}) {
        const auto smit = reading(text, 1, "reckless", subjects, 0);
        EXPECT_TRUE(smit.about);
        EXPECT_TRUE(smit.counts);
    }
    const auto orlov = reading(text, 1, "reckless", {kSmit, kOrlov}, 1);
    EXPECT_TRUE(orlov.about); // named in it
    EXPECT_FALSE(orlov.counts);
    // Near cases: the name past a comma, in another clause ("When he met Orlov, ..." aside), and
    // a pronoun with no name after it, stay the person named last.
    const std::string past_comma =
        "Piet Smit pressed Ivan Orlov on the audit. He was reckless, and Orlov said so.";
    EXPECT_FALSE(reading(past_comma, 1, "reckless", {kSmit, kOrlov}, 0).about);
    EXPECT_TRUE(reading(past_comma, 1, "reckless", {kSmit, kOrlov}, 1).counts);
    const std::string no_name = "Piet Smit pressed Ivan Orlov on the audit. He was reckless.";
    EXPECT_FALSE(reading(no_name, 1, "reckless", {kSmit, kOrlov}, 0).about);
    EXPECT_TRUE(reading(no_name, 1, "reckless", {kSmit, kOrlov}, 1).counts);
}

TEST(TwoPeople, AnObjectPronounOfASubjectsVerbIsTheOneNamedBefore) {
    // "Orlov assured him": not Orlov, so Smit, named before him, whether Orlov is assessed or not.
    const std::string text =
        "Piet Smit called Ivan Orlov in May. Orlov assured him of support, and Smit was naive.";
    for (const auto& subjects :
         {std::vector<Subject>{kSmit, kOrlov}, std::vector<Subject>{kSmit}}) {
        EXPECT_TRUE(reading("Piet Smit called Ivan Orlov in May. Orlov assured him of support.", 1,
                            "", subjects, 0)
                        .about);
    }
    // Near case: a subject pronoun after the verb is still the person named last.
    EXPECT_FALSE(reading("Piet Smit called Ivan Orlov in May. Orlov said he was naive.", 1, "naive",
                         {kSmit, kOrlov}, 0)
                     .about);
    EXPECT_TRUE(reading(text, 1, "naive", {kSmit, kOrlov}, 0).counts); // named: as before
}

TEST(TwoPeople, AJudgementOfAnActInAClauseAfterItsObjectIsTheDoers) {
    const std::string text = "Piet Smit called Ivan Orlov in May. Orlov assured him of support – "
                             "although this would later prove to be an empty promise.";
    for (const auto& subjects :
         {std::vector<Subject>{kSmit, kOrlov}, std::vector<Subject>{kSmit}}) {
        const auto smit = reading(text, 1, "empty promise", subjects, 0);
        EXPECT_TRUE(smit.about);
        EXPECT_FALSE(smit.counts);
    }
    EXPECT_TRUE(reading(text, 1, "empty promise", {kSmit, kOrlov}, 1).counts);
    // Near cases: within the object's own clause the judgement is hers ("called him reckless",
    // a view of Orlov's she is the object of), and a sentence that names her too keeps it.
    const auto called = reading("Piet Smit met Ivan Orlov in May. Orlov called him naive.", 1,
                                "naive", {kSmit, kOrlov}, 0);
    EXPECT_TRUE(called.about);
    const auto a = testing::analyse_with(load_lexicon({}),
                                         "Piet Smit met Ivan Orlov in May. Orlov called him naive.",
                                         {kSmit, kOrlov});
    const auto& cues = a->analysis.claim(0, 1).cues;
    EXPECT_TRUE(std::any_of(cues.begin(), cues.end(), [](const Cue& cue) {
        return cue.term == "naive" && cue.owner.empty();
    }));
    EXPECT_TRUE(reading("Piet Smit called Ivan Orlov in May. Orlov assured him of support, yet "
                        "Smit was naive.",
                        1, "naive", {kSmit, kOrlov}, 0)
                    .counts);
}

TEST(TwoPeople, ASubjectPickedFromAConfigurationReadsTheOthersAsPeople) {
    // The text names Orlov by his last name alone, which the name scan does not take for a
    // person: the configuration tells it, so "Orlov assured him" is Smit's "him" with Smit
    // picked alone as with both assessed.
    const auto doc = document::parse(
        "Piet Smit called Orlov in May. Orlov assured him of support. Smit was calm.\n", "t.txt",
        {});
    AssessmentSetup setup;
    setup.config.subjects = {kSmit, kOrlov, {"The Northern Bank", {"the Bank"}, {}, {"it", "its"}}};
    SubjectRequest request;
    request.subject = "Piet Smit";
    choose_subjects(setup, request, doc);
    ASSERT_EQ(setup.subjects.size(), 1u);
    const auto orlov = std::find_if(setup.people.begin(), setup.people.end(),
                                    [](const Person& p) { return p.name == "Ivan Orlov"; });
    ASSERT_NE(orlov, setup.people.end());
    EXPECT_EQ(orlov->last_name, "orlov");
    EXPECT_EQ(gender_of(*orlov), Gender::masculine);
    // An institution is no person.
    EXPECT_TRUE(std::none_of(setup.people.begin(), setup.people.end(),
                             [](const Person& p) { return p.name == "The Northern Bank"; }));
}

} // namespace
} // namespace redraft::claims
