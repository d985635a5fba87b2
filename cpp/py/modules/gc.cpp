// modules/gc.cpp — the gc module over the cycle collector (gc.cpp): collect() runs a full
// collection (finalizers included) and returns how many objects it found unreachable;
// disable() stops only the automatic collections, as in CPython.
#include "py/builtin_types.hpp"
#include "py/errors.hpp"
#include "py/module.hpp"

namespace py {

static Ref m_collect(Value, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1];
  if (!parse_args("collect", args, nargs, kw, {"generation"}, 0, a)) return nullptr;
  if (a[0]) {
    int64_t g;
    if (index_of(a[0], &g) < 0) return nullptr;
    if (g < 0 || g > 2) return raise(interp().ValueError, "invalid generation");
  }
  return new_int(int64_t(gc_collect()));
}
static Ref m_enable(Value, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("enable", nargs, 0, 0)) return nullptr;
  interp().gc_enabled = true;
  return Ref::steal(kNone);
}
static Ref m_disable(Value, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("disable", nargs, 0, 0)) return nullptr;
  interp().gc_enabled = false;
  return Ref::steal(kNone);
}
static Ref m_isenabled(Value, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("isenabled", nargs, 0, 0)) return nullptr;
  return Ref::steal(bool_value(interp().gc_enabled));
}

static Ref init_gc(Interpreter&) {
  Ref m = new_module("gc");
  static const MethodDef fns[] = {{"collect", m_collect}, {"enable", m_enable}, {"disable", m_disable},
                                  {"isenabled", m_isenabled}, {nullptr, nullptr}};
  module_add_functions(m.get(), fns);
  return m;
}

void register_module_gc(Interpreter& I) { register_native_module(I, "gc", init_gc); }

}  // namespace py
