// wasm_bench — the same micro-benchmarks as aio_bench, timed with the clock alone and
// printed as ns/op (CPU and wall): Google Benchmark is not built for Emscripten. Also measures how far
// the browser clock's idle waits overshoot (run_wasm.sh builds and runs it under node).
#include <emscripten.h>

#include <chrono>
#include <cstdio>

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
template <class F>
void report(const char* name, F f) {
  auto t0 = std::chrono::steady_clock::now();
  double c0 = cpu_ms();
  std::int64_t ops = f();
  double cpu = (cpu_ms() - c0) * 1e6;
  double ns = std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - t0).count();
  std::printf("%-34s %9.1f ns/op cpu  %9.1f ns/op wall  (%lld ops)\n", name, cpu / double(ops),
              ns / double(ops), static_cast<long long>(ops));
}

[[maybe_unused]] void drift(double seconds, int n) {
  aio::Clock clock(aio::ClockKind::browser);
  double worst = 0, total = 0;
  for (int i = 0; i < n; ++i) {
    double t0 = clock.now();
    clock.idle(seconds);
    double late = clock.now() - t0 - seconds;
    total += late;
    worst = late > worst ? late : worst;
  }
  std::printf("browser idle(%5.1f ms) x%-3d  mean late %.3f ms, worst %.3f ms\n", seconds * 1e3, n,
              total / n * 1e3, worst * 1e3);
}
}  // namespace

int main() {
  report("resume through the ready queue", [] { return aiobench::resume(2000000); });
  report("spawn + complete", [] { return aiobench::spawn_complete(1000000); });
  report("timer insert+pop, 10k live", [] { return aiobench::timers(200000, 10000); });
  report("1M timers scheduled and fired", [] { return aiobench::million_timers(1000000); });
  report("queue ping-pong (round trip)", [] { return aiobench::queue_ping_pong(200000); });
#if AIO_BENCH_DRIFT
  for (double ms : {0.5, 1.0, 2.0, 3.0, 5.0, 10.0, 50.0}) drift(ms / 1000.0, ms < 20 ? 50 : 10);
#endif
}
