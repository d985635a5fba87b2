// module.cpp — module objects and the import system (native and embedded-source modules).
#include "py/module.hpp"

#include "py/compiler.hpp"
#include "py/errors.hpp"
#include "py/frame.hpp"

namespace py {

Ref new_module(std::string_view name) {
  Interpreter& I = interp();
  Module* m = static_cast<Module*>(alloc_object(I.module_type, sizeof(Module)));
  m->dict = as_dict(new_dict().release());
  gc_track(m);
  Ref n = new_str(name);
  dict_set(m->dict, Value::from_ptr(I.names.__name__), n.get());
  dict_set(m->dict, Value::from_ptr(I.names.__doc__), kNone);
  dict_set(m->dict, Value::from_ptr(I.names.__package__), kNone);
  dict_set(m->dict, Value::from_ptr(I.names.__spec__), kNone);
  dict_set(m->dict, Value::from_ptr(I.names.__loader__), kNone);
  return Ref::steal(Value::from_ptr(m));
}

Dict* module_dict(Value module) { return static_cast<Module*>(module.ptr())->dict; }

void module_add_functions(Value module, const MethodDef* defs) {
  for (; defs->name; ++defs) {
    Ref f = new_native(defs->name, defs->fn, module);
    dict_set_str(module_dict(module), defs->name, f.get());
  }
}
int module_add(Value module, const char* name, Value v) { return dict_set_str(module_dict(module), name, v); }

void register_native_module(Interpreter& I, const char* name, ModuleInit init) { I.native_modules[name] = init; }
void register_source_module(Interpreter& I, const char* name, std::string_view source) {
  I.source_modules[name] = source;
}

static void module_finalize(Object* o) { decref(Value::from_ptr(static_cast<Module*>(o)->dict)); }
static void module_traverse(Object* o, VisitFn visit, void* arg) {
  visit(Value::from_ptr(static_cast<Module*>(o)->dict), arg);
}
static void module_clear(Object* o) { dict_clear(static_cast<Module*>(o)->dict); }
static Ref module_repr(Value self) {
  Interpreter& I = interp();
  Value n = dict_get_str(module_dict(self), I.names.__name__);
  std::string name = n && isinstance(n, I.str_type) ? std::string(sv(n)) : "?";
  if (I.native_modules.count(name) || name == "sys" || name == "builtins")
    return new_str("<module '" + name + "' (built-in)>");
  return new_str("<module '" + name + "'>");
}
static Ref module_getattr(Value self, Str* name) {
  Value v = dict_get_str(module_dict(self), name);
  if (v) return Ref::borrow(v);
  if (name->view() == "__dict__") return Ref::borrow(Value::from_ptr(module_dict(self)));
  bool found;
  Ref r = generic_getattr_opt(self, name, &found);
  if (found || r) return r;
  Value ga = dict_get_str(module_dict(self), interp().names.__getattr__);
  if (ga) {
    Value n = Value::from_ptr(name);
    return call1(ga, n);
  }
  return attribute_error(self, name);
}
static int module_setattr(Value self, Str* name, Value v) {
  if (!v) {
    Value old;
    int r = dict_pop(module_dict(self), Value::from_ptr(name), &old);
    if (r <= 0) {
      if (r == 0) attribute_error(self, name);
      return -1;
    }
    decref(old);
    return 0;
  }
  return dict_set(module_dict(self), Value::from_ptr(name), v);
}
static Ref module_new(Type*, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("module", nargs, 1, 2)) return nullptr;
  return new_module(sv(args[0]));
}

void init_module(Interpreter& I) {
  Type* t = I.module_type = new_builtin_type(I, "module", I.object_type, sizeof(Module), kTypeGc | kTypeBaseType);
  t->finalize = module_finalize;
  t->traverse = module_traverse;
  t->clear = module_clear;
  t->repr = module_repr;
  t->getattr = module_getattr;
  t->setattr = module_setattr;
  t->tp_new = module_new;
  t->init = nullptr;
}

// Runs `source` as the body of module `m` (used for embedded Python modules).
static bool exec_source_module(Value m, std::string_view source, const std::string& filename) {
  Ref code = compile_source(source, filename);
  if (!code) return false;
  Dict* d = module_dict(m);
  dict_set(d, Value::from_ptr(interp().names.__builtins__), Value::from_ptr(interp().builtins));
  Frame* f = frame_new(static_cast<Code*>(code.get().ptr()), nullptr, d, Value::from_ptr(d));
  f->entry = true;
  f->back = interp().frame;
  bool yielded;
  Ref r = eval_frame(f, &yielded);
  frame_free(f);
  return bool(r);
}

static Ref load_module(const std::string& name) {
  Interpreter& I = interp();
  Value cached = dict_get_cstr(I.modules, name);
  if (cached) return Ref::borrow(cached);
  Ref m;
  auto nit = I.native_modules.find(name);
  if (nit != I.native_modules.end()) {
    m = nit->second(I);
    if (!m) return nullptr;
    if (dict_set_str(I.modules, name, m.get()) < 0) return nullptr;
    return m;
  }
  auto sit = I.source_modules.find(name);
  if (sit != I.source_modules.end()) {
    m = new_module(name);
    dict_set_str(I.modules, name, m.get());
    if (!exec_source_module(m.get(), sit->second, "<frozen " + name + ">")) {
      Value old;
      Ref key = new_str(name);
      if (dict_pop(I.modules, key.get(), &old) > 0) decref(old);
      return nullptr;
    }
    Value fresh = dict_get_cstr(I.modules, name);
    return Ref::borrow(fresh ? fresh : m.get());
  }
  return raisef(I.ModuleNotFoundError, "No module named '%s'", name.c_str());
}

Ref import_module(Value namev, Value globals, Value fromlist, int level) {
  Interpreter& I = interp();
  std::string name(sv(namev));
  if (level > 0) {
    Value pkg = dict_get_str(as_dict(globals), I.names.__package__);
    if (!pkg || pkg == kNone || sv(pkg).empty())
      return raise(I.ImportError, "attempted relative import with no known parent package");
    std::string base(sv(pkg));
    name = name.empty() ? base : base + "." + name;
  }
  if (name.empty()) return raise(I.ValueError, "Empty module name");
  // Import every prefix of a dotted name; return the top package unless fromlist is given.
  Ref top;
  size_t pos = 0;
  Ref last;
  for (;;) {
    size_t dot = name.find('.', pos);
    std::string prefix = name.substr(0, dot);
    Ref m = load_module(prefix);
    if (!m) return nullptr;
    if (last) {
      std::string attr = prefix.substr(prefix.rfind('.') + 1);
      setattr(last.get(), I.intern(attr), m.get());
    }
    if (!top) top = m;
    last = m;
    if (dot == std::string::npos) break;
    pos = dot + 1;
  }
  if (fromlist && fromlist != kNone && truth(fromlist)) return last;
  return top;
}

}  // namespace py
