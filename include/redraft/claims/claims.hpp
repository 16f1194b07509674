#pragma once
// Claims: the declarative sentences of a document, which subjects each is about, and the cues
// (characterizations, hedges, boosters, attributions, negations, scales) and quantities in it.

#include <redraft/claims/config.hpp>
#include <redraft/claims/lexicon.hpp>
#include <redraft/document/document.hpp>
#include <redraft/text/string_store.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace redraft::claims {

// A cue found in a sentence, with what governs it. `Text` holds the words the cue keeps of its
// sentence and of its holder: std::string while the analyzer's rules build the cue, then
// std::string_view in the Cue a claim keeps, into its paragraph analysis's strings
// (ParagraphAnalysis::strings), so that a cue takes no allocation and 224 bytes rather than 360.
template <typename Text>
struct BasicCue {
    CueKind kind = CueKind::characterization;
    std::uint32_t entry = 0; // index into the lexicon
    std::string_view id;     // lexicon id (the lexicon outlives every analysis made with it)
    std::string_view term;   // lexicon term
    Text words;              // as written in the sentence
    std::uint32_t begin = 0; // bytes into the sentence text
    std::uint32_t end = 0;
    // The lexicon row's dimension, shared by every cue of the row as id and term are; empty for
    // negations, attributions and scales.
    std::string_view dimension;
    bool ambivalent = false; // reported, never signed
    bool negated = false;    // governed by an odd number of negations
    bool governs = false;    // a negation or scale that governs another cue
    Text negation;           // the words of the governing negation(s)
    double scale = 1.0;      // product of the governing intensifiers and downtoners
    Text modifier;           // their words
    double weight = 0.0;     // effective signed weight on `dimension`, in [-1, 1]
    Text holder;             // who holds the view ("critics argue"); empty: the author
    // What identifies the holder, whatever words around it change: the head noun of the
    // speaker's noun phrase or the named speaker, lowercased ("critics" for "Many critics
    // argue", "executives" for "executives who left last year complained that", "ortiz" for
    // "Elena Ortiz said", "putin’s critics"), or "*" for an unnamed holder ("is widely seen as",
    // "many believe"). Empty when the author holds the view.
    Text holder_key;
    // The person a pronoun holder stands for in its paragraph ("Maria Berg" for "She told" after
    // "Maria Berg spoke."; the subject's name for a subject speaking): reports show it rather
    // than the pronoun. Empty when the holder is no pronoun or the paragraph names no one for it.
    Text holder_referent;
    // A negation's degree word when it denies only in part ("always" of "did not always"): a
    // partial negation that governs no cue limits its claim rather than denies it. Empty else.
    Text partial;
    // A characterization inside a noun phrase headed by a person's possessive ("Trump’s
    // victory") describes that person: `owner` is the possessive as written, `owner_subject` the
    // subject it names (kNoOwner for another person). Such a cue counts for that subject only.
    static constexpr std::uint32_t kNoOwner = UINT32_MAX;
    Text owner;
    std::uint32_t owner_subject = kNoOwner;
    // The subject who holds this view, when the holder is a subject speaking ("Halvorsen
    // warned that the recovery was weak"): her words judge something else and hold her own
    // doubts, so the cue counts neither for her favorability nor for her certainty. A
    // configured dimension (a stance such as russia_stance) still counts it: what a person says
    // shows where she stands.
    std::uint32_t holder_subject = kNoOwner;
    bool is_own_view_of(std::uint32_t subject) const {
        return holder_subject == subject &&
               (dimension == "favorability" || dimension == "certainty");
    }
    bool counts_for(std::uint32_t subject) const {
        return (owner.empty() || owner_subject == subject) && !is_own_view_of(subject);
    }
};
using Cue = BasicCue<std::string_view>;

enum class QuantityKind { number, percent, ratio, year, date, money };
std::string_view to_string(QuantityKind kind);

struct Quantity {
    QuantityKind kind = QuantityKind::number;
    std::string text;  // as written: "July 2014", "28 of 32", "2 percent", "$1.2bn", "2020-21"
    std::string value; // normalized: "2014-07", "28/32", "2%", "196", "USD 1200000000", "2020-2021"
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
};

