// type.cpp — `type`, `object`, class creation (C3 MRO), instances of classes, super().
//
// A class statement makes a heap Type whose slots are either inherited from its built-in
// base or, for each dunder some class in the MRO defines, a generic slot that looks the
// dunder up and calls it (CPython's slot_* functions).
#include "py/builtin_types.hpp"
#include "py/errors.hpp"
#include "py/generator.hpp"
#include "py/frame.hpp"

namespace py {

// ---- helpers for built-in types --------------------------------------------------------

static void type_finalize(Object* o);
static void type_traverse(Object* o, VisitFn visit, void* arg);
static void type_clear(Object* o);

Type* new_builtin_type(Interpreter& I, const char* name, Type* base, size_t basicsize, uint32_t tflags) {
  Type* t = emplace_object<Type>(alloc_object(I.type_type, sizeof(Type)));
  t->name = name;
  t->qualname = name;
  t->base = base;
  t->basicsize = basicsize;
  t->tflags = tflags;
  // During bootstrap (before str, tuple and dict exist) finish_bootstrap fills these in.
  if (I.dict_type && I.tuple_type && I.str_type) t->dict = as_dict(new_dict().release());
  if (base) {
    // Inherit the slots; each init_* function then overrides what its type defines.
    Type keep = *t;
    t->finalize = base->finalize;
    t->traverse = base->traverse;
    t->clear = base->clear;
    t->repr = base->repr;
    t->str = base->str;
    t->hash = base->hash;
    t->richcmp = base->richcmp;
    t->getattr = base->getattr;
    t->setattr = base->setattr;
    t->call = base->call;
    t->iter = base->iter;
    t->iternext = base->iternext;
    t->descr_get = base->descr_get;
    t->descr_set = base->descr_set;
    t->tp_new = base->tp_new;
    t->init = base->init;
    t->len = base->len;
    t->getitem = base->getitem;
    t->setitem = base->setitem;
    t->contains = base->contains;
    t->truth = base->truth;
    t->binop = base->binop;
    t->unop = base->unop;
    t->dict_offset = base->dict_offset;
    (void)keep;
  }
  if (!t->dict) {
    I.all_types.push_back(t);
    return t;
  }
  finish_type(I, t);
  I.all_types.push_back(t);
  return t;
}

void finish_type(Interpreter& I, Type* t) {
  if (!t->dict) t->dict = as_dict(new_dict().release());
  Type* base = t->base;
  if (base) {
    Ref b = tuple_pack({Value::from_ptr(base)});
    t->bases = b.release();
    Tuple* bm = as_tuple(base->mro);
    Ref m = new_tuple(bm->n + 1);
    as_tuple(m.get())->items[0] = newref(Value::from_ptr(t));
    for (size_t i = 0; i < bm->n; ++i) as_tuple(m.get())->items[i + 1] = newref(bm->items[i]);
    t->mro = m.release();
  } else {
    t->bases = newref(I.empty_tuple);
    Ref m = tuple_pack({Value::from_ptr(t)});
    t->mro = m.release();
  }
  t->module = newref(Value::from_ptr(I.intern("builtins")));
}

void add_methods(Interpreter& I, Type* t, const MethodDef* defs) {
  for (; defs->name; ++defs) {
    Ref f = new_native(defs->name, defs->fn, kNull, defs->kind == MethodDef::kStaticMethod ? nullptr : t);
    Ref v;
    if (defs->kind == MethodDef::kClassMethod) {
      ClassMethod* cm = static_cast<ClassMethod*>(alloc_object(I.classmethod_type, sizeof(ClassMethod)));
      cm->f = f.release();
      gc_track(cm);
      v = Ref::steal(Value::from_ptr(cm));
    } else if (defs->kind == MethodDef::kStaticMethod) {
      StaticMethod* sm = static_cast<StaticMethod*>(alloc_object(I.staticmethod_type, sizeof(StaticMethod)));
      sm->f = f.release();
      gc_track(sm);
      v = Ref::steal(Value::from_ptr(sm));
    } else {
      v = std::move(f);
    }
    dict_set(t->dict, Value::from_ptr(I.intern(defs->name)), v.get());
  }
}

bool check_nargs(const char* fname, size_t nargs, size_t min, size_t max) {
  Interpreter& I = interp();
  if (nargs >= min && nargs <= max) return true;
  if (min == max) {
    if (min == 0) raisef(I.TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
    else if (min == 1) raisef(I.TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
    else raisef(I.TypeError, "%s expected %zu arguments, got %zu", fname, min, nargs);
  } else if (nargs < min) {
    raisef(I.TypeError, "%s expected at least %zu argument%s, got %zu", fname, min, min == 1 ? "" : "s", nargs);
  } else {
    raisef(I.TypeError, "%s expected at most %zu argument%s, got %zu", fname, max, max == 1 ? "" : "s", nargs);
  }
  return false;
}

bool no_kwargs(const char* fname, Tuple* kwnames) {
  if (!kwnames || kwnames->n == 0) return true;
  raisef(interp().TypeError, "%s() takes no keyword arguments", fname);
  return false;
}

bool parse_args(const char* fname, const Value* args, size_t nargs, Tuple* kwnames,
                std::initializer_list<const char*> names, size_t required, Value* out, size_t npositional_only) {
  Interpreter& I = interp();
  size_t n = names.size();
  for (size_t i = 0; i < n; ++i) out[i] = kNull;
  if (nargs > n) {
    raisef(I.TypeError, "%s() takes at most %zu argument%s (%zu given)", fname, n, n == 1 ? "" : "s", nargs);
    return false;
  }
  for (size_t i = 0; i < nargs; ++i) out[i] = args[i];
  if (kwnames) {
    for (size_t k = 0; k < kwnames->n; ++k) {
      std::string_view kn = sv(kwnames->items[k]);
      size_t i = 0;
      for (const char* nm : names) {
        if (i >= npositional_only && kn == nm) break;
        ++i;
      }
      if (i == n) {
        raisef(I.TypeError, "%s() got an unexpected keyword argument '%.*s'", fname, int(kn.size()), kn.data());
        return false;
      }
      if (out[i]) {
        raisef(I.TypeError, "argument for %s() given by name ('%.*s') and position (%zu)", fname,
               int(kn.size()), kn.data(), i + 1);
        return false;
      }
      out[i] = args[nargs + k];
    }
  }
  for (size_t i = 0; i < required; ++i) {
    if (!out[i]) {
      const char* nm = *(names.begin() + i);
      raisef(I.TypeError, "%s() missing required argument '%s' (pos %zu)", fname, nm, i + 1);
      return false;
    }
  }
  return true;
}

// ---- type objects ------------------------------------------------------------------------------

static void type_finalize(Object* o) {
  Type* t = static_cast<Type*>(o);
  interp().type_epoch++;
  decref(t->bases);
  decref(t->mro);
  decref(Value::from_ptr(t->dict));
  decref(t->module);
  if (t->base && t->is_heap()) decref(Value::from_ptr(t->base));
  t->~Type();
}

static void type_traverse(Object* o, VisitFn visit, void* arg) {
  Type* t = static_cast<Type*>(o);
  if (t->dict) visit(Value::from_ptr(t->dict), arg);
  if (t->bases) visit(t->bases, arg);
  if (t->mro) visit(t->mro, arg);
  if (t->base && t->is_heap()) visit(Value::from_ptr(t->base), arg);
}

static void type_clear(Object* o) {
  Type* t = static_cast<Type*>(o);
  if (!t->is_heap()) return;
  Value m = t->mro;
  t->mro = kNull;
  decref(m);
  if (t->dict) dict_clear(t->dict);
}

Ref mappingproxy_of(Type* t);

static Ref type_repr(Value v) {
  Type* t = static_cast<Type*>(v.ptr());
  std::string s = "<class '";
  if (t->module && sv(t->module) != "builtins") {
    s += sv(t->module);
    s += '.';
  }
  s += t->qualname;
  s += "'>";
  return new_str(s);
}

static Ref type_getattr(Value obj, Str* name) {
  Interpreter& I = interp();
  Type* t = static_cast<Type*>(obj.ptr());
  Type* meta = type_of(obj);
  {
    std::string_view n = name->view();
    if (n.size() > 4 && n[0] == '_' && n[1] == '_') {
      if (n == "__name__") return new_str(t->name);
      if (n == "__qualname__") return new_str(t->qualname);
      if (n == "__mro__") return Ref::borrow(t->mro);
      if (n == "__bases__") return Ref::borrow(t->bases);
      if (n == "__base__") return Ref::borrow(t->base ? Value::from_ptr(t->base) : kNone);
      if (n == "__dict__") return mappingproxy_of(t);
      if (n == "__module__" && !t->is_heap()) return Ref::borrow(t->module ? t->module : kNone);
      if (n == "__doc__" && !t->is_heap()) return Ref::borrow(kNone);
    }
  }
  Value meta_attr = type_lookup(meta, name);
  if (meta_attr) {
    Type* mt = type_of(meta_attr);
    if (mt->descr_get && mt->descr_set) return mt->descr_get(meta_attr, obj, Value::from_ptr(meta));
  }
  Value attr = type_lookup(t, name);
  if (attr) {
    Type* at = type_of(attr);
    if (at->descr_get) return at->descr_get(attr, kNull, obj);
    return Ref::borrow(attr);
  }
  if (meta_attr) {
    Type* mt = type_of(meta_attr);
    if (mt->descr_get) return mt->descr_get(meta_attr, obj, Value::from_ptr(meta));
    return Ref::borrow(meta_attr);
  }
  // A metaclass's __getattr__.
  if (meta->is_heap()) {
    Value ga = type_lookup(meta, I.names.__getattr__);
    if (ga) {
      Value args[2] = {obj, Value::from_ptr(name)};
      return call(ga, args, 2);
    }
  }
  return attribute_error(obj, name);
}

static void fixup_slots(Type* t);

static int type_setattr(Value obj, Str* name, Value v) {
  Interpreter& I = interp();
  Type* t = static_cast<Type*>(obj.ptr());
  if (!t->is_heap()) {
    raisef(I.TypeError, "cannot set '%s' attribute of immutable type '%s'", name->data, t->name.c_str());
    return -1;
  }
  I.type_epoch++;
  std::string_view n = name->view();
  if ((n == "__name__" || n == "__qualname__") && v && !isinstance(v, I.str_type)) {
    raisef(I.TypeError, "can only assign string to %s.%s, not '%s'", t->name.c_str(), name->data, type_name(v));
    return -1;
  }
  Value meta_attr = n == "__name__" || n == "__qualname__" ? kNull : type_lookup(type_of(obj), name);
  if (meta_attr && type_of(meta_attr)->descr_set) return type_of(meta_attr)->descr_set(meta_attr, obj, v);
  if (n == "__name__" && v) {
    t->name = std::string(sv(v));
    return 0;
  }
  if (n == "__qualname__" && v) {
    t->qualname = std::string(sv(v));
    return 0;
  }
  int r;
  if (!v) {
    Value old;
    r = dict_pop(t->dict, Value::from_ptr(name), &old);
    if (r == 0) {
      attribute_error(obj, name);
      return -1;
    }
    if (r > 0) decref(old), r = 0;
  } else {
    r = dict_set(t->dict, Value::from_ptr(name), v);
  }
  if (n.size() > 4 && n.substr(0, 2) == "__") fixup_slots(t);
  return r;
}

Ref type_call(Value typev, const Value* args, size_t nargs, Tuple* kwnames) {
  Interpreter& I = interp();
  Type* t = static_cast<Type*>(typev.ptr());
  size_t nkw = kwnames ? kwnames->n : 0;
  if (t == I.type_type) {
    if (nargs == 1 && nkw == 0) return Ref::borrow(Value::from_ptr(type_of(args[0])));
    if (nargs != 3) return raise(I.TypeError, "type() takes 1 or 3 arguments");
  }
  if (!t->tp_new) return raisef(I.TypeError, "cannot create '%s' instances", t->name.c_str());
  Ref obj = t->tp_new(t, args, nargs, kwnames);
  if (!obj) return nullptr;
  if (t == I.type_type || (t->tflags & kTypeTypeSub && nargs != 3)) {
    if (t == I.type_type) return obj;
  }
  Type* ot = type_of(obj.get());
  if (!is_subtype(ot, t)) return obj;
  if (ot->init && ot->init(obj.get(), args, nargs, kwnames) < 0) return nullptr;
  return obj;
}

// ---- object ---------------------------------------------------------------------------------

static Ref object_new(Type* t, const Value*, size_t nargs, Tuple* kwnames);
static int slot_init(Value self, const Value* args, size_t nargs, Tuple* kw);

Ref type_new_for_init(Type* t, Function** init) {
  Interpreter& I = interp();
  if (t->tp_new != object_new || t->init != slot_init) return nullptr;
  Value m = type_lookup(t, I.names.__init__);
  if (!m || type_of(m) != I.function_type) return nullptr;
  Function* fn = static_cast<Function*>(m.ptr());
  if (fn->code->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator)) return nullptr;
  // object_new's argument check passes: __init__ is overridden (it is a Python function).
  Object* o = alloc_object(t, t->basicsize);
  if (t->has_gc()) gc_track(o);
  *init = fn;
  return Ref::steal(Value::from_ptr(o));
}

static Value object_new_fn, object_init_fn;

static bool overrides(Type* t, Str* name, Type* base) {
  Value v = type_lookup(t, name);
  Value b = type_lookup(base, name);
  return v != b;
}

static Ref object_new(Type* t, const Value*, size_t nargs, Tuple* kwnames) {
  Interpreter& I = interp();
  size_t nkw = kwnames ? kwnames->n : 0;
  if ((nargs || nkw) && !overrides(t, I.names.__init__, I.object_type)) {
    return raisef(I.TypeError, "%s() takes no arguments", t->name.c_str());
  }
  if (!overrides(t, I.names.__init__, I.object_type) && !overrides(t, I.names.__new__, I.object_type)) {
  }
  Object* o = alloc_object(t, t->basicsize);
  if (t->has_gc()) gc_track(o);
  return Ref::steal(Value::from_ptr(o));
}

static int object_init(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  Interpreter& I = interp();
  Type* t = type_of(self);
  size_t nkw = kwnames ? kwnames->n : 0;
  if ((nargs || nkw) && overrides(t, I.names.__init__, I.object_type)) {
    // Reached through super().__init__(args) or an explicit object.__init__ call.
  }
  if ((nargs || nkw) && !overrides(t, I.names.__new__, I.object_type) &&
      overrides(t, I.names.__init__, I.object_type)) {
    raise(I.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    return -1;
  }
  return 0;
}

static Ref object_str(Value v) { return repr(v); }

static int object_hash(Value v, int64_t* out) {
  uint64_t p = v.bits();
  *out = int64_t((p >> 4) | (p << 60));
  if (*out == -1) *out = -2;
  return 0;
}

static Ref object_richcmp(Value a, Value b, int op) {
  if (op == kEq) return Ref::steal(a == b ? kTrue : kNotImplemented);
  if (op == kNe) {
    // != defaults to the inverse of ==.
    Type* t = type_of(a);
    if (t->richcmp && t->richcmp != object_richcmp) {
      Ref r = t->richcmp(a, b, kEq);
      if (!r || r.get() == kNotImplemented) return r;
      int tr = truth(r.get());
      if (tr < 0) return nullptr;
      return Ref::steal(bool_value(!tr));
    }
    return Ref::steal(a == b ? kFalse : kNotImplemented);
  }
  return Ref::steal(kNotImplemented);
}

// Methods of object callable from Python (super().__init__(), object.__repr__(self), ...).
static Ref m_object_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (object_init(self, args, nargs, kw) < 0) return nullptr;
  return Ref::steal(kNone);
}
static Ref m_object_new(Value, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  if (nargs < 1 || !isinstance(args[0], I.type_type)) return raise(I.TypeError, "object.__new__(X): X is not a type object");
  Type* t = static_cast<Type*>(args[0].ptr());
  if (!t->is_heap() && t != I.object_type) {
    return t->tp_new(t, args + 1, nargs - 1, kw);
  }
  size_t nkw = kw ? kw->n : 0;
  if ((nargs > 1 || nkw) && !overrides(t, I.names.__init__, I.object_type))
    return raisef(I.TypeError, "%s() takes no arguments", t->name.c_str());
  // Build the instance with the nearest built-in base's allocator.
  Type* solid = t;
  while (solid->is_heap()) solid = solid->base;
  if (solid == I.object_type || solid->tp_new == object_new) {
    Object* o = alloc_object(t, t->basicsize);
    if (t->has_gc()) gc_track(o);
    return Ref::steal(Value::from_ptr(o));
  }
  return solid->tp_new(t, args + 1, nargs - 1, kw);
}
static Ref m_object_repr(Value self, const Value*, size_t, Tuple*) { return object_repr_default(self); }
static Ref m_object_str(Value self, const Value*, size_t, Tuple*) { return repr(self); }
static Ref m_object_hash(Value self, const Value*, size_t, Tuple*) {
  int64_t h;
  object_hash(self, &h);
  return new_int(h);
}
static Ref m_object_eq(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("__eq__", nargs, 1, 1)) return nullptr;
  return Ref::steal(self == args[0] ? kTrue : kNotImplemented);
}
static Ref m_object_ne(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("__ne__", nargs, 1, 1)) return nullptr;
  // Only self's own __eq__ is asked (no reflected call, no identity fallback), as in CPython.
  Ref r = call_method(self, interp().names.__eq__, args, 1);
  if (!r || r.get() == kNotImplemented) return r;
  int t = truth(r.get());
  if (t < 0) return nullptr;
  return Ref::steal(bool_value(!t));
}
static Ref m_object_cmp_ni(Value, const Value*, size_t, Tuple*) { return Ref::steal(kNotImplemented); }
static Ref m_object_getattribute(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("__getattribute__", nargs, 1, 1)) return nullptr;
  if (!isinstance(args[0], interp().str_type)) return raise(interp().TypeError, "attribute name must be string");
  return generic_getattr(self, as_str(args[0]));
}
static Ref m_object_setattr(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("__setattr__", nargs, 2, 2)) return nullptr;
  if (!isinstance(args[0], interp().str_type)) return raise(interp().TypeError, "attribute name must be string");
  if (generic_setattr(self, as_str(args[0]), args[1]) < 0) return nullptr;
  return Ref::steal(kNone);
}
static Ref m_object_delattr(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("__delattr__", nargs, 1, 1)) return nullptr;
  if (generic_setattr(self, as_str(args[0]), kNull) < 0) return nullptr;
  return Ref::steal(kNone);
}
static Ref m_object_format(Value self, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("__format__", nargs, 1, 1)) return nullptr;
  if (!isinstance(args[0], I.str_type))
    return raisef(I.TypeError, "__format__() argument must be str, not %s", type_name(args[0]));
  if (as_str(args[0])->nbytes)
    return raisef(I.TypeError, "unsupported format string passed to %s.__format__", type_name(self));
  return str(self);
}
static Ref m_object_init_subclass(Value, const Value*, size_t, Tuple* kw) {
  if (kw && kw->n) return raisef(interp().TypeError, "__init_subclass__() takes no keyword arguments");
  return Ref::steal(kNone);
}
static Ref m_object_dir(Value self, const Value*, size_t, Tuple*);
static Ref m_object_class(Value self) { return Ref::borrow(Value::from_ptr(type_of(self))); }
static Ref m_object_dict(Value self) {
  Dict** dp = (type_of(self)->tflags & kTypeNoDict) ? nullptr : instance_dict_ptr(self);
  if (!dp) return attribute_error(self, interp().names.__dict__);
  if (!*dp) *dp = as_dict(new_dict().release());
  return Ref::borrow(Value::from_ptr(*dp));
}
static int m_object_set_class(Value self, Value v) {
  Interpreter& I = interp();
  if (!isinstance(v, I.type_type) || !self.is_ptr()) {
    raise(I.TypeError, "__class__ must be set to a class");
    return -1;
  }
  Type* nt = static_cast<Type*>(v.ptr());
  Type* old = self.ptr()->type;
  if (!nt->is_heap() || !old->is_heap() || nt->basicsize != old->basicsize) {
    raise(I.TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return -1;
  }
  incref(v);
  self.ptr()->type = nt;
  decref(Value::from_ptr(old));
  return 0;
}

static Ref m_object_dir(Value self, const Value*, size_t, Tuple*) {
  Interpreter& I = interp();
  Ref d = new_dict();
  if (Dict** dp = instance_dict_ptr(self); dp && *dp) dict_merge(as_dict(d.get()), Value::from_ptr(*dp), true);
  Type* t = isinstance(self, I.type_type) ? static_cast<Type*>(self.ptr()) : type_of(self);
  Tuple* m = as_tuple(t->mro);
  for (size_t i = 0; i < m->n; ++i)
    dict_merge(as_dict(d.get()), Value::from_ptr(static_cast<Type*>(m->items[i].ptr())->dict), true);
  Ref l = new_list();
  size_t pos = 0;
  Value k, v;
  while (dict_next(as_dict(d.get()), &pos, &k, &v)) list_append(l.get(), k);
  if (!list_sort(l.get(), kNull, false)) return nullptr;
  return l;
}

// ---- heap-type instances ---------------------------------------------------------------------

static void heap_finalize(Object* o) {
  if (Dict** dp = instance_dict_ptr(Value::from_ptr(o))) {
    Dict* d = *dp;
    *dp = nullptr;
    if (d) decref(Value::from_ptr(d));
  }
  Type* t = o->type;
  Type* solid = t;
  while (solid->is_heap()) solid = solid->base;
  if (solid->finalize) solid->finalize(o);
}

static void heap_traverse(Object* o, VisitFn visit, void* arg) {
  Type* t = o->type;
  if (Dict** dp = instance_dict_ptr(Value::from_ptr(o)); dp && *dp) visit(Value::from_ptr(*dp), arg);
  visit(Value::from_ptr(t), arg);
  Type* solid = t;
  while (solid->is_heap()) solid = solid->base;
  if (solid->traverse) solid->traverse(o, visit, arg);
}

static void heap_clear(Object* o) {
  Type* t = o->type;
  if (Dict** dp = instance_dict_ptr(Value::from_ptr(o)); dp && *dp) dict_clear(*dp);
  Type* solid = t;
  while (solid->is_heap()) solid = solid->base;
  if (solid->clear) solid->clear(o);
}

void call_del(Object* o) {
  Interpreter& I = interp();
  o->flags |= kObjFinalized;
  if (o->type == I.async_gen_type) {  // no __del__: CPython's async-generator finalizer hook
    async_gen_call_finalizer(o);
    return;
  }
  Value self = Value::from_ptr(o);
  Ref d = Ref::borrow(type_lookup(o->type, I.names.__del__));
  if (!d) return;
  Ref saved = fetch_error();
  Ref f = descr_get(d.get(), self, Value::from_ptr(o->type));
  if (!f || !call0(f.get())) write_unraisable(d.get());  // names the function, as CPython
  if (saved) set_error(std::move(saved));
}

// Generic slots: look the dunder up on the type and call it.
static Ref call_dunder(Value self, Str* name, const Value* args, size_t nargs, bool* found = nullptr) {
  Value m = type_lookup(type_of(self), name);
  if (found) *found = !m.is_null();
  if (!m) return attribute_error(self, name);
  if (type_of(m) == interp().function_type) {
    Value buf[4];
    buf[0] = self;
    for (size_t i = 0; i < nargs; ++i) buf[i + 1] = args[i];
    return call(m, buf, nargs + 1);
  }
  Ref f = descr_get(m, self, Value::from_ptr(type_of(self)));
  if (!f) return nullptr;
  return call(f.get(), args, nargs);
}

static Ref slot_repr(Value self) { return call_dunder(self, interp().names.__repr__, nullptr, 0); }
static Ref slot_str(Value self) { return call_dunder(self, interp().names.__str__, nullptr, 0); }
static int slot_hash(Value self, int64_t* out) {
  Interpreter& I = interp();
  Value m = type_lookup(type_of(self), I.names.__hash__);
  if (m == kNone) {
    raisef(I.TypeError, "unhashable type: '%s'", type_name(self));
    return -1;
  }
  Ref r = call_dunder(self, I.names.__hash__, nullptr, 0);
  if (!r) return -1;
  if (!is_int(r.get())) {
    raise(I.TypeError, "__hash__ method should return an integer");
    return -1;
  }
  num::BigInt b;
  to_bigint(r.get(), b);
  *out = b.python_hash();
  if (b.fits_int64() && b.to_int64() != -1) *out = b.python_hash();
  return 0;
}
static Ref slot_richcmp(Value a, Value b, int op) {
  Interpreter& I = interp();
  Value m = type_lookup(type_of(a), I.names.cmp[op]);
  if (!m) return Ref::steal(kNotImplemented);
  Value args[2] = {a, b};
  if (type_of(m) == I.function_type) return call(m, args, 2);
  Ref f = descr_get(m, a, Value::from_ptr(type_of(a)));
  if (!f) return nullptr;
  return call1(f.get(), b);
}
static Ref slot_getattr(Value self, Str* name) {
  Interpreter& I = interp();
  Type* t = type_of(self);
  Value ga = type_lookup(t, I.names.__getattribute__);
  Ref r;
  if (ga && type_of(ga) == I.function_type) {
    Value args[2] = {self, Value::from_ptr(name)};
    r = call(ga, args, 2);
  } else {
    bool found;
    r = generic_getattr_opt(self, name, &found);
    if (!found && !r) attribute_error(self, name);
  }
  if (r || !err_matches(I.AttributeError)) return r;
  Value g = type_lookup(t, I.names.__getattr__);
  if (!g) return r;
  clear_error();
  Value args[2] = {self, Value::from_ptr(name)};
  if (type_of(g) == I.function_type) return call(g, args, 2);
  Ref f = descr_get(g, self, Value::from_ptr(t));
  if (!f) return nullptr;
  return call1(f.get(), Value::from_ptr(name));
}
static int slot_setattr(Value self, Str* name, Value v) {
  Interpreter& I = interp();
  Value m = type_lookup(type_of(self), v ? I.names.__setattr__ : I.names.__delattr__);
  if (!m || type_of(m) == I.native_type || type_of(m) == I.method_descr_type) return generic_setattr(self, name, v);
  Value args[2] = {Value::from_ptr(name), v};
  Ref r = call_dunder(self, v ? I.names.__setattr__ : I.names.__delattr__, args, v ? 2 : 1);
  return r ? 0 : -1;
}
static Ref slot_call(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  Value m = type_lookup(type_of(self), I.names.__call__);
  if (!m) return raisef(I.TypeError, "'%s' object is not callable", type_name(self));
  Ref f = descr_get(m, self, Value::from_ptr(type_of(self)));
  if (!f) return nullptr;
  return call(f.get(), args, nargs, kw);
}
static Ref slot_iter(Value self) {
  Interpreter& I = interp();
  Value m = type_lookup(type_of(self), I.names.__iter__);
  if (m == kNone || !m) return raisef(I.TypeError, "'%s' object is not iterable", type_name(self));
  return call_dunder(self, I.names.__iter__, nullptr, 0);
}
static Ref slot_iternext(Value self) {
  Interpreter& I = interp();
  Ref r = call_dunder(self, I.names.__next__, nullptr, 0);
  if (!r && err_matches(I.StopIteration)) {
    clear_error();
  }
  return r;
}
static Ref slot_descr_get(Value self, Value obj, Value type) {
  Value args[2] = {obj ? obj : kNone, type ? type : kNone};
  return call_dunder(self, interp().names.__get__, args, 2);
}
static int slot_descr_set(Value self, Value obj, Value v) {
  Interpreter& I = interp();
  Ref r;
  if (v) {
    Value args[2] = {obj, v};
    r = call_dunder(self, I.names.__set__, args, 2);
  } else {
    r = call_dunder(self, I.names.__delete__, &obj, 1);
  }
  return r ? 0 : -1;
}
static Ref slot_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  Value m = type_lookup(t, I.names.__new__);
  Ref f = descr_get(m, kNull, Value::from_ptr(t));
  if (!f) return nullptr;
  std::vector<Value> all;
  all.push_back(Value::from_ptr(t));
  size_t nkw = kw ? kw->n : 0;
  all.insert(all.end(), args, args + nargs + nkw);
  return call(f.get(), all.data(), nargs + 1, kw);
}
static int slot_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  Value m = type_lookup(type_of(self), I.names.__init__);
  Ref r;
  if (type_of(m) == I.function_type) {
    size_t nkw = kw ? kw->n : 0;
    Value small[8];
    std::vector<Value> big;
    Value* all = small;
    if (nargs + nkw + 1 > 8) {
      big.resize(nargs + nkw + 1);
      all = big.data();
    }
    all[0] = self;
    for (size_t i = 0; i < nargs + nkw; ++i) all[i + 1] = args[i];
    r = call_function(static_cast<Function*>(m.ptr()), all, nargs + 1, kw);
  } else {
    Ref f = descr_get(m, self, Value::from_ptr(type_of(self)));
    if (!f) return -1;
    r = call(f.get(), args, nargs, kw);
  }
  if (!r) return -1;
  if (r.get() != kNone) {
    raisef(I.TypeError, "__init__() should return None, not '%s'", type_name(r.get()));
    return -1;
  }
  return 0;
}
static int64_t slot_len(Value self) {
  Interpreter& I = interp();
  Ref r = call_dunder(self, I.names.__len__, nullptr, 0);
  if (!r) return -1;
  int64_t n;
  if (!is_int(r.get())) {
    raisef(I.TypeError, "'%s' object cannot be interpreted as an integer", type_name(r.get()));
    return -1;
  }
  if (index_of(r.get(), &n) < 0) return -1;
  if (n < 0) {
    raise(I.ValueError, "__len__() should return >= 0");
    return -1;
  }
  return n;
}
static Ref slot_getitem(Value self, Value k) { return call_dunder(self, interp().names.__getitem__, &k, 1); }
static int slot_setitem(Value self, Value k, Value v) {
  Interpreter& I = interp();
  Ref r;
  if (v) {
    Value args[2] = {k, v};
    r = call_dunder(self, I.names.__setitem__, args, 2);
  } else {
    r = call_dunder(self, I.names.__delitem__, &k, 1);
  }
  return r ? 0 : -1;
}
static int slot_contains(Value self, Value item) {
  Interpreter& I = interp();
  Value m = type_lookup(type_of(self), I.names.__contains__);
  if (!m) {
    Ref it = get_iter(self);
    if (!it) return -1;
    for (;;) {
      Ref x = iter_next(it.get());
      if (!x) return err_occurred() ? -1 : 0;
      int r = equal(x.get(), item);
      if (r != 0) return r;
    }
  }
  Ref r = call_dunder(self, I.names.__contains__, &item, 1);
  if (!r) return -1;
  return truth(r.get());
}
static int slot_truth(Value self) {
  Interpreter& I = interp();
  Type* t = type_of(self);
  if (type_lookup(t, I.names.__bool__)) {
    Ref r = call_dunder(self, I.names.__bool__, nullptr, 0);
    if (!r) return -1;
    if (r.get() != kTrue && r.get() != kFalse) {
      raisef(I.TypeError, "__bool__ should return bool, returned %s", type_name(r.get()));
      return -1;
    }
    return r.get() == kTrue;
  }
  if (type_lookup(t, I.names.__len__)) {
    int64_t n = slot_len(self);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}
static Ref slot_unop(Value self, int op) {
  Interpreter& I = interp();
  Str* names[] = {I.names.__neg__, I.names.__pos__, I.names.__invert__, I.names.__abs__};
  if (!type_lookup(type_of(self), names[op])) {
    Type* solid = type_of(self);
    while (solid->is_heap()) solid = solid->base;
    if (solid->unop) return solid->unop(self, op);
    return Ref::steal(kNotImplemented);
  }
  return call_dunder(self, names[op], nullptr, 0);
}

// Binary operators with a class instance on either side: __op__ on the left, __rop__ on
// the right (first if the right type is a subclass), __iop__ for augmented assignment;
// built-in bases (class MyInt(int)) fall back to their slot.
static Type* solid_base(Type* t) {
  while (t->is_heap()) t = t->base;
  return t;
}
static Ref try_left(Value a, Value b, int op) {
  Interpreter& I = interp();
  Type* ta = type_of(a);
  if (!ta->is_heap()) return ta->binop ? ta->binop(a, b, op) : Ref::steal(kNotImplemented);
  if (type_lookup(ta, I.names.binop[op])) return call_dunder(a, I.names.binop[op], &b, 1);
  Type* s = solid_base(ta);
  return s->binop ? s->binop(a, b, op) : Ref::steal(kNotImplemented);
}
static Ref try_right(Value a, Value b, int op) {
  Interpreter& I = interp();
  Type* tb = type_of(b);
  if (!tb->is_heap()) return tb->binop ? tb->binop(a, b, op) : Ref::steal(kNotImplemented);
  if (type_lookup(tb, I.names.rbinop[op])) return call_dunder(b, I.names.rbinop[op], &a, 1);
  Type* s = solid_base(tb);
  return s->binop ? s->binop(a, b, op) : Ref::steal(kNotImplemented);
}
Ref heap_binop(Value a, Value b, int op) {
  Interpreter& I = interp();
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  if (op >= kInplace) {
    if (ta->is_heap() && type_lookup(ta, I.names.binop[op])) {
      Ref r = call_dunder(a, I.names.binop[op], &b, 1);
      if (!r || r.get() != kNotImplemented) return r;
    } else if (!ta->is_heap() || solid_base(ta)->binop) {
      Type* s = solid_base(ta);
      if (s->binop) {
        Ref r = s->binop(a, b, op);
        if (!r || r.get() != kNotImplemented) return r;
      }
    }
    op -= kInplace;
  }
  bool right_first = ta != tb && tb->is_heap() && is_subtype(tb, ta);
  if (right_first) {
    Ref r = try_right(a, b, op);
    if (!r || r.get() != kNotImplemented) return r;
  }
  Ref r = try_left(a, b, op);
  if (!r || r.get() != kNotImplemented) return r;
  if (ta != tb && !right_first) return try_right(a, b, op);
  return r;
}

static void fixup_slots(Type* t) {
  Interpreter& I = interp();
  Names& N = I.names;
  Type* solid = t;
  while (solid->is_heap()) solid = solid->base;
  auto defined = [&](Str* name) {
    Tuple* m = as_tuple(t->mro);
    for (size_t i = 0; i < m->n; ++i) {
      Type* b = static_cast<Type*>(m->items[i].ptr());
      if (!b->is_heap()) return false;
      if (dict_get_str(b->dict, name)) return true;
    }
    return false;
  };
  auto pick = [&](auto& slot, auto generic, auto inherited, std::initializer_list<Str*> names) {
    for (Str* n : names)
      if (defined(n)) {
        slot = generic;
        return;
      }
    slot = inherited;
  };
  pick(t->repr, slot_repr, solid->repr, {N.__repr__});
  pick(t->str, slot_str, solid->str, {N.__str__});
  pick(t->hash, slot_hash, solid->hash, {N.__hash__});
  pick(t->richcmp, slot_richcmp, solid->richcmp, {N.__eq__, N.__ne__, N.__lt__, N.__le__, N.__gt__, N.__ge__});
  pick(t->getattr, slot_getattr, solid->getattr, {N.__getattr__, N.__getattribute__});
  pick(t->setattr, slot_setattr, solid->setattr, {N.__setattr__, N.__delattr__});
  pick(t->call, slot_call, solid->call, {N.__call__});
  pick(t->iter, slot_iter, solid->iter, {N.__iter__});
  pick(t->iternext, slot_iternext, solid->iternext, {N.__next__});
  pick(t->descr_get, slot_descr_get, solid->descr_get, {N.__get__});
  pick(t->descr_set, slot_descr_set, solid->descr_set, {N.__set__, N.__delete__});
  pick(t->tp_new, slot_new, solid->tp_new, {N.__new__});
  pick(t->init, slot_init, solid->init, {N.__init__});
  pick(t->len, slot_len, solid->len, {N.__len__});
  pick(t->getitem, slot_getitem, solid->getitem, {N.__getitem__});
  pick(t->setitem, slot_setitem, solid->setitem, {N.__setitem__, N.__delitem__});
  pick(t->contains, slot_contains, solid->contains, {N.__contains__});
  pick(t->truth, slot_truth, solid->truth, {N.__bool__, N.__len__});
  pick(t->unop, slot_unop, solid->unop, {N.__neg__, N.__pos__, N.__invert__, N.__abs__});
  t->binop = solid->binop;  // operators on instances go through heap_binop (object.cpp)
  if (defined(N.__del__)) t->tflags |= kTypeHasDel;
  else t->tflags &= ~uint32_t(kTypeHasDel);
  if (t->iter == slot_iter && !t->iternext && defined(N.__next__)) t->iternext = slot_iternext;
}

// ---- class creation --------------------------------------------------------------------------

static bool c3_merge(std::vector<std::vector<Type*>>& seqs, std::vector<Type*>& out) {
  for (;;) {
    bool empty = true;
    for (auto& s : seqs) if (!s.empty()) empty = false;
    if (empty) return true;
    Type* cand = nullptr;
    for (auto& s : seqs) {
      if (s.empty()) continue;
      Type* c = s.front();
      bool in_tail = false;
      for (auto& o : seqs)
        for (size_t i = 1; i < o.size(); ++i)
          if (o[i] == c) in_tail = true;
      if (!in_tail) {
        cand = c;
        break;
      }
    }
    if (!cand) return false;
    out.push_back(cand);
    for (auto& s : seqs)
      if (!s.empty() && s.front() == cand) s.erase(s.begin());
  }
}

Ref type_new_class(Type* meta, Value name, Value bases, Value ns, Tuple* kwnames, const Value* kwvalues) {
  Interpreter& I = interp();
  if (!isinstance(name, I.str_type)) return raise(I.TypeError, "type.__new__() argument 1 must be str");
  if (!isinstance(ns, I.dict_type)) return raise(I.TypeError, "type.__new__() argument 3 must be dict");
  Tuple* bt = as_tuple(bases);
  std::vector<Type*> base_list;
  for (size_t i = 0; i < bt->n; ++i) {
    if (!isinstance(bt->items[i], I.type_type))
      return raisef(I.TypeError, "bases must be types");
    Type* b = static_cast<Type*>(bt->items[i].ptr());
    if (!(b->tflags & kTypeBaseType))
      return raisef(I.TypeError, "type '%s' is not an acceptable base type", b->name.c_str());
    base_list.push_back(b);
  }
  if (base_list.empty()) base_list.push_back(I.object_type);
  // The layout base: the base whose nearest built-in ancestor is most derived.
  auto solid_of = [](Type* t) { while (t->is_heap()) t = t->base; return t; };
  Type* base = base_list[0];
  for (Type* b : base_list) {
    Type* sb = solid_of(b), *sbase = solid_of(base);
    if (is_subtype(sb, sbase)) base = b;
    else if (!is_subtype(sbase, sb))
      return raise(I.TypeError, "multiple bases have instance lay-out conflict");
  }
  // C3 linearisation.
  std::vector<std::vector<Type*>> seqs;
  for (Type* b : base_list) {
    Tuple* m = as_tuple(b->mro);
    std::vector<Type*> s;
    for (size_t i = 0; i < m->n; ++i) s.push_back(static_cast<Type*>(m->items[i].ptr()));
    seqs.push_back(s);
  }
  seqs.push_back(base_list);
  std::vector<Type*> mro;
  if (!c3_merge(seqs, mro)) {
    std::string names;
    for (size_t i = 0; i < base_list.size(); ++i) {
      if (i) names += ", ";
      names += base_list[i]->name;
    }
    return raisef(I.TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s", names.c_str());
  }
  Type* t = emplace_object<Type>(alloc_object(meta, sizeof(Type)));  // a reference to meta if heap
  t->name = std::string(sv(name));
  t->qualname = t->name;
  t->base = base;
  incref(Value::from_ptr(base));
  t->tflags = kTypeHeap | kTypeGc | kTypeBaseType | (base->tflags & ~(kTypeHeap | kTypeGc | kTypeBaseType)) |
              (base->tflags & kTypeGc);
  t->tflags |= kTypeGc;
  Type* solid = solid_of(base);
  t->basicsize = base->basicsize;
  t->dict_offset = base->dict_offset;
  // Classes keep their namespace in Type::dict: a metaclass (a subclass of type) adds no
  // instance __dict__ slot, so its instances stay plain Type objects.
  if (!t->dict_offset && !is_subtype(solid, I.type_type)) {
    Type* vs = solid;
    while (vs && !vs->var_size) vs = vs->base;
    t->dict_offset = vs ? kVarDict : t->basicsize;
    t->basicsize += vs ? 2 * sizeof(Dict*) : sizeof(Dict*);  // var layouts: dict after the payload
  }
  if (solid == I.int_type || is_subtype(solid, I.int_type)) t->tflags |= kTypeIntSub;
  if (is_subtype(solid, I.str_type)) t->tflags |= kTypeStrSub;
  if (is_subtype(solid, I.tuple_type)) t->tflags |= kTypeTupleSub;
  if (is_subtype(solid, I.list_type)) t->tflags |= kTypeListSub;
  if (is_subtype(solid, I.dict_type)) t->tflags |= kTypeDictSub;
  if (is_subtype(solid, I.type_type)) t->tflags |= kTypeTypeSub;
  t->bases = newref(bases);
  if (bt->n == 0) t->bases = tuple_pack({Value::from_ptr(I.object_type)}).release(), decref(bases);
  Ref m = new_tuple(mro.size() + 1);
  as_tuple(m.get())->items[0] = newref(Value::from_ptr(t));
  for (size_t i = 0; i < mro.size(); ++i) as_tuple(m.get())->items[i + 1] = newref(Value::from_ptr(mro[i]));
  t->mro = m.release();
  t->dict = as_dict(dict_copy(as_dict(ns)).release());
  Value qn;
  if (dict_pop(t->dict, Value::from_ptr(I.names.__qualname__), &qn) > 0) {
    if (isinstance(qn, I.str_type)) t->qualname = std::string(sv(qn));
    decref(qn);
  }
  Value mod = dict_get_str(t->dict, I.names.__module__);
  if (mod && isinstance(mod, I.str_type)) t->module = newref(mod);
  else {
    Value g = I.frame ? dict_get_str(I.frame->globals, I.names.__name__) : kNull;
    if (g) {
      t->module = newref(g);
      dict_set(t->dict, Value::from_ptr(I.names.__module__), g);
    }
  }
  if (!dict_get_str(t->dict, I.names.__doc__)) dict_set(t->dict, Value::from_ptr(I.names.__doc__), kNone);
  // A class defining __eq__ without __hash__ is unhashable.
  if (dict_get_str(t->dict, I.names.__eq__) && !dict_get_str(t->dict, I.names.__hash__))
    dict_set(t->dict, Value::from_ptr(I.names.__hash__), kNone);
  // __init_subclass__ and __class_getitem__ are implicit classmethods.
  for (Str* n : {I.names.__init_subclass__, I.names.__class_getitem__}) {
    Value f = dict_get_str(t->dict, n);
    if (f && type_of(f) == I.function_type) {
      ClassMethod* cm = static_cast<ClassMethod*>(alloc_object(I.classmethod_type, sizeof(ClassMethod)));
      cm->f = newref(f);
      gc_track(cm);
      dict_set(t->dict, Value::from_ptr(n), Value::from_ptr(cm));
      decref(Value::from_ptr(cm));
    }
  }
  {
    Value f = dict_get_str(t->dict, I.names.__new__);
    if (f && type_of(f) == I.function_type) {
      StaticMethod* sm = static_cast<StaticMethod*>(alloc_object(I.staticmethod_type, sizeof(StaticMethod)));
      sm->f = newref(f);
      gc_track(sm);
      dict_set(t->dict, Value::from_ptr(I.names.__new__), Value::from_ptr(sm));
      decref(Value::from_ptr(sm));
    }
  }
  t->finalize = heap_finalize;
  t->traverse = heap_traverse;
  t->clear = heap_clear;
  fixup_slots(t);
  if (!t->tp_new) t->tp_new = solid->tp_new;
  gc_track(t);
  I.type_epoch++;
  Ref tref = Ref::steal(Value::from_ptr(t));
  if (apply_slots(t) < 0) return nullptr;
  // __classcell__
  Value cell;
  if (dict_pop(t->dict, Value::from_ptr(I.names.__classcell__), &cell) > 0) {
    if (type_of(cell) == I.cell_type) {
      Cell* c = static_cast<Cell*>(cell.ptr());
      Value old = c->v;
      c->v = newref(tref.get());
      decref(old);
    }
    decref(cell);
  }
  // __set_name__ on descriptors.
  {
    std::vector<std::pair<Value, Value>> items;
    size_t pos = 0;
    Value k, v;
    while (dict_next(t->dict, &pos, &k, &v)) items.push_back({newref(k), newref(v)});
    bool ok = true;
    for (auto& [k2, v2] : items) {
      if (ok) {
        Value sn = type_lookup(type_of(v2), I.names.__set_name__);
        if (sn) {
          Ref f = descr_get(sn, v2, Value::from_ptr(type_of(v2)));
          Value args[2] = {tref.get(), k2};
          if (!f || !call(f.get(), args, 2)) ok = false;
        }
      }
      decref(k2);
      decref(v2);
    }
    if (!ok) return nullptr;
  }
  // super().__init_subclass__(**kwargs)
  {
    Tuple* mt = as_tuple(t->mro);
    Value isc = kNull;
    for (size_t i = 1; i < mt->n && !isc; ++i)
      isc = dict_get_str(static_cast<Type*>(mt->items[i].ptr())->dict, I.names.__init_subclass__);
    if (isc) {
      Ref f = descr_get(isc, kNull, tref.get());
      if (!f) return nullptr;
      size_t nkw = kwnames ? kwnames->n : 0;
      if (!call(f.get(), kwvalues, 0, nkw ? kwnames : nullptr)) return nullptr;
    }
  }
  return tref;
}

static Ref type_new(Type* meta, const Value* args, size_t nargs, Tuple* kwnames) {
  Interpreter& I = interp();
  if (nargs == 1 && meta == I.type_type) return Ref::borrow(Value::from_ptr(type_of(args[0])));
  if (nargs != 3) return raise(I.TypeError, "type() takes 1 or 3 arguments");
  return type_new_class(meta, args[0], args[1], args[2], kwnames, args + nargs);
}

static Ref m_type_new(Value, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  if (nargs < 1 || !isinstance(args[0], I.type_type)) return raise(I.TypeError, "type.__new__(X): X is not a type object");
  Type* meta = static_cast<Type*>(args[0].ptr());
  if (nargs == 2) return Ref::borrow(Value::from_ptr(type_of(args[1])));
  if (nargs != 4) return raise(I.TypeError, "type.__new__() takes exactly 3 arguments");
  size_t nkw = kw ? kw->n : 0;
  (void)nkw;
  return type_new_class(meta, args[1], args[2], args[3], kw, args + nargs);
}
static Ref m_type_init(Value, const Value*, size_t, Tuple*) { return Ref::steal(kNone); }
static Ref m_type_call(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return type_call(self, args, nargs, kw);
}
static Ref m_type_mro(Value self, const Value*, size_t, Tuple*) {
  return iterable_to_list(static_cast<Type*>(self.ptr())->mro);
}
static Ref m_type_subclasses(Value self, const Value*, size_t, Tuple*) {
  Interpreter& I = interp();
  Ref l = new_list();
  for (GcHead* h = I.gc_list.next; h != &I.gc_list; h = h->next) {
    Object* o = gc_object(h);
    if (isinstance(Value::from_ptr(o), I.type_type) && static_cast<Type*>(o)->base == self.ptr())
      list_append(l.get(), Value::from_ptr(o));
  }
  return l;
}
static Ref m_type_prepare(Value, const Value*, size_t, Tuple*) { return new_dict(); }
static Ref m_type_instancecheck(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("__instancecheck__", nargs, 1, 1)) return nullptr;
  return Ref::steal(bool_value(isinstance(args[0], static_cast<Type*>(self.ptr()))));
}
static Ref m_type_subclasscheck(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("__subclasscheck__", nargs, 1, 1)) return nullptr;
  if (!isinstance(args[0], interp().type_type)) return raise(interp().TypeError, "issubclass() arg 1 must be a class");
  return Ref::steal(bool_value(is_subtype(static_cast<Type*>(args[0].ptr()), static_cast<Type*>(self.ptr()))));
}
// type.__setattr__/__delattr__, which a metaclass's own __setattr__ reaches via super().
static Ref m_type_setattr(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("__setattr__", nargs, 2, 2)) return nullptr;
  if (!isinstance(args[0], interp().str_type)) return raise(interp().TypeError, "attribute name must be string");
  if (type_setattr(self, interp().intern(sv(args[0])), args[1]) < 0) return nullptr;
  return Ref::steal(kNone);
}
static Ref m_type_delattr(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("__delattr__", nargs, 1, 1)) return nullptr;
  if (!isinstance(args[0], interp().str_type)) return raise(interp().TypeError, "attribute name must be string");
  if (type_setattr(self, interp().intern(sv(args[0])), kNull) < 0) return nullptr;
  return Ref::steal(kNone);
}
static Ref type_name_get(Value self) { return new_str(static_cast<Type*>(self.ptr())->name); }
static Ref type_qualname_get(Value self) { return new_str(static_cast<Type*>(self.ptr())->qualname); }
static Ref type_or(Value a, Value b, int op) {
  if (op != kOr) return Ref::steal(kNotImplemented);
  return type_union(a, b);
}

