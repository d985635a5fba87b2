// modules/asyncio_task.cpp — asyncio's Future and Task as native types on the aio loop.
//
// CPython 3.11's observable order, step for step: a Task steps its coroutine from a
// callback on the ready queue (Task.__step), the coroutine's frames run in the VM until the
// innermost await reaches a pending future, which comes back as the value the coroutine
// yielded ("suspended on F"); the task then registers its wake-up as F's done-callback, and
// F's completion queues the wake-up, which steps the task again with F's result or throws
// F's exception (or the CancelledError) in at the await point. Done-callbacks are queued in
// registration order; cancel() follows CPython (cancelling()/uncancel(), the message,
// _must_cancel). Python subclasses of Future and Task work: overridden methods are called
// through Python whenever the type is not the native one.
//
// Nothing here is a Python Handle: a queued step or callback is a Job posted straight to
// aio's ready queue. A Handle is only made when a callback raised, for the report.
// reprs, the "exception was never retrieved" guard and --trace's wait descriptions stay in
// lib/asyncio.py (hooks), off the hot path.
#include <cstdio>
#include <string>
#include <unordered_set>
#include <vector>

#include "py/errors.hpp"
#include "py/frame.hpp"
#include "py/generator.hpp"
#include "py/module.hpp"
#include "py/modules/asyncio_loop.hpp"

