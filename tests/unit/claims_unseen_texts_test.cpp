// Readings of QA pass q19's unseen texts (docs/assessment.md, "Known limits" before task q21),
// checked with the shipped lexicon: the author's answer to a report, views that almost no one
// holds, the author's verdict on a reproach, a denial inside someone else's relative clause,
// "claim" of a right, a concessive "if", and "argue" meaning quarrel. Each rule has sentences it
// must leave as they were.

#include <redraft/claims/claims.hpp>
#include <redraft/claims/lexicon.hpp>
#include <redraft/document/document.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>

#include "analysed_text.hpp"

namespace redraft::claims {
namespace {

const Subject kBerg{"Anna Berg", {"Berg"}, {}, {"she", "her", "hers", "herself"}};

using Analysed = testing::AnalysedText;

// `text` analysed with the shipped lexicon; its paragraphs are separated by blank lines.
std::unique_ptr<Analysed> analyse(const std::string& text) {
    return testing::analyse_with(load_lexicon({}), text, {kBerg});
}

const Cue* find(const Analysed& a, std::uint32_t paragraph, std::uint32_t sentence,
                std::string_view term) {
    for (const auto& c : a.analysis.claim(paragraph, sentence).cues) {
        if (c.term == term) {
            return &c;
        }
    }
    return nullptr;
}

const Cue& cue(const Analysed& a, std::uint32_t paragraph, std::uint32_t sentence,
               std::string_view term) {
    if (const Cue* c = find(a, paragraph, sentence, term)) {
        return *c;
    }
    throw std::runtime_error("no cue " + std::string(term));
}

bool has_kind(const Analysed& a, std::uint32_t paragraph, std::uint32_t sentence, CueKind kind) {
    const auto& cues = a.analysis.claim(paragraph, sentence).cues;
    return std::any_of(cues.begin(), cues.end(), [&](const Cue& c) { return c.kind == kind; });
}

TEST(ClaimsUnseenTexts, TheAuthorsAnswerToAReportIsTheAuthors) {
    // "Critics said he overpaid, and they appear to have been right": the hedge was the
    // critics'; "..., and she was not." was the critics' denial of nothing.
    const auto a = analyse("Berg ran the fund. Critics said she overpaid, and they appear to "
                           "have been right.\n\n"
                           "Berg ran the fund. Critics said she was reckless, and she was not.\n");
    EXPECT_TRUE(cue(*a, 0, 1, "appear to").holder.empty());
    EXPECT_TRUE(cue(*a, 1, 1, "not").holder.empty());
    EXPECT_EQ(cue(*a, 1, 1, "reckless").holder, "Critics said");
}

TEST(ClaimsUnseenTexts, AClauseOfItsOwnAfterAReportStaysReported) {
    const auto a =
        analyse("Berg ran the fund. Critics said she was careful, and she was "
                "reckless too.\n\n"
                "Berg ran the fund. Critics said she was careful, and that they had been "
                "reckless.\n\n"
                "Berg ran the fund. Tomas Reiner said she was careful, and they were "
                "reckless.\n");
    EXPECT_EQ(cue(*a, 0, 1, "reckless").holder, "Critics said");
    EXPECT_EQ(cue(*a, 1, 1, "reckless").holder, "Critics said");
    EXPECT_EQ(cue(*a, 2, 1, "reckless").holder, "Tomas Reiner said");
}

TEST(ClaimsUnseenTexts, AViewAlmostNoOneHoldsIsTheAuthorsDenial) {
    // "Few still admire her courage": *courage* was the admirers' view (+1, attributed).
    const auto a = analyse("Berg ran the fund. Few still admire her courage.\n\n"
                           "Berg ran the fund. Hardly anyone praised her courage.\n\n"
                           "Berg ran the fund. No one admires her courage.\n");
    for (std::uint32_t p = 0; p < 3; ++p) {
        const Cue& courage = cue(*a, p, 1, "courage");
        EXPECT_TRUE(courage.holder.empty()) << p;
        EXPECT_TRUE(courage.negated) << p;
        EXPECT_LT(courage.weight, 0.0) << p;
    }
    EXPECT_EQ(cue(*a, 0, 1, "admire").kind, CueKind::negation);
    EXPECT_EQ(cue(*a, 0, 1, "admire").words, "Few still admire");
    EXPECT_EQ(cue(*a, 1, 1, "praise").words, "Hardly anyone praised");
}

TEST(ClaimsUnseenTexts, AViewSomeHoldStaysTheirs) {
    const auto a = analyse("Berg ran the fund. A few historians admire her courage.\n\n"
                           "Berg ran the fund. Many still admire her courage.\n\n"
                           "Berg ran the fund. Few would call her careful.\n");
    EXPECT_FALSE(cue(*a, 0, 1, "courage").holder.empty());
    EXPECT_FALSE(cue(*a, 0, 1, "courage").negated);
    EXPECT_FALSE(cue(*a, 1, 1, "courage").holder.empty());
    EXPECT_FALSE(cue(*a, 1, 1, "courage").negated);
    // The row of its own, as before.
    EXPECT_TRUE(cue(*a, 2, 1, "careful").holder.empty());
    EXPECT_TRUE(cue(*a, 2, 1, "careful").negated);
}

TEST(ClaimsUnseenTexts, ADenialInAnothersRelativeClauseIsTheirs) {
    // "One aide, who asked not to be named, said she was careful" showed a negation of Berg.
    const auto a = analyse("Berg ran the fund. One aide, who asked not to be named, said she was "
                           "careful.\n\n"
                           "Berg ran the fund. She fired the managers who did not meet targets.\n");
    const Cue& aide = cue(*a, 0, 1, "not");
    EXPECT_EQ(aide.owner, "aide");
    EXPECT_FALSE(aide.counts_for(0));
    EXPECT_EQ(cue(*a, 1, 1, "did not").owner, "the managers");
    EXPECT_FALSE(cue(*a, 1, 1, "did not").counts_for(0));
}

TEST(ClaimsUnseenTexts, ADenialOutsideAnothersOwnRelativeClauseStaysHers) {
    // The seed essay's scrambled copy (the diff benchmark): "allies, who fear that such
    // half-hearted approach will fail to ..." is a clause the allies report, not their act.
    const auto a = analyse("Berg, who did not resign, stayed on.\n\n"
                           "Berg is a leader who does not give up.\n\n"
                           "Berg ran the fund. The aide, whom she did not trust, left.\n\n"
                           "Berg met the allies, who fear that the plan will fail to work.\n");
    EXPECT_TRUE(cue(*a, 0, 0, "did not").counts_for(0));
    EXPECT_TRUE(cue(*a, 1, 0, "does not").counts_for(0));
    EXPECT_TRUE(cue(*a, 2, 1, "did not").counts_for(0));
    EXPECT_TRUE(cue(*a, 3, 0, "fail to").owner.empty());
}

TEST(ClaimsUnseenTexts, AClaimOfARightCastsNoDoubt) {
    // "She can claim credit for the recovery" lowered the author's certainty (-0.50).
    const auto a = analyse("Berg can claim credit for the recovery.\n\n"
                           "Berg can lay claim to the recovery.\n\n"
                           "Berg claimed responsibility for the cuts.\n\n"
                           "Berg achieved more than most managers of her era can claim.\n");
    for (std::uint32_t p = 0; p < 4; ++p) {
        EXPECT_FALSE(has_kind(*a, p, 0, CueKind::evidential)) << p;
    }
}

TEST(ClaimsUnseenTexts, AClaimAssertedStillReports) {
    const auto a = analyse("Her claims about the fund were disputed by Berg.\n\n"
                           "Berg claimed to be careful.\n\n"
                           "Critics may claim that Berg was reckless.\n");
    EXPECT_EQ(cue(*a, 0, 0, "claim").kind, CueKind::evidential);
    EXPECT_EQ(cue(*a, 1, 0, "claim").kind, CueKind::evidential);
    EXPECT_EQ(cue(*a, 2, 0, "reckless").holder, "Critics may claim that");
}

TEST(ClaimsUnseenTexts, AConcessiveIfThatNamesWhatItGrantsIsNoHedge) {
    // "If the book has a flaw, it is its length" read "If" as the author's doubt (-0.50).
    const auto a = analyse("If Berg's book has a flaw, it is its length.\n\n"
                           "If Berg had one weakness, it was impatience.\n\n"
                           "If there is a fault in Berg's plan, it lies in the timing.\n");
    for (std::uint32_t p = 0; p < 3; ++p) {
        EXPECT_EQ(find(*a, p, 0, "if"), nullptr) << p;
    }
}

TEST(ClaimsUnseenTexts, AConditionStillHedges) {
    const auto a = analyse("If the plan fails, it is Berg's fault.\n\n"
                           "If Berg has a plan, she will say so.\n\n"
                           "If Berg had a weakness the board would see it.\n");
    for (std::uint32_t p = 0; p < 3; ++p) {
        EXPECT_NE(find(*a, p, 0, "if"), nullptr) << p;
    }
}

TEST(ClaimsUnseenTexts, ArguingAsQuarrellingReportsNothing) {
    // "The two argued for hours" held what followed, by 'The two argued'.
    const auto a = analyse("Berg and Tomas Reiner argued for hours, and Berg was careful.\n\n"
                           "Berg argued with her board, and she was careful.\n\n"
                           "Berg knows how families argue. Berg was careful.\n");
    EXPECT_TRUE(cue(*a, 0, 0, "careful").holder.empty());
    EXPECT_EQ(find(*a, 0, 0, "argue"), nullptr);
    EXPECT_TRUE(cue(*a, 1, 0, "careful").holder.empty());
    EXPECT_EQ(find(*a, 2, 0, "argue"), nullptr);
}

TEST(ClaimsUnseenTexts, ArguingAViewStillReportsIt) {
    const auto a = analyse("Critics argue that Berg was reckless.\n\n"
                           "Berg was reckless, her critics argue.\n\n"
                           "Her allies argued against a reckless cut by Berg.\n\n"
                           "“Berg is reckless,” Tomas Reiner argued.\n\n"
                           "Tomas Reiner argued for hours that Berg was reckless.\n");
    for (std::uint32_t p = 0; p < 5; ++p) {
        EXPECT_FALSE(cue(*a, p, 0, "reckless").holder.empty()) << p;
    }
}

TEST(ClaimsUnseenTexts, TheAuthorsVerdictOnAReproachIsTheAuthors) {
    // "The criticism that she was reckless is fair" left *reckless* the critics' view, and "the
    // criticism is unfair" counted *criticism* against her (-0.50).
    const auto a = analyse("The criticism that Berg was reckless is fair.\n\n"
                           "The criticism that Berg was reckless is unfounded.\n\n"
                           "Berg ran the fund. The criticism of her was unfair.\n\n"
                           "The charge of fraud against Berg was not justified.\n");
    EXPECT_TRUE(cue(*a, 0, 0, "reckless").holder.empty());
    EXPECT_FALSE(cue(*a, 0, 0, "reckless").negated);
    EXPECT_TRUE(cue(*a, 1, 0, "reckless").holder.empty());
    EXPECT_TRUE(cue(*a, 1, 0, "reckless").negated);
    EXPECT_GT(cue(*a, 2, 1, "criticism").weight, 0.0);
    EXPECT_TRUE(cue(*a, 3, 0, "fraud").holder.empty());
    EXPECT_GT(cue(*a, 3, 0, "fraud").weight, 0.0);
}

TEST(ClaimsUnseenTexts, AReproachWithoutTheAuthorsVerdictStaysOthers) {
    const auto a = analyse("The criticism that Berg was reckless persisted.\n\n"
                           "The criticism that Berg was wrong persisted for years.\n\n"
                           "The idea that Berg was reckless is fair.\n\n"
                           "Berg faced criticism.\n");
    EXPECT_FALSE(cue(*a, 0, 0, "reckless").holder.empty());
    EXPECT_FALSE(cue(*a, 1, 0, "criticism").negated);
    EXPECT_FALSE(cue(*a, 2, 0, "reckless").holder.empty());
    EXPECT_LT(cue(*a, 3, 0, "criticism").weight, 0.0);
}

// Task q25: readings of QA pass q23's unseen texts (and q21's leftovers) that were wrong.

TEST(ClaimsUnseenTexts, ARefusalIsNoHedge) {
    // "she would not leave her ageing mother" read as the author's doubt (*would*, -0.25).
    const auto a = analyse("Berg ran the fund. She would not leave her ageing mother.\n\n"
                           "Berg would never apologise.\n\n"
                           "Berg ran the fund. She simply would not back down.\n");
    EXPECT_FALSE(has_kind(*a, 0, 1, CueKind::hedge));
    EXPECT_FALSE(has_kind(*a, 1, 0, CueKind::hedge));
    EXPECT_FALSE(has_kind(*a, 2, 1, CueKind::hedge));
}

TEST(ClaimsUnseenTexts, APredictionDeniedStillHedges) {
    const auto a = analyse("Berg would not be the first to fail.\n\n"
                           "It would not surprise Berg.\n\n"
                           "I would not say Berg was reckless.\n\n"
                           "Berg would not win the election.\n\n"
                           "Berg would leave the fund.\n");
    for (std::uint32_t p = 0; p < 5; ++p) {
        EXPECT_NE(find(*a, p, 0, "would"), nullptr) << p;
    }
}

TEST(ClaimsUnseenTexts, FewOfAGroupIsTheAuthorsDenial) {
    // "Few of her colleagues admire her courage" was the colleagues' view of her courage (+1).
    const auto a = analyse("Berg ran the fund. Few of her colleagues admire her courage.\n\n"
                           "Berg ran the fund. Very few of the voters still admire her "
                           "courage.\n");
    EXPECT_TRUE(cue(*a, 0, 1, "courage").negated);
    EXPECT_TRUE(cue(*a, 0, 1, "courage").holder.empty());
    EXPECT_TRUE(cue(*a, 1, 1, "courage").negated);
}

TEST(ClaimsUnseenTexts, SomeOfAGroupStillHoldsItsView) {
    const auto a = analyse("Berg ran the fund. A few of her colleagues admire her courage.\n\n"
                           "Berg ran the fund. Many of her colleagues admire her courage.\n\n"
                           "Berg ran the fund. Few of those who worked with her admire her "
                           "courage.\n");
    EXPECT_FALSE(cue(*a, 0, 1, "courage").negated);
    EXPECT_EQ(cue(*a, 0, 1, "courage").holder, "A few of her colleagues admire");
    EXPECT_FALSE(cue(*a, 1, 1, "courage").negated);
    EXPECT_FALSE(cue(*a, 2, 1, "courage").negated); // an "of" phrase of more than three words
}

TEST(ClaimsUnseenTexts, AVerdictOnAReproachMayCloseWithATime) {
    // "was largely fair in 2019" and "is fair enough" left the reproach the critics' view.
    const auto a = analyse("The criticism that Berg was reckless was largely fair in 2019.\n\n"
                           "The criticism that Berg was reckless is fair enough.\n\n"
                           "The criticism that Berg was reckless was unfair at the time.\n");
    EXPECT_TRUE(cue(*a, 0, 0, "reckless").holder.empty());
    EXPECT_FALSE(cue(*a, 0, 0, "reckless").negated);
    EXPECT_TRUE(cue(*a, 1, 0, "reckless").holder.empty());
    EXPECT_TRUE(cue(*a, 2, 0, "reckless").holder.empty());
    EXPECT_TRUE(cue(*a, 2, 0, "reckless").negated);
}

TEST(ClaimsUnseenTexts, AVerdictWordInsideTheReproachIsNone) {
    const auto a = analyse("The criticism that Berg was wrong in 2019 persisted.\n\n"
                           "The criticism that Berg was reckless is fair to her rivals.\n\n"
                           "The criticism that Berg was reckless was fair in most respects.\n");
    EXPECT_FALSE(cue(*a, 0, 0, "criticism").negated);
    EXPECT_FALSE(cue(*a, 1, 0, "reckless").holder.empty());
    EXPECT_FALSE(cue(*a, 2, 0, "reckless").holder.empty());
}

TEST(ClaimsUnseenTexts, TheCriticismOfANamedPersonRejected) {
    // Noted in task q21 as giving no *criticism* cue; read as the author's denial of the
    // criticism already (task q25 found it so): kept as a guard.
    const auto a = analyse("The criticism of Berg was unfair.\n\n"
                           "The criticism of Anna Berg was unfair at the time.\n");
    EXPECT_GT(cue(*a, 0, 0, "criticism").weight, 0.0);
    EXPECT_GT(cue(*a, 1, 0, "criticism").weight, 0.0);
}

TEST(ClaimsUnseenTexts, TheModalOfAClaimToARightIsNoHedge) {
    // "She may claim credit for the recovery" kept the hedge *may* (-0.50).
    const auto a = analyse("Berg may claim credit for the recovery.\n\n"
                           "Berg might rightly claim credit for the recovery.\n\n"
                           "Berg could claim the title.\n");
    for (std::uint32_t p = 0; p < 3; ++p) {
        EXPECT_FALSE(has_kind(*a, p, 0, CueKind::hedge)) << p;
    }
}

TEST(ClaimsUnseenTexts, AModalOfAnythingElseStillHedges) {
    const auto a = analyse("Berg may resign.\n\n"
                           "Berg may not claim credit for the recovery.\n\n"
                           "Berg may claim to be careful.\n");
    for (std::uint32_t p = 0; p < 3; ++p) {
        EXPECT_NE(find(*a, p, 0, "may"), nullptr) << p;
    }
}

} // namespace
} // namespace redraft::claims
