// shield: cancelling the outer future leaves the inner task running.
#include "aio/shield.hpp"

#include <gtest/gtest.h>

#include "aio/sleep.hpp"
#include "log.hpp"

namespace {
using aio::Task;
using aiotest::Log;

// inner = create_task(w()); outer = shield(inner); await sleep(0.5); outer.cancel()
// try: await outer except CancelledError: log(...); log(f'inner result {await inner}')
Task<int> w(Log& log) {
  co_await aio::sleep(1);
  log("inner done");
  co_return 7;
}
Task<> main_(aio::Loop& loop, Log& log) {
  auto inner = loop.create_task(w(log));
  auto outer = aio::shield<int>(inner);
  co_await aio::sleep(0.5);
  outer->cancel();
  auto r = co_await aio::settle(outer);
  if (!r && r.error().is_cancelled())
    log(std::string("outer cancelled inner.done=") + (inner->done() ? "True" : "False"));
  log("inner result " + std::to_string(co_await inner));
}
TEST(Shield, OuterCancellationDoesNotReachTheInnerTask) {
  aio::Loop loop(aio::ClockKind::simulated);
  Log log;
  ASSERT_TRUE(loop.run_until_complete(main_(loop, log)).ok());
  EXPECT_EQ(log.text, "outer cancelled inner.done=False inner done inner result 7");
}

Task<int> value() { co_return 1; }
Task<> outcome(aio::Loop& loop, Log& log) {
  auto inner = loop.create_task(value());
  auto outer = aio::shield<int>(inner);
  log(std::to_string(co_await outer));
}
TEST(Shield, OuterMirrorsTheResult) {
  aio::Loop loop(aio::ClockKind::simulated);
  Log log;
  ASSERT_TRUE(loop.run_until_complete(outcome(loop, log)).ok());
  EXPECT_EQ(log.text, "1");
}

}  // namespace
