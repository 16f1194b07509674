#include <redraft/system/heap.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

namespace {

// The VmFlags line of the mapping in /proc/self/smaps that holds `address`, or "" if none does.
std::string vm_flags_at(const void* address) {
    const auto where = reinterpret_cast<std::uintptr_t>(address);
    std::ifstream smaps("/proc/self/smaps");
    std::string line;
    bool inside = false;
    while (std::getline(smaps, line)) {
        std::uintptr_t first = 0;
        std::uintptr_t last = 0;
        char dash = 0;
        std::istringstream head(line);
        if (head >> std::hex >> first >> dash >> last && dash == '-') {
            inside = where >= first && where < last;
        } else if (inside && line.rfind("VmFlags:", 0) == 0) {
            return line;
        }
    }
    return "";
}

// The heap is tuned for a fresh process: run among other tests (the whole binary at once, not
// through ctest, which runs each test in a process of its own), it has been used already and
// its layout says nothing.
bool shares_the_process() {
    return ::testing::UnitTest::GetInstance()->test_to_run_count() > 1;
}

// Huge-page advice shows as "hg" among a mapping's VmFlags.
bool advised(const void* address) {
    return vm_flags_at(address).find(" hg") != std::string::npos;
}

TEST(Heap, MainAndWorkerHeapsAskForHugePages) {
    if (shares_the_process()) {
        GTEST_SKIP() << "needs a process of its own (ctest runs it so)";
    }
    if (!redraft::system::tune_heap_for_batch_run()) {
        GTEST_SKIP() << "no heap tuning with this C library or under sanitizers";
    }
    // A large block comes from the heap's new growth (small ones may reuse older free space).
    constexpr std::size_t kLarge = std::size_t{8} << 20;
    char* main_block = static_cast<char*>(std::malloc(kLarge));
    EXPECT_TRUE(advised(main_block + kLarge / 2)) << vm_flags_at(main_block + kLarge / 2);
    std::free(main_block);

    bool worker_advised = false;
    std::string worker_flags;
    std::thread worker = redraft::system::spawn([&] {
        auto* block = static_cast<char*>(std::malloc(4096));
        block[0] = 0; // touched, as any block in use is (and read by no one)
        worker_advised = advised(block);
        worker_flags = vm_flags_at(block);
        std::free(block);
    });
    worker.join();
    EXPECT_TRUE(worker_advised) << worker_flags;
}

// Memory just before a 2 MiB boundary has small pages in it (the C library's headers); a run's
// data must start at the boundary, or its first 2 MiB are faulted 4 KiB at a time.
bool near_boundary_below(const void* block) {
    constexpr std::uintptr_t kHugePage = std::uintptr_t{2} << 20;
    const auto offset = reinterpret_cast<std::uintptr_t>(block) % kHugePage;
    return kHugePage - offset <= 4096;
}

TEST(Heap, DataStartsAtAHugePageBoundary) {
    if (shares_the_process()) {
        GTEST_SKIP() << "needs a process of its own (ctest runs it so)";
    }
    if (!redraft::system::tune_heap_for_batch_run()) {
        GTEST_SKIP() << "no heap tuning with this C library or under sanitizers";
    }
    void* main_block = std::malloc(64 * 1024);
    EXPECT_TRUE(near_boundary_below(main_block)) << main_block;
    std::free(main_block);
    void* worker_block = nullptr;
    std::thread worker = redraft::system::spawn([&] {
        worker_block = std::malloc(64 * 1024);
        std::free(worker_block);
    });
    worker.join();
    EXPECT_TRUE(near_boundary_below(worker_block)) << worker_block;
}

TEST(Heap, UntunedProcessLeavesThreadHeapsAlone) {
    // Without tune_heap_for_batch_run (libraries, tests), spawn is a plain thread.
    bool ran = false;
    std::thread worker = redraft::system::spawn([&] { ran = true; });
    worker.join();
    EXPECT_TRUE(ran);
}

} // namespace

namespace {

TEST(Heap, BatchRunRetainsObjectsUntilExit) {
    redraft::system::tune_heap_for_batch_run();
    auto object = std::make_shared<std::string>("analysis");
    const std::weak_ptr<std::string> watch = object;
    redraft::system::retain_until_exit(std::move(object));
    EXPECT_FALSE(watch.expired());
}

TEST(Heap, RetainOutsideABatchRunFreesAtOnce) {
    // A fresh process (the threadsafe style runs the test binary again): no batch run declared.
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_EXIT(
        {
            auto object = std::make_shared<std::string>("analysis");
            const std::weak_ptr<std::string> watch = object;
            redraft::system::retain_until_exit(std::move(object));
            std::exit(watch.expired() ? 0 : 1);
        },
        testing::ExitedWithCode(0), "");
}

} // namespace
