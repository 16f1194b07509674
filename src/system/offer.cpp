#include <redraft/system/offer.hpp>

namespace redraft::system {

void Offer::run_pieces(std::size_t count, const std::function<void(std::size_t)>& piece) {
    Pieces pieces(count, piece);
    {
        const std::lock_guard<std::mutex> lock(mutex_);
        pieces_ = &pieces;
    }
    changed_.notify_all();
    pieces.work();
    {
        std::unique_lock<std::mutex> lock(mutex_);
        pieces_ = nullptr;
        // `pieces` and what its pieces write live in the caller's frame: wait for the taker to
        // be done with them (the lock also makes the taker's writes visible here).
        changed_.wait(lock, [&] { return !taker_busy_; });
    }
    pieces.rethrow();
}

void Offer::take_offers() {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
        changed_.wait(lock, [&] { return closed_ || (pieces_ != nullptr && pieces_->left()); });
        if (closed_) {
            return;
        }
        Pieces* pieces = pieces_;
        taker_busy_ = true;
        lock.unlock();
        pieces->work();
        lock.lock();
        taker_busy_ = false;
        changed_.notify_all();
    }
}

void Offer::close() {
    {
        const std::lock_guard<std::mutex> lock(mutex_);
        closed_ = true;
    }
    changed_.notify_all();
}

} // namespace redraft::system