// ---- super ----------------------------------------------------------------------------------

static void super_finalize(Object* o) {
  Super* s = static_cast<Super*>(o);
  decref(Value::from_ptr(s->type));
  decref(s->obj);
  if (s->obj_type) decref(Value::from_ptr(s->obj_type));
}
static void super_traverse(Object* o, VisitFn visit, void* arg) {
  Super* s = static_cast<Super*>(o);
  if (s->obj) visit(s->obj, arg);
}

static Ref super_new(Type* t, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  Value type, obj;
  if (nargs == 0) {
    Frame* f = I.frame;
    if (!f || !f->code || f->code->argcount == 0) return raise(I.RuntimeError, "super(): no arguments");
    Code* co = f->code;
    obj = f->slots[0];
    if (!obj) {
      // The first argument may live in a cell.
      for (int i = 0; i < co->ncells(); ++i)
        if (co->cell2arg[i] == 0) obj = static_cast<Cell*>(f->slots[co->nlocals + i].ptr())->v;
    }
    if (!obj) return raise(I.RuntimeError, "super(): arg[0] deleted");
    type = kNull;
    for (int i = 0; i < co->nfree(); ++i) {
      if (co->freevars[i]->view() == "__class__") {
        type = static_cast<Cell*>(f->slots[co->nlocals + co->ncells() + i].ptr())->v;
      }
    }
    if (!type) return raise(I.RuntimeError, "super(): __class__ cell not found");
  } else {
    type = args[0];
    obj = nargs > 1 ? args[1] : kNull;
  }
  if (!isinstance(type, I.type_type)) return raisef(I.TypeError, "super() argument 1 must be a type, not %s", type_name(type));
  Super* s = static_cast<Super*>(alloc_object(t, sizeof(Super)));
  s->type = static_cast<Type*>(type.ptr());
  incref(type);
  if (obj) {
    s->obj = newref(obj);
    if (isinstance(obj, I.type_type) && is_subtype(static_cast<Type*>(obj.ptr()), s->type))
      s->obj_type = static_cast<Type*>(obj.ptr());
    else if (isinstance(obj, s->type))
      s->obj_type = type_of(obj);
    else {
      decref(Value::from_ptr(s));
      return raise(I.TypeError, "super(type, obj): obj must be an instance or subtype of type");
    }
    incref(Value::from_ptr(s->obj_type));
  }
  gc_track(s);
  return Ref::steal(Value::from_ptr(s));
}

