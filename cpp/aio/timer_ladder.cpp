#include "aio/timer_ladder.hpp"

#include <algorithm>

namespace aio {

namespace {

// The bucket of rung bounds b that holds `when` (b[cur] <= when < b[count]): the last i in
// [cur, count) with i == cur or b[i] <= when. Branch-free halving: the bounds are in
// cache, and the outcome of each comparison is a coin toss.
inline std::uint32_t bucket_of(const double* b, std::uint32_t cur, std::uint32_t count, double when) {
  std::uint32_t base = cur, len = count - cur;
  while (len > 1) {
    const std::uint32_t half = len / 2;
    base = b[base + half] <= when ? base + half : base;
    len -= half;
  }
  return base;
}

}  // namespace

void TimerLadder::add(TimerSlot s, TimerEntry* e) {
  ++size_;
  for (std::size_t r = rungs_.size(); r-- > 0;) {
    const Rung& g = rungs_[r];
    if (s.when < g.bounds[g.count]) {
      put(g.first + bucket_of(g.bounds.data(), g.cur, g.count, s.when), s, e);
      return;
    }
  }
  put(0, s, e);
}

bool TimerLadder::split(const TimerSlot* src, std::size_t n, double end, bool to_overflow, TimerEntry* e) {
  if (rungs_.size() == kMaxRungs) return false;
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  for (std::size_t i = 0; i < n; ++i) {
    const double w = src[i].when;
    lo = w < lo ? w : lo;
    hi = w > hi ? w : hi;
  }
  if (!(lo < hi)) return false;  // one deadline (or none that compares): only the heap can order them
  if (to_overflow) end = hi;
  const std::uint32_t count = static_cast<std::uint32_t>(std::max<std::size_t>(2, n / kBucket));
  // Bounds at quantiles of an evenly strided sample (NaN and the overflow's timers left out,
  // so that the sort sees a strict weak order).
  sample_.clear();
  const std::size_t step = std::max<std::size_t>(1, n / (count * kSamplesPerBucket));
  for (std::size_t i = 0; i < n; i += step)
    if (const double w = src[i].when; w >= lo && w < end) sample_.push_back(w);
  if (sample_.empty()) return false;
  std::sort(sample_.begin(), sample_.end());
  Rung g{static_cast<std::uint32_t>(used_), count, 0, std::vector<double>(count + 1)};
  g.bounds[0] = lo;
  for (std::uint32_t i = 1; i < count; ++i) g.bounds[i] = sample_[i * sample_.size() / count];
  g.bounds[count] = end;
  used_ += count;
  if (buckets_.size() < used_) buckets_.resize(used_);
  // Two passes, so that each bucket is allocated once at its final size.
  index_.resize(n);
  std::vector<std::uint32_t> sizes(count + 1);  // the last one counts the overflow's
  for (std::size_t i = 0; i < n; ++i) {
    const double w = src[i].when;
    const std::uint32_t b = w < end ? bucket_of(g.bounds.data(), 0, count, w) : count;
    index_[i] = b;
    ++sizes[b];
  }
  for (std::uint32_t b = 0; b < count; ++b) buckets_[g.first + b].reserve(sizes[b]);
  for (std::size_t i = 0; i < n; ++i) put(index_[i] == count ? 0 : g.first + index_[i], src[i], e);
  rungs_.push_back(std::move(g));
  return true;
}

bool TimerLadder::split_near(const TimerSlot* s, std::size_t n, TimerEntry* e) {
  const bool ok = empty() ? split(s, n, 0, true, e) : split(s, n, horizon_, false, e);
  if (ok) size_ += n;
  return ok;
}

std::vector<TimerSlot>& TimerLadder::take_next(TimerEntry* e) {
  for (;;) {
    if (rungs_.empty()) {
      // Only the overflow is left: it becomes the bottom rung, or goes to the heap whole.
      if (buckets_[0].size() > kSplit) {
        scratch_.swap(buckets_[0]);
        const bool ok = split(scratch_.data(), scratch_.size(), 0, true, e);
        if (!ok) scratch_.swap(buckets_[0]);
        scratch_.clear();
        if (ok) continue;
      }
      size_ = 0;
      reset();
      return buckets_[0];
    }
    Rung& g = rungs_.back();
    while (g.cur < g.count && buckets_[g.first + g.cur].empty()) ++g.cur;
    if (g.cur == g.count) {
      used_ = g.first;
      rungs_.pop_back();
      continue;
    }
    const std::uint32_t b = g.first + g.cur++;
    horizon_ = g.bounds[g.cur];
    if (buckets_[b].size() > kSplit) {
      scratch_.swap(buckets_[b]);
      const bool ok = split(scratch_.data(), scratch_.size(), horizon_, false, e);
      if (!ok) scratch_.swap(buckets_[b]);
      scratch_.clear();
      if (ok) continue;
    }
    size_ -= buckets_[b].size();
    if (size_ == 0) reset();
    return buckets_[b];
  }
}

}  // namespace aio