namespace py::asyncio {
namespace {

enum State : uint8_t { kPending, kCancelled, kFinished };

struct Future : Object {
  Value loop;
  Value result;          // FINISHED without exception
  Value exception;       // FINISHED with exception
  Value exception_tb;    // its traceback when set (restored on each raise)
  Value cancel_message;
  Value cancelled_exc;   // the CancelledError a task finished with (re-raised as is)
  Value log_guard;       // _LogGuard while the exception is unretrieved
  Value trace_label;     // --trace: what waiting on it is called ("sleep(2)", "gather")
  std::vector<Value> callbacks;
  std::vector<Value> contexts;  // each callback's Context (None before contextvars is used)
  aio::Rc<aio::Handle> timer;  // sleep(): the timer that completes it, cancelled with it
  State state;
  bool blocking;  // _asyncio_future_blocking
};

struct Task : Future {
  Value coro, name, context, fut_waiter, wakeup, code;
  Task *prev, *next;  // the registry of unfinished tasks, in creation order (weak, as
                      // CPython's WeakSet: a pending task nobody holds is destroyed)
  int64_t tid;
  int64_t num_cancels_requested;
  bool must_cancel;
  bool log_destroy_pending;
  bool registered;
};

struct Wakeup : Object { Value task; };     // the task's done-callback on what it awaits
struct FutureIter : Object { Value fut; };  // Future.__await__()
struct YieldOnce : Object { bool done; };   // `await _yield_once()`: one bare yield (sleep(0))

struct TaskState {
  Type *fut_type = nullptr, *task_type = nullptr, *iter_type = nullptr, *wakeup_type = nullptr,
       *yield_type = nullptr;
  Ref cancelled_error, invalid_state_error;      // asyncio.py's exception classes
  Ref repr_hook, arm_log_hook, describe_hook, get_event_loop_hook, destroyed_hook;
  Ref running_loop;
  Task* current = nullptr;  // the task being stepped (borrowed: its step holds it)
  Task *head = nullptr, *tail = nullptr;
  int64_t counter = 0;
  Str *s_pending = nullptr, *s_cancelled = nullptr, *s_finished = nullptr;  // interned: the interpreter owns them
  Value native_add_done_callback;  // Future.add_done_callback's descriptor (fast-path test)
  std::unordered_set<Future*> sleeping;  // futures whose sleep() timer is pending
  Dict* ctx_dict = nullptr;        // contextvars' module dict, once imported
  uint64_t modules_version = ~uint64_t(0);  // sys.modules when last looked for it
};
// Never destroyed: at process exit its references may point into a finished interpreter
// (reset_tasks drops them while the interpreter lives).
TaskState& ts = *new TaskState;

Future* as_fut(Value v) { return static_cast<Future*>(v.ptr()); }
Task* as_task(Value v) { return static_cast<Task*>(v.ptr()); }
Value val(Object* o) { return Value::from_ptr(o); }
bool is_future(Value v) { return is_subtype(type_of(v), ts.fut_type); }

void set_field(Value& field, Value v) {
  Value old = field;
  field = newref(v);
  decref(old);
}

// ---- queued steps and callbacks ------------------------------------------------------------

enum JobKind : uint8_t { kStep, kCallback, kSetResult };
struct Job {
  Value a, b;  // kStep: task, exception or null; kCallback: fn, future; kSetResult: future, value
  Value ctx;   // kCallback: the contextvars Context it runs in, or null
  JobKind kind;
};

int task_step(Task* t, Value exc);
int task_wakeup(Task* t, Value fut);
void future_complete(Future* f, Value result);

// ---- contextvars ------------------------------------------------------------------------------
//
// lib/contextvars.py keeps the current Context in its module global `_current`. Tasks and
// done-callbacks capture a copy when created (as CPython's do) and run with it made current
// — but only once the program has imported contextvars: before that nothing can tell.
Dict* contextvars_dict() {
  Interpreter& I = interp();
  if (ts.ctx_dict || !I.modules) return ts.ctx_dict;
  if (I.modules->version == ts.modules_version) return nullptr;
  ts.modules_version = I.modules->version;
  Value m = dict_get_cstr(I.modules, "contextvars");
  if (m && isinstance(m, I.module_type)) ts.ctx_dict = static_cast<Module*>(m.ptr())->dict;
  return ts.ctx_dict;
}

// The context a new task or callback captures: `given`, else a copy of the current one.
Ref capture_context(Value given) {
  if (given && given != kNone) return Ref::borrow(given);
  Dict* d = contextvars_dict();
  if (!d) return Ref::steal(kNone);
  Value copy = dict_get_cstr(d, "copy_context");
  if (!copy) return Ref::steal(kNone);
  return call0(copy);
}

// Makes `ctx` current for its lifetime (Context.run without a Python call).
struct EnterContext {
  Dict* d = nullptr;
  Ref prev;
  explicit EnterContext(Value ctx) {
    if (!ctx || ctx == kNone || !(d = contextvars_dict())) return;
    prev = Ref::borrow(dict_get_cstr(d, "_current"));
    dict_set_str(d, "_current", ctx);
  }
  ~EnterContext() {
    if (d && prev) dict_set_str(d, "_current", prev.get());
  }
};

void run_job(void* ctx, aio::Ref*, bool run) {
  Job* j = static_cast<Job*>(ctx);
  if (run) {
    if (defer_if_escaping(run_job, ctx)) return;
    int st = 0;
    switch (j->kind) {
      case kStep: st = task_step(as_task(j->a), j->b); break;
      case kSetResult:
        if (as_fut(j->a)->state == kPending) future_complete(as_fut(j->a), j->b);
        break;
      case kCallback:
        if (type_of(j->a) == ts.wakeup_type) {
          st = task_wakeup(as_task(static_cast<Wakeup*>(j->a.ptr())->task), j->b);
        } else {
          EnterContext in(j->ctx);
          Ref r = call1(j->a, j->b);
          st = r ? 0 : -1;
        }
        break;
    }
    if (st < 0) {
      Value loop = j->kind == kStep ? as_fut(j->a)->loop : is_future(j->b) ? as_fut(j->b)->loop : kNone;
      report_callback_error(none_if_null(loop), j->a, none_if_null(j->b));
    }
  }
  decref(j->a);
  decref(j->b);
  decref(j->ctx);
  delete j;
}

// Takes new references to a, b and ctx.
void post_job(JobKind kind, Value a, Value b, Value ctx = kNull) {
  post_callback(run_job, new Job{newref(a), newref(b), newref(ctx), kind});
}

// ---- Future ----------------------------------------------------------------------------------

void schedule_callbacks(Future* f) {
  if (f->callbacks.empty()) return;
  std::vector<Value> cbs, ctxs;
  cbs.swap(f->callbacks);
  ctxs.swap(f->contexts);
  for (size_t i = 0; i < cbs.size(); ++i) {
    post_job(kCallback, cbs[i], val(f), ctxs[i]);
    decref(cbs[i]);
    decref(ctxs[i]);
  }
}

void future_complete(Future* f, Value result) {
  set_field(f->result, result);
  f->state = kFinished;
  schedule_callbacks(f);
}

void disarm(Future* f) {
  if (!f->log_guard) return;
  Ref g = Ref::steal(f->log_guard);
  f->log_guard = kNull;
  Ref r = call_method(g.get(), "disarm", nullptr, 0);
  if (!r) clear_error();
}

void future_set_exception(Future* f, Value exc) {
  set_field(f->exception, exc);
  set_field(f->exception_tb, as_exc(exc)->traceback);
  f->state = kFinished;
  schedule_callbacks(f);
  if (ts.arm_log_hook) {
    Ref g = call1(ts.arm_log_hook.get(), val(f));
    if (!g) clear_error();
    else set_field(f->log_guard, g.get());
  }
}

// Future.cancel (the base one, also for tasks finishing cancelled).
bool future_cancel(Future* f, Value msg) {
  disarm(f);
  if (f->state != kPending) return false;
  f->state = kCancelled;
  set_field(f->cancel_message, msg);
  if (f->timer) {
    aio::Rc<aio::Handle> t = std::move(f->timer);
    t->cancel();
  }
  schedule_callbacks(f);
  return true;
}

Ref make_cancelled_error(Future* f) {
  if (f->cancelled_exc) {
    Ref e = Ref::steal(f->cancelled_exc);
    f->cancelled_exc = kNull;
    return e;
  }
  if (!f->cancel_message || f->cancel_message == kNone) return call0(ts.cancelled_error.get());
  return call1(ts.cancelled_error.get(), f->cancel_message);
}

// result(): 0 with *out, or -1 with the exception raised.
int future_result(Future* f, Ref* out) {
  if (f->state == kCancelled) {
    Ref e = make_cancelled_error(f);
    if (e) set_error(std::move(e));
    return -1;
  }
  if (f->state != kFinished) {
    raise(static_cast<Type*>(ts.invalid_state_error.ptr()), "Result is not set.");
    return -1;
  }
  disarm(f);
  if (f->exception) {
    exception_set_traceback(f->exception, f->exception_tb);
    set_error(Ref::borrow(f->exception));
    return -1;
  }
  *out = Ref::borrow(f->result);
  return 0;
}

int task_cancel(Task* t, Value msg);

// fut.cancel(msg=msg), through Python when a subclass may have overridden it.
int cancel_any(Value fut, Value msg) {
  Type* t = type_of(fut);
  if (t == ts.fut_type) return future_cancel(as_fut(fut), msg);
  if (t == ts.task_type) return task_cancel(as_task(fut), msg);
  Ref m = getattr(fut, "cancel");
  if (!m) return -1;
  Ref kwnames = tuple_pack({val(interp().intern("msg"))});
  if (!kwnames) return -1;
  Ref r = call(m.get(), &msg, 0, as_tuple(kwnames.get()));
  if (!r) return -1;
  return truth(r.get());
}

// `ctx` (a Context or None) is borrowed.
void add_callback(Future* f, Value fn, Value ctx) {
  if (f->state != kPending) {
    post_job(kCallback, fn, val(f), ctx);
  } else {
    f->callbacks.push_back(newref(fn));
    f->contexts.push_back(newref(ctx));
  }
}

Value event_loop_or(Value given) {
  if (given && given != kNone) return given;
  if (ts.running_loop) return ts.running_loop.get();
  return kNull;
}

int future_init_loop(Future* f, Value loop_arg) {
  Value loop = event_loop_or(loop_arg);
  if (loop) {
    set_field(f->loop, loop);
    return 0;
  }
  Ref l = call0(ts.get_event_loop_hook.get());
  if (!l) return -1;
  set_field(f->loop, l.get());
  return 0;
}

Ref fut_alloc(Type* t, const Value*, size_t, Tuple*) {
  Future* f = static_cast<Future*>(alloc_object(t, t->basicsize));
  new (&f->callbacks) std::vector<Value>();
  new (&f->contexts) std::vector<Value>();
  new (&f->timer) aio::Rc<aio::Handle>();
  gc_track(f);
  return Ref::steal(val(f));
}

void fut_clear_fields(Future* f) {
  Value fields[] = {f->loop, f->result, f->exception, f->exception_tb, f->cancel_message,
                    f->cancelled_exc, f->log_guard, f->trace_label};
  f->loop = f->result = f->exception = f->exception_tb = f->cancel_message = f->cancelled_exc =
      f->log_guard = f->trace_label = kNull;
  std::vector<Value> cbs, ctxs;
  cbs.swap(f->callbacks);
  ctxs.swap(f->contexts);
  if (f->timer) {
    aio::Rc<aio::Handle> t = std::move(f->timer);
    t->cancel();
  }
  for (Value v : fields) decref(v);
  for (Value v : cbs) decref(v);
  for (Value v : ctxs) decref(v);
}
void fut_traverse_fields(Future* f, VisitFn visit, void* arg) {
  for (Value v : {f->loop, f->result, f->exception, f->exception_tb, f->cancel_message, f->cancelled_exc,
                  f->log_guard, f->trace_label})
    if (v) visit(v, arg);
  for (Value v : f->callbacks) visit(v, arg);
  for (Value v : f->contexts)
    if (v.is_ptr()) visit(v, arg);
}
void fut_finalize(Object* o) {
  Future* f = static_cast<Future*>(o);
  fut_clear_fields(f);
  f->callbacks.~vector();
  f->contexts.~vector();
  f->timer.~Rc();
}
void fut_traverse(Object* o, VisitFn visit, void* arg) { fut_traverse_fields(static_cast<Future*>(o), visit, arg); }
void report_waiters_destroyed(Future* f);
void fut_gc_clear(Object* o) {
  report_waiters_destroyed(static_cast<Future*>(o));
  fut_clear_fields(static_cast<Future*>(o));
}

int fut_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1];
  if (nargs) {
    raisef(interp().TypeError, "Future() takes no positional arguments");
    return -1;
  }
  if (!parse_args("Future", args, nargs, kw, {"loop"}, 0, a)) return -1;
  return future_init_loop(as_fut(self), a[0]);
}
Ref m_fut_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (fut_init(self, args, nargs, kw) < 0) return nullptr;
  return Ref::steal(kNone);
}

