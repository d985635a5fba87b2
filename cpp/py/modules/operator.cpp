// modules/operator.cpp — the operator module: the function forms of the operators (and
// their __dunder__ aliases), itemgetter, attrgetter (dotted names) and methodcaller.
#include "py/errors.hpp"
#include "py/module.hpp"

namespace py {

// ---- function forms ----------------------------------------------------------------------

static bool two(const char* name, size_t nargs) { return check_nargs(name, nargs, 2, 2); }

#define OP_BIN(pyname, op)                                                   \
  static Ref op_##pyname(Value, const Value* args, size_t nargs, Tuple*) {    \
    if (!two(#pyname, nargs)) return nullptr;                                \
    return binary_op(args[0], args[1], op);                                  \
  }
OP_BIN(add, kAdd) OP_BIN(sub, kSub) OP_BIN(mul, kMul) OP_BIN(matmul, kMatMul) OP_BIN(truediv, kTrueDiv)
OP_BIN(floordiv, kFloorDiv) OP_BIN(mod, kMod) OP_BIN(pow, kPow) OP_BIN(lshift, kLshift) OP_BIN(rshift, kRshift)
OP_BIN(and_, kAnd) OP_BIN(or_, kOr) OP_BIN(xor, kXor)
OP_BIN(iadd, kAdd + kInplace) OP_BIN(isub, kSub + kInplace) OP_BIN(imul, kMul + kInplace)
OP_BIN(imatmul, kMatMul + kInplace) OP_BIN(itruediv, kTrueDiv + kInplace) OP_BIN(ifloordiv, kFloorDiv + kInplace)
OP_BIN(imod, kMod + kInplace) OP_BIN(ipow, kPow + kInplace) OP_BIN(ilshift, kLshift + kInplace)
OP_BIN(irshift, kRshift + kInplace) OP_BIN(iand, kAnd + kInplace) OP_BIN(ior, kOr + kInplace)
OP_BIN(ixor, kXor + kInplace)
#undef OP_BIN

#define OP_CMP(pyname, op)                                                   \
  static Ref op_##pyname(Value, const Value* args, size_t nargs, Tuple*) {    \
    if (!two(#pyname, nargs)) return nullptr;                                \
    return rich_compare(args[0], args[1], op);                               \
  }
OP_CMP(lt, kLt) OP_CMP(le, kLe) OP_CMP(eq, kEq) OP_CMP(ne, kNe) OP_CMP(gt, kGt) OP_CMP(ge, kGe)
#undef OP_CMP

#define OP_UN(pyname, op)                                                    \
  static Ref op_##pyname(Value, const Value* args, size_t nargs, Tuple*) {    \
    if (!check_nargs(#pyname, nargs, 1, 1)) return nullptr;                  \
    return unary_op(args[0], op);                                            \
  }
OP_UN(neg, kNeg) OP_UN(pos, kPos) OP_UN(invert, kInvert) OP_UN(abs, kAbs)
#undef OP_UN

static Ref op_not_(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("not_", nargs, 1, 1)) return nullptr;
  int r = truth(args[0]);
  return r < 0 ? nullptr : Ref::steal(bool_value(!r));
}
static Ref op_truth(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("truth", nargs, 1, 1)) return nullptr;
  int r = truth(args[0]);
  return r < 0 ? nullptr : Ref::steal(bool_value(r));
}
static Ref op_is_(Value, const Value* args, size_t nargs, Tuple*) {
  if (!two("is_", nargs)) return nullptr;
  return Ref::steal(bool_value(args[0] == args[1]));
}
static Ref op_is_not(Value, const Value* args, size_t nargs, Tuple*) {
  if (!two("is_not", nargs)) return nullptr;
  return Ref::steal(bool_value(args[0] != args[1]));
}
static Ref op_index(Value, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("index", nargs, 1, 1)) return nullptr;
  if (isinstance_exact(args[0], I.int_type)) return Ref::borrow(args[0]);
  if (is_int(args[0])) {
    num::BigInt b;
    to_bigint(args[0], b);
    return new_int(b);
  }
  if (!type_lookup(type_of(args[0]), I.names.__index__))
    return raisef(I.TypeError, "'%s' object cannot be interpreted as an integer", type_name(args[0]));
  return call_method(args[0], I.names.__index__, nullptr, 0);
}
static Ref op_concat(Value, const Value* args, size_t nargs, Tuple*) {
  if (!two("concat", nargs)) return nullptr;
  Type* t = type_of(args[0]);
  if (!t->getitem || isinstance(args[0], interp().dict_type))
    return raisef(interp().TypeError, "'%s' object can't be concatenated", type_name(args[0]));
  return binary_op(args[0], args[1], kAdd);
}
static Ref op_contains(Value, const Value* args, size_t nargs, Tuple*) {
  if (!two("contains", nargs)) return nullptr;
  int r = contains(args[0], args[1]);
  return r < 0 ? nullptr : Ref::steal(bool_value(r));
}
// countOf / indexOf compare with identity first, then ==, over any iterable.
static Ref scan(Value seq, Value x, bool count) {
  Ref it = get_iter(seq);
  if (!it) return nullptr;
  int64_t i = 0, n = 0;
  for (;; ++i) {
    Ref v = iter_next(it.get());
    if (!v) {
      if (err_occurred()) return nullptr;
      if (count) return new_int(n);
      return raise(interp().ValueError, "sequence.index(x): x not in sequence");
    }
    int r = equal(v.get(), x);
    if (r < 0) return nullptr;
    if (r && !count) return new_int(i);
    n += r;
  }
}
static Ref op_countOf(Value, const Value* args, size_t nargs, Tuple*) {
  if (!two("countOf", nargs)) return nullptr;
  return scan(args[0], args[1], true);
}
static Ref op_indexOf(Value, const Value* args, size_t nargs, Tuple*) {
  if (!two("indexOf", nargs)) return nullptr;
  return scan(args[0], args[1], false);
}
static Ref op_getitem(Value, const Value* args, size_t nargs, Tuple*) {
  if (!two("getitem", nargs)) return nullptr;
  return getitem(args[0], args[1]);
}
static Ref op_setitem(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("setitem", nargs, 3, 3) || setitem(args[0], args[1], args[2]) < 0) return nullptr;
  return Ref::steal(kNone);
}
static Ref op_delitem(Value, const Value* args, size_t nargs, Tuple*) {
  if (!two("delitem", nargs) || delitem(args[0], args[1]) < 0) return nullptr;
  return Ref::steal(kNone);
}
static Ref op_length_hint(Value, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("length_hint", nargs, 1, 2)) return nullptr;
  if (nargs == 2 && !is_int(args[1]))
    return raisef(I.TypeError, "'%s' object cannot be interpreted as an integer", type_name(args[1]));
  if (type_of(args[0])->len) {
    int64_t n = length(args[0]);
    if (n >= 0) return new_int(n);
    if (!err_matches(I.TypeError)) return nullptr;
    clear_error();
  }
  if (type_lookup(type_of(args[0]), I.names.__length_hint__)) {
    Ref r = call_method(args[0], I.names.__length_hint__, nullptr, 0);
    if (!r) return nullptr;
    if (r.get() != kNotImplemented) {
      if (!is_int(r.get())) return raisef(I.TypeError, "__length_hint__ must be an integer, not %s", type_name(r.get()));
      return r;
    }
  }
  return nargs == 2 ? Ref::borrow(args[1]) : new_int(0);
}