// Why a sentence is about a subject: the words naming it, and whether they continue an earlier
// mention (a pronoun or title) rather than name it.
struct Mention {
    std::uint32_t subject = 0;
    std::uint32_t count = 0;   // explicit mentions plus continuations in this sentence
    std::string_view words;    // the first mention as written: "Rutte's", "he" (in its
                               // paragraph analysis's ParagraphAnalysis::strings)
    bool continuation = false; // only pronouns or titles, resolved in the paragraph
};

// One sentence as the assessment sees it.
struct Claim {
    std::uint32_t sentence = 0;        // index in its paragraph
    bool declarative = false;          // a claim: not a heading, question or bare quotation
    std::span<const Mention> mentions; // in its paragraph analysis's ParagraphAnalysis::mentions
    std::span<const Cue> cues;         // in its ParagraphAnalysis::cues
    std::vector<Quantity> quantities;
    // A subject's pronoun or title with no one named before it in the paragraph ("She ..."
    // opening a paragraph), in a sentence about no subject: bytes [begin, end) of the sentence.
    // Such a sentence counts for no one; reports say so when it changes. Empty when none.
    std::uint32_t unresolved_begin = 0, unresolved_end = 0;

    const Mention* mention_of(std::uint32_t subject) const;
    bool has_unresolved_reference() const { return unresolved_end > unresolved_begin; }
    bool is_about(std::uint32_t subject) const { return declarative && mention_of(subject); }
};

// How much of a document to analyse: every sentence, or (for speed on large documents) only the
// cues of sentences about a subject; complete() fills in the rest where needed.
enum class AnalysisDepth { full, subjects_only };

struct ParagraphAnalysis {
    bool complete = true; // false when sentences about no subject were left without cues
    // The paragraph's Paragraph::hash (of its comparison key), to find equal paragraphs: the
    // key itself, a copy of the whole paragraph, is not kept.
    std::uint64_t key_hash = 0;
    // A hash of the paragraph's exact text: only an equal text shares this analysis, as an equal
    // key may hide another case ("the Bank", a subject, against "the bank"), other quotes or
    // white space, and so other claims, cues or sentences.
    std::uint64_t text_hash = 0;
    document::BlockKind kind = document::BlockKind::paragraph;
    std::vector<Claim> claims; // one per sentence, claims or not
    // The mentions and cues of all its claims, sentence after sentence: one allocation each per
    // paragraph rather than per claim, and the sums walk them in order.
    std::vector<Mention> mentions;
    std::vector<Cue> cues;
    // The bytes of its mentions' and cues' words (Mention::words, Cue::words, holder, ...): one
    // block for the paragraph.
    text::StringStore strings;
    // In a block continuing a lead-in, or with [analysis] pronouns_across_paragraphs
    // (Analyzer::carry_subjects): the subject carried in from the block before, as though named
    // just before this one; kNoSubject when none was (the analysis of the text alone). Equal
    // texts share an analysis only with an equal carried-in subject.
    static constexpr std::uint32_t kNoSubject = UINT32_MAX;
    std::uint32_t carried_in = kNoSubject;
    // The subjects (bit min(subject, 63)) of which a pronoun found no one to continue in the
    // paragraph read alone: the only subjects a carry can change it for. A carried analysis
    // keeps the mask of the text read alone.
    std::uint64_t open_pronouns = 0;
    // The subject the paragraph ends on: the one its last sentence referring to anyone (by name,
    // title, pronoun of a subject, a pronoun left unresolved, or another person's name) refers
    // to alone; kNoSubject when that sentence refers to several, to another person or to no one
    // it can name, and for a heading.
    std::uint32_t ends_on = kNoSubject;
    // The paragraph analysed, to tell it from an equal one of the other revision that shares
    // this analysis; never dereferenced, as it may not outlive the analysis (a timeline drops the
    // revisions it has passed).
    const document::Paragraph* source = nullptr;
};

