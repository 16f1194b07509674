#include <redraft/system/heap.hpp>

#include <atomic>
#include <cstdint>
#include <cstdlib>

#if defined(__GLIBC__) && defined(__linux__) && defined(__x86_64__) &&                             \
    !defined(__SANITIZE_ADDRESS__)
#define REDRAFT_TUNE_HEAP 1
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace redraft::system {

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
std::uintptr_t main_heap_start = 0;

void advise_huge_pages(std::uintptr_t first, std::uintptr_t last) {
    first = (first + kHugePage - 1) & ~(kHugePage - 1);
    last &= ~(kHugePage - 1);
    if (last > first) {
        // Advice only: ignored when huge pages are off, and the heap works the same either way.
        madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
    }
}

} // namespace

bool tune_heap_for_batch_run() {
    mallopt(M_MMAP_THRESHOLD, static_cast<int>(kLargestHeapBlock));
    mallopt(M_TRIM_THRESHOLD, static_cast<int>(2 * kLargestHeapBlock));
    mallopt(M_TOP_PAD, static_cast<int>(kGrowthStep));
    main_heap_start = reinterpret_cast<std::uintptr_t>(sbrk(0));
    // volatile: the compiler may drop an allocation that nothing reads. This one makes the heap
    // grow by one step now, so that the advice covers it.
    void* volatile probe = std::malloc(kMiB);
    const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
    std::free(probe);
    advise_huge_pages(main_heap_start, end);
    tuned = true;
    return true;
}

void prepare_thread_heap() {
    if (!tuned) {
        return;
    }
    void* volatile probe = std::malloc(1); // attaches the thread to its arena
    const auto block = reinterpret_cast<std::uintptr_t>(probe);
    std::free(probe);
    const auto main_heap_end = reinterpret_cast<std::uintptr_t>(sbrk(0));
    if (block >= main_heap_start && block < main_heap_end) {
        return; // the main arena, advised already
    }
    const std::uintptr_t heap = block & ~(kThreadHeapSize - 1);
    advise_huge_pages(heap, heap + kThreadHeapSize);
}
#else
bool tune_heap_for_batch_run() {
    return false;
}
void prepare_thread_heap() {}
#endif

} // namespace redraft::system
