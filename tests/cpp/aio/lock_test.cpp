// Lock: FIFO hand-over, cancellation of a waiter in acquire(), CPython's fairness.
#include "aio/lock.hpp"

#include <gtest/gtest.h>

#include "aio/gather.hpp"
#include "aio/sleep.hpp"
#include "log.hpp"

namespace {
using aio::Task;
using aiotest::Log;

// async def user(lock, name, hold):
//     try: async with lock: log(f'{name} in'); await sleep(hold); log(f'{name} out')
//     except CancelledError: log(f'{name} cancelled'); raise
Task<> user(aio::Lock& lock, Log& log, std::string name, double hold) {
  auto g = co_await aio::settle(lock.hold());
  if (!g) {
    log(name + " cancelled");
    co_await aio::fail(g.take_error());
  }
  log(name + " in");
  co_await aio::sleep(hold);
  log(name + " out");
}
Task<> waiter(aio::Lock& lock, Log& log, std::string who) {
  co_await lock.acquire();
  log(who + " got it");
  (void)lock.release();
}
// ts = [user(lock, n, 1) for n in 'abcd']; await sleep(0.5); ts[2].cancel(); gather(...)
// lock2 held; t = waiter(); await sleep(0); lock2.release(); t2 = newcomer(); gather(t, t2)
Task<> main_(aio::Loop& loop, Log& log) {
  aio::Lock lock;
  std::vector<aio::FutureView<void>> ts;
  for (const char* n : {"a", "b", "c", "d"}) ts.push_back(loop.create_task(user(lock, log, n, 1)));
  co_await aio::sleep(0.5);
  ts[2]->cancel();
  co_await aio::gather(loop, ts, true);
  aio::Lock lock2;
  co_await lock2.acquire();
  auto t = loop.create_task(waiter(lock2, log, "waiter"));
  co_await aio::sleep(0);
  (void)lock2.release();
  auto t2 = loop.create_task(waiter(lock2, log, "newcomer"));
  std::vector<aio::FutureView<void>> both{t, t2};
  co_await aio::gather(loop, both);
  log(std::string("locked=") + (lock2.locked() ? "True" : "False"));
}
TEST(Lock, FifoCancellationAndFairness) {
  aio::Loop loop(aio::ClockKind::simulated);
  Log log;
  ASSERT_TRUE(loop.run_until_complete(main_(loop, log)).ok());
  EXPECT_EQ(log.text,
            "a in c cancelled a out b in b out d in d out waiter got it newcomer got it locked=False");
}

TEST(Lock, ReleasingAnUnlockedLockIsAnError) {
  aio::Lock lock;
  EXPECT_FALSE(lock.release().ok());
}

}  // namespace