struct DocumentAnalysis {
    // One per paragraph of the document; null for a paragraph left unanalysed (a comparison
    // whose profile sums are known analyses only the paragraphs that differ).
    std::vector<std::shared_ptr<const ParagraphAnalysis>> paragraphs;
    const Claim& claim(std::uint32_t paragraph, std::uint32_t sentence) const {
        return paragraphs[paragraph]->claims[sentence];
    }
};

// The analyses of consecutive ranges of one document (Analyzer::analyze_range), in order: the
// whole's.
DocumentAnalysis joined(std::vector<DocumentAnalysis> parts);

// Whether `block` continues a lead-in (docs/assessment.md, "A lead-in and what follows it"): a
// prose block (a paragraph or a list item) right after a prose block whose text ends in a colon
// ("Hale's record is mixed:" then "- She cut the deficit.", in Markdown or plain text), or a
// list item right after a list item that continues one (`before_continues`). Such a block is
// read with the subject its lead-in ends on, as with [analysis] pronouns_across_paragraphs.
bool continues_lead_in(const document::Paragraph& before, bool before_continues,
                       const document::Paragraph& block);
// For each block of `doc`: 0 when it continues no lead-in, else a hash (never 0) of the kinds
// and exact texts of the blocks it continues, back to the first that continues nothing. Two
// equal blocks of two revisions with equal contexts read alike.
std::vector<std::uint64_t> lead_in_contexts(const document::Document& doc);

// A person named in a document, found by capitalized name sequences ("Angela Merkel", "Ursula
// von der Leyen"). `count` is the number of times the person is named: in full, or by the last
// name alone (a last name two people share counts for the one of them named in full most
// recently).
struct Person {
    std::string name;      // "Ursula von der Leyen"
    std::string last_name; // with its particles, in lowercase: "von der Leyen"
    std::uint32_t count = 0;
    // A given name was seen capitalized inside a sentence ("Her husband, Erik Halvorsen, ..."),
    // not only opening one, where a capital tells nothing ("Examining Rutte's record").
    bool confirmed = false;
    // Personal pronouns that continue this person in the text: "he"/"him"/"his"/"himself"
    // (masculine) and "she"/"her"/"hers"/"herself" (feminine), counted where the person is the
    // only one named in the sentence before the pronoun or in its own.
    std::uint32_t masculine = 0;
    std::uint32_t feminine = 0;
    // The pronouns the text states for the person right after a name of theirs ("Sam Berg, who
    // uses they/them pronouns,", "Berg (she/her)"), all forms: empty where it states none.
    std::vector<std::string> stated_pronouns;
};

enum class Gender { unknown, masculine, feminine };
// What the text's pronouns say of a person: the gender of the pronouns it states for them, or
// else of those that continue them, one kind at least twice and four times the other.
Gender gender_of(const Person& person);
// The pronouns of a gender: the masculine or feminine four, or all eight when unknown.
std::vector<std::string> pronouns_of(Gender gender);
// A person's pronouns: those the text states, or else those of gender_of.
std::vector<std::string> pronouns_of(const Person& person);
// The gender of a personal pronoun ("She", "his"); unknown for any other word.
Gender pronoun_gender(std::string_view word);

// The people named in a document, most often named first (ties by first appearance). Reads each
// paragraph's kind and text only (none of its sentences).
std::vector<Person> find_people(const document::Document& doc);

// The subject redraft picks when none is configured: the person named most often, with the last
// name as alias and the pronouns of their gender (all eight when the text does not tell). None
// when the document names nobody.
std::optional<Subject> choose_subject(const std::vector<Person>& people);

// A set of word keys with false positives: one bit per 16-bit hash.
class FirstKeyFilter {
public:
    static std::uint16_t hash(std::string_view key) {
        std::uint32_t h = 2166136261u; // FNV-1a
        for (const char c : key) {
            h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
        }
        return static_cast<std::uint16_t>(h ^ (h >> 16));
    }
    void add(std::string_view key) {
        const auto h = hash(key);
        bits_[h >> 6] |= std::uint64_t{1} << (h & 63);
    }
    bool may_hold(std::uint16_t h) const { return (bits_[h >> 6] >> (h & 63)) & 1; }

private:
    std::vector<std::uint64_t> bits_ = std::vector<std::uint64_t>(1024, 0);
};

