// generator.cpp — generators, coroutines, async generators (see generator.hpp).
#include "py/generator.hpp"

#include "py/errors.hpp"

namespace py {

static Generator* as_gen(Value v) { return static_cast<Generator*>(v.ptr()); }

Ref new_generator(Frame* f) {
  Interpreter& I = interp();
  uint32_t fl = f->code->flags;
  Type* t = (fl & kCoCoroutine) ? I.coroutine_type : (fl & kCoAsyncGenerator) ? I.async_gen_type : I.generator_type;
  Generator* g = static_cast<Generator*>(alloc_object(t, sizeof(Generator)));
  g->frame = f;
  f->gen = g;
  f->entry = true;
  g->name = newref(f->code->name);
  g->qualname = newref(f->func ? f->func->qualname : f->code->qualname);
  gc_track(g);
  return Ref::steal(Value::from_ptr(g));
}

uint32_t gen_code_flags(Value gen) {
  Generator* g = as_gen(gen);
  return g->frame ? g->frame->code->flags : 0;
}
bool gen_is_running_await(Value coro) { return as_gen(coro)->awaiting && as_gen(coro)->running; }

static void finish(Generator* g) {
  if (g->frame) {
    Frame* f = g->frame;
    g->frame = nullptr;
    frame_free(f);
  }
}

void gen_enter(Generator* g) {
  Interpreter& I = interp();
  g->started = true;
  g->running = true;
  // While the frame runs, the caller's handled exception waits in exc_state.
  Value caller_exc = I.handled_exc;
  I.handled_exc = g->exc_state;
  g->exc_state = caller_exc;
}

void gen_leave(Generator* g, int how) {
  Interpreter& I = interp();
  Value own_exc = I.handled_exc;
  I.handled_exc = g->exc_state;
  g->exc_state = own_exc;
  g->running = false;
  if (how == 1) return;
  Type* t = g->type;
  g->exc_state = kNull;
  decref(own_exc);
  finish(g);
  // StopIteration escaping a generator body becomes RuntimeError (PEP 479).
  if (how < 0 && (err_matches(I.StopIteration) || (t == I.async_gen_type && err_matches(I.StopAsyncIteration)))) {
    Ref e = fetch_error();
    const char* kind = t == I.coroutine_type ? "coroutine" : t == I.async_gen_type ? "async generator" : "generator";
    Ref re = make_exception(I.RuntimeError, std::string(kind) + " raised " + type_name(e.get()));
    BaseExc* x = as_exc(re.get());
    x->cause = newref(e.get());
    x->context = e.release();
    x->suppress_context = true;
    set_error(std::move(re));
  }
}

// Resumes the frame in a nested eval_frame; `v` is pushed as the result of the pending
// yield unless null (a thrown exception is pending instead, or the frame has not started).
static int resume(Value genv, Value v, Ref* out) {
  Interpreter& I = interp();
  Generator* g = as_gen(genv);
  Frame* f = g->frame;
  if (v) {
    f->stack()[f->stack_top++] = newref(v);
  }
  g->started = true;
  if (!enter_recursive("")) return -1;
  gen_enter(g);
  f->back = I.frame;
  bool yielded;
  incref(genv);
  Ref r = eval_frame(f, &yielded);
  leave_recursive();
  int how = !r ? -1 : yielded ? 1 : 0;
  gen_leave(g, how);
  decref(genv);
  if (r) *out = std::move(r);
  return how;
}

int gen_send(Value genv, Value v, Ref* out) {
  Interpreter& I = interp();
  Generator* g = as_gen(genv);
  Type* t = type_of(genv);
  if (g->running) {
    raise(I.ValueError, t == I.coroutine_type ? "coroutine already executing" : "generator already executing");
    return -1;
  }
  if (!g->frame) {
    if (t == I.coroutine_type) {
      raise(I.RuntimeError, "cannot reuse already awaited coroutine");
      return -1;
    }
    *out = Ref::steal(kNone);
    return 0;
  }
  if (!g->started) {
    if (v != kNone) {
      raisef(I.TypeError, "can't send non-None value to a just-started %s",
             t == I.coroutine_type ? "coroutine" : "generator");
      return -1;
    }
    return resume(genv, kNull, out);
  }
  return resume(genv, v, out);
}

// The frame is suspended in a `yield from`/`await` loop: SEND; YIELD_VALUE; JUMP.
static bool delegating(Generator* g) {
  Frame* f = g->frame;
  if (!f || !g->started || f->pc < 2) return false;
  uint32_t prev = f->code->code[size_t(f->pc - 1)];
  uint32_t send = f->code->code[size_t(f->pc - 2)];
  return instr_op(prev) == YIELD_VALUE && instr_arg(prev) == 0 && instr_op(send) == SEND;
}

int gen_throw(Value genv, Value exc, Ref* out) {
  Interpreter& I = interp();
  Generator* g = as_gen(genv);
  if (g->running) {
    raise(I.ValueError, "generator already executing");
    return -1;
  }
  if (delegating(g)) {
    Frame* f = g->frame;
    Value receiver = f->stack()[f->stack_top - 1];
    Type* rt = type_of(receiver);
    int st;
    Ref r;
    g->running = true;
    if (rt == I.generator_type || rt == I.coroutine_type) {
      st = gen_throw(receiver, exc, &r);
    } else if (isinstance(exc, I.GeneratorExit)) {
      Ref cl = getattr_opt(receiver, I.names.close);
      if (cl) {
        if (!call0(cl.get())) st = -1;
      } else if (err_occurred()) st = -1;
      set_error(Ref::borrow(exc));
      st = -1;
    } else {
      Ref th = getattr_opt(receiver, I.intern("throw"));
      if (th) {
        r = call1(th.get(), exc);
        st = r ? 1 : -1;
        if (!r && err_matches(I.StopIteration)) {
          Ref e = fetch_error();
          r = Ref::borrow(none_if_null(as_exc(e.get())->extra));
          st = 0;
        }
      } else {
        if (!err_occurred()) set_error(Ref::borrow(exc));
        st = -1;
      }
    }
    g->running = false;
    if (st == 1) {
      *out = std::move(r);
      return 1;
    }
    if (st == 0) {
      // The delegate finished: its value is the result of the `yield from`.
      Value old = f->stack()[f->stack_top - 1];
      f->stack()[f->stack_top - 1] = r.release();
      decref(old);
      f->pc = int(instr_arg(f->code->code[size_t(f->pc - 2)]));
      return resume(genv, kNull, out);
    }
    // The delegate raised: continue in this frame with that exception.
    return resume(genv, kNull, out);
  }
  if (!g->frame) {
    set_error(Ref::borrow(exc));
    return -1;
  }
  set_error(Ref::borrow(exc));
  if (!g->started) {
    // Thrown into a generator that never ran: it finishes without running any code.
    Ref e = fetch_error();
    g->started = true;
    exception_add_frame(e.get(), g->frame->code, g->frame->code->firstlineno);
    finish(g);
    set_error(std::move(e));
    return -1;
  }
  return resume(genv, kNull, out);
}

static Ref throw_args(const Value* args, size_t nargs) {
  Interpreter& I = interp();
  if (nargs < 1 || nargs > 3) return raise(I.TypeError, "throw expected at least 1 argument");
  Value typ = args[0];
  if (is_exception_class(typ)) {
    Value val = nargs > 1 ? args[1] : kNone;
    if (val != kNone && isinstance(val, static_cast<Type*>(typ.ptr()))) return Ref::borrow(val);
    if (val == kNone) return call0(typ);
    if (type_of(val) == I.tuple_type) return call(typ, as_tuple(val)->items, as_tuple(val)->n);
    return call1(typ, val);
  }
  if (is_exception_instance(typ)) {
    if (nargs > 1 && args[1] != kNone) return raise(I.TypeError, "instance exception may not have a separate value");
    return Ref::borrow(typ);
  }
  return raisef(I.TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                type_name(typ));
}

// ---- Python-visible methods ----------------------------------------------------------------

static Ref m_send(Value self, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("send", nargs, 1, 1)) return nullptr;
  Ref out;
  int st = gen_send(self, args[0], &out);
  if (st == 1) return out;
  if (st == 0) {
    if (type_of(self) == I.async_gen_type) return raise_args(I.StopAsyncIteration, nullptr, 0);
    Value v = out.get();
    if (v == kNone) return raise_args(I.StopIteration, nullptr, 0);
    return raise_args(I.StopIteration, &v, 1);
  }
  return nullptr;
}
static Ref gen_iternext(Value self) {
  Interpreter& I = interp();
  Ref out;
  int st = gen_send(self, kNone, &out);
  if (st == 1) return out;
  if (st == 0) {
    if (out.get() != kNone) {
      Value v = out.get();
      raise_args(I.StopIteration, &v, 1);
    }
    return nullptr;
  }
  return nullptr;
}
static Ref m_throw(Value self, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  Ref exc = throw_args(args, nargs);
  if (!exc) return nullptr;
  Ref out;
  int st = gen_throw(self, exc.get(), &out);
  if (st == 1) return out;
  if (st == 0) {
    Value v = out.get();
    if (v == kNone) return raise_args(I.StopIteration, nullptr, 0);
    return raise_args(I.StopIteration, &v, 1);
  }
  return nullptr;
}
static int gen_close(Value self) {
  Interpreter& I = interp();
  Generator* g = as_gen(self);
  if (!g->frame) return 0;
  if (!g->started) {
    finish(g);
    return 0;
  }
  Ref exc = make_exception(I.GeneratorExit, nullptr, 0);
  Ref out;
  int st = gen_throw(self, exc.get(), &out);
  if (st == 1) {
    raisef(I.RuntimeError, "%s ignored GeneratorExit", type_of(self) == I.coroutine_type ? "coroutine" : "generator");
    return -1;
  }
  if (st < 0) {
    if (err_matches(I.GeneratorExit) || err_matches(I.StopIteration)) {
      clear_error();
      return 0;
    }
    return -1;
  }
  return 0;
}
static Ref m_close(Value self, const Value*, size_t, Tuple*) {
  if (gen_close(self) < 0) return nullptr;
  return Ref::steal(kNone);
}

