// timeout scope (3.11): expiry becomes TimeoutError, no expiry, reschedule.
#include "aio/timeout.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "aio/sleep.hpp"
#include "log.hpp"

namespace {
using aio::Task;
using aiotest::Log;

Task<> nap(double d) { co_await aio::sleep(d); }
Task<> rescheduled_body(aio::Loop& loop, aio::Timeout& cm, Log& log) {
  (void)cm.reschedule(loop.time() + 3);
  co_await aio::sleep(2);
  log("rescheduled survived");
  co_await aio::sleep(2);
}
// try: async with timeout(1) as cm: await sleep(5)  except TimeoutError: log(expired, t)
// async with timeout(2) as cm: await sleep(1);  log(expired)
// try: async with timeout(1) as cm: cm.reschedule(now + 3); await sleep(2); log; await sleep(2)
// except TimeoutError: log(t, cancelling)
Task<> main_(aio::Loop& loop, Log& log) {
  double t0 = loop.time();
  {
    aio::Timeout cm = aio::timeout(1);
    auto r = co_await aio::settle(cm.run(nap(5)));
    if (!r && r.error().kind == aio::ErrorKind::timeout)
      log(std::string("timeout expired=") + (cm.expired() ? "True" : "False") +
          " t=" + std::to_string(std::lround(loop.time() - t0)));
  }
  {
    aio::Timeout cm = aio::timeout(2);
    co_await cm.run(nap(1));
    log(std::string("no timeout expired=") + (cm.expired() ? "True" : "False"));
  }
  {
    aio::Timeout cm = aio::timeout(1);
    auto r = co_await aio::settle(cm.run(rescheduled_body(loop, cm, log)));
    if (!r && r.error().kind == aio::ErrorKind::timeout)
      log("late timeout t=" + std::to_string(std::lround(loop.time() - t0)) +
          " cancelling=" + std::to_string(aio::current_task()->cancelling()));
  }
}
TEST(Timeout, ExpiryNoExpiryAndReschedule) {
  aio::Loop loop(aio::ClockKind::simulated);
  Log log;
  ASSERT_TRUE(loop.run_until_complete(main_(loop, log)).ok());
  EXPECT_EQ(log.text,
            "timeout expired=True t=1 no timeout expired=False rescheduled survived late timeout t=5 cancelling=0");
}

// An outside cancellation inside the scope stays a CancelledError.
Task<> outer_cancel(aio::Loop& loop) {
  aio::Timeout cm = aio::timeout(10);
  co_await cm.run(nap(5));
  (void)loop;
}
TEST(Timeout, ForeignCancellationIsNotTurnedIntoTimeout) {
  aio::Loop loop(aio::ClockKind::simulated);
  auto t = loop.create_task(outer_cancel(loop));
  loop.call_later(1, [&] { t->cancel(); });
  auto r = loop.run_until_complete(t);
  EXPECT_TRUE(t->cancelled());
  EXPECT_FALSE(r.ok());
}

TEST(Timeout, RescheduleBeforeEnteringIsAnError) {
  aio::Timeout cm = aio::timeout_at(5);
  EXPECT_FALSE(cm.reschedule(6).ok());
}

}  // namespace
