// modules/sys.cpp — the sys module: argv, exit, stdin/stdout/stderr, recursion limit,
// modules, and the struct sequences version_info, float_info and int_info.
#include <cfloat>

#include "py/errors.hpp"
#include "py/frame.hpp"
#include "py/generator.hpp"
#include "py/module.hpp"

namespace py {

// sys.stdin / sys.stdout / sys.stderr: reads come from interp().read_line (the same source
// as input()), writes go to the interpreter's output streams.
enum StreamKind { kStdin, kStdout, kStderr };
struct StdStream : Object { StreamKind kind; };
static StreamKind stream_kind(Value self) { return static_cast<StdStream*>(self.ptr())->kind; }

static Ref m_write(Value self, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("write", nargs, 1, 1)) return nullptr;
  if (stream_kind(self) == kStdin) return raise(I.OSError, "not writable");
  if (!isinstance(args[0], I.str_type))
    return raisef(I.TypeError, "write() argument must be str, not %s", type_name(args[0]));
  if (stream_kind(self) == kStderr) I.write_err(sv(args[0]));
  else I.write_out(sv(args[0]));
  return new_int(int64_t(as_str(args[0])->length));
}
static Ref m_flush(Value self, const Value*, size_t, Tuple*) {
  if (stream_kind(self) == kStdout) interp().flush_out();
  return Ref::steal(kNone);
}
// One line with its "\n", or "" at end of input. Reading flushes stdout first, as an
// interactive CPython does before it blocks on its terminal.
static bool read_one_line(std::string& line) {
  Interpreter& I = interp();
  I.flush_out();
  line.clear();
  return I.read_line && I.read_line(line);
}
static bool check_readable(Value self) {
  if (stream_kind(self) == kStdin) return true;
  raise(interp().OSError, "not readable");
  return false;
}
static Ref m_readline(Value self, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("readline", nargs, 0, 1) || !check_readable(self)) return nullptr;
  std::string line;
  read_one_line(line);
  return new_str(line);
}
static Ref m_read(Value self, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("read", nargs, 0, 1) || !check_readable(self)) return nullptr;
  std::string all, line;
  while (read_one_line(line)) all += line;
  return new_str(all);
}
static Ref m_readlines(Value self, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("readlines", nargs, 0, 1) || !check_readable(self)) return nullptr;
  Ref l = new_list();
  std::string line;
  while (read_one_line(line)) list_append(l.get(), new_str(line).get());
  return l;
}
static Ref stream_iternext(Value self) {
  if (!check_readable(self)) return nullptr;
  std::string line;
  if (!read_one_line(line)) return nullptr;
  return new_str(line);
}
static Ref stream_repr(Value self) {
  static const char* names[] = {"<stdin>", "<stdout>", "<stderr>"};
  return new_str(std::string("<_io.TextIOWrapper name='") + names[stream_kind(self)] + "' mode='" +
                 (stream_kind(self) == kStdin ? "r" : "w") + "' encoding='utf-8'>");
}
static Ref m_isatty(Value, const Value*, size_t, Tuple*) { return Ref::steal(kFalse); }

static Ref sys_exit(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("exit", nargs, 0, 1)) return nullptr;
  return raise_args(interp().SystemExit, args, nargs);
}
static Ref sys_getrecursionlimit(Value, const Value*, size_t, Tuple*) { return new_int(interp().recursion_limit); }
static Ref sys_setrecursionlimit(Value, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("setrecursionlimit", nargs, 1, 1)) return nullptr;
  int64_t n;
  if (index_of(args[0], &n) < 0) return nullptr;
  if (n < 1) return raise(I.ValueError, "recursion limit must be greater or equal than 1");
  I.recursion_limit = int(n);
  return Ref::steal(kNone);
}
static Ref sys_exc_info(Value, const Value*, size_t, Tuple*) {
  Value e = interp().handled_exc;
  if (!e) return tuple_pack({kNone, kNone, kNone});
  return tuple_pack({Value::from_ptr(type_of(e)), e, none_if_null(as_exc(e)->traceback)});
}
static Ref sys_exception(Value, const Value*, size_t, Tuple*) { return Ref::borrow(none_if_null(interp().handled_exc)); }
static Ref sys_intern(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("intern", nargs, 1, 1)) return nullptr;
  return Ref::borrow(Value::from_ptr(interp().intern(sv(args[0]))));
}
static Ref sys_getsizeof(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("getsizeof", nargs, 1, 2)) return nullptr;
  return new_int(args[0].is_ptr() ? int64_t(type_of(args[0])->basicsize) : 28);
}

