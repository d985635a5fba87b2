// function.cpp — functions, bound methods, cells, built-in functions and the descriptor
// types (property, staticmethod, classmethod, getset), plus the code object type.
#include <algorithm>
#include "py/builtin_types.hpp"
#include "py/code.hpp"
#include "py/errors.hpp"
#include "py/frame.hpp"
#include "py/generator.hpp"

namespace py {

// ---- code objects -------------------------------------------------------------------------

static const char* const kOpNames[] = {
#define PY_OP_NAME(n) #n,
    PY_OPCODES(PY_OP_NAME)
#undef PY_OP_NAME
};
const char* opcode_name(int op) { return op < kNumOpcodes ? kOpNames[op] : "?"; }

static void code_finalize(Object* o) {
  Code* c = static_cast<Code*>(o);
  decref(c->consts);
  decref(c->names);
  for (Str* s : c->varnames) decref(Value::from_ptr(s));
  for (Str* s : c->cellvars) decref(Value::from_ptr(s));
  for (Str* s : c->freevars) decref(Value::from_ptr(s));
  decref(c->name);
  decref(c->qualname);
  decref(c->filename);
  decref(c->doc);
  c->~Code();
}
static void code_traverse(Object* o, VisitFn visit, void* arg) {
  Code* c = static_cast<Code*>(o);
  if (c->consts) visit(c->consts, arg);
}

Code* new_code() {
  return emplace_object<Code>(alloc_object(interp().code_type, sizeof(Code)));
}

void finish_code(Code* c) {
  c->nlocals_plus = c->nlocals + c->ncells() + c->nfree();
  c->frame_size = std::max(1, c->nlocals_plus + c->stacksize);  // Frame::slots has one at least
  c->plain_call = !c->kwonlyargcount && c->cellvars.empty() && c->freevars.empty() &&
                  !(c->flags & (kCoVarargs | kCoVarkeywords | kCoGenerator | kCoCoroutine | kCoAsyncGenerator));
}

static Ref code_getattr(Value self, Str* name) {
  Code* c = static_cast<Code*>(self.ptr());
  std::string_view n = name->view();
  if (n == "co_name") return Ref::borrow(c->name);
  if (n == "co_qualname") return Ref::borrow(c->qualname);
  if (n == "co_filename") return Ref::borrow(c->filename);
  if (n == "co_firstlineno") return new_int(c->firstlineno);
  if (n == "co_argcount") return new_int(c->argcount);
  if (n == "co_flags") return new_int(c->flags);
  if (n == "co_varnames") {
    Ref t = new_tuple(c->varnames.size());
    for (size_t i = 0; i < c->varnames.size(); ++i) as_tuple(t.get())->items[i] = newref(Value::from_ptr(c->varnames[i]));
    return t;
  }
  return generic_getattr(self, name);
}

void init_code_type(Interpreter& I) {
  I.code_type = new_builtin_type(I, "code", I.object_type, sizeof(Code), 0);
  I.code_type->finalize = code_finalize;
  I.code_type->traverse = code_traverse;
  I.code_type->getattr = code_getattr;
  I.code_type->tp_new = nullptr;
}

// ---- functions -----------------------------------------------------------------------------

Ref new_function(Code* code, Value globals, Value qualname) {
  Interpreter& I = interp();
  Function* f = static_cast<Function*>(alloc_object(I.function_type, sizeof(Function)));
  f->code = code;
  incref(Value::from_ptr(code));
  f->globals = newref(globals);
  f->name = newref(code->name);
  f->qualname = newref(qualname ? qualname : code->qualname);
  f->doc = newref(code->doc ? code->doc : kNone);
  Value mod = dict_get_str(as_dict(globals), I.names.__name__);
  f->module = newref(mod ? mod : kNone);
  gc_track(f);
  return Ref::steal(Value::from_ptr(f));
}

static void function_finalize(Object* o) {
  Function* f = static_cast<Function*>(o);
  decref(Value::from_ptr(f->code));
  for (Value v : {f->globals, f->defaults, f->kwdefaults, f->closure, f->name, f->qualname, f->doc, f->module,
                  f->annotations, Value::from_ptr(f->dict)})
    decref(v);
}
static void function_traverse(Object* o, VisitFn visit, void* arg) {
  Function* f = static_cast<Function*>(o);
  for (Value v : {f->globals, f->defaults, f->kwdefaults, f->closure, f->module, f->annotations, f->doc,
                  Value::from_ptr(f->dict)})
    if (v) visit(v, arg);
}
static void function_clear(Object* o) {
  Function* f = static_cast<Function*>(o);
  Value vals[] = {f->defaults, f->kwdefaults, f->closure, f->annotations, Value::from_ptr(f->dict), f->doc};
  f->defaults = f->kwdefaults = f->closure = f->annotations = kNull;
  f->doc = newref(kNone);
  f->dict = nullptr;
  for (Value v : vals) decref(v);
}

static Ref function_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return call_function(static_cast<Function*>(self.ptr()), args, nargs, kwnames);
}

