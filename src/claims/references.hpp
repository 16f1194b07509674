// Who a name, title or pronoun stands for as a paragraph is read, sentence by sentence: the person
// named last, and the readings a pronoun may look back to (before the person named last in the
// sentence, where a quotation opened, before a witness was named). The Analyzer's mention scan
// finds the names, titles and pronouns in reading order and tells this class each one; the class
// keeps what they tell about one another and answers whom a pronoun or title continues.
#pragma once

#include <redraft/claims/claims.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "claims/holders.hpp"
#include "claims/mentions.hpp"
#include "claims/sentence_words.hpp"

namespace redraft::claims::detail {

inline constexpr std::uint32_t kNobody = UINT32_MAX;    // no person named
inline constexpr std::uint32_t kOther = UINT32_MAX - 1; // a person who is no subject
inline constexpr std::uint32_t kNoToken = UINT32_MAX;

// A person named in a paragraph, as a pronoun holder may stand for them ("Maria Berg spoke. She
// said ...").
struct NamedPerson {
    const std::string* name = nullptr; // another person's name; null for a subject
    Gender gender = Gender::unknown;
    std::uint32_t last = 0; // the mention's last token, in its sentence
};

// Who a "he" (and a "she") continues past the people named since: the subject named last of
// those who may carry it, when no one named after her may ("Solheim met Arne Bakke. He thought
// she was reckless." is Solheim when Bakke's pronouns are "he" and "him"). None once a person who
// may carry it and is no subject is named.
struct PastSubjects {
    std::uint32_t masculine = kNobody;
    std::uint32_t feminine = kNobody;
};

// Who a pronoun read at some point could stand for: the state to go back to.
struct Reading {
    std::uint32_t person = kNobody; // named last: a subject's index, kOther or kNobody
    // The subject named last, and whether the people named since then may be "he" or "she":
    // "Kessler hired Marcus Feld. She ..." is Kessler when the text calls Feld "he".
    std::uint32_t subject = kNobody;
    bool masculine = false;
    bool feminine = false;
    NamedPerson other; // when `person` is kOther: who
    PastSubjects past;
};

class ParagraphReferences {
public:
    using Pattern = Analyzer::Pattern;

    // `named_in_sentence`: a buffer kept from paragraph to paragraph.
    ParagraphReferences(const Lexicon& lexicon, const std::vector<Subject>& subjects,
                        std::vector<NamedPerson>& named_in_sentence);

    // A subject carried in from the block before reads as though named just before the
    // paragraph (the person named last, and no one since) until anyone is named in it: from
    // there on the paragraph reads as it would alone.
    void carry_in(std::uint32_t subject);

    // The sentence read next, its index in the paragraph, and the subjects the scan finds in it
    // (`mentioned`, filled as the scan goes).
    void begin_sentence(std::uint32_t index, std::string_view sentence, const Words& words,
                        const std::vector<MentionAt>& mentioned);
    // A "he" or "she" at token `at`, read as the scan passes it, before its patterns are tried.
    void read_he_or_she(std::uint32_t at, bool masculine);
    // A quotation opening at token `at`.
    void open_quotation(std::uint32_t at);
    // A person who is no subject named at tokens [first, last], whose name starts at token
    // `name_start` (before an alias, its given names).
    void name_other(const Pattern& pattern, std::uint32_t first, std::uint32_t last,
                    std::uint32_t name_start);
    // The pattern's subject named at tokens [first, last].
    void name_subject(const Pattern& pattern, std::uint32_t first, std::uint32_t last);
    // Whether a pronoun or title at token `at` continues the pattern's subject: the last person
    // named, or the subject named before other people whom the text's pronouns tell apart. An
    // object pronoun of the last-named person's verb looks past that person.
    bool resolves(const Pattern& pattern, std::uint32_t at) const;
    // The pronoun or title at tokens [first, last] that resolves() to its subject.
    void continue_subject(const Pattern& pattern, std::uint32_t first, std::uint32_t last);
    // Whether the pronoun or title at token `at` that does not resolve() to its subject leaves
    // the sentence's reference unresolved: it continues no one the paragraph named, or can only
    // be someone it is not.
    bool leaves_unresolved(const Pattern& pattern, std::uint32_t at) const;
    // The sentence's scan is done.
    void end_sentence();

    // Whether anyone was named in the paragraph so far.
    bool named_anyone() const { return named_anyone_; }

    // Whom the pronoun `pronoun` at token `at` stands for as a view's holder
    // (name_pronoun_holders), as the scan read it; `they` and `their` are the group of
    // `previous_sentence`'s cues.
    std::optional<HolderReferent>
    pronoun_holder(std::uint32_t at, std::string_view pronoun,
                   std::optional<std::span<const Cue>> previous_sentence) const;

private:
    // A witness the text brought in by an appositive to speak of someone else ("A former
    // student, Ewa Nowak, recalls that ...": is_witness_in_an_appositive), and the reading as it
    // stood before she was named: the next sentence's pronouns read as though she were not
    // named, when she is still the person named last and a subject was named before her (task
    // r4; QA pass q23 gave "She was also stubborn" to the student).
    struct Witness {
        std::uint32_t sentence = UINT32_MAX;
        NamedPerson named; // her mention, as now_.other holds it
        Reading before;    // as it stood before she was named
        std::uint32_t others_since_subject = 0;
    };

