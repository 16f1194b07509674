// A fault that stopped (task v1, nineteenth session): a verb of stopping or giving up right
// before a doing in -ing ("stopped tinkering", "has given up lecturing", "quit tinkering") says
// the doing is over, as "no longer" does. Before a noun it stops a thing, not her doing
// ("stopped a reckless plan"); "never stopped tinkering" is still a fault; "stopped short of"
// keeps its own row; "quite" is no "quit". A row whose words a negation splits ("his job is not
// safe") is read across it, and denied. A row whose words a negation splits ("his job is not
// safe") is read across it, and denied.

#include <redraft/claims/claims.hpp>
#include <redraft/claims/lexicon.hpp>

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "analysed_text.hpp"

namespace redraft {
namespace {

using claims::CueKind;
using claims::load_lexicon;

const claims::Subject kVarga{"Tom Varga", {"Varga"}, {}, {"he", "him", "his", "himself"}};

const claims::Lexicon& shipped() {
    static const claims::Lexicon lexicon = load_lexicon({});
    return lexicon;
}

// The cues of the text's first sentence about Varga, as "term weight" for a characterization
// (its effective weight) and "kind term" for a negation or an intensifier.
std::vector<std::string> cues_of(const std::string& text) {
    const auto a = claims::testing::analyse_with(shipped(), text, {kVarga});
    std::vector<std::string> out;
    for (const auto& cue : a->analysis.claim(0, 0).cues) {
        if (cue.kind == CueKind::characterization) {
            std::string weight = std::to_string(cue.weight);
            weight.erase(weight.find_last_not_of('0') + 1);
            if (weight.back() == '.') {
                weight.pop_back();
            }
            out.push_back(std::string(cue.term) + " " + weight);
        } else if (cue.kind == CueKind::negation) {
            out.push_back("negation " + std::string(cue.term));
        } else if (cue.kind == CueKind::intensifier) {
            out.push_back("intensifier " + std::string(cue.term));
        }
    }
    return out;
}

using Expected = std::vector<std::pair<std::string, std::vector<std::string>>>;

void expect_cues(const Expected& cases) {
    for (const auto& [text, expected] : cases) {
        EXPECT_EQ(cues_of(text), expected) << text;
    }
}

TEST(ClaimsV1, AVerbOfStoppingBeforeADoingSaysItIsOver) {
    expect_cues({
        {"Varga has since stopped tinkering with the rota.\n",
         {"negation stop", "tinker with 0.5"}},
        {"Varga stops tinkering with the rota.\n", {"negation stop", "tinker with 0.5"}},
        {"Varga ceased tinkering with the rota.\n", {"negation cease", "tinker with 0.5"}},
        {"Varga quit tinkering with the rota.\n", {"negation quit", "tinker with 0.5"}},
        {"Varga has given up tinkering with the rota.\n", {"negation given up", "tinker with 0.5"}},
        {"Varga gave up tinkering with the rota.\n", {"negation gave up", "tinker with 0.5"}},
        {"Varga abandoned tinkering with the rota.\n", {"negation abandon", "tinker with 0.5"}},
        {"Varga dropped tinkering with the rota.\n", {"negation drop", "tinker with 0.5"}},
        {"Varga kicked the habit of tinkering with the rota.\n",
         {"negation kick the habit of", "tinker with 0.5"}},
        // As "no longer" reads it.
        {"Varga no longer tinkers with the rota.\n", {"negation no longer", "tinker with 0.5"}},
        // Praise that stopped is praise no more.
        {"Varga stopped being reckless.\n", {"negation stop", "reckless 1"}},
    });
}

TEST(ClaimsV1, AStoppedThingOrAStoppingDeniedIsNoEnd) {
    expect_cues({
        // What was stopped is a thing, not his doing.
        {"Varga stopped a reckless plan.\n", {"reckless -1"}},
        {"Varga dropped the reckless plan.\n", {"reckless -1"}},
        {"Varga gave up nothing reckless.\n", {"reckless -1"}},
        // The stopping denied: still a fault.
        {"Varga never stopped tinkering with the rota.\n",
         {"negation never", "negation stop", "tinker with -0.5"}},
        // Its own row.
        {"Varga stopped short of criticism.\n", {"negation stopped short of", "criticism 0.5"}},
        // Without a verb of stopping, the fault stands.
        {"Varga kept tinkering with the rota.\n", {"tinker with -0.5"}},
        // "quite" is an intensifier, not "quit"; "quit" is no "quite".
        {"Varga was quite reckless.\n", {"intensifier quite", "reckless -1"}},
        {"Varga quit the reckless plan.\n", {"reckless -1"}},
    });
}

TEST(ClaimsV1, ARowSplitByANegationIsReadAcrossItAndDenied) {
    expect_cues({
        {"Varga's job is safe.\n", {"job is safe 0.5"}},
        {"Varga's job is not safe.\n", {"negation not", "job is safe -0.5"}},
        {"Varga's job is far from safe.\n", {"negation far from", "job is safe -0.5"}},
        {"Varga's job is no longer safe.\n", {"negation no longer", "job is safe -0.5"}},
        {"Varga's job isn't safe.\n", {"negation isn't", "job is safe -0.5"}},
        {"Varga's job wasn't safe.\n", {"negation wasn't", "job was safe -0.5"}},
        {"Varga's job was never secure.\n", {"negation never", "job was secure -0.5"}},
    });
}

TEST(ClaimsV1, ANegationOutsideARowOrBeforeAnotherWordReadsNoRow) {
    expect_cues({
        // No row has these words.
        {"Varga said the bridge is not safe.\n", {"negation not"}},
        // Another word after the negation: no row of "job is" ends there.
        {"Varga's job is not easy.\n", {"negation not"}},
        {"Varga's job is not always safe.\n", {"negation not"}},
        {"Varga's job isn't easy.\n", {"negation isn't"}},
        // A verb denied, not a predicate: no "should resign" denied.
        {"Varga should not resign.\n", {"negation not"}},
    });
}

} // namespace
} // namespace redraft