static Ref function_descr_get(Value self, Value obj, Value) {
  if (!obj || obj == kNone) return Ref::borrow(self);
  return new_method(self, obj);
}

static Ref function_repr(Value self) {
  Function* f = static_cast<Function*>(self.ptr());
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(f));
  return new_str("<function " + std::string(sv(f->qualname)) + buf);
}

static Ref function_getattr(Value self, Str* name) {
  Interpreter& I = interp();
  Function* f = static_cast<Function*>(self.ptr());
  std::string_view n = name->view();
  if (n == "__name__") return Ref::borrow(f->name);
  if (n == "__qualname__") return Ref::borrow(f->qualname);
  if (n == "__doc__") return Ref::borrow(f->doc);
  if (n == "__module__") return Ref::borrow(f->module);
  if (n == "__code__") return Ref::borrow(Value::from_ptr(f->code));
  if (n == "__globals__") return Ref::borrow(f->globals);
  if (n == "__defaults__") return Ref::borrow(none_if_null(f->defaults));
  if (n == "__kwdefaults__") return Ref::borrow(none_if_null(f->kwdefaults));
  if (n == "__closure__") return Ref::borrow(none_if_null(f->closure));
  if (n == "__annotations__") {
    if (!f->annotations) f->annotations = new_dict().release();
    return Ref::borrow(f->annotations);
  }
  if (n == "__dict__") {
    if (!f->dict) f->dict = as_dict(new_dict().release());
    return Ref::borrow(Value::from_ptr(f->dict));
  }
  if (f->dict) {
    Value v = dict_get_str(f->dict, name);
    if (v) return Ref::borrow(v);
  }
  (void)I;
  return generic_getattr(self, name);
}

static int function_setattr(Value self, Str* name, Value v) {
  Function* f = static_cast<Function*>(self.ptr());
  std::string_view n = name->view();
  auto set = [&](Value& slot) {
    Value old = slot;
    slot = (v && v != kNone) ? newref(v) : kNull;
    decref(old);
    return 0;
  };
  if (n == "__name__") { Value o = f->name; f->name = newref(v); decref(o); return 0; }
  if (n == "__qualname__") { Value o = f->qualname; f->qualname = newref(v); decref(o); return 0; }
  if (n == "__doc__") { Value o = f->doc; f->doc = newref(none_if_null(v)); decref(o); return 0; }
  if (n == "__module__") { Value o = f->module; f->module = newref(none_if_null(v)); decref(o); return 0; }
  if (n == "__defaults__") return set(f->defaults);
  if (n == "__kwdefaults__") return set(f->kwdefaults);
  if (n == "__annotations__") return set(f->annotations);
  if (!f->dict) f->dict = as_dict(new_dict().release());
  if (!v) {
    Value old;
    int r = dict_pop(f->dict, Value::from_ptr(name), &old);
    if (r <= 0) {
      if (r == 0) attribute_error(self, name);
      return -1;
    }
    decref(old);
    return 0;
  }
  return dict_set(f->dict, Value::from_ptr(name), v);
}

// ---- bound methods ------------------------------------------------------------------------------