static Ref super_getattr(Value self, Str* name) {
  Super* s = static_cast<Super*>(self.ptr());
  if (s->obj_type && name->view() != "__class__") {
    Tuple* m = as_tuple(s->obj_type->mro);
    size_t i = 0;
    while (i < m->n && m->items[i].ptr() != s->type) ++i;
    for (++i; i < m->n; ++i) {
      Type* b = static_cast<Type*>(m->items[i].ptr());
      Value v = dict_get_str(b->dict, name);
      if (v) {
        Type* vt = type_of(v);
        if (vt->descr_get)
          return vt->descr_get(v, s->obj == Value::from_ptr(s->obj_type) ? kNull : s->obj,
                               Value::from_ptr(s->obj_type));
        return Ref::borrow(v);
      }
    }
  }
  return generic_getattr(self, name);
}

static Ref super_repr(Value self) {
  Super* s = static_cast<Super*>(self.ptr());
  std::string r = "<super: <class '" + s->type->name + "'>, ";
  r += s->obj_type ? "<" + s->obj_type->name + " object>>" : "NULL>";
  return new_str(r);
}

// ---- init ---------------------------------------------------------------------------------------

void init_type(Interpreter& I) {
  // type and object refer to each other; build them by hand.
  Type* tt = static_cast<Type*>(std::calloc(1, sizeof(GcHead) + sizeof(Type)));
  tt = reinterpret_cast<Type*>(reinterpret_cast<GcHead*>(tt) + 1);
  new (tt) Type();
  tt->rc = 1;
  tt->type = tt;
  tt->tflags = kTypeGc | kTypeBaseType;
  I.type_type = tt;
  tt->name = tt->qualname = "type";
  tt->basicsize = sizeof(Type);
  I.heap_bytes += sizeof(GcHead) + sizeof(Type);
  Type* ot = emplace_object<Type>(alloc_object(tt, sizeof(Type)));
  ot->name = ot->qualname = "object";
  ot->basicsize = sizeof(Object);
  ot->tflags = kTypeBaseType;
  I.object_type = ot;
  tt->base = ot;
  I.all_types.push_back(tt);
  I.all_types.push_back(ot);
}

