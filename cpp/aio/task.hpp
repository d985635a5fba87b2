// task.hpp — coroutines and tasks (asyncio.Task), errors propagating through frames.
//
//   Task<T>      a lazy coroutine: nothing runs until it is awaited or spawned.
//                `co_await child()` runs the child inline in the same task (as `await
//                coro()` does in Python) — no loop iteration, no new task.
//   TaskRef<T>   a spawned task (loop.create_task / aio::create_task): asyncio.Task with
//                done(), cancelled(), result(), cancel(msg), cancelling()/uncancel(),
//                done-callbacks, name, waiting_on(). Awaiting it waits like a future.
//
// How a task runs (CPython's Task.__step, mirrored): the first step is queued with
// call_soon at creation; each step resumes the innermost suspended frame of the task and
// drives it with a trampoline until the task waits on a future (it registers its wakeup
// as a done-callback; the wakeup steps it again) or yields (`sleep(0)` queues the next
// step with call_soon) or finishes. Frames never resume one another: a child being
// awaited, a child returning, an error unwinding are all signals back to the trampoline,
// so neither deep await chains nor long wake-up chains grow the C++ stack, at any -O.
//
// Errors as values: `co_await x` yields x's value or, if x failed, unwinds the awaiting
// frame (destroying it: RAII runs, innermost first) and carries on with its parent, up to
// a frame that awaited with `co_await settle(x)` — which receives a Result<T> instead —
// or to the task's root, which then fails with the error (or is cancelled, for a
// cancelled error). `co_await fail(e)` raises e; a Task<T> with T non-void may also
// `co_return Error::runtime("...")`. Cancellation (task->cancel(msg)) cancels the future the task
// waits on, or is delivered at its next step, as CancelledError is in CPython.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

#include "aio/coro.hpp"
#include "aio/future.hpp"

namespace aio {

template <class T = void>
class Task;
template <class T>
class TaskRef;
class TaskBase;

namespace detail {
// Where a frame's outcome goes: into the awaiting frame's awaiter, or the task's result.
struct LinkBase {
  coroutine_handle<> frame;  // owned; null once destroyed
  std::optional<Error> error;
};
template <class T>
struct Link : LinkBase {
  std::optional<Value<T>> value;
};
}  // namespace detail

// What every aio coroutine frame knows about its place in its task.
class PromiseBase {
 public:
  TaskBase* task = nullptr;
  PromiseBase* parent = nullptr;       // the frame awaiting this one (null: task root)
  detail::LinkBase* link = nullptr;    // where the outcome goes
  bool settle = false;                 // parent awaits with settle(): errors stop here
  bool failed = false;                 // co_return'ed an Error (in link->error)
  coroutine_handle<> handle;

  suspend_always initial_suspend() noexcept { return {}; }
  struct FinalAwaiter {
    bool await_ready() noexcept { return false; }
    template <class P>
    void await_suspend(coroutine_handle<P> h) noexcept;
    void await_resume() noexcept {}
  };
  FinalAwaiter final_suspend() noexcept { return {}; }
  // Unreachable: the engine builds with -fno-exceptions.
  void unhandled_exception() noexcept { panic("exception escaped an aio coroutine"); }

  // Frames come from the pool (pool.hpp): spawning and awaiting stay off malloc.
  static void* operator new(std::size_t size) { return pool_alloc(size); }
  static void operator delete(void* p, std::size_t size) noexcept { pool_free(p, size); }
};

template <class T>
class Promise : public PromiseBase {
 public:
  Task<T> get_return_object();
  template <class U>
    requires std::is_constructible_v<T, U&&> && (!std::is_same_v<std::decay_t<U>, Error>)
  void return_value(U&& v) {
    static_cast<detail::Link<T>*>(link)->value.emplace(std::forward<U>(v));
  }
  void return_value(Error e) {
    link->error = std::move(e);
    failed = true;
  }
};

template <>
class Promise<void> : public PromiseBase {
 public:
  Task<void> get_return_object();
  void return_void() { static_cast<detail::Link<void>*>(link)->value.emplace(); }
};

template <class T, bool Settle>
class ChildAwaiter;

template <class T>
class [[nodiscard]] Task {
 public:
  using promise_type = Promise<T>;
  using value_type = T;
  explicit Task(coroutine_handle<promise_type> h) : h_(h) {}
  Task(Task&& o) noexcept : h_(std::exchange(o.h_, {})) {}
  Task& operator=(Task&& o) noexcept {
    if (this != &o) {
      if (h_) h_.destroy();
      h_ = std::exchange(o.h_, {});
    }
    return *this;
  }
  ~Task() {
    if (h_) h_.destroy();
  }
  explicit operator bool() const { return bool(h_); }
  coroutine_handle<promise_type> release() { return std::exchange(h_, {}); }

