#include <redraft/system/heap.hpp>

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <mutex>
#include <vector>

// Sanitizers bring their own allocator: g++ says so with __SANITIZE_*__, clang with __has_feature.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define REDRAFT_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) ||                         \
    __has_feature(memory_sanitizer)
#define REDRAFT_SANITIZED 1
#endif
#endif

#if defined(__GLIBC__) && defined(__linux__) && defined(__x86_64__) && !defined(REDRAFT_SANITIZED)
#define REDRAFT_TUNE_HEAP 1
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace redraft::system {
namespace {

std::atomic<bool> batch_run{false};

} // namespace

void retain_until_exit(std::shared_ptr<const void> object) {
    if (!batch_run) {
        return;
    }
    // Never destroyed, on purpose (see heap.hpp); reachable, so leak checkers stay quiet.
    static auto* const retained = new std::vector<std::shared_ptr<const void>>;
    static std::mutex guard;
    const std::lock_guard<std::mutex> lock(guard);
    retained->push_back(std::move(object));
}

#ifdef REDRAFT_TUNE_HEAP
namespace {

constexpr std::size_t kMiB = std::size_t{1} << 20;
// The main heap grows by this much at a time (address space only: pages cost nothing until used).
constexpr std::size_t kGrowthStep = 64 * kMiB;
// Blocks up to this size come from the heap rather than from an mmap of their own, which the C
// library unmaps on free and the next block of that size faults in again.
constexpr std::size_t kLargestHeapBlock = 256 * kMiB;
constexpr std::uintptr_t kHugePage = 2 * kMiB;
// glibc gives each thread arena one heap of this size, aligned to it (HEAP_MAX_SIZE on 64-bit
// targets), so the heap holding a block is the block's address rounded down.
constexpr std::uintptr_t kThreadHeapSize = 64 * kMiB;

std::atomic<bool> tuned{false};
// The fillers of skip_to_huge_page_boundary: the main heap's and one per thread arena (glibc
// makes at most 8 per core); past the last slot a heap simply keeps its unaligned head.
std::atomic<void*> kept_fillers[64] = {};
std::uintptr_t main_heap_start = 0;

void advise_huge_pages(std::uintptr_t first, std::uintptr_t last) {
    first = (first + kHugePage - 1) & ~(kHugePage - 1);
    last &= ~(kHugePage - 1);
    if (last > first) {
        // Advice only: ignored when huge pages are off, and the heap works the same either way.
        madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
    }
}

// A 2 MiB range becomes one huge page only if nothing in it was touched before the advice. The C
// library writes chunk headers as it goes, so each heap gets a few spoiled ranges: at its start
// (the heap's own bookkeeping), and where a block ended while the heap grew. The allocations
// below keep those ranges away from where a run's data will go.

// Grows the calling thread's heap by `size` bytes of address space (nothing is touched but the
// two headers), keeping it: the trim threshold is above it. volatile: the compiler may drop an
// allocation that nothing reads.
std::uintptr_t grow_heap(std::size_t size) {
    void* volatile block = std::malloc(size);
    const auto at = reinterpret_cast<std::uintptr_t>(block);
    std::free(block);
    return at;
}

// Makes the heap's next blocks start at a huge-page boundary, by occupying (for the life of the
// process, as address space) what lies before it.
void skip_to_huge_page_boundary() {
    const std::uintptr_t top = grow_heap(64 * 1024); // a block this size comes from the top
    const std::uintptr_t boundary = (top + kHugePage - 1) & ~(kHugePage - 1);
    constexpr std::uintptr_t kHeaders = 256; // the filler's and the next block's headers
    if (boundary - top <= kHeaders) {
        return;
    }
    // Kept reachable here, so that leak checkers (valgrind, heaptrack) do not report it.
    for (auto& slot : kept_fillers) {
        void* expected = nullptr;
        if (slot.load() == nullptr) {
            void* filler = std::malloc(boundary - top - kHeaders);
            if (!slot.compare_exchange_strong(expected, filler)) {
                std::free(filler); // another thread took the slot first: try the next one
                continue;
            }
            return;
        }
    }
}

} // namespace

bool tune_heap_for_batch_run() {
    mallopt(M_MMAP_THRESHOLD, static_cast<int>(kLargestHeapBlock));
    mallopt(M_TRIM_THRESHOLD, static_cast<int>(2 * kLargestHeapBlock));
    mallopt(M_TOP_PAD, static_cast<int>(kGrowthStep));
    main_heap_start = reinterpret_cast<std::uintptr_t>(sbrk(0));
    // Half a step, so that the header at its end lies beyond what a typical run uses.
    grow_heap(kGrowthStep / 2);
    advise_huge_pages(main_heap_start, reinterpret_cast<std::uintptr_t>(sbrk(0)));
    skip_to_huge_page_boundary();
    tuned = true;
    batch_run = true;
    return true;
}

void prepare_thread_heap() {
    if (!tuned) {
        return;
    }
    // A thread arena's heap is reserved whole but made writable a few pages at a time, and a
    // huge page needs all of its 2 MiB writable: half the heap becomes writable now.
    const std::uintptr_t block = grow_heap(kThreadHeapSize / 2);
    const auto main_heap_end = reinterpret_cast<std::uintptr_t>(sbrk(0));
    if (block >= main_heap_start && block < main_heap_end) {
        return; // the main arena, advised already
    }
    const std::uintptr_t heap = block & ~(kThreadHeapSize - 1);
    advise_huge_pages(heap, heap + kThreadHeapSize);
    skip_to_huge_page_boundary();
}
#else
bool tune_heap_for_batch_run() {
    batch_run = true;
    return false;
}
void prepare_thread_heap() {}
#endif

} // namespace redraft::system
