// error.hpp — errors as values. The engine builds with -fno-exceptions, so a failed
// operation is an `Error` carried by `Result<T>`; inside a coroutine, `co_await` of a failed
// awaitable unwinds the frame like an exception would (see task.hpp), and `settle()` gives
// the `Result<T>` for inspection.
//
// An Error has a kind, a message and, for the Python layer, an opaque `Payload` (a Python
// exception object kept alive through retain/release hooks). `group` holds the children of
// an exception group (TaskGroup).
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace aio {

// Prints "aio: fatal: <what>" and aborts. Out of line and cold: its fprintf makes
// indirect calls, which Asyncify would otherwise instrument in every function that can
// fail this way (the pool, the timer heap), and it is on cpp/wasm/asyncify-remove.txt.
[[noreturn, gnu::cold, gnu::noinline]] void panic(const char* what);

// A reference-counted foreign object (e.g. PyObject*): copies retain, destruction releases.
struct PayloadOps {
  void (*retain)(void*);
  void (*release)(void*);
};

class Payload {
 public:
  Payload() = default;
  // Takes over one reference the caller owns.
  static Payload adopt(void* p, const PayloadOps* ops) { return Payload(p, ops); }
  // Adds a reference of its own.
  static Payload borrow(void* p, const PayloadOps* ops) {
    if (p) ops->retain(p);
    return Payload(p, ops);
  }
  Payload(const Payload& o) : p_(o.p_), ops_(o.ops_) {
    if (p_) ops_->retain(p_);
  }
  Payload(Payload&& o) noexcept : p_(std::exchange(o.p_, nullptr)), ops_(o.ops_) {}
  Payload& operator=(Payload o) noexcept {
    std::swap(p_, o.p_);
    std::swap(ops_, o.ops_);
    return *this;
  }
  ~Payload() {
    if (p_) ops_->release(p_);
  }
  void* get() const { return p_; }
  explicit operator bool() const { return p_ != nullptr; }

 private:
  Payload(void* p, const PayloadOps* ops) : p_(p), ops_(ops) {}
  void* p_ = nullptr;
  const PayloadOps* ops_ = nullptr;
};

enum class ErrorKind : unsigned char {
  cancelled,      // asyncio.CancelledError
  timeout,        // TimeoutError
  invalid_state,  // asyncio.InvalidStateError
  runtime,        // RuntimeError-like failure with a message only
  value,          // ValueError (e.g. task_done() called too many times)
  queue_empty,    // asyncio.QueueEmpty
  queue_full,     // asyncio.QueueFull
  payload,        // a foreign error object (the Python layer's exceptions)
  group,          // BaseExceptionGroup: see `group`
};

// Deliberately not an aggregate: g++ 12 copies aggregate temporaries that appear in a
// co_await expression bitwise into the coroutine frame, which breaks std::string's
// small-string buffer (`co_await fail(Error::runtime("x"))` read freed memory under ASan).
// Types with a user-provided constructor are constructed in place.
class Error {
 public:
  ErrorKind kind = ErrorKind::runtime;
  std::string message;
  Payload payload;
  std::vector<Error> group;

  explicit Error(ErrorKind k, std::string msg = {}, Payload p = {}, std::vector<Error> g = {})
      : kind(k), message(std::move(msg)), payload(std::move(p)), group(std::move(g)) {}
  Error(const Error&) = default;
  Error(Error&&) noexcept = default;
  Error& operator=(const Error&) = default;
  Error& operator=(Error&&) noexcept = default;
  // Out of line: inlined, the group's recursive destruction made every function that holds
  // an optional<Error> (a task's destructor, a frame's link) save six registers on entry.
  ~Error();

  static Error cancelled(std::string msg = {}) { return Error(ErrorKind::cancelled, std::move(msg)); }
  static Error timeout(std::string msg = {}) { return Error(ErrorKind::timeout, std::move(msg)); }
  static Error invalid_state(std::string msg) { return Error(ErrorKind::invalid_state, std::move(msg)); }
  static Error runtime(std::string msg) { return Error(ErrorKind::runtime, std::move(msg)); }
  static Error value(std::string msg) { return Error(ErrorKind::value, std::move(msg)); }
  static Error object(Payload p, std::string msg = {}) {
    return Error(ErrorKind::payload, std::move(msg), std::move(p));
  }
  static Error make_group(std::string msg, std::vector<Error> errors) {
    return Error(ErrorKind::group, std::move(msg), {}, std::move(errors));
  }
  bool is_cancelled() const { return kind == ErrorKind::cancelled; }
};

// The value type stored for T: `void` becomes the empty Unit.
struct Unit {
  bool operator==(const Unit&) const = default;
};
template <class T>
using Value = std::conditional_t<std::is_void_v<T>, Unit, T>;

// Either a value or an Error. Accessing the wrong side aborts (there are no exceptions).
template <class T>
class [[nodiscard]] Result {
 public:
  using value_type = T;
  Result()
    requires std::is_void_v<T>
      : v_(std::in_place_index<0>) {}
  template <class U>
    requires std::is_constructible_v<Value<T>, U&&> && (!std::is_same_v<std::decay_t<U>, Error>) &&
             (!std::is_same_v<std::decay_t<U>, Result>)
  Result(U&& v) : v_(std::in_place_index<0>, std::forward<U>(v)) {}
  Result(Error e) : v_(std::in_place_index<1>, std::move(e)) {}

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  Value<T>& value() & { return *checked_value(); }
  const Value<T>& value() const& { return *const_cast<Result*>(this)->checked_value(); }
  Value<T>&& value() && { return std::move(*checked_value()); }
  const Error& error() const {
    if (ok()) panic("Result::error() on a value");
    return *std::get_if<1>(&v_);
  }
  Error&& take_error() {
    if (ok()) panic("Result::take_error() on a value");
    return std::move(*std::get_if<1>(&v_));
  }

 private:
  Value<T>* checked_value() {
    if (!ok()) panic(("Result::value() on an error: " + std::get_if<1>(&v_)->message).c_str());
    return std::get_if<0>(&v_);
  }
  std::variant<Value<T>, Error> v_;
};

}  // namespace aio
