// loop.hpp — SKELETON event loop (issue 2). Just enough to print Hello, wait one second
// on a timer, print World, natively and in the browser. The real loop (issue 3) replaces
// this file; it keeps `Loop`, `call_later`, `run` and `sleep` so the runners still build.
#pragma once

#include <chrono>
#include <deque>
#include <functional>
#include <queue>
#include <vector>

#include "aio/coro.hpp"

namespace aio {

class Loop {
 public:
  using Callback = std::function<void()>;

  double time() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }
  void call_soon(Callback cb) { ready_.push_back(std::move(cb)); }
  void call_later(double delay, Callback cb) {
    timers_.push(Timer{time() + delay, seq_++, std::move(cb)});
  }
  // Runs until nothing is ready and no timer is pending.
  void run();

 private:
  struct Timer {
    double when;
    unsigned long seq;
    Callback cb;
    bool operator>(const Timer& o) const { return when != o.when ? when > o.when : seq > o.seq; }
  };
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::deque<Callback> ready_;
  std::priority_queue<Timer, std::vector<Timer>, std::greater<Timer>> timers_;
  unsigned long seq_ = 0;
};

// Blocks the thread (natively) or unwinds to the browser through Asyncify (wasm).
void idle_wait(double seconds);

// A fire-and-forget coroutine started with spawn(); enough for the skeleton demo.
struct Detached {
  struct promise_type {
    Detached get_return_object() { return {}; }
    suspend_never initial_suspend() noexcept { return {}; }
    suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

// `co_await sleep(loop, s)`: the wake-up goes through the ready queue, never a direct resume.
struct sleep {
  Loop& loop;
  double seconds;
  bool await_ready() const noexcept { return false; }
  void await_suspend(coroutine_handle<> h) {
    Loop* l = &loop;
    loop.call_later(seconds, [l, h] { l->call_soon([h]() mutable { h.resume(); }); });
  }
  void await_resume() const noexcept {}
};

}  // namespace aio
