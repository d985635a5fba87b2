// vm.cpp — the bytecode dispatch loop, frames and argument binding.
//
// A Python→Python call pushes a heap frame and continues in the same loop; returning pops
// it. SEND/FOR_ITER of a generator or coroutine run its frame the same way. Only native
// code calling back into Python (call_function, gen_send) re-enters eval_frame,
// bounded by the recursion limit and a native stack guard. Dispatch uses computed goto
// where the compiler supports it, a switch otherwise.
#include <array>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "py/builtin_types.hpp"
#include "py/errors.hpp"
#include "py/exception_group.hpp"
#include "py/frame.hpp"
#include "py/generator.hpp"
#include "py/match.hpp"
#include "py/modules/_green_thread.hpp"
#include "py/num/float.hpp"

namespace py {

// ---- frames ---------------------------------------------------------------------------------

// A frame's memory: its slots (locals, cells, free vars, value stack) after the header.
static inline size_t frame_slots(const Code* code) { return size_t(code->frame_size); }
static inline size_t frame_bytes(size_t n) { return offsetof(Frame, slots) + sizeof(Value) * n; }

// Memory for a frame of `n` slots with the header's bookkeeping fields zeroed; the caller
// sets code, func, globals, builtins, locals and the local slots. Small frames are
// recycled through per-size free lists (a call allocates no memory). The block and value
// stacks are written before they are read. Field by field: a memset call costs more than
// the handful of stores (it was a quarter of a call's time).
[[gnu::always_inline]] static inline Frame* frame_alloc(Interpreter& I, size_t n) {
  Frame* f;
  size_t bytes = frame_bytes(n);
  if (n < Interpreter::kFramePoolSizes && I.frame_pool[n]) {
    f = static_cast<Frame*>(I.frame_pool[n]);
    I.frame_pool[n] = f->back;
    f->back = nullptr;
    f->gen = nullptr;
    f->pc = f->last_pc = f->nblocks = f->stack_top = 0;
    f->entry = false;
    f->init_obj = kNull;
  } else {
    f = static_cast<Frame*>(std::calloc(1, bytes));
    if (!f) std::abort();
  }
  I.heap_bytes += bytes;
  return f;
}

// The builtins of a frame on `globals`: the caller's when it runs in the same module
// (saves a dict lookup per call), else the module's __builtins__.
[[gnu::noinline]] static Dict* module_builtins(Interpreter& I, Dict* globals) {
  Value b = dict_get_str(globals, I.names.__builtins__);
  if (b && type_of(b) == I.module_type) return static_cast<Module*>(b.ptr())->dict;
  if (b && type_of(b) == I.dict_type) return as_dict(b);
  return I.builtins;
}
[[gnu::always_inline]] static inline Dict* builtins_for(Interpreter& I, Dict* globals) {
  Frame* caller = I.frame;
  return caller && caller->globals == globals ? caller->builtins : module_builtins(I, globals);
}

Frame* frame_new(Code* code, Function* func, Dict* globals, Value locals) {
  Interpreter& I = interp();
  Frame* f = frame_alloc(I, frame_slots(code));
  for (int i = 0, nlp = code->nlocalsplus(); i < nlp; ++i) f->slots[i] = kNull;
  // A function's frame borrows its code and globals from the function it owns (neither can
  // be replaced: __code__ and __globals__ are read-only); other frames own them.
  f->code = code;
  f->func = func;
  f->globals = globals;
  if (func) {
    incref(Value::from_ptr(func));
  } else {
    incref(Value::from_ptr(code));
    incref(Value::from_ptr(globals));
  }
  f->builtins = builtins_for(I, globals);
  f->locals = newref(locals);
  return f;
}

void frame_clear(Frame* f) {
  int n = f->code->nlocalsplus() + f->stack_top;
  for (int i = 0; i < n; ++i) {
    Value v = f->slots[i];
    f->slots[i] = kNull;
    decref(v);
  }
  f->stack_top = 0;
  Value l = f->locals;
  f->locals = kNull;
  decref(l);
}

// Inlined into the dispatch loop's return path, which has taken init_obj already.
template <bool kHasInitObj = true>
[[gnu::always_inline]] static inline void frame_free_inline(Frame* f) {
  Code* code = f->code;
  int nslots = code->nlocalsplus() + f->stack_top;
  for (int i = 0; i < nslots; ++i) decref(f->slots[i]);
  decref(f->locals);
  if (kHasInitObj) decref(f->init_obj);
  size_t n = frame_slots(code);
  Interpreter& I = interp();
  I.heap_bytes -= frame_bytes(n);
  // The function last: it owns the code and globals read above.
  if (f->func) {
    decref(Value::from_ptr(f->func));
  } else {
    decref(Value::from_ptr(code));
    decref(Value::from_ptr(f->globals));
  }
  if (n < Interpreter::kFramePoolSizes) {
    f->back = static_cast<Frame*>(I.frame_pool[n]);
    I.frame_pool[n] = f;
  } else {
    std::free(f);
  }
}

void frame_free(Frame* f) { frame_free_inline(f); }

void frame_traverse(Frame* f, VisitFn visit, void* arg) {
  int n = f->code->nlocalsplus() + f->stack_top;
  for (int i = 0; i < n; ++i)
    if (f->slots[i]) visit(f->slots[i], arg);
  if (f->locals) visit(f->locals, arg);
  if (f->func) visit(Value::from_ptr(f->func), arg);  // which holds the globals
  else visit(Value::from_ptr(f->globals), arg);
  if (f->init_obj) visit(f->init_obj, arg);
}

// ---- argument binding -------------------------------------------------------------------

static std::string fname(Function* fn) { return std::string(sv(fn->qualname)); }
// How call errors name a callee, as CPython's _PyObject_FunctionStr: "mod.qualname()", just
// "qualname()" for builtins, str(f) when f has no __qualname__.
static std::string function_str(Value f) {
  Interpreter& I = interp();
  Ref q = getattr_opt(f, I.names.__qualname__);
  if (!q || type_of(q.get()) != I.str_type) {
    clear_error();
    Ref s = str(f);
    if (!s) clear_error();
    return s && type_of(s.get()) == I.str_type ? std::string(sv(s.get())) : "<object>";
  }
  Ref m = getattr_opt(f, I.names.__module__);
  clear_error();
  if (m && type_of(m.get()) == I.str_type && sv(m.get()) != "builtins")
    return std::string(sv(m.get())) + "." + std::string(sv(q.get())) + "()";
  return std::string(sv(q.get())) + "()";
}

static std::nullptr_t missing_args(Function* fn, Value* L, int from, int to, bool kwonly) {
  Code* co = fn->code;
  std::vector<std::string> names;
  for (int i = from; i < to; ++i)
    if (!L[i]) names.push_back(std::string("'").append(co->varnames[i]->view()).append("'"));
  std::string list;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) list += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    list += names[i];
  }
  return raisef(interp().TypeError, "%s() missing %zu required %s argument%s: %s", fname(fn).c_str(),
                names.size(), kwonly ? "keyword-only" : "positional", names.size() == 1 ? "" : "s",
                list.c_str());
}

// The common call, inlined into the loop: a plain function (Code::plain_call) given exactly
// its positional parameters. The caller's reference to `fn` and the arguments are moved,
// not copied: the frame owns them. Anything else goes to frame_for_call; null when that
// fails, and then `fn` and `args` are still the caller's.
[[gnu::always_inline]] static inline Frame* frame_for_call_moving(Interpreter& I, Function* fn, Value* args,
                                                                   size_t nargs) {
  Code* co = fn->code;
  if (!co->plain_call || nargs != size_t(co->argcount)) [[unlikely]] {
    Frame* f = frame_for_call(fn, args, nargs, nullptr);
    if (f) {
      for (size_t i = 0; i < nargs; ++i) decref(args[i]);
      decref(Value::from_ptr(fn));
    }
    return f;
  }
  Frame* f = frame_alloc(I, frame_slots(co));
  f->code = co;
  f->func = fn;
  Dict* globals = as_dict(fn->globals);
  f->globals = globals;
  f->builtins = builtins_for(I, globals);
  f->locals = kNull;
  int nlp = co->nlocalsplus();
  for (size_t i = 0; i < nargs; ++i) f->slots[i] = args[i];
  for (int i = int(nargs); i < nlp; ++i) f->slots[i] = kNull;
  return f;
}

Frame* frame_for_call(Function* fn, const Value* args, size_t nargs, Tuple* kwnames) {
  Interpreter& I = interp();
  Code* co = fn->code;
  Frame* f = frame_new(co, fn, as_dict(fn->globals), kNull);
  Value* L = f->slots;
  int argc = co->argcount, kwonly = co->kwonlyargcount, total = argc + kwonly;
  size_t nkw = kwnames ? kwnames->n : 0;
  size_t npos = nargs < size_t(argc) ? nargs : size_t(argc);
  for (size_t i = 0; i < npos; ++i) L[i] = newref(args[i]);
  int slot = total;
  if (co->flags & kCoVarargs) {
    L[slot++] = nargs > size_t(argc) ? tuple_from_array(args + argc, nargs - argc).release()
                                     : newref(I.empty_tuple);
  } else if (nargs > size_t(argc)) {
    int ndef = fn->defaults ? int(as_tuple(fn->defaults)->n) : 0;
    size_t kwgiven = 0;
    for (size_t k = 0; k < nkw; ++k)
      for (int j = argc; j < total; ++j)
        if (co->varnames[j] == as_str(kwnames->items[k])) ++kwgiven;
    std::string takes = ndef ? "from " + std::to_string(argc - ndef) + " to " + std::to_string(argc)
                             : std::to_string(argc);
    std::string extra;
    if (kwgiven)
      extra = " positional argument" + std::string(nargs == 1 ? "" : "s") + " (and " + std::to_string(kwgiven) +
              " keyword-only argument" + (kwgiven == 1 ? "" : "s") + ")";
    raisef(I.TypeError, "%s() takes %s positional argument%s but %zu%s %s given", fname(fn).c_str(),
           takes.c_str(), (argc == 1 && !ndef) ? "" : "s", nargs, extra.c_str(),
           nargs == 1 && !kwgiven ? "was" : "were");
    frame_free(f);
    return nullptr;
  }
  Dict* kwdict = nullptr;
  if (co->flags & kCoVarkeywords) {
    Ref d = new_dict();
    kwdict = as_dict(d.get());
    L[slot++] = d.release();
  }
  for (size_t k = 0; k < nkw; ++k) {
    Str* name = as_str(kwnames->items[k]);
    Value v = args[nargs + k];
    int idx = -1;
    for (int j = co->posonlyargcount; j < total; ++j)
      if (co->varnames[j] == name) { idx = j; break; }
    if (idx < 0)
      for (int j = co->posonlyargcount; j < total; ++j)
        if (str_equal(co->varnames[j], name)) { idx = j; break; }
    if (idx < 0) {
      if (kwdict) {
        if (dict_set(kwdict, Value::from_ptr(name), v) < 0) { frame_free(f); return nullptr; }
        continue;
      }
      bool posonly = false;
      for (int j = 0; j < co->posonlyargcount; ++j)
        if (str_equal(co->varnames[j], name)) posonly = true;
      if (posonly)
        raisef(I.TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
               fname(fn).c_str(), name->data);
      else
        raisef(I.TypeError, "%s() got an unexpected keyword argument '%s'", fname(fn).c_str(), name->data);
      frame_free(f);
      return nullptr;
    }
    if (L[idx]) {
      raisef(I.TypeError, "%s() got multiple values for argument '%s'", fname(fn).c_str(), name->data);
      frame_free(f);
      return nullptr;
    }
    L[idx] = newref(v);
  }
  if (npos < size_t(argc)) {
    int ndef = fn->defaults ? int(as_tuple(fn->defaults)->n) : 0;
    int first_def = argc - ndef;
    bool missing = false;
    for (int i = int(npos); i < argc; ++i) {
      if (L[i]) continue;
      if (i >= first_def) L[i] = newref(as_tuple(fn->defaults)->items[i - first_def]);
      else missing = true;
    }
    if (missing) {
      missing_args(fn, L, 0, argc, false);
      frame_free(f);
      return nullptr;
    }
  }
  if (kwonly) {
    bool missing = false;
    for (int i = argc; i < total; ++i) {
      if (L[i]) continue;
      Value d = fn->kwdefaults ? dict_get_str(as_dict(fn->kwdefaults), co->varnames[i]) : kNull;
      if (d) L[i] = newref(d);
      else missing = true;
    }
    if (missing) {
      missing_args(fn, L, argc, total, true);
      frame_free(f);
      return nullptr;
    }
  }
  // Cells (an argument that is also a cell moves into it) and the closure.
  int nc = co->ncells();
  for (int i = 0; i < nc; ++i) {
    int a = co->cell2arg[i];
    Value init = kNull;
    if (a >= 0) {
      init = L[a];
      L[a] = kNull;
    }
    Ref c = new_cell(init);
    decref(init);
    L[co->nlocals + i] = c.release();
  }
  if (fn->closure) {
    Tuple* cl = as_tuple(fn->closure);
    for (size_t i = 0; i < cl->n; ++i) L[co->nlocals + nc + i] = newref(cl->items[i]);
  }
  return f;
}

