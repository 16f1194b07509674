// How the name scan reads a paragraph (name_scan.hpp): its runs of capitals, the words a place
// follows, its pronouns and what they may tell of the person named before them.
#include "claims/name_scan.hpp"

#include <redraft/text/byte_classes.hpp>

#include <algorithm>
#include <bit>

#include "claims/word_classes.hpp"

namespace redraft::claims::name_scan {

std::string_view trim_word_ends(std::string_view w) {
    while (!w.empty()) {
        if (w.back() == '\'' || w.back() == '-') {
            w.remove_suffix(1);
        } else if (punctuation_at_end(w)) {
            w.remove_suffix(3);
        } else {
            break;
        }
    }
    while (!w.empty()) {
        if (w.front() == '\'' || w.front() == '-') {
            w.remove_prefix(1);
        } else if (punctuation_at_start(w)) {
            w.remove_prefix(3);
        } else {
            break;
        }
    }
    return w;
}

namespace {

using detail::gender_of_pronoun;
using detail::is_acronym;
using detail::is_literal;
using detail::kParticleLengths;
using detail::labels_by_letter;
using detail::may_be_non_name_word;
using detail::starts_upper;

// The words the name scan reacts to that start with a lowercase letter: the personal pronouns
// (gender_of_pronoun), the words a place follows ("the", "in", "at", and "of" and "for" after an
// institution's head word) and the particles.
constexpr std::string_view kPronouns[] = {"he",  "him", "his",  "himself",
                                          "she", "her", "hers", "herself"};
constexpr std::string_view kPlaceWords[] = {"the", "in", "at", "of", "for"};

// Bit n (n up to 15, 15 for longer words) of the entry of a word's first byte: a word of n bytes
// starting with it may be one the name scan reacts to. Every length for a capital, a byte from
// 0x80 on (a capital "É", a curly quote) and any letter's uppercase form; no length for a digit.
// Most words of a text are lowercase and none of these: the scan only notes that they were read.
constexpr std::array<std::uint16_t, 256> kNoticedLengths = [] {
    std::array<std::uint16_t, 256> lengths{};
    const auto note = [&](std::string_view word) {
        lengths[static_cast<unsigned char>(word[0])] |=
            static_cast<std::uint16_t>(1u << word.size());
    };
    for (const std::string_view word : kPronouns) {
        note(word);
    }
    for (const std::string_view word : kPlaceWords) {
        note(word);
    }
    for (unsigned c = 0; c < 256; ++c) {
        if ((c >= 'A' && c <= 'Z') || c >= 0x80) {
            lengths[c] = 0xFFFF;
        } else if (c >= 'a' && c <= 'z') {
            lengths[c] |= static_cast<std::uint16_t>(kParticleLengths[c]);
        }
    }
    return lengths;
}();

// Lowercase nouns whose "of" names a place: an office held over one ("mayor of Kestrel Bay",
// "governor of New Amsterdam") or a settlement or part of one ("the town of Port Ellery", "the
// outskirts of Santa Rita"). No person is the mayor or the outskirts of someone; a possessive
// after them is ("the city of Anna Berg's birth"). Not words as often said of a person
// ("the president of Anna Berg", "the centre of her campaign").
bool names_a_place_after_of(std::string_view word) {
    static const WordSet nouns = {"mayor",   "mayors",     "governor", "governors", "king",
                                  "queen",   "prince",     "princess", "duke",      "duchess",
                                  "bishop",  "archbishop", "emperor",  "city",      "town",
                                  "village", "state",      "province", "county",    "district",
                                  "island",  "capital",    "port",     "suburbs",   "outskirts"};
    return nouns.contains(word);
}

// Whether a "her" right after a person's verb, with `verb` (lowercase) before it and `next` after
// it (empty for punctuation), owns no noun phrase and so is an object: before punctuation, a
// preposition, a determiner, a conjunction or an adverb of manner ("asked her to", "told her
// the", "praised her and", "has not served her well"), or after a verb that labels ("called her
// reckless"); "praised her team" may be her own. The adverbs are a short list: many words in
// -ly describe a noun after a possessive ("her early work", "her only child").
bool her_is_object(std::string_view verb, std::string_view next) {
    static const WordSet before = {
        "to",     "of",      "for",      "with",     "in",        "at",     "on",
        "by",     "from",    "as",       "and",      "or",        "but",    "a",
        "an",     "the",     "that",     "this",     "into",      "about",  "over",
        "out",    "up",      "off",      "after",    "when",      "before", "because",
        "if",     "than",    "again",    "back",     "down",      "once",   "twice",
        "too",    "so",      "while",    "since",    "well",      "badly",  "poorly",
        "warmly", "harshly", "unfairly", "publicly", "privately", "openly", "repeatedly"};
    return next.empty() || before.contains(next) || detail::is_labelling_verb_form(verb);
}

// Whether `word` (as written) is a verb that gives a name to its object: a labelling verb
// ("called her", "dubbed him") or one of naming ("named her", "christened him").
bool gives_a_name(std::string_view word) {
    static const WordSet naming = {"name",      "names",      "named",      "naming",
                                   "nickname",  "nicknames",  "nicknamed",  "christen",
                                   "christens", "christened", "christening"};
    return detail::is_labelling_verb_form(word) || naming.contains(word);
}

// Whether `word` (as written) opens an appositive that describes the person named before its
// comma: a determiner or a possessive ("Nadia Korsgaard, a senator,", "..., his deputy,").
bool opens_appositive(std::string_view word) {
    static const WordSet openers = {"a", "an", "the", "his", "her", "their", "one"};
    return openers.contains(word);
}

// Whether `word` (as written) is a verb of saying, knowing or belief whose clause may follow it
// with no "that" or after one ("Brandt said she was careless", "Reyes believed that he"): the
// "he" or "she" opening that clause is as often someone else as the speaker.
bool reports_clause(std::string_view word) {
    static const WordSet verbs = {
        "say",      "says",      "said",       "think",       "thinks",       "thought",
        "believe",  "believes",  "believed",   "feel",        "feels",        "felt",
        "argue",    "argues",    "argued",     "insist",      "insists",      "insisted",
        "claim",    "claims",    "claimed",    "add",         "adds",         "added",
        "write",    "writes",    "wrote",      "warn",        "warns",        "warned",
        "note",     "notes",     "noted",      "know",        "knows",        "knew",
        "admit",    "admits",    "admitted",   "concede",     "concedes",     "conceded",
        "recall",   "recalls",   "recalled",   "suggest",     "suggests",     "suggested",
        "complain", "complains", "complained", "explain",     "explains",     "explained",
        "declare",  "declares",  "declared",   "announce",    "announces",    "announced",
        "hope",     "hopes",     "hoped",      "fear",        "fears",        "feared",
        "doubt",    "doubts",    "doubted",    "suspect",     "suspects",     "suspected",
        "realize",  "realizes",  "realized",   "realise",     "realises",     "realised",
        "state",    "states",    "stated",     "maintain",    "maintains",    "maintained",
        "assume",   "assumes",   "assumed",    "deny",        "denies",       "denied",
        "predict",  "predicts",  "predicted",  "promise",     "promises",     "promised",
        "expect",   "expects",   "expected",   "acknowledge", "acknowledges", "acknowledged",
        "agree",    "agrees",    "agreed",     "worry",       "worries",      "worried",
        "reckon",   "reckons",   "reckoned",   "allege",      "alleges",      "alleged",
        "testify",  "testifies", "testified",  "guess",       "guesses",      "guessed"};
    return verbs.contains(word);
}

// Reads one paragraph's words and the bytes between them for scan_names. Most words are plain
// lowercase words that only end a name: on_word handles those in a few instructions and leaves
// everything else (capitals, pronouns, the words after a name's comma) to functions of their own,
// so that the scan's loop keeps its few variables in registers.
class ParagraphReader {
public:
    // `run` and `pending` are empty, and reused from paragraph to paragraph.
    ParagraphReader(Scan& scan, const document::Paragraph& paragraph,
                    std::vector<std::string_view>& run, std::vector<std::string_view>& pending)
        : scan_(scan), text_(paragraph.text),
          heading_(paragraph.kind == document::BlockKind::heading), run_(run), pending_(pending) {}

