#include "claims/word_classes.hpp"

#include <algorithm>
#include <string_view>

#include "claims/word_set.hpp"

namespace redraft::claims::detail {

using namespace std::string_view_literals;

bool is_labelling_verb_form(std::string_view lower) {
    static const WordSet labels = {"call",    "calls",   "called", "calling", "brand",
                                   "brands",  "branded", "label",  "labels",  "labelled",
                                   "labeled", "dub",     "dubs",   "dubbed"};
    return labels.contains(lower);
}

bool is_response_verb(std::string_view lower) {
    static const WordSet responses = {
        "answer", "answers", "answered", "answering", "address", "addresses", "addressed",
        "addressing", "respond", "responds", "responded", "responding", "reply", "replies",
        "replied", "replying", "rebut", "rebuts", "rebutted", "rebutting", "acknowledge",
        "acknowledges", "acknowledged", "acknowledging", "heed", "heeds", "heeded", "heeding",
        "confront", "confronts", "confronted", "confronting",
        // Admitting presupposes what is admitted, as acknowledging does ("too proud to admit
        // mistakes": the mistakes stand).
        "admit", "admits", "admitted", "admitting", "concede", "concedes", "conceded", "conceding"};
    return responses.contains(lower);
}

bool is_plural_agent_noun(std::string_view lower) {
    static const WordSet people = {
        "experts",     "officials",   "colleagues", "aides",    "staff",      "analysts",
        "critics",     "academics",   "scholars",   "pundits",  "executives", "employees",
        "members",     "peers",       "allies",     "rivals",   "opponents",  "residents",
        "citizens",    "nurses",      "delegates",  "veterans", "students",   "judges",
        "consultants", "accountants", "fans"};
    static const std::string_view endings[] = {"ists", "ians", "ers", "ors", "ats"};
    if (people.contains(lower)) {
        return true;
    }
    return lower.size() > 5 && !is_evidence_noun(lower) &&
           std::any_of(std::begin(endings), std::end(endings),
                       [&](std::string_view e) { return lower.ends_with(e); });
}

} // namespace redraft::claims::detail
