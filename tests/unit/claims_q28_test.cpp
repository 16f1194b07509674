// Readings of QA pass q28's unseen texts in Markdown (a trade-union leader's profile, an analysis
// of a scientist whose results are disputed; docs/assessment.md, Known limits): a reporting verb
// whose object is a pronoun reports nothing after it, and a judgement of a hypothetical person
// ("a clever negotiator would have ...") is no one's. Each rule has a near case it must leave as
// it was.

#include <redraft/claims/claims.hpp>
#include <redraft/claims/lexicon.hpp>

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analysed_text.hpp"

namespace redraft::claims {
namespace {

const Subject kVarnholt{"Ilse Varnholt", {"Varnholt"}, {}, {"she", "her", "hers", "herself"}};
const Subject kMarrow{"Declan Marrow", {"Marrow"}, {}, {"he", "him", "his", "himself"}};

// The characterization `term` of sentence `s` of the first paragraph, read with the shipped
// lexicon and `subject`.
testing::CueReading characterization(const std::string& text, std::uint32_t s,
                                     std::string_view term, const Subject& subject) {
    return testing::cue_named(text, s, term, {subject}, CueKind::characterization);
}

TEST(ClaimsQ28, AReportingVerbWithAPronounObjectReportsNothingAfterIt) {
    // "She denies it, and she has been candid": the denial's object is "it"; what follows the
    // comma is the author's, not the subject's own words.
    for (const char* text : {"Ilse Varnholt denies it, and she has been candid about the error.",
                             "Ilse Varnholt admitted this; she was candid about the error.",
                             "Ilse Varnholt said so, and she was candid about the error."}) {
        const auto found = characterization(text, 0, "candid", kVarnholt);
        EXPECT_EQ(found.holder, "") << text;
        EXPECT_TRUE(found.authors_own()) << text;
    }
}

TEST(ClaimsQ28, AReportingVerbWithAClauseOrAQuotationStillReportsIt) {
    // Near cases: a clause after "that" (past an insertion), a clause with no "that", and an
    // "it" that opens the reported clause stay the speaker's.
    for (const char* text : {"Tomas Rennard said that, after the review, Ilse Varnholt was candid.",
                             "Tomas Rennard denies she was candid.",
                             "Tomas Rennard said it was plain that Ilse Varnholt was candid."}) {
        const auto found = characterization(text, 0, "candid", kVarnholt);
        EXPECT_NE(found.holder, "") << text;
        EXPECT_NE(found.holder, "(no cue)") << text;
    }
}

TEST(ClaimsQ28, AJudgementOfAHypotheticalPersonIsNoOnes) {
    // "a clever negotiator would have kept more of it": the author measures him against someone
    // he is not; *clever* is that hypothetical negotiator's, not his.
    const std::vector<std::pair<const char*, std::string_view>> cases = {
        {"Declan Marrow has left himself little room, and a clever negotiator would have kept "
         "more of it.",
         "clever"},
        {"Declan Marrow gave way, but a more careful negotiator might have waited.", "careful"},
        {"Declan Marrow spoke first; a prudent leader should listen.", "prudent"}};
    for (const auto& [text, term] : cases) {
        const auto found = characterization(text, 0, term, kMarrow);
        EXPECT_NE(found.holder, "(no cue)") << text;
        EXPECT_FALSE(found.owner.empty()) << text;
        EXPECT_FALSE(found.authors_own()) << text;
    }
}

TEST(ClaimsQ28, TheHypotheticalPersonsModalHedgesNothingOfTheSubject) {
    // "would" of "a clever negotiator would have kept more of it" is the negotiator's; the same
    // "would" after the subject ("he would have kept") still doubts what is said of him.
    const auto hedges_for_him = [](const std::string& text) {
        const auto a = testing::analyse_with(load_lexicon({}), text, {kMarrow});
        int count = 0;
        for (const auto& cue : a->analysis.claim(0, 0).cues) {
            count += cue.kind == CueKind::hedge && cue.counts_for(0) ? 1 : 0;
        }
        return count;
    };
    EXPECT_EQ(hedges_for_him("Declan Marrow has left himself little room, and a clever "
                             "negotiator would have kept more of it."),
              0);
    EXPECT_EQ(hedges_for_him("Declan Marrow has left himself little room, and he would have kept "
                             "more of it."),
              1);
}

TEST(ClaimsQ28, AJudgementOfTheSubjectAsSuchAPersonStillCounts) {
    // Near cases: the subject is said to be that person ("is a clever negotiator who would"),
    // or the phrase is an appositive of his name, closed by its comma.
    for (const char* text : {"Declan Marrow is a clever negotiator who would settle.",
                             "Declan Marrow, a clever negotiator, would settle.",
                             "Declan Marrow was a clever negotiator and would settle."}) {
        const auto found = characterization(text, 0, "clever", kMarrow);
        EXPECT_TRUE(found.owner.empty()) << text;
        EXPECT_TRUE(found.authors_own()) << text;
    }
}

} // namespace
} // namespace redraft::claims
