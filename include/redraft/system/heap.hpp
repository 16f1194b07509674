#pragma once

#include <memory>
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

// In a batch run (after tune_heap_for_batch_run), keeps `object` alive until the process exits,
// where the system takes its memory back at once: freeing the millions of small blocks of a
// large document's analysis one by one took 15 to 20 ms of a 10 MB diff. Otherwise (in tests)
// drops it here like any last reference.
void retain_until_exit(std::shared_ptr<const void> object);

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