// ---- calling from C++ --------------------------------------------------------------------------

Ref call_function(Function* fn, const Value* args, size_t nargs, Tuple* kwnames) {
  Code* co = fn->code;
  Frame* f = frame_for_call(fn, args, nargs, kwnames);
  if (!f) return nullptr;
  if (co->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator)) return new_generator(f);
  RecursionGuard g(" while calling a Python object");
  if (!g.ok) {
    frame_free(f);
    return nullptr;
  }
  Interpreter& I = interp();
  f->entry = true;
  f->back = I.frame;
  bool yielded;
  Ref r = eval_frame(f, &yielded);
  frame_free(f);
  return r;
}

// ---- helpers for the loop -------------------------------------------------------------------

static Ref format_value(Value v, int conv, Value spec) {
  Interpreter& I = interp();
  Ref conv_v;
  if (conv == 1) conv_v = str(v);
  else if (conv == 2) conv_v = repr(v);
  else if (conv == 3) conv_v = ascii_repr(v);
  else conv_v = Ref::borrow(v);
  if (!conv_v) return nullptr;
  if (type_of(conv_v.get()) == I.str_type && (!spec || as_str(spec)->nbytes == 0)) return conv_v;
  return format(conv_v.get(), spec);
}

static int unpack(Value seq, Value* out_rev, int n, int after, bool starred) {
  Interpreter& I = interp();
  // out_rev receives items in reverse order (the first item ends on top of the stack).
  Type* t = type_of(seq);
  if (!starred && (t == I.tuple_type || t == I.list_type)) {
    size_t len = t == I.tuple_type ? as_tuple(seq)->n : as_list(seq)->items.size();
    const Value* items = t == I.tuple_type ? as_tuple(seq)->items : as_list(seq)->items.data();
    if (len != size_t(n)) {
      if (len < size_t(n)) raisef(I.ValueError, "not enough values to unpack (expected %d, got %zu)", n, len);
      else raisef(I.ValueError, "too many values to unpack (expected %d)", n);
      return -1;
    }
    for (int i = 0; i < n; ++i) out_rev[n - 1 - i] = newref(items[i]);
    return 0;
  }
  Ref it = get_iter(seq);
  if (!it) {
    if (err_matches(I.TypeError)) {
      clear_error();
      raisef(I.TypeError, "cannot unpack non-iterable %s object", t->name.c_str());
    }
    return -1;
  }
  std::vector<Value> got;
  auto release_all = [&] { for (Value v : got) decref(v); };
  int want = starred ? n : n;
  for (;;) {
    if (!starred && int(got.size()) > want) break;
    Ref x = iter_next(it.get());
    if (!x) {
      if (err_occurred()) { release_all(); return -1; }
      break;
    }
    got.push_back(x.release());
  }
  if (!starred) {
    if (int(got.size()) != n) {
      if (int(got.size()) < n) raisef(I.ValueError, "not enough values to unpack (expected %d, got %zu)", n, got.size());
      else raisef(I.ValueError, "too many values to unpack (expected %d)", n);
      release_all();
      return -1;
    }
    for (int i = 0; i < n; ++i) out_rev[n - 1 - i] = got[i];
    return 0;
  }
  // starred: n = number before the star, `after` after it.
  int before = n;
  if (int(got.size()) < before + after) {
    raisef(I.ValueError, "not enough values to unpack (expected at least %d, got %zu)", before + after, got.size());
    release_all();
    return -1;
  }
  int total = before + 1 + after;
  std::vector<Value> res;
  for (int i = 0; i < before; ++i) res.push_back(got[i]);
  Ref mid = new_list();
  for (size_t i = before; i < got.size() - after; ++i) as_list(mid.get())->items.push_back(got[i]);
  res.push_back(mid.release());
  for (size_t i = got.size() - after; i < got.size(); ++i) res.push_back(got[i]);
  for (int i = 0; i < total; ++i) out_rev[total - 1 - i] = res[i];
  return 0;
}

static bool exc_match(Value exc, Value type) {
  Interpreter& I = interp();
  if (type_of(type) == I.tuple_type) {
    Tuple* t = as_tuple(type);
    for (size_t i = 0; i < t->n; ++i)
      if (exc_match(exc, t->items[i])) return true;
    return false;
  }
  return is_exception_class(type) && isinstance(exc, static_cast<Type*>(type.ptr()));
}

static bool valid_exc_spec(Value type) {
  Interpreter& I = interp();
  if (type_of(type) == I.tuple_type) {
    Tuple* t = as_tuple(type);
    for (size_t i = 0; i < t->n; ++i)
      if (!valid_exc_spec(t->items[i])) return false;
    return true;
  }
  return is_exception_class(type);
}

static Ref do_raise(Value exc, Value cause) {
  Interpreter& I = interp();
  if (!exc) {
    Value h = I.handled_exc;
    if (!h) return raise(I.RuntimeError, "No active exception to reraise");
    set_error(Ref::borrow(h));
    return nullptr;
  }
  Ref inst;
  if (is_exception_class(exc)) {
    inst = call0(exc);
    if (!inst) return nullptr;
    if (!is_exception_instance(inst.get()))
      return raisef(I.TypeError, "calling %s should have returned an instance of BaseException, not %s",
                    repr_utf8(exc).c_str(), type_name(inst.get()));
  } else if (is_exception_instance(exc)) {
    inst = Ref::borrow(exc);
  } else {
    return raise(I.TypeError, "exceptions must derive from BaseException");
  }
  if (cause) {
    Ref c;
    if (cause == kNone) c = nullptr;
    else if (is_exception_class(cause)) {
      c = call0(cause);
      if (!c) return nullptr;
    } else if (is_exception_instance(cause)) c = Ref::borrow(cause);
    else return raise(I.TypeError, "exception causes must derive from BaseException");
    BaseExc* e = as_exc(inst.get());
    Value old = e->cause;
    e->cause = c.release();
    e->suppress_context = true;
    decref(old);
  }
  set_error(std::move(inst));
  return nullptr;
}


static Ref import_from(Value module, Str* name) {
  Interpreter& I = interp();
  Ref r = getattr_opt(module, name);
  if (r || err_occurred()) return r;
  // A submodule not yet bound as an attribute.
  Ref modname = getattr_opt(module, I.names.__name__);
  if (modname && isinstance(modname.get(), I.str_type)) {
    std::string full = std::string(sv(modname.get())) + "." + std::string(name->view());
    Value m = dict_get_cstr(I.modules, full);
    if (m) return Ref::borrow(m);
    return raisef(I.ImportError, "cannot import name '%s' from '%s' (unknown location)", name->data,
                  std::string(sv(modname.get())).c_str());
  }
  return raisef(I.ImportError, "cannot import name '%s'", name->data);
}

static int import_star(Frame* f, Value module) {
  Interpreter& I = interp();
  Value locals = f->locals;
  Dict* md = static_cast<Module*>(module.ptr())->dict;
  Value all = dict_get_str(md, I.names.__all__);
  if (all) {
    Ref l = iterable_to_list(all);
    if (!l) return -1;
    for (Value n : as_list(l.get())->items) {
      Ref v = getattr(module, as_str(n));
      if (!v || setitem(locals, n, v.get()) < 0) return -1;
    }
    return 0;
  }
  size_t pos = 0;
  Value k, v;
  while (dict_next(md, &pos, &k, &v)) {
    if (type_of(k) == I.str_type && sv(k).size() && sv(k)[0] == '_') continue;
    if (setitem(locals, k, v) < 0) return -1;
  }
  return 0;
}

static Ref get_awaitable(Value v) {
  Interpreter& I = interp();
  Type* t = type_of(v);
  if (t == I.coroutine_type) {
    if (gen_is_running_await(v)) return raise(I.RuntimeError, "coroutine is being awaited already");
    return Ref::borrow(v);
  }
  if (t == I.generator_type && (gen_code_flags(v) & kCoIterableCoroutine)) return Ref::borrow(v);
  Value m = type_lookup(t, I.names.__await__);
  if (!m) return raisef(I.TypeError, "object %s can't be used in 'await' expression", t->name.c_str());
  Ref it;
  if (type_of(m) == I.native_type && !static_cast<NativeFunc*>(m.ptr())->self && static_cast<NativeFunc*>(m.ptr())->owner) {
    // A native method descriptor on type(v)'s MRO (Future.__await__, asyncio's awaitables):
    // called as CALL_METHOD calls one, without a bound method object per await.
    it = static_cast<NativeFunc*>(m.ptr())->fn(v, nullptr, 0, nullptr);
  } else {
    Ref f = descr_get(m, v, Value::from_ptr(t));
    if (!f) return nullptr;
    it = call0(f.get());
  }
  if (!it) return nullptr;
  Type* it_t = type_of(it.get());
  if (it_t == I.coroutine_type || !it_t->iternext)
    return raisef(I.TypeError, "__await__() returned non-iterator of type '%s'", it_t->name.c_str());
  return it;
}

// SEND: resume `receiver` with `v`. Returns 1 and *out = yielded value, 0 and *out =
// return value, or -1 on error.
static int send_to(Value receiver, Value v, Value* out) {
  Interpreter& I = interp();
  Type* t = type_of(receiver);
  if (t == I.generator_type || t == I.coroutine_type) {
    Ref r;
    int st = gen_send(receiver, v, &r);
    *out = r.release();
    return st;
  }
  if (t->am_send) return t->am_send(receiver, v, out);
  Ref r;
  if (v == kNone && t->iternext) {
    r = t->iternext(receiver);
  } else {
    r = call_method(receiver, I.names.send, &v, 1);
  }
  if (r) {
    *out = r.release();
    return 1;
  }
  if (!err_occurred() ) {
    *out = newref(kNone);
    return 0;
  }
  if (err_matches(I.StopIteration)) {
    Ref e = fetch_error();
    *out = newref(none_if_null(as_exc(e.get())->extra));
    return 0;
  }
  return -1;
}

