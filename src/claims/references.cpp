#include "claims/references.hpp"

#include <redraft/text/ascii.hpp>

#include <algorithm>
#include <string>

#include "claims/attribution.hpp"
#include "claims/groups.hpp"
#include "claims/people.hpp"
#include "claims/word_classes.hpp"
#include "claims/word_set.hpp"
#include "claims/word_starts.hpp"

namespace redraft::claims::detail {

ParagraphReferences::ParagraphReferences(const Lexicon& lexicon,
                                         const std::vector<Subject>& subjects,
                                         std::vector<NamedPerson>& named_in_sentence)
    : lexicon_(lexicon), subjects_(subjects), named_in_sentence_(named_in_sentence) {
    for (std::uint32_t k = 0; k < subjects_.size(); ++k) {
        a_subject_may_be_he_ = a_subject_may_be_he_ || subject_may_be(k, Gender::masculine);
        a_subject_may_be_she_ = a_subject_may_be_she_ || subject_may_be(k, Gender::feminine);
        a_subject_is_they_ =
            a_subject_is_they_ || std::any_of(subjects_[k].pronouns.begin(),
                                              subjects_[k].pronouns.end(), is_plural_pronoun);
    }
}

// Whether a subject's pronouns include a "he" (a "she"); unknown ones, any.
bool ParagraphReferences::subject_may_be(std::uint32_t subject, Gender gender) const {
    const auto& pronouns = subjects_[subject].pronouns;
    return pronouns.empty() ||
           std::any_of(pronouns.begin(), pronouns.end(),
                       [&](const std::string& p) { return pronoun_gender(p) == gender; });
}

// Whether the pronoun at token `at` is one of the subject's own.
bool ParagraphReferences::carries_pronoun(std::uint32_t subject, std::uint32_t at) const {
    const auto& pronouns = subjects_[subject].pronouns;
    return std::any_of(pronouns.begin(), pronouns.end(), [&](const std::string& p) {
        return text::folds_to(words_->text(sentence_, at), p);
    });
}

void ParagraphReferences::note_subject_named(std::uint32_t subject) {
    if (subject_may_be(subject, Gender::masculine)) {
        now_.past.masculine = subject;
    }
    if (subject_may_be(subject, Gender::feminine)) {
        now_.past.feminine = subject;
    }
}

void ParagraphReferences::carry_in(std::uint32_t subject) {
    carry_open_ = true;
    now_.person = subject;
    now_.subject = subject;
    note_subject_named(subject);
}

void ParagraphReferences::end_carry() {
    if (carry_open_) {
        carry_open_ = false;
        now_.person = kNobody;
        now_.subject = kNobody;
        now_.past = PastSubjects{};
    }
    named_anyone_ = true;
}

// `same` when the person is the one named last already ("Declan Roe spoke. Roe called him
// evasive"): the snapshot stays the one taken before that person was first named, or else it
// would be the person herself and her object pronoun would look past no one.
void ParagraphReferences::remember_binder(std::uint32_t last_token, bool same) {
    binder_last_ = last_token;
    binder_subject_ = kNobody;
    if (!same) {
        before_ = now_;
    }
}

// Back to `reading`, as if its person were named again right before token `at` (for a pronoun
// holder right there).
void ParagraphReferences::read_again(const Reading& reading, std::uint32_t at) {
    now_ = reading;
    now_.other.last = at - 1;
    named_in_sentence_.push_back(now_.other);
}

void ParagraphReferences::tell(bool masculine_pronoun) {
    if (told_ || now_.person != kOther || others_since_subject_ != 1 ||
        now_.other.gender != Gender::unknown ||
        (masculine_pronoun ? a_subject_may_be_he_ : a_subject_may_be_she_)) {
        return;
    }
    told_ = true;
    told_may_be_masculine_ = now_.masculine;
    told_may_be_feminine_ = now_.feminine;
    told_last_ = now_.other.last;
    (masculine_pronoun ? now_.feminine : now_.masculine) = false;
}

void ParagraphReferences::remember_opener(std::uint32_t last) {
    const Words& words = *words_;
    if (is_possessive(words.text(sentence_, last)) ||
        (last + 1 < words.tokens.size() &&
         (text::folds_to(words.text(sentence_, last + 1), "and") ||
          text::folds_to(words.text(sentence_, last + 1), "or")))) {
        return;
    }
    opener_last_ = last;
    opener_ = now_;
}

// Whether token `at` is the sentence's first word: a list item's marker ("- The envoy ...") is
// punctuation before it.
bool ParagraphReferences::opens_sentence(std::uint32_t at) const {
    for (std::uint32_t k = 0; k < at; ++k) {
        if (is_word(*words_, k)) {
            return false;
        }
    }
    return true;
}

// Whether the opener may be the pronoun at token `at`: a subject it is one of, or another person
// the text does not tell is of the other gender.
bool ParagraphReferences::opener_may_be(std::uint32_t at) const {
    const std::string_view pronoun = words_->lower(sentence_, at);
    if (opener_.person == kOther) {
        const Gender gender = pronoun == "he" ? Gender::masculine : Gender::feminine;
        return opener_.other.gender == Gender::unknown || opener_.other.gender == gender;
    }
    const auto& pronouns = subjects_[opener_.person].pronouns;
    return std::any_of(pronouns.begin(), pronouns.end(),
                       [&](const std::string& p) { return text::folds_to(p, pronoun); });
}

// Whether `word`, a speech tag's speaker (quotation_tag_name), names `who` as the quotation
// opened: the last word of the name, or an alias.
bool ParagraphReferences::speaks_in_tag(std::uint32_t who, std::string_view word) const {
    if (word.empty()) {
        return false;
    }
    const std::string key = lowercase(word);
    const auto ends_with_key = [&](std::string_view name) {
        const std::size_t space = name.rfind(' ');
        return lowercase(name.substr(space == std::string_view::npos ? 0 : space + 1)) == key;
    };
    if (who == kOther) {
        return quote_.other.name != nullptr && ends_with_key(*quote_.other.name);
    }
    const Subject& speaker = subjects_[who];
    return ends_with_key(speaker.name) ||
           std::any_of(speaker.aliases.begin(), speaker.aliases.end(), ends_with_key);
}

// Whether `who` (a subject, or kOther for the other person named last) is named again after the
// "he" or "she" at token `at`, in its clause (no punctuation between): a pronoun does not stand
// for a name its own clause goes on to give ("He later cornered Orlov" is not Orlov).
bool ParagraphReferences::named_later_in_clause(std::uint32_t who, std::uint32_t at) const {
    const Words& words = *words_;
    if (who == kNobody || (who == kOther && now_.other.name == nullptr)) {
        return false;
    }
    for (auto k = at + 1; k < static_cast<std::uint32_t>(words.tokens.size()); ++k) {
        if (words.tokens[k].kind == text::TokenKind::punctuation) {
            return false; // a comma, a quote mark: another clause may begin
        }
        const WordStart* start = words.starts[k];
        if (start == nullptr || start->patterns == nullptr ||
            !is_capitalized(words.text(sentence_, k))) {
            continue;
        }
        for (const auto& p : *start->patterns) {
            const bool same = who == kOther ? p.kind == Pattern::Kind::other_person &&
                                                  p.person == *now_.other.name
                                            : p.kind == Pattern::Kind::name && p.subject == who;
            if (same && words.match_length_from_start(k, p.keys) != 0) {
                return true;
            }
        }
    }
    return false;
}

// Whether the quotation that opened in this sentence names the subject `who` before token `at`.
bool ParagraphReferences::named_inside_quotation(std::uint32_t who, std::uint32_t at) const {
    return quote_sentence_ == index_ &&
           std::any_of(mentioned_->begin(), mentioned_->end(), [&](const MentionAt& m) {
               return m.subject == who && m.token > quote_open_ && m.token < at;
           });
}

bool ParagraphReferences::speaks_as_witness(std::uint32_t at) const {
    if (witness_.sentence != index_ || at <= witness_.named.last + 2 || now_.person != kOther ||
        now_.other.name != witness_.named.name || now_.other.last != witness_.named.last ||
        witness_.before.person == kNobody || witness_.before.person == kOther) {
        return false;
    }
    // Described by what she is ("a former student"), not by what she does: "Jonas Eide, who
    // chairs the committee, said he was arrogant" may speak of himself, as "Eide said he" does.
    static const WordSet relative = {"who", "whom", "whose", "which", "that"};
    const std::uint32_t after_comma = witness_.named.last + 2;
    return !(is_word(*words_, after_comma) &&
             relative.contains(words_->lower(sentence_, after_comma)));
}

void ParagraphReferences::begin_sentence(std::uint32_t index, std::string_view sentence,
                                         const Words& words,
                                         const std::vector<MentionAt>& mentioned) {
    index_ = index;
    sentence_ = sentence;
    words_ = &words;
    mentioned_ = &mentioned;
    named_in_sentence_.clear();
    if (a_subject_is_they_) {
        group_topic_before_ = group_topic_now_;
        group_head_ = opening_group(sentence, words);
        group_topic_now_ = group_head_.has_value() ||
                           (group_topic_before_ && !words.tokens.empty() && is_word(words, 0) &&
                            is_plural_pronoun(words.text(sentence, 0)));
    }
    if (witness_.sentence + 1 == index && now_.person == kOther &&
        now_.other.name == witness_.named.name && now_.other.last == witness_.named.last &&
        witness_.before.person != kNobody && witness_.before.person != kOther) {
        now_ = witness_.before;
        others_since_subject_ = witness_.others_since_subject;
    }
    sentence_other_ = now_.other;
    sentence_person_ = now_.person;
    binder_last_ = kNoToken;
    binder_subject_ = kNobody;
    first_pronoun_ = kNoToken;
    opener_last_ = kNoToken;
    told_ = false;
    // `“He was stubborn,” she said`: the speaker of a quotation that opens the sentence is the
    // one named before it, so her tag's pronoun tells from the sentence's start.
    const auto tokens_count = static_cast<std::uint32_t>(words.tokens.size());
    if (tokens_count > 2 && words.tokens[0].kind == text::TokenKind::punctuation &&
        is_quote_mark(words.text(sentence, 0)) && !closes_quotation(sentence, words, 0)) {
        for (std::uint32_t k = 1; k < tokens_count; ++k) {
            if (is_word(words, k) && after_closing_quote(sentence, words, k)) {
                const std::string_view tag = words.lower(sentence, k);
                if (tag == "he" || tag == "she") {
                    tell(tag == "he");
                }
                break;
            }
        }
    }
}

void ParagraphReferences::read_he_or_she(std::uint32_t at, bool masculine) {
    if (first_pronoun_ == kNoToken && opener_last_ != kNoToken && opener_last_ + 2 < at &&
        opens_coordinate_clause(sentence_, *words_, at) &&
        (now_.person != opener_.person || now_.other.last != opener_.other.last) &&
        opener_may_be(at)) {
        read_again(opener_, at);
    }
    if (first_pronoun_ == kNoToken) {
        first_pronoun_ = at;
        at_first_pronoun_ = now_;
    } else if (repeats_subject_pronoun(sentence_, *words_, first_pronoun_, at) &&
               (now_.person != at_first_pronoun_.person ||
                now_.other.last != at_first_pronoun_.other.last)) {
        read_again(at_first_pronoun_, at);
    }
    // "Lydia Marsh has been kinder. She has said that he was stubborn" (the subject "he"): the
    // "she" no subject may be is Marsh, so the "he" is not. Only the one person named since the
    // subject ("met Anna Berg and Karl Mohr. She said he" stays open), and for this sentence
    // only: one pronoun tells no gender for good.
    tell(masculine);
}

void ParagraphReferences::open_quotation(std::uint32_t at) {
    quoted_ = true;
    quote_ = now_;
    quote_before_ = before_;
    quote_sentence_ = index_;
    quote_open_ = at;
}

void ParagraphReferences::name_other(const Pattern& pattern, std::uint32_t first,
                                     std::uint32_t last, std::uint32_t name_start) {
    end_carry();
    // The person named last, named again ("Lydia Marsh spoke. Marsh said ...").
    const bool same_person = now_.person == kOther && now_.other.name != nullptr &&
                             pattern.kind == Pattern::Kind::other_person &&
                             *now_.other.name == pattern.person;
    const std::string* name =
        pattern.kind == Pattern::Kind::other_person ? &pattern.person : nullptr;
    if (!same_person && is_witness_in_an_appositive(lexicon_, sentence_, *words_, first, last)) {
        witness_ = {index_, {name, pattern.gender, last}, now_, others_since_subject_};
    }
    remember_binder(last, same_person);
    now_.person = kOther;
    other_named_in_paragraph_ = true;
    now_.other = {name, pattern.gender, last};
    named_in_sentence_.push_back(now_.other);
    const Gender gender =
        pattern.kind == Pattern::Kind::other_person ? pattern.gender : Gender::unknown;
    now_.masculine = now_.masculine || gender != Gender::feminine;
    now_.feminine = now_.feminine || gender != Gender::masculine;
    others_since_subject_ += same_person ? 0 : 1;
    if (gender != Gender::feminine) {
        now_.past.masculine = kNobody;
    }
    if (gender != Gender::masculine) {
        now_.past.feminine = kNobody;
    }
    if (opens_sentence(name_start)) {
        remember_opener(last);
    }
}

void ParagraphReferences::name_subject(const Pattern& pattern, std::uint32_t first,
                                       std::uint32_t last) {
    end_carry();
    remember_binder(last, now_.person == pattern.subject);
    if (pattern.subject < 64) {
        named_in_paragraph_ |= std::uint64_t{1} << pattern.subject;
    }
    now_.person = pattern.subject;
    now_.subject = pattern.subject;
    note_subject_named(pattern.subject);
    title_taker_ = kNobody;
    now_.other = {nullptr, Gender::unknown, last};
    named_in_sentence_.push_back(now_.other);
    now_.masculine = false;
    now_.feminine = false;
    others_since_subject_ = 0;
    if (opens_sentence(first)) {
        remember_opener(last);
    }
}

// Whether the plural pronoun at token `at` stands for a group rather than for a subject who goes
// by "they": the sentence opens with a group before it and no one is named between ("The
// investors who led that round were nervous, and they were timid"), or no one is named in the
// sentence before it and the sentence before had a group for its topic ("The employees are loyal
// to Halloran. They were patient"), not inside a quotation the group is outside of. Task s2:
// both counted for the founder.
bool ParagraphReferences::stands_for_group(std::uint32_t at) const {
    if (!a_subject_is_they_ || !is_word(*words_, at) ||
        !is_plural_pronoun(words_->text(sentence_, at))) {
        return false;
    }
    const auto named_between = [&](std::uint32_t from) {
        return std::any_of(named_in_sentence_.begin(), named_in_sentence_.end(),
                           [&](const NamedPerson& p) { return p.last >= from && p.last < at; }) ||
               std::any_of(mentioned_->begin(), mentioned_->end(),
                           [&](const MentionAt& m) { return m.token >= from && m.token < at; });
    };
    // A quotation is its speaker's words, whose "they" the author's group does not reach:
    // `Investors were patient, said Marta Ilves. “They are honest with us,” Ilves said.`
    bool quoted = quoted_ && quote_sentence_ == index_ && quote_open_ < at;
    for (std::uint32_t k = quote_open_ + 1; quoted && k < at; ++k) {
        quoted =
            !(words_->tokens[k].kind == text::TokenKind::punctuation &&
              is_quote_mark(words_->text(sentence_, k)) && closes_quotation(sentence_, *words_, k));
    }
    if (group_head_ && *group_head_ < at) {
        return !(quoted && *group_head_ < quote_open_) && !named_between(*group_head_);
    }
    return !quoted && group_topic_before_ && !named_between(0);
}

bool ParagraphReferences::resolves(const Pattern& pattern, std::uint32_t at) const {
    const Words& words = *words_;
    const std::string_view sentence = sentence_;
    if (pattern.kind == Pattern::Kind::pronoun && stands_for_group(at)) {
        return false;
    }
    const auto he_or_she = [&] {
        return text::folds_to(words.text(sentence, at), "he") ||
               text::folds_to(words.text(sentence, at), "she");
    };
    Reading from = now_;
    if (pattern.kind == Pattern::Kind::pronoun && quoted_ &&
        after_closing_quote(sentence, words, at)) {
        from = named_inside_quotation(quote_.person, at) ? quote_before_ : quote_;
        // Nor to a subject named inside, through the subjects past her: in "Solheim met Arne
        // Bakke. “Solheim is naive,” she said." the speaker is someone else.
        if (named_inside_quotation(pattern.subject, at)) {
            from.past = PastSubjects{};
        }
    } else if (pattern.kind == Pattern::Kind::pronoun && quoted_ && quote_sentence_ == index_ &&
               from.person == quote_.person && from.person != kNobody &&
               speaks_in_tag(from.person,
                             quotation_tag_name(lexicon_, sentence, words, quote_open_, at))) {
        // `“They are honest with us,” Ilves said` (Ilves named last): a speaker's "she" or
        // "they" is someone else, the one named before her.
        from = quote_before_;
    } else if (pattern.kind == Pattern::Kind::pronoun && binder_last_ != kNoToken &&
               binder_subject_ == kNobody && at >= 3 && binder_last_ == at - 3 &&
               words.text(sentence, at - 2) == "," &&
               text::folds_to(words.text(sentence, at - 1), "whom") && he_or_she()) {
        // "Arne Bakke, whom she called reckless,": the subject of a relative clause on the
        // person just named is someone else, the one named before him ("whom he called" is not
        // Bakke either); not a possessive ("whom his aide called").
        from = before_;
    } else if (pattern.kind == Pattern::Kind::pronoun && labels_past_a_speaker(at)) {
        // "“He's honest,” said Anne Kirby. Another fan ... called him a bottler": the one the
        // speaker spoke of, not the speaker.
        from = speaker_before_;
    } else if (pattern.kind == Pattern::Kind::pronoun && he_or_she() && speaks_as_witness(at)) {
        // "A former student, Ewa Nowak, recalls that she rarely praised anyone": the witness was
        // brought in to speak of the one named before her (task s3).
        from = witness_.before;
    } else if (pattern.kind == Pattern::Kind::pronoun && binder_last_ == kNoToken && he_or_she() &&
               named_later_in_clause(from.person, at)) {
        // "Smit pressed Orlov. He later cornered Orlov": whoever was named before.
        from = before_;
    } else if (pattern.kind == Pattern::Kind::pronoun && binder_last_ != kNoToken &&
               binds_object_pronoun(sentence, words, binder_last_, at)) {
        // "She praised her": not the one who praised; but "He called her reckless" past a
        // subject whose pronouns do not include "her" is someone named before him.
        const std::uint32_t binder = binder_subject_ != kNobody ? binder_subject_ : now_.person;
        // "Orlov assured him" after "Smit called Orlov": a subject named by name who may be
        // "him" is not, so it is whoever was named before him, as past a person who is no
        // subject (whom the analysis of one subject alone reads so).
        const bool past_named_subject = binder_subject_ == kNobody && binder != kNobody &&
                                        binder != kOther && binder != pattern.subject &&
                                        carries_pronoun(binder, at);
        if (binder != kOther && !past_named_subject) {
            if (binder == kNobody || binder == pattern.subject || carries_pronoun(binder, at)) {
                return false;
            }
        } else {
            from = before_;
        }
    }
    // "Falk calls the mayor reckless": a title right after the verb of a person who is no
    // subject, named just before it, is someone else than that person, as "him" is.
    if (pattern.kind == Pattern::Kind::title && pattern.own_title && from.person == kOther &&
        binder_last_ != kNoToken && binder_subject_ == kNobody &&
        persons_verb_before(sentence, words, binder_last_, at) != kNoVerb) {
        from.person = before_.person;
        from.subject = before_.subject;
    }
    // Past another subject named since, whose titles are known not to be this one; not past a
    // person who is no subject, who may carry it ("Rutte met Theresa May, the British prime
    // minister. The prime minister ...").
    if (pattern.kind == Pattern::Kind::title && pattern.own_title && from.person != kOther &&
        pattern.subject < 64 && (named_in_paragraph_ >> pattern.subject & 1U) != 0) {
        return true;
    }
    // Before anyone is named in the paragraph, a title of one subject's own can stand for no
    // one else: "The governor was decisive." opening a paragraph; nor after only other subjects,
    // whose titles are known not to be this one ("Tobias Wendt struck. The chief executive was
    // stubborn."). Not one whose holder the words after it name: "The governor of the
    // Bundesbank", "The governor, Jens Weidmann,", "The governor Jens Weidmann".
    if (pattern.kind == Pattern::Kind::title && pattern.own_title &&
        (from.person == kNobody || (from.person != kOther && !other_named_in_paragraph_))) {
        std::size_t after = at + pattern.keys.size();
        if (after + 1 < words.tokens.size() && words.text(sentence, after) == ",") {
            ++after;
        }
        return after >= words.tokens.size() || !is_word(words, after) ||
               (words.lower(sentence, after) != "of" &&
                !starts_with_capital(words.text(sentence, after)));
    }
    if (pattern.kind == Pattern::Kind::pronoun && from.person == title_taker_ &&
        from.person == now_.person && pattern.subject == title_over_ &&
        !carries_pronoun(from.person, at)) {
        return true;
    }
    // A person of unknown gender whom a pronoun of the other gender keeps in this sentence is
    // not this one's: "Tomas Lund said she called him rash" (him is Lund). Past another person,
    // as though the text told her gender. Only past the one person named since the subject: the
    // flags stand for all of them ("met Anna Berg and Karl Mohr. She thought he ..." stays
    // open). The sentence scan comes last: it matters only for such a person.
    if (pattern.kind == Pattern::Kind::pronoun) {
        const bool undecided_subject = from.person == pattern.subject &&
                                       subject_may_be(from.person, Gender::masculine) &&
                                       subject_may_be(from.person, Gender::feminine);
        const bool one_other = from.person == kOther && from.person == now_.person &&
                               others_since_subject_ == 1 && now_.other.gender == Gender::unknown;
        if ((undecided_subject || one_other) && gives_way_to_other_gender(sentence, words, at)) {
            if (undecided_subject) {
                return false;
            }
            (pattern.gender == Gender::masculine ? from.masculine : from.feminine) = false;
        }
    }
    return from.person == pattern.subject ||
           (from.person == kOther && from.subject == pattern.subject &&
            pattern.kind == Pattern::Kind::pronoun &&
            ((pattern.gender == Gender::masculine && !from.masculine) ||
             (pattern.gender == Gender::feminine && !from.feminine))) ||
           (pattern.kind == Pattern::Kind::pronoun &&
            ((pattern.gender == Gender::masculine && from.past.masculine == pattern.subject) ||
             (pattern.gender == Gender::feminine && from.past.feminine == pattern.subject)));
}

void ParagraphReferences::continue_subject(const Pattern& pattern, std::uint32_t first,
                                           std::uint32_t last) {
    if (pattern.kind == Pattern::Kind::title && now_.person != kOther) {
        // The paragraph's first reference, or one past other subjects only ("Tobias Wendt
        // struck. The chief executive was stubborn. She ..."): a pronoun after it continues her,
        // as after her name; one she does not carry still goes to the subject named before
        // ("He ...": Wendt).
        if (now_.person != pattern.subject) {
            title_over_ = now_.person;
            title_taker_ = now_.person == kNobody ? kNobody : pattern.subject;
        }
        now_.person = pattern.subject;
        now_.subject = pattern.subject;
        note_subject_named(pattern.subject);
        now_.masculine = false;
        now_.feminine = false;
        others_since_subject_ = 0;
        now_.other = {nullptr, Gender::unknown, last};
        named_in_sentence_.push_back(now_.other);
        if (pattern.subject < 64) {
            named_in_paragraph_ |= std::uint64_t{1} << pattern.subject;
        }
    }
    // "The envoy was not deferential to Wolan; he was careful": a title that opens the sentence
    // is the first clause's subject, as a name there is.
    if (pattern.kind == Pattern::Kind::title && opens_sentence(first) &&
        now_.person == pattern.subject) {
        remember_opener(last);
    }
    binder_last_ = last;
    binder_subject_ = pattern.subject;
}

bool ParagraphReferences::leaves_unresolved(const Pattern& pattern, std::uint32_t at) const {
    // "Tomas Reiner accused her of fraud" opening a paragraph: "her" is not Reiner, and no one
    // else is named before it.
    const bool bound_to_the_only_one = now_.person == kOther && before_.person == kNobody &&
                                       pattern.kind == Pattern::Kind::pronoun &&
                                       binder_last_ != kNoToken &&
                                       binds_object_pronoun(sentence_, *words_, binder_last_, at);
    // "Valcourt changed her mind. She called him bold": everyone named before it in the
    // paragraph is, as the text tells, of the other gender.
    const bool ruled_out = now_.person == kOther && now_.subject == kNobody &&
                           pattern.kind == Pattern::Kind::pronoun &&
                           ((pattern.gender == Gender::masculine && !now_.masculine) ||
                            (pattern.gender == Gender::feminine && !now_.feminine));
    // "Wolan's aides called the envoy naive": a subject's title does not reach past another
    // person named since, who may hold it; said, not silent.
    const bool title_past_another = pattern.kind == Pattern::Kind::title && now_.person == kOther;
    return now_.person == kNobody || bound_to_the_only_one || ruled_out || title_past_another;
}

void ParagraphReferences::end_sentence() {
    if (told_ && now_.person == kOther && others_since_subject_ == 1 &&
        now_.other.last == told_last_) {
        now_.masculine = told_may_be_masculine_;
        now_.feminine = told_may_be_feminine_;
    }
    // The person named last is the speaker her quotation's tag names.
    if (now_.person == kOther && quote_sentence_ == index_ && binder_last_ != kNoToken &&
        binder_subject_ == kNobody && now_.other.last == binder_last_ &&
        binder_last_ > quote_open_) {
        const std::string_view tag =
            quotation_tag_name(lexicon_, sentence_, *words_, quote_open_, quote_open_ + 1);
        if (!tag.empty() && tag == words_->text(sentence_, binder_last_)) {
            speaker_sentence_ = index_;
            speaker_last_ = binder_last_;
            speaker_before_ = before_;
        }
    }
}

bool ParagraphReferences::labels_past_a_speaker(std::uint32_t at) const {
    if (speaker_sentence_ + 1 != index_ || binder_last_ != kNoToken || at == 0 ||
        now_.person != kOther || now_.other.last != speaker_last_ ||
        speaker_before_.person == kNobody || speaker_before_.person == kOther) {
        return false;
    }
    const std::string_view pronoun = words_->lower(sentence_, at);
    return (pronoun == "him" || pronoun == "her" || pronoun == "them") &&
           is_word(*words_, at - 1) && is_labelling_verb_form(words_->lower(sentence_, at - 1));
}

std::optional<HolderReferent>
ParagraphReferences::pronoun_holder(std::uint32_t at, std::string_view pronoun,
                                    std::optional<std::span<const Cue>> previous_sentence) const {
    const Words& words = *words_;
    const std::string_view sentence = sentence_;
    for (const auto& m : *mentioned_) {
        if (m.token == at) {
            return person_referent(subjects_[m.subject].name);
        }
    }
    // "Arne Bakke, who called her reckless, left": the relative "who" after a name and its
    // comma is that person (a subject or another), as assign_holder_subjects reads it; not a
    // question's "who" ("asked Bakke who called her reckless").
    if (pronoun == "who") {
        if (at < 2 || words.text(sentence, at - 1) != ",") {
            return std::nullopt;
        }
        for (const auto& m : *mentioned_) {
            if (m.last == at - 2 && m.subject != Cue::kNoOwner) {
                return person_referent(subjects_[m.subject].name);
            }
        }
        for (const auto& p : named_in_sentence_) {
            if (p.last == at - 2 && p.name != nullptr) {
                return person_referent(*p.name);
            }
        }
        return std::nullopt;
    }
    if (pronoun == "they" || pronoun == "their") {
        return previous_sentence ? group_referent(*previous_sentence) : std::nullopt;
    }
    // Past a quotation, as resolves() looks; else the person named last before the pronoun.
    const NamedPerson* other = &sentence_other_;
    bool named = sentence_person_ == kOther;
    if (quoted_ && after_closing_quote(sentence, words, at)) {
        // Not the subject the quotation names: the one named before her.
        const bool named_inside = named_inside_quotation(quote_.person, at);
        other = named_inside ? &quote_before_.other : &quote_.other;
        named = (named_inside ? quote_before_.person : quote_.person) == kOther;
    } else {
        // "Arne Bakke, whom she called reckless": not the one the relative clause is about, as
        // resolves() reads it.
        const bool relative = at >= 3 && words.text(sentence, at - 2) == "," &&
                              words.lower(sentence, at - 1) == "whom";
        for (const auto& p : named_in_sentence_) {
            if (p.last < at && !(relative && p.last == at - 3)) {
                other = &p;
                named = p.name != nullptr;
            }
        }
    }
    const Gender gender =
        pronoun == "he" || pronoun == "his" ? Gender::masculine : Gender::feminine;
    if (!named || other->name == nullptr ||
        (other->gender != Gender::unknown && other->gender != gender) ||
        (other->gender == Gender::unknown && gives_way_to_other_gender(sentence, words, at))) {
        return std::nullopt;
    }
    return person_referent(*other->name);
}

} // namespace redraft::claims::detail
