#include <redraft/text/string_store.hpp>

#include <algorithm>

namespace redraft::text {

void StringStore::add_block(std::size_t at_least) {
    // A block twice the size of all before it (the estimate for the first), so that a store that
    // outgrows its estimate takes few blocks.
    const std::size_t size = std::max({at_least, first_size_, allocated_ * 2});
    auto block = std::make_unique_for_overwrite<char[]>(size);
    next_ = block.get();
    left_ = size;
    allocated_ += size;
    if (first_ == nullptr) {
        first_ = std::move(block);
    } else {
        more_.push_back(std::move(block));
    }
}

} // namespace redraft::text