void (*on_unawaited_coroutine)(Value coro) = nullptr;

AsyncGenHooks& asyncgen_hooks() {
  static AsyncGenHooks hooks;
  return hooks;
}

// CPython's async_gen_init_hooks, run by every method that starts an iteration step.
static bool async_gen_init_hooks(Value self) {
  Generator* g = as_gen(self);
  if (g->hooks_inited) return true;
  g->hooks_inited = true;
  AsyncGenHooks& h = asyncgen_hooks();
  if (h.finalizer) g->hooks_finalizer = newref(h.finalizer.get());
  if (h.firstiter) {
    Ref firstiter = h.firstiter;  // the hook may replace the hooks
    if (!call1(firstiter.get(), self)) return false;
  }
  return true;
}

bool async_gen_call_finalizer(Object* o) {
  Generator* g = static_cast<Generator*>(o);
  if (!g->hooks_finalizer || !g->frame || g->closed_async) return false;
  Ref saved = fetch_error();
  Ref fin = Ref::borrow(g->hooks_finalizer);
  if (!call1(fin.get(), Value::from_ptr(o))) write_unraisable(Value::from_ptr(o));
  if (saved) set_error(std::move(saved));
  return true;
}

static void gen_finalize(Object* o) {
  Interpreter& I = interp();
  Generator* g = static_cast<Generator*>(o);
  if (g->frame && !g->started && o->type == I.coroutine_type && on_unawaited_coroutine) {
    Ref saved = fetch_error();
    on_unawaited_coroutine(Value::from_ptr(o));
    if (saved) set_error(std::move(saved));
  }
  // An async generator handed to its finalizer hook is not closed here (CPython: the hook
  // schedules aclose(); if it kept no reference the generator just goes).
  bool handed = o->type == I.async_gen_type && g->hooks_finalizer && !g->closed_async &&
                (o->flags & kObjFinalized);
  if (g->frame && g->started && o->type != I.coroutine_type && !handed) {
    // Like CPython's generator finalizer: close() so `finally` blocks run.
    Value self = Value::from_ptr(o);
    o->rc = 1;  // resurrect for the duration of close()
    Ref saved = fetch_error();
    if (gen_close(self) < 0) clear_error();
    if (saved) set_error(std::move(saved));
    o->rc = 0;
  }
  finish(g);
  decref(g->name);
  decref(g->qualname);
  decref(g->exc_state);
  decref(g->awaiting);
  decref(g->hooks_finalizer);
}
static void gen_traverse(Object* o, VisitFn visit, void* arg) {
  Generator* g = static_cast<Generator*>(o);
  if (g->frame) frame_traverse(g->frame, visit, arg);
  if (g->exc_state) visit(g->exc_state, arg);
}
static void gen_clear(Object* o) {
  Generator* g = static_cast<Generator*>(o);
  if (g->frame) frame_clear(g->frame);
}
static Ref gen_repr(Value self) {
  Interpreter& I = interp();
  Type* t = type_of(self);
  const char* kind = t == I.coroutine_type ? "coroutine" : t == I.async_gen_type ? "async_generator" : "generator";
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(self.ptr()));
  return new_str(std::string("<") + kind + " object " + std::string(sv(as_gen(self)->qualname)) + buf);
}
static Ref gen_getattr(Value self, Str* name) {
  Generator* g = as_gen(self);
  std::string_view n = name->view();
  if (n == "__name__") return Ref::borrow(g->name);
  if (n == "__qualname__") return Ref::borrow(g->qualname);
  if (n == "gi_running" || n == "cr_running" || n == "ag_running") return Ref::steal(bool_value(g->running));
  if (n == "gi_suspended" || n == "cr_suspended")
    return Ref::steal(bool_value(g->frame && g->started && !g->running));
  // A suspended frame's f_back is None (its saved back pointer is stale), as in CPython.
  if (n == "gi_frame" || n == "cr_frame" || n == "ag_frame")
    return g->frame ? frame_object(g->frame, g->running) : Ref::borrow(kNone);
  if (n == "gi_code" || n == "cr_code" || n == "ag_code")
    return Ref::borrow(g->frame ? Value::from_ptr(g->frame->code) : kNone);
  if (n == "cr_await" || n == "gi_yieldfrom") {
    if (delegating(g)) return Ref::borrow(g->frame->stack()[g->frame->stack_top - 1]);
    return Ref::borrow(kNone);
  }
  return generic_getattr(self, name);
}

