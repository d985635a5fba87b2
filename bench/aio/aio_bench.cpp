// Google Benchmark: the aio loop's hot paths (bench/README.md has the figures).
#include <benchmark/benchmark.h>

#include "micro.hpp"

namespace {

// 100 tasks yielding in turn: each iteration is one loop iteration = 100 resumes.
void BM_ResumeThroughReadyQueue(benchmark::State& state) {
  aio::Loop loop(aio::ClockKind::virtual_time);
  bool stop = false;
  for (int i = 0; i < 100; ++i) loop.create_task(aiobench::yielder(stop));
  loop.run_once();
  for (auto _ : state) loop.run_once();
  state.SetItemsProcessed(state.iterations() * 100);
  stop = true;
  loop.run();
}
BENCHMARK(BM_ResumeThroughReadyQueue);

void BM_SpawnComplete(benchmark::State& state) {
  aio::Loop loop(aio::ClockKind::virtual_time);
  for (auto _ : state) {
    loop.create_task(aiobench::nothing());
    loop.run_once();
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_SpawnComplete);

void BM_TimerInsertPop10k(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(aiobench::timers(100000, 10000));
  state.SetItemsProcessed(state.iterations() * 100000);
}
BENCHMARK(BM_TimerInsertPop10k)->Unit(benchmark::kMillisecond);

void BM_MillionTimersScheduledAndFired(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(aiobench::million_timers(1000000));
  state.SetItemsProcessed(state.iterations() * 1000000);
}
BENCHMARK(BM_MillionTimersScheduledAndFired)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_QueuePingPong(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(aiobench::queue_ping_pong(10000));
  state.SetItemsProcessed(state.iterations() * 10000);
}
BENCHMARK(BM_QueuePingPong)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
