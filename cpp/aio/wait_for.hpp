// wait_for.hpp — asyncio.wait_for (3.11): wait for one future/coroutine with a timeout.
//
// A coroutine argument is spawned as a task (after the timeout timer is armed, as in
// CPython); on timeout the task is cancelled and waited for, then TimeoutError is raised
// — unless it completed anyway, whose result wins. Cancelling the waiter cancels the
// task too. timeout = nullopt awaits the coroutine inline; timeout <= 0 cancels at once
// unless already done.
#pragma once

#include <optional>

#include "aio/task.hpp"

namespace aio {

namespace detail {
// asyncio's _release_waiter.
inline void release_waiter(FutureOf<void>& waiter) {
  if (!waiter.done()) waiter.set_result({});
}

// Cancels a future/task on scope exit (asyncio's `finally: timeout_handle.cancel()`).
class CancelOnExit {
 public:
  explicit CancelOnExit(Rc<Handle> h) : h_(std::move(h)) {}
  CancelOnExit(const CancelOnExit&) = delete;
  ~CancelOnExit() {
    if (h_) h_->cancel();
  }

 private:
  Rc<Handle> h_;
};

// asyncio's _cancel_and_wait: cancel `fut`, wait until it is done (not through fut itself,
// so this stays cancellable).
inline Task<> cancel_and_wait(FutureBase& fut) {
  Future<> waiter(fut.loop());
  void* token = fut.on_done([waiter](FutureBase&) { release_waiter(*waiter.get()); });
  struct Unregister {
    FutureBase& fut;
    void* token;
    ~Unregister() { fut.remove_done_callback(token); }
  } unregister{fut, token};
  fut.cancel();
  co_await waiter;
}

template <class T>
Task<T> wait_for_impl(Task<T> coro, FutureView<T> fut, std::optional<double> timeout) {
  Loop& loop = running_loop();
  if (!timeout) {
    if (coro) co_return co_await std::move(coro);
    co_return co_await fut;
  }
  if (*timeout <= 0) {
    if (coro) fut = loop.create_task(std::move(coro));
    if (fut->done()) co_return co_await fut;
    co_await cancel_and_wait(*fut.base());
    auto r = fut.result();
    if (!r && r.error().is_cancelled()) co_await fail(Error::timeout());
    co_return co_await fut;
  }
  Future<> waiter(loop);
  waiter->set_label("wait_for", *timeout);
  CancelOnExit timer(loop.call_later(*timeout, [waiter] { release_waiter(*waiter.get()); }));
  if (coro) fut = loop.create_task(std::move(coro));
  void* token = fut->on_done([waiter](FutureBase&) { release_waiter(*waiter.get()); });
  auto waited = co_await settle(waiter);
  if (!waited) {  // the wait itself was cancelled
    if (fut->done()) co_return co_await fut;
    fut->remove_done_callback(token);
    co_await cancel_and_wait(*fut.base());
    co_await fail(waited.take_error());
  }
  if (fut->done()) co_return co_await fut;
  fut->remove_done_callback(token);
  co_await cancel_and_wait(*fut.base());
  auto r = fut.result();
  if (!r && r.error().is_cancelled()) co_await fail(Error::timeout());
  co_return co_await fut;
}
}  // namespace detail

template <class T>
Task<T> wait_for(Task<T> coro, std::optional<double> timeout) {
  return detail::wait_for_impl<T>(std::move(coro), {}, timeout);
}
template <class T>
Task<T> wait_for(FutureView<T> fut, std::optional<double> timeout) {
  return detail::wait_for_impl<T>(Task<T>(nullptr), std::move(fut), timeout);
}
template <class T>
Task<T> wait_for(const TaskRef<T>& t, std::optional<double> timeout) {
  return wait_for(FutureView<T>(t), timeout);
}

}  // namespace aio
