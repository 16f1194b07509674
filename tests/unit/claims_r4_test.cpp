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

#include "analysed_text.hpp"

namespace redraft::claims {
namespace {

const Subject kSolheim{"Ingrid Solheim", {"Solheim"}, {}, {"she", "her", "hers", "herself"}};

const Lexicon& shipped() {
    static const Lexicon lexicon = load_lexicon({});
    return lexicon;
}

// The kinds of the subject's changes between two texts, with the shipped lexicon.
std::vector<std::string> change_kinds(const std::string& old_text, const std::string& new_text,
                                      const Subject& subject) {
    const std::vector<Subject> subjects = {subject};
    const auto older = document::parse(old_text, "old.txt", {});
    const auto newer = document::parse(new_text, "new.txt", {});
    const Analyzer analyzer(shipped(), subjects, find_people(newer));
    const auto old_analysis = analyzer.analyze(older);
    const auto new_analysis = analyzer.analyze(newer, &old_analysis);
    const auto diff = diff::compare(older, newer);
    const auto assessment =
        assess::compare({older, old_analysis}, {newer, new_analysis}, diff, subjects, {});
    std::vector<std::string> kinds;
    for (const auto& change : assessment.subjects[0].changes) {
        kinds.emplace_back(assess::to_string(change.kind));
    }
    return kinds;
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

} // namespace
} // namespace redraft::claims
