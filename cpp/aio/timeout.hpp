// timeout.hpp — asyncio.timeout / timeout_at (3.11): a deadline over a stretch of code.
//
//   aio::Timeout to = aio::timeout(1.5);           // deadline fixed now (loop.time() + 1.5)
//   auto r = co_await aio::settle(to.run(body(to)));  // `async with to: await body()`
//
// run() enters (the current task, its cancelling() count, the timer), awaits the body
// inline, and exits: if the deadline fired it cancelled the task; the CancelledError
// that results becomes TimeoutError unless other cancellations are pending (uncancel()).
// reschedule()/when()/expired() work while entered, as in CPython.
#pragma once

#include <optional>

#include "aio/task.hpp"

namespace aio {

class Timeout {
 public:
  enum class State : unsigned char { created, entered, expiring, expired, exited };

  explicit Timeout(std::optional<double> when) : when_(when) {}
  Timeout(const Timeout&) = delete;
  ~Timeout() {
    if (handler_) handler_->cancel();
  }

  std::optional<double> when() const { return when_; }
  State state() const { return state_; }
  bool expired() const { return state_ == State::expiring || state_ == State::expired; }

  // Moves the deadline (nullopt: never); an error unless entered.
  Result<void> reschedule(std::optional<double> when) {
    if (state_ != State::entered) {
      if (state_ == State::created) return Error::runtime("Timeout has not been entered");
      return Error::runtime("Cannot change state of finished Timeout");
    }
    when_ = when;
    if (handler_) handler_->cancel();
    handler_ = nullptr;
    if (when) {
      Loop& loop = task_->loop();
      if (*when <= loop.time())
        handler_ = loop.call_soon([this] { on_timeout(); });
      else
        handler_ = loop.call_at(*when, [this] { on_timeout(); });
    }
    return {};
  }

  // `async with self: return await body`.
  template <class T>
  Task<T> run(Task<T> body) {
    if (state_ != State::created) co_await fail(Error::runtime("Timeout has already been entered"));
    TaskBase* task = running_loop().current_task();
    if (!task) co_await fail(Error::runtime("Timeout should be used inside a task"));
    state_ = State::entered;
    task_ = task;
    cancelling_ = task->cancelling();
    (void)reschedule(when_);
    auto r = co_await settle(std::move(body));
    if (handler_) {
      handler_->cancel();
      handler_ = nullptr;
    }
    if (state_ == State::expiring) {
      state_ = State::expired;
      if (task_->uncancel() <= cancelling_ && !r && r.error().is_cancelled())
        co_await fail(Error::timeout());
    } else if (state_ == State::entered) {
      state_ = State::exited;
    }
    if (!r) co_await fail(r.take_error());
    if constexpr (std::is_void_v<T>)
      co_return;
    else
      co_return std::move(r).value();
  }

 private:
  void on_timeout() {
    task_->cancel();
    state_ = State::expiring;
    handler_ = nullptr;
  }

  State state_ = State::created;
  std::optional<double> when_;
  Rc<Handle> handler_;
  TaskBase* task_ = nullptr;
  int cancelling_ = 0;
};

// asyncio.timeout(delay): deadline = loop.time() + delay (nullopt: none).
inline Timeout timeout(Loop& loop, std::optional<double> delay) {
  return Timeout(delay ? std::optional<double>(loop.time() + *delay) : std::nullopt);
}
inline Timeout timeout(std::optional<double> delay) { return timeout(running_loop(), delay); }
// asyncio.timeout_at(when).
inline Timeout timeout_at(std::optional<double> when) { return Timeout(when); }

}  // namespace aio