    [[gnu::always_inline]] void on_word(std::string_view word) {
        if (word.empty()) {
            close_run();
            return;
        }
        ++words_read_;
        if (follow_up_) {
            read_after_name(word);
        }
        // Most words: no pronoun, particle, capital or word before a place; they only close a
        // name.
        if (((kNoticedLengths[static_cast<unsigned char>(word[0])] >>
              std::min<std::size_t>(word.size(), 15)) &
             1) == 0) {
            after_place_word_ = false;
            opens_ = false;
            before_previous_ = previous_;
            previous_ = word;
            if (open_) {
                close_open_run(word.front() >= '0' && word.front() <= '9');
            }
            return;
        }
        on_noticed_word(word);
    }

    void on_separator(unsigned char c) {
        // Anything but white space between two capitalized words ends a name.
        if (c != ' ' && c != '\n') {
            on_punctuation(c);
        }
    }

    void finish() { close_run(); }

private:
    // Where the last person's name (not a possessive) ended, as a count of the paragraph's
    // words, past at most an appositive's comma right after it: a "him" or "her" one to three
    // words later is the object of that person's verb ("Tomas Reiner accused her", "The
    // chairman, Douglas Whitcombe, has never liked him"). kFar otherwise.
    static constexpr std::uint32_t kFar = UINT32_MAX;
    static constexpr std::uint32_t kVerbWords = 3;

