// micro.hpp — the aio micro-benchmarks' bodies, shared by the Google Benchmark program
// (native) and the plain ns/op program (wasm under node). Each returns the number of
// operations it performed; the caller times it.
#pragma once

#include <cstdint>
#include <random>

#include "aio/queue.hpp"
#include "aio/sleep.hpp"

namespace aiobench {

// Resumes through the ready queue: `tasks` tasks yield (sleep(0)) in turn; each loop
// iteration steps every one of them once (queue pop, step, resume, yield, queue push).
inline aio::Task<> yielder(const bool& stop) {
  while (!stop) co_await aio::sleep(0);
}
inline std::int64_t resume(std::int64_t n, int tasks = 100) {
  aio::Loop loop(aio::ClockKind::virtual_time);
  bool stop = false;
  for (int i = 0; i < tasks; ++i) loop.create_task(yielder(stop));
  loop.run_once();  // first steps
  std::int64_t rounds = n / tasks;
  for (std::int64_t i = 0; i < rounds; ++i) loop.run_once();
  stop = true;
  loop.run();
  return rounds * tasks;
}

// Spawn a task and run it to completion (its first step is the next iteration).
inline aio::Task<> nothing() { co_return; }
inline std::int64_t spawn_complete(std::int64_t n) {
  aio::Loop loop(aio::ClockKind::virtual_time);
  for (std::int64_t i = 0; i < n; ++i) {
    loop.create_task(nothing());
    loop.run_once();
  }
  return n;
}

// Timer insert + pop with `live` timers in the heap (virtual clock, random deadlines).
inline std::int64_t timers(std::int64_t n, int live) {
  aio::Loop loop(aio::ClockKind::virtual_time);
  std::mt19937 rng(42);
  std::uniform_real_distribution<double> delay(0.0, live * 0.002);
  std::int64_t fired = 0;
  auto cb = [&fired] { ++fired; };
  for (int i = 0; i < live; ++i) loop.call_later(delay(rng), cb);
  for (std::int64_t i = 0; i < n; ++i) {
    loop.call_later(delay(rng), cb);
    while (fired <= i) loop.run_once();
  }
  return n;
}

// n timers scheduled, then all fired.
inline std::int64_t million_timers(std::int64_t n) {
  aio::Loop loop(aio::ClockKind::virtual_time);
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> delay(0.0, 10.0);
  std::int64_t fired = 0;
  for (std::int64_t i = 0; i < n; ++i) loop.call_later(delay(rng), [&fired] { ++fired; });
  loop.run();
  return fired;
}

// Queue ping-pong: one round trip = ping puts, pong gets and answers, ping gets.
inline aio::Task<> ping(aio::Queue<int>& to, aio::Queue<int>& from, std::int64_t n) {
  for (std::int64_t i = 0; i < n; ++i) {
    co_await to.put(1);
    (void)co_await from.get();
  }
}
inline aio::Task<> pong(aio::Queue<int>& from, aio::Queue<int>& to, std::int64_t n) {
  for (std::int64_t i = 0; i < n; ++i) {
    int v = co_await from.get();
    co_await to.put(v);
  }
}
inline std::int64_t queue_ping_pong(std::int64_t n) {
  aio::Loop loop(aio::ClockKind::virtual_time);
  aio::Queue<int> a, b;
  loop.create_task(ping(a, b, n));
  loop.create_task(pong(a, b, n));
  loop.run();
  return n;
}

}  // namespace aiobench
