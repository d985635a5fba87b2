#include "aio/timer_heap.hpp"

#include <new>

#include "aio/error.hpp"
#include "aio/loop.hpp"
#include "aio/pool.hpp"

namespace aio {

namespace {
constexpr std::align_val_t kLine{128};
constexpr std::size_t kPrefetchFrom = 1 + 8 + 64 + 512 + 4096;  // levels 0-4 of the heap, 73 KB
}

TimerHeap::~TimerHeap() { ::operator delete(buf_, kLine); }

inline bool TimerHeap::earlier(const Slot& a, const Slot& b) const {
  return a.when < b.when || (a.when == b.when && owner_[a.id]->seq_ < owner_[b.id]->seq_);
}

void TimerHeap::grow() {
  std::size_t cap = cap_ ? cap_ * 2 : 64;
  if (cap > kNoId) panic("too many timers");
  const std::size_t bytes = (cap + kShift + 1) * sizeof(Slot);
  auto* buf = static_cast<Slot*>(::operator new(bytes, kLine));
  advise_huge_pages(buf, bytes);
  for (std::size_t i = 0; i < size_; ++i) buf[i + kShift] = at(i);
  ::operator delete(buf_, kLine);
  buf_ = buf;
  cap_ = cap;
}

std::uint32_t TimerHeap::new_id(Handle* h) {
  std::uint32_t id = free_;
  if (id != kNoId) {
    free_ = pos_[id];
    owner_[id] = h;
  } else {
    id = static_cast<std::uint32_t>(pos_.size());
    if (pos_.size() == pos_.capacity()) {
      // Grown by doubling, and advised like the heap: sifts and pops reach them at random.
      pos_.reserve(pos_.size() ? 2 * pos_.size() : 64);
      owner_.reserve(pos_.capacity());
      advise_huge_pages(pos_.data(), pos_.capacity() * sizeof(std::uint32_t));
      advise_huge_pages(owner_.data(), owner_.capacity() * sizeof(Handle*));
    }
    pos_.push_back(0);
    owner_.push_back(h);
  }
  h->timer_id_ = id;
  return id;
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
    place(i, at(parent));
    i = parent;
  }
  place(i, s);
}

void TimerHeap::sift_down(std::size_t i, Slot s) {
  for (std::size_t first; (first = kArity * i + 1) < size_;) {
    std::size_t child = min_child(first);
    if (!earlier(at(child), s)) break;
    place(i, at(child));
    i = child;
  }
  place(i, s);
}

void TimerHeap::push(Handle* h, double when) {
  if (size_ == cap_) grow();
  sift_up(size_++, Slot{when, new_id(h)});
}

Handle* TimerHeap::pop() {
  const std::uint32_t id = at(0).id;
  Handle* h = owner_[id];
  free_id(id);
  Slot last = at(--size_);
  if (size_ == 0) return h;
  std::size_t i = 0;
  for (std::size_t first; (first = kArity * i + 1) < size_;) {
    // The grandchildren of i are one contiguous block of 64 slots (16 lines): fetch it
    // while the children are compared, so that the next level's line is on its way. Not
    // in the top levels (the first 4681 slots, 73 KB), which stay cached: 16 prefetches
    // per level there were ~50 instructions of each pop spent on lines already present.
    if (std::size_t gc = kArity * first + 1; gc >= kPrefetchFrom && gc < size_) {
      const char* p = reinterpret_cast<const char*>(&at(gc));
      for (std::size_t b = 0; b < kArity * kArity * sizeof(Slot); b += 64) __builtin_prefetch(p + b);
    }
    std::size_t child = min_child(first);
    place(i, at(child));
    i = child;
  }
  sift_up(i, last);
  // The next pop starts with the new top's entry.
  if (size_ > 0) __builtin_prefetch(&owner_[at(0).id]);
  return h;
}

void TimerHeap::remove(Handle* h) {
  const std::uint32_t id = h->timer_id_;
  const std::size_t i = pos_[id];
  free_id(id);
  Slot last = at(--size_);
  if (i == size_) return;
  if (i > 0 && earlier(last, at((i - 1) / kArity)))
    sift_up(i, last);
  else
    sift_down(i, last);
}

bool TimerHeap::contains(const Handle* h) const {
  return h->timer_id_ < owner_.size() && owner_[h->timer_id_] == h;
}

void TimerHeap::heapify() {
  if (size_ >= 2)
    for (std::size_t i = (size_ - 2) / kArity + 1; i-- > 0;) sift_down(i, at(i));
  for (std::size_t i = 0; i < size_; ++i) pos_[at(i).id] = static_cast<std::uint32_t>(i);
}

}  // namespace aio
