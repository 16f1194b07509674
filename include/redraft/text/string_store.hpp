#pragma once
// Copies of many small strings in a few blocks whose bytes never move: a view into the store
// stays valid as long as the store lives, however many strings are added after it, and when the
// store itself is moved. One block, sized by the caller's estimate, replaces a heap allocation per
// string longer than std::string keeps in place, and a 32-byte std::string per string.

#include <cstddef>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace redraft::text {

class StringStore {
public:
    StringStore() = default;
    // `block`: the bytes each block holds at least (kMinBlock at least), the first allocated with
    // the first string.
    explicit StringStore(std::size_t block) : block_size_(block) {}
    static constexpr std::size_t kMinBlock = 64;

    // A copy of `s` in the store; an empty view, and nothing stored, when `s` is empty. Inline:
    // an analysis adds eight strings per cue, most of them empty.
    std::string_view add(std::string_view s) {
        if (s.empty()) {
            return {};
        }
        if (s.size() > left_) {
            add_block(s.size());
        }
        std::memcpy(next_, s.data(), s.size());
        const std::string_view copy(next_, s.size());
        next_ += s.size();
        left_ -= s.size();
        return copy;
    }

    // The bytes allocated (for tests and measurements).
    std::size_t capacity() const { return allocated_; }

private:
    void add_block(std::size_t at_least);

    std::unique_ptr<char[]> first_;
    // Further blocks, when the first is full: most stores never need one.
    std::vector<std::unique_ptr<char[]>> more_;
    char* next_ = nullptr;
    std::size_t left_ = 0;
    std::size_t block_size_ = 0;
    std::size_t allocated_ = 0;
};

} // namespace redraft::text
