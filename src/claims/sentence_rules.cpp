#include "claims/sentence_rules.hpp"

#include <redraft/text/ascii.hpp>

#include <algorithm>

#include "claims/attribution.hpp"
#include "claims/cue_senses.hpp"
#include "claims/holders.hpp"
#include "claims/mentions.hpp"
#include "claims/people.hpp"
#include "claims/scope.hpp"

namespace redraft::claims::detail {

namespace {

// Whether bytes [begin, end) are exactly a person the sentence names.
bool names_a_person(const Words& words, const SentencePeople& people, std::uint32_t begin,
                    std::uint32_t end) {
    const auto at = [&](const MentionAt& m) {
        return words.tokens[m.token].begin == begin && words.tokens[m.last].end == end;
    };
    return std::any_of(people.others.begin(), people.others.end(), at) ||
           std::any_of(people.mentioned.begin(), people.mentioned.end(), at);
}

} // namespace

void drop_dates_that_name_people(const Words& words, const SentencePeople& people,
                                 std::vector<Quantity>& quantities) {
    std::erase_if(quantities, [&](const Quantity& q) {
        return q.kind == QuantityKind::date && names_a_person(words, people, q.begin, q.end);
    });
}

void drop_cues_in_names_and_dates(std::string_view sentence, const Words& words,
                                  const SentencePeople& people,
                                  const std::vector<Quantity>& quantities,
                                  std::vector<CueSpan>& cues) {
    const auto names_someone = [&](const CueSpan& span) {
        return (span.cue.kind == CueKind::hedge || span.cue.kind == CueKind::booster) &&
               span.first == span.last &&
               names_a_person(words, people, span.cue.begin, span.cue.end);
    };
    const auto inside_a_name = [&](const CueSpan& span) {
        const auto within = [&](const MentionAt& m) {
            return m.token <= span.first && span.last <= m.last;
        };
        return span.cue.kind == CueKind::characterization &&
               (std::any_of(people.mentioned.begin(), people.mentioned.end(), within) ||
                std::any_of(people.others.begin(), people.others.end(), within));
    };
    const auto capitalized_inside = [&](const CueSpan& span) {
        return (span.cue.kind == CueKind::hedge || span.cue.kind == CueKind::booster) &&
               span.first > 0 && is_word(words, span.first - 1) &&
               starts_with_capital(words.text(sentence, span.first)) &&
               !text::folds_to(words.text(sentence, span.first), "i");
    };
    const auto inside_a_date = [&](const CueSpan& span) {
        return std::any_of(quantities.begin(), quantities.end(), [&](const Quantity& q) {
            return q.kind == QuantityKind::date && span.cue.begin >= q.begin &&
                   span.cue.end <= q.end;
        });
    };
    // Each looks at its cue alone: one pass drops them all.
    std::erase_if(cues, [&](const CueSpan& span) {
        return names_someone(span) || inside_a_name(span) || capitalized_inside(span) ||
               inside_a_date(span) || inside_a_proper_name(sentence, words, span);
    });
}

void apply_cue_rules(const Lexicon& lexicon, std::string_view sentence, const Words& words,
                     const SentencePeople& people, std::vector<Possessive>& possessives,
                     const ParagraphReferences& references,
                     std::optional<std::span<const Cue>> previous_sentence,
                     std::vector<CueSpan>& cues) {
    const std::vector<MentionAt>& mentioned = people.mentioned;
    const std::vector<MentionAt>& others = people.others;
    add_proper_possessives(sentence, words, possessives);
    add_other_persons_pronoun_possessives(sentence, words, mentioned, others, possessives);
    add_speaker_possessives(sentence, words, cues, possessives);
    keep_the_if_of_requests(sentence, words, cues, lexicon);
    drop_non_hedging_uses(sentence, words, cues);
    drop_frequencies_of_facts(sentence, words, cues);
    drop_acts_of_people(sentence, words, mentioned, others, cues);
    attribute_hedges_of_people(sentence, words, cues);
    drop_non_reporting_uses(sentence, words, cues);
    drop_favour_of_things(sentence, words, cues);
    drop_other_senses(sentence, words, cues);
    drop_adverbs_of_other_words(sentence, words, cues);
    drop_motions_of_things(sentence, words, people, cues);
    deny_views_of_almost_no_one(sentence, words, cues);
    drop_idiomatic_negations(sentence, words, cues);
    drop_goals_of_denied_seeking(sentence, words, cues);
    deny_losses_of_nothing(sentence, words, cues);
    drop_excess_that_allows(sentence, words, cues, lexicon);
    drop_contrasted_people(sentence, words, mentioned, others, cues);
    drop_open_questions(sentence, words, cues);
    add_litotes(sentence, words, cues, lexicon);
    drop_litotes_of_unknown_words(sentence, words, cues);
    apply_scope(sentence, words, cues, lexicon);
    apply_litotes(cues);
    apply_attribution(sentence, words, mentioned, others, cues);
    judge_reproaches(sentence, words, cues);
    assign_named_holders(sentence, words, mentioned, others, cues);
    assign_holder_subjects(sentence, words, mentioned, possessives, cues);
    hold_by_the_convinced(sentence, words, cues);
    name_pronoun_holders(sentence, words, cues, [&](std::uint32_t at, std::string_view pronoun) {
        return references.pronoun_holder(at, pronoun, previous_sentence);
    });
    assign_owners(sentence, words, possessives, cues);
    assign_predicate_owners(sentence, words, mentioned, others, possessives, cues);
    assign_other_person_modifiers(sentence, words, people, cues);
    assign_subject_modifiers(sentence, words, people, cues);
    assign_negation_owners(sentence, words, mentioned, others, cues);
    assign_speaker_modifiers(sentence, words, cues);
    assign_hypothetical_owners(sentence, words, cues);
    assign_label_owners(sentence, words, mentioned, others, cues);
    assign_reaction_owners(sentence, words, mentioned, cues);
    assign_relative_clause_owners(sentence, words, mentioned, cues);
    assign_group_predicate_owners(sentence, words, mentioned, cues);
    assign_acts_to_their_doers(sentence, words, mentioned, others, cues);
}

} // namespace redraft::claims::detail
