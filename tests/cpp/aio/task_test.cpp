// Task / Future / errors as values. Expected logs are CPython 3.11's output for the Python
// quoted above each test.
#include "aio/task.hpp"

#include <gtest/gtest.h>

#include "aio/sleep.hpp"
#include "log.hpp"

namespace {
using aio::Error;
using aio::Task;
using aiotest::Log;

// async def t(name): log(name+'1'); await asyncio.sleep(0); log(name+'2')
// async def main():
//     loop.call_soon(log, 'cb1'); a = create_task(t('a')); loop.call_soon(log, 'cb2')
//     b = create_task(t('b')); await asyncio.sleep(0); log('main')
//     await a; log('after a'); await b; log('end')
Task<> yielder(Log& log, std::string name) {
  log(name + "1");
  co_await aio::sleep(0);
  log(name + "2");
}
Task<> steps_main(aio::Loop& loop, Log& log) {
  loop.call_soon([&] { log("cb1"); });
  auto a = loop.create_task(yielder(log, "a"));
  loop.call_soon([&] { log("cb2"); });
  auto b = loop.create_task(yielder(log, "b"));
  co_await aio::sleep(0);
  log("main");
  co_await a;
  log("after a");
  co_await b;
  log("end");
}
TEST(Task, StepsInterleaveWithCallSoonInCPythonOrder) {
  aio::Loop loop(aio::ClockKind::simulated);
  Log log;
  ASSERT_TRUE(loop.run_until_complete(steps_main(loop, log)).ok());
  EXPECT_EQ(log.text, "cb1 a1 cb2 b1 main a2 b2 after a end");
}

// c = create_task(child()); c.add_done_callback(cb-a); c.add_done_callback(cb-b)
// loop.call_soon(tick, 0)   # tick re-schedules itself 4 times
// r = await c; log(f'got{r}')
Task<int> child(Log& log) {
  log("child");
  co_return 5;
}
Task<> callbacks_main(aio::Loop& loop, Log& log) {
  auto c = loop.create_task(child(log));
  c->on_done([&](aio::FutureBase&) { log("cb-a"); });
  c->on_done([&](aio::FutureBase&) { log("cb-b"); });
  struct Tick {
    aio::Loop& loop;
    Log& log;
    void operator()(int n) const {
      log("tick" + std::to_string(n));
      if (n < 4) loop.call_soon([self = *this, n] { self(n + 1); });
    }
  } tick{loop, log};
  loop.call_soon([tick] { tick(0); });
  int r = co_await c;
  log("got" + std::to_string(r));
}
TEST(Task, CompletionSchedulesDoneCallbacksInOrderAndWakesTheAwaiterOneIterationLater) {
  aio::Loop loop(aio::ClockKind::simulated);
  Log log;
  ASSERT_TRUE(loop.run_until_complete(callbacks_main(loop, log)).ok());
  loop.run();
  EXPECT_EQ(log.text, "child tick0 cb-a cb-b got5 tick1 tick2 tick3 tick4");
}

// sleeper: try: await sleep(10) except CancelledError as e: log(caught); await sleep(0);
//          log('cleanup'); raise
// main: t.cancel("stop!"), cancelling(), t.cancel(), cancelling(), await t (catch),
//       cancelled(), uncancel()
Task<> sleeper(Log& log) {
  auto r = co_await aio::settle(aio::sleep(10));
  if (!r) {
    log("caught:" + r.error().message);
    co_await aio::sleep(0);
    log("cleanup");
    co_await aio::fail(r.take_error());
  }
}
Task<> cancel_main(aio::Loop& loop, Log& log) {
  auto t = loop.create_task(sleeper(log));
  co_await aio::sleep(0);
  log(std::string("cancel:") + (t->cancel("stop!") ? "True" : "False"));
  log("cancelling:" + std::to_string(t->cancelling()));
  log(std::string("cancel2:") + (t->cancel() ? "True" : "False"));
  log("cancelling:" + std::to_string(t->cancelling()));
  auto r = co_await aio::settle(t);
  if (!r && r.error().is_cancelled()) log("main caught:" + r.error().message);
  log(std::string("cancelled:") + (t->cancelled() ? "True" : "False") + " uncancel:" +
      std::to_string(t->uncancel()));
}
TEST(Task, CancellationArrivesInSleepWithItsMessage) {
  aio::Loop loop(aio::ClockKind::simulated);
  Log log;
  ASSERT_TRUE(loop.run_until_complete(cancel_main(loop, log)).ok());
  EXPECT_EQ(log.text,
            "cancel:True cancelling:1 cancel2:True cancelling:2 caught:stop! cleanup main caught:stop! "
            "cancelled:True uncancel:1");
  EXPECT_LT(loop.time(), 1);  // the 10 s sleep was cut short
}

// t = create_task(never()); t.cancel(); await sleep(0)  -> never runs, cancelled
// stubborn: try: await sleep(1) except CancelledError: log('refuse'); return 42
Task<> never(Log& log) {
  log("never runs");
  co_return;
}
Task<int> stubborn(Log& log) {
  auto r = co_await aio::settle(aio::sleep(1));
  if (!r) log("refuse");
  co_return 42;
}
Task<> refuse_main(aio::Loop& loop, Log& log) {
  auto t = loop.create_task(never(log));
  t->cancel();
  co_await aio::sleep(0);
  log(std::string("never cancelled:") + (t->cancelled() ? "True" : "False"));
  auto s = loop.create_task(stubborn(log));
  co_await aio::sleep(0);
  s->cancel();
  int r = co_await s;
  log("stubborn:" + std::to_string(r) + (s->cancelled() ? " True" : " False"));
}
TEST(Task, CancelBeforeTheFirstStepAndACancellationThatIsRefused) {
  aio::Loop loop(aio::ClockKind::simulated);
  Log log;
  ASSERT_TRUE(loop.run_until_complete(refuse_main(loop, log)).ok());
  EXPECT_EQ(log.text, "never cancelled:True refuse stubborn:42 False");
}

// RAII runs, innermost first, when an error unwinds frames; settle() stops it.
struct Guard {
  Log& log;
  std::string name;
  ~Guard() { log("~" + name); }
};
Task<int> thrower(Log& log) {
  Guard g{log, "thrower"};
  co_await aio::sleep(0.5);
  co_return Error::runtime("boom");
}
Task<int> middle(Log& log) {
  Guard g{log, "middle"};
  int v = co_await thrower(log);
  log("unreachable");
  co_return v;
}
Task<int> top(Log& log) {
  Guard g{log, "top"};
  auto r = co_await aio::settle(middle(log));
  log(r ? "value" : "error:" + r.error().message);
  int again = co_await middle(log);  // this one propagates to the task
  co_return again;
}
TEST(Task, ErrorsUnwindFramesRunningRaiiUntilSettle) {
  aio::Loop loop(aio::ClockKind::simulated);
  Log log;
  auto t = loop.create_task(top(log));
  auto r = loop.run_until_complete(t);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, aio::ErrorKind::runtime);
  EXPECT_EQ(r.error().message, "boom");
  EXPECT_FALSE(t->cancelled());
  EXPECT_EQ(log.text, "~thrower ~middle error:boom ~thrower ~middle ~top");
}

