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
#include "claims/mentions.hpp"
#include "claims/people.hpp"
#include "claims/quantities.hpp"
#include "claims/references.hpp"
#include "claims/sentence_rules.hpp"
#include "claims/sentence_words.hpp"
#include "claims/verdicts.hpp"
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
        // The name and last name, and the same without the marks of their letters, as a
        // subject's: a copy-edit that drops them ("Lokke" for "Løkke") names the same person.
        std::vector<std::pair<std::string, bool>> phrases = {{person.name, true},
                                                             {person.last_name, false}};
        for (std::size_t k = 0; k < 2; ++k) {
            if (std::string plain = text::without_marks(phrases[k].first);
                plain != phrases[k].first) {
                phrases.emplace_back(std::move(plain), phrases[k].second);
            }
        }
        for (const auto& [phrase, full_name] : phrases) {
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
                full_name && person.confirmed && subject_keys.size() > last_keys.size() &&
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
                    starting.push_back(
                        {index, lane_of(entry), wildcards, second ? keys[1][0] : '\0',
                         wildcards != 0 ? initial_bit(keys.back()) : 0, keys.front() != first});
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

// The genders of other people named in a sentence (a bit each; a person whose gender the text
// does not tell sets both).
constexpr unsigned kOtherMayBeHe = 1;
constexpr unsigned kOtherMayBeShe = 2;

// The bits of the gender the text tells of a person named, or both when it tells none.
unsigned gender_bits(const Analyzer::Pattern& pattern) {
    if (pattern.kind == Analyzer::Pattern::Kind::other_person) {
        if (pattern.gender == Gender::masculine) {
            return kOtherMayBeHe;
        }
        if (pattern.gender == Gender::feminine) {
            return kOtherMayBeShe;
        }
    }
    return kOtherMayBeHe | kOtherMayBeShe;
}

// Whether the other people named beside `subject` in a sentence (`other_genders`) are all of a
// gender the subject's pronouns are not, so that a pronoun of hers in the next block can stand
// for no one of them: "She later met Pierre Curie." ends on her where the text calls Curie "he"
// (task s1: "... said Tom Reddan" ended a column's paragraph on no one, and the next one's "Her
// Mahler ..." counted for no subject). A subject with no pronouns given may be anyone.
bool others_told_apart(const Subject& subject, unsigned other_genders) {
    if (other_genders == 0) {
        return true;
    }
    if (subject.pronouns.empty()) {
        return false;
    }
    const auto may_be = [&](Gender gender) {
        return std::any_of(subject.pronouns.begin(), subject.pronouns.end(),
                           [&](const std::string& p) { return pronoun_gender(p) == gender; });
    };
    return !((other_genders & kOtherMayBeHe) != 0 && may_be(Gender::masculine)) &&
           !((other_genders & kOtherMayBeShe) != 0 && may_be(Gender::feminine));
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
    ParagraphReferences references(lexicon_, subjects_, scratch.named_in_sentence);
    if (carried) {
        references.carry_in(carried_in);
        result->open_pronouns = open_pronouns;
    }
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
        // The genders of the other people named in the sentence, as the text's pronouns tell
        // them (kOtherMay*): whether the block may still end on the subject it refers to.
        unsigned other_genders = 0;
        references.begin_sentence(s, sentence, words, mentioned);

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
        bool he_or_she = false; // Words::he_or_she, as the scan finds it
        const auto word_count = static_cast<std::uint32_t>(words.tokens.size()); // read once
        // Most words name no one and are no quote mark: the scan reads only the words the word
        // lookup found it must stop at (Words::scan_stops). Not past a "he" or "she", whatever
        // its patterns (ParagraphReferences::read_he_or_she), nor a quote mark: their keys have
        // starts of their own (WordStart::pronoun_or_quote).
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
                references.read_he_or_she(i, size == 2);
            }
            const WordStart* start = words.starts[i];
            if (start == nullptr || start->patterns == nullptr) {
                if (words.tokens[i].kind == text::TokenKind::punctuation &&
                    (sentence[words.tokens[i].begin] == '"' ||
                     sentence[words.tokens[i].begin] == '\'' ||
                     sentence[words.tokens[i].begin] == '\xe2') &&
                    is_quote_mark(words.text(sentence, i)) &&
                    !closes_quotation(sentence, words, i)) {
                    references.open_quotation(i);
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
                if (named && is_possessive(words.text(sentence, last))) {
                    possessives.push_back({last, other ? Cue::kNoOwner : pattern.subject,
                                           slice(sentence, token, words.tokens[last])});
                }
                if (other) {
                    // Where the other person's name starts: before the alias, its given
                    // names ("Anne Marie Halvorsen").
                    std::uint32_t name_start = i;
                    while (pattern.kind == Pattern::Kind::name && name_start > 0 &&
                           is_word(words, name_start - 1) &&
                           starts_with_capital(words.text(sentence, name_start - 1))) {
                        --name_start;
                    }
                    references.name_other(pattern, i, last, name_start);
                    others.push_back({i, Cue::kNoOwner, last});
                    other_genders |= gender_bits(pattern);
                    if (const auto renamed =
                            renamed_pronoun(sentence, words, name_start, mentioned)) {
                        unnote(mentioned[*renamed].subject);
                        mentioned.erase(mentioned.begin() + static_cast<std::ptrdiff_t>(*renamed));
                    }
                } else if (pattern.kind == Pattern::Kind::name) {
                    references.name_subject(pattern, i, last);
                    note(pattern.subject, i, last, false);
                    mentioned.push_back({i, pattern.subject, last});
                } else if (references.resolves(pattern, i)) {
                    // "the governor's insistence": her noun phrase, as after her name.
                    if (pattern.kind == Pattern::Kind::title &&
                        is_possessive(words.text(sentence, last))) {
                        possessives.push_back(
                            {last, pattern.subject, slice(sentence, token, words.tokens[last])});
                    }
                    references.continue_subject(pattern, i, last);
                    note(pattern.subject, i, last, true);
                    mentioned.push_back({i, pattern.subject, last});
                    // "his war" after "Rutte met Putin": Putin's noun phrase, as "Putin's war".
                    if (pattern.kind == Pattern::Kind::pronoun && length == 1 &&
                        is_possessive_pronoun(words.lower(sentence, i))) {
                        possessives.push_back(
                            {i, pattern.subject, std::string(words.text(sentence, i))});
                    }
                } else {
                    if (references.leaves_unresolved(pattern, i) &&
                        !claim.has_unresolved_reference()) {
                        claim.unresolved_begin = token.begin;
                        claim.unresolved_end = words.tokens[i + pattern.keys.size() - 1].end;
                    }
                    if (pattern.kind == Pattern::Kind::pronoun && !carried &&
                        !references.named_anyone()) {
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
        references.end_sentence();
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
            result->ends_on =
                found.size() == 1 && !heading &&
                        others_told_apart(subjects_[found.front().subject], other_genders)
                    ? found.front().subject
                    : ParagraphAnalysis::kNoSubject;
        }

        // "Brask is right.", "I think that is unfair.": the author's verdict on the views of
        // the sentence before, whoever this one is about.
        if (s > 0 && first_kept[s] > first_kept[s - 1]) {
            if (const auto verdict = verdict_on_views_before(sentence, words)) {
                const std::span<Cue> before = std::span<Cue>(kept).subspan(
                    first_kept[s - 1], first_kept[s] - first_kept[s - 1]);
                Claim& quoted = result->claims[s - 1];
                // "“Voss is reckless.” I do not agree.": the quotation standing alone is a view
                // too, the author's claim once judged (task s3 of the seventeenth session).
                if (!quoted.declarative && claim.declarative &&
                    is_bare_quotation(std::string_view(paragraph.text)
                                          .substr(sentences[s - 1].begin,
                                                  sentences[s - 1].end - sentences[s - 1].begin))) {
                    quoted.declarative =
                        pass_verdict_on_quotation(*verdict, before, result->strings);
                } else {
                    pass_verdict_on_views(*verdict, before, result->strings);
                }
            }
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
            // A quotation standing alone that the next sentence judged is a claim (its cues were
            // passed the verdict then: not again).
            claim.declarative = done.declarative;
            for (const Cue& cue : done.cues) { // their words into this analysis's strings
                kept.push_back(store_cue(cue, result->strings));
            }
            continue;
        }
        const SentencePeople people{mentioned, others};
        claim.quantities = find_quantities(sentence, words.tokens, scratch.quantities);
        drop_dates_that_name_people(words, people, claim.quantities);
        std::vector<CueSpan>& cues = scratch.cues;
        find_cues(lexicon_, sentence, words, cues, scratch.lanes);
        drop_cues_in_names_and_dates(sentence, words, people, claim.quantities, cues);
        // The rules below only drop cues or tell who owns, holds, negates or scales them (the
        // possessives serve them alone): a sentence with no cue, as most are, needs none of them.
        if (cues.empty()) {
            continue;
        }
        const auto previous_sentence =
            s > 0 ? std::optional(std::span<const Cue>(kept).subspan(
                        first_kept[s - 1], first_kept[s] - first_kept[s - 1]))
                  : std::nullopt;
        apply_cue_rules(lexicon_, sentence, words, people, possessives, references,
                        previous_sentence, cues);
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

bool continues_lead_in(const document::Paragraph& before, bool before_continues,
                       const document::Paragraph& block) {
    if (!carries_across(block.kind) || !carries_across(before.kind)) {
        return false;
    }
    if (before_continues && before.kind == document::BlockKind::list_item &&
        block.kind == document::BlockKind::list_item) {
        return true; // the next item of a list its lead-in opens
    }
    const std::string_view text = before.text;
    std::size_t end = text.size();
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\n' ||
                       text[end - 1] == '\r')) {
        --end;
    }
    return end > 0 && text[end - 1] == ':';
}

std::vector<std::uint64_t> lead_in_contexts(const document::Document& doc) {
    std::vector<std::uint64_t> contexts(doc.paragraphs.size(), 0);
    for (std::size_t p = 1; p < doc.paragraphs.size(); ++p) {
        const auto& before = doc.paragraphs[p - 1];
        if (continues_lead_in(before, contexts[p - 1] != 0, doc.paragraphs[p])) {
            // The blocks before's context, then its kind and text: a hash of them all.
            const std::uint64_t h =
                (contexts[p - 1] ^ text::content_hash64(before.text)) * 1099511628211ull +
                static_cast<std::uint64_t>(before.kind);
            contexts[p] = (h ^ (h >> 29)) | 1U;
        }
    }
    return contexts;
}

void Analyzer::carry_subjects(
    const document::Document& doc, DocumentAnalysis& analysis, const DocumentAnalysis* reuse,
    std::vector<std::pair<std::uint32_t, std::shared_ptr<const ParagraphAnalysis>>>* replaced)
    const {
    const bool across = settings_.pronouns_across_paragraphs;
    std::optional<ReusableAnalyses> known; // built at the first paragraph analysed again
    std::optional<Scratch> scratch;
    const bool own = doc.sentences == document::Sentences::eager; // as in analyze()
    std::uint32_t carry = ParagraphAnalysis::kNoSubject;
    bool continues = false; // whether the block before continues a lead-in
    for (std::size_t p = 0; p < doc.paragraphs.size(); ++p) {
        const auto& paragraph = doc.paragraphs[p];
        auto& current = analysis.paragraphs[p];
        continues = p > 0 && continues_lead_in(doc.paragraphs[p - 1], continues, paragraph);
        if (current == nullptr) {
            carry = ParagraphAnalysis::kNoSubject;
            continue;
        }
        const bool receives = carries_across(paragraph.kind) && (across || continues);
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
            std::shared_ptr<const ParagraphAnalysis> read;
            if (shared != nullptr && (*shared)->open_pronouns == current->open_pronouns) {
                read = *shared;
            } else {
                sentences_of(paragraph, own, scratch->sentences);
                read = analyze_paragraph(paragraph, depth, *scratch, nullptr, wanted,
                                         current->open_pronouns);
            }
            if (replaced != nullptr) {
                replaced->emplace_back(static_cast<std::uint32_t>(p), current);
            }
            current = std::move(read);
        }
        carry = carries_across(paragraph.kind) ? current->ends_on : ParagraphAnalysis::kNoSubject;
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
    // A block continuing a lead-in reads with the blocks it continues: those not asked for are
    // analysed too, for the carry, and left out after it.
    std::vector<std::uint64_t> contexts;
    std::vector<std::uint32_t> context;
    bool carried = false;
    for (const auto p : paragraphs) {
        if (contexts.empty()) {
            contexts = lead_in_contexts(doc);
        }
        for (std::uint32_t q = p; q > 0 && contexts[q] != 0; --q) {
            carried = true;
            if (analysis.paragraphs[q - 1] == nullptr) {
                sentences_of(doc.paragraphs[q - 1], own, scratch.sentences);
                analysis.paragraphs[q - 1] =
                    analyze_paragraph(doc.paragraphs[q - 1], depth, scratch);
                context.push_back(q - 1);
            }
        }
    }
    if (carried) {
        carry_subjects(doc, analysis);
    }
    for (const auto q : context) {
        analysis.paragraphs[q] = nullptr;
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