// ---- itemgetter / attrgetter / methodcaller --------------------------------------------------

struct Getter : Object {
  Value items;   // tuple: items (itemgetter), attribute paths as tuples of str (attrgetter)
  Value name;    // methodcaller: the method name
  Value kwargs;  // methodcaller: dict
};
struct OperatorTypes { Type *itemgetter, *attrgetter, *methodcaller; };
static OperatorTypes& types() {
  static OperatorTypes t;
  return t;
}
static Getter* as_getter(Value v) { return static_cast<Getter*>(v.ptr()); }
static void getter_finalize(Object* o) {
  Getter* g = as_getter(Value::from_ptr(o));
  decref(g->items), decref(g->name), decref(g->kwargs);
}
static void getter_traverse(Object* o, VisitFn visit, void* arg) {
  Getter* g = as_getter(Value::from_ptr(o));
  for (Value v : {g->items, g->name, g->kwargs})
    if (v) visit(v, arg);
}
static Ref make_getter(Type* t, Value items, Value name, Value kwargs) {
  Getter* g = static_cast<Getter*>(alloc_object(t, sizeof(Getter)));
  g->items = items, g->name = name, g->kwargs = kwargs;
  gc_track(g);
  return Ref::steal(Value::from_ptr(g));
}

static Ref itemgetter_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs("itemgetter", kw)) return nullptr;
  if (nargs < 1) return raise(interp().TypeError, "itemgetter expected 1 argument, got 0");
  return make_getter(t, tuple_from_array(args, nargs).release(), kNull, kNull);
}
static Ref itemgetter_call(Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs("itemgetter", kw) || !check_nargs("itemgetter", nargs, 1, 1)) return nullptr;
  Tuple* items = as_tuple(as_getter(self)->items);
  if (items->n == 1) return getitem(args[0], items->items[0]);
  Ref out = new_tuple(items->n);
  for (size_t i = 0; i < items->n; ++i) {
    Ref v = getitem(args[0], items->items[i]);
    if (!v) return nullptr;
    as_tuple(out.get())->items[i] = v.release();
  }
  return out;
}
// "operator.itemgetter(1, 2)" — also for attrgetter, whose items are kept as given.
static Ref getter_repr_of(Value self, const char* name, Value items) {
  Interpreter& I = interp();
  if (std::find(I.repr_stack.begin(), I.repr_stack.end(), self) != I.repr_stack.end())
    return new_str(std::string(name) + "(...)");
  I.repr_stack.push_back(self);
  std::string out = std::string(name) + "(";
  Tuple* t = as_tuple(items);
  bool ok = true;
  for (size_t i = 0; i < t->n && ok; ++i) {
    Ref r = repr(t->items[i]);
    if (!r) ok = false;
    else out += (i ? ", " : "") + std::string(sv(r.get()));
  }
  I.repr_stack.pop_back();
  if (!ok) return nullptr;
  return new_str(out + ")");
}
static Ref itemgetter_repr(Value self) { return getter_repr_of(self, "operator.itemgetter", as_getter(self)->items); }

