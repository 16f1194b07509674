#include <redraft/claims/claims.hpp>
#include <redraft/segment/segmenter.hpp>
#include <redraft/text/ascii.hpp>
#include <redraft/text/hash.hpp>
#include <redraft/text/normalize.hpp>
#include <redraft/text/tokens.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>

#include "claims/people.hpp"
#include "claims/quantities.hpp"
#include "claims/word_set.hpp"
#include "claims/word_starts.hpp"

namespace redraft::claims {
namespace {

using Pattern = Analyzer::Pattern;
// "..."sv: the rules' starts_with and ends_with, asked of many words, take a literal's length as
// compiled rather than measure it at each call.
using namespace std::string_view_literals;

// How far a negation reaches (in tokens after it). A scale word reaches only the cue right after
// it ("highly diplomatic"), or after a chain of scale words ("very highly diplomatic"): further
// on it modifies a word that is no cue ("most lasting early achievement", "even when it turned
// out").
constexpr std::uint32_t kNegationWindow = 4;
// How far after a person's possessive a characterization is part of that person's noun phrase
// ("Trump’s victory", "Putin’s brutal aggression").
constexpr std::uint32_t kPossessiveReach = 3;

// Words that start a new clause: a negation or scale before them does not reach past them
// ("not a revanchist, but rather a prudent legalist").
bool is_clause_break_word(std::string_view word) {
    // Asked of most words a cue's scope passes: compared only with the break words of its length.
    const auto is = [&](std::string_view w) { return text::folds_to(word, w); };
    switch (word.size()) {
    case 3:
        return is("but") || is("yet") || is("who");
    case 4:
        return is("that");
    case 5:
        return is("while") || is("which");
    case 6:
        return is("though") || is("rather");
    case 7:
        return is("whereas") || is("however") || is("instead");
    case 8:
        return is("although");
    default:
        return false;
    }
}

// A pipe ends a table's cell: a negation in one cell says nothing of the next.
bool is_clause_break_punct(std::string_view text) {
    return text == "," || text == ";" || text == ":" || text == "(" || text == ")" || text == "-" ||
           text == "\xe2\x80\x93" || text == "\xe2\x80\x94" || text == "." || text == "!" ||
           text == "?" || text == "|";
}

bool is_capitalized(std::string_view word) {
    if (word.empty()) {
        return false;
    }
    const auto c = static_cast<unsigned char>(word.front());
    return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// Quote marks as string_views: compared inline, where a C string is measured first (these are
// asked of every sentence).
constexpr std::string_view kLeftDoubleQuote = "\xe2\x80\x9c";
constexpr std::string_view kLeftSingleQuote = "\xe2\x80\x98";
constexpr std::string_view kRightDoubleQuote = "\xe2\x80\x9d";
constexpr std::string_view kRightSingleQuote = "\xe2\x80\x99";

bool is_opening_quote(std::string_view s) {
    // On the first byte first: most sentences open with a letter, and a curly quote with 0xE2.
    if (s.empty()) {
        return false;
    }
    const char first = s.front();
    return first == '"' || first == '\'' ||
           (first == '\xe2' &&
            (s.starts_with(kLeftDoubleQuote) || s.starts_with(kLeftSingleQuote)));
}

bool is_closing_quote_char(std::string_view s) {
    return s.ends_with('"') || s.ends_with(kRightDoubleQuote) || s.ends_with(kRightSingleQuote) ||
           s.ends_with('\'');
}

// The quotation marks that stand as tokens of their own.
constexpr std::array<std::string_view, 6> kQuoteMarks = {
    "\"", "'", kLeftDoubleQuote, kRightDoubleQuote, kLeftSingleQuote, kRightSingleQuote};

bool is_quote_mark(std::string_view mark) {
    return std::find(kQuoteMarks.begin(), kQuoteMarks.end(), mark) != kQuoteMarks.end();
}

std::string_view strip_trailing_closers(std::string_view s) {
    while (!s.empty()) {
        if (s.back() == ' ' || s.back() == '\n' || s.back() == ')' || s.back() == '"' ||
            s.back() == '\'') {
            s.remove_suffix(1);
        } else if (s.ends_with("\xe2\x80\x9d"sv) || s.ends_with("\xe2\x80\x99"sv)) {
            s.remove_suffix(3);
        } else {
            break;
        }
    }
    return s;
}

// Whether a sentence that opens with a quote mark opens another quotation of the same kind
// after a space: the first closed before a speech tag ("“Berg is rash,” Ek said, “and it
// shows.”"), so words stand outside the quotes. A quotation nested in it uses the other kind.
bool reopens_quotation(std::string_view sentence) {
    const bool curly =
        sentence.starts_with(kLeftDoubleQuote) || sentence.starts_with(kLeftSingleQuote);
    const std::string_view mark = sentence.starts_with(kLeftDoubleQuote)   ? kLeftDoubleQuote
                                  : sentence.starts_with(kLeftSingleQuote) ? kLeftSingleQuote
                                                                           : sentence.substr(0, 1);
    for (auto at = sentence.find(mark, mark.size()); at != std::string_view::npos;
         at = sentence.find(mark, at + mark.size())) {
        // A straight mark opens only after a space and before a word; a curly one always opens.
        const bool opens = curly || (sentence[at - 1] == ' ' && at + 1 < sentence.size() &&
                                     sentence[at + 1] != ' ');
        if (opens) {
            return true;
        }
    }
    return false;
}

// A claim is a declarative sentence of prose: not a question, not a quotation standing alone.
bool is_declarative(const document::Paragraph& p, std::string_view sentence,
                    const std::vector<text::Token>& tokens) {
    if (p.kind == document::BlockKind::heading || p.kind == document::BlockKind::code ||
        p.kind == document::BlockKind::quote) {
        return false;
    }
    const bool has_word = std::any_of(tokens.begin(), tokens.end(), [](const text::Token& t) {
        return t.kind == text::TokenKind::word;
    });
    if (!has_word) {
        return false;
    }
    const std::string_view body = strip_trailing_closers(sentence);
    // The last byte read in place: string_view::ends_with was a call for each sentence.
    if ((!body.empty() && body.back() == '?') || segment::is_table_header(sentence)) {
        return false;
    }
    // A bare quotation: the sentence opens with a quote mark and closes with one, nothing outside.
    std::string_view trimmed = sentence;
    while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\n')) {
        trimmed.remove_suffix(1);
    }
    return !(is_opening_quote(trimmed) && is_closing_quote_char(trimmed) &&
             !reopens_quotation(trimmed));
}

// The words of a sentence with their match keys, and what may start at each word (lexicon
// terms, names, titles, pronouns). A key is computed only when a word may start something (most
// words do not): the filter looks at the first three letters, which inflection stripping never
// changes.
// What starts at each word of up to sixteen bytes as written, remembered while one thread
// analyses: most words of a document repeat ("the", "his", "not", "government"), and a word's
// key and lookups cost more than this.
// The bytes of a word of each size (0 to 16) among 16 bytes read from its start, as two masks
// (StartMemo::pack).
struct WordMask {
    std::uint64_t low;
    std::uint64_t high;
};
constexpr std::array<WordMask, 17> kWordMasks = [] {
    std::array<WordMask, 17> masks{};
    const auto bytes = [](std::size_t n) {
        return n >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * n)) - 1;
    };
    for (std::size_t size = 0; size <= 16; ++size) {
        masks[size] = {bytes(size), size > 8 ? bytes(size - 8) : 0};
    }
    return masks;
}();

class StartMemo {
    static inline const WordStart kNotRemembered{}; // the address only

public:
    // A word of nine to sixteen bytes as two numbers (words hold no NUL byte, so the first is
    // never 0). `limit` is the end of the text the word is in: where 16 bytes can be read, they
    // are, and the bytes past the word masked off. Returned by value: kept in registers.
    struct Packed {
        std::uint64_t low;
        std::uint64_t high;
    };
    static constexpr std::size_t kLongest = 2 * sizeof(std::uint64_t);
    static constexpr std::size_t kShort = sizeof(std::uint64_t);
    static Packed pack(std::string_view word, const char* limit) {
        const std::size_t size = word.size(); // at most kLongest
        Packed packed{0, 0};
        if constexpr (std::endian::native == std::endian::little) {
            if (limit - word.data() >= 16) {
                std::memcpy(&packed.low, word.data(), 8);
                std::memcpy(&packed.high, word.data() + 8, 8);
                return {packed.low & kWordMasks[size].low, packed.high & kWordMasks[size].high};
            }
        }
        const std::size_t first = std::min<std::size_t>(size, 8);
        std::memcpy(&packed.low, word.data(), first);
        std::memcpy(&packed.high, word.data() + first, size - first);
        return packed;
    }
    // A word of two to eight bytes, most words, as one number: one load, one mask, and a table
    // of its own whose lookups hash and compare one number.
    static std::uint64_t pack_short(std::string_view word, const char* limit) {
        const std::size_t size = word.size(); // at most kShort
        std::uint64_t packed = 0;
        if constexpr (std::endian::native == std::endian::little) {
            if (limit - word.data() >= 8) {
                std::memcpy(&packed, word.data(), 8);
                return packed & kWordMasks[size].low;
            }
        }
        std::memcpy(&packed, word.data(), size);
        return packed;
    }
    // What starts at a word of one byte (a punctuation mark, "a", "I"): a table by the byte, as
    // such words are about a tenth of a text's tokens. unknown() where not remembered yet.
    const WordStart* one_byte_start(char byte) const {
        return one_byte_[static_cast<unsigned char>(byte)];
    }
    void remember_one_byte(char byte, const WordStart* start) {
        one_byte_[static_cast<unsigned char>(byte)] = start;
    }
    static const WordStart* unknown() { return &kNotRemembered; }
    bool find(std::uint64_t word, const WordStart*& start) const {
        return short_.find(word, start);
    }
    bool find(Packed packed, const WordStart*& start) const { return long_.find(packed, start); }
    void remember(std::uint64_t word, const WordStart* start) { short_.remember(word, start); }
    void remember(Packed packed, const WordStart* start) { long_.remember(packed, start); }

private:
    static bool is_free(std::uint64_t word) { return word == 0; }
    static bool is_free(Packed word) { return word.low == 0; }
    static bool same(std::uint64_t a, std::uint64_t b) { return a == b; }
    static bool same(Packed a, Packed b) { return a.low == b.low && a.high == b.high; }
    static std::uint64_t mixed(std::uint64_t word) { return word; }
    static std::uint64_t mixed(Packed word) {
        return word.low ^ (word.high * 0xC2B2AE3D27D4EB4FULL);
    }
    // Open addressing, at most half full; a free slot holds the word 0.
    template <typename Word>
    class Table {
    public:
        bool find(Word word, const WordStart*& start) const {
            for (std::size_t i = slot(word);; i = (i + 1) & mask_) {
                const Slot& at = slots_[i];
                if (same(at.word, word)) {
                    start = at.start;
                    return true;
                }
                if (is_free(at.word)) {
                    return false;
                }
            }
        }
        void remember(Word word, const WordStart* start) {
            if (2 * (used_ + 1) > slots_.size()) {
                if (slots_.size() >= kMaxSlots) {
                    return; // that many distinct words: the rest are looked up each time
                }
                grow();
            }
            std::size_t i = slot(word);
            while (!is_free(slots_[i].word)) {
                i = (i + 1) & mask_;
            }
            slots_[i] = {word, start};
            ++used_;
        }

    private:
        static constexpr std::size_t kMaxSlots = std::size_t{1} << 16;
        // A word and what starts at it, side by side: a lookup reads one place.
        struct Slot {
            Word word;
            const WordStart* start;
        };
        std::size_t slot(Word word) const {
            return static_cast<std::size_t>((mixed(word) * 0x9E3779B97F4A7C15ULL) >> 40) & mask_;
        }
        void grow() {
            auto old = std::move(slots_);
            // Four times larger at each step: a document's words fill the table quickly, and
            // each step moves every word remembered so far.
            slots_.assign(old.size() <= 1 ? 1024 : std::min(4 * old.size(), kMaxSlots),
                          Slot{Word{}, nullptr});
            mask_ = slots_.size() - 1;
            used_ = 0;
            for (const Slot& slot : old) {
                if (!is_free(slot.word)) {
                    remember(slot.word, slot.start);
                }
            }
        }
        std::vector<Slot> slots_ = std::vector<Slot>(1, Slot{Word{}, nullptr}); // one free slot
        std::size_t mask_ = 0;
        std::size_t used_ = 0;
    };
    Table<std::uint64_t> short_;
    Table<Packed> long_;
    std::array<const WordStart*, 256> one_byte_ = [] {
        std::array<const WordStart*, 256> table;
        table.fill(unknown());
        return table;
    }();
};

struct Words {
    std::string_view sentence;
    std::vector<text::Token> tokens;
    // What starts at each word, null where nothing does: the first tokens.size() entries.
    std::vector<const WordStart*> starts;
    // The words where a lexicon term starts, and those the mention scan stops at (names, titles,
    // pronouns, quote marks: WordStart::stops_scan), in order: the cue search and the scan pass
    // over the others, most words, without reading them. The first `with_terms_count` and
    // `scan_stops_count` entries; each as long as the longest sentence so far.
    std::vector<std::uint32_t> with_terms;
    std::vector<std::uint32_t> scan_stops;
    std::uint32_t with_terms_count = 0;
    std::uint32_t scan_stops_count = 0;
    mutable std::string buffer;
    // Key i in buffer (begin, size), computed in this sentence where its `sentence` is
    // `sentence_number` (build() counts sentences from 1, so a new entry's 0 is no sentence's);
    // as long as the longest sentence so far. A number, not a memset of every entry per sentence.
    struct KeySpan {
        std::uint32_t begin = 0;
        std::uint32_t size = 0;
        std::uint32_t sentence = 0;
    };
    mutable std::vector<KeySpan> spans;
    std::uint32_t sentence_number = 0;
    mutable std::string lowered; // the sentence in lower case, once asked for (lower())
    // Whether a word is "he" or "she" in any case: set by the mention scan, which reads every
    // such word (true, as unknown, until then). A rule that looks for them looks no further.
    bool he_or_she = true;

    // Word i's match key. Where something starts at the word, the table's entry holds that key
    // (it was found by it): most words the cue search and the rules ask about ("to", "of",
    // "as") are such, and their keys are not computed.
    std::string_view key(std::size_t i) const {
        if (spans[i].sentence != sentence_number && starts[i] != nullptr) {
            return starts[i]->key;
        }
        return computed_key(i);
    }
    // The same, computed (once per sentence): what build() asks, before starts[i] is known. Out
    // of line: inlined, it costs build()'s word loop more than the call.
    [[gnu::noinline]] std::string_view computed_key(std::size_t i) const {
        if (spans[i].sentence != sentence_number) {
            const auto begin = static_cast<std::uint32_t>(buffer.size());
            append_word_key(text(sentence, i), buffer);
            spans[i] = {begin, static_cast<std::uint32_t>(buffer.size()) - begin, sentence_number};
        }
        return std::string_view(buffer).substr(spans[i].begin, spans[i].size);
    }
    // What starts at word i, which the memo does not know: looked up by its key where the key's
    // first three letters may begin one (the filter), and remembered where the word is short
    // enough. Out of line: a word in ten, and build()'s loop keeps its registers for the others.
    [[gnu::noinline]] const WordStart* learn(std::size_t i, const FirstKeyFilter& filter,
                                             const WordStarts& table, StartMemo& memo) const {
        const std::string_view word = text(sentence, i);
        const char* const end = sentence.data() + sentence.size();
        const auto remember = [&](const WordStart* found) {
            if (word.size() == 1) {
                memo.remember_one_byte(word[0], found);
            } else if (word.size() <= StartMemo::kShort) {
                memo.remember(StartMemo::pack_short(word, end), found);
            } else if (word.size() <= StartMemo::kLongest) {
                memo.remember(StartMemo::pack(word, end), found);
            }
            return found;
        };
        // A word whose first eight bytes are ASCII letters or hyphens has a key of four bytes or
        // more (a possessive and the suffixes stripped take at most four of eight), which begins
        // with its first four in lower case: where no key that long begins so, nothing starts at
        // it. Most words the memo does not know are such (a text's rarer words are long), and
        // their keys are not computed.
        if (word.size() >= 8) {
            std::uint64_t head = 0;
            std::memcpy(&head, word.data(), 8);
            head = text::ascii_lower_bytes(head);
            const bool letters = (text::bytes_between(head, 'a', 'z') |
                                  text::bytes_between(head, '-', '-')) == text::kHighBits;
            std::uint32_t prefix = 0;
            std::memcpy(&prefix, &head, 4); // the first four bytes, whatever the byte order
            if (letters && !table.may_begin_long_key(prefix)) {
                return remember(nullptr);
            }
        }
        char prefix[3];
        bool plain = word.size() > 4;
        for (std::size_t k = 0; k < 3 && plain; ++k) {
            const char c = word[k];
            plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
            prefix[k] = text::ascii_lower(c);
        }
        const auto hash = plain ? FirstKeyFilter::hash(std::string_view(prefix, 3))
                                : FirstKeyFilter::hash(computed_key(i).substr(0, 3));
        return remember(filter.may_hold(hash) ? table.find(computed_key(i)) : nullptr);
    }
    void build(std::string_view text_of_sentence, const FirstKeyFilter& filter,
               const WordStarts& table, StartMemo& memo) {
        sentence = text_of_sentence;
        tokens.clear();
        buffer.clear();
        lowered.clear();
        he_or_she = true;
        text::tokenize_into(sentence, tokens);
        const std::size_t count = tokens.size();
        if (spans.size() < count) {
            spans.resize(count);
        }
        if (++sentence_number == 0) { // after 2^32 sentences: no entry is of a sentence again
            for (KeySpan& span : spans) {
                span.sentence = 0;
            }
            sentence_number = 1;
        }
        // As long as the longest sentence so far, as the lists are (every word's entry is
        // written below): resized to each sentence, it was zero-filled again after each shorter
        // one.
        if (starts.size() < count) {
            starts.resize(count);
        }
        if (with_terms.size() < count) {
            with_terms.resize(count);
            scan_stops.resize(count);
        }
        // Through pointers: the stores to starts would otherwise make the compiler read the
        // vectors' bounds again at every word.
        const text::Token* const token = tokens.data();
        const WordStart** const start = starts.data();
        std::uint32_t* const term_at = with_terms.data();
        std::uint32_t* const stop_at = scan_stops.data();
        std::uint32_t terms_here = 0;
        std::uint32_t stops_here = 0;
        const char* const bytes = sentence.data();
        const char* const end = bytes + sentence.size();
        for (std::size_t i = 0; i < count; ++i) {
            // What starts at word i, as remembered (nine words in ten), else learnt.
            const char* const word = bytes + token[i].begin;
            const std::size_t size = token[i].end - token[i].begin;
            const WordStart* found = nullptr;
            if (size == 1) {
                found = memo.one_byte_start(*word);
                if (found == StartMemo::unknown()) {
                    found = learn(i, filter, table, memo);
                }
            } else if (size <= StartMemo::kShort) {
                if (!memo.find(StartMemo::pack_short({word, size}, end), found)) {
                    found = learn(i, filter, table, memo);
                }
            } else if (size > StartMemo::kLongest ||
                       !memo.find(StartMemo::pack({word, size}, end), found)) {
                found = learn(i, filter, table, memo);
            }
            start[i] = found;
            if (found != nullptr) {
                if (!found->terms.empty()) {
                    term_at[terms_here++] = static_cast<std::uint32_t>(i);
                }
                if (found->stops_scan) {
                    stop_at[stops_here++] = static_cast<std::uint32_t>(i);
                }
            }
        }
        with_terms_count = terms_here;
        scan_stops_count = stops_here;
    }
    // Word i as written (tokens lie inside the sentence: no bounds check, the rules ask often).
    std::string_view text(std::string_view sentence, std::size_t i) const {
        return {sentence.data() + tokens[i].begin, tokens[i].end - tokens[i].begin};
    }
    // Word i in ASCII lower case, as text() (the rules compare words with lists of lower-case
    // words): the sentence is lowered once, the first time a rule asks, not word by word. Always
    // inline: gcc left some 24,000 calls of it out of line on the 1 MB pair (about 1 M
    // instructions with the comparisons that follow them).
    [[gnu::always_inline]] std::string_view lower(std::string_view sentence, std::size_t i) const {
        if (lowered.size() != sentence.size()) {
            lower_sentence(sentence);
        }
        return {lowered.data() + tokens[i].begin, tokens[i].end - tokens[i].begin};
    }
    // Out of line, so that lower(), asked some hundred thousand times, stays small enough to
    // be inlined where it is asked.
    [[gnu::noinline]] void lower_sentence(std::string_view sentence) const {
        lowered.resize(sentence.size());
        text::ascii_lower_into(sentence, lowered.data());
    }
    // Whether word i may have `key`, told from its first letter without computing its key: most
    // words after a wildcard's first word ("in * view") are not the word the term needs.
    bool may_be_key(std::size_t i, std::string_view wanted) const {
        return wanted.empty() || may_start_with(i, wanted[0]);
    }
    // Whether word i's key may start with `initial`, told from its first letter.
    bool may_start_with(std::size_t i, char initial) const {
        const std::string_view written = text(sentence, i);
        if (written.empty() || static_cast<unsigned char>(written[0]) >= 0x80) {
            return true; // a folded or curly first character: compare keys
        }
        return text::ascii_lower(written[0]) == initial;
    }
    // match_length for the terms or names that start at word `at` (WordStart): their first
    // key is the word's key, so only the words after it are compared (the word's own key is
    // often never needed: a word's start is remembered as written).
    std::uint32_t match_length_from_start(std::size_t at,
                                          const std::vector<std::string>& keys) const {
        return keys.front() == kAnyWords ? match_length(at, keys)
                                         : match_length(at + 1, keys, 1, at);
    }
    // The same for keys with no wildcard (StartingTerm::wildcards 0), without the recursion
    // match_length needs for one: inline, as most terms tried have none.
    [[gnu::always_inline]] std::uint32_t
    plain_match_length_from_start(std::size_t at, const std::vector<std::string>& keys) const {
        for (std::size_t k = 1; k < keys.size(); ++k) {
            if (at + k >= tokens.size() || !may_be_key(at + k, keys[k]) || key(at + k) != keys[k]) {
                return 0;
            }
        }
        return static_cast<std::uint32_t>(keys.size());
    }
    // A word a wildcard never stands for: it would hide the negation ("showed not to be a
    // revanchist" is no booster "show * to be" over "not").
    static bool is_negation_word(std::string_view key) {
        return key == "not" || key == "never" || key == "no" || key == "neither" || key == "nor" ||
               key.ends_with("n't"sv);
    }
    // The apostrophe of a plural's possessive ("critics'", "the fans’"): a punctuation token
    // right after a word in -s, which a wildcard passes over as part of that word.
    bool is_plural_possessive_mark(std::size_t i) const {
        if (i == 0 || tokens[i].kind != text::TokenKind::punctuation ||
            tokens[i - 1].kind != text::TokenKind::word || tokens[i].begin != tokens[i - 1].end) {
            return false;
        }
        const std::string_view mark = text(sentence, i);
        const std::string_view word = text(sentence, i - 1);
        return (mark == "'" || mark == "\xe2\x80\x99") &&
               (word.ends_with("s"sv) || word.ends_with("S"sv));
    }
    // How many tokens the keys cover from `at`, or 0 when they do not match there. A kAnyWords
    // key covers the fewest words (one to kMaxAnyWords, no punctuation, no negation) that let
    // the rest match; a plural's possessive apostrophe goes with its word ("in her critics'
    // view").
    std::uint32_t match_length(std::size_t at, const std::vector<std::string>& keys,
                               std::size_t k = 0, std::size_t from = SIZE_MAX) const {
        const std::size_t begin = from == SIZE_MAX ? at : from;
        for (; k < keys.size(); ++k, ++at) {
            if (keys[k] == kAnyWords) {
                std::size_t last = at;
                for (std::size_t n = 1; n <= kMaxAnyWords; ++n, ++last) {
                    if (last >= tokens.size() ||
                        tokens[last].kind == text::TokenKind::punctuation ||
                        is_negation_word(key(last))) {
                        break;
                    }
                    if (last + 1 < tokens.size() && is_plural_possessive_mark(last + 1)) {
                        ++last;
                    }
                    if (const auto length = match_length(last + 1, keys, k + 1, begin)) {
                        return length;
                    }
                }
                return 0;
            }
            if (at >= tokens.size() || !may_be_key(at, keys[k]) || key(at) != keys[k]) {
                return 0;
            }
        }
        return static_cast<std::uint32_t>(at - begin);
    }
};

// The words from `first` to `last` as written, with each run of white space (a line break of a
// wrapped paragraph included) as one space, so that re-wrapping never changes a cue or a holder:
// into `out`, whose buffer is reused.
void slice_into(std::string_view sentence, const text::Token& first, const text::Token& last,
                std::string& out) {
    const std::string_view span = sentence.substr(first.begin, last.end - first.begin);
    if (&first == &last) {
        out.assign(span); // one token, as most cues and names are: no white space in it
        return;
    }
    out.assign(span.size(), ' '); // never longer than the words as written
    char* write = out.data();
    bool space = false;
    for (const char c : span) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = true;
            continue;
        }
        write += space; // the space is in place already
        space = false;
        *write++ = c;
    }
    out.resize(static_cast<std::size_t>(write - out.data()));
}

// The same words as a new string.
std::string slice(std::string_view sentence, const text::Token& first, const text::Token& last) {
    std::string out;
    slice_into(sentence, first, last, out);
    return out;
}

std::string join_words(const std::string& a, const std::string& b) {
    if (a.empty()) {
        return b;
    }
    return b.empty() ? a : a + " " + b;
}

// A cue as the rules build it: its words in strings of its own, until store_cue copies them into
// its paragraph analysis.
using CueDraft = BasicCue<std::string>;

// Finds lexicon cues, longest term first, without overlaps. Records each cue's token range.
struct CueSpan {
    CueDraft cue;
    std::uint32_t first = 0; // token index
    std::uint32_t last = 0;  // token index, inclusive
    static constexpr std::uint32_t kNotHeld = UINT32_MAX;
    std::uint32_t held_by = kNotHeld; // index of the attribution whose holder holds this cue
    // Marked by a rule that removes the cue once it has looked at them all (erase_marked): a
    // flag in place rather than a vector<bool> per rule and sentence.
    bool dropped = false;
    // A characterization read from a word the lexicon lacks, a negative prefix on a positive term
    // ("unreasonable" for "reasonable"): counted only where a negation governs it (litotes).
    bool prefixed = false;
};

// `span` as a new CueSpan, its strings emptied in place: find_cues reuses the cues of the sentence
// before, whose strings keep their buffers, where constructing each cue anew (eight strings) and
// destroying it after cost more than the cue's search. The structured binding names every member
// of a cue, so that a member added to BasicCue and not here fails to compile.
void reset_cue(CueSpan& span) {
    auto& [kind, entry, id, term, words, begin, end, dimension, ambivalent, negated, governs,
           negation, scale, modifier, weight, holder, holder_key, holder_referent, partial, owner,
           owner_subject, holder_subject] = span.cue;
    static_assert(sizeof(CueSpan) == sizeof(CueDraft) + 4 * sizeof(std::uint32_t),
                  "a CueSpan member added: reset it here");
    static const CueDraft fresh; // the defaults
    kind = fresh.kind;
    entry = fresh.entry;
    id = fresh.id;
    term = fresh.term;
    words.clear();
    begin = fresh.begin;
    end = fresh.end;
    dimension = fresh.dimension;
    ambivalent = fresh.ambivalent;
    negated = fresh.negated;
    governs = fresh.governs;
    negation.clear();
    scale = fresh.scale;
    modifier.clear();
    weight = fresh.weight;
    holder.clear();
    holder_key.clear();
    holder_referent.clear();
    partial.clear();
    owner.clear();
    owner_subject = fresh.owner_subject;
    holder_subject = fresh.holder_subject;
    span.first = 0;
    span.last = 0;
    span.held_by = CueSpan::kNotHeld;
    span.dropped = false;
    span.prefixed = false;
}

// Makes `span` the cue of lexicon row `e` (`entry`) read at words [first, last] of `sentence`.
// Inline: the cue search calls it for every cue it finds (0.4 M instructions on the 1 MB pair).
[[gnu::always_inline]] inline void set_cue(CueSpan& span, const LexiconEntry& entry,
                                           std::uint32_t e, std::string_view sentence,
                                           const Words& words, std::uint32_t first,
                                           std::uint32_t last) {
    span.first = first;
    span.last = last;
    span.cue.kind = entry.kind;
    span.cue.entry = e;
    span.cue.id = entry.id;
    span.cue.term = entry.term;
    slice_into(sentence, words.tokens[first], words.tokens[last], span.cue.words);
    span.cue.begin = words.tokens[first].begin;
    span.cue.end = words.tokens[last].end;
    span.cue.dimension = entry.dimension;
    span.cue.ambivalent = entry.ambivalent;
}

// Whether a term with `wildcards` '*' may end within its reach from word `at`: its last word
// stands somewhere it could ("in * view" needs "view" two to four words on). Words that start many
// wildcard terms ("in", "no") would otherwise try every one of them at every occurrence.
// The words [begin, end) where that last word may stand. Inline: asked for every wildcard term
// tried.
[[gnu::always_inline]] inline std::pair<std::uint32_t, std::uint32_t>
last_key_reach(const Words& words, std::uint32_t at, const std::vector<std::string>& keys,
               std::size_t wildcards) {
    const std::size_t first = at + keys.size() - 1;
    const std::size_t last =
        std::min(words.tokens.size(), first + wildcards * (kMaxAnyWords - 1) + 1);
    return {static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(std::max(first, last))};
}

bool last_key_within_reach(const Words& words, std::uint32_t at,
                           const std::vector<std::string>& keys, std::size_t wildcards) {
    const auto [first, last] = last_key_reach(words, at, keys, wildcards);
    for (std::size_t j = first; j < last; ++j) {
        if (words.may_be_key(j, keys.back()) && words.key(j) == keys.back()) {
            return true;
        }
    }
    return false;
}

// The initials of the words from `begin` to `end` as bits, as Words::may_be_key reads a word's
// first letter: bit 0-25 for a to z, 26 for another ASCII byte, every bit for a word whose first
// byte is not ASCII (a folded or curly letter, whose key may start with anything).
std::uint32_t initials_of(std::string_view sentence, const Words& words, std::uint32_t begin,
                          std::uint32_t end) {
    std::uint32_t bits = 0;
    for (std::uint32_t j = begin; j < end; ++j) {
        const std::string_view word = words.text(sentence, j);
        const auto first = word.empty() ? 0x80U : static_cast<unsigned char>(word.front());
        if (first >= 0x80) {
            return ~std::uint32_t{0};
        }
        const auto lower = static_cast<unsigned char>(text::ascii_lower(static_cast<char>(first)));
        bits |= lower >= 'a' && lower <= 'z' ? std::uint32_t{1} << (lower - 'a')
                                             : std::uint32_t{1} << 26;
    }
    return bits;
}

// The bit of initials_of that a word whose key is `key` has (every bit for an empty key).
std::uint32_t initial_bit(std::string_view key) {
    if (key.empty()) {
        return ~std::uint32_t{0};
    }
    const auto first = static_cast<unsigned char>(key.front());
    return first >= 'a' && first <= 'z' ? std::uint32_t{1} << (first - 'a')
                                        : std::uint32_t{1} << 26;
}

// A term's -ing words meet only -ing forms: "striking" is no "strike", "posturing" no "posture",
// "embarrassing" no "embarrassed".
bool ing_forms_match(std::string_view sentence, const Words& words, std::uint32_t at,
                     const LexiconEntry& entry) {
    // A quoted term's words only as written: "\"patient\"" is no "patients".
    for (std::uint32_t k = 0; k < entry.exact_words.size(); ++k) {
        if (!written_as(words.text(sentence, at + k), entry.exact_words[k])) {
            return false;
        }
    }
    const std::uint32_t fixed = entry.ing_forms | entry.non_ing_forms;
    for (std::uint32_t k = 0; fixed >> k != 0; ++k) {
        if ((fixed >> k & 1U) != 0 &&
            is_ing_form(words.text(sentence, at + k)) != ((entry.ing_forms >> k & 1U) != 0)) {
            return false;
        }
    }
    return true;
}

// Characterizations form one layer and every other kind a second: inside a layer the longest
// term wins and its words are not matched again ("prudent legalist" over "prudent"), but the
// layers do not hide each other ("unparalleled popularity" is a characterization and
// "unparalleled" still a booster). One lookup per word serves both layers. Cues come out in
// reading order.
// Rows that deny a view on behalf of nobody, read where the words name nobody: "A few historians
// would call her reckless" says some do (a row on "few" does not match after "a"), and "No doubt
// critics would call her reckless", "no wonder", "no matter" are no people ("no * would call"
// needs its people after "no"). The words are left to the hedge and the attribution they hold.
bool names_nobody(std::string_view sentence, const Words& words, std::uint32_t at,
                  const LexiconEntry& entry) {
    if (entry.kind != CueKind::negation || words.tokens[at].kind == text::TokenKind::punctuation) {
        return false;
    }
    if (entry.term.starts_with("few "sv)) {
        if (at == 0 || words.tokens[at - 1].kind == text::TokenKind::punctuation) {
            return false;
        }
        const std::string_view before = words.text(sentence, at - 1);
        return before == "a" || before == "A";
    }
    if (entry.term.starts_with("no * "sv) && at + 1 < words.tokens.size()) {
        static const WordSet adverbial = {"doubt", "wonder", "matter", "question", "surprise"};
        return adverbial.contains(words.key(at + 1));
    }
    return false;
}

// Where a longer term hides a shorter one: characterizations on one dimension, or the other
// kinds together (StartingTerm::lane). A user's "misjudged moscow" on russia_stance must not
// hide "misjudge" on favorability.
struct CueLane {
    std::uint32_t free_from = 0; // the first word not inside a match
    // At the current word: what matched, longest term first.
    std::uint32_t length = 0;
    const std::vector<std::string>* keys = nullptr;
};

// Fills `found` (its cues reused from sentence to sentence, reset_cue, and its buffer, as
// `lanes`').
void find_cues(const Lexicon& lexicon, std::string_view sentence, const Words& words,
               std::vector<CueSpan>& found, std::vector<CueLane>& lanes) {
    std::size_t cues = 0; // found so far: the cues after them are the sentence before's
    const auto next_cue = [&]() -> CueSpan& {
        if (cues < found.size()) {
            reset_cue(found[cues]);
            return found[cues++];
        }
        ++cues;
        return found.emplace_back();
    };
    // Emptied in place, not cleared: cleared, they were grown again (a call of
    // vector::_M_default_append) at the first term of nearly every sentence.
    for (CueLane& lane : lanes) {
        lane = CueLane{};
    }
    // Read once: a vector's size is computed where it is asked, and this loop asks often (and
    // reads the lanes' again after every cue added to `found`, which it cannot tell apart).
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    std::size_t lane_count = lanes.size();
    CueLane* lane_at = lanes.data();
    // Only the words where a term starts (Words::with_terms).
    const std::uint32_t* const with_terms = words.with_terms.data();
    const LexiconEntry* const rows = lexicon.entries().data(); // likewise
    for (std::uint32_t n = 0; n < words.with_terms_count; ++n) {
        const std::uint32_t i = with_terms[n];
        const WordStart* start = words.starts[i];
        // Every lane holds no match of this word yet (a word that matched clears its lanes).
        bool matched = false;
        // Most terms differ from the text at their second word, which its first letter tells
        // as in Words::may_start_with: kAnyInitial where it cannot (a folded or curly first
        // character), 0 where no word follows.
        constexpr int kAnyInitial = 256;
        int next_initial = 0;
        if (i + 1 < count) {
            const std::string_view next = words.text(sentence, i + 1);
            const auto first = next.empty() ? 0x80 : static_cast<unsigned char>(next.front());
            next_initial =
                first >= 0x80
                    ? kAnyInitial
                    : static_cast<unsigned char>(text::ascii_lower(static_cast<char>(first)));
        }
        // The initials of the words where a wildcard term's last word may stand, read once for
        // the terms of one shape: a word such as "in" starts a dozen ("in * view", "in * eyes",
        // ...), whose last words are mostly not there.
        std::uint32_t reach_begin = 0;
        std::uint32_t reach_end = 0;
        std::uint32_t reach_initials = 0;
        // Characterizations first, then the other kinds (the order of start->terms); of a word
        // that starts many, before a word that opens with a letter, only those the letter allows
        // (the same test as below).
        const TermRun terms =
            start->terms_by_initial != nullptr && next_initial >= 'a' && next_initial <= 'z'
                ? start->terms_by_initial[next_initial - 'a']
                : start->terms;
        for (const StartingTerm& term : terms) {
            if (term.second_initial != 0 && next_initial != kAnyInitial &&
                next_initial != static_cast<unsigned char>(term.second_initial)) {
                continue;
            }
            if (term.lane >= lane_count) {
                lanes.resize(term.lane + 1);
                lane_count = lanes.size();
                lane_at = lanes.data();
            }
            CueLane& lane = lane_at[term.lane];
            const LexiconEntry& entry = rows[term.entry];
            // After a match in a lane only the same term joins it (on another row), never a
            // shorter one nor a wildcard term as long ("view * as" after "view him as").
            if (lane.free_from > i ||
                (lane.keys != nullptr && lane.keys != &entry.keys && entry.keys != *lane.keys)) {
                continue;
            }
            if (term.wildcards != 0) {
                const auto [begin, end] = last_key_reach(words, i, entry.keys, term.wildcards);
                if (begin != reach_begin || end != reach_end) {
                    reach_begin = begin;
                    reach_end = end;
                    reach_initials = initials_of(sentence, words, begin, end);
                }
                if ((reach_initials & term.last_initial) == 0 ||
                    !last_key_within_reach(words, i, entry.keys, term.wildcards)) {
                    continue;
                }
            }
            const std::uint32_t covered = term.wildcards == 0
                                              ? words.plain_match_length_from_start(i, entry.keys)
                                              : words.match_length_from_start(i, entry.keys);
            if (covered == 0 || !ing_forms_match(sentence, words, i, entry) ||
                names_nobody(sentence, words, i, entry)) {
                continue;
            }
            lane.length = covered;
            lane.keys = &entry.keys;
            matched = true;
            set_cue(next_cue(), entry, term.entry, sentence, words, i, i + covered - 1);
        }
        if (!matched) {
            continue; // most words that start a term match none: their lanes stay as they were
        }
        for (auto& lane : lanes) {
            if (lane.length > 0) {
                lane.free_from = i + lane.length;
            }
            lane.length = 0;
            lane.keys = nullptr;
        }
    }
    found.resize(cues); // the sentence before's that were not reused
    // In reading order: every cue found at word i starts there.
}

bool is_break(std::string_view sentence, const Words& words, std::uint32_t i) {
    const auto& t = words.tokens[i];
    const std::string_view token = sentence.substr(t.begin, t.end - t.begin);
    if (t.kind == text::TokenKind::punctuation) {
        return is_clause_break_punct(token);
    }
    return is_clause_break_word(token);
}

std::string lowercase(std::string_view word) {
    return text::ascii_lowercase(word);
}

// Words that open the author's answer to a view just reported.
bool is_contrast_word(std::string_view word) {
    static const std::vector<std::string_view> contrast = {"but",      "yet",    "however",
                                                           "although", "though", "whereas"};
    return std::any_of(contrast.begin(), contrast.end(),
                       [&](std::string_view w) { return text::folds_to(word, w); });
}

// Removes the cues marked `dropped` from `first` on (the first one marked), keeping the others in
// order.
[[gnu::noinline]] void erase_marked_from(std::vector<CueSpan>& cues, std::size_t first) {
    const std::size_t count = cues.size();
    std::size_t kept = first;
    for (std::size_t i = first; i < count; ++i) {
        if (!cues[i].dropped) {
            if (kept != i) {
                cues[kept] = std::move(cues[i]);
            }
            ++kept;
        }
    }
    cues.resize(kept);
}

// Removes the cues marked `dropped`, keeping the others in order. Inline: seven rules call it for
// every sentence with cues, and most drop nothing, so that the call cost more than the look.
[[gnu::always_inline]] inline void erase_marked(std::vector<CueSpan>& cues) {
    const std::size_t count = cues.size();
    for (std::size_t i = 0; i < count; ++i) {
        if (cues[i].dropped) {
            erase_marked_from(cues, i);
            return;
        }
    }
}

bool is_governable(CueKind kind) {
    return kind == CueKind::characterization || kind == CueKind::booster ||
           kind == CueKind::hedge || kind == CueKind::evidential;
}

bool is_scale(CueKind kind) {
    return kind == CueKind::intensifier || kind == CueKind::downtoner;
}

// The weight a partial negation leaves: "not always honest" is half of "not honest".
constexpr double kPartialNegation = 0.5;

// Intensifiers of excess: more of a quality than is good.
bool is_excess(std::string_view term) {
    return term == "too" || term == "overly" || term == "excessively" || term == "unduly";
}

// The scale word cues[g] multiplies the first governable cue that starts right after it, looking
// through the scale words chained to it ("very highly diplomatic"). An excess of a virtue is a
// fault ("too patient", "overly generous"): the virtue is turned over at half weight, as a partial
// negation turns it ("not always patient"), cited as negated by the excess word.
void apply_scale(std::vector<CueSpan>& cues, std::size_t g, const Lexicon& lexicon) {
    std::uint32_t next = cues[g].last + 1;
    for (std::size_t t = g + 1; t < cues.size(); ++t) {
        auto& target = cues[t];
        if (target.first < next) {
            continue; // inside the scale word's own span, or another layer's overlap
        }
        if (target.first > next) {
            return;
        }
        if (is_scale(target.cue.kind)) {
            next = target.last + 1;
            continue;
        }
        if (!is_governable(target.cue.kind)) {
            return;
        }
        // Not the "too" of "too popular to sack", which says "so popular that she was not
        // sacked": a degree that does something, not a fault.
        const bool so_that_not = std::any_of(cues.begin(), cues.end(), [&](const CueSpan& c) {
            return c.first == cues[g].first && c.cue.kind == CueKind::negation &&
                   c.cue.term == "too * to";
        });
        const auto& polarity = lexicon.entry(target.cue.entry).polarity;
        if (is_excess(cues[g].cue.term) && !so_that_not &&
            target.cue.kind == CueKind::characterization && polarity && *polarity > 0) {
            target.cue.scale *= kPartialNegation;
            target.cue.negated = !target.cue.negated;
            target.cue.negation = join_words(target.cue.negation, cues[g].cue.words);
            cues[g].cue.governs = true;
            return;
        }
        target.cue.scale *= lexicon.entry(cues[g].cue.entry).multiplier;
        target.cue.modifier = join_words(target.cue.modifier, cues[g].cue.words);
        cues[g].cue.governs = true;
        return;
    }
}

// Applies negations and scales to the cues they govern: forward, a negation within a window of
// tokens, a scale word to the cue right after it, never past a clause break.
bool is_word(const Words& words, std::uint32_t i) {
    return words.tokens[i].kind == text::TokenKind::word;
}

// Past an insertion that starts at token `at` ("not, by any measure, a timid regulator", "not
// — whatever her critics say — timid", "not (yet) reckless"): the token after its closing mark,
// or `at` when no insertion of a few words starts there.
std::uint32_t past_insertion(std::string_view sentence, const Words& words, std::uint32_t at) {
    if (at >= words.tokens.size() || words.tokens[at].kind != text::TokenKind::punctuation) {
        return at;
    }
    const std::string_view open = words.text(sentence, at);
    const std::string_view close = open == "(" ? ")" : open;
    if (open != "," && open != "(" && open != "\xe2\x80\x94" && open != "\xe2\x80\x93") {
        return at;
    }
    // Between commas only a short phrase ("by any measure", "of course"), and one that the
    // sentence goes on from: "If inflation does not, the ECB may have to tighten further, and
    // ..." is two clauses, not an insertion.
    const std::uint32_t most = open == "," ? 5 : 8;
    for (std::uint32_t k = at + 1; k < words.tokens.size() && k <= at + most + 1; ++k) {
        if (words.text(sentence, k) != close) {
            continue;
        }
        if (k == at + 1 || k + 1 >= words.tokens.size() || !is_word(words, k + 1) ||
            is_clause_break_word(words.text(sentence, k + 1))) {
            return at;
        }
        const std::string_view next = words.lower(sentence, k + 1);
        return next == "and" || next == "or" || next == "so" ? at : k + 1;
    }
    return at;
}

// "his", "her", "its", "their": a pronoun that may own the noun phrase after it.
bool is_possessive_pronoun(std::string_view lower) {
    // By the length first: asked of most words before a characterization.
    if (lower.size() == 3) {
        return lower == "his" || lower == "her" || lower == "its";
    }
    return lower.size() == 5 && lower == "their";
}

// "is", "was", "are", "were": a finite form of "be", where a clause's predicate starts.
// A verb that links its subject to what is said of it: "was reckless", "seemed tired",
// "proved capable".
bool is_linking_verb(std::string_view word) {
    static const std::vector<std::string_view> linking = {
        "is",      "was",      "were",    "are",    "be",      "been",   "being",
        "seem",    "seems",    "seemed",  "look",   "looks",   "looked", "appear",
        "appears", "appeared", "sound",   "sounds", "sounded", "became", "become",
        "becomes", "remained", "remains", "proved", "proves",  "prove"};
    return std::any_of(linking.begin(), linking.end(),
                       [&](std::string_view l) { return text::folds_to(word, l); });
}

bool is_finite_be(std::string_view lower) {
    return lower == "is" || lower == "was" || lower == "are" || lower == "were";
}

// Degree words after which a negation denies only in part: "not always", "not entirely".
bool is_partial_degree(std::string_view word) {
    static const WordSet degrees = {"always",  "entirely", "completely", "fully",   "wholly",
                                    "totally", "quite",    "altogether", "exactly", "necessarily"};
    return degrees.contains(word);
}

// An intensifier that, negated, leaves a partial denial ("not very", "not particularly"): any
// but the comparatives and "even", which make a denial no weaker ("never more decisive than",
// "not even competent").
bool is_degree_intensifier(std::string_view term) {
    static const WordSet not_degree = {"more",      "most",         "even",
                                       "ever more", "all the more", "increasingly"};
    return !not_degree.contains(term);
}

// Verbs of response: they presuppose what they answer, so a negation of the verb leaves its
// object standing ("rarely answers such criticism" denies the answering, not the criticism).
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

// Verbs of coming through: they presuppose what was come through, as a verb of response does
// ("did not survive the scandal" denies the surviving; the scandal stands).
bool is_survival_verb(std::string_view lower) {
    static const WordSet survivals = {
        "survive",   "survives",   "survived",  "surviving",  "weather",   "weathers",
        "weathered", "weathering", "withstand", "withstands", "withstood", "withstanding",
        "outlast",   "outlasts",   "outlasted", "outlasting", "outlive",   "outlives",
        "outlived",  "outliving",  "overcome",  "overcomes",  "overcame",  "overcoming",
        "escape",    "escapes",    "escaped",   "escaping"};
    return survivals.contains(lower);
}

// Verbs of evidence: what they establish is the clause after their "that", so a negation of
// the verb reaches that clause ("has yet to show that she is decisive" denies *decisive*, as
// "has yet to prove she is capable" does without the "that").
bool is_evidence_verb(std::string_view lower) {
    static const WordSet evidence = {
        "show",         "shows",         "showed",    "shown",       "showing",     "prove",
        "proves",       "proved",        "proven",    "proving",     "demonstrate", "demonstrates",
        "demonstrated", "demonstrating", "establish", "establishes", "established", "establishing"};
    return evidence.contains(lower);
}

// Verbs of prevention: they deny what they keep from happening ("averted a crisis").
bool is_prevention_verb(std::string_view term) {
    static const WordSet prevention = {"avert",         "prevent",     "stave off", "head off",
                                       "ward off",      "fend off",    "forestall", "save * from",
                                       "rescue * from", "spare * from"};
    return prevention.contains(term);
}

// "did not leave office without scandal", "never acted without caution", "did not survive the
// winter without criticism": a negation of a verb whose clause goes on to "without" denies the
// absence too, so what follows "without" happened. Only a plain negation of the clause (not
// "refuse to", "prevent"), no other negation between them, and "without" a few words on with
// no punctuation between: "She did not resign, without ..." and "without scandal, she did not"
// keep the absence.
bool denies_an_absence(const Words& words, const std::vector<CueSpan>& cues, std::size_t negation,
                       std::size_t absence, std::uint32_t from) {
    static const WordSet clause_negations = {
        "not",     "never",  "no",     "no longer", "did not",  "do not",  "does not",
        "cannot",  "didn't", "don't",  "doesn't",   "isn't",    "wasn't",  "aren't",
        "weren't", "won't",  "can't",  "couldn't",  "wouldn't", "hasn't",  "haven't",
        "hadn't",  "rarely", "seldom", "hardly",    "barely",   "scarcely"};
    constexpr std::uint32_t kMostWordsBetween = 6;
    const CueSpan& without = cues[absence];
    if (without.cue.term != "without" || !clause_negations.contains(cues[negation].cue.term) ||
        without.first < from || without.first > from + kMostWordsBetween) {
        return false;
    }
    for (std::uint32_t k = from; k < without.first; ++k) {
        if (!is_word(words, k)) {
            return false;
        }
    }
    for (std::size_t t = negation + 1; t < absence; ++t) {
        if (cues[t].cue.kind == CueKind::negation && !cues[t].dropped) {
            return false; // "did not hesitate to act without scruple": that one is denied
        }
    }
    return true;
}

// How one negation governs: its words as cited ("not", "not always") and whether it denies in
// part (half weight; a fault keeps its sign) or as a comparison ("far less": half weight).
struct Governor {
    std::size_t cue = SIZE_MAX; // the negation's index; SIZE_MAX for a word that is no cue
    bool partial = false;
    bool comparative = false;
    std::string governing;
};

// A negation whose scope reaches a verb of prevention with nothing it governs before it ("did
// not, in the end, prevent", "was not able to prevent"), or a negative pronoun as that verb's
// subject ("Nothing could prevent", "none of her aides could stop"): the prevention is denied,
// so its object happened and neither flips it alone; both apply to the verb's object.
struct DeniedPrevention {
    std::size_t prevention = 0; // index of the verb of prevention, or of a denied "without"
    Governor governor;
};

// A negative pronoun right before a verb of prevention, in its clause ("Nothing could prevent",
// "nobody can head off", "did nothing to prevent", "none of her aides could avert"): the word,
// or empty when there is none. Not across "and"/"or" ("left nothing to chance and averted").
std::string_view nobody_before(std::string_view sentence, const Words& words, std::uint32_t verb) {
    constexpr std::uint32_t kSubjectReach = 5; // "None of her aides could prevent"
    for (std::uint32_t k = verb; k-- > 0 && verb - k <= kSubjectReach;) {
        if (is_break(sentence, words, k) || !is_word(words, k)) {
            return {};
        }
        const std::string_view word = words.text(sentence, k);
        if (text::folds_to(word, "and") || text::folds_to(word, "or")) {
            return {};
        }
        for (const std::string_view nobody : {"nothing", "nobody", "none", "no-one"}) {
            if (text::folds_to(word, nobody)) {
                return word;
            }
        }
    }
    return {};
}

// Litotes: "not an unreasonable leader", "not incapable" deny the opposite of a positive term
// the lexicon knows, and say that term mildly. A word the lexicon lacks made of a negative prefix
// (un-, in-, im-, ir-, il-, dis-) and a positive single-word characterization is that term,
// marked `prefixed`, in sentences with a negation; apply_litotes keeps it only where a negation
// governs it. The prefixed word alone ("incredible", "invaluable") is no denial of the term, so
// it is never counted ungoverned; a prefixed word with a row of its own ("unreliable",
// "dishonest") keeps its row.
void add_litotes(std::string_view sentence, const Words& words, std::vector<CueSpan>& cues,
                 const Lexicon& lexicon) {
    if (std::none_of(cues.begin(), cues.end(),
                     [](const CueSpan& c) { return c.cue.kind == CueKind::negation; })) {
        return; // most sentences: no negation, so no litotes
    }
    static const std::string_view prefixes[] = {"un", "in", "im", "ir", "il", "dis"};
    constexpr std::size_t kShortestBase = 4; // "unwise" is a row; "inapt", "unfit" are no bases
    const auto count = static_cast<std::uint32_t>(words.tokens.size()); // read once
    for (std::uint32_t i = 0; i < count; ++i) {
        if (!is_word(words, i)) {
            continue;
        }
        // Every prefix starts with u, i or d: most words are passed over on their first letter.
        const char initial = text::ascii_lower(sentence[words.tokens[i].begin]);
        if (initial != 'u' && initial != 'i' && initial != 'd') {
            continue;
        }
        const std::string_view lower = words.lower(sentence, i);
        const auto prefix = std::find_if(std::begin(prefixes), std::end(prefixes),
                                         [&](std::string_view p) { return lower.starts_with(p); });
        if (prefix == std::end(prefixes) || lower.size() < prefix->size() + kShortestBase ||
            std::any_of(cues.begin(), cues.end(), [&](const CueSpan& c) {
                return c.first <= i && i <= c.last && c.cue.kind == CueKind::characterization;
            })) {
            continue;
        }
        // "did not discourage dissent": a verb made from the term, which denies nothing of it.
        if (lower.starts_with("discourag"sv)) {
            continue;
        }
        const std::string_view base = lower.substr(prefix->size());
        const auto* candidates = lexicon.candidates(word_key(base));
        if (candidates == nullptr) {
            continue;
        }
        const auto at =
            std::find_if(cues.begin(), cues.end(), [&](const CueSpan& c) { return c.first > i; });
        std::vector<CueSpan> found;
        for (const std::uint32_t e : *candidates) {
            const auto& entry = lexicon.entry(e);
            if (entry.kind != CueKind::characterization || entry.keys.size() != 1 ||
                entry.ambivalent || !entry.polarity || *entry.polarity <= 0 ||
                (!entry.exact_words.empty() && !written_as(base, entry.exact_words[0]))) {
                continue;
            }
            CueSpan& span = found.emplace_back();
            set_cue(span, entry, e, sentence, words, i, i);
            span.prefixed = true;
        }
        cues.insert(at, std::make_move_iterator(found.begin()),
                    std::make_move_iterator(found.end()));
    }
}

// "Reporters asked Reyes if she was reckless", "asked the minister if": a question put to a
// person named or a noun phrase, as "asked her if" is (the rows "ask * if"). Not a request whose
// "if" supposes ("asked them to stay if", "asked Berg to resign if"): the words of the '*' must be
// a name (capitalized words) or a determiner and at most two words, none a preposition or "to".
// A request gives its "if" back to the shipped hedge row, as it was read before the rows came.
void keep_the_if_of_requests(std::string_view sentence, const Words& words,
                             std::vector<CueSpan>& cues, const Lexicon& lexicon) {
    static const WordSet object_determiners = {"the",   "a",   "an",   "his", "her",
                                               "their", "its", "this", "one", "every"};
    static const WordSet no_object = {"to",   "for",  "of",   "in",    "on",
                                      "at",   "by",   "with", "about", "whether",
                                      "from", "what", "how",  "why",   "if"};
    for (auto& span : cues) {
        const std::string_view term = span.cue.term;
        if (span.cue.kind != CueKind::attribution || (term != "ask * if" && term != "asked * if")) {
            continue;
        }
        bool name = true;
        bool noun_phrase = span.first + 1 < span.last && is_word(words, span.first + 1) &&
                           object_determiners.contains(words.lower(sentence, span.first + 1));
        for (std::uint32_t k = span.first + 1; k < span.last; ++k) {
            const bool word = is_word(words, k);
            name = name && word && starts_with_capital(words.text(sentence, k));
            noun_phrase = noun_phrase && word && !no_object.contains(words.lower(sentence, k));
        }
        if (name || (noun_phrase && span.last - span.first <= 4)) {
            continue;
        }
        span.dropped = true;
        const std::uint32_t at = span.last;
        if (const auto* candidates = lexicon.candidates(word_key(words.lower(sentence, at)))) {
            for (const std::uint32_t e : *candidates) {
                const auto& entry = lexicon.entry(e);
                if (entry.kind == CueKind::hedge && entry.keys.size() == 1) {
                    set_cue(span, entry, e, sentence, words, at, at);
                    span.dropped = false;
                    break;
                }
            }
        }
    }
    erase_marked(cues);
}

// Litotes of a word the lexicon does not know: "not an unimportant voice", "not uninspired",
// "not unkind" deny a denial, and say mildly a judgement redraft cannot weigh. Such a negation
// (before "un-" and a word of six letters or more with no row, where litotes found no base,
// with at most an article between) is dropped, so that "not an uninspired conductor" ->
// "an inspired conductor" reads as a rewording rather than a negation removed. Only "un-": "in-"
// and "dis-" start too many words that deny nothing ("not interested", "not disclosed"); and not
// the words that merely start with "un" ("not understood", "not until", "not unique", "not
// united", "not universally").
void drop_litotes_of_unknown_words(std::string_view sentence, const Words& words,
                                   std::vector<CueSpan>& cues) {
    static const std::string_view not_prefixed[] = {"under", "until",    "unless",  "unto",
                                                    "uniq",  "unit",     "univers", "uniform",
                                                    "union", "unilater", "unanim",  "unison"};
    constexpr std::size_t kShortest = 6; // "unkind"
    constexpr std::uint32_t kNegationReach = 4;
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    bool dropped = false;
    for (auto& span : cues) {
        if (span.cue.kind != CueKind::negation) {
            continue;
        }
        std::uint32_t next = span.last + 1;
        if (next < count && is_word(words, next)) {
            const std::string_view article = words.lower(sentence, next);
            if (article == "a" || article == "an" || article == "the") {
                ++next;
            }
        }
        if (next >= count || !is_word(words, next)) {
            continue;
        }
        const std::string_view lower = words.lower(sentence, next);
        if (!lower.starts_with("un"sv) || lower.size() < kShortest ||
            std::any_of(std::begin(not_prefixed), std::end(not_prefixed),
                        [&](std::string_view w) { return lower.starts_with(w); }) ||
            std::any_of(cues.begin(), cues.end(), [&](const CueSpan& c) {
                // The word itself is a cue, or the negation may go on to one: "not unkind or
                // reckless" still denies "reckless".
                return (c.first <= next && next <= c.last) ||
                       (c.cue.kind == CueKind::characterization && c.first > next &&
                        c.first <= next + kNegationReach);
            })) {
            continue;
        }
        span.dropped = true;
        dropped = true;
    }
    if (dropped) {
        erase_marked(cues);
    }
}

// After apply_scope: a prefixed term that a negation governs is the term itself, said mildly
// ("not unreasonable": +0.5 of reasonable, shown with its words as a scale), neither negated nor
// reversed; one no negation governs is dropped.
void apply_litotes(std::vector<CueSpan>& cues) {
    constexpr double kLitotes = 0.5;
    for (auto& span : cues) {
        if (!span.prefixed) {
            continue;
        }
        if (!span.cue.negated) {
            span.dropped = true;
            continue;
        }
        span.cue.negated = false;
        span.cue.scale *= kLitotes;
        span.cue.modifier = join_words(span.cue.modifier, span.cue.negation);
        span.cue.negation.clear();
    }
    erase_marked(cues);
}

void apply_scope(std::string_view sentence, const Words& words, std::vector<CueSpan>& cues,
                 const Lexicon& lexicon) {
    std::vector<DeniedPrevention> denied; // allocates only where a prevention is denied
    // Applies one negation to a cue it governs.
    const auto govern = [&](CueSpan& target, const Governor& how) {
        if (how.comparative || how.partial) {
            target.cue.scale *= kPartialNegation;
        }
        if (how.cue != SIZE_MAX) {
            cues[how.cue].cue.governs = true;
        }
        if (how.partial) {
            // "not always reckless" still says she is reckless at times: a fault is softened,
            // not denied.
            const auto& polarity = lexicon.entry(target.cue.entry).polarity;
            if (target.cue.kind == CueKind::characterization && polarity && *polarity < 0) {
                target.cue.modifier = join_words(target.cue.modifier, how.governing);
                return;
            }
        }
        target.cue.negated = !target.cue.negated;
        target.cue.negation = join_words(target.cue.negation, how.governing);
    };
    for (std::size_t g = 0; g < cues.size(); ++g) {
        if (cues[g].dropped) {
            continue; // the degree word of a partial negation
        }
        const CueKind kind = cues[g].cue.kind;
        const bool negation = kind == CueKind::negation;
        const bool scale = kind == CueKind::intensifier || kind == CueKind::downtoner;
        if (!negation && !scale) {
            continue;
        }
        // "but rather a prudent legalist": a scale word right after "but" marks a contrast.
        if (scale && cues[g].first > 0 &&
            is_clause_break_word(words.text(sentence, cues[g].first - 1))) {
            continue;
        }
        if (scale) {
            apply_scale(cues, g, lexicon);
            continue;
        }
        const bool prevents = is_prevention_verb(cues[g].cue.term);
        if (prevents) {
            const std::string_view nobody = nobody_before(sentence, words, cues[g].first);
            if (!nobody.empty()) {
                denied.push_back({g, {SIZE_MAX, false, false, std::string(nobody)}});
            }
        }
        // Negations that follow each other directly compose ("not without courage", "never
        // anything but prudent", "never failed to"): the scope starts after the last of them.
        // A verb of prevention keeps its own scope, which the negation then shares ("failed
        // to prevent a crisis with decisive action" keeps *decisive*).
        std::uint32_t from = cues[g].last + 1;
        for (std::size_t t = g + 1; t < cues.size(); ++t) {
            if (cues[t].cue.kind == CueKind::negation && cues[t].first == from) {
                if (is_prevention_verb(cues[t].cue.term)) {
                    break;
                }
                from = cues[t].last + 1;
            }
        }
        // "not yet shown that", "not still": the adverb right after a negation is its own,
        // not a clause break.
        if (from < words.tokens.size() && is_word(words, from)) {
            const std::string_view adverb = words.lower(sentence, from);
            if (adverb == "yet" || adverb == "still") {
                ++from;
            }
        }
        // "far less predictable", "much less arrogant", "less patient than Okonjo": a
        // comparison, half a denial (she has less of it, not some of it).
        const bool comparative = cues[g].cue.term == "far less" ||
                                 cues[g].cue.term == "much less" || cues[g].cue.term == "less";
        // "not always honest", "not entirely convincing": a partial negation. The degree word
        // is no booster of its own, and what follows is denied only in part (half weight); a
        // fault keeps its sign at half weight.
        bool partial = false;
        std::string governing = cues[g].cue.words; // "not", or "not always" when partial
        if (from < words.tokens.size() && is_word(words, from) &&
            is_partial_degree(words.lower(sentence, from))) {
            partial = true;
            cues[g].cue.partial = words.text(sentence, from);
            governing += " " + cues[g].cue.partial;
            for (std::size_t t = g + 1; t < cues.size(); ++t) {
                if (cues[t].first == from && cues[t].last == from) {
                    cues[t].dropped = true;
                }
            }
            ++from;
        }
        // "not very transparent", "not particularly honest": a negated intensifier of degree
        // softens the denial, as a partial negation does; the intensifier scales nothing. Not
        // a comparative ("never more decisive than") nor the emphatic "not even competent".
        if (!partial) {
            for (std::size_t t = g + 1; t < cues.size(); ++t) {
                if (cues[t].first == from && cues[t].cue.kind == CueKind::intensifier &&
                    is_degree_intensifier(cues[t].cue.term)) {
                    partial = true;
                    cues[g].cue.partial = cues[t].cue.words;
                    governing += " " + cues[t].cue.words;
                    cues[t].dropped = true;
                    from = cues[t].last + 1;
                    break;
                }
            }
        }
        // "Not all of her decisions were prudent", "not every claim was honest": some were not,
        // a partial negation of what is said of them after the verb.
        if (!partial && from < words.tokens.size() && is_word(words, from)) {
            const std::string_view quantifier = words.lower(sentence, from);
            if (quantifier == "all" || quantifier == "every") {
                constexpr std::uint32_t kSubjectWords = 7;
                for (std::uint32_t k = from + 1;
                     k < words.tokens.size() && k <= from + kSubjectWords && is_word(words, k);
                     ++k) {
                    if (is_finite_be(words.lower(sentence, k))) {
                        partial = true;
                        cues[g].cue.partial = words.text(sentence, from);
                        governing += " " + cues[g].cue.partial;
                        from = k + 1;
                        break;
                    }
                }
            }
        }
        from = past_insertion(sentence, words, from);
        const std::uint32_t limit = from - 1 + kNegationWindow;
        // The first break after the governing words ends the scope, and so does a negation of
        // its own further on ("not reckless, not naive and not weak": each "not" governs one).
        // A comma between two characterizations lists them under the one negation ("no longer
        // the prudent, transparent leader"; "not reckless, naive or weak").
        // Not after a verb in the past ("never wavered, calm and decisive throughout"); an
        // Oxford comma before "or"/"and" still lists ("not naive, corrupt, or incompetent").
        const auto in_list = [&](std::uint32_t comma) {
            if (words.text(sentence, comma) != ",") {
                return false;
            }
            std::uint32_t next = comma + 1;
            if (next < words.tokens.size() && is_word(words, next)) {
                const std::string_view word = words.lower(sentence, next);
                next += word == "or" || word == "and" ? 1 : 0;
            }
            bool before = false, after = false;
            for (std::size_t t = g + 1; t < cues.size(); ++t) {
                if (cues[t].cue.kind == CueKind::characterization) {
                    before = before || (cues[t].last + 1 == comma &&
                                        !words.lower(sentence, cues[t].last).ends_with("ed"sv));
                    after = after || cues[t].first == next;
                }
            }
            return before && after;
        };
        // Inside a relative clause ("a leader who does not listen is a liability"), the main
        // clause's verb ends the scope: the negation is the clause's, not the sentence's.
        const auto relative = [&] {
            for (std::uint32_t k = cues[g].first; k-- > 0;) {
                if (!is_word(words, k)) {
                    return false;
                }
                const std::string_view word = words.lower(sentence, k);
                if (word == "who" || word == "which" || word == "that") {
                    return true;
                }
            }
            return false;
        }();
        const auto main_verb = [&](std::uint32_t k) {
            if (!relative || k <= from || !is_word(words, k)) {
                return false;
            }
            return is_finite_be(words.lower(sentence, k));
        };
        // "not a leader who is reckless", "It was not Kessler who was reckless": a relative
        // clause that only says what the negated noun is stays in the scope.
        const auto describes_the_negated = [&](std::uint32_t k) {
            if (!is_word(words, k) || k + 1 >= words.tokens.size()) {
                return false;
            }
            const std::string_view word = words.lower(sentence, k);
            return (word == "who" || word == "that") && is_finite_be(words.lower(sentence, k + 1));
        };
        // A verb of prevention denies its object only: "averted a crisis with decisive
        // action" keeps *decisive*.
        static const std::vector<std::string_view> means = {
            "with", "by", "through", "thanks", "using", "via", "after", "before", "during", "in"};
        const auto object_ends = [&](std::uint32_t k) {
            return prevents && k > from && is_word(words, k) &&
                   std::any_of(means.begin(), means.end(), [&](std::string_view m) {
                       return text::folds_to(words.text(sentence, k), m);
                   });
        };
        // A verb of response or of coming through ends the scope after it and its -ly adverbs:
        // "never answers such criticism" keeps *criticism*, "did not survive the scandal" keeps
        // *scandal*, "did not respond decisively" denies *decisively*.
        std::uint32_t answered = UINT32_MAX;
        for (std::uint32_t k = from; k < words.tokens.size() && k <= limit && is_word(words, k);
             ++k) {
            const std::string_view verb = words.lower(sentence, k);
            if (is_response_verb(verb) || is_survival_verb(verb)) {
                answered = k + 1;
                while (answered < words.tokens.size() && is_word(words, answered) &&
                       words.lower(sentence, answered).ends_with("ly"sv)) {
                    ++answered;
                }
                break;
            }
        }
        // A verb of evidence in the window takes its complement into the scope, with a window
        // of its own from the verb ("has not shown herself to be decisive"), and the clause
        // after its "that" with one more (right after the verb, or after an object pronoun:
        // "shown us that", "proved to anyone that"): what the verb would have established.
        static const WordSet object_pronouns = {
            "me", "us", "him", "her", "them", "you", "anyone", "anybody", "everyone", "everybody"};
        std::uint32_t evidence = UINT32_MAX;
        std::uint32_t established = UINT32_MAX;
        const auto word_is = [&](std::uint32_t k, const auto& test) {
            return k < words.tokens.size() && is_word(words, k) && test(words.lower(sentence, k));
        };
        for (std::uint32_t k = from;
             k <= limit && k < answered && k < words.tokens.size() && is_word(words, k); ++k) {
            if (!is_evidence_verb(words.lower(sentence, k))) {
                continue;
            }
            evidence = k;
            std::uint32_t that = k + 1;
            if (word_is(that, [](std::string_view w) { return w == "to"; }) &&
                word_is(that + 1, [](std::string_view w) { return object_pronouns.contains(w); })) {
                ++that;
            }
            if (word_is(that, [](std::string_view w) { return object_pronouns.contains(w); })) {
                ++that;
            }
            if (word_is(that, [](std::string_view w) { return w == "that"; })) {
                established = that;
            }
            break;
        }
        std::uint32_t stop = from;
        std::uint32_t reach = std::min(limit, answered - 1);
        if (evidence != UINT32_MAX) {
            reach = std::max(reach, evidence + kNegationWindow);
        }
        // "Diligence is not the same as courage": the negation denies the identity, not what
        // it is compared with ("not the same careless leader" still denies *careless*).
        if (from + 2 < words.tokens.size() && is_word(words, from) && is_word(words, from + 1) &&
            words.lower(sentence, from) == "the" && words.lower(sentence, from + 1) == "same" &&
            (!is_word(words, from + 2) || words.lower(sentence, from + 2) == "as")) {
            reach = std::min(reach, from + 1);
        }
        while (stop < words.tokens.size() && stop <= reach && !main_verb(stop) &&
               !object_ends(stop) &&
               (!is_break(sentence, words, stop) || in_list(stop) || describes_the_negated(stop) ||
                stop == established)) {
            if (stop == established) {
                reach = std::max(reach, established + kNegationWindow);
            } else if (is_break(sentence, words, stop)) {
                reach += 2; // the comma and the word after it do not count against the window
            }
            ++stop;
        }
        const auto no_governable_or_and = [&](std::size_t prevention) {
            for (std::size_t t = g + 1; t < prevention; ++t) {
                // A hedge keeps its sign under a negation: "no one could prevent".
                const CueKind kind = cues[t].cue.kind;
                if (cues[t].first >= from && !cues[t].dropped &&
                    (kind == CueKind::characterization || kind == CueKind::booster)) {
                    return false;
                }
            }
            for (std::uint32_t k = from; k < cues[prevention].first; ++k) {
                const std::string_view word = words.text(sentence, k);
                if (text::folds_to(word, "and") || text::folds_to(word, "or")) {
                    return false;
                }
            }
            return true;
        };
        for (std::size_t t = g + 1; t < cues.size(); ++t) {
            if (cues[t].cue.kind == CueKind::negation && cues[t].first >= from) {
                // "did not prevent", "was not able to prevent": a negation that reaches a verb
                // of prevention, governing nothing before it and in the same predicate,
                // denies the prevention and shares its scope.
                if (cues[t].first < stop && is_prevention_verb(cues[t].cue.term) &&
                    no_governable_or_and(t)) {
                    denied.push_back({t, {g, partial, comparative, governing}});
                } else if (denies_an_absence(words, cues, g, t, from) && no_governable_or_and(t)) {
                    denied.push_back({t, {g, partial, comparative, governing}});
                }
                stop = std::min(stop, cues[t].first);
                break;
            }
        }
        const Governor own{g, partial, comparative, governing};
        for (std::size_t t = g + 1; t < cues.size(); ++t) {
            auto& target = cues[t];
            if (target.first >= stop) {
                break;
            }
            // "overly" inside "overly accommodating" is part of that term, not its governor.
            if (target.first <= cues[g].last || target.first < from ||
                !is_governable(target.cue.kind) || cues[t].dropped) {
                continue;
            }
            for (const auto& d : denied) {
                if (d.prevention == g) {
                    govern(target, d.governor);
                }
            }
            govern(target, own);
        }
    }
    erase_marked(cues);
}

// A word that opens a new predicate after "and": a form of "be" or "have", or a subject pronoun.
bool starts_predicate(std::string_view word) {
    static const std::vector<std::string_view> openers = {"was", "is",   "were",     "are",
                                                          "has", "had",  "have",     "she",
                                                          "he",  "they", "remained", "became"};
    return std::any_of(openers.begin(), openers.end(),
                       [&](std::string_view w) { return text::folds_to(word, w); });
}

// Whether the "and" at token `at` joins a second predicate to a reporting verb whose reported
// clause, from token `from` on, goes on a modal: the verb after "and" is in the past tense, which
// no modal takes ("said she would cut taxes and refused to answer questions": *would refuse*),
// so it is the speaker's, as "said" is. Not after a modal's "be" or "have", whose participle
// the past form may be ("would have cut taxes and refused"), nor a base form ("would cut
// taxes and refuse").
bool joins_the_speakers_predicate(std::string_view sentence, const Words& words, std::uint32_t from,
                                  std::uint32_t at) {
    static const std::array<std::string_view, 9> modals = {
        "would", "will", "could", "can", "might", "may", "should", "shall", "must"};
    // Past tenses that do not end in -ed.
    static const std::array<std::string_view, 34> irregular = {
        "was",    "were",    "had",   "did",     "said",  "made", "took",   "gave",  "went",
        "told",   "kept",    "left",  "thought", "found", "held", "stood",  "won",   "lost",
        "sought", "brought", "met",   "sent",    "spent", "felt", "became", "began", "came",
        "saw",    "knew",    "wrote", "spoke",   "chose", "paid", "sold"};
    const auto one_of = [](const auto& list, std::string_view word) {
        return std::find(list.begin(), list.end(), word) != list.end();
    };
    const auto adverb = [](std::string_view word) {
        return word == "not" || word == "never" || word == "then" || word == "also" ||
               word == "later" || (word.size() > 4 && word.ends_with("ly"sv));
    };
    bool modal = false;
    for (std::uint32_t k = from; k < at; ++k) {
        if (!is_word(words, k)) {
            continue;
        }
        const std::string_view word = words.lower(sentence, k);
        if (!one_of(modals, word)) {
            continue;
        }
        std::uint32_t verb = k + 1;
        while (verb < at && is_word(words, verb) && adverb(words.lower(sentence, verb))) {
            ++verb;
        }
        if (verb >= at || !is_word(words, verb)) {
            return false;
        }
        const std::string_view next = words.lower(sentence, verb);
        if (next == "be" || next == "have" || next == "been" || next == "get") {
            return false;
        }
        modal = true;
    }
    if (!modal) {
        return false;
    }
    std::uint32_t verb = at + 1;
    while (verb < words.tokens.size() && is_word(words, verb) &&
           adverb(words.lower(sentence, verb))) {
        ++verb;
    }
    if (verb >= words.tokens.size() || !is_word(words, verb)) {
        return false;
    }
    const std::string_view word = words.lower(sentence, verb);
    return one_of(irregular, word) ||
           (word.size() >= 5 && word.ends_with("ed"sv) && !word.ends_with("eed"sv));
}

// A conjunction that joins two clauses: no part of the holder that follows it.
bool is_joining_word(std::string_view word) {
    return word == "and" || word == "but" || word == "or" || word == "while" || word == "so" ||
           word == "though" || word == "although" || word == "yet" || word == "whereas" ||
           word == "because";
}

// Where the noun phrase ending in the noun at `noun` starts, no earlier than `floor`: back over
// determiners, quantifiers and a few adjectives of standing ("her fiercest critics", "all 32
// NATO allies"), capitalized words ("Eastern European and Baltic allies"), and "of" after a
// quantity ("the majority of NATO allies").
std::uint32_t noun_phrase_start(std::string_view sentence, const Words& words, std::uint32_t floor,
                                std::uint32_t noun) {
    static const WordSet attached = {
        "the",     "a",        "an",      "all",     "many",      "most",     "some",   "several",
        "few",     "her",      "his",     "their",   "its",       "our",      "my",     "your",
        "other",   "both",     "these",   "those",   "such",      "own",      "former", "fellow",
        "senior",  "numerous", "various", "leading", "prominent", "longtime", "vocal",  "more",
        "foreign", "domestic", "western", "eastern", "close",     "key"};
    static const WordSet quantities = {"majority", "most", "many", "some", "all",   "several",
                                       "one",      "none", "few",  "half", "number"};
    const auto in = [](const WordSet& set, std::string_view word) { return set.contains(word); };
    std::uint32_t begin = noun;
    while (begin > floor && words.tokens[begin - 1].kind != text::TokenKind::punctuation) {
        const std::string_view text = words.text(sentence, begin - 1);
        const std::string_view word = words.lower(sentence, begin - 1);
        const bool digits = words.tokens[begin - 1].kind == text::TokenKind::number;
        const bool capital = starts_with_capital(text) && begin - 1 > 0; // not any first word
        const bool superlative = word.size() > 5 && word.ends_with("est"sv);
        const bool joins = word == "and" && begin - 1 > floor &&
                           starts_with_capital(words.text(sentence, begin - 2)) &&
                           starts_with_capital(words.text(sentence, begin));
        const bool of = word == "of" && begin - 1 > floor && is_word(words, begin - 2) &&
                        in(quantities, words.lower(sentence, begin - 2));
        if (!(in(attached, word) || digits || capital || superlative || joins || of)) {
            break;
        }
        begin -= of ? 2 : 1; // "of" takes its quantity with it
    }
    return begin;
}

// A form of "be": before a reporting participle it makes the view passive, its holder unnamed
// ("she is widely seen as", "was described as").
bool is_auxiliary(std::string_view lower) {
    static const WordSet words = {"is",   "was",   "are",  "were", "be",
                                  "been", "being", "it's", "it’s"};
    return words.contains(lower);
}

// The holder of a passive reporting verb from its auxiliary ("was criticised", "is widely
// seen as"), through its agent after "by" ("was criticised by her own party"); none when no
// form of "be" stands within two words before the verb, inside its clause from `floor`.
std::optional<std::string> passive_holder(std::string_view sentence, const Words& words,
                                          std::uint32_t floor, std::uint32_t first,
                                          std::uint32_t last) {
    std::optional<std::uint32_t> auxiliary;
    // A term that opens with its own form of "be" ("is trusted to") is the passive whole: "Rutte
    // is trusted to" is not Rutte's view.
    if (const std::string_view word = is_word(words, first) ? words.lower(sentence, first) : "";
        is_finite_be(word) || word == "be" || word == "been") {
        auxiliary = first;
    }
    for (std::uint32_t i = first; !auxiliary && i > floor && first - i < 2 && is_word(words, i - 1);
         --i) {
        const std::string_view word = words.lower(sentence, i - 1);
        if (is_auxiliary(word)) {
            auxiliary = i - 1;
            break;
        }
        if (!word.ends_with("ly"sv) && word != "not" && word != "never") {
            break; // only an adverb between: "is widely seen as", "was never charged with"
        }
    }
    if (!auxiliary) {
        return std::nullopt;
    }
    std::uint32_t end = last;
    if (end + 1 < words.tokens.size() && words.lower(sentence, end + 1) == "by") {
        static const WordSet stops = {"for",  "as",    "that", "to", "of",
                                      "over", "after", "in",   "and"};
        constexpr std::uint32_t kAgentWords = 5;
        std::uint32_t k = end + 2;
        while (k < words.tokens.size() && k <= end + 1 + kAgentWords && is_word(words, k) &&
               !stops.contains(words.lower(sentence, k))) {
            ++k;
        }
        if (k > end + 2) {
            end = k - 1;
        }
    }
    return slice(sentence, words.tokens[*auxiliary], words.tokens[end]);
}

// Who holds a view, as identity rather than wording (Cue::holder_key).
constexpr std::string_view kUnnamedHolder = "*";

// Words that end a speaker's noun phrase ("executives who left", "critics of the plan",
// "analysts at the bank"), or, before any noun, open a phrase passed over ("In 2019 critics").
bool ends_speaker_phrase(std::string_view lower) {
    static const WordSet words = {
        "who",   "whom",   "whose", "which", "that",   "of",     "at",     "in",     "from",
        "on",    "with",   "for",   "among", "under",  "inside", "within", "by",     "to",
        "over",  "across", "since", "after", "before", "during", "is",     "was",    "are",
        "were",  "be",     "been",  "being", "has",    "have",   "had",    "will",   "would",
        "could", "may",    "might", "can",   "should", "must",   "do",     "does",   "did",
        "when",  "while",  "as",    "if",    "and",    "or",     "but",    "because"};
    return words.contains(lower);
}

// The first word of an adjunct of time, place or occasion after an inverted speech tag's speaker
// ("said Lee Whitmore on Saturday", "said Tomás Reyna after the win", "said one aide last
// week"). Not "of", which goes on naming the speaker ("Priya Natarajan of Hollins Bank").
bool opens_a_tags_adjunct(std::string_view lower) {
    static const WordSet words = {"on",        "in",   "at",      "after",     "before",  "during",
                                  "following", "last", "this",    "yesterday", "earlier", "when",
                                  "while",     "as",   "outside", "afterwards"};
    return words.contains(lower);
}

// Words that never head a speaker's noun phrase: determiners, quantifiers, pronouns. A phrase
// of nothing else ("many", "some", "they") names nobody in particular.
bool is_unnamed_word(std::string_view lower) {
    static const WordSet words = {
        "the",  "a",     "an",     "many", "some",   "most",    "several",  "few",      "all",
        "both", "other", "others", "his",  "her",    "their",   "its",      "our",      "my",
        "your", "these", "those",  "this", "one",    "two",     "three",    "four",     "five",
        "more", "such",  "any",    "each", "every",  "they",    "he",       "she",      "we",
        "it",   "i",     "you",    "them", "people", "someone", "somebody", "everyone", "anyone",
        "no",   "not",   "even",   "also", "still",  "now",     "then",     "there",    "own"};
    return words.contains(lower);
}

// An adverb of time or frequency without the -ly that marks most adverbs, which may stand
// between a speaker and her verb as "repeatedly" does ("She later told", "Berg has since said",
// "he again insisted"). Not "never", which denies the verb.
bool is_plain_adverb(std::string_view lower) {
    static const WordSet adverbs = {"later", "also",  "then",  "now",    "again", "once",
                                    "soon",  "still", "often", "always", "since", "first",
                                    "twice", "long",  "ever",  "already"};
    return adverbs.contains(lower);
}

// "Putin’s" -> "putin", "critics" -> "critics"; a possessive noun loses its ending.
std::string_view without_possessive(std::string_view lower) {
    if (lower.empty() || lower.back() != 's') {
        return lower; // most words: both endings end in "s"
    }
    for (const std::string_view ending : {"\xe2\x80\x99s", "'s"}) {
        if (lower.size() > ending.size() && lower.ends_with(ending)) {
            lower.remove_suffix(ending.size());
            break;
        }
    }
    return lower;
}

// "Putin’s" -> "putin": a capitalized possessive word as an owner, lowered without its ending;
// nothing for another word (lowered only once its capital is seen: most words have none).
std::optional<std::string> capitalized_possessor(std::string_view word) {
    if (word.empty() || word[0] < 'A' || word[0] > 'Z') {
        return std::nullopt;
    }
    const std::string lower = lowercase(word);
    const std::string_view owner = without_possessive(lower);
    if (owner == lower) {
        return std::nullopt;
    }
    return std::string(owner);
}

// The head of the speaker's noun phrase in tokens [from, to): the last word before the phrase
// ends (a relative word, a preposition or an auxiliary after its first word, or punctuation),
// passing over determiners, quantifiers and adverbs in -ly ("executives who left last year
// reportedly" -> "executives", "Many critics" -> "critics", "one senior official at the
// ministry" -> "official"), with a capitalized possessive before it as its owner ("Putin’s
// critics"). kUnnamedHolder when no word heads it.
std::string speaker_head(std::string_view sentence, const Words& words, std::uint32_t from,
                         std::uint32_t to) {
    std::vector<std::uint32_t> kept;
    for (std::uint32_t i = from; i < to; ++i) {
        if (!is_word(words, i)) {
            if (kept.empty()) {
                continue;
            }
            break;
        }
        const std::string_view lower = words.lower(sentence, i);
        if (ends_speaker_phrase(lower)) {
            if (kept.empty()) {
                continue;
            }
            break;
        }
        kept.push_back(i);
    }
    std::string head;
    std::string adverb;
    std::size_t at = kept.size();
    for (std::size_t k = kept.size(); k-- > 0;) {
        const std::string_view lower = words.lower(sentence, kept[k]);
        if (is_unnamed_word(lower) || std::isdigit(static_cast<unsigned char>(lower[0]))) {
            continue;
        }
        if ((lower.size() > 4 && lower.ends_with("ly"sv)) || is_plain_adverb(lower)) {
            adverb = adverb.empty() ? lower : adverb;
            continue;
        }
        head = without_possessive(lower);
        at = k;
        break;
    }
    if (head.empty()) {
        return adverb.empty() ? std::string(kUnnamedHolder) : adverb;
    }
    for (std::size_t k = at; k-- > 0;) {
        if (const auto owner = capitalized_possessor(words.text(sentence, kept[k]))) {
            return *owner + "’s " + head;
        }
    }
    return head;
}

// Terms that are a verb after their holder's noun ("critics say", "eastern european allies
// advocate", "many view"): the words before the verb. Empty for a verb alone ("argue", "warn
// that", "view * as", "call her") and for a noun alone, which is all noun ("critics", "his
// supporters").
std::string_view term_speaker(std::string_view term) {
    const auto space = term.rfind(' ');
    if (space == std::string_view::npos || term.ends_with("s"sv) || term.ends_with(" from"sv)) {
        return {};
    }
    static const WordSet function_words = {"that",   "as",   "of",  "to",  "be",   "for",
                                           "saying", "from", "her", "him", "them", "it"};
    const std::string_view last = term.substr(space + 1);
    if (function_words.contains(last) || term.find('*') != std::string_view::npos) {
        return {};
    }
    return term.substr(0, space);
}

// The head of a term's own noun: "critics" for "critics say", "allies" for "eastern european
// allies", kUnnamedHolder for "many view" or "they criticize".
std::string term_head(std::string_view words) {
    std::string head(kUnnamedHolder);
    std::size_t begin = 0;
    while (begin <= words.size()) {
        std::size_t end = words.find(' ', begin);
        if (end == std::string_view::npos) {
            end = words.size();
        }
        const std::string_view word = words.substr(begin, end - begin);
        if (!word.empty() && !is_unnamed_word(word)) {
            head = word;
        }
        begin = end + 1;
    }
    return head;
}

// The words of a speaker's noun phrase from token `from` to `to`, not counting an affiliation
// that ends it: *of*, *at* or *from*, an optional *the*, then at most five capitalized words
// ("Professor Naomi Fenwick of Halden Law School", "an economist at the Bundesbank"), which
// names where the speaker works, not a longer clause (QA pass q23).
std::uint32_t speaker_phrase_words(std::string_view sentence, const Words& words,
                                   std::uint32_t from, std::uint32_t to) {
    constexpr std::uint32_t kAffiliationWords = 5;
    for (std::uint32_t k = from + 1; k + 1 < to; ++k) {
        const std::string_view word = words.lower(sentence, k);
        if (word != "of" && word != "at" && word != "from") {
            continue;
        }
        std::uint32_t name = k + 1;
        if (words.lower(sentence, name) == "the") {
            ++name;
        }
        bool capitalized = name < to && to - name <= kAffiliationWords;
        for (std::uint32_t i = name; capitalized && i < to; ++i) {
            capitalized = is_word(words, i) && starts_with_capital(words.text(sentence, i));
        }
        return capitalized ? k - from : to - from;
    }
    return to - from;
}

// Where the clause of a verb right after an insertion between commas opens (the verb at token
// `verb`, a comma before it): the sentence's start, or a conjunction after a comma before the
// words that precede the insertion, which opens a clause of its own: in "She reads the data
// herself, and her deputy, Sunita Rao, says" the speaker is "her deputy", not the first clause.
std::uint32_t clause_before_insertion(std::string_view sentence, const Words& words,
                                      std::uint32_t verb) {
    // The insertion: back from the comma before the verb to the break that opens it.
    std::uint32_t insertion = verb - 1;
    while (insertion > 0 && !is_break(sentence, words, insertion - 1)) {
        --insertion;
    }
    if (insertion < 2 || words.text(sentence, insertion - 1) != ",") {
        return 0;
    }
    // The words before it, back to the break before them.
    std::uint32_t before = insertion - 1;
    while (before > 0 && !is_break(sentence, words, before - 1)) {
        --before;
    }
    if (before == 0 || before + 1 >= insertion - 1) {
        return 0;
    }
    // ", but the minister, ...": the break is the conjunction itself.
    static const WordSet opening = {"but", "yet", "while", "whereas", "though", "although"};
    if (opening.contains(words.lower(sentence, before - 1))) {
        return before;
    }
    // ", and her deputy, ...": a comma, then the conjunction.
    static const WordSet joining = {"and", "or", "so"};
    if (words.text(sentence, before - 1) == "," &&
        joining.contains(words.lower(sentence, before))) {
        return before + 1;
    }
    return 0;
}

// The holder's identity for an attribution in the usual order, its speaker before it: unnamed
// in the passive ("she is widely seen as", "it is said"), the term's own noun ("critics",
// "many critics say"), or the head of the noun phrase from the clause break to the verb.
std::string holder_key_before(std::string_view sentence, const Words& words, const CueSpan& cue,
                              bool noun) {
    const std::string_view term = cue.cue.term;
    const std::string_view first_word = term.substr(0, term.find(' '));
    // The passive: a participle ("seen as", "widely regarded as", "described as") with a form
    // of "be" before it, only adverbs between ("is often seen as", "was, however, described
    // as").
    std::uint32_t verb = cue.first;
    while (verb < cue.last && words.lower(sentence, verb).ends_with("ly"sv)) {
        ++verb;
    }
    const std::string_view participle = words.lower(sentence, verb);
    static const WordSet irregular = {"seen",  "said", "thought", "held",
                                      "known", "told", "taken",   "made"};
    bool passive = is_auxiliary(first_word) || first_word == "it";
    if (participle.ends_with("ed"sv) || participle.ends_with("en"sv) ||
        participle.ends_with("wn"sv) || irregular.contains(participle)) {
        // Only adverbs may stand between them: "weak, analysts said" is no passive.
        static const WordSet adverbs = {
            "often",  "also",  "still",  "now",  "however", "long", "even",      "sometimes",
            "always", "never", "rarely", "once", "already", "then", "therefore", "thus"};
        constexpr std::uint32_t kBeforeParticiple = 3; // words, not counting punctuation
        std::uint32_t seen = 0;
        for (std::uint32_t i = cue.first; i > 0 && seen < kBeforeParticiple && !passive; --i) {
            if (!is_word(words, i - 1)) {
                continue;
            }
            ++seen;
            const std::string_view lower = words.lower(sentence, i - 1);
            passive = is_auxiliary(lower);
            if (!passive && !lower.ends_with("ly"sv) && !adverbs.contains(lower)) {
                break;
            }
        }
    }
    if (passive) {
        return std::string(kUnnamedHolder);
    }
    // A term that names its holder's noun: the noun, with a named owner just before it
    // ("Putin’s critics argue").
    const auto with_owner = [&](std::string head) {
        constexpr std::uint32_t kOwnerWords = 3;
        for (std::uint32_t i = cue.first;
             i > 0 && cue.first - i < kOwnerWords && is_word(words, i - 1); --i) {
            if (const auto owner = capitalized_possessor(words.text(sentence, i - 1))) {
                return *owner + "’s " + head;
            }
        }
        return head;
    };
    if (noun && term.rfind(' ') != std::string_view::npos &&
        term.substr(term.rfind(' ') + 1) == "as") {
        noun = false; // "view * as", "seen as": a verb
    }
    if (noun) {
        return with_owner(
            term_head(term.ends_with(" from"sv) ? term.substr(0, term.size() - 5) : term));
    }
    if (const std::string_view speaker = term_speaker(term); !speaker.empty()) {
        return with_owner(term_head(speaker));
    }
    constexpr std::uint32_t kPhraseWords = 12;
    std::uint32_t start = cue.first;
    while (start > 0 && cue.first - start < kPhraseWords &&
           !(words.tokens[start - 1].kind == text::TokenKind::punctuation &&
             is_clause_break_punct(words.text(sentence, start - 1)))) {
        --start;
    }
    // A verb right after an insertion between commas ("Investors, however, view her as") has
    // its speaker before the insertion: the sentence's opening words.
    if (start == cue.first && start > 0) {
        std::uint32_t end = 0;
        while (end < start && !is_break(sentence, words, end)) {
            ++end;
        }
        return speaker_head(sentence, words, 0, end);
    }
    return speaker_head(sentence, words, start, cue.first);
}

// Attributions: the view from the attribution onward belongs to its holder, and so does the
// clause before it when the attribution closes the sentence ("..., critics argue.").
// "according to X" names who holds the view even where the lexicon has no row for X: the
// evidential stays a cue of certainty, and its source holds the sentence.
// Words [from, to) that read as a person's name: capitalized words and name particles, ending
// in a capitalized word, at least one of them no title, function or organization word ("Amara
// Lindgren", "Professor Amara Lindgren", "de la Vega"; not "The Times", "His biographer").
bool is_person_name(std::string_view sentence, const Words& words, std::uint32_t from,
                    std::uint32_t to) {
    if (from >= to || is_unnamed_word(words.lower(sentence, from)) ||
        !starts_with_capital(words.text(sentence, to - 1))) {
        return false;
    }
    bool named = false;
    for (std::uint32_t i = from; i < to; ++i) {
        const std::string_view word = words.text(sentence, i);
        if (!is_word(words, i) || !(starts_with_capital(word) || is_name_particle(word))) {
            return false;
        }
        named = named || (starts_with_capital(word) && !is_non_name_word(word));
    }
    return named;
}

bool is_sourced_evidential(const CueDraft& cue) {
    return cue.kind == CueKind::evidential && cue.term == "according to";
}

// Attribution terms that frame the whole sentence as someone's view, wherever they stand, as
// "according to" does: "in the view of", "in the eyes of", "from the perspective of" (the holder
// named after them) and "in * view", "in * eyes" (the possessor named inside: "In her critics'
// view").
bool frames_sentence(std::string_view term) {
    return (term.starts_with("in "sv) || term.starts_with("from "sv)) &&
           (term.ends_with(" of"sv) || term.starts_with("in * "sv));
}

// The label that "call" (or "brand", "label", "dub") at `span` gives: the tokens [first, end)
// after its object, or none where the verb gives no label ("called for restraint").
struct Label {
    std::uint32_t first = 0;
    std::uint32_t end = 0;
};
std::optional<Label> label_of(std::string_view sentence, const Words& words, const CueSpan& span,
                              const std::vector<CueSpan>& cues);
bool is_labelling_verb(std::string_view term);
bool judges_its_object(std::string_view term);
bool reports_only_its_object(std::string_view sentence, const Words& words, std::uint32_t verb);
bool is_stance_adjective(std::string_view lower);
std::uint32_t speaker_token(std::string_view sentence, const Words& words, std::uint32_t verb);
bool tags_quotation(std::string_view sentence, const Words& words, std::uint32_t verb);
bool closes_quotation(std::string_view sentence, const Words& words, std::uint32_t mark_at);
bool after_closing_quote(std::string_view sentence, const Words& words, std::uint32_t k);
bool joins_a_predicate(std::string_view sentence, const Words& words,
                       const std::vector<CueSpan>& cues, std::uint32_t i);
bool is_modal(const CueDraft& cue);
bool states_a_view_of_its_owner(std::string_view term);
bool claims_a_judgement(std::string_view sentence, const Words& words, const CueSpan& span,
                        const std::vector<CueSpan>& cues);
bool goes_on_judging(std::string_view sentence, const Words& words,
                     const std::vector<CueSpan>& cues, std::uint32_t i);

// Its words as written are slice(sentence, tokens[token], tokens[last]), made only where a rule
// needs them (an owner): most mentions never do.
struct MentionAt {
    std::uint32_t token = 0; // the mention's first token
    std::uint32_t subject = 0;
    std::uint32_t last = 0; // and its last ("Ingrid Halvorsen": the token of "Halvorsen")
};

bool is_possessive(std::string_view word);
bool is_finite_auxiliary(std::string_view lower);
bool binds_object_pronoun(std::string_view sentence, const Words& words, std::uint32_t name_last,
                          std::uint32_t pronoun);

// Whether the noun phrase at `phrase` is the object of the verb right before it, whose subject
// is a person named (or a pronoun) in the same clause, from `floor` on: "She spooked analysts",
// "Rutte told his critics that ...". Not after a preposition, a conjunction or a form of "be"
// ("She is popular among analysts", "She and her critics", "was mocked by critics"), nor with
// punctuation between the person and the noun.
bool is_object_of_a_persons_verb(std::string_view sentence, const Words& words,
                                 const std::vector<MentionAt>& mentioned,
                                 const std::vector<MentionAt>& others, std::uint32_t floor,
                                 std::uint32_t phrase) {
    if (phrase < 2 || phrase <= floor || !is_word(words, phrase - 1)) {
        return false;
    }
    static const WordSet not_verbs = {
        "amid",  "among", "amongst", "from",    "with",   "by",      "of",      "in",      "at",
        "to",    "for",   "on",      "like",    "unlike", "despite", "against", "towards", "toward",
        "over",  "about", "between", "within",  "under",  "and",     "or",      "but",     "nor",
        "as",    "than",  "even",    "also",    "only",   "that",    "which",   "who",     "whom",
        "where", "when",  "while",   "because", "if"};
    const std::string_view verb = words.lower(sentence, phrase - 1);
    if (not_verbs.contains(verb) || is_auxiliary(verb) || is_finite_be(verb)) {
        return false;
    }
    const auto subject_before = [&](const MentionAt& m) {
        if (m.token < floor || m.last >= phrase - 1 ||
            is_possessive(words.text(sentence, m.last))) {
            return false;
        }
        // Between the person and the verb, at most two auxiliaries or adverbs ("Quiroga has
        // repeatedly told analysts"), as for a subject speaking.
        if (phrase - 1 - (m.last + 1) > 2) {
            return false;
        }
        for (std::uint32_t i = m.last + 1; i + 1 < phrase; ++i) {
            const std::string_view word = is_word(words, i) ? words.lower(sentence, i) : "";
            if (word.empty() || !(is_finite_auxiliary(word) || word.ends_with("ly"sv))) {
                return false;
            }
        }
        return true;
    };
    return std::any_of(mentioned.begin(), mentioned.end(), subject_before) ||
           std::any_of(others.begin(), others.end(), subject_before);
}

// Whether the noun phrase at `phrase` is whom a characterization right before its preposition
// is aimed at: "far too patient with her critics", "harsh towards analysts", "generous to her
// opponents" judge her conduct toward them, and they hold no view. Not an adjective of standing,
// whose "with" or "among" names those who hold it ("popular with her critics"), nor a
// preposition set off by a comma ("reckless, to her critics").
bool is_aimed_at_by_a_characterization(std::string_view sentence, const Words& words,
                                       const std::vector<CueSpan>& cues, std::uint32_t phrase) {
    static const WordSet aiming = {"with", "to", "towards", "toward", "at", "against"};
    static const WordSet standing = {"popular", "unpopular"};
    if (phrase < 2 || !is_word(words, phrase - 1) || !is_word(words, phrase - 2) ||
        !aiming.contains(words.lower(sentence, phrase - 1))) {
        return false;
    }
    return std::any_of(cues.begin(), cues.end(), [&](const CueSpan& c) {
        return c.cue.kind == CueKind::characterization && c.last == phrase - 2 &&
               !standing.contains(c.cue.term);
    });
}

// A charge named as a noun ("did not answer the charge of complacency", "the accusations of
// cronyism", "allegations of fraud"): what follows "of" is the accusers' view, not the author's,
// and the accusers are unnamed. The noun holds its own clause, as a bare attribution noun does.
bool names_a_charge(std::string_view term) {
    return term == "charge of" || term == "accusation of" || term == "allegation of";
}

bool is_plural_agent_noun(std::string_view lower);
// Whether the clause at token `i`, after a comma and a conjunction that follow a reported view,
// is the author's answer to it rather than more of it: "Critics said he overpaid, and they appear
// to have been right" (a group of speakers is "they" to the author, never to themselves:
// `group_holder`), or an elliptical clause, a subject and an auxiliary with at most a negation or
// an adverb of assent after them, that ends the sentence: "Critics said she was reckless, and
// she was.", "..., but he wasn't." A clause of its own goes on with the view: "said he was tired,
// and he wanted to leave".
bool answers_the_report(std::string_view sentence, const Words& words, std::uint32_t i,
                        bool group_holder) {
    static const WordSet subjects = {"he", "she", "they", "it", "we"};
    static const WordSet assent = {"not", "never", "indeed", "too", "so", "certainly", "really"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    if (i >= count || !is_word(words, i)) {
        return false;
    }
    const std::string_view first = words.lower(sentence, i);
    if (first == "they" && group_holder) {
        return true;
    }
    std::uint32_t k = i;
    if (subjects.contains(first)) {
        ++k;
    } else {
        while (k < count && is_word(words, k) && starts_with_capital(words.text(sentence, k)) &&
               k < i + 3) {
            ++k; // a name: "..., and Berg was."
        }
    }
    if (k == i || k >= count || !is_word(words, k) ||
        !is_finite_auxiliary(words.lower(sentence, k))) {
        return false;
    }
    ++k;
    while (k < count && is_word(words, k) && assent.contains(words.lower(sentence, k))) {
        ++k;
    }
    for (; k < count; ++k) {
        if (is_word(words, k) || words.tokens[k].kind == text::TokenKind::number) {
            return false;
        }
    }
    return true;
}

// Whether the clause at token `i`, right after ", and" in the reach of a reporting verb whose
// reported clause starts at `reach_from`, is the author's again (QA passes q24, q28): its
// subject is a name the reported clause does not open with ("Critics say it is a risky
// arrangement, and Vell has been arrogant"), or its verb is the author's judgement of what was
// reported, a modal with *well* or an adverb of likelihood ("Marrow has said he would rather
// settle, and he may well be sincere", "..., and she is probably right"). A second *that* ("...,
// and that she is careless"), the same subject ("say Vell is slow, and Vell is careless too") or
// a plain clause ("..., and she was reckless too") goes on with the view.
bool turns_to_the_author_after_and(std::string_view sentence, const Words& words,
                                   std::uint32_t reach_from, std::uint32_t i) {
    static const WordSet likelihood = {"probably", "surely",  "doubtless", "undoubtedly",
                                       "arguably", "perhaps", "rightly",   "plausibly"};
    static const WordSet modals = {"may", "might", "could"};
    static const WordSet pronouns = {"he", "she", "it"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    if (i < 2 || i + 1 >= count || !is_word(words, i) || words.lower(sentence, i - 1) != "and" ||
        words.text(sentence, i - 2) != ",") {
        return false;
    }
    // The subject: a pronoun, or a capitalized name of at most three words (not "I", the
    // author's own clause, told apart before this).
    std::uint32_t k = i;
    const bool pronoun = pronouns.contains(words.lower(sentence, i));
    if (pronoun) {
        ++k;
    } else {
        while (k < count && k < i + 3 && is_word(words, k) &&
               starts_with_capital(words.text(sentence, k)) && words.text(sentence, k) != "I") {
            ++k;
        }
    }
    if (k == i || k >= count || !is_word(words, k)) {
        return false;
    }
    const std::string_view verb = words.lower(sentence, k);
    // The author's judgement of the report: "may well", "is probably", "probably was".
    const std::string_view after =
        k + 1 < count && is_word(words, k + 1) ? words.lower(sentence, k + 1) : std::string_view();
    if ((modals.contains(verb) && after == "well") || likelihood.contains(verb) ||
        (is_finite_auxiliary(verb) && likelihood.contains(after))) {
        return true;
    }
    if (pronoun || !is_finite_auxiliary(verb)) {
        return false;
    }
    // A new subject named: not the one the reported clause opens with (after its "that").
    std::uint32_t reported = reach_from;
    while (reported < i &&
           (!is_word(words, reported) || words.lower(sentence, reported) == "that")) {
        ++reported;
    }
    if (reported >= i) {
        return false;
    }
    for (std::uint32_t n = i; n < k; ++n) {
        if (words.lower(sentence, n) == words.lower(sentence, reported)) {
            return false; // "say Vell is slow, and Sanna Vell is careless too"
        }
    }
    return true;
}

void apply_attribution(std::string_view sentence, const Words& words,
                       const std::vector<MentionAt>& mentioned,
                       const std::vector<MentionAt>& others, std::vector<CueSpan>& cues) {
    // A bare noun that is the object of a person's verb ("She spooked analysts with a reckless
    // cut", "She told analysts that ...") or whom a characterization is aimed at ("patient with
    // her critics") names people who say nothing: it holds no view, and does not end the reach
    // of an attribution before it. (The first 64 cues.)
    std::uint64_t objects = 0;
    for (std::size_t c = 0; c < cues.size() && c < 64; ++c) {
        const std::string_view term = cues[c].cue.term;
        if (cues[c].cue.kind == CueKind::attribution && term.ends_with("s"sv) &&
            !term.ends_with(" as"sv) && !term.starts_with("according"sv) && cues[c].first > 0) {
            const std::uint32_t phrase = noun_phrase_start(sentence, words, 0, cues[c].first);
            if (is_object_of_a_persons_verb(sentence, words, mentioned, others, 0, phrase) ||
                is_aimed_at_by_a_characterization(sentence, words, cues, phrase)) {
                objects |= std::uint64_t{1} << c;
            }
        }
    }
    const auto holds = [&](std::size_t c) {
        return (cues[c].cue.kind == CueKind::attribution || is_sourced_evidential(cues[c].cue)) &&
               (c >= 64 || (objects >> c & 1U) == 0);
    };
    for (std::size_t a = 0; a < cues.size(); ++a) {
        if (!holds(a)) {
            continue;
        }
        // The holder: from the start of the clause to the end of the attribution words.
        std::uint32_t start = cues[a].first;
        while (start > 0) {
            const auto& t = words.tokens[start - 1];
            if (t.kind == text::TokenKind::punctuation &&
                is_clause_break_punct(sentence.substr(t.begin, t.end - t.begin))) {
                break;
            }
            if (cues[a].first - start >= 6) {
                break;
            }
            --start;
        }
        // A relative clause on the speaker ("Colleagues who worked with her in that period
        // describe her as"): the holder reaches back to the noun it describes.
        constexpr std::uint32_t kRelativeReach = 14;
        for (std::uint32_t k = start > 0 ? start - 1 : start; k < cues[a].first; ++k) {
            const std::string_view word = is_word(words, k) ? words.lower(sentence, k) : "";
            if (word == "who" || word == "which") {
                start = k;
                while (start > 0 && cues[a].first - start < kRelativeReach &&
                       !is_break(sentence, words, start - 1)) {
                    --start;
                }
                break;
            }
        }
        // "In a review of the 2023 Sibelius cycle she called him": a subject pronoun right
        // before the verb (past one adverb or auxiliary) starts the holder; the words before it
        // set the scene.
        if (cues[a].first > start + 1) {
            const std::uint32_t speaker = speaker_token(sentence, words, cues[a].first);
            const std::string_view word =
                speaker > start && is_word(words, speaker) ? words.lower(sentence, speaker) : "";
            if (word == "she" || word == "he" || word == "they") {
                start = speaker;
            }
        }
        // A closing quote before the holder ("“Medina was brilliant,” said one player") is the
        // quotation's, not the holder's; nor is a conjunction that joins its clause to the one
        // before ("..., and he called her reckless").
        while (start < cues[a].first && (words.tokens[start].kind == text::TokenKind::punctuation ||
                                         is_joining_word(words.lower(sentence, start)))) {
            ++start;
        }
        // A reporting verb ("critics argue", "many view", "they criticize") holds the rest of
        // the sentence; a bare noun ("allies", "opposition from") only its own clause.
        const std::string_view term = cues[a].cue.term;
        std::string holder = slice(sentence, words.tokens[start], words.tokens[cues[a].last]);
        // "according to her critics" holds the whole sentence it sits in, wherever it sits
        // ("Halvorsen was, according to her critics, arrogant").
        // So does a fronted "To her detractors," or "For many observers," naming the people to
        // whom the rest of the sentence seems so.
        // Not "To the surprise of her critics,": the people come right after, with at most
        // their determiners ("To many of her critics" is not read).
        // Or inserted between commas: "now looks, to some observers, complacent".
        const bool inserted =
            start > 0 && start + 3 >= cues[a].first && words.text(sentence, start - 1) == ",";
        const std::string_view opening = words.lower(sentence, inserted ? start : 0);
        bool fronted = (start == 0 || inserted) && (opening == "to" || opening == "for") &&
                       cues[a].first <= start + 4 && cues[a].last + 1 < words.tokens.size() &&
                       words.text(sentence, cues[a].last + 1) == ",";
        for (std::uint32_t i = start + 1; fronted && i < cues[a].first; ++i) {
            const std::string_view word = words.lower(sentence, i);
            // "For all her critics, she remained popular" concedes; it grants them nothing.
            fronted = is_word(words, i) && word != "of" && !(i == start + 1 && word == "all");
        }
        // The holder opens with "according to" in any case (its first words, not all of it
        // lowered).
        constexpr std::string_view kAccordingTo = "according to";
        const bool according =
            text::folds_to(std::string_view(holder).substr(0, kAccordingTo.size()), kAccordingTo) ||
            fronted || frames_sentence(term);
        // Who the holder is (Cue::holder_key): the source named after the words, the speaker
        // after an inverted verb, the noun of a term that names one ("critics say"), else the
        // head of the noun phrase before the verb, up to the clause break.
        std::string key;
        // The source is named after the words: "according to one senior official", "in the
        // view of Hugo Lindgren", "in the eyes of its critics".
        std::uint32_t source_end = cues[a].last; // where the holder's words end
        // Not "accused of", whose words after it are the accusation.
        if (is_sourced_evidential(cues[a].cue) ||
            (frames_sentence(term) && term.ends_with(" of"sv))) {
            constexpr std::uint32_t kSourceWords = 6;
            std::uint32_t end = cues[a].last;
            while (end + 1 < words.tokens.size() && end < cues[a].last + kSourceWords &&
                   words.tokens[end + 1].kind != text::TokenKind::punctuation) {
                ++end;
            }
            if (end == cues[a].last && is_sourced_evidential(cues[a].cue)) {
                continue; // "according to" with no source after it holds nothing
            }
            holder = slice(sentence, words.tokens[start], words.tokens[end]);
            key = end == cues[a].last ? term_head(term)
                                      : speaker_head(sentence, words, cues[a].last + 1, end + 1);
            source_end = end;
        }
        // "in her critics' view", "in Pep Aranda's eyes": the possessor inside the words.
        if (term.starts_with("in * "sv)) {
            key = speaker_head(sentence, words, cues[a].first + 1, cues[a].last);
        }
        const bool noun_only = !according && (term.ends_with("s"sv) || term.ends_with(" from"sv) ||
                                              names_a_charge(term));
        // "dismissed allies who were honest": a clause that says what the people are gives
        // them no view to hold.
        if (noun_only && cues[a].last + 2 < words.tokens.size() &&
            words.lower(sentence, cues[a].last + 1) == "who" &&
            is_finite_be(words.lower(sentence, cues[a].last + 2))) {
            continue;
        }
        // A bare noun (not a verb before "as") is held by its noun phrase ("the majority of NATO
        // allies"), not by the words before it in its clause ("contested candidate amongst Baltic
        // allies"). A term that opens with its preposition ("amid concerns") is its own phrase.
        static const WordSet prepositions = {"amid", "among", "amongst", "from", "with",
                                             "by",   "of",    "in",      "at",   "to"};
        const std::string_view first_word = words.lower(sentence, cues[a].first);

        if (noun_only && !term.ends_with(" as"sv) && !prepositions.contains(first_word)) {
            holder = slice(sentence,
                           words.tokens[noun_phrase_start(sentence, words, start, cues[a].first)],
                           words.tokens[cues[a].last]);
        }
        // A verb that opens its clause has its subject before an insertion ("Critics, among
        // them members of the coalition, argue"): an attribution before it in the sentence
        // names the holder, or else the sentence's opening words do. The verb alone is never
        // the holder.
        // "“Medina was brilliant,” said one player": a verb right after a quotation, with its
        // speaker after it to the end of the sentence, holds the quotation before it.
        const std::uint32_t count = static_cast<std::uint32_t>(words.tokens.size());
        bool after_quotation = false;
        for (std::uint32_t i = cues[a].first;
             i > 0 && words.tokens[i - 1].kind == text::TokenKind::punctuation; --i) {
            const std::string_view mark = words.text(sentence, i - 1);
            after_quotation = after_quotation || mark == "\"" || mark == "\xe2\x80\x9d" ||
                              mark == "'" || mark == "\xe2\x80\x99";
        }
        // After a comma, the same order names a speaker only when what follows the verb is no
        // claim of its own ("Halvorsen was weak, said one former deputy", not "Two bankers, both
        // from the north, said Halvorsen was weak").
        bool after_comma = false;
        if (!after_quotation && cues[a].first > 0 &&
            words.text(sentence, cues[a].first - 1) == ",") {
            after_comma = true;
            for (std::size_t b = 0; b < cues.size(); ++b) {
                after_comma = after_comma && cues[b].first <= cues[a].last;
            }
            for (std::uint32_t i = cues[a].last + 1; i < words.tokens.size() && after_comma; ++i) {
                const std::string_view key = words.key(i);
                after_comma = key != "that" && key != "whether";
            }
        }
        bool inverted = false;
        if (!noun_only && cues[a].first == cues[a].last && (after_quotation || after_comma)) {
            constexpr std::uint32_t kSpeakerWords = 5;
            std::uint32_t end = cues[a].last + 1;
            while (end < count && words.tokens[end].kind != text::TokenKind::punctuation) {
                ++end;
            }
            // "said the manager, Jonas Eide" and "said Jonas Eide, the manager": a speaker in
            // apposition is named by the part that is a person's name; and "said Jonas Eide, who
            // knew her": a relative clause on the speaker is still the speaker, and so is one on
            // the speaker's firm ("said Marta Ilves of Northgate Ventures, which led the round").
            std::uint32_t named_from = cues[a].last + 1;
            std::uint32_t named_to = end;
            std::uint32_t speaker_end = end;
            if (end + 1 < count && end > cues[a].last + 1 && words.text(sentence, end) == "," &&
                is_word(words, end + 1)) {
                std::uint32_t second_end = end + 1;
                while (second_end < count &&
                       words.tokens[second_end].kind != text::TokenKind::punctuation) {
                    ++second_end;
                }
                constexpr std::uint32_t kRelativeWords = 8;
                const std::string_view opener = words.lower(sentence, end + 1);
                const bool relative = opener == "who" || opener == "which" || opener == "whose";
                // "Marta Ilves of Northgate Ventures": a name, then "of" and a capitalized word.
                const auto person_of_a_firm = [&] {
                    for (std::uint32_t k = cues[a].last + 2; k + 1 < end; ++k) {
                        if (words.lower(sentence, k) == "of") {
                            return is_person_name(sentence, words, cues[a].last + 1, k) &&
                                   starts_with_capital(words.text(sentence, k + 1));
                        }
                    }
                    return false;
                };
                if (second_end - end - 1 <= (relative ? kRelativeWords : kSpeakerWords)) {
                    if (!relative && is_person_name(sentence, words, end + 1, second_end)) {
                        named_from = end + 1;
                        named_to = second_end;
                        speaker_end = second_end;
                    } else if ((is_person_name(sentence, words, cues[a].last + 1, end) ||
                                (relative && person_of_a_firm())) &&
                               (relative || is_unnamed_word(opener))) {
                        speaker_end = second_end;
                    }
                }
            }
            // "said the former captain Lee Whitmore on Saturday", "wrote Priya Natarajan of
            // Hollins Bank in a note to clients": a news report's tag names when or where
            // after its speaker, who ends at that adjunct's first word. The adjunct runs to the
            // sentence's end, past any punctuation ("after the 2-1 win"), and holds no cue.
            std::uint32_t speaker_words = end - cues[a].last - 1;
            bool adjunct = false;
            if (speaker_end == end) {
                for (std::uint32_t i = cues[a].last + 2; i < end; ++i) {
                    if (!opens_a_tags_adjunct(words.lower(sentence, i))) {
                        continue;
                    }
                    bool quiet = true;
                    for (std::size_t b = 0; b < cues.size(); ++b) {
                        quiet = quiet && cues[b].first < i;
                    }
                    if (quiet) {
                        speaker_words = i - cues[a].last - 1;
                        named_to = i;
                        speaker_end = i;
                        adjunct = true;
                    }
                    break;
                }
            }
            bool only_punctuation_after = true;
            for (std::uint32_t i = speaker_end; i < count && !adjunct; ++i) {
                only_punctuation_after =
                    only_punctuation_after && words.tokens[i].kind == text::TokenKind::punctuation;
            }
            // A title before the name may make the speaker longer: "the former Ashford captain
            // Lee Whitmore".
            constexpr std::uint32_t kTitledSpeakerWords = 7;
            const std::uint32_t speaker_from = cues[a].last + 1;
            const bool ends_in_a_name =
                speaker_words > 2 &&
                is_person_name(sentence, words, speaker_from + speaker_words - 2,
                               speaker_from + speaker_words);
            if (end > cues[a].last + 1 &&
                (speaker_words <= kSpeakerWords ||
                 (ends_in_a_name && speaker_words <= kTitledSpeakerWords)) &&
                only_punctuation_after) {
                inverted = true;
                holder =
                    slice(sentence, words.tokens[cues[a].first], words.tokens[speaker_end - 1]);
                key = speaker_head(sentence, words, named_from, named_to);
            }
        }
        // (A verb before "as" ends in "s" as nouns do: "Investors, however, view her as"; not a
        // passive, "was, however, seen as".) Its
        // auxiliaries, a negation and -ly adverbs open the clause with it: "Investors, however,
        // do not regard her as credible".
        bool opens_clause = start > 0;
        for (std::uint32_t k = start; opens_clause && k < cues[a].first; ++k) {
            const std::string_view word = is_word(words, k) ? words.lower(sentence, k) : "";
            opens_clause = (is_finite_auxiliary(word) && !is_finite_be(word)) || word == "not" ||
                           word == "never" || word.ends_with("ly"sv) || is_plain_adverb(word);
        }
        // Three words, the verb, its object and "as": not a term that names its own speaker
        // ("they see him as").
        const auto object_slot = [](std::string_view t) {
            const auto space = t.find(' ');
            if (space == std::string_view::npos) {
                return false;
            }
            const std::string_view rest = t.substr(space + 1);
            return rest == "* as"sv || rest == "her as"sv || rest == "him as"sv ||
                   rest == "them as"sv;
        };
        // Nor a participle opening a clause of its own (", presenting a Russian victory as").
        bool verb_before_as =
            object_slot(term) && !is_ing_form(words.lower(sentence, cues[a].first));
        for (std::uint32_t k = 0; verb_before_as && k < start; ++k) {
            if (is_break(sentence, words, k)) {
                verb_before_as = k == 0 || !is_finite_be(words.lower(sentence, k - 1));
                break;
            }
        }
        if (!inverted && (!noun_only || verb_before_as) && !according && opens_clause &&
            term_speaker(term).empty()) {
            std::string earlier;
            std::string earlier_key;
            for (std::size_t b = 0; b < a; ++b) {
                if (cues[b].cue.kind == CueKind::attribution && !cues[b].cue.holder.empty()) {
                    earlier = cues[b].cue.holder;
                    earlier_key = cues[b].cue.holder_key;
                }
            }
            if (earlier.empty()) {
                const std::uint32_t clause = clause_before_insertion(sentence, words, start);
                std::uint32_t end = clause;
                while (end < start && !is_break(sentence, words, end)) {
                    ++end;
                }
                constexpr std::uint32_t kSubjectWords = 6;
                const std::uint32_t subject_words =
                    speaker_phrase_words(sentence, words, clause, end);
                if (end > clause && end < start && subject_words <= kSubjectWords) {
                    earlier = slice(sentence, words.tokens[clause], words.tokens[end - 1]);
                    earlier_key = speaker_head(sentence, words, clause, end);
                }
                // An appositive ("The editor, Amara Lindgren, wrote that", "Amara Lindgren, the
                // editor, wrote that"): the person named in either part is the holder, so both
                // orders name the same one.
                if (end > clause && end + 1 < start && subject_words <= kSubjectWords &&
                    words.text(sentence, end) == "," && words.text(sentence, start - 1) == ",") {
                    std::uint32_t second_end = end + 1;
                    while (second_end < start - 1 && is_word(words, second_end)) {
                        ++second_end;
                    }
                    const bool two_parts = second_end == start - 1 && second_end > end + 1 &&
                                           second_end - end - 1 <= kSubjectWords;
                    for (const auto& [from, to] :
                         {std::pair{clause, end}, std::pair{end + 1, second_end}}) {
                        if (two_parts && is_person_name(sentence, words, from, to)) {
                            earlier = slice(sentence, words.tokens[from], words.tokens[to - 1]);
                            earlier_key = speaker_head(sentence, words, from, to);
                            break;
                        }
                    }
                }
            }
            if (!earlier.empty()) {
                holder = earlier;
                key = earlier_key;
            }
        }
        // A passive verb ("Kessler was criticised for being reckless") is no view of the one
        // named before it: the holder is the verb, with its agent when "by" names one ("was
        // criticised by her own party").
        if ((!noun_only || term.ends_with(" as"sv)) && !according && !inverted &&
            !is_stance_adjective(words.lower(sentence, cues[a].first))) {
            if (const auto passive =
                    passive_holder(sentence, words, start, cues[a].first, cues[a].last)) {
                holder = *passive;
            }
        }
        if (key.empty() && names_a_charge(term)) {
            key = std::string(kUnnamedHolder); // whoever made the charge
        }
        if (key.empty()) {
            key = holder_key_before(sentence, words, cues[a], according || noun_only);
        }
        if (!is_sourced_evidential(cues[a].cue)) {
            cues[a].cue.holder = holder; // the evidential stays the author's doubt
            cues[a].cue.holder_key = key;
        }
        std::uint32_t scope_end = static_cast<std::uint32_t>(words.tokens.size());
        // Speakers who are a group are "they" to the author who reports them.
        const bool group_holder = key == "they" || key == kUnnamedHolder ||
                                  is_plural_agent_noun(key) ||
                                  is_plural_agent_noun(term_head(term_speaker(term)));
        bool inside_quotation = false;                     // of one opened after the attribution
        const std::uint32_t reach_from = cues[a].last + 1; // the first token after the verb
        // The author's own clause after a comma ("called her reckless, and I think he was
        // right"): "I" opens it, after the comma or a conjunction right after it, outside a
        // quotation (the speaker's "I"). Not "we", which reported words keep ("said that,
        // after such incidents, we have to stay calm"). Whether the word at `i` follows one.
        const auto after_a_comma = [&](std::uint32_t i) {
            std::uint32_t k = i - 1;
            if (k > reach_from && is_joining_word(words.lower(sentence, k))) {
                --k;
            }
            while (k > reach_from && is_quote_mark(words.text(sentence, k))) {
                --k; // "... was rash,” and I think"
            }
            return words.text(sentence, k) == ",";
        };
        // after_a_comma() ends on a comma, at most a joining word and quote marks back: the
        // token before, or the one before that, is a comma or a quote mark. Checked first,
        // by its first byte, since most words of a reach follow neither.
        const auto may_mark = [&](std::uint32_t k) {
            const std::string_view mark = words.text(sentence, k);
            return !mark.empty() && mark.size() <= 3 &&
                   (mark[0] == ',' || mark[0] == '"' || mark[0] == '\'' || mark[0] == '\xe2');
        };
        // Worked out once, not at every token of the reach (the loop below tests each token).
        const bool verb_as = noun_only && term.ends_with(" as"sv);
        const auto token_count = static_cast<std::uint32_t>(words.tokens.size());
        for (std::uint32_t i = reach_from; i < token_count; ++i) {
            const auto& t = words.tokens[i];
            const std::string_view token = sentence.substr(t.begin, t.end - t.begin);
            const bool punctuation = t.kind == text::TokenKind::punctuation;
            // A noun holds its own clause; a verb the rest of the sentence, up to a semicolon or
            // a contrast after a comma, where the author answers ("Critics argue he was rash,
            // but he was in fact prudent").
            // Not an adverb inserted right after the attribution's own comma ("For critics,
            // however, she was reckless"): that one turns from what came before.
            // A contrast that only adds a judgement of the same one, with no clause of its own,
            // goes on with the view ("say he is capable, but arrogant"), and so does any inside
            // a quotation opened after the attribution, the speaker's own words ("said he was
            // “decisive, but no longer listening to anyone”").
            // (The token before first: most words of a reach follow a word.)
            const bool contrast = !punctuation && !inside_quotation && i > reach_from + 1 &&
                                  words.tokens[i - 1].kind == text::TokenKind::punctuation &&
                                  is_contrast_word(token) &&
                                  !goes_on_judging(sentence, words, cues, i);
            // So does a comma after a verb before "as", whose view is otherwise its clause's:
            // "describe him as capable, if arrogant", "view her as careful, even timid".
            const bool as_verb_goes_on =
                verb_as && token == "," && goes_on_judging(sentence, words, cues, i + 1);
            // A noun's clause also ends where "and" starts a new predicate: "ignored her
            // critics and was decisive" gives the critics nothing.
            const bool next_predicate = noun_only && !punctuation && text::folds_to(token, "and") &&
                                        i + 1 < token_count &&
                                        starts_predicate(words.text(sentence, i + 1));
            const bool authors_clause =
                !punctuation && i > reach_from && !inside_quotation &&
                (may_mark(i - 1) || (i - 1 > reach_from && may_mark(i - 2))) &&
                (token == "I" || answers_the_report(sentence, words, i, group_holder) ||
                 turns_to_the_author_after_and(sentence, words, reach_from, i)) &&
                after_a_comma(i);
            // A second predicate of the speaker's after "and", told by a past tense after a
            // modal of the reported clause: "She said she would cut taxes and refused to answer
            // questions" (the author's statement of her refusal).
            const bool speakers_predicate =
                !noun_only && !punctuation && !inside_quotation && text::folds_to(token, "and") &&
                joins_the_speakers_predicate(sentence, words, reach_from, i);
            if (punctuation && is_quote_mark(token) && !words.is_plural_possessive_mark(i)) {
                inside_quotation = !inside_quotation;
            }
            if ((noun_only && punctuation && is_clause_break_punct(token) && !as_verb_goes_on) ||
                (punctuation && token == ";") || contrast || next_predicate || authors_clause ||
                speakers_predicate) {
                scope_end = i;
                break;
            }
        }
        bool closes = true;
        for (std::uint32_t i = cues[a].last + 1; i < words.tokens.size() && !inverted && !according;
             ++i) {
            if (words.tokens[i].kind != text::TokenKind::punctuation) {
                closes = false;
                break;
            }
        }
        // A speech tag holds the quotation before it whatever follows the verb ("“Reyes is
        // reckless,” she told parliament", "she said on Monday").
        closes =
            closes || (!noun_only && !according && tags_quotation(sentence, words, cues[a].first));
        // "careful, honest and, according to his staff, rather dull": after a conjunction, the
        // source holds only the coordinate it opens; what came before stays the author's.
        if (according && start > 0) {
            std::uint32_t k = start - 1;
            if (k > 0 && words.text(sentence, k) == ",") {
                --k;
            }
            const std::string_view word = words.lower(sentence, k);
            if (word == "and" || word == "but" || word == "or" || word == "yet") {
                closes = false;
                // The coordinate ends where another one starts after a comma, or at a semicolon:
                // "..., according to her staff, rather dull, and her budgets are realistic"
                // leaves "realistic" the author's.
                for (std::uint32_t i = source_end + 2; i + 1 < scope_end; ++i) {
                    const std::string_view mark = words.text(sentence, i);
                    if (mark == ";" || (mark == "," && is_word(words, i + 1) &&
                                        is_joining_word(words.lower(sentence, i + 1)))) {
                        scope_end = i;
                        break;
                    }
                }
            }
        }
        // A verb inserted between commas after its speaker ("Castellanos was reckless, Ortiz
        // said, but ...") holds the clause before it, as one that closes the sentence does.
        // When the clause before holds no view ("Marchbank is, her critics say, abrasive"), the
        // insertion holds the rest of its clause after it instead.
        if (!noun_only && !according && start > 0 && cues[a].last + 1 < words.tokens.size() &&
            words.text(sentence, start - 1) == "," &&
            words.text(sentence, cues[a].last + 1) == ",") {
            std::uint32_t clause = start - 1;
            while (clause > 0 && !is_break(sentence, words, clause - 1)) {
                --clause;
            }
            const bool view_before = std::any_of(cues.begin(), cues.end(), [&](const CueSpan& c) {
                return is_governable(c.cue.kind) && c.first >= clause && c.last < start - 1;
            });
            if (view_before) {
                closes = true;
                scope_end = cues[a].last + 1; // and not what follows the insertion
            } else {
                closes = false;
                scope_end = cues[a].last + 2;
                while (scope_end < words.tokens.size() && !is_break(sentence, words, scope_end)) {
                    ++scope_end;
                }
            }
        }
        // A verb that labels holds no predicate after its label: in "Marsh called Murtagh
        // incompetent and was reckless herself", *reckless* is the author's. What else follows
        // the label stays the caller's ("called her arrogant in private and prudent in public").
        if (term == "call" || term.starts_with("call "sv) || is_labelling_verb(term)) {
            if (const auto label = label_of(sentence, words, cues[a], cues)) {
                for (std::uint32_t i = label->first; i < scope_end; ++i) {
                    if (joins_a_predicate(sentence, words, cues, i)) {
                        scope_end = i;
                        break;
                    }
                }
            }
        }
        // So does a verb that judges its object, with no clause of its own to report: in "she
        // criticised Olander, and she was reckless" (also "praised ... and was"), what follows
        // "and" is a new predicate, the author's; so is what follows a comma or a dash, unless it
        // goes on listing judgements ("condemned her as arrogant, reckless and weak"): in "While
        // the Kremlin was quick to condemn the assault, theories ... gained traction" the
        // theories are the author's report.
        if (judges_its_object(term)) {
            auto lists_a_judgement = [&](std::uint32_t i) {
                return std::any_of(cues.begin(), cues.end(), [&](const CueSpan& c) {
                    return c.first == i &&
                           (c.cue.kind == CueKind::characterization || is_scale(c.cue.kind));
                });
            };
            for (std::uint32_t i = cues[a].last + 1; i < scope_end; ++i) {
                const std::string_view mark = words.text(sentence, i);
                const bool breaks = !is_word(words, i) &&
                                    (mark == "," || mark == ":" || mark == "\xe2\x80\x93" ||
                                     mark == "\xe2\x80\x94") &&
                                    !lists_a_judgement(i + 1);
                if (breaks || joins_a_predicate(sentence, words, cues, i)) {
                    scope_end = i;
                    break;
                }
            }
        }
        // A verb whose object is a pronoun before a break reports no clause: in "She denies it,
        // and she has been candid" or "He said so; he was right", what follows is the author's.
        if (!noun_only && !according && reports_only_its_object(sentence, words, cues[a].last)) {
            scope_end = std::min(scope_end, cues[a].last + 2);
        }
        // A concession holds no view: "whatever her critics say", "regardless of what critics
        // argue" grant the critics nothing of what follows.
        // So does an "as" clause set off by commas: "Aranda was, as his critics said, arrogant"
        // agrees with them, and "was not, as his critics claimed, arrogant" answers them; either
        // way the view is the author's, the words only cite others.
        if (const std::string_view first_word = words.lower(sentence, start);
            first_word == "whatever" || first_word == "regardless" ||
            (first_word == "as" && !according &&
             (start == 0 || words.text(sentence, start - 1) == ",") &&
             cues[a].last + 1 < words.tokens.size() &&
             words.text(sentence, cues[a].last + 1) == ",")) {
            scope_end = cues[a].last + 1;
            closes = false;
        }
        // Another attribution between this one and a cue takes the cue over ("Rivals say she
        // was dismissive, and former colleagues describe her as impatient").
        // A noun inside this one's own holder ("analysts said", "in the view of her critics")
        // is its speaker, not another view.
        const auto between = [&](std::uint32_t from, std::uint32_t to) {
            for (std::size_t b = 0; b < cues.size(); ++b) {
                const bool speaker = cues[b].first >= start && cues[b].last <= source_end;
                if (b != a && holds(b) && !speaker && cues[b].first > from && cues[b].first < to) {
                    return true;
                }
            }
            return false;
        };
        // A bare noun that closes the sentence as the "of" of another noun holds its own clause
        // only: "..., with the backing of all 32 NATO allies" holds nothing of the clause before
        // its comma, while "she was weak, to her critics" and "she was unpopular among Baltic
        // allies" are their views.
        std::uint32_t closes_from = 0;
        const std::uint32_t phrase =
            noun_only && closes ? noun_phrase_start(sentence, words, 0, cues[a].first) : 0;
        const bool of_another_noun =
            phrase > 0 && is_word(words, phrase - 1) && words.lower(sentence, phrase - 1) == "of";
        for (std::uint32_t k = cues[a].first; of_another_noun && k-- > 0;) {
            if (words.tokens[k].kind == text::TokenKind::punctuation &&
                is_clause_break_punct(words.text(sentence, k))) {
                closes_from = k + 1;
                break;
            }
        }
        for (std::size_t t = 0; t < cues.size(); ++t) {
            if (t == a || holds(t)) {
                continue;
            }
            // "is often described as", "are sometimes seen as": an adverb between the passive's
            // auxiliary and its verb says how often others say so, not how sure the author is.
            const bool of_the_passive =
                (cues[t].cue.kind == CueKind::hedge || cues[t].cue.kind == CueKind::booster) &&
                cues[t].first == cues[t].last && cues[t].last + 1 == cues[a].first &&
                cues[t].first > 0 && is_word(words, cues[t].first - 1) &&
                is_auxiliary(words.lower(sentence, cues[t].first - 1));
            // "some would say", "others may argue", "some might call him": a modal right before
            // the verb says what the speakers would say, not how sure the author is.
            const bool of_the_speakers = !noun_only && !according && is_modal(cues[t].cue) &&
                                         cues[t].first == cues[t].last &&
                                         cues[t].last + 1 == cues[a].first;
            if ((of_the_passive || of_the_speakers) && cues[t].cue.holder.empty()) {
                cues[t].cue.holder = holder;
                cues[t].cue.holder_key = key;
                cues[t].held_by = static_cast<std::uint32_t>(a);
                continue;
            }
            const bool after = cues[t].first > cues[a].last && cues[t].first < scope_end &&
                               !between(cues[a].last, cues[t].first);
            const bool before = closes && cues[t].first >= closes_from &&
                                cues[t].first < cues[a].first &&
                                !between(cues[t].first, cues[a].first);
            if (after || before) {
                if (cues[t].cue.holder.empty()) {
                    cues[t].cue.holder = holder;
                    cues[t].cue.holder_key = key;
                    cues[t].held_by = static_cast<std::uint32_t>(a);
                }
            }
        }
    }
}

// Whether the words from `from` to the clause's end (punctuation or the sentence's end) may close
// a predicate after its verdict: none, or "enough", and then one adverb of time or an "in",
// "at", "by", "until" or "since" phrase of a time or an extent ("in 2019", "at the time", "in
// hindsight", "in part", "by then"). Anything else ("... was wrong persisted") is more of the
// clause, and the verdict word is not the author's verdict on the reproach.
bool closes_a_verdict(std::string_view sentence, const Words& words, std::uint32_t from) {
    static const WordSet adverbs = {"then", "now", "today", "too", "overall", "again"};
    static const WordSet prepositions = {"in", "at", "by", "until", "since"};
    static const WordSet determiners = {"the", "that", "this", "its", "those"};
    static const WordSet times = {"time",  "first", "end",  "hindsight", "retrospect",
                                  "part",  "parts", "then", "least",     "principle",
                                  "short", "years", "year", "decade",    "main"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    const auto ends = [&](std::uint32_t k) {
        return k >= count || words.tokens[k].kind == text::TokenKind::punctuation;
    };
    const auto word_at = [&](std::uint32_t k) {
        return k < count && is_word(words, k) ? words.lower(sentence, k) : std::string_view();
    };
    std::uint32_t k = from;
    if (word_at(k) == "enough") {
        ++k;
    }
    if (ends(k)) {
        return true;
    }
    if (adverbs.contains(word_at(k))) {
        return ends(k + 1);
    }
    if (!prepositions.contains(word_at(k))) {
        return false;
    }
    ++k;
    if (determiners.contains(word_at(k))) {
        ++k;
    }
    const bool a_time = k < count && (words.tokens[k].kind == text::TokenKind::number ||
                                      times.contains(word_at(k)));
    return a_time && ends(k + 1);
}

// "The criticism that she was reckless is fair", "the accusation that she lied is unfounded",
// "the criticism is unfair": the author's verdict on a reproach, named by a noun (the rows
// *criticism that, accusation that, allegation that, charge that, complaint that, accusation of,
// allegation of, charge of*, or the characterization *criticism*), in the linking verb's
// predicate after it (*is, was, are, were, seems, seemed, proved, remains*, adverbs in -ly and
// *not* between, no punctuation before it, within sixteen words). A verdict that upholds it
// (*fair, justified, deserved, warranted, valid, accurate, apt, correct, right*) makes what the
// reproach says the author's; one that rejects it (*unfair, unjustified, undeserved, unwarranted,
// misplaced, overblown, exaggerated, unfounded, baseless, wrong, mistaken, false*) makes it the
// author's denial, and denies the noun *criticism* itself. A *not* before the verdict turns it
// over ("is not fair"). Other nouns of others' words (*idea that, notion that, suggestion
// that*) are left as they are: the author's verdict on them ("absurd") is a judgement of its own.
void judge_reproaches(std::string_view sentence, const Words& words, std::vector<CueSpan>& cues) {
    static const WordSet reproaches = {"criticism that", "accusation that", "allegation that",
                                       "charge that",    "complaint that",  "accusation of",
                                       "allegation of",  "charge of",       "criticism"};
    static const WordSet linking = {"is",     "was",    "are",     "were",     "seems",
                                    "seemed", "proved", "remains", "remained", "be"};
    static const WordSet upholding = {"fair",     "justified", "deserved", "warranted", "valid",
                                      "accurate", "apt",       "correct",  "right"};
    static const WordSet rejecting = {"unfair",    "unjustified", "undeserved",  "unwarranted",
                                      "misplaced", "overblown",   "exaggerated", "unfounded",
                                      "baseless",  "wrong",       "mistaken",    "false"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    constexpr std::uint32_t kReach = 16;
    for (std::size_t r = 0; r < cues.size(); ++r) {
        const CueSpan& reproach = cues[r];
        // The kind first: most cues are neither an attribution nor "criticism", and the set
        // lookup is dearer.
        const bool noun =
            reproach.cue.kind == CueKind::characterization && reproach.cue.term == "criticism";
        if (!(reproach.cue.kind == CueKind::attribution || noun) ||
            !reproaches.contains(reproach.cue.term)) {
            continue;
        }
        // The verdict: a word of either list right after a linking verb (adverbs and "not"
        // between), with no punctuation from the reproach on.
        std::uint32_t verdict = 0;
        bool denied = false;
        for (std::uint32_t k = reproach.last + 1; k < count && k <= reproach.last + kReach; ++k) {
            if (!is_word(words, k)) {
                break;
            }
            const std::string_view word = words.lower(sentence, k);
            if (!upholding.contains(word) && !rejecting.contains(word)) {
                continue;
            }
            std::uint32_t v = k;
            bool not_before = false;
            while (v > reproach.last + 1 && (words.lower(sentence, v - 1).ends_with("ly"sv) ||
                                             words.lower(sentence, v - 1) == "not")) {
                not_before = not_before || words.lower(sentence, v - 1) == "not";
                --v;
            }
            // The predicate's last word, before punctuation or the end: "The criticism that she
            // was wrong persisted" holds no verdict of the author's. "enough" and a time or
            // extent after it may close the clause: "is fair enough", "was largely fair in
            // 2019", "was unfair at the time", "is fair in part".
            const bool last_word = closes_a_verdict(sentence, words, k + 1);
            if (last_word && v > reproach.last + 1 &&
                linking.contains(words.lower(sentence, v - 1))) {
                verdict = k;
                denied = rejecting.contains(word) != not_before;
                // A "not" before the verdict governs it, no other cue.
                for (auto& negation : cues) {
                    negation.cue.governs =
                        negation.cue.governs || (negation.cue.kind == CueKind::negation &&
                                                 negation.first >= v && negation.last < k);
                }
            }
        }
        if (verdict == 0) {
            continue;
        }
        for (std::size_t t = 0; t < cues.size(); ++t) {
            CueSpan& judged = cues[t];
            const bool held = reproach.cue.kind == CueKind::attribution && judged.held_by == r &&
                              judged.first < verdict;
            const bool itself = noun ? t == r
                                     : judged.cue.kind == CueKind::characterization &&
                                           judged.cue.term == "criticism" &&
                                           judged.first == reproach.first;
            if (held) {
                judged.cue.holder.clear();
                judged.cue.holder_key.clear();
                judged.held_by = CueSpan::kNotHeld;
            }
            if ((held || itself) && denied && judged.cue.kind == CueKind::characterization) {
                judged.cue.negated = !judged.cue.negated;
                judged.cue.negation =
                    join_words(judged.cue.negation, std::string(words.text(sentence, verdict)));
            }
        }
    }
}

// A modal verb, which the lexicon lists as a hedge.
bool is_modal(const CueDraft& cue) {
    return cue.kind == CueKind::hedge &&
           (cue.term == "would" || cue.term == "could" || cue.term == "may" || cue.term == "might");
}

// A modal in a clause introduced by "that" after a past or reporting verb, or after a noun naming
// what someone holds ("stressed that he would", "assured Orbán that Hungary would", "warned that
// Russia could", "the view that inflation would"): it belongs to the words reported (a "will"
// moved into the past, or the speaker's own doubt), not to the author's certainty.
bool in_reported_clause(std::string_view sentence, const Words& words, std::uint32_t modal) {
    static const WordSet irregular = {"said", "told", "thought", "knew", "wrote", "felt", "swore"};
    static const WordSet held = {"view", "belief",  "expectation", "assumption",
                                 "hope", "promise", "assurance",   "pledge"};
    constexpr std::uint32_t kVerbReach = 5; // "assured Prime Minister Viktor Orbán that"
    for (std::uint32_t that = modal; that-- > 0;) {
        if (!is_word(words, that) || words.lower(sentence, that) != "that") {
            continue;
        }
        for (std::uint32_t k = that; k-- > 0 && that - k <= kVerbReach;) {
            if (!is_word(words, k)) {
                break;
            }
            const std::string_view word = words.lower(sentence, k);
            const bool past =
                (word.size() > 4 && (word.ends_with("ed"sv) || word.ends_with("ing"sv)));
            if (past || irregular.contains(word) || held.contains(word)) {
                return true;
            }
        }
        return false; // the nearest "that" decides
    }
    return false;
}

// A reporting verb in an infinitive with nothing reported ("was slow to say so", "declined to
// comment"): no one holds a view in it.
bool reports_nothing(std::string_view sentence, const Words& words, const CueSpan& span) {
    // A plural noun after "to" is no infinitive: "To critics, she was reckless".
    const std::string_view term = span.cue.term;
    if (span.first == 0 || span.first != span.last ||
        words.lower(sentence, span.first - 1) != "to" ||
        (term.ends_with("s"sv) && !term.ends_with("ss"sv))) {
        return false;
    }
    const std::uint32_t next = span.last + 1;
    return next >= words.tokens.size() || !is_word(words, next) ||
           words.lower(sentence, next) == "so";
}

// "expect" whose subject is a quantifier ("few expected her term to", "many expect") or that
// follows "as" with its subject ("as the bookmakers expect", "as analysts had expected"): it
// reports what others expected, not the author's doubt.
bool expectation_of_others(std::string_view sentence, const Words& words, const CueSpan& span) {
    static const WordSet quantifiers = {"few", "many",   "most",     "some",      "several",
                                        "all", "nobody", "everyone", "everybody", "none"};
    if (span.cue.term != "expect" || span.first == 0 || !is_word(words, span.first - 1)) {
        return false;
    }
    const std::string_view before = words.lower(sentence, span.first - 1);
    if (quantifiers.contains(before)) {
        return true;
    }
    constexpr std::uint32_t kSubjectWords = 4; // "as the bookmakers had"
    for (std::uint32_t k = span.first; k-- > 0 && span.first - k <= kSubjectWords + 1;) {
        if (!is_word(words, k)) {
            return false;
        }
        const std::string_view word = words.lower(sentence, k);
        if (word == "as") {
            return k + 1 < span.first; // "as expected" is the author's own
        }
        if (word == "i" || word == "we") {
            return false;
        }
    }
    return false;
}

// A verb in the past inside a comparison ("more credible than her early record suggested"): it
// names what the evidence once indicated, and the author's claim is the comparison itself.
bool in_comparison_with_the_past(std::string_view sentence, const Words& words,
                                 const CueSpan& span) {
    const std::string_view word = words.lower(sentence, span.last);
    if (span.first != span.last || !word.ends_with("ed"sv)) {
        return false;
    }
    for (std::uint32_t k = span.first; k-- > 0;) {
        if (is_break(sentence, words, k)) {
            return false;
        }
        const std::string_view before = words.lower(sentence, k);
        if (before == "than") {
            return true;
        }
    }
    return false;
}

// "too * to" denies what follows as an excess that keeps it from happening ("too early to judge
// him a failure", "too proud to apologise"), but an adjective of readiness says it happened
// ("too eager to claim a success", "too quick to blame others"), and "to" before a determiner,
// pronoun, name or number is a preposition ("too close to the president", "too deferential to
// Wolan"). Such a match is dropped and its "too" is the intensifier again; a match kept keeps
// that intensifier too, on the judgement it holds ("too timid to act").
void drop_excess_that_allows(std::string_view sentence, const Words& words,
                             std::vector<CueSpan>& cues, const Lexicon& lexicon) {
    static const WordSet readiness = {
        "eager",     "keen",     "quick",    "ready",      "willing", "anxious", "happy",
        "inclined",  "prone",    "apt",      "likely",     "fast",    "swift",   "hasty",
        "desperate", "fond",     "prepared", "determined", "content", "glad",    "liable",
        "easy",      "tempting", "often",    "much",       "many"};
    static const WordSet not_a_verb = {
        "the",  "a",    "an",  "her",  "his",   "their", "its",   "him",   "them",  "me",
        "us",   "my",   "our", "your", "this",  "that",  "these", "those", "which", "what",
        "whom", "some", "any", "all",  "every", "each",  "no",    "one",   "it",    "such"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    for (std::size_t n = 0; n < cues.size(); ++n) {
        CueSpan& span = cues[n];
        if (span.cue.kind != CueKind::negation || span.cue.term != "too * to") {
            continue;
        }
        bool allows = false;
        for (std::uint32_t k = span.first + 1; k < span.last; ++k) {
            allows = allows || readiness.contains(words.lower(sentence, k));
        }
        const std::uint32_t next = span.last + 1;
        allows = allows || next >= count || !is_word(words, next) ||
                 not_a_verb.contains(words.lower(sentence, next)) ||
                 starts_with_capital(words.text(sentence, next)) ||
                 (sentence[words.tokens[next].begin] >= '0' &&
                  sentence[words.tokens[next].begin] <= '9');
        // The word "too" alone, as the lexicon has it (an intensifier), or nothing.
        const std::uint32_t too = span.first;
        std::optional<CueSpan> single;
        if (const auto* candidates = lexicon.candidates(word_key(words.lower(sentence, too)))) {
            for (const std::uint32_t e : *candidates) {
                const auto& entry = lexicon.entry(e);
                if (entry.keys.size() != 1 || entry.kind == CueKind::characterization ||
                    entry.kind == CueKind::negation) {
                    continue;
                }
                single.emplace();
                set_cue(*single, entry, e, sentence, words, too, too);
                break;
            }
        }
        if (!allows) {
            // "too timid to act": the excess is still said of the judgement between, which
            // "too" scales as it does in "too timid" (only where it reaches one: a judgement,
            // or a scale word before one, right after it). Not where a negation right before
            // denies the excess ("not too timid to act").
            const auto between = std::find_if(cues.begin(), cues.end(), [&](const CueSpan& c) {
                return c.first == too + 1 && c.last < span.last &&
                       (c.cue.kind == CueKind::characterization || is_scale(c.cue.kind));
            });
            const bool denied = std::any_of(cues.begin(), cues.end(), [&](const CueSpan& c) {
                return c.cue.kind == CueKind::negation && c.last + 1 == too;
            });
            if (single && between != cues.end() && !denied) {
                cues.insert(cues.begin() + static_cast<std::ptrdiff_t>(n) + 1, std::move(*single));
                ++n;
            }
            continue;
        }
        if (single) {
            span = std::move(*single);
        } else {
            cues.erase(cues.begin() + static_cast<std::ptrdiff_t>(n));
            --n;
        }
    }
}

// A loss of nothing denies the loss: she kept what she did not lose. "lost no credibility": the
// "no" denies the losing, not the credibility, which stands as written (+); "lost none of her
// credibility", "lose nothing of": the loss the lexicon reads ("lost * credibility") is denied.
void deny_losses_of_nothing(std::string_view sentence, const Words& words,
                            std::vector<CueSpan>& cues) {
    static const WordSet lose = {"lose", "loses", "lost", "losing"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    for (auto& span : cues) {
        if (span.cue.kind == CueKind::negation && span.cue.term == "no" && span.first >= 1 &&
            is_word(words, span.first - 1) &&
            lose.contains(words.lower(sentence, span.first - 1))) {
            span.dropped = true;
        } else if (span.cue.kind == CueKind::characterization && span.first + 1 < count &&
                   lose.contains(words.lower(sentence, span.first)) &&
                   is_word(words, span.first + 1)) {
            const std::string_view object = words.lower(sentence, span.first + 1);
            if (object == "none" || object == "nothing") {
                span.cue.negated = !span.cue.negated;
                span.cue.negation = join_words(span.cue.negation,
                                               std::string(words.text(sentence, span.first + 1)));
            }
        }
    }
    erase_marked(cues);
}

// "She does not court popularity", "never sought praise": a negation of a verb of seeking
// denies the seeking; what is sought is a goal, neither said of her nor denied (she may have it
// anyway), so a judgement as the verb's object (one determiner or possessive between) is no
// cue. Only under a negation (at most two auxiliaries or adverbs between it and the verb):
// "she sought justice" is left as it was.
void drop_goals_of_denied_seeking(std::string_view sentence, const Words& words,
                                  std::vector<CueSpan>& cues) {
    static const WordSet seeking = {
        "court",   "courts",  "courted",  "courting", "seek",     "seeks",   "sought",
        "seeking", "pursue",  "pursues",  "pursued",  "pursuing", "chase",   "chases",
        "chased",  "chasing", "crave",    "craves",   "craved",   "craving", "covet",
        "covets",  "coveted", "coveting", "woo",      "woos",     "wooed",   "wooing"};
    static const WordSet determiners = {"a",   "an",  "the",  "her",  "his", "their",
                                        "its", "any", "much", "some", "such"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    const auto seeking_verb_before = [&](std::uint32_t f) -> std::uint32_t {
        if (f == 0 || !is_word(words, f - 1)) {
            return UINT32_MAX;
        }
        std::uint32_t v = f - 1;
        if (determiners.contains(words.lower(sentence, v))) {
            if (v == 0 || !is_word(words, v - 1)) {
                return UINT32_MAX;
            }
            --v;
        }
        return seeking.contains(words.lower(sentence, v)) ? v : UINT32_MAX;
    };
    const auto negated = [&](std::uint32_t verb) {
        return std::any_of(cues.begin(), cues.end(), [&](const CueSpan& n) {
            if (n.cue.kind != CueKind::negation || n.last >= verb || verb - n.last > 3) {
                return false;
            }
            // Only auxiliaries and adverbs between: "did not even court", "has never really
            // sought"; not "is not reckless and seeks".
            for (std::uint32_t k = n.last + 1; k < verb; ++k) {
                if (!is_word(words, k)) {
                    return false;
                }
                const std::string_view w = words.lower(sentence, k);
                if (!is_auxiliary(w) && !is_plain_adverb(w) && !w.ends_with("ly"sv) && w != "to" &&
                    w != "even") {
                    return false;
                }
            }
            return true;
        });
    };
    // Only under a negation: most sentences have none.
    if (count == 0 || std::none_of(cues.begin(), cues.end(), [](const CueSpan& n) {
            return n.cue.kind == CueKind::negation;
        })) {
        return;
    }
    std::erase_if(cues, [&](const CueSpan& span) {
        if (span.cue.kind != CueKind::characterization) {
            return false;
        }
        const std::uint32_t verb = seeking_verb_before(span.first);
        return verb != UINT32_MAX && negated(verb);
    });
}

// Negation words in idioms that deny nothing: "not only/just/merely ... but" adds, "nothing if
// not decisive" and "could not have been more prudent" praise, "no less competent than" equals.
// Such a negation is dropped, with the hedge or scale word that belongs to the idiom.
void drop_idiomatic_negations(std::string_view sentence, const Words& words,
                              std::vector<CueSpan>& cues) {
    static const std::vector<std::string_view> additive = {"only",   "just",   "merely",
                                                           "simply", "solely", "least"};
    static const std::vector<std::string_view> modals = {"could", "can", "would"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    auto word_at = [&](std::uint32_t i) {
        return i < count && is_word(words, i) ? words.lower(sentence, i) : std::string_view();
    };
    auto is_one_of = [](std::string_view word, const std::vector<std::string_view>& list) {
        return std::find(list.begin(), list.end(), word) != list.end();
    };
    for (std::size_t n = 0; n < cues.size(); ++n) {
        const CueSpan& negation = cues[n];
        if (negation.cue.kind != CueKind::negation) {
            continue;
        }
        const std::uint32_t first = negation.first;
        const std::string_view after = word_at(negation.last + 1);
        // A cue of the idiom's other words, dropped with the negation.
        auto drop_cue_at = [&](std::uint32_t token, auto&& wanted) {
            for (std::size_t c = 0; c < cues.size(); ++c) {
                if (c != n && cues[c].first <= token && token <= cues[c].last &&
                    wanted(cues[c].cue)) {
                    cues[c].dropped = true;
                }
            }
        };
        if (is_one_of(after, additive)) {
            cues[n].dropped = true;
            // "not merely careless but reckless": careless in full, not faint.
            drop_cue_at(negation.last + 1, [](const CueDraft& cue) { return is_scale(cue.kind); });
            continue;
        }
        if (first >= 2 && word_at(first - 1) == "if" && word_at(first - 2) == "nothing") {
            cues[n].dropped = true;
            drop_cue_at(first - 1, [](const CueDraft& cue) { return cue.kind == CueKind::hedge; });
            continue;
        }
        if (after == "less" && negation.cue.term == "no") {
            cues[n].dropped = true;
            // "no less competent than", "no less than brilliant": as much, not less.
            drop_cue_at(negation.last + 1, [](const CueDraft& cue) {
                return is_scale(cue.kind) || cue.term == "less than" || cue.term == "less";
            });
            continue;
        }
        // "less than candid" denies the judgement right after it (past scale words: "less than
        // fully transparent"); "less than 5%", "less than a year", "less than her rivals"
        // compare amounts and deny nothing.
        // "nothing less than brilliant", "little less than heroic": as much, or almost.
        if (negation.cue.term == "less than" && first >= 1 &&
            (word_at(first - 1) == "nothing" || word_at(first - 1) == "little")) {
            cues[n].dropped = true;
            continue;
        }
        // "less" alone compares the judgement right after it ("less patient than"); before
        // anything else ("less time", "less than 5%") it judges nothing.
        if (negation.cue.term == "less than" || negation.cue.term == "less") {
            std::uint32_t next = negation.last + 1;
            bool judged = false;
            for (const auto& other : cues) {
                if (other.first != next) {
                    continue;
                }
                if (is_scale(other.cue.kind)) {
                    next = other.last + 1;
                } else if (other.cue.kind == CueKind::characterization) {
                    judged = true;
                    break;
                }
            }
            if (!judged) {
                cues[n].dropped = true;
            }
            continue;
        }
        // "could not have been more prudent", "couldn't be better": a modal, the negation, then
        // a comparative within the negation's reach.
        const bool after_modal = first >= 1 && is_one_of(word_at(first - 1), modals);
        const std::string negation_word = lowercase(negation.cue.words);
        const bool modal_negation = negation_word.starts_with("couldn"sv) ||
                                    negation_word.starts_with("can"sv) ||
                                    negation_word.starts_with("wouldn"sv);
        if (after_modal || modal_negation) {
            for (std::uint32_t i = negation.last + 1;
                 i < count && i <= negation.last + kNegationWindow; ++i) {
                const std::string_view word = word_at(i);
                if (word == "more" || word == "better") {
                    cues[n].dropped = true;
                    if (after_modal) {
                        drop_cue_at(first - 1,
                                    [](const CueDraft& cue) { return cue.kind == CueKind::hedge; });
                    }
                    break;
                }
                if (is_break(sentence, words, i)) {
                    break;
                }
            }
        }
    }
    erase_marked(cues);
}

// Modal verbs are hedges where they say that something is possible or uncertain. These uses of
// them do not, and are no cues:
// - the verb is left out ("the best he could", "could not to"): nothing follows the modal but a
//   clause break, the end of the sentence or "to";
// - "would" of a conditional whose "if" is a hedge already ("if research would show ..., he
//   would not rest"): the conditional is one hedge;
// - "would" of the future in the past ("would later prove", "would go on to", "would soon
//   fade", "would eventually");
// - a modal of reported words (in_reported_clause).
// And a scale word before "of" is a quantifier ("most of the allies"), not a degree.
// An "if" that asks rather than supposes: one that opens an indirect question after a verb of
// asking, at most three words of its object between ("Asked if he would resign", "asked
// Lindqvist if", "wondered if"), or a condition inside one that "whether" opened earlier in
// its clause ("asked whether he would resign if the budget failed"). The question is no doubt
// of the author's about her claim.
bool asks_a_question(std::string_view sentence, const Words& words, const CueSpan& span) {
    static const WordSet asking = {"ask",     "asks",     "asked",    "asking",
                                   "wonder",  "wonders",  "wondered", "wondering",
                                   "inquire", "inquired", "enquire",  "enquired"};
    constexpr std::uint32_t kObjectWords = 3;
    if (span.cue.term != "if") {
        return false;
    }
    bool requested = false;
    for (std::uint32_t k = span.first; k > 0;) {
        --k;
        if (!is_word(words, k)) {
            return false; // punctuation ends the clause
        }
        const std::string_view word = words.lower(sentence, k);
        if (word == "whether" ||
            (asking.contains(word) && !requested && span.first - k <= kObjectWords + 1)) {
            return true;
        }
        // "asked them to stay if", "asked for patience if": a request, whose "if" supposes.
        requested = requested || word == "to" || word == "for";
    }
    return false;
}

// "a capable, if impatient, mayor": an "if" between commas around one to three words, one of
// them a characterization, concedes a point; it states no condition and hedges nothing ("if
// pressed" stays a condition).
bool is_concessive_if(std::string_view sentence, const Words& words, const CueSpan& span,
                      const std::vector<CueSpan>& cues) {
    if (span.cue.term != "if" || span.first == 0 || words.text(sentence, span.first - 1) != ",") {
        return false;
    }
    constexpr std::uint32_t kMostWords = 4;
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    for (std::uint32_t i = span.last + 1; i < count && i <= span.last + kMostWords + 1; ++i) {
        if (words.tokens[i].kind == text::TokenKind::punctuation) {
            // Closed by a comma, or by the sentence's end ("a decisive leader, if not a
            // likeable one.").
            const std::string_view mark = words.text(sentence, i);
            bool closes = mark == ",";
            if (mark == "." || mark == "!" || mark == "?") {
                closes = true;
                for (std::uint32_t k = i + 1; k < count; ++k) {
                    closes = closes && words.tokens[k].kind == text::TokenKind::punctuation;
                }
            }
            // A judgement the lexicon knows, or a degree word that softens one it may not know
            // ("meticulous, if somewhat cold."): no condition is stated that way.
            return i > span.last + 1 && closes &&
                   std::any_of(cues.begin(), cues.end(), [&](const CueSpan& c) {
                       return (c.cue.kind == CueKind::characterization && c.first > span.last &&
                               c.last < i) ||
                              (c.first == span.last + 1 && c.last + 1 < i &&
                               (c.cue.kind == CueKind::downtoner ||
                                (c.cue.kind == CueKind::hedge &&
                                 (c.cue.term == "somewhat" || c.cue.term == "slightly"))));
                   });
        }
    }
    return false;
}

// "If the book has a flaw, it is its length", "If she had a weakness, it was impatience", "if
// there is a fault here, it lies in the ending": an "if" opening its clause that grants something
// exists (*has, had, have*, or *there is, was, are, were*, then *a, an, any* or *one* right after
// or one word on), closed by a comma within twelve words, after which the main clause names it
// (*it, this* or *that* and *is, was, lies, lay*, or *it's*, *that's*). The author concedes and
// names; nothing is doubted. A real condition keeps its hedge: "If the plan fails, it is her fault"
// grants nothing, and "If she has a plan, she will say so" names nothing.
bool grants_what_it_names(std::string_view sentence, const Words& words, const CueSpan& span) {
    static const WordSet having = {"has", "had", "have"};
    static const WordSet existing = {"is", "was", "are", "were"};
    static const WordSet indefinite = {"a", "an", "any", "one"};
    static const WordSet naming = {"it's", "it’s", "that's", "that’s"};
    static const WordSet pointing = {"it", "this", "that"};
    static const WordSet identifying = {"is", "was", "lies", "lay"};
    if (span.cue.term != "if" || (span.first > 0 && is_word(words, span.first - 1) &&
                                  !is_joining_word(words.lower(sentence, span.first - 1)))) {
        return false;
    }
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    constexpr std::uint32_t kMostWords = 12;
    bool grants = false;
    for (std::uint32_t k = span.last + 1; k < count && k <= span.last + kMostWords; ++k) {
        if (!is_word(words, k)) {
            if (words.text(sentence, k) != "," || !grants || k + 1 >= count ||
                !is_word(words, k + 1)) {
                return false;
            }
            const std::string_view first = words.lower(sentence, k + 1);
            return naming.contains(first) ||
                   (pointing.contains(first) && k + 2 < count && is_word(words, k + 2) &&
                    identifying.contains(words.lower(sentence, k + 2)));
        }
        const std::string_view word = words.lower(sentence, k);
        const bool verb = having.contains(word) ||
                          (existing.contains(word) && words.lower(sentence, k - 1) == "there");
        for (std::uint32_t d = k + 1; verb && d < count && d <= k + 2 && is_word(words, d); ++d) {
            grants = grants || indefinite.contains(words.lower(sentence, d));
        }
    }
    return false;
}

bool is_finite_auxiliary(std::string_view lower);

// Where a quotation that opens at token `open` closes, or `open` when it does not close within
// `most` tokens.
std::uint32_t quotation_close(std::string_view sentence, const Words& words, std::uint32_t open,
                              std::uint32_t most) {
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    std::uint32_t close = open + 1;
    while (
        close < count && close <= open + most &&
        !(is_quote_mark(words.text(sentence, close)) && !words.is_plural_possessive_mark(close))) {
        ++close;
    }
    return close < count && close > open + 1 && close <= open + most ? close : open;
}

// Words that end a label's noun phrase: a preposition or a conjunction of time or cause opens a
// phrase of its own ("called the election early in a reckless gamble", "called Murtagh naive
// before resigning herself").
bool ends_label(std::string_view lower) {
    static const WordSet words = {
        "in",      "on",      "at",    "for",    "with",   "by",      "from",  "to",    "into",
        "over",    "under",   "after", "before", "during", "despite", "since", "until", "against",
        "because", "when",    "as",    "if",     "so",     "then",    "than",  "of",    "about",
        "through", "without", "amid",  "upon",   "whom",   "whose",   "where", "why",   "how"};
    return words.contains(lower);
}

// "and" or "or" at token `i` before a new predicate of the clause's subject: a verb ("and was",
// "and has", "and resigned": in -ed, unless a characterization or scale word starts there, "and
// misguided") or a subject pronoun ("and she").
bool joins_a_predicate(std::string_view sentence, const Words& words,
                       const std::vector<CueSpan>& cues, std::uint32_t i) {
    if (i + 1 >= words.tokens.size() || !is_word(words, i + 1) ||
        !(text::folds_to(words.text(sentence, i), "and") ||
          text::folds_to(words.text(sentence, i), "or"))) {
        return false;
    }
    const std::string_view next = words.lower(sentence, i + 1);
    if (starts_predicate(next) || is_finite_auxiliary(next)) {
        return true;
    }
    return next.ends_with("ed"sv) && std::none_of(cues.begin(), cues.end(), [&](const CueSpan& c) {
               return c.first == i + 1 &&
                      (c.cue.kind == CueKind::characterization || is_scale(c.cue.kind));
           });
}

// Where the label that "call" (or "brand", "label", "dub") gives its object ends (the first
// token after it), from `label_from`, the first token after the object. At least the words within
// four of the verb (a person's name counting as one); further, to the end of the noun phrase
// ("called Murtagh a whining and incompetent amateur", "a proud, headstrong and deeply incompetent
// manager"): not past a clause break, punctuation but a comma that lists another judgement, a
// preposition or a conjunction (ends_label), "and" or "or" before a verb ("and was", "and
// resigned"), nor twelve words. A quotation that opens within the four words is the label whole,
// however long: in `called Murtagh "a whining, incompetent amateur"` every word inside is the
// caller's.
std::uint32_t label_end(std::string_view sentence, const Words& words, const CueSpan& span,
                        const std::vector<CueSpan>& cues, std::uint32_t label_from,
                        std::uint32_t name_words) {
    constexpr std::uint32_t kReach = 4;
    constexpr std::uint32_t kQuotationTokens = 40;
    constexpr std::uint32_t kLabelWords = 12;
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    const auto is_quote = [&](std::uint32_t i) { return is_quote_mark(words.text(sentence, i)); };
    const std::uint32_t reach = kReach + (name_words > 1 ? name_words - 1 : 0);
    std::uint32_t end = span.last + 1;
    std::uint32_t words_seen = 0;
    // Never past a new predicate: "called Tom Reyes and was reckless" gives no label, and a label
    // holds no verb of its own: "found her voice and was reckless" labels nothing.
    while (end < count && words_seen < reach && (is_word(words, end) || is_quote(end)) &&
           !joins_a_predicate(sentence, words, cues, end) &&
           !(is_word(words, end) && is_finite_auxiliary(words.lower(sentence, end)))) {
        if (is_quote(end) && !words.is_plural_possessive_mark(end)) {
            std::uint32_t close = quotation_close(sentence, words, end, kQuotationTokens);
            if (close != end) {
                // Quoted labels joined by "and", "or" or a comma are one label: `called the
                // decision "heartless" and "cynical"`.
                for (;;) {
                    std::uint32_t next = close + 1;
                    if (next < count && words.text(sentence, next) == ",") {
                        ++next;
                    }
                    if (next < count && is_word(words, next) &&
                        (words.lower(sentence, next) == "and" ||
                         words.lower(sentence, next) == "or")) {
                        ++next;
                    }
                    if (next == close + 1 || next >= count || !is_quote(next)) {
                        break;
                    }
                    const std::uint32_t again =
                        quotation_close(sentence, words, next, kQuotationTokens);
                    if (again == next) {
                        break;
                    }
                    close = again;
                }
                return close;
            }
        }
        words_seen += is_word(words, end) ? 1 : 0;
        ++end;
    }
    // A token where a characterization or a scale word starts: a judgement listed after a comma
    // ("a proud, headstrong and incompetent manager").
    const auto starts_judgement = [&](std::uint32_t i) {
        return std::any_of(cues.begin(), cues.end(), [&](const CueSpan& c) {
            return c.first == i &&
                   (c.cue.kind == CueKind::characterization || is_scale(c.cue.kind));
        });
    };
    std::uint32_t phrase = label_from;
    for (std::uint32_t seen = 0; phrase < count && seen < kLabelWords; ++phrase) {
        if (!is_word(words, phrase)) {
            std::uint32_t next = phrase + 1;
            if (next < count && is_word(words, next) &&
                (text::folds_to(words.text(sentence, next), "and") ||
                 text::folds_to(words.text(sentence, next), "or"))) {
                ++next;
            }
            if (words.text(sentence, phrase) == "," && next < count && starts_judgement(next)) {
                continue;
            }
            break;
        }
        const std::string_view word = words.lower(sentence, phrase);
        // "called him a man without scruples" ("without any courage"): the absence after
        // "without" is the label's judgement, where other prepositions leave the label ("a
        // disgrace to the party").
        static const WordSet determiners = {"a", "an", "any", "much", "the"};
        const bool lacking =
            word == "without" && (starts_judgement(phrase + 1) ||
                                  (phrase + 1 < count && is_word(words, phrase + 1) &&
                                   determiners.contains(words.lower(sentence, phrase + 1)) &&
                                   starts_judgement(phrase + 2)));
        if (is_clause_break_word(word) || (ends_label(word) && !lacking)) {
            break;
        }
        if (joins_a_predicate(sentence, words, cues, phrase)) {
            break;
        }
        // "called the police and the reckless driver was arrested": "and" before a clause of
        // its own, whose finite verb comes later.
        if (word == "and" || word == "or") {
            bool clause = false;
            for (std::uint32_t k = phrase + 1; k < count && is_word(words, k) && !clause; ++k) {
                const std::string_view later = words.lower(sentence, k);
                if (is_clause_break_word(later)) {
                    break;
                }
                clause = is_finite_auxiliary(later);
            }
            if (clause) {
                break;
            }
        }
        ++seen;
    }
    return std::max(end, phrase);
}

std::optional<Label> label_of(std::string_view sentence, const Words& words, const CueSpan& span,
                              const std::vector<CueSpan>& cues) {
    static const std::vector<std::string_view> particles = {"for", "on",   "off",  "up",
                                                            "out", "back", "upon", "in"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    if (span.last + 1 >= count ||
        !(is_word(words, span.last + 1) || is_quote_mark(words.text(sentence, span.last + 1))) ||
        std::find(particles.begin(), particles.end(), words.lower(sentence, span.last + 1)) !=
            particles.end()) {
        return std::nullopt;
    }
    // "call her" holds its object; a bare verb ("call", "brand", "label") needs one after it
    // before the label, except in the passive ("was branded arrogant") and where its object
    // stands before it, in a relative clause without "that" ("a decision Berg called reckless",
    // "a move critics called reckless"): there a judgement right after the verb (past scale
    // words) that ends the clause is the label.
    const bool passive = span.first > 0 && is_word(words, span.first - 1) &&
                         is_auxiliary(words.lower(sentence, span.first - 1));
    const auto judgement_ends_clause = [&] {
        std::uint32_t k = span.last + 1;
        for (const auto& c : cues) {
            if (c.first != k) {
                continue;
            }
            if (is_scale(c.cue.kind)) {
                k = c.last + 1;
            } else if (c.cue.kind == CueKind::characterization) {
                return c.last + 1 >= count || !is_word(words, c.last + 1);
            }
        }
        return false;
    };
    const bool bare = span.cue.term.find(' ') == std::string_view::npos;
    const std::uint32_t label_from =
        span.last + (bare && !passive && !judgement_ends_clause() ? 2 : 1);
    // A person's name as the object counts as one word, whatever its length and particles
    // ("called Anna Berg a reckless fool", "called de la Vega a reckless fool", "called Ursula
    // von der Leyen naive"): capitalized words and name particles, ending in a capitalized word.
    std::uint32_t name_words = 0;
    if (label_from == span.last + 2) {
        for (std::uint32_t i = span.last + 1; i < count && is_word(words, i); ++i) {
            const std::string_view word = words.text(sentence, i);
            if (starts_with_capital(word)) {
                name_words = i - span.last;
            } else if (!is_name_particle(word)) {
                break;
            }
        }
    }
    const std::uint32_t phrase_from =
        span.last + std::max<std::uint32_t>(label_from - span.last, name_words + 1);
    return Label{label_from, label_end(sentence, words, span, cues, phrase_from, name_words)};
}

// "call" reports a view only when it labels someone with a characterization (label_of):
// "critics called Kessler reckless", "Kessler called the regulators \"naive\"", "rivals call her
// timid", "called Murtagh a whining and incompetent amateur"; not "called for restraint", "called
// the election early" or "called her bluff".
bool labels_with_a_characterization(std::string_view sentence, const Words& words,
                                    const CueSpan& span, const std::vector<CueSpan>& cues) {
    const auto label = label_of(sentence, words, span, cues);
    return label && std::any_of(cues.begin(), cues.end(), [&](const CueSpan& c) {
               return c.cue.kind == CueKind::characterization && c.first >= label->first &&
                      c.first < label->end;
           });
}

// The text naming itself as the speaker: "This essay argues that", "this article contends that",
// "the present study has argued": "this" or "the present" (or "the current") and a word for a
// piece of writing, right before the verb or before an auxiliary or adverb ("This essay has
// consistently argued"). Not "this book" or "this study", which in a review mostly name the work
// reviewed, nor "the essay" (someone else's, named before).
bool states_the_texts_thesis(std::string_view sentence, const Words& words, const CueSpan& span) {
    static const WordSet own_writing = {"essay",  "article",      "paper",  "chapter",
                                        "review", "section",      "thesis", "piece",
                                        "survey", "dissertation", "note",   "monograph"};
    static const WordSet present_work = {"study", "analysis", "work", "book"};
    static const WordSet between = {"has",  "have", "will",      "would",
                                    "also", "here", "therefore", "thus"};
    constexpr int kBetweenWords = 2;
    std::uint32_t k = span.first;
    for (int step = 0; step < kBetweenWords && k > 0 && is_word(words, k - 1); ++step) {
        const std::string_view word = words.lower(sentence, k - 1);
        if (!between.contains(word) && !word.ends_with("ly"sv)) {
            break;
        }
        --k;
    }
    if (k < 2 || !is_word(words, k - 1) || !is_word(words, k - 2)) {
        return false;
    }
    const std::string_view noun = words.lower(sentence, k - 1);
    const std::string_view determiner = words.lower(sentence, k - 2);
    const bool writing = own_writing.contains(noun);
    const bool work = present_work.contains(noun);
    if (determiner == "this") {
        return writing;
    }
    return (determiner == "present" || determiner == "current") && k >= 3 &&
           words.lower(sentence, k - 3) == "the" && (writing || work);
}

// A reporting verb whose speaker is the author: "I", "we" or the generic "one", right before
// it or before one modal or adverb ("I would say", "one might call", "we rightly argue").
bool spoken_by_the_author(std::string_view sentence, const Words& words, const CueSpan& span) {
    static const WordSet modals = {"might", "could", "would", "may", "can", "must", "should"};
    // "My view is that", "my own view is that", "our contention is that": the author's own.
    if (states_a_view_of_its_owner(span.cue.term) && span.first > 0 &&
        is_word(words, span.first - 1)) {
        std::uint32_t k = span.first - 1;
        if (k > 0 && words.lower(sentence, k) == "own" && is_word(words, k - 1)) {
            --k;
        }
        const std::string_view owner = words.lower(sentence, k);
        if (owner == "my" || owner == "our") {
            return true;
        }
    }
    // "Note that she was reckless", "Recall that ...": a verb of a clause after "that" in the
    // imperative, opening the sentence, is the author addressing the reader.
    if (span.first == 0 && span.cue.term.ends_with(" that"sv) &&
        span.cue.term.starts_with(words.lower(sentence, 0)) &&
        span.cue.term.size() > words.lower(sentence, 0).size() &&
        span.cue.term[words.lower(sentence, 0).size()] == ' ') {
        return true;
    }
    std::uint32_t k = span.first;
    for (int step = 0; step < 2 && k > 0 && is_word(words, k - 1); ++step) {
        const std::string_view word = words.lower(sentence, k - 1);
        if (word == "i" || word == "we") {
            return true;
        }
        // "one might call", "one calls her", not "one banker said"; nor "one called her
        // reckless", a verb in the past: one of the people named before, on one occasion.
        if (word == "one") {
            static const WordSet irregular_past = {"said", "told",  "thought", "felt", "wrote",
                                                   "saw",  "found", "held",    "put"};
            const std::string_view after = words.lower(sentence, k);
            // "No one called her reckless", "not one ... said": nobody, a denial of the author's.
            const bool nobody =
                k >= 2 && is_word(words, k - 2) &&
                (words.lower(sentence, k - 2) == "no" || words.lower(sentence, k - 2) == "not");
            if (k == span.first) {
                return nobody || (!after.ends_with("ed"sv) && !irregular_past.contains(after));
            }
            return modals.contains(after);
        }
        --k;
    }
    // "I do not think", "we don't really believe": "I" or "we" before a chain of auxiliaries,
    // negations and adverbs.
    static const WordSet chain = {"do",     "does", "did",   "don't",  "don’t", "didn't",
                                  "didn’t", "not",  "would", "really", "still", "also"};
    constexpr int kChainWords = 3;
    k = span.first;
    for (int step = 0; step < kChainWords && k > 0 && is_word(words, k - 1); ++step, --k) {
        const std::string_view word = words.lower(sentence, k - 1);
        if (word == "i" || word == "we") {
            return true;
        }
        if (!chain.contains(word) && !word.ends_with("ly"sv)) {
            break;
        }
    }
    return states_the_texts_thesis(sentence, words, span);
}

// A frequency adverb ("sometimes", "often", "frequently", "typically", "at times") says how
// often something happens, not how sure the author is: it limits a judgement ("was at times
// reckless", "reckless at times") and so lowers certainty only in a clause that holds a
// characterization. "Her judgments are sometimes overturned" states a fact with no doubt in
// it: no hedge. So with a verb of verification (*confirm*, *demonstrate*, *show that*,
// *establish that*): it makes the author surer of a judgement ("confirmed her reputation as
// reckless", "it is confirmed that she was reckless", "the memo shows that she was careless":
// the clause after its "that" is its own), while a fact verified ("the first cases were
// confirmed", "a memo showing that she had known of two complaints") is news, not the author's
// certainty.
void drop_frequencies_of_facts(std::string_view sentence, const Words& words,
                               std::vector<CueSpan>& cues) {
    static const WordSet frequencies = {"usually",   "typically",    "often",    "frequently",
                                        "sometimes", "occasionally", "at times", "on occasion"};
    static const WordSet verifications = {"confirm", "demonstrate", "show that", "shown that",
                                          "establish that"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    bool dropped = false;
    for (auto& span : cues) {
        const bool verifies =
            span.cue.kind == CueKind::booster && verifications.contains(span.cue.term);
        if (!verifies &&
            (span.cue.kind != CueKind::hedge || !frequencies.contains(span.cue.term))) {
            continue;
        }
        std::uint32_t begin = span.first;
        while (begin > 0 && !is_break(sentence, words, begin - 1)) {
            --begin;
        }
        std::uint32_t end = span.last + 1;
        if (verifies && end < count && is_word(words, end) &&
            words.lower(sentence, end) == "that") {
            ++end;
        }
        while (end < count && !is_break(sentence, words, end)) {
            ++end;
        }
        // A verb of response or of coming through presupposes what follows it ("sometimes
        // answers such criticism": the criticism is not limited, the answering is), as it does
        // under a negation: only its -ly adverbs right after it stay judged ("often responded
        // decisively").
        if (!verifies) {
            for (std::uint32_t k = begin; k < end; ++k) {
                const std::string_view verb = words.lower(sentence, k);
                if (is_word(words, k) && (is_response_verb(verb) || is_survival_verb(verb))) {
                    std::uint32_t object = k + 1;
                    while (object < end && is_word(words, object) &&
                           words.lower(sentence, object).ends_with("ly"sv)) {
                        ++object;
                    }
                    end = object;
                    break;
                }
            }
        }
        const bool judges = std::any_of(cues.begin(), cues.end(), [&](const CueSpan& other) {
            return other.cue.kind == CueKind::characterization && other.first >= begin &&
                   other.last < end;
        });
        if (!judges) {
            span.dropped = true;
            dropped = true;
        }
    }
    if (dropped) {
        erase_marked(cues);
    }
}

bool opens_reported_clause(std::string_view sentence, const Words& words, std::uint32_t from,
                           bool object_first);
// "claim" that takes or is owed something rather than asserting it: "She can claim credit for the
// recovery", "more than most rulers of his century can claim" (a modal of ability or possibility
// before it, one adverb in -ly between, and no clause or "to" after it), "lay claim to the
// title", "staked a claim", and "claim credit", "claimed responsibility", "claim the credit",
// "claimed victory" (what is owed as its object). Nothing is reported, so no doubt is cast.
bool claims_a_right(std::string_view sentence, const Words& words, const CueSpan& span) {
    static const WordSet modals = {"can", "could", "cannot", "can't", "can’t", "may", "might"};
    static const WordSet layings = {"lay",   "laid",   "lays",   "laying",
                                    "stake", "staked", "stakes", "staking"};
    static const WordSet determiners = {"a", "the", "her", "his", "their", "its", "any", "no"};
    static const WordSet owed = {"credit", "responsibility", "victory", "ownership"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    const auto word_at = [&](std::uint32_t k) {
        return k < count && is_word(words, k) ? words.lower(sentence, k) : std::string_view();
    };
    std::uint32_t before = span.first;
    if (before > 0 && determiners.contains(word_at(before - 1))) {
        --before; // "staked a claim"
    }
    if (before > 0 && layings.contains(word_at(before - 1))) {
        return true;
    }
    std::uint32_t object = span.last + 1;
    if (determiners.contains(word_at(object))) {
        ++object;
    }
    if (owed.contains(word_at(object))) {
        return true;
    }
    std::uint32_t modal = span.first;
    if (modal > 0 && word_at(modal - 1).ends_with("ly"sv)) {
        --modal;
    }
    const std::string_view next = word_at(span.last + 1);
    return modal > 0 && modals.contains(word_at(modal - 1)) && next != "to" && next != "that" &&
           !opens_reported_clause(sentence, words, span.last + 1, false);
}

// "She would not leave her ageing mother", "He would never apologise": a person's "would" denied
// before a verb of will (one that a person does or refuses to do) is a refusal, a past fact of
// her conduct, not the author's doubt. The person is a subject pronoun, "who" or a capitalized
// word right before "would" (one -ly adverb between: "she simply would not leave"). Left a
// hedge: "she would not be the first" and "she would not win" (no verb of will), "it would not
// surprise anyone" (no person), "I would not say" (the author's hedged verdict), and "the
// minister would not resign" (a noun phrase, which may be a thing: "the plan would not go").
bool refuses(std::string_view sentence, const Words& words, const CueSpan& span) {
    static const WordSet persons = {"he", "she", "they", "who"};
    // Capitalized, but no person who refuses: the author ("I would not say") or a thing.
    static const WordSet no_refuser = {"i",     "we",    "you",   "it",   "this",    "that",
                                       "there", "these", "those", "such", "nothing", "none"};
    static const WordSet verbs_of_will = {
        "leave",   "go",       "resign",  "quit",       "apologise", "apologize", "budge",
        "yield",   "relent",   "bend",    "compromise", "negotiate", "cooperate", "answer",
        "respond", "reply",    "comment", "say",        "speak",     "talk",      "discuss",
        "listen",  "meet",     "sign",    "accept",     "admit",     "concede",   "confirm",
        "retract", "withdraw", "back",    "step",       "give",      "let",       "allow",
        "agree",   "testify",  "reveal",  "release",    "name",      "explain",   "pay",
        "attend",  "vote",     "endorse", "forgive",    "hear",      "tolerate"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    const auto word_at = [&](std::uint32_t k) {
        return k < count && is_word(words, k) ? words.lower(sentence, k) : std::string_view();
    };
    const std::string_view denial = word_at(span.last + 1);
    if ((denial != "not" && denial != "never") || !verbs_of_will.contains(word_at(span.last + 2))) {
        return false;
    }
    std::uint32_t subject = span.first;
    if (subject > 0 && word_at(subject - 1).ends_with("ly"sv)) {
        --subject;
    }
    if (subject == 0 || !is_word(words, subject - 1)) {
        return false;
    }
    const std::string_view person = words.lower(sentence, subject - 1);
    return persons.contains(person) ||
           (!no_refuser.contains(person) && is_capitalized(words.text(sentence, subject - 1)));
}

void drop_non_hedging_uses(std::string_view sentence, const Words& words,
                           std::vector<CueSpan>& cues) {
    static const WordSet narrative = {"later", "soon", "eventually", "go"};
    const bool conditional = std::any_of(cues.begin(), cues.end(), [](const CueSpan& s) {
        return s.cue.kind == CueKind::hedge && s.cue.term == "if";
    });
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    // The token after token i, lowercased; empty at the end or before punctuation.
    auto next_word = [&](std::uint32_t i) {
        return i + 1 < count && words.tokens[i + 1].kind != text::TokenKind::punctuation
                   ? words.lower(sentence, i + 1)
                   : std::string_view();
    };
    // Decided for every cue before any goes: a rule may look at the other cues.
    auto drops = [&](const CueSpan& span) {
        const CueDraft& cue = span.cue;
        if (is_scale(cue.kind)) {
            return next_word(span.last) == "of";
        }
        // Every test below is of an attribution, an evidential or a hedge: the other kinds, most
        // cues, go on that one test.
        if (cue.kind == CueKind::characterization || cue.kind == CueKind::booster ||
            cue.kind == CueKind::negation) {
            return false;
        }
        if (cue.kind == CueKind::attribution && reports_nothing(sentence, words, span)) {
            return true;
        }
        // "went according to plan", "handled according to the protocols of the time": in
        // keeping with a rule or a plan, no source reported and no doubt ("according to the
        // book" is left a source: in a review it is the book reviewed).
        if (cue.kind == CueKind::evidential && cue.term == "according to") {
            static const WordSet determiners = {"the",   "a",   "its",  "his", "her",
                                                "their", "our", "this", "that"};
            static const WordSet norms = {
                "plan",       "plans",        "schedule",  "schedules",  "rule",     "rules",
                "protocol",   "protocols",    "procedure", "procedures", "law",      "laws",
                "regulation", "regulations",  "guideline", "guidelines", "script",   "tradition",
                "custom",     "instructions", "standard",  "standards",  "precedent"};
            std::uint32_t k = span.last + 1;
            if (k < count && is_word(words, k) && determiners.contains(words.lower(sentence, k))) {
                ++k;
            }
            return k < count && is_word(words, k) && norms.contains(words.lower(sentence, k));
        }
        if (cue.kind == CueKind::evidential && cue.term == "claim" &&
            claims_a_right(sentence, words, span)) {
            return true;
        }
        // "the accused priests", "moved 14 accused priests", "the accused was acquitted": the
        // participle as an adjective or a noun after a determiner or a number accuses no one.
        if (cue.kind == CueKind::attribution && span.first == span.last && span.first > 0 &&
            words.lower(sentence, span.first) == "accused") {
            static const WordSet determiners = {"the",  "a",     "an",      "these", "those",
                                                "two",  "some",  "several", "many",  "other",
                                                "each", "every", "all",     "fellow"};
            const std::uint32_t before = span.first - 1;
            if (words.tokens[before].kind == text::TokenKind::number ||
                (is_word(words, before) && determiners.contains(words.lower(sentence, before)))) {
                return true;
            }
        }
        // "a widely admired and capable governor", "The much praised Berg was careless", "the
        // widely criticized plan": a verb of stance's participle as an adjective before its noun
        // (after a determiner, one adverb between) reports no one's view; "she was widely
        // admired for" and "fans praised her" still do.
        if (cue.kind == CueKind::attribution && span.first > 0 &&
            cue.term.find(' ') == std::string::npos &&
            words.lower(sentence, span.first).ends_with("ed"sv)) {
            // Not "that": "the article that praised her as decisive" is a relative clause.
            static const WordSet determiners = {"the",  "a",     "an",    "this", "his",
                                                "her",  "its",   "their", "our",  "my",
                                                "your", "these", "those"};
            std::uint32_t before = span.first - 1;
            if (before > 0 && is_word(words, before) &&
                (words.lower(sentence, before).ends_with("ly"sv) ||
                 words.lower(sentence, before) == "much")) {
                --before;
            }
            if (is_word(words, before) && determiners.contains(words.lower(sentence, before))) {
                return true;
            }
        }
        // "She was in charge that year": an office held, no charge laid.
        if (cue.kind == CueKind::attribution && cue.term == "charge that" && span.first > 0 &&
            words.lower(sentence, span.first - 1) == "in") {
            return true;
        }
        // "It must be said that", "it has to be said", "it should be noted that", "it must be
        // admitted that", "it should be added that": the author insisting, no one reported.
        static const WordSet insisting = {"said",           "say",        "note that",
                                          "point out that", "state that", "admit that",
                                          "concede that",   "add that",   "added that"};
        if (cue.kind == CueKind::attribution && insisting.contains(cue.term) && span.first >= 2 &&
            words.lower(sentence, span.first - 1) == "be") {
            const std::string_view modal = words.lower(sentence, span.first - 2);
            if (modal == "must" || modal == "should" || modal == "to" || modal == "can" ||
                modal == "cannot" || modal == "could" || modal == "would") {
                return true;
            }
        }
        // "It is fair to say that", "needless to say", "suffice it to say", "it is too soon to
        // call her a failure": the author's own words in an impersonal infinitive, no one
        // else's view.
        if (cue.kind == CueKind::attribution &&
            (insisting.contains(cue.term) || cue.term == "call" ||
             cue.term.starts_with("call "sv)) &&
            span.first >= 2 && words.lower(sentence, span.first - 1) == "to") {
            const std::string_view lead = words.lower(sentence, span.first - 2);
            if (words.lower(sentence, 0) == "it" || lead == "needless" || lead == "it") {
                return true;
            }
        }
        // The author speaking ("Kessler is, I would say, abrasive", "what one might call a
        // prudent manager") reports no one else's view.
        if (cue.kind == CueKind::attribution && spoken_by_the_author(sentence, words, span)) {
            return true;
        }
        if (cue.kind == CueKind::attribution &&
            (cue.term == "call" || cue.term.starts_with("call "sv) || cue.term == "find her" ||
             cue.term == "find him" || cue.term == "found her" || cue.term == "found him") &&
            !labels_with_a_characterization(sentence, words, span, cues)) {
            return true;
        }
        if (cue.kind == CueKind::hedge && (expectation_of_others(sentence, words, span) ||
                                           in_comparison_with_the_past(sentence, words, span) ||
                                           is_concessive_if(sentence, words, span, cues) ||
                                           grants_what_it_names(sentence, words, span) ||
                                           asks_a_question(sentence, words, span))) {
            return true;
        }
        // "was, if anything, too patient": an idiom that sharpens the claim, no condition.
        if (cue.kind == CueKind::hedge && cue.term == "if" && next_word(span.last) == "anything") {
            return true;
        }
        // "read the clause so broadly that", "treated them too roughly": after a degree word
        // an adverb that also rounds a claim off says how something was done, not a doubt.
        if (cue.kind == CueKind::hedge && span.first == span.last && span.first > 0 &&
            is_word(words, span.first - 1) &&
            (cue.term == "broadly" || cue.term == "roughly" || cue.term == "tentatively")) {
            static const WordSet degree = {"so", "too", "as", "how", "overly", "less"};
            if (degree.contains(words.lower(sentence, span.first - 1))) {
                return true;
            }
        }
        if (!is_modal(cue)) {
            return false;
        }
        const std::string_view next = next_word(span.last);
        // "could ill afford": a judgement of means, not the author's doubt.
        if (next.empty() || next == "to" || next == "ill" ||
            (next == "not" && next_word(span.last + 1) == "to")) {
            return true;
        }
        // "could not", "could never", "Nothing could prevent", "no one could stop her": an
        // inability or an impossibility, which asserts rather than doubts (as "couldn't", no
        // hedge either).
        if (cue.term == "could") {
            if (next == "not" || next == "never") {
                return true;
            }
            if (!nobody_before(sentence, words, span.first).empty() ||
                (span.first > 1 && text::folds_to(words.text(sentence, span.first - 1), "one") &&
                 text::folds_to(words.text(sentence, span.first - 2), "no"))) {
                return true;
            }
        }
        // "She may claim credit for the recovery": the modal of a claim to a right grants it
        // (claims_a_right), as "can" does; it is no doubt of the author's.
        if (cue.term != "would" && std::any_of(cues.begin(), cues.end(), [&](const CueSpan& claim) {
                return claim.cue.kind == CueKind::evidential && claim.cue.term == "claim" &&
                       (claim.first == span.last + 1 ||
                        (claim.first == span.last + 2 && next.ends_with("ly"sv))) &&
                       claims_a_right(sentence, words, claim);
            })) {
            return true;
        }
        if (cue.term == "would" && refuses(sentence, words, span)) {
            return true;
        }
        if (in_reported_clause(sentence, words, span.first)) {
            return true;
        }
        // "plans for a stand that would add seats": "would" right after a relative pronoun says
        // what the thing was for, not that the author doubts it.
        if (cue.term == "would" && span.first > 0 && is_word(words, span.first - 1)) {
            const std::string_view before = words.lower(sentence, span.first - 1);
            if (before == "that" || before == "which" || before == "who") {
                return true;
            }
        }
        return cue.term == "would" && (conditional || narrative.contains(next));
    };
    bool dropped = false;
    for (std::size_t i = 0; i < cues.size(); ++i) {
        cues[i].dropped = drops(cues[i]);
        dropped = dropped || cues[i].dropped;
    }
    if (dropped) {
        erase_marked(cues);
    }
}

// "It remains unclear whether Varga was dishonest": a characterization in a clause opened by
// "whether" is a question the author leaves open, neither said nor denied of anyone, as a
// question standing alone is no claim. Looked for back to the clause's start, a few words.
void drop_open_questions(std::string_view sentence, const Words& words,
                         std::vector<CueSpan>& cues) {
    constexpr std::uint32_t kQuestionReach = 8; // "whether the board's new chair was reckless"
    // Most sentences have no "whether": one search of the sentence's lowered text (which the
    // rules before this one made already, in most sentences with cues) tells, rather than a
    // look at every word; where it is found, one pass over the words, rather than a look back
    // from every characterization.
    const auto count = static_cast<std::uint32_t>(words.tokens.size()); // read once
    if (count == 0) {
        return;
    }
    words.lower(sentence, 0); // the whole sentence, lowered once (Words::lower)
    if (std::string_view(words.lowered).find("whether"sv) == std::string_view::npos) {
        return;
    }
    bool whether = false;
    for (std::uint32_t k = 0; k < count && !whether; ++k) {
        whether = words.tokens[k].end - words.tokens[k].begin == 7 && is_word(words, k) &&
                  text::folds_to(words.text(sentence, k), "whether");
    }
    if (!whether) {
        return;
    }
    std::erase_if(cues, [&](const CueSpan& span) {
        if (span.cue.kind != CueKind::characterization) {
            return false;
        }
        for (std::uint32_t k = span.first; k-- > 0 && span.first - k <= kQuestionReach;) {
            if (is_word(words, k) && text::folds_to(words.text(sentence, k), "whether")) {
                return true;
            }
            if (is_break(sentence, words, k)) {
                return false;
            }
        }
        return false;
    });
}

// A person's possessive as the analysis found it: the token and whose it is.
struct Possessive {
    std::uint32_t token = 0;
    std::uint32_t subject = Cue::kNoOwner; // kNoOwner: a person who is not a subject
    std::string words;
};

bool is_possessive(std::string_view word) {
    // The last letter first: most words end otherwise, and this is asked of many.
    if (word.size() < 2 || word.back() != 's') {
        return false;
    }
    word.remove_suffix(1);
    return word.back() == '\'' || word.ends_with(kRightSingleQuote);
}

// The possessives of capitalized words inside the sentence that name no person the analysis
// knows ("Russia’s imperial ambitions", "Ukraine’s territorial integrity"): they own their noun
// phrase too. The first word is left out: a sentence starts with a capital whatever it is.
void add_proper_possessives(std::string_view sentence, const Words& words,
                            std::vector<Possessive>& possessives) {
    // A possessive has an apostrophe, ' or ’ (whose last byte is 0x99): most sentences have none,
    // and the others a few. Only the words that hold one are read, in order: the next apostrophe
    // of either kind, then the token it is in.
    const char* const bytes = sentence.data();
    const std::size_t size = sentence.size();
    const auto next_of = [&](int byte, std::size_t from) {
        const void* at = from < size ? std::memchr(bytes + from, byte, size - from) : nullptr;
        return at == nullptr ? size
                             : static_cast<std::size_t>(static_cast<const char*>(at) - bytes);
    };
    std::size_t straight = next_of('\'', 0);
    std::size_t curly = next_of(0x99, 0);
    const auto count = static_cast<std::uint32_t>(words.tokens.size()); // read once
    // A local copy stays in a register across the calls below; `words.tokens` would be read
    // again at every word.
    const text::Token* const tokens = words.tokens.data();
    std::uint32_t i = 0; // the token the last apostrophe was in
    while (straight < size || curly < size) {
        std::size_t& apostrophe = straight < curly ? straight : curly;
        const std::size_t at = apostrophe;
        apostrophe = next_of(straight < curly ? '\'' : 0x99, at + 1);
        while (i < count && tokens[i].end <= at) {
            ++i;
        }
        // A possessive ends in "s" (and is not the first word).
        if (i == 0 || i >= count || tokens[i].begin > at || sentence[tokens[i].end - 1] != 's') {
            continue;
        }
        const std::string_view word = words.text(sentence, i);
        // "Putin's war", and a definite thing's: "the bank's credibility" is the bank's (not "the
        // one's", a misspelt "the ones").
        const bool definite = i > 1 && text::folds_to(words.text(sentence, i - 1), "the") &&
                              !(words.lower(sentence, i).starts_with("one'"sv) ||
                                words.lower(sentence, i).starts_with("one\u2019"sv));
        if (!is_word(words, i) || !(is_capitalized(word) || definite) || !is_possessive(word) ||
            std::any_of(possessives.begin(), possessives.end(),
                        [&](const Possessive& p) { return p.token == i; })) {
            continue;
        }
        possessives.push_back({i, Cue::kNoOwner, std::string(word)});
    }
    // Nearest first: a later possessive takes over the words after it. (Those of the names come
    // in reading order, one a token: sorted already unless a proper possessive was added.)
    const auto nearer = [](const Possessive& a, const Possessive& b) { return a.token < b.token; };
    if (!std::is_sorted(possessives.begin(), possessives.end(), nearer)) {
        std::sort(possessives.begin(), possessives.end(), nearer);
    }
}

// The possessive of a noun the lexicon lists as a holder ("every opponent's weaknesses", "her
// rivals' mistakes"): the people own what follows, as a person's possessive does; they hold no
// view of the subject by it. Their words may still hold one further on ("her critics' claim
// that she was reckless").
void add_speaker_possessives(std::string_view sentence, const Words& words,
                             const std::vector<CueSpan>& cues,
                             std::vector<Possessive>& possessives) {
    for (const auto& span : cues) {
        if (span.cue.kind != CueKind::attribution || span.first != span.last ||
            !span.cue.term.ends_with("s"sv)) {
            continue;
        }
        std::uint32_t token = span.last;
        if (!is_possessive(words.text(sentence, token))) {
            if (token + 1 >= words.tokens.size() || !words.is_plural_possessive_mark(token + 1)) {
                continue;
            }
            ++token; // "critics'": the noun phrase starts after the apostrophe
        }
        if (std::none_of(possessives.begin(), possessives.end(),
                         [&](const Possessive& p) { return p.token == token; })) {
            possessives.push_back({token, Cue::kNoOwner,
                                   slice(sentence, words.tokens[span.first], words.tokens[token])});
        }
    }
    std::sort(possessives.begin(), possessives.end(),
              [](const Possessive& a, const Possessive& b) { return a.token < b.token; });
}

// Characterizations within kPossessiveReach words after a person's possessive, with only words
// of the noun phrase between ("Trump’s victory", "Putin’s brutal aggression"), describe that
// person. A preposition, verb or punctuation ends the noun phrase ("Rutte’s instinct to
// accommodate" leaves "accommodate" to the sentence).
// A noun that names a person by their relation to another ("her predecessor", "Murtagh's
// rival"): the token of that noun after the possessive at `possessive`, with at most one
// adjective between ("his former deputy", "her incompetent predecessor").
std::optional<std::uint32_t> relation_after(std::string_view sentence, const Words& words,
                                            std::uint32_t possessive) {
    // A flat set: asked for the two words after every possessive.
    static const WordSet relations = {
        "predecessor", "successor", "rival",     "opponent",  "challenger",  "deputy",
        "aide",        "adviser",   "advisor",   "spokesman", "spokeswoman", "spokesperson",
        "lawyer",      "agent",     "owner",     "boss",      "employer",    "husband",
        "wife",        "spouse",    "partner",   "son",       "daughter",    "father",
        "mother",      "brother",   "sister",    "friend",    "colleague",   "mentor",
        "protege",     "protégé",   "assistant", "critic",    "detractor",   "supporter",
        "ally",        "allies",    "opponents", "coach",     "manager"};
    constexpr std::uint32_t kMostWords = 2;
    for (std::uint32_t k = possessive + 1;
         k < words.tokens.size() && k <= possessive + kMostWords && is_word(words, k); ++k) {
        const std::string_view text = words.text(sentence, k);
        if (text.size() < 3 || text.size() > 13) {
            continue; // shorter than "son", longer than "spokeswoman's"
        }
        std::string_view word = words.lower(sentence, k);
        if (is_possessive(word)) {
            word.remove_suffix(word.ends_with("'s"sv) ? 2 : 4); // "rival's", "rival’s"
        }
        if (word.size() > 3 && word.ends_with("s"sv) && word != "allies" && word != "opponents") {
            word.remove_suffix(1); // "critics", "rivals"
        }
        if (relations.contains(word)) {
            return k;
        }
    }
    return std::nullopt;
}

void assign_owners(std::string_view sentence, const Words& words,
                   const std::vector<Possessive>& possessives, std::vector<CueSpan>& cues) {
    static const WordSet phrase_ends = {"of",  "to",   "in",    "on",   "at",    "for",   "with",
                                        "by",  "from", "as",    "is",   "was",   "are",   "were",
                                        "has", "had",  "have",  "will", "would", "could", "can",
                                        "may", "that", "which", "who",  "but"};
    for (const auto& possessive : possessives) {
        for (auto& span : cues) {
            if (span.cue.kind != CueKind::characterization || span.first <= possessive.token ||
                span.first > possessive.token + kPossessiveReach) {
                continue;
            }
            bool inside = true;
            for (std::uint32_t k = possessive.token + 1; k < span.first && inside; ++k) {
                inside = (is_word(words, k) && !phrase_ends.contains(words.lower(sentence, k))) ||
                         words.is_plural_possessive_mark(k); // "his rivals' mistakes"
            }
            if (inside) {
                span.cue.owner = possessive.words;
                span.cue.owner_subject = possessive.subject;
                const auto noun = relation_after(sentence, words, possessive.token);
                // "her incompetent predecessor" judges the predecessor, and so does "his
                // rivals' mistakes", the possessive of the relation before the cue.
                std::optional<std::uint32_t> end;
                if (noun && *noun > span.last) {
                    end = noun;
                } else if (noun && *noun < span.first) {
                    if (is_possessive(words.text(sentence, *noun))) {
                        end = noun;
                    } else if (words.is_plural_possessive_mark(*noun + 1)) {
                        end = *noun + 1;
                    }
                }
                if (end) {
                    span.cue.owner =
                        slice(sentence, words.tokens[possessive.token], words.tokens[*end]);
                    span.cue.owner_subject = Cue::kNoOwner;
                }
            }
        }
    }
}

// Where the analysis found a subject named (or continued by a pronoun or title) in a sentence.
// "Lindqvist, not Ekberg, was reckless", "It was the mayor, not Ekberg, who ...": a "not" between
// a comma and a person named (or a pronoun or title), closed by a comma, the sentence's end or
// "but", says who is meant; it denies no predicate.
void drop_contrasted_people(std::string_view sentence, const Words& words,
                            const std::vector<MentionAt>& mentioned,
                            const std::vector<MentionAt>& others, std::vector<CueSpan>& cues) {
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    for (auto& span : cues) {
        if (span.cue.kind != CueKind::negation || span.first != span.last || span.first == 0 ||
            !text::folds_to(words.text(sentence, span.first), "not") ||
            words.text(sentence, span.first - 1) != ",") {
            continue;
        }
        std::uint32_t last = count;
        for (const auto* list : {&mentioned, &others}) {
            for (const auto& m : *list) {
                if (m.token == span.last + 1) {
                    last = m.last;
                }
            }
        }
        if (last == count) {
            continue;
        }
        const std::uint32_t after = last + 1;
        const std::string_view next = after < count ? words.text(sentence, after) : "";
        if (after >= count || next == "," || next == "." || next == ";" ||
            text::folds_to(next, "but")) {
            span.dropped = true;
        }
    }
}

// Things that speak for the author when they tell or suggest ("her record tells us", "the
// figures suggest"): evidence, no one holding a view.
bool is_evidence_noun(std::string_view lower) {
    static const WordSet evidence = {
        "record",     "records",    "figures",   "figure",  "data",     "numbers", "evidence",
        "results",    "result",     "silence",   "history", "polls",    "poll",    "facts",
        "statistics", "accounts",   "documents", "minutes", "memo",     "emails",  "letters",
        "papers",     "indicators", "factors",   "markers", "counters", "meters",  "filters"};
    return evidence.contains(lower);
}

// A plural noun of people by its agent ending: "economists", "historians", "observers",
// "investors", "diplomats". Things take these endings too ("numbers", "indicators"): the
// evidence nouns above are none. Plurals of people whose ending says nothing ("experts",
// "officials", "colleagues") are listed: only plurals, so that "an official report" or "the
// expert view" names no one.
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

// "The numbers favour the mayor", "the odds favoured her": evidence or circumstances that favour
// someone hold no view, as people favouring a plan do ("Voters favour the mayor", "the board
// favours a cut"). The verb's subject is the word right before it, past one adverb in -ly or an
// auxiliary ("the figures clearly favour", "the timing had favoured").
void drop_favour_of_things(std::string_view sentence, const Words& words,
                           std::vector<CueSpan>& cues) {
    static const WordSet circumstances = {
        "odds",     "circumstances", "conditions", "timing", "arithmetic", "maths",  "math",
        "calendar", "geography",     "trends",     "trend",  "weather",    "luck",   "fortune",
        "economy",  "demographics",  "rules",      "law",    "market",     "markets"};
    for (auto& span : cues) {
        const std::string_view term = span.cue.term;
        if (span.cue.kind != CueKind::attribution || span.first == 0 ||
            (term != "favour" && term != "favor")) {
            continue;
        }
        std::uint32_t subject = span.first - 1;
        if (subject > 0 && is_word(words, subject) &&
            (words.lower(sentence, subject).ends_with("ly"sv) ||
             is_auxiliary(words.lower(sentence, subject)))) {
            --subject;
        }
        if (!is_word(words, subject)) {
            continue;
        }
        const std::string_view noun = words.lower(sentence, subject);
        span.dropped = span.dropped || is_evidence_noun(noun) || circumstances.contains(noun);
    }
}

// The hedge verbs of drop_acts_of_people done by people named by a plural noun ("Some
// economists suggest she was timid", "Two historians estimate that"): what they suggest is their
// view, as "Some analysts suggest" is the analysts' through the lexicon's row for analysts, so the
// verb reports it (an attribution, whose holder is the noun phrase before it) rather than
// hedging the author's claim. Only right after the noun (one adverb in -ly between), which must
// be a plural of people by its ending (is_plural_agent_noun) and not capitalized inside the
// sentence (a name): "The data suggest", "the figures suggest" stay the author's hedges, and a
// singular ("an economist suggested") holds nothing.
void attribute_hedges_of_people(std::string_view sentence, const Words& words,
                                std::vector<CueSpan>& cues) {
    static const WordSet acts = {"suggest", "indicate", "expect", "anticipate", "estimate"};
    for (auto& span : cues) {
        if (span.cue.kind != CueKind::hedge || span.first != span.last || span.first == 0 ||
            !acts.contains(span.cue.term)) {
            continue;
        }
        std::uint32_t noun = span.first - 1;
        if (noun > 0 && is_word(words, noun) && words.lower(sentence, noun).ends_with("ly"sv)) {
            --noun;
        }
        if (!is_word(words, noun) || !is_plural_agent_noun(words.lower(sentence, noun)) ||
            (noun > 0 && starts_with_capital(words.text(sentence, noun)))) {
            continue;
        }
        span.cue.kind = CueKind::attribution;
        span.cue.dimension = {};
    }
}

// Verbs the lexicon lists as hedges because a thing can be their subject ("the figures suggest
// that", "the data indicate"), but which name an act when a person does them: "Marsh suggested a
// merger" proposed it, "indicated the depot would close" signalled it, "expects staff to meet
// them" demands it. With a person named (or continued by a pronoun) right before the verb, one
// adverb or auxiliary allowed between, or as the second verb of a clause that opens with the
// person ("Marsh sets targets and expects"), they are no doubt of the author's: what such a
// person suggests or expects is hers. The passive ("is expected to") has rows of its own.
void drop_acts_of_people(std::string_view sentence, const Words& words,
                         const std::vector<MentionAt>& mentioned,
                         const std::vector<MentionAt>& others, std::vector<CueSpan>& cues) {
    static const WordSet acts = {"suggest", "indicate", "expect", "anticipate", "estimate"};
    static const WordSet between = {"has",  "had",  "have",  "will", "would",
                                    "also", "then", "later", "now"};
    static const WordSet persons = {"he", "she", "they"};
    static const WordSet prepositions = {"to", "of", "by", "for", "with", "from", "about", "under"};
    auto ends_a_person = [&](std::uint32_t token) {
        const auto ends = [&](const std::vector<MentionAt>& list) {
            return std::any_of(list.begin(), list.end(), [&](const MentionAt& m) {
                return m.last == token &&
                       (m.token == 0 || !prepositions.contains(words.lower(sentence, m.token - 1)));
            });
        };
        const std::string_view word = words.lower(sentence, token);
        return ends(mentioned) || ends(others) || persons.contains(word);
    };
    std::erase_if(cues, [&](const CueSpan& span) {
        if (span.cue.kind != CueKind::hedge || span.first != span.last || span.first == 0 ||
            !acts.contains(span.cue.term)) {
            return false;
        }
        std::uint32_t before = span.first - 1;
        if (before > 0 && is_word(words, before)) {
            const std::string_view word = words.lower(sentence, before);
            if (word.ends_with("ly"sv) || between.contains(word)) {
                --before;
            }
        }
        if (!is_word(words, before)) {
            return false;
        }
        // "Marsh sets targets and expects staff to meet them": a second verb of the clause
        // whose subject, at its start, is a person.
        if (words.lower(sentence, before) == "and") {
            std::uint32_t start = before;
            while (start > 0 && is_word(words, start - 1)) {
                --start;
            }
            const auto starts = [&](const std::vector<MentionAt>& list) {
                return std::any_of(list.begin(), list.end(), [&](const MentionAt& m) {
                    return m.token == start && m.last < before;
                });
            };
            const std::string_view first = words.lower(sentence, start);
            return starts(mentioned) || starts(others) || persons.contains(first);
        }
        // A named body inside the sentence does it as a person would: "what Westbury expects of
        // itself", "the IMF estimates that". Not "I", nor a name after a preposition ("the
        // figures from Eurostat suggest"), nor the sentence's first word, capitalized anyway.
        std::uint32_t name = before;
        while (name > 1 && is_word(words, name - 1) &&
               starts_with_capital(words.text(sentence, name - 1))) {
            --name;
        }
        const bool named = before > 0 && starts_with_capital(words.text(sentence, before)) &&
                           words.text(sentence, before) != "I" &&
                           !prepositions.contains(lowercase(words.text(sentence, name - 1)));
        return named || ends_a_person(before);
    });
}

// "his", "her" or "their" after another person named earlier in the sentence, and resolved to
// no subject: the noun phrase is that person's ("Its new chair, Ingrid Solberg, was praised
// for her candour" judges Solberg, not the regulator).
void add_other_persons_pronoun_possessives(std::string_view sentence, const Words& words,
                                           const std::vector<MentionAt>& mentioned,
                                           const std::vector<MentionAt>& others,
                                           std::vector<Possessive>& possessives) {
    if (others.empty()) {
        return;
    }
    for (std::uint32_t i = others.front().last + 1; i < words.tokens.size(); ++i) {
        if (!is_word(words, i)) {
            continue;
        }
        const std::string_view word = words.lower(sentence, i);
        if (!is_possessive_pronoun(word) || word == "its") {
            continue;
        }
        const bool resolved = std::any_of(mentioned.begin(), mentioned.end(),
                                          [&](const MentionAt& m) { return m.token == i; });
        const bool known = std::any_of(possessives.begin(), possessives.end(),
                                       [&](const Possessive& p) { return p.token == i; });
        if (!resolved && !known) {
            possessives.push_back({i, Cue::kNoOwner, std::string(words.text(sentence, i))});
        }
    }
}

// Whether the quotation mark at `mark_at` closes a quotation. A straight quote closes where it
// sits against the word or mark before it (`reckless," she`); one after a space opens (`she
// said, "Reyes`).
bool closes_quotation(std::string_view sentence, const Words& words, std::uint32_t mark_at) {
    const std::string_view mark = words.text(sentence, mark_at);
    const bool attached =
        mark_at > 0 && words.tokens[mark_at - 1].end == words.tokens[mark_at].begin;
    return mark == kRightDoubleQuote || mark == kRightSingleQuote ||
           ((mark == "\"" || mark == "'") && attached);
}

// Whether the punctuation right before token `k` closes a quotation and its words with a
// comma, "!" or "?" (`reckless," she`, `reckless", she`): not a quoted word the sentence goes
// on from (`the word "reckless" and told`).
bool after_closing_quote(std::string_view sentence, const Words& words, std::uint32_t k) {
    bool closing = false;
    bool ended = false;
    for (; k > 0 && words.tokens[k - 1].kind == text::TokenKind::punctuation; --k) {
        const std::string_view mark = words.text(sentence, k - 1);
        closing = closing || closes_quotation(sentence, words, k - 1);
        ended = ended || mark == "," || mark == "!" || mark == "?";
    }
    return closing && ended;
}

// A speech tag after a quotation ("“Reyes is reckless,” she told parliament", "..., said one
// player"): the verb at `verb` comes after a closing quotation mark with at most its speaker's
// few words between. The quotation is what the verb reports, so it needs no clause after it.
bool tags_quotation(std::string_view sentence, const Words& words, std::uint32_t verb) {
    constexpr std::uint32_t kSpeakerWords = 4;
    std::uint32_t k = verb;
    while (k > 0 && is_word(words, k - 1) && verb - k < kSpeakerWords) {
        --k;
    }
    return after_closing_quote(sentence, words, k);
}

// A verb of speech that introduces a quotation after a colon ("She added: “Reyes is reckless.”",
// "he told reporters: ..."): at most four words of its object between, then the colon and the
// opening mark. The quotation is what the verb reports, as in a speech tag after it.
bool introduces_quotation(std::string_view sentence, const Words& words, std::uint32_t last) {
    constexpr std::uint32_t kObjectWords = 4;
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    std::uint32_t k = last + 1;
    while (k < count && is_word(words, k) && k - last <= kObjectWords) {
        ++k;
    }
    return k + 1 < count && words.text(sentence, k) == ":" &&
           is_opening_quote(words.text(sentence, k + 1));
}

// A verb of belief or of telling ("think", "believe", "feel", "fear", "told", "claimed") reports a
// view only where a clause follows it: "Many investors think (that) she was reckless", "Aranda told
// reporters Murtagh was arrogant". Not "she thinks strategically", "think about", "felt
// betrayed", "told the players to", "time will tell whether", nor the noun ("a thought that").
bool is_belief_verb(std::string_view term) {
    return term == "think" || term == "thought" || term == "believe" || term == "feel" ||
           term == "felt" || term == "fear";
}
bool is_telling_verb(std::string_view term) {
    return term == "tell" || term == "told" || term == "claim";
}
// Verbs that report only a clause after "that" (QA pass q7): "her aides noted that", "advisers
// briefed journalists that". A subject who says so speaks her own words.
bool reports_a_that_clause(std::string_view term) {
    static const WordSet terms = {
        "maintain that",  "note that",    "state that",     "report that",  "explain that",
        "point out that", "hint that",    "remark that",    "observe that", "announce that",
        "predict that",   "testify that", "testified that", "confide that", "grumble that",
        "whisper that",   "brief * that", "inform * that",  "add that",     "added that",
        "replied that",   "respond that", "joke that",      "boast that"};
    return terms.contains(term);
}
// "Hallam claimed victory", "she claimed the credit": "claim" whose object is a judgement (at
// most a determiner before it) asserts it, as "claim that" does; its speaker holds it, and no
// evidential doubts it for the author.
bool claims_a_judgement(std::string_view sentence, const Words& words, const CueSpan& span,
                        const std::vector<CueSpan>& cues) {
    static const WordSet determiners = {"a", "an", "the", "her", "his", "their", "its"};
    if (span.cue.term != "claim" || span.last + 1 >= words.tokens.size() ||
        !is_word(words, span.last + 1)) {
        return false;
    }
    std::uint32_t object = span.last + 1;
    if (determiners.contains(words.lower(sentence, object))) {
        ++object;
    }
    return std::any_of(cues.begin(), cues.end(), [&](const CueSpan& c) {
        return c.first == object && c.cue.kind == CueKind::characterization;
    });
}
// A noun of a view that states its clause ("Okonjo's view is that", "their complaint was
// that", rows "view is that", ...): its owner holds the clause.
bool states_a_view_of_its_owner(std::string_view term) {
    return term.ends_with(" is that"sv) || term.ends_with(" was that"sv);
}
// Verbs that label someone as "call" does: a view only where they give a label ("Aranda branded
// Murtagh arrogant", "was labelled reckless"), not the nouns ("his brand of football").
bool is_labelling_verb(std::string_view term) {
    return term == "brand" || term == "label" || term == "labelled" || term == "dub" ||
           term == "dubbed";
}

// Verbs of speech that report a view only in a speech tag after the quotation ("“Reyes is
// reckless,” she added / replied / noted / quipped"): used otherwise they report nothing ("added
// a tax", "wrote a book", "replied to the letter", "noted the figures", "a quip").
bool speaks_only_in_a_tag(std::string_view term) {
    static const WordSet verbs = {
        "added",   "write",   "wrote",   "warn",   "replied",  "retort",  "quip",
        "quipped", "noted",   "notes",   "remark", "observe",  "explain", "joke",
        "counter", "respond", "concede", "admit",  "admitted", "recall",  "complain",
        "boast",   "drawl",   "muse",    "mutter", "murmur",   "snap",    "snapped",
        "shout",   "exclaim", "scoff",   "sneer",  "sigh"};
    return verbs.contains(term);
}

// Reporting verbs whose object is the one judged, not a clause: "criticise", "praise", "admire",
// "accuse", "condemn", and the adjective "critical of".
bool judges_its_object(std::string_view term) {
    return term == "criticize" || term == "criticise" || term == "they criticize" ||
           term == "praise" || term == "admire" || term == "accuse" || term == "condemn" ||
           term == "critical of";
}

// Whether the words from token `i` only add a judgement to a view, with no clause of their own:
// a concession or contrast word at most (*if, though, although, but, yet, albeit, even*), a
// *not* and scale words, then a characterization ("capable, if somewhat arrogant", "but
// arrogant"); not "but he was in fact prudent", which has a subject of its own.
bool goes_on_judging(std::string_view sentence, const Words& words,
                     const std::vector<CueSpan>& cues, std::uint32_t i) {
    static const WordSet conceding = {"if", "though", "although", "but", "yet", "albeit", "even"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    if (i < count && is_word(words, i) && conceding.contains(words.lower(sentence, i))) {
        ++i;
    }
    if (i < count && is_word(words, i) && words.lower(sentence, i) == "not") {
        ++i;
    }
    // After a degree word, one word the lexicon may lack that ends the clause is a judgement
    // too ("meticulous, if somewhat cold."): a degree word softens no clause of its own.
    bool softened = false;
    const auto one_last_word = [&] {
        return softened && i < count && is_word(words, i) &&
               (i + 1 == count || (!is_word(words, i + 1) && (words.text(sentence, i + 1) == "," ||
                                                              words.text(sentence, i + 1) == ".")));
    };
    for (const auto& c : cues) {
        if (c.first < i) {
            continue;
        }
        if (c.first > i) {
            return one_last_word();
        }
        if (c.cue.kind == CueKind::characterization) {
            return true;
        }
        // A scale word or a hedge that is also one ("somewhat") before the judgement.
        if (!is_scale(c.cue.kind) && c.cue.kind != CueKind::hedge) {
            return false;
        }
        softened = true;
        i = c.last + 1;
    }
    return one_last_word();
}

// An adjective that reports a view ("the unions were critical of her"): the form of "be" before
// it is a copula, not a passive, so its subject holds the view as a verb's subject does.
bool is_stance_adjective(std::string_view lower) {
    return lower == "critical";
}

// A finite verb that a clause's subject comes before: a form of "be", "have" or "do", or a modal.
bool is_finite_auxiliary(std::string_view lower) {
    static const WordSet words = {
        "is",     "was",   "are",      "were",     "has",    "had",     "have",    "will",
        "would",  "could", "can",      "may",      "might",  "must",    "should",  "shall",
        "did",    "does",  "do",       "isn't",    "wasn't", "aren't",  "weren't", "hasn't",
        "hadn't", "won't", "wouldn't", "couldn't", "didn't", "doesn't", "isn’t",   "wasn’t"};
    return words.contains(lower);
}

// Whether a reported clause starts at token `from`, right after the verb: "that", a subject
// pronoun, or a subject followed within a few words by a finite verb ("investors think the sale
// was reckless", "told reporters Murtagh was arrogant"), or a name followed by a past verb
// ("believe Murtagh panicked"). `object_first`: the verb may take an object before the clause
// ("told reporters that"). A preposition or particle right after the verb ("think about",
// "believe in"), "to" ("told the players to"), a relative or question word ("whether", "who")
// or punctuation before the finite verb: no clause.
bool opens_reported_clause(std::string_view sentence, const Words& words, std::uint32_t from,
                           bool object_first) {
    static const std::vector<std::string_view> particles = {
        "about", "of",    "in",    "on",        "for",  "with",  "at",    "by",
        "into",  "up",    "over",  "through",   "so",   "twice", "again", "back",
        "out",   "ahead", "aloud", "otherwise", "like", "as",    "free"};
    static const std::vector<std::string_view> stops = {
        "to",  "who",  "whom", "whose", "which", "whether", "if",  "how",
        "why", "what", "when", "where", "while", "because", "and", "but"};
    static const std::vector<std::string_view> subjects = {"he", "she", "they", "we", "i", "you"};
    const auto in = [](const std::vector<std::string_view>& list, std::string_view word) {
        return std::find(list.begin(), list.end(), word) != list.end();
    };
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    while (from < count && is_word(words, from) && words.lower(sentence, from).ends_with("ly"sv) &&
           words.lower(sentence, from).size() > 4) {
        ++from; // "believe firmly that", "thinks strategically"
    }
    if (from >= count || !is_word(words, from)) {
        return false;
    }
    const std::string_view first = words.lower(sentence, from);
    if (first == "that" || in(subjects, first)) {
        return true;
    }
    if (in(particles, first)) {
        return false;
    }
    // "believe Murtagh panicked": a name, then a verb in the past.
    if (starts_with_capital(words.text(sentence, from))) {
        std::uint32_t k = from;
        while (k < count && is_word(words, k) && starts_with_capital(words.text(sentence, k))) {
            ++k;
        }
        if (k < count && is_word(words, k) && words.lower(sentence, k).ends_with("ed"sv)) {
            return true;
        }
    }
    constexpr std::uint32_t kClauseWords = 6;
    for (std::uint32_t k = from; k < count && k < from + kClauseWords && is_word(words, k); ++k) {
        const std::string_view word = words.lower(sentence, k);
        if (word == "that" && k > from) {
            return object_first; // "told reporters that"; after a belief verb a relative clause
        }
        if (in(stops, word)) {
            return false;
        }
        if (is_finite_auxiliary(word)) {
            return k > from;
        }
    }
    return false;
}

// "in * view", "in * eyes": a possessive right before the noun names whose view it is ("in her
// critics' view", "in Pep Aranda's view", "in their view"); "my" and "our" are the author, and
// no possessive ("in full view", "in plain view") names no one.
bool names_a_possessor(std::string_view sentence, const Words& words, const CueSpan& span) {
    std::uint32_t before = span.last - 1;
    if (before > span.first + 1 && words.lower(sentence, before) == "own") {
        --before; // "in his own view"
    }
    if (words.is_plural_possessive_mark(before)) {
        return true;
    }
    if (!is_word(words, before)) {
        return false;
    }
    const std::string_view word = words.lower(sentence, before);
    return is_possessive_pronoun(word) || without_possessive(word) != word;
}

// "In Smith's account, ...", "Berg was, in Smith's reading of the letters, reckless": a noun that
// also names a person's own act (an account, a reading, a telling, an assessment, an
// interpretation) frames the sentence as that person's view only where the phrase is set off:
// at the sentence's start or after a comma, and followed by a comma (an "of" phrase of at most
// six words may come first) or the sentence's end. Not "she was naive in her reading of the
// crisis", "wrong in her assessment of the threat", "paid the fee into her account".
bool frames_only_when_set_off(std::string_view term) {
    return term == "in * account" || term == "in * reading" || term == "in * telling" ||
           term == "in * assessment" || term == "in * interpretation";
}

bool set_off_by_commas(std::string_view sentence, const Words& words, const CueSpan& span) {
    if (span.first > 0 && words.text(sentence, span.first - 1) != ",") {
        return false;
    }
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    std::uint32_t next = span.last + 1;
    constexpr std::uint32_t kOfWords = 6;
    if (next < count && words.lower(sentence, next) == "of") {
        std::uint32_t end = next + 1;
        while (end < count && end <= next + kOfWords && is_word(words, end)) {
            ++end;
        }
        next = end;
    }
    if (next >= count) {
        return true;
    }
    const std::string_view mark = words.text(sentence, next);
    if (mark == ",") {
        return true;
    }
    // the sentence's end: only punctuation from here on
    for (std::uint32_t i = next; i < count; ++i) {
        if (is_word(words, i)) {
            return false;
        }
    }
    return mark == "." || mark == "!" || mark == "?";
}

// Whether a report at `span` ends a comparison: "than" (not "other than", "rather than") or the
// second "as" of "as bold as", then at most three words of a speaker and no clause after the verb
// ("less effective than he claims", "not as bold as his aides say", "more careful than
// alleged"). The report gives only the standard compared with, what the speaker said; the
// sentence itself is the author's, neither a view others hold nor a doubt of the author's.
bool reports_a_comparisons_standard(std::string_view sentence, const Words& words,
                                    const CueSpan& span) {
    constexpr std::uint32_t kSpeakerWords = 3;
    std::uint32_t k = span.first;
    while (k > 0 && span.first - k < kSpeakerWords + 1 && is_word(words, k - 1)) {
        --k;
        const std::string_view word = words.lower(sentence, k);
        const bool than = word == "than" && !(k > 0 && is_word(words, k - 1) &&
                                              (words.lower(sentence, k - 1) == "other" ||
                                               words.lower(sentence, k - 1) == "rather"));
        const bool second_as = word == "as" && k >= 2 &&
                               ((is_word(words, k - 2) && words.lower(sentence, k - 2) == "as") ||
                                (k >= 3 && is_word(words, k - 3) && is_word(words, k - 2) &&
                                 words.lower(sentence, k - 3) == "as"));
        if (than || second_as) {
            return !opens_reported_clause(sentence, words, span.last + 1, true);
        }
    }
    return false;
}

// "argue" meaning quarrel ("The two argued for hours", "families argue without ever saying what
// they mean", "argued with her board"): it reports a view only with one to report, a clause after
// it ("argue (that) she was reckless"), a quotation it tags or introduces, a stance taken "for" or
// "against" something (not "for hours"), a judgement before it that it closes ("She was
// reckless, critics argue"), an "as" before it ("as her critics argue"), or commas around it with
// its speaker ("Halvorsen is, critics argue, weak").
bool quarrels(std::string_view sentence, const Words& words, const CueSpan& span,
              const std::vector<CueSpan>& cues) {
    static const WordSet durations = {"hours",   "days",  "weeks", "months", "years", "decades",
                                      "minutes", "long",  "ages",  "while",  "hour",  "day",
                                      "week",    "month", "year",  "time"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    const std::uint32_t next = span.last + 1;
    if (opens_reported_clause(sentence, words, next, false) ||
        tags_quotation(sentence, words, span.first) ||
        introduces_quotation(sentence, words, span.last)) {
        return false;
    }
    // "for hours", "for a while", "for a long time": how long, not what for. The token after
    // the time, or 0 for none.
    const auto past_a_time = [&](std::uint32_t k) -> std::uint32_t {
        if (k < count && is_word(words, k) &&
            (words.lower(sentence, k) == "a" || words.lower(sentence, k) == "an")) {
            ++k;
        }
        if (k < count && is_word(words, k) && words.lower(sentence, k) == "long" && k + 1 < count &&
            is_word(words, k + 1) && durations.contains(words.lower(sentence, k + 1))) {
            ++k; // "for a long time"
        }
        return k < count && is_word(words, k) && durations.contains(words.lower(sentence, k))
                   ? k + 1
                   : 0;
    };
    if (next < count && is_word(words, next)) {
        const std::string_view after = words.lower(sentence, next);
        if (after == "against") {
            return false;
        }
        if (after == "for") {
            const std::uint32_t time = past_a_time(next + 1);
            if (time == 0 || opens_reported_clause(sentence, words, time, false)) {
                return false; // "argued for restraint"; "argued for hours that ..."
            }
        }
    }
    for (std::uint32_t k = span.first; k > 0 && span.first - k < 4 && is_word(words, k - 1); --k) {
        if (words.lower(sentence, k - 1) == "as") {
            return false;
        }
    }
    // Punctuation right after it, with a judgement before it in the sentence that it closes
    // off, or set off by commas itself ("Halvorsen is, critics argue, weak").
    const bool judgement_before = std::any_of(cues.begin(), cues.end(), [&](const CueSpan& c) {
        return is_governable(c.cue.kind) && c.last < span.first;
    });
    std::uint32_t speaker = span.first;
    while (speaker > 0 && span.first - speaker < 3 && is_word(words, speaker - 1)) {
        --speaker;
    }
    const bool inserted = speaker > 0 && words.text(sentence, speaker - 1) == "," && next < count &&
                          words.text(sentence, next) == ",";
    return !(next < count && !is_word(words, next) && (judgement_before || inserted));
}

// Attribution rows that report a view only in some uses (docs/assessment.md, the attribution
// row): a verb of belief or telling without a clause after it, or used as a noun ("a thought
// that", "her claim"), or in -ing form outside a progressive ("feeling that ..., the board").
// Where the verb "claim" reports a clause, the attribution replaces the evidential of the same
// word, as "claim that" does.
void drop_non_reporting_uses(std::string_view sentence, const Words& words,
                             std::vector<CueSpan>& cues) {
    static const WordSet determiners = {"the",   "a",   "an", "this", "his", "her",
                                        "their", "its", "my", "our",  "your"};
    static const WordSet prepositions = {"of", "in", "for", "with", "from", "without", "by"};
    for (std::size_t c = 0; c < cues.size(); ++c) {
        const CueSpan& span = cues[c];
        if ((span.cue.kind == CueKind::attribution || span.cue.kind == CueKind::evidential) &&
            reports_a_comparisons_standard(sentence, words, span)) {
            cues[c].dropped = true;
            continue;
        }
        if (span.cue.kind != CueKind::attribution) {
            continue; // every use below is an attribution's
        }
        const std::string_view term = span.cue.term;
        // "reckless in his judgements", "in her readings": a plural names the person's acts or
        // views in general, not the one view that frames the sentence ("in his judgement").
        const bool plural_frame = term.starts_with("in * "sv) && !term.ends_with("s"sv) &&
                                  words.lower(sentence, span.last).ends_with("s"sv);
        if (span.cue.kind == CueKind::attribution &&
            (term == "in my view" || term == "in my opinion" || plural_frame ||
             (term.starts_with("in * "sv) && !names_a_possessor(sentence, words, span)) ||
             (frames_only_when_set_off(term) && !set_off_by_commas(sentence, words, span)))) {
            cues[c].dropped = true; // the author's own view, or no one's ("in full view")
            continue;
        }
        const std::string_view before = span.first > 0 && is_word(words, span.first - 1)
                                            ? words.lower(sentence, span.first - 1)
                                            : std::string_view();
        // "the charge of complacency", "a familiar charge of", "charges of fraud": not "in charge
        // of", "took charge of", which give a task. A singular charge needs a determiner right
        // before it, or one word before that (not "in").
        if (term == "charge of" && !words.lower(sentence, span.first).ends_with("s"sv)) {
            const std::string_view two_before = span.first > 1 && is_word(words, span.first - 2)
                                                    ? words.lower(sentence, span.first - 2)
                                                    : std::string_view();
            static const WordSet charge_determiners = {"the", "a",     "an",  "this", "that",
                                                       "any", "such",  "his", "her",  "their",
                                                       "its", "every", "one", "each"};
            cues[c].dropped =
                !(charge_determiners.contains(before) ||
                  (charge_determiners.contains(two_before) && !before.empty() && before != "in"));
            continue;
        }
        // "Varga was denied tenure": something withheld from her, no one's view.
        if (span.cue.kind == CueKind::attribution && (term == "deny" || term == "denied") &&
            is_auxiliary(before)) {
            cues[c].dropped = true;
            continue;
        }
        // "voted 78% in favour of", "fell out of favour and was reckless", "with praise for", "an
        // advocate of": a verb of stance that is a noun too reports nothing as the noun, after a
        // determiner or a preposition, as a verb of belief does not ("out of fear").
        if ((term == "favour" || term == "favor" || term == "praise" || term == "advocate") &&
            (determiners.contains(before) || prepositions.contains(before))) {
            cues[c].dropped = true;
            continue;
        }
        // "The two argued for hours", "the way families argue without ever saying": "argue" that
        // means quarrel reports nothing.
        if (term == "argue" || term.ends_with(" argue"sv)) {
            cues[c].dropped = quarrels(sentence, words, span, cues);
            if (cues[c].dropped) {
                continue;
            }
        }
        // "“Reyes is reckless,” she added": verbs of speech that report only the quotation
        // they tag; "added a tax", "wrote a book" report nothing.
        if (span.cue.kind == CueKind::attribution && speaks_only_in_a_tag(term)) {
            cues[c].dropped = !tags_quotation(sentence, words, span.first) &&
                              !introduces_quotation(sentence, words, span.last);
            continue;
        }
        if (span.cue.kind != CueKind::attribution ||
            !(is_belief_verb(term) || is_telling_verb(term) || is_labelling_verb(term))) {
            continue;
        }
        const std::string_view written = words.lower(sentence, span.first);
        // After a determiner, or a preposition ("out of fear he would resign", "in thought"):
        // a noun. Not after "to", an infinitive ("came to believe she was").
        const bool noun = determiners.contains(before) || prepositions.contains(before);
        if (is_labelling_verb(term)) {
            const std::string_view after = span.last + 1 < words.tokens.size()
                                               ? words.lower(sentence, span.last + 1)
                                               : std::string_view();
            // The verb takes its object right after it ("branded Murtagh", "labelled him", "dubbed
            // the plan"), or is passive ("was labelled reckless"): "a record label that was
            // reckless", "the label was" are nouns.
            static const WordSet objects = {
                "him", "her", "them", "it",  "us",    "me",  "himself", "herself", "themselves",
                "the", "a",   "an",   "his", "their", "its", "this",    "these",   "those"};
            const bool object = objects.contains(after) ||
                                (span.last + 1 < words.tokens.size() &&
                                 (starts_with_capital(words.text(sentence, span.last + 1)) ||
                                  is_opening_quote(words.text(sentence, span.last + 1))));
            const bool passive = is_auxiliary(before) || before.ends_with("ly"sv);
            cues[c].dropped = noun || !(object || passive) || is_ing_form(written) ||
                              !labels_with_a_characterization(sentence, words, span, cues);
            continue;
        }
        const bool participle = is_ing_form(written) && !is_auxiliary(before);
        // "It is hard to believe she was reckless", "it is tempting to think": the author's own
        // (in)credulity, no one else's view.
        const bool impersonal = before == "to" && words.lower(sentence, 0) == "it";
        // "Her record tells us she was reckless", "the figures told investors": evidence speaks
        // for the author, as "the figures suggest" does; no one holds the view.
        const bool evidential_subject = is_telling_verb(term) && is_evidence_noun(before);
        cues[c].dropped =
            noun || participle || impersonal || evidential_subject ||
            (!opens_reported_clause(sentence, words, span.last + 1, is_telling_verb(term)) &&
             !tags_quotation(sentence, words, span.first) &&
             !introduces_quotation(sentence, words, span.last) &&
             !claims_a_judgement(sentence, words, span, cues));
        if (!cues[c].dropped && term == "claim") {
            for (std::size_t e = 0; e < cues.size(); ++e) {
                cues[e].dropped =
                    cues[e].dropped || (cues[e].cue.kind == CueKind::evidential &&
                                        cues[e].first == span.first && cues[e].cue.term == "claim");
            }
        }
    }
    erase_marked(cues);
}

// "Few still admire her courage", "Hardly anyone praised him", "Almost no one trusts her
// judgement": a verb of stance whose speakers are a quantifier of (almost) none reports no one's
// view; the author denies it, as "few would call her reckless" does. The attribution becomes a
// negation with its speakers' words (a negation among them, "Hardly", "no", is part of it): the
// speakers open their clause (the sentence's start, punctuation or a conjunction before them),
// are "few" (with "very", one noun: "few historians", or an "of" phrase of up to three words:
// "few of her colleagues") or *hardly, scarcely, barely* or *almost*
// and *anyone, anybody, no one, nobody*, or *no one*, *nobody* alone, and only adverbs ("still",
// "now", "-ly") or a modal or "do" stand between them and the verb. Not "a few", which says some
// do.
void deny_views_of_almost_no_one(std::string_view sentence, const Words& words,
                                 std::vector<CueSpan>& cues) {
    static const WordSet between = {"still", "now", "ever", "really", "any", "would", "could",
                                    "will",  "can", "do",   "does",   "did", "much",  "longer"};
    static const WordSet nearly = {"hardly", "scarcely", "barely", "almost"};
    static const WordSet anyone = {"anyone", "anybody", "nobody", "no-one"};
    static const WordSet opening = {"and", "but", "yet", "while", "whereas", "though", "although"};
    // drop_non_reporting_uses, just before, leaves no cue dropped: nothing to erase unless a
    // denial here drops its negation.
    bool dropped = false;
    for (std::size_t c = 0; c < cues.size(); ++c) {
        CueSpan& span = cues[c];
        if (span.cue.kind != CueKind::attribution || span.first != span.last || span.first == 0) {
            continue;
        }
        std::uint32_t end = span.first; // one past the speakers' words
        while (end > 0 && is_word(words, end - 1) &&
               (between.contains(words.lower(sentence, end - 1)) ||
                words.lower(sentence, end - 1).ends_with("ly"sv))) {
            --end;
        }
        const auto word_at = [&](std::uint32_t k) {
            return is_word(words, k) ? words.lower(sentence, k) : std::string_view();
        };
        // "Few of her colleagues admire", "few of the voters trust": the "of" of a "few" up to
        // three words before the speakers' last word (the words between all words), or 0.
        const auto few_of = [&](std::uint32_t last_word) -> std::uint32_t {
            constexpr std::uint32_t kOfWords = 3;
            for (std::uint32_t k = last_word; k > 1 && last_word - k < kOfWords;) {
                --k;
                const std::string_view word = word_at(k);
                if (word.empty()) {
                    return 0;
                }
                if (word == "of") {
                    return word_at(k - 1) == "few" ? k : 0;
                }
            }
            return 0;
        };
        if (end == 0) {
            continue;
        }
        std::uint32_t begin = end - 1;
        const std::string_view last = word_at(begin);
        if (last == "few" || last == "one") {
            if (last == "one" && !(begin > 0 && word_at(begin - 1) == "no")) {
                continue;
            }
            if (last == "one") {
                --begin;
            }
        } else if (begin > 0 && word_at(begin - 1) == "few" && !last.empty() &&
                   !starts_with_capital(words.text(sentence, begin))) {
            --begin; // "few historians"
        } else if (const std::uint32_t of = last.empty() ? 0 : few_of(begin); of > 0) {
            begin = of - 1; // "few of her colleagues"
        } else if (!anyone.contains(last)) {
            continue;
        }
        if (begin > 0 && (nearly.contains(word_at(begin - 1)) || word_at(begin - 1) == "very")) {
            --begin;
        }
        if (word_at(begin) == "few" && begin > 0 && word_at(begin - 1) == "a") {
            continue; // "a few historians admire her": some do
        }
        if ((last == "anyone" || last == "anybody") && !nearly.contains(word_at(begin))) {
            continue; // "anyone who admires her"
        }
        if (begin > 0 && is_word(words, begin - 1) && !opening.contains(word_at(begin - 1))) {
            continue;
        }
        for (auto& other : cues) {
            if (other.cue.kind == CueKind::negation && other.first >= begin && other.last < end) {
                other.dropped = true; // "Hardly", "no": part of the denial
                dropped = true;
            }
        }
        span.cue.kind = CueKind::negation;
        span.first = begin;
        span.cue.begin = words.tokens[begin].begin;
        span.cue.words = slice(sentence, words.tokens[begin], words.tokens[span.last]);
    }
    if (dropped) {
        erase_marked(cues);
    }
}

// A named person's view without a reporting word: a fronted "To Pep Aranda," or "For Pep
// Aranda," (the sentence seems so to that person, as "To her critics," does), and a speaker
// before a colon and a quotation (`Pep Aranda: "Murtagh is arrogant."`). The name, alone
// before the comma or colon, holds every cue after it that no attribution holds yet. A subject
// named there holds her own words (Cue::holder_subject). Not "To Brussels," (no person), nor
// "Murtagh: a reckless gamble" (no quotation: a heading-like label, the author's).
void assign_named_holders(std::string_view sentence, const Words& words,
                          const std::vector<MentionAt>& mentioned,
                          const std::vector<MentionAt>& others, std::vector<CueSpan>& cues) {
    constexpr std::uint32_t kNameWords = 4;
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    // The person whose name ends at token `last`: a subject, kNoOwner for another person, or
    // none.
    const auto person_ending_at = [&](std::uint32_t last) -> std::optional<std::uint32_t> {
        for (const auto* list : {&mentioned, &others}) {
            for (const auto& m : *list) {
                if (m.last == last) {
                    return m.subject;
                }
            }
        }
        return std::nullopt;
    };
    std::uint32_t from = 0;
    if (count > 2 && is_word(words, 0)) {
        const std::string_view opening = words.lower(sentence, 0);
        if (opening == "to" || opening == "for") {
            from = 1;
        }
    }
    std::uint32_t end = from;
    while (end < count && end < from + kNameWords && is_word(words, end) &&
           starts_with_capital(words.text(sentence, end))) {
        ++end;
    }
    if (end == from || end + 1 >= count) {
        return;
    }
    const std::string_view mark = words.text(sentence, end);
    const bool fronted = from == 1 && mark == ",";
    const bool spoken = from == 0 && mark == ":" && is_opening_quote(words.text(sentence, end + 1));
    if (!fronted && !spoken) {
        return;
    }
    const auto person = person_ending_at(end - 1);
    // "For Murtagh, the defeat was humiliating" says how things stood for the subject, not
    // what she thinks: only "To" gives a subject her own view.
    if (!person || (from == 1 && *person != Cue::kNoOwner && words.lower(sentence, 0) == "for")) {
        return;
    }
    const std::string holder = slice(sentence, words.tokens[0], words.tokens[end - 1]);
    const std::string_view key = without_possessive(words.lower(sentence, end - 1));
    for (auto& span : cues) {
        if (span.first > end && is_governable(span.cue.kind) && span.cue.holder.empty()) {
            span.cue.holder = holder;
            span.cue.holder_key = key;
            span.cue.holder_subject = *person;
        }
    }
}

// Whether the word at token `at` opens a relative clause about a person ("who", "whose",
// "whom").
bool opens_relative_clause(std::string_view sentence, const Words& words, std::uint32_t at) {
    if (!is_word(words, at)) {
        return false;
    }
    const std::string_view word = words.lower(sentence, at);
    return word == "who" || word == "whose" || word == "whom";
}

// Where the two parts of an appositive that opens the sentence and closes at the comma at token
// `comma` end: "The chairman, Martin Cobb," and "Martin Cobb, the chairman," give the last token
// of each part, words only, at most six each. Nothing for any other comma. A relative clause as
// the second part ("Daniel Brandt, who sat beside her for nine years,") is closed by its comma,
// however long it runs: up to twelve words.
std::optional<std::pair<std::uint32_t, std::uint32_t>>
opening_appositive(std::string_view sentence, const Words& words, std::uint32_t comma) {
    constexpr std::uint32_t kPartWords = 6;
    constexpr std::uint32_t kClauseWords = 12;
    if (comma < 3 || words.text(sentence, comma) != ",") {
        return std::nullopt;
    }
    std::uint32_t open = comma - 1;
    while (open > 0 && comma - open <= kClauseWords && is_word(words, open)) {
        --open;
    }
    if (open == 0 || open + 1 == comma || words.text(sentence, open) != "," || open > kPartWords ||
        (comma - open > kPartWords + 1 && !opens_relative_clause(sentence, words, open + 1))) {
        return std::nullopt;
    }
    for (std::uint32_t k = 0; k < open; ++k) {
        if (!is_word(words, k)) {
            return std::nullopt;
        }
    }
    return std::pair{open - 1, comma - 1};
}

// The token that names the speaker of a reporting verb starting at token `verb` (> 0): the one
// before it, past an adverb in -ly ("Halvorsen repeatedly warned") and an auxiliary of tense or
// mood ("Varga has called him", "She had repeatedly warned"); not past a form of "be", which
// makes the verb passive ("Varga was criticised"), unless it is the copula of an adjective that
// reports a view ("Varga was openly critical of").
std::uint32_t speaker_token(std::string_view sentence, const Words& words, std::uint32_t verb) {
    const bool copula = is_stance_adjective(words.lower(sentence, verb));
    std::uint32_t before = verb - 1;
    if (before > 0 && is_word(words, before) &&
        (words.lower(sentence, before).ends_with("ly"sv) ||
         is_plain_adverb(words.lower(sentence, before)))) {
        --before;
    }
    if (before > 0 && is_word(words, before)) {
        const std::string_view word = words.lower(sentence, before);
        const bool be = is_auxiliary(word) || word.starts_with("isn"sv) ||
                        word.starts_with("wasn"sv) || word.starts_with("aren"sv) ||
                        word.starts_with("weren"sv);
        if ((is_finite_auxiliary(word) && !be) || (copula && is_auxiliary(word))) {
            --before;
        }
    }
    return before;
}

// A verb that brings someone to a view: "She convinced the board that she was competent".
bool brings_to_a_view(std::string_view term) {
    return term == "convince * that" || term == "persuade * that";
}

// What follows "convince * that" is the view of the one convinced, the words of its '*' ("the
// board"), not of the one who convinces nor the author's claim. A negation that governs no cue,
// ending at most two words before the verb ("did not convince", "failed to persuade", "has yet
// to convince"), turns that view over: the board was not brought to it.
void hold_by_the_convinced(std::string_view sentence, const Words& words,
                           std::vector<CueSpan>& cues) {
    constexpr std::uint32_t kNegationGap = 2;
    for (std::size_t a = 0; a < cues.size(); ++a) {
        const CueSpan& verb = cues[a];
        if (verb.cue.kind != CueKind::attribution || !brings_to_a_view(verb.cue.term) ||
            verb.last < verb.first + 2) {
            continue;
        }
        std::string object;
        slice_into(sentence, words.tokens[verb.first + 1], words.tokens[verb.last - 1], object);
        const std::string key(without_possessive(words.lower(sentence, verb.last - 1)));
        std::size_t denial = cues.size();
        for (std::size_t n = 0; n < cues.size(); ++n) {
            if (cues[n].cue.kind == CueKind::negation && !cues[n].cue.governs &&
                cues[n].last < verb.first && cues[n].last + 1 + kNegationGap >= verb.first) {
                denial = n;
            }
        }
        for (std::size_t c = 0; c < cues.size(); ++c) {
            if (c != a && cues[c].held_by != a) {
                continue;
            }
            CueDraft& cue = cues[c].cue;
            cue.holder = object;
            cue.holder_key = key;
            cue.holder_referent.clear();
            cue.holder_subject = Cue::kNoOwner;
            if (c != a && denial < cues.size() && cue.kind == CueKind::characterization) {
                cue.negated = !cue.negated;
                cue.negation = join_words(cue.negation, cues[denial].cue.words);
                cues[denial].cue.governs = true;
            }
        }
    }
}

// Whom a pronoun holder stands for: as reports show it, and as Cue::holder_key identifies it.
struct HolderReferent {
    std::string shown;
    std::string key;
};

// A holder that is a personal pronoun ("She told reporters that", "“...,” he said", "In her
// view,", "They say") stands for whom its paragraph resolves it to (`referent_of(token,
// pronoun)`): reports show that referent (Cue::holder_referent), and the holder is identified as
// the referent is, so that "Berg said" -> "She said" of the same Berg changes no holder.
template <typename ReferentOf>
void name_pronoun_holders(std::string_view sentence, const Words& words, std::vector<CueSpan>& cues,
                          const ReferentOf& referent_of) {
    // "who" too: the one named before its comma ("Arne Bakke, who called her reckless,"), which
    // `referent_of` alone knows; any other "who" it leaves as written.
    static const WordSet speakers = {"he", "she", "they", "who"};
    static const WordSet possessors = {"his", "her", "their"};
    for (std::size_t a = 0; a < cues.size(); ++a) {
        const CueDraft& attribution = cues[a].cue;
        if (attribution.kind != CueKind::attribution || attribution.holder.empty() ||
            brings_to_a_view(attribution.term)) {
            continue; // the one convinced holds the view, not the speaker before the verb
        }
        // "in her view", "in his own view": the possessive inside the words; else the speaker
        // before the verb, a subject pronoun only ("her critics say" is the critics').
        const bool in_view = attribution.term.starts_with("in * "sv);
        if (!in_view && cues[a].first == 0) {
            continue;
        }
        std::uint32_t at =
            in_view ? cues[a].last - 1 : speaker_token(sentence, words, cues[a].first);
        if (in_view && at > cues[a].first + 1 && words.lower(sentence, at) == "own") {
            --at;
        }
        if (!is_word(words, at) ||
            !(in_view ? possessors : speakers).contains(words.lower(sentence, at))) {
            continue;
        }
        const auto referent = referent_of(at, words.lower(sentence, at));
        if (!referent) {
            continue;
        }
        for (std::size_t c = 0; c < cues.size(); ++c) {
            if (c == a || cues[c].held_by == a) {
                cues[c].cue.holder_referent = referent->shown;
                cues[c].cue.holder_key = referent->key;
            }
        }
    }
}

// A person's name as a holder's identity: the last word, lowercased ("Elena Ortiz said" is
// "ortiz").
HolderReferent person_referent(const std::string& name) {
    const auto space = name.rfind(' ');
    return {name,
            lowercase(std::string_view(name).substr(space == std::string::npos ? 0 : space + 1))};
}

// "They" as a holder continues the holder of the sentence before it when that holder is a group
// named by a plural noun ("Analysts say ... They add ..."): the last such attribution there, not
// a person ("Jones said": a capitalized word inside the holder), nor nobody in particular. Only
// the sentence right before: past it, "they" may be anyone the text has named since.
std::optional<HolderReferent> group_referent(std::span<const Cue> previous) {
    for (auto c = previous.rbegin(); c != previous.rend(); ++c) {
        if (c->kind != CueKind::attribution || c->holder.empty()) {
            continue;
        }
        const std::string_view key = c->holder_key;
        const bool group =
            c->holder_subject == Cue::kNoOwner && key != kUnnamedHolder && key.ends_with('s') &&
            !key.ends_with("'s"sv) && !key.ends_with("\xe2\x80\x99s"sv) &&
            (!c->holder_referent.empty() || c->holder.find(key) != std::string::npos ||
             lowercase(c->holder).starts_with(key));
        if (!group) {
            return std::nullopt;
        }
        return HolderReferent{std::string(c->holder_referent.empty() ? key : c->holder_referent),
                              std::string(key)};
    }
    return std::nullopt;
}

// A subject who is the one speaking ("Halvorsen warned that the recovery was weak", "She said
// the policy had failed") holds the views of her own words: they judge something else, not
// her, and count for no score of hers (Cue::holder_subject). The subject must be named, or
// continued by a pronoun, right before the reporting verb (one adverb and an auxiliary may come
// between); a possessive ("Halvorsen's critics say") names the holder's owner, not the holder.
void assign_holder_subjects(std::string_view sentence, const Words& words,
                            const std::vector<MentionAt>& mentioned,
                            const std::vector<Possessive>& possessives,
                            std::vector<CueSpan>& cues) {
    auto subject_at = [&](std::uint32_t token) -> std::uint32_t {
        for (const auto& p : possessives) {
            if (p.token == token) {
                return Cue::kNoOwner;
            }
        }
        for (const auto& m : mentioned) {
            if (m.last == token) {
                return m.subject;
            }
        }
        return Cue::kNoOwner;
    };
    // Verbs whose object is another matter than the speaker; not "advocate" or "favor", whose
    // object is the speaker's own position, nor passive views ("is seen as", "is trusted to").
    static const WordSet reporting = {"say",
                                      "said",
                                      "argue",
                                      "insist",
                                      "declare",
                                      "warn that",
                                      "complain that",
                                      "acknowledge that",
                                      "concede that",
                                      "admit that",
                                      "contend that",
                                      "assert that",
                                      "criticize",
                                      "criticise",
                                      "praise", // criticism's other side
                                      "admire",
                                      "accuse",
                                      "condemn",
                                      "critical of",
                                      "recall that",
                                      "fear that",
                                      "worry that",
                                      "worried that",
                                      "deny that",
                                      "denied that",
                                      "deny",
                                      "denied",
                                      "conclude that",
                                      "agree that",
                                      "concluded that",
                                      "find that",
                                      "found that",
                                      "describe * as",
                                      "dismiss * as",
                                      "portray * as",
                                      "paint * as",
                                      "view * as",
                                      "regard * as",
                                      "see * as",
                                      "saw * as",
                                      "consider * to be",
                                      "call",
                                      "call him",
                                      "present * as",
                                      "hail * as",
                                      "tout * as",
                                      "bill * as",
                                      "frame * as",
                                      "sell * as",
                                      "sold * as",
                                      "defend * as",
                                      "justify * as",
                                      "justified * as",
                                      "think of * as",
                                      "thought of * as",
                                      "call her",
                                      "call them",
                                      "find her",
                                      "find him",
                                      "found her",
                                      "found him",
                                      "think",
                                      "thought",
                                      "believe",
                                      "believe that",
                                      "feel",
                                      "felt",
                                      "tell",
                                      "told",
                                      "claim",
                                      "claim that",
                                      "tweet that",
                                      "brand",
                                      "label",
                                      "labelled",
                                      "dub",
                                      "dubbed"};
    // "In her view, the board was reckless", "In Halvorsen's view, ...": the subject is the
    // possessor inside the words.
    auto possessor_at = [&](std::uint32_t token) -> std::uint32_t {
        for (const auto& p : possessives) {
            if (p.token == token) {
                return p.subject;
            }
        }
        return Cue::kNoOwner;
    };
    for (std::size_t a = 0; a < cues.size(); ++a) {
        if (cues[a].cue.kind != CueKind::attribution) {
            continue;
        }
        std::uint32_t subject = Cue::kNoOwner;
        if (cues[a].cue.term.starts_with("in * "sv)) {
            const std::uint32_t before = cues[a].last - 1;
            subject = possessor_at(before);
            if (subject == Cue::kNoOwner && before > cues[a].first + 1 &&
                words.lower(sentence, before) == "own") {
                subject = possessor_at(before - 1); // "in her own view"
            }
        } else if (states_a_view_of_its_owner(cues[a].cue.term)) {
            // "Her argument was that", "Hallam's view is that": the possessor speaks.
            subject = cues[a].first > 0 ? possessor_at(cues[a].first - 1) : Cue::kNoOwner;
        } else if (cues[a].first == 0 || (!reporting.contains(cues[a].cue.term) &&
                                          !speaks_only_in_a_tag(cues[a].cue.term) &&
                                          !reports_a_that_clause(cues[a].cue.term))) {
            continue;
        } else {
            const std::uint32_t speaker = speaker_token(sentence, words, cues[a].first);
            subject = subject_at(speaker);
            // A name after a preposition is whom the speakers are defined by, not who speaks:
            // "Members in favour of Wendt say", "Sources close to Wendt say", "Supporters of
            // Wendt argue" hold views about him. Not "with" ("with Rutte stating that": he
            // speaks), nor "like" or "than", conjunctions as often ("like Rutte said").
            static const WordSet prepositions = {"of",   "for",   "to",     "about",   "from",
                                                 "near", "under", "behind", "against", "around"};
            for (const auto& m : mentioned) {
                if (m.last == speaker && m.token > 0 && is_word(words, m.token - 1) &&
                    prepositions.contains(words.lower(sentence, m.token - 1))) {
                    subject = Cue::kNoOwner;
                }
            }
            // "The chairman, Martin Cobb, called him stubborn", "Martin Cobb, the chairman,
            // called ...": the speaker is named in an appositive that opens the sentence.
            // A relative clause names no speaker: in "Daniel Brandt, who sat beside Okafor,
            // said" Brandt speaks, not Okafor.
            if (subject == Cue::kNoOwner) {
                if (const auto parts = opening_appositive(sentence, words, speaker)) {
                    if (!opens_relative_clause(sentence, words, parts->first + 2)) {
                        subject = subject_at(parts->second);
                    }
                    if (subject == Cue::kNoOwner) {
                        subject = subject_at(parts->first);
                    }
                }
            }
            // "Arne Bakke, who called her reckless, left": the "who" of a relative clause after
            // a name and its comma is the one named (not a question's: "asked Bakke who
            // called her reckless").
            if (subject == Cue::kNoOwner && speaker > 1 && is_word(words, speaker) &&
                words.lower(sentence, speaker) == "who" &&
                words.text(sentence, speaker - 1) == ",") {
                subject = subject_at(speaker - 2);
            }
            // "Berg met the board and said that the plan was reckless": a verb joined by "and"
            // to the first clause, with no subject of its own, is said by the subject named at
            // the sentence's first word (not a possessive: "Berg's aide met ... and said").
            if (subject == Cue::kNoOwner && words.lower(sentence, cues[a].first - 1) == "and") {
                for (const auto& m : mentioned) {
                    bool first_word = true;
                    for (std::uint32_t k = 0; k < m.token && first_word; ++k) {
                        first_word = !is_word(words, k);
                    }
                    if (first_word) {
                        subject = subject_at(m.last);
                        break;
                    }
                }
            }
        }
        if (subject == Cue::kNoOwner) {
            continue;
        }
        cues[a].cue.holder_subject = subject;
        for (auto& span : cues) {
            if (span.held_by == a) {
                span.cue.holder_subject = subject;
            }
        }
    }
}

// The last token of what may stand between a linking verb at `verb` and its predicate without
// taking it from the verb's subject: a passive of report or belief ("is said to be", "is widely
// thought to be", "is seen as", "is considered"), or an insertion between commas of at most five
// words ("is, by all accounts, reckless"). `verb` itself when there is neither.
std::uint32_t past_report_or_insertion(std::string_view sentence, const Words& words,
                                       std::uint32_t verb) {
    static const std::vector<std::string_view> reports = {
        "said",     "thought", "believed", "known",      "reported", "rumoured",
        "rumored",  "alleged", "reputed",  "understood", "held",     "considered",
        "regarded", "seen",    "viewed",   "deemed",     "reckoned", "judged"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    std::uint32_t k = verb + 1;
    if (k < count && words.text(sentence, k) == ",") {
        constexpr std::uint32_t kInsertionWords = 5;
        std::uint32_t close = k + 1;
        while (close < count && close <= k + kInsertionWords && is_word(words, close)) {
            ++close;
        }
        return close < count && close > k + 1 && words.text(sentence, close) == "," ? close : verb;
    }
    if (k + 1 < count && is_word(words, k) && words.lower(sentence, k).ends_with("ly"sv)) {
        ++k; // "is widely seen as"
    }
    if (k >= count || !is_word(words, k) ||
        std::find(reports.begin(), reports.end(), words.lower(sentence, k)) == reports.end()) {
        return verb;
    }
    if (k + 2 < count && words.lower(sentence, k + 1) == "to" &&
        words.lower(sentence, k + 2) == "be") {
        return k + 2;
    }
    if (k + 1 < count && words.lower(sentence, k + 1) == "as") {
        return k + 1;
    }
    return k;
}

// A characterization predicated of a person ("Berg looked petty", "Putin was reckless", "made
// Berg look petty while she looked competent") describes that person: the name (or a pronoun
// continuing it), then a linking verb, then at most two words before the characterization. It
// counts for that person only, like a possessive's noun phrase: for no subject when the person
// is not one.
void assign_predicate_owners(std::string_view sentence, const Words& words,
                             const std::vector<MentionAt>& mentioned,
                             const std::vector<MentionAt>& others,
                             const std::vector<Possessive>& possessives,
                             std::vector<CueSpan>& cues) {
    // Only a characterization no one owns yet gets an owner here; the people and possessives
    // below need not be looked at in a sentence without one.
    if (std::none_of(cues.begin(), cues.end(), [](const CueSpan& span) {
            return span.cue.kind == CueKind::characterization && span.cue.owner.empty();
        })) {
        return;
    }
    static const WordSet breaks = {"and",  "but",  "while", "whereas", "or",
                                   "that", "than", "as",    "if"};
    // "the Bank under Lagarde was hesitant": a name after a preposition is not what the verb
    // is said of.
    static const WordSet prepositions = {
        "under", "of",   "with", "by",    "for",   "from",   "to",      "at",     "in",
        "on",    "like", "than", "about", "after", "before", "without", "behind", "against"};
    constexpr std::uint32_t kMostWordsBetween = 2;
    // The characterizations after the linking verb at `verb` (or its auxiliary) are `person`'s.
    const auto own_from = [&](const MentionAt& person, std::uint32_t owner_subject,
                              std::uint32_t verb) {
        const auto count = static_cast<std::uint32_t>(words.tokens.size());
        const std::uint32_t phrase = verb; // where the verb phrase starts
        // "may be", "could seem", "might have been": a modal before the linking verb.
        static const WordSet modals = {"may",   "might",  "could", "would", "will",
                                       "shall", "should", "must",  "can"};
        if (verb + 1 < count && is_word(words, verb) && is_word(words, verb + 1) &&
            modals.contains(words.lower(sentence, verb)) &&
            (is_linking_verb(words.text(sentence, verb + 1)) ||
             words.lower(sentence, verb + 1) == "have")) {
            ++verb;
        }
        // "has been", "had been": the auxiliary before the linking verb.
        if (verb + 1 < count && is_word(words, verb) && is_word(words, verb + 1)) {
            const std::string_view auxiliary = words.lower(sentence, verb);
            if ((auxiliary == "has" || auxiliary == "had" || auxiliary == "have") &&
                words.lower(sentence, verb + 1) == "been") {
                ++verb;
            }
        }
        if (verb >= count || !is_word(words, verb) ||
            !is_linking_verb(words.text(sentence, verb))) {
            return;
        }
        // "Reyes is said to be reckless", "is, by all accounts, reckless": the words of others'
        // report, or an insertion, pass the predicate on to what follows them.
        verb = past_report_or_insertion(sentence, words, verb);
        // A doubt between the verb and its predicate is about that person too: "said to" in
        // "Berg is careful, but Reyes is said to be reckless" (or "is reportedly reckless")
        // lowers no certainty of Berg's.
        const auto own_report = [&](std::uint32_t predicate) {
            for (auto& span : cues) {
                if ((span.cue.kind == CueKind::evidential || span.cue.kind == CueKind::hedge) &&
                    span.cue.owner.empty() && span.first >= phrase && span.last < predicate) {
                    slice_into(sentence, words.tokens[person.token], words.tokens[person.last],
                               span.cue.owner);
                    span.cue.owner_subject = owner_subject;
                }
            }
        };
        // Coordinated predicates go with the first ("erratic and reckless", "erratic, vain or
        // reckless"): only commas, "and", "or" and one more word between them.
        const auto coordinated = [&](std::uint32_t from, std::uint32_t to) {
            std::uint32_t others = 0;
            for (std::uint32_t k = from; k < to; ++k) {
                const std::string_view word = words.lower(sentence, k);
                if (word != "," && word != "and" && word != "or" && ++others > 1) {
                    return false;
                }
            }
            return true;
        };
        for (std::size_t c = 0; c < cues.size(); ++c) {
            auto& span = cues[c];
            if (span.cue.kind != CueKind::characterization || !span.cue.owner.empty() ||
                span.first <= verb || span.first > verb + 1 + kMostWordsBetween) {
                continue;
            }
            // "looked tired and arrogant": a predicate the lexicon does not know may come first,
            // coordinated with the cue.
            bool direct = true;
            for (std::uint32_t k = verb + 1; k < span.first && direct; ++k) {
                const std::string_view word = words.lower(sentence, k);
                const bool coordinating = (word == "and" || word == "or") && k > verb + 1;
                direct = is_word(words, k) && (coordinating || !breaks.contains(word));
            }
            if (!direct) {
                break;
            }
            slice_into(sentence, words.tokens[person.token], words.tokens[person.last],
                       span.cue.owner);
            span.cue.owner_subject = owner_subject;
            own_report(span.first);
            std::uint32_t last = span.last;
            for (std::size_t d = c + 1; d < cues.size(); ++d) {
                auto& next = cues[d];
                if (next.cue.kind != CueKind::characterization || next.first <= last) {
                    continue;
                }
                if (!next.cue.owner.empty() || !coordinated(last + 1, next.first)) {
                    break;
                }
                next.cue.owner = span.cue.owner;
                next.cue.owner_subject = owner_subject;
                last = next.last;
            }
            break; // the first characterization after the verb is the predicate
        }
    };
    // "Sørlie and Kroll were careless": a predicate of people coordinated with a subject is
    // said of the subject too, and stays unowned.
    const auto coordinated_with_subject = [&](const MentionAt& person) {
        if (person.token < 2 || !(text::folds_to(words.text(sentence, person.token - 1), "and") ||
                                  text::folds_to(words.text(sentence, person.token - 1), "or") ||
                                  text::folds_to(words.text(sentence, person.token - 1), "nor"))) {
            return false;
        }
        return std::any_of(mentioned.begin(), mentioned.end(),
                           [&](const MentionAt& m) { return m.last == person.token - 2; });
    };
    auto own = [&](const MentionAt& person, std::uint32_t owner_subject) {
        // "It was Lindqvist, not Ekberg, who was reckless": the one set aside by ", not" is not
        // the one the predicate describes.
        if (person.token >= 2 && text::folds_to(words.text(sentence, person.token - 1), "not") &&
            words.text(sentence, person.token - 2) == ",") {
            return;
        }
        const auto count = static_cast<std::uint32_t>(words.tokens.size());
        // "more durable than Hallam, who was reckless": a relative clause on the name describes
        // that person, whatever comes before the name.
        const bool relative = person.last + 2 < count &&
                              words.text(sentence, person.last + 1) == "," &&
                              words.lower(sentence, person.last + 2) == "who";
        if (person.token > 0 && prepositions.contains(words.lower(sentence, person.token - 1)) &&
            !relative) {
            return;
        }
        if (coordinated_with_subject(person)) {
            return;
        }
        std::uint32_t verb = person.last + 1;
        // "Villalba, who was notoriously erratic," and "Villalba, by contrast, was reckless":
        // a relative clause or a short insertion between the name and its verb.
        // An appositive ("Its new chair, Ingrid Solberg, has been praised"): the name between
        // commas, its verb right after the closing one.
        const bool appositive = person.token > 0 && words.text(sentence, person.token - 1) == ",";
        if (verb < count && words.text(sentence, verb) == ",") {
            constexpr std::uint32_t kInsertionWords = 3;
            if (appositive && verb + 1 < count && is_word(words, verb + 1)) {
                verb += 1;
            } else if (verb + 1 < count && words.lower(sentence, verb + 1) == "who") {
                verb += 2;
            } else {
                std::uint32_t k = verb + 1;
                while (k < count && k <= verb + kInsertionWords && is_word(words, k)) {
                    ++k;
                }
                if (k >= count || k == verb + 1 || words.text(sentence, k) != ",") {
                    return;
                }
                verb = k + 1;
                // "It was Lindqvist, not Ekberg, who was reckless": the relative clause after
                // the insertion is said of the one before it.
                if (verb + 1 < count && words.lower(sentence, verb) == "who") {
                    ++verb;
                }
            }
        }
        own_from(person, owner_subject, verb);
    };
    // A sentence about one subject needs no owner for its predicates; one about two ("Rutte was
    // cautious while Putin was reckless") gives each subject its own.
    bool several_subjects = false;
    for (const auto& m : mentioned) {
        several_subjects = several_subjects || m.subject != mentioned.front().subject;
    }
    for (const auto& m : mentioned) {
        if (several_subjects) {
            own(m, m.subject);
        }
    }
    for (const auto& o : others) {
        own(o, Cue::kNoOwner);
    }
    // "he was arrogant" where "he" is no subject's (the subject is "she", or "he" follows
    // another person): the pronoun's predicate is that other person's.
    const auto count = static_cast<std::uint32_t>(words.tokens.size()); // read once
    // A local copy stays in a register across the calls below; `words.tokens` would be read
    // again at every word.
    const text::Token* const tokens = words.tokens.data();
    for (std::uint32_t k = 0; words.he_or_she && k + 1 < count; ++k) {
        // Not "they": it names things as often as people ("her cuts ... they were not reckless").
        // The length first: most words are neither.
        const std::uint32_t size = tokens[k].end - tokens[k].begin;
        if (size != 2 && size != 3) {
            continue;
        }
        const std::string_view text = words.text(sentence, k);
        if (!text::folds_to(text, "he") && !text::folds_to(text, "she")) {
            continue;
        }
        if (std::none_of(mentioned.begin(), mentioned.end(),
                         [&](const MentionAt& m) { return m.token == k; })) {
            own({k, Cue::kNoOwner, k}, Cue::kNoOwner);
        }
    }
    // "Murtagh's predecessor was incompetent", "her rival seemed arrogant": a noun that names
    // another person related to the one before it heads a person of its own.
    for (const auto& p : possessives) {
        if (const auto noun = relation_after(sentence, words, p.token)) {
            own({p.token, Cue::kNoOwner, *noun}, Cue::kNoOwner);
        }
    }
    // "Pryce mocked Marsh and was arrogant about it": a predicate joined by "and" to the
    // clause's verb phrase is said of the clause's subject, the person who opens the sentence.
    const auto opener = [&]() -> std::optional<std::pair<MentionAt, std::uint32_t>> {
        for (const auto& m : mentioned) {
            if (m.token == 0) {
                return std::pair{m, m.subject};
            }
        }
        for (const auto& o : others) {
            if (o.token == 0) {
                return std::pair{o, Cue::kNoOwner};
            }
        }
        return std::nullopt;
    }();
    if (opener && (opener->second == Cue::kNoOwner || several_subjects)) {
        for (std::uint32_t k = opener->first.last + 1; k + 1 < words.tokens.size(); ++k) {
            if (text::folds_to(words.text(sentence, k), "and") && is_word(words, k + 1) &&
                is_linking_verb(words.text(sentence, k + 1))) {
                own_from(opener->first, opener->second, k + 1);
            }
        }
    }
}

// A noun that names what someone did, not a person: an appositive of it ("hired Reyes, a
// reckless move") comments on the act.
bool is_act_noun(std::string_view lower) {
    static const WordSet acts = {
        "move",       "moves",     "decision", "decisions",    "step",    "steps",       "gamble",
        "choice",     "mistake",   "blunder",  "error",        "act",     "gesture",     "signal",
        "sign",       "bet",       "risk",     "masterstroke", "coup",    "appointment", "hire",
        "hiring",     "departure", "exit",     "dismissal",    "sacking", "firing",      "deal",
        "concession", "manoeuvre", "maneuver", "ploy",         "tactic",  "strategy",    "policy"};
    return acts.contains(lower);
}

// Words around a person's name that describe that person: an appositive after it ("Daniel
// Pryce, the arrogant chief executive of Halloway,", "hired Tom Reyes, a reckless operator") and
// an adjective right before it ("outmaneuvered an arrogant Daniel Pryce"). They count for
// `owner_subject` only (for no subject when the person is another), as the person's predicate
// does.
void own_modifiers_of(std::string_view sentence, const Words& words, const MentionAt& o,
                      std::uint32_t owner_subject, std::vector<CueSpan>& cues) {
    static const WordSet openers = {"a", "an", "the", "his", "her", "their", "its", "one"};
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    std::uint32_t first = o.token; // the given names before the matched name
    while (first > 0 && is_word(words, first - 1) &&
           starts_with_capital(words.text(sentence, first - 1)) && first - 1 > 0) {
        --first;
    }
    std::uint32_t apposition_end = o.last + 1;
    if (o.last + 2 < count && words.text(sentence, o.last + 1) == "," &&
        openers.contains(words.lower(sentence, o.last + 2))) {
        apposition_end = o.last + 2;
        bool act = false;
        while (apposition_end < count && is_word(words, apposition_end)) {
            act = act || is_act_noun(words.lower(sentence, apposition_end));
            ++apposition_end;
        }
        // "hired Tom Reyes, a move that was reckless": the appositive judges the act.
        if (act) {
            apposition_end = o.last + 1;
        }
    }
    for (auto& span : cues) {
        if (span.cue.kind != CueKind::characterization || !span.cue.owner.empty()) {
            continue;
        }
        const bool in_apposition = span.first > o.last + 1 && span.last < apposition_end;
        const bool before_name = span.last + 1 == first;
        if (in_apposition || before_name) {
            slice_into(sentence, words.tokens[o.token], words.tokens[o.last], span.cue.owner);
            span.cue.owner_subject = owner_subject;
        }
    }
}

void assign_other_person_modifiers(std::string_view sentence, const Words& words,
                                   const std::vector<MentionAt>& others,
                                   std::vector<CueSpan>& cues) {
    for (const auto& o : others) {
        own_modifiers_of(sentence, words, o, Cue::kNoOwner, cues);
    }
}

// In a sentence about two subjects, the same words describe the one they stand by: "Hallam
// outmanoeuvred an arrogant Okonjo" is Okonjo's *arrogant*, not Hallam's too.
void assign_subject_modifiers(std::string_view sentence, const Words& words,
                              const std::vector<MentionAt>& mentioned, std::vector<CueSpan>& cues) {
    const bool several_subjects =
        std::any_of(mentioned.begin(), mentioned.end(),
                    [&](const MentionAt& m) { return m.subject != mentioned.front().subject; });
    if (!several_subjects) {
        return; // a sentence about one subject needs no owner
    }
    for (const auto& m : mentioned) {
        own_modifiers_of(sentence, words, m, m.subject, cues);
    }
}

// In a sentence about two subjects, a negation that governs no cue denies something of the
// subject named last before it in its clause (from the sentence's start, a semicolon, or a comma
// and a conjunction): in "He was often dismissive of colleagues; Thackeray, to her credit, never
// was." the elided denial is Thackeray's, not the first clause's subject's. Likewise in any
// sentence, of another person who opens its clause with no subject named between: "Molnar is not
// a neutral witness, and Kearsley knows it" denies nothing of Kearsley.
// The noun phrase (first and last token) that a relative clause holding the negation at `span`
// describes, when it is someone the sentence does not judge: "who" with at most three words
// between it and the negation (the clause's own verb: "who asked not to", "who had never"; not a
// clause it reports, "who fear that the plan will fail to"), none "that" and no subject named
// there, right after a noun (a comma may come between) that is no subject's mention, with no
// linking verb among the six words before that noun.
std::optional<std::pair<std::uint32_t, std::uint32_t>>
relative_clause_of_another(std::string_view sentence, const Words& words,
                           const std::vector<MentionAt>& mentioned, const CueSpan& span) {
    constexpr std::uint32_t kClauseWords = 3;
    std::uint32_t who = span.first;
    while (who > 0 && span.first - who <= kClauseWords && is_word(words, who - 1) &&
           words.lower(sentence, who - 1) != "who" && words.lower(sentence, who - 1) != "that") {
        --who;
    }
    if (who < 2 || span.first - who > kClauseWords || !is_word(words, who - 1) ||
        words.lower(sentence, who - 1) != "who") {
        return std::nullopt;
    }
    --who;
    std::uint32_t noun = who - 1;
    if (words.text(sentence, noun) == "," && noun > 0) {
        --noun;
    }
    if (!is_word(words, noun) || is_possessive_pronoun(words.lower(sentence, noun)) ||
        words.lower(sentence, noun) == "those" || words.lower(sentence, noun) == "one") {
        return std::nullopt; // "those who", "the one who": no noun to own it
    }
    for (const auto& m : mentioned) {
        if ((m.token <= noun && m.last >= noun) || (m.token > who && m.token < span.first)) {
            return std::nullopt;
        }
    }
    constexpr std::uint32_t kLinkingReach = 6;
    for (std::uint32_t k = noun; k > 0 && noun - k < kLinkingReach && is_word(words, k - 1); --k) {
        if (is_linking_verb(words.lower(sentence, k - 1))) {
            return std::nullopt;
        }
    }
    return std::pair{noun_phrase_start(sentence, words, 0, noun), noun};
}

void assign_negation_owners(std::string_view sentence, const Words& words,
                            const std::vector<MentionAt>& mentioned,
                            const std::vector<MentionAt>& others, std::vector<CueSpan>& cues) {
    const bool several_subjects =
        std::any_of(mentioned.begin(), mentioned.end(),
                    [&](const MentionAt& m) { return m.subject != mentioned.front().subject; });
    static const WordSet joining = {"and", "but", "yet", "while", "whereas"};
    for (auto& span : cues) {
        if (span.cue.kind != CueKind::negation || span.cue.governs || !span.cue.owner.empty()) {
            continue;
        }
        std::uint32_t start = span.first;
        while (start > 0) {
            const std::string_view before = words.text(sentence, start - 1);
            if (before == ";" || (start >= 2 && words.text(sentence, start - 2) == "," &&
                                  joining.contains(words.lower(sentence, start - 1)))) {
                break;
            }
            --start;
        }
        // "One aide, who asked not to be named, said", "She fired the managers who did not meet
        // their targets": in a relative clause on someone the sentence does not judge, the denial
        // is that one's. Not the subject's own clause ("Berg, who did not resign,"), one whose
        // "who" is the object of a subject named in it ("the aide, whom she did not trust"), nor
        // one saying what the subject is ("is a leader who does not give up").
        if (const auto phrase = relative_clause_of_another(sentence, words, mentioned, span)) {
            slice_into(sentence, words.tokens[phrase->first], words.tokens[phrase->second],
                       span.cue.owner);
            span.cue.owner_subject = Cue::kNoOwner;
            continue;
        }
        // The subject named last before it in its clause ("she told reporters that the ECB
        // was not here to": the ECB's).
        const MentionAt* last = nullptr;
        for (const auto& m : mentioned) {
            if (m.token >= start && m.last < span.first &&
                (last == nullptr || m.token > last->token)) {
                last = &m;
            }
        }
        if (last != nullptr && several_subjects) {
            slice_into(sentence, words.tokens[last->token], words.tokens[last->last],
                       span.cue.owner);
            span.cue.owner_subject = last->subject;
            continue;
        }
        if (last != nullptr) {
            continue;
        }
        // Another agent named by "the" and its noun right before the negation: "The board did
        // not renew her contract", "The museum refused to lend her the works" deny the board's
        // and the museum's acts, nothing of her. At most three words after "the", the last
        // auxiliaries and adverbs left out ("The board has not").
        if (start + 1 < span.first && words.lower(sentence, start) == "the") {
            std::uint32_t end = span.first; // one past the noun phrase
            while (end > start + 1 && is_word(words, end - 1) &&
                   (is_auxiliary(words.lower(sentence, end - 1)) ||
                    is_finite_auxiliary(words.lower(sentence, end - 1)) ||
                    words.lower(sentence, end - 1).ends_with("ly"sv))) {
                --end;
            }
            bool noun_phrase = end > start + 1 && end - start <= 4;
            for (std::uint32_t k = start; k < end && noun_phrase; ++k) {
                noun_phrase = is_word(words, k);
            }
            if (noun_phrase) {
                slice_into(sentence, words.tokens[start], words.tokens[end - 1], span.cue.owner);
                span.cue.owner_subject = Cue::kNoOwner;
                continue;
            }
        }
        // Another person whose name, given names included, opens the clause.
        for (const auto& o : others) {
            std::uint32_t first = o.token;
            while (first > start && is_word(words, first - 1) &&
                   starts_with_capital(words.text(sentence, first - 1))) {
                --first;
            }
            if (first == start && o.last < span.first) {
                slice_into(sentence, words.tokens[first], words.tokens[o.last], span.cue.owner);
                span.cue.owner_subject = Cue::kNoOwner;
                break;
            }
        }
    }
}

// An adjective of the speaker's noun describes the speaker: in "Patient groups say she was
// careful", "Credible sources say" and "Some loyal supporters argue", *patient*, *credible* and
// *loyal* judge who speaks, not the one spoken of. A characterization right before the noun that
// heads an attribution's speaker (the term's own noun, "supporters argue", or the word in
// lowercase right before the verb, past adverbs and auxiliaries), with only determiners or
// quantifiers before it in its clause, counts for no subject.
void assign_speaker_modifiers(std::string_view sentence, const Words& words,
                              std::vector<CueSpan>& cues) {
    for (const auto& verb : cues) {
        const std::string_view term = verb.cue.term;
        // An evidential with its speaker's noun too: "Credible sources say".
        const bool evidential_speaker =
            verb.cue.kind == CueKind::evidential && !term_speaker(term).empty();
        if ((verb.cue.kind != CueKind::attribution && !evidential_speaker) || verb.first == 0) {
            continue;
        }
        const bool own_noun = !term_speaker(term).empty() ||
                              (term.find(' ') == std::string_view::npos && term.ends_with("s"sv));
        std::uint32_t head = verb.first;
        if (!own_noun) {
            head = verb.first - 1;
            while (head > 0 && is_word(words, head) &&
                   (words.lower(sentence, head).ends_with("ly"sv) ||
                    is_finite_auxiliary(words.lower(sentence, head)))) {
                --head;
            }
            const std::string_view noun = words.text(sentence, head);
            if (!is_word(words, head) || starts_with_capital(noun) ||
                is_unnamed_word(words.lower(sentence, head)) || is_auxiliary(noun)) {
                continue;
            }
        }
        for (auto& span : cues) {
            if (span.cue.kind != CueKind::characterization || span.last + 1 != head ||
                !span.cue.owner.empty()) {
                continue;
            }
            std::uint32_t k = span.first;
            while (k > 0 && is_word(words, k - 1) &&
                   is_unnamed_word(words.lower(sentence, k - 1))) {
                --k;
            }
            if (k > 0 && !is_break(sentence, words, k - 1)) {
                continue;
            }
            slice_into(sentence, words.tokens[k], words.tokens[head], span.cue.owner);
            span.cue.owner_subject = Cue::kNoOwner;
        }
    }
}

bool is_hypothetical_modal(std::string_view word) {
    return word == "would" || word == "could" || word == "might" || word == "should";
}

bool is_degree_adverb(std::string_view word) {
    return word == "more" || word == "less" || word == "truly" || word == "really" ||
           word == "genuinely";
}

// An attribution's verb followed by a pronoun object and a comma or semicolon ("denied it,",
// "said so;", "admitted this,") has reported nothing but that object. Not "that", which opens a
// clause past an insertion ("said that, after such incidents, we ..."), nor before a quotation
// ("told them, “...”") or a colon, which report what follows.
bool reports_only_its_object(std::string_view sentence, const Words& words, std::uint32_t verb) {
    const std::uint32_t object = verb + 1;
    if (object + 1 >= words.tokens.size() || !is_word(words, object) ||
        is_word(words, object + 1)) {
        return false;
    }
    const std::string_view word = words.lower(sentence, object);
    const std::string_view mark = words.text(sentence, object + 1);
    return (word == "it" || word == "this" || word == "so" || word == "them" ||
            word == "everything" || word == "nothing") &&
           (mark == ";" || (mark == "," && (object + 2 >= words.tokens.size() ||
                                            !is_quote_mark(words.text(sentence, object + 2)))));
}

// A judgement of a hypothetical person is no one's: in "a clever negotiator would have kept more
// of it" or "A more careful scientist might have checked", *clever* and *careful* describe whom
// the author measures the subject against (and finds her short of), not the subject. A
// characterization after "a" or "an" (an adverb of degree between) that opens its clause, right
// before one noun in lowercase and a modal of the hypothetical (*would, could, might, should*),
// belongs to that noun phrase and counts for no subject.
void assign_hypothetical_owners(std::string_view sentence, const Words& words,
                                std::vector<CueSpan>& cues) {
    for (auto& span : cues) {
        // Cheap test first: the modal two words after the judgement.
        const std::uint32_t modal = span.last + 2;
        if (span.cue.kind != CueKind::characterization || !span.cue.owner.empty() ||
            modal >= words.tokens.size() || !is_word(words, modal) ||
            !is_hypothetical_modal(words.lower(sentence, modal))) {
            continue;
        }
        const std::uint32_t noun = span.last + 1;
        if (!is_word(words, noun) || starts_with_capital(words.text(sentence, noun)) ||
            is_auxiliary(words.lower(sentence, noun))) {
            continue;
        }
        // The article: the judgement's own first word ("an able"), or before it, past one
        // adverb of degree ("a more careful", "a truly brave").
        std::uint32_t article = span.first;
        const auto is_article = [&](std::uint32_t k) {
            const std::string_view word = words.lower(sentence, k);
            return is_word(words, k) && (word == "a" || word == "an");
        };
        if (!is_article(article)) {
            if (article == 0) {
                continue;
            }
            --article;
            if (!is_article(article) && article > 0 && is_word(words, article) &&
                is_degree_adverb(words.lower(sentence, article))) {
                --article;
            }
            if (!is_article(article)) {
                continue;
            }
        }
        // Opening its clause: the sentence's start, a break, or a conjunction after one.
        if (article > 0 && !is_break(sentence, words, article - 1) &&
            !(is_joining_word(words.lower(sentence, article - 1)) &&
              (article == 1 || is_break(sentence, words, article - 2)))) {
            continue;
        }
        slice_into(sentence, words.tokens[article], words.tokens[noun], span.cue.owner);
        span.cue.owner_subject = Cue::kNoOwner;
        // Its modal is that person's too: "would" of "a clever negotiator would have" doubts
        // nothing said of the subject.
        for (auto& hedge : cues) {
            if (hedge.first == modal && hedge.cue.kind == CueKind::hedge &&
                hedge.cue.owner.empty()) {
                hedge.cue.owner = span.cue.owner;
                hedge.cue.owner_subject = Cue::kNoOwner;
            }
        }
    }
}

// The objects of a label's later coordinates (see assign_label_owners): after "and" or "or", a
// possessive and a noun of relation ("and her deputy naive"), or a person named ("and Anna Mohr
// naive"). Each owns the characterizations after it, up to the next such object.
void own_coordinated_labels(std::string_view sentence, const Words& words,
                            const std::vector<MentionAt>& mentioned,
                            const std::vector<MentionAt>& others, const Label& label,
                            std::vector<CueSpan>& cues) {
    const auto named_at = [&](std::uint32_t at) -> const MentionAt* {
        for (const auto* list : {&mentioned, &others}) {
            for (const auto& m : *list) {
                std::uint32_t first = m.token;
                while (first > at && is_word(words, first - 1) &&
                       starts_with_capital(words.text(sentence, first - 1))) {
                    --first;
                }
                if (first == at) {
                    return &m;
                }
            }
        }
        return nullptr;
    };
    // From the last coordinate back: each takes only what no later one took.
    for (std::uint32_t k = label.end - 1; k-- > label.first;) {
        const std::string_view word = words.lower(sentence, k);
        if (!is_word(words, k) || (word != "and" && word != "or") || !is_word(words, k + 1)) {
            continue;
        }
        MentionAt object;
        std::string_view possessive_word;
        if (is_possessive_pronoun(words.lower(sentence, k + 1)) ||
            is_possessive(words.text(sentence, k + 1))) {
            const auto noun = relation_after(sentence, words, k + 1);
            if (!noun || *noun >= label.end) {
                continue;
            }
            object = {k + 1, Cue::kNoOwner, *noun};
            possessive_word = words.text(sentence, k + 1);
        } else if (const MentionAt* named = named_at(k + 1)) {
            object = {k + 1, named->subject, named->last};
        } else {
            continue;
        }
        for (auto& span : cues) {
            const bool unowned = span.cue.owner.empty() ||
                                 (!possessive_word.empty() && span.cue.owner == possessive_word);
            if (span.cue.kind == CueKind::characterization && span.first > object.last &&
                span.first < label.end && unowned) {
                slice_into(sentence, words.tokens[object.token], words.tokens[object.last],
                           span.cue.owner);
                span.cue.owner_subject = object.subject;
            }
        }
    }
}

// The label a caller gives a person named right after the verb ("Her aide called Tom Murtagh a
// whining and incompetent amateur", "Rutte called Putin reckless") is the caller's view of that
// person: it counts for no subject when the person is none, and for that subject only when the
// person is one. The caller holds it (the subject's own words when the caller is the subject).
// So with a view of someone "as" something ("Her critics described Tom Hale as reckless",
// "viewed Hale as naive"): the person named between the verb and its "as" is the one judged.
void assign_label_owners(std::string_view sentence, const Words& words,
                         const std::vector<MentionAt>& mentioned,
                         const std::vector<MentionAt>& others, std::vector<CueSpan>& cues) {
    for (const auto& verb : cues) {
        const std::string_view term = verb.cue.term;
        const bool views_as = term.ends_with(" * as"sv);
        const bool calls_her = term == "call her"; // its object is only ever a relation's owner
        if (verb.cue.kind != CueKind::attribution ||
            !(term == "call" || calls_her || is_labelling_verb(term) || views_as)) {
            continue;
        }
        // The person named right after the verb, given names included; for a view "as"
        // something, the whole of what stands between the verb and its "as".
        const std::uint32_t after = views_as ? verb.first + 1 : verb.last + 1;
        const auto named_after = [&](const MentionAt& m) {
            std::uint32_t first = m.token;
            while (first > after && is_word(words, first - 1) &&
                   starts_with_capital(words.text(sentence, first - 1))) {
                --first;
            }
            return first == after && (!views_as || m.last + 1 == verb.last);
        };
        // "Critics called her deputy reckless", "described Berg's predecessor as naive": a noun
        // of relation after a possessive names another person, as it does before a predicate
        // ("her deputy was reckless"). The possessive may be the verb's own ("call her").
        const MentionAt* object = nullptr;
        MentionAt related;
        std::string_view possessive_word;
        std::uint32_t at = after;
        if (calls_her) {
            at = verb.last;
        }
        if (at < words.tokens.size() && is_word(words, at) &&
            (is_possessive_pronoun(words.lower(sentence, at)) ||
             is_possessive(words.text(sentence, at)))) {
            const auto noun = relation_after(sentence, words, at);
            if (noun && (!views_as || *noun + 1 == verb.last) && *noun > verb.first) {
                related = {at, Cue::kNoOwner, *noun};
                object = &related;
                possessive_word = words.text(sentence, at);
            }
        }
        bool subject = false;
        for (const auto& m : mentioned) {
            if (object == nullptr && !calls_her && named_after(m)) {
                object = &m;
                subject = true;
            }
        }
        for (const auto& o : others) {
            if (object == nullptr && !calls_her && named_after(o)) {
                object = &o;
            }
        }
        // A sentence about one subject needs no owner for that subject's label.
        const bool one_subject =
            subject && std::all_of(mentioned.begin(), mentioned.end(), [&](const MentionAt& m) {
                return m.subject == object->subject;
            });
        // "called her reckless and her deputy naive", "called Berg rash and Anna Mohr naive": a
        // label after "and" or "or" that has an object of its own, a relation after a possessive
        // or a person named, is that object's, as the first label is the first object's.
        if (!views_as) {
            if (const auto whole = label_of(sentence, words, verb, cues)) {
                own_coordinated_labels(sentence, words, mentioned, others, *whole, cues);
            }
        }
        std::optional<Label> label;
        if (object != nullptr && !one_subject) {
            label = views_as ? Label{verb.last + 1,
                                     label_end(sentence, words, verb, cues, verb.last + 1, 0)}
                             : label_of(sentence, words, verb, cues);
        }
        if (!label) {
            continue;
        }
        for (auto& span : cues) {
            // The possessive alone took what follows it as its own noun phrase ("her deputy
            // reckless"); the relation is more precise.
            const bool unowned = span.cue.owner.empty() ||
                                 (!possessive_word.empty() && span.cue.owner == possessive_word);
            if (span.cue.kind == CueKind::characterization && unowned &&
                span.first > object->last && span.first < label->end) {
                slice_into(sentence, words.tokens[object->token], words.tokens[object->last],
                           span.cue.owner);
                span.cue.owner_subject = subject ? object->subject : Cue::kNoOwner;
            }
        }
    }
}

// A reaction noun that a thing "drew", "attracted" or "earned" ("The pace of easing has drawn
// criticism") judges the thing that drew it, the subject of the verb: it counts for a subject
// only when the verb's subject is that subject ("Lagarde has drawn criticism", "She drew
// criticism"), and otherwise belongs to the subject's noun phrase ("The pace of easing under
// Lagarde").
void assign_reaction_owners(std::string_view sentence, const Words& words,
                            const std::vector<MentionAt>& mentions, std::vector<CueSpan>& cues) {
    // Asked of the words before every characterization: flat sets, not lists to scan.
    static const WordSet reaction_verbs = {
        "draw",     "draws",     "drew",    "drawn",  "drawing",  "attract",
        "attracts", "attracted", "earn",    "earns",  "earned",   "provoke",
        "provokes", "provoked",  "sparked", "sparks", "received", "receives"};
    static const WordSet auxiliaries = {
        "has",  "have",  "had",    "is",      "was",     "are",        "were", "been",    "be",
        "will", "would", "itself", "himself", "herself", "themselves", "also", "already", "again"};
    constexpr std::uint32_t kObjectReach = 3; // "drew sharp public criticism"
    for (auto& span : cues) {
        if (span.cue.kind != CueKind::characterization || !span.cue.owner.empty()) {
            continue;
        }
        std::uint32_t verb = span.first;
        bool found = false;
        for (std::uint32_t k = span.first; k-- > 0 && span.first - k <= kObjectReach;) {
            if (!is_word(words, k)) {
                break;
            }
            const std::string_view word = words.lower(sentence, k);
            if (reaction_verbs.contains(word)) {
                verb = k;
                found = true;
                break;
            }
        }
        if (!found) {
            continue;
        }
        std::uint32_t start = verb;
        while (start > 0 && !is_break(sentence, words, start - 1)) {
            --start;
        }
        std::uint32_t end = verb; // the subject's words: [start, end)
        while (end > start && auxiliaries.contains(words.lower(sentence, end - 1))) {
            --end;
        }
        if (end == start) {
            continue; // no subject in the clause ("a policy that drew criticism")
        }
        const auto named = std::find_if(mentions.begin(), mentions.end(), [&](const MentionAt& m) {
            return m.token == start; // the subject itself, not a word inside its phrase
        });
        if (named != mentions.end()) {
            slice_into(sentence, words.tokens[named->token], words.tokens[named->last],
                       span.cue.owner);
            span.cue.owner_subject = named->subject;
        } else {
            span.cue.owner = slice(sentence, words.tokens[start], words.tokens[end - 1]);
            span.cue.owner_subject = Cue::kNoOwner;
        }
    }
}

// "Putin assured him of cooperation – although this proved an empty promise": a subject the
// sentence names only as the object of another person's verb receives that person's act, and a
// judgement in a clause after it judges the act: the doer's, not hers. Within the object's own
// clause it stays hers ("called him reckless", "praised her as candid").
void assign_acts_to_their_doers(std::string_view sentence, const Words& words,
                                const std::vector<MentionAt>& mentioned,
                                const std::vector<MentionAt>& others, std::vector<CueSpan>& cues) {
    if (std::none_of(cues.begin(), cues.end(), [](const CueSpan& span) {
            return span.cue.kind == CueKind::characterization && span.cue.owner.empty();
        })) {
        return;
    }
    for (const MentionAt& object : mentioned) {
        const std::string_view word = words.text(sentence, object.token);
        if (object.token != object.last || word.size() != 3 ||
            !(text::folds_to(word, "him") || text::folds_to(word, "her")) ||
            std::any_of(mentioned.begin(), mentioned.end(), [&](const MentionAt& m) {
                return m.subject == object.subject && &m != &object;
            })) {
            continue; // no object pronoun, or a subject the sentence also names otherwise
        }
        // The doer: the person named last before the pronoun, whose verb takes it.
        const MentionAt* doer = nullptr;
        bool doer_is_subject = false;
        for (const auto* list : {&mentioned, &others}) {
            for (const MentionAt& m : *list) {
                if (m.last < object.token && (doer == nullptr || m.last > doer->last)) {
                    doer = &m;
                    doer_is_subject = list == &mentioned;
                }
            }
        }
        if (doer == nullptr || (doer_is_subject && doer->subject == object.subject) ||
            !binds_object_pronoun(sentence, words, doer->last, object.token)) {
            continue;
        }
        std::uint32_t clause_end = object.token + 1;
        while (clause_end < words.tokens.size() && !is_break(sentence, words, clause_end)) {
            ++clause_end;
        }
        for (auto& span : cues) {
            if (span.cue.kind == CueKind::characterization && span.cue.owner.empty() &&
                span.first > clause_end) {
                slice_into(sentence, words.tokens[doer->token], words.tokens[doer->last],
                           span.cue.owner);
                span.cue.owner_subject = doer_is_subject ? doer->subject : Cue::kNoOwner;
            }
        }
    }
}

// A characterization predicated in a relative clause on a person other than the subject ("She
// fired managers who were incompetent", "replaced him with one who was capable") describes that
// person, not the one the sentence is about: it belongs to the noun phrase before "who". Not when
// that phrase is the subject ("Kessler, who was reckless"), says what the subject is ("is a
// leader who is reckless", "one of the few ministers who were honest"), or stands beside the
// subject ("Kessler, the minister who was reckless").
void assign_relative_clause_owners(std::string_view sentence, const Words& words,
                                   const std::vector<MentionAt>& mentioned,
                                   std::vector<CueSpan>& cues) {
    const auto is_linking = [&](std::uint32_t k) {
        return is_word(words, k) && is_linking_verb(words.text(sentence, k));
    };
    const auto is_subject_at = [&](std::uint32_t token) {
        return std::any_of(mentioned.begin(), mentioned.end(),
                           [&](const MentionAt& m) { return m.last == token; });
    };
    constexpr std::uint32_t kClauseReach = 5; // "who had never really been reckless"
    for (auto& span : cues) {
        if (span.cue.kind != CueKind::characterization || !span.cue.owner.empty() ||
            span.first < 2) {
            continue;
        }
        std::uint32_t who = span.first;
        for (std::uint32_t k = span.first; k-- > 0 && span.first - k <= kClauseReach;) {
            if (!is_word(words, k)) {
                break;
            }
            if (text::folds_to(words.text(sentence, k), "who")) {
                who = k;
                break;
            }
        }
        // "his staff, who say that he is prudent": a linking verb after "that" or a subject
        // pronoun has a subject of its own; the clause reports it, and does not describe them.
        bool linked = false;
        bool reported = false;
        for (std::uint32_t k = who + 1; k < span.first && !linked && !reported; ++k) {
            const std::string word = is_word(words, k) ? lowercase(words.text(sentence, k)) : "";
            reported = word == "that" || word == "he" || word == "she" || word == "they" ||
                       word == "it" || word == "we" || word == "i";
            linked = !reported && is_linking(k);
        }
        if (who == span.first || !linked || who == 0) {
            continue;
        }
        std::uint32_t noun = who - 1;
        if (words.text(sentence, noun) == ",") {
            if (noun == 0) {
                continue;
            }
            --noun;
        }
        if (!is_word(words, noun) || is_subject_at(noun)) {
            continue;
        }
        const std::uint32_t phrase = noun_phrase_start(sentence, words, 0, noun);
        std::uint32_t before = phrase;
        while (before > 0 && is_word(words, before - 1) &&
               (words.lower(sentence, before - 1) == "not" ||
                words.lower(sentence, before - 1) == "never")) {
            --before;
        }
        // What the subject is: "is a leader who is reckless", and with words the noun phrase
        // above does not take ("was the only director who", "the first chief executive who",
        // "the kind of leader who"), back to a preposition other than "of".
        static const WordSet stops = {"at",      "with",  "by",   "for",   "to", "from",
                                      "against", "about", "over", "under", "on", "in",
                                      "into",    "and",   "or",   "but"};
        bool what_it_is = false;
        for (std::uint32_t k = before, seen = 0; k > 0 && seen < 6 && is_word(words, k - 1);
             --k, ++seen) {
            const std::string_view word = words.lower(sentence, k - 1);
            if (is_linking(k - 1) || word == "as") {
                what_it_is = true;
                break;
            }
            if (stops.contains(word) || is_subject_at(k - 1)) {
                break;
            }
        }
        if (what_it_is) {
            continue;
        }
        if (before > 1 && words.text(sentence, before - 1) == "," && is_subject_at(before - 2)) {
            continue; // an appositive of the subject
        }
        std::uint32_t label = phrase;
        while (label < noun && (text::folds_to(words.text(sentence, label), "and") ||
                                text::folds_to(words.text(sentence, label), "or"))) {
            ++label; // "She and Pryce, who was reckless": Pryce's
        }
        span.cue.owner = slice(sentence, words.tokens[label], words.tokens[noun]);
        span.cue.owner_subject = Cue::kNoOwner;
    }
}

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

// An alias inside a longer capitalized name whose given name is not the subject's names another
// person: "Erik Halvorsen" for the alias Halvorsen of Ingrid Halvorsen. The word right before the
// alias decides: a capitalized word inside the sentence that is no title or other non-name word
// ("Minister Halvorsen", "Dutch Halvorsen" name the subject), no particle and none of the
// subject's own names ("Tayyip Erdoğan" for Recep Tayyip Erdoğan). A word that opens the sentence
// or stands in a heading tells nothing by its capital ("Examining Halvorsen's record"): only the
// people found in the document tell it apart (Analyzer's other_person patterns). A subject named
// by one word has no given name to differ.
bool names_another_person(std::string_view sentence, const Words& words, std::uint32_t at,
                          std::size_t alias_words, const std::vector<std::string>& subject_keys,
                          bool heading) {
    if (heading || at == 0 || alias_words >= subject_keys.size() || !is_word(words, at - 1)) {
        return false;
    }
    const std::string_view before = words.text(sentence, at - 1);
    const std::string_view between = sentence.substr(
        words.tokens[at - 1].end, words.tokens[at].begin - words.tokens[at - 1].end);
    if (between.empty() || between.find_first_not_of(" \n") != std::string_view::npos ||
        !starts_with_capital(before) || is_possessive(before) || is_non_name_word(before) ||
        is_name_particle(before)) {
        return false;
    }
    const bool acronym =
        before.size() >= 2 &&
        std::none_of(before.begin(), before.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    bool opens = true;
    for (std::uint32_t k = 0; k + 1 < at && opens; ++k) {
        opens = !is_word(words, k);
    }
    return !acronym && !opens &&
           std::find(subject_keys.begin(), subject_keys.end(), words.key(at - 1)) ==
               subject_keys.end();
}

// "Her husband, Erik Halvorsen, ran ...": a possessive pronoun whose noun phrase another person's
// name renames in apposition is that person's, and the sentence is about that person. Returns the
// index in `mentioned` of the pronoun, if the name at token `at` is such an apposition.
std::optional<std::size_t> renamed_pronoun(std::string_view sentence, const Words& words,
                                           std::uint32_t at,
                                           const std::vector<MentionAt>& mentioned) {
    constexpr std::uint32_t kNounWords = 3; // "her younger half-brother,"
    if (at < 3 || words.text(sentence, at - 1) != ",") {
        return std::nullopt;
    }
    for (std::uint32_t k = at - 1; k-- > 0 && at - 1 - k <= kNounWords + 1;) {
        if (!is_word(words, k)) {
            return std::nullopt;
        }
        const std::string_view word = words.lower(sentence, k);
        if (is_possessive_pronoun(word) && word != "its") {
            for (std::size_t m = mentioned.size(); m-- > 0;) {
                if (mentioned[m].token == k) {
                    return k + 1 < at - 1 ? std::optional<std::size_t>(m) : std::nullopt;
                }
            }
            return std::nullopt;
        }
    }
    return std::nullopt;
}

// Whether the "he" or "she" at token `again` repeats the one at `first` as the subject of a
// coordinate clause: the same word, right after "and", "but" or "yet" (a comma may come before
// them). "he" and "she" are always subjects; "him" and "her" are not looked at.
bool repeats_subject_pronoun(std::string_view sentence, const Words& words, std::uint32_t first,
                             std::uint32_t again) {
    if (again < 2 || !is_word(words, again - 1) ||
        !text::folds_to(words.text(sentence, first), words.lower(sentence, again))) {
        return false;
    }
    const std::string_view joining = words.lower(sentence, again - 1);
    return joining == "and" || joining == "but" || joining == "yet";
}

// Whether the "he" or "she" at token `pronoun` opens a coordinate clause after a comma: ", and
// she", ", but he", ", yet she"; or right after a semicolon, which joins clauses the same way
// ("Teixeira was not deferential to Wolan; he was careful"). Such a pronoun continues the subject
// of the clause before, not a person named inside it ("Solberg is more careful than Marquardt,
// and she is more honest").
bool opens_coordinate_clause(std::string_view sentence, const Words& words, std::uint32_t pronoun) {
    if (pronoun >= 1 && words.text(sentence, pronoun - 1) == ";") {
        return true;
    }
    if (pronoun < 2 || !is_word(words, pronoun - 1) || words.text(sentence, pronoun - 2) != ",") {
        return false;
    }
    const std::string_view joining = words.lower(sentence, pronoun - 1);
    return joining == "and" || joining == "but" || joining == "yet";
}

// Whether the "he" or "she" at token `at` gives a person of unknown gender up to a pronoun of
// the other gender in its sentence: one person is not "he" and "she" in one sentence, and the
// pronoun that keeps the person is the sentence's first "he" or "she", when it comes before
// ("He said she called him rash": she is someone else), or else an object, possessive or
// reflexive pronoun after it ("Tomas Lund said she called him rash": him is Lund). Not over a
// capitalized word, which may name someone else ("He met Anna Berg, and she ...").
bool gives_way_to_other_gender(std::string_view sentence, const Words& words, std::uint32_t at) {
    const std::string_view self = words.lower(sentence, at);
    const bool masculine = self == "he";
    if (!masculine && self != "she") {
        return false;
    }
    const auto names_someone = [&](std::uint32_t k) {
        return starts_with_capital(words.text(sentence, k)) &&
               !text::folds_to(words.text(sentence, k), "i");
    };
    // A pronoun inside a quotation does not keep the person from one outside it, nor the other
    // way round: in `"She was arrogant," he said` the speech tag's "he" is its speaker.
    const auto toggles_quotation = [&](std::uint32_t k) {
        return words.tokens[k].kind == text::TokenKind::punctuation &&
               is_quote_mark(words.text(sentence, k)) && !words.is_plural_possessive_mark(k);
    };
    bool quoted_at = false;
    for (std::uint32_t k = 0; k < at; ++k) {
        quoted_at = quoted_at != toggles_quotation(k);
    }
    bool quoted = false;
    for (std::uint32_t k = 0; k < at; ++k) {
        quoted = quoted != toggles_quotation(k);
        if (!is_word(words, k) || quoted != quoted_at) {
            continue;
        }
        const std::string_view word = words.lower(sentence, k);
        if (word == "he" || word == "she") {
            if (word != self) {
                for (std::uint32_t between = k + 1; between < at; ++between) {
                    if (is_word(words, between) && names_someone(between)) {
                        return false;
                    }
                }
                return true;
            }
            return false; // the sentence's first of its gender keeps the person
        }
    }
    for (std::uint32_t k = at + 1; k < words.tokens.size(); ++k) {
        if (!is_word(words, k)) {
            continue;
        }
        if (names_someone(k)) {
            return false;
        }
        const std::string_view word = words.lower(sentence, k);
        if (masculine ? (word == "her" || word == "hers" || word == "herself")
                      : (word == "him" || word == "his" || word == "himself")) {
            return true;
        }
    }
    return false;
}

// Whether `word`, as written, is a verb of speech: a one-word attribution row of the lexicon
// matches it ("said", "told", "argued", "drawled"; not the rows of plural nouns, "critics",
// "analysts"), the rows by which a speech tag holds its quotation, so that the tag's speaker and
// its view read one list of verbs (QA pass q27: `“...,” Ilves drawled`).
bool is_speech_verb(const Lexicon& lexicon, std::string_view word) {
    const auto* rows = lexicon.candidates(word_key(word));
    if (rows == nullptr) {
        return false;
    }
    return std::any_of(rows->begin(), rows->end(), [&](std::uint32_t row) {
        const LexiconEntry& entry = lexicon.entry(row);
        const std::string_view term = entry.term;
        if (entry.kind != CueKind::attribution || entry.keys.size() != 1) {
            return false;
        }
        if (term.size() > 2 && term.front() == '"' && term.back() == '"') {
            return written_as(word, term.substr(1, term.size() - 2)); // "noted", "notes"
        }
        return !term.ends_with("s"sv);
    });
}

// The word by which the speech tag right after a quotation (or a speaker's verb before the colon
// that opens it) names its speaker, when the pronoun at token `at` is inside that quotation (opened
// at `open`, not closed before `at`): `“They are honest with us,” Ilves said` and `“...,” said
// Marta Ilves` give "Ilves" (the last capitalized word of the name). A speaker's own words about a
// "she" or "they" are about someone else (she would say "I"). Empty when the quotation ends on no
// tag, or its tag names no one by a capitalized word ("she said", "said one player").
std::string_view quotation_tag_name(const Lexicon& lexicon, std::string_view sentence,
                                    const Words& words, std::uint32_t open, std::uint32_t at) {
    const auto speech_verb = [&](std::uint32_t k) {
        return is_word(words, k) && is_speech_verb(lexicon, words.text(sentence, k));
    };
    const auto count = static_cast<std::uint32_t>(words.tokens.size());
    const auto closes = [&](std::uint32_t k) {
        return words.tokens[k].kind == text::TokenKind::punctuation &&
               is_quote_mark(words.text(sentence, k)) && closes_quotation(sentence, words, k);
    };
    for (std::uint32_t k = open + 1; k < at; ++k) {
        if (closes(k)) {
            return {};
        }
    }
    // The speaker before a colon that introduces the quotation: `Ilves said: “They ...”`,
    // `Lansing told reporters: “She ...”` (at most four words of the verb's object between).
    constexpr std::uint32_t kObjectWords = 4;
    if (open >= 3 && words.text(sentence, open - 1) == ":") {
        for (std::uint32_t verb = open - 2; verb >= 1 && open - 2 - verb <= kObjectWords; --verb) {
            if (!is_word(words, verb)) {
                break;
            }
            if (speech_verb(verb)) {
                std::uint32_t name = verb - 1;
                if (name >= 1 && is_word(words, name) &&
                    (words.lower(sentence, name).ends_with("ly"sv) ||
                     is_plain_adverb(words.lower(sentence, name)))) {
                    --name; // "Ilves later said:"
                }
                const std::string_view speaker = words.text(sentence, name);
                return is_word(words, name) && starts_with_capital(speaker) && speaker != "I"
                           ? speaker
                           : std::string_view();
            }
        }
    }
    std::uint32_t tag = at + 1;
    while (tag < count && !closes(tag)) {
        ++tag;
    }
    while (tag < count && !is_word(words, tag)) {
        ++tag;
    }
    if (tag >= count || !after_closing_quote(sentence, words, tag)) {
        return {};
    }
    constexpr std::uint32_t kNameWords = 3;
    const auto capitalized_word = [&](std::uint32_t k) {
        return k < count && is_word(words, k) && starts_with_capital(words.text(sentence, k)) &&
               words.text(sentence, k) != "I";
    };
    // The speaker first: "Ilves said", "Marta Ilves told reporters".
    std::uint32_t k = tag;
    while (capitalized_word(k) && k - tag < kNameWords) {
        ++k;
    }
    // Any verb in the past that ends the tag is one of speech there ("“...,” Ilves continued."):
    // a tag of a name and a verb alone, whatever the verb, names the speaker.
    const auto ends_the_tag = [&](std::uint32_t verb) {
        return verb + 1 < count && !is_word(words, verb + 1) &&
               words.lower(sentence, verb).ends_with("ed"sv) &&
               !is_quote_mark(words.text(sentence, verb + 1));
    };
    if (k > tag && k < count && is_word(words, k) && (speech_verb(k) || ends_the_tag(k))) {
        return words.text(sentence, k - 1);
    }
    // The verb first: "said Marta Ilves", "said the former captain Lee Whitmore".
    if (!speech_verb(tag)) {
        return {};
    }
    constexpr std::uint32_t kSpeakerWords = 6;
    for (k = tag + 1; k < count && is_word(words, k) && k - tag <= kSpeakerWords; ++k) {
        if (capitalized_word(k)) {
            while (capitalized_word(k + 1)) {
                ++k;
            }
            return words.text(sentence, k);
        }
    }
    return {};
}

// Where an appositive describing the person named up to token `name_last` ends (its last word,
// before its closing comma): from a determiner or possessive after the name's comma, at most six
// words with no punctuation, to the next comma ("Nadia Korsgaard, his deputy, ...", "Tomas
// Reiner, a senator, ..."). `name_last` when none follows.
std::uint32_t appositive_end(std::string_view sentence, const Words& words,
                             std::uint32_t name_last) {
    static const WordSet openers = {"a", "an", "the", "his", "her", "their", "one"};
    const std::size_t count = words.tokens.size();
    if (name_last + 2 >= count || words.text(sentence, name_last + 1) != "," ||
        !openers.contains(lowercase(words.text(sentence, name_last + 2)))) {
        return name_last;
    }
    for (std::uint32_t k = name_last + 3; k < count && k <= name_last + 8; ++k) {
        if (!is_word(words, k)) {
            return words.text(sentence, k) == "," ? k - 1 : name_last;
        }
    }
    return name_last;
}

// Where a relative clause set off by commas right after the name ending at token `name_last`
// ends (its last word, before its closing comma): *who*, *whom* or *whose* after the name's
// comma, at most twelve words ("Falk, who chairs the committee, has long called the mayor
// reckless": the verb is still Falk's; QA pass q27). `name_last` when there is none.
std::uint32_t relative_clause_end(std::string_view sentence, const Words& words,
                                  std::uint32_t name_last) {
    static const WordSet openers = {"who", "whom", "whose"};
    constexpr std::uint32_t kClauseWords = 12;
    const std::size_t count = words.tokens.size();
    if (name_last + 2 >= count || words.text(sentence, name_last + 1) != "," ||
        !openers.contains(lowercase(words.text(sentence, name_last + 2)))) {
        return name_last;
    }
    for (std::uint32_t k = name_last + 3; k < count && k <= name_last + 2 + kClauseWords; ++k) {
        if (!is_word(words, k) && words.tokens[k].kind != text::TokenKind::number) {
            return words.text(sentence, k) == "," ? k - 1 : name_last;
        }
    }
    return name_last;
}

// Whether the characterization `span` is a word of a proper name: capitalized inside the
// sentence (not its first word, capitalized anyway) with a capitalized word right after it, as
// in "leads the Popular Party", "joined Honest Labour", "a Liberal Democrat". A name judges no
// one; an adjective before a name is written in lowercase ("the reckless Anna Berg").
bool inside_a_proper_name(std::string_view sentence, const Words& words, const CueSpan& span) {
    if (span.cue.kind != CueKind::characterization || span.last + 1 >= words.tokens.size() ||
        !is_word(words, span.last + 1)) {
        return false;
    }
    // The capitals first: most cues are in lower case, and the scan for a word before the cue
    // reads the sentence from its start.
    for (std::uint32_t k = span.first; k <= span.last; ++k) {
        if (is_word(words, k) && !starts_with_capital(words.text(sentence, k))) {
            return false;
        }
    }
    const std::string_view next = words.text(sentence, span.last + 1);
    if (!starts_with_capital(next) || next == "I") {
        return false;
    }
    for (std::uint32_t k = 0; k < span.first; ++k) {
        if (is_word(words, k)) {
            return true; // not the sentence's first word
        }
    }
    return false;
}

// The verb right before token `object` whose subject is the mention ending at token `name_last`
// (binds_object_pronoun): the mention (no possessive), an appositive's closing comma, at most two
// auxiliaries or adverbs, then the verb. kNoVerb when the words between are not so.
constexpr std::uint32_t kNoVerb = UINT32_MAX;
std::uint32_t persons_verb_before(std::string_view sentence, const Words& words,
                                  std::uint32_t name_last, std::uint32_t object) {
    if (name_last + 2 > object || is_possessive(words.text(sentence, name_last))) {
        return kNoVerb;
    }
    // An appositive after the name is passed over: "Nadia Korsgaard, his deputy, called him",
    // and so is a relative clause on the name: "Falk, who chairs the committee, called him".
    name_last = relative_clause_end(sentence, words, appositive_end(sentence, words, name_last));
    if (object > name_last + 5) {
        return kNoVerb;
    }
    std::uint32_t j = name_last + 1;
    if (words.text(sentence, j) == ",") {
        ++j;
    }
    static const WordSet adverbs = {"also",  "later", "then",  "once",  "never", "not",
                                    "again", "even",  "still", "often", "soon",  "long"};
    for (int modifiers = 0; j + 1 < object && modifiers < 2; ++j, ++modifiers) {
        const std::string word = lowercase(words.text(sentence, j));
        if (!is_word(words, j) ||
            !(is_finite_auxiliary(word) || word.ends_with("ly"sv) || adverbs.contains(word))) {
            return kNoVerb;
        }
    }
    if (j + 1 != object || !is_word(words, j)) {
        return kNoVerb;
    }
    // Prepositions, conjunctions and relative words are no verb: "Whitcombe and him", "Feld,
    // like him,".
    static const WordSet no_verb = {"like",    "unlike",  "than",    "about",   "against",
                                    "toward",  "towards", "without", "behind",  "beside",
                                    "between", "around",  "near",    "through", "upon"};
    const std::string verb = lowercase(words.text(sentence, j));
    if (is_capitalized(words.text(sentence, j)) || ends_speaker_phrase(verb) ||
        is_unnamed_word(verb) || no_verb.contains(verb)) {
        return kNoVerb;
    }
    return j;
}

// Whether the pronoun at token `pronoun` is the object of a verb whose subject is the mention
// ending at token `name_last`: "Douglas Whitcombe called him arrogant", "Tomas Reiner accused
// her of fraud", "The chairman, Douglas Whitcombe, has never liked him". Such a pronoun is
// someone else (the same person would be "himself"). The mention (no possessive: "Dorsey's
// coach praised him" may be Dorsey), then an appositive's closing comma, at most two auxiliaries
// or adverbs, one verb and the pronoun: "him", or "her" where it owns no noun phrase (before
// punctuation, a preposition, a determiner or a conjunction, or after a verb that labels:
// "called her reckless"; "praised her team" may be her own team).
bool binds_object_pronoun(std::string_view sentence, const Words& words, std::uint32_t name_last,
                          std::uint32_t pronoun) {
    const std::string object = lowercase(words.text(sentence, pronoun));
    if (object != "him" && object != "her") {
        return false;
    }
    const std::uint32_t j = persons_verb_before(sentence, words, name_last, pronoun);
    if (j == kNoVerb) {
        return false;
    }
    const std::string verb = lowercase(words.text(sentence, j));
    if (object == "him" || verb.starts_with("call"sv) || verb.starts_with("brand"sv) ||
        verb.starts_with("label"sv) || verb.starts_with("dub"sv)) {
        return true;
    }
    if (pronoun + 1 >= words.tokens.size() || !is_word(words, pronoun + 1)) {
        return true;
    }
    static const WordSet after_object = {
        "a",       "an",     "the",   "this",    "that",  "and",   "but",      "or",
        "because", "when",   "while", "again",   "as",    "of",    "to",       "for",
        "in",      "on",     "at",    "with",    "from",  "about", "into",     "over",
        "after",   "before", "by",    "against", "since", "until", "publicly", "privately"};
    const std::string next = lowercase(words.text(sentence, pronoun + 1));
    return after_object.contains(next);
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
        // "In her report she described Olander as evasive, and she called the board
        // complacent": a subject pronoun repeated after "and" or "but" in one sentence is the
        // one it repeats, not the person named between the two. The state as it stood where the
        // sentence's first "he" or "she" was read.
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
        // Back to `reading`, as if its person were named again right before token `at` (for a
        // pronoun holder right there).
        const auto read_again = [&](const Reading& reading, std::uint32_t at) {
            last_person = reading.person;
            last_subject = reading.subject;
            other_may_be_masculine = reading.masculine;
            other_may_be_feminine = reading.feminine;
            last_other = reading.other;
            past = reading.past;
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
        assign_other_person_modifiers(sentence, words, others, cues);
        assign_subject_modifiers(sentence, words, mentioned, cues);
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

double balance_score(double sum, double sum_abs) {
    return sum / (sum_abs + kScorePrior);
}

double shown_score(double score) {
    const double r = std::round(score * 100.0) / 100.0;
    return r == 0.0 ? 0.0 : r;
}

std::string format_score(double score) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%+.2f", shown_score(score));
    return buffer;
}

double shown_shift(double old_score, double new_score) {
    return shown_score(shown_score(new_score) - shown_score(old_score));
}

std::vector<std::string> dimension_names(const std::vector<Dimension>& configured) {
    std::vector<std::string> names = {"favorability", "certainty"};
    for (const auto& d : configured) {
        names.push_back(d.name);
    }
    return names;
}

namespace {

// One entry per term: a term with rows on several dimensions ("pragmatic" on favorability and
// on russia_stance) is one characterization of the text, counted once per occurrence.
void count_characterization(AssessmentProfile& profile,
                            std::unordered_map<std::string_view, std::size_t>& by_term,
                            const Cue& cue, const Claim& claim, std::uint32_t paragraph) {
    auto it = by_term.find(cue.term);
    if (it == by_term.end()) {
        it = by_term.emplace(cue.term, profile.characterizations.size()).first;
        CharacterizationCount count;
        count.id = std::string(cue.id);
        count.term = std::string(cue.term);
        profile.characterizations.push_back(std::move(count));
    }
    auto& count = profile.characterizations[it->second];
    if (std::find(count.dimensions.begin(), count.dimensions.end(), cue.dimension) ==
        count.dimensions.end()) {
        count.dimensions.emplace_back(cue.dimension);
        if (cue.ambivalent) {
            count.ambivalent_on.emplace_back(cue.dimension);
        }
    }
    if (cue.dimension == count.dimensions.front()) {
        const ClaimRef ref{paragraph, claim.sentence};
        if (count.last_paragraph == ref.paragraph && count.last_sentence == ref.sentence &&
            count.last_begin == cue.begin) {
            return;
        }
        count.last_paragraph = ref.paragraph;
        count.last_sentence = ref.sentence;
        count.last_begin = cue.begin;
        ++count.count;
        count.negated += cue.negated ? 1 : 0;
        count.attributed += cue.holder.empty() ? 0 : 1;
    }
}

} // namespace

namespace {

std::int64_t fixed_point(double weight) {
    return std::llround(weight * kSumUnits);
}

// Adds (`sign` +1) or takes away (-1) one claim's mentions of `subject`, the claim itself when it
// is a declarative claim about it, and its scored cues; `on_cue` sees every cue that counts for
// the subject in such a claim (the profile counts its characterizations). Returns whether the
// claim is a declarative claim about the subject.
template <typename OnCue>
bool add_claim_sums(const Claim& claim, std::uint32_t subject,
                    const std::vector<std::string>& dimensions, std::int64_t sign,
                    ProfileSums& sums, OnCue&& on_cue) {
    const Mention* mention = claim.mention_of(subject);
    if (mention == nullptr) {
        return false;
    }
    sums.mentions += sign * mention->count;
    if (!claim.declarative) {
        return false;
    }
    sums.claims += sign;
    for (const auto& cue : claim.cues) {
        if (!cue.counts_for(subject)) {
            continue;
        }
        on_cue(cue);
        if (cue.ambivalent || cue.weight == 0.0) {
            continue;
        }
        const auto d = std::find(dimensions.begin(), dimensions.end(), cue.dimension);
        if (d == dimensions.end()) {
            continue;
        }
        auto& s = sums.dimensions[static_cast<std::size_t>(d - dimensions.begin())];
        const std::int64_t weight = fixed_point(cue.weight);
        if (cue.holder.empty()) {
            s.sum += sign * weight;
            s.sum_abs += sign * std::abs(weight);
            s.cues += sign;
        } else {
            s.attributed += sign * weight;
            s.attributed_abs += sign * std::abs(weight);
            s.attributed_cues += sign;
        }
    }
    return true;
}

double sums_score(std::int64_t sum, std::int64_t sum_abs) {
    return balance_score(static_cast<double>(sum) / kSumUnits,
                         static_cast<double>(sum_abs) / kSumUnits);
}

void fill_scores(AssessmentProfile& profile, const ProfileSums& sums,
                 const std::vector<std::string>& dimensions) {
    profile.mentions = static_cast<std::uint32_t>(sums.mentions);
    profile.claims = static_cast<std::uint32_t>(sums.claims);
    for (std::size_t d = 0; d < dimensions.size(); ++d) {
        const auto& s = sums.dimensions[d];
        profile.dimensions.push_back({dimensions[d], sums_score(s.sum, s.sum_abs),
                                      sums_score(s.attributed, s.attributed_abs),
                                      static_cast<std::uint32_t>(s.cues),
                                      static_cast<std::uint32_t>(s.attributed_cues)});
    }
}

} // namespace

void add_paragraph_sums(const ParagraphAnalysis& paragraph, std::uint32_t subject,
                        const std::vector<std::string>& dimensions, int sign, ProfileSums& sums) {
    for (const auto& claim : paragraph.claims) {
        add_claim_sums(claim, subject, dimensions, sign, sums, [](const Cue&) {});
    }
}

DimensionSums& DimensionSums::operator+=(const DimensionSums& more) {
    sum += more.sum;
    sum_abs += more.sum_abs;
    attributed += more.attributed;
    attributed_abs += more.attributed_abs;
    cues += more.cues;
    attributed_cues += more.attributed_cues;
    return *this;
}

ProfileSums& ProfileSums::operator+=(const ProfileSums& more) {
    mentions += more.mentions;
    claims += more.claims;
    dimensions.resize(std::max(dimensions.size(), more.dimensions.size()));
    for (std::size_t d = 0; d < more.dimensions.size(); ++d) {
        dimensions[d] += more.dimensions[d];
    }
    return *this;
}

ProfileSums profile_sums(const DocumentAnalysis& analysis, std::uint32_t subject,
                         const std::vector<std::string>& dimensions) {
    ProfileSums sums;
    sums.dimensions.resize(dimensions.size());
    for (const auto& paragraph : analysis.paragraphs) {
        add_paragraph_sums(*paragraph, subject, dimensions, 1, sums);
    }
    return sums;
}

AssessmentProfile profile_from_sums(const ProfileSums& sums, const std::string& subject_name,
                                    const std::vector<std::string>& dimensions) {
    AssessmentProfile profile;
    profile.subject = subject_name;
    fill_scores(profile, sums, dimensions);
    return profile;
}

AssessmentProfile build_profile(const DocumentAnalysis& analysis, std::uint32_t subject,
                                const std::string& subject_name,
                                const std::vector<std::string>& dimensions) {
    AssessmentProfile profile;
    profile.subject = subject_name;
    ProfileSums sums;
    sums.dimensions.resize(dimensions.size());
    std::unordered_map<std::string_view, std::size_t> by_term;
    for (std::uint32_t p = 0; p < analysis.paragraphs.size(); ++p) {
        for (const auto& claim : analysis.paragraphs[p]->claims) {
            const bool about =
                add_claim_sums(claim, subject, dimensions, 1, sums, [&](const Cue& cue) {
                    if (cue.kind == CueKind::characterization) {
                        count_characterization(profile, by_term, cue, claim, p);
                    }
                });
            if (about) {
                profile.about.push_back({p, claim.sentence});
            }
        }
    }
    fill_scores(profile, sums, dimensions);
    std::stable_sort(profile.characterizations.begin(), profile.characterizations.end(),
                     [](const auto& a, const auto& b) { return a.count > b.count; });
    return profile;
}

} // namespace redraft::claims
