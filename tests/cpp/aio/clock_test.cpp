// Clocks: virtual time skips idle waits but keeps real elapsed time; real time waits.
#include "aio/clock.hpp"

#include <gtest/gtest.h>

#include "aio/loop.hpp"

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
  aio::Loop loop(aio::ClockKind::virtual_time);
  double fired = -1;
  loop.call_later(0.0101, [&] { fired = loop.time(); });
  loop.run();
  EXPECT_NEAR(loop.clock().skipped(), 0.011, 1e-3);
  EXPECT_GE(fired, 0.0101);
}

}  // namespace