// attrgetter keeps the names as given in `name` (for repr) and the split paths in `items`.
static Ref attrgetter_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  if (!no_kwargs("attrgetter", kw)) return nullptr;
  if (nargs < 1) return raise(I.TypeError, "attrgetter expected 1 argument, got 0");
  Ref paths = new_tuple(nargs);
  for (size_t i = 0; i < nargs; ++i) {
    if (!isinstance(args[i], I.str_type)) return raise(I.TypeError, "attribute name must be a string");
    std::string_view s = sv(args[i]);
    Ref parts = new_list();
    for (size_t start = 0;;) {
      size_t dot = s.find('.', start);
      Ref part = Ref::borrow(Value::from_ptr(I.intern(s.substr(start, dot == std::string_view::npos ? s.npos : dot - start))));
      list_append(parts.get(), part.get());
      if (dot == std::string_view::npos) break;
      start = dot + 1;
    }
    as_tuple(paths.get())->items[i] = sequence_tuple(parts.get()).release();
  }
  return make_getter(t, paths.release(), tuple_from_array(args, nargs).release(), kNull);
}
static Ref resolve_path(Value obj, Value path) {
  Ref cur = Ref::borrow(obj);
  Tuple* p = as_tuple(path);
  for (size_t i = 0; i < p->n && cur; ++i) cur = getattr(cur.get(), as_str(p->items[i]));
  return cur;
}
static Ref attrgetter_call(Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs("attrgetter", kw) || !check_nargs("attrgetter", nargs, 1, 1)) return nullptr;
  Tuple* paths = as_tuple(as_getter(self)->items);
  if (paths->n == 1) return resolve_path(args[0], paths->items[0]);
  Ref out = new_tuple(paths->n);
  for (size_t i = 0; i < paths->n; ++i) {
    Ref v = resolve_path(args[0], paths->items[i]);
    if (!v) return nullptr;
    as_tuple(out.get())->items[i] = v.release();
  }
  return out;
}
static Ref attrgetter_repr(Value self) { return getter_repr_of(self, "operator.attrgetter", as_getter(self)->name); }

static Ref methodcaller_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  if (nargs < 1) return raise(I.TypeError, "methodcaller needs at least one argument, the method name");
  if (!isinstance(args[0], I.str_type)) return raise(I.TypeError, "method name must be a string");
  Ref kwargs = new_dict();
  for (size_t k = 0; kw && k < kw->n; ++k)
    if (dict_set(as_dict(kwargs.get()), kw->items[k], args[nargs + k]) < 0) return nullptr;
  Value name = Value::from_ptr(I.intern(sv(args[0])));
  return make_getter(t, tuple_from_array(args + 1, nargs - 1).release(), newref(name), kwargs.release());
}
static Ref methodcaller_call(Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs("methodcaller", kw) || !check_nargs("methodcaller", nargs, 1, 1)) return nullptr;
  Getter* g = as_getter(self);
  Ref m = getattr(args[0], as_str(g->name));
  if (!m) return nullptr;
  Tuple* a = as_tuple(g->items);
  Dict* d = as_dict(g->kwargs);
  std::vector<Value> all(a->items, a->items + a->n);
  Ref names = new_tuple(d->used);
  size_t pos = 0, k = 0;
  Value key, val;
  while (dict_next(d, &pos, &key, &val)) {
    as_tuple(names.get())->items[k++] = newref(key);
    all.push_back(val);
  }
  return call(m.get(), all.data(), a->n, d->used ? as_tuple(names.get()) : nullptr);
}
static Ref methodcaller_repr(Value self) {
  Getter* g = as_getter(self);
  std::string out = "operator.methodcaller(" + repr_utf8(g->name);
  Tuple* a = as_tuple(g->items);
  for (size_t i = 0; i < a->n; ++i) {
    Ref r = repr(a->items[i]);
    if (!r) return nullptr;
    out += ", " + std::string(sv(r.get()));
  }
  size_t pos = 0;
  Value key, val;
  while (dict_next(as_dict(g->kwargs), &pos, &key, &val)) {
    Ref r = repr(val);
    if (!r) return nullptr;
    out += ", " + std::string(sv(key)) + "=" + std::string(sv(r.get()));
  }
  return new_str(out + ")");
}

