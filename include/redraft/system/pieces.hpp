#pragma once
// Work cut into numbered pieces that several threads take in turn: each takes the next piece not
// yet begun, so no thread waits for another longer than one piece takes, however unevenly the
// work is spread over the pieces or the threads' speed varies.

#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>

namespace redraft::system {

class Pieces {
public:
    // `piece` runs once for each number in [0, count); it must outlive this object.
    Pieces(std::size_t count, const std::function<void(std::size_t)>& piece)
        : piece_(piece), count_(count) {}
    Pieces(const Pieces&) = delete;
    Pieces& operator=(const Pieces&) = delete;

    // Takes and runs pieces until none is left to begin. A piece's exception is kept for
    // rethrow(); after one, no piece begins.
    void work() noexcept;
    // Whether a piece is left to begin.
    bool left() const { return next_.load(std::memory_order_relaxed) < count_; }
    // Once every thread's work() has returned: rethrows the exception of the lowest-numbered
    // piece that threw, if any did.
    void rethrow() const;

private:
    const std::function<void(std::size_t)>& piece_;
    const std::size_t count_;
    std::atomic<std::size_t> next_{0};
    std::mutex failure_mutex_;
    std::size_t failed_piece_ = 0;
    std::exception_ptr failure_;
};

} // namespace redraft::system