Ref fut_repr(Value self) {
  if (!ts.repr_hook) return object_repr_default(self);
  return call1(ts.repr_hook.get(), self);
}

Ref m_result(Value self, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("result", nargs, 0, 0)) return nullptr;
  Ref out;
  if (future_result(as_fut(self), &out) < 0) return nullptr;
  return out;
}
Ref m_exception(Value self, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("exception", nargs, 0, 0)) return nullptr;
  Future* f = as_fut(self);
  if (f->state == kCancelled) {
    Ref e = make_cancelled_error(f);
    if (e) set_error(std::move(e));
    return nullptr;
  }
  if (f->state != kFinished) return raise(static_cast<Type*>(ts.invalid_state_error.ptr()), "Exception is not set.");
  disarm(f);
  return Ref::borrow(none_if_null(f->exception));
}
Ref m_set_result(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("set_result", nargs, 1, 1)) return nullptr;
  Future* f = as_fut(self);
  if (f->state != kPending) return raise(static_cast<Type*>(ts.invalid_state_error.ptr()), "invalid state");
  future_complete(f, args[0]);
  return Ref::steal(kNone);
}
Ref m_set_exception(Value self, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("set_exception", nargs, 1, 1)) return nullptr;
  Future* f = as_fut(self);
  if (f->state != kPending) return raise(static_cast<Type*>(ts.invalid_state_error.ptr()), "invalid state");
  Ref exc = Ref::borrow(args[0]);
  if (is_exception_class(exc.get())) {
    exc = call0(exc.get());
    if (!exc) return nullptr;
  }
  if (!is_exception_instance(exc.get())) return raise(I.TypeError, "invalid exception object");
  if (type_of(exc.get()) == I.StopIteration)
    return raise(I.TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future");
  future_set_exception(f, exc.get());
  return Ref::steal(kNone);
}
Ref m_add_done_callback(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args("add_done_callback", args, nargs, kw, {"fn", "context"}, 1, a)) return nullptr;
  Ref ctx = capture_context(a[1]);
  if (!ctx) return nullptr;
  add_callback(as_fut(self), a[0], ctx.get());
  return Ref::steal(kNone);
}
Ref m_remove_done_callback(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("remove_done_callback", nargs, 1, 1)) return nullptr;
  Future* f = as_fut(self);
  std::vector<Value> cbs, ctxs, keep, keep_ctx;
  cbs.swap(f->callbacks);
  ctxs.swap(f->contexts);
  int64_t removed = 0;
  bool failed = false;
  for (size_t i = 0; i < cbs.size(); ++i) {
    int eq = failed ? 0 : rich_compare_bool(cbs[i], args[0], kEq);
    if (eq < 0) failed = true, eq = 0;
    if (eq) {
      ++removed;
      decref(cbs[i]);
      decref(ctxs[i]);
    } else {
      keep.push_back(cbs[i]);
      keep_ctx.push_back(ctxs[i]);
    }
  }
  for (size_t i = 0; i < f->callbacks.size(); ++i) {  // added by a comparison, if any
    keep.push_back(f->callbacks[i]);
    keep_ctx.push_back(f->contexts[i]);
  }
  f->callbacks.swap(keep);
  f->contexts.swap(keep_ctx);
  if (failed) return nullptr;
  return new_int(removed);
}
Ref m_fut_cancel(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1];
  if (!parse_args("cancel", args, nargs, kw, {"msg"}, 0, a)) return nullptr;
  return Ref::steal(bool_value(future_cancel(as_fut(self), none_if_null(a[0]))));
}
Ref m_cancelled(Value self, const Value*, size_t, Tuple*) { return Ref::steal(bool_value(as_fut(self)->state == kCancelled)); }
Ref m_done(Value self, const Value*, size_t, Tuple*) { return Ref::steal(bool_value(as_fut(self)->state != kPending)); }
Ref m_get_loop(Value self, const Value*, size_t, Tuple*) {
  Future* f = as_fut(self);
  if (!f->loop) return raise(interp().RuntimeError, "Future object is not initialized.");
  return Ref::borrow(f->loop);
}
Ref m_make_cancelled_error(Value self, const Value*, size_t, Tuple*) { return make_cancelled_error(as_fut(self)); }
Ref m_await(Value self, const Value*, size_t, Tuple*) {
  FutureIter* it = static_cast<FutureIter*>(alloc_object(ts.iter_type, sizeof(FutureIter)));
  it->fut = newref(self);
  gc_track(it);
  return Ref::steal(val(it));
}
Ref m_class_getitem(Value cls, const Value*, size_t, Tuple*) { return Ref::borrow(cls); }

Ref g_state(Value self) {
  State s = as_fut(self)->state;
  return Ref::borrow(val(s == kPending ? ts.s_pending : s == kCancelled ? ts.s_cancelled : ts.s_finished));
}
Ref g_result(Value self) { return Ref::borrow(none_if_null(as_fut(self)->result)); }
Ref g_exception(Value self) { return Ref::borrow(none_if_null(as_fut(self)->exception)); }
Ref g_loop(Value self) { return Ref::borrow(none_if_null(as_fut(self)->loop)); }
Ref g_callbacks(Value self) {
  Future* f = as_fut(self);
  Ref l = new_list(f->callbacks.size());
  for (Value cb : f->callbacks) list_append(l.get(), cb);
  return l;
}
Ref g_blocking(Value self) { return Ref::steal(bool_value(as_fut(self)->blocking)); }
int s_blocking(Value self, Value v) {
  int b = v ? truth(v) : 0;
  if (b < 0) return -1;
  as_fut(self)->blocking = b;
  return 0;
}
Ref g_log_traceback(Value self) { return Ref::steal(bool_value(!as_fut(self)->log_guard.is_null())); }
int s_log_traceback(Value self, Value v) {
  int b = v ? truth(v) : 0;
  if (b < 0) return -1;
  if (b) {
    raise(interp().ValueError, "_log_traceback can only be set to False");
    return -1;
  }
  disarm(as_fut(self));
  return 0;
}
Ref g_cancel_message(Value self) { return Ref::borrow(none_if_null(as_fut(self)->cancel_message)); }
int s_cancel_message(Value self, Value v) {
  set_field(as_fut(self)->cancel_message, none_if_null(v));
  return 0;
}
Ref g_trace_label(Value self) {
  Future* f = as_fut(self);
  if (!f->trace_label) return raise(interp().AttributeError, "_trace_label");
  return Ref::borrow(f->trace_label);
}
int s_trace_label(Value self, Value v) {
  Future* f = as_fut(self);
  Value old = f->trace_label;
  f->trace_label = v ? newref(v) : kNull;
  decref(old);
  return 0;
}
Ref g_none(Value) { return Ref::steal(kNone); }

// ---- Future.__await__'s iterator -------------------------------------------------------------