// ---- the loop ---------------------------------------------------------------------------------

// A generator or coroutine (exact type) whose frame SEND/FOR_ITER can enter with `v`; anything
// else (running, finished, a non-None first send) goes through gen_send for its error.
static inline bool enterable_gen(Value r, Value v) {
  Interpreter& I = interp();
  Type* t = type_of(r);
  if (t != I.coroutine_type && t != I.generator_type) return false;
  Generator* g = static_cast<Generator*>(r.ptr());
  return g->frame && !g->running && (g->started || v == kNone);
}

// The instance's __dict__ (or null); instance_dict_ptr without the call for fixed layouts.
static inline Dict* instance_dict(Value obj, Type* t) {
  size_t off = t->dict_offset;
  if (!off) return nullptr;
  if (off != kVarDict) return *reinterpret_cast<Dict**>(reinterpret_cast<char*>(obj.ptr()) + off);
  Dict** dp = instance_dict_ptr(obj);
  return dp ? *dp : nullptr;
}

// Stores into an existing entry found through `hint`; false if the hint does not apply.
// Steals v's reference.
static inline bool dict_set_hinted(Dict* d, Value name, Value v, size_t hint) {
  if (hint >= d->entries.size() || d->entries[hint].key != name || (d->flags & kObjTypeDict)) return false;
  Value old = d->entries[hint].value;
  d->entries[hint].value = v;
  d->version = ++interp().dict_version;
  decref(old);
  return true;
}

// Reads `name` from a dict with str keys. `hint` (in an inline cache) is the entry index
// where the name was found last time: instances of one class store their attributes in the
// same order and a module's names stay where they are, so the hint usually saves the hash
// probe (CPython's LOAD_ATTR_WITH_HINT).
static inline Value dict_get_hinted(Dict* d, Str* name, size_t& hint) {
  if (hint < d->entries.size() && d->entries[hint].key == Value::from_ptr(name)) return d->entries[hint].value;
  size_t at;
  Value v = dict_get_str_at(d, name, &at);
  if (v) hint = at;
  return v;
}

// Computed goto with GCC. Clang refuses indirect jumps out of scopes holding a Ref (every
// handler releases its Refs before DISPATCH, but clang cannot see that), so the
// Emscripten build uses the switch.
#if defined(__GNUC__) && !defined(__clang__)
#define PY_COMPUTED_GOTO 1
#endif

// ---- slow paths of the hot opcodes -------------------------------------------------------------
// Out of the dispatch loop for the same reason as the cold opcodes below.

static inline Value* co_names(Frame* f) { return as_tuple(f->code->names)->items; }

[[gnu::noinline]] static void unbound_local(Code* co, uint32_t i) {
  raisef(interp().UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
         co->varnames[i]->data);
}

// LOAD_GLOBAL when its cache is stale: the borrowed value (cached), or null with NameError.
[[gnu::noinline]] static Value load_global_miss(Frame* f, Str* name, InlineCache& ic) {
  Value v = dict_get_hinted(f->globals, name, ic.hint);
  if (!v) v = dict_get_hinted(f->builtins, name, ic.hint_b);
  if (!v) {
    name_error(name, f->code->varnames, f->globals, f->builtins);
    return kNull;
  }
  ic.version_a = f->globals->version;
  ic.version_b = f->builtins->version;
  ic.value = v;
  return v;
}

// LOAD_NAME outside module level (a class body, exec with separate locals): a new reference.
[[gnu::noinline]] static Value load_name_slow(Frame* f, Str* name) {
  Interpreter& I = interp();
  Value v = kNull;
  if (type_of(f->locals) == I.dict_type) {
    v = dict_get_str(as_dict(f->locals), name);
    if (v) incref(v);
  } else {
    Ref r = getitem(f->locals, Value::from_ptr(name));
    if (r) v = r.release();
    else if (!err_matches(I.KeyError)) return kNull;
    else clear_error();
  }
  if (!v) {
    v = dict_get_str(f->globals, name);
    if (!v) v = dict_get_str(f->builtins, name);
    if (!v) {
      name_error(name, f->code->varnames, f->globals, f->builtins);
      return kNull;
    }
    incref(v);
  }
  return v;
}

// STORE_NAME of a new name, or into a locals mapping that is not a dict. Steals v.
[[gnu::noinline]] static int store_name_slow(Frame* f, Str* name, Value v, InlineCache& ic) {
  if (type_of(f->locals) == interp().dict_type) {
    Dict* d = as_dict(f->locals);
    size_t at;
    int r = dict_set(d, Value::from_ptr(name), v);
    decref(v);
    if (r >= 0 && dict_get_str_at(d, name, &at)) ic.hint = at;
    return r;
  }
  int r = setitem(f->locals, Value::from_ptr(name), v);
  decref(v);
  return r;
}

// LOAD_ATTR past its instance-dict fast path; fills the cache.
[[gnu::noinline]] static Ref load_attr_slow(Value obj, Str* name, InlineCache& ic) {
  Interpreter& I = interp();
  Type* t = type_of(obj);
  if (ic.type == t && ic.version_a == I.type_epoch && !t->getattr) {
    if (ic.value) return descr_get(ic.value, obj, Value::from_ptr(t));
    return getattr(obj, name);
  }
  if (!t->getattr) {
    Value attr = type_lookup(t, name);
    if (!attr || !type_of(attr)->descr_set) {
      ic.type = t;
      ic.version_a = I.type_epoch;
      ic.value = attr;
    }
  }
  return getattr(obj, name);
}

// STORE_ATTR past its instance-dict fast path; fills the cache. Borrows obj and v.
[[gnu::noinline]] static int store_attr_slow(Value obj, Str* name, Value v, InlineCache& ic) {
  Interpreter& I = interp();
  Type* t = type_of(obj);
  if (ic.type == t && ic.version_a == I.type_epoch) {
    // Cached: no data descriptor on the type, so the value goes to the instance dict.
    Dict* d = *instance_dict_ptr(obj);
    size_t before = d->entries.size();
    int r = dict_set(d, Value::from_ptr(name), v);
    if (r >= 0 && d->entries.size() > before) ic.hint = d->entries.size() - 1;
    return r;
  }
  if (!t->setattr && obj.is_ptr() && t->dict_offset && t->dict_offset != kVarDict) {
    Value attr = type_lookup(t, name);
    if (!attr || !type_of(attr)->descr_set) {
      ic.type = t;
      ic.version_a = I.type_epoch;
    }
  }
  return setattr(obj, name, v);
}

// LOAD_METHOD when its cache is stale: the function or method descriptor on t's MRO that
// binds as a method of t (cached), else null (no error: the attribute is looked up instead).
[[gnu::noinline]] static Value load_method_miss(Type* t, Str* name, InlineCache& ic) {
  Interpreter& I = interp();
  if (t->getattr && t != I.module_type) return kNull;
  Value meth = kNull;
  Value attr = type_lookup(t, name);
  Type* at = attr ? type_of(attr) : nullptr;
  // A method descriptor is taken only when it applies to t (a class may hold str.upper).
  if (attr && (at == I.function_type ||
               (at == I.method_descr_type && is_subtype(t, static_cast<NativeFunc*>(attr.ptr())->owner)))) {
    meth = attr;
  }
  ic.type = t;
  ic.version_a = I.type_epoch;
  ic.value = meth;
  return meth;
}

// `s += t` on str operands: when the variable being assigned (the next instruction stores
// it) drops its reference first, `a` may become unique and grows in place. Returns the
// result (b released), or null to take the ordinary path.
[[gnu::noinline]] static Value str_add_in_place(Frame* f, Value a, Value b, uint32_t next) {
  Interpreter& I = interp();
  if (instr_op(next) == STORE_FAST && f->slots[instr_arg(next)] == a && a.ptr()->rc == 2) {
    f->slots[instr_arg(next)] = kNull;
    --a.ptr()->rc;
  } else if (instr_op(next) == STORE_NAME && a.ptr()->rc == 2 && type_of(f->locals) == I.dict_type) {
    Value name = co_names(f)[instr_arg(next)];
    if (dict_get_str(as_dict(f->locals), as_str(name)) == a) {
      dict_set(as_dict(f->locals), name, kNone);  // releases its reference
    }
  }
  if (a.ptr()->rc != 1) return kNull;
  Value r = str_append_inplace(a, b);
  decref(b);
  return r;
}

// FOR_ITER of an iterator without a fast path: the next item (a new reference), or null
// when exhausted (StopIteration cleared) or with the exception pending.
[[gnu::noinline]] static Value for_iter_next(Value it, Type* t) {
  Ref v = t->iternext ? t->iternext(it) : iter_next(it);
  if (!v && err_occurred() && err_matches(interp().StopIteration)) clear_error();
  return v.release();
}

// ---- cold opcodes ---------------------------------------------------------------------------

// The rarely executed opcodes run in handlers of their own, outside the dispatch loop, so
// that the loop's function stays small. On wasm that is what bounds the depth of C++
// re-entries of the VM (frame.hpp, kMaxNativeDepth): V8's optimised code for the loop keeps
// a spill slot for nearly every value that lives across one of its calls (Asyncify's
// rewind paths keep them all live), and each re-entry (repr → __repr__ → repr …) takes a
// whole activation of it. A handler gets the frame, the value-stack top and the argument;
// it returns the new stack top, or null with the exception pending and the stack top the
// error path unwinds from in f->stack_top. f->last_pc is the executing instruction.
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-int(n)])
#define COLD_OP(name) static Value* op_##name([[maybe_unused]] Frame* f, Value* sp, [[maybe_unused]] uint32_t arg)
#define FAIL() return cold_error(f, sp)
#define ENSURE(x) do { if (!(x)) FAIL(); } while (0)
using ColdOp = Value* (*)(Frame* f, Value* sp, uint32_t arg);

static Value* cold_error(Frame* f, Value* sp) {
  f->stack_top = int(sp - f->stack());
  return nullptr;
}

// The top of the stack becomes `r`, computed from it; on failure it stays for the unwind.
static Value* replace_top(Frame* f, Value* sp, Ref r) {
  ENSURE(r);
  decref(TOP());
  TOP() = r.release();
  return sp;
}

