// condition.hpp — asyncio.Condition over a Lock (its own, or one shared).
//
// wait() releases the lock, waits for notify, and always re-acquires the lock before
// returning or raising (a cancellation during re-acquisition is remembered and raised
// afterwards, as CPython does). notify(n) wakes the first n waiters that are not done,
// in wait order.
#pragma once

#include <memory>

#include "aio/lock.hpp"

namespace aio {

class Condition {
 public:
  Condition() : own_(std::make_unique<Lock>()), lock_(own_.get()) {}
  explicit Condition(Lock& lock) : lock_(&lock) {}

  bool locked() const { return lock_->locked(); }
  Task<bool> acquire() { return lock_->acquire(); }
  Result<void> release() { return lock_->release(); }
  Task<Lock::Guard> hold() { return lock_->hold(); }

  Task<bool> wait() {
    if (!locked()) co_await fail(Error::runtime("cannot wait on un-acquired lock"));
    (void)release();
    std::optional<Error> failure;
    {
      detail::Waiter fut = detail::new_waiter(running_loop(), "Condition.wait");
      detail::WaiterEntry entry(waiters_, fut);
      auto r = co_await settle(FutureView<bool>(fut));
      if (!r) failure = r.take_error();
    }
    bool cancelled = false;
    for (;;) {
      auto a = co_await settle(acquire());
      if (a) break;
      if (a.error().is_cancelled())
        cancelled = true;
      else
        co_await fail(a.take_error());
    }
    if (cancelled) co_await fail(Error::cancelled());
    if (failure) co_await fail(std::move(*failure));
    co_return true;
  }

  template <class Pred>
  Task<bool> wait_for(Pred predicate) {
    bool result = predicate();
    while (!result) {
      co_await wait();
      result = predicate();
    }
    co_return result;
  }

  Result<void> notify(std::size_t n = 1) {
    if (!locked()) return Error::runtime("cannot notify on un-acquired lock");
    std::size_t idx = 0;
    for (detail::Waiter& fut : waiters_) {
      if (idx >= n) break;
      if (!fut->done()) {
        ++idx;
        fut->set_result(false);
      }
    }
    return {};
  }
  Result<void> notify_all() { return notify(waiters_.size()); }

 private:
  std::unique_ptr<Lock> own_;
  Lock* lock_;
  detail::Waiters waiters_;
};

}  // namespace aio