// am_send: 1 = yields the pending future (the task waits on it), 0 = done with its result.
int iter_send(Value self, Value, Value* out) {
  FutureIter* it = static_cast<FutureIter*>(self.ptr());
  if (!it->fut) {
    *out = newref(kNone);
    return 0;
  }
  int st = fut_await_step(it->fut, out);
  if (st != 1) {
    Value f = it->fut;
    it->fut = kNull;
    decref(f);
  }
  return st;
}
Ref iter_next(Value self) {
  Value out;
  int st = iter_send(self, kNone, &out);
  if (st < 0) return nullptr;
  if (st == 1) return Ref::steal(out);
  Ref r = Ref::steal(out);
  if (r.get() != kNone) set_error(make_exception(interp().StopIteration, &out, 1));
  return nullptr;
}
Ref m_iter_send(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("send", nargs, 1, 1)) return nullptr;
  Value out;
  int st = iter_send(self, args[0], &out);
  if (st < 0) return nullptr;
  if (st == 1) return Ref::steal(out);
  Ref r = Ref::steal(out);
  set_error(make_exception(interp().StopIteration, &out, 1));
  return nullptr;
}
Ref m_iter_throw(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("throw", nargs, 1, 3)) return nullptr;
  FutureIter* it = static_cast<FutureIter*>(self.ptr());
  Value f = it->fut;
  it->fut = kNull;
  decref(f);
  return raise_value(args[0]);
}
Ref m_iter_close(Value self, const Value*, size_t, Tuple*) {
  FutureIter* it = static_cast<FutureIter*>(self.ptr());
  Value f = it->fut;
  it->fut = kNull;
  decref(f);
  return Ref::steal(kNone);
}
void iter_finalize(Object* o) { decref(static_cast<FutureIter*>(o)->fut); }
void iter_traverse(Object* o, VisitFn visit, void* arg) {
  if (Value f = static_cast<FutureIter*>(o)->fut) visit(f, arg);
}
void iter_clear(Object* o) {
  FutureIter* it = static_cast<FutureIter*>(o);
  Value f = it->fut;
  it->fut = kNull;
  decref(f);
}

// ---- the yield of sleep(0) -----------------------------------------------------------------

int yield_send(Value self, Value, Value* out) {
  YieldOnce* y = static_cast<YieldOnce*>(self.ptr());
  *out = newref(kNone);
  if (y->done) return 0;
  y->done = true;
  return 1;
}
Ref yield_next(Value self) {
  Value out;
  if (yield_send(self, kNone, &out) == 1) return Ref::steal(out);
  return nullptr;
}
Ref a_yield_once(Value, const Value*, size_t, Tuple*) {
  return Ref::steal(val(alloc_object(ts.yield_type, sizeof(YieldOnce))));
}

// ---- Task ------------------------------------------------------------------------------------

void registry_remove(Task* t) {
  if (!t->registered) return;
  t->registered = false;
  (t->prev ? t->prev->next : ts.head) = t->next;
  (t->next ? t->next->prev : ts.tail) = t->prev;
  t->prev = t->next = nullptr;
}

void trace_task(std::string_view ph, Task* t, std::string_view name) {
  if (tracing()) trace_event(ph, t->tid, name, {});
}

// An unnamed task's "Task-<n>" is made when first asked for (most tasks never are).
Value task_name(Task* t) {
  if (!t->name) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "Task-%lld", (long long)t->tid);
    t->name = new_str_ascii(buf).release();
  }
  return t->name;
}

// The task is done: it leaves the registry and drops its wake-up (task <-> wake-up cycle).
void task_finished(Task* t) {
  Value w = t->wakeup;
  t->wakeup = kNull;
  decref(w);
  registry_remove(t);
}

Value wakeup_of(Task* t) {
  if (!t->wakeup) {
    Wakeup* w = static_cast<Wakeup*>(alloc_object(ts.wakeup_type, sizeof(Wakeup)));
    w->task = newref(val(t));
    gc_track(w);
    t->wakeup = val(w);
  }
  return t->wakeup;
}

Ref runtime_error_with(const char* fmt, Value a, Value b = kNull) {
  std::string ra = repr_utf8(a), rb = b ? repr_utf8(b) : std::string();
  std::string msg;
  for (const char* p = fmt; *p; ++p) {
    if (p[0] == '%' && p[1] == '1') msg += ra, ++p;
    else if (p[0] == '%' && p[1] == '2') msg += rb, ++p;
    else msg += *p;
  }
  return make_exception(interp().RuntimeError, msg);
}

// Registers the task's wake-up on the future its coroutine yielded (Task.__step's tail).
int task_wait_on(Task* t, Value r) {
  Type* rt = type_of(r);
  int blocking;
  Value loop;
  Ref foreign_loop;
  if (is_subtype(rt, ts.fut_type)) {
    blocking = as_fut(r)->blocking;
    loop = as_fut(r)->loop;
  } else {
    Ref b = getattr_opt(r, interp().intern("_asyncio_future_blocking"));
    if (!b) {
      if (err_occurred()) return -1;
      blocking = -1;
    } else if (b.get() == kNone) {
      blocking = -1;
    } else {
      blocking = truth(b.get());
      if (blocking < 0) return -1;
      foreign_loop = call_method(r, "get_loop", nullptr, 0);
      if (!foreign_loop) return -1;
      loop = foreign_loop.get();
    }
  }
  if (blocking < 0) {
    if (r == kNone) {
      post_job(kStep, val(t), kNull);
    } else {
      post_job(kStep, val(t), runtime_error_with("Task got bad yield: %1", r).get());
    }
    return 0;
  }
  if (loop != t->loop) {
    post_job(kStep, val(t), runtime_error_with("Task %1 got Future %2 attached to a different loop", val(t), r).get());
    return 0;
  }
  if (!blocking) {
    post_job(kStep, val(t),
             runtime_error_with("yield was used instead of yield from in task %1 with %2", val(t), r).get());
    return 0;
  }
  if (r == val(t)) {
    post_job(kStep, val(t), runtime_error_with("Task cannot await on itself: %1", val(t)).get());
    return 0;
  }
  Value w = wakeup_of(t);
  if (is_subtype(rt, ts.fut_type)) {
    as_fut(r)->blocking = false;
    if (rt == ts.fut_type || rt == ts.task_type ||
        type_lookup(rt, interp().intern("add_done_callback")) == ts.native_add_done_callback) {
      add_callback(as_fut(r), w, kNone);  // the step enters the task's context itself
    } else {
      Ref res = call_method(r, "add_done_callback", &w, 1);
      if (!res) return -1;
    }
  } else {
    if (setattr(r, interp().intern("_asyncio_future_blocking"), kFalse) < 0) return -1;
    Ref res = call_method(r, "add_done_callback", &w, 1);
    if (!res) return -1;
  }
  set_field(t->fut_waiter, r);
  if (t->must_cancel) {
    int c = cancel_any(r, none_if_null(t->cancel_message));
    if (c < 0) return -1;
    if (c) t->must_cancel = false;
  }
  return 0;
}

