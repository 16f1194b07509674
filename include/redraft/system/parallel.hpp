#pragma once
// Two pieces of work at once: the second on a new thread, the first on the calling one.

#include <redraft/system/heap.hpp>

#include <cstddef>
#include <exception>
#include <thread>

namespace redraft::system {

// Documents of fewer paragraphs than this are worked on by one thread: a second costs more.
constexpr std::size_t kParallelParagraphs = 512;

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

} // namespace redraft::system
