// wasm_bench — the same micro-benchmarks as aio_bench, timed with the clock alone and
// printed as ns/op (CPU and wall): Google Benchmark is not built for Emscripten. Also measures how far
// the browser clock's idle waits overshoot (run_wasm.sh builds and runs it under node).
#include <emscripten.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <vector>

#include "aio/clock.hpp"
#include "micro.hpp"

// CPU time of the node process (wall time is meaningless on a loaded machine).
EM_JS(double, cpu_ms, (), {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
});

// The drift lines need Asyncify (emscripten_sleep); run_wasm.sh passes -DAIO_BENCH_DRIFT=1
// when it is on.
namespace {
// Runs f five times (the first run also lets node's tiers settle: V8 compiles hot wasm
// functions with its optimising tier in the background) and prints the median and the
// best of the five, CPU and wall.
template <class F>
void report(const char* name, F f) {
  constexpr int kRuns = 5;
  double cpu[kRuns], wall[kRuns];
  std::int64_t ops = 0;
  for (int r = 0; r < kRuns; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    double c0 = cpu_ms();
    ops = f();
    cpu[r] = (cpu_ms() - c0) * 1e6 / double(ops);
    wall[r] = std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - t0).count() / double(ops);
  }
  std::sort(cpu, cpu + kRuns);
  std::sort(wall, wall + kRuns);
  std::printf("%-34s %9.1f ns/op cpu (best %.1f)  %9.1f ns/op wall (best %.1f)  (%lld ops x %d)\n", name,
              cpu[kRuns / 2], cpu[0], wall[kRuns / 2], wall[0], static_cast<long long>(ops), kRuns);
}

[[maybe_unused]] void drift(double seconds, int n) {
  aio::Clock clock(aio::ClockKind::browser);
  std::vector<double> late(n);
  double total = 0;
  for (double& l : late) {
    double t0 = clock.now();
    clock.idle(seconds);
    l = clock.now() - t0 - seconds;
    total += l;
  }
  std::sort(late.begin(), late.end());
  std::printf("browser idle(%5.1f ms) x%-3d  late: median %.3f ms, mean %.3f ms, worst %.3f ms\n", seconds * 1e3,
              n, late[n / 2] * 1e3, total / n * 1e3, late.back() * 1e3);
}

// The same through a loop on the browser clock: ten tasks sleep 1..10 ms at once, and the
// loop's idle waits (run_forever -> run_once -> Clock::idle) unwind to node's event loop.
// Under ASYNCIFY=only this checks that asyncify-only.txt names the whole idle path: a
// missing function there aborts here.
[[maybe_unused]] void loop_drift() {
  aio::Loop loop(aio::ClockKind::browser);
  std::vector<double> late;
  auto sleeper = [&](double s) -> aio::Task<> {
    const double t0 = loop.time();
    co_await aio::sleep(s);
    late.push_back(loop.time() - t0 - s);
  };
  auto all = [&]() -> aio::Task<> {
    std::vector<aio::TaskRef<void>> tasks;
    for (int i = 1; i <= 10; ++i) tasks.push_back(loop.create_task(sleeper(i * 1e-3)));
    for (auto& t : tasks) co_await t;
  };
  (void)loop.run_until_complete(all());
  std::sort(late.begin(), late.end());
  std::printf("browser loop sleep(1..10 ms) x10  late: median %.3f ms, worst %.3f ms\n", late[late.size() / 2] * 1e3,
              late.back() * 1e3);
}
}  // namespace

// `wasm_bench drift` measures the drift only.
int main(int argc, char** argv) {
  if (argc < 2 || std::strcmp(argv[1], "drift") != 0) {
    report("resume through the ready queue", [] { return aiobench::resume(2000000); });
    report("spawn + complete", [] { return aiobench::spawn_complete(1000000); });
    report("timer insert+pop, 10k live", [] { return aiobench::timers(200000, 10000); });
    report("1M timers scheduled and fired", [] { return aiobench::million_timers(1000000); });
    report("queue ping-pong (round trip)", [] { return aiobench::queue_ping_pong(200000); });
  }
#if AIO_BENCH_DRIFT
  for (double ms : {0.5, 1.0, 2.0, 3.0, 5.0, 10.0, 50.0}) drift(ms / 1000.0, ms < 20 ? 50 : 10);
  loop_drift();
#endif
}
