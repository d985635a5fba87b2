// loop.hpp — the event loop: asyncio's BaseEventLoop without I/O.
//
//   * A FIFO ready queue. One iteration (run_once, asyncio's _run_once) first moves every
//     timer that is due to the back of the queue, then runs exactly the callbacks that were
//     queued when the iteration began; callbacks they schedule run in the next iteration.
//   * A heap of timers keyed by (deadline, sequence) (timer_heap.hpp). A cancelled timer
//     drops its callback at once; it leaves the heap at the start of the next iteration
//     (asyncio's sweep point): each one by its back-index in O(log n), or, when cancelled
//     timers are more than half of the heap, all at once by rebuilding the heap without
//     them in O(n), as asyncio does. It never fires and never delays the loop.
//   * Every wake-up of a coroutine goes through the ready queue: futures schedule their
//     done-callbacks with call_soon, tasks step from there. Nothing resumes a coroutine
//     from inside await_suspend, so stack depth never depends on how tasks chain.
//
// Plain C++ callbacks reach the loop through `Loop::running()` or the loop reference they
// captured. `post()` is the allocation-free call_soon used by futures and tasks; the
// callback signature `CallbackFn(ctx, keep, run)` is called with run=false when the entry
// is dropped unrun (loop destroyed, callback removed) so that it can free `ctx`.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "aio/clock.hpp"
#include "aio/ref.hpp"
#include "aio/timer_heap.hpp"
#include "aio/trace.hpp"

namespace aio {

class Loop;
class TaskBase;
class FutureBase;
template <class T>
class Task;
template <class T>
class TaskRef;

using CallbackFn = void (*)(void* ctx, Ref* keep, bool run);

// asyncio.Handle / asyncio.TimerHandle: a scheduled callback that can be cancelled.
class Handle : public Ref {
 public:
  // Cancels the callback and frees it (as asyncio clears _callback/_args). Idempotent.
  void cancel();
  bool cancelled() const { return cancelled_; }
  // Deadline in loop time (timers only).
  double when() const { return when_; }

 protected:
  explicit Handle(Loop* loop) : loop_(loop) {}
  virtual void invoke() = 0;
  virtual void drop() = 0;

 private:
  friend class Loop;
  friend class TimerHeap;
  Loop* loop_;
  bool cancelled_ = false;
  std::uint32_t timer_id_ = UINT32_MAX;  // its entry in the heap's pool (timer_heap.hpp)
  double when_ = 0;
  std::uint64_t seq_ = 0;
};

template <class F>
class FnHandle final : public Handle {
 public:
  FnHandle(Loop* loop, F f) : Handle(loop), f_(std::move(f)) {}

 private:
  void invoke() override { (*f_)(); }
  void drop() override { f_.reset(); }
  std::optional<F> f_;
};

class Loop {
 public:
  explicit Loop(ClockKind clock = default_clock());
  // Drops queued callbacks unrun and destroys the coroutine frames of unfinished tasks
  // (their RAII runs, innermost frame first).
  ~Loop();
  Loop(const Loop&) = delete;
  Loop& operator=(const Loop&) = delete;

  double time() const { return clock_.now(); }
  Clock& clock() { return clock_; }

  // asyncio's call_soon / call_later / call_at: F is any `void()` callable.
  template <class F>
  Rc<Handle> call_soon(F f) {
    auto* h = new FnHandle<F>(this, std::move(f));
    post(&Loop::run_handle, nullptr, h);
    return Rc<Handle>::adopt(h);
  }
  template <class F>
  Rc<Handle> call_at(double when, F f) {
    auto* h = new FnHandle<F>(this, std::move(f));
    h->retain();  // the heap's reference
    push_timer(h, when);
    return Rc<Handle>::adopt(h);
  }
  template <class F>
  Rc<Handle> call_later(double delay, F f) {
    return call_at(time() + delay, std::move(f));
  }
  // call_soon without a Handle: queues fn(ctx, keep, true); `keep` is retained meanwhile.
  void post(CallbackFn fn, void* ctx, Ref* keep) {
    if (keep) keep->retain();
    ready_.push({fn, ctx, keep});
  }

  // One iteration (asyncio _run_once): wait for the first timer if nothing is ready and
  // no stop is pending (rounded up to whole ms, as asyncio's epoll wait is), move due
  // timers to the ready queue, run what was ready.
  void run_once();
  // Iterates until stop() (returns true) or until nothing is ready and no timer is
  // pending (returns false: asyncio would block forever there).
  bool run_forever();
  // Stops run_forever after the current iteration.
  void stop() { stopping_ = true; }
  // Runs until stop() or until there is nothing left to do.
  void run() { (void)run_forever(); }
  // asyncio loop.create_task: spawns the coroutine as a task; its first step runs in the
  // next iteration. Defined in task.hpp. (Two overloads rather than a defaulted name: an
  // unnamed spawn then builds and destroys no std::string.)
  template <class T>
  TaskRef<T> create_task(Task<T> coro);
  template <class T>
  TaskRef<T> create_task(Task<T> coro, std::string name);
  // Runs until the task/future/lazy Task completes; returns its outcome, or an
  // invalid_state error if the loop stopped (or ran dry) first. Defined in task.hpp.
  template <class A>
  auto run_until_complete(A&& awaitable);
  bool is_running() const { return running_depth_ > 0; }

