// TimerHeap, through the loop: timers fire in (deadline, scheduling order) with many equal
// deadlines, cancelled ones never fire and leave the heap (one by one by their back-index,
// or all at once by the rebuild when they are most of it), and cancelling from inside
// callbacks, including timers already moved to the ready queue, behaves as asyncio's
// TimerHandle.cancel does (a cancelled handle is skipped when its turn comes). Past a few
// thousand timers most of them live in the ladder's buckets (timer_ladder.hpp): the
// differential tests drive pushes, pops, removals and sweeps across its thresholds and
// compare every iteration's firings with a sorted model.
#include "aio/loop.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <random>
#include <set>
#include <tuple>
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

// The differential test: random bursts of call_at (deadline shapes below), random
// cancellations (a few, or most: the loop then sweeps), and run_once. Each iteration must
// fire exactly the model's timers due by its time, in (deadline, sequence) order.
enum class Shape { tiny, wide, huge, equal, grid, past, mixed };

double deadline(Shape shape, double now, std::mt19937_64& rng) {
  std::uniform_real_distribution<double> u(0, 1);
  switch (shape) {
    case Shape::tiny: return now + u(rng) * 1e-3;            // all within one ms
    case Shape::wide: return now + u(rng) * 10;
    case Shape::huge: return now + u(rng) * 1e6;
    case Shape::equal: return now + 0.5;                      // one deadline
    case Shape::grid: return now + double(rng() % 8) * 0.25;  // a few, each shared
    case Shape::past: return now - u(rng) * 5;                // already due
    case Shape::mixed: return deadline(Shape(rng() % 6), now, rng);
  }
  return now;
}

struct Differential {
  aio::Loop loop{aio::ClockKind::simulated};
  std::mt19937_64 rng;
  // (deadline, scheduling order, id) of every live timer: ordered as asyncio's heapq.
  std::set<std::tuple<double, std::uint64_t, int>> model;
  std::vector<aio::Rc<aio::Handle>> handles;
  std::vector<std::tuple<double, std::uint64_t>> key;
  std::vector<int> fired;
  std::uint64_t order = 0;

  explicit Differential(unsigned seed) : rng(seed) {}

  void push(int n, Shape shape) {
    for (int k = 0; k < n; ++k) {
      const double when = deadline(shape, loop.time(), rng);
      const int id = int(handles.size());
      handles.push_back(loop.call_at(when, [this, id] { fired.push_back(id); }));
      key.emplace_back(when, order);
      model.emplace(when, order++, id);
    }
  }
  // Cancels each live timer with probability p.
  void cancel(double p) {
    std::bernoulli_distribution pick(p);
    for (auto it = model.begin(); it != model.end();)
      if (pick(rng)) {
        handles[std::get<2>(*it)]->cancel();
        it = model.erase(it);
      } else {
        ++it;
      }
  }
  // Cancels the k earliest timers: all of the heap's, when the rest are in the ladder.
  void cancel_first(std::size_t k) {
    for (; k > 0 && !model.empty(); --k) {
      handles[std::get<2>(*model.begin())]->cancel();
      model.erase(model.begin());
    }
  }
  // Runs until no timer is left; each iteration fires at least one.
  void drain() {
    for (std::size_t bound = model.size() + 1; loop.timer_count() > 0; --bound) {
      ASSERT_GT(bound, 0u) << "timers left that never fire";
      run_once();
      if (::testing::Test::HasFatalFailure()) return;
    }
  }
  void run_once() {
    fired.clear();
    loop.run_once();
    const double end = loop.time() + 1e-9;  // as the loop's due test
    std::vector<int> expected;
    while (!model.empty() && std::get<0>(*model.begin()) < end) {
      expected.push_back(std::get<2>(*model.begin()));
      model.erase(model.begin());
    }
    ASSERT_EQ(fired, expected) << "at time " << loop.time();
    // Nothing else is queued: the loop waits for its first timer, which then fires.
    ASSERT_TRUE(!fired.empty() || model.empty()) << "a timer left behind at " << loop.time();
    ASSERT_EQ(loop.timer_count(), model.size());
  }
};

void run_differential(unsigned seed, int rounds, int max_burst) {
  Differential d(seed);
  std::mt19937_64& rng = d.rng;
  for (int r = 0; r < rounds; ++r) {
    const Shape shape = Shape(rng() % 7);
    d.push(int(rng() % max_burst), shape);
    const unsigned what = rng() % 10;
    if (what == 0) d.cancel(0.7);  // most: the loop rebuilds the heap
    else if (what < 4) d.cancel(0.02);
    else if (what == 4) d.cancel_first(rng() % 3000);
    else if (what == 5) {  // the heap's timers and most others: the sweep empties the heap
      d.cancel_first(rng() % 3000);
      d.cancel(0.6);
    }
    for (int k = int(rng() % 40); k > 0; --k) {
      d.run_once();
      if (::testing::Test::HasFatalFailure()) return;
    }
  }
  d.drain();
}

TEST(TimerHeap, DifferentialSmallCounts) {
  for (unsigned seed = 0; seed < 20; ++seed) run_differential(seed, 60, 40);
}

TEST(TimerHeap, DifferentialAcrossTheLadderThresholds) {
  for (unsigned seed = 0; seed < 6; ++seed) run_differential(1000 + seed, 60, 12000);
}

// One burst far past the split size, then pops interleaved with pushes landing before,
// inside and past the buckets, and removals from each part.
TEST(TimerHeap, DifferentialOneLargeBurstThenTraffic) {
  Differential d(77);
  d.push(60000, Shape::wide);
  for (int r = 0; r < 400; ++r) {
    d.push(int(d.rng() % 300), Shape::mixed);
    if (r % 7 == 0) d.cancel(0.01);
    if (r % 97 == 0) d.cancel(0.6);
    if (r % 13 == 0) d.cancel_first(2500);
    for (int k = 0; k < 5; ++k) {
      d.run_once();
      if (HasFatalFailure()) return;
    }
  }
  d.drain();
}

// Many equal deadlines in one burst cannot be split: the heap keeps them and orders
// them by sequence, and still splits when other deadlines arrive.
TEST(TimerHeap, DifferentialEqualDeadlinesBeyondTheSplitSize) {
  Differential d(5);
  d.push(10000, Shape::equal);
  d.push(10000, Shape::grid);
  d.run_once();
  ASSERT_FALSE(HasFatalFailure());
  d.push(20000, Shape::wide);
  d.push(5000, Shape::equal);
  d.drain();
}

}  // namespace
