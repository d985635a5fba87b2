// Semaphore / BoundedSemaphore and Event.
#include "aio/semaphore.hpp"

#include <gtest/gtest.h>

#include "aio/event.hpp"
#include "aio/gather.hpp"
#include "aio/sleep.hpp"
#include "log.hpp"

namespace {
using aio::Task;
using aiotest::Log;

Task<> job(aio::Semaphore& sem, Log& log, std::string n) {
  co_await sem.acquire();
  log(n + "+");
  co_await aio::sleep(1);
  log(n + "-");
  sem.release();
}
Task<> waiter(aio::Event& ev, Log& log, std::string n) {
  co_await ev.wait();
  log(n + " saw event");
}
// sem = Semaphore(2); gather(job(n) for n in 'abcde')
// ev = Event(); waiters x y z; await sleep(0.1); ev.set()
// b = BoundedSemaphore(1); acquire; release; release -> ValueError
Task<> main_(aio::Loop& loop, Log& log) {
  aio::Semaphore sem(2);
  std::vector<Task<>> jobs;
  for (const char* n : {"a", "b", "c", "d", "e"}) jobs.push_back(job(sem, log, n));
  co_await aio::gather(loop, std::move(jobs));
  aio::Event ev;
  std::vector<aio::FutureView<void>> ts;
  for (const char* n : {"x", "y", "z"}) ts.push_back(loop.create_task(waiter(ev, log, n)));
  co_await aio::sleep(0.1);
  ev.set();
  log(std::string("set=") + (ev.is_set() ? "True" : "False"));
  co_await aio::gather(loop, ts);
  aio::BoundedSemaphore b(1);
  co_await b.acquire();
  (void)b.release();
  auto r = b.release();
  if (!r) log("bounded: " + r.error().message);
}
TEST(Semaphore, LimitsConcurrencyEventWakesAllBoundedChecks) {
  aio::Loop loop(aio::ClockKind::simulated);
  Log log;
  ASSERT_TRUE(loop.run_until_complete(main_(loop, log)).ok());
  EXPECT_EQ(log.text,
            "a+ b+ a- b- c+ d+ c- d- e+ e- set=True x saw event y saw event z saw event "
            "bounded: BoundedSemaphore released too many times");
}

}  // namespace
