// Trace hook: the seed's gather demo in simulated time — three tasks created together,
// each suspended on sleep(2) while main waits on the gather, all done 2 s later.
#include "aio/trace.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "examples/gather.hpp"

namespace {

struct Recorder {
  std::string text;
  static void hook(void* user, const aio::TraceEvent& ev) {
    auto* r = static_cast<Recorder*>(user);
    char t[32];
    std::snprintf(t, sizeof t, "%.1f", ev.time);
    r->text += std::string(t) + " " + ev.task->name() + " " + aio::trace_kind_name(ev.kind);
    if (ev.kind == aio::TraceKind::suspended) r->text += " " + (ev.on ? ev.on->describe() : std::string("sleep(0)"));
    r->text += "\n";
  }
};

TEST(Trace, GatherDemoShowsThreeTasksOverlappingForTwoSeconds) {
  aio::TaskBase::reset_names();
  aio::Loop loop(aio::ClockKind::simulated);
  Recorder rec;
  loop.set_trace(&Recorder::hook, &rec);
  std::string out;
  auto r = loop.run_until_complete(examples::gather_main([&](const std::string& s) { out += s + "\n"; }));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(out, "A start\nB start\nC start\nA end\nB end\nC end\n");
  EXPECT_EQ(rec.text,
            "0.0 Task-1 created\n"
            "0.0 Task-1 started\n"
            "0.0 Task-2 created\n"
            "0.0 Task-3 created\n"
            "0.0 Task-4 created\n"
            "0.0 Task-1 suspended gather\n"
            "0.0 Task-2 started\n"
            "0.0 Task-2 suspended sleep(2)\n"
            "0.0 Task-3 started\n"
            "0.0 Task-3 suspended sleep(2)\n"
            "0.0 Task-4 started\n"
            "0.0 Task-4 suspended sleep(2)\n"
            "2.0 Task-2 resumed\n"
            "2.0 Task-2 done\n"
            "2.0 Task-3 resumed\n"
            "2.0 Task-3 done\n"
            "2.0 Task-4 resumed\n"
            "2.0 Task-4 done\n"
            "2.0 Task-1 resumed\n"
            "2.0 Task-1 done\n");
}

TEST(Trace, CancelledAndFailedTasksAndWaitingOnATask) {
  aio::TaskBase::reset_names();
  aio::Loop loop(aio::ClockKind::simulated);
  Recorder rec;
  loop.set_trace(&Recorder::hook, &rec);
  auto sleeper = loop.create_task([]() -> aio::Task<> { co_await aio::sleep(5); }());
  auto failing = loop.create_task([]() -> aio::Task<int> { co_return aio::Error::runtime("x"); }());
  auto waiter = loop.create_task([](aio::TaskRef<void> t) -> aio::Task<> { (void)co_await aio::settle(t); }(sleeper));
  loop.call_later(1, [&] { sleeper->cancel(); });
  loop.run();
  EXPECT_EQ(rec.text,
            "0.0 Task-1 created\n0.0 Task-2 created\n0.0 Task-3 created\n"
            "0.0 Task-1 started\n0.0 Task-1 suspended sleep(5)\n"
            "0.0 Task-2 started\n0.0 Task-2 failed\n"
            "0.0 Task-3 started\n0.0 Task-3 suspended Task-1\n"
            "1.0 Task-1 resumed\n1.0 Task-1 cancelled\n"
            "1.0 Task-3 resumed\n1.0 Task-3 done\n");
  EXPECT_TRUE(failing->done());
  EXPECT_TRUE(waiter->done());
}

}  // namespace
