// modules/_asyncio.cpp — the native half of asyncio: Python callbacks on the aio loop.
//
// Python's event loop objects (lib/asyncio.py) keep no queue of their own: call_soon posts
// a Handle to the aio loop's FIFO ready queue, call_at pushes a TimerHandle onto its
// (deadline, sequence) heap, run_forever iterates aio's _run_once. So ordering, idle waits
// and the three clocks are aio's, and Futures/Tasks written in Python over call_soon get
// CPython's exact interleaving.
//
// A callback that raises reports through the hook asyncio.py installs (the loop's
// exception handler, as Handle._run does); SystemExit and KeyboardInterrupt instead stop
// the loop and propagate out of run_forever, as in CPython.
#include "py/modules/_asyncio.hpp"

#include <cstdio>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "aio/loop.hpp"
#include "py/code.hpp"
#include "py/errors.hpp"
#include "py/frame.hpp"
#include "py/generator.hpp"
#include "py/module.hpp"
#include "py/modules/_green_thread.hpp"
#include "py/modules/asyncio_loop.hpp"
#include "py/modules/time.hpp"

namespace py {

namespace asyncio {
namespace {

struct Handle : Object {
  Value callback;  // null once run or cancelled (CPython clears _callback/_args)
  Value args;      // tuple
  Value loop;      // the Python loop object, for repr and error reports
  aio::Rc<aio::Handle> timer;  // TimerHandle while in the heap
  double when;
  bool cancelled;
  bool is_timer;
};

// Per-process state: the runner makes one interpreter at a time (interpreter.hpp).
struct Core {
  Interpreter* I = nullptr;
  std::unique_ptr<aio::Loop> loop;
  AsyncioOptions options;
  Ref error_hook;   // asyncio.py: f(handle, exc) for a callback that raised
  Ref repr_hook;    // asyncio.py: f(handle) -> str
  Ref escaping;     // SystemExit/KeyboardInterrupt raised by a callback, re-raised by run_forever
  Type* handle_type = nullptr;
  Type* timer_type = nullptr;
  Type* guard_type = nullptr;
  double wall_origin = 0;  // time.time() at loop time 0
  std::mt19937_64 shuffle_rng;
  struct Held { aio::CallbackFn fn; void* ctx; };
  std::vector<Held> shuffle_batch;  // --shuffle-ready: same-tick callbacks held back
  bool shuffle_flush_posted = false;
  // --trace: Chrome trace events, appended by the tracing calls of asyncio.py.
  std::string trace;
  bool trace_any = false;
  bool finalizing = false;  // the runtime is gone: guards stay silent
};
Core core;

}  // namespace

aio::Loop& the_loop() {
  if (!core.loop) core.loop = std::make_unique<aio::Loop>(core.options.clock);
  return *core.loop;
}

namespace {

// ---- the time module's clock follows the loop's -------------------------------------------

// A green thread's step sees the time its sleeps through C++ have taken so far.
double now_seen() { return the_loop().time() + green_clock_offset(); }
int64_t loop_monotonic_ns(void*) { return int64_t(now_seen() * 1e9); }
int64_t loop_wall_ns(void*) { return int64_t((core.wall_origin + now_seen()) * 1e9); }
int64_t loop_process_ns(void*) { return default_clock().process_ns(nullptr); }
// time.sleep blocks the loop as in CPython: a real sleep, a browser sleep (Asyncify), or
// in virtual time a jump of the clock.
void loop_sleep_ns(void*, int64_t ns) { the_loop().clock().idle(double(ns) / 1e9); }

void install_clock(Interpreter& I) {
  Clock real = default_clock();
  core.wall_origin = double(real.wall_ns(nullptr)) / 1e9 - the_loop().time();
  set_clock(I, Clock{nullptr, loop_wall_ns, loop_monotonic_ns, loop_process_ns, loop_sleep_ns});
}

// ---- Handle / TimerHandle -------------------------------------------------------------------

Handle* as_handle(Value v) { return static_cast<Handle*>(v.ptr()); }

void handle_clear_refs(Handle* h) {
  Value cb = h->callback, args = h->args;
  h->callback = kNull;
  h->args = kNull;
  decref(cb);
  decref(args);
}

void handle_finalize(Object* o) {
  Handle* h = static_cast<Handle*>(o);
  handle_clear_refs(h);
  decref(h->loop);
  h->timer.~Rc();
}
void handle_traverse(Object* o, VisitFn visit, void* arg) {
  Handle* h = static_cast<Handle*>(o);
  if (h->callback) visit(h->callback, arg);
  if (h->args) visit(h->args, arg);
  if (h->loop) visit(h->loop, arg);
}
void handle_gc_clear(Object* o) {
  Handle* h = static_cast<Handle*>(o);
  handle_clear_refs(h);
  Value l = h->loop;
  h->loop = kNull;
  decref(l);
}

Handle* new_handle(Type* t, Value loop, Value cb, Value args) {
  Handle* h = static_cast<Handle*>(alloc_object(t, sizeof(Handle)));
  h->callback = newref(cb);
  h->args = newref(args);
  h->loop = newref(loop);
  new (&h->timer) aio::Rc<aio::Handle>();
  h->when = 0;
  h->cancelled = false;
  h->is_timer = t == core.timer_type;
  // Tracked, so a handle kept in a cycle (a closure cell holding call_later's result) is
  // collected; while pending, the aio loop's reference keeps it alive as a root.
  gc_track(h);
  return h;
}

// The callback of `handle` raised the pending exception: the loop's exception handler
// reports it (asyncio.py's hook); SystemExit and KeyboardInterrupt stop the loop instead.
void report_error(Value handle) {
  Interpreter& I = *core.I;
  Ref exc = fetch_error();
  if (isinstance(exc.get(), I.SystemExit) || isinstance(exc.get(), I.KeyboardInterrupt) || !core.error_hook) {
    core.escaping = std::move(exc);
    the_loop().stop();
    return;
  }
  Ref res = call2(core.error_hook.get(), handle, exc.get());
  if (!res) {
    core.escaping = fetch_error();
    the_loop().stop();
  }
}

// Runs a handle's callback (Handle._run).
void run_handle(Handle* h) {
  if (h->cancelled || !h->callback) return;
  Ref cb = Ref::borrow(h->callback), args = Ref::borrow(h->args);
  if (!h->is_timer) handle_clear_refs(h);
  Ref r = call(cb.get(), as_tuple(args.get())->items, as_tuple(args.get())->n);
  if (!r) report_error(Value::from_ptr(h));
}

// --shuffle-ready: callbacks posted in one tick are collected and released in a random
// order by a flush callback queued behind them.
void shuffle_flush(void*, aio::Ref*, bool run) {
  core.shuffle_flush_posted = false;
  std::vector<Core::Held> batch;
  batch.swap(core.shuffle_batch);
  if (run) std::shuffle(batch.begin(), batch.end(), core.shuffle_rng);
  for (Core::Held& c : batch) c.fn(c.ctx, nullptr, run);
}

}  // namespace

void post_callback(aio::CallbackFn fn, void* ctx) {
  if (core.options.shuffle_seed) {
    core.shuffle_batch.push_back({fn, ctx});
    if (!core.shuffle_flush_posted) {
      core.shuffle_flush_posted = true;
      the_loop().post(shuffle_flush, nullptr, nullptr);
    }
    return;
  }
  the_loop().post(fn, ctx, nullptr);
}

bool defer_if_escaping(aio::CallbackFn fn, void* ctx) {
  if (!core.escaping) return false;
  the_loop().post(fn, ctx, nullptr);
  return true;
}

void report_callback_error(Value loop, Value fn, Value arg) {
  Ref args = tuple_pack({arg});
  Handle* h = new_handle(core.handle_type, loop, fn, args.get());
  Ref keep = Ref::steal(Value::from_ptr(h));
  report_error(keep.get());
}

bool tracing() { return !core.options.trace_path.empty(); }

namespace {

void run_posted_handle(void* ctx, aio::Ref*, bool run) {
  Handle* h = static_cast<Handle*>(ctx);
  if (run && defer_if_escaping(run_posted_handle, ctx)) return;
  if (run) run_handle(h);
  decref(Value::from_ptr(h));
}

void post_handle(Handle* h) {
  incref(Value::from_ptr(h));
  post_callback(run_posted_handle, h);
}

// The aio timer's callable: owns one reference to the Python handle.
struct TimerFn {
  Handle* h;
  explicit TimerFn(Handle* h) : h(h) { incref(Value::from_ptr(h)); }
  TimerFn(TimerFn&& o) noexcept : h(o.h) { o.h = nullptr; }
  TimerFn(const TimerFn&) = delete;
  ~TimerFn() {
    if (h) decref(Value::from_ptr(h));
  }
  void operator()() {
    Ref keep = Ref::borrow(Value::from_ptr(h));
    h->timer = aio::Rc<aio::Handle>();  // no longer in the heap
    if (core.options.shuffle_seed || core.escaping) post_handle(h);
    else run_handle(h);
  }
};

Ref h_cancel(Value self, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("cancel", nargs, 0, 0)) return nullptr;
  Handle* h = as_handle(self);
  if (!h->cancelled) {
    h->cancelled = true;
    handle_clear_refs(h);
    if (h->timer) {
      aio::Rc<aio::Handle> t = std::move(h->timer);
      t->cancel();
    }
  }
  return Ref::steal(kNone);
}
Ref h_cancelled(Value self, const Value*, size_t, Tuple*) { return Ref::steal(bool_value(as_handle(self)->cancelled)); }
Ref h_when(Value self, const Value*, size_t, Tuple*) { return new_float(as_handle(self)->when); }
Ref h_run(Value self, const Value*, size_t, Tuple*) {
  run_handle(as_handle(self));
  if (core.escaping) {
    set_error(std::move(core.escaping));
    return nullptr;
  }
  return Ref::steal(kNone);
}
Ref h_get_context(Value, const Value*, size_t, Tuple*) { return Ref::steal(kNone); }
Ref h_repr(Value self) {
  if (!core.repr_hook) return object_repr_default(self);
  return call1(core.repr_hook.get(), self);
}
Ref h_get_callback(Value self) { return Ref::borrow(none_if_null(as_handle(self)->callback)); }
Ref h_get_args(Value self) { return Ref::borrow(none_if_null(as_handle(self)->args)); }
Ref h_get_loop(Value self) { return Ref::borrow(none_if_null(as_handle(self)->loop)); }
Ref h_get_when(Value self) { return new_float(as_handle(self)->when); }

Ref timer_cmp(Value a, Value b, int op) {
  if (!isinstance(b, core.timer_type)) return Ref::steal(kNotImplemented);
  Handle *x = as_handle(a), *y = as_handle(b);
  bool r = false;
  switch (op) {
    case kLt: r = x->when < y->when; break;
    case kLe: r = x->when < y->when || a == b; break;
    case kGt: r = x->when > y->when; break;
    case kGe: r = x->when > y->when || a == b; break;
    case kEq: r = a == b || (x->when == y->when && x->callback == y->callback && x->cancelled == y->cancelled); break;
    case kNe: r = !(a == b || (x->when == y->when && x->callback == y->callback && x->cancelled == y->cancelled)); break;
  }
  return Ref::steal(bool_value(r));
}

// ---- module functions ----------------------------------------------------------------------

Ref a_time(Value, const Value*, size_t, Tuple*) { return new_float(the_loop().time()); }

// call_soon(loop, callback, args) -> Handle
Ref a_call_soon(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("call_soon", nargs, 3, 3)) return nullptr;
  if (!isinstance(args[2], core.I->tuple_type)) return raise(core.I->TypeError, "call_soon: args must be a tuple");
  Handle* h = new_handle(core.handle_type, args[0], args[1], args[2]);
  post_handle(h);
  return Ref::steal(Value::from_ptr(h));
}

// call_at(loop, when, callback, args) -> TimerHandle
Ref a_call_at(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("call_at", nargs, 4, 4)) return nullptr;
  double when;
  if (!to_double(args[1], &when)) return nullptr;
  if (!isinstance(args[3], core.I->tuple_type)) return raise(core.I->TypeError, "call_at: args must be a tuple");
  Handle* h = new_handle(core.timer_type, args[0], args[2], args[3]);
  h->when = when;
  h->timer = the_loop().call_at(when, TimerFn(h));
  return Ref::steal(Value::from_ptr(h));
}