// f(*args, **kwargs). A Python function (or a method bound to one) gets its frame here and
// the loop enters it as CALL does (I.cold_call): decorators' `return fn(*a, **k)` then costs
// no C++ re-entry (wasm caps those), a green thread's sleep below it can suspend, and a
// runaway recursion stops with CPython's message. Anything else is called from C++.
COLD_OP(call_ex) {
  Interpreter& I = interp();
  Value kw = (arg & 1) ? POP() : kNull;
  Value args = POP();
  Value fn = POP();
  if (type_of(args) != I.tuple_type) {
    Ref t = sequence_tuple(args);
    if (!t && err_matches(I.TypeError) && !type_of(args)->iter && !type_of(args)->getitem) {
      clear_error();
      raisef(I.TypeError, "%s argument after * must be an iterable, not %s", function_str(fn).c_str(),
             type_name(args));
    }
    decref(args);
    args = t.release();
    if (!args) {
      decref(kw);
      decref(fn);
      FAIL();
    }
  }
  Function* func = nullptr;
  Value self = kNull;
  if (type_of(fn) == I.function_type) {
    func = static_cast<Function*>(fn.ptr());
  } else if (type_of(fn) == I.method_type && type_of(static_cast<Method*>(fn.ptr())->func) == I.function_type) {
    func = static_cast<Function*>(static_cast<Method*>(fn.ptr())->func.ptr());
    self = static_cast<Method*>(fn.ptr())->self;
  }
  if (func && (func->code->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator))) func = nullptr;
  Tuple* at = as_tuple(args);
  Dict* d = kw ? as_dict(kw) : nullptr;
  Ref r;
  Frame* nf = nullptr;
  if (!self && !(d && d->used)) {
    if (func) nf = frame_for_call(func, at->items, at->n, nullptr);
    else r = call(fn, at->items, at->n, nullptr);
  } else {
    // One argument vector: self (for a bound Python method), the positionals, the keyword
    // values, with their names in a tuple.
    std::vector<Value> all;
    all.reserve(1 + at->n + (d ? d->used : 0));
    if (self) all.push_back(self);
    all.insert(all.end(), at->items, at->items + at->n);
    Ref names = new_tuple(d ? d->used : 0);
    size_t pos = 0, i = 0;
    Value k, v;
    bool ok = true;
    while (d && dict_next(d, &pos, &k, &v)) {
      if (type_of(k) != I.str_type) {
        raise(I.TypeError, "keywords must be strings");
        ok = false;
        break;
      }
      as_tuple(names.get())->items[i++] = newref(k);
      all.push_back(v);
    }
    size_t npos = all.size() - i;
    Tuple* kwnames = i ? as_tuple(names.get()) : nullptr;
    if (ok && func) nf = frame_for_call(func, all.data(), npos, kwnames);
    else if (ok) r = call(fn, all.data() + (self ? 1 : 0), npos - (self ? 1 : 0), kwnames);
  }
  decref(kw);
  decref(args);
  decref(fn);
  if (nf) {
    I.cold_call = nf;
    return sp;
  }
  ENSURE(r);
  PUSH(r.release());
  return sp;
}
COLD_OP(delete_fast) {
  Interpreter& I = interp();
  Value old = f->slots[arg];
  if (!old) {
    raisef(I.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
           f->code->varnames[arg]->data);
    FAIL();
  }
  f->slots[arg] = kNull;
  decref(old);
  return sp;
}
COLD_OP(load_classderef) {
  Interpreter& I = interp();
  int nc = f->code->ncells();
  Str* name = int(arg) < nc ? f->code->cellvars[arg] : f->code->freevars[arg - nc];
  Value v = kNull;
  if (f->locals) {
    if (type_of(f->locals) == I.dict_type) {
      v = dict_get_str(as_dict(f->locals), name);
      if (v) incref(v);
    } else {
      Ref r = getitem(f->locals, Value::from_ptr(name));
      if (!r) {
        if (!err_matches(I.KeyError)) FAIL();
        clear_error();
      } else v = r.release();
    }
  }
  if (!v) {
    Cell* c = static_cast<Cell*>(f->slots[f->code->nlocals + arg].ptr());
    if (!c->v) {
      raisef(I.NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
             name->data);
      FAIL();
    }
    v = newref(c->v);
  }
  PUSH(v);
  return sp;
}
COLD_OP(delete_deref) {
  Interpreter& I = interp();
  Cell* c = static_cast<Cell*>(f->slots[f->code->nlocals + arg].ptr());
  Value old = c->v;
  if (!old) {
    raisef(I.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
           f->code->cellvars[arg]->data);
    FAIL();
  }
  c->v = kNull;
  decref(old);
  return sp;
}
COLD_OP(delete_global) {
  Value old;
  int r = dict_pop(f->globals, co_names(f)[arg], &old);
  if (r <= 0) {
    if (r == 0) name_error(as_str(co_names(f)[arg]), f->code->varnames, f->globals, f->builtins);
    FAIL();
  }
  decref(old);
  return sp;
}
COLD_OP(delete_name) {
  Interpreter& I = interp();
  int r = delitem(f->locals, co_names(f)[arg]);
  if (r < 0) {
    if (err_matches(I.KeyError)) {
      clear_error();
      name_error(as_str(co_names(f)[arg]), f->code->varnames, f->globals, f->builtins);
    }
    FAIL();
  }
  return sp;
}
COLD_OP(delete_attr) {
  Value obj = POP();
  int r = setattr(obj, as_str(co_names(f)[arg]), kNull);
  decref(obj);
  ENSURE(r >= 0);
  return sp;
}
COLD_OP(unary_negative) { return replace_top(f, sp, unary_op(TOP(), kNeg)); }
COLD_OP(unary_positive) { return replace_top(f, sp, unary_op(TOP(), kPos)); }
COLD_OP(unary_invert) { return replace_top(f, sp, unary_op(TOP(), kInvert)); }
COLD_OP(delete_subscr) {
  Value k = POP();
  Value o = POP();
  int r = delitem(o, k);
  decref(k);
  decref(o);
  ENSURE(r >= 0);
  return sp;
}
COLD_OP(build_slice) {
  Value step = arg == 3 ? POP() : kNone;
  Value stop = POP();
  Value start = POP();
  Ref s = new_slice(start, stop, step);
  decref(start);
  decref(stop);
  decref(step);
  PUSH(s.release());
  return sp;
}
COLD_OP(build_set) {
  Ref s = new_set(false);
  int r = 0;
  for (uint32_t i = 0; i < arg; ++i) {
    Value v = sp[-int(arg) + int(i)];
    if (r >= 0) r = set_add(s.get(), v);
    decref(v);
  }
  sp -= arg;
  ENSURE(r >= 0);
  PUSH(s.release());
  return sp;
}
COLD_OP(build_map) {
  Ref d = new_dict();
  int r = 0;
  Value* base = sp - 2 * arg;
  for (uint32_t i = 0; i < arg; ++i) {
    if (r >= 0) r = dict_set(as_dict(d.get()), base[2 * i], base[2 * i + 1]);
  }
  for (Value* p = base; p < sp; ++p) decref(*p);
  sp = base;
  ENSURE(r >= 0);
  PUSH(d.release());
  return sp;
}
COLD_OP(build_string) {
  Value* base = sp - arg;
  Value r;
  {
    std::string s;
    for (uint32_t i = 0; i < arg; ++i) s += sv(base[i]);
    r = new_str(s).release();
  }
  for (Value* p = base; p < sp; ++p) decref(*p);
  sp = base;
  PUSH(r);
  return sp;
}
COLD_OP(set_add) {
  Value v = POP();
  int r = set_add(PEEK(arg), v);
  decref(v);
  ENSURE(r >= 0);
  return sp;
}
COLD_OP(map_add) {
  Value v = POP();
  Value k = POP();
  int r = dict_set(as_dict(PEEK(arg)), k, v);
  decref(k);
  decref(v);
  ENSURE(r >= 0);
  return sp;
}
COLD_OP(list_extend) {
  Interpreter& I = interp();
  Value it = POP();
  Ref l = iterable_to_list(it);
  if (!l) {
    if (err_matches(I.TypeError) && !type_of(it)->iter && !type_of(it)->getitem) {
      clear_error();
      raisef(I.TypeError, "Value after * must be an iterable, not %s", type_name(it));
    }
    decref(it);
    FAIL();
  }
  decref(it);
  auto& dst = as_list(PEEK(arg))->items;
  for (Value v : as_list(l.get())->items) dst.push_back(newref(v));
  l = nullptr;
  return sp;
}
COLD_OP(set_update) {
  Value it = POP();
  Ref l = iterable_to_list(it);
  decref(it);
  ENSURE(l);
  for (Value v : as_list(l.get())->items) ENSURE(set_add(PEEK(arg), v) >= 0);
  l = nullptr;
  return sp;
}
COLD_OP(dict_update) {
  Interpreter& I = interp();
  Value o = POP();
  int r = dict_merge(as_dict(PEEK(arg)), o, true);
  if (r < 0 && err_matches(I.AttributeError)) {
    clear_error();
    raisef(I.TypeError, "'%s' object is not a mapping", type_name(o));
  }
  decref(o);
  ENSURE(r >= 0);
  return sp;
}
COLD_OP(dict_merge) {
  Interpreter& I = interp();
  Value o = POP();
  Dict* d = as_dict(PEEK(arg));
  int r = 0;
  if (type_of(o) != I.dict_type && !isinstance(o, I.dict_type) && !getattr_opt(o, I.names.keys)) {
    if (!err_occurred())
      raisef(I.TypeError, "%s argument after ** must be a mapping, not %s",
             function_str(PEEK(arg + 2)).c_str(), type_name(o));
    r = -1;
  } else {
    Ref tmp = new_dict();
    r = dict_merge(as_dict(tmp.get()), o, true);
    if (r >= 0) {
      size_t pos = 0;
      Value k, v;
      while (dict_next(as_dict(tmp.get()), &pos, &k, &v)) {
        Value existing;
        if (dict_get(d, k, &existing) > 0) {
          raisef(I.TypeError, "%s got multiple values for keyword argument '%s'",
                 function_str(PEEK(arg + 2)).c_str(), std::string(sv(k)).c_str());
          r = -1;
          break;
        }
        dict_set(d, k, v);
      }
    }
  }
  decref(o);
  ENSURE(r >= 0);
  return sp;
}
COLD_OP(list_to_tuple) {
  List* l = as_list(TOP());
  return replace_top(f, sp, tuple_from_array(l->items.data(), l->items.size()));
}
COLD_OP(unpack_ex) {
  Value seq = POP();
  int before = int(arg & 0xff), after = int(arg >> 8);
  int r = unpack(seq, sp, before, after, true);
  decref(seq);
  ENSURE(r >= 0);
  sp += before + after + 1;
  return sp;
}
COLD_OP(get_yield_from_iter) {
  Interpreter& I = interp();
  Value v = TOP();
  Type* t = type_of(v);
  if (t == I.coroutine_type) {
    if (!(f->code->flags & (kCoCoroutine | kCoIterableCoroutine))) {
      raise(I.TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
      FAIL();
    }
  } else if (t != I.generator_type) {
    Ref it = get_iter(v);
    ENSURE(it);
    TOP() = it.release();
    decref(v);
  }
  return sp;
}
COLD_OP(get_awaitable) { return replace_top(f, sp, get_awaitable(TOP())); }
COLD_OP(get_aiter) {
  Interpreter& I = interp();
  Value v = TOP();
  Value m = type_lookup(type_of(v), I.names.__aiter__);
  if (!m) {
    raisef(I.TypeError, "'async for' requires an object with __aiter__ method, got %s", type_name(v));
    FAIL();
  }
  Ref f2 = descr_get(m, v, Value::from_ptr(type_of(v)));
  ENSURE(f2);
  Ref it = call0(f2.get());
  ENSURE(it);
  if (!type_lookup(type_of(it.get()), I.names.__anext__)) {
    raisef(I.TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %s",
           type_name(it.get()));
    FAIL();
  }
  TOP() = it.release();
  f2 = nullptr;
  decref(v);
  return sp;
}
COLD_OP(get_anext) {
  Interpreter& I = interp();
  Value aiter = TOP();
  Ref n = call_method(aiter, I.names.__anext__, nullptr, 0);
  ENSURE(n);
  Ref a = get_awaitable(n.get());
  if (!a) {
    clear_error();
    raisef(I.TypeError, "'async for' received an invalid object from __anext__: %s", type_name(n.get()));
    FAIL();
  }
  n = nullptr;
  PUSH(a.release());
  return sp;
}
COLD_OP(check_exc_match) {
  Interpreter& I = interp();
  Value type = POP();
  Value exc = TOP();
  if (!valid_exc_spec(type)) {
    decref(type);
    raise(I.TypeError, "catching classes that do not inherit from BaseException is not allowed");
    FAIL();
  }
  bool m = exc_match(exc, type);
  decref(type);
  PUSH(bool_value(m));
  return sp;
}
COLD_OP(check_eg_match) {  // [exc, type] -> [rest, match]
  Interpreter& I = interp();
  Ref match, rest;
  bool ok = exception_group_match(PEEK(2), TOP(), &match, &rest);
  ENSURE(ok);
  decref(POP());
  decref(TOP());
  TOP() = rest.release();
  if (match.get() != kNone) {  // the clause's body handles the matched part
    Value prev = I.handled_exc;
    I.handled_exc = newref(match.get());
    decref(prev);
  }
  PUSH(match.release());
  return sp;
}
COLD_OP(prep_reraise_star) {  // [orig, raised list] -> [exception to raise, or None]
  Ref r = prep_reraise_star(PEEK(2), TOP());
  ENSURE(r);
  decref(POP());
  decref(TOP());
  TOP() = r.release();
  return sp;
}
COLD_OP(make_function) {
  Value codev = POP();
  Ref fnr = new_function(static_cast<Code*>(codev.ptr()), Value::from_ptr(f->globals), kNull);
  decref(codev);
  Function* fn = static_cast<Function*>(fnr.get().ptr());
  if (arg & kFnClosure) fn->closure = POP();
  if (arg & kFnAnnotations) fn->annotations = POP();
  if (arg & kFnKwDefaults) fn->kwdefaults = POP();
  if (arg & kFnDefaults) fn->defaults = POP();
  PUSH(fnr.release());
  return sp;
}
COLD_OP(load_build_class) {
  Interpreter& I = interp();
  Value bc = dict_get_str(f->builtins, I.intern("__build_class__"));
  if (!bc) {
    raise(I.NameError, "__build_class__ not found");
    FAIL();
  }
  PUSH(newref(bc));
  return sp;
}
COLD_OP(format_value) {
  Value spec = (arg & 4) ? POP() : kNull;
  Value v = TOP();
  Ref r = format_value(v, int(arg & 3), spec);
  decref(spec);
  decref(v);
  if (!r) { --sp; FAIL(); }
  TOP() = r.release();
  return sp;
}
COLD_OP(import_name) {
  Value fromlist = POP();
  Value level = TOP();
  f->stack_top = int(sp - f->stack());
  f->pc = f->last_pc + 1;
  Ref m = import_module(co_names(f)[arg], Value::from_ptr(f->globals), fromlist, int(level.as_small_int()));
  decref(fromlist);
  decref(level);
  if (!m) { --sp; FAIL(); }
  TOP() = m.release();
  return sp;
}
COLD_OP(import_from) {
  Ref r = import_from(TOP(), as_str(co_names(f)[arg]));
  ENSURE(r);
  PUSH(r.release());
  return sp;
}
COLD_OP(import_star) {
  Value m = POP();
  int r = import_star(f, m);
  decref(m);
  ENSURE(r >= 0);
  return sp;
}
static Value* before_with(Frame* f, Value* sp, bool async) {
  Interpreter& I = interp();
  Value mgr = TOP();
  Type* t = type_of(mgr);
  Value enter = type_lookup(t, async ? I.names.__aenter__ : I.names.__enter__);
  Value exit = type_lookup(t, async ? I.names.__aexit__ : I.names.__exit__);
  if (!enter || !exit) {
    raisef(I.TypeError, async ? "'%s' object does not support the asynchronous context manager protocol"
                              : "'%s' object does not support the context manager protocol",
           t->name.c_str());
    FAIL();
  }
  Ref bound_exit = descr_get(exit, mgr, Value::from_ptr(t));
  ENSURE(bound_exit);
  Ref bound_enter = descr_get(enter, mgr, Value::from_ptr(t));
  ENSURE(bound_enter);
  Ref res = call0(bound_enter.get());
  ENSURE(res);
  TOP() = bound_exit.release();
  bound_enter = nullptr;
  decref(mgr);
  PUSH(res.release());
  return sp;
}
COLD_OP(before_with) { return before_with(f, sp, false); }
COLD_OP(before_async_with) { return before_with(f, sp, true); }
COLD_OP(with_except_start) {
  // [exit, prev, exc]
  Value exc = TOP();
  Value exit = PEEK(3);
  BaseExc* e = as_exc(exc);
  Value args[3] = {Value::from_ptr(type_of(exc)), exc, none_if_null(e->traceback)};
  Ref r = call(exit, args, 3);
  ENSURE(r);
  PUSH(r.release());
  return sp;
}
COLD_OP(load_assertion_error) {
  Interpreter& I = interp();
  PUSH(newref(Value::from_ptr(I.AssertionError)));
  return sp;
}
COLD_OP(setup_annotations) {
  Interpreter& I = interp();
  Value l = f->locals;
  if (type_of(l) == I.dict_type) {
    if (!dict_get_str(as_dict(l), I.names.__annotations__)) {
      Ref d = new_dict();
      ENSURE(dict_set(as_dict(l), Value::from_ptr(I.names.__annotations__), d.get()) >= 0);
    }
  } else {
    Ref d = new_dict();
    ENSURE(setitem(l, Value::from_ptr(I.names.__annotations__), d.get()) >= 0);
  }
  return sp;
}
COLD_OP(print_expr) {
  Value v = POP();
  decref(v);
  return sp;
}
COLD_OP(load_locals) {
  PUSH(newref(f->locals));
  return sp;
}
COLD_OP(match_class) {
  Value names = POP(), cls = POP(), subject = TOP();
  Ref r = match_class(subject, cls, names, int(arg));
  decref(names);
  decref(cls);
  return replace_top(f, sp, std::move(r));
}
COLD_OP(match_mapping) {
  int r = match_is_mapping(TOP());
  ENSURE(r >= 0);
  PUSH(bool_value(r));
  return sp;
}
COLD_OP(match_sequence) {
  int r = match_is_sequence(TOP());
  ENSURE(r >= 0);
  PUSH(bool_value(r));
  return sp;
}
COLD_OP(match_keys) {
  Ref r = match_keys(PEEK(2), TOP());
  ENSURE(r);
  PUSH(r.release());
  return sp;
}
COLD_OP(get_len) {
  int64_t n = length(TOP());
  ENSURE(n >= 0);
  PUSH(new_int(n).release());
  return sp;
}
COLD_OP(copy_dict_without_keys) {
  Value keys = POP(), subject = TOP();
  Ref r = match_rest(subject, keys);
  decref(keys);
  return replace_top(f, sp, std::move(r));
}
COLD_OP(exit_init_check) {
  Interpreter& I = interp();
  raisef(I.SystemError, "unsupported opcode %s", opcode_name(EXIT_INIT_CHECK));
  FAIL();
}

static constexpr auto kColdOps = [] {
  std::array<ColdOp, kNumOpcodes> t{};
  t[CALL_EX] = op_call_ex;
  t[DELETE_FAST] = op_delete_fast;
  t[LOAD_CLASSDEREF] = op_load_classderef;
  t[DELETE_DEREF] = op_delete_deref;
  t[DELETE_GLOBAL] = op_delete_global;
  t[DELETE_NAME] = op_delete_name;
  t[DELETE_ATTR] = op_delete_attr;
  t[UNARY_NEGATIVE] = op_unary_negative;
  t[UNARY_POSITIVE] = op_unary_positive;
  t[UNARY_INVERT] = op_unary_invert;
  t[DELETE_SUBSCR] = op_delete_subscr;
  t[BUILD_SLICE] = op_build_slice;
  t[BUILD_SET] = op_build_set;
  t[BUILD_MAP] = op_build_map;
  t[BUILD_STRING] = op_build_string;
  t[SET_ADD] = op_set_add;
  t[MAP_ADD] = op_map_add;
  t[LIST_EXTEND] = op_list_extend;
  t[SET_UPDATE] = op_set_update;
  t[DICT_UPDATE] = op_dict_update;
  t[DICT_MERGE] = op_dict_merge;
  t[LIST_TO_TUPLE] = op_list_to_tuple;
  t[UNPACK_EX] = op_unpack_ex;
  t[GET_YIELD_FROM_ITER] = op_get_yield_from_iter;
  t[GET_AWAITABLE] = op_get_awaitable;
  t[GET_AITER] = op_get_aiter;
  t[GET_ANEXT] = op_get_anext;
  t[CHECK_EXC_MATCH] = op_check_exc_match;
  t[CHECK_EG_MATCH] = op_check_eg_match;
  t[PREP_RERAISE_STAR] = op_prep_reraise_star;
  t[MAKE_FUNCTION] = op_make_function;
  t[LOAD_BUILD_CLASS] = op_load_build_class;
  t[FORMAT_VALUE] = op_format_value;
  t[IMPORT_NAME] = op_import_name;
  t[IMPORT_FROM] = op_import_from;
  t[IMPORT_STAR] = op_import_star;
  t[BEFORE_WITH] = op_before_with;
  t[BEFORE_ASYNC_WITH] = op_before_async_with;
  t[WITH_EXCEPT_START] = op_with_except_start;
  t[LOAD_ASSERTION_ERROR] = op_load_assertion_error;
  t[SETUP_ANNOTATIONS] = op_setup_annotations;
  t[PRINT_EXPR] = op_print_expr;
  t[LOAD_LOCALS] = op_load_locals;
  t[MATCH_CLASS] = op_match_class;
  t[MATCH_MAPPING] = op_match_mapping;
  t[MATCH_SEQUENCE] = op_match_sequence;
  t[MATCH_KEYS] = op_match_keys;
  t[GET_LEN] = op_get_len;
  t[COPY_DICT_WITHOUT_KEYS] = op_copy_dict_without_keys;
  t[EXIT_INIT_CHECK] = op_exit_init_check;
  return t;
}();
#undef COLD_OP
#undef FAIL
#undef ENSURE

static Ref run_frame(Frame* f, bool* yielded);

// Every C++ entry into the loop is counted (Interpreter::native_depth). On wasm, where the
// count is bounded, with the depth at which it began (for enter_recursive): enter_recursive
// refuses first with CPython's message for its call site; this catches the entries that
// have no guard of their own (exec, import).
Ref eval_frame(Frame* f, bool* yielded) {
  Interpreter& I = interp();
#ifdef __EMSCRIPTEN__
  if (I.native_depth >= kMaxNativeDepth + kNativeDepthSlack) {
    *yielded = false;
    return raise(I.RecursionError, "maximum recursion depth exceeded");
  }
  int outer = I.outer_entry_depth;
  I.outer_entry_depth = I.entry_depth;
  I.entry_depth = I.depth;
#endif
  ++I.native_depth;
  Ref r = run_frame(f, yielded);
  --I.native_depth;
#ifdef __EMSCRIPTEN__
  I.entry_depth = I.outer_entry_depth;
  I.outer_entry_depth = outer;
#endif
  return r;
}

static Ref run_frame(Frame* f, bool* yielded) {
  Interpreter& I = interp();
  *yielded = false;
  // A suspended green thread resumes at its innermost frame: the run returns to whoever
  // called the first frame of the chain that has `entry` set (modules/_green_thread.hpp).
  Frame* entry_frame = f;
  while (!entry_frame->entry) entry_frame = entry_frame->back;
  Frame* const entry_back = entry_frame->back;
  I.frame = f;
  // Only what each instruction needs is cached in locals (GCC keeps few of a function this
  // size in registers): the locals and the stack base are found from f.
  // Not cached: co_names(f), the executing instruction's word (code[PC - 1]).
  const uint32_t* code;
  Value* sp;
  uint32_t arg;
  // The next instruction: kept in a register and stored to the frame when it is left. The
  // executing one is stored at each dispatch (f->last_pc): tracebacks and sys._getframe
  // read it while native code runs.
  int pc;
  bool reraise = false;
  Value retval;
  Frame* pending_frame = nullptr;
  Value send_value;  // for enter_gen: what the entered generator's pending yield evaluates to

#define LOAD_FRAME()                               \
  do {                                             \
    code = f->code->code.data();                        \
    sp = stack_base + f->stack_top;                \
    pc = f->pc;                                    \
  } while (0)
#define co (f->code)
#define L (f->slots)
#define stack_base (f->slots + co->nlocalsplus())
#define SAVE_FRAME() (f->stack_top = int(sp - stack_base), f->pc = pc)
#define PC pc

  LOAD_FRAME();

#ifdef PY_COMPUTED_GOTO
  static void* const targets[] = {
#define PY_OP_LABEL(n) &&op_##n,
      PY_OPCODES(PY_OP_LABEL)
#undef PY_OP_LABEL
  };
// A computed goto leaves a scope without running destructors (GCC and clang): nothing
// owning (Ref, std::string) may still hold a value where a handler DISPATCH()es.
#define TARGET(n) op_##n:
#define DISPATCH()                   \
  do {                               \
    f->last_pc = PC;                 \
    uint32_t w = code[PC++];         \
    arg = instr_arg(w);              \
    goto* targets[instr_op(w)];      \
  } while (0)
#else
#define TARGET(n) case n:
#define DISPATCH() goto dispatch
#endif

#define ERROR() goto error
#define CHECK(x) do { if (!(x)) goto error; } while (0)

  if (I.current_exc) goto error;  // resumed with an exception thrown in (generator.throw)

#ifdef PY_COMPUTED_GOTO
  DISPATCH();
#else
dispatch:
  f->last_pc = PC;
  arg = instr_arg(code[PC]);
  switch (instr_op(code[PC++])) {
#endif

  TARGET(NOP) DISPATCH();
  TARGET(POP_TOP) {
    Value v = POP();
    decref(v);
    DISPATCH();
  }
  TARGET(COPY) {
    Value v = PEEK(arg);
    incref(v);
    PUSH(v);
    DISPATCH();
  }
  TARGET(SWAP) {
    Value t = TOP();
    TOP() = PEEK(arg);
    PEEK(arg) = t;
    DISPATCH();
  }
  TARGET(LOAD_CONST) {
    Value v = as_tuple(co->consts)->items[arg];
    incref(v);
    PUSH(v);
    DISPATCH();
  }
  TARGET(LOAD_FAST)
  TARGET(LOAD_FAST_CHECK) {
    Value v = L[arg];
    if (!v) {
      unbound_local(co, arg);
      ERROR();
    }
    incref(v);
    PUSH(v);
    DISPATCH();
  }
  TARGET(LOAD_FAST_LOAD_CONST) {
    Value v = L[arg];
    if (!v) {
      unbound_local(co, arg);
      ERROR();
    }
    incref(v);
    PUSH(v);
    v = as_tuple(co->consts)->items[instr_arg(code[PC++])];
    incref(v);
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_FAST) {
    Value old = L[arg];
    L[arg] = POP();
    decref(old);
    DISPATCH();
  }
  TARGET(LOAD_CLOSURE) {
    Value c = L[co->nlocals + arg];
    incref(c);
    PUSH(c);
    DISPATCH();
  }
  TARGET(LOAD_DEREF) {
    Cell* c = static_cast<Cell*>(L[co->nlocals + arg].ptr());
    if (!c->v) {
      int nc = co->ncells();
      if (int(arg) < nc)
        raisef(I.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
               co->cellvars[arg]->data);
      else
        raisef(I.NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
               co->freevars[arg - nc]->data);
      ERROR();
    }
    incref(c->v);
    PUSH(c->v);
    DISPATCH();
  }
  TARGET(STORE_DEREF) {
    Cell* c = static_cast<Cell*>(L[co->nlocals + arg].ptr());
    Value old = c->v;
    c->v = POP();
    decref(old);
    DISPATCH();
  }
  TARGET(LOAD_GLOBAL) {
    InlineCache& ic = co->caches[PC - 1];
    if (ic.version_a == f->globals->version && ic.version_b == f->builtins->version && ic.value) {
      incref(ic.value);
      PUSH(ic.value);
      DISPATCH();
    }
    Value v = load_global_miss(f, as_str(co_names(f)[arg]), ic);
    CHECK(v);
    incref(v);
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_GLOBAL) {
    Value v = POP();
    int r = dict_set(f->globals, co_names(f)[arg], v);
    decref(v);
    CHECK(r >= 0);
    DISPATCH();
  }
  TARGET(LOAD_NAME) {
    Str* name = as_str(co_names(f)[arg]);
    Value v = kNull;
    if (f->locals.ptr() == f->globals) {
      // Module level: locals are the globals, then the builtins.
      InlineCache& ic = co->caches[PC - 1];
      v = dict_get_hinted(f->globals, name, ic.hint);
      if (!v) v = dict_get_hinted(f->builtins, name, ic.hint_b);
      if (!v) {
        name_error(name, co->varnames, f->globals, f->builtins);
        ERROR();
      }
      incref(v);
      PUSH(v);
      DISPATCH();
    }
    v = load_name_slow(f, name);
    CHECK(v);
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_NAME) {
    Value v = POP();
    if (type_of(f->locals) == I.dict_type && dict_set_hinted(as_dict(f->locals), co_names(f)[arg], v, co->caches[PC - 1].hint))
      DISPATCH();
    CHECK(store_name_slow(f, as_str(co_names(f)[arg]), v, co->caches[PC - 1]) >= 0);
    DISPATCH();
  }
  TARGET(LOAD_ATTR) {
    Value obj = TOP();
    Str* name = as_str(co_names(f)[arg]);
    Type* t = type_of(obj);
    InlineCache& ic = co->caches[PC - 1];
    if (ic.type == t && ic.version_a == I.type_epoch && !t->getattr) {
      // Cached: the type attribute (if any) is not a data descriptor.
      Dict* d = instance_dict(obj, t);
      Value v = d ? dict_get_hinted(d, name, ic.hint) : kNull;
      if (v) {
        incref(v);
        TOP() = v;
        decref(obj);
        DISPATCH();
      }
    }
    Ref r = load_attr_slow(obj, name, ic);
    CHECK(r);
    TOP() = r.release();
    decref(obj);
    DISPATCH();
  }
  TARGET(STORE_ATTR) {
    Value obj = POP();
    Value v = POP();
    Type* t = type_of(obj);
    InlineCache& ic = co->caches[PC - 1];
    if (ic.type == t && ic.version_a == I.type_epoch) {
      // Cached: no data descriptor on the type, so the value goes to the instance dict.
      Dict** dp = instance_dict_ptr(obj);
      Dict* d = *dp;
      if (!d) d = *dp = as_dict(new_dict().release());
      size_t h = ic.hint;  // the entry index of the name last time (see dict_get_hinted)
      if (dict_set_hinted(d, co_names(f)[arg], v, h)) {
        decref(obj);
        DISPATCH();
      }
    }
    int r = store_attr_slow(obj, as_str(co_names(f)[arg]), v, ic);
    decref(obj);
    decref(v);
    CHECK(r >= 0);
    DISPATCH();
  }
  TARGET(LOAD_METHOD) {
    Value obj = TOP();
    Str* name = as_str(co_names(f)[arg]);
    Type* t = type_of(obj);
    InlineCache& ic = co->caches[PC - 1];
    Value meth = ic.type == t && ic.version_a == I.type_epoch ? ic.value : load_method_miss(t, name, ic);
    if (meth) {
      Dict* d = instance_dict(obj, t);
      if (!(d && dict_get_str(d, name))) {
        // [meth, self]
        incref(meth);
        TOP() = meth;
        PUSH(obj);
        DISPATCH();
      }
    }
    Ref r = getattr(obj, name);
    CHECK(r);
    TOP() = r.release();
    PUSH(kNull);
    decref(obj);
    DISPATCH();
  }
  TARGET(CALL_METHOD) {
    // [callable, self_or_null, args...]
    Value* base = sp - arg - 2;
    Value callable = base[0];
    Value* args = base[1] ? base + 1 : base + 2;
    size_t nargs = base[1] ? arg + 1 : arg;
    Type* ct = type_of(callable);
    if (ct == I.method_descr_type && base[1]) {
      // A method descriptor LOAD_METHOD found on type(self)'s MRO: self is an instance of
      // its owner, so native_call's check is already done.
      Ref r = static_cast<NativeFunc*>(callable.ptr())->fn(base[1], base + 2, arg, nullptr);
      for (Value* p = base; p < sp; ++p) decref(*p);
      sp = base;
      CHECK(r);
      PUSH(r.release());
      DISPATCH();
    }
    if (ct == I.function_type) {
      Function* fn = static_cast<Function*>(callable.ptr());
      if (!(fn->code->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator))) {
        Frame* nf = frame_for_call_moving(I, fn, args, nargs);
        if (!nf) goto call_failed;
        sp = base;  // the function and the arguments (self included) moved into the frame
        pending_frame = nf;
        goto push_frame_with_label;
      }
    }
    Ref r = call(callable, args, nargs, nullptr);
    for (Value* p = base; p < sp; ++p) decref(*p);
    sp = base;
    CHECK(r);
    PUSH(r.release());
    DISPATCH();
  }
  TARGET(CALL) {
    Value* base = sp - arg - 1;
    Value callable = base[0];
    Type* ct = type_of(callable);
    if (ct == I.function_type) {
      Function* fn = static_cast<Function*>(callable.ptr());
      if (!(fn->code->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator))) {
        Frame* nf = frame_for_call_moving(I, fn, base + 1, arg);
        if (!nf) goto call_failed;
        sp = base;  // the function and the arguments moved into the frame
        pending_frame = nf;
        goto push_frame_with_label;
      }
    } else if (ct->call == type_call) {
      // C(args) with a Python __init__: the instance takes the class's stack slot, so
      // [self, args...] are the __init__ frame's arguments; its return pushes the instance.
      Function* init;
      Value self = type_new_for_init(static_cast<Type*>(callable.ptr()), &init).release();
      if (self) {
        incref(Value::from_ptr(init));  // for the frame
        base[0] = self;  // the stack's reference to the class becomes one to the instance
        decref(callable);
        Frame* nf = frame_for_call_moving(I, init, base, arg + 1);
        if (!nf) {
          decref(Value::from_ptr(init));
          goto call_failed;
        }
        sp = base;  // self and the arguments moved into the frame
        nf->init_obj = newref(self);
        pending_frame = nf;
        goto push_frame_with_label;
      }
    }
    Ref r = call(callable, base + 1, arg, nullptr);
    for (Value* p = base; p < sp; ++p) decref(*p);
    sp = base;
    CHECK(r);
    PUSH(r.release());
    DISPATCH();
  }
  TARGET(CALL_KW) {
    Value kwnames = POP();
    Value* base = sp - arg - 1;
    size_t nkw = as_tuple(kwnames)->n;
    {
      // A Python function (or a method bound to one) runs as an inline frame, as CALL's do:
      // no C++ recursion, and a green thread's time.sleep below it can suspend it.
      Value callable = base[0];
      Type* ct = type_of(callable);
      Value meth = kNull;
      if (ct == I.method_type && type_of(static_cast<Method*>(callable.ptr())->func) == I.function_type) {
        meth = callable;
        callable = static_cast<Method*>(meth.ptr())->func;
        ct = I.function_type;
      }
      if (ct == I.function_type &&
          !(static_cast<Function*>(callable.ptr())->code->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator))) {
        Frame* nf;
        if (meth) {  // its self takes the method's stack slot: [self, args..., kwargs...]
          base[0] = newref(static_cast<Method*>(meth.ptr())->self);
          nf = frame_for_call(static_cast<Function*>(callable.ptr()), base, arg - nkw + 1, as_tuple(kwnames));
        } else {
          nf = frame_for_call(static_cast<Function*>(callable.ptr()), base + 1, arg - nkw, as_tuple(kwnames));
        }
        for (Value* p = base; p < sp; ++p) decref(*p);
        decref(meth);
        decref(kwnames);
        sp = base;
        CHECK(nf);
        pending_frame = nf;
        goto push_frame_with_label;
      }
    }
    Ref r = call(base[0], base + 1, arg - nkw, as_tuple(kwnames));
    for (Value* p = base; p < sp; ++p) decref(*p);
    decref(kwnames);
    sp = base;
    CHECK(r);
    PUSH(r.release());
    DISPATCH();
  }
  TARGET(BINARY_OP) {
    Value b = POP();
    Value a = TOP();
    if (a.is_small_int() && b.is_small_int()) {
      int64_t x = a.as_small_int(), y = b.as_small_int(), z;
      int op = arg >= kInplace ? int(arg) - kInplace : int(arg);
      // + and - first, on the tagged words ((2x+1) ± (2y+1) ∓ 1 is x ± y tagged; the 64-bit
      // overflow is the small-int overflow), as compares: a switch's jump table would be a
      // second indirect branch per instruction, alternating between targets in fib's n-1,
      // n-2, a+b.
      if (op == kAdd) {
        if (!__builtin_add_overflow(int64_t(a.bits()), int64_t(b.bits() - 1), &z)) {
          TOP() = Value::from_bits(uint64_t(z));
          DISPATCH();
        }
      } else if (op == kSub) {
        if (!__builtin_sub_overflow(int64_t(a.bits()), int64_t(b.bits() - 1), &z)) {
          TOP() = Value::from_bits(uint64_t(z));
          DISPATCH();
        }
      } else switch (op) {
        case kMul:
          if (!__builtin_mul_overflow(x, y, &z) && Value::fits_small(z)) { TOP() = Value::small_int(z); DISPATCH(); }
          break;
        case kMod:
          if (y > 0) { z = x % y; if (z < 0) z += y; TOP() = Value::small_int(z); DISPATCH(); }
          break;
        case kFloorDiv:
          if (y > 0) { z = x / y; if ((x % y) < 0) --z; TOP() = Value::small_int(z); DISPATCH(); }
          break;
        case kAnd: TOP() = Value::small_int(x & y); DISPATCH();
        case kOr: TOP() = Value::small_int(x | y); DISPATCH();
        case kXor: TOP() = Value::small_int(x ^ y); DISPATCH();
        default: break;
      }
    }
    if (arg == kAdd + kInplace && a.is_ptr() && b.is_ptr() && a.ptr()->type == I.str_type &&
        b.ptr()->type == I.str_type && !(a.ptr()->flags & kObjInterned) && as_str(b)->nbytes) {
      Value r = str_add_in_place(f, a, b, code[PC]);
      if (r) {
        TOP() = r;
        DISPATCH();
      }
    }
    Ref r = binary_op(a, b, int(arg));
    decref(a);
    decref(b);
    if (!r) {
      TOP() = kNull;
      --sp;
      ERROR();
    }
    TOP() = r.release();
    DISPATCH();
  }
  TARGET(COMPARE_OP) {
    Value b = POP();
    Value a = TOP();
    if (a.is_small_int() && b.is_small_int()) {
      // Without a switch (its jump table is an indirect branch): the outcome (0 <, 1 ==,
      // 2 >) selects a bit of the operator's 3-bit truth table (<: 001, <=: 011, ==: 010,
      // !=: 101, >: 100, >=: 110, in CmpOp order).
      int64_t x = int64_t(a.bits()), y = int64_t(b.bits());  // tagged: same order
      int outcome = (x > y) - (x < y) + 1;
      constexpr uint32_t kTruth = 01 | 03 << 3 | 02 << 6 | 05 << 9 | 04 << 12 | 06 << 15;
      bool r = (kTruth >> (3 * arg + outcome)) & 1;
      // Fused with a following conditional jump (no bool pushed and popped).
      uint32_t next = code[PC];
      if (instr_op(next) == POP_JUMP_IF_FALSE || instr_op(next) == POP_JUMP_IF_TRUE) {
        --sp;
        ++PC;
        if (r == (instr_op(next) == POP_JUMP_IF_TRUE)) PC = int(instr_arg(next));
        DISPATCH();
      }
      TOP() = bool_value(r);
      DISPATCH();
    }
    Ref r = rich_compare(a, b, int(arg));
    decref(a);
    decref(b);
    if (!r) {
      --sp;
      ERROR();
    }
    TOP() = r.release();
    DISPATCH();
  }
  TARGET(IS_OP) {
    Value b = POP();
    Value a = TOP();
    bool r = (a == b) != (arg == 1);
    decref(a);
    decref(b);
    TOP() = bool_value(r);
    DISPATCH();
  }
  TARGET(CONTAINS_OP) {
    Value container = POP();
    Value item = TOP();
    int r = contains(container, item);
    decref(container);
    decref(item);
    if (r < 0) {
      --sp;
      ERROR();
    }
    TOP() = bool_value((r == 1) != (arg == 1));
    DISPATCH();
  }
  TARGET(UNARY_NOT) {
    Value a = TOP();
    int t = truth(a);
    decref(a);
    if (t < 0) { --sp; ERROR(); }
    TOP() = bool_value(!t);
    DISPATCH();
  }
  TARGET(BINARY_SUBSCR) {
    Value k = POP();
    Value o = TOP();
    Ref r;
    if (type_of(o) == I.list_type && k.is_small_int()) {
      List* l = as_list(o);
      int64_t i = k.as_small_int();
      if (i < 0) i += int64_t(l->items.size());
      if (i >= 0 && i < int64_t(l->items.size())) {
        Value v = l->items[i];
        incref(v);
        decref(o);
        TOP() = v;
        DISPATCH();
      }
    }
    r = getitem(o, k);
    decref(o);
    decref(k);
    if (!r) { --sp; ERROR(); }
    TOP() = r.release();
    DISPATCH();
  }
  TARGET(STORE_SUBSCR) {
    Value k = POP();
    Value o = POP();
    Value v = POP();
    int r;
    if (type_of(o) == I.list_type && k.is_small_int() && k.as_small_int() >= 0 &&
        size_t(k.as_small_int()) < as_list(o)->items.size()) {
      Value& slot = as_list(o)->items[k.as_small_int()];
      Value old = slot;
      slot = v;
      decref(old);
      decref(o);
      DISPATCH();
    }
    r = setitem(o, k, v);
    decref(k);
    decref(o);
    decref(v);
    CHECK(r >= 0);
    DISPATCH();
  }
  TARGET(BUILD_TUPLE) {
    Ref t = new_tuple(arg);
    for (uint32_t i = 0; i < arg; ++i) as_tuple(t.get())->items[i] = sp[-int(arg) + int(i)];
    sp -= arg;
    PUSH(t.release());
    DISPATCH();
  }
  TARGET(BUILD_LIST) {
    Ref l = new_list(arg);
    auto& items = as_list(l.get())->items;
    items.assign(sp - arg, sp);
    sp -= arg;
    PUSH(l.release());
    DISPATCH();
  }
  TARGET(LIST_APPEND) {
    Value v = POP();
    as_list(PEEK(arg))->items.push_back(v);
    DISPATCH();
  }
  TARGET(UNPACK_SEQUENCE) {
    Value seq = POP();
    int r = unpack(seq, sp, int(arg), 0, false);
    decref(seq);
    CHECK(r >= 0);
    sp += arg;
    DISPATCH();
  }
  TARGET(JUMP) {
    if (I.gc_pending || I.heap_bytes > I.heap_cap) {
      SAVE_FRAME();
      if (!vm_periodic()) ERROR();
    }
    PC = int(arg);
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_FALSE) {
    Value v = POP();
    if (v == kFalse) { PC = int(arg); DISPATCH(); }
    if (v == kTrue) DISPATCH();
    int t = truth(v);
    decref(v);
    CHECK(t >= 0);
    if (!t) PC = int(arg);
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_TRUE) {
    Value v = POP();
    if (v == kTrue) { PC = int(arg); DISPATCH(); }
    if (v == kFalse) DISPATCH();
    int t = truth(v);
    decref(v);
    CHECK(t >= 0);
    if (t) PC = int(arg);
    DISPATCH();
  }
  TARGET(JUMP_IF_FALSE_OR_POP) {
    int t = truth(TOP());
    CHECK(t >= 0);
    if (!t) PC = int(arg);
    else decref(POP());
    DISPATCH();
  }
  TARGET(JUMP_IF_TRUE_OR_POP) {
    int t = truth(TOP());
    CHECK(t >= 0);
    if (t) PC = int(arg);
    else decref(POP());
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_NONE) {
    Value v = POP();
    if (v == kNone) PC = int(arg);
    decref(v);
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_NOT_NONE) {
    Value v = POP();
    if (v != kNone) PC = int(arg);
    decref(v);
    DISPATCH();
  }
  TARGET(GET_ITER) {
    Value v = TOP();
    Ref it = get_iter(v);
    if (!it) ERROR();
    TOP() = it.release();
    decref(v);
    DISPATCH();
  }
  TARGET(FOR_ITER) {
    Value it = TOP();
    Type* t = type_of(it);
    if (t == I.range_iter_type) {
      RangeIter* r = static_cast<RangeIter*>(it.ptr());
      if (r->remaining > 0) {
        --r->remaining;
        int64_t v = r->next;
        r->next += r->step;
        PUSH(Value::fits_small(v) ? Value::small_int(v) : new_int(v).release());
        DISPATCH();
      }
    } else if (t == I.list_iter_type) {
      SeqIter* li = static_cast<SeqIter*>(it.ptr());
      if (li->seq) {
        List* l = as_list(li->seq);
        if (li->index < l->items.size()) {
          Value v = l->items[li->index++];
          incref(v);
          PUSH(v);
          DISPATCH();
        }
        Value s = li->seq;
        li->seq = kNull;
        decref(s);
      }
    } else if (t == I.generator_type && enterable_gen(it, kNone)) {
      pending_frame = static_cast<Generator*>(it.ptr())->frame;
      send_value = kNone;
      goto enter_gen;
    } else {
      Value v = for_iter_next(it, t);
      if (v) {
        PUSH(v);
        DISPATCH();
      }
      if (err_occurred()) ERROR();
    }
    decref(POP());
    PC = int(arg);
    DISPATCH();
  }
  TARGET(RETURN_VALUE) {
    retval = POP();
    goto do_return;
  }
  TARGET(YIELD_VALUE) {
    retval = POP();
    if (arg == 1) {  // a value yielded by an async generator (not an await passing through)
      Ref w = wrap_async_gen_value(retval);
      decref(retval);
      retval = w.release();
    }
    SAVE_FRAME();
    if (!f->entry) {  // entered by enter_gen: the caller's SEND/FOR_ITER pushes the value
      Frame* caller = f->back;
      gen_leave(static_cast<Generator*>(f->gen), 1);
      f->entry = true;
      --I.depth;
      f = caller;
      I.frame = f;
      LOAD_FRAME();
      PUSH(retval);
      DISPATCH();
    }
    *yielded = true;
    I.frame = entry_back;
    return Ref::steal(retval);
  }
  TARGET(SEND) {
    Value v = POP();
    Value receiver = TOP();
    if (enterable_gen(receiver, v)) {
      pending_frame = static_cast<Generator*>(receiver.ptr())->frame;
      send_value = v;
      goto enter_gen;
    }
    Value out;
    int st = send_to(receiver, v, &out);
    decref(v);
    if (st < 0) ERROR();
    if (st == 0) {
      TOP() = out;
      decref(receiver);
      PC = int(arg);
      DISPATCH();
    }
    PUSH(out);
    DISPATCH();
  }
  TARGET(END_ASYNC_FOR) {
    Value exc = POP();
    if (isinstance(exc, I.StopAsyncIteration)) {
      decref(exc);
      decref(POP());
      DISPATCH();
    }
    set_error(Ref::steal(exc));
    reraise = true;
    ERROR();
  }
  TARGET(SETUP_FINALLY) {
    Block& b = f->blocks[f->nblocks++];
    b.handler = int(arg);
    b.level = int(sp - stack_base);
    DISPATCH();
  }
  TARGET(SETUP_CLEANUP) {
    Block& b = f->blocks[f->nblocks++];
    b.handler = int(arg);
    b.level = int(sp - stack_base) - 1;
    DISPATCH();
  }
  TARGET(POP_BLOCK) {
    --f->nblocks;
    DISPATCH();
  }
  TARGET(PUSH_EXC_INFO) {
    Value exc = TOP();
    Value prev = I.handled_exc;
    I.handled_exc = newref(exc);
    TOP() = prev ? prev : kNone;
    PUSH(exc);
    DISPATCH();
  }
  TARGET(POP_EXCEPT) {
    Value prev = POP();
    Value cur = I.handled_exc;
    I.handled_exc = prev == kNone ? kNull : prev;
    decref(cur);
    DISPATCH();
  }
  TARGET(RERAISE) {
    Value exc = POP();
    set_error(Ref::steal(exc));
    reraise = true;
    ERROR();
  }
  TARGET(RAISE_VARARGS) {
    Value cause = arg >= 2 ? POP() : kNull;
    Value exc = arg >= 1 ? POP() : kNull;
    do_raise(exc, cause);
    if (!exc) reraise = true;
    decref(exc);
    decref(cause);
    ERROR();
  }
  // The cold opcodes (kColdOps).
  TARGET(CALL_EX)
  TARGET(DELETE_FAST)
  TARGET(LOAD_CLASSDEREF)
  TARGET(DELETE_DEREF)
  TARGET(DELETE_GLOBAL)
  TARGET(DELETE_NAME)
  TARGET(DELETE_ATTR)
  TARGET(UNARY_NEGATIVE)
  TARGET(UNARY_POSITIVE)
  TARGET(UNARY_INVERT)
  TARGET(DELETE_SUBSCR)
  TARGET(BUILD_SLICE)
  TARGET(BUILD_SET)
  TARGET(BUILD_MAP)
  TARGET(BUILD_STRING)
  TARGET(SET_ADD)
  TARGET(MAP_ADD)
  TARGET(LIST_EXTEND)
  TARGET(SET_UPDATE)
  TARGET(DICT_UPDATE)
  TARGET(DICT_MERGE)
  TARGET(LIST_TO_TUPLE)
  TARGET(UNPACK_EX)
  TARGET(GET_YIELD_FROM_ITER)
  TARGET(GET_AWAITABLE)
  TARGET(GET_AITER)
  TARGET(GET_ANEXT)
  TARGET(CHECK_EXC_MATCH)
  TARGET(CHECK_EG_MATCH)
  TARGET(PREP_RERAISE_STAR)
  TARGET(MAKE_FUNCTION)
  TARGET(LOAD_BUILD_CLASS)
  TARGET(FORMAT_VALUE)
  TARGET(IMPORT_NAME)
  TARGET(IMPORT_FROM)
  TARGET(IMPORT_STAR)
  TARGET(BEFORE_WITH)
  TARGET(BEFORE_ASYNC_WITH)
  TARGET(WITH_EXCEPT_START)
  TARGET(LOAD_ASSERTION_ERROR)
  TARGET(SETUP_ANNOTATIONS)
  TARGET(PRINT_EXPR)
  TARGET(LOAD_LOCALS)
  TARGET(MATCH_CLASS)
  TARGET(MATCH_MAPPING)
  TARGET(MATCH_SEQUENCE)
  TARGET(MATCH_KEYS)
  TARGET(GET_LEN)
  TARGET(COPY_DICT_WITHOUT_KEYS)
  TARGET(EXIT_INIT_CHECK)
  {
    Value* top = kColdOps[instr_op(code[PC - 1])](f, sp, arg);
    if (!top) {
      sp = stack_base + f->stack_top;
      ERROR();
    }
    sp = top;
    if (I.cold_call) {  // CALL_EX made the callee's frame
      pending_frame = I.cold_call;
      I.cold_call = nullptr;
      goto push_frame_with_label;
    }
    DISPATCH();
  }
