// timer_heap.hpp — the loop's timers: an 8-ary min-heap keyed by (deadline, sequence), as
// asyncio's heapq of TimerHandles, with O(log n) removal of any timer.
//
//   * Every timer has an entry in a contiguous pool, numbered by a small id that its
//     Handle keeps (Handle::timer_id_). The entry holds the timer's position in the heap
//     (the back-index) and its Handle. Ids are reused last-freed first, so the pool stays
//     as small as the peak number of timers and recently used entries stay warm.
//   * A heap slot is 16 bytes: the deadline and the entry id. The sequence number that
//     breaks ties lives in the Handle and is read only when two deadlines are equal.
//   * Keeping the back-index costs a write per slot moved by a sift. With the positions in
//     their own array (4 bytes per timer: 4 MB for 1M timers, cache-resident) instead of in
//     the Handles (one per cache line, scattered over the heap) that write hits a warm line.
//     A sift moves a hole and writes each slot once, at its final place.
//   * The buffer is 128-byte aligned and shifted so that the eight children of a node fill
//     exactly one aligned pair of cache lines: choosing the smallest child costs one line
//     pair per level.
//   * pop() sifts the hole down to a leaf along the smallest children and then moves the
//     last slot up from there (Floyd): the last slot almost always belongs near the bottom,
//     so this skips the comparison with it at every level.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace aio {

class Handle;

class TimerHeap {
 public:
  TimerHeap() = default;
  TimerHeap(const TimerHeap&) = delete;
  TimerHeap& operator=(const TimerHeap&) = delete;
  ~TimerHeap();

  bool empty() const { return size_ == 0; }
  std::size_t size() const { return size_; }
  // The earliest deadline (the heap must not be empty).
  double top_when() const { return at(0).when; }
  // Inserts h (whose seq_ breaks ties between equal deadlines); sets h->timer_id_.
  void push(Handle* h, double when);
  // Removes and returns the earliest timer.
  Handle* pop();
  // Removes h, which is in the heap, in O(log n).
  void remove(Handle* h);
  // Whether h is in the heap (its entry is its own: a freed entry has no owner).
  bool contains(const Handle* h) const;
  // Removes every timer for which drop(h) returns true (drop disposes of it), then
  // restores the heap order in O(n).
  template <class F>
  void sweep(F drop) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < size_; ++i) {
      const Slot s = at(i);
      if (drop(owner_[s.id]))
        free_id(s.id);
      else
        at(kept++) = s;
    }
    size_ = kept;
    heapify();
  }
  // Empties the heap, handing each timer to f (in no particular order).
  template <class F>
  void clear(F f) {
    while (size_ > 0) f(owner_[at(--size_).id]);
    pos_.clear();
    owner_.clear();
    free_ = kNoId;
  }

 private:
  struct Slot {
    double when;
    std::uint32_t id;
  };
  static constexpr std::uint32_t kNoId = UINT32_MAX;
  static constexpr std::size_t kArity = 8;
  // Logical index i lives at buf_[i + kShift]: children 8i+1..8i+8 land on buf_[8(i+1)..],
  // an aligned 128-byte pair of lines.
  static constexpr std::size_t kShift = kArity - 1;
  Slot& at(std::size_t i) { return buf_[i + kShift]; }
  const Slot& at(std::size_t i) const { return buf_[i + kShift]; }
  bool earlier(const Slot& a, const Slot& b) const;
  // Writes s at position i and records i in s's entry.
  void place(std::size_t i, Slot s) {
    at(i) = s;
    pos_[s.id] = static_cast<std::uint32_t>(i);
  }
  void sift_up(std::size_t i, Slot s);
  void sift_down(std::size_t i, Slot s);
  std::size_t min_child(std::size_t first) const;
  void heapify();
  void grow();
  std::uint32_t new_id(Handle* h);
  void free_id(std::uint32_t id) {
    pos_[id] = free_;
    owner_[id] = nullptr;
    free_ = id;
  }

  Slot* buf_ = nullptr;
  std::size_t size_ = 0, cap_ = 0;
  // The entry pool, by id: heap position (or, for a free id, the next free id), Handle.
  std::vector<std::uint32_t> pos_;
  std::vector<Handle*> owner_;
  std::uint32_t free_ = kNoId;
};

}  // namespace aio
