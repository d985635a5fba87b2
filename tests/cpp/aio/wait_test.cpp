// wait (FIRST_COMPLETED / timeout / FIRST_EXCEPTION) and as_completed (order, timeout).
#include "aio/wait.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "aio/sleep.hpp"
#include "log.hpp"

namespace {
using aio::Task;
using aiotest::Log;

Task<std::string> w(std::string name, double d, bool fail = false) {
  co_await aio::sleep(d);
  if (fail) co_return aio::Error::value(name);
  co_return name;
}
// ts = [a(1), b(2), c(3, fails)]
// done, pending = await wait(ts, return_when=FIRST_COMPLETED)  -> ['a'], 2
// done, pending = await wait(ts, timeout=0.5)                  -> 1, 2
// done, pending = await wait(ts, return_when=FIRST_EXCEPTION)  -> 3, 0
// for f in as_completed([x(3), y(1), z(2)]): log(await f)       -> y z x
// try: for f in as_completed([p(1), q(5)], timeout=2): log(await f)
// except TimeoutError: log('as_completed timeout')
Task<> main_(aio::Loop& loop, Log& log) {
  std::vector<aio::FutureView<std::string>> ts{loop.create_task(w("a", 1)), loop.create_task(w("b", 2)),
                                               loop.create_task(w("c", 3, true))};
  auto r = co_await aio::wait(ts, std::nullopt, aio::ReturnWhen::first_completed);
  log("first: " + r.done[0].result().value() + " pending=" + std::to_string(r.pending.size()));
  r = co_await aio::wait(ts, 0.5);
  log("timeout: done=" + std::to_string(r.done.size()) + " pending=" + std::to_string(r.pending.size()));
  r = co_await aio::wait(ts, std::nullopt, aio::ReturnWhen::first_exception);
  log("exc: done=" + std::to_string(r.done.size()) + " pending=" + std::to_string(r.pending.size()));
  {
    aio::AsCompleted<std::string> ac({loop.create_task(w("x", 3)), loop.create_task(w("y", 1)),
                                      loop.create_task(w("z", 2))});
    for (std::size_t i = 0; i < ac.size(); ++i) log(co_await ac.next());
  }
  auto q = loop.create_task(w("q", 5));
  {
    aio::AsCompleted<std::string> ac({loop.create_task(w("p", 1)), q}, 2);
    for (std::size_t i = 0; i < ac.size(); ++i) {
      auto one = co_await aio::settle(ac.next());
      if (!one) {
        if (one.error().kind == aio::ErrorKind::timeout) log("as_completed timeout");
        break;
      }
      log(one.value());
    }
  }
  q->cancel();
}
TEST(Wait, ReturnWhenTimeoutAndAsCompleted) {
  aio::Loop loop(aio::ClockKind::simulated);
  Log log;
  auto r = loop.run_until_complete(main_(loop, log));
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(log.text, "first: a pending=2 timeout: done=1 pending=2 exc: done=3 pending=0 y z x p as_completed timeout");
}

Task<> empty_wait() { co_await aio::wait(std::vector<aio::FutureView<int>>{}); }
TEST(Wait, EmptySetIsAValueError) {
  aio::Loop loop(aio::ClockKind::simulated);
  auto r = loop.run_until_complete(empty_wait());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, aio::ErrorKind::value);
}

}  // namespace
