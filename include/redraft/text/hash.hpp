#pragma once
// A fast 64-bit hash of bytes, fed in pieces: FNV-1a over 8-byte words (then the last bytes one
// by one). For cache keys, checksums against damage and telling texts apart, not against an
// adversary; byte by byte it was a tenth of a warm timeline.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

namespace redraft::text {

class ContentHasher {
public:
    ContentHasher& update(std::string_view bytes) {
        while (!bytes.empty() && pending_ > 0) { // complete the word a previous piece began
            word_[pending_++] = bytes.front();
            bytes.remove_prefix(1);
            if (pending_ == 8) {
                mix_word(word_);
                pending_ = 0;
            }
        }
        for (; bytes.size() >= 8; bytes.remove_prefix(8)) {
            mix_word(bytes.data());
        }
        for (const char c : bytes) {
            word_[pending_++] = c;
        }
        return *this;
    }

    std::uint64_t value() const {
        std::uint64_t hash = hash_;
        for (std::size_t i = 0; i < pending_; ++i) {
            hash = (hash ^ static_cast<unsigned char>(word_[i])) * kPrime;
        }
        return hash;
    }

    // update(bytes).value() of a new hasher, without copying the last bytes aside: ids and keys
    // of a few bytes are hashed by the thousand.
    static std::uint64_t of(std::string_view bytes) {
        std::uint64_t hash = kOffset;
        for (; bytes.size() >= 8; bytes.remove_prefix(8)) {
            hash = mix(hash, bytes.data());
        }
        for (const char c : bytes) {
            hash = (hash ^ static_cast<unsigned char>(c)) * kPrime;
        }
        return hash;
    }

    // value() as 16 hex digits.
    std::string hex() const {
        char text[17];
        std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(value()));
        return text;
    }

private:
    static constexpr std::uint64_t kPrime = 1099511628211ull;
    static constexpr std::uint64_t kOffset = 14695981039346656037ull;

    static std::uint64_t mix(std::uint64_t hash, const char* bytes) {
        std::uint64_t word = 0;
        std::memcpy(&word, bytes, 8);
        hash = (hash ^ word) * kPrime;
        return hash ^ (hash >> 29);
    }
    void mix_word(const char* bytes) { hash_ = mix(hash_, bytes); }

    std::uint64_t hash_ = kOffset;
    char word_[8] = {};
    std::size_t pending_ = 0;
};

inline std::uint64_t content_hash64(std::string_view bytes) {
    return ContentHasher::of(bytes);
}

} // namespace redraft::text
