#include <redraft/system/parallel.hpp>

#include <gtest/gtest.h>

#include <stdexcept>
#include <thread>

namespace {

using redraft::system::run_both;

TEST(RunBoth, RunsBothOnTwoThreads) {
    std::thread::id first, second;
    run_both([&] { first = std::this_thread::get_id(); },
             [&] { second = std::this_thread::get_id(); });
    EXPECT_EQ(first, std::this_thread::get_id());
    EXPECT_NE(second, std::thread::id{});
    EXPECT_NE(second, first);
}

TEST(RunBoth, SmallWorkRunsHereInOrder) {
    std::vector<int> order;
    std::thread::id second;
    run_both([&] { order.push_back(1); },
             [&] {
                 order.push_back(2);
                 second = std::this_thread::get_id();
             },
             false);
    EXPECT_EQ(order, (std::vector<int>{1, 2}));
    EXPECT_EQ(second, std::this_thread::get_id());
}

TEST(RunBoth, RethrowsWhatEitherSideThrew) {
    bool first_ran = false;
    EXPECT_THROW(run_both([&] { first_ran = true; }, [] { throw std::runtime_error("second"); }),
                 std::runtime_error);
    EXPECT_TRUE(first_ran);
    bool second_ran = false;
    EXPECT_THROW(run_both([] { throw std::logic_error("first"); }, [&] { second_ran = true; }),
                 std::logic_error);
    EXPECT_TRUE(second_ran); // the helper thread is joined, never left running
}

TEST(RunBoth, TheFirstSidesErrorWinsWhenBothThrow) {
    try {
        run_both([] { throw std::logic_error("first"); },
                 [] { throw std::runtime_error("second"); });
        FAIL() << "nothing thrown";
    } catch (const std::logic_error& e) {
        EXPECT_STREQ(e.what(), "first");
    }
}

} // namespace
