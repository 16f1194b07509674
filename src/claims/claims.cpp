#include <redraft/claims/claims.hpp>
#include <redraft/document/document.hpp>
#include <redraft/segment/segmenter.hpp>
#include <redraft/text/ascii.hpp>
#include <redraft/text/hash.hpp>
#include <redraft/text/normalize.hpp>
#include <redraft/text/tokens.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claims/attribution.hpp"
#include "claims/cue_search.hpp"
#include "claims/cue_senses.hpp"
#include "claims/holders.hpp"
#include "claims/mentions.hpp"
#include "claims/owners.hpp"
#include "claims/people.hpp"
#include "claims/quantities.hpp"
#include "claims/scope.hpp"
#include "claims/sentence_words.hpp"
#include "claims/word_classes.hpp"
#include "claims/word_starts.hpp"

namespace redraft::claims {

using namespace detail;
using namespace std::string_view_literals;
using Pattern = Analyzer::Pattern;

namespace {

double clamp_unit(double x) {
    return std::max(-1.0, std::min(1.0, x));
}

void set_weights(std::vector<CueSpan>& cues, const Lexicon& lexicon) {
    for (auto& span : cues) {
        auto& cue = span.cue;
        const auto& entry = lexicon.entry(cue.entry);
        if (!entry.polarity || cue.ambivalent) {
            continue;
        }
        double weight = *entry.polarity * cue.scale;
        // A negated hedge is still a hedge ("not necessarily" is no more certain); a negated
        // characterization or booster turns around.
        if (cue.negated &&
            (cue.kind == CueKind::characterization || cue.kind == CueKind::booster)) {
            weight = -weight;
        }
        // A denied accusation ("was never charged with fraud", "was not accused of"), an
        // evidential whose words also attribute, says no one made it: no doubt of the author's.
        if (cue.negated && cue.kind == CueKind::evidential &&
            std::any_of(cues.begin(), cues.end(), [&](const CueSpan& other) {
                return other.cue.kind == CueKind::attribution && other.first == span.first &&
                       other.last == span.last;
            })) {
            weight = 0.0;
        }
        // A report named by one word and denied ("she has never claimed to be an innovator",
        // "no allegation was made") says no such report exists: nothing second-hand to doubt.
        // Not an adverb ("did not, reportedly, resign": the report stands), nor a phrase whose
        // negation falls on what is reported ("is not thought to be reckless").
        if (cue.negated && cue.kind == CueKind::evidential && span.first == span.last &&
            !entry.term.ends_with("ly")) {
            weight = 0.0;
        }
        cue.weight = clamp_unit(weight);
    }
}

// A finished cue (a draft, or a cue of another analysis of the paragraph) as its claim keeps it,
// its words copied into `strings`, its paragraph analysis's. Most of a cue's eight strings are
// empty (no negation, modifier, holder or owner) and store nothing. The structured binding names
// every member of a cue, so that a member added to BasicCue and not here fails to compile.
template <typename Text>
Cue store_cue(const BasicCue<Text>& from, text::StringStore& strings) {
    const auto& [kind, entry, id, term, words, begin, end, dimension, ambivalent, negated, governs,
                 negation, scale, modifier, weight, holder, holder_key, holder_referent, partial,
                 owner, owner_subject, holder_subject] = from;
    Cue to;
    to.kind = kind;
    to.entry = entry;
    to.id = id;
    to.term = term;
    to.words = strings.add(words);
    to.begin = begin;
    to.end = end;
    to.dimension = dimension;
    to.ambivalent = ambivalent;
    to.negated = negated;
    to.governs = governs;
    to.negation = strings.add(negation);
    to.scale = scale;
    to.modifier = strings.add(modifier);
    to.weight = weight;
    to.holder = strings.add(holder);
    to.holder_key = strings.add(holder_key);
    to.holder_referent = strings.add(holder_referent);
    to.partial = strings.add(partial);
    to.owner = strings.add(owner);
    to.owner_subject = owner_subject;
    to.holder_subject = holder_subject;
    return to;
}

} // namespace

const Mention* Claim::mention_of(std::uint32_t subject) const {
    for (const auto& m : mentions) {
        if (m.subject == subject) {
            return &m;
        }
    }
    return nullptr;
}

namespace {

// A month's name that a person also bears as last name ("Theresa May") names the month where a
// date reads it so: next to a number ("May 5", "5 May", "May 2019", "May 5th") or after a word
// that leads only to a time ("in May", "since May", "last May", "the end of May"). Elsewhere
// ("took over from May", "May resigned", "was defeated by May") it names the person.
bool month_as_date(std::string_view sentence, const Words& words, std::uint32_t i) {
    static const std::vector<std::string_view> time_words = {
        "in",   "on",   "since", "until", "till", "during", "through", "throughout",
        "last", "next", "early", "late",  "mid",  "this",   "every",   "of"};
    const auto number = [&](std::uint32_t k) {
        if (k >= words.tokens.size()) {
            return false;
        }
        const char c = words.text(sentence, k).front();
        return c >= '0' && c <= '9';
    };
    if (number(i + 1) || (i > 0 && number(i - 1))) {
        return true;
    }
    return i > 0 && is_word(words, i - 1) &&
           std::any_of(time_words.begin(), time_words.end(), [&](std::string_view w) {
               return text::folds_to(words.text(sentence, i - 1), w);
           });
}

// A subject's name or alias, and the same without the marks of its letters when it has any: a
// writer without them types "Nunez" and "Celik" for "Núñez" and "Çelik" (QA pass q29).
template <class Add>
void add_name_with_and_without_marks(std::uint32_t subject, const std::string& name, Add& add) {
    add(Analyzer::Pattern::Kind::name, subject, name);
    if (std::string plain = text::without_marks(name); plain != name) {
        add(Analyzer::Pattern::Kind::name, subject, plain);
    }
}

} // namespace

Analyzer::Analyzer(const Lexicon& lexicon, std::vector<Subject> subjects,
                   const std::vector<Person>& people, AnalysisSettings settings)
    : lexicon_(lexicon), subjects_(std::move(subjects)), settings_(settings),
      memos_(std::make_shared<MemoPool>()) {
    auto add = [&](Pattern::Kind kind, std::uint32_t subject, const std::string& phrase,
                   Gender gender = Gender::unknown, const std::string& person = {}) {
        Pattern pattern{kind, subject, phrase_keys(phrase), {}, gender, false, person};
        if (kind == Pattern::Kind::name || kind == Pattern::Kind::other_person) {
            for (const auto& t : text::tokenize(phrase)) {
                pattern.capitalized.push_back(
                    is_capitalized(phrase.substr(t.begin, t.end - t.begin)));
            }
        }
        if (!pattern.keys.empty()) {
            patterns_[pattern.keys.front()].push_back(std::move(pattern));
        }
    };
    for (std::uint32_t s = 0; s < subjects_.size(); ++s) {
        const auto& subject = subjects_[s];
        add_name_with_and_without_marks(s, subject.name, add);
        for (const auto& alias : subject.aliases) {
            add_name_with_and_without_marks(s, alias, add);
        }
        for (const auto& title : subject.titles) {
            add(Pattern::Kind::title, s, title);
        }
        for (const auto& pronoun : subject.pronouns) {
            add(Pattern::Kind::pronoun, s, pronoun, pronoun_gender(pronoun));
        }
    }
    // A title that only one subject carries names that subject, as its name would: "the
    // mayor" beside "the challenger" needs no recency to tell them apart.
    for (auto& [first, list] : patterns_) {
        for (auto& p : list) {
            if (p.kind != Pattern::Kind::title) {
                continue;
            }
            p.own_title = std::none_of(list.begin(), list.end(), [&](const Pattern& q) {
                return q.kind == Pattern::Kind::title && q.subject != p.subject && q.keys == p.keys;
            });
        }
    }
    // Other people: a mention of one after the subject makes a later pronoun ambiguous.
    auto subject_named = [&](const std::vector<std::string>& keys) -> std::optional<std::uint32_t> {
        for (const auto& [first, list] : patterns_) {
            for (const auto& p : list) {
                if (p.kind == Pattern::Kind::name && p.keys == keys) {
                    return p.subject;
                }
            }
        }
        return std::nullopt;
    };
    for (std::uint32_t s = 0; s < subjects_.size(); ++s) {
        subject_name_keys_.push_back(phrase_keys(subjects_[s].name));
    }
    for (const auto& person : people) {
        const auto last_keys = phrase_keys(person.last_name);
        const auto owner = last_keys.empty() ? std::nullopt : subject_named(last_keys);
        for (const auto& phrase : {person.name, person.last_name}) {
            const auto keys = phrase_keys(phrase);
            if (keys.empty() || subject_named(keys)) {
                continue;
            }
            if (!owner) {
                add(Pattern::Kind::other_person, 0, phrase, gender_of(person), person.name);
                continue;
            }
            // A person whose last name is a subject's name is that subject, unless their given
            // names differ (Erik Halvorsen beside the subject Ingrid Halvorsen, alias
            // Halvorsen): then the full name is another person's, the last name alone still the
            // subject's. Only a given name seen inside a sentence counts (Person::confirmed): a
            // capitalized word opening one may be anything ("Examining Halvorsen's record").
            const auto& subject_keys = subject_name_keys_[*owner];
            const bool differs =
                phrase == person.name && person.confirmed &&
                subject_keys.size() > last_keys.size() &&
                std::any_of(keys.begin(),
                            keys.end() - static_cast<std::ptrdiff_t>(
                                             std::min(keys.size(), last_keys.size())),
                            [&](const std::string& key) {
                                return std::find(subject_keys.begin(), subject_keys.end(), key) ==
                                       subject_keys.end();
                            });
            if (differs) {
                add(Pattern::Kind::other_person, 0, phrase, gender_of(person), person.name);
            }
        }
    }
    // Most words start no term and name no one: a bit per hash lets them skip both lookups.
    for (const auto& entry : lexicon_.entries()) {
        filter_.add(std::string_view(entry.keys.front()).substr(0, 3));
    }
    auto starts = std::make_shared<WordStarts>();
    // Each live row starts with one first key: the rows are as many terms at most.
    starts->reserve(lexicon_.first_keys() + patterns_.size(), lexicon_.size());
    for (auto& [first, list] : patterns_) {
        filter_.add(std::string_view(first).substr(0, 3));
        std::stable_sort(list.begin(), list.end(), [](const Pattern& a, const Pattern& b) {
            return a.keys.size() > b.keys.size();
        });
        starts->add_patterns(first, list);
    }
    // The words the mention scan reads whatever their patterns (WordStart::stops_scan), by the keys
    // of their written forms: a key is the same in any ASCII case ("He", "SHE"), and the curly
    // quotes share the straight ones' keys.
    std::vector<std::string_view> read_anyway = {"he", "she"};
    read_anyway.insert(read_anyway.end(), kQuoteMarks.begin(), kQuoteMarks.end());
    for (const std::string_view word : read_anyway) {
        const std::string key = word_key(word);
        filter_.add(std::string_view(key).substr(0, 3));
        starts->add_pronoun_or_quote(key);
    }
    // Each characterization dimension is a lane of its own (find_cues); lane 0 holds the rest.
    std::vector<std::string_view> lane_dimensions;
    const auto lane_of = [&](const LexiconEntry& entry) -> std::uint32_t {
        if (entry.kind != CueKind::characterization) {
            return 0;
        }
        auto found = std::find(lane_dimensions.begin(), lane_dimensions.end(), entry.dimension);
        if (found == lane_dimensions.end()) {
            found = lane_dimensions.insert(found, entry.dimension);
        }
        return static_cast<std::uint32_t>(found - lane_dimensions.begin()) + 1;
    };
    std::vector<StartingTerm> starting; // a key's terms, copied into the table
    lexicon_.for_each_first([&](std::string_view first, const std::vector<std::uint32_t>& terms) {
        starting.clear();
        for (const bool characterization : {true, false}) {
            for (const std::uint32_t index : terms) {
                const auto& entry = lexicon_.entry(index);
                if ((entry.kind == CueKind::characterization) == characterization) {
                    const auto& keys = entry.keys;
                    const bool second = keys.size() > 1 && keys[1] != kAnyWords && !keys[1].empty();
                    const auto wildcards =
                        static_cast<std::uint32_t>(std::count(keys.begin(), keys.end(), kAnyWords));
                    starting.push_back({index, lane_of(entry), wildcards,
                                        second ? keys[1][0] : '\0',
                                        wildcards != 0 ? initial_bit(keys.back()) : 0});
                }
            }
        }
        starts->add_terms(first, starting);
    });
    // "in" starts some forty terms, "no" twenty, and most differ from the text at their second
    // word: a word that starts eight or more tries only those its next word's initial allows.
    starts->index_by_initial(4);
    starts_ = std::move(starts);
}

namespace {

// A person named in a paragraph, as a pronoun holder may stand for them ("Maria Berg spoke. She
// said ...").
struct NamedPerson {
    const std::string* name = nullptr; // another person's name; null for a subject
    Gender gender = Gender::unknown;
    std::uint32_t last = 0; // the mention's last token, in its sentence
};

} // namespace

// Memos no analysis holds now. A memo taken warm knows most words of the text it meets next
// (the two halves of a revision, the other revision, the paragraphs completed later share most
// of their words): six analyses of a diff learned the same words six times.
struct Analyzer::MemoPool {
    std::mutex mutex;
    std::vector<std::unique_ptr<StartMemo>> idle;

