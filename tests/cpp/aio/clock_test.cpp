// Clocks: virtual time skips idle waits but keeps real elapsed time; simulated time is
// only the skipped waits; real time waits.
#include "aio/clock.hpp"

#include <gtest/gtest.h>

#include <chrono>

#include "aio/loop.hpp"
#include "log.hpp"

namespace {

TEST(Clock, VirtualTimeSkipsIdleWaitsButKeepsRealElapsedTime) {
  aio::Loop loop(aio::ClockKind::virtual_time);
  double fired = -1;
  loop.call_later(3600, [&] { fired = loop.time(); });
  loop.run();
  EXPECT_GE(fired, 3600);
  EXPECT_LT(fired, 3601);
  EXPECT_NEAR(loop.clock().skipped(), 3600, 0.5);
  double t0 = loop.time();
  while (loop.time() - t0 < 0.002) {
  }  // busy code still sees time pass
  EXPECT_GE(loop.time() - t0, 0.002);
}

// Busy-waits `seconds` of real time: a step stalled by the machine.
void stall(double seconds) {
  auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (std::chrono::steady_clock::now() < until) {
  }
}

// Two call_later(1) 2 ms of real time apart: under the virtual clock the stall is in the
// second deadline (whether both then fire in one iteration depends on the rounding of
// the wait, hence on when the loop looks); under the simulated clock the deadlines are
// equal and both fire in the first iteration, in order.
TEST(Clock, SimulatedTimeIsOnlyTheSkippedWaits) {
  for (auto kind : {aio::ClockKind::virtual_time, aio::ClockKind::simulated}) {
    aio::Loop loop(kind);
    aiotest::Log log;
    auto a = loop.call_later(1, [&] { log("a"); });
    stall(0.002);
    auto b = loop.call_later(1, [&] { log("b"); });
    if (kind == aio::ClockKind::virtual_time) {
      EXPECT_GE(b->when() - a->when(), 0.002);
      continue;
    }
    EXPECT_EQ(a->when(), b->when());
    loop.run_once();
    EXPECT_EQ(log.text, "a b");
    EXPECT_EQ(loop.time(), 1.0);
    EXPECT_EQ(loop.clock().skipped(), 1.0);
  }
}

TEST(Clock, RealTimeReallyWaits) {
  aio::Loop loop(aio::ClockKind::real);
  double fired = -1;
  loop.call_later(0.02, [&] { fired = loop.time(); });
  loop.run();
  EXPECT_GE(fired, 0.02);
  EXPECT_EQ(loop.clock().skipped(), 0);
}

// Short waits (under the browser's 4 ms setTimeout clamp, in wasm) are never cut short.
TEST(Clock, ShortRealWaitsLastAtLeastTheirTime) {
  aio::Clock clock(aio::ClockKind::real);
  for (double wait : {0.0005, 0.001, 0.002, 0.0035, 0.006}) {
    double t0 = clock.now();
    clock.idle(wait);
    EXPECT_GE(clock.now() - t0, wait) << wait;
  }
}

TEST(Clock, IdleWaitsAreRoundedUpToWholeMillisecondsAsAsyncioDoes) {
  aio::Loop loop(aio::ClockKind::simulated);
  double fired = -1;
  loop.call_later(0.0101, [&] { fired = loop.time(); });
  loop.run();
  EXPECT_DOUBLE_EQ(loop.clock().skipped(), 0.011);
  EXPECT_DOUBLE_EQ(fired, 0.011);
}

}  // namespace
