// modules/_green_thread.cpp — green threads: a function's frames, run step by step.
//
// _green_thread.GreenThread(fn, args, kwargs) holds the call; step() runs it until it
// returns (-> (True, result)), raises (the exception propagates), or suspends in a direct
// time.sleep (-> (False, None)). After each step, delay() is how long the step took in the
// thread's own time: the suspending sleep plus any sleeps reached through C++ (see
// _green_thread.hpp). The scheduling (when a step runs) is lib/concurrent/futures.py's.
#include "py/modules/_green_thread.hpp"

#include <cmath>
#include <vector>

#include "py/errors.hpp"
#include "py/frame.hpp"
#include "py/module.hpp"
#include "py/modules/time.hpp"

namespace py {

Object* green_switch = nullptr;

namespace {

struct GreenThread : Object {
  Value fn, args, kwargs;  // the call, dropped once it starts
  Frame* base;             // the function's own frame (entry), null unless started and alive
  Frame* top;              // the innermost frame while suspended
  int depth;               // frames above `base` (counted in interp().depth while running)
  Value exc_state;         // sys.exc_info() of the thread while suspended
  double delay;            // duration of the last step
  bool running, started, suspending;
};

Type* green_type = nullptr;
GreenThread* current = nullptr;  // the thread whose step is running (steps nest)

void free_frames(GreenThread* g) {
  for (Frame* f = g->top; f;) {
    Frame* back = f == g->base ? nullptr : f->back;
    frame_free(f);
    f = back;
  }
  g->base = g->top = nullptr;
}

void green_finalize(Object* o) {
  GreenThread* g = static_cast<GreenThread*>(o);
  free_frames(g);
  decref(g->fn);
  decref(g->args);
  decref(g->kwargs);
  decref(g->exc_state);
}

Ref green_new(Type* t, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("GreenThread", nargs, 3, 3)) return nullptr;
  if (type_of(args[1]) != I.tuple_type) return raise(I.TypeError, "GreenThread() args must be a tuple");
  if (args[2] != kNone && type_of(args[2]) != I.dict_type) return raise(I.TypeError, "GreenThread() kwargs must be a dict");
  GreenThread* g = static_cast<GreenThread*>(alloc_object(t, sizeof(GreenThread)));
  g->fn = newref(args[0]);
  g->args = newref(args[1]);
  g->kwargs = args[2] == kNone ? kNull : newref(args[2]);
  g->base = g->top = nullptr;
  g->depth = 0;
  g->exc_state = kNull;
  g->delay = 0;
  g->running = g->started = g->suspending = false;
  return Ref::steal(Value::from_ptr(g));
}

// Appends the thread's keyword values to argv; returns their names (the VM's kwnames).
Ref push_kwargs(GreenThread* g, std::vector<Value>& argv) {
  Dict* d = as_dict(g->kwargs);
  Ref kwnames = new_tuple(d->used);
  size_t pos = 0, i = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v)) {
    as_tuple(kwnames.get())->items[i++] = newref(k);
    argv.push_back(v);
  }
  return kwnames;
}

// The call's arguments as the VM passes them: positional, then keyword values (kwnames).
// A bound method contributes its self first. Returns the function to run in frames, or
// null when the callable is not plain Python code (it then runs as one call).
Function* flatten_call(GreenThread* g, std::vector<Value>& argv, Ref& kwnames) {
  Interpreter& I = interp();
  Value fn = g->fn;
  if (type_of(fn) == I.method_type) {
    Method* m = static_cast<Method*>(fn.ptr());
    argv.push_back(m->self);
    fn = m->func;
  }
  Tuple* a = as_tuple(g->args);
  argv.insert(argv.end(), a->items, a->items + a->n);
  if (g->kwargs && as_dict(g->kwargs)->used) {
    kwnames = push_kwargs(g, argv);
  }
  if (type_of(fn) != I.function_type) return nullptr;
  Function* f = static_cast<Function*>(fn.ptr());
  if (f->code->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator)) return nullptr;
  return f;
}

Ref finished(Ref result) {
  if (!result) return nullptr;
  return tuple_pack({kTrue, result.get()});
}

// Runs `fn(*args, **kwargs)` as one call (not suspendable).
Ref run_whole(GreenThread* g) {
  Ref r;
  if (g->kwargs && as_dict(g->kwargs)->used) {
    std::vector<Value> argv;
    Tuple* a = as_tuple(g->args);
    argv.assign(a->items, a->items + a->n);
    Ref kwnames = push_kwargs(g, argv);
    r = call(g->fn, argv.data(), a->n, as_tuple(kwnames.get()));
  } else {
    r = call(g->fn, as_tuple(g->args)->items, as_tuple(g->args)->n);
  }
  return r;
}

