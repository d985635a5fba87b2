// The skeleton loop's contract: timers fire in (deadline, sequence) order and a
// coroutine's wake-up goes through the ready queue.
#include <gtest/gtest.h>

#include <string>

#include "aio/loop.hpp"

namespace {

aio::Detached sleeper(aio::Loop& loop, double s, std::string& log, char tag) {
  co_await aio::sleep{loop, s};
  log += tag;
}

TEST(SkeletonLoop, TimersFireInDeadlineThenSequenceOrder) {
  aio::Loop loop;
  std::string log;
  sleeper(loop, 0.02, log, 'c');
  sleeper(loop, 0.01, log, 'a');
  sleeper(loop, 0.01, log, 'b');
  loop.call_soon([&] { log += '0'; });
  loop.run();
  EXPECT_EQ(log, "0abc");
  EXPECT_GE(loop.time(), 0.02);
}

}  // namespace
