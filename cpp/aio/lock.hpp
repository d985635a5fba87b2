// lock.hpp — asyncio.Lock: FIFO, and fair as CPython's: a released lock is not taken by
// a newcomer while a woken waiter has yet to run (acquire() only takes a free lock at once
// when every queued waiter was cancelled).
//
//   co_await lock.acquire(); ... lock.release();
//   { auto guard = co_await lock.hold(); ... }   // `async with lock:`
#pragma once

#include <algorithm>

#include "aio/task.hpp"
#include "aio/waiters.hpp"

namespace aio {

class Lock {
 public:
  bool locked() const { return locked_; }

  Task<bool> acquire() {
    if (!locked_ && std::all_of(waiters_.begin(), waiters_.end(), [](auto& w) { return w->cancelled(); })) {
      locked_ = true;
      co_return true;
    }
    detail::Waiter fut = detail::new_waiter(running_loop(), "Lock.acquire");
    detail::WaiterEntry entry(waiters_, fut);
    auto r = co_await settle(FutureView<bool>(fut));
    entry.remove();
    if (!r) {
      if (r.error().is_cancelled() && !locked_) wake_up_first();
      co_await fail(r.take_error());
    }
    locked_ = true;
    co_return true;
  }

  // An error (RuntimeError) if the lock is not held.
  Result<void> release() {
    if (!locked_) return Error::runtime("Lock is not acquired.");
    locked_ = false;
    wake_up_first();
    return {};
  }

  // Releases on destruction: the `async with lock:` form.
  class Guard {
   public:
    explicit Guard(Lock* lock) : lock_(lock) {}
    Guard(Guard&& o) noexcept : lock_(std::exchange(o.lock_, nullptr)) {}
    Guard(const Guard&) = delete;
    ~Guard() {
      if (lock_) (void)lock_->release();
    }

   private:
    Lock* lock_;
  };
  Task<Guard> hold() {
    co_await acquire();
    co_return Guard(this);
  }

 private:
  void wake_up_first() {
    if (waiters_.empty()) return;
    detail::Waiter& fut = waiters_.front();
    if (!fut->done()) fut->set_result(true);
  }
  detail::Waiters waiters_;
  bool locked_ = false;
};

}  // namespace aio