    bool subject_may_be(std::uint32_t subject, Gender gender) const;
    bool carries_pronoun(std::uint32_t subject, std::uint32_t at) const;
    void note_subject_named(std::uint32_t subject);
    void end_carry();
    void remember_binder(std::uint32_t last_token, bool same);
    void read_again(const Reading& reading, std::uint32_t at);
    void tell(bool masculine_pronoun);
    void remember_opener(std::uint32_t last);
    bool opens_sentence(std::uint32_t at) const;
    bool opener_may_be(std::uint32_t at) const;
    bool speaks_in_tag(std::uint32_t who, std::string_view word) const;
    bool named_later_in_clause(std::uint32_t who, std::uint32_t at) const;
    bool named_inside_quotation(std::uint32_t who, std::uint32_t at) const;

    const Lexicon& lexicon_;
    const std::vector<Subject>& subjects_;

    // The paragraph so far.
    Reading now_;
    // A subject's title read after another subject was named last (and no one since): that
    // other subject, for a pronoun the title's subject does not carry.
    std::uint32_t title_taker_ = kNobody;
    std::uint32_t title_over_ = kNobody;
    // How many people who are no subject were named since the subject named last (or since the
    // paragraph opened): one alone is who a "he" or "she" no subject carries stands for.
    std::uint32_t others_since_subject_ = 0;
    // Whether some subject may be "he" (or "she"): a pronoun none may be is someone else's.
    bool a_subject_may_be_he_ = false;
    bool a_subject_may_be_she_ = false;
    bool carry_open_ = false;
    bool named_anyone_ = false;
    // The subjects named so far in the paragraph (the first 64): a title of one subject's own
    // continues that subject wherever others were named since.
    std::uint64_t named_in_paragraph_ = 0;
    // Whether a person who is no subject was named in the paragraph so far: until then, everyone
    // named is a subject whose titles are known, so a title of one subject's own is still hers.
    bool other_named_in_paragraph_ = false;
    // The reading as it stood before the person named last in the sentence, and where that
    // mention ends: a pronoun that is the object of that person's verb is someone else
    // ("Whitcombe called him arrogant" is about the one named before Whitcombe).
    Reading before_;
    std::uint32_t binder_last_ = kNoToken;
    // Whom that mention stands for when it is a pronoun or title ("He" in "He called her"), who
    // need not be the person named last; kNobody: the person named last.
    std::uint32_t binder_subject_ = kNobody;
    // The reading as it stood where the last quotation opened: a pronoun in the speech tag after
    // it ("“Reyes is naive,” she said") looks past the people named only inside it.
    bool quoted_ = false;
    Reading quote_;
    // And as it stood before the person named last then, with where the quotation opened: a
    // speaker does not name herself inside her own words, so a tag's pronoun after a quotation
    // that names the person named last before it is the one named before that person
    // ("Brandt met Reyes. “Reyes is naive,” she said." is Brandt).
    Reading quote_before_;
    std::uint32_t quote_sentence_ = kNoToken;
    std::uint32_t quote_open_ = kNoToken;
    Witness witness_;

    // The sentence being read.
    std::uint32_t index_ = 0;
    std::string_view sentence_;
    const Words* words_ = nullptr;
    const std::vector<MentionAt>* mentioned_ = nullptr;
    // The people named in the sentence so far, and the one named last before it: a pronoun
    // holder stands for the person named last before the pronoun itself.
    std::vector<NamedPerson>& named_in_sentence_;
    NamedPerson sentence_other_;
    std::uint32_t sentence_person_ = kNobody;
    // The sentence's first "he" or "she", and the reading where it was read: "In her report she
    // described Olander as evasive, and she called the board complacent": a subject pronoun
    // repeated after "and" or "but" in one sentence is the one it repeats, not the person named
    // between the two.
    std::uint32_t first_pronoun_ = kNoToken;
    Reading at_first_pronoun_;
    // The same, as it stood right after a person named at the sentence's first word (not a
    // possessive, nor one of two joined by "and" or "or"): the subject of its first clause,
    // whom a "he" or "she" opening a coordinate clause continues ("Castellanos criticised
    // Olander, and she was reckless" is Castellanos, when she may be "she").
    std::uint32_t opener_last_ = kNoToken;
    Reading opener_;
    // A "he" or "she" that no subject may be, read right after the one person named since the
    // subject, tells that person's gender for this sentence: the flags as they were.
    bool told_ = false;
    bool told_may_be_masculine_ = false;
    bool told_may_be_feminine_ = false;
    std::uint32_t told_last_ = kNoToken;
};

} // namespace redraft::claims::detail