// coroutine.__await__() returns an iterator driving the coroutine.
struct CoroWrapper : Object { Value coro; };
static void wrapper_finalize(Object* o) { decref(static_cast<CoroWrapper*>(o)->coro); }
static void wrapper_traverse(Object* o, VisitFn visit, void* arg) { visit(static_cast<CoroWrapper*>(o)->coro, arg); }
static Ref m_await(Value self, const Value*, size_t, Tuple*) {
  CoroWrapper* w = static_cast<CoroWrapper*>(alloc_object(interp().coro_wrapper_type, sizeof(CoroWrapper)));
  w->coro = newref(self);
  gc_track(w);
  return Ref::steal(Value::from_ptr(w));
}
static Ref wrapper_next(Value self) { return gen_iternext(static_cast<CoroWrapper*>(self.ptr())->coro); }
static Ref m_wrapper_send(Value self, const Value* a, size_t n, Tuple* k) {
  return m_send(static_cast<CoroWrapper*>(self.ptr())->coro, a, n, k);
}
static Ref m_wrapper_throw(Value self, const Value* a, size_t n, Tuple* k) {
  return m_throw(static_cast<CoroWrapper*>(self.ptr())->coro, a, n, k);
}
static Ref m_wrapper_close(Value self, const Value* a, size_t n, Tuple* k) {
  return m_close(static_cast<CoroWrapper*>(self.ptr())->coro, a, n, k);
}