  // The task whose step is running (asyncio.current_task), or null.
  TaskBase* current_task() const { return current_; }
  // The loop running on this thread (asyncio.get_running_loop), or null.
  static Loop* running();
  // Unfinished tasks in creation order (asyncio.all_tasks).
  std::vector<TaskBase*> all_tasks() const;

  // The trace hook (trace.hpp); null disables tracing.
  void set_trace(TraceHook hook, void* user) {
    trace_hook_ = hook;
    trace_user_ = user;
  }
  bool tracing() const { return trace_hook_ != nullptr; }
  void trace(TraceKind kind, const TaskBase& task, const FutureBase* on = nullptr) {
    if (trace_hook_) trace_hook_(trace_user_, TraceEvent{kind, time(), &task, on});
  }

  std::size_t ready_count() const { return ready_.size(); }
  // Timers scheduled and not cancelled.
  std::size_t timer_count() const { return heap_.size() - cancelled_timers_.size(); }

 private:
  friend class Handle;
  friend class TaskBase;
  // A queued callback. fn == nullptr is a task's next step after a yield, or its first
  // (ctx: the TaskBase): run_once runs it inline (TaskBase::resume), and its `keep` is
  // neither written nor read. The loop's list of live tasks holds the task's reference.
  struct Entry {
    CallbackFn fn;
    void* ctx;
    Ref* keep;
  };
  // FIFO ring buffer of entries. Pointers rather than indices, and never full between
  // calls (a push that fills it grows it at once): a push is one store of the entry and a
  // pointer bump, a pop the same, which is a third of a task's resume after a yield.
  class ReadyQueue {
   public:
    ReadyQueue();
    ~ReadyQueue() { delete[] buf_; }
    ReadyQueue(const ReadyQueue&) = delete;
    ReadyQueue& operator=(const ReadyQueue&) = delete;
    std::size_t size() const {
      return std::size_t(tail_ >= head_ ? tail_ - head_ : (end_ - head_) + (tail_ - buf_));
    }
    bool empty() const { return head_ == tail_; }
    void push(Entry e) {
      *tail_ = e;
      advance_tail();
    }
    // A task's resume entry: two stores (fn, ctx), `keep` left as it was.
    void push_resume(void* task) {
      tail_->fn = nullptr;
      tail_->ctx = task;
      advance_tail();
    }
    // Pops the oldest entry, returning its slot: valid until the next push.
    const Entry* pop_slot() {
      const Entry* e = head_;
      if (++head_ == end_) head_ = buf_;
      return e;
    }

   private:
    void advance_tail() {
      if (++tail_ == end_) tail_ = buf_;
      if (tail_ == head_) [[unlikely]]
        grow();
    }
    void grow();
    Entry *buf_, *end_, *head_, *tail_;
  };

  static void run_handle(void* ctx, Ref* keep, bool run);
  // Queues t's next step (yield) or first step (spawn) as a resume entry.
  void post_resume(TaskBase* t) { ready_.push_resume(t); }
  void push_timer(Handle* h, double when) {
    h->when_ = when;
    h->seq_ = seq_++;
    heap_.push(h, when);
  }
  void drop_cancelled_timers();
  // run_once's last part: runs the callbacks that are ready. Not inlined: no idle wait is
  // ever below it, so a wasm build whose Asyncify covers only the loop's idle path
  // (run_once -> Clock::idle, bench/aio/asyncify-only.txt) leaves this loop, every task's
  // resume, uninstrumented.
  [[gnu::noinline]] void run_ready();
  void task_born(TaskBase* t);
  void task_gone(TaskBase* t);

  Clock clock_;
  ReadyQueue ready_;
  TimerHeap heap_;  // each timer in it holds one reference
  std::vector<Handle*> cancelled_timers_;  // cancelled, still in the heap
  std::uint64_t seq_ = 0;
  bool stopping_ = false;
  int running_depth_ = 0;
  TaskBase* current_ = nullptr;
  TaskBase* live_head_ = nullptr;  // unfinished tasks, each holding one reference
  TaskBase* live_tail_ = nullptr;
  TraceHook trace_hook_ = nullptr;
  void* trace_user_ = nullptr;
};

}  // namespace aio
