#include "aio/loop.hpp"

#include "aio/task.hpp"

#include <cmath>

namespace aio {

namespace {
thread_local Loop* t_running = nullptr;

// asyncio compares deadlines with `time() + clock_resolution` (monotonic: 1 ns).
constexpr double kClockResolution = 1e-9;

struct RunningScope {
  Loop* saved;
  int& depth;
  RunningScope(Loop* loop, int& d) : saved(t_running), depth(d) {
    t_running = loop;
    ++depth;
  }
  ~RunningScope() {
    t_running = saved;
    --depth;
  }
};
}  // namespace

const char* trace_kind_name(TraceKind kind) {
  switch (kind) {
    case TraceKind::created: return "created";
    case TraceKind::started: return "started";
    case TraceKind::resumed: return "resumed";
    case TraceKind::suspended: return "suspended";
    case TraceKind::done: return "done";
    case TraceKind::failed: return "failed";
    case TraceKind::cancelled: return "cancelled";
  }
  return "?";
}

void Handle::cancel() {
  if (cancelled_) return;
  cancelled_ = true;
  drop();
  if (loop_->heap_.contains(this)) loop_->cancelled_timers_.push_back(this);
}

Loop::Loop(ClockKind clock) : clock_(clock) {}

Loop::~Loop() {
  while (!ready_.empty()) {
    const Entry e = *ready_.pop_slot();
    if (!e.fn) continue;  // a task's step: abandon() below destroys its frames
    e.fn(e.ctx, e.keep, false);
    if (e.keep) e.keep->release();
  }
  heap_.clear([](Handle* h) {
    h->drop();
    h->release();
  });
  cancelled_timers_.clear();
  // Unfinished tasks: destroy their frames (RAII), then drop the loop's reference.
  while (live_head_) {
    TaskBase* t = live_head_;
    t->abandon();
  }
}

Loop* Loop::running() { return t_running; }

Loop::ReadyQueue::ReadyQueue() : buf_(new Entry[64]), end_(buf_ + 64), head_(buf_), tail_(buf_) {}

// Called when the ring is full (tail_ == head_): doubles it, oldest entry first.
void Loop::ReadyQueue::grow() {
  const std::size_t cap = std::size_t(end_ - buf_);
  Entry* buf = new Entry[2 * cap];
  Entry* out = buf;
  for (Entry* p = head_; p != end_; ++p) *out++ = *p;
  for (Entry* p = buf_; p != tail_; ++p) *out++ = *p;
  delete[] buf_;
  buf_ = buf;
  end_ = buf + 2 * cap;
  head_ = buf;
  tail_ = out;
}

void Loop::run_handle(void*, Ref* keep, bool run) {
  auto* h = static_cast<Handle*>(keep);
  if (run && !h->cancelled_) h->invoke();
}

// asyncio's _run_once prologue: cancelled timers leave the heap. When they are most of it
// (more than half, and more than 100 timers scheduled) the heap is rebuilt without them in
// O(n), as asyncio does; otherwise each is removed by its back-index in O(log n) (asyncio
// only discards those that reached the top; the rest stay until they do).
void Loop::drop_cancelled_timers() {
  if (heap_.size() > 100 && cancelled_timers_.size() * 2 > heap_.size()) {
    heap_.sweep([](Handle* h) {
      if (!h->cancelled_) return false;
      h->release();
      return true;
    });
  } else {
    for (Handle* h : cancelled_timers_) {
      heap_.remove(h);
      h->release();
    }
  }
  cancelled_timers_.clear();
}

void Loop::run_once() {
  RunningScope scope(this, running_depth_);
  if (!cancelled_timers_.empty()) drop_cancelled_timers();
  if (ready_.empty() && !stopping_ && !heap_.empty()) {
    // asyncio waits in epoll, whose timeout it rounds *up* to whole milliseconds: timers
    // due within that millisecond fire in the same iteration. Same rounding here, so that
    // virtual time batches timers exactly as CPython does in real time.
    double wait = heap_.top_when() - time();
    if (wait > 0) clock_.idle(std::ceil(wait * 1e3) * 1e-3);
  }
  // Due timers join the back of the ready queue, in (deadline, sequence) order.
  if (!heap_.empty()) {
    const double end = time() + kClockResolution;
    while (!heap_.empty() && heap_.top_when() < end) {
      // Not touched here (it runs after all due timers are queued): its line is fetched
      // meanwhile, the one miss of firing a timer that the heap cannot avoid.
      Handle* h = heap_.pop();
      __builtin_prefetch(h);
      ready_.push({&Loop::run_handle, nullptr, h});  // the heap's reference moves along
    }
  }
  run_ready();
}

// A task's step after a yield runs inline and leaves the task current (TaskBase::resume):
// the current task is restored before anything else runs.
void Loop::run_ready() {
  TaskBase* const outer = current_;
  for (std::size_t n = ready_.size(); n > 0; --n) {
    // The entry is read in place before anything runs (a push may reuse its slot), and
    // a resume entry's `keep`, which it never wrote, is not read at all.
    const Entry* slot = ready_.pop_slot();
    void* const ctx = slot->ctx;
    if (const CallbackFn fn = slot->fn) {
      Ref* const keep = slot->keep;
      current_ = outer;
      fn(ctx, keep, true);
      if (keep) keep->release();
    } else {
      static_cast<TaskBase*>(ctx)->resume(*this);
    }
  }
  current_ = outer;
}

bool Loop::run_forever() {
  RunningScope scope(this, running_depth_);
  bool stopped = true;
  for (;;) {
    if (ready_.empty() && heap_.empty() && !stopping_) {
      stopped = false;
      break;
    }
    run_once();
    if (stopping_) break;
  }
  stopping_ = false;
  return stopped;
}

std::vector<TaskBase*> Loop::all_tasks() const {
  std::vector<TaskBase*> out;
  for (TaskBase* t = live_head_; t; t = t->live_next_) out.push_back(t);
  return out;
}

void Loop::task_born(TaskBase* t) {
  t->retain();
  t->live_prev_ = live_tail_;
  t->live_next_ = nullptr;
  (live_tail_ ? live_tail_->live_next_ : live_head_) = t;
  live_tail_ = t;
}

void Loop::task_gone(TaskBase* t) {
  (t->live_prev_ ? t->live_prev_->live_next_ : live_head_) = t->live_next_;
  (t->live_next_ ? t->live_next_->live_prev_ : live_tail_) = t->live_prev_;
  t->live_prev_ = t->live_next_ = nullptr;
  t->release();
}

}  // namespace aio