// sys._getframe(depth): frames are not Python objects here (frame.hpp), so this returns
// a snapshot of the frame and of those that called it, taken at the call: f_globals,
// f_locals, f_code, f_lineno, f_back, f_builtins. Enough for the common uses (the caller's
// module name, line or local variables).
struct FrameSnap : Object { Value globals, locals, code, builtins, back; int lineno; };
static void snap_finalize(Object* o) {
  FrameSnap* f = static_cast<FrameSnap*>(o);
  for (Value v : {f->globals, f->locals, f->code, f->builtins, f->back}) decref(v);
}
static void snap_traverse(Object* o, VisitFn visit, void* arg) {
  FrameSnap* f = static_cast<FrameSnap*>(o);
  for (Value v : {f->globals, f->locals, f->code, f->builtins, f->back})
    if (v) visit(v, arg);
}
static void snap_clear(Object* o) {
  FrameSnap* f = static_cast<FrameSnap*>(o);
  Value vals[] = {f->globals, f->locals, f->code, f->builtins, f->back};
  f->globals = f->locals = f->code = f->builtins = f->back = kNull;
  for (Value v : vals) decref(v);
}
static Ref snap_getattr(Value self, Str* name) {
  FrameSnap* f = static_cast<FrameSnap*>(self.ptr());
  std::string_view n = name->view();
  if (n == "f_globals") return Ref::borrow(f->globals);
  if (n == "f_locals") return Ref::borrow(f->locals);
  if (n == "f_code") return Ref::borrow(f->code);
  if (n == "f_builtins") return Ref::borrow(f->builtins);
  if (n == "f_back") return Ref::borrow(none_if_null(f->back));
  if (n == "f_lineno") return new_int(f->lineno);
  return generic_getattr(self, name);
}
static Ref snap_repr(Value self) {
  FrameSnap* f = static_cast<FrameSnap*>(self.ptr());
  Code* co = static_cast<Code*>(f->code.ptr());
  Ref file = repr(co->filename);
  if (!file) return nullptr;
  char buf[64];
  std::snprintf(buf, sizeof buf, "<frame at %p, file ", static_cast<void*>(self.ptr()));
  return new_str(std::string(buf) + std::string(sv(file.get())) + ", line " + std::to_string(f->lineno) +
                 ", code " + std::string(sv(co->name)) + ">");
}
static void ensure_frame_type(Interpreter& I) {
  if (I.frame_type) return;
  Type* t = I.frame_type = new_builtin_type(I, "frame", I.object_type, sizeof(FrameSnap), kTypeGc);
  t->finalize = snap_finalize;
  t->traverse = snap_traverse;
  t->clear = snap_clear;
  t->getattr = snap_getattr;
  t->repr = snap_repr;
  t->tp_new = nullptr;
}
static Ref snapshot(Interpreter& I, Frame* fr, bool chain = true) {
  if (!fr) return Ref::borrow(kNone);
  Ref back = chain ? snapshot(I, fr->back) : Ref::borrow(kNone);
  Ref locals = frame_locals(fr);
  if (!back || !locals) return nullptr;
  FrameSnap* f = static_cast<FrameSnap*>(alloc_object(I.frame_type, sizeof(FrameSnap)));
  f->globals = newref(Value::from_ptr(fr->globals));
  f->builtins = newref(Value::from_ptr(fr->builtins));
  f->code = newref(Value::from_ptr(fr->code));
  f->locals = locals.release();
  f->back = back.get() == kNone ? kNull : back.release();
  f->lineno = fr->code->line_at(size_t(fr->last_pc));
  gc_track(f);
  return Ref::steal(Value::from_ptr(f));
}
static Ref sys_getframe(Value, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("_getframe", nargs, 0, 1)) return nullptr;
  int64_t depth = 0;
  if (nargs && index_of(args[0], &depth) < 0) return nullptr;
  Frame* fr = I.frame;
  for (; fr && depth > 0; --depth) fr = fr->back;
  if (!fr) return raise(I.ValueError, "call stack is not deep enough");
  ensure_frame_type(I);
  return snapshot(I, fr);
}

Ref frame_object(Frame* f, bool with_back) {
  Interpreter& I = interp();
  ensure_frame_type(I);
  return snapshot(I, f, with_back);
}

static Ref make_stream(Interpreter& I, StreamKind kind) {
  StdStream* s = static_cast<StdStream*>(alloc_object(I.stdio_type, sizeof(StdStream)));
  s->kind = kind;
  return Ref::steal(Value::from_ptr(s));
}