// run_forever() -> True when stopped by stop(), False when nothing was left to do.
Ref a_run_forever(Value, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("run_forever", nargs, 0, 0)) return nullptr;
  bool stopped = the_loop().run_forever();
  if (core.escaping) {
    set_error(std::move(core.escaping));
    return nullptr;
  }
  return Ref::steal(bool_value(stopped));
}
Ref a_stop(Value, const Value*, size_t, Tuple*) {
  the_loop().stop();
  return Ref::steal(kNone);
}
// The loop's live async generators for shutdown_asyncgens: those first iterated while its
// finalizer hook was installed and not finished or closed since. CPython keeps them in a
// WeakSet; here the collector's list of objects is the weak registry.
Ref a_asyncgens(Value, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = *core.I;
  if (!check_nargs("_asyncgens", nargs, 1, 1)) return nullptr;
  Ref out = new_list(0);
  for (GcHead* h = I.gc_list.next; h != &I.gc_list; h = h->next) {
    Object* o = gc_object(h);
    if (o->type != I.async_gen_type || !o->rc) continue;
    Generator* g = static_cast<Generator*>(o);
    if (!g->frame || g->closed_async || !g->hooks_finalizer) continue;
    int same = rich_compare_bool(g->hooks_finalizer, args[0], kEq);  // bound methods compare equal
    if (same < 0) return nullptr;
    if (same) list_append(out.get(), Value::from_ptr(o));
  }
  return out;
}
Ref a_set_hooks(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("_set_hooks", nargs, 2, 2)) return nullptr;
  core.error_hook = Ref::borrow(args[0]);
  core.repr_hook = Ref::borrow(args[1]);
  return Ref::steal(kNone);
}
Ref a_format_exception(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("_format_exception", nargs, 1, 1)) return nullptr;
  return new_str(format_exception(args[0]));
}
Ref a_write_err(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("_write_err", nargs, 1, 1)) return nullptr;
  core.I->flush_out();
  core.I->write_err(sv(args[0]));
  return Ref::steal(kNone);
}

