// modules/_asyncio.hpp — the aio loop under Python's asyncio, configured by the runner.
//
// One aio::Loop per interpreter carries every Python event loop's ready queue and timers
// (asyncio.run makes a new Python loop object each time; they share this one so that
// loop.time(), time.monotonic() and virtual time stay continuous across runs). The runner
// creates an AsyncioRuntime right after the Interpreter — it picks the clock, installs it
// as the time module's clock (time.time/monotonic/perf_counter/sleep follow virtual time)
// and tears the loop down before the interpreter goes. Without one, `import _asyncio`
// makes a loop on the default clock.
#pragma once
#include <cstdint>
#include <string>

#include "aio/clock.hpp"

namespace py {

struct Interpreter;

struct AsyncioOptions {
  aio::ClockKind clock = aio::default_clock();
  std::string trace_path;     // --trace OUT.json: Chrome trace events written at teardown
  uint64_t shuffle_seed = 0;  // --shuffle-ready N (0 = off): perturb same-tick ready order
};

class AsyncioRuntime {
 public:
  AsyncioRuntime(Interpreter& I, const AsyncioOptions& options);
  ~AsyncioRuntime();  // writes the trace file, if any; drops the loop's pending callbacks
  AsyncioRuntime(const AsyncioRuntime&) = delete;
  AsyncioRuntime& operator=(const AsyncioRuntime&) = delete;
};

}  // namespace py
