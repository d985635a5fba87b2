// wait_for: completion, timeout, the timeout-vs-completion tie, timeout 0 and none.
#include "aio/wait_for.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "aio/sleep.hpp"
#include "log.hpp"

namespace {
using aio::Task;
using aiotest::Log;

// async def w(name, d):
//     try: await sleep(d); log(f'{name} done'); return name
//     except CancelledError: log(f'{name} cancelled'); raise
Task<std::string> w(Log& log, std::string name, double d) {
  auto r = co_await aio::settle(aio::sleep(d));
  if (!r) {
    log(name + " cancelled");
    co_await aio::fail(r.take_error());
  }
  log(name + " done");
  co_return name;
}
// log(await wait_for(w('fast',1), 2))
// try: await wait_for(w('slow',3), 1) except TimeoutError: log(f'timeout at ...')
// try: log(await wait_for(w('tie',1), 1)) except TimeoutError: log('tie timeout')
// try: await wait_for(w('zero',1), 0) except TimeoutError: log('zero timeout')
// log(await wait_for(w('none',1), None))
Task<> main_(aio::Loop& loop, Log& log) {
  double t0 = loop.time();
  log(co_await aio::wait_for(w(log, "fast", 1), 2));
  auto slow = co_await aio::settle(aio::wait_for(w(log, "slow", 3), 1));
  if (!slow && slow.error().kind == aio::ErrorKind::timeout)
    log("timeout at " + std::to_string(std::lround(loop.time() - t0)));
  auto tie = co_await aio::settle(aio::wait_for(w(log, "tie", 1), 1));
  log(tie ? tie.value() : tie.error().kind == aio::ErrorKind::timeout ? "tie timeout" : "?");
  auto zero = co_await aio::settle(aio::wait_for(w(log, "zero", 1), 0));
  if (!zero && zero.error().kind == aio::ErrorKind::timeout) log("zero timeout");
  log(co_await aio::wait_for(w(log, "none", 1), std::nullopt));
}
TEST(WaitFor, TimeoutVersusCompletion) {
  aio::Loop loop(aio::ClockKind::simulated);
  Log log;
  ASSERT_TRUE(loop.run_until_complete(main_(loop, log)).ok());
  EXPECT_EQ(log.text,
            "fast done fast slow cancelled timeout at 2 tie cancelled tie timeout zero timeout none done none");
}

// A task that was already done wins over a zero timeout; cancelling the waiter cancels
// the inner task.
Task<int> quick() { co_return 3; }
Task<> outer_cancelled(aio::Loop& loop, Log& log) {
  auto inner = loop.create_task(w(log, "inner", 5));
  auto waiter = loop.create_task(aio::wait_for(inner, 10));
  co_await aio::sleep(1);
  waiter->cancel();
  auto r = co_await aio::settle(waiter);
  log(std::string("waiter ") + (waiter->cancelled() ? "cancelled" : "?") + " inner " +
      (inner->cancelled() ? "cancelled" : "?"));
  auto done = loop.create_task(quick());
  co_await aio::sleep(0);
  log("zero on done: " + std::to_string(co_await aio::wait_for(done, 0)));
  (void)r;
}
TEST(WaitFor, CancellingTheWaitCancelsTheTask) {
  aio::Loop loop(aio::ClockKind::simulated);
  Log log;
  ASSERT_TRUE(loop.run_until_complete(outer_cancelled(loop, log)).ok());
  EXPECT_EQ(log.text, "inner cancelled waiter cancelled inner cancelled zero on done: 3");
}

}  // namespace