  template <bool Settle>
  ChildAwaiter<T, Settle> awaiter() && {
    return ChildAwaiter<T, Settle>(release());
  }
  ChildAwaiter<T, false> operator co_await() && { return std::move(*this).template awaiter<false>(); }

 private:
  coroutine_handle<promise_type> h_;
};

template <class T>
Task<T> Promise<T>::get_return_object() {
  auto h = coroutine_handle<Promise<T>>::from_promise(*this);
  handle = h;
  return Task<T>(h);
}
inline Task<void> Promise<void>::get_return_object() {
  auto h = coroutine_handle<Promise<void>>::from_promise(*this);
  handle = h;
  return Task<void>(h);
}

// The untyped part of a spawned task: asyncio.Task's state and its step machine.
class TaskBase : public FutureBase {
 public:
  std::uint64_t id() const { return id_; }
  // "Task-N" unless set; N counts tasks process-wide, as asyncio's counter does.
  std::string name() const;
  void set_name(std::string name) { cold().name = std::move(name); }
  // Restarts the Task-N numbering (a runner does this before each program).
  static void reset_names();

  // asyncio Task.cancel(msg): false if done; otherwise counts the request, cancels the
  // future the task waits on or arranges CancelledError at its next step.
  bool cancel_with(Error reason) override;
  int cancelling() const { return cancels_requested_; }
  int uncancel() {
    if (cancels_requested_ > 0) --cancels_requested_;
    return cancels_requested_;
  }
  // The future the task is suspended on (asyncio's _fut_waiter), or null.
  FutureBase* waiting_on() const { return fut_waiter_; }
  std::string describe() const override { return name(); }

  // --- the awaiter protocol (used by awaiters of futures, frames, sleep) -------------
  // Suspends the task until f is done; the wakeup is f's done-callback.
  void wait_on(FutureBase* f, bool settle);
  // Suspends the task for one iteration (asyncio's bare yield). Inline: it is half of
  // every `sleep(0)`. The queued entry holds no reference: the loop's list of live tasks
  // does, and a task cannot finish while its only step waits in the queue (the loop drains
  // its queue before it abandons unfinished tasks).
  // (Its `suspended` trace event is emitted by step() once the frame has suspended: a
  // traced task never takes resume()'s path, so this needs no test of its own.)
  void yield_now(bool settle) {
    signal_ = Signal::suspended;
    await_settle_ = settle;  // beside signal_: with a constant `settle`, one store for both
    loop().post_resume(this);
  }
  // Starts `child` inline, awaited by `parent`.
  void push(PromiseBase& child, PromiseBase& parent, detail::LinkBase& link, bool settle);
  // Unwinds the innermost frame with e.
  void raise_here(Error e) {
    cold().pending = std::move(e);
    signal_ = Signal::unwind;
  }
  // The error delivered at a settle-mode await point (cancellation, failed future).
  std::optional<Error> take_injected() {
    std::optional<Error> e;
    if (cold_) [[unlikely]]
      e.swap(cold_->injected);
    return e;
  }
  // Inlined into every coroutine's final suspend: the failed case is out of line, so that
  // moving an Error does not give each coroutine a large stack frame to set up on every
  // resume.
  void returned(PromiseBase& frame) {
    if (frame.failed) [[unlikely]]
      return raise_returned(frame);
    signal_ = Signal::returned;
  }

 protected:
  explicit TaskBase(Loop& loop) : FutureBase(loop) {}
  ~TaskBase() override {
    if (frame_ || fut_waiter_ || cold_) [[unlikely]]
      release_rest();
  }
  // Binds the root frame, registers the task, queues its first step.
  void start(PromiseBase& root, detail::LinkBase& link);
  // The root frame returned: move its value into the task's result.
  virtual void complete_root() = 0;

