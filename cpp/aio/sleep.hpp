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
  ~SleepAwaiter() {
    if (timer_) timer_->cancel();
  }
  bool await_ready() const noexcept { return false; }
  template <class P>
  void await_suspend(coroutine_handle<P> h) {
    task_ = h.promise().task;
    if (!(seconds_ > 0)) {
      task_->yield_now(Settle);
      return;
    }
    Loop& loop = task_->loop();
    fut_ = Rc<FutureOf<void>>::adopt(new FutureOf<void>(loop));
    fut_->set_label("sleep", seconds_);
    timer_ = loop.call_later(seconds_, [f = fut_] {
      if (!f->done()) f->set_result({});
    });
    task_->wait_on(fut_.get(), Settle);
  }
  auto await_resume() {
    if constexpr (Settle) {
      if (auto e = task_->take_injected()) return Result<void>(std::move(*e));
      return Result<void>();
    }
  }

 private:
  double seconds_;
  TaskBase* task_ = nullptr;
  Rc<FutureOf<void>> fut_;
  Rc<Handle> timer_;
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