    void close_run(bool before_number = false) {
        if (open_) {
            close_open_run(before_number);
        }
    }

    [[gnu::noinline]] void close_open_run(bool before_number) {
        if (run_given_ && !run_.empty() &&
            without_possessive(run_.back()).size() == run_.back().size()) {
            name_end_ = kFar; // "called her Northmere Ring": a name given to her, no one new
        } else if (run_.size() == 1) { // most runs: split by no loop
            const std::string_view word = run_[0];
            const std::string_view base = without_possessive(word);
            const bool named = scan_.add_word_run(word, base, run_opens_, run_placed_);
            name_end_ = named && base.size() == word.size() ? run_last_ : kFar;
        } else if (!run_.empty()) {
            const std::size_t segments = scan_.segments.size();
            if (run_has_initial_) {
                split_after_sentence_letter();
            }
            scan_.add_run(run_, run_opens_, heading_, run_placed_, before_number);
            const bool named = scan_.segments.size() > segments &&
                               without_possessive(run_.back()).size() == run_.back().size();
            name_end_ = named ? run_last_ : kFar;
        }
        run_.clear();
        pending_.clear();
        open_ = false;
        run_has_initial_ = false;
        run_given_ = false;
    }

    // Initials stand before one last name (its particles aside): where two or more name words
    // follow the last one, the letter ended a sentence ("We chose Plan B. Mark Arden spoke"), so
    // the words before it and the letter are a run of their own, and the rest opens a sentence.
    void split_after_sentence_letter() {
        std::size_t last = run_.size();
        for (std::size_t k = 0; k < run_.size(); ++k) {
            last = is_initial(run_[k]) ? k : last;
        }
        if (last == run_.size() ||
            std::count_if(run_.begin() + static_cast<std::ptrdiff_t>(last) + 1, run_.end(),
                          [](std::string_view w) { return !name_particle(w); }) < 2) {
            return;
        }
        const std::vector<std::string_view> before(
            run_.begin(), run_.begin() + static_cast<std::ptrdiff_t>(last) + 1);
        scan_.add_run(before, run_opens_, heading_, run_placed_, false);
        run_.erase(run_.begin(), run_.begin() + static_cast<std::ptrdiff_t>(last) + 1);
        run_opens_ = true;
        run_placed_ = false;
    }

    void update_follow_up() { follow_up_ = comma_after_name_ || pending_her_ != SIZE_MAX; }

    // The word after a name's comma, or after a "her" whose next word tells whether it owns a
    // noun phrase.
    [[gnu::noinline]] void read_after_name(std::string_view word) {
        if (comma_after_name_) {
            comma_after_name_ = false;
            if (opens_appositive(word)) {
                appositive_from_ = words_read_;
            }
            in_relative_ = is_literal(word, "who");
        }
        if (pending_her_ != SIZE_MAX) {
            scan_.pronouns[pending_her_].tells_nothing = her_is_object(before_her_, word);
            pending_her_ = SIZE_MAX;
        }
        follow_up_ = false;
    }

