// dict.cpp — insertion-ordered hash table (CPython's compact dict layout: an index table
// of int32 into a dense entry array), dict views and their iterators. set.cpp reuses it.
#include <cstring>

#include "py/builtin_types.hpp"
#include "py/errors.hpp"

namespace py {

static constexpr int32_t kEmpty = -1, kDummy = -2;

Ref new_dict() {
  Dict* d = static_cast<Dict*>(alloc_object(interp().dict_type, sizeof(Dict)));
  new (&d->entries) std::vector<DictEntry>();
  new (&d->index) std::vector<int32_t>();
  d->version = ++interp().dict_version;
  gc_track(d);
  return Ref::steal(Value::from_ptr(d));
}

static inline void touch(Dict* d) {
  Interpreter& I = interp();
  d->version = ++I.dict_version;
  if (d->flags & kObjTypeDict) ++I.type_epoch;
}

// Key equality: identity, then fast paths for str/int, then __eq__.
static inline int keys_equal(Value a, Value b) {
  if (a == b) return 1;
  Interpreter& I = interp();
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  if (ta == I.str_type && tb == I.str_type) return str_equal(as_str(a), as_str(b));
  if (a.is_small_int() && b.is_small_int()) return 0;
  return equal(a, b);
}

// Finds the slot for key: returns the index-table position; *entry is the entry index or -1.
static int find_slot(Dict* d, Value key, int64_t hash, int32_t* entry) {
  *entry = -1;
  if (d->index.empty()) return -1;
  size_t mask = d->index.size() - 1;
  size_t i = size_t(hash) & mask;
  uint64_t perturb = uint64_t(hash);
  int first_dummy = -1;
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == kEmpty) return first_dummy >= 0 ? first_dummy : int(i);
    if (ix == kDummy) {
      if (first_dummy < 0) first_dummy = int(i);
    } else {
      DictEntry& e = d->entries[size_t(ix)];
      if (e.key == key) {
        *entry = ix;
        return int(i);
      }
      if (e.hash == hash) {
        Value k = e.key;
        incref(k);
        int r = keys_equal(k, key);
        decref(k);
        if (r < 0) return -2;
        if (r) {
          *entry = ix;
          return int(i);
        }
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

static void rebuild(Dict* d, size_t min_used) {
  size_t size = 8;
  while (size * 2 < (min_used + 1) * 3) size *= 2;
  // Room for every entry the new index admits before the next rebuild: one allocation per
  // resize instead of the vector's own doubling in between.
  std::vector<DictEntry> live;
  live.reserve(size * 2 / 3);
  for (DictEntry& e : d->entries)
    if (e.key) live.push_back(e);
  d->entries = std::move(live);
  d->index.assign(size, kEmpty);
  size_t mask = size - 1;
  for (size_t k = 0; k < d->entries.size(); ++k) {
    uint64_t perturb = uint64_t(d->entries[k].hash);
    size_t i = size_t(d->entries[k].hash) & mask;
    while (d->index[i] != kEmpty) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    d->index[i] = int32_t(k);
  }
}

int dict_lookup(Dict* d, Value key, int64_t hash, Value* out) {
  int32_t e;
  int slot = find_slot(d, key, hash, &e);
  if (slot == -2) return -1;
  if (e < 0) return 0;
  *out = d->entries[size_t(e)].value;
  return 1;
}

Value dict_get_str_at(Dict* d, Str* key, size_t* at) {
  if (d->index.empty()) return kNull;
  int64_t hash = str_hash(key);
  size_t mask = d->index.size() - 1;
  size_t i = size_t(hash) & mask;
  uint64_t perturb = uint64_t(hash);
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == kEmpty) return kNull;
    if (ix >= 0) {
      DictEntry& e = d->entries[size_t(ix)];
      if (e.key.bits() == Value::from_ptr(key).bits() ||
          (e.hash == hash && e.key.is_ptr() && e.key.ptr()->type == interp().str_type &&
           str_equal(as_str(e.key), key))) {
        *at = size_t(ix);
        return e.value;
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

Value dict_get_str(Dict* d, Str* key) {
  if (d->index.empty()) return kNull;
  int64_t hash = str_hash(key);
  size_t mask = d->index.size() - 1;
  size_t i = size_t(hash) & mask;
  uint64_t perturb = uint64_t(hash);
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == kEmpty) return kNull;
    if (ix >= 0) {
      DictEntry& e = d->entries[size_t(ix)];
      if (e.key.bits() == Value::from_ptr(key).bits()) return e.value;
      if (e.hash == hash && e.key.is_ptr() && e.key.ptr()->type == interp().str_type &&
          str_equal(as_str(e.key), key))
        return e.value;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

Value dict_get_cstr(Dict* d, std::string_view key) { return dict_get_str(d, interp().intern(key)); }

int dict_get(Dict* d, Value key, Value* out) {
  int64_t h = hash(key);
  if (h == -1 && err_occurred()) return -1;
  return dict_lookup(d, key, h, out);
}

int dict_set_hashed(Dict* d, Value key, int64_t h, Value v) {
  int32_t e;
  int slot = find_slot(d, key, h, &e);
  if (slot == -2) return -1;
  if (e >= 0) {
    Value old = d->entries[size_t(e)].value;
    d->entries[size_t(e)].value = newref(v);
    touch(d);
    decref(old);
    return 0;
  }
  if (slot < 0 || (d->entries.size() + 1) * 3 >= d->index.size() * 2) {
    rebuild(d, d->used + 1);
    slot = find_slot(d, key, h, &e);
  }
  d->index[size_t(slot)] = int32_t(d->entries.size());
  d->entries.push_back({h, newref(key), newref(v)});
  ++d->used;
  touch(d);
  return 0;
}

int dict_set(Dict* d, Value key, Value v) {
  int64_t h = hash(key);
  if (h == -1 && err_occurred()) return -1;
  return dict_set_hashed(d, key, h, v);
}

int dict_set_str(Dict* d, std::string_view key, Value v) {
  return dict_set(d, Value::from_ptr(interp().intern(key)), v);
}

int dict_pop(Dict* d, Value key, Value* out) {
  int64_t h = hash(key);
  if (h == -1 && err_occurred()) return -1;
  int32_t e;
  int slot = find_slot(d, key, h, &e);
  if (slot == -2) return -1;
  if (e < 0) return 0;
  DictEntry& en = d->entries[size_t(e)];
  Value k = en.key;
  *out = en.value;
  en.key = kNull;
  en.value = kNull;
  d->index[size_t(slot)] = kDummy;
  --d->used;
  touch(d);
  decref(k);
  if (d->used == 0) {
    d->entries.clear();
    d->index.clear();
  }
  return 1;
}

int dict_del(Dict* d, Value key) {
  Value old;
  int r = dict_pop(d, key, &old);
  if (r < 0) return -1;
  if (r == 0) {
    set_error(make_exception(interp().KeyError, &key, 1));
    return -1;
  }
  decref(old);
  return 0;
}

bool dict_next(Dict* d, size_t* pos, Value* key, Value* value) {
  while (*pos < d->entries.size()) {
    DictEntry& e = d->entries[(*pos)++];
    if (e.key) {
      *key = e.key;
      *value = e.value;
      return true;
    }
  }
  return false;
}

void dict_clear(Dict* d) {
  std::vector<DictEntry> old = std::move(d->entries);
  d->entries.clear();
  d->index.clear();
  d->used = 0;
  touch(d);
  for (DictEntry& e : old) {
    decref(e.key);
    decref(e.value);
  }
}

Ref dict_copy(Dict* d) {
  Ref r = new_dict();
  Dict* n = as_dict(r.get());
  for (DictEntry& e : d->entries)
    if (e.key) dict_set_hashed(n, e.key, e.hash, e.value);
  return r;
}

int dict_merge(Dict* d, Value other, bool override_existing) {
  Interpreter& I = interp();
  if (isinstance(other, I.dict_type) && type_of(other)->iter == I.dict_type->iter) {
    Dict* o = as_dict(other);
    std::vector<DictEntry> snap;
    for (DictEntry& e : o->entries)
      if (e.key) snap.push_back({e.hash, newref(e.key), newref(e.value)});
    int r = 0;
    for (DictEntry& e : snap) {
      if (r >= 0) {
        Value existing;
        if (!override_existing && dict_lookup(d, e.key, e.hash, &existing) > 0) {
        } else {
          r = dict_set_hashed(d, e.key, e.hash, e.value);
        }
      }
      decref(e.key);
      decref(e.value);
    }
    return r;
  }
  Ref keys = call_method(other, I.names.keys, nullptr, 0);
  if (!keys) return -1;
  Ref it = get_iter(keys.get());
  if (!it) return -1;
  for (;;) {
    Ref k = iter_next(it.get());
    if (!k) return err_occurred() ? -1 : 0;
    Ref v = getitem(other, k.get());
    if (!v) return -1;
    if (dict_set(d, k.get(), v.get()) < 0) return -1;
  }
}

// ---- the dict type ---------------------------------------------------------------------------------

static void dict_finalize(Object* o) {
  Dict* d = static_cast<Dict*>(o);
  std::vector<DictEntry> old = std::move(d->entries);
  for (DictEntry& e : old) {
    decref(e.key);
    decref(e.value);
  }
  d->entries.~vector();
  d->index.~vector();
}
static void dict_traverse(Object* o, VisitFn visit, void* arg) {
  for (DictEntry& e : static_cast<Dict*>(o)->entries)
    if (e.key) {
      visit(e.key, arg);
      visit(e.value, arg);
    }
}
static void dict_clear_slot(Object* o) { dict_clear(static_cast<Dict*>(o)); }

static Ref dict_repr(Value self) {
  Interpreter& I = interp();
  for (Value v : I.repr_stack)
    if (v == self) return new_str("{...}");
  Dict* d = as_dict(self);
  I.repr_stack.push_back(self);
  std::string out = "{";
  bool first = true, ok = true;
  std::vector<std::pair<Value, Value>> snap;
  for (DictEntry& e : d->entries)
    if (e.key) snap.push_back({newref(e.key), newref(e.value)});
  for (auto& [k, v] : snap) {
    if (ok) {
      if (!first) out += ", ";
      first = false;
      Ref kr = repr(k);
      Ref vr = kr ? repr(v) : nullptr;
      if (!kr || !vr) ok = false;
      else {
        out += sv(kr.get());
        out += ": ";
        out += sv(vr.get());
      }
    }
    decref(k);
    decref(v);
  }
  I.repr_stack.pop_back();
  if (!ok) return nullptr;
  out += "}";
  return new_str(out);
}

static int64_t dict_len(Value self) { return int64_t(as_dict(self)->used); }

static Ref dict_getitem(Value self, Value k) {
  Interpreter& I = interp();
  Value v;
  int r = dict_get(as_dict(self), k, &v);
  if (r < 0) return nullptr;
  if (r) return Ref::borrow(v);
  if (type_of(self) != I.dict_type) {
    Value m = type_lookup(type_of(self), I.names.__missing__);
    if (m) {
      Ref f = descr_get(m, self, Value::from_ptr(type_of(self)));
      if (!f) return nullptr;
      return call1(f.get(), k);
    }
  }
  set_error(make_exception(I.KeyError, &k, 1));
  return nullptr;
}
static int dict_setitem(Value self, Value k, Value v) {
  if (!v) return dict_del(as_dict(self), k);
  return dict_set(as_dict(self), k, v);
}
static int dict_contains(Value self, Value k) {
  Value v;
  return dict_get(as_dict(self), k, &v);
}
static Ref dict_richcmp(Value a, Value b, int op) {
  Interpreter& I = interp();
  if (!isinstance(b, I.dict_type) || (op != kEq && op != kNe)) return Ref::steal(kNotImplemented);
  Dict* x = as_dict(a);
  Dict* y = as_dict(b);
  bool eq = x->used == y->used;
  if (eq) {
    for (DictEntry& e : x->entries) {
      if (!e.key) continue;
      Value other;
      int r = dict_lookup(y, e.key, e.hash, &other);
      if (r < 0) return nullptr;
      if (!r) { eq = false; break; }
      int c = equal(e.value, other);
      if (c < 0) return nullptr;
      if (!c) { eq = false; break; }
    }
  }
  return Ref::steal(bool_value(op == kEq ? eq : !eq));
}

// Views and iterators: kind 0 = keys, 1 = values, 2 = items.
struct DictView : Object { Value dict; int kind; };
struct DictIter : Object { Value dict; size_t pos; size_t used_at_start; int kind; };

static Ref make_dict_iter(Value dict, int kind) {
  DictIter* it = static_cast<DictIter*>(alloc_object(interp().dict_iter_type, sizeof(DictIter)));
  it->dict = newref(dict);
  it->kind = kind;
  it->used_at_start = as_dict(dict)->used;
  gc_track(it);
  return Ref::steal(Value::from_ptr(it));
}
static Ref dict_iter(Value self) { return make_dict_iter(self, 0); }
static Ref dict_iternext(Value self) {
  Interpreter& I = interp();
  DictIter* it = static_cast<DictIter*>(self.ptr());
  if (!it->dict) return nullptr;
  Dict* d = as_dict(it->dict);
  if (d->used != it->used_at_start) {
    it->used_at_start = size_t(-1);
    return raise(I.RuntimeError, "dictionary changed size during iteration");
  }
  Value k, v;
  if (dict_next(d, &it->pos, &k, &v)) {
    if (it->kind == 0) return Ref::borrow(k);
    if (it->kind == 1) return Ref::borrow(v);
    return tuple_pack({k, v});
  }
  Value dv = it->dict;
  it->dict = kNull;
  decref(dv);
  return nullptr;
}
static void dictiter_finalize(Object* o) { decref(static_cast<DictIter*>(o)->dict); }
static void dictiter_traverse(Object* o, VisitFn visit, void* arg) {
  if (static_cast<DictIter*>(o)->dict) visit(static_cast<DictIter*>(o)->dict, arg);
}
static Ref make_view(Value dict, int kind) {
  DictView* v = static_cast<DictView*>(alloc_object(interp().dict_view_type, sizeof(DictView)));
  v->dict = newref(dict);
  v->kind = kind;
  gc_track(v);
  return Ref::steal(Value::from_ptr(v));
}
static Ref view_iter(Value self) {
  DictView* v = static_cast<DictView*>(self.ptr());
  return make_dict_iter(v->dict, v->kind);
}
static int64_t view_len(Value self) { return int64_t(as_dict(static_cast<DictView*>(self.ptr())->dict)->used); }
static int view_contains(Value self, Value x) {
  Interpreter& I = interp();
  DictView* v = static_cast<DictView*>(self.ptr());
  Dict* d = as_dict(v->dict);
  if (v->kind == 0) {
    Value out;
    return dict_get(d, x, &out);
  }
  if (v->kind == 2) {
    if (type_of(x) != I.tuple_type || as_tuple(x)->n != 2) return 0;
    Value out;
    const Value* kv = as_tuple(x)->items;  // a pointer: kv[1] on items[1] trips -Warray-bounds
    int r = dict_get(d, kv[0], &out);
    if (r <= 0) return r;
    return equal(out, kv[1]);
  }
  for (DictEntry& e : d->entries) {
    if (!e.key) continue;
    int r = equal(e.value, x);
    if (r) return r;
  }
  return 0;
}
static Ref view_repr(Value self) {
  DictView* v = static_cast<DictView*>(self.ptr());
  static const char* const names[] = {"dict_keys", "dict_values", "dict_items"};
  Ref l = iterable_to_list(self);
  if (!l) return nullptr;
  Ref r = repr(l.get());
  if (!r) return nullptr;
  return new_str(std::string(names[v->kind]) + "(" + std::string(sv(r.get())) + ")");
}
static void view_finalize(Object* o) { decref(static_cast<DictView*>(o)->dict); }
static void view_traverse(Object* o, VisitFn visit, void* arg) { visit(static_cast<DictView*>(o)->dict, arg); }
static Ref view_binop(Value a, Value b, int op) {
  // keys() views support set operations by converting to sets.
  Interpreter& I = interp();
  if (op >= kInplace || (op != kAnd && op != kOr && op != kSub && op != kXor)) return Ref::steal(kNotImplemented);
  Ref sa = call1(Value::from_ptr(I.set_type), a);
  if (!sa) return nullptr;
  Ref sb = call1(Value::from_ptr(I.set_type), b);
  if (!sb) return nullptr;
  return binary_op(sa.get(), sb.get(), op);
}
static Ref view_richcmp(Value a, Value b, int op) {
  Interpreter& I = interp();
  DictView* v = static_cast<DictView*>(a.ptr());
  if (v->kind == 1) return Ref::steal(kNotImplemented);
  Ref sa = call1(Value::from_ptr(I.set_type), a);
  if (!sa) return nullptr;
  Ref sb = type_of(b) == I.dict_view_type ? call1(Value::from_ptr(I.set_type), b) : Ref::borrow(b);
  if (!sb) return nullptr;
  return rich_compare(sa.get(), sb.get(), op);
}
static Ref m_view_reversed(Value self, const Value*, size_t, Tuple*) {
  Ref l = iterable_to_list(self);
  if (!l) return nullptr;
  std::reverse(as_list(l.get())->items.begin(), as_list(l.get())->items.end());
  return get_iter(l.get());
}

// ---- dict methods -----------------------------------------------------------------------------------

static Ref dict_new(Type* t, const Value*, size_t, Tuple*) {
  Dict* d = static_cast<Dict*>(alloc_object(t, t->basicsize));
  new (&d->entries) std::vector<DictEntry>();
  new (&d->index) std::vector<int32_t>();
  d->version = ++interp().dict_version;
  gc_track(d);
  return Ref::steal(Value::from_ptr(d));
}
static int dict_update_from(Value self, const Value* args, size_t nargs, Tuple* kw, const char* name) {
  Interpreter& I = interp();
  if (nargs > 1) {
    raisef(I.TypeError, "%s expected at most 1 argument, got %zu", name, nargs);
    return -1;
  }
  Dict* d = as_dict(self);
  if (nargs == 1) {
    Value o = args[0];
    if (isinstance(o, I.dict_type) || getattr_opt(o, I.names.keys)) {
      if (dict_merge(d, o, true) < 0) return -1;
    } else {
      if (err_occurred()) return -1;
      Ref it = get_iter(o);
      if (!it) return -1;
      for (size_t idx = 0;; ++idx) {
        Ref item = iter_next(it.get());
        if (!item) {
          if (err_occurred()) return -1;
          break;
        }
        Ref seq = sequence_tuple(item.get());
        if (!seq) {
          clear_error();
          raisef(I.TypeError, "cannot convert dictionary update sequence element #%zu to a sequence", idx);
          return -1;
        }
        if (as_tuple(seq.get())->n != 2) {
          raisef(I.ValueError, "dictionary update sequence element #%zu has length %zu; 2 is required", idx,
                 as_tuple(seq.get())->n);
          return -1;
        }
        const Value* kv = as_tuple(seq.get())->items;  // a pointer, as above
        if (dict_set(d, kv[0], kv[1]) < 0) return -1;
      }
    }
  }
  if (kw)
    for (size_t k = 0; k < kw->n; ++k)
      if (dict_set(d, kw->items[k], args[nargs + k]) < 0) return -1;
  return 0;
}
static int dict_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return dict_update_from(self, args, nargs, kw, "dict");
}
static Ref m_keys(Value self, const Value*, size_t, Tuple*) { return make_view(self, 0); }
static Ref m_values(Value self, const Value*, size_t, Tuple*) { return make_view(self, 1); }
static Ref m_items(Value self, const Value*, size_t, Tuple*) { return make_view(self, 2); }
static Ref m_get(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("get", nargs, 1, 2)) return nullptr;
  Value v;
  int r = dict_get(as_dict(self), args[0], &v);
  if (r < 0) return nullptr;
  if (r) return Ref::borrow(v);
  return Ref::borrow(nargs > 1 ? args[1] : kNone);
}
static Ref m_setdefault(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("setdefault", nargs, 1, 2)) return nullptr;
  Value v;
  int r = dict_get(as_dict(self), args[0], &v);
  if (r < 0) return nullptr;
  if (r) return Ref::borrow(v);
  Value def = nargs > 1 ? args[1] : kNone;
  if (dict_set(as_dict(self), args[0], def) < 0) return nullptr;
  return Ref::borrow(def);
}
static Ref m_pop(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("pop", nargs, 1, 2)) return nullptr;
  Value v;
  int r = dict_pop(as_dict(self), args[0], &v);
  if (r < 0) return nullptr;
  if (r) return Ref::steal(v);
  if (nargs > 1) return Ref::borrow(args[1]);
  set_error(make_exception(interp().KeyError, args, 1));
  return nullptr;
}
static Ref m_popitem(Value self, const Value*, size_t, Tuple*) {
  Dict* d = as_dict(self);
  for (size_t i = d->entries.size(); i-- > 0;) {
    if (!d->entries[i].key) continue;
    Ref k = Ref::borrow(d->entries[i].key);
    Value v;
    dict_pop(d, k.get(), &v);
    Ref vr = Ref::steal(v);
    return tuple_pack({k.get(), vr.get()});
  }
  return raise(interp().KeyError, "popitem(): dictionary is empty");
}
static Ref m_update(Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (dict_update_from(self, args, nargs, kw, "update") < 0) return nullptr;
  return Ref::steal(kNone);
}
static Ref m_clear(Value self, const Value*, size_t, Tuple*) {
  dict_clear(as_dict(self));
  return Ref::steal(kNone);
}
static Ref m_copy(Value self, const Value*, size_t, Tuple*) { return dict_copy(as_dict(self)); }
static Ref m_fromkeys(Value cls, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("fromkeys", nargs, 1, 2)) return nullptr;
  Ref d = call0(cls);
  if (!d) return nullptr;
  Ref it = get_iter(args[0]);
  if (!it) return nullptr;
  for (;;) {
    Ref k = iter_next(it.get());
    if (!k) {
      if (err_occurred()) return nullptr;
      return d;
    }
    if (setitem(d.get(), k.get(), nargs > 1 ? args[1] : kNone) < 0) return nullptr;
  }
}
static Ref m_dict_reversed(Value self, const Value*, size_t, Tuple*) {
  Ref l = iterable_to_list(self);
  if (!l) return nullptr;
  std::reverse(as_list(l.get())->items.begin(), as_list(l.get())->items.end());
  return get_iter(l.get());
}
static Ref dict_binop(Value a, Value b, int op) {
  Interpreter& I = interp();
  if (op == kOr + kInplace && isinstance(a, I.dict_type)) {
    if (dict_update_from(a, &b, 1, nullptr, "update") < 0) return nullptr;
    return Ref::borrow(a);
  }
  if (op != kOr || !isinstance(a, I.dict_type) || !isinstance(b, I.dict_type)) return Ref::steal(kNotImplemented);
  Ref r = dict_copy(as_dict(a));
  if (dict_merge(as_dict(r.get()), b, true) < 0) return nullptr;
  return r;
}
static Ref m_getitem(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("__getitem__", nargs, 1, 1)) return nullptr;
  return dict_getitem(self, args[0]);
}
static Ref m_setitem(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("__setitem__", nargs, 2, 2)) return nullptr;
  if (dict_set(as_dict(self), args[0], args[1]) < 0) return nullptr;
  return Ref::steal(kNone);
}
static Ref m_delitem(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("__delitem__", nargs, 1, 1)) return nullptr;
  if (dict_del(as_dict(self), args[0]) < 0) return nullptr;
  return Ref::steal(kNone);
}
static Ref m_contains(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("__contains__", nargs, 1, 1)) return nullptr;
  int r = dict_contains(self, args[0]);
  if (r < 0) return nullptr;
  return Ref::steal(bool_value(r));
}