Ref new_method(Value func, Value self) {
  Method* m = static_cast<Method*>(alloc_object(interp().method_type, sizeof(Method)));
  m->func = newref(func);
  m->self = newref(self);
  gc_track(m);
  return Ref::steal(Value::from_ptr(m));
}
static void method_finalize(Object* o) {
  Method* m = static_cast<Method*>(o);
  decref(m->func);
  decref(m->self);
}
static void method_traverse(Object* o, VisitFn visit, void* arg) {
  Method* m = static_cast<Method*>(o);
  visit(m->func, arg);
  visit(m->self, arg);
}
static Ref method_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Method* m = static_cast<Method*>(self.ptr());
  size_t total = nargs + (kwnames ? kwnames->n : 0);
  Value small[8];
  std::vector<Value> big;
  Value* buf = small;
  if (total + 1 > 8) {
    big.resize(total + 1);
    buf = big.data();
  }
  buf[0] = m->self;
  for (size_t i = 0; i < total; ++i) buf[i + 1] = args[i];
  return call(m->func, buf, nargs + 1, kwnames);
}
static Ref method_repr(Value self) {
  Method* m = static_cast<Method*>(self.ptr());
  Ref qn = getattr(m->func, interp().names.__qualname__);
  if (!qn) return nullptr;
  Ref sr = repr(m->self);
  if (!sr) return nullptr;
  return new_str("<bound method " + std::string(sv(qn.get())) + " of " + std::string(sv(sr.get())) + ">");
}
static Ref method_getattr(Value self, Str* name) {
  Method* m = static_cast<Method*>(self.ptr());
  std::string_view n = name->view();
  if (n == "__self__") return Ref::borrow(m->self);
  if (n == "__func__") return Ref::borrow(m->func);
  return getattr(m->func, name);
}
static Ref method_richcmp(Value a, Value b, int op) {
  if ((op != kEq && op != kNe) || type_of(b) != interp().method_type) return Ref::steal(kNotImplemented);
  Method* x = static_cast<Method*>(a.ptr());
  Method* y = static_cast<Method*>(b.ptr());
  bool eq = x->func == y->func && x->self == y->self;
  return Ref::steal(bool_value(op == kEq ? eq : !eq));
}
static int method_hash(Value self, int64_t* out) {
  Method* m = static_cast<Method*>(self.ptr());
  int64_t a = hash(m->func);
  if (a == -1 && err_occurred()) return -1;
  *out = a ^ int64_t(m->self.bits() >> 4);
  if (*out == -1) *out = -2;
  return 0;
}

// ---- cells ----------------------------------------------------------------------------------------

Ref new_cell(Value v) {
  Cell* c = static_cast<Cell*>(alloc_object(interp().cell_type, sizeof(Cell)));
  c->v = newref(v);
  gc_track(c);
  return Ref::steal(Value::from_ptr(c));
}
static void cell_finalize(Object* o) { decref(static_cast<Cell*>(o)->v); }
static void cell_traverse(Object* o, VisitFn visit, void* arg) {
  if (static_cast<Cell*>(o)->v) visit(static_cast<Cell*>(o)->v, arg);
}
static void cell_clear(Object* o) {
  Value v = static_cast<Cell*>(o)->v;
  static_cast<Cell*>(o)->v = kNull;
  decref(v);
}
static Ref cell_getattr(Value self, Str* name) {
  if (name->view() == "cell_contents") {
    Value v = static_cast<Cell*>(self.ptr())->v;
    if (!v) return raise(interp().ValueError, "Cell is empty");
    return Ref::borrow(v);
  }
  return generic_getattr(self, name);
}

// ---- built-in functions ---------------------------------------------------------------------------

