#include <redraft/text/string_store.hpp>

#include <algorithm>

namespace redraft::text {

void StringStore::add_block(std::size_t at_least) {
    // Every block of the estimate's size (or of the string's, when longer): a store that outgrows
    // a fair estimate needs one or two more, and a doubling block would mostly stay empty.
    const std::size_t size = std::max({at_least, block_size_, kMinBlock});
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