void trace_step_end(Task* t) {
  if (!tracing()) return;
  std::string detail;
  if (t->state == kPending && ts.describe_hook) {
    Value args[2] = {none_if_null(t->fut_waiter), t->coro};
    Ref d = call(ts.describe_hook.get(), args, 2);
    if (d && type_of(d.get()) == interp().str_type) detail = std::string(sv(d.get()));
    else clear_error();
  }
  trace_event("E", t->tid, "running", t->state == kPending ? std::string_view(detail) : std::string_view());
  if (t->state == kCancelled) trace_task("i", t, "cancelled");
  else if (t->state == kFinished) trace_task("i", t, t->exception ? "failed" : "done");
}

// Task.__step: one resumption of the coroutine. -1 leaves an exception to report.
// One send(None)/throw(exc) to the task's coroutine, as gen_send reports it.
int coro_step(Value coro, Value exc, Ref* out) {
  Interpreter& I = interp();
  Type* ty = type_of(coro);
  if (ty != I.async_gen_athrow_type && ty != I.async_gen_asend_type)
    return exc ? gen_throw(coro, exc, out) : gen_send(coro, kNone, out);
  Value none = kNone;
  Ref r = exc ? call_method(coro, "throw", &exc, 1) : call_method(coro, I.names.send, &none, 1);
  if (r) {
    *out = std::move(r);
    return 1;
  }
  if (!err_matches(I.StopIteration)) return -1;
  Ref e = fetch_error();
  *out = Ref::borrow(none_if_null(as_exc(e.get())->extra));
  return 0;
}

int task_step(Task* t, Value exc_in) {
  Interpreter& I = interp();
  if (t->state != kPending) {
    Ref e = runtime_error_with("_step(): already done: %1, %2", val(t), none_if_null(exc_in));
    std::string msg = std::string(sv(as_tuple(as_exc(e.get())->args)->items[0]));
    raise(static_cast<Type*>(ts.invalid_state_error.ptr()), msg);
    return -1;
  }
  Ref exc = Ref::borrow(exc_in);
  if (t->must_cancel) {
    if (!exc || !isinstance(exc.get(), static_cast<Type*>(ts.cancelled_error.ptr()))) {
      exc = make_cancelled_error(t);
      if (!exc) return -1;
    }
    t->must_cancel = false;
  }
  Value w = t->fut_waiter;
  t->fut_waiter = kNull;
  decref(w);
  if (ts.current) {
    Ref e = runtime_error_with("Cannot enter into task %1 while another task %2 is being executed.", val(t),
                               val(ts.current));
    set_error(std::move(e));
    return -1;
  }
  if (!t->coro) return 0;  // cleared by the cycle collector
  ts.current = t;
  trace_task("B", t, "running");
  Ref out;
  int st;
  {
    EnterContext in(t->context);
    st = coro_step(t->coro, exc.get(), &out);
  }
  int ret = 0;
  if (st == 0) {
    task_finished(t);
    if (t->must_cancel) {
      t->must_cancel = false;
      future_cancel(t, none_if_null(t->cancel_message));
    } else {
      future_complete(t, out.get());
    }
  } else if (st < 0) {
    Ref e = fetch_error();
    task_finished(t);
    if (isinstance(e.get(), static_cast<Type*>(ts.cancelled_error.ptr()))) {
      set_field(t->cancelled_exc, e.get());
      future_cancel(t, kNone);
    } else {
      future_set_exception(t, e.get());
      if (isinstance(e.get(), I.SystemExit) || isinstance(e.get(), I.KeyboardInterrupt)) {
        set_error(std::move(e));
        ret = -1;
      }
    }
  } else if (task_wait_on(t, out.get()) < 0) {
    ret = -1;
  }
  ts.current = nullptr;
  if (tracing()) {
    Ref saved = fetch_error();
    trace_step_end(t);
    if (saved) set_error(std::move(saved));
  }
  return ret;
}

// The wake-up: the awaited future is done; step with its result or exception.
int task_wakeup(Task* t, Value fut) {
  Ref keep = Ref::borrow(val(t));
  if (!is_future(fut)) {
    Ref r = call_method(fut, "result", nullptr, 0);
    if (r) return task_step(t, kNull);
    Ref e = fetch_error();
    return task_step(t, e.get());
  }
  Future* f = as_fut(fut);
  if (f->state == kCancelled) {
    Ref e = make_cancelled_error(f);
    if (!e) return -1;
    return task_step(t, e.get());
  }
  if (f->exception) {
    disarm(f);
    Ref e = Ref::borrow(f->exception);
    exception_set_traceback(e.get(), f->exception_tb);
    return task_step(t, e.get());
  }
  return task_step(t, kNull);
}

int task_cancel(Task* t, Value msg) {
  disarm(t);
  if (t->state != kPending) return 0;
  ++t->num_cancels_requested;
  trace_task("i", t, "cancel requested");
  if (t->fut_waiter) {
    Ref w = Ref::borrow(t->fut_waiter);
    int c = cancel_any(w.get(), msg);
    if (c < 0) return -1;
    if (c) return 1;
  }
  t->must_cancel = true;
  set_field(t->cancel_message, msg);
  return 1;
}

// "Task was destroyed but it is pending!": reported while the task is still whole — from
// the cycle collector's clear (the task is alive then: the handler gets the task) or from
// its finalizer, where it is revived for the length of the report (the hook's second
// argument is then False: it keeps only the task's repr).
void report_destroyed_pending(Task* t) {
  if (t->state != kPending || !t->log_destroy_pending || !t->coro || !ts.destroyed_hook) return;
  t->log_destroy_pending = false;
  bool revive = t->rc == 0;
  if (revive) t->rc = 1;
  Ref saved = fetch_error();
  Ref r = call2(ts.destroyed_hook.get(), val(t), bool_value(!revive));
  if (!r) clear_error();
  if (saved) set_error(std::move(saved));
  if (revive) t->rc = 0;
}

// The cycle collector clears garbage in no particular order; CPython finalizes all of it
// before clearing any. So whichever of a task, its wake-up and the future it waits on is
// cleared first reports the task while the three are whole.
void report_waiters_destroyed(Future* f) {
  for (Value cb : f->callbacks)
    if (type_of(cb) == ts.wakeup_type)
      if (Value t = static_cast<Wakeup*>(cb.ptr())->task) report_destroyed_pending(as_task(t));
}

void task_clear_fields(Task* t) {
  Value fields[] = {t->coro, t->name, t->context, t->fut_waiter, t->wakeup, t->code};
  t->coro = t->name = t->context = t->fut_waiter = t->wakeup = t->code = kNull;
  for (Value v : fields) decref(v);
}
void task_finalize(Object* o) {
  Task* t = static_cast<Task*>(o);
  report_destroyed_pending(t);
  registry_remove(t);
  task_clear_fields(t);
  fut_finalize(o);
}
void task_traverse(Object* o, VisitFn visit, void* arg) {
  Task* t = static_cast<Task*>(o);
  for (Value v : {t->coro, t->name, t->context, t->fut_waiter, t->wakeup, t->code})
    if (v) visit(v, arg);
  fut_traverse(o, visit, arg);
}
void task_gc_clear(Object* o) {
  report_destroyed_pending(static_cast<Task*>(o));
  task_clear_fields(static_cast<Task*>(o));
  fut_gc_clear(o);
}

