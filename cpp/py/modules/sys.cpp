// modules/sys.cpp — the sys module: argv, exit, stdout/stderr, recursion limit, modules.
#include "py/errors.hpp"
#include "py/module.hpp"

namespace py {

// sys.stdout / sys.stderr: write() goes to the interpreter's output streams.
struct StdStream : Object { bool is_err; };

static Ref m_write(Value self, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("write", nargs, 1, 1)) return nullptr;
  if (!isinstance(args[0], I.str_type))
    return raisef(I.TypeError, "write() argument must be str, not %s", type_name(args[0]));
  if (static_cast<StdStream*>(self.ptr())->is_err) I.write_err(sv(args[0]));
  else I.write_out(sv(args[0]));
  return new_int(int64_t(as_str(args[0])->length));
}
static Ref m_flush(Value self, const Value*, size_t, Tuple*) {
  if (!static_cast<StdStream*>(self.ptr())->is_err) interp().flush_out();
  return Ref::steal(kNone);
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

static Ref make_stream(Interpreter& I, bool is_err) {
  StdStream* s = static_cast<StdStream*>(alloc_object(I.stdio_type, sizeof(StdStream)));
  s->is_err = is_err;
  return Ref::steal(Value::from_ptr(s));
}

static Ref init_sys(Interpreter& I) {
  if (I.sys_module) return Ref::borrow(I.sys_module);
  if (!I.stdio_type) {
    I.stdio_type = new_builtin_type(I, "TextIOWrapper", I.object_type, sizeof(StdStream), 0);
    I.stdio_type->tp_new = nullptr;
    static const MethodDef sm[] = {{"write", m_write}, {"flush", m_flush}, {"isatty", m_isatty}, {nullptr, nullptr}};
    add_methods(I, I.stdio_type, sm);
  }
  Ref m = new_module("sys");
  static const MethodDef fns[] = {
      {"exit", sys_exit}, {"getrecursionlimit", sys_getrecursionlimit},
      {"setrecursionlimit", sys_setrecursionlimit}, {"exc_info", sys_exc_info},
      {"exception", sys_exception}, {"intern", sys_intern}, {"getsizeof", sys_getsizeof}, {nullptr, nullptr}};
  module_add_functions(m.get(), fns);
  Ref argv = new_list();
  for (const std::string& a : I.argv) list_append(argv.get(), new_str(a).get());
  module_add(m.get(), "argv", argv.get());
  Ref out = make_stream(I, false), err = make_stream(I, true);
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
  Ref vi = tuple_pack({Value::small_int(3), Value::small_int(11), Value::small_int(7), new_str("final").get(),
                       Value::small_int(0)});
  module_add(m.get(), "version_info", vi.get());
  module_add(m.get(), "byteorder", new_str("little").get());
  module_add(m.get(), "path", new_list().get());
  I.sys_module = newref(m.get());
  return m;
}

void register_sys_module(Interpreter& I) { register_native_module(I, "sys", init_sys); }

}  // namespace py
