#include <redraft/system/pieces.hpp>

namespace redraft::system {

void Pieces::work() noexcept {
    for (;;) {
        const std::size_t piece = next_.fetch_add(1, std::memory_order_relaxed);
        if (piece >= count_) {
            return;
        }
        try {
            piece_(piece);
        } catch (...) {
            const std::lock_guard<std::mutex> lock(failure_mutex_);
            if (!failure_ || piece < failed_piece_) {
                failed_piece_ = piece;
                failure_ = std::current_exception();
            }
            next_.store(count_, std::memory_order_relaxed);
        }
    }
}

void Pieces::rethrow() const {
    if (failure_) {
        std::rethrow_exception(failure_);
    }
}

} // namespace redraft::system