int task_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  Value a[4];
  if (!parse_args("Task", args, nargs, kw, {"coro", "loop", "name", "context"}, 1, a)) return -1;
  Task* t = as_task(self);
  if (future_init_loop(t, a[1]) < 0) return -1;
  bool gen = is_subtype(type_of(a[0]), I.coroutine_type) || is_subtype(type_of(a[0]), I.generator_type);
  // aclose()/athrow()/asend() of an async generator are Coroutines too (collections.abc),
  // as the loop's async-generator finalizer hook runs aclose() as a task.
  if (!gen && type_of(a[0]) != I.async_gen_athrow_type && type_of(a[0]) != I.async_gen_asend_type) {
    t->log_destroy_pending = false;
    raise(I.TypeError, "a coroutine was expected, got " + repr_utf8(a[0]));
    return -1;
  }
  t->log_destroy_pending = true;
  t->tid = ++ts.counter;
  if (a[2] && a[2] != kNone) {
    Ref n = str(a[2]);
    if (!n) return -1;
    set_field(t->name, n.get());
  }
  set_field(t->coro, a[0]);
  Generator* g = gen ? static_cast<Generator*>(a[0].ptr()) : nullptr;
  if (g && g->frame) set_field(t->code, val(g->frame->code));
  Ref ctx = capture_context(a[3]);
  if (!ctx) return -1;
  set_field(t->context, ctx.get());
  post_job(kStep, self, kNull);
  if (!t->registered) {
    t->registered = true;
    t->prev = ts.tail;
    (ts.tail ? ts.tail->next : ts.head) = t;
    ts.tail = t;
  }
  if (tracing()) {
    trace_event("M", t->tid, sv(task_name(t)), {});
    trace_task("i", t, "created");
  }
  return 0;
}
Ref m_task_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (task_init(self, args, nargs, kw) < 0) return nullptr;
  return Ref::steal(kNone);
}

Ref m_task_cancel(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1];
  if (!parse_args("cancel", args, nargs, kw, {"msg"}, 0, a)) return nullptr;
  int c = task_cancel(as_task(self), none_if_null(a[0]));
  if (c < 0) return nullptr;
  return Ref::steal(bool_value(c));
}
Ref m_cancelling(Value self, const Value*, size_t, Tuple*) { return new_int(as_task(self)->num_cancels_requested); }
Ref m_uncancel(Value self, const Value*, size_t, Tuple*) {
  Task* t = as_task(self);
  if (t->num_cancels_requested > 0) --t->num_cancels_requested;
  return new_int(t->num_cancels_requested);
}
Ref m_get_coro(Value self, const Value*, size_t, Tuple*) { return Ref::borrow(none_if_null(as_task(self)->coro)); }
Ref m_get_context(Value self, const Value*, size_t, Tuple*) { return Ref::borrow(none_if_null(as_task(self)->context)); }
Ref m_get_name(Value self, const Value*, size_t, Tuple*) { return Ref::borrow(task_name(as_task(self))); }
Ref m_set_name(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("set_name", nargs, 1, 1)) return nullptr;
  Ref n = str(args[0]);
  if (!n) return nullptr;
  set_field(as_task(self)->name, n.get());
  return Ref::steal(kNone);
}
Ref m_task_set_result(Value, const Value*, size_t, Tuple*) {
  return raise(interp().RuntimeError, "Task does not support set_result operation");
}
Ref m_task_set_exception(Value, const Value*, size_t, Tuple*) {
  return raise(interp().RuntimeError, "Task does not support set_exception operation");
}
Ref m_get_stack(Value self, const Value*, size_t, Tuple*) {
  Ref l = new_list();
  Ref f = getattr_opt(none_if_null(as_task(self)->coro), interp().intern("cr_frame"));
  if (!f && err_occurred()) return nullptr;
  if (f && f.get() != kNone) list_append(l.get(), f.get());
  return l;
}

Ref g_coro(Value self) { return Ref::borrow(none_if_null(as_task(self)->coro)); }
Ref g_name(Value self) { return Ref::borrow(task_name(as_task(self))); }
Ref g_code(Value self) { return Ref::borrow(none_if_null(as_task(self)->code)); }
Ref g_fut_waiter(Value self) { return Ref::borrow(none_if_null(as_task(self)->fut_waiter)); }
Ref g_must_cancel(Value self) { return Ref::steal(bool_value(as_task(self)->must_cancel)); }
Ref g_num_cancels(Value self) { return new_int(as_task(self)->num_cancels_requested); }
Ref g_tid(Value self) { return new_int(as_task(self)->tid); }
Ref g_log_destroy_pending(Value self) { return Ref::steal(bool_value(as_task(self)->log_destroy_pending)); }
int s_log_destroy_pending(Value self, Value v) {
  int b = v ? truth(v) : 0;
  if (b < 0) return -1;
  as_task(self)->log_destroy_pending = b;
  return 0;
}

// ---- the wake-up callable --------------------------------------------------------------------

Ref wakeup_call(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("task_wakeup", nargs, 1, 1)) return nullptr;
  if (task_wakeup(as_task(static_cast<Wakeup*>(self.ptr())->task), args[0]) < 0) return nullptr;
  return Ref::steal(kNone);
}
void wakeup_finalize(Object* o) { decref(static_cast<Wakeup*>(o)->task); }
void wakeup_traverse(Object* o, VisitFn visit, void* arg) {
  if (Value t = static_cast<Wakeup*>(o)->task) visit(t, arg);
}
void wakeup_clear(Object* o) {
  Wakeup* w = static_cast<Wakeup*>(o);
  if (w->task) report_destroyed_pending(as_task(w->task));
  Value t = w->task;
  w->task = kNull;
  decref(t);
}

// ---- module functions ------------------------------------------------------------------------

Ref no_running_loop() { return raise(interp().RuntimeError, "no running event loop"); }

