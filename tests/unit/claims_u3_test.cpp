// What counts as a change (task u3, nineteenth session): the lexicon's gaps and false hits the
// eighteenth session left. A manner adverb of judgement with a verb of conduct judges the doer
// ("handled the crisis badly"), unless the adverb belongs to another word ("as well", "may well
// run", "a badly needed reform"); rows for a manager's or a minister's standing ("under
// pressure", "his job is safe", "the backing of the board"); bare *slow* only of a person or her
// response, and *slow to*; *became routine* of a thing is ambivalent; "My view of the plan,
// however, has not changed" is no negation; "My view of her is firm" no judgement of her. Each
// rule has near cases it must leave as they were. An ordinal after *finish* or before *place* is
// a place in a table, as "up to second" is.

#include <redraft/assess/assess.hpp>
#include <redraft/claims/claims.hpp>
#include <redraft/claims/lexicon.hpp>

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "analysed_pair.hpp"
#include "analysed_text.hpp"

namespace redraft {
namespace {

using claims::CueKind;
using claims::load_lexicon;

const claims::Subject kRask{"Tove Rask", {"Rask"}, {}, {"she", "her", "hers", "herself"}};

const claims::Lexicon& shipped() {
    static const claims::Lexicon lexicon = load_lexicon({});
    return lexicon;
}

// The characterizations of the text's first sentence about Rask, as "term weight" ("handle *
// badly -0.5"; "slow ambivalent").
std::vector<std::string> judgements(const std::string& text, std::uint32_t s = 0) {
    const auto a = claims::testing::analyse_with(shipped(), text, {kRask});
    std::vector<std::string> out;
    for (const auto& cue : a->analysis.claim(0, s).cues) {
        if (cue.kind != CueKind::characterization) {
            continue;
        }
        std::string weight = cue.ambivalent ? "ambivalent" : std::to_string(cue.weight);
        if (!cue.ambivalent) {
            weight.erase(weight.find_last_not_of('0') + 1);
            if (weight.back() == '.') {
                weight.pop_back();
            }
        }
        out.push_back(std::string(cue.term) + " " + weight);
    }
    return out;
}

bool has_negation(const std::string& text, std::uint32_t s) {
    const auto a = claims::testing::analyse_with(shipped(), text, {kRask});
    for (const auto& cue : a->analysis.claim(0, s).cues) {
        if (cue.kind == CueKind::negation) {
            return true;
        }
    }
    return false;
}

using Expected = std::vector<std::pair<std::string, std::vector<std::string>>>;

void expect_judgements(const Expected& cases) {
    for (const auto& [text, expected] : cases) {
        EXPECT_EQ(judgements(text), expected) << text;
    }
}

// 1. A manner adverb of judgement with a verb of conduct judges the doer.

TEST(ClaimsU3, AVerbOfConductWithAMannerAdverbJudgesTheDoer) {
    expect_judgements({
        {"Rask has handled the crisis badly.\n", {"handle * badly -0.5"}},
        {"Rask managed the talks poorly.\n", {"manage * poorly -0.5"}},
        {"Rask handled it well.\n", {"handle * well 0.5"}},
        {"Rask handled that badly.\n", {"handle * badly -0.5"}},
        {"Rask ran the ministry well for six years.\n", {"ran * well 0.5"}},
        {"Rask led the delegation ably.\n", {"led * ably 0.5"}},
        {"Rask played badly in the final.\n", {"play badly -0.5"}},
        {"The crisis was handled badly by Rask.\n", {"handle badly -0.5"}},
        {"Rask left a well run ministry.\n", {"well run 0.5"}},
        {"Rask inherited a badly managed fund.\n", {"badly manage -0.5"}},
        {"Rask steered the bill adroitly.\n", {"adroitly 0.5"}},
    });
}

TEST(ClaimsU3, AnAdverbOfAnotherWordJudgesNothing) {
    expect_judgements({
        // "well" of likelihood, of addition, a noun, or the degree of the next word.
        {"Rask may well be right.\n", {}},
        {"Rask may well run for the leadership.\n", {}},
        {"It could well play into the hands of Rask.\n", {}},
        {"Rask handled the budget as well.\n", {}},
        {"Rask ran the party as well as the ministry.\n", {}},
        {"Rask ran the well dry.\n", {}},
        {"Rask led the polls well into the spring.\n", {}},
        {"Rask is well known in the city.\n", {}},
        // "badly" or "poorly" of the participle or adjective after it.
        {"Rask leads a badly divided party.\n", {}},
        {"Rask runs a poorly paid department.\n", {}},
        // Another verb.
        {"Rask slept badly before the vote.\n", {}},
        {"Rask speaks French well.\n", {}},
    });
}

// 2. Standing: under pressure (ambivalent), a safe job, the backing of those who appoint her.

TEST(ClaimsU3, StandingRows) {
    expect_judgements({
        {"Rask is under pressure after the defeat.\n", {"under pressure ambivalent"}},
        {"Rask's job is safe.\n", {"job is safe 0.5"}},
        {"Rask still has the board's backing.\n", {"board's backing 0.5"}},
        {"Rask has the full backing of the owners.\n", {"full backing 0.5"}},
        {"Rask won the backing of the party.\n", {"the backing of 0.5"}},
        {"Rask lost the backing of the board.\n", {"lost * backing -0.5"}},
        {"Rask has lost the board's backing.\n", {"lost * backing -0.5"}},
        {"Rask has lost the dressing room.\n", {"lost the dressing room -1"}},
    });
}

TEST(ClaimsU3, OtherBacksAndJobsJudgeNothing) {
    expect_judgements({
        {"Rask backed the plan.\n", {}},
        {"Rask's job is to chair the board.\n", {}},
        {"Rask is not under any obligation to answer.\n", {}},
    });
}

// 3. Bare slow: only a slow person or her response; "slow to" (the term "slow to *" would be);
// "became routine" of a thing is ambivalent, of a performance a reproach.

TEST(ClaimsU3, SlowOfAPersonOrHerResponse) {
    expect_judgements({
        {"Rask is slow.\n", {"slow ambivalent"}},
        {"Rask is a slow, careful reader.\n", {"slow ambivalent", "careful 0.5"}},
        {"Rask is a slow worker.\n", {"slow ambivalent"}},
        {"Rask gave a slow response to the floods.\n", {"slow ambivalent"}},
        {"Rask was slow to say so.\n", {"slow to -0.5"}},
        {"Rask was slow to grasp the danger.\n", {"slow to -0.5"}},
        {"Rask was slow to act.\n", {"slow to act -0.5"}},
        {"Rask is slow to anger.\n", {"slow to anger 0.5"}},
        {"Under Rask, her playing became routine.\n", {"playing became routine -0.5"}},
        {"Under Rask, testing became routine.\n", {"became routine ambivalent"}},
    });
}

TEST(ClaimsU3, SlowOfATempoOrAProcessIsNoTrait) {
    expect_judgements({
        {"Rask conducted the slow movement with care.\n", {}},
        {"Rask described the slow corrosion of the hull.\n", {}},
        {"Rask served slow-cooked lamb.\n", {}},
        {"Rask predicted a slow recovery.\n", {}},
        {"Growth under Rask slowed to a crawl.\n", {}},
    });
}

// 4. The author's view: "My view of the plan, however, has not changed" is no negation; "My
// view of her is firm" no judgement of her.

TEST(ClaimsU3, AnInsertionBeforeAViewThatHasNotChanged) {
    for (const char* text : {"Rask was reckless. My view of the plan, however, has not changed.\n",
                             "Rask was reckless. My view, in short, has not changed.\n"}) {
        EXPECT_FALSE(has_negation(text, 1)) << text;
    }
    for (const char* text :
         {"Rask was reckless. Her view of the plan, however, has not changed.\n",
          "Rask was reckless. My view of the plan, however, is not firm.\n",
          "My view of the plan, which Rask wrote, is that it has not changed.\n"}) {
        EXPECT_TRUE(has_negation(text, text[0] == 'R' ? 1 : 0)) << text;
    }
}

TEST(ClaimsU3, TheFirmnessOfTheAuthorsViewIsNoJudgementOfHer) {
    EXPECT_EQ(judgements("Rask spoke. My view of her is firm.\n", 1), std::vector<std::string>{});
    EXPECT_EQ(judgements("Rask spoke. Her stance was firm.\n", 1),
              (std::vector<std::string>{"firm 0.5"}));
    EXPECT_EQ(judgements("Rask spoke. She was firm with the unions.\n", 1),
              (std::vector<std::string>{"firm 0.5"}));
}

// 5. A place in a table in words: after *finish* ("finished seventh") or before *place* ("in
// seventh place"), as after "up to" (task t2).

std::vector<std::string> number_changes(const std::string& old_text, const std::string& new_text) {
    std::vector<std::string> out;
    for (const auto& change :
         assess::testing::first_subject_changes(shipped(), {kRask}, old_text, new_text)) {
        if (change.kind == assess::ChangeKind::number_changed) {
            out.push_back(change.old_value + " -> " + change.new_value);
        }
    }
    return out;
}

TEST(ClaimsU3, AnOrdinalAfterFinishOrBeforePlaceIsAPlace) {
    EXPECT_EQ(number_changes("Rask's side finished seventh in the league.\n",
                             "Rask's side finished sixth in the league.\n"),
              (std::vector<std::string>{"seventh -> sixth"}));
    EXPECT_EQ(number_changes("Under Rask the club ended in ninth place.\n",
                             "Under Rask the club ended in eleventh place.\n"),
              (std::vector<std::string>{"ninth -> eleventh"}));
    // The same place in figures is no change.
    EXPECT_TRUE(number_changes("Rask's side finished seventh in the league.\n",
                               "Rask's side finished 7th in the league.\n")
                    .empty());
    EXPECT_TRUE(number_changes("Under Rask the club ended in ninth place.\n",
                               "Under Rask the club ended in 9th place.\n")
                    .empty());
}

TEST(ClaimsU3, OtherOrdinalsInWordsAreNoPlace) {
    // An argument's order, a term, a draft finished: no number to change.
    EXPECT_TRUE(number_changes("Rask was, in the first place, careless.\n",
                               "Rask was, in the second place, careless.\n")
                    .empty());
    EXPECT_TRUE(number_changes("Rask won a second term.\n", "Rask won a third term.\n").empty());
    EXPECT_TRUE(
        number_changes("Rask finished the second draft.\n", "Rask finished the third draft.\n")
            .empty());
}

} // namespace
} // namespace redraft
