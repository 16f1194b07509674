#pragma once
// A fixed set of words in one flat table, for the word lists the claims analysis asks about
// every word or cue.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace redraft::claims {

// The first and the last four bytes of a word of four bytes or more (overlapping in a word of
// fewer than eight), as two loads: a few instructions whatever the word's length.
struct FourByteEnds {
    std::uint32_t head = 0;
    std::uint32_t tail = 0;
};
inline FourByteEnds four_byte_ends(std::string_view word) {
    FourByteEnds ends;
    std::memcpy(&ends.head, word.data(), 4);
    std::memcpy(&ends.tail, word.data() + word.size() - 4, 4);
    return ends;
}

// Whether two words are the same bytes: what StringIds asks once a slot's hash matched, which is
// mostly a hit (the people scan numbers every name word). Up to sixteen bytes by two overlapping
// loads from each word (never past either), where std::string_view's operator== called memcmp for
// a word of a few bytes; longer words by memcmp. (WordSet::contains keeps operator==: with this
// in its probe GCC laid out the name scan's lookups worse, 0.6 M instructions more on the 1 MB
// pair.)
inline bool same_word(std::string_view a, std::string_view b) {
    const std::size_t n = a.size();
    if (n != b.size()) {
        return false;
    }
    const char* const x = a.data();
    const char* const y = b.data();
    if (n >= 8) {
        if (n > 16) {
            return std::memcmp(x, y, n) == 0;
        }
        std::uint64_t x0 = 0, x1 = 0, y0 = 0, y1 = 0;
        std::memcpy(&x0, x, 8);
        std::memcpy(&x1, x + n - 8, 8);
        std::memcpy(&y0, y, 8);
        std::memcpy(&y1, y + n - 8, 8);
        return ((x0 ^ y0) | (x1 ^ y1)) == 0;
    }
    if (n >= 4) {
        std::uint32_t x0 = 0, x1 = 0, y0 = 0, y1 = 0;
        std::memcpy(&x0, x, 4);
        std::memcpy(&x1, x + n - 4, 4);
        std::memcpy(&y0, y, 4);
        std::memcpy(&y1, y + n - 4, 4);
        return ((x0 ^ y0) | (x1 ^ y1)) == 0;
    }
    if (n >= 2) {
        std::uint16_t x0 = 0, x1 = 0, y0 = 0, y1 = 0;
        std::memcpy(&x0, x, 2);
        std::memcpy(&x1, x + n - 2, 2);
        std::memcpy(&y0, y, 2);
        std::memcpy(&y1, y + n - 2, 2);
        return ((x0 ^ y0) | (x1 ^ y1)) == 0;
    }
    return n == 0 || x[0] == y[0];
}

// A fixed set of words in one flat table, looked up with a hash and a linear probe: the
// name scan asks about every capitalized word of a document, and the rules about the words
// around each cue, where a node-based set or a scan of a list spent most of its time hashing,
// following pointers or comparing.
class WordSet {
public:
    WordSet(std::initializer_list<std::string_view> words) {
        fill(std::vector<std::string_view>(words));
    }
    // The words of both sets.
    WordSet(const WordSet& a, const WordSet& b) {
        std::vector<std::string_view> words;
        for (const WordSet* set : {&a, &b}) {
            for (const std::string_view word : set->slots_) {
                if (!word.empty()) {
                    words.push_back(word);
                }
            }
        }
        fill(words);
    }

    bool contains(std::string_view word) const {
        const std::uint64_t h = hash(word);
        for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
            if (slots_[i].empty()) {
                return false; // no word of a set is empty
            }
            if (hashes_[i] == h && slots_[i] == word) {
                return true;
            }
        }
    }

    // Whether every word of the set passes `test`.
    template <class Test>
    bool all_of(Test test) const {
        for (const std::string_view word : slots_) {
            if (!word.empty() && !test(word)) {
                return false;
            }
        }
        return true;
    }

    // The hash a probe starts from (below): other flat tables of words use it too (StringIds).
    static std::uint64_t hash_of(std::string_view word) { return hash(word); }

private:
    void fill(const std::vector<std::string_view>& words) {
        std::size_t size = 16;
        while (size < 4 * words.size()) {
            size *= 2; // at most a quarter full: probes stay short
        }
        slots_.assign(size, {});
        hashes_.assign(size, 0);
        mask_ = size - 1;
        for (const std::string_view word : words) {
            std::size_t i = hash(word) & mask_;
            while (!slots_[i].empty() && slots_[i] != word) {
                i = (i + 1) & mask_;
            }
            slots_[i] = word;
            hashes_[i] = hash(word);
        }
    }

    // The size and the first and last four bytes (overlapping in a shorter word), mixed: a few
    // instructions whatever the word's length, where hashing byte by byte cost some four a byte.
    // A probe compares the full hashes before the words, so a miss seldom compares bytes.
    static std::uint64_t hash(std::string_view word) {
        const std::size_t n = word.size();
        std::uint64_t x = 0;
        if (n >= 4) {
            const auto [head, tail] = four_byte_ends(word);
            x = (std::uint64_t{head} << 32) | tail;
        } else {
            for (const char c : word) {
                x = (x << 8) | static_cast<unsigned char>(c);
            }
        }
        x = (x ^ (n * 0x9E3779B97F4A7C15ULL)) * 0xFF51AFD7ED558CCDULL;
        return x ^ (x >> 32);
    }

    std::vector<std::string_view> slots_; // an empty view is a free slot
    std::vector<std::uint64_t> hashes_;   // of the word in each slot
    std::size_t mask_ = 0;
};

} // namespace redraft::claims