Ref new_native(const char* name, NativeFn fn, Value self, Type* owner) {
  // An unbound method of a built-in type (str.upper) is a method_descriptor, as in CPython;
  // both types share every slot and differ only in their name.
  Interpreter& I = interp();
  Type* t = owner && !self ? I.method_descr_type : I.native_type;
  NativeFunc* f = static_cast<NativeFunc*>(alloc_object(t, sizeof(NativeFunc)));
  f->name = name;
  f->fn = fn;
  f->self = newref(self);
  f->owner = owner;
  gc_track(f);
  return Ref::steal(Value::from_ptr(f));
}
static void native_finalize(Object* o) { decref(static_cast<NativeFunc*>(o)->self); }
static void native_traverse(Object* o, VisitFn visit, void* arg) {
  if (static_cast<NativeFunc*>(o)->self) visit(static_cast<NativeFunc*>(o)->self, arg);
}
static Ref native_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  NativeFunc* f = static_cast<NativeFunc*>(self.ptr());
  if (f->self || !f->owner) return f->fn(f->self, args, nargs, kwnames);
  // An unbound method descriptor: the first argument is self.
  Interpreter& I = interp();
  if (nargs < 1)
    return raisef(I.TypeError, "unbound method %s.%s() needs an argument", f->owner->name.c_str(), f->name);
  if (!isinstance(args[0], f->owner) && f->owner != I.object_type)
    return raisef(I.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", f->name,
                  f->owner->name.c_str(), type_name(args[0]));
  return f->fn(args[0], args + 1, nargs - 1, kwnames);
}
static Ref native_descr_get(Value self, Value obj, Value) {
  NativeFunc* f = static_cast<NativeFunc*>(self.ptr());
  if (!obj || f->self || !f->owner) return Ref::borrow(self);
  if (!isinstance(obj, f->owner))
    return raisef(interp().TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", f->name,
                  f->owner->name.c_str(), type_name(obj));
  return new_native(f->name, f->fn, obj, f->owner);
}
static Ref native_repr(Value self) {
  NativeFunc* f = static_cast<NativeFunc*>(self.ptr());
  if (f->self && f->owner && type_of(f->self) != interp().module_type) {
    char buf[64];
    std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(f->self.ptr()));
    return new_str(std::string("<built-in method ") + f->name + " of " + type_name(f->self) + buf);
  }
  if (f->owner && !f->self)
    return new_str(std::string("<method '") + f->name + "' of '" + f->owner->name + "' objects>");
  return new_str(std::string("<built-in function ") + f->name + ">");
}
static Ref native_getattr(Value self, Str* name) {
  NativeFunc* f = static_cast<NativeFunc*>(self.ptr());
  std::string_view n = name->view();
  if (n == "__name__" || n == "__qualname__") {
    if (n == "__qualname__" && f->owner) return new_str(f->owner->name + "." + f->name);
    return new_str(f->name);
  }
  if (n == "__self__") return Ref::borrow(none_if_null(f->self));
  if (n == "__doc__") return Ref::borrow(kNone);
  if (n == "__module__") return Ref::borrow(kNone);
  return generic_getattr(self, name);
}

// ---- property / staticmethod / classmethod ------------------------------------------------------

