#pragma once
// The cue lexicon: TSV rows (id, term, kind, polarity, dimension, note) matched against the words
// of a sentence through normalized, inflection-stripped forms.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace redraft::claims {

enum class CueKind {
    characterization, // a judgement of the subject: "prudent", "half-hearted"
    hedge,            // lowers certainty: "may", "slightly"
    evidential,       // hearsay, lowers certainty: "reportedly", "it is rumored"
    booster,          // raises certainty: "clearly", "consistently"
    attribution,      // someone other than the author holds the view: "critics argue"
    negation,         // flips what it governs: "not", "refrained from"
    intensifier,      // scales what it governs up: "highly"
    downtoner,        // scales what it governs down: "somewhat"
};
std::string_view to_string(CueKind kind);
std::optional<CueKind> cue_kind_from_string(std::string_view name);

struct LexiconEntry {
    std::string id;   // stable, unique within the lexicon: "char.prudent"
    std::string term; // as written in the file: "prudent legalist"
    CueKind kind = CueKind::characterization;
    // Signed weight on `dimension` for characterizations, hedges, evidentials and boosters;
    // none for an ambivalent term (its sign depends on context, so it is reported unsigned).
    std::optional<double> polarity;
    // Scale factor for intensifiers (> 1) and downtoners (< 1); 1 otherwise.
    double multiplier = 1.0;
    bool ambivalent = false;
    std::string dimension; // "favorability", "certainty", a configured dimension, or empty
    // In the lexicon's copy of the row's file: read by people, not by the analysis, and mostly
    // too long for a string's inline buffer (an allocation per row).
    std::string_view note;
    // Where the row was read, for messages: shared by the rows of a file (a path is too long
    // for a string's inline buffer, and a copy per row cost an allocation each).
    std::shared_ptr<const std::string> file;
    std::uint32_t line = 0;
    std::vector<std::string> keys; // the term's words as matched (see word_key)
    // Bit k set: word k of the term is an -ing form ("striking", "posturing") and matches only
    // an -ing form in the text, not the base word its key shares ("strike", "posture"). Unset
    // in a term with a '*', whose words have no fixed places in the text.
    std::uint32_t ing_forms = 0;
    // Bit k set: word k matches only a form that is not -ing, because another row has the -ing
    // form there ("accommodate" beside "accommodating"). Set when the index is built.
    std::uint32_t non_ing_forms = 0;
    // A term written in double quotes in its file ("\"patient\""): its words match only as
    // written (case aside), never an inflected form that shares their keys: an adjective has no
    // plural, and "patients" (a clinical sample) is no "patient". Empty otherwise.
    std::vector<std::string> exact_words;
};

// Whether `written`, a word of a text, is `exact`, a lowercase word of a quoted term, as written
// (case aside).
bool written_as(std::string_view written, std::string_view exact);

// The bits of LexiconEntry::ing_forms for `term`: its words of seven letters or more that end in
// "ing".
std::uint32_t ing_form_words(std::string_view term);
// Whether `word`, as written, is an -ing form: "striking", "Posturing", "shortcomings".
bool is_ing_form(std::string_view word);

// In a term, "*" stands for one to three words between two words of the term: "view * as"
// matches "view her as" and "view the new governor as".
inline constexpr std::string_view kAnyWords = "*";
inline constexpr std::size_t kMaxAnyWords = 3;

// The form a word is matched by: Unicode normalization and case folding, a possessive "'s" or
// trailing apostrophe removed, then a plain suffix strip (-ing, -ed, -es, -s, final -e), so that
// "accuses", "accused", "accusing" and "accuse" meet. Appends the key to `out`.
void append_word_key(std::string_view word, std::string& out);
std::string word_key(std::string_view word);
// The keys of every token of a phrase, punctuation included ("de-escalatory" stays one word).
std::vector<std::string> phrase_keys(std::string_view phrase);
// The key a word's -ed and -ing forms have when they double its last consonant: "stop" ->
// "stopp" ("stopped", "stopping"), "admit" -> "admitt", "label" -> "labell" ("labelled"),
// "flip-flop" -> "flip-flopp". Empty unless the key ends in one consonant (not c, h, w, x or y)
// after one vowel, and has four letters or more: "cut" -> "cutting" and "fit" -> "fitting" are
// other words too often.
std::string doubled_key(std::string_view key);
// Whether `word`, as written, ends in -ed or -ing (any case): the forms doubled_key stands for.
bool is_ed_or_ing_form(std::string_view word);

// Where a row came from: the shipped files are overridden by the user's.
enum class LexiconOrigin { shipped, user };