    [[gnu::noinline]] void on_punctuation(unsigned char c) {
        if (c == '.' && open_ && !run_.empty() && is_initial(run_.back()) &&
            previous_.data() == run_.back().data()) {
            return; // "J. K. Arden": the initial's stop, read with it; the name goes on
        }
        close_run();
        if (pending_her_ != SIZE_MAX) {
            scan_.pronouns[pending_her_].tells_nothing = true; // "accused her."
            pending_her_ = SIZE_MAX;
        }
        if (c == ',' && appositive_from_ != kFar && words_read_ <= appositive_from_ + 5) {
            name_end_ = words_read_; // "Nadia Korsgaard, a senator," as "Nadia Korsgaard,"
            appositive_from_ = kFar;
            comma_after_name_ = false;
            update_follow_up();
            return;
        }
        appositive_from_ = kFar;
        in_relative_ = false;
        comma_after_name_ = c == ',' && name_end_ == words_read_;
        update_follow_up();
        if (c != ',' || name_end_ != words_read_) {
            name_end_ = kFar;
        }
        after_place_word_ = false;
        after_office_of_ = false;
        // A full stop after a title or an initial ("Mr.", "J.") ends no sentence; after a letter
        // that labels a noun ("Plan B.", "Group B.") it does.
        const bool abbreviation =
            c == '.' && ((may_be_non_name_word(previous_) && is_non_name_word(previous_)) ||
                         (previous_.size() == 1 && starts_upper(previous_) &&
                          !(starts_upper(before_previous_) && labels_by_letter(before_previous_))));
        if ((c == '.' || c == '!' || c == '?' || c == ':') && !abbreviation) {
            opens_ = true;
            ++scan_.sentence;
        }
    }

    [[gnu::noinline]] void on_noticed_word(std::string_view word) {
        if (const auto first = static_cast<unsigned char>(word[0]);
            (static_cast<unsigned char>(first - 'A') < 26 ||
             (first >= 0x80 && starts_upper(word))) &&
            word.data() != text_.data() && (word.data()[-1] == ' ' || word.data()[-1] == '\n')) {
            scan_.capitals.push_back(static_cast<std::uint32_t>(word.data() - text_.data()));
        }
        if (const Gender gender = gender_of_pronoun(word); gender != Gender::unknown) {
            on_pronoun(word, gender);
            return;
        }
        const bool at_start = opens_ || heading_;
        const bool placed = after_place_word_;
        const bool placed_by_office = after_office_of_;
        // After "the", "in", "at", and after the "of" of an institution's head word ("the
        // Institute of Molecular Biology", "Museum of Modern Art").
        after_office_of_ = is_literal(word, "of") && names_a_place_after_of(previous_);
        after_place_word_ =
            is_literal(word, "the") || is_literal(word, "in") || is_literal(word, "at") ||
            ((is_literal(word, "of") || is_literal(word, "for")) && starts_upper(previous_) &&
             is_organization_head(without_possessive(previous_))) ||
            after_office_of_;
        opens_ = false;
        before_previous_ = previous_;
        if (const std::string_view initial = as_initial(word); !initial.empty()) {
            word = initial; // "J." of "J. K. Arden": a given name, read with its stop
            run_has_initial_ = true;
        }
        previous_ = word;
        if (starts_upper(word) && !is_acronym(word)) {
            if (run_.empty()) {
                run_opens_ = pending_.empty() ? at_start : pending_opens_;
                run_placed_ = pending_.empty() ? placed : pending_placed_;
                run_by_office_ = pending_.empty() && placed_by_office;
                run_given_ =
                    pending_.empty() && name_given_at_ != kFar && name_given_at_ + 1 == words_read_;
            }
            run_.insert(run_.end(), pending_.begin(), pending_.end());
            pending_.clear();
            run_.push_back(word);
            open_ = true;
            run_last_ = words_read_;
            if (without_possessive(word).size() != word.size()) {
                // "the city of Anna Berg's birth": a person's, not a place.
                run_placed_ = run_placed_ && !run_by_office_;
                close_run(); // "Hungary's Victor Orban": a possessive ends the name
            }
        } else if (name_particle(word) && pending_.size() < 3) {
            if (run_.empty() && pending_.empty()) {
                pending_opens_ = at_start;
                pending_placed_ = placed;
            }
            pending_.push_back(word);
            open_ = true;
        } else {
            close_run(word.front() >= '0' && word.front() <= '9');
        }
    }

