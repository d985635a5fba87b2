// Future: set once, callbacks scheduled in order (also for a done future), removal,
// cancel message, awaiting a done future without suspending.
#include "aio/future.hpp"

#include <gtest/gtest.h>

#include "aio/task.hpp"
#include "log.hpp"

namespace {
using aio::Task;
using aiotest::Log;

TEST(Future, SetResultOnceAndCallbacksForDoneFuturesAreScheduled) {
  aio::Loop loop(aio::ClockKind::simulated);
  aio::Future<int> f(loop);
  Log log;
  EXPECT_FALSE(f->result().ok());
  EXPECT_EQ(f->result().error().kind, aio::ErrorKind::invalid_state);
  f->on_done([&](aio::FutureBase&) { log("cb1"); });
  EXPECT_TRUE(f->set_result(3));
  EXPECT_FALSE(f->set_result(4));
  EXPECT_FALSE(f->cancel());
  f->on_done([&](aio::FutureBase&) { log("cb2"); });
  EXPECT_EQ(log.text, "");
  loop.run_once();
  EXPECT_EQ(log.text, "cb1 cb2");
  EXPECT_EQ(f->result().value(), 3);
}

TEST(Future, RemoveDoneCallbackAndCancelMessage) {
  aio::Loop loop(aio::ClockKind::simulated);
  aio::Future<> f(loop);
  Log log;
  void* token = f->on_done([&](aio::FutureBase&) { log("removed"); });
  f->on_done([&](aio::FutureBase&) { log("kept"); });
  EXPECT_EQ(f->remove_done_callback(token), 1u);
  EXPECT_TRUE(f->cancel("why"));
  EXPECT_TRUE(f->cancelled());
  ASSERT_NE(f->error(), nullptr);
  EXPECT_TRUE(f->error()->is_cancelled());
  EXPECT_EQ(f->error()->message, "why");
  loop.run();
  EXPECT_EQ(log.text, "kept");
}

Task<int> await_future(aio::Future<int> f) { co_return co_await f + 1; }
TEST(Future, AwaitingADoneFutureDoesNotSuspend) {
  aio::Loop loop(aio::ClockKind::simulated);
  aio::Future<int> f(loop);
  f->set_result(1);
  auto t = loop.create_task(await_future(f));
  loop.run_once();  // one step: done without yielding
  EXPECT_TRUE(t->done());
  EXPECT_EQ(t->result().value(), 2);
}

TEST(Future, RemoveDoneCallbacksIfMatchesByPredicate) {
  aio::Loop loop(aio::ClockKind::simulated);
  aio::Future<> f(loop);
  Log log;
  f->on_done([&](aio::FutureBase&) { log("a"); });
  void* b = f->on_done([&](aio::FutureBase&) { log("b"); });
  f->on_done([&](aio::FutureBase&) { log("c"); });
  EXPECT_EQ(f->remove_done_callbacks_if([&](aio::CallbackFn, void* ctx) { return ctx == b; }), 1u);
  EXPECT_EQ(f->callback_count(), 2u);
  f->set_result({});
  loop.run();
  EXPECT_EQ(log.text, "a c");
}

// The first callback is stored apart from the others (future.hpp): removing it, removing
// all, and adding after either keep registration order.
TEST(Future, CallbacksKeepTheirOrderWhenTheFirstOrAllAreRemoved) {
  aio::Loop loop(aio::ClockKind::simulated);
  Log log;
  aio::Future<> f(loop);
  void* a = f->on_done([&](aio::FutureBase&) { log("a"); });
  f->on_done([&](aio::FutureBase&) { log("b"); });
  f->on_done([&](aio::FutureBase&) { log("c"); });
  EXPECT_EQ(f->remove_done_callback(a), 1u);
  f->on_done([&](aio::FutureBase&) { log("d"); });
  EXPECT_EQ(f->callback_count(), 3u);
  aio::Future<> g(loop);
  g->on_done([&](aio::FutureBase&) { log("x"); });
  g->on_done([&](aio::FutureBase&) { log("y"); });
  EXPECT_EQ(g->remove_done_callbacks_if([](aio::CallbackFn, void*) { return true; }), 2u);
  EXPECT_EQ(g->callback_count(), 0u);
  g->on_done([&](aio::FutureBase&) { log("e"); });
  g->on_done([&](aio::FutureBase&) { log("f"); });
  f->set_result({});
  g->set_result({});
  loop.run();
  EXPECT_EQ(log.text, "b c d e f");
}

// A future freed with callbacks still registered calls each with run=false, in order, so
// that it can free what it holds.
void log_drop(void* ctx, aio::Ref*, bool run) {
  auto* names = static_cast<std::pair<Log*, const char*>*>(ctx);
  (*names->first)(std::string(names->second) + (run ? " ran" : " dropped"));
}
TEST(Future, AFreedFutureTellsEachCallbackItWillNotRun) {
  aio::Loop loop(aio::ClockKind::simulated);
  Log log;
  std::pair<Log*, const char*> one{&log, "one"}, two{&log, "two"}, three{&log, "three"};
  {
    aio::Future<> f(loop);
    f->add_done_callback(&log_drop, &one);
    f->add_done_callback(&log_drop, &two);
    f->add_done_callback(&log_drop, &three);
  }
  EXPECT_EQ(log.text, "one dropped two dropped three dropped");
}

}  // namespace
