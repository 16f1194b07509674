#pragma once
// Work on two threads at once: two pieces of work, or many that both threads take in turn.

#include <redraft/system/heap.hpp>
#include <redraft/system/pieces.hpp>

#include <cstddef>
#include <exception>
#include <functional>
#include <thread>

namespace redraft::system {

// Documents of fewer paragraphs than this are worked on by one thread: a second costs more.
constexpr std::size_t kParallelParagraphs = 512;

// How many paragraphs of a document of `paragraphs` to analyse as one piece, for threads that
// take pieces in turn (Pieces): enough pieces that the last one is short, however the work is
// spread over the document and whatever else the machine runs; few enough that each piece's
// fixed cost (an analysis and its sums to join) stays small. A document of fewer than 64
// paragraphs is one piece: each thread would learn most of its words (the analyzer's memo of
// what starts at a word) for an analysis of a few milliseconds, and the essay's 19 paragraphs
// ran slower in five pieces than in one (15.0 against 14.0 ms wall).
constexpr std::size_t piece_size(std::size_t paragraphs) {
    constexpr std::size_t kPieces = 32;
    constexpr std::size_t kLeastShared = 64;
    constexpr std::size_t kLeast = 4;
    if (paragraphs < kLeastShared) {
        return paragraphs > 0 ? paragraphs : 1;
    }
    const std::size_t even = (paragraphs + kPieces - 1) / kPieces;
    return even > kLeast ? even : kLeast;
}

// A document of `paragraphs` cut into pieces of piece_size(paragraphs) consecutive paragraphs:
// how many there are, and the paragraphs [begin, end) of each.
struct ParagraphPieces {
    std::size_t paragraphs = 0;
    std::size_t size = piece_size(paragraphs);

    std::size_t count() const { return (paragraphs + size - 1) / size; }
    std::size_t begin(std::size_t piece) const { return piece * size; }
    std::size_t end(std::size_t piece) const {
        return (piece + 1) * size < paragraphs ? (piece + 1) * size : paragraphs;
    }
};

// Runs `first` here and `second` on a spawned thread, waits for both, then rethrows what either
// threw (the first's exception when both did). With `parallel` false both run here, in order:
// for work too small to pay for a thread (1 to 2 ms of heap set-up here).
template <typename First, typename Second>
void run_both(First&& first, Second&& second, bool parallel = true) {
    if (!parallel) {
        first();
        second();
        return;
    }
    std::exception_ptr failure;
    std::thread helper = spawn([&] {
        try {
            second();
        } catch (...) {
            failure = std::current_exception();
        }
    });
    try {
        first();
    } catch (...) {
        helper.join();
        throw;
    }
    helper.join();
    if (failure) {
        std::rethrow_exception(failure);
    }
}

// Runs piece(0) ... piece(count - 1) here and on a spawned thread, each taking the next piece not
// yet begun; waits for both and rethrows the exception of the lowest-numbered piece that threw
// (after which no piece begins). With `parallel` false or a single piece, all run here in order.
inline void run_pieces(std::size_t count, const std::function<void(std::size_t)>& piece,
                       bool parallel = true) {
    Pieces pieces(count, piece);
    if (parallel && count > 1) {
        std::thread helper = spawn([&] { pieces.work(); });
        pieces.work();
        helper.join();
    } else {
        pieces.work();
    }
    pieces.rethrow();
}

} // namespace redraft::system
