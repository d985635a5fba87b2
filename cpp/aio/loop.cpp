#include "aio/loop.hpp"

#include <thread>
#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

namespace aio {

void idle_wait(double seconds) {
  if (seconds <= 0) return;
#ifdef __EMSCRIPTEN__
  emscripten_sleep(static_cast<unsigned>(seconds * 1000.0 + 0.5));
#else
  std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
#endif
}

void Loop::run() {
  while (!ready_.empty() || !timers_.empty()) {
    if (ready_.empty()) idle_wait(timers_.top().when - time());
    while (!timers_.empty() && timers_.top().when <= time()) {
      ready_.push_back(std::move(const_cast<Timer&>(timers_.top()).cb));
      timers_.pop();
    }
    for (size_t n = ready_.size(); n > 0; --n) {
      Callback cb = std::move(ready_.front());
      ready_.pop_front();
      cb();
    }
  }
}

}  // namespace aio
