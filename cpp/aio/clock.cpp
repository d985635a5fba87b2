#include "aio/clock.hpp"

#include <chrono>
#include <cmath>
#include <thread>
#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

namespace aio {

namespace {
#ifdef __EMSCRIPTEN__
// One turn of the worker's event loop, through Asyncify: a message posted to ourselves is
// delivered without setTimeout's clamp. Node (the tests) has setImmediate for the same,
// and a listening MessagePort there would keep the process alive.
EM_ASYNC_JS(void, aio_browser_yield, (), {
  if (!Module.aioYield) {
    if (typeof setImmediate == 'function') {
      Module.aioYield = () => new Promise((resolve) => setImmediate(resolve));
    } else {
      const channel = new MessageChannel();
      const waiting = [];
      channel.port1.onmessage = () => waiting.shift()();
      Module.aioYield = () => new Promise((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(0);
      });
    }
  }
  await Module.aioYield();
});
#endif

double monotonic_seconds() {
#ifdef __EMSCRIPTEN__
  return emscripten_get_now() / 1000.0;
#else
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
#endif
}
}  // namespace

ClockKind default_clock() {
#ifdef __EMSCRIPTEN__
  return ClockKind::browser;
#else
  return ClockKind::real;
#endif
}

Clock::Clock(ClockKind kind) : kind_(kind), origin_(monotonic_seconds()) {}

double Clock::elapsed() const { return kind_ == ClockKind::simulated ? 0 : monotonic_seconds() - origin_; }

void Clock::idle(double seconds) {
  if (!(seconds > 0)) return;
  if (kind_ == ClockKind::virtual_time || kind_ == ClockKind::simulated) {
    skipped_ += seconds;
    return;
  }
#ifdef __EMSCRIPTEN__
  const double deadline = now() + seconds;
  for (double left; (left = deadline - now()) > 0;) {
    // setTimeout never fires early but is often ~1 ms late: sleep whole milliseconds to
    // 1 ms short of the deadline, when that is above the nested-timer clamp.
    double sleep_ms = std::floor(left * 1000.0) - 1;
    if (sleep_ms >= kYieldBelow * 1000.0)
      emscripten_sleep(static_cast<unsigned>(sleep_ms));
    else
      aio_browser_yield();
  }
#else
  std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
#endif
}

}  // namespace aio