void init_object_base(Interpreter& I) {
  Type* ot = I.object_type;
  Type* tt = I.type_type;
  ot->dict = as_dict(new_dict().release());
  tt->dict = as_dict(new_dict().release());
  ot->bases = newref(I.empty_tuple);
  ot->mro = tuple_pack({Value::from_ptr(ot)}).release();
  tt->bases = tuple_pack({Value::from_ptr(ot)}).release();
  tt->mro = tuple_pack({Value::from_ptr(tt), Value::from_ptr(ot)}).release();
  ot->module = newref(Value::from_ptr(I.intern("builtins")));
  tt->module = newref(Value::from_ptr(I.intern("builtins")));
}

void init_object_methods(Interpreter& I) {
  Type* ot = I.object_type;
  Type* tt = I.type_type;
  ot->tp_new = object_new;
  ot->init = object_init;
  ot->repr = object_repr_default;
  ot->str = object_str;
  ot->hash = object_hash;
  ot->richcmp = object_richcmp;
  static const MethodDef omethods[] = {
      {"__init__", m_object_init},
      {"__new__", m_object_new, MethodDef::kStaticMethod},
      {"__repr__", m_object_repr},
      {"__str__", m_object_str},
      {"__hash__", m_object_hash},
      {"__eq__", m_object_eq},
      {"__ne__", m_object_ne},
      {"__lt__", m_object_cmp_ni},
      {"__le__", m_object_cmp_ni},
      {"__gt__", m_object_cmp_ni},
      {"__ge__", m_object_cmp_ni},
      {"__getattribute__", m_object_getattribute},
      {"__setattr__", m_object_setattr},
      {"__delattr__", m_object_delattr},
      {"__format__", m_object_format},
      {"__init_subclass__", m_object_init_subclass, MethodDef::kClassMethod},
      {"__dir__", m_object_dir},
      {nullptr, nullptr}};
  add_methods(I, ot, omethods);
  add_getset(I, ot, "__class__", m_object_class, m_object_set_class);
  add_getset(I, ot, "__dict__", m_object_dict);
  (void)object_new_fn;
  (void)object_init_fn;

  tt->finalize = type_finalize;
  tt->traverse = type_traverse;
  tt->clear = type_clear;
  tt->repr = type_repr;
  tt->getattr = type_getattr;
  tt->setattr = type_setattr;
  tt->call = type_call;
  tt->tp_new = type_new;
  tt->hash = object_hash;
  tt->richcmp = object_richcmp;
  tt->binop = type_or;
  tt->dict_offset = 0;
  static const MethodDef tmethods[] = {
      {"__new__", m_type_new, MethodDef::kStaticMethod},
      {"__init__", m_type_init},
      {"__call__", m_type_call},
      {"mro", m_type_mro},
      {"__subclasses__", m_type_subclasses},
      {"__prepare__", m_type_prepare, MethodDef::kClassMethod},
      {"__instancecheck__", m_type_instancecheck},
      {"__subclasscheck__", m_type_subclasscheck},
      {"__setattr__", m_type_setattr},
      {"__delattr__", m_type_delattr},
      {nullptr, nullptr}};
  add_methods(I, tt, tmethods);
  add_getset(I, tt, "__name__", type_name_get);
  add_getset(I, tt, "__qualname__", type_qualname_get);

  I.super_type = new_builtin_type(I, "super", ot, sizeof(Super), kTypeBaseType | kTypeGc);
  I.super_type->finalize = super_finalize;
  I.super_type->traverse = super_traverse;
  I.super_type->tp_new = super_new;
  I.super_type->init = nullptr;
  I.super_type->getattr = super_getattr;
  I.super_type->repr = super_repr;
}

}  // namespace py

