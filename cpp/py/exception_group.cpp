// exception_group.cpp — exception groups and the runtime of `except*` (see
// exception_group.hpp). A group keeps its message in BaseExc::extra and its sub-exceptions,
// as a tuple, in BaseExc::notes; `args` holds the constructor's arguments as given.
#include "py/exception_group.hpp"

#include <unordered_set>

#include "py/builtin_types.hpp"
#include "py/errors.hpp"

namespace py {

bool is_exception_group(Value v) { return isinstance(v, interp().BaseExceptionGroup); }
Value exception_group_excs(Value eg) { return as_exc(eg)->notes; }

static Ref eg_new(Type* t, const Value* args, size_t nargs, Tuple* kwnames) {
  Interpreter& I = interp();
  if (kwnames && kwnames->n) return raise(I.TypeError, "BaseExceptionGroup.__new__() takes no keyword arguments");
  if (nargs != 2)
    return raisef(I.TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", nargs);
  if (!isinstance(args[0], I.str_type))
    return raisef(I.TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", type_name(args[0]));
  Type* at = type_of(args[1]);
  if (is_subtype(at, I.str_type) || is_subtype(at, I.dict_type) || is_subtype(at, I.set_type) ||
      !(at->getitem && at->len))
    return raise(I.TypeError, "second argument (exceptions) must be a sequence");
  Ref excs = sequence_tuple(args[1]);
  if (!excs) return nullptr;
  Tuple* ex = as_tuple(excs.get());
  if (ex->n == 0) return raise(I.ValueError, "second argument (exceptions) must be a non-empty sequence");
  bool all_exception = true;
  for (size_t i = 0; i < ex->n; ++i) {
    if (!is_exception_instance(ex->items[i]))
      return raisef(I.ValueError, "Item %zu of second argument (exceptions) is not an exception", i);
    all_exception &= isinstance(ex->items[i], I.Exception);
  }
  if (t == I.BaseExceptionGroup) {
    if (all_exception) t = I.ExceptionGroup;
  } else if (t == I.ExceptionGroup) {
    if (!all_exception) return raise(I.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (!all_exception && is_subtype(t, I.Exception)) {
    return raisef(I.TypeError, "Cannot nest BaseExceptions in '%s'", t->name.c_str());
  }
  Ref self = I.BaseException->tp_new(t, args, nargs, nullptr);
  if (!self) return nullptr;
  BaseExc* e = as_exc(self.get());
  e->extra = newref(args[0]);
  e->notes = excs.release();
  return self;
}

// Unlike BaseException.__init__, takes any number of arguments: a subclass's __new__ may
// take other arguments than (message, exceptions).
static int eg_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->n) {
    raisef(interp().TypeError, "%s() takes no keyword arguments", type_name(self));
    return -1;
  }
  BaseExc* e = as_exc(self);
  Value old = e->args;
  e->args = tuple_from_array(args, nargs).release();
  decref(old);
  return 0;
}

static Ref eg_str(Value self) {
  BaseExc* e = as_exc(self);
  size_t n = as_tuple(e->notes)->n;
  std::string s(sv(e->extra));
  s += " (" + std::to_string(n) + " sub-exception" + (n == 1 ? ")" : "s)");
  return new_str(s);
}

static Ref eg_message(Value self) { return Ref::borrow(as_exc(self)->extra); }
static Ref eg_exceptions(Value self) { return Ref::borrow(as_exc(self)->notes); }

static Ref eg_derive(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("derive", nargs, 1, 1)) return nullptr;
  Value a[2] = {as_exc(self)->extra, args[0]};
  return type_call(Value::from_ptr(interp().BaseExceptionGroup), a, 2, nullptr);
}

// self.derive(excs) with self's traceback, cause, context and notes copied over.
static Ref derive_and_copy(Value self, Value excs_list) {
  Interpreter& I = interp();
  Ref g = call_method(self, "derive", &excs_list, 1);
  if (!g) return nullptr;
  if (!is_exception_group(g.get())) return raise(I.TypeError, "derive must return an instance of BaseExceptionGroup");
  BaseExc* src = as_exc(self);
  BaseExc* dst = as_exc(g.get());
  exception_set_traceback(g.get(), src->traceback);
  for (auto [from, to] : {std::pair{src->cause, &dst->cause}, std::pair{src->context, &dst->context}}) {
    Value old = *to;
    *to = from ? newref(from) : kNull;
    decref(old);
  }
  dst->suppress_context = src->suppress_context;
  Dict** sd = instance_dict_ptr(self);
  Value notes = sd && *sd ? dict_get_str(*sd, I.names.__notes__) : kNull;
  if (notes) {
    Dict** dd = instance_dict_ptr(g.get());
    if (!*dd) *dd = as_dict(new_dict().release());
    if (dict_set(*dd, Value::from_ptr(I.names.__notes__), notes) < 0) return nullptr;
  }
  return g;
}

// A split condition: an exception type, a tuple of them, or a predicate.
struct Condition {
  enum { Types, Predicate, Leaves } kind;
  Value v;
  const std::unordered_set<Object*>* leaves = nullptr;
};

static bool valid_types(Value t) {
  Interpreter& I = interp();
  if (type_of(t) == I.tuple_type) {
    Tuple* tt = as_tuple(t);
    for (size_t i = 0; i < tt->n; ++i)
      if (!is_exception_class(tt->items[i])) return false;
    return true;
  }
  return is_exception_class(t);
}

static bool types_match(Value exc, Value t) {
  Interpreter& I = interp();
  if (type_of(t) == I.tuple_type) {
    Tuple* tt = as_tuple(t);
    for (size_t i = 0; i < tt->n; ++i)
      if (types_match(exc, tt->items[i])) return true;
    return false;
  }
  return isinstance(exc, static_cast<Type*>(t.ptr()));
}

static int condition_match(const Condition& c, Value exc) {
  switch (c.kind) {
    case Condition::Types: return types_match(exc, c.v);
    case Condition::Predicate: {
      Ref r = call1(c.v, exc);
      if (!r) return -1;
      return truth(r.get());
    }
    case Condition::Leaves: return !is_exception_group(exc) && c.leaves->count(exc.ptr());
  }
  return 0;
}

static bool make_condition(Value v, Condition* c) {
  if (valid_types(v)) *c = {Condition::Types, v};
  else if (callable(v) && !isinstance(v, interp().type_type)) *c = {Condition::Predicate, v};
  else {
    raise(interp().TypeError, "expected a function, exception type or tuple of exception types");
    return false;
  }
  return true;
}

// CPython's exceptiongroup_split_recursive: the parts of `exc` that match / do not match.
static bool split_recursive(Value exc, const Condition& c, bool want_rest, Ref* match, Ref* rest) {
  int m = condition_match(c, exc);
  if (m < 0) return false;
  if (m) {
    *match = Ref::borrow(exc);
    return true;
  }
  if (!is_exception_group(exc)) {
    if (want_rest) *rest = Ref::borrow(exc);
    return true;
  }
  RecursionGuard guard(" in split");
  if (!guard.ok) return false;
  Ref matches = new_list(), rests = new_list();
  Tuple* ex = as_tuple(exception_group_excs(exc));
  for (size_t i = 0; i < ex->n; ++i) {
    Ref sm, sr;
    if (!split_recursive(ex->items[i], c, want_rest, &sm, &sr)) return false;
    if (sm) list_append(matches.get(), sm.get());
    if (sr) list_append(rests.get(), sr.get());
  }
  if (!as_list(matches.get())->items.empty() && !(*match = derive_and_copy(exc, matches.get()))) return false;
  if (want_rest && !as_list(rests.get())->items.empty() && !(*rest = derive_and_copy(exc, rests.get())))
    return false;
  return true;
}

static Ref eg_split(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("split", nargs, 1, 1)) return nullptr;
  Condition c;
  if (!make_condition(args[0], &c)) return nullptr;
  Ref m, r;
  if (!split_recursive(self, c, true, &m, &r)) return nullptr;
  return tuple_pack({none_if_null(m.get()), none_if_null(r.get())});
}

static Ref eg_subgroup(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("subgroup", nargs, 1, 1)) return nullptr;
  Condition c;
  if (!make_condition(args[0], &c)) return nullptr;
  Ref m, r;
  if (!split_recursive(self, c, false, &m, &r)) return nullptr;
  return m ? m : Ref::borrow(kNone);
}

