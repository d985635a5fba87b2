#include "aio/timer_heap.hpp"

#include <new>

#include "aio/loop.hpp"

namespace aio {

namespace {
constexpr std::align_val_t kLine{128};
}

TimerHeap::~TimerHeap() { ::operator delete(buf_, kLine); }

inline bool TimerHeap::earlier(const Slot& a, const Slot& b) {
  return a.when < b.when || (a.when == b.when && a.h->seq_ < b.h->seq_);
}

void TimerHeap::grow() {
  std::size_t cap = cap_ ? cap_ * 2 : 64;
  auto* buf = static_cast<Slot*>(::operator new((cap + kShift + 1) * sizeof(Slot), kLine));
  for (std::size_t i = 0; i < size_; ++i) buf[i + kShift] = at(i);
  ::operator delete(buf_, kLine);
  buf_ = buf;
  cap_ = cap;
}

// The smallest of the children starting at `first` (which exists).
inline std::size_t TimerHeap::min_child(std::size_t first) const {
  std::size_t best = first;
  const std::size_t end = first + kArity < size_ ? first + kArity : size_;
  for (std::size_t c = first + 1; c < end; ++c)
    if (earlier(at(c), at(best))) best = c;
  return best;
}

void TimerHeap::sift_up(std::size_t i, Slot s) {
  while (i > 0) {
    std::size_t parent = (i - 1) / kArity;
    if (!earlier(s, at(parent))) break;
    at(i) = at(parent);
    i = parent;
  }
  at(i) = s;
}

void TimerHeap::sift_down(std::size_t i, Slot s) {
  for (std::size_t first; (first = kArity * i + 1) < size_;) {
    std::size_t child = min_child(first);
    if (!earlier(at(child), s)) break;
    at(i) = at(child);
    i = child;
  }
  at(i) = s;
}

void TimerHeap::push(Handle* h, double when) {
  if (size_ == cap_) grow();
  sift_up(size_++, Slot{when, h});
}

Handle* TimerHeap::pop() {
  Handle* h = at(0).h;
  Slot last = at(--size_);
  if (size_ == 0) return h;
  std::size_t i = 0;
  for (std::size_t first; (first = kArity * i + 1) < size_;) {
    std::size_t child = min_child(first);
    at(i) = at(child);
    i = child;
  }
  sift_up(i, last);
  return h;
}

void TimerHeap::heapify() {
  if (size_ < 2) return;
  for (std::size_t i = (size_ - 2) / kArity + 1; i-- > 0;) sift_down(i, at(i));
}

}  // namespace aio