    // Whether `word` stands right after an opening quotation mark, '"' or a curly one: a "She"
    // opening a sentence there opens the quotation, whose speaker may be named after it.
    bool quote_before(std::string_view word) const {
        const auto at = static_cast<std::size_t>(word.data() - text_.data());
        return (at >= 1 && text_[at - 1] == '"') ||
               (at >= 3 && text_.substr(at - 3, 3) == "\xE2\x80\x9C");
    }

    // Whether `word` follows a closing quotation mark and a space (",\" he told"): the speaker
    // of the quotation before it.
    bool speaker_after_quote(std::string_view word) const {
        const auto at = static_cast<std::size_t>(word.data() - text_.data());
        return at >= 2 && text_[at - 1] == ' ' &&
               (text_[at - 2] == '"' || (at >= 4 && text_.substr(at - 4, 3) == "\xE2\x80\x9D"));
    }

    // A capital letter and its full stop right after it, before a space or another letter ("J.
    // K. Arden", "J.K. Arden"), as one word "J.", else empty: opening a name, after initials, or
    // after one given name ("Jane K. Arden"). Not "I" opening one (the pronoun ending a
    // sentence: "better than I. Arden ..."), nor a letter after two words or an organization's
    // ("World War I.", "Group B."), which more likely ends a sentence.
    std::string_view as_initial(std::string_view word) const {
        if (word.size() != 1 || word[0] < 'A' || word[0] > 'Z' || (word[0] == 'I' && !open_) ||
            !pending_.empty()) {
            return {};
        }
        if (!run_.empty() && !std::all_of(run_.begin(), run_.end(), is_initial) &&
            (run_.size() > 1 || labels_by_letter(without_possessive(run_[0])))) {
            return {};
        }
        const std::size_t at = static_cast<std::size_t>(word.data() - text_.data());
        if (at + 2 >= text_.size() || text_[at + 1] != '.') {
            return {};
        }
        const char next = text_[at + 2];
        return next == ' ' || (next >= 'A' && next <= 'Z') ? text_.substr(at, 2)
                                                           : std::string_view{};
    }

    void on_pronoun(std::string_view word, Gender gender) {
        close_run();
        if ((is_literal(word, "her") || is_literal(word, "him")) && gives_a_name(previous_)) {
            name_given_at_ = words_read_;
        }
        const bool after_verb = name_end_ != kFar && words_read_ > name_end_ + 1 &&
                                words_read_ <= name_end_ + 1 + kVerbWords &&
                                scan_.segments.back().sentence == scan_.sentence;
        const bool him = is_literal(word, "him");
        const bool appositive_owner = appositive_from_ == words_read_; // "his deputy"
        // "said she was", "believed that he had": the reported clause's subject.
        const bool reported = !opens_ && (is_literal(word, "he") || is_literal(word, "she")) &&
                              (reports_clause(previous_) ||
                               (is_literal(previous_, "that") && reports_clause(before_previous_)));
        // "Lasalle-Brauer has been right more often than he has": the standard compared with is
        // most often someone else (QA pass q29: it made her gender unknown).
        const bool compared = is_literal(previous_, "than");
        if (opens_ && (is_literal(word, "He") || is_literal(word, "She"))) {
            if (quote_before(word)) {
                quoted_opener_sentence_ = scan_.sentence; // the quotation's, not the sentence's
            } else {
                opener_ = gender;
                opener_sentence_ = scan_.sentence;
            }
        } else if (quoted_opener_sentence_ == scan_.sentence &&
                   opener_sentence_ != scan_.sentence &&
                   (is_literal(word, "he") || is_literal(word, "she")) &&
                   speaker_after_quote(word)) {
            // '"She plays to the gallery," he told reporters': the speaker after the quotation
            // is the sentence's subject, and the "She" it quotes someone else.
            opener_ = gender;
            opener_sentence_ = scan_.sentence;
            for (std::size_t k = scan_.pronouns.size();
                 k > 0 && scan_.pronouns[k - 1].sentence == scan_.sentence; --k) {
                scan_.pronouns[k - 1].sentence_opener = gender;
            }
        }
        scan_.pronouns.push_back(
            {static_cast<std::uint32_t>(scan_.segments.size()), scan_.sentence, scan_.paragraph,
             gender, opener_sentence_ == scan_.sentence ? opener_ : Gender::unknown,
             ((after_verb || in_relative_) && him) || appositive_owner || reported || compared});
        if (appositive_owner) {
            before_previous_ = previous_;
            previous_ = word;
            return; // the appositive goes on: its closing comma is the name's
        }
        if ((after_verb || in_relative_) && is_literal(word, "her")) {
            pending_her_ = scan_.pronouns.size() - 1;
            before_her_ = previous_;
            update_follow_up();
        }
        name_end_ = kFar;
        opens_ = false;
        before_previous_ = previous_;
        previous_ = word;
        after_place_word_ = false;
        after_office_of_ = false;
    }