namespace py {

// ---- slot wrappers: list.__init__, dict.__getitem__, BaseException.__str__, ... ---------------
//
// A built-in type's slots are C++ function pointers; the dunder names in its dict are
// wrapper objects that call the slot of *that* type (so super().__init__() in a subclass
// reaches dict's initialiser, not the subclass's).

enum SlotKind {
  SW_INIT, SW_NEW, SW_REPR, SW_STR, SW_HASH, SW_LT, SW_LE, SW_EQ, SW_NE, SW_GT, SW_GE, SW_LEN,
  SW_GETITEM, SW_SETITEM, SW_DELITEM, SW_CONTAINS, SW_ITER, SW_NEXT, SW_CALL, SW_BOOL, SW_COUNT
};
static const char* const kSlotNames[] = {
    "__init__", "__new__", "__repr__", "__str__", "__hash__", "__lt__", "__le__", "__eq__", "__ne__",
    "__gt__", "__ge__", "__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__",
    "__iter__", "__next__", "__call__", "__bool__"};

struct SlotWrapper : Object {
  Type* owner;
  int which;
  Value self;  // bound instance, or null
};

static void sw_finalize(Object* o) { decref(static_cast<SlotWrapper*>(o)->self); }
static void sw_traverse(Object* o, VisitFn visit, void* arg) {
  if (static_cast<SlotWrapper*>(o)->self) visit(static_cast<SlotWrapper*>(o)->self, arg);
}
static Ref make_sw(Type* owner, int which, Value self) {
  SlotWrapper* w = static_cast<SlotWrapper*>(alloc_object(interp().slot_wrapper_type, sizeof(SlotWrapper)));
  w->owner = owner;
  w->which = which;
  w->self = newref(self);
  gc_track(w);
  return Ref::steal(Value::from_ptr(w));
}
static Ref sw_descr_get(Value self, Value obj, Value) {
  SlotWrapper* w = static_cast<SlotWrapper*>(self.ptr());
  if (!obj || obj == kNone || w->self || w->which == SW_NEW) return Ref::borrow(self);
  return make_sw(w->owner, w->which, obj);
}
static Ref sw_call(Value selfv, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  SlotWrapper* w = static_cast<SlotWrapper*>(selfv.ptr());
  Type* t = w->owner;
  const char* name = kSlotNames[w->which];
  if (w->which == SW_NEW) {
    if (nargs < 1 || !isinstance(args[0], I.type_type))
      return raisef(I.TypeError, "%s.__new__(X): X is not a type object", t->name.c_str());
    Type* sub = static_cast<Type*>(args[0].ptr());
    if (!is_subtype(sub, t))
      return raisef(I.TypeError, "%s.__new__(%s): %s is not a subtype of %s", t->name.c_str(), sub->name.c_str(),
                    sub->name.c_str(), t->name.c_str());
    return t->tp_new(sub, args + 1, nargs - 1, kw);
  }
  Value self = w->self;
  if (!self) {
    if (nargs < 1) return raisef(I.TypeError, "descriptor '%s' of '%s' object needs an argument", name, t->name.c_str());
    self = args[0];
    ++args;
    --nargs;
  }
  if (!isinstance(self, t))
    return raisef(I.TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", name, t->name.c_str(),
                  type_name(self));
  if (w->which == SW_INIT) {
    if (t->init(self, args, nargs, kw) < 0) return nullptr;
    return Ref::steal(kNone);
  }
  if (w->which == SW_CALL) return t->call(self, args, nargs, kw);
  if (!no_kwargs(name, kw)) return nullptr;
  auto need = [&](size_t n) { return check_nargs(name, nargs, n, n); };
  switch (w->which) {
    case SW_REPR: return need(0) ? t->repr(self) : nullptr;
    case SW_STR: return need(0) ? t->str(self) : nullptr;
    case SW_HASH: {
      if (!need(0)) return nullptr;
      int64_t h;
      if (t->hash(self, &h) < 0) return nullptr;
      return new_int(h);
    }
    case SW_LT: case SW_LE: case SW_EQ: case SW_NE: case SW_GT: case SW_GE:
      return need(1) ? t->richcmp(self, args[0], w->which - SW_LT) : nullptr;
    case SW_LEN: {
      if (!need(0)) return nullptr;
      int64_t n = t->len(self);
      return n < 0 ? nullptr : new_int(n);
    }
    case SW_GETITEM: return need(1) ? t->getitem(self, args[0]) : nullptr;
    case SW_SETITEM:
      if (!need(2) || t->setitem(self, args[0], args[1]) < 0) return nullptr;
      return Ref::steal(kNone);
    case SW_DELITEM:
      if (!need(1) || t->setitem(self, args[0], kNull) < 0) return nullptr;
      return Ref::steal(kNone);
    case SW_CONTAINS: {
      if (!need(1)) return nullptr;
      int r = t->contains(self, args[0]);
      return r < 0 ? nullptr : Ref::steal(bool_value(r));
    }
    case SW_ITER: return need(0) ? t->iter(self) : nullptr;
    case SW_NEXT: {
      if (!need(0)) return nullptr;
      Ref r = t->iternext(self);
      if (!r && !err_occurred()) return raise_args(I.StopIteration, nullptr, 0);
      return r;
    }
    case SW_BOOL: {
      if (!need(0)) return nullptr;
      int r = t->truth(self);
      return r < 0 ? nullptr : Ref::steal(bool_value(r));
    }
  }
  return nullptr;
}
static Ref sw_repr(Value self) {
  SlotWrapper* w = static_cast<SlotWrapper*>(self.ptr());
  if (w->self) {
    char buf[64];
    std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(w->self.ptr()));
    return new_str(std::string("<method-wrapper '") + kSlotNames[w->which] + "' of " + type_name(w->self) + buf);
  }
  return new_str(std::string("<slot wrapper '") + kSlotNames[w->which] + "' of '" + w->owner->name + "' objects>");
}
static Ref sw_getattr(Value self, Str* name) {
  SlotWrapper* w = static_cast<SlotWrapper*>(self.ptr());
  std::string_view n = name->view();
  if (n == "__name__") return new_str(kSlotNames[w->which]);
  if (n == "__qualname__") return new_str(w->owner->name + "." + kSlotNames[w->which]);
  if (n == "__self__") return Ref::borrow(none_if_null(w->self));
  if (n == "__objclass__") return Ref::borrow(Value::from_ptr(w->owner));
  return generic_getattr(self, name);
}

