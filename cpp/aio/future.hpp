// future.hpp — asyncio.Future: a result that will be set later, with done-callbacks.
//
// FutureBase is the untyped core shared by futures and tasks (loop, state, error,
// callbacks); FutureOf<T, Base> adds the value. `Future<T>` is the owning handle users
// hold (a reference-counted pointer), `FutureView<T>` any typed future or task viewed
// through its value (what combinators take).
//
// As in asyncio: set_result/set_error/cancel on a done future fail (return false, i.e.
// InvalidStateError); completion schedules every done-callback with call_soon in
// registration order; a callback added to a done future is scheduled at once.
// Awaiting a future (task.hpp) does not suspend if it is already done.
#pragma once

#include <cmath>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "aio/error.hpp"
#include "aio/loop.hpp"

namespace aio {

template <class T, bool Settle>
class FutureAwaiter;

class FutureBase : public Ref {
 public:
  enum class State : unsigned char { pending, finished, cancelled };

  explicit FutureBase(Loop& loop) : loop_(&loop) {}
  // Inline, with the rare work out of line: a finished task or future with no callbacks
  // left and no error is freed with a few tests.
  ~FutureBase() override {
    if (first_.fn || error_) [[unlikely]]
      release_rest();
  }

  Loop& loop() const { return *loop_; }
  State state() const { return state_; }
  bool done() const { return state_ != State::pending; }
  bool cancelled() const { return state_ == State::cancelled; }
  // What awaiting this future raises: the error it finished with, or for a cancelled
  // future its CancelledError (kind cancelled + message). Null while pending or on success.
  const Error* error() const { return error_; }

  // asyncio Future.cancel(msg): false if already done. Tasks and gather override
  // cancel_with (their cancel is a request, not a state change).
  bool cancel(std::string msg = {}) { return cancel_with(Error::cancelled(std::move(msg))); }
  virtual bool cancel_with(Error reason);
  // asyncio Future.set_exception: false if already done.
  bool set_error(Error e);

  // Registers fn(ctx, this, true) to be scheduled (call_soon) when the future is done; if
  // it already is, schedules it now. fn(ctx, nullptr, false) frees ctx if never scheduled.
  void add_done_callback(CallbackFn fn, void* ctx);
  // Same with a closure f(FutureBase&); returns the token remove_done_callback takes.
  template <class F>
  void* on_done(F f) {
    auto* box = new Box<F>{std::move(f)};
    add_done_callback(&Box<F>::thunk, box);
    return box;
  }
  // Removes every registration of (fn, ctx); returns how many.
  std::size_t remove_done_callback(CallbackFn fn, void* ctx);
  std::size_t remove_done_callback(void* token);
  // Removes every registration for which pred(fn, ctx) holds (the Python layer's
  // remove_done_callback compares callables by equality); returns how many.
  template <class Pred>
  std::size_t remove_done_callbacks_if(Pred pred) {
    const std::size_t n = callback_count();
    std::size_t kept = 0;
    for (std::size_t i = 0; i < n; ++i) {
      Callback cb = callback(i);
      if (pred(cb.fn, cb.ctx))
        cb.fn(cb.ctx, nullptr, false);
      else
        callback(kept++) = cb;
    }
    if (kept == 0) {
      first_ = {};
      delete std::exchange(more_, nullptr);
    } else if (more_) {
      more_->resize(kept - 1);
    }
    return n - kept;
  }
  std::size_t callback_count() const { return first_.fn ? 1 + (more_ ? more_->size() : 0) : 0; }

  // How the trace names a wait on this future: the label ("sleep(2)", "Event.wait"),
  // a task's name, or "Future".
  virtual std::string describe() const;
  void set_label(const char* label, double number = NAN) {
    label_ = label;
    label_number_ = number;
  }

 protected:
  // Sets the final state and schedules the callbacks (asyncio __schedule_callbacks).
  void finish(State s) {
    state_ = s;
    if (first_.fn) schedule_callbacks();
  }

 private:
  struct Callback {
    CallbackFn fn = nullptr;
    void* ctx = nullptr;
  };
  // The i-th callback in registration order.
  Callback& callback(std::size_t i) { return i == 0 ? first_ : (*more_)[i - 1]; }
  template <class F>
  struct Box {
    F f;
    static void thunk(void* ctx, Ref* keep, bool run) {
      auto* b = static_cast<Box*>(ctx);
      if (run) b->f(*static_cast<FutureBase*>(keep));
      delete b;
    }
  };

