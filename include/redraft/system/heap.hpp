#pragma once

#include <thread>
#include <utility>

namespace redraft::system {

// Tunes the C library's heap for a run that builds large structures once and exits. On virtual
// machines a page fault is a trap to the hypervisor, and faulting in fresh memory 4 KiB at a time
// was half of a 1 MB diff's CPU time: the heap grows in large steps, keeps what it frees, and asks
// for transparent huge pages (one fault per 2 MiB) where the kernel offers them. Call first thing
// in main(), before any thread starts; without it (in tests) the heap keeps its defaults. A no-op
// where the C library has none of this (returns false), and under sanitizers.
bool tune_heap_for_batch_run();

// Gives the calling thread's heap the same advice; every worker thread calls it first (spawn does).
void prepare_thread_heap();

// std::thread whose function runs after prepare_thread_heap().
template <typename Function>
std::thread spawn(Function&& function) {
    return std::thread([f = std::forward<Function>(function)]() mutable {
        prepare_thread_heap();
        f();
    });
}

} // namespace redraft::system
