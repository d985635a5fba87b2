// clock.hpp — the loop's notion of time, chosen when the loop is created.
//
//   real     steady clock; an idle wait really sleeps the thread.
//   virtual  idle waits are skipped: now() = real elapsed time + all skipped time, so
//            busy code still sees time pass while waiting costs nothing (tests, --virtual-time).
//   browser  performance.now (emscripten_get_now); an idle wait unwinds to the browser's
//            event loop through Asyncify (emscripten_sleep = setTimeout). Nested setTimeout
//            is clamped to >= 4 ms and setTimeout tends to fire ~1 ms late, so a wait sleeps
//            to 1 ms short of its deadline and spins the rest; waits that would sleep less
//            than kSpinBelow are spun entirely. bench/README.md has the drift figures.
//
// Natively `browser` behaves as `real`; under Emscripten `real` behaves as `browser` (a
// wasm thread cannot block). Python's time.monotonic()/perf_counter()/sleep() should use
// the loop's clock so that virtual time is seen everywhere.
#pragma once

namespace aio {

enum class ClockKind : unsigned char { real, virtual_time, browser };

// browser under Emscripten, real natively.
ClockKind default_clock();

class Clock {
 public:
  explicit Clock(ClockKind kind = default_clock());
  ClockKind kind() const { return kind_; }
  // Seconds since the clock was created (monotonic).
  double now() const { return elapsed() + skipped_; }
  // Waits `seconds` (real, browser) or skips them (virtual).
  void idle(double seconds);
  // Total idle time skipped so far (virtual clock), 0 otherwise.
  double skipped() const { return skipped_; }

  // Browser waits that would sleep less than this are spun (the setTimeout clamp).
  static constexpr double kSpinBelow = 0.004;

 private:
  double elapsed() const;
  ClockKind kind_;
  double origin_;
  double skipped_ = 0;
};

}  // namespace aio
