#include <redraft/system/offer.hpp>

namespace redraft::system {

void Offer::run_offering(const std::function<void()>& first, const std::function<void()>& second) {
    {
        const std::lock_guard<std::mutex> lock(mutex_);
        work_ = &second;
        taken_ = false;
        done_ = false;
        failure_ = nullptr;
    }
    changed_.notify_all();
    std::exception_ptr failure;
    try {
        first();
    } catch (...) {
        failure = std::current_exception();
    }
    bool mine = false;
    {
        std::unique_lock<std::mutex> lock(mutex_);
        mine = !taken_;
        taken_ = true;
        // `second` may refer to the caller's frame: wait for the taker to be done with it.
        changed_.wait(lock, [&] { return mine || done_; });
        work_ = nullptr;
        if (!mine && !failure) {
            failure = failure_;
        }
    }
    if (failure) {
        std::rethrow_exception(failure);
    }
    if (mine) {
        second();
    }
}

void Offer::take_offers() {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
        changed_.wait(lock, [&] { return closed_ || (work_ != nullptr && !taken_); });
        if (closed_) {
            return;
        }
        taken_ = true;
        const std::function<void()>* work = work_;
        lock.unlock();
        std::exception_ptr failure;
        try {
            (*work)();
        } catch (...) {
            failure = std::current_exception();
        }
        lock.lock();
        failure_ = failure;
        done_ = true;
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
