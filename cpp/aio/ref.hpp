// ref.hpp — intrusive reference counting for the loop's heap objects (futures, tasks,
// handles). Single-threaded by design (one loop per thread), so counts are plain integers.
#pragma once

#include <cstdint>
#include <utility>

#include "aio/pool.hpp"

namespace aio {

class Ref : public Pooled {
 public:
  Ref() = default;
  Ref(const Ref&) = delete;
  Ref& operator=(const Ref&) = delete;
  void retain() noexcept { ++refs_; }
  void release() noexcept {
    if (--refs_ == 0) delete this;
  }
  std::uint32_t refcount() const { return refs_; }

 protected:
  virtual ~Ref() = default;

 private:
  std::uint32_t refs_ = 1;  // the creator's reference
};

// Owning pointer to a Ref-counted T.
template <class T>
class Rc {
 public:
  Rc() = default;
  Rc(std::nullptr_t) {}
  // Takes over the reference the caller holds (e.g. the one from `new`).
  static Rc adopt(T* p) {
    Rc r;
    r.p_ = p;
    return r;
  }
  // Adds a reference.
  static Rc share(T* p) {
    if (p) p->retain();
    return adopt(p);
  }
  Rc(const Rc& o) : p_(o.p_) {
    if (p_) p_->retain();
  }
  template <class U>
    requires std::is_convertible_v<U*, T*>
  Rc(const Rc<U>& o) : p_(o.get()) {
    if (p_) p_->retain();
  }
  Rc(Rc&& o) noexcept : p_(std::exchange(o.p_, nullptr)) {}
  Rc& operator=(Rc o) noexcept {
    std::swap(p_, o.p_);
    return *this;
  }
  ~Rc() {
    if (p_) p_->release();
  }
  T* get() const { return p_; }
  T* operator->() const { return p_; }
  T& operator*() const { return *p_; }
  explicit operator bool() const { return p_ != nullptr; }
  // Gives up ownership without releasing.
  T* leak() { return std::exchange(p_, nullptr); }
  bool operator==(const Rc& o) const { return p_ == o.p_; }

 private:
  T* p_ = nullptr;
};

}  // namespace aio