// ---- "coroutine '...' was never awaited" ------------------------------------------------------
//
// The coroutine is being destroyed, so only its name goes to warnings (CPython's
// _warn_unawaited_coroutine); the place is the frame that dropped it, as in CPython.
void warn_unawaited(Value coro) {
  Interpreter& I = *core.I;
  if (core.finalizing) return;
  std::string file = "sys";
  int line = 1;
  if (Frame* f = I.frame) {
    file = std::string(sv(f->code->filename));
    line = f->code->line_at(size_t(f->last_pc));  // the executing instruction (f->pc is saved only on leaving)
  }
  Ref name = new_str("warnings");
  Ref mod = import_module(name.get(), kNone, kNone, 0);
  Ref fn = mod ? getattr(mod.get(), "_warn_unawaited_coroutine") : nullptr;
  Ref qn = Ref::borrow(static_cast<Generator*>(coro.ptr())->qualname);
  Ref fl = new_str(file), ln = new_int(line);
  Value args[3] = {qn.get(), fl.get(), ln.get()};
  if (!fn || !call(fn.get(), args, 3)) {
    // A warning turned into an error cannot propagate out of a finalizer (CPython prints
    // it as unraisable); here it is reported on stderr.
    Ref exc = fetch_error();
    if (exc) {
      I.flush_out();
      I.write_err("Exception ignored in: <coroutine object " + std::string(sv(qn.get())) + ">\n" +
                  format_exception(exc.get()));
    }
  }
}

