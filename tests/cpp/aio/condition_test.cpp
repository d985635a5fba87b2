// Condition: notify(n) wakes waiters in order, notify_all, cancellation re-acquires the
// lock before raising, wait_for(predicate).
#include "aio/condition.hpp"

#include <gtest/gtest.h>

#include "aio/gather.hpp"
#include "aio/sleep.hpp"
#include "log.hpp"

namespace {
using aio::Task;
using aiotest::Log;

Task<> consumer(aio::Condition& cond, Log& log, std::string name) {
  auto g = co_await cond.hold();
  log(name + " waits");
  co_await cond.wait();
  log(name + " woke");
}
Task<> victim(aio::Condition& cond, Log& log) {
  auto g = co_await cond.hold();
  auto r = co_await aio::settle(cond.wait());
  if (!r) {
    log(std::string("victim cancelled, locked=") + (cond.locked() ? "True" : "False"));
    co_await aio::fail(r.take_error());
  }
}
Task<> pred_waiter(aio::Condition& cond, Log& log, std::vector<int>& items) {
  auto g = co_await cond.hold();
  co_await cond.wait_for([&] { return items.size() >= 2; });
  log("items=" + std::to_string(items.size()));
}
// The Python is in the test's expected string order: consumers a b c; notify(2);
// notify_all; a victim cancelled in wait(); a wait_for(len(items) >= 2).
Task<> main_(aio::Loop& loop, Log& log) {
  aio::Condition cond;
  std::vector<aio::FutureView<void>> ts;
  for (const char* n : {"a", "b", "c"}) ts.push_back(loop.create_task(consumer(cond, log, n)));
  co_await aio::sleep(0);
  {
    auto g = co_await cond.hold();
    (void)cond.notify(2);
    log("notified 2");
  }
  co_await aio::sleep(0.1);
  {
    auto g = co_await cond.hold();
    (void)cond.notify_all();
    log("notified all");
  }
  co_await aio::gather(loop, ts);
  auto v = loop.create_task(victim(cond, log));
  co_await aio::sleep(0);
  {
    auto g = co_await cond.hold();
    v->cancel();
    co_await aio::sleep(0);
    log("holder still holds");
  }
  auto vr = co_await aio::settle(v);
  if (!vr) log("victim done");
  std::vector<int> items;
  auto p = loop.create_task(pred_waiter(cond, log, items));
  for (int i = 0; i < 3; ++i) {
    co_await aio::sleep(0.1);
    auto g = co_await cond.hold();
    items.push_back(i);
    (void)cond.notify_all();
  }
  co_await p;
}
TEST(Condition, NotifyOrderCancellationAndPredicate) {
  aio::Loop loop(aio::ClockKind::simulated);
  Log log;
  auto r = loop.run_until_complete(main_(loop, log));
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(log.text,
            "a waits b waits c waits notified 2 a woke b woke notified all c woke holder still holds "
            "victim cancelled, locked=True victim done items=2");
}

TEST(Condition, NotifyWithoutTheLockIsAnError) {
  aio::Condition cond;
  EXPECT_FALSE(cond.notify().ok());
}

}  // namespace
