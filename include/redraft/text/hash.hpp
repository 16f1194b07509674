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

    // value() as 16 hex digits.
    std::string hex() const {
        char text[17];
        std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(value()));
        return text;
    }

private:
    static constexpr std::uint64_t kPrime = 1099511628211ull;

    void mix_word(const char* bytes) {
        std::uint64_t word = 0;
        std::memcpy(&word, bytes, 8);
        hash_ = (hash_ ^ word) * kPrime;
        hash_ ^= hash_ >> 29;
    }

    std::uint64_t hash_ = 14695981039346656037ull;
    char word_[8] = {};
    std::size_t pending_ = 0;
};

inline std::uint64_t content_hash64(std::string_view bytes) {
    return ContentHasher().update(bytes).value();
}

} // namespace redraft::text