bool exception_group_match(Value exc, Value type, Ref* match, Ref* rest) {
  Interpreter& I = interp();
  if (!valid_types(type)) {
    raise(I.TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return false;
  }
  auto is_group_type = [&](Value t) { return is_subtype(static_cast<Type*>(t.ptr()), I.BaseExceptionGroup); };
  bool group_type = false;
  if (type_of(type) == I.tuple_type) {
    for (size_t i = 0; i < as_tuple(type)->n; ++i) group_type |= is_group_type(as_tuple(type)->items[i]);
  } else {
    group_type = is_group_type(type);
  }
  if (group_type) {
    raise(I.TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
    return false;
  }
  if (exc == kNone) {
    *match = Ref::borrow(kNone), *rest = Ref::borrow(kNone);
    return true;
  }
  if (types_match(exc, type)) {
    if (is_exception_group(exc)) {
      *match = Ref::borrow(exc);
    } else {  // a naked exception: wrap it
      Ref excs = tuple_pack({exc});
      Value a[2] = {I.empty_str, excs.get()};
      Ref g = type_call(Value::from_ptr(I.BaseExceptionGroup), a, 2, nullptr);
      if (!g) return false;
      exception_set_traceback(g.get(), as_exc(exc)->traceback);
      *match = std::move(g);
    }
    *rest = Ref::borrow(kNone);
    return true;
  }
  if (!is_exception_group(exc)) {
    *match = Ref::borrow(kNone), *rest = Ref::borrow(exc);
    return true;
  }
  Condition c{Condition::Types, type};
  Ref m, r;
  if (!split_recursive(exc, c, true, &m, &r)) return false;
  *match = m ? std::move(m) : Ref::borrow(kNone);
  *rest = r ? std::move(r) : Ref::borrow(kNone);
  return true;
}

static void collect_leaves(Value exc, std::unordered_set<Object*>& out) {
  if (!is_exception_group(exc)) {
    out.insert(exc.ptr());
    return;
  }
  Tuple* ex = as_tuple(exception_group_excs(exc));
  for (size_t i = 0; i < ex->n; ++i) collect_leaves(ex->items[i], out);
}

// An exception a clause re-raised (or the unhandled rest) carries the original group's
// traceback, cause and context; a new exception does not.
static bool same_metadata(Value a, Value b) {
  BaseExc *x = as_exc(a), *y = as_exc(b);
  return x->traceback == y->traceback && x->cause == y->cause && x->context == y->context;
}

Ref prep_reraise_star(Value orig, Value raised) {
  Interpreter& I = interp();
  List* l = as_list(raised);
  if (!is_exception_group(orig)) {  // a naked exception: at most one clause ran
    for (Value e : l->items)
      if (e != kNone) return Ref::borrow(e);
    return Ref::borrow(kNone);
  }
  Ref new_raised = new_list();
  std::unordered_set<Object*> leaves;
  bool any_reraised = false;
  for (Value e : l->items) {
    if (e == kNone) continue;
    if (same_metadata(e, orig)) {
      collect_leaves(e, leaves);
      any_reraised = true;
    } else {
      list_append(new_raised.get(), e);
    }
  }
  Ref reraised;
  if (any_reraised) {
    Condition c{Condition::Leaves, kNull, &leaves};
    Ref r;
    if (!split_recursive(orig, c, false, &reraised, &r)) return nullptr;
  }
  List* nr = as_list(new_raised.get());
  if (nr->items.empty()) return reraised ? reraised : Ref::borrow(kNone);
  if (reraised) list_append(new_raised.get(), reraised.get());
  if (nr->items.size() == 1) return Ref::borrow(nr->items[0]);
  Value a[2] = {I.empty_str, new_raised.get()};
  return type_call(Value::from_ptr(I.BaseExceptionGroup), a, 2, nullptr);
}

void init_exception_groups(Interpreter& I) {
  Type* B = I.BaseExceptionGroup;
  B->tp_new = eg_new;
  B->init = eg_init;
  B->str = eg_str;
  static const MethodDef methods[] = {
      {"derive", eg_derive}, {"split", eg_split}, {"subgroup", eg_subgroup}, {nullptr, nullptr}};
  add_methods(I, B, methods);
  add_getset(I, B, "message", eg_message);
  add_getset(I, B, "exceptions", eg_exceptions);
  // class ExceptionGroup(BaseExceptionGroup, Exception)
  Type* E = I.ExceptionGroup;
  E->tp_new = eg_new;
  E->init = eg_init;
  E->str = eg_str;
  Value oldb = E->bases, oldm = E->mro;
  E->bases = tuple_pack({Value::from_ptr(B), Value::from_ptr(I.Exception)}).release();
  E->mro = tuple_pack({Value::from_ptr(E), Value::from_ptr(B), Value::from_ptr(I.Exception),
                       Value::from_ptr(I.BaseException), Value::from_ptr(I.object_type)})
               .release();
  decref(oldb);
  decref(oldm);
}

}  // namespace py
