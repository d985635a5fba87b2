// match.cpp — the runtime side of the match statement (see match.hpp).
#include "py/match.hpp"

#include "py/builtin_types.hpp"
#include "py/errors.hpp"

namespace py {

// isinstance(subject, collections.abc.<abc>) when collections.abc has been imported (a
// class can only be a registered or derived Sequence/Mapping if it was).
static int abc_instance(Value subject, const char* abc) {
  Interpreter& I = interp();
  Value mod = dict_get_cstr(I.modules, "collections.abc");
  if (!mod) return 0;
  Ref cls = getattr_opt(mod, I.intern(abc));
  if (!cls) return err_occurred() ? -1 : 0;
  Value isinst = dict_get_cstr(I.builtins, "isinstance");
  if (!isinst) return 0;
  Ref r = call2(isinst, subject, cls.get());
  if (!r) return -1;
  return truth(r.get());
}

int match_is_sequence(Value subject) {
  Interpreter& I = interp();
  Type* t = type_of(subject);
  if (is_subtype(t, I.list_type) || is_subtype(t, I.tuple_type) || is_subtype(t, I.range_type)) return 1;
  if (is_subtype(t, I.str_type) || is_subtype(t, I.bytes_type) || is_subtype(t, I.bytearray_type) ||
      is_subtype(t, I.dict_type))
    return 0;
  Tuple* mro = as_tuple(t->mro);
  for (size_t i = 0; i < mro->n; ++i) {
    Type* b = static_cast<Type*>(mro->items[i].ptr());
    if (!b->is_heap() && b->name == "deque") return 1;
  }
  return abc_instance(subject, "Sequence");
}

int match_is_mapping(Value subject) {
  Interpreter& I = interp();
  Type* t = type_of(subject);
  if (is_subtype(t, I.dict_type) || t == I.mappingproxy_type) return 1;
  if (is_subtype(t, I.list_type) || is_subtype(t, I.tuple_type) || is_subtype(t, I.str_type)) return 0;
  return abc_instance(subject, "Mapping");
}

Ref match_keys(Value subject, Value keys) {
  Interpreter& I = interp();
  Tuple* k = as_tuple(keys);
  Ref values = new_tuple(k->n);
  for (size_t i = 0; i < k->n; ++i) as_tuple(values.get())->items[i] = newref(kNone);
  Ref seen = new_set(false);
  Ref get = type_of(subject) == I.dict_type ? Ref() : getattr(subject, "get");
  if (type_of(subject) != I.dict_type && !get) return nullptr;
  Ref dummy = new_tuple(0);  // a fresh object: no mapping can hold it as a value
  for (size_t i = 0; i < k->n; ++i) {
    Value key = k->items[i];
    int dup = set_contains(seen.get(), key);
    if (dup < 0) return nullptr;
    if (dup) return raisef(I.ValueError, "mapping pattern checks duplicate key (%s)", repr_utf8(key).c_str());
    if (set_add(seen.get(), key) < 0) return nullptr;
    Ref v;
    if (!get) {
      Value found;
      int r = dict_get(as_dict(subject), key, &found);
      if (r < 0) return nullptr;
      if (r == 0) return Ref::borrow(kNone);
      v = Ref::borrow(found);
    } else {
      v = call2(get.get(), key, dummy.get());
      if (!v) return nullptr;
      if (v.get() == dummy.get()) return Ref::borrow(kNone);
    }
    Value& slot = as_tuple(values.get())->items[i];
    decref(slot);
    slot = v.release();
  }
  return values;
}

// Types whose instances match `C(x)` with x the subject itself (_Py_TPFLAGS_MATCH_SELF).
static bool matches_self(Type* t) {
  Interpreter& I = interp();
  for (Type* s : {I.bool_type, I.bytearray_type, I.bytes_type, I.dict_type, I.float_type, I.frozenset_type,
                  I.int_type, I.list_type, I.set_type, I.str_type, I.tuple_type})
    if (is_subtype(t, s)) return true;
  return false;
}

Ref match_class(Value subject, Value cls, Value names, int nargs) {
  Interpreter& I = interp();
  if (!isinstance(cls, I.type_type)) return raise(I.TypeError, "called match pattern must be a type");
  Type* ct = static_cast<Type*>(cls.ptr());
  Value isinst = dict_get_cstr(I.builtins, "isinstance");  // honours __instancecheck__
  Ref ok = isinst ? call2(isinst, subject, cls) : Ref::steal(bool_value(isinstance(subject, ct)));
  if (!ok) return nullptr;
  int is = truth(ok.get());
  if (is <= 0) return is < 0 ? nullptr : Ref::borrow(kNone);
  Tuple* kw = as_tuple(names);
  Ref attrs = new_list();
  std::vector<Value> seen;  // borrowed attribute names
  auto fetch = [&](Value name) -> int {  // 1 found, 0 missing, -1 error
    for (Value s : seen)
      if (str_equal(as_str(s), as_str(name))) {
        raisef(I.TypeError, "%s() got multiple sub-patterns for attribute %s", ct->name.c_str(),
               repr_utf8(name).c_str());
        return -1;
      }
    seen.push_back(name);
    Ref v = getattr_opt(subject, as_str(name));
    if (!v) return err_occurred() ? -1 : 0;
    list_append(attrs.get(), v.get());
    return 1;
  };
  if (nargs) {
    Ref match_args = getattr_opt(cls, I.intern("__match_args__"));
    if (!match_args && err_occurred()) return nullptr;
    if (match_args) {
      if (type_of(match_args.get()) != I.tuple_type)
        return raisef(I.TypeError, "%s.__match_args__ must be a tuple (got %s)", ct->name.c_str(),
                      type_name(match_args.get()));
      Tuple* ma = as_tuple(match_args.get());
      if (size_t(nargs) > ma->n)
        return raisef(I.TypeError, "%s() accepts %zu positional sub-pattern%s (%d given)", ct->name.c_str(), ma->n,
                      ma->n == 1 ? "" : "s", nargs);
      for (int i = 0; i < nargs; ++i) {
        Value n = ma->items[i];
        if (!isinstance(n, I.str_type))
          return raisef(I.TypeError, "__match_args__ elements must be strings (got %s)", type_name(n));
        int r = fetch(n);
        if (r <= 0) return r < 0 ? nullptr : Ref::borrow(kNone);
      }
    } else if (matches_self(ct)) {
      if (nargs > 1)
        return raisef(I.TypeError, "%s() accepts 1 positional sub-pattern (%d given)", ct->name.c_str(), nargs);
      list_append(attrs.get(), subject);
    } else {
      return raisef(I.TypeError, "%s() accepts 0 positional sub-patterns (%d given)", ct->name.c_str(), nargs);
    }
  }
  for (size_t i = 0; i < kw->n; ++i) {
    int r = fetch(kw->items[i]);
    if (r <= 0) return r < 0 ? nullptr : Ref::borrow(kNone);
  }
  return sequence_tuple(attrs.get());
}

Ref match_rest(Value subject, Value keys) {
  Ref rest = new_dict();
  if (dict_merge(as_dict(rest.get()), subject, true) < 0) return nullptr;
  Tuple* k = as_tuple(keys);
  for (size_t i = 0; i < k->n; ++i)
    if (dict_del(as_dict(rest.get()), k->items[i]) < 0) return nullptr;
  return rest;
}

}  // namespace py
