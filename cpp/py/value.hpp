// value.hpp — the one-word Python value.
//
// A Value is 64 bits on every target:
//   ...xxxx1   a small int, the upper 63 bits signed (no allocation)
//   0           null: "no value" — an error is pending, or a slot is empty
//   ..kkk010    an immortal immediate: None, False, True, NotImplemented, Ellipsis
//   ...xx000    a pointer to a heap Object (reference counted)
// Immediates need no reference counting and are never freed, so they are the only
// "objects" that may live beyond one Interpreter.
#pragma once
#include <cstddef>
#include <cstdint>
#include <utility>

namespace py {

struct Object;
void dealloc(Object* o);

class Value {
 public:
  constexpr Value() = default;
  static constexpr Value from_bits(uint64_t b) { Value v; v.bits_ = b; return v; }
  static Value from_ptr(const Object* o) { return from_bits(reinterpret_cast<uintptr_t>(o)); }
  static constexpr Value small_int(int64_t i) { return from_bits((uint64_t(i) << 1) | 1); }

  static constexpr int64_t kSmallMax = (int64_t(1) << 62) - 1;
  static constexpr int64_t kSmallMin = -(int64_t(1) << 62);
  static constexpr bool fits_small(int64_t i) { return i >= kSmallMin && i <= kSmallMax; }

  constexpr uint64_t bits() const { return bits_; }
  constexpr bool is_null() const { return bits_ == 0; }
  constexpr explicit operator bool() const { return bits_ != 0; }
  constexpr bool is_small_int() const { return bits_ & 1; }
  constexpr int64_t as_small_int() const { return int64_t(bits_) >> 1; }
  constexpr bool is_immediate() const { return (bits_ & 7) == 2; }
  constexpr bool is_ptr() const { return (bits_ & 7) == 0 && bits_ != 0; }
  Object* ptr() const { return reinterpret_cast<Object*>(uintptr_t(bits_)); }

  constexpr bool operator==(const Value& o) const { return bits_ == o.bits_; }
  constexpr bool operator!=(const Value& o) const { return bits_ != o.bits_; }

 private:
  uint64_t bits_ = 0;
};

inline constexpr Value kNull{};
inline constexpr Value kNone = Value::from_bits(0x02);
inline constexpr Value kFalse = Value::from_bits(0x0A);
inline constexpr Value kTrue = Value::from_bits(0x12);
inline constexpr Value kNotImplemented = Value::from_bits(0x1A);
inline constexpr Value kEllipsis = Value::from_bits(0x22);
inline constexpr Value bool_value(bool b) { return b ? kTrue : kFalse; }

// 8-byte aligned on every target: the low three bits of a pointer Value are its tag (wasm32
// would otherwise place objects on 4-byte boundaries).
struct alignas(8) Object {
  uint32_t rc = 1;
  uint32_t flags = 0;
  struct Type* type = nullptr;
};

// Always inlined: GCC otherwise calls an out-of-line copy from parts of the dispatch loop
// (vm.cpp is one very large function), ~24 instructions and a call for a test and a decrement.
[[gnu::always_inline]] inline void incref(Value v) {
  if (v.is_ptr()) ++v.ptr()->rc;
}
[[gnu::always_inline]] inline void decref(Value v) {
  if (v.is_ptr() && --v.ptr()->rc == 0) dealloc(v.ptr());
}
inline void xdecref(Value v) { decref(v); }
inline Value newref(Value v) { incref(v); return v; }

// An owned reference. Null means "an exception is pending" when returned from an API.
class Ref {
 public:
  Ref() = default;
  Ref(std::nullptr_t) {}
  static Ref steal(Value v) { Ref r; r.v_ = v; return r; }
  static Ref borrow(Value v) { incref(v); return steal(v); }
  static Ref steal(Object* o) { return steal(Value::from_ptr(o)); }
  static Ref borrow(Object* o) { return borrow(Value::from_ptr(o)); }
  Ref(const Ref& o) : v_(o.v_) { incref(v_); }
  Ref(Ref&& o) noexcept : v_(o.v_) { o.v_ = kNull; }
  Ref& operator=(Ref o) noexcept { std::swap(v_, o.v_); return *this; }
  ~Ref() { decref(v_); }

  Value get() const { return v_; }
  Value release() { Value v = v_; v_ = kNull; return v; }
  explicit operator bool() const { return !v_.is_null(); }
  bool operator!() const { return v_.is_null(); }
  Object* ptr() const { return v_.ptr(); }
  template <class T> T* as() const { return static_cast<T*>(v_.ptr()); }

 private:
  Value v_;
};

}  // namespace py