// ---- _LogGuard: "Future exception was never retrieved" ----------------------------------
//
// The core has no __del__ for Python classes, so a Future whose exception nobody retrieved
// holds this guard: dropped while armed, it calls loop.call_exception_handler(context) as
// CPython's Future.__del__ does. Retrieving the exception disarms it.
struct LogGuard : Object {
  Value loop, context;
  bool armed;
};

void guard_drop_refs(LogGuard* g) {
  Value l = g->loop, c = g->context;
  g->loop = g->context = kNull;
  decref(l);
  decref(c);
}
void guard_finalize(Object* o) {
  LogGuard* g = static_cast<LogGuard*>(o);
  if (g->armed && g->loop && g->context && !core.finalizing) {
    g->armed = false;
    Ref saved = fetch_error();
    Ref r = call_method(g->loop, "call_exception_handler", &g->context, 1);
    if (!r) clear_error();
    if (saved) set_error(std::move(saved));
  }
  guard_drop_refs(g);
}
void guard_traverse(Object* o, VisitFn visit, void* arg) {
  LogGuard* g = static_cast<LogGuard*>(o);
  if (g->loop) visit(g->loop, arg);
  if (g->context) visit(g->context, arg);
}
void guard_clear(Object* o) { guard_drop_refs(static_cast<LogGuard*>(o)); }
Ref guard_new(Type* t, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("_LogGuard", nargs, 2, 2)) return nullptr;
  LogGuard* g = static_cast<LogGuard*>(alloc_object(t, sizeof(LogGuard)));
  g->loop = newref(args[0]);
  g->context = newref(args[1]);
  g->armed = true;
  return Ref::steal(Value::from_ptr(g));
}
Ref guard_disarm(Value self, const Value*, size_t, Tuple*) {
  LogGuard* g = static_cast<LogGuard*>(self.ptr());
  g->armed = false;
  guard_drop_refs(g);
  return Ref::steal(kNone);
}

