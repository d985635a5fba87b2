#include "aio/task.hpp"

namespace aio {

namespace {
std::uint64_t g_task_counter = 0;
}  // namespace

namespace detail {
void stop_loop(void* loop, Ref*, bool run) {
  if (run) static_cast<Loop*>(loop)->stop();
}
}  // namespace detail

void TaskBase::reset_names() { g_task_counter = 0; }

std::string TaskBase::name() const {
  if (cold_ && !cold_->name.empty()) return cold_->name;
  return "Task-" + std::to_string(id_);
}

void TaskBase::release_rest() {
  destroy_frames();
  if (fut_waiter_) fut_waiter_->release();
  delete cold_;
}

void TaskBase::start(PromiseBase& root, detail::LinkBase& link) {
  id_ = ++g_task_counter;
  root.task = this;
  root.link = &link;
  link.frame = root.handle;
  set_frame(root);
  Loop& l = loop();
  l.task_born(this);
  l.post_resume(this);  // its first step; the live list holds the reference
  if (l.tracing()) trace(TraceKind::created, nullptr);
}

void TaskBase::trace(TraceKind kind, const FutureBase* on) { loop().trace(kind, *this, on); }

bool TaskBase::cancel_with(Error reason) {
  if (done()) return false;
  ++cancels_requested_;
  reason.kind = ErrorKind::cancelled;
  if (fut_waiter_ && fut_waiter_->cancel_with(reason)) return true;
  must_cancel_ = true;
  cold().cancel_reason = std::move(reason);
  return true;
}

void TaskBase::wakeup_entry(void* ctx, Ref* keep, bool run) {
  if (!run) return;
  auto* t = static_cast<TaskBase*>(ctx);
  Rc<TaskBase> hold = Rc<TaskBase>::share(t);  // finishing may drop the loop's reference
  if (const Error* e = static_cast<FutureBase*>(keep)->error())
    t->step_throw(*e);
  else
    t->step();
}

// The common start of a step: the task becomes current, its waiter is dropped.
inline void TaskBase::enter() {
  if (done()) panic("step of a finished task");
  if (fut_waiter_) {
    fut_waiter_->release();
    fut_waiter_ = nullptr;
  }
  Loop& l = loop();
  l.current_ = this;
  if (l.tracing()) [[unlikely]]
    trace(started_ ? TraceKind::resumed : TraceKind::started, nullptr);
  started_ = true;
  signal_ = Signal::none;
}

// The loop is read before the frame runs: a task whose last reference is the loop's may
// be gone once drive() has finished it.
void TaskBase::step() {
  if (must_cancel_) [[unlikely]]
    return step_cancelled();
  Loop& l = loop();
  TaskBase* outer = l.current_;
  enter();
  inner_.resume();
  if (signal_ != Signal::suspended) [[unlikely]]
    drive();
  else if (l.tracing()) [[unlikely]]
    trace_yield();
  l.current_ = outer;
}

// The `suspended` event of a bare yield (wait_on traces its own, naming the future).
void TaskBase::trace_yield() {
  if (!fut_waiter_) trace(TraceKind::suspended, nullptr);
}

void TaskBase::raise_returned(PromiseBase& frame) {
  frame.failed = false;
  raise_here(std::move(*frame.link->error));
  frame.link->error.reset();
}

void TaskBase::step_cancelled() { step_throw(make_cancelled_error()); }

void TaskBase::step_throw(Error exc) {
  if (must_cancel_) {
    if (!exc.is_cancelled()) exc = make_cancelled_error();
    must_cancel_ = false;
  }
  Loop& l = loop();
  TaskBase* outer = l.current_;
  enter();
  if (await_settle_) {
    cold().injected = std::move(exc);
    inner_.resume();
  } else {
    raise_here(std::move(exc));
  }
  drive();
  l.current_ = outer;
}

// The trampoline: runs frames until the task suspends or finishes.
void TaskBase::drive() {
  for (;;) {
    switch (std::exchange(signal_, Signal::none)) {
      case Signal::suspended:
        if (loop().tracing()) [[unlikely]]
          trace_yield();
        return;
      case Signal::pushed:
        inner_.resume();
        break;
      case Signal::returned:
        if (PromiseBase* parent = frame_->parent) {
          set_frame(*parent);  // its awaiter takes the value and destroys the child frame
          inner_.resume();
          break;
        }
        return root_returned();
      case Signal::unwind:
        if (!unwind_pending()) return;
        break;
      case Signal::none:
        panic("an aio coroutine awaited something that is not an aio awaitable");
    }
  }
}

bool TaskBase::unwind_pending() {
  Error e = std::move(*cold_->pending);
  cold_->pending.reset();
  return unwind(std::move(e));
}

void TaskBase::root_returned() {
  coroutine_handle<> root = frame_->handle;
  frame_->link->frame = {};
  frame_ = nullptr;
  root.destroy();
  if (must_cancel_) [[unlikely]]  // cancelled right before the coroutine returned
    cancel_returned();
  else
    complete_root();
  finished();
}

void TaskBase::cancel_returned() {
  must_cancel_ = false;
  FutureBase::cancel_with(make_cancelled_error());
}

// Destroys frames from the innermost up to the first one awaited with settle() (which
// resumes with the error: returns true) or through the root (the task fails: false).
bool TaskBase::unwind(Error e) {
  PromiseBase* f = frame_;
  for (;;) {
    PromiseBase* parent = f->parent;
    detail::LinkBase* link = f->link;
    bool settle = f->settle;
    coroutine_handle<> h = f->handle;
    link->frame = {};
    h.destroy();
    if (!parent) {
      frame_ = nullptr;
      if (e.is_cancelled())
        FutureBase::cancel_with(std::move(e));
      else
        FutureBase::set_error(std::move(e));
      finished();
      return false;
    }
    if (settle) {
      link->error = std::move(e);
      set_frame(*parent);
      signal_ = Signal::none;
      inner_.resume();
      return true;
    }
    f = parent;
  }
}

void TaskBase::finished() {
  Loop& l = loop();
  if (l.tracing()) trace(cancelled() ? TraceKind::cancelled : error() ? TraceKind::failed : TraceKind::done, nullptr);
  l.task_gone(this);
}

void TaskBase::wait_on(FutureBase* f, bool settle) {
  f->add_done_callback(&TaskBase::wakeup_entry, this);
  f->retain();
  fut_waiter_ = f;
  await_settle_ = settle;
  signal_ = Signal::suspended;
  if (loop().tracing()) [[unlikely]]
    trace(TraceKind::suspended, f);
  if (must_cancel_ && f->cancel_with(make_cancelled_error())) must_cancel_ = false;
}

void TaskBase::push(PromiseBase& child, PromiseBase& parent, detail::LinkBase& link, bool settle) {
  child.task = this;
  child.parent = &parent;
  child.link = &link;
  child.settle = settle;
  set_frame(child);
  signal_ = Signal::pushed;
}

void TaskBase::destroy_frames() {
  while (PromiseBase* f = frame_) {
    frame_ = f->parent;
    coroutine_handle<> h = f->handle;
    f->link->frame = {};
    h.destroy();
  }
}

void TaskBase::abandon() {
  if (fut_waiter_) {
    fut_waiter_->remove_done_callback(&TaskBase::wakeup_entry, this);
    fut_waiter_->release();
    fut_waiter_ = nullptr;
  }
  destroy_frames();
  loop().task_gone(this);
}

}  // namespace aio
