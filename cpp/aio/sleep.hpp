// sleep.hpp — asyncio.sleep. `co_await sleep(d)`: for d > 0 a future completed by a
// call_later timer (the timer is cancelled if the wait ends otherwise, as asyncio's
// `finally: h.cancel()`); for d <= 0 a bare yield: the task's next step is queued with
// call_soon. Works with settle(): `co_await settle(sleep(1))` returns Result<void>.
#pragma once

#include "aio/task.hpp"

namespace aio {

template <bool Settle>
class SleepAwaiter {
 public:
  explicit SleepAwaiter(double seconds) : seconds_(seconds) {}
  SleepAwaiter(const SleepAwaiter&) = delete;
  // sleep(0) sets neither fut_ nor timer_: its awaiter's destructor is one test.
  ~SleepAwaiter() {
    if (fut_) [[unlikely]]
      stop_timer();
  }
  bool await_ready() const noexcept { return false; }
  template <class P>
  void await_suspend(coroutine_handle<P> h) {
    TaskBase* task = h.promise().task;
    if constexpr (Settle) task_ = task;  // only await_resume's settle form reads it
    if (!(seconds_ > 0)) {
      task->yield_now(Settle);
      return;
    }
    start_timer(task);
  }
  auto await_resume() {
    if constexpr (Settle) {
      if (auto e = task_->take_injected()) return Result<void>(std::move(*e));
      return Result<void>();
    }
  }

 private:
  [[gnu::noinline]] void start_timer(TaskBase* task) {
    Loop& loop = task->loop();
    fut_ = new FutureOf<void>(loop);
    fut_->set_label("sleep", seconds_);
    timer_ = loop.call_later(seconds_, [f = Rc<FutureOf<void>>::share(fut_)] {
      if (!f->done()) f->set_result({});
    }).leak();
    task->wait_on(fut_, Settle);
  }
  // asyncio.sleep's `finally: h.cancel()`; drops the references start_timer() took.
  [[gnu::noinline]] void stop_timer() {
    timer_->cancel();
    timer_->release();
    fut_->release();
  }

  double seconds_;
  TaskBase* task_;  // set in the settle form only (await_suspend always runs first)
  // Both owned (one reference each) once the timer is started; before, fut_ is null and
  // timer_ unset (not initialised: one store less on every sleep(0)).
  FutureOf<void>* fut_ = nullptr;
  Handle* timer_;
};

class sleep {
 public:
  explicit sleep(double seconds) : seconds_(seconds) {}
  template <bool Settle>
  SleepAwaiter<Settle> awaiter() const {
    return SleepAwaiter<Settle>(seconds_);
  }
  SleepAwaiter<false> operator co_await() const { return awaiter<false>(); }

 private:
  double seconds_;
};

}  // namespace aio
