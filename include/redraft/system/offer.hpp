#pragma once
// Work one thread offers to another that waits for it: the other takes it if it is free in time,
// else the offering thread runs it itself.

#include <condition_variable>
#include <exception>
#include <functional>
#include <mutex>

namespace redraft::system {

// Between a worker, which offers pieces of work one at a time (run_offering), and a thread that
// waits for the worker to finish (take_offers until close): so a thread that would only wait
// works instead, with no thread started for the work and never more threads busy than cores
// when the waiting thread was busy itself. One offering thread and one taking thread.
class Offer {
public:
    // Runs `first` here while offering `second`; then runs `second` here too if nobody took it
    // in the meantime, else waits until the taker has run it. Rethrows what either threw (the
    // first's exception when both did).
    void run_offering(const std::function<void()>& first, const std::function<void()>& second);

    // Runs what is offered, on the calling thread, until close(); each piece's exception goes back
    // to the thread that offered it.
    void take_offers();

    // Nothing more will be offered: take_offers returns. The offering thread calls it however it
    // ends (a taker may be waiting).
    void close();

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    const std::function<void()>* work_ = nullptr; // offered and not yet settled
    bool taken_ = false;
    bool done_ = false;
    std::exception_ptr failure_; // of the work, where the taker ran it
    bool closed_ = false;
};

} // namespace redraft::system
