// Queue: bounded put/get hand-over, join after task_done, a get() cancelled while
// waiting, QueueEmpty, LIFO and priority order.
#include "aio/queue.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "aio/gather.hpp"
#include "aio/sleep.hpp"
#include "log.hpp"

namespace {
using aio::Task;
using aiotest::Log;

Task<> producer(aio::Queue<int>& q, Log& log) {
  for (int i = 0; i < 5; ++i) {
    co_await q.put(i);
    log("put" + std::to_string(i));
  }
}
Task<> consumer(aio::Queue<int>& q, Log& log, std::string name) {
  for (;;) {
    int item = co_await q.get();
    log(name + "got" + std::to_string(item));
    co_await aio::sleep(1);
    (void)q.task_done();
  }
}
Task<> getter(aio::Queue<std::string>& q, Log& log, std::string name) {
  auto v = co_await aio::settle(q.get());
  if (!v) {
    log(name + " cancelled");
    co_await aio::fail(v.take_error());
  }
  log(name + ":" + v.value());
}
// q = Queue(maxsize=2); consumers x, y (1 s per item); producer puts 0..4; await q.join()
// g1, g2 wait in get(); g1.cancel(); q2.put_nowait('v') -> g2 gets it
// get_nowait on empty -> QueueEmpty; LifoQueue / PriorityQueue of 3, 1, 2
Task<> main_(aio::Loop& loop, Log& log) {
  double t0 = loop.time();
  aio::Queue<int> q(2);
  std::vector<aio::FutureView<void>> cs{loop.create_task(consumer(q, log, "x")),
                                        loop.create_task(consumer(q, log, "y"))};
  co_await producer(q, log);
  co_await q.join();
  log("joined t=" + std::to_string(std::lround(loop.time() - t0)));
  for (auto& c : cs) c->cancel();
  co_await aio::gather(loop, cs, true);
  aio::Queue<std::string> q2;
  auto g1 = loop.create_task(getter(q2, log, "g1"));
  auto g2 = loop.create_task(getter(q2, log, "g2"));
  co_await aio::sleep(0);
  g1->cancel();
  (void)q2.put_nowait("v");
  std::vector<aio::FutureView<void>> getters{g1, g2};
  co_await aio::gather(loop, getters, true);
  auto e = q2.get_nowait();
  if (!e && e.error().kind == aio::ErrorKind::queue_empty) log("empty");
  aio::LifoQueue<int> lq;
  aio::PriorityQueue<int> pq;
  for (int i : {3, 1, 2}) {
    (void)lq.put_nowait(i);
    (void)pq.put_nowait(i);
  }
  std::string lifo, prio;
  for (int i = 0; i < 3; ++i) {
    lifo += std::to_string(lq.get_nowait().value());
    prio += std::to_string(pq.get_nowait().value());
  }
  log("lifo " + lifo);
  log("prio " + prio);
}
TEST(Queue, BoundedHandOverJoinCancelledGetAndOrders) {
  aio::Loop loop(aio::ClockKind::simulated);
  Log log;
  auto r = loop.run_until_complete(main_(loop, log));
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(log.text,
            "put0 put1 xgot0 ygot1 put2 put3 xgot2 ygot3 put4 xgot4 joined t=3 g1 cancelled g2:v empty "
            "lifo 213 prio 123");
}

TEST(Queue, FullAndTaskDoneErrors) {
  aio::Queue<int> q(1);
  EXPECT_TRUE(q.put_nowait(1).ok());
  auto full = q.put_nowait(2);
  ASSERT_FALSE(full.ok());
  EXPECT_EQ(full.error().kind, aio::ErrorKind::queue_full);
  EXPECT_EQ(q.get_nowait().value(), 1);
  EXPECT_TRUE(q.task_done().ok());
  EXPECT_EQ(q.task_done().error().kind, aio::ErrorKind::value);
}

}  // namespace
