// wait.hpp — asyncio.wait and asyncio.as_completed (3.11).
//
// wait(fs, timeout, return_when) waits until ALL_COMPLETED / FIRST_COMPLETED /
// FIRST_EXCEPTION (or the timeout) and returns (done, pending) without raising;
// callbacks are registered in the order given (CPython iterates a set: an order of its
// own). as_completed yields one awaitable per input, each giving the next result to
// arrive (its value or its error); after the timeout the remaining ones raise
// TimeoutError.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "aio/queue.hpp"
#include "aio/task.hpp"
#include "aio/wait_for.hpp"

namespace aio {

enum class ReturnWhen : unsigned char { first_completed, first_exception, all_completed };

template <class T>
struct WaitResult {
  std::vector<FutureView<T>> done, pending;
};

template <class T>
Task<WaitResult<T>> wait(std::vector<FutureView<T>> fs, std::optional<double> timeout = std::nullopt,
                         ReturnWhen return_when = ReturnWhen::all_completed) {
  if (fs.empty()) co_await fail(Error::value("Set of Tasks/Futures is empty."));
  Loop& loop = running_loop();
  struct Shared {
    Future<> waiter;
    Rc<Handle> timeout_handle;
    std::size_t counter;
    ReturnWhen return_when;
  };
  auto shared = std::make_shared<Shared>(Shared{Future<>(loop), nullptr, fs.size(), return_when});
  shared->waiter->set_label("wait");
  if (timeout)
    shared->timeout_handle = loop.call_later(*timeout, [w = shared->waiter] { detail::release_waiter(*w.get()); });
  std::vector<void*> tokens;
  tokens.reserve(fs.size());
  for (FutureView<T>& f : fs) {
    tokens.push_back(f->on_done([shared](FutureBase& done) {
      --shared->counter;
      if (shared->counter == 0 || shared->return_when == ReturnWhen::first_completed ||
          (shared->return_when == ReturnWhen::first_exception && !done.cancelled() && done.error())) {
        if (shared->timeout_handle) shared->timeout_handle->cancel();
        detail::release_waiter(*shared->waiter.get());
      }
    }));
  }
  auto waited = co_await settle(shared->waiter);
  if (shared->timeout_handle) shared->timeout_handle->cancel();
  for (std::size_t i = 0; i < fs.size(); ++i) fs[i]->remove_done_callback(tokens[i]);
  if (!waited) co_await fail(waited.take_error());
  WaitResult<T> out;
  for (FutureView<T>& f : fs) (f->done() ? out.done : out.pending).push_back(f);
  co_return out;
}

template <class T>
class AsCompleted {
 public:
  AsCompleted(std::vector<FutureView<T>> fs, std::optional<double> timeout = std::nullopt)
      : s_(std::make_shared<State>()) {
    Loop& loop = fs.empty() ? running_loop() : fs.front()->loop();
    for (FutureView<T>& f : fs) {
      bool dup = false;
      for (FutureView<T>& g : s_->todo) dup = dup || g == f;
      if (!dup) s_->todo.push_back(f);
    }
    count_ = s_->todo.size();
    for (FutureView<T>& f : s_->todo) {
      std::weak_ptr<State> w = s_;
      s_->tokens.push_back(f->on_done([w](FutureBase& done) {
        if (auto s = w.lock()) s->completed(done);
      }));
    }
    if (!s_->todo.empty() && timeout) {
      std::weak_ptr<State> w = s_;
      s_->timeout_handle = loop.call_later(*timeout, [w] {
        if (auto s = w.lock()) s->timed_out();
      });
    }
  }
  AsCompleted(const AsCompleted&) = delete;
  ~AsCompleted() {
    if (s_->timeout_handle) s_->timeout_handle->cancel();
  }
  // How many awaitables next() hands out.
  std::size_t size() const { return count_; }
  // The next result to arrive (asyncio's _wait_for_one).
  Task<T> next() {
    std::shared_ptr<State> s = s_;
    std::optional<FutureView<T>> f = co_await s->done.get();
    if (!f) co_await fail(Error::timeout());
    co_return co_await *f;
  }

 private:
  struct State {
    std::vector<FutureView<T>> todo;
    std::vector<void*> tokens;
    Queue<std::optional<FutureView<T>>> done;
    Rc<Handle> timeout_handle;
    void completed(FutureBase& f) {
      if (todo.empty()) return;
      for (std::size_t i = 0; i < todo.size(); ++i)
        if (todo[i].base() == &f) {
          (void)done.put_nowait(todo[i]);
          todo.erase(todo.begin() + i);
          tokens.erase(tokens.begin() + i);
          break;
        }
      if (todo.empty() && timeout_handle) timeout_handle->cancel();
    }
    void timed_out() {
      for (std::size_t i = 0; i < todo.size(); ++i) {
        todo[i]->remove_done_callback(tokens[i]);
        (void)done.put_nowait(std::nullopt);
      }
      todo.clear();
      tokens.clear();
    }
  };
  std::shared_ptr<State> s_;
  std::size_t count_ = 0;
};

}  // namespace aio
