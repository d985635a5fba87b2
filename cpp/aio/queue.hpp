// queue.hpp — asyncio.Queue, LifoQueue, PriorityQueue (3.11).
//
// maxsize <= 0 means unbounded. put()/get() wait while full/empty; each wake-up hands
// the turn to the next waiter that is not done (a waiter cancelled after being woken
// passes its turn on). put_nowait/get_nowait fail with QueueFull/QueueEmpty;
// task_done() with ValueError when called too often; join() waits until every item put
// has been marked done.
#pragma once

#include <algorithm>
#include <deque>
#include <functional>
#include <vector>

#include "aio/event.hpp"
#include "aio/task.hpp"
#include "aio/waiters.hpp"

namespace aio {

namespace detail {
template <class T>
struct FifoStore {
  std::deque<T> items;
  void put(T v) { items.push_back(std::move(v)); }
  T get() {
    T v = std::move(items.front());
    items.pop_front();
    return v;
  }
};
template <class T>
struct LifoStore {
  std::vector<T> items;
  void put(T v) { items.push_back(std::move(v)); }
  T get() {
    T v = std::move(items.back());
    items.pop_back();
    return v;
  }
};
// heapq: the smallest item first.
template <class T, class Less>
struct HeapStore {
  std::vector<T> items;
  static bool greater(const T& a, const T& b) { return Less()(b, a); }
  void put(T v) {
    items.push_back(std::move(v));
    std::push_heap(items.begin(), items.end(), greater);
  }
  T get() {
    std::pop_heap(items.begin(), items.end(), greater);
    T v = std::move(items.back());
    items.pop_back();
    return v;
  }
};
}  // namespace detail

template <class T, class Store>
class BasicQueue {
 public:
  explicit BasicQueue(long maxsize = 0) : maxsize_(maxsize) { finished_.set(); }

  std::size_t qsize() const { return store_.items.size(); }
  long maxsize() const { return maxsize_; }
  bool empty() const { return store_.items.empty(); }
  bool full() const { return maxsize_ > 0 && static_cast<long>(qsize()) >= maxsize_; }

  Task<> put(T item) {
    while (full()) {
      detail::Waiter putter = detail::new_waiter(running_loop(), "Queue.put");
      putters_.push_back(putter);
      auto r = co_await settle(FutureView<bool>(putter));
      if (!r) {
        putter->cancel();  // in case it was not done yet
        remove(putters_, putter);
        if (!full() && !putter->cancelled()) wakeup_next(putters_);
        co_await fail(r.take_error());
      }
    }
    (void)put_nowait(std::move(item));
  }

  Result<void> put_nowait(T item) {
    if (full()) return Error(ErrorKind::queue_full);
    store_.put(std::move(item));
    ++unfinished_;
    finished_.clear();
    wakeup_next(getters_);
    return {};
  }

  Task<T> get() {
    while (empty()) {
      detail::Waiter getter = detail::new_waiter(running_loop(), "Queue.get");
      getters_.push_back(getter);
      auto r = co_await settle(FutureView<bool>(getter));
      if (!r) {
        getter->cancel();
        remove(getters_, getter);
        if (!empty() && !getter->cancelled()) wakeup_next(getters_);
        co_await fail(r.take_error());
      }
    }
    co_return std::move(get_nowait()).value();
  }

  Result<T> get_nowait() {
    if (empty()) return Error(ErrorKind::queue_empty);
    T item = store_.get();
    wakeup_next(putters_);
    return item;
  }

  Result<void> task_done() {
    if (unfinished_ <= 0) return Error::value("task_done() called too many times");
    if (--unfinished_ == 0) finished_.set();
    return {};
  }

  Task<> join() {
    if (unfinished_ > 0) co_await finished_.wait();
  }

 private:
  static void wakeup_next(detail::Waiters& waiters) {
    while (!waiters.empty()) {
      detail::Waiter w = std::move(waiters.front());
      waiters.pop_front();
      if (!w->done()) {
        w->set_result(true);
        break;
      }
    }
  }
  static void remove(detail::Waiters& waiters, const detail::Waiter& w) {
    auto it = std::find(waiters.begin(), waiters.end(), w);
    if (it != waiters.end()) waiters.erase(it);
  }

  long maxsize_;
  Store store_;
  detail::Waiters getters_, putters_;
  long unfinished_ = 0;
  Event finished_;
};

template <class T>
using Queue = BasicQueue<T, detail::FifoStore<T>>;
template <class T>
using LifoQueue = BasicQueue<T, detail::LifoStore<T>>;
template <class T, class Less = std::less<T>>
using PriorityQueue = BasicQueue<T, detail::HeapStore<T, Less>>;

}  // namespace aio