    Scan& scan_;
    std::string_view text_;
    // A heading capitalizes every word: none of its capitals tells a name.
    bool heading_ = false;
    std::vector<std::string_view>& run_;
    std::vector<std::string_view>& pending_; // particles waiting for a capitalized word
    bool open_ = false;            // a run or particles wait: run_ or pending_ holds words
    bool run_has_initial_ = false; // run_ holds an initial ("J.")
    bool opens_ = true;            // the next word opens a sentence
    bool run_opens_ = false;
    bool pending_opens_ = false;
    // The next word is read by read_after_name: comma_after_name_ or pending_her_.
    bool follow_up_ = false;
    std::string_view previous_;        // the last word read
    std::string_view before_previous_; // the word before it ("said" in "said that she")
    bool after_place_word_ = false;    // right after "the", "in" or "at"
    bool run_placed_ = false;
    bool pending_placed_ = false;
    bool after_office_of_ = false; // right after the "of" of "mayor of", "town of"
    bool run_by_office_ = false;
    // The words read at a "her" or "him" after a verb that gives a name ("called her", "named
    // him"), and whether the run being read follows it right away: a name given to that
    // person (or to her work: "called her Northmere Ring 'mannered'"), no one new.
    std::uint32_t name_given_at_ = kFar;
    bool run_given_ = false;
    std::uint32_t words_read_ = 0;
    std::uint32_t run_last_ = 0; // the count at the run's last word
    std::uint32_t name_end_ = kFar;
    // A "her" so placed, whose next word tells whether it owns a noun phrase, and the word
    // before it.
    std::size_t pending_her_ = SIZE_MAX;
    std::string_view before_her_;
    // The gender of the pronoun that opened the sentence being read, and that sentence.
    Gender opener_ = Gender::unknown;
    std::uint32_t opener_sentence_ = UINT32_MAX;
    // A sentence that opened with a quotation whose first word was "He" or "She": a "he" or
    // "she" after the quotation's end is its speaker, the sentence's subject.
    std::uint32_t quoted_opener_sentence_ = UINT32_MAX;
    // An appositive after the name's comma ("Nadia Korsgaard, his deputy, has called him"):
    // the words read at its first word, while it is open. Its closing comma counts as the
    // name's, so the verb after it is the person's; a possessive opening it names whose
    // deputy she is (someone else: she would be "her own"), so it is not her pronoun.
    std::uint32_t appositive_from_ = kFar;
    bool comma_after_name_ = false;
    // A relative clause after the name's comma ("Daniel Brandt, who sat beside her"), open
    // to the next punctuation: its "who" is that person, so a "him" or "her" it takes as an
    // object is someone else (that person would be "himself").
    bool in_relative_ = false;
};

} // namespace

// The name runs of a document: a scan of words and the bytes between them rather than the
// tokenizer, since only capitalized words and particles matter. Most words are ASCII letters and
// digits between spaces, found by a window of the bytes' classes (text::window_at) rather than
// byte by byte. `by_window`: false reads every byte, as scan_words does: the reference the
// windows are tested against (find_people_bytewise).
Scan scan_names(const std::vector<const document::Paragraph*>& paragraphs, bool by_window) {
    Scan scan;
    scan.marks.reserve(paragraphs.size());
    std::vector<std::string_view> run;
    std::vector<std::string_view> pending;
    for (const document::Paragraph* const read : paragraphs) {
        const document::Paragraph& paragraph = *read;
        scan.marks.push_back(scan.here(read));
        scan.capitals_from.push_back(static_cast<std::uint32_t>(scan.capitals.size()));
        ++scan.paragraph;
        ++scan.sentence;
        ParagraphReader reader(scan, paragraph, run, pending);
        // A window of 64 bytes at a time: its events are the starts of its runs of ASCII letters
        // and digits and every byte that is none of those, a space or a line break (punctuation,
        // UTF-8, "'", "-", other white space), read in order; spaces and line breaks, which
        // on_separator passes over, are never looked at.
        const char* const data = paragraph.text.data();
        const std::size_t size = paragraph.text.size();
        std::size_t i = 0;
        while (i < size) {
            const std::size_t base = i;
            std::size_t limit = 0; // bytes [base, base + limit) are read from this window
            text::Window window;
            if (by_window) {
                window = text::window_at<true>(reinterpret_cast<const std::uint8_t*>(data), size,
                                               base, limit);
            } else {
                limit = std::min<std::size_t>(size - base, 63); // every byte an event
            }
            const std::uint64_t letters = window.word;
            std::uint64_t events = ((letters & ~(letters << 1)) | ~(letters | window.blank)) &
                                   ((std::uint64_t{1} << limit) - 1);
            std::size_t read = 0; // from base
            while (events != 0) {
                const auto k = static_cast<std::size_t>(std::countr_zero(events));
                const char* const at = data + base + k;
                const auto run = static_cast<std::size_t>(std::countr_zero(~(letters >> k)));
                std::string_view word;
                if (run > 0 && !is_word_byte(static_cast<unsigned char>(at[run]))) {
                    // Letters and digits: nothing to trim, and no event inside them.
                    word = std::string_view(at, run);
                    read = k + run;
                    events &= events - 1;
                } else if (!is_word_byte(static_cast<unsigned char>(*at))) {
                    reader.on_separator(static_cast<unsigned char>(*at));
                    read = k + 1;
                    events &= events - 1;
                    continue;
                } else {
                    // A word with UTF-8, "'" or "-" in it, or that may go on past the window,
                    // byte by byte as scan_words reads it (the text's terminating zero ends it).
                    const char* end = at;
                    while (is_word_byte(static_cast<unsigned char>(*end))) {
                        ++end;
                    }
                    word = trim_word(std::string_view(at, static_cast<std::size_t>(end - at)));
                    read = static_cast<std::size_t>(end - (data + base));
                    events = read >= 64 ? 0 : events & (~std::uint64_t{0} << read);
                }
                reader.on_word(word);
            }
            i = base + std::max(read, limit);
        }
        reader.finish();
    }
    return scan;
}

// A scan of the paragraphs `picks` names (a scan and one of its marks each), in that order, as
// scan_names of those paragraphs alone would give it.
Scan select(const std::vector<std::pair<const Scan*, std::size_t>>& picks) {
    Scan out;
    for (const auto& [scan, m] : picks) {
        const Scan::Mark& from = scan->marks[m];
        const Scan::Mark to = m + 1 < scan->marks.size() ? scan->marks[m + 1] : scan->here(nullptr);
        out.marks.push_back(out.here(from.paragraph));
        ++out.paragraph;
        // Moved by modular arithmetic: the differences may be negative.
        const std::uint32_t word_shift = out.marks.back().words - from.words;
        const std::uint32_t segment_shift = out.marks.back().segments - from.segments;
        const std::uint32_t sentence_shift = out.sentence - from.sentence;
        out.words.insert(out.words.end(), scan->words.begin() + from.words,
                         scan->words.begin() + to.words);
        for (std::uint32_t k = from.segments; k < to.segments; ++k) {
            Segment segment = scan->segments[k];
            segment.first += word_shift;
            segment.end += word_shift;
            segment.sentence += sentence_shift;
            segment.paragraph = out.paragraph;
            out.segments.push_back(segment);
        }
        for (std::uint32_t k = from.pronouns; k < to.pronouns; ++k) {
            PronounAt pronoun = scan->pronouns[k];
            pronoun.segments += segment_shift;
            pronoun.sentence += sentence_shift;
            pronoun.paragraph = out.paragraph;
            out.pronouns.push_back(pronoun);
        }
        out.sentence = to.sentence + sentence_shift;
    }
    return out;
}

} // namespace redraft::claims::name_scan