class WordStarts;

// Another revision's paragraph analyses, found by their text: those Analyzer::analyze_range
// shares with the equal paragraphs of the document it analyses. Built once for any number of
// ranges and threads (each range would otherwise sort the whole list again).
class ReusableAnalyses {
public:
    // Finds nothing when `analysis` is null.
    explicit ReusableAnalyses(const DocumentAnalysis* analysis);
    bool empty() const { return known_.empty(); }
    // Whatever subject was carried into a paragraph (ParagraphAnalysis::carried_in).
    static constexpr std::uint32_t kAnySubject = ParagraphAnalysis::kNoSubject - 1;
    // The analysis `paragraph` (of text hash `hash`) may share: the first of equal text, kind,
    // key and carried-in subject (any, with kAnySubject), if it is as deep as `wanted`; null if
    // there is none.
    const std::shared_ptr<const ParagraphAnalysis>* find(const document::Paragraph& paragraph,
                                                         std::uint64_t hash, AnalysisDepth wanted,
                                                         std::uint32_t carried_in) const;

private:
    const DocumentAnalysis* analysis_;
    // Text hash and index in analysis_, in their order where the hashes are equal (an equal key
    // is not enough: see ParagraphAnalysis::text_hash): one sorted vector, searched by halves,
    // rather than a hash map that allocates an entry per paragraph.
    std::vector<std::pair<std::uint64_t, std::uint32_t>> known_;
};

class Analyzer {
public:
    // `people` are the other persons whose mention makes a later pronoun ambiguous. The lexicon
    // must outlive the analyses: cues refer to its ids and terms.
    // `settings`: the configuration's [analysis] (pronouns_across_paragraphs).
    Analyzer(const Lexicon& lexicon, std::vector<Subject> subjects,
             const std::vector<Person>& people, AnalysisSettings settings = {});
    Analyzer(const Analyzer&) = delete; // its word table points into its own patterns
    Analyzer& operator=(const Analyzer&) = delete;

    // Analyses paragraphs [begin, end) of `doc` (all by default); paragraphs equal (by
    // comparison key) to one of `reuse` share its analysis instead of being analysed again. The
    // analyzer is immutable: callers split large documents into ranges analysed on several
    // threads and join the results. Of a document parsed with Sentences::on_demand it splits the
    // paragraphs it analyses itself and reads no paragraph's sentences, so that the diff may
    // split them meanwhile on another thread (document::ensure_sentences).
    // `in_full`, indexed by paragraph: those analysed in full whatever `depth` says (the ones a
    // comparison will complete anyway: analysed once rather than twice).
    DocumentAnalysis analyze(const document::Document& doc, const DocumentAnalysis* reuse = nullptr,
                             AnalysisDepth depth = AnalysisDepth::full, std::size_t begin = 0,
                             std::size_t end = SIZE_MAX,
                             const std::vector<bool>* in_full = nullptr) const;
    // The same, sharing the analyses `reuse` finds (may be null): for ranges of one document
    // analysed apart, which share one ReusableAnalyses.
    DocumentAnalysis analyze_range(const document::Document& doc, const ReusableAnalyses* reuse,
                                   AnalysisDepth depth, std::size_t begin, std::size_t end,
                                   const std::vector<bool>* in_full = nullptr) const;
    // Analyses again each block that continues a lead-in (continues_lead_in), and with [analysis]
    // pronouns_across_paragraphs each prose block, with a pronoun of the subject the block before
    // it ended on (ParagraphAnalysis::ends_on) that found no one in it, as though that subject
    // were named just before it (docs/assessment.md, "Pronouns across paragraphs" and "A lead-in
    // and what follows it"), at the depth it has; an analysis of `reuse` of equal text and equal
    // carried-in subject is shared. A paragraph left unanalysed (null) ends the carry. analyze()
    // does it when it analyses the whole document; a caller who analyses it in parts calls it
    // once they are joined. Nothing changes when done already. With `replaced`, each analysis
    // it replaces is added to it with its paragraph's index (for sums to be corrected).
    void carry_subjects(
        const document::Document& doc, DocumentAnalysis& analysis,
        const DocumentAnalysis* reuse = nullptr,
        std::vector<std::pair<std::uint32_t, std::shared_ptr<const ParagraphAnalysis>>>* replaced =
            nullptr) const;
    // Whether every prose block may continue the one before ([analysis]
    // pronouns_across_paragraphs): a paragraph equal in two revisions may then read otherwise in
    // each, whatever blocks precede it. Without it only a block continuing a lead-in may, which
    // history::unmatched_paragraphs accounts for (lead_in_contexts).
    bool carries_subjects() const { return settings_.pronouns_across_paragraphs; }
    // Analyses only `paragraphs` of `doc`, the others left null; reads sentences as analyze()
    // does, so that the diff may split the document meanwhile. A block continuing a lead-in is
    // read with the blocks it continues (analysed for it, then left null if not asked for).
    DocumentAnalysis analyze_only(const document::Document& doc,
                                  const std::vector<std::uint32_t>& paragraphs,
                                  AnalysisDepth depth) const;
    std::shared_ptr<const ParagraphAnalysis>
    analyze_paragraph(const document::Paragraph& p,
                      AnalysisDepth depth = AnalysisDepth::full) const;
    // Makes the analysis of the given paragraphs complete (see AnalysisDepth), analysing those
    // not analysed at all (null in `analysis`). No other thread may be splitting `doc` meanwhile.
    void complete(const document::Document& doc, DocumentAnalysis& analysis,
                  const std::vector<std::uint32_t>& paragraphs) const;

