#include <redraft/system/parallel.hpp>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace {

using redraft::system::ParagraphPieces;
using redraft::system::piece_size;
using redraft::system::run_both;
using redraft::system::run_pieces;

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

TEST(RunPieces, TwoThreadsTakeThePiecesInTurnEachOnce) {
    // Two pieces that each wait for the other to begin finish only on two threads at once.
    std::atomic<bool> begun[2] = {false, false};
    std::mutex mutex;
    std::set<std::thread::id> threads;
    run_pieces(2, [&](std::size_t piece) {
        {
            const std::lock_guard<std::mutex> lock(mutex);
            threads.insert(std::this_thread::get_id());
        }
        begun[piece] = true;
        while (!begun[1 - piece]) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    });
    EXPECT_EQ(threads.size(), 2U);

    std::vector<std::atomic<int>> runs(300);
    run_pieces(runs.size(), [&](std::size_t piece) { ++runs[piece]; });
    for (std::size_t piece = 0; piece < runs.size(); ++piece) {
        EXPECT_EQ(runs[piece], 1) << "piece " << piece;
    }
}

TEST(RunPieces, SmallWorkRunsHereInOrder) {
    std::vector<std::size_t> order;
    std::set<std::thread::id> threads;
    run_pieces(
        3,
        [&](std::size_t piece) {
            order.push_back(piece);
            threads.insert(std::this_thread::get_id());
        },
        false);
    EXPECT_EQ(order, (std::vector<std::size_t>{0, 1, 2}));
    EXPECT_EQ(threads, (std::set<std::thread::id>{std::this_thread::get_id()}));
}

TEST(RunPieces, TheLowestNumberedFailureWins) {
    std::atomic<bool> begun[2] = {false, false};
    try {
        run_pieces(2, [&](std::size_t piece) {
            begun[piece] = true;
            while (!begun[1 - piece]) {
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
            throw std::runtime_error("piece " + std::to_string(piece));
        });
        FAIL() << "nothing thrown";
    } catch (const std::runtime_error& e) {
        EXPECT_STREQ(e.what(), "piece 0");
    }
}

TEST(PieceSize, ThirtyTwoPiecesOfAtLeastFourParagraphsFromSixtyFour) {
    EXPECT_EQ(piece_size(0), 1U);
    EXPECT_EQ(piece_size(19), 19U); // the essay: one piece
    EXPECT_EQ(piece_size(63), 63U);
    EXPECT_EQ(piece_size(64), 4U);    // 16 pieces
    EXPECT_EQ(piece_size(128), 4U);   // 32 pieces
    EXPECT_EQ(piece_size(512), 16U);  // 32 pieces
    EXPECT_EQ(piece_size(1117), 35U); // the 1 MB pair: 32 pieces, the last shorter
    EXPECT_EQ(piece_size(11170), 350U);
}

TEST(ParagraphPieces, CoverEveryParagraphOnceInOrder) {
    for (const std::size_t n : {0, 1, 19, 64, 65, 1117, 11170}) {
        const ParagraphPieces pieces{n};
        std::size_t next = 0;
        for (std::size_t p = 0; p < pieces.count(); ++p) {
            EXPECT_EQ(pieces.begin(p), next) << n;
            EXPECT_GT(pieces.end(p), pieces.begin(p)) << n;
            EXPECT_LE(pieces.end(p) - pieces.begin(p), pieces.size) << n;
            next = pieces.end(p);
        }
        EXPECT_EQ(next, n);
    }
    EXPECT_EQ(ParagraphPieces{1117}.count(), 32U); // the last one shorter: 1117 - 31 * 35
    EXPECT_EQ(ParagraphPieces{1117}.end(31), 1117U);
    EXPECT_EQ(ParagraphPieces{19}.count(), 1U);
}

} // namespace