class Lexicon {
public:
    // Reads one TSV file. Throws Error(config) naming file:line for a malformed row and
    // Error(not_found) for a missing file. A user row replaces the earlier rows with the same
    // term on the same dimension; a shipped row with a duplicate id is an error.
    void load_file(const std::filesystem::path& path, LexiconOrigin origin);
    // Reads rows from text (for tests and embedded data); `name` is used in messages.
    void load_text(std::string_view text, const std::string& name, LexiconOrigin origin);

    const std::vector<LexiconEntry>& entries() const { return entries_; }
    const LexiconEntry& entry(std::uint32_t index) const { return entries_[index]; }
    std::size_t size() const { return entries_.size(); }
    // The dimensions the rows name, in first-seen order.
    std::vector<std::string> dimensions() const;

    // Entries whose terms start with the word key `first`, longest term first. A term whose first
    // word, a base form that is its own key, ends in one consonant after one vowel ("stop",
    // "admit", "label") is also found by that key with the consonant doubled ("stopp", the key
    // of "stopped" and "stopping"; see doubled_key), unless a row of its own for the doubled
    // form is there. Not a quoted term.
    const std::vector<std::uint32_t>* candidates(std::string_view first) const;
    // Calls f(first, candidates) for every first-word key (for indexes built on the lexicon; the
    // candidates stay where they are while the lexicon is unchanged).
    template <typename F>
    void for_each_first(F&& f) const {
        for (const auto& slot : by_first_) {
            if (!slot.rows.empty()) {
                f(std::string_view(slot.key), slot.rows);
            }
        }
    }
    // How many first-word keys there are (what for_each_first visits).
    std::size_t first_keys() const { return first_keys_; }

private:
    friend Lexicon load_lexicon(const std::vector<std::filesystem::path>& user_files);
    // load_file and load_text without building the index: load_lexicon reads every file, then
    // builds it once.
    void read_file(const std::filesystem::path& path, LexiconOrigin origin);
    void read_text(std::string text, const std::string& name, LexiconOrigin origin);
    // Room for `rows` more rows at once: growing row by row moved every row read so far.
    void reserve_rows(std::size_t rows);
    // Enters the last of entries_, just read: replaces the rows it overrides, refuses a duplicate
    // id (the caller then takes it back).
    void admit_last(LexiconOrigin origin);
    void rebuild_index();
    // The live row with `id` (whose hash is `hash`), if any; index_id enters a row just added
    // (by_id_slots_).
    std::optional<std::uint32_t> live_row_with_id(std::string_view id, std::uint64_t hash) const;
    void index_id(std::uint32_t row, std::uint64_t hash);
    // Makes the table `slots` long and enters the live rows below `rows` again.
    void rehash_ids(std::size_t slots, std::uint32_t rows);

    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const {
            return std::hash<std::string_view>{}(s);
        }
    };
    std::vector<std::shared_ptr<const std::string>> texts_; // the files read, for the notes
    std::vector<LexiconEntry> entries_;
    std::vector<bool> removed_;
    // The live rows by the key of their term's first word: an open-addressing table (a power of
    // two, at most half full; a slot without rows is free), sized once per rebuild: a map node and
    // rehashing as it grew were half of building the index.
    struct FirstKey {
        std::string key;
        std::vector<std::uint32_t> rows;
    };
    std::vector<FirstKey> by_first_;
    std::size_t first_keys_ = 0;
    std::vector<std::uint32_t>& rows_starting(std::string_view first);
    // For add(), which would otherwise compare each row with every row before it: the rows by
    // id, and every row by its keys joined (built with the first user row: only a user row
    // replaces others). The ids are an open-addressing table of row numbers, hashed by the row's
    // id (a power of two, at most half full, UINT32_MAX free): a map node and a copy of the id
    // per row were a fifth of the reading. A removed row stays in the table and is passed over.
    std::vector<std::uint32_t> by_id_slots_;
    std::size_t ids_indexed_ = 0;
    std::unordered_map<std::string, std::vector<std::uint32_t>, Hash, std::equal_to<>> by_keys_;
    bool keys_indexed_ = false;
};

// The folder of the shipped lexicon: $REDRAFT_DATA/lexicon when set, else the first that exists
// of <executable dir>/../share/redraft/data/lexicon, <executable dir>/data/lexicon and the
// source tree's data/lexicon (REDRAFT_DATA_DIR). Throws Error(not_found) when none exists.
std::filesystem::path shipped_lexicon_dir();

// Every *.tsv of the shipped folder in name order, then `user_files` in order.
Lexicon load_lexicon(const std::vector<std::filesystem::path>& user_files);

} // namespace redraft::claims
