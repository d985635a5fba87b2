// gather.hpp — asyncio.gather: one future for many; results in argument order.
//
// Lazy Task arguments are spawned (in argument order); the same future passed twice is
// awaited once. Without return_exceptions the first error (or a child's cancellation, as a
// CancelledError *error*, not a cancelled state) finishes the gather at once; with it,
// each slot holds the child's Result. Cancelling the gather cancels every child; it then
// ends with a CancelledError once all children are done. The child callbacks follow
// CPython's _done_callback, including which child supplies the final CancelledError.
#pragma once

#include <unordered_set>
#include <vector>

#include "aio/task.hpp"

namespace aio {

template <class T>
using Gathered = std::vector<Result<T>>;

template <class T>
class GatherFuture final : public FutureOf<Gathered<T>> {
 public:
  GatherFuture(Loop& loop, std::vector<FutureView<T>> children, bool return_exceptions)
      : FutureOf<Gathered<T>>(loop), children_(std::move(children)), return_exceptions_(return_exceptions) {
    std::unordered_set<FutureBase*> seen;
    for (FutureView<T>& c : children_) {
      if (!seen.insert(c.base()).second) continue;
      ++nfuts_;
      this->retain();  // held by the child's callback
      c->add_done_callback(&GatherFuture::on_child, this);
    }
    if (children_.empty()) this->set_result({});
  }
  bool cancel_with(Error reason) override {
    if (this->done()) return false;
    bool ret = false;
    for (FutureView<T>& c : children_)
      if (c->cancel_with(reason)) ret = true;
    if (ret) cancel_requested_ = true;
    return ret;
  }
  std::string describe() const override { return "gather"; }

 private:
  static void on_child(void* ctx, Ref* keep, bool run) {
    auto* g = static_cast<GatherFuture*>(ctx);
    if (run) g->child_done(*static_cast<FutureBase*>(keep));
    g->release();
  }
  void child_done(FutureBase& fut) {
    ++nfinished_;
    if (this->done()) return;
    if (!return_exceptions_ && fut.error()) {  // cancelled or failed
      this->set_error(*fut.error());
      return;
    }
    if (nfinished_ != nfuts_) return;
    Gathered<T> results;
    results.reserve(children_.size());
    for (FutureView<T>& c : children_) results.push_back(c.result());
    if (cancel_requested_) {
      // CPython raises the last child's _make_cancelled_error().
      FutureBase* last = children_.back().base();
      this->set_error(last->cancelled() ? *last->error() : Error::cancelled());
    } else {
      this->set_result(std::move(results));
    }
  }

  std::vector<FutureView<T>> children_;
  std::size_t nfuts_ = 0, nfinished_ = 0;
  bool return_exceptions_;
  bool cancel_requested_ = false;
};

// gather over futures/tasks (all on one loop).
template <class T>
FutureView<Gathered<T>> gather(Loop& loop, std::vector<FutureView<T>> children, bool return_exceptions = false) {
  return FutureView<Gathered<T>>(Rc<GatherFuture<T>>::adopt(
      new GatherFuture<T>(loop, std::move(children), return_exceptions)));
}
// gather over lazy coroutines: each is spawned as a task first.
template <class T>
FutureView<Gathered<T>> gather(Loop& loop, std::vector<Task<T>> coros, bool return_exceptions = false) {
  std::vector<FutureView<T>> children;
  children.reserve(coros.size());
  for (Task<T>& c : coros) children.push_back(loop.create_task(std::move(c)));
  return gather(loop, std::move(children), return_exceptions);
}
// gather(loop, task_a(), task_b(), ...) — same value type, spawned in argument order.
template <class T, class... More>
FutureView<Gathered<T>> gather(Loop& loop, Task<T> first, More... more) {
  std::vector<Task<T>> coros;
  coros.push_back(std::move(first));
  (coros.push_back(std::move(more)), ...);
  return gather(loop, std::move(coros));
}

}  // namespace aio
