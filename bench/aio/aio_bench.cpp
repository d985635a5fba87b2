// Google Benchmark: the aio loop's hot paths (bench/README.md has the figures).
#include <benchmark/benchmark.h>

#include "micro.hpp"

namespace {

void BM_ResumeThroughReadyQueue(benchmark::State& state) {
  for (auto _ : state) {
    state.PauseTiming();
    aio::Loop loop(aio::ClockKind::virtual_time);
    bool stop = false;
    loop.create_task(aiobench::yielder(stop));
    loop.run_once();
    state.ResumeTiming();
    for (int i = 0; i < 1000; ++i) loop.run_once();
    state.PauseTiming();
    stop = true;
    loop.run();
    state.ResumeTiming();
  }
  state.SetItemsProcessed(state.iterations() * 1000);
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