// Struct sequences (CPython's structseq): tuples whose items are also named attributes.
// The type's __match_args__ holds the field names, which its repr shows.
template <size_t N> static Ref structseq_field(Value self) {
  const Value* items = as_tuple(self)->items;  // a pointer: clang's -Warray-bounds flags items[N] on items[1]
  return Ref::borrow(items[N]);
}
static int structseq_readonly(Value, Value) {
  raise(interp().AttributeError, "readonly attribute");
  return -1;
}
using FieldGetter = Ref (*)(Value);
static constexpr FieldGetter kFieldGetters[] = {
    structseq_field<0>, structseq_field<1>, structseq_field<2>, structseq_field<3>,
    structseq_field<4>, structseq_field<5>, structseq_field<6>, structseq_field<7>,
    structseq_field<8>, structseq_field<9>, structseq_field<10>};

static Ref structseq_repr(Value self) {
  Type* t = type_of(self);
  Value names = dict_get_str(t->dict, interp().names.__match_args__);
  // A type of module sys is named "sys.<name>" in its repr; asyncgen_hooks is a builtins one.
  std::string out = (sv(t->module) == "builtins" ? "" : std::string(sv(t->module)) + ".") + t->name + "(";
  for (size_t i = 0; i < as_tuple(self)->n; ++i) {
    Ref r = repr(as_tuple(self)->items[i]);
    if (!r) return nullptr;
    if (i) out += ", ";
    out += std::string(sv(as_tuple(names)->items[i])) + "=" + std::string(sv(r.get()));
  }
  return new_str(out + ")");
}

// `module`: "sys" for sys.version_info and the like; null keeps "builtins" (asyncgen_hooks,
// whose CPython type has no module in its name).
static Ref make_structseq(Interpreter& I, const char* name, std::initializer_list<const char*> fields,
                          std::initializer_list<Value> values, const char* module = "sys") {
  Type* t = new_builtin_type(I, name, I.tuple_type, sizeof(Tuple), kTypeTupleSub | kTypeGc);
  if (module) {
    decref(t->module);  // new_builtin_type set "builtins"
    t->module = new_str(module).release();
  }
  t->repr = structseq_repr;
  t->tp_new = nullptr;
  Ref names = new_tuple(fields.size());
  size_t i = 0;
  for (const char* f : fields) {
    as_tuple(names.get())->items[i] = new_str(f).release();
    add_getset(I, t, f, kFieldGetters[i], structseq_readonly);
    ++i;
  }
  dict_set(t->dict, Value::from_ptr(I.names.__match_args__), names.get());
  Ref v = tuple_from_array(values.begin(), values.size());
  v.ptr()->type = t;
  return v;
}

// sys.set_asyncgen_hooks([firstiter], [finalizer]) / get_asyncgen_hooks() (generator.hpp).
static Type* asyncgen_hooks_type = nullptr;
static Ref sys_set_asyncgen_hooks(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Interpreter& I = interp();
  size_t nkw = kwnames ? kwnames->n : 0;
  if (nargs > 2) return raisef(I.TypeError, "set_asyncgen_hooks() takes at most 2 arguments (%zu given)", nargs + nkw);
  Value given[2] = {nargs > 0 ? args[0] : kNull, nargs > 1 ? args[1] : kNull};
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view n = sv(kwnames->items[k]);
    int i = n == "firstiter" ? 0 : n == "finalizer" ? 1 : -1;
    if (i < 0) return raisef(I.TypeError, "set_asyncgen_hooks() got an unexpected keyword argument '%.*s'", int(n.size()), n.data());
    given[i] = args[nargs + k];
  }
  static const char* const names[2] = {"firstiter", "finalizer"};
  for (int i = 0; i < 2; ++i)
    if (given[i] && given[i] != kNone && !callable(given[i]))
      return raisef(I.TypeError, "callable %s expected, got %s", names[i], type_name(given[i]));
  AsyncGenHooks& h = asyncgen_hooks();
  if (given[1]) h.finalizer = given[1] == kNone ? Ref() : Ref::borrow(given[1]);
  if (given[0]) h.firstiter = given[0] == kNone ? Ref() : Ref::borrow(given[0]);
  return Ref::steal(kNone);
}
static Ref sys_get_asyncgen_hooks(Value, const Value*, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("get_asyncgen_hooks", nargs, 0, 0)) return nullptr;
  AsyncGenHooks& h = asyncgen_hooks();
  Value items[2] = {h.firstiter ? h.firstiter.get() : kNone, h.finalizer ? h.finalizer.get() : kNone};
  if (!asyncgen_hooks_type) {
    Ref proto = make_structseq(I, "asyncgen_hooks", {"firstiter", "finalizer"}, {kNone, kNone}, nullptr);
    asyncgen_hooks_type = type_of(proto.get());
  }
  Ref v = tuple_from_array(items, 2);
  v.ptr()->type = asyncgen_hooks_type;
  return v;
}

