// taskgroup.hpp — asyncio.TaskGroup (3.11.7).
//
//   aio::TaskGroup tg;
//   auto r = co_await aio::settle(tg.run(body(tg)));   // `async with TaskGroup() as tg:`
//   ... inside body: tg.create_task(work());
//
// run() awaits the body inline, then every task of the group. The first task to fail
// cancels its siblings and the parent task (once); the errors are raised together as a
// group error ("unhandled errors in a TaskGroup"). A cancellation of the parent that the
// group did not cause propagates as CancelledError. Tasks are kept in creation order
// (CPython keeps a set, whose iteration order is its own).
#pragma once

#include <algorithm>
#include <optional>
#include <vector>

#include "aio/task.hpp"

namespace aio {

class TaskGroup {
 public:
  TaskGroup() = default;
  TaskGroup(const TaskGroup&) = delete;

  template <class T>
  Result<TaskRef<T>> create_task(Task<T> coro, std::string name = {}) {
    if (!entered_) return Error::runtime("TaskGroup has not been entered");
    if (exiting_ && tasks_.empty()) return Error::runtime("TaskGroup is finished");
    if (aborting_) return Error::runtime("TaskGroup is shutting down");
    TaskRef<T> task = loop_->create_task(std::move(coro), std::move(name));
    task->on_done([this](FutureBase& t) { on_task_done(static_cast<TaskBase&>(t)); });
    tasks_.push_back(Rc<TaskBase>::share(task.get()));
    return task;
  }

  Task<> run(Task<> body) {
    if (entered_) co_await fail(Error::runtime("TaskGroup has already been entered"));
    entered_ = true;
    loop_ = &running_loop();
    parent_ = loop_->current_task();
    if (!parent_) co_await fail(Error::runtime("TaskGroup cannot determine the parent task"));
    auto r = co_await settle(std::move(body));
    // __aexit__
    exiting_ = true;
    std::optional<Error> propagate_cancellation;
    if (!r && r.error().is_cancelled()) propagate_cancellation = r.error();
    if (parent_cancel_requested_ && parent_->uncancel() == 0) propagate_cancellation.reset();
    if (!r && !aborting_) abort();
    while (!tasks_.empty()) {
      if (!on_completed_) {
        on_completed_.emplace(*loop_);
        (*on_completed_)->set_label("TaskGroup");
      }
      auto w = co_await settle(*on_completed_);
      if (!w && w.error().is_cancelled() && !aborting_) {
        propagate_cancellation = w.error();
        abort();
      }
      on_completed_.reset();
    }
    if (propagate_cancellation && errors_.empty()) co_await fail(std::move(*propagate_cancellation));
    if (!r && !r.error().is_cancelled()) errors_.push_back(r.take_error());
    if (!errors_.empty()) co_await fail(Error::make_group("unhandled errors in a TaskGroup", std::move(errors_)));
  }

 private:
  void abort() {
    aborting_ = true;
    std::vector<Rc<TaskBase>> tasks = tasks_;
    for (Rc<TaskBase>& t : tasks)
      if (!t->done()) t->cancel();
  }
  void on_task_done(TaskBase& task) {
    auto it = std::find_if(tasks_.begin(), tasks_.end(), [&](const Rc<TaskBase>& t) { return t.get() == &task; });
    if (it != tasks_.end()) tasks_.erase(it);
    if (on_completed_ && tasks_.empty() && !(*on_completed_)->done()) (*on_completed_)->set_result(true);
    if (task.cancelled() || !task.error()) return;
    errors_.push_back(*task.error());
    if (parent_->done()) return;  // CPython reports it to the loop's exception handler
    if (!aborting_ && !parent_cancel_requested_) {
      abort();
      parent_cancel_requested_ = true;
      parent_->cancel();
    }
  }

  bool entered_ = false, exiting_ = false, aborting_ = false, parent_cancel_requested_ = false;
  Loop* loop_ = nullptr;
  TaskBase* parent_ = nullptr;
  std::vector<Rc<TaskBase>> tasks_;
  std::vector<Error> errors_;
  std::optional<Future<bool>> on_completed_;
};

}  // namespace aio