void init_dict(Interpreter& I) {
  Type* t = I.dict_type;
  t->tflags |= kTypeGc;
  t->finalize = dict_finalize;
  t->traverse = dict_traverse;
  t->clear = dict_clear_slot;
  t->repr = dict_repr;
  t->hash = nullptr;
  t->len = dict_len;
  t->getitem = dict_getitem;
  t->setitem = dict_setitem;
  t->contains = dict_contains;
  t->richcmp = dict_richcmp;
  t->iter = dict_iter;
  t->binop = dict_binop;
  t->tp_new = dict_new;
  t->init = dict_init;
  static const MethodDef methods[] = {
      {"keys", m_keys}, {"values", m_values}, {"items", m_items}, {"get", m_get},
      {"setdefault", m_setdefault}, {"pop", m_pop}, {"popitem", m_popitem}, {"update", m_update},
      {"clear", m_clear}, {"copy", m_copy}, {"fromkeys", m_fromkeys, MethodDef::kClassMethod},
      {"__reversed__", m_dict_reversed}, {"__getitem__", m_getitem}, {"__setitem__", m_setitem},
      {"__delitem__", m_delitem}, {"__contains__", m_contains}, {nullptr, nullptr}};
  add_methods(I, t, methods);
  dict_set(t->dict, Value::from_ptr(I.names.__hash__), kNone);

  Type* it = I.dict_iter_type = new_builtin_type(I, "dict_keyiterator", I.object_type, sizeof(DictIter), kTypeGc);
  it->finalize = dictiter_finalize;
  it->traverse = dictiter_traverse;
  it->iter = self_iter;
  it->iternext = dict_iternext;
  it->tp_new = nullptr;
  Type* v = I.dict_view_type = new_builtin_type(I, "dict_keys", I.object_type, sizeof(DictView), kTypeGc);
  v->finalize = view_finalize;
  v->traverse = view_traverse;
  v->iter = view_iter;
  v->len = view_len;
  v->contains = view_contains;
  v->repr = view_repr;
  v->binop = view_binop;
  v->richcmp = view_richcmp;
  v->hash = nullptr;
  v->tp_new = nullptr;
  static const MethodDef vm[] = {{"__reversed__", m_view_reversed}, {nullptr, nullptr}};
  add_methods(I, v, vm);
}

}  // namespace py
