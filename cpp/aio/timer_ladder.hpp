// timer_ladder.hpp — the far timers of a large TimerHeap: unordered buckets of deadline
// ranges (a ladder queue), from which the heap takes one bucket at a time.
//
//   * A heap of a million timers spends its pops in cache misses: the lower levels and
//     the back-index writes are spread over tens of MB. The ladder holds the timers past a
//     horizon in buckets that are only appended to; the heap (timer_heap.hpp) holds the
//     timers before it, a few thousand, and takes the next bucket when it runs dry.
//   * A rung is a run of buckets that splits a deadline range at quantiles of a sample of
//     the timers it was built from, so skewed deadlines still give buckets of about
//     kBucket timers. Its buckets are taken in order; `cur` is the first one not taken.
//   * A bucket that is still too big when its turn comes is split into a rung of its own
//     above the one it came from (up to kMaxRungs deep). Rung r+1 covers exactly the
//     bucket of rung r before its `cur`, so the heap, the rungs from the top down and the
//     overflow partition the deadlines: (-inf, horizon), [horizon, end of the top rung),
//     ..., [end of the bottom rung, +inf].
//   * The overflow (bucket 0) holds the timers past the bottom rung; when the rungs are
//     used up it becomes the next bottom rung, split over its [min, max] (the timers at
//     its max stay in the overflow), or goes to the heap whole if it is small.
//   * Every timer has an entry (TimerEntry) that says where it is: a bucket and an index
//     in it, or kNear and its heap position. Removal from a bucket is a swap with its last
//     timer, so it is O(1); equal deadlines always fall into the same part, where the heap
//     orders them by sequence.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

namespace aio {

class Handle;

// A timer as the heap and the buckets store it: its deadline and its entry's id.
struct TimerSlot {
  double when;
  std::uint32_t id;
};

// A timer's entry, by id: its Handle (null for a free id) and where its slot is.
struct TimerEntry {
  Handle* owner;
  std::uint32_t pos;    // heap position or index in its bucket (for a free id: the next free id)
  std::uint32_t where;  // kNear or a bucket number
};

class TimerLadder {
 public:
  static constexpr std::uint32_t kNear = UINT32_MAX;
  // A bucket bigger than this is split rather than handed to the heap; also the heap
  // size above which the heap's own timers are split into the ladder.
  static constexpr std::size_t kSplit = 4096;

  TimerLadder() : buckets_(1) {}
  TimerLadder(const TimerLadder&) = delete;
  TimerLadder& operator=(const TimerLadder&) = delete;

  bool empty() const { return size_ == 0; }
  std::size_t size() const { return size_; }
  // Timers earlier than this belong to the heap (+inf while the ladder is empty).
  double horizon() const { return horizon_; }
  // Adds a timer at or past the horizon.
  void add(TimerSlot s, TimerEntry* e);
  // Removes the timer in bucket `where` at `pos`.
  void remove(std::uint32_t where, std::uint32_t pos, TimerEntry* e) {
    std::vector<TimerSlot>& b = buckets_[where];
    const TimerSlot last = b.back();
    b.pop_back();
    if (pos < b.size()) {
      b[pos] = last;
      e[last.id].pos = pos;
    }
    if (--size_ == 0) reset();
  }
  // Splits the heap's timers, all before the horizon, into a new rung. Returns false
  // (and leaves them) when they cannot be split: all equal deadlines, or too many rungs.
  bool split_near(const TimerSlot* s, std::size_t n, TimerEntry* e);
  // The next bucket in deadline order, which the caller empties into the heap; the
  // horizon moves past it. The ladder must not be empty.
  std::vector<TimerSlot>& take_next(TimerEntry* e);
  // Keeps the timers for which keep(slot) is true, fixing the entries of those that move.
  template <class F>
  void sweep(F keep, TimerEntry* e) {
    for (std::size_t i = 0; i < used_; ++i) {
      std::vector<TimerSlot>& b = buckets_[i];
      std::size_t kept = 0;
      for (const TimerSlot& s : b)
        if (keep(s)) {
          e[s.id].pos = static_cast<std::uint32_t>(kept);
          b[kept++] = s;
        }
      size_ -= b.size() - kept;
      b.resize(kept);
    }
    if (size_ == 0) reset();
  }
  // Hands every timer to f and empties the ladder.
  template <class F>
  void clear(F f) {
    for (std::size_t i = 0; i < used_; ++i) {
      for (const TimerSlot& s : buckets_[i]) f(s);
      buckets_[i].clear();
    }
    size_ = 0;
    reset();
  }

 private:
  // About this many timers per bucket: a heap of that many stays in L1/L2.
  static constexpr std::size_t kBucket = 1024;
  static constexpr std::size_t kSamplesPerBucket = 8;
  static constexpr std::size_t kMaxRungs = 8;
  struct Rung {
    std::uint32_t first;  // its bucket 0's number
    std::uint32_t count;  // buckets
    std::uint32_t cur;    // first bucket not yet taken
    // bounds[i] is the start of bucket i (bucket 0's is never read); bounds[count] is
    // the rung's end, the start of what lies past it.
    std::vector<double> bounds;
  };
  // Builds a rung from the n timers at src, whose deadlines are all before `end`; with
  // to_overflow, the end is their latest deadline instead, and the timers at it go to
  // the overflow.
  bool split(const TimerSlot* src, std::size_t n, double end, bool to_overflow, TimerEntry* e);
  void put(std::uint32_t b, TimerSlot s, TimerEntry* e) {
    std::vector<TimerSlot>& v = buckets_[b];
    e[s.id].where = b;
    e[s.id].pos = static_cast<std::uint32_t>(v.size());
    v.push_back(s);
  }
  void reset() {
    rungs_.clear();
    used_ = 1;
    horizon_ = std::numeric_limits<double>::infinity();
  }

  // Bucket 0 is the overflow; each rung's buckets follow those of the rung below it.
  // Buckets past used_ are spare: empty, with their capacity kept for the next rungs.
  std::vector<std::vector<TimerSlot>> buckets_;
  std::size_t used_ = 1;
  std::vector<Rung> rungs_;  // bottom first
  std::vector<TimerSlot> scratch_;    // a bucket being split
  std::vector<double> sample_;      // deadlines whose quantiles bound a new rung
  std::vector<std::uint32_t> index_;  // the bucket of each timer being split
  std::size_t size_ = 0;
  double horizon_ = std::numeric_limits<double>::infinity();
};

}  // namespace aio