    const std::vector<Subject>& subjects() const { return subjects_; }
    const Lexicon& lexicon() const { return lexicon_; }

    struct Pattern {
        enum class Kind { name, title, pronoun, other_person } kind = Kind::name;
        std::uint32_t subject = 0;
        std::vector<std::string> keys;
        std::vector<bool> capitalized;   // of names: which words must be capitalized in the text
        Gender gender = Gender::unknown; // of a pronoun, or of another person as the text tells
        bool own_title = false;          // a title no other subject carries ("the challenger")
        std::string person;              // of another person: the name, as found in the text
    };

private:
    struct Scratch; // what one thread reuses from paragraph to paragraph
    // `partial`: the paragraph's analysis at AnalysisDepth::subjects_only, whose sentences about
    // a subject are complete already (complete()): their cues and quantities are taken from it.
    // The sentences read are scratch.sentences, never the paragraph's own: a document split on
    // demand may be split on another thread meanwhile.
    std::shared_ptr<const ParagraphAnalysis>
    // `carried_in`: the subject carried in from the block before (carry_subjects), as though
    // named just before the paragraph, with `open_pronouns` of the paragraph read alone.
    analyze_paragraph(const document::Paragraph& p, AnalysisDepth depth, Scratch& scratch,
                      const ParagraphAnalysis* partial = nullptr,
                      std::uint32_t carried_in = ParagraphAnalysis::kNoSubject,
                      std::uint64_t open_pronouns = 0) const;

    const Lexicon& lexicon_;
    std::vector<Subject> subjects_;
    AnalysisSettings settings_;
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const {
            return std::hash<std::string_view>{}(s);
        }
    };
    // Names, titles and pronouns by their first word's key.
    std::unordered_map<std::string, std::vector<Pattern>, Hash, std::equal_to<>> patterns_;
    std::vector<std::vector<std::string>> subject_name_keys_; // the words of each subject's name
    FirstKeyFilter filter_;
    std::shared_ptr<const WordStarts> starts_; // patterns_ and the lexicon's terms, by first key
    // The word-start memos of finished analyses, handed to the next one on any thread: a memo
    // remembers what starts_ holds for a word as written, which depends on nothing else, so each
    // analyze() and complete() need not learn a document's words again (claims.cpp).
    struct MemoPool;
    std::shared_ptr<MemoPool> memos_;
};

