#pragma once
// Work one thread offers to another that waits for it: the other takes part of it while it is
// free, else the offering thread runs all of it itself.

#include <redraft/system/pieces.hpp>

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>

namespace redraft::system {

// Between a worker, which offers work in pieces (run_pieces), and a thread that waits for the
// worker to finish (take_offers until close): so a thread that would only wait works instead,
// with no thread started for the work and never more threads busy than cores when the waiting
// thread was busy itself. One offering thread and one taking thread.
class Offer {
public:
    // Runs piece(0) ... piece(count - 1) here while offering them: a taker that is free takes
    // the next piece not yet begun, as this thread does, so both finish within one piece of each
    // other. Returns once every piece has run; rethrows the exception of the lowest-numbered
    // piece that threw (after which no piece begins).
    void run_pieces(std::size_t count, const std::function<void(std::size_t)>& piece);

    // Runs offered pieces on the calling thread until close().
    void take_offers();

    // Nothing more will be offered: take_offers returns. The offering thread calls it however it
    // ends (a taker may be waiting).
    void close();

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    Pieces* pieces_ = nullptr; // offered, and not yet finished by the offering thread
    bool taker_busy_ = false;  // the taker is running pieces of pieces_
    bool closed_ = false;
};

} // namespace redraft::system
