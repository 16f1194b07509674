// The words of one sentence as the analysis rules read them: tokens with their match keys,
// what may start at each word, slices of the text, quote marks and clause breaks.
#pragma once

#include <redraft/document/document.hpp>
#include <redraft/text/ascii.hpp>
#include <redraft/text/tokens.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claims/word_starts.hpp"

namespace redraft::claims::detail {

using namespace std::string_view_literals;

// Words that start a new clause: a negation or scale before them does not reach past them
// ("not a revanchist, but rather a prudent legalist").
bool is_clause_break_word(std::string_view word);

// A pipe ends a table's cell: a negation in one cell says nothing of the next.
inline bool is_clause_break_punct(std::string_view text) {
    return text == "," || text == ";" || text == ":" || text == "(" || text == ")" || text == "-" ||
           text == "\xe2\x80\x93" || text == "\xe2\x80\x94" || text == "." || text == "!" ||
           text == "?" || text == "|";
}

inline bool is_capitalized(std::string_view word) {
    if (word.empty()) {
        return false;
    }
    const auto c = static_cast<unsigned char>(word.front());
    return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// Quote marks as string_views: compared inline, where a C string is measured first (these are
// asked of every sentence).
inline constexpr std::string_view kLeftDoubleQuote = "\xe2\x80\x9c";

inline constexpr std::string_view kLeftSingleQuote = "\xe2\x80\x98";

inline constexpr std::string_view kRightDoubleQuote = "\xe2\x80\x9d";

inline constexpr std::string_view kRightSingleQuote = "\xe2\x80\x99";

inline bool is_opening_quote(std::string_view s) {
    // On the first byte first: most sentences open with a letter, and a curly quote with 0xE2.
    if (s.empty()) {
        return false;
    }
    const char first = s.front();
    return first == '"' || first == '\'' ||
           (first == '\xe2' &&
            (s.starts_with(kLeftDoubleQuote) || s.starts_with(kLeftSingleQuote)));
}

// The quotation marks that stand as tokens of their own.
inline constexpr std::array<std::string_view, 6> kQuoteMarks = {
    "\"", "'", kLeftDoubleQuote, kRightDoubleQuote, kLeftSingleQuote, kRightSingleQuote};

inline bool is_quote_mark(std::string_view mark) {
    return std::find(kQuoteMarks.begin(), kQuoteMarks.end(), mark) != kQuoteMarks.end();
}

// A claim is a declarative sentence of prose: not a question, not a quotation standing alone.
bool is_declarative(const document::Paragraph& p, std::string_view sentence,
                    const std::vector<text::Token>& tokens);

// A quotation standing alone as the sentence: it opens with a quote mark and closes with one,
// nothing outside ("“Voss is reckless.”").
bool is_bare_quotation(std::string_view sentence);

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

inline constexpr std::array<WordMask, 17> kWordMasks = [] {
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
                std::string& out);

// The same words as a new string.
inline std::string slice(std::string_view sentence, const text::Token& first,
                         const text::Token& last) {
    std::string out;
    slice_into(sentence, first, last, out);
    return out;
}

inline std::string join_words(const std::string& a, const std::string& b) {
    if (a.empty()) {
        return b;
    }
    return b.empty() ? a : a + " " + b;
}

inline bool is_break(std::string_view sentence, const Words& words, std::uint32_t i) {
    const auto& t = words.tokens[i];
    const std::string_view token = sentence.substr(t.begin, t.end - t.begin);
    if (t.kind == text::TokenKind::punctuation) {
        return is_clause_break_punct(token);
    }
    return is_clause_break_word(token);
}

inline std::string lowercase(std::string_view word) {
    return text::ascii_lowercase(word);
}

// Applies negations and scales to the cues they govern: forward, a negation within a window of
// tokens, a scale word to the cue right after it, never past a clause break.
inline bool is_word(const Words& words, std::uint32_t i) {
    return words.tokens[i].kind == text::TokenKind::word;
}

} // namespace redraft::claims::detail
