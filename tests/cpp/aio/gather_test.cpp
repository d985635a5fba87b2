// gather: result order, return_exceptions, first error, cancelling the gather or a child,
// duplicate children. Expected logs: CPython 3.11 running the Python quoted per test.
#include "aio/gather.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "aio/sleep.hpp"
#include "log.hpp"

namespace {
using aio::Error;
using aio::Task;
using aiotest::Log;

// async def w(name, d, fail=False):
//     log(f'{name}+'); await sleep(d)
//     if fail: raise RuntimeError(name)
//     log(f'{name}-'); return name
Task<std::string> w(Log& log, std::string name, double d, bool fail = false) {
  log(name + "+");
  co_await aio::sleep(d);
  if (fail) co_return Error::runtime(name);
  log(name + "-");
  co_return name;
}
std::string join(const aio::Gathered<std::string>& rs) {
  std::string out;
  for (auto& r : rs) out += (out.empty() ? "" : ",") + (r ? r.value() : "E:" + r.error().message);
  return out;
}
// r = await gather(w('a',2), w('b',1), w('c',3)); log('r=' + ','.join(r))
// r = await gather(w('d',1), w('e',0.5,True), return_exceptions=True)
// try: await gather(w('f',1), w('g',0.5,True)) except RuntimeError as e: log(f'raised:{e}')
// await sleep(1); log(t)
Task<> gather_main(aio::Loop& loop, Log& log) {
  double t0 = loop.time();
  auto r = co_await aio::gather(loop, w(log, "a", 2), w(log, "b", 1), w(log, "c", 3));
  log("r=" + join(r));
  std::vector<Task<std::string>> two;
  two.push_back(w(log, "d", 1));
  two.push_back(w(log, "e", 0.5, true));
  auto r2 = co_await aio::gather(loop, std::move(two), true);
  log("r2=" + join(r2));
  auto r3 = co_await aio::settle(aio::gather(loop, w(log, "f", 1), w(log, "g", 0.5, true)));
  if (!r3) log("raised:" + r3.error().message);
  co_await aio::sleep(1);
  char t[32];
  std::snprintf(t, sizeof t, "t=%.1f", loop.time() - t0);  // CPython: t=5.505
  log(t);
}
TEST(Gather, OrderReturnExceptionsAndFirstError) {
  aio::Loop loop(aio::ClockKind::simulated);
  Log log;
  ASSERT_TRUE(loop.run_until_complete(gather_main(loop, log)).ok());
  EXPECT_EQ(log.text, "a+ b+ c+ b- a- c- r=a,b,c d+ e+ d- r2=d,E:e f+ g+ raised:g f- t=5.5");
}

// w: try: await sleep(d); return name  except CancelledError as e: log(...); raise
// g = gather(w('a',1), w('b',2)); await sleep(0.5); g.cancel("bye"); await g -> CancelledError
// t1, t2 = tasks; g2 = gather(t1, t2); t1.cancel('x'); await g2 -> CancelledError('x')
// await gather(t2, t2) -> ['d', 'd']
Task<std::string> cw(Log& log, std::string name, double d) {
  auto r = co_await aio::settle(aio::sleep(d));
  if (!r) {
    log(name + " cancelled (" + r.error().message + ")");
    co_await aio::fail(r.take_error());
  }
  co_return name;
}
Task<> cancel_main(aio::Loop& loop, Log& log) {
  auto g = aio::gather(loop, cw(log, "a", 1), cw(log, "b", 2));
  co_await aio::sleep(0.5);
  log(std::string("cancel=") + (g->cancel("bye") ? "True" : "False"));
  auto r = co_await aio::settle(g);
  if (!r && r.error().is_cancelled())
    log("gather raised (" + r.error().message + ") cancelled=" + (g->cancelled() ? "True" : "False"));
  auto t1 = loop.create_task(cw(log, "c", 1));
  auto t2 = loop.create_task(cw(log, "d", 2));
  std::vector<aio::FutureView<std::string>> pair{t1, t2};
  auto g2 = aio::gather(loop, pair);
  co_await aio::sleep(0.1);
  t1->cancel("x");
  auto r2 = co_await aio::settle(g2);
  if (!r2 && r2.error().is_cancelled())
    log("g2 raised (" + r2.error().message + ") done=" + (g2->done() ? "True" : "False") +
        " cancelled=" + (g2->cancelled() ? "True" : "False") + " d=" + (t2->done() ? "True" : "False"));
  std::vector<aio::FutureView<std::string>> twice{t2, t2};
  auto dup = co_await aio::gather(loop, twice);
  log("dup=" + join(dup));
}
TEST(Gather, CancellingTheGatherOrAChild) {
  aio::Loop loop(aio::ClockKind::simulated);
  Log log;
  ASSERT_TRUE(loop.run_until_complete(cancel_main(loop, log)).ok());
  EXPECT_EQ(log.text,
            "cancel=True a cancelled (bye) b cancelled (bye) gather raised (bye) cancelled=False "
            "c cancelled (x) g2 raised (x) done=True cancelled=False d=False dup=d,d");
}

TEST(Gather, EmptyIsDoneAtOnce) {
  aio::Loop loop(aio::ClockKind::simulated);
  auto g = aio::gather(loop, std::vector<Task<int>>{});
  EXPECT_TRUE(g->done());
  EXPECT_TRUE(g.result().value().empty());
}

}  // namespace