#ifndef PY_COMPUTED_GOTO
  }
#endif

push_frame_with_label:
  // A Python→Python call: continue in the callee's frame.
  {
    Frame* nf = pending_frame;
    if (++I.depth > I.recursion_limit) {
      --I.depth;
      frame_free(nf);
      raise(I.RecursionError, "maximum recursion depth exceeded");
      ERROR();
    }
    SAVE_FRAME();
    nf->back = f;
    f = nf;
    I.frame = f;
    // LOAD_FRAME for a new frame: it starts at instruction 0 with an empty stack.
    Code* nco = nf->code;
    code = nco->code.data();
    sp = nf->slots + nco->nlocalsplus();
    pc = 0;
    if (I.gc_pending || I.heap_bytes > I.heap_cap) {
      if (!vm_periodic()) ERROR();
    }
    DISPATCH();
  }

enter_gen:
  // SEND or FOR_ITER of a generator/coroutine: its frame runs in this loop like a call
  // (CPython 3.12's SEND_GEN), not in a nested eval_frame, so awaits and `yield from`
  // chains cost no C stack per level. Its yield, return or exception comes back to this
  // frame's SEND/FOR_ITER (YIELD_VALUE, do_return and error below).
  {
    Frame* gf = pending_frame;
    Generator* g = static_cast<Generator*>(gf->gen);
    if (++I.depth > I.recursion_limit) {
      --I.depth;
      decref(send_value);
      g->started = true;  // as resume(): a coroutine that failed to start was still awaited
      raise(I.RecursionError, "maximum recursion depth exceeded");
      ERROR();
    }
    if (g->started) gf->stack()[gf->stack_top++] = send_value;
    else decref(send_value);
    gen_enter(g);
    SAVE_FRAME();
    gf->back = f;
    gf->entry = false;
    f = gf;
    I.frame = f;
    LOAD_FRAME();
    DISPATCH();
  }