// ---- --trace: Chrome trace events ------------------------------------------------------------

void json_escape(std::string& out, std::string_view s) {
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += c;
    }
  }
}

}  // namespace

void trace_event(std::string_view ph, int64_t tid, std::string_view name, std::string_view detail) {
  std::string& t = core.trace;
  t += core.trace_any ? ",\n" : "";
  core.trace_any = true;
  char buf[96];
  std::snprintf(buf, sizeof buf, "{\"ph\":\"%.*s\",\"pid\":1,\"tid\":%lld,\"ts\":%.3f", int(ph.size()), ph.data(),
                (long long)tid, the_loop().time() * 1e6);
  t += buf;
  if (ph == "M") {
    t += ",\"name\":\"thread_name\",\"args\":{\"name\":\"";
    json_escape(t, name);
    t += "\"}}";
    return;
  }
  t += ",\"name\":\"";
  json_escape(t, name);
  t += "\"";
  if (ph == "i") t += ",\"s\":\"t\"";
  if (detail.data()) {
    t += ",\"args\":{\"detail\":\"";
    json_escape(t, detail);
    t += "\"}";
  }
  t += "}";
}

namespace {

// _trace(phase, tid, name, detail or None): phase "B"/"E" (slice), "i" (instant), "M"
// (track name); stamped with loop time in microseconds.
Ref a_trace(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("_trace", nargs, 4, 4)) return nullptr;
  trace_event(sv(args[0]), args[1].as_small_int(), sv(args[2]),
              args[3] != kNone ? sv(args[3]) : std::string_view());
  return Ref::steal(kNone);
}

// Interpreter teardown (also without an AsyncioRuntime, as in tests): the loop's pending
// callbacks and the hooks are Python objects that must go while the interpreter lives.
void release_asyncio(Interpreter&) {
  for (auto& c : core.shuffle_batch) c.fn(c.ctx, nullptr, false);
  core.shuffle_batch.clear();
  core.shuffle_flush_posted = false;
  asyncio::reset_tasks();
  asyncio::reset_queue();
  core.loop.reset();
  core.error_hook = nullptr;
  core.repr_hook = nullptr;
  core.escaping = nullptr;
}