  void schedule_callbacks();
  // Tells each registered callback it will never run (fn(ctx, nullptr, false)); frees
  // the error.
  [[gnu::noinline]] void release_rest();

  // In this order: state_ fills Ref's tail padding, and loop_ comes last so that it shares
  // a cache line with a task's hot fields (TaskBase's first members), which a resume and
  // a yield touch: one line per task instead of two.
  State state_ = State::pending;
  const char* label_ = nullptr;
  double label_number_ = NAN;
  // Owned; a raw pointer so that the inline destructor does not carry Error's.
  Error* error_ = nullptr;
  // The done-callbacks in registration order: the first inline (nearly every future has
  // exactly one, the wakeup of the task awaiting it, which then costs no allocation), the
  // others in a vector allocated for them (owned; a pointer, so that a task stays within
  // 256 bytes, the pool's size class whose blocks are cache-line aligned). first_.fn is null
  // when there are none; more_ is null then.
  Callback first_;
  std::vector<Callback>* more_ = nullptr;
  Loop* loop_;
};

// A future (Base = FutureBase) or task (Base = TaskBase) with a value of type T.
template <class T, class Base = FutureBase>
class FutureOf : public Base {
 public:
  using value_type = T;
  using Base::Base;

  // asyncio Future.set_result: false if already done.
  bool set_result(Value<T> v) {
    if (this->done()) return false;
    value_.emplace(std::move(v));
    this->finish(FutureBase::State::finished);
    return true;
  }
  // asyncio Future.result(): the value, the error, CancelledError, or InvalidStateError
  // while pending.
  Result<T> result() const {
    if (!this->done()) return Error::invalid_state("Result is not ready.");
    if (const Error* e = this->error()) return *e;
    return *value_;
  }
  // The value of a future that finished with one.
  Value<T>& value() {
    if (!value_) panic("value() of a future without a value");
    return *value_;
  }
  std::optional<Value<T>>& slot() { return value_; }

 private:
  std::optional<Value<T>> value_;
};

// A typed view of any future or task with a T value (combinators take these).
template <class T>
class FutureView {
 public:
  using value_type = T;
  FutureView() = default;
  // From any FutureOf<T, B> (a future or a task).
  template <class S>
    requires std::is_same_v<typename S::value_type, T> && std::is_base_of_v<FutureBase, S>
  FutureView(const Rc<S>& f) : base_(f), slot_(&f->slot()) {}
  template <class S>
    requires std::is_same_v<typename S::value_type, T> && std::is_base_of_v<FutureBase, S>
  explicit FutureView(S* f) : base_(Rc<FutureBase>::share(f)), slot_(&f->slot()) {}

  FutureBase* base() const { return base_.get(); }
  std::optional<Value<T>>& slot() const { return *slot_; }
  FutureBase* operator->() const { return base_.get(); }
  bool operator==(const FutureView& o) const { return base_ == o.base_; }
  Result<T> result() const {
    if (!base_->done()) return Error::invalid_state("Result is not ready.");
    if (const Error* e = base_->error()) return *e;
    return **slot_;
  }
  template <bool Settle>
  FutureAwaiter<T, Settle> awaiter() const {
    return {base_, slot_};
  }
  FutureAwaiter<T, false> operator co_await() const { return awaiter<false>(); }

 private:
  Rc<FutureBase> base_;
  std::optional<Value<T>>* slot_ = nullptr;
};

// Owning handle to a FutureOf<T>.
template <class T = void>
class Future {
 public:
  using value_type = T;
  using State = FutureOf<T>;
  explicit Future(Loop& loop) : s_(Rc<State>::adopt(new State(loop))) {}
  explicit Future(Rc<State> s) : s_(std::move(s)) {}

  State* get() const { return s_.get(); }
  State* operator->() const { return s_.get(); }
  operator FutureView<T>() const { return FutureView<T>(s_); }
  bool operator==(const Future& o) const { return s_ == o.s_; }

  template <bool Settle>
  FutureAwaiter<T, Settle> awaiter() const {
    return FutureView<T>(s_).template awaiter<Settle>();
  }
  FutureAwaiter<T, false> operator co_await() const { return awaiter<false>(); }

 private:
  Rc<State> s_;
};

// Formats a number as the trace and repr do: the shortest %g that reads back exactly.
std::string format_number(double x);

}  // namespace aio