static void property_finalize(Object* o) {
  Property* p = static_cast<Property*>(o);
  for (Value v : {p->fget, p->fset, p->fdel, p->doc}) decref(v);
}
static void property_traverse(Object* o, VisitFn visit, void* arg) {
  Property* p = static_cast<Property*>(o);
  for (Value v : {p->fget, p->fset, p->fdel, p->doc})
    if (v) visit(v, arg);
}
static Ref property_new(Type* t, const Value*, size_t, Tuple*) {
  Property* p = static_cast<Property*>(alloc_object(t, t->basicsize));
  gc_track(p);
  return Ref::steal(Value::from_ptr(p));
}
static int property_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[4];
  if (!parse_args("property", args, nargs, kw, {"fget", "fset", "fdel", "doc"}, 0, a)) return -1;
  Property* p = static_cast<Property*>(self.ptr());
  auto set = [](Value& slot, Value v) {
    Value old = slot;
    slot = (v && v != kNone) ? newref(v) : kNull;
    decref(old);
  };
  set(p->fget, a[0]);
  set(p->fset, a[1]);
  set(p->fdel, a[2]);
  if (!a[3] && a[0]) {
    Ref d = getattr_opt(a[0], interp().names.__doc__);
    if (d) set(p->doc, d.get());
    else clear_error();
  } else {
    set(p->doc, a[3]);
  }
  return 0;
}
// "property 'x' of 'C' object has no setter": CPython 3.11 names the property by the
// attribute it was assigned to; its getter's __name__ is that name in the usual forms.
static std::nullptr_t property_error(Property* p, Value obj, const char* missing) {
  Interpreter& I = interp();
  std::string name;
  if (p->fget) {
    Ref n = getattr_opt(p->fget, I.names.__name__);
    if (n && isinstance(n.get(), I.str_type)) name.append("'").append(sv(n.get())).append("' ");
    clear_error();
  }
  return raisef(I.AttributeError, "property %sof '%s' object has no %s", name.c_str(), type_name(obj), missing);
}
static Ref property_get(Value self, Value obj, Value) {
  Property* p = static_cast<Property*>(self.ptr());
  if (!obj || obj == kNone) return Ref::borrow(self);
  if (!p->fget) return property_error(p, obj, "getter");
  return call1(p->fget, obj);
}
static int property_set(Value self, Value obj, Value v) {
  Property* p = static_cast<Property*>(self.ptr());
  Value f = v ? p->fset : p->fdel;
  if (!f) {
    property_error(p, obj, v ? "setter" : "deleter");
    return -1;
  }
  Ref r = v ? call2(f, obj, v) : call1(f, obj);
  return r ? 0 : -1;
}
static Ref property_copy(Value self, int which, Value f) {
  Property* p = static_cast<Property*>(self.ptr());
  Value args[4] = {p->fget ? p->fget : kNone, p->fset ? p->fset : kNone, p->fdel ? p->fdel : kNone,
                   p->doc ? p->doc : kNone};
  args[which] = f;
  return call(Value::from_ptr(type_of(self)), args, 4);
}
static Ref m_property_getter(Value self, const Value* a, size_t n, Tuple*) {
  if (!check_nargs("getter", n, 1, 1)) return nullptr;
  return property_copy(self, 0, a[0]);
}
static Ref m_property_setter(Value self, const Value* a, size_t n, Tuple*) {
  if (!check_nargs("setter", n, 1, 1)) return nullptr;
  return property_copy(self, 1, a[0]);
}
static Ref m_property_deleter(Value self, const Value* a, size_t n, Tuple*) {
  if (!check_nargs("deleter", n, 1, 1)) return nullptr;
  return property_copy(self, 2, a[0]);
}
static Ref property_getattr(Value self, Str* name) {
  Property* p = static_cast<Property*>(self.ptr());
  std::string_view n = name->view();
  if (n == "fget") return Ref::borrow(none_if_null(p->fget));
  if (n == "fset") return Ref::borrow(none_if_null(p->fset));
  if (n == "fdel") return Ref::borrow(none_if_null(p->fdel));
  if (n == "__doc__") return Ref::borrow(none_if_null(p->doc));
  if (n == "__isabstractmethod__") return Ref::borrow(kFalse);
  return generic_getattr(self, name);
}

static void wrapper_finalize(Object* o) { decref(static_cast<StaticMethod*>(o)->f); }
static void wrapper_traverse(Object* o, VisitFn visit, void* arg) {
  if (static_cast<StaticMethod*>(o)->f) visit(static_cast<StaticMethod*>(o)->f, arg);
}
static Ref wrapper_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(t->name.c_str(), kw) || !check_nargs(t->name.c_str(), nargs, 1, 1)) return nullptr;
  StaticMethod* s = static_cast<StaticMethod*>(alloc_object(t, t->basicsize));
  s->f = newref(args[0]);
  gc_track(s);
  return Ref::steal(Value::from_ptr(s));
}
static Ref staticmethod_get(Value self, Value, Value) { return Ref::borrow(static_cast<StaticMethod*>(self.ptr())->f); }
static Ref staticmethod_call(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return call(static_cast<StaticMethod*>(self.ptr())->f, args, nargs, kw);
}
static Ref classmethod_get(Value self, Value obj, Value type) {
  Value t = type && type != kNone ? type : Value::from_ptr(type_of(obj));
  Value f = static_cast<ClassMethod*>(self.ptr())->f;
  Type* ft = type_of(f);
  if (ft == interp().native_type || ft == interp().method_descr_type) {
    NativeFunc* nf = static_cast<NativeFunc*>(f.ptr());
    return new_native(nf->name, nf->fn, t, nf->owner);
  }
  if (ft->descr_get && ft != interp().function_type) return ft->descr_get(f, t, t);
  return new_method(f, t);
}
static Ref wrapper_getattr(Value self, Str* name) {
  std::string_view n = name->view();
  Value f = static_cast<StaticMethod*>(self.ptr())->f;
  if (n == "__func__" || n == "__wrapped__") return Ref::borrow(f);
  if (n == "__isabstractmethod__") return Ref::borrow(kFalse);
  if (n == "__name__" || n == "__qualname__" || n == "__doc__") return getattr(f, name);
  return generic_getattr(self, name);
}

