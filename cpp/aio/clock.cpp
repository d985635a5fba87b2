#include "aio/clock.hpp"

#include <chrono>
#include <cmath>
#include <thread>
#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

namespace aio {

namespace {
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

double Clock::elapsed() const { return monotonic_seconds() - origin_; }

void Clock::idle(double seconds) {
  if (!(seconds > 0)) return;
  if (kind_ == ClockKind::virtual_time) {
    skipped_ += seconds;
    return;
  }
#ifdef __EMSCRIPTEN__
  const double deadline = now() + seconds;
  // setTimeout never fires early but is often ~1 ms late, and nested ones are clamped to
  // 4 ms: sleep whole milliseconds to 1 ms short of the deadline, and only when that is at
  // least the clamp; spin the rest.
  double sleep_ms = std::floor(seconds * 1000.0) - 1;
  if (sleep_ms >= kSpinBelow * 1000.0) emscripten_sleep(static_cast<unsigned>(sleep_ms));
  while (now() < deadline) {
  }
#else
  std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
#endif
}

}  // namespace aio
