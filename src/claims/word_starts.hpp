#pragma once
// What may start at a word of a sentence, by the word's match key: lexicon terms, and the names,
// titles and pronouns of the analyzer. One open-addressing table answers both searches with a
// single lookup per word (the analysis looks up about every other word of a document, and the
// node-based maps it replaces spent most of that time hashing and chasing pointers).

#include <redraft/claims/claims.hpp>

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace redraft::claims {

// A lexicon term that starts with a word, with what the cue search asks of it at every
// occurrence of that word, worked out once.
struct StartingTerm {
    std::uint32_t entry = 0; // the lexicon row
    // Where a longer match hides it: 0 for the kinds other than characterization, 1 + d for a
    // characterization on the d-th dimension characterizations name.
    std::uint32_t lane = 0;
    std::uint32_t wildcards = 0; // how many '*' its words hold
    // The first byte of its second word's key, which the next word of the text must start with
    // in any case (Words::may_start_with); 0 for a term of one word or one whose second is a '*'.
    char second_initial = 0;
    // The initial of its last word's key as a bit of the cue search's initials_of, for a term
    // with a '*': the words its last word may stand on must have it (0 for a term without one).
    // Here, since reading it from the lexicon row cost the search three loads a wildcard term.
    std::uint32_t last_initial = 0;
    // Found by its first word's doubled key (doubled_key: "stop" at "stopp"): the word must be
    // an -ed or -ing form as written ("stopped", not a name such as "Grimm" for "grim").
    bool doubled = false;
};

// A run of terms in the table's one array, by its begin and end pointers (std::ranges::subrange
// would serve, but clang 14 with libstdc++ 12, the hardened build's pair, cannot compile it).
struct TermRun {
    const StartingTerm* first = nullptr;
    const StartingTerm* last = nullptr;
    const StartingTerm* begin() const { return first; }
    const StartingTerm* end() const { return last; }
    bool empty() const { return first == last; }
    std::size_t size() const { return static_cast<std::size_t>(last - first); }
};

struct WordStart {
    std::string key;
    // Lexicon rows: characterizations first, then the other kinds, each longest first. In the
    // table's one array of terms (a list per key was an allocation per key), from `terms_at`.
    // Begin and end pointers, as a vector keeps them: the cue search walks them for every word
    // that starts a term, and a pointer and a size cost it 2% more instructions.
    TermRun terms;
    std::uint32_t terms_at = 0;
    // For a word that starts many terms ("in" some forty): the terms that may match where the
    // next word starts with the letter c (in either case), at index c - 'a' of 26, in the order
    // of `terms`: those whose second word's key starts with c (StartingTerm::second_initial) and
    // those with no second word to test. Null for other words (set by
    // WordStarts::index_by_initial).
    const TermRun* terms_by_initial = nullptr;
    const std::vector<Analyzer::Pattern>* patterns = nullptr; // longest first
    // "he", "she" or a quote mark, whose reading the mention scan follows whatever their
    // patterns: with `patterns`, what stops the scan's fast loop at a word.
    bool pronoun_or_quote = false;
    // Patterns or pronoun_or_quote: the mention scan stops at the word (one test where the word
    // lookup lists such words).
    bool stops_scan = false;
};

class WordStarts {
public:
    WordStarts() = default;
    // Its keys' views point into its own array of terms: moved, never copied.
    WordStarts(const WordStarts&) = delete;
    WordStarts& operator=(const WordStarts&) = delete;
    WordStarts(WordStarts&&) = default;
    WordStarts& operator=(WordStarts&&) = default;

    // Room for `keys` keys at most half full, and for `terms` terms: growing by doubling rehashed
    // and moved every key several times while an analyzer was built.
    void reserve(std::size_t keys, std::size_t terms);
    // Adds (a copy of) the terms or the patterns for `key`; a key may have both (terms added again
    // for a key replace its earlier ones).
    void add_terms(std::string_view key, std::span<const StartingTerm> terms);
    void add_patterns(std::string_view key, const std::vector<Analyzer::Pattern>& patterns);
    void add_pronoun_or_quote(std::string_view key);
    // Sets WordStart::terms_by_initial for every key with `least` terms or more: once all terms
    // are added (adding terms afterwards drops the index).
    void index_by_initial(std::size_t least);
    static constexpr std::size_t kLetters = 26; // WordStart::terms_by_initial's runs

    const WordStart* find(std::string_view key) const {
        if (slots_.empty()) {
            return nullptr;
        }
        for (std::size_t i = hash(key) & mask_;; i = (i + 1) & mask_) {
            const WordStart& slot = slots_[i];
            if (slot.key.empty()) {
                return nullptr;
            }
            if (slot.key == key) {
                return &slot;
            }
        }
    }

    // Whether some key of four bytes or more begins with `prefix`, its first four bytes as one
    // number (in memory order). No false negatives, a few false positives (one bit per 15-bit
    // hash): a word whose key is that long and begins otherwise starts nothing, and the analysis
    // need not compute its key (Words::learn).
    bool may_begin_long_key(std::uint32_t prefix) const {
        const std::uint32_t h = prefix_hash(prefix);
        return (long_key_prefixes_[h >> 6] >> (h & 63) & 1) != 0;
    }

private:
    static std::uint32_t prefix_hash(std::uint32_t prefix) { return (prefix * 0x9E3779B1U) >> 17; }
    static std::uint64_t hash(std::string_view key) {
        std::uint64_t h = 14695981039346656037ULL; // FNV-1a: keys are a few bytes long
        for (const char c : key) {
            h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
        }
        return h ^ (h >> 29);
    }
    WordStart& slot_for(std::string_view key);
    void rehash(std::size_t slots);

    std::vector<WordStart> slots_;    // a power of two, at most half full; an empty key is free
    std::vector<StartingTerm> terms_; // every key's terms, one run per key
    // index_by_initial's runs: 26 per indexed key, into its copies of the terms.
    std::vector<TermRun> initial_runs_;
    std::vector<StartingTerm> initial_terms_;
    std::size_t used_ = 0;
    std::size_t mask_ = 0;
    // may_begin_long_key's bits, 2^15.
    std::vector<std::uint64_t> long_key_prefixes_ = std::vector<std::uint64_t>(512, 0);
};

} // namespace redraft::claims