do_return:
  if (f->entry) {
    f->stack_top = int(sp - stack_base);
    I.frame = entry_back;
    if (co->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator)) f->stack_top = int(sp - stack_base);
    return Ref::steal(retval);
  }
  if (f->gen) {  // entered by enter_gen: the caller's SEND/FOR_ITER is done
    Frame* caller = f->back;
    f->stack_top = int(sp - stack_base);
    I.frame = caller;
    gen_leave(static_cast<Generator*>(f->gen), 0);  // frees f
    --I.depth;
    f = caller;
    LOAD_FRAME();
    uint32_t at = code[PC - 1];
    if (instr_op(at) == SEND) {
      Value receiver = TOP();
      TOP() = retval;  // the value of the await / yield from
      decref(receiver);
    } else {  // FOR_ITER: the generator is exhausted
      decref(retval);
      decref(POP());
    }
    PC = int(instr_arg(at));
    DISPATCH();
  }
  {
    Frame* caller = f->back;
    Value init_obj = f->init_obj;
    f->init_obj = kNull;
    f->stack_top = int(sp - stack_base);
    I.frame = caller;  // before the locals are released (a __del__ may run Python code)
    frame_free_inline<false>(f);
    --I.depth;
    f = caller;
    LOAD_FRAME();
    if (init_obj) {  // the end of C(...): __init__ must return None, the call the instance
      if (retval != kNone) {
        raisef(I.TypeError, "__init__() should return None, not '%s'", type_name(retval));
        decref(retval);
        decref(init_obj);
        ERROR();
      }
      retval = init_obj;
    }
    PUSH(retval);
    DISPATCH();
  }