// The score of one dimension for one subject.
struct DimensionScore {
    std::string name;
    double score = 0.0;      // the author's own stance, in [-1, 1]
    double attributed = 0.0; // the views the essay attributes to others, in [-1, 1]
    std::uint32_t cues = 0;  // author-held cues behind `score`
    std::uint32_t attributed_cues = 0;
};

// A characterization term of a profile with its occurrences (a term with rows on several
// dimensions counts once per occurrence).
struct CharacterizationCount {
    std::string id; // the first row's id
    std::string term;
    std::vector<std::string> dimensions;    // the dimensions its rows score
    std::vector<std::string> ambivalent_on; // the dimensions on which it is ambivalent
    std::uint32_t count = 0;
    std::uint32_t negated = 0;
    std::uint32_t attributed = 0;
    // Where it was counted last, so several rows of one occurrence count once.
    std::uint32_t last_paragraph = UINT32_MAX, last_sentence = 0, last_begin = 0;
};

struct ClaimRef {
    std::uint32_t paragraph = 0;
    std::uint32_t sentence = 0;
};

struct AssessmentProfile {
    std::string subject;
    std::uint32_t mentions = 0;
    std::uint32_t claims = 0;
    std::vector<DimensionScore> dimensions; // favorability, certainty, then configured ones
    std::vector<CharacterizationCount> characterizations; // most frequent first
    std::vector<ClaimRef> about;                          // the claims about the subject
};

// The score formula of docs/assessment.md: sum(w) / (sum(|w|) + kScorePrior).
inline constexpr double kScorePrior = 2.0;
double balance_score(double sum, double sum_abs);

// A score as every format shows it: two decimals, rounded half away from zero, "-0.00" read as
// "+0.00". Every command shows the same number for the same score.
double shown_score(double score);
std::string format_score(double score); // "+0.47", "-0.17", "+0.00"
// The shift between two scores as shown: the difference of the shown values, so that "+0.47 ->
// +0.29" always moved -0.18.
double shown_shift(double old_score, double new_score);

// The dimensions scored: favorability, certainty, then each configured one.
std::vector<std::string> dimension_names(const std::vector<Dimension>& configured);

AssessmentProfile build_profile(const DocumentAnalysis& analysis, std::uint32_t subject,
                                const std::string& subject_name,
                                const std::vector<std::string>& dimensions);

// What a profile's counts and scores are computed from, for one subject: sums over claims that
// add up paragraph by paragraph, so that a revision's sums follow from another's by taking away
// the paragraphs only it holds and adding those only the other holds. Weights are summed in
// fixed point (kSumUnits per unit): exact, so the sums come out the same in any order.
inline constexpr double kSumUnits = 1e9;
struct DimensionSums {
    std::int64_t sum = 0, sum_abs = 0;               // author-held cues
    std::int64_t attributed = 0, attributed_abs = 0; // views attributed to others
    std::int64_t cues = 0, attributed_cues = 0;
    bool operator==(const DimensionSums&) const = default;
    DimensionSums& operator+=(const DimensionSums& more);
};
struct ProfileSums {
    std::int64_t mentions = 0;
    std::int64_t claims = 0;
    std::vector<DimensionSums> dimensions; // in the order of the dimension names given
    bool operator==(const ProfileSums&) const = default;
    // The sums of two parts of a document (the same dimensions) add up to the whole's.
    ProfileSums& operator+=(const ProfileSums& more);
};

// Adds (`sign` +1) or takes away (-1) what one paragraph contributes to `sums` of `subject`;
// `sums.dimensions` must have one entry per dimension name.
void add_paragraph_sums(const ParagraphAnalysis& paragraph, std::uint32_t subject,
                        const std::vector<std::string>& dimensions, int sign, ProfileSums& sums);
// The sums over every paragraph of `analysis` (each must be analysed).
ProfileSums profile_sums(const DocumentAnalysis& analysis, std::uint32_t subject,
                         const std::vector<std::string>& dimensions);
// The counts and scores of a profile from its sums (no characterizations, no claim list: what a
// comparison of two revisions shows).
AssessmentProfile profile_from_sums(const ProfileSums& sums, const std::string& subject_name,
                                    const std::vector<std::string>& dimensions);

} // namespace redraft::claims