 private:
  friend class Loop;
  enum class Signal : unsigned char { none, suspended, pushed, returned, unwind };
  // The first step and the step after a bare yield: the ready queue's resume entries
  // (Loop::Entry), which resume the frame with the least work (no reference to drop, no
  // waiter to clear); cancellation and tracing take step()'s path. run_once() calls
  // resume() with itself as `l` and restores l.current_ before it runs anything else, so
  // resume() leaves this task current.
  void resume(Loop& l) {
    if (must_cancel_ || l.tracing()) [[unlikely]]
      return step();
    l.current_ = this;
    started_ = true;
    signal_ = Signal::none;  // beside started_: one store for both
    inner_.resume();
    if (signal_ != Signal::suspended) [[unlikely]]
      drive();
  }
  static void wakeup_entry(void* ctx, Ref* keep, bool run);
  [[gnu::noinline, gnu::cold]] void raise_returned(PromiseBase& frame);
  void step();                      // asyncio __step(): send None
  void step_throw(Error exc);       // asyncio __step(exc): throw exc in
  [[gnu::noinline, gnu::cold]] void step_cancelled();  // step_throw(CancelledError) for a pending cancel()
  void enter();
  // The trampoline, for a step that ends with a signal other than `suspended` (a child
  // awaited or returning, an error, the task's end). Out of line, and it moves no errors
  // itself (unwind_pending does), so that it needs no large stack frame: awaiting a child
  // coroutine passes through it twice.
  [[gnu::noinline]] void drive();
  // The unwind signal: unwinds with the pending error; true if a settle() frame caught it.
  [[gnu::noinline]] bool unwind_pending();
  // The root frame returned: destroy it, complete the task with its value.
  void root_returned();
  [[gnu::noinline, gnu::cold]] void cancel_returned();  // ... unless a cancel came first
  [[gnu::noinline, gnu::cold]] void trace(TraceKind kind, const FutureBase* on);
  [[gnu::noinline, gnu::cold]] void trace_yield();
  bool unwind(Error e);
  void finished();
  Error make_cancelled_error() const {
    return cold_ && cold_->cancel_reason ? *cold_->cancel_reason : Error::cancelled();
  }
  void destroy_frames();
  // ~TaskBase's work when there is any (frames left, a waiter, a cold block): out of line,
  // so that a finished task's destructor is a few tests.
  [[gnu::noinline]] void release_rest();
  void abandon();  // the loop is going away with this task unfinished

  PromiseBase* frame_ = nullptr;  // innermost frame
  // frame_->handle while frame_ is set: a resume calls the frame without first loading its
  // promise (one dependent load less before the frame's code can start).
  coroutine_handle<> inner_;
  void set_frame(PromiseBase& f) {
    frame_ = &f;
    inner_ = f.handle;
  }
  FutureBase* fut_waiter_ = nullptr;
  // What most tasks never need (errors in flight, a cancel message, a name), allocated the
  // first time one is set: three optional Errors were half of a task's size, constructed
  // and destroyed by every spawn.
  struct Cold : Pooled {
    std::optional<Error> injected, pending, cancel_reason;
    std::string name;
  };
  Cold& cold() {
    if (!cold_) [[unlikely]]
      cold_ = new Cold;
    return *cold_;
  }
  Cold* cold_ = nullptr;  // owned
  // started_, signal_, await_settle_ in this order: a resume sets the first two and a yield
  // the last two, each with one store.
  bool started_ = false;
  Signal signal_ = Signal::none;
  bool await_settle_ = false;
  bool must_cancel_ = false;
  int cancels_requested_ = 0;
  std::uint64_t id_ = 0;
  TaskBase* live_prev_ = nullptr;
  TaskBase* live_next_ = nullptr;
};

template <class P>
void PromiseBase::FinalAwaiter::await_suspend(coroutine_handle<P> h) noexcept {
  PromiseBase& p = h.promise();
  p.task->returned(p);
}

template <class T>
class TaskState final : public FutureOf<T, TaskBase> {
 public:
  TaskState(Loop& loop, Task<T> coro) : FutureOf<T, TaskBase>(loop) { this->start(coro.release().promise(), link_); }
  TaskState(Loop& loop, Task<T> coro, std::string&& name) : FutureOf<T, TaskBase>(loop) {
    if (!name.empty()) this->set_name(std::move(name));  // before start() traces `created`
    this->start(coro.release().promise(), link_);
  }

 private:
  void complete_root() override { this->set_result(std::move(*link_.value)); }
  detail::Link<T> link_;
};

// Awaits a future (or task): does not suspend if it is already done.
template <class T, bool Settle>
class FutureAwaiter {
 public:
  FutureAwaiter(Rc<FutureBase> f, std::optional<Value<T>>* slot) : f_(std::move(f)), slot_(slot) {}
  bool await_ready() const noexcept { return f_->done() && (Settle || !f_->error()); }
  template <class P>
  void await_suspend(coroutine_handle<P> h) {
    task_ = h.promise().task;
    if (f_->done())
      task_->raise_here(*f_->error());
    else
      task_->wait_on(f_.get(), Settle);
  }
  auto await_resume() {
    if constexpr (Settle) {
      if (task_)
        if (auto e = task_->take_injected()) return Result<T>(std::move(*e));
      if (const Error* e = f_->error()) return Result<T>(*e);
      return Result<T>(**slot_);
    } else if constexpr (!std::is_void_v<T>) {
      return Value<T>(**slot_);
    }
  }

