// event.hpp — asyncio.Event: set() wakes every waiter (in wait order); clear() resets.
#pragma once

#include "aio/task.hpp"
#include "aio/waiters.hpp"

namespace aio {

class Event {
 public:
  bool is_set() const { return value_; }
  void set() {
    if (value_) return;
    value_ = true;
    for (detail::Waiter& w : waiters_)
      if (!w->done()) w->set_result(true);
  }
  void clear() { value_ = false; }
  Task<bool> wait() {
    if (value_) co_return true;
    detail::Waiter fut = detail::new_waiter(running_loop(), "Event.wait");
    detail::WaiterEntry entry(waiters_, fut);
    co_await FutureView<bool>(fut);
    co_return true;
  }

 private:
  detail::Waiters waiters_;
  bool value_ = false;
};

}  // namespace aio
