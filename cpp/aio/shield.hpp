// shield.hpp — asyncio.shield: an outer future that mirrors `inner` but whose
// cancellation does not reach it. A done inner is returned as is.
#pragma once

#include "aio/task.hpp"

namespace aio {

template <class T>
FutureView<T> shield(FutureView<T> inner) {
  if (inner->done()) return inner;
  Future<T> outer(inner->loop());
  std::optional<Value<T>>* slot = &inner.slot();
  void* token = inner->on_done([outer, slot](FutureBase& in) {
    if (outer->cancelled()) return;
    if (in.cancelled())
      outer->cancel();
    else if (in.error())
      outer->set_error(*in.error());
    else
      outer->set_result(**slot);
  });
  outer->on_done([inner, token](FutureBase&) {
    if (!inner->done()) inner->remove_done_callback(token);
  });
  return outer;
}
template <class T>
FutureView<T> shield(Loop& loop, Task<T> coro) {
  return shield(FutureView<T>(loop.create_task(std::move(coro))));
}

}  // namespace aio