// Awaiting a failed task propagates its error into the awaiting task.
Task<int> failing() {
  co_await aio::sleep(0);
  co_await aio::fail(Error::runtime("bad"));
  co_return 0;
}
Task<int> awaits_failing(aio::Loop& loop) {
  auto t = loop.create_task(failing());
  int v = co_await t;
  co_return v + 1;
}
TEST(Task, AwaitingAFailedTaskPropagates) {
  aio::Loop loop(aio::ClockKind::simulated);
  auto r = loop.run_until_complete(awaits_failing(loop));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "bad");
}

TEST(Task, NamesAndCurrentTask) {
  aio::TaskBase::reset_names();
  aio::Loop loop(aio::ClockKind::simulated);
  aio::TaskBase* seen = nullptr;
  auto body = [&]() -> Task<> {
    seen = aio::current_task();
    co_return;
  };
  auto a = loop.create_task(body());
  auto b = loop.create_task(body(), "worker");
  EXPECT_EQ(a->name(), "Task-1");
  EXPECT_EQ(b->name(), "worker");
  EXPECT_EQ(loop.all_tasks().size(), 2u);
  loop.run();
  EXPECT_EQ(seen, b.get());
  EXPECT_EQ(loop.current_task(), nullptr);
  EXPECT_TRUE(loop.all_tasks().empty());
}

Task<> waits_forever(aio::Future<> f, Log& log) {
  Guard g{log, "waiter"};
  co_await f;
}
TEST(Task, DestroyingTheLoopDestroysUnfinishedTaskFrames) {
  Log log;
  {
    aio::Loop loop(aio::ClockKind::simulated);
    aio::Future<> f(loop);
    loop.create_task(waits_forever(f, log));
    EXPECT_FALSE(loop.run_forever());  // nothing can complete f: would block forever
    EXPECT_EQ(log.text, "");
  }
  EXPECT_EQ(log.text, "~waiter");
}

// A chain of frames 1,000,000 deep (each awaiting the next inline) and a chain of
// 1,000,000 tasks each awaiting the next spawned one: neither grows the C++ stack.
Task<long> deep(long n) {
  if (n == 0) {
    co_await aio::sleep(0);
    co_return 0;
  }
  long v = co_await deep(n - 1);
  co_return v + 1;
}
TEST(Stress, MillionFramesDeep) {
  aio::Loop loop(aio::ClockKind::simulated);
  auto r = loop.run_until_complete(deep(1000000));
  EXPECT_EQ(r.value(), 1000000);
}

Task<long> link(aio::Loop& loop, long n) {
  if (n == 0) co_return 0;
  auto next = loop.create_task(link(loop, n - 1));
  long v = co_await next;
  co_return v + 1;
}
TEST(Stress, MillionTasksEachAwaitingTheNext) {
  aio::Loop loop(aio::ClockKind::simulated);
  auto r = loop.run_until_complete(link(loop, 1000000));
  EXPECT_EQ(r.value(), 1000000);
}

Task<> nap(long& done) {
  co_await aio::sleep(1);
  ++done;
}
TEST(Stress, MillionConcurrentSleepers) {
  aio::Loop loop(aio::ClockKind::simulated);
  long done = 0;
  for (int i = 0; i < 1000000; ++i) loop.create_task(nap(done));
  loop.run();
  EXPECT_EQ(done, 1000000);
}

// Errors unwinding through a million frames destroy them iteratively too.
Task<long> deep_fail(long n) {
  if (n == 0) {
    co_await aio::sleep(0);
    co_return Error::runtime("bottom");
  }
  long v = co_await deep_fail(n - 1);
  co_return v + 1;
}
TEST(Stress, MillionFramesUnwound) {
  aio::Loop loop(aio::ClockKind::simulated);
  auto r = loop.run_until_complete(deep_fail(1000000));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "bottom");
}

}  // namespace