// ---- getset descriptors (attributes of built-in types) ------------------------------------------

struct GetSet : Object {
  const char* name;
  Ref (*get)(Value);
  int (*set)(Value, Value);
  Type* owner;
};
static Ref getset_get(Value self, Value obj, Value) {
  GetSet* g = static_cast<GetSet*>(self.ptr());
  if (!obj || obj == kNone) return Ref::borrow(self);
  return g->get(obj);
}
static int getset_set(Value self, Value obj, Value v) {
  GetSet* g = static_cast<GetSet*>(self.ptr());
  if (!g->set) {
    raisef(interp().AttributeError, "attribute '%s' of '%s' objects is not writable", g->name, g->owner->name.c_str());
    return -1;
  }
  return g->set(obj, v);
}

void add_getset(Interpreter& I, Type* t, const char* name, Ref (*get)(Value), int (*set)(Value, Value)) {
  Type* gt = nullptr;
  Value existing = dict_get_str(I.builtins ? I.builtins : t->dict, I.intern("__getset_type__"));
  (void)existing;
  gt = I.getset_type;
  GetSet* g = static_cast<GetSet*>(alloc_object(gt, sizeof(GetSet)));
  g->name = name;
  g->get = get;
  g->set = set;
  g->owner = t;
  dict_set(t->dict, Value::from_ptr(I.intern(name)), Value::from_ptr(g));
  decref(Value::from_ptr(g));
}

static Ref m_descr_get(Value self, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("__get__", nargs, 1, 2)) return nullptr;
  Value obj = args[0] == kNone ? kNull : args[0];
  Value owner = nargs > 1 && args[1] != kNone ? args[1] : kNull;
  if (!obj && !owner) return raise(I.TypeError, "__get__(None, None) is invalid");
  return type_of(self)->descr_get(self, obj, owner ? owner : Value::from_ptr(type_of(obj)));
}
static Ref m_descr_set(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("__set__", nargs, 2, 2)) return nullptr;
  if (type_of(self)->descr_set(self, args[0], args[1]) < 0) return nullptr;
  return Ref::steal(kNone);
}
static Ref m_descr_delete(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("__delete__", nargs, 1, 1)) return nullptr;
  if (type_of(self)->descr_set(self, args[0], kNull) < 0) return nullptr;
  return Ref::steal(kNone);
}

