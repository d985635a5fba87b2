// semaphore.hpp — asyncio.Semaphore and BoundedSemaphore (3.11.7's fair version: a
// release hands the unit to the first waiter that is not done; newcomers queue behind
// waiters that were not cancelled).
#pragma once

#include <algorithm>

#include "aio/task.hpp"
#include "aio/waiters.hpp"

namespace aio {

class Semaphore {
 public:
  explicit Semaphore(int value = 1) : value_(value) {}
  int value() const { return value_; }
  bool locked() const {
    return value_ == 0 || std::any_of(waiters_.begin(), waiters_.end(), [](auto& w) { return !w->cancelled(); });
  }

  Task<bool> acquire() {
    if (!locked()) {
      --value_;
      co_return true;
    }
    detail::Waiter fut = detail::new_waiter(running_loop(), "Semaphore.acquire");
    detail::WaiterEntry entry(waiters_, fut);
    auto r = co_await settle(FutureView<bool>(fut));
    entry.remove();
    if (!r) {
      if (r.error().is_cancelled() && !fut->cancelled()) {
        ++value_;
        wake_up_next();
      }
      co_await fail(r.take_error());
    }
    if (value_ > 0) wake_up_next();
    co_return true;
  }

  void release() {
    ++value_;
    wake_up_next();
  }

 protected:
  void wake_up_next() {
    for (detail::Waiter& fut : waiters_)
      if (!fut->done()) {
        --value_;
        fut->set_result(true);
        return;
      }
  }
  detail::Waiters waiters_;
  int value_;
};

class BoundedSemaphore : public Semaphore {
 public:
  explicit BoundedSemaphore(int value = 1) : Semaphore(value), bound_(value) {}
  // ValueError if released more often than acquired.
  Result<void> release() {
    if (value_ >= bound_) return Error::value("BoundedSemaphore released too many times");
    Semaphore::release();
    return {};
  }

 private:
  int bound_;
};

}  // namespace aio
