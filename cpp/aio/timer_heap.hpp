// timer_heap.hpp — the loop's timers in (deadline, sequence) order, as asyncio's heapq of
// TimerHandles, with O(log n) removal of any timer: an 8-ary min-heap of the earliest
// timers, and the rest, when there are many, in a ladder of buckets (timer_ladder.hpp).
//
//   * Every timer has an entry in a contiguous pool, numbered by a small id that its
//     Handle keeps (Handle::timer_id_). The entry holds the timer's Handle and where its
//     slot is (the back-index): a heap position, or a bucket and an index in it. Ids are
//     reused last-freed first, so the pool stays as small as the peak number of timers and
//     recently used entries stay warm. Handle and position share the entry's 16 bytes:
//     a sift that moves a slot writes one line, which the tie-break reads too.
//   * A heap slot is 16 bytes: the deadline and the entry id. The sequence number that
//     breaks ties lives in the Handle and is read only when two deadlines are equal.
//   * While the ladder is empty, every timer goes to the heap: a handful of timers costs
//     what a plain heap does. When a pop finds more than TimerLadder::kSplit timers in the
//     heap, they go to the ladder, and the heap takes back its first bucket (~1000
//     timers): the ladder holds the deadlines from its horizon on, the heap those before
//     it. A pop then touches a heap and entries that stay in cache; a million timers in
//     one heap missed the cache at each of its lower levels and back-index writes.
//   * When the heap runs dry it takes the ladder's next bucket and heapifies it in O(k).
//     A heap that cannot be split (one deadline) may grow; it is tried again at twice the
//     size.
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

#include "aio/timer_ladder.hpp"

namespace aio {

class Handle;

class TimerHeap {
 public:
  TimerHeap() = default;
  TimerHeap(const TimerHeap&) = delete;
  TimerHeap& operator=(const TimerHeap&) = delete;
  ~TimerHeap();

  // (The heap is empty only when the ladder is too.)
  bool empty() const { return n_ == 0; }
  std::size_t size() const { return n_ + far_.size(); }
  // The earliest deadline (there must be a timer).
  double top_when() const { return at(0).when; }
  // Inserts h (whose seq_ breaks ties between equal deadlines); sets h->timer_id_.
  void push(Handle* h, double when);
  // Removes and returns the earliest timer.
  Handle* pop();
  // Removes h, which is scheduled, in O(log n) (O(1) from the ladder).
  void remove(Handle* h);
  // Whether h is scheduled (its entry is its own: a freed entry has no owner).
  bool contains(const Handle* h) const;
  // Removes every timer for which drop(h) returns true (drop disposes of it), then
  // restores the heap order in O(n).
  template <class F>
  void sweep(F drop) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < n_; ++i) {
      const Slot s = at(i);
      if (drop(entries_[s.id].owner))
        free_id(s.id);
      else
        at(kept++) = s;
    }
    n_ = kept;
    heapify();
    far_.sweep(
        [&](const Slot& s) {
          if (!drop(entries_[s.id].owner)) return true;
          free_id(s.id);
          return false;
        },
        entries_.data());
    if (n_ == 0 && !far_.empty()) refill();
  }
  // Empties the heap, handing each timer to f (in no particular order).
  template <class F>
  void clear(F f) {
    while (n_ > 0) f(entries_[at(--n_).id].owner);
    far_.clear([&](const Slot& s) { f(entries_[s.id].owner); });
    entries_.clear();
    free_ = kNoId;
    limit_ = TimerLadder::kSplit;
  }

 private:
  using Slot = TimerSlot;
  static constexpr std::uint32_t kNoId = UINT32_MAX;
  static constexpr std::uint32_t kNear = TimerLadder::kNear;
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
    entries_[s.id].pos = static_cast<std::uint32_t>(i);
  }
  void sift_up(std::size_t i, Slot s);
  void sift_down(std::size_t i, Slot s);
  std::size_t min_child(std::size_t first) const;
  // Restores the heap order in O(n) and records every slot's position.
  void heapify();
  void reserve(std::size_t n);
  // The heap is too big: its timers go to the ladder, which hands back the first bucket.
  void spill();
  // The heap is empty and the ladder is not: takes the ladder's next bucket.
  void refill();
  std::uint32_t new_id(Handle* h);
  void free_id(std::uint32_t id) {
    entries_[id].pos = free_;
    entries_[id].owner = nullptr;
    free_ = id;
  }

  Slot* buf_ = nullptr;
  std::size_t n_ = 0, cap_ = 0;  // timers in the heap, slots in buf_
  // A pop spills the heap into the ladder above this size.
  std::size_t limit_ = TimerLadder::kSplit;
  // The entry pool, by id (for a free id, pos is the next free id).
  std::vector<TimerEntry> entries_;
  std::uint32_t free_ = kNoId;
  TimerLadder far_;  // the timers from its horizon on
};

}  // namespace aio