 private:
  Rc<FutureBase> f_;
  std::optional<Value<T>>* slot_;
  TaskBase* task_ = nullptr;
};

// Awaits a lazy child coroutine: runs it inline in the awaiting task.
template <class T, bool Settle>
class ChildAwaiter {
 public:
  explicit ChildAwaiter(coroutine_handle<Promise<T>> h) : h_(h) { link_.frame = h; }
  ChildAwaiter(const ChildAwaiter&) = delete;
  ~ChildAwaiter() {
    if (link_.frame) link_.frame.destroy();
  }
  bool await_ready() const noexcept { return false; }
  template <class P>
  void await_suspend(coroutine_handle<P> parent) {
    PromiseBase& pp = parent.promise();
    pp.task->push(h_.promise(), pp, link_, Settle);
  }
  auto await_resume() {
    if (link_.frame) {
      link_.frame.destroy();
      link_.frame = {};
    }
    if constexpr (Settle) {
      if (link_.error) return Result<T>(std::move(*link_.error));
      return Result<T>(std::move(*link_.value));
    } else if constexpr (!std::is_void_v<T>) {
      return std::move(*link_.value);
    }
  }

 private:
  coroutine_handle<Promise<T>> h_;
  detail::Link<T> link_;
};

// `co_await settle(x)`: x's outcome as a Result<T>; errors (including cancellation
// delivered while waiting) do not unwind the frame.
// (Not aggregates, here and for every co_await operand: see the g++ 12 note in error.hpp.)
template <class A>
class Settled {
 public:
  explicit Settled(A a) : a_(std::move(a)) {}
  auto operator co_await() && { return std::move(a_).template awaiter<true>(); }

 private:
  A a_;
};
template <class A>
Settled<std::decay_t<A>> settle(A&& a) {
  return Settled<std::decay_t<A>>(std::forward<A>(a));
}

// `co_await fail(e)`: raises e in the current frame (never returns).
class fail {
 public:
  explicit fail(Error e) : e_(std::move(e)) {}
  bool await_ready() const noexcept { return false; }
  template <class P>
  void await_suspend(coroutine_handle<P> h) {
    h.promise().task->raise_here(std::move(e_));
  }
  [[noreturn]] void await_resume() { panic("resumed after fail()"); }

 private:
  Error e_;
};

template <class T>
class TaskRef {
 public:
  using value_type = T;
  using State = TaskState<T>;
  TaskRef() = default;
  explicit TaskRef(Rc<State> s) : s_(std::move(s)) {}
  State* get() const { return s_.get(); }
  State* operator->() const { return s_.get(); }
  explicit operator bool() const { return bool(s_); }
  bool operator==(const TaskRef& o) const { return s_ == o.s_; }
  operator FutureView<T>() const { return FutureView<T>(s_); }
  template <bool Settle>
  FutureAwaiter<T, Settle> awaiter() const {
    return FutureView<T>(s_).template awaiter<Settle>();
  }
  FutureAwaiter<T, false> operator co_await() const { return awaiter<false>(); }

 private:
  Rc<State> s_;
};

template <class T>
TaskRef<T> Loop::create_task(Task<T> coro) {
  return TaskRef<T>(Rc<TaskState<T>>::adopt(new TaskState<T>(*this, std::move(coro))));
}
template <class T>
TaskRef<T> Loop::create_task(Task<T> coro, std::string name) {
  return TaskRef<T>(Rc<TaskState<T>>::adopt(new TaskState<T>(*this, std::move(coro), std::move(name))));
}

// The running loop (asyncio.get_running_loop); aborts if none runs on this thread.
inline Loop& running_loop() {
  Loop* loop = Loop::running();
  if (!loop) panic("no running event loop");
  return *loop;
}
// asyncio.create_task: spawns on the running loop.
template <class T>
TaskRef<T> create_task(Task<T> coro) {
  return running_loop().create_task(std::move(coro));
}
template <class T>
TaskRef<T> create_task(Task<T> coro, std::string name) {
  return running_loop().create_task(std::move(coro), std::move(name));
}
// asyncio.current_task.
inline TaskBase* current_task() { return running_loop().current_task(); }

// asyncio.ensure_future: a lazy Task is spawned, futures and tasks pass through.
template <class T>
FutureView<T> ensure_future(Loop& loop, Task<T> coro) {
  return loop.create_task(std::move(coro));
}
template <class T>
FutureView<T> ensure_future(Loop&, const TaskRef<T>& t) {
  return t;
}
template <class T>
FutureView<T> ensure_future(Loop&, const Future<T>& f) {
  return f;
}
template <class T>
FutureView<T> ensure_future(Loop&, const FutureView<T>& f) {
  return f;
}

namespace detail {
void stop_loop(void* loop, Ref*, bool run);
}

template <class A>
auto Loop::run_until_complete(A&& awaitable) {
  auto fut = ensure_future(*this, std::forward<A>(awaitable));
  using T = typename decltype(fut)::value_type;
  fut->add_done_callback(&detail::stop_loop, this);
  run_forever();
  fut->remove_done_callback(&detail::stop_loop, this);
  if (!fut->done()) return Result<T>(Error::runtime("Event loop stopped before Future completed."));
  return fut.result();
}

}  // namespace aio
