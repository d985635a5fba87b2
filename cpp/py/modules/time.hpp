// modules/time.hpp — the clock behind the time module, replaceable per interpreter.
//
// Every clock read of the time module (time, monotonic, perf_counter, process_time and
// their _ns forms) and every time.sleep goes through one Clock. The default reads the
// real clocks (system clock for time(), steady clock for monotonic/perf_counter, CPU time
// for process_time) and really sleeps. The asyncio loop installs its own (virtual time:
// sleep advances the clock instead of waiting). A new Interpreter starts with the default.
#pragma once
#include <cstdint>

namespace py {

struct Interpreter;

struct Clock {
  void* ctx = nullptr;
  int64_t (*wall_ns)(void* ctx);       // time.time_ns(): nanoseconds since the Unix epoch
  int64_t (*monotonic_ns)(void* ctx);  // time.monotonic_ns() and perf_counter_ns()
  int64_t (*process_ns)(void* ctx);    // time.process_time_ns()
  void (*sleep_ns)(void* ctx, int64_t ns);  // time.sleep(); ns >= 0
};

// The real clocks and a real sleep (emscripten_sleep in the browser build).
Clock default_clock();
// Replaces the interpreter's clock (the time module reads it on every call).
void set_clock(Interpreter& I, const Clock& clock);
const Clock& get_clock(Interpreter& I);

}  // namespace py
