#pragma once
// A fixed set of words in one flat table, for the word lists the claims analysis asks about
// every word or cue.

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace redraft::claims {

// A fixed set of words in one flat table, looked up with an FNV-1a hash and a linear probe: the
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
        for (std::size_t i = hash(word) & mask_;; i = (i + 1) & mask_) {
            if (slots_[i].empty()) {
                return false; // no word of a set is empty
            }
            if (slots_[i] == word) {
                return true;
            }
        }
    }

private:
    void fill(const std::vector<std::string_view>& words) {
        std::size_t size = 16;
        while (size < 4 * words.size()) {
            size *= 2; // at most a quarter full: probes stay short
        }
        slots_.assign(size, {});
        mask_ = size - 1;
        for (const std::string_view word : words) {
            std::size_t i = hash(word) & mask_;
            while (!slots_[i].empty() && slots_[i] != word) {
                i = (i + 1) & mask_;
            }
            slots_[i] = word;
        }
    }

    static std::uint64_t hash(std::string_view word) {
        std::uint64_t h = 14695981039346656037ULL; // FNV-1a: words are a few bytes long
        for (const char c : word) {
            h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
        }
        return h ^ (h >> 29);
    }

    std::vector<std::string_view> slots_; // an empty view is a free slot
    std::size_t mask_ = 0;
};

} // namespace redraft::claims