Ref a_get_running_loop(Value, const Value*, size_t, Tuple*) {
  if (!ts.running_loop) return no_running_loop();
  return ts.running_loop;
}
Ref a_get_running_loop_opt(Value, const Value*, size_t, Tuple*) {
  return ts.running_loop ? ts.running_loop : Ref::steal(kNone);
}
Ref a_set_running_loop(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("_set_running_loop", nargs, 1, 1)) return nullptr;
  ts.running_loop = args[0] == kNone ? Ref() : Ref::borrow(args[0]);
  return Ref::steal(kNone);
}
Ref a_current_task(Value, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1];
  if (!parse_args("current_task", args, nargs, kw, {"loop"}, 0, a)) return nullptr;
  if ((!a[0] || a[0] == kNone) && !ts.running_loop) return no_running_loop();
  Value loop = a[0] && a[0] != kNone ? a[0] : ts.running_loop.get();
  if (ts.current && ts.current->loop == loop) return Ref::borrow(val(ts.current));
  return Ref::steal(kNone);
}
// _tasks(): the unfinished tasks in creation order (all_tasks, asyncio.run's clean-up).
Ref a_tasks(Value, const Value*, size_t, Tuple*) {
  Ref l = new_list();
  for (Task* t = ts.head; t; t = t->next) list_append(l.get(), val(t));
  return l;
}
// _sleep_future(delay, result): a future of the running loop that a timer completes.
struct SleepTimer {
  Future* f;
  Value result;
  SleepTimer(Future* f, Value r) : f(f), result(newref(r)) {
    incref(val(f));
    ts.sleeping.insert(f);
  }
  SleepTimer(SleepTimer&& o) noexcept : f(o.f), result(o.result) { o.f = nullptr, o.result = kNull; }
  SleepTimer(const SleepTimer&) = delete;
  ~SleepTimer() {
    if (f) {
      ts.sleeping.erase(f);
      decref(val(f));
    }
    decref(result);
  }
  void operator()() {
    Ref keep = Ref::borrow(val(f));
    f->timer = aio::Rc<aio::Handle>();
    // The timer's own iteration completes the future, as asyncio's TimerHandle runs
    // futures._set_result_unless_cancelled: the task wakes in the next iteration, not two
    // later (visible behind callbacks that were ready when the timer came due, e.g. after a
    // blocking time.sleep). run_job defers it like any callback while SystemExit unwinds.
    run_job(new Job{newref(val(f)), newref(result), kNull, kSetResult}, nullptr, true);
  }
};
Ref a_sleep_future(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("_sleep_future", nargs, 2, 2)) return nullptr;
  if (!ts.running_loop) return no_running_loop();
  double delay;
  if (!to_double(args[0], &delay)) return nullptr;
  Ref fr = fut_alloc(ts.fut_type, nullptr, 0, nullptr);
  Future* f = as_fut(fr.get());
  set_field(f->loop, ts.running_loop.get());
  f->timer = the_loop().call_at(the_loop().time() + delay, SleepTimer(f, args[1]));
  if (tracing()) {
    Ref d = repr(args[0]);
    if (!d) return nullptr;
    Ref label = new_str("sleep(" + std::string(sv(d.get())) + ")");
    set_field(f->trace_label, label.get());
  }
  return fr;
}
// _gather_results(children, results): gather's outcomes, stored into `results` (a list of
// as many Nones, which gather() allocated before any child finished: made at the end, the
// one large block came right after 100k tasks' frees and glibc's malloc consolidated all
// of their chunks first, 6% of the run). Per child, as asyncio's _done_callback computes it:
// CancelledError(its message or ''), else its exception, else its result.
Ref a_gather_results(Value, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("_gather_results", nargs, 2, 2)) return nullptr;
  if (type_of(args[0]) != I.list_type || type_of(args[1]) != I.list_type)
    return raise(I.TypeError, "_gather_results: lists are required");
  List* kids = static_cast<List*>(args[0].ptr());
  List* results = static_cast<List*>(args[1].ptr());
  for (size_t i = 0; i < kids->items.size(); ++i) {
    Ref c = Ref::borrow(kids->items[i]), res;
    Type* t = type_of(c.get());
    if (t == ts.fut_type || t == ts.task_type) {
      Future* f = as_fut(c.get());
      if (f->state == kCancelled) {
        Ref msg = f->cancel_message && f->cancel_message != kNone ? Ref::borrow(f->cancel_message) : new_str("");
        res = call1(ts.cancelled_error.get(), msg.get());
      } else if (f->state != kFinished) {
        return raise(static_cast<Type*>(ts.invalid_state_error.ptr()), "Exception is not set.");
      } else {
        disarm(f);
        res = Ref::borrow(none_if_null(f->exception ? f->exception : f->result));
      }
    } else {  // a Future subclass: its own methods
      Ref cancelled = call_method(c.get(), "cancelled", nullptr, 0);
      int is_cancelled = cancelled ? truth(cancelled.get()) : -1;
      if (is_cancelled < 0) return nullptr;
      if (is_cancelled) {
        Ref msg = getattr(c.get(), "_cancel_message");
        if (!msg) return nullptr;
        if (msg.get() == kNone) msg = new_str("");
        res = call1(ts.cancelled_error.get(), msg.get());
      } else {
        res = call_method(c.get(), "exception", nullptr, 0);
        if (res && res.get() == kNone) res = call_method(c.get(), "result", nullptr, 0);
      }
    }
    if (!res) return nullptr;
    if (i >= results->items.size()) return raise(I.ValueError, "_gather_results: results too short");
    Value old = results->items[i];
    results->items[i] = res.release();
    decref(old);
  }
  return Ref::steal(kNone);
}
// _coro_line(coro): the line a suspended or running coroutine is at (frame.f_lineno), or None.
Ref a_coro_line(Value, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("_coro_line", nargs, 1, 1)) return nullptr;
  Type* t = type_of(args[0]);
  if (t != I.coroutine_type && t != I.generator_type && t != I.async_gen_type) return Ref::steal(kNone);
  Generator* g = static_cast<Generator*>(args[0].ptr());
  if (!g->frame) return Ref::steal(kNone);
  Code* c = g->frame->code;
  int pc = g->frame->pc;
  return new_int(g->started && pc > 0 ? c->line_at(size_t(pc - 1)) : c->firstlineno);
}
// _drop_sleep_timers(loop): loop.close() forgets its pending sleep() timers, as CPython's
// close() clears its scheduled handles (what only they kept alive is then destroyed).
Ref a_drop_sleep_timers(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("_drop_sleep_timers", nargs, 1, 1)) return nullptr;
  std::vector<Ref> mine;
  for (Future* f : ts.sleeping)
    if (f->loop == args[0]) mine.push_back(Ref::borrow(val(f)));
  for (Ref& r : mine) {
    Future* f = as_fut(r.get());
    if (f->timer) {
      aio::Rc<aio::Handle> t = std::move(f->timer);
      t->cancel();
    }
  }
  return Ref::steal(kNone);
}
Ref a_set_task_hooks(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("_set_task_hooks", nargs, 7, 7)) return nullptr;
  ts.cancelled_error = Ref::borrow(args[0]);
  ts.invalid_state_error = Ref::borrow(args[1]);
  ts.repr_hook = Ref::borrow(args[2]);
  ts.arm_log_hook = Ref::borrow(args[3]);
  ts.describe_hook = Ref::borrow(args[4]);
  ts.get_event_loop_hook = Ref::borrow(args[5]);
  ts.destroyed_hook = Ref::borrow(args[6]);
  return Ref::steal(kNone);
}

}  // namespace

Value running_loop() { return ts.running_loop.get(); }
bool is_exact_fut(Value v) { return type_of(v) == ts.fut_type; }
Ref new_fut(Value loop) {
  Ref fr = fut_alloc(ts.fut_type, nullptr, 0, nullptr);
  set_field(as_fut(fr.get())->loop, loop);
  return fr;
}
bool fut_pending(Value f) { return as_fut(f)->state == kPending; }
bool fut_cancelled(Value f) { return as_fut(f)->state == kCancelled; }
void fut_set_result(Value f, Value v) { future_complete(as_fut(f), v); }
bool fut_cancel(Value f) { return future_cancel(as_fut(f), kNone); }
void fut_set_trace_label(Value f, Value label) { set_field(as_fut(f)->trace_label, label); }
int fut_await_step(Value fv, Value* out) {
  Future* f = as_fut(fv);
  if (f->state == kPending) {
    if (!f->blocking) {
      f->blocking = true;
      *out = newref(fv);
      return 1;
    }
    raise(interp().RuntimeError, "await wasn't used with future");
    return -1;
  }
  Ref keep = Ref::borrow(fv);
  Ref r;
  if (future_result(f, &r) < 0) return -1;
  *out = r.release();
  return 0;
}