// Adds wrappers for every slot a built-in type defines itself (not inherited).
void add_slot_wrappers(Interpreter& I) {
  Type* st = I.slot_wrapper_type = new_builtin_type(I, "wrapper_descriptor", I.object_type, sizeof(SlotWrapper), kTypeGc);
  st->finalize = sw_finalize;
  st->traverse = sw_traverse;
  st->descr_get = sw_descr_get;
  st->call = sw_call;
  st->repr = sw_repr;
  st->getattr = sw_getattr;
  st->tp_new = nullptr;
  st->init = nullptr;
  std::vector<Type*> types = I.all_types;
  for (Type* t : types) {
    Type* b = t->base;
    auto own = [&](auto slot, auto base_slot) { return slot && (!b || slot != base_slot); };
    bool has[SW_COUNT] = {
        own(t->init, b ? b->init : nullptr), own(t->tp_new, b ? b->tp_new : nullptr),
        own(t->repr, b ? b->repr : nullptr), own(t->str, b ? b->str : nullptr),
        own(t->hash, b ? b->hash : nullptr), own(t->richcmp, b ? b->richcmp : nullptr),
        own(t->richcmp, b ? b->richcmp : nullptr), own(t->richcmp, b ? b->richcmp : nullptr),
        own(t->richcmp, b ? b->richcmp : nullptr), own(t->richcmp, b ? b->richcmp : nullptr),
        own(t->richcmp, b ? b->richcmp : nullptr), own(t->len, b ? b->len : nullptr),
        own(t->getitem, b ? b->getitem : nullptr), own(t->setitem, b ? b->setitem : nullptr),
        own(t->setitem, b ? b->setitem : nullptr), own(t->contains, b ? b->contains : nullptr),
        own(t->iter, b ? b->iter : nullptr), own(t->iternext, b ? b->iternext : nullptr),
        own(t->call, b ? b->call : nullptr), own(t->truth, b ? b->truth : nullptr)};
    for (int k = 0; k < SW_COUNT; ++k) {
      if (!has[k]) continue;
      Str* n = I.intern(kSlotNames[k]);
      if (dict_get_str(t->dict, n)) continue;
      Ref w = make_sw(t, k, kNull);
      dict_set(t->dict, Value::from_ptr(n), w.get());
    }
  }
}

