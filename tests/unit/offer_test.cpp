#include <redraft/system/offer.hpp>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

namespace {

using redraft::system::Offer;

TEST(Offer, WithNobodyTakingBothRunHereInOrder) {
    Offer offer;
    std::vector<int> order;
    std::thread::id second;
    offer.run_offering([&] { order.push_back(1); },
                       [&] {
                           order.push_back(2);
                           second = std::this_thread::get_id();
                       });
    offer.close();
    EXPECT_EQ(order, (std::vector<int>{1, 2}));
    EXPECT_EQ(second, std::this_thread::get_id());
}

TEST(Offer, AWaitingThreadTakesTheSecondWhileTheFirstRuns) {
    Offer offer;
    std::thread::id taker_id;
    std::thread::id second_ran_on;
    std::thread taker([&] {
        taker_id = std::this_thread::get_id();
        offer.take_offers();
    });
    // The first waits until the second has run, which only the taker can do meanwhile: the test
    // would hang (and time out) if the offer were not taken.
    std::atomic<bool> second_done{false};
    offer.run_offering(
        [&] {
            while (!second_done) {
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
        },
        [&] {
            second_ran_on = std::this_thread::get_id();
            second_done = true;
        });
    // A second offer is taken the same way.
    std::atomic<bool> again{false};
    offer.run_offering(
        [&] {
            while (!again) {
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
        },
        [&] { again = true; });
    offer.close();
    taker.join();
    EXPECT_EQ(second_ran_on, taker_id);
    EXPECT_NE(second_ran_on, std::this_thread::get_id());
}

TEST(Offer, RethrowsWhatEitherSideThrew) {
    Offer offer;
    EXPECT_THROW(offer.run_offering([] {}, [] { throw std::runtime_error("second"); }),
                 std::runtime_error);
    bool second_ran = false;
    EXPECT_THROW(
        offer.run_offering([] { throw std::logic_error("first"); }, [&] { second_ran = true; }),
        std::logic_error);
    EXPECT_FALSE(second_ran); // nobody took it, and the first failed: not run at all

    // Thrown on the taker's thread, it comes back to the offering one.
    std::thread taker([&] { offer.take_offers(); });
    std::atomic<bool> thrown{false};
    EXPECT_THROW(offer.run_offering(
                     [&] {
                         while (!thrown) {
                             std::this_thread::sleep_for(std::chrono::milliseconds(1));
                         }
                     },
                     [&] {
                         thrown = true;
                         throw std::runtime_error("on the taker");
                     }),
                 std::runtime_error);
    offer.close();
    taker.join();
}

TEST(Offer, TakeOffersReturnsOnceClosed) {
    Offer offer;
    std::thread taker([&] { offer.take_offers(); });
    offer.close();
    taker.join();        // would hang if take_offers kept waiting
    offer.take_offers(); // closed already: returns at once
}

} // namespace