call_failed:
  // A Python call whose arguments could not be bound: the stack from `base` up still holds
  // the callable and the arguments.
  {
    Value* base = sp - arg - 1;
    if (instr_op(code[PC - 1]) == CALL_METHOD) --base;
    while (sp > base) decref(POP());
    goto error;
  }

error:
  if (I.current_exc.ptr() == green_switch) {
    // time.sleep suspended the green thread running these frames: the call's result is
    // None, the frames stay as they are for the resumption.
    decref(I.current_exc);
    I.current_exc = kNull;
    PUSH(newref(kNone));
    SAVE_FRAME();
    I.frame = entry_back;
    return nullptr;
  }
  SAVE_FRAME();
  if (!reraise) exception_add_frame(I.current_exc, co, co->line_at(f->last_pc), f->last_pc);
  reraise = false;
  while (f->nblocks > 0) {
    Block b = f->blocks[--f->nblocks];
    Value* target = stack_base + b.level;
    while (sp > target) decref(POP());
    PUSH(fetch_error().release());
    PC = b.handler;
    DISPATCH();
  }
  while (sp > stack_base) decref(POP());
  f->stack_top = 0;
  if (f->entry) {
    I.frame = entry_back;
    return nullptr;
  }
  {
    Frame* caller = f->back;
    I.frame = caller;
    if (f->gen) gen_leave(static_cast<Generator*>(f->gen), -1);  // entered by enter_gen; frees f
    else frame_free(f);
    --I.depth;
    f = caller;
    LOAD_FRAME();
    goto error;
  }
}
#undef co
#undef L
#undef stack_base

}  // namespace py
