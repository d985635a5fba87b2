#include "aio/timer_heap.hpp"

#include <algorithm>
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
  return a.when < b.when || (a.when == b.when && entries_[a.id].owner->seq_ < entries_[b.id].owner->seq_);
}

void TimerHeap::reserve(std::size_t n) {
  if (n <= cap_) return;
  std::size_t cap = cap_ ? cap_ : 64;
  while (cap < n) cap *= 2;
  if (cap > kNoId) panic("too many timers");
  const std::size_t bytes = (cap + kShift + 1) * sizeof(Slot);
  auto* buf = static_cast<Slot*>(::operator new(bytes, kLine));
  advise_huge_pages(buf, bytes);
  for (std::size_t i = 0; i < n_; ++i) buf[i + kShift] = at(i);
  ::operator delete(buf_, kLine);
  buf_ = buf;
  cap_ = cap;
}

std::uint32_t TimerHeap::new_id(Handle* h) {
  std::uint32_t id = free_;
  if (id != kNoId) {
    free_ = entries_[id].pos;
    entries_[id].owner = h;
  } else {
    id = static_cast<std::uint32_t>(entries_.size());
    if (id == kNoId) panic("too many timers");
    if (entries_.size() == entries_.capacity()) {
      // Grown by doubling, and advised like the heap: pops reach the entries at random.
      entries_.reserve(entries_.size() ? 2 * entries_.size() : 64);
      advise_huge_pages(entries_.data(), entries_.capacity() * sizeof(TimerEntry));
    }
    entries_.push_back({h, 0, kNear});
  }
  h->timer_id_ = id;
  return id;
}

// The smallest of the children starting at `first` (which exists). Which child is smaller
// is a coin toss that a branch would mispredict a few times per level: the running
// minimum is kept with conditional moves, and only equal deadlines (rare, and then
// predictable) branch to compare sequences.
inline std::size_t TimerHeap::min_child(std::size_t first) const {
  std::size_t best = first;
  double bw = at(first).when;
  const std::size_t end = first + kArity < n_ ? first + kArity : n_;
  for (std::size_t c = first + 1; c < end; ++c) {
    const double w = at(c).when;
    if (w == bw) [[unlikely]] {
      if (earlier(at(c), at(best))) best = c;
      continue;
    }
    const bool lt = w < bw;
    best = lt ? c : best;
    bw = lt ? w : bw;
  }
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
  for (std::size_t first; (first = kArity * i + 1) < n_;) {
    std::size_t child = min_child(first);
    if (!earlier(at(child), s)) break;
    place(i, at(child));
    i = child;
  }
  place(i, s);
}

void TimerHeap::push(Handle* h, double when) {
  const std::uint32_t id = new_id(h);
  if (when < far_.horizon()) {
    entries_[id].where = kNear;
    reserve(n_ + 1);
    sift_up(n_++, Slot{when, id});
  } else {
    // Only +inf or NaN reach an empty ladder: the heap then takes them back at once.
    far_.add(Slot{when, id}, entries_.data());
    if (n_ == 0) refill();
  }
}

Handle* TimerHeap::pop() {
  if (n_ > limit_) [[unlikely]]
    spill();
  const std::uint32_t id = at(0).id;
  Handle* h = entries_[id].owner;
  free_id(id);
  Slot last = at(--n_);
  if (n_ == 0) {
    if (!far_.empty())
      refill();
    else
      limit_ = TimerLadder::kSplit;
    return h;
  }
  std::size_t i = 0;
  for (std::size_t first; (first = kArity * i + 1) < n_;) {
    // The grandchildren of i are one contiguous block of 64 slots (16 lines): fetch it
    // while the children are compared, so that the next level's line is on its way. Not
    // in the top levels (the first 4681 slots, 73 KB), which stay cached: 16 prefetches
    // per level there were ~50 instructions of each pop spent on lines already present.
    if (std::size_t gc = kArity * first + 1; gc >= kPrefetchFrom && gc < n_) {
      const char* p = reinterpret_cast<const char*>(&at(gc));
      for (std::size_t b = 0; b < kArity * kArity * sizeof(Slot); b += 64) __builtin_prefetch(p + b);
    }
    std::size_t child = min_child(first);
    place(i, at(child));
    i = child;
  }
  sift_up(i, last);
  // The next pop starts with the new top's entry.
  __builtin_prefetch(&entries_[at(0).id]);
  return h;
}

void TimerHeap::remove(Handle* h) {
  const std::uint32_t id = h->timer_id_;
  const TimerEntry e = entries_[id];
  free_id(id);
  if (e.where != kNear) {
    far_.remove(e.where, e.pos, entries_.data());
    return;
  }
  const std::size_t i = e.pos;
  Slot last = at(--n_);
  if (i == n_) {
    if (n_ == 0 && !far_.empty()) refill();
    return;
  }
  if (i > 0 && earlier(last, at((i - 1) / kArity)))
    sift_up(i, last);
  else
    sift_down(i, last);
}

bool TimerHeap::contains(const Handle* h) const {
  return h->timer_id_ < entries_.size() && entries_[h->timer_id_].owner == h;
}

void TimerHeap::heapify() {
  if (n_ >= 2)
    for (std::size_t i = (n_ - 2) / kArity + 1; i-- > 0;) sift_down(i, at(i));
  // The entries are at random: fetched a few slots ahead.
  constexpr std::size_t kAhead = 8;
  for (std::size_t i = 0; i < n_; ++i) {
    if (i + kAhead < n_) __builtin_prefetch(&entries_[at(i + kAhead).id], 1);
    TimerEntry& e = entries_[at(i).id];
    e.pos = static_cast<std::uint32_t>(i);
    e.where = kNear;
  }
}

void TimerHeap::spill() {
  if (far_.split_near(&at(0), n_, entries_.data())) {
    n_ = 0;
    refill();
  } else {
    limit_ = 2 * n_;
  }
}

void TimerHeap::refill() {
  std::vector<Slot>& b = far_.take_next(entries_.data());
  const std::size_t k = b.size();
  reserve(k);
  for (std::size_t i = 0; i < k; ++i) at(i) = b[i];
  b.clear();
  n_ = k;
  limit_ = std::max(TimerLadder::kSplit, 2 * k);
  heapify();
}

}  // namespace aio