    std::unique_ptr<StartMemo> take() {
        const std::lock_guard lock(mutex);
        if (idle.empty()) {
            return std::make_unique<StartMemo>();
        }
        auto memo = std::move(idle.back());
        idle.pop_back();
        return memo;
    }
    void give(std::unique_ptr<StartMemo> memo) {
        const std::lock_guard lock(mutex);
        idle.push_back(std::move(memo));
    }
};

struct Analyzer::Scratch {
    explicit Scratch(const Analyzer& analyzer) : pool(analyzer.memos_.get()), memo(pool->take()) {}
    ~Scratch() { pool->give(std::move(memo)); }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;

    MemoPool* pool;
    std::unique_ptr<StartMemo> memo; // taken from the analyzer's pool, given back at the end
    Words words;
    // A sentence's cues as the rules see them, and find_cues's lanes: buffers kept from sentence
    // to sentence.
    std::vector<CueSpan> cues;
    std::vector<CueLane> lanes;
    QuantityScratch quantities;
    std::vector<Possessive> possessives;
    std::vector<MentionAt> mentioned;
    std::vector<MentionAt> others; // people who are not subjects, where the sentence names them
    std::vector<NamedPerson> named_in_sentence;
    // The paragraph's sentences, as analyze_paragraph reads them: one buffer for every paragraph.
    std::vector<segment::SentenceSpan> sentences;
    // The sentence's mentions as the scan finds them: a subject, how often, and the tokens of its
    // first mention (of its first by name, once named).
    struct Found {
        std::uint32_t subject = 0;
        std::uint32_t count = 0;
        std::uint32_t first = 0, last = 0;
        bool continuation = false;
    };
    std::vector<Found> found;
    std::string slice; // a mention's words, sliced before they are stored
    // The paragraph's mentions and cues as kept, and where each sentence's begin: copied into the
    // paragraph analysis at its end, one allocation each.
    std::vector<Mention> kept_mentions;
    std::vector<std::uint32_t> first_mention;
    std::vector<Cue> kept;
    std::vector<std::uint32_t> first_kept;
};

namespace {

// The sentences of `p` as spans of its text, in `out`: its own when `own` (split already, and no
// other thread splitting it now), else split here without touching `p`.
void sentences_of(const document::Paragraph& p, bool own, std::vector<segment::SentenceSpan>& out) {
    if (!own) {
        document::sentence_spans(p, out);
        return;
    }
    out.clear();
    for (const auto& sentence : p.sentences) {
        out.push_back({sentence.text.begin, sentence.text.end});
    }
}

// Every paragraph analysed is hashed: the fast hash, a few instructions per eight bytes.
std::uint64_t paragraph_text_hash(const document::Paragraph& paragraph) {
    return text::content_hash64(paragraph.text);
}

// Whether a subject may be carried from a block of this kind, or into one: prose, not a
// heading, quotation or code, which end the carry.
bool carries_across(document::BlockKind kind) {
    return kind == document::BlockKind::paragraph || kind == document::BlockKind::list_item;
}

} // namespace

std::shared_ptr<const ParagraphAnalysis>
Analyzer::analyze_paragraph(const document::Paragraph& paragraph, AnalysisDepth depth) const {
    Scratch scratch(*this);
    sentences_of(paragraph, paragraph.segmented, scratch.sentences);
    return analyze_paragraph(paragraph, depth, scratch);
}

std::shared_ptr<const ParagraphAnalysis>
Analyzer::analyze_paragraph(const document::Paragraph& paragraph, AnalysisDepth depth,
                            Scratch& scratch, const ParagraphAnalysis* partial,
                            std::uint32_t carried_in, std::uint64_t open_pronouns) const {
    const std::vector<segment::SentenceSpan>& sentences = scratch.sentences;
    auto result = std::make_shared<ParagraphAnalysis>();
    result->key_hash = paragraph.hash;
    result->kind = paragraph.kind;
    result->source = &paragraph;
    result->text_hash = paragraph_text_hash(paragraph);
    result->claims.resize(sentences.size());
    // The words its cues keep take at most a third of the paragraph's bytes in nine of ten
    // paragraphs with cues (a 10 MB essay: 1.7 MB for 9.8 MB of such paragraphs): one block.
    result->strings = text::StringStore(paragraph.text.size() / 3);
    if (partial != nullptr &&
        (partial->source != &paragraph || partial->carried_in != carried_in)) {
        partial = nullptr; // another paragraph's text (its byte offsets may differ), or reading
    }
    result->carried_in = carried_in;
    const bool carried = carried_in != ParagraphAnalysis::kNoSubject;
    constexpr std::uint32_t kNobody = UINT32_MAX;
    constexpr std::uint32_t kOther = UINT32_MAX - 1;
    std::uint32_t last_person = kNobody;
    // The subject named last, and whether the people named since then may be "he" or "she":
    // "Kessler hired Marcus Feld. She ..." is Kessler when the text calls Feld "he".
    std::uint32_t last_subject = kNobody;
    // A subject's title read after another subject was named last (and no one since): that
    // other subject, for a pronoun the title's subject does not carry.
    std::uint32_t title_taker = kNobody;
    std::uint32_t title_over = kNobody;
    bool other_may_be_masculine = false;
    bool other_may_be_feminine = false;
    // How many people who are no subject were named since the subject named last (or since the
    // paragraph opened): one alone is who a "he" or "she" no subject carries stands for.
    std::uint32_t others_since_subject = 0;
    // Who a "he" (and a "she") continues past the people named since: the subject named last
    // of those who may carry it, when no one named after her may ("Solheim met Arne Bakke. He
    // thought she was reckless." is Solheim when Bakke's pronouns are "he" and "him"). None
    // once a person who may carry it and is no subject is named.
    struct PastSubjects {
        std::uint32_t masculine = kNobody;
        std::uint32_t feminine = kNobody;
    };
    PastSubjects past;
    // Whether a subject's pronouns include a "he" (a "she"); unknown ones, any.
    const auto subject_may_be = [&](std::uint32_t subject, Gender gender) {
        const auto& pronouns = subjects_[subject].pronouns;
        return pronouns.empty() ||
               std::any_of(pronouns.begin(), pronouns.end(),
                           [&](const std::string& p) { return pronoun_gender(p) == gender; });
    };
    // Whether some subject may be "he" (or "she"): a pronoun none may be is someone else's.
    bool a_subject_may_be_he = false;
    bool a_subject_may_be_she = false;
    for (std::uint32_t k = 0; k < subjects_.size(); ++k) {
        a_subject_may_be_he = a_subject_may_be_he || subject_may_be(k, Gender::masculine);
        a_subject_may_be_she = a_subject_may_be_she || subject_may_be(k, Gender::feminine);
    }
    const auto name_subject = [&](std::uint32_t subject) {
        if (subject_may_be(subject, Gender::masculine)) {
            past.masculine = subject;
        }
        if (subject_may_be(subject, Gender::feminine)) {
            past.feminine = subject;
        }
    };
    // A subject carried in from the block before reads as though named just before the
    // paragraph (the person named last, and no one since) until anyone is named in it: from
    // there on the paragraph reads as it would alone.
    bool carry_open = carried;
    bool named_anyone = false; // in the paragraph so far
    if (carried) {
        last_person = carried_in;
        last_subject = carried_in;
        name_subject(carried_in);
        result->open_pronouns = open_pronouns;
    }
    // The subjects named so far in the paragraph (the first 64): a title of one subject's own
    // continues that subject wherever others were named since.
    std::uint64_t named_in_paragraph = 0;
    // Whether a person who is no subject was named in the paragraph so far: until then, everyone
    // named is a subject whose titles are known, so a title of one subject's own is still hers.
    bool other_named_in_paragraph = false;
    // The same, as they stood before the person named last in the sentence, and where that
    // mention ends: a pronoun that is the object of that person's verb is someone else
    // ("Whitcombe called him arrogant" is about the one named before Whitcombe).
    constexpr std::uint32_t kNoToken = UINT32_MAX;
    std::uint32_t binder_last = kNoToken;
    // Whom that mention stands for when it is a pronoun or title ("He" in "He called her"), who
    // need not be the person named last; kNobody: the person named last.
    std::uint32_t binder_subject = kNobody;
    std::uint32_t before_last_person = kNobody;
    std::uint32_t before_last_subject = kNobody;
    bool before_may_be_masculine = false;
    bool before_may_be_feminine = false;
    PastSubjects before_past;
    // The same, as they stood where the last quotation opened: a pronoun in the speech tag
    // after it ("“Reyes is naive,” she said") looks past the people named only inside it.
    bool quoted = false;
    std::uint32_t quote_person = kNobody;
    std::uint32_t quote_subject = kNobody;
    bool quote_may_be_masculine = false;
    bool quote_may_be_feminine = false;
    PastSubjects quote_past;
    // And as they stood before the person named last then, with where the quotation opened: a
    // speaker does not name herself inside her own words, so a tag's pronoun after a quotation
    // that names the person named last before it is the one named before that person
    // ("Brandt met Reyes. “Reyes is naive,” she said." is Brandt).
    std::uint32_t quote_before_person = kNobody;
    std::uint32_t quote_before_subject = kNobody;
    bool quote_before_may_be_masculine = false;
    bool quote_before_may_be_feminine = false;
    PastSubjects quote_before_past;
    std::uint32_t quote_sentence = kNoToken;
    std::uint32_t quote_open = kNoToken;
    // When the person named last is no subject: who, as the snapshots above (a pronoun holder,
    // "She told reporters", is shown as that person).
    NamedPerson last_other;
    NamedPerson before_other;
    NamedPerson quote_other;
    NamedPerson quote_before_other;
    // Who a pronoun read at some point could stand for: the state to go back to.
    struct Reading {
        std::uint32_t person = kNobody;
        std::uint32_t subject = kNobody;
        bool masculine = false;
        bool feminine = false;
        NamedPerson other;
        PastSubjects past;
    };
    const auto reading_now = [&] {
        return Reading{last_person,           last_subject, other_may_be_masculine,
                       other_may_be_feminine, last_other,   past};
    };
    const auto go_back_to = [&](const Reading& reading) {
        last_person = reading.person;
        last_subject = reading.subject;
        other_may_be_masculine = reading.masculine;
        other_may_be_feminine = reading.feminine;
        last_other = reading.other;
        past = reading.past;
    };
    // A witness the text brought in by an appositive to speak of someone else ("A former
    // student, Ewa Nowak, recalls that ...": is_witness_in_an_appositive), and the reading as it
    // stood before she was named: the next sentence's pronouns read as though she were not
    // named, when she is still the person named last and a subject was named before her (task
    // r4; QA pass q23 gave "She was also stubborn" to the student).
    struct Witness {
        std::uint32_t sentence = UINT32_MAX;
        NamedPerson named; // her mention, as last_other holds it
        Reading before;    // as it stood before she was named
        std::uint32_t others_since_subject = 0;
    };
    Witness witness;
    // The people named in the sentence so far, and the one named last before it: a pronoun
    // holder stands for the person named last before the pronoun itself.
    std::vector<NamedPerson>& named_in_sentence = scratch.named_in_sentence;
    NamedPerson sentence_other;
    std::uint32_t sentence_person = kNobody;
    // `same` when the person is the one named last already ("Declan Roe spoke. Roe called him
    // evasive"): the snapshot stays the one taken before that person was first named, or else
    // it would be the person herself and her object pronoun would look past no one.
    auto remember_binder = [&](std::uint32_t last_token, bool same) {
        binder_last = last_token;
        binder_subject = kNobody;
        if (same) {
            return;
        }
        before_other = last_other;
        before_last_person = last_person;
        before_last_subject = last_subject;
        before_may_be_masculine = other_may_be_masculine;
        before_may_be_feminine = other_may_be_feminine;
        before_past = past;
    };
    Words& words = scratch.words;
    std::vector<Possessive>& possessives = scratch.possessives;
    std::vector<MentionAt>& mentioned = scratch.mentioned;
    std::vector<MentionAt>& others = scratch.others;
    std::vector<Analyzer::Scratch::Found>& found = scratch.found;
    std::vector<Mention>& kept_mentions = scratch.kept_mentions;
    std::vector<std::uint32_t>& first_mention = scratch.first_mention;
    std::vector<Cue>& kept = scratch.kept;
    std::vector<std::uint32_t>& first_kept = scratch.first_kept;
    kept_mentions.clear();
    first_mention.clear();
    kept.clear();
    first_kept.clear();
    for (std::uint32_t s = 0; s < sentences.size(); ++s) {
        first_kept.push_back(static_cast<std::uint32_t>(kept.size()));
        const std::string_view sentence =
            std::string_view(paragraph.text)
                .substr(sentences[s].begin, sentences[s].end - sentences[s].begin);
        Claim& claim = result->claims[s];
        claim.sentence = s;
        words.build(sentence, filter_, *starts_, *scratch.memo);
        claim.declarative = is_declarative(paragraph, sentence, words.tokens);
        possessives.clear();
        mentioned.clear();
        others.clear();
        named_in_sentence.clear();
        if (witness.sentence + 1 == s && last_person == kOther &&
            last_other.name == witness.named.name && last_other.last == witness.named.last &&
            witness.before.person != kNobody && witness.before.person != kOther) {
            go_back_to(witness.before);
            others_since_subject = witness.others_since_subject;
        }
        sentence_other = last_other;
        sentence_person = last_person;
        binder_last = kNoToken;
        binder_subject = kNobody;

        // Mentions, in reading order, so that a pronoun resolves to the last person named: the
        // words of tokens [first, last], sliced when the scan is done.
        found.clear();
        auto note = [&](std::uint32_t subject, std::uint32_t first, std::uint32_t last,
                        bool continuation) {
            for (auto& m : found) {
                if (m.subject == subject) {
                    ++m.count;
                    if (m.continuation && !continuation) {
                        m.continuation = false;
                        m.first = first;
                        m.last = last;
                    }
                    return;
                }
            }
            found.push_back({subject, 1, first, last, continuation});
        };
        auto unnote = [&](std::uint32_t subject) {
            for (auto m = found.begin(); m != found.end(); ++m) {
                if (m->subject == subject && --m->count == 0) {
                    found.erase(m);
                    return;
                }
            }
        };
        const bool heading = paragraph.kind == document::BlockKind::heading;
        // Whether `word`, a speech tag's speaker (quotation_tag_name), names `who` as the
        // quotation opened: the last word of the name, or an alias.
        const auto speaks_in_tag = [&](std::uint32_t who, std::string_view word) {
            if (word.empty()) {
                return false;
            }
            const std::string key = lowercase(word);
            const auto ends_with_key = [&](std::string_view name) {
                const std::size_t space = name.rfind(' ');
                return lowercase(name.substr(space == std::string_view::npos ? 0 : space + 1)) ==
                       key;
            };
            if (who == kOther) {
                return quote_other.name != nullptr && ends_with_key(*quote_other.name);
            }
            const Subject& speaker = subjects_[who];
            return ends_with_key(speaker.name) ||
                   std::any_of(speaker.aliases.begin(), speaker.aliases.end(), ends_with_key);
        };
        // Whether `who` (a subject, or kOther for `last_other`) is named again after the "he" or
        // "she" at token `at`, in its clause (no punctuation between): a pronoun does not stand
        // for a name its own clause goes on to give ("He later cornered Orlov" is not Orlov).
        const auto named_later_in_clause = [&](std::uint32_t who, std::uint32_t at) {
            if (who == kNobody || (who == kOther && last_other.name == nullptr)) {
                return false;
            }
            for (auto k = at + 1; k < static_cast<std::uint32_t>(words.tokens.size()); ++k) {
                if (words.tokens[k].kind == text::TokenKind::punctuation) {
                    return false; // a comma, a quote mark: another clause may begin
                }
                const WordStart* start = words.starts[k];
                if (start == nullptr || start->patterns == nullptr ||
                    !is_capitalized(words.text(sentence, k))) {
                    continue;
                }
                for (const auto& p : *start->patterns) {
                    const bool same =
                        who == kOther
                            ? p.kind == Pattern::Kind::other_person && p.person == *last_other.name
                            : p.kind == Pattern::Kind::name && p.subject == who;
                    if (same && words.match_length_from_start(k, p.keys) != 0) {
                        return true;
                    }
                }
            }
            return false;
        };
        // Whether a pronoun or title at token `at` continues the pattern's subject: the last
        // person named, or the subject named before other people whom the text's pronouns tell
        // apart. An object pronoun of the last-named person's verb looks past that person.
        auto resolves = [&](const Pattern& pattern, std::uint32_t at) {
            const auto carries = [&](std::uint32_t subject_index) {
                const auto& pronouns = subjects_[subject_index].pronouns;
                return std::any_of(pronouns.begin(), pronouns.end(), [&](const std::string& p) {
                    return text::folds_to(words.text(sentence, at), p);
                });
            };
            std::uint32_t person = last_person;
            std::uint32_t subject = last_subject;
            bool masculine = other_may_be_masculine;
            bool feminine = other_may_be_feminine;
            PastSubjects past_then = past;
            if (pattern.kind == Pattern::Kind::pronoun && quoted &&
                after_closing_quote(sentence, words, at)) {
                person = quote_person;
                subject = quote_subject;
                masculine = quote_may_be_masculine;
                feminine = quote_may_be_feminine;
                past_then = quote_past;
                const auto named_inside = [&](std::uint32_t who) {
                    return quote_sentence == s &&
                           std::any_of(mentioned.begin(), mentioned.end(), [&](const MentionAt& m) {
                               return m.subject == who && m.token > quote_open && m.token < at;
                           });
                };
                if (named_inside(quote_person)) {
                    person = quote_before_person;
                    subject = quote_before_subject;
                    masculine = quote_before_may_be_masculine;
                    feminine = quote_before_may_be_feminine;
                    past_then = quote_before_past;
                }
                // Nor to a subject named inside, through the subjects past her: in "Solheim
                // met Arne Bakke. “Solheim is naive,” she said." the speaker is someone else.
                if (named_inside(pattern.subject)) {
                    past_then = PastSubjects{};
                }
            } else if (pattern.kind == Pattern::Kind::pronoun && quoted && quote_sentence == s &&
                       person == quote_person && person != kNobody &&
                       speaks_in_tag(
                           person, quotation_tag_name(lexicon_, sentence, words, quote_open, at))) {
                // `“They are honest with us,” Ilves said` (Ilves named last): a speaker's "she"
                // or "they" is someone else, the one named before her.
                person = quote_before_person;
                subject = quote_before_subject;
                masculine = quote_before_may_be_masculine;
                feminine = quote_before_may_be_feminine;
                past_then = quote_before_past;
            } else if (pattern.kind == Pattern::Kind::pronoun && binder_last != kNoToken &&
                       binder_subject == kNobody && at >= 3 && binder_last == at - 3 &&
                       words.text(sentence, at - 2) == "," &&
                       text::folds_to(words.text(sentence, at - 1), "whom") &&
                       (text::folds_to(words.text(sentence, at), "he") ||
                        text::folds_to(words.text(sentence, at), "she"))) {
                // "Arne Bakke, whom she called reckless,": the subject of a relative clause on
                // the person just named is someone else, the one named before him ("whom he
                // called" is not Bakke either); not a possessive ("whom his aide called").
                person = before_last_person;
                subject = before_last_subject;
                masculine = before_may_be_masculine;
                feminine = before_may_be_feminine;
                past_then = before_past;
            } else if (pattern.kind == Pattern::Kind::pronoun && binder_last == kNoToken &&
                       (text::folds_to(words.text(sentence, at), "he") ||
                        text::folds_to(words.text(sentence, at), "she")) &&
                       named_later_in_clause(person, at)) {
                // "Smit pressed Orlov. He later cornered Orlov": whoever was named before.
                person = before_last_person;
                subject = before_last_subject;
                masculine = before_may_be_masculine;
                feminine = before_may_be_feminine;
                past_then = before_past;
            } else if (pattern.kind == Pattern::Kind::pronoun && binder_last != kNoToken &&
                       binds_object_pronoun(sentence, words, binder_last, at)) {
                // "She praised her": not the one who praised; but "He called her reckless" past
                // a subject whose pronouns do not include "her" is someone named before him.
                const std::uint32_t binder =
                    binder_subject != kNobody ? binder_subject : last_person;
                // "Orlov assured him" after "Smit called Orlov": a subject named by name who
                // may be "him" is not, so it is whoever was named before him, as past a person
                // who is no subject (whom the analysis of one subject alone reads so).
                const bool past_named_subject = binder_subject == kNobody && binder != kNobody &&
                                                binder != kOther && binder != pattern.subject &&
                                                carries(binder);
                if (binder != kOther && !past_named_subject) {
                    if (binder == kNobody || binder == pattern.subject || carries(binder)) {
                        return false;
                    }
                } else {
                    person = before_last_person;
                    subject = before_last_subject;
                    masculine = before_may_be_masculine;
                    feminine = before_may_be_feminine;
                    past_then = before_past;
                }
            }
            // "Falk calls the mayor reckless": a title right after the verb of a person who is no
            // subject, named just before it, is someone else than that person, as "him" is.
            if (pattern.kind == Pattern::Kind::title && pattern.own_title && person == kOther &&
                binder_last != kNoToken && binder_subject == kNobody &&
                persons_verb_before(sentence, words, binder_last, at) != kNoVerb) {
                person = before_last_person;
                subject = before_last_subject;
            }
            // Past another subject named since, whose titles are known not to be this one; not
            // past a person who is no subject, who may carry it ("Rutte met Theresa May, the
            // British prime minister. The prime minister ...").
            if (pattern.kind == Pattern::Kind::title && pattern.own_title && person != kOther &&
                pattern.subject < 64 && (named_in_paragraph >> pattern.subject & 1U) != 0) {
                return true;
            }
            // Before anyone is named in the paragraph, a title of one subject's own can stand
            // for no one else: "The governor was decisive." opening a paragraph; nor after only
            // other subjects, whose titles are known not to be this one ("Tobias Wendt struck.
            // The chief executive was stubborn."). Not one whose holder the words after it name:
            // "The governor of the Bundesbank", "The governor, Jens Weidmann,", "The governor
            // Jens Weidmann".
            if (pattern.kind == Pattern::Kind::title && pattern.own_title &&
                (person == kNobody || (person != kOther && !other_named_in_paragraph))) {
                std::size_t after = at + pattern.keys.size();
                if (after + 1 < words.tokens.size() && words.text(sentence, after) == ",") {
                    ++after;
                }
                return after >= words.tokens.size() || !is_word(words, after) ||
                       (words.lower(sentence, after) != "of" &&
                        !starts_with_capital(words.text(sentence, after)));
            }
            if (pattern.kind == Pattern::Kind::pronoun && person == title_taker &&
                person == last_person && pattern.subject == title_over && !carries(person)) {
                return true;
            }
            // A person of unknown gender whom a pronoun of the other gender keeps in this
            // sentence is not this one's: "Tomas Lund said she called him rash" (him is Lund).
            // Past another person, as though the text told her gender.
            // Only past the one person named since the subject: the flags stand for all of
            // them ("met Anna Berg and Karl Mohr. She thought he ..." stays open). The sentence
            // scan comes last: it matters only for such a person.
            if (pattern.kind == Pattern::Kind::pronoun) {
                const bool undecided_subject = person == pattern.subject &&
                                               subject_may_be(person, Gender::masculine) &&
                                               subject_may_be(person, Gender::feminine);
                const bool one_other = person == kOther && person == last_person &&
                                       others_since_subject == 1 &&
                                       last_other.gender == Gender::unknown;
                if ((undecided_subject || one_other) &&
                    gives_way_to_other_gender(sentence, words, at)) {
                    if (undecided_subject) {
                        return false;
                    }
                    (pattern.gender == Gender::masculine ? masculine : feminine) = false;
                }
            }
            return person == pattern.subject ||
                   (person == kOther && subject == pattern.subject &&
                    pattern.kind == Pattern::Kind::pronoun &&
                    ((pattern.gender == Gender::masculine && !masculine) ||
                     (pattern.gender == Gender::feminine && !feminine))) ||
                   (pattern.kind == Pattern::Kind::pronoun &&
                    ((pattern.gender == Gender::masculine &&
                      past_then.masculine == pattern.subject) ||
                     (pattern.gender == Gender::feminine &&
                      past_then.feminine == pattern.subject)));
        };
        // Back to `reading`, as if its person were named again right before token `at` (for a
        // pronoun holder right there).
        const auto read_again = [&](const Reading& reading, std::uint32_t at) {
            go_back_to(reading);
            last_other.last = at - 1;
            named_in_sentence.push_back(last_other);
        };
        std::uint32_t first_pronoun = kNoToken;
        bool he_or_she = false; // Words::he_or_she, as the scan finds it
        // A "he" or "she" that no subject may be, read right after the one person named since
        // the subject, tells that person's gender for this sentence: the flags as they were.
        bool told = false;
        bool told_may_be_masculine = false;
        bool told_may_be_feminine = false;
        std::uint32_t told_last = kNoToken;
        const auto tell = [&](bool masculine_pronoun) {
            if (told || last_person != kOther || others_since_subject != 1 ||
                last_other.gender != Gender::unknown ||
                (masculine_pronoun ? a_subject_may_be_he : a_subject_may_be_she)) {
                return;
            }
            told = true;
            told_may_be_masculine = other_may_be_masculine;
            told_may_be_feminine = other_may_be_feminine;
            told_last = last_other.last;
            (masculine_pronoun ? other_may_be_feminine : other_may_be_masculine) = false;
        };
        // `“He was stubborn,” she said`: the speaker of a quotation that opens the sentence is
        // the one named before it, so her tag's pronoun tells from the sentence's start.
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
        // "In her report she described Olander as evasive, and she called the board
        // complacent": a subject pronoun repeated after "and" or "but" in one sentence is the
        // one it repeats, not the person named between the two. The state as it stood where the
        // sentence's first "he" or "she" was read.
        Reading at_first_pronoun;
        // The same, as it stood right after a person named at the sentence's first word (not a
        // possessive, nor one of two joined by "and" or "or"): the subject of its first clause,
        // whom a "he" or "she" opening a coordinate clause continues ("Castellanos criticised
        // Olander, and she was reckless" is Castellanos, when she may be "she").
        std::uint32_t opener_last = kNoToken;
        Reading opener;
        const auto remember_opener = [&](std::uint32_t last) {
            if (is_possessive(words.text(sentence, last)) ||
                (last + 1 < words.tokens.size() &&
                 (text::folds_to(words.text(sentence, last + 1), "and") ||
                  text::folds_to(words.text(sentence, last + 1), "or")))) {
                return;
            }
            opener_last = last;
            opener = reading_now();
        };
        // Whether token `at` is the sentence's first word: a list item's marker ("- The envoy
        // ...") is punctuation before it.
        const auto opens_sentence = [&](std::uint32_t at) {
            for (std::uint32_t k = 0; k < at; ++k) {
                if (is_word(words, k)) {
                    return false;
                }
            }
            return true;
        };
        // Whether the opener may be the pronoun at token `at`: a subject it is one of, or another
        // person the text does not tell is of the other gender.
        const auto opener_may_be = [&](std::uint32_t at) {
            const std::string_view pronoun = words.lower(sentence, at);
            if (opener.person == kOther) {
                const Gender gender = pronoun == "he" ? Gender::masculine : Gender::feminine;
                return opener.other.gender == Gender::unknown || opener.other.gender == gender;
            }
            const auto& pronouns = subjects_[opener.person].pronouns;
            return std::any_of(pronouns.begin(), pronouns.end(),
                               [&](const std::string& p) { return text::folds_to(p, pronoun); });
        };
        const auto word_count = static_cast<std::uint32_t>(words.tokens.size()); // read once
        // Most words name no one and are no quote mark: the scan reads only the words the word
        // lookup found it must stop at (Words::scan_stops). Not past a "he" or "she", whatever
        // its patterns (see first_pronoun below), nor a quote mark: their keys have starts of
        // their own (WordStart::pronoun_or_quote).
        const std::uint32_t* const scan_stops = words.scan_stops.data();
        const std::uint32_t scan_stops_count = words.scan_stops_count;
        std::uint32_t next_stop = 0; // the first of `scan_stops` not passed yet
        for (std::uint32_t i = 0; i < word_count;) {
            while (next_stop < scan_stops_count && scan_stops[next_stop] < i) {
                ++next_stop;
            }
            if (next_stop == scan_stops_count) {
                break;
            }
            i = scan_stops[next_stop];
            // Told apart by length and first letter before any comparison.
            const auto& at = words.tokens[i];
            const std::size_t size = at.end - at.begin;
            if ((size == 2 || size == 3) &&
                (static_cast<unsigned char>(sentence[at.begin]) | 0x20U) ==
                    (size == 2 ? 'h' : 's') &&
                text::folds_to(words.text(sentence, i), size == 2 ? "he" : "she")) {
                he_or_she = true;
                if (first_pronoun == kNoToken && opener_last != kNoToken && opener_last + 2 < i &&
                    opens_coordinate_clause(sentence, words, i) &&
                    (last_person != opener.person || last_other.last != opener.other.last) &&
                    opener_may_be(i)) {
                    read_again(opener, i);
                }
                if (first_pronoun == kNoToken) {
                    first_pronoun = i;
                    at_first_pronoun = reading_now();
                } else if (repeats_subject_pronoun(sentence, words, first_pronoun, i) &&
                           (last_person != at_first_pronoun.person ||
                            last_other.last != at_first_pronoun.other.last)) {
                    read_again(at_first_pronoun, i);
                }
                // "Lydia Marsh has been kinder. She has said that he was stubborn" (the subject
                // "he"): the "she" no subject may be is Marsh, so the "he" is not. Only the one
                // person named since the subject ("met Anna Berg and Karl Mohr. She said he"
                // stays open), and for this sentence only: one pronoun tells no gender for good.
                tell(size == 2);
            }
            const WordStart* start = words.starts[i];
            if (start == nullptr || start->patterns == nullptr) {
                if (words.tokens[i].kind == text::TokenKind::punctuation &&
                    (sentence[words.tokens[i].begin] == '"' ||
                     sentence[words.tokens[i].begin] == '\'' ||
                     sentence[words.tokens[i].begin] == '\xe2') &&
                    is_quote_mark(words.text(sentence, i)) &&
                    !closes_quotation(sentence, words, i)) {
                    quoted = true;
                    quote_person = last_person;
                    quote_subject = last_subject;
                    quote_may_be_masculine = other_may_be_masculine;
                    quote_may_be_feminine = other_may_be_feminine;
                    quote_past = past;
                    quote_before_person = before_last_person;
                    quote_before_subject = before_last_subject;
                    quote_before_may_be_masculine = before_may_be_masculine;
                    quote_before_may_be_feminine = before_may_be_feminine;
                    quote_before_past = before_past;
                    quote_sentence = s;
                    quote_open = i;
                    quote_other = last_other;
                    quote_before_other = before_other;
                }
                ++i;
                continue;
            }
            std::uint32_t length = 0;
            for (const auto& pattern : *start->patterns) {
                if (words.match_length_from_start(i, pattern.keys) == 0) {
                    continue;
                }
                const auto& token = words.tokens[i];
                // A name matches where its capitals are: "Mark" the name, not "mark" the
                // verb; "the Bank", not "the bank".
                bool capitals_match = true;
                for (std::size_t k = 0; k < pattern.capitalized.size(); ++k) {
                    capitals_match =
                        capitals_match &&
                        (!pattern.capitalized[k] || is_capitalized(words.text(sentence, i + k)));
                }
                if (!capitals_match) {
                    continue;
                }
                // "in May 2019", "since May": the month, not Theresa May.
                if ((pattern.kind == Pattern::Kind::name ||
                     pattern.kind == Pattern::Kind::other_person) &&
                    pattern.keys.size() == 1 && is_month_name(words.text(sentence, i)) &&
                    month_as_date(sentence, words, i)) {
                    continue;
                }
                // "Marsh Capital", "Kessler Group": a name before an organization's head word
                // names the organization, not the person.
                const std::size_t after = i + pattern.keys.size();
                if (pattern.kind != Pattern::Kind::pronoun && after < words.tokens.size() &&
                    is_organization_head(words.text(sentence, after))) {
                    continue;
                }
                length = static_cast<std::uint32_t>(pattern.keys.size());
                const std::uint32_t last = i + length - 1;
                const bool named = pattern.kind == Pattern::Kind::name ||
                                   pattern.kind == Pattern::Kind::other_person;
                const bool other =
                    pattern.kind == Pattern::Kind::other_person ||
                    (pattern.kind == Pattern::Kind::name &&
                     names_another_person(sentence, words, i, pattern.keys.size(),
                                          subject_name_keys_[pattern.subject], heading));
                if (named && carry_open) {
                    carry_open = false;
                    last_person = kNobody;
                    last_subject = kNobody;
                    past = PastSubjects{};
                }
                named_anyone = named_anyone || named;
                if (named && is_possessive(words.text(sentence, last))) {
                    possessives.push_back({last, other ? Cue::kNoOwner : pattern.subject,
                                           slice(sentence, token, words.tokens[last])});
                }
                if (other) {
                    // The person named last, named again ("Lydia Marsh spoke. Marsh said ...").
                    const bool same_person = last_person == kOther && last_other.name != nullptr &&
                                             pattern.kind == Pattern::Kind::other_person &&
                                             *last_other.name == pattern.person;
                    if (!same_person &&
                        is_witness_in_an_appositive(lexicon_, sentence, words, i, last)) {
                        witness = {s,
                                   {pattern.kind == Pattern::Kind::other_person ? &pattern.person
                                                                                : nullptr,
                                    pattern.gender, last},
                                   reading_now(),
                                   others_since_subject};
                    }
                    remember_binder(last, same_person);
                    last_person = kOther;
                    other_named_in_paragraph = true;
                    last_other = {pattern.kind == Pattern::Kind::other_person ? &pattern.person
                                                                              : nullptr,
                                  pattern.gender, last};
                    named_in_sentence.push_back(last_other);
                    const Gender gender = pattern.kind == Pattern::Kind::other_person
                                              ? pattern.gender
                                              : Gender::unknown;
                    other_may_be_masculine = other_may_be_masculine || gender != Gender::feminine;
                    other_may_be_feminine = other_may_be_feminine || gender != Gender::masculine;
                    others_since_subject += same_person ? 0 : 1;
                    if (gender != Gender::feminine) {
                        past.masculine = kNobody;
                    }
                    if (gender != Gender::masculine) {
                        past.feminine = kNobody;
                    }
                    others.push_back({i, Cue::kNoOwner, last});
                    // Where the other person's name starts: before the alias, its given
                    // names ("Anne Marie Halvorsen").
                    std::uint32_t start = i;
                    while (pattern.kind == Pattern::Kind::name && start > 0 &&
                           is_word(words, start - 1) &&
                           starts_with_capital(words.text(sentence, start - 1))) {
                        --start;
                    }
                    if (opens_sentence(start)) {
                        remember_opener(last);
                    }
                    if (const auto renamed = renamed_pronoun(sentence, words, start, mentioned)) {
                        unnote(mentioned[*renamed].subject);
                        mentioned.erase(mentioned.begin() + static_cast<std::ptrdiff_t>(*renamed));
                    }
                } else if (pattern.kind == Pattern::Kind::name) {
                    remember_binder(last, last_person == pattern.subject);
                    note(pattern.subject, i, last, false);
                    mentioned.push_back({i, pattern.subject, last});
                    if (pattern.subject < 64) {
                        named_in_paragraph |= std::uint64_t{1} << pattern.subject;
                    }
                    last_person = pattern.subject;
                    last_subject = pattern.subject;
                    name_subject(pattern.subject);
                    title_taker = kNobody;
                    last_other = {nullptr, Gender::unknown, last};
                    named_in_sentence.push_back(last_other);
                    other_may_be_masculine = false;
                    other_may_be_feminine = false;
                    others_since_subject = 0;
                    if (opens_sentence(i)) {
                        remember_opener(last);
                    }
                } else if (resolves(pattern, i)) {
                    // "the governor's insistence": her noun phrase, as after her name.
                    if (pattern.kind == Pattern::Kind::title &&
                        is_possessive(words.text(sentence, last))) {
                        possessives.push_back(
                            {last, pattern.subject, slice(sentence, token, words.tokens[last])});
                    }
                    if (pattern.kind == Pattern::Kind::title && last_person != kOther) {
                        // The paragraph's first reference, or one past other subjects only
                        // ("Tobias Wendt struck. The chief executive was stubborn. She ..."): a
                        // pronoun after it continues her, as after her name; one she does not
                        // carry still goes to the subject named before ("He ...": Wendt).
                        if (last_person != pattern.subject) {
                            title_over = last_person;
                            title_taker = last_person == kNobody ? kNobody : pattern.subject;
                        }
                        last_person = pattern.subject;
                        last_subject = pattern.subject;
                        name_subject(pattern.subject);
                        other_may_be_masculine = false;
                        other_may_be_feminine = false;
                        others_since_subject = 0;
                        last_other = {nullptr, Gender::unknown, last};
                        named_in_sentence.push_back(last_other);
                        if (pattern.subject < 64) {
                            named_in_paragraph |= std::uint64_t{1} << pattern.subject;
                        }
                    }
                    // "The envoy was not deferential to Wolan; he was careful": a title that
                    // opens the sentence is the first clause's subject, as a name there is.
                    if (pattern.kind == Pattern::Kind::title && opens_sentence(i) &&
                        last_person == pattern.subject) {
                        remember_opener(last);
                    }
                    binder_last = last;
                    binder_subject = pattern.subject;
                    note(pattern.subject, i, last, true);
                    mentioned.push_back({i, pattern.subject, last});
                    // "his war" after "Rutte met Putin": Putin's noun phrase, as "Putin's war".
                    if (pattern.kind == Pattern::Kind::pronoun && length == 1 &&
                        is_possessive_pronoun(words.lower(sentence, i))) {
                        possessives.push_back(
                            {i, pattern.subject, std::string(words.text(sentence, i))});
                    }
                } else {
                    // "Tomas Reiner accused her of fraud" opening a paragraph: "her" is not
                    // Reiner, and no one else is named before it.
                    const bool bound_to_the_only_one =
                        last_person == kOther && before_last_person == kNobody &&
                        pattern.kind == Pattern::Kind::pronoun && binder_last != kNoToken &&
                        binds_object_pronoun(sentence, words, binder_last, i);
                    // "Valcourt changed her mind. She called him bold": everyone named before
                    // it in the paragraph is, as the text tells, of the other gender.
                    const bool ruled_out =
                        last_person == kOther && last_subject == kNobody &&
                        pattern.kind == Pattern::Kind::pronoun &&
                        ((pattern.gender == Gender::masculine && !other_may_be_masculine) ||
                         (pattern.gender == Gender::feminine && !other_may_be_feminine));
                    // "Wolan's aides called the envoy naive": a subject's title does not reach
                    // past another person named since, who may hold it; said, not silent.
                    const bool title_past_another =
                        pattern.kind == Pattern::Kind::title && last_person == kOther;
                    if ((last_person == kNobody || bound_to_the_only_one || ruled_out ||
                         title_past_another) &&
                        !claim.has_unresolved_reference()) {
                        claim.unresolved_begin = token.begin;
                        claim.unresolved_end = words.tokens[i + pattern.keys.size() - 1].end;
                    }
                    if (pattern.kind == Pattern::Kind::pronoun && !carried && !named_anyone) {
                        result->open_pronouns |= std::uint64_t{1}
                                                 << std::min<std::uint32_t>(pattern.subject, 63);
                    }
                    // Another subject may share the pronoun ("he"): try it.
                    length = 0;
                    continue;
                }
                break;
            }
            // The words of a name or title matched are passed over: one of them may be "he" or
            // "she" all the same (a name such as "Li She").
            for (std::uint32_t k = i + 1; k < i + length; ++k) {
                he_or_she = he_or_she || text::folds_to(words.text(sentence, k), "he") ||
                            text::folds_to(words.text(sentence, k), "she");
            }
            i += length == 0 ? 1 : length;
        }
        words.he_or_she = he_or_she;
        if (told && last_person == kOther && others_since_subject == 1 &&
            last_other.last == told_last) {
            other_may_be_masculine = told_may_be_masculine;
            other_may_be_feminine = told_may_be_feminine;
        }
        first_mention.push_back(static_cast<std::uint32_t>(kept_mentions.size()));
        for (const auto& m : found) {
            slice_into(sentence, words.tokens[m.first], words.tokens[m.last], scratch.slice);
            Mention& mention = kept_mentions.emplace_back();
            mention.subject = m.subject;
            mention.count = m.count;
            mention.words = result->strings.add(scratch.slice);
            mention.continuation = m.continuation;
        }
        if (!found.empty()) {
            claim.unresolved_begin = claim.unresolved_end = 0; // "When she ..., Kessler ..."
        }
        if (!found.empty() || !others.empty() || claim.has_unresolved_reference()) {
            result->ends_on = found.size() == 1 && others.empty() && !heading
                                  ? found.front().subject
                                  : ParagraphAnalysis::kNoSubject;
        }

        if (depth == AnalysisDepth::subjects_only && found.empty()) {
            result->complete = false;
            continue;
        }
        // A sentence the partial analysis found about a subject was analysed in full then: the
        // same text after the same sentences, so the same cues and quantities.
        if (partial != nullptr && !found.empty()) {
            const Claim& done = partial->claims[s];
            claim.quantities = done.quantities;
            for (const Cue& cue : done.cues) { // their words into this analysis's strings
                kept.push_back(store_cue(cue, result->strings));
            }
            continue;
        }
        claim.quantities = find_quantities(sentence, words.tokens, scratch.quantities);
        // A word that names a person is neither a date nor a cue: "took over from May" (Theresa
        // May), "May resigned".
        const auto names_a_person = [&](std::uint32_t begin, std::uint32_t end) {
            const auto at = [&](const MentionAt& m) {
                return words.tokens[m.token].begin == begin && words.tokens[m.last].end == end;
            };
            return std::any_of(others.begin(), others.end(), at) ||
                   std::any_of(mentioned.begin(), mentioned.end(), at);
        };
        std::erase_if(claim.quantities, [&](const Quantity& q) {
            return q.kind == QuantityKind::date && names_a_person(q.begin, q.end);
        });
        std::vector<CueSpan>& cues = scratch.cues;
        find_cues(lexicon_, sentence, words, cues, scratch.lanes);
        // A one-word hedge or booster that names a person ("May resigned").
        const auto names_someone = [&](const CueSpan& span) {
            return (span.cue.kind == CueKind::hedge || span.cue.kind == CueKind::booster) &&
                   span.first == span.last && names_a_person(span.cue.begin, span.cue.end);
        };
        // A word of a person's name or title describes no one: "The incumbent was praised"
        // (the subject's title "the incumbent") holds no characterization *incumbent*.
        const auto inside_a_name = [&](const CueSpan& span) {
            const auto within = [&](const MentionAt& m) {
                return m.token <= span.first && span.last <= m.last;
            };
            return span.cue.kind == CueKind::characterization &&
                   (std::any_of(mentioned.begin(), mentioned.end(), within) ||
                    std::any_of(others.begin(), others.end(), within));
        };
        // A modal or adverb capitalized inside a sentence is a name ("Theresa May", "Will
        // Hutton"): no hedge or booster.
        const auto capitalized_inside = [&](const CueSpan& span) {
            return (span.cue.kind == CueKind::hedge || span.cue.kind == CueKind::booster) &&
                   span.first > 0 && is_word(words, span.first - 1) &&
                   starts_with_capital(words.text(sentence, span.first)) &&
                   !text::folds_to(words.text(sentence, span.first), "i");
        };
        // A word inside a date is not a cue: "in May 2014" holds no hedge.
        const auto inside_a_date = [&](const CueSpan& span) {
            return std::any_of(claim.quantities.begin(), claim.quantities.end(),
                               [&](const Quantity& q) {
                                   return q.kind == QuantityKind::date &&
                                          span.cue.begin >= q.begin && span.cue.end <= q.end;
                               });
        };
        // Each looks at its cue alone: one pass drops them all.
        std::erase_if(cues, [&](const CueSpan& span) {
            return names_someone(span) || inside_a_name(span) || capitalized_inside(span) ||
                   inside_a_date(span) || inside_a_proper_name(sentence, words, span);
        });
        // The rules below only drop cues or tell who owns, holds, negates or scales them (the
        // possessives serve them alone): a sentence with no cue, as most are, needs none of them.
        if (cues.empty()) {
            continue;
        }
        add_proper_possessives(sentence, words, possessives);
        add_other_persons_pronoun_possessives(sentence, words, mentioned, others, possessives);
        add_speaker_possessives(sentence, words, cues, possessives);
        keep_the_if_of_requests(sentence, words, cues, lexicon_);
        drop_non_hedging_uses(sentence, words, cues);
        drop_frequencies_of_facts(sentence, words, cues);
        drop_acts_of_people(sentence, words, mentioned, others, cues);
        attribute_hedges_of_people(sentence, words, cues);
        drop_non_reporting_uses(sentence, words, cues);
        drop_favour_of_things(sentence, words, cues);
        drop_other_senses(sentence, words, cues);
        deny_views_of_almost_no_one(sentence, words, cues);
        drop_idiomatic_negations(sentence, words, cues);
        drop_goals_of_denied_seeking(sentence, words, cues);
        deny_losses_of_nothing(sentence, words, cues);
        drop_excess_that_allows(sentence, words, cues, lexicon_);
        drop_contrasted_people(sentence, words, mentioned, others, cues);
        drop_open_questions(sentence, words, cues);
        add_litotes(sentence, words, cues, lexicon_);
        drop_litotes_of_unknown_words(sentence, words, cues);
        apply_scope(sentence, words, cues, lexicon_);
        apply_litotes(cues);
        apply_attribution(sentence, words, mentioned, others, cues);
        judge_reproaches(sentence, words, cues);
        assign_named_holders(sentence, words, mentioned, others, cues);
        assign_holder_subjects(sentence, words, mentioned, possessives, cues);
        hold_by_the_convinced(sentence, words, cues);
        name_pronoun_holders(
            sentence, words, cues,
            [&](std::uint32_t at, std::string_view pronoun) -> std::optional<HolderReferent> {
                for (const auto& m : mentioned) {
                    if (m.token == at) {
                        return person_referent(subjects_[m.subject].name);
                    }
                }
                // "Arne Bakke, who called her reckless, left": the relative "who" after a name
                // and its comma is that person (a subject or another), as assign_holder_subjects
                // reads it; not a question's "who" ("asked Bakke who called her reckless").
                if (pronoun == "who") {
                    if (at < 2 || words.text(sentence, at - 1) != ",") {
                        return std::nullopt;
                    }
                    for (const auto& m : mentioned) {
                        if (m.last == at - 2 && m.subject != Cue::kNoOwner) {
                            return person_referent(subjects_[m.subject].name);
                        }
                    }
                    for (const auto& p : named_in_sentence) {
                        if (p.last == at - 2 && p.name != nullptr) {
                            return person_referent(*p.name);
                        }
                    }
                    return std::nullopt;
                }
                if (pronoun == "they" || pronoun == "their") {
                    return s > 0 ? group_referent(std::span<const Cue>(kept).subspan(
                                       first_kept[s - 1], first_kept[s] - first_kept[s - 1]))
                                 : std::nullopt;
                }
                // Past a quotation, as `resolves` looks; else the person named last before the
                // pronoun.
                const NamedPerson* other = &sentence_other;
                bool named = sentence_person == kOther;
                if (quoted && after_closing_quote(sentence, words, at)) {
                    // Not the subject the quotation names: the one named before her.
                    const bool named_inside =
                        quote_sentence == s &&
                        std::any_of(mentioned.begin(), mentioned.end(), [&](const MentionAt& m) {
                            return m.subject == quote_person && m.token > quote_open &&
                                   m.token < at;
                        });
                    other = named_inside ? &quote_before_other : &quote_other;
                    named = (named_inside ? quote_before_person : quote_person) == kOther;
                } else {
                    // "Arne Bakke, whom she called reckless": not the one the relative clause
                    // is about, as `resolves` reads it.
                    const bool relative = at >= 3 && words.text(sentence, at - 2) == "," &&
                                          words.lower(sentence, at - 1) == "whom";
                    for (const auto& p : named_in_sentence) {
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
                    (other->gender == Gender::unknown &&
                     gives_way_to_other_gender(sentence, words, at))) {
                    return std::nullopt;
                }
                return person_referent(*other->name);
            });
        assign_owners(sentence, words, possessives, cues);
        assign_predicate_owners(sentence, words, mentioned, others, possessives, cues);
        const SentencePeople people{mentioned, others};
        assign_other_person_modifiers(sentence, words, people, cues);
        assign_subject_modifiers(sentence, words, people, cues);
        assign_negation_owners(sentence, words, mentioned, others, cues);
        assign_speaker_modifiers(sentence, words, cues);
        assign_hypothetical_owners(sentence, words, cues);
        assign_label_owners(sentence, words, mentioned, others, cues);
        assign_reaction_owners(sentence, words, mentioned, cues);
        assign_relative_clause_owners(sentence, words, mentioned, cues);
        assign_acts_to_their_doers(sentence, words, mentioned, others, cues);
        set_weights(cues, lexicon_);
        for (const auto& span : cues) {
            kept.push_back(store_cue(span.cue, result->strings));
        }
    }
    first_mention.push_back(static_cast<std::uint32_t>(kept_mentions.size()));
    first_kept.push_back(static_cast<std::uint32_t>(kept.size()));
    result->mentions.assign(kept_mentions.begin(), kept_mentions.end());
    result->cues.assign(kept.begin(), kept.end());
    for (std::uint32_t s = 0; s < sentences.size(); ++s) {
        Claim& claim = result->claims[s];
        claim.mentions = std::span<const Mention>(result->mentions)
                             .subspan(first_mention[s], first_mention[s + 1] - first_mention[s]);
        claim.cues = std::span<const Cue>(result->cues)
                         .subspan(first_kept[s], first_kept[s + 1] - first_kept[s]);
    }
    return result;
}

ReusableAnalyses::ReusableAnalyses(const DocumentAnalysis* analysis) : analysis_(analysis) {
    if (analysis == nullptr) {
        return;
    }
    known_.reserve(analysis->paragraphs.size());
    for (std::uint32_t i = 0; i < analysis->paragraphs.size(); ++i) {
        if (analysis->paragraphs[i] != nullptr) {
            known_.emplace_back(analysis->paragraphs[i]->text_hash, i);
        }
    }
    std::sort(known_.begin(), known_.end());
}

const std::shared_ptr<const ParagraphAnalysis>*
ReusableAnalyses::find(const document::Paragraph& paragraph, std::uint64_t hash,
                       AnalysisDepth wanted, std::uint32_t carried_in) const {
    for (auto it = std::lower_bound(known_.begin(), known_.end(), std::pair{hash, 0U});
         it != known_.end() && it->first == hash; ++it) {
        const auto& shared = analysis_->paragraphs[it->second];
        if (shared->kind == paragraph.kind && shared->key_hash == paragraph.hash &&
            (shared->carried_in == carried_in || carried_in == kAnySubject)) {
            return shared->complete || wanted == AnalysisDepth::subjects_only ? &shared : nullptr;
        }
    }
    return nullptr;
}

DocumentAnalysis Analyzer::analyze(const document::Document& doc, const DocumentAnalysis* reuse,
                                   AnalysisDepth depth, std::size_t begin, std::size_t end,
                                   const std::vector<bool>* in_full) const {
    const ReusableAnalyses reusable(reuse);
    DocumentAnalysis analysis = analyze_range(doc, &reusable, depth, begin, end, in_full);
    if (begin == 0 && end >= doc.paragraphs.size()) {
        carry_subjects(doc, analysis, reuse);
    }
    return analysis;
}

DocumentAnalysis Analyzer::analyze_range(const document::Document& doc,
                                         const ReusableAnalyses* reuse, AnalysisDepth depth,
                                         std::size_t begin, std::size_t end,
                                         const std::vector<bool>* in_full) const {
    end = std::min(end, doc.paragraphs.size());
    begin = std::min(begin, end);
    DocumentAnalysis analysis;
    analysis.paragraphs.reserve(end - begin);
    Scratch scratch(*this);
    // A document split on demand may be having paragraphs split by the diff on another thread:
    // its paragraphs are split here, and only those analysed.
    const bool own = doc.sentences == document::Sentences::eager;
    for (std::size_t p = begin; p < end; ++p) {
        const auto& paragraph = doc.paragraphs[p];
        const AnalysisDepth here = in_full != nullptr && p < in_full->size() && (*in_full)[p]
                                       ? AnalysisDepth::full
                                       : depth;
        // A paragraph's analysis depends only on its text and kind, so equal paragraphs of the
        // other revision share it; an equal key is not enough (see ParagraphAnalysis::text_hash).
        // Whatever subject was carried into it: carry_subjects reads it again if another should
        // be (it keeps the mask of the text read alone). Without analyses to share, the text is
        // hashed once, by analyze_paragraph.
        const auto* shared = reuse == nullptr || reuse->empty()
                                 ? nullptr
                                 : reuse->find(paragraph, paragraph_text_hash(paragraph), here,
                                               ReusableAnalyses::kAnySubject);
        if (shared != nullptr) {
            analysis.paragraphs.push_back(*shared);
            continue;
        }
        sentences_of(paragraph, own, scratch.sentences);
        analysis.paragraphs.push_back(analyze_paragraph(paragraph, here, scratch));
    }
    return analysis;
}

DocumentAnalysis joined(std::vector<DocumentAnalysis> parts) {
    DocumentAnalysis whole;
    std::size_t size = 0;
    for (const auto& part : parts) {
        size += part.paragraphs.size();
    }
    whole.paragraphs.reserve(size);
    for (auto& part : parts) {
        whole.paragraphs.insert(whole.paragraphs.end(),
                                std::make_move_iterator(part.paragraphs.begin()),
                                std::make_move_iterator(part.paragraphs.end()));
    }
    return whole;
}

void Analyzer::carry_subjects(const document::Document& doc, DocumentAnalysis& analysis,
                              const DocumentAnalysis* reuse) const {
    if (!settings_.pronouns_across_paragraphs) {
        return;
    }
    std::optional<ReusableAnalyses> known; // built at the first paragraph analysed again
    std::optional<Scratch> scratch;
    const bool own = doc.sentences == document::Sentences::eager; // as in analyze()
    std::uint32_t carry = ParagraphAnalysis::kNoSubject;
    for (std::size_t p = 0; p < doc.paragraphs.size(); ++p) {
        const auto& paragraph = doc.paragraphs[p];
        auto& current = analysis.paragraphs[p];
        const bool receives = carries_across(paragraph.kind);
        const std::uint32_t wanted =
            receives && carry != ParagraphAnalysis::kNoSubject &&
                    (current->open_pronouns >> std::min<std::uint32_t>(carry, 63) & 1U) != 0
                ? carry
                : ParagraphAnalysis::kNoSubject;
        if (current->carried_in != wanted) {
            const AnalysisDepth depth =
                current->complete ? AnalysisDepth::full : AnalysisDepth::subjects_only;
            if (!known) {
                known.emplace(reuse);
                scratch.emplace(*this);
            }
            const auto* shared = known->find(paragraph, current->text_hash, depth, wanted);
            if (shared != nullptr && (*shared)->open_pronouns == current->open_pronouns) {
                current = *shared;
            } else {
                sentences_of(paragraph, own, scratch->sentences);
                current = analyze_paragraph(paragraph, depth, *scratch, nullptr, wanted,
                                            current->open_pronouns);
            }
        }
        carry = receives ? current->ends_on : ParagraphAnalysis::kNoSubject;
    }
}

DocumentAnalysis Analyzer::analyze_only(const document::Document& doc,
                                        const std::vector<std::uint32_t>& paragraphs,
                                        AnalysisDepth depth) const {
    DocumentAnalysis analysis;
    analysis.paragraphs.resize(doc.paragraphs.size());
    Scratch scratch(*this);
    const bool own = doc.sentences == document::Sentences::eager; // as in analyze()
    for (const auto p : paragraphs) {
        sentences_of(doc.paragraphs[p], own, scratch.sentences);
        analysis.paragraphs[p] = analyze_paragraph(doc.paragraphs[p], depth, scratch);
    }
    return analysis;
}

void Analyzer::complete(const document::Document& doc, DocumentAnalysis& analysis,
                        const std::vector<std::uint32_t>& paragraphs) const {
    Scratch scratch(*this);
    for (const auto p : paragraphs) {
        if (analysis.paragraphs[p] == nullptr || !analysis.paragraphs[p]->complete) {
            // No other thread splits the document now: a paragraph the diff split is read as
            // split.
            sentences_of(doc.paragraphs[p], doc.paragraphs[p].segmented, scratch.sentences);
            const ParagraphAnalysis* partial = analysis.paragraphs[p].get();
            analysis.paragraphs[p] = analyze_paragraph(
                doc.paragraphs[p], AnalysisDepth::full, scratch, partial,
                partial != nullptr ? partial->carried_in : ParagraphAnalysis::kNoSubject,
                partial != nullptr ? partial->open_pronouns : 0);
        }
    }
}

} // namespace redraft::claims
