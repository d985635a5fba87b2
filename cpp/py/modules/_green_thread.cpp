// modules/_green_thread.cpp — green threads: a function's frames, run step by step.
//
// _green_thread.GreenThread(fn, args, kwargs) holds the call; step() runs it until it
// returns (-> (True, result)), raises (the exception propagates), or sleeps: suspended in a
// direct time.sleep or paused on its stack in one below C++ (-> (False, None)). After each
// step, delay() is how long the step took in the thread's own time: the sleep that ended it
// plus, where a thread has no stack of its own, the sleeps below C++ (_green_thread.hpp). The scheduling (when a step runs) is lib/concurrent/futures.py's.
#include "py/modules/_green_thread.hpp"

#include <cmath>
#include <new>
#include <vector>

#include "py/errors.hpp"
#include "py/frame.hpp"
#include "py/green_stack.hpp"
#include "py/module.hpp"
#include "py/modules/time.hpp"

namespace py {

Object* green_switch = nullptr;

namespace {

struct GreenThread : Object {
  Value fn, args, kwargs;  // the call, dropped once it starts
  Frame* base;             // the function's own frame (entry), null unless started and alive
  Frame* top;              // the innermost frame while suspended or paused
  Frame* outer;            // paused: the outermost frame of the thread's own (null: none)
  int depth;               // suspended: frames above `base`; paused: the step's share of interp().depth
  Value exc_state;         // sys.exc_info() of the thread while suspended or paused
  Ref result;              // what the step's code returned (null: raised)
  GreenStack* stack;       // the C stack the step runs on, kept while paused
  double delay;            // duration of the last step
  bool running, started, suspending, paused, abandoned;
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

bool run_on_stack(GreenThread* g);

void green_finalize(Object* o) {
  GreenThread* g = static_cast<GreenThread*>(o);
  if (g->paused) {
    // Its C++ frames are on its stack: resumed with GeneratorExit raised by the sleep (as
    // a generator is closed), they unwind and the step ends. Further sleeps raise again.
    Interpreter& I = interp();
    Value pending = I.current_exc;
    I.current_exc = kNull;
    GreenThread* outer = current;
    current = g;
    g->abandoned = g->running = true;
    run_on_stack(g);
    current = outer;
    g->result = Ref();
    Value exc = I.current_exc;
    I.current_exc = pending;
    decref(exc);
  }
  free_frames(g);
  g->result.~Ref();
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
  g->base = g->top = g->outer = nullptr;
  g->depth = 0;
  g->exc_state = kNull;
  new (&g->result) Ref();
  g->stack = nullptr;
  g->delay = 0;
  g->running = g->started = g->suspending = g->paused = g->abandoned = false;
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

// What runs on the thread's stack: the step's frames from the innermost, or the whole call
// of a callable that is not plain Python code.
void step_body(void* arg) {
  GreenThread* g = static_cast<GreenThread*>(arg);
  Interpreter& I = interp();
  g->suspending = false;
  if (!g->base) {
    g->result = run_whole(g);
    return;
  }
  if (!enter_recursive(" while running a thread")) return;
  I.depth += g->depth;
  bool yielded;
  g->result = eval_frame(g->top, &yielded);
  leave_recursive();
  if (g->suspending) {  // green_sleep set top, depth and delay
    I.depth -= g->depth;
  } else {
    g->depth = 0;
    g->top = g->base;  // eval_frame freed the frames above it
  }
}

// Runs the thread's step on its stack (from the start, or from where it paused) until the
// step ends (true: returned, raised or suspended in a direct sleep) or pauses in a sleep
// below C++ (false). The thread's frames, depth and exception state are swapped in and out.
bool run_on_stack(GreenThread* g) {
  Interpreter& I = interp();
  Frame* caller = I.frame;
  int depth = I.depth;
  Value saved_exc = I.handled_exc;
  I.handled_exc = g->exc_state;
  g->exc_state = kNull;
  if (g->base) g->base->back = caller;
  bool ended;
  if (g->paused) {
    if (g->outer) g->outer->back = caller;
    I.frame = g->top;
    I.depth += g->depth;
    g->paused = false;
    ended = green_stack_resume(g->stack);
  } else {
    if (!g->stack) g->stack = green_stack_acquire();
    ended = g->stack ? green_stack_run(g->stack, step_body, g) : (step_body(g), true);
  }
  if (ended) {
    if (g->stack) green_stack_release(g->stack);
    g->stack = nullptr;
  } else {
    g->paused = true;
    g->top = I.frame;
    g->depth = I.depth - depth;
    I.depth = depth;
    Frame* p = g->top;
    while (p && p != caller && p->back != caller) p = p->back;
    g->outer = p != caller ? p : nullptr;
  }
  I.frame = caller;
  g->exc_state = I.handled_exc;
  I.handled_exc = saved_exc;
  return ended;
}

Ref g_step(Value self, const Value*, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("step", nargs, 0, 0)) return nullptr;
  GreenThread* g = static_cast<GreenThread*>(self.ptr());
  if (g->running) return raise(I.RuntimeError, "green thread already running");
  if (g->started && !g->base && !g->paused) return raise(I.RuntimeError, "green thread already finished");
  Ref keep = Ref::borrow(self);
  if (!g->started) {
    g->started = true;
    std::vector<Value> argv;
    Ref kwnames;
    Function* fn = flatten_call(g, argv, kwnames);
    size_t npos = argv.size() - (kwnames ? as_tuple(kwnames.get())->n : 0);
    if (fn) {
      g->base = frame_for_call(fn, argv.data(), npos, kwnames ? as_tuple(kwnames.get()) : nullptr);
      if (!g->base) return nullptr;
      g->base->entry = true;
      g->top = g->base;
      Value f = g->fn, a = g->args, k = g->kwargs;
      g->fn = g->args = g->kwargs = kNull;
      decref(f);
      decref(a);
      decref(k);
    }
  }
  GreenThread* outer = current;
  g->delay = 0;
  g->running = true;
  current = g;
  bool ended = run_on_stack(g);
  current = outer;
  g->running = false;
  if (!ended || g->suspending) return tuple_pack({kFalse, kNone});
  free_frames(g);
  Value es = g->exc_state;
  g->exc_state = kNull;
  decref(es);
  Ref r = std::move(g->result);
  if (!r) return nullptr;
  return tuple_pack({kTrue, r.get()});
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
    green_stack_free_pool();
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
  if (g->abandoned) {
    raise_args(I.GeneratorExit, nullptr, 0);
    return 1;
  }
  g->delay += secs;
  // Suspendable without its C stack when the VM's CALL in the innermost frame called sleep
  // itself (the arguments sit on that frame's value stack right above the callable) and
  // every frame from there up to the thread's own is an inline call of the same eval_frame
  // run. Otherwise C++ is between: the thread pauses on its own stack (green_stack.hpp).
  Frame* f = I.frame;
  int above = 0;
  bool direct = g->base != nullptr;
  for (Frame* p = f; direct && p != g->base; p = p->back, ++above) direct = p && !p->entry;
  if (direct) {
    Value* lo = f->stack();
    Value* hi = lo + f->code->stacksize;
    direct = args - 2 >= f->slots && args >= lo && args < hi;
  }
  if (direct) {
    Value callee = args[-1] ? args[-1] : args[-2];
    direct = type_of(callee) == I.native_type && static_cast<NativeFunc*>(callee.ptr())->fn == sleep_fn;
  }
  if (direct) {
    g->top = f;
    g->depth = above;
    g->suspending = true;
    // Set directly, not by set_error: the marker must not pick up a __context__.
    I.current_exc = newref(Value::from_ptr(green_switch));
    return 1;
  }
  if (!green_stack_running(g->stack)) return 0;  // no stack of its own: the step lasts longer
  green_stack_pause(g->stack);
  if (g->abandoned) {
    raise_args(I.GeneratorExit, nullptr, 0);
    return 1;
  }
  return 0;
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
