#include "cli/heap.hpp"

#include <cstdint>
#include <cstdlib>

#if defined(__GLIBC__) && defined(__linux__) && !defined(__SANITIZE_ADDRESS__)
#define REDRAFT_TUNE_HEAP 1
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace redraft::cli {

#ifdef REDRAFT_TUNE_HEAP
namespace {

constexpr std::size_t kMiB = std::size_t{1} << 20;
// The heap grows by this much at a time, and keeps what it freed: one large step instead of a
// brk call (and a fresh set of faults) for every few hundred kilobytes.
constexpr std::size_t kGrowthStep = 64 * kMiB;
// Blocks up to this size come from the heap rather than from their own mmap, which the C library
// would unmap on free and fault in again on the next allocation of the same size.
constexpr std::size_t kLargestHeapBlock = 256 * kMiB;
constexpr std::uintptr_t kHugePage = 2 * kMiB;

} // namespace

void prepare_heap() {
    mallopt(M_ARENA_MAX, 1);
    mallopt(M_MMAP_THRESHOLD, static_cast<int>(kLargestHeapBlock));
    mallopt(M_TRIM_THRESHOLD, static_cast<int>(2 * kLargestHeapBlock));
    mallopt(M_TOP_PAD, static_cast<int>(kGrowthStep));
    // Grow the heap once now, then ask for transparent huge pages over the new part, so that
    // each 2 MiB of it costs one fault instead of 512. The kernel ignores the advice when huge
    // pages are off; the heap works the same either way.
    auto* before = static_cast<char*>(sbrk(0));
    // volatile: the compiler may otherwise drop an allocation that nothing reads.
    void* volatile probe = std::malloc(kMiB);
    auto* after = static_cast<char*>(sbrk(0));
    std::free(probe);
    auto first = (reinterpret_cast<std::uintptr_t>(before) + kHugePage - 1) & ~(kHugePage - 1);
    auto last = reinterpret_cast<std::uintptr_t>(after) & ~(kHugePage - 1);
    if (last > first) {
        madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
    }
}
#else
void prepare_heap() {}
#endif

} // namespace redraft::cli
