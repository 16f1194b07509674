#include <redraft/system/offer.hpp>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

namespace {

using redraft::system::Offer;

// Waits until `other` is set: a piece that only finishes once another thread has begun a piece
// too (the test would hang, and time out, if the work were never shared).
void wait_for(const std::atomic<bool>& other) {
    while (!other) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
}

TEST(Offer, WithNobodyTakingEveryPieceRunsHereInOrder) {
    Offer offer;
    std::vector<std::size_t> order;
    std::set<std::thread::id> threads;
    offer.run_pieces(4, [&](std::size_t piece) {
        order.push_back(piece);
        threads.insert(std::this_thread::get_id());
    });
    offer.close();
    EXPECT_EQ(order, (std::vector<std::size_t>{0, 1, 2, 3}));
    EXPECT_EQ(threads, (std::set<std::thread::id>{std::this_thread::get_id()}));
}

TEST(Offer, AWaitingThreadTakesPiecesWhileTheOfferingThreadWorks) {
    Offer offer;
    std::thread taker([&] { offer.take_offers(); });
    // Each of two pieces waits until the other has begun: only two threads at once finish them.
    for (int round = 0; round < 2; ++round) { // a second offer is taken the same way
        std::atomic<bool> begun[2] = {false, false};
        std::mutex mutex;
        std::set<std::thread::id> threads;
        offer.run_pieces(2, [&](std::size_t piece) {
            {
                const std::lock_guard<std::mutex> lock(mutex);
                threads.insert(std::this_thread::get_id());
            }
            begun[piece] = true;
            wait_for(begun[1 - piece]);
        });
        EXPECT_EQ(threads.size(), 2U);
    }
    offer.close();
    taker.join();
}

TEST(Offer, EveryPieceRunsOnceWhoeverTakesIt) {
    Offer offer;
    std::thread taker([&] { offer.take_offers(); });
    std::vector<std::atomic<int>> runs(200);
    offer.run_pieces(runs.size(), [&](std::size_t piece) {
        ++runs[piece];
        std::this_thread::sleep_for(std::chrono::microseconds(50));
    });
    offer.close();
    taker.join();
    for (std::size_t piece = 0; piece < runs.size(); ++piece) {
        EXPECT_EQ(runs[piece], 1) << "piece " << piece;
    }
}

TEST(Offer, RethrowsTheFirstFailureAndBeginsNoPieceAfterIt) {
    Offer offer;
    std::vector<std::size_t> ran;
    try {
        offer.run_pieces(4, [&](std::size_t piece) {
            ran.push_back(piece);
            if (piece >= 1) {
                throw std::runtime_error("piece " + std::to_string(piece));
            }
        });
        FAIL() << "nothing thrown";
    } catch (const std::runtime_error& e) {
        EXPECT_STREQ(e.what(), "piece 1");
    }
    EXPECT_EQ(ran, (std::vector<std::size_t>{0, 1}));

    // Thrown on the taker's thread, it comes back to the offering one.
    std::thread taker([&] { offer.take_offers(); });
    std::atomic<bool> begun[2] = {false, false};
    std::atomic<bool> thrown{false};
    std::atomic<int> threw_elsewhere{0};
    const auto here = std::this_thread::get_id();
    EXPECT_THROW(offer.run_pieces(2,
                                  [&](std::size_t piece) {
                                      begun[piece] = true;
                                      wait_for(begun[1 - piece]);
                                      if (std::this_thread::get_id() != here) {
                                          ++threw_elsewhere;
                                          thrown = true;
                                          throw std::runtime_error("on the taker");
                                      }
                                      wait_for(thrown);
                                  }),
                 std::runtime_error);
    EXPECT_EQ(threw_elsewhere, 1);
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