// ---- async generators -----------------------------------------------------------------------------

struct Wrapped : Object { Value v; };
static void wrapped_finalize(Object* o) { decref(static_cast<Wrapped*>(o)->v); }
Ref wrap_async_gen_value(Value v) {
  Wrapped* w = static_cast<Wrapped*>(alloc_object(interp().async_gen_wrapped_type, sizeof(Wrapped)));
  w->v = newref(v);
  return Ref::steal(Value::from_ptr(w));
}

// The awaitable returned by asend()/__anext__()/athrow()/aclose().
struct ASend : Object {
  Value gen;
  Value value;  // value to send first, or the exception to throw (athrow)
  int state;    // 0 = not started, 1 = running, 2 = done
  bool is_throw, is_close;
};
static void asend_finalize(Object* o) {
  ASend* a = static_cast<ASend*>(o);
  decref(a->gen);
  decref(a->value);
}
static void asend_traverse(Object* o, VisitFn visit, void* arg) {
  ASend* a = static_cast<ASend*>(o);
  visit(a->gen, arg);
  if (a->value) visit(a->value, arg);
}
static Ref make_asend(Value gen, Value v, bool is_throw, bool is_close) {
  Interpreter& I = interp();
  ASend* a = static_cast<ASend*>(alloc_object(is_throw ? I.async_gen_athrow_type : I.async_gen_asend_type, sizeof(ASend)));
  a->gen = newref(gen);
  a->value = newref(v);
  a->is_throw = is_throw;
  a->is_close = is_close;
  gc_track(a);
  return Ref::steal(Value::from_ptr(a));
}
// Interprets one step of the async generator: a wrapped yield ends this awaitable with
// StopIteration(value); an await passing through is yielded onwards.
static Ref asend_result(ASend* a, int st, Ref out) {
  Interpreter& I = interp();
  if (st == 1) {
    if (type_of(out.get()) == I.async_gen_wrapped_type) {
      a->state = 2;
      if (a->is_close) return raise(I.RuntimeError, "async generator ignored GeneratorExit");
      Value v = static_cast<Wrapped*>(out.get().ptr())->v;
      return raise_args(I.StopIteration, &v, 1);
    }
    return out;
  }
  a->state = 2;
  if (st == 0) {
    if (a->is_close) return raise_args(I.StopIteration, nullptr, 0);
    return raise_args(I.StopAsyncIteration, nullptr, 0);
  }
  if (a->is_close && (err_matches(I.GeneratorExit) || err_matches(I.StopAsyncIteration))) {
    clear_error();
    return raise_args(I.StopIteration, nullptr, 0);
  }
  return nullptr;
}
static Ref asend_send(Value self, Value v) {
  Interpreter& I = interp();
  ASend* a = static_cast<ASend*>(self.ptr());
  if (a->state == 2) return raise(I.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  Ref out;
  int st;
  if (a->state == 0) {
    a->state = 1;
    if (a->is_close) as_gen(a->gen)->closed_async = true;
    if (a->is_throw) st = gen_throw(a->gen, a->value, &out);
    else st = gen_send(a->gen, (a->value && v == kNone) ? a->value : v, &out);
  } else {
    st = gen_send(a->gen, v, &out);
  }
  return asend_result(a, st, std::move(out));
}
static Ref asend_next(Value self) {
  Ref r = asend_send(self, kNone);
  if (!r && err_matches(interp().StopIteration)) {
    Ref e = fetch_error();
    Value v = as_exc(e.get())->extra;
    if (v && v != kNone) set_error(std::move(e));
    return nullptr;
  }
  return r;
}
static Ref m_asend_send(Value self, const Value* a, size_t n, Tuple*) {
  if (!check_nargs("send", n, 1, 1)) return nullptr;
  return asend_send(self, a[0]);
}
static Ref m_asend_throw(Value self, const Value* args, size_t nargs, Tuple*) {
  ASend* a = static_cast<ASend*>(self.ptr());
  Ref exc = throw_args(args, nargs);
  if (!exc) return nullptr;
  Ref out;
  a->state = 1;
  int st = gen_throw(a->gen, exc.get(), &out);
  return asend_result(a, st, std::move(out));
}
static Ref m_asend_close(Value self, const Value*, size_t, Tuple*) {
  static_cast<ASend*>(self.ptr())->state = 2;
  return Ref::steal(kNone);
}

static Ref m_anext(Value self, const Value*, size_t, Tuple*) {
  if (!async_gen_init_hooks(self)) return nullptr;
  return make_asend(self, kNull, false, false);
}
static Ref m_asend(Value self, const Value* a, size_t n, Tuple*) {
  if (!check_nargs("asend", n, 1, 1)) return nullptr;
  if (!async_gen_init_hooks(self)) return nullptr;
  return make_asend(self, a[0], false, false);
}
static Ref m_athrow(Value self, const Value* args, size_t nargs, Tuple*) {
  Ref exc = throw_args(args, nargs);
  if (!exc) return nullptr;
  if (!async_gen_init_hooks(self)) return nullptr;
  return make_asend(self, exc.get(), true, false);
}
static Ref m_aclose(Value self, const Value*, size_t, Tuple*) {
  Interpreter& I = interp();
  if (!async_gen_init_hooks(self)) return nullptr;
  Ref exc = make_exception(I.GeneratorExit, nullptr, 0);
  return make_asend(self, exc.get(), true, true);
}
static Ref self_aiter(Value self, const Value*, size_t, Tuple*) { return Ref::borrow(self); }

void init_generators(Interpreter& I) {
  auto mk = [&](const char* name) {
    Type* t = new_builtin_type(I, name, I.object_type, sizeof(Generator), kTypeGc);
    t->finalize = gen_finalize;
    t->traverse = gen_traverse;
    t->clear = gen_clear;
    t->repr = gen_repr;
    t->getattr = gen_getattr;
    t->tp_new = nullptr;
    return t;
  };
  Type* g = I.generator_type = mk("generator");
  g->iter = self_iter;
  g->iternext = gen_iternext;
  static const MethodDef gm[] = {{"send", m_send}, {"throw", m_throw}, {"close", m_close}, {nullptr, nullptr}};
  add_methods(I, g, gm);
  Type* c = I.coroutine_type = mk("coroutine");
  static const MethodDef cm[] = {{"send", m_send}, {"throw", m_throw}, {"close", m_close},
                                 {"__await__", m_await}, {nullptr, nullptr}};
  add_methods(I, c, cm);
  Type* w = I.coro_wrapper_type = new_builtin_type(I, "coroutine_wrapper", I.object_type, sizeof(CoroWrapper), kTypeGc);
  w->finalize = wrapper_finalize;
  w->traverse = wrapper_traverse;
  w->iter = self_iter;
  w->iternext = wrapper_next;
  w->tp_new = nullptr;
  static const MethodDef wm[] = {{"send", m_wrapper_send}, {"throw", m_wrapper_throw}, {"close", m_wrapper_close},
                                 {nullptr, nullptr}};
  add_methods(I, w, wm);

  Type* ag = I.async_gen_type = mk("async_generator");
  ag->tflags |= kTypeHasDel;  // the finalizer hook may resurrect it (call_del, type.cpp)
  static const MethodDef am[] = {{"__aiter__", self_aiter}, {"__anext__", m_anext}, {"asend", m_asend},
                                 {"athrow", m_athrow}, {"aclose", m_aclose}, {nullptr, nullptr}};
  add_methods(I, ag, am);
  Type* wr = I.async_gen_wrapped_type = new_builtin_type(I, "async_generator_wrapped_value", I.object_type, sizeof(Wrapped), 0);
  wr->finalize = wrapped_finalize;
  wr->tp_new = nullptr;
  for (int k = 0; k < 2; ++k) {
    Type* t = new_builtin_type(I, k ? "async_generator_athrow" : "async_generator_asend", I.object_type, sizeof(ASend), kTypeGc);
    t->finalize = asend_finalize;
    t->traverse = asend_traverse;
    t->iter = self_iter;
    t->iternext = asend_next;
    t->tp_new = nullptr;
    static const MethodDef sm[] = {{"send", m_asend_send}, {"throw", m_asend_throw}, {"close", m_asend_close},
                                   {"__await__", self_aiter}, {nullptr, nullptr}};
    add_methods(I, t, sm);
    (k ? I.async_gen_athrow_type : I.async_gen_asend_type) = t;
  }
}

}  // namespace py
