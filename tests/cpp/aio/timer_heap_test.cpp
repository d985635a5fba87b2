// TimerHeap, through the loop: timers fire in (deadline, scheduling order) with many equal
// deadlines, cancelled ones never fire and leave the heap (one by one by their back-index,
// or all at once by the rebuild when they are most of it), and cancelling from inside
// callbacks, including timers already moved to the ready queue, behaves as asyncio's
// TimerHandle.cancel does (a cancelled handle is skipped when its turn comes).
#include "aio/loop.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <random>
#include <vector>

namespace {

struct Scenario {
  int timers;
  double cancel_before;  // fraction cancelled before the loop runs
  int cancels_per_callback;
};

void run_scenario(const Scenario& sc, unsigned seed) {
  aio::Loop loop(aio::ClockKind::simulated);
  std::mt19937 rng(seed);
  const double base = loop.time() + 1;
  // Deadlines on a 1 ms grid over 0.5 s: about 1 in 500 timers share each deadline.
  std::vector<double> when(sc.timers);
  for (double& w : when) w = base + double(rng() % 500) * 1e-3;
  // Which timers each callback cancels: random others, earlier or later ones.
  std::vector<std::vector<int>> victims(sc.timers);
  for (auto& v : victims)
    for (int k = 0; k < sc.cancels_per_callback; ++k) v.push_back(int(rng() % sc.timers));
  std::vector<bool> cancel_first(sc.timers);
  for (int i = 0; i < sc.timers; ++i) cancel_first[i] = rng() % 1000 < sc.cancel_before * 1000;

  std::vector<aio::Rc<aio::Handle>> handles(sc.timers);
  std::vector<int> fired;
  for (int i = 0; i < sc.timers; ++i)
    handles[i] = loop.call_at(when[i], [&, i] {
      fired.push_back(i);
      for (int v : victims[i]) handles[v]->cancel();
    });
  std::size_t cancelled = 0;
  for (int i = 0; i < sc.timers; ++i)
    if (cancel_first[i]) {
      handles[i]->cancel();
      ++cancelled;
    }
  EXPECT_EQ(loop.timer_count(), sc.timers - cancelled);
  loop.run();
  EXPECT_EQ(loop.timer_count(), 0u);

  // The model: every timer in (deadline, scheduling order), skipping cancelled ones.
  std::vector<int> order(sc.timers);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return when[a] < when[b]; });
  std::vector<bool> dead = cancel_first;
  std::vector<int> expected;
  for (int i : order) {
    if (dead[i]) continue;
    expected.push_back(i);
    for (int v : victims[i]) dead[v] = true;
  }
  EXPECT_EQ(fired, expected);
  for (int i = 0; i < sc.timers; ++i) EXPECT_EQ(handles[i]->cancelled(), bool(dead[i])) << i;
}

TEST(TimerHeap, FiresInDeadlineThenSequenceOrderWithFewCancels) { run_scenario({20000, 0.05, 0}, 1); }

TEST(TimerHeap, MostTimersCancelledFirstRebuildsTheHeap) { run_scenario({20000, 0.7, 0}, 2); }

TEST(TimerHeap, CallbacksCancellingOtherTimersRemoveThemOneByOne) { run_scenario({20000, 0.1, 2}, 3); }

TEST(TimerHeap, SmallHeapsAndEveryRemovalPosition) {
  for (int n = 1; n <= 40; ++n) run_scenario({n, 0.3, 1}, 100 + n);
}

TEST(TimerHeap, CancellingAFiredOrCancelledTimerChangesNothing) {
  aio::Loop loop(aio::ClockKind::simulated);
  std::vector<aio::Rc<aio::Handle>> hs;
  int fired = 0;
  for (int i = 0; i < 10; ++i) hs.push_back(loop.call_later(i, [&fired] { ++fired; }));
  hs[3]->cancel();
  loop.run_once();  // fires hs[0]
  EXPECT_EQ(fired, 1);
  hs[0]->cancel();
  hs[3]->cancel();
  EXPECT_EQ(loop.timer_count(), 8u);
  loop.run();
  EXPECT_EQ(fired, 9);
}

}  // namespace
