#include "aio/future.hpp"

#include <cstdio>
#include <cstdlib>

namespace aio {

void FutureBase::release_rest() {
  if (first_.fn) first_.fn(first_.ctx, nullptr, false);
  if (more_) {
    for (Callback& cb : *more_) cb.fn(cb.ctx, nullptr, false);
    delete more_;
  }
  delete error_;
}

bool FutureBase::cancel_with(Error reason) {
  if (done()) return false;
  reason.kind = ErrorKind::cancelled;
  error_ = new Error(std::move(reason));
  finish(State::cancelled);
  return true;
}

bool FutureBase::set_error(Error e) {
  if (done()) return false;
  error_ = new Error(std::move(e));
  finish(State::finished);
  return true;
}

void FutureBase::schedule_callbacks() {
  // Moved out first: a callback may add more while these are being queued.
  const Callback first = std::exchange(first_, {});
  std::vector<Callback>* const more = std::exchange(more_, nullptr);
  loop_->post(first.fn, first.ctx, this);
  if (!more) return;
  for (Callback& cb : *more) loop_->post(cb.fn, cb.ctx, this);
  delete more;
}

void FutureBase::add_done_callback(CallbackFn fn, void* ctx) {
  if (done())
    loop_->post(fn, ctx, this);
  else if (!first_.fn)
    first_ = {fn, ctx};
  else if (more_)
    more_->push_back({fn, ctx});
  else
    more_ = new std::vector<Callback>{{fn, ctx}};
}

std::size_t FutureBase::remove_done_callback(CallbackFn fn, void* ctx) {
  return remove_done_callbacks_if([&](CallbackFn f, void* c) { return f == fn && c == ctx; });
}

std::size_t FutureBase::remove_done_callback(void* token) {
  for (std::size_t i = 0, n = callback_count(); i < n; ++i)
    if (const Callback cb = callback(i); cb.ctx == token) return remove_done_callback(cb.fn, token);
  return 0;
}

std::string FutureBase::describe() const {
  if (!label_) return "Future";
  if (std::isnan(label_number_)) return label_;
  return std::string(label_) + "(" + format_number(label_number_) + ")";
}

std::string format_number(double x) {
  char buf[40];
  for (int prec = 1; prec <= 17; ++prec) {
    std::snprintf(buf, sizeof buf, "%.*g", prec, x);
    if (std::strtod(buf, nullptr) == x) break;
  }
  return buf;
}

}  // namespace aio
