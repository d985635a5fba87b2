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
#endif
}