static Ref init_sys(Interpreter& I) {
  if (I.sys_module) return Ref::borrow(I.sys_module);
  if (!I.stdio_type) {
    I.stdio_type = new_builtin_type(I, "TextIOWrapper", I.object_type, sizeof(StdStream), 0);
    I.stdio_type->tp_new = nullptr;
    I.stdio_type->repr = stream_repr;
    I.stdio_type->iter = self_iter;
    I.stdio_type->iternext = stream_iternext;
    static const MethodDef sm[] = {{"write", m_write}, {"flush", m_flush}, {"isatty", m_isatty},
                                   {"readline", m_readline}, {"read", m_read}, {"readlines", m_readlines},
                                   {nullptr, nullptr}};
    add_methods(I, I.stdio_type, sm);
  }
  Ref m = new_module("sys");
  static const MethodDef fns[] = {
      {"exit", sys_exit}, {"getrecursionlimit", sys_getrecursionlimit},
      {"setrecursionlimit", sys_setrecursionlimit}, {"exc_info", sys_exc_info},
      {"exception", sys_exception}, {"_getframe", sys_getframe}, {"set_asyncgen_hooks", sys_set_asyncgen_hooks},
      {"get_asyncgen_hooks", sys_get_asyncgen_hooks}, {"intern", sys_intern}, {"getsizeof", sys_getsizeof}, {nullptr, nullptr}};
  module_add_functions(m.get(), fns);
  Ref argv = new_list();
  for (const std::string& a : I.argv) list_append(argv.get(), new_str(a).get());
  module_add(m.get(), "argv", argv.get());
  Ref in = make_stream(I, kStdin), out = make_stream(I, kStdout), err = make_stream(I, kStderr);
  module_add(m.get(), "stdin", in.get());
  module_add(m.get(), "__stdin__", in.get());
  module_add(m.get(), "stdout", out.get());
  module_add(m.get(), "stderr", err.get());
  module_add(m.get(), "__stdout__", out.get());
  module_add(m.get(), "__stderr__", err.get());
  module_add(m.get(), "modules", Value::from_ptr(I.modules));
  module_add(m.get(), "maxsize", new_int(INT64_MAX).get());
  module_add(m.get(), "platform", new_str(
#ifdef __EMSCRIPTEN__
      "emscripten"
#else
      "linux"
#endif
  ).get());
  module_add(m.get(), "version", new_str("3.11.7 (aioplay)").get());
  Ref final = new_str("final");
  Ref vi = make_structseq(I, "version_info", {"major", "minor", "micro", "releaselevel", "serial"},
                          {Value::small_int(3), Value::small_int(11), Value::small_int(7), final.get(),
                           Value::small_int(0)});
  module_add(m.get(), "version_info", vi.get());
  Ref fmax = new_float(DBL_MAX), fmin = new_float(DBL_MIN), feps = new_float(DBL_EPSILON);
  Ref fi = make_structseq(
      I, "float_info",
      {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"},
      {fmax.get(), Value::small_int(DBL_MAX_EXP), Value::small_int(DBL_MAX_10_EXP), fmin.get(),
       Value::small_int(DBL_MIN_EXP), Value::small_int(DBL_MIN_10_EXP), Value::small_int(DBL_DIG),
       Value::small_int(DBL_MANT_DIG), feps.get(), Value::small_int(FLT_RADIX), Value::small_int(1)});
  module_add(m.get(), "float_info", fi.get());
  // CPython's values on 64-bit builds (its int digits are 30 bits; ours are not observable).
  Ref ii = make_structseq(I, "int_info",
                          {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"},
                          {Value::small_int(30), Value::small_int(4), Value::small_int(4300), Value::small_int(640)});
  module_add(m.get(), "int_info", ii.get());
  module_add(m.get(), "byteorder", new_str("little").get());
  module_add(m.get(), "path", new_list().get());
  I.sys_module = newref(m.get());
  return m;
}

void register_sys_module(Interpreter& I) {
  asyncgen_hooks_type = nullptr;  // types belong to one interpreter
  I.at_teardown.push_back([](Interpreter&) { asyncgen_hooks() = AsyncGenHooks{}; });
  register_native_module(I, "sys", init_sys);
}

}  // namespace py