Ref init_asyncio(Interpreter& I) {
  core.I = &I;
  (void)the_loop();
  I.at_teardown.push_back(release_asyncio);
  if (!core.handle_type) {
    Type* t = new_builtin_type(I, "Handle", I.object_type, sizeof(Handle), kTypeGc);
    t->finalize = handle_finalize;
    t->traverse = handle_traverse;
    t->clear = handle_gc_clear;
    t->repr = h_repr;
    decref(t->module);
    t->module = new_str("asyncio.events").release();
    static const MethodDef hm[] = {{"cancel", h_cancel}, {"cancelled", h_cancelled}, {"_run", h_run},
                                   {"get_context", h_get_context}, {nullptr, nullptr}};
    add_methods(I, t, hm);
    add_getset(I, t, "_callback", h_get_callback);
    add_getset(I, t, "_args", h_get_args);
    add_getset(I, t, "_loop", h_get_loop);
    Type* tt = new_builtin_type(I, "TimerHandle", t, sizeof(Handle), kTypeGc);
    tt->finalize = handle_finalize;
    tt->traverse = handle_traverse;
    tt->clear = handle_gc_clear;
    tt->repr = h_repr;
    tt->richcmp = timer_cmp;
    decref(tt->module);
    tt->module = new_str("asyncio.events").release();
    static const MethodDef tm[] = {{"when", h_when}, {nullptr, nullptr}};
    add_methods(I, tt, tm);
    add_getset(I, tt, "_when", h_get_when);
    core.handle_type = t;
    core.timer_type = tt;
    Type* gt = new_builtin_type(I, "_LogGuard", I.object_type, sizeof(LogGuard), kTypeGc);
    gt->finalize = guard_finalize;
    gt->traverse = guard_traverse;
    gt->clear = guard_clear;
    gt->tp_new = guard_new;
    static const MethodDef gm[] = {{"disarm", guard_disarm}, {nullptr, nullptr}};
    add_methods(I, gt, gm);
    core.guard_type = gt;
  }
  Ref m = new_module("_asyncio");
  static const MethodDef fns[] = {
      {"time", a_time}, {"call_soon", a_call_soon}, {"call_at", a_call_at},
      {"run_forever", a_run_forever}, {"stop", a_stop}, {"_set_hooks", a_set_hooks},
      {"_asyncgens", a_asyncgens},
      {"_format_exception", a_format_exception}, {"_write_err", a_write_err}, {"_trace", a_trace},
      {nullptr, nullptr}};
  module_add_functions(m.get(), fns);
  module_add(m.get(), "Handle", Value::from_ptr(core.handle_type));
  module_add(m.get(), "TimerHandle", Value::from_ptr(core.timer_type));
  module_add(m.get(), "_LogGuard", Value::from_ptr(core.guard_type));
  module_add(m.get(), "tracing", bool_value(!core.options.trace_path.empty()));
  init_tasks(I, m.get());
  init_queue(I, m.get());
  return m;
}

}  // namespace
}  // namespace asyncio

using asyncio::core;

AsyncioRuntime::AsyncioRuntime(Interpreter& I, const AsyncioOptions& options) {
  core.I = &I;
  core.finalizing = false;
  core.options = options;
  core.loop.reset();
  core.shuffle_rng.seed(options.shuffle_seed);
  core.trace.clear();
  core.trace_any = false;
  asyncio::install_clock(I);
  on_unawaited_coroutine = asyncio::warn_unawaited;
}

AsyncioRuntime::~AsyncioRuntime() {
  // Unreachable futures still holding an unretrieved exception log it now, as CPython's
  // collection at exit does, while the interpreter is whole.
  gc_collect();
  core.finalizing = true;
  on_unawaited_coroutine = nullptr;
  if (!core.options.trace_path.empty()) {
    if (FILE* f = std::fopen(core.options.trace_path.c_str(), "w")) {
      std::fprintf(f, "{\"traceEvents\":[\n%s\n],\"displayTimeUnit\":\"ms\"}\n", core.trace.c_str());
      std::fclose(f);
    } else {
      std::fprintf(stderr, "aioplay: cannot write trace file '%s'\n", core.options.trace_path.c_str());
    }
  }
  asyncio::release_asyncio(*core.I);  // drops pending callbacks (their Python references) while I lives
  core.trace.clear();
  core.options = AsyncioOptions{};
}

void register_module__asyncio(Interpreter& I) {
  // Types belong to one interpreter: a new one makes its own.
  core.handle_type = core.timer_type = core.guard_type = nullptr;
  asyncio::forget_task_types();
  asyncio::forget_queue_types();
  core.I = &I;
  register_native_module(I, "_asyncio", asyncio::init_asyncio);
}

}  // namespace py