Ref g_step(Value self, const Value*, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("step", nargs, 0, 0)) return nullptr;
  GreenThread* g = static_cast<GreenThread*>(self.ptr());
  if (g->running) return raise(I.RuntimeError, "green thread already running");
  if (g->started && !g->base) return raise(I.RuntimeError, "green thread already finished");
  Ref keep = Ref::borrow(self);
  GreenThread* outer = current;
  g->delay = 0;
  g->running = true;
  current = g;
  if (!g->started) {
    g->started = true;
    std::vector<Value> argv;
    Ref kwnames;
    Function* fn = flatten_call(g, argv, kwnames);
    size_t npos = argv.size() - (kwnames ? as_tuple(kwnames.get())->n : 0);
    if (fn) g->base = frame_for_call(fn, argv.data(), npos, kwnames ? as_tuple(kwnames.get()) : nullptr);
    Ref r;
    if (!fn) r = run_whole(g);
    if (!fn || !g->base) {
      current = outer;
      g->running = false;
      return finished(std::move(r));
    }
    g->base->entry = true;
    g->top = g->base;
    Value f = g->fn, a = g->args, k = g->kwargs;
    g->fn = g->args = g->kwargs = kNull;
    decref(f);
    decref(a);
    decref(k);
  }
  Ref r;
  if (enter_recursive(" while running a thread")) {
    g->base->back = I.frame;
    Value saved_exc = I.handled_exc;
    I.handled_exc = g->exc_state;
    g->exc_state = kNull;
    I.depth += g->depth;
    g->suspending = false;
    bool yielded;
    r = eval_frame(g->top, &yielded);
    g->exc_state = I.handled_exc;
    I.handled_exc = saved_exc;
    leave_recursive();
    if (g->suspending) {  // green_sleep set top, depth and delay
      I.depth -= g->depth;
      current = outer;
      g->running = false;
      return tuple_pack({kFalse, kNone});
    }
    g->depth = 0;
    g->top = g->base;  // eval_frame freed the frames above it
  }
  free_frames(g);
  Value es = g->exc_state;
  g->exc_state = kNull;
  decref(es);
  current = outer;
  g->running = false;
  return finished(std::move(r));
}

Ref g_delay(Value self, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("delay", nargs, 0, 0)) return nullptr;
  return new_float(static_cast<GreenThread*>(self.ptr())->delay);
}

Ref m_running(Value, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("running", nargs, 0, 0)) return nullptr;
  return Ref::steal(bool_value(current != nullptr));
}

// The main thread's time.sleep while green threads are scheduled: the hook runs them
// during the sleep, sleeping with sleep() below in between.
Ref sleep_hook;
Ref m_set_sleep_hook(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("set_sleep_hook", nargs, 1, 1)) return nullptr;
  sleep_hook = args[0] == kNone ? Ref() : Ref::borrow(args[0]);
  return Ref::steal(kNone);
}
Ref exit_hook;
Ref m_set_exit_hook(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("set_exit_hook", nargs, 1, 1)) return nullptr;
  exit_hook = args[0] == kNone ? Ref() : Ref::borrow(args[0]);
  return Ref::steal(kNone);
}
Ref m_sleep(Value, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("sleep", nargs, 1, 1)) return nullptr;
  if (type_of(args[0]) != I.float_type) return raise(I.TypeError, "sleep() takes a float");
  double s = float_value(args[0]);
  if (s > 0) {
    I.flush_out();
    get_clock(I).sleep_ns(get_clock(I).ctx, int64_t(std::ceil(s * 1e9)));
  }
  return Ref::steal(kNone);
}

Ref init_green_thread(Interpreter& I) {
  Type* t = green_type = new_builtin_type(I, "GreenThread", I.object_type, sizeof(GreenThread), 0);
  t->finalize = green_finalize;
  t->tp_new = green_new;
  static const MethodDef methods[] = {{"step", g_step}, {"delay", g_delay}, {nullptr, nullptr}};
  add_methods(I, t, methods);
  Ref marker = make_exception(I.BaseException, "green thread switch");
  green_switch = marker.release().ptr();
  I.at_teardown.push_back([](Interpreter&) {
    Value m = Value::from_ptr(green_switch);
    green_switch = nullptr;
    current = nullptr;
    sleep_hook = Ref();
    exit_hook = Ref();
    decref(m);
  });
  Ref m = new_module("_green_thread");
  static const MethodDef fns[] = {{"running", m_running}, {"set_sleep_hook", m_set_sleep_hook},
                                  {"set_exit_hook", m_set_exit_hook}, {"sleep", m_sleep}, {nullptr, nullptr}};
  module_add_functions(m.get(), fns);
  module_add(m.get(), "GreenThread", Value::from_ptr(t));
  return m;
}

}  // namespace

int green_sleep(const Value* args, NativeFn sleep_fn, double secs) {
  Interpreter& I = interp();
  GreenThread* g = current;
  if (!g) return -1;
  // Suspendable only when the VM's CALL in the innermost frame called sleep itself (the
  // arguments sit on that frame's value stack right above the callable) and every frame
  // from there up to the thread's own is an inline call of the same eval_frame run.
  Frame* f = I.frame;
  int above = 0;
  for (Frame* p = f; p != g->base; p = p->back, ++above)
    if (!p || p->entry) {
      g->delay += secs;
      return 0;
    }
  Value* lo = f->stack();
  Value* hi = lo + f->code->stacksize;
  bool direct = args - 2 >= f->slots && args >= lo && args < hi;
  if (direct) {
    Value callee = args[-1] ? args[-1] : args[-2];
    direct = type_of(callee) == I.native_type && static_cast<NativeFunc*>(callee.ptr())->fn == sleep_fn;
  }
  if (!direct) {
    g->delay += secs;
    return 0;
  }
  g->top = f;
  g->depth = above;
  g->delay += secs;
  g->suspending = true;
  // Set directly, not by set_error: the marker must not pick up a __context__.
  I.current_exc = newref(Value::from_ptr(green_switch));
  return 1;
}

double green_clock_offset() { return current ? current->delay : 0; }

void green_threads_at_exit(Interpreter& I) {
  if (!exit_hook) return;
  Ref hook = std::move(exit_hook);
  if (!call(hook.get(), nullptr, 0)) {
    Ref exc = fetch_error();
    if (exc) print_exception(exc.get());
  }
  I.flush_out();
}
Value green_sleep_hook() { return sleep_hook.get(); }

void register_module__green_thread(Interpreter& I) {
  green_type = nullptr;
  register_native_module(I, "_green_thread", init_green_thread);
}

}  // namespace py