void init_tasks(Interpreter& I, Value m) {
  if (!ts.fut_type) {
    Type* ft = new_builtin_type(I, "Future", I.object_type, sizeof(Future), kTypeBaseType | kTypeGc);
    ft->tp_new = fut_alloc;
    ft->init = fut_init;
    ft->finalize = fut_finalize;
    ft->traverse = fut_traverse;
    ft->clear = fut_gc_clear;
    ft->repr = fut_repr;
    decref(ft->module);  // new_builtin_type set "builtins"
    ft->module = new_str("_asyncio").release();
    static const MethodDef fm[] = {
        {"__init__", m_fut_init}, {"result", m_result}, {"exception", m_exception},
        {"set_result", m_set_result}, {"set_exception", m_set_exception},
        {"add_done_callback", m_add_done_callback}, {"remove_done_callback", m_remove_done_callback},
        {"cancel", m_fut_cancel}, {"cancelled", m_cancelled}, {"done", m_done}, {"get_loop", m_get_loop},
        {"_make_cancelled_error", m_make_cancelled_error}, {"__await__", m_await}, {"__iter__", m_await},
        {"__class_getitem__", m_class_getitem, MethodDef::kClassMethod}, {nullptr, nullptr}};
    add_methods(I, ft, fm);
    add_getset(I, ft, "_state", g_state);
    add_getset(I, ft, "_result", g_result);
    add_getset(I, ft, "_exception", g_exception);
    add_getset(I, ft, "_loop", g_loop);
    add_getset(I, ft, "_callbacks", g_callbacks);
    add_getset(I, ft, "_asyncio_future_blocking", g_blocking, s_blocking);
    add_getset(I, ft, "_log_traceback", g_log_traceback, s_log_traceback);
    add_getset(I, ft, "_cancel_message", g_cancel_message, s_cancel_message);
    add_getset(I, ft, "_source_traceback", g_none);
    add_getset(I, ft, "_trace_label", g_trace_label, s_trace_label);
    ts.native_add_done_callback = dict_get_cstr(ft->dict, "add_done_callback");
    ts.fut_type = ft;

    Type* tt = new_builtin_type(I, "Task", ft, sizeof(Task), kTypeBaseType | kTypeGc);
    tt->tp_new = fut_alloc;
    tt->init = task_init;
    tt->finalize = task_finalize;
    tt->traverse = task_traverse;
    tt->clear = task_gc_clear;
    tt->repr = fut_repr;
    decref(tt->module);
    tt->module = new_str("_asyncio").release();
    static const MethodDef tm[] = {
        {"__init__", m_task_init}, {"cancel", m_task_cancel}, {"cancelling", m_cancelling},
        {"uncancel", m_uncancel}, {"get_coro", m_get_coro}, {"get_context", m_get_context},
        {"get_name", m_get_name}, {"set_name", m_set_name}, {"set_result", m_task_set_result},
        {"set_exception", m_task_set_exception}, {"get_stack", m_get_stack}, {nullptr, nullptr}};
    add_methods(I, tt, tm);
    add_getset(I, tt, "_coro", g_coro);
    add_getset(I, tt, "_name", g_name);
    add_getset(I, tt, "_code", g_code);
    add_getset(I, tt, "_fut_waiter", g_fut_waiter);
    add_getset(I, tt, "_must_cancel", g_must_cancel);
    add_getset(I, tt, "_num_cancels_requested", g_num_cancels);
    add_getset(I, tt, "_tid", g_tid);
    add_getset(I, tt, "_log_destroy_pending", g_log_destroy_pending, s_log_destroy_pending);
    ts.task_type = tt;

    Type* it = new_builtin_type(I, "FutureIter", I.object_type, sizeof(FutureIter), kTypeGc);
    it->am_send = iter_send;
    it->iternext = iter_next;
    it->iter = [](Value v) { return Ref::borrow(v); };
    it->finalize = iter_finalize;
    it->traverse = iter_traverse;
    it->clear = iter_clear;
    static const MethodDef im[] = {{"send", m_iter_send}, {"throw", m_iter_throw}, {"close", m_iter_close},
                                   {nullptr, nullptr}};
    add_methods(I, it, im);
    ts.iter_type = it;

    Type* wt = new_builtin_type(I, "TaskWakeup", I.object_type, sizeof(Wakeup), kTypeGc);
    wt->call = wakeup_call;
    wt->finalize = wakeup_finalize;
    wt->traverse = wakeup_traverse;
    wt->clear = wakeup_clear;
    dict_set_str(wt->dict, "_asyncio_wakeup", kTrue);
    ts.wakeup_type = wt;

    Type* yt = new_builtin_type(I, "_YieldOnce", I.object_type, sizeof(YieldOnce), 0);
    yt->am_send = yield_send;
    yt->iternext = yield_next;
    yt->iter = [](Value v) { return Ref::borrow(v); };
    static const MethodDef ym[] = {{"__await__", [](Value self, const Value*, size_t, Tuple*) { return Ref::borrow(self); }},
                                   {nullptr, nullptr}};
    add_methods(I, yt, ym);
    ts.yield_type = yt;

    ts.s_pending = I.intern("PENDING");
    ts.s_cancelled = I.intern("CANCELLED");
    ts.s_finished = I.intern("FINISHED");
  }
  static const MethodDef fns[] = {
      {"get_running_loop", a_get_running_loop}, {"_get_running_loop", a_get_running_loop_opt},
      {"_set_running_loop", a_set_running_loop}, {"current_task", a_current_task}, {"_tasks", a_tasks},
      {"_sleep_future", a_sleep_future}, {"_coro_line", a_coro_line}, {"_gather_results", a_gather_results},
      {"_drop_sleep_timers", a_drop_sleep_timers}, {"_yield_once", a_yield_once}, {"_set_task_hooks", a_set_task_hooks},
      {nullptr, nullptr}};
  module_add_functions(m, fns);
  module_add(m, "Future", val(ts.fut_type));
  module_add(m, "Task", val(ts.task_type));
}

void reset_tasks() {
  ts.current = nullptr;
  ts.running_loop = nullptr;
  while (ts.head) registry_remove(ts.head);
  ts.cancelled_error = ts.invalid_state_error = nullptr;
  ts.repr_hook = ts.arm_log_hook = ts.describe_hook = ts.get_event_loop_hook = ts.destroyed_hook = nullptr;
  ts.counter = 0;
  ts.ctx_dict = nullptr;
  ts.modules_version = ~uint64_t(0);
  std::unordered_set<Future*>().swap(ts.sleeping);  // its buckets too: forget_task_types overwrites it
}

void forget_task_types() {
  new (&ts) TaskState();  // over the old state, unreleased: its interpreter's objects are gone
}

}  // namespace py::asyncio