void init_function(Interpreter& I) {
  Type* o = I.object_type;
  I.getset_type = new_builtin_type(I, "getset_descriptor", o, sizeof(GetSet), 0);
  I.getset_type->descr_get = getset_get;
  I.getset_type->descr_set = getset_set;
  I.getset_type->tp_new = nullptr;

  Type* f = I.function_type = new_builtin_type(I, "function", o, sizeof(Function), kTypeGc);
  f->finalize = function_finalize;
  f->traverse = function_traverse;
  f->clear = function_clear;
  f->call = function_call;
  f->descr_get = function_descr_get;
  f->repr = function_repr;
  f->getattr = function_getattr;
  f->setattr = function_setattr;
  f->tp_new = nullptr;

  Type* m = I.method_type = new_builtin_type(I, "method", o, sizeof(Method), kTypeGc);
  m->finalize = method_finalize;
  m->traverse = method_traverse;
  m->call = method_call;
  m->repr = method_repr;
  m->getattr = method_getattr;
  m->richcmp = method_richcmp;
  m->hash = method_hash;
  m->tp_new = nullptr;

  Type* c = I.cell_type = new_builtin_type(I, "cell", o, sizeof(Cell), kTypeGc);
  c->finalize = cell_finalize;
  c->traverse = cell_traverse;
  c->clear = cell_clear;
  c->getattr = cell_getattr;
  c->tp_new = nullptr;

  Type* n = I.native_type = new_builtin_type(I, "builtin_function_or_method", o, sizeof(NativeFunc), kTypeGc);
  n->finalize = native_finalize;
  n->traverse = native_traverse;
  n->call = native_call;
  n->descr_get = native_descr_get;
  n->repr = native_repr;
  n->getattr = native_getattr;
  n->tp_new = nullptr;
  Type* md = I.method_descr_type = new_builtin_type(I, "method_descriptor", o, sizeof(NativeFunc), kTypeGc);
  md->finalize = native_finalize;
  md->traverse = native_traverse;
  md->call = native_call;
  md->descr_get = native_descr_get;
  md->repr = native_repr;
  md->getattr = native_getattr;
  md->tp_new = nullptr;

  Type* p = I.property_type = new_builtin_type(I, "property", o, sizeof(Property), kTypeGc | kTypeBaseType);
  p->finalize = property_finalize;
  p->traverse = property_traverse;
  p->tp_new = property_new;
  p->init = property_init;
  p->descr_get = property_get;
  p->descr_set = property_set;
  p->getattr = property_getattr;
  static const MethodDef pm[] = {{"getter", m_property_getter}, {"setter", m_property_setter},
                                 {"deleter", m_property_deleter}, {nullptr, nullptr}};
  add_methods(I, p, pm);

  Type* s = I.staticmethod_type = new_builtin_type(I, "staticmethod", o, sizeof(StaticMethod), kTypeGc | kTypeBaseType);
  s->finalize = wrapper_finalize;
  s->traverse = wrapper_traverse;
  s->tp_new = wrapper_new;
  s->init = nullptr;
  s->descr_get = staticmethod_get;
  s->call = staticmethod_call;
  s->getattr = wrapper_getattr;
  Type* cm = I.classmethod_type = new_builtin_type(I, "classmethod", o, sizeof(ClassMethod), kTypeGc | kTypeBaseType);
  cm->finalize = wrapper_finalize;
  cm->traverse = wrapper_traverse;
  cm->tp_new = wrapper_new;
  cm->init = nullptr;
  cm->descr_get = classmethod_get;
  cm->getattr = wrapper_getattr;

  for (Type* t : {f, n, md, p, s, cm}) add_descriptor_methods(I, t);
}

// The descriptor protocol as methods: f.__get__(obj), prop.__set__(obj, v), ...
void add_descriptor_methods(Interpreter& I, Type* t) {
  static const MethodDef get_def[] = {{"__get__", m_descr_get}, {nullptr, nullptr}};
  static const MethodDef set_defs[] = {{"__set__", m_descr_set}, {"__delete__", m_descr_delete}, {nullptr, nullptr}};
  add_methods(I, t, get_def);
  if (t->descr_set) add_methods(I, t, set_defs);
}

}  // namespace py

namespace py {

// Prints a code object and its nested code objects (debugging aid: AIOPLAY_DIS=1).
void disassemble(Code* c) {
  std::fprintf(stderr, "== %s (stack %d, locals %d, cells %d, free %d)\n", as_str(c->qualname)->data, c->stacksize,
               c->nlocals, c->ncells(), c->nfree());
  for (size_t i = 0; i < c->code.size(); ++i)
    std::fprintf(stderr, "%4zu %4d  %-22s %u\n", i, c->lines[i], opcode_name(instr_op(c->code[i])), instr_arg(c->code[i]));
  Tuple* k = as_tuple(c->consts);
  for (size_t i = 0; i < k->n; ++i)
    if (type_of(k->items[i]) == interp().code_type) disassemble(static_cast<Code*>(k->items[i].ptr()));
}

}  // namespace py
