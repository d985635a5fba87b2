// Loop: ready-queue order, _run_once semantics, timers, handles, stop, clocks.
#include "aio/loop.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "log.hpp"

namespace {
using aiotest::Log;

TEST(Loop, CallSoonIsFifoAndLaterCallbacksWaitForTheNextIteration) {
  aio::Loop loop(aio::ClockKind::simulated);
  Log log;
  loop.call_soon([&] {
    log("a");
    loop.call_soon([&] { log("c"); });
  });
  loop.call_soon([&] { log("b"); });
  loop.run_once();
  EXPECT_EQ(log.text, "a b");
  loop.run_once();
  EXPECT_EQ(log.text, "a b c");
}

TEST(Loop, TimersFireByDeadlineThenSequenceAfterReadyCallbacks) {
  aio::Loop loop(aio::ClockKind::simulated);
  Log log;
  loop.call_later(0.02, [&] { log("t20"); });
  loop.call_later(0.01, [&] { log("t10a"); });
  loop.call_later(0.01, [&] { log("t10b"); });
  loop.call_at(loop.time() - 1, [&] { log("past"); });
  loop.call_soon([&] { log("soon"); });
  loop.run_once();  // ready callbacks first, then the due timer
  EXPECT_EQ(log.text, "soon past");
  loop.run();
  EXPECT_EQ(log.text, "soon past t10a t10b t20");
  EXPECT_GE(loop.time(), 0.02);
}

TEST(Loop, CancelledHandlesDoNotRunAndCancelledTimersLeaveTheHeap) {
  aio::Loop loop(aio::ClockKind::simulated);
  Log log;
  auto h = loop.call_soon([&] { log("no"); });
  loop.call_soon([&] { log("yes"); });
  h->cancel();
  EXPECT_TRUE(h->cancelled());
  std::vector<aio::Rc<aio::Handle>> timers;
  for (int i = 0; i < 1000; ++i) timers.push_back(loop.call_later(1 + i, [&log, i] { log(std::to_string(i)); }));
  for (int i = 0; i < 1000; ++i)
    if (i != 500) timers[i]->cancel();
  EXPECT_EQ(loop.timer_count(), 1u);
  double before = loop.time();
  loop.run();
  EXPECT_EQ(log.text, "yes 500");
  EXPECT_NEAR(loop.time() - before, 501, 0.5);  // the cancelled ones did not delay the loop
}

TEST(Loop, CancelDropsTheCallbackAtOnce) {
  aio::Loop loop(aio::ClockKind::simulated);
  auto owned = std::make_shared<int>(1);
  auto h = loop.call_later(5, [owned] {});
  EXPECT_EQ(owned.use_count(), 2);
  h->cancel();
  EXPECT_EQ(owned.use_count(), 1);
}

TEST(Loop, StopEndsRunForeverAfterTheCurrentIteration) {
  aio::Loop loop(aio::ClockKind::simulated);
  Log log;
  loop.call_soon([&] {
    log("a");
    loop.stop();
    loop.call_soon([&] { log("c"); });
  });
  loop.call_soon([&] { log("b"); });
  EXPECT_TRUE(loop.run_forever());
  EXPECT_EQ(log.text, "a b");
  EXPECT_FALSE(loop.run_forever());  // runs "c", then nothing is left: would block forever
  EXPECT_EQ(log.text, "a b c");
}

TEST(Loop, RunningLoopIsVisibleFromCallbacksOnly) {
  aio::Loop loop(aio::ClockKind::simulated);
  EXPECT_EQ(aio::Loop::running(), nullptr);
  aio::Loop* seen = nullptr;
  loop.call_soon([&] { seen = aio::Loop::running(); });
  loop.run();
  EXPECT_EQ(seen, &loop);
  EXPECT_EQ(aio::Loop::running(), nullptr);
}

TEST(Loop, DestroyingTheLoopDropsPendingCallbacks) {
  auto owned = std::make_shared<int>(1);
  {
    aio::Loop loop(aio::ClockKind::simulated);
    loop.call_soon([owned] {});
    loop.call_later(1, [owned] {});
    EXPECT_EQ(owned.use_count(), 3);
  }
  EXPECT_EQ(owned.use_count(), 1);
}

}  // namespace
