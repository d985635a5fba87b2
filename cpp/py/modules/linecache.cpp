// modules/linecache.cpp — linecache.getline over the sources the interpreter has loaded
// (the program and anything compiled from text); there is no file system to read others.
#include "py/errors.hpp"
#include "py/module.hpp"

namespace py {

static Ref lc_getline(Value, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  Value a[3];
  if (!parse_args("getline", args, nargs, kw, {"filename", "lineno", "module_globals"}, 2, a)) return nullptr;
  if (!isinstance(a[0], I.str_type)) return Ref::borrow(I.empty_str);
  int64_t line;
  if (index_of(a[1], &line) < 0) return nullptr;
  auto it = I.source_lines.find(std::string(sv(a[0])));
  if (it == I.source_lines.end() || line < 1 || size_t(line) > it->second.size()) return Ref::borrow(I.empty_str);
  return new_str(it->second[size_t(line - 1)] + "\n");
}
static Ref lc_noop(Value, const Value*, size_t, Tuple*) { return Ref::steal(kNone); }

static Ref init_linecache(Interpreter&) {
  Ref m = new_module("linecache");
  static const MethodDef fns[] = {{"getline", lc_getline}, {"clearcache", lc_noop}, {"checkcache", lc_noop},
                                  {nullptr, nullptr}};
  module_add_functions(m.get(), fns);
  return m;
}

void register_module_linecache(Interpreter& I) { register_native_module(I, "linecache", init_linecache); }

}  // namespace py
