// waiters.hpp — the deque of futures that asyncio's locks and queues keep their waiting
// tasks in, and the RAII form of their `finally: self._waiters.remove(fut)`.
#pragma once

#include <algorithm>
#include <deque>

#include "aio/future.hpp"

namespace aio::detail {

using Waiter = Rc<FutureOf<bool>>;
using Waiters = std::deque<Waiter>;

inline Waiter new_waiter(Loop& loop, const char* label) {
  Waiter w = Rc<FutureOf<bool>>::adopt(new FutureOf<bool>(loop));
  w->set_label(label);
  return w;
}

// Removes `w` from `list` at remove() or, if the frame unwinds first, at destruction.
class WaiterEntry {
 public:
  WaiterEntry(Waiters& list, Waiter w) : list_(&list), w_(std::move(w)) { list_->push_back(w_); }
  WaiterEntry(const WaiterEntry&) = delete;
  ~WaiterEntry() { remove(); }
  void remove() {
    if (!list_) return;
    auto it = std::find(list_->begin(), list_->end(), w_);
    if (it != list_->end()) list_->erase(it);
    list_ = nullptr;
  }

 private:
  Waiters* list_;
  Waiter w_;
};

}  // namespace aio::detail