// ---- module ----------------------------------------------------------------------------------

static Type* make_type(Interpreter& I, const char* name, Ref (*nw)(Type*, const Value*, size_t, Tuple*),
                       Ref (*callf)(Value, const Value*, size_t, Tuple*), Ref (*rep)(Value)) {
  Type* t = new_builtin_type(I, name, I.object_type, sizeof(Getter), kTypeGc);
  decref(t->module);
  t->module = new_str("operator").release();
  t->finalize = getter_finalize;
  t->traverse = getter_traverse;
  t->tp_new = nw;
  t->init = nullptr;
  t->call = callf;
  t->repr = rep;
  return t;
}

static Ref init_operator(Interpreter& I) {
  Ref m = new_module("operator");
  // Each function also under its __dunder__ name (operator.__add__ is operator.add).
  static const MethodDef fns[] = {
      {"add", op_add}, {"sub", op_sub}, {"mul", op_mul}, {"matmul", op_matmul}, {"truediv", op_truediv},
      {"floordiv", op_floordiv}, {"mod", op_mod}, {"pow", op_pow}, {"lshift", op_lshift}, {"rshift", op_rshift},
      {"and_", op_and_}, {"or_", op_or_}, {"xor", op_xor}, {"iadd", op_iadd}, {"isub", op_isub},
      {"imul", op_imul}, {"imatmul", op_imatmul}, {"itruediv", op_itruediv}, {"ifloordiv", op_ifloordiv},
      {"imod", op_imod}, {"ipow", op_ipow}, {"ilshift", op_ilshift}, {"irshift", op_irshift},
      {"iand", op_iand}, {"ior", op_ior}, {"ixor", op_ixor}, {"lt", op_lt}, {"le", op_le}, {"eq", op_eq},
      {"ne", op_ne}, {"gt", op_gt}, {"ge", op_ge}, {"neg", op_neg}, {"pos", op_pos}, {"invert", op_invert},
      {"inv", op_invert}, {"abs", op_abs}, {"not_", op_not_}, {"truth", op_truth}, {"is_", op_is_},
      {"is_not", op_is_not}, {"index", op_index}, {"concat", op_concat}, {"contains", op_contains},
      {"countOf", op_countOf}, {"indexOf", op_indexOf}, {"getitem", op_getitem}, {"setitem", op_setitem},
      {"delitem", op_delitem}, {"length_hint", op_length_hint}, {nullptr, nullptr}};
  module_add_functions(m.get(), fns);
  for (const MethodDef* d = fns; d->name; ++d) {
    std::string n = d->name;
    if (n == "truth" || n == "is_" || n == "is_not" || n == "countOf" || n == "indexOf" || n == "length_hint")
      continue;
    if (n.back() == '_') n.pop_back();
    Value f = dict_get_cstr(module_dict(m.get()), d->name);
    module_add(m.get(), ("__" + n + "__").c_str(), f);
  }
  OperatorTypes& T = types();
  T.itemgetter = make_type(I, "itemgetter", itemgetter_new, itemgetter_call, itemgetter_repr);
  T.attrgetter = make_type(I, "attrgetter", attrgetter_new, attrgetter_call, attrgetter_repr);
  T.methodcaller = make_type(I, "methodcaller", methodcaller_new, methodcaller_call, methodcaller_repr);
  module_add(m.get(), "itemgetter", Value::from_ptr(T.itemgetter));
  module_add(m.get(), "attrgetter", Value::from_ptr(T.attrgetter));
  module_add(m.get(), "methodcaller", Value::from_ptr(T.methodcaller));
  return m;
}

void register_module_operator(Interpreter& I) { register_native_module(I, "operator", init_operator); }

}  // namespace py