// ---- mappingproxy: the read-only view a class's __dict__ returns -----------------------------

struct MappingProxy : Object { Value d; };
static void mp_finalize(Object* o) { decref(static_cast<MappingProxy*>(o)->d); }
static void mp_traverse(Object* o, VisitFn visit, void* arg) { visit(static_cast<MappingProxy*>(o)->d, arg); }
Ref mappingproxy_of(Type* t) {
  MappingProxy* m = static_cast<MappingProxy*>(alloc_object(interp().mappingproxy_type, sizeof(MappingProxy)));
  m->d = newref(Value::from_ptr(t->dict));
  gc_track(m);
  return Ref::steal(Value::from_ptr(m));
}
static Value mpd(Value v) { return static_cast<MappingProxy*>(v.ptr())->d; }
static Ref mp_getitem(Value self, Value k) { return getitem(mpd(self), k); }
static int64_t mp_len(Value self) { return length(mpd(self)); }
static Ref mp_iter(Value self) { return get_iter(mpd(self)); }
static int mp_contains(Value self, Value k) { return contains(mpd(self), k); }
static Ref mp_repr(Value self) {
  Ref r = repr(mpd(self));
  if (!r) return nullptr;
  return new_str("mappingproxy(" + std::string(sv(r.get())) + ")");
}
static Ref mp_getattr(Value self, Str* name) {
  std::string_view n = name->view();
  if (n == "keys" || n == "values" || n == "items" || n == "get" || n == "copy") return getattr(mpd(self), name);
  return generic_getattr(self, name);
}

void init_mappingproxy(Interpreter& I) {
  Type* t = I.mappingproxy_type = new_builtin_type(I, "mappingproxy", I.object_type, sizeof(MappingProxy), kTypeGc);
  t->finalize = mp_finalize;
  t->traverse = mp_traverse;
  t->getitem = mp_getitem;
  t->len = mp_len;
  t->iter = mp_iter;
  t->contains = mp_contains;
  t->repr = mp_repr;
  t->getattr = mp_getattr;
  t->tp_new = nullptr;
  t->init = nullptr;
}

}  // namespace py
