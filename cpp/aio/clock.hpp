// clock.hpp — the loop's notion of time, chosen when the loop is created.
//
//   real     steady clock; an idle wait really sleeps the thread.
//   virtual  idle waits are skipped: now() = real elapsed time + all skipped time, so
//            busy code still sees time pass while waiting costs nothing (--virtual-time).
//   simulated  virtual time without the real part: now() = skipped time only, so running
//            code takes no time, as on an infinitely fast machine. For tests whose expected
//            order (CPython's, on a fast machine) must not depend on how long a step took:
//            with real time counted, two sleep(1) started one step apart fire in the same
//            iteration only while that step stays within the 1 ms of the idle wait's
//            rounding up (loop.hpp), which a stalled process (wasm on a loaded machine) can
//            exceed. A busy loop waiting for now() to move never ends under this clock.
//   browser  performance.now (emscripten_get_now); an idle wait unwinds to the browser's
//            event loop through Asyncify. Nested setTimeout is clamped to >= 4 ms and tends
//            to fire ~1 ms late, so a wait sleeps (setTimeout, via emscripten_sleep) only to
//            1 ms short of its deadline and only when that is at least kYieldBelow; the rest
//            is spent in turns of the event loop through a MessageChannel (no clamp, a few
//            µs each), so short waits do not drift and the worker still takes its messages.
//            bench/README.md has the drift figures.
//
// Natively `browser` behaves as `real`; under Emscripten `real` behaves as `browser` (a
// wasm thread cannot block). Python's time.monotonic()/perf_counter()/sleep() should use
// the loop's clock so that virtual time is seen everywhere.
#pragma once

namespace aio {

enum class ClockKind : unsigned char { real, virtual_time, browser, simulated };

// browser under Emscripten, real natively.
ClockKind default_clock();

class Clock {
 public:
  explicit Clock(ClockKind kind = default_clock());
  ClockKind kind() const { return kind_; }
  // Seconds since the clock was created (monotonic).
  double now() const { return elapsed() + skipped_; }
  // Waits `seconds` (real, browser) or skips them (virtual, simulated).
  void idle(double seconds);
  // Total idle time skipped so far (virtual and simulated clocks), 0 otherwise.
  double skipped() const { return skipped_; }

  // Browser waits that would sleep less than this yield through a MessageChannel instead
  // (the nested-setTimeout clamp).
  static constexpr double kYieldBelow = 0.004;

 private:
  double elapsed() const;
  ClockKind kind_;
  double origin_;
  double skipped_ = 0;
};

}  // namespace aio
