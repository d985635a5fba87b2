// timer_heap.hpp — the loop's timers: a 4-ary min-heap keyed by (deadline, sequence), as
// asyncio's heapq of TimerHandles.
//
//   * A slot is 16 bytes: the deadline and the handle. The sequence number that breaks
//     ties lives in the handle and is read only when two deadlines are equal.
//   * The buffer is 64-byte aligned and shifted so that the four children of a node fill
//     exactly one cache line: choosing the smallest child costs one line per level.
//   * pop() sifts the hole down to a leaf along the smallest children and then moves the
//     last slot up from there (Floyd): the last slot almost always belongs near the bottom,
//     so this skips the comparison with it at every level.
//   * Nothing points back into the heap: sifting writes only the heap's own array. (A
//     back-index in each handle, for O(log n) removal, costs a write to a random handle at
//     every level; with 1M timers that store miss was ~60 % of the time spent firing.)
//     Cancelled timers are therefore left in place and dropped lazily, as asyncio does:
//     the loop discards them when they reach the top, and sweep() rebuilds the heap
//     without them when they are the majority (loop.cpp).
#pragma once

#include <cstddef>

namespace aio {

class Handle;

class TimerHeap {
 public:
  struct Slot {
    double when;
    Handle* h;
  };

  TimerHeap() = default;
  TimerHeap(const TimerHeap&) = delete;
  TimerHeap& operator=(const TimerHeap&) = delete;
  ~TimerHeap();

  bool empty() const { return size_ == 0; }
  std::size_t size() const { return size_; }
  // The earliest timer (the heap must not be empty).
  const Slot& top() const { return at(0); }
  // Inserts h (whose seq_ breaks ties between equal deadlines).
  void push(Handle* h, double when);
  // Removes and returns the earliest timer.
  Handle* pop();
  // Removes every timer for which drop(h) returns true (drop disposes of it), then
  // restores the heap order in O(n).
  template <class F>
  void sweep(F drop) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < size_; ++i)
      if (!drop(at(i).h)) at(kept++) = at(i);
    size_ = kept;
    heapify();
  }
  // Empties the heap, handing each timer to f (in no particular order).
  template <class F>
  void clear(F f) {
    while (size_ > 0) f(at(--size_).h);
  }

 private:
  static constexpr std::size_t kArity = 8;
  // Logical index i lives at buf_[i + kShift]: children 4i+1..4i+4 land on buf_[4(i+1)..],
  // a 64-byte line.
  static constexpr std::size_t kShift = kArity - 1;
  Slot& at(std::size_t i) { return buf_[i + kShift]; }
  const Slot& at(std::size_t i) const { return buf_[i + kShift]; }
  static bool earlier(const Slot& a, const Slot& b);
  void sift_up(std::size_t i, Slot s);
  void sift_down(std::size_t i, Slot s);
  std::size_t min_child(std::size_t first) const;
  void heapify();
  void grow();

  Slot* buf_ = nullptr;
  std::size_t size_ = 0, cap_ = 0;
};

}  // namespace aio
