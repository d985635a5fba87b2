// list.cpp — list and tuple (the two sequence types share comparison, repr and slicing).
#include <algorithm>
#include <vector>

#include "py/builtin_types.hpp"
#include "py/errors.hpp"

namespace py {

// ---- shared sequence helpers ------------------------------------------------------------------

static Ref seq_repr(const Value* items, size_t n, const char* open, const char* close, Value self) {
  Interpreter& I = interp();
  // Reentrancy guard for self-containing containers.
  for (Value v : I.repr_stack)
    if (v == self) return new_str(std::string(open) + "..." + close);
  I.repr_stack.push_back(self);
  std::string out = open;
  bool ok = true;
  for (size_t i = 0; i < n; ++i) {
    if (i) out += ", ";
    Ref r = repr(items[i]);
    if (!r) { ok = false; break; }
    out += sv(r.get());
  }
  I.repr_stack.pop_back();
  if (!ok) return nullptr;
  if (n == 1 && std::string_view(open) == "(") out += ",";
  out += close;
  return new_str(out);
}

static Ref seq_richcmp(const Value* a, size_t na, const Value* b, size_t nb, int op) {
  size_t i = 0;
  for (; i < na && i < nb; ++i) {
    int eq = equal(a[i], b[i]);
    if (eq < 0) return nullptr;
    if (!eq) break;
  }
  if (i >= na || i >= nb) {
    bool r = false;
    switch (op) {
      case kLt: r = na < nb; break;
      case kLe: r = na <= nb; break;
      case kEq: r = na == nb; break;
      case kNe: r = na != nb; break;
      case kGt: r = na > nb; break;
      case kGe: r = na >= nb; break;
    }
    return Ref::steal(bool_value(r));
  }
  if (op == kEq) return Ref::steal(kFalse);
  if (op == kNe) return Ref::steal(kTrue);
  return rich_compare(a[i], b[i], op);
}

static int seq_contains(const Value* items, size_t n, Value x) {
  for (size_t i = 0; i < n; ++i) {
    int r = equal(items[i], x);
    if (r != 0) return r;
  }
  return 0;
}

// ---- tuple ------------------------------------------------------------------------------------------

Ref new_tuple(size_t n) {
  Interpreter& I = interp();
  if (n == 0 && I.empty_tuple) return Ref::borrow(I.empty_tuple);
  Tuple* t = static_cast<Tuple*>(alloc_object(I.tuple_type, sizeof(Tuple) + sizeof(Value) * (n ? n - 1 : 0)));
  t->n = n;
  t->hash = -1;
  gc_track(t);
  return Ref::steal(Value::from_ptr(t));
}

Ref tuple_from_array(const Value* items, size_t n) {
  Ref t = new_tuple(n);
  for (size_t i = 0; i < n; ++i) as_tuple(t.get())->items[i] = newref(items[i]);
  return t;
}

Ref tuple_pack(std::initializer_list<Value> items) { return tuple_from_array(items.begin(), items.size()); }

static void tuple_finalize(Object* o) {
  Tuple* t = static_cast<Tuple*>(o);
  for (size_t i = t->n; i-- > 0;) decref(t->items[i]);  // last first, as CPython (__del__ order)
}
static void tuple_traverse(Object* o, VisitFn visit, void* arg) {
  Tuple* t = static_cast<Tuple*>(o);
  for (size_t i = 0; i < t->n; ++i)
    if (t->items[i]) visit(t->items[i], arg);
}
static void tuple_clear(Object* o) {
  Tuple* t = static_cast<Tuple*>(o);
  for (size_t i = 0; i < t->n; ++i) {
    Value v = t->items[i];
    t->items[i] = kNone;
    decref(v);
  }
}
static Ref tuple_repr(Value self) {
  Tuple* t = as_tuple(self);
  return seq_repr(t->items, t->n, "(", ")", self);
}
// CPython's xxHash-based tuple hash. Tuples nested in tuples are hashed with a stack of
// their own instead of C++ recursion: CPython hashes a tuple nested 100000 deep on its 8 MB
// C stack, and a browser worker's 1 MB could not hold that (the recursion has no guard in
// CPython either: it is not an error there).
static int tuple_hash(Value self, int64_t* out) {
  constexpr uint64_t P1 = 11400714785074694791ULL, P2 = 14029467366897019727ULL, P5 = 2870177450012600261ULL;
  struct Level {
    Tuple* t;
    size_t i;
    uint64_t acc;
  };
  std::vector<Level> outer;  // the tuples whose item is being hashed (empty unless nested)
  Level cur{as_tuple(self), 0, P5};
  for (;;) {
    uint64_t h;
    if (cur.i < cur.t->n) {
      Value item = cur.t->items[cur.i++];
      if (type_of(item)->hash == tuple_hash) {
        outer.push_back(cur);
        cur = Level{as_tuple(item), 0, P5};
        continue;
      }
      int64_t ih = hash(item);
      if (ih == -1) return -1;
      h = uint64_t(ih);
    } else {
      h = cur.acc + (cur.t->n ^ (P5 ^ 3527539UL));
      if (h == uint64_t(-1)) h = 1546275796;
      if (outer.empty()) {
        *out = int64_t(h);
        return 0;
      }
      cur = outer.back();
      outer.pop_back();
    }
    cur.acc += h * P2;
    cur.acc = (cur.acc << 31) | (cur.acc >> 33);
    cur.acc *= P1;
  }
}
static Ref tuple_richcmp(Value a, Value b, int op) {
  Interpreter& I = interp();
  if (!isinstance(b, I.tuple_type)) return Ref::steal(kNotImplemented);
  return seq_richcmp(as_tuple(a)->items, as_tuple(a)->n, as_tuple(b)->items, as_tuple(b)->n, op);
}
static int64_t tuple_len(Value self) { return int64_t(as_tuple(self)->n); }
static int tuple_contains(Value self, Value x) { return seq_contains(as_tuple(self)->items, as_tuple(self)->n, x); }
static Ref tuple_getitem(Value self, Value k) {
  Interpreter& I = interp();
  Tuple* t = as_tuple(self);
  if (type_of(k) == I.slice_type) {
    int64_t start, stop, step, n;
    if (slice_indices(k, int64_t(t->n), &start, &stop, &step, &n) < 0) return nullptr;
    if (step == 1 && start == 0 && size_t(n) == t->n && type_of(self) == I.tuple_type) return Ref::borrow(self);
    Ref r = new_tuple(size_t(n));
    for (int64_t i = 0, j = start; i < n; ++i, j += step) as_tuple(r.get())->items[i] = newref(t->items[j]);
    return r;
  }
  if (!is_int(k) && !type_lookup(type_of(k), I.names.__index__))
    return raisef(I.TypeError, "tuple indices must be integers or slices, not %s", type_name(k));
  int64_t i;
  if (index_of(k, &i) < 0) return nullptr;
  if (i < 0) i += int64_t(t->n);
  if (i < 0 || size_t(i) >= t->n) return raise(I.IndexError, "tuple index out of range");
  return Ref::borrow(t->items[i]);
}
static Ref tuple_binop(Value a, Value b, int op) {
  Interpreter& I = interp();
  if (op >= kInplace) return Ref::steal(kNotImplemented);
  if (op == kAdd) {
    if (!isinstance(a, I.tuple_type)) return Ref::steal(kNotImplemented);
    if (!isinstance(b, I.tuple_type))
      return raisef(I.TypeError, "can only concatenate tuple (not \"%s\") to tuple", type_name(b));
    Tuple* x = as_tuple(a);
    Tuple* y = as_tuple(b);
    Ref r = new_tuple(x->n + y->n);
    for (size_t i = 0; i < x->n; ++i) as_tuple(r.get())->items[i] = newref(x->items[i]);
    for (size_t i = 0; i < y->n; ++i) as_tuple(r.get())->items[x->n + i] = newref(y->items[i]);
    return r;
  }
  if (op == kMul) {
    Value t = isinstance(a, I.tuple_type) ? a : b, n = t == a ? b : a;
    if (!is_int(n)) return Ref::steal(kNotImplemented);
    int64_t k;
    if (index_of(n, &k) < 0) return nullptr;
    Tuple* x = as_tuple(t);
    if (k <= 0) return Ref::borrow(I.empty_tuple);
    Ref r = new_tuple(x->n * size_t(k));
    for (int64_t j = 0; j < k; ++j)
      for (size_t i = 0; i < x->n; ++i) as_tuple(r.get())->items[j * x->n + i] = newref(x->items[i]);
    return r;
  }
  return Ref::steal(kNotImplemented);
}
static Ref tuple_iter(Value self) {
  SeqIter* it = static_cast<SeqIter*>(alloc_object(interp().tuple_iter_type, sizeof(SeqIter)));
  it->seq = newref(self);
  gc_track(it);
  return Ref::steal(Value::from_ptr(it));
}
static Ref tuple_iternext(Value self) {
  SeqIter* it = static_cast<SeqIter*>(self.ptr());
  if (!it->seq) return nullptr;
  Tuple* t = as_tuple(it->seq);
  if (it->index < t->n) return Ref::borrow(t->items[it->index++]);
  Value s = it->seq;
  it->seq = kNull;
  decref(s);
  return nullptr;
}
static Ref tuple_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  if (!no_kwargs("tuple", kw) || !check_nargs("tuple", nargs, 0, 1)) return nullptr;
  Ref r = nargs ? sequence_tuple(args[0]) : Ref::borrow(I.empty_tuple);
  if (!r || t == I.tuple_type) return r;
  Tuple* src = as_tuple(r.get());
  Tuple* o = static_cast<Tuple*>(alloc_object(t, t->basicsize + sizeof(Value) * src->n));
  // Subclass instances put the dict pointer first (dict_offset), then the items.
  o->n = src->n;
  o->hash = -1;
  for (size_t i = 0; i < src->n; ++i) o->items[i] = newref(src->items[i]);
  gc_track(o);
  return Ref::steal(Value::from_ptr(o));
}
static Ref m_tuple_index(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("index", nargs, 1, 3)) return nullptr;
  Tuple* t = as_tuple(self);
  for (size_t i = 0; i < t->n; ++i) {
    int r = equal(t->items[i], args[0]);
    if (r < 0) return nullptr;
    if (r) return new_int(int64_t(i));
  }
  return raise(interp().ValueError, "tuple.index(x): x not in tuple");
}
static Ref m_tuple_count(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("tuple.count", nargs, 1, 1)) return nullptr;
  Tuple* t = as_tuple(self);
  int64_t c = 0;
  for (size_t i = 0; i < t->n; ++i) {
    int r = equal(t->items[i], args[0]);
    if (r < 0) return nullptr;
    c += r;
  }
  return new_int(c);
}

void init_tuple(Interpreter& I) {
  Type* t = I.tuple_type;
  t->finalize = tuple_finalize;
  t->traverse = tuple_traverse;
  t->clear = tuple_clear;
  t->repr = tuple_repr;
  t->hash = tuple_hash;
  t->richcmp = tuple_richcmp;
  t->len = tuple_len;
  t->contains = tuple_contains;
  t->getitem = tuple_getitem;
  t->binop = tuple_binop;
  t->iter = tuple_iter;
  t->tp_new = tuple_new;
  t->init = nullptr;
  t->var_size = [](Object* o) { return sizeof(Tuple) + sizeof(Value) * static_cast<Tuple*>(o)->n; };
  static const MethodDef methods[] = {{"index", m_tuple_index}, {"count", m_tuple_count}, {nullptr, nullptr}};
  add_methods(I, t, methods);
  Type* it = I.tuple_iter_type = new_builtin_type(I, "tuple_iterator", I.object_type, sizeof(SeqIter), kTypeGc);
  it->finalize = seqiter_finalize;
  it->traverse = seqiter_traverse;
  it->iter = self_iter;
  it->iternext = tuple_iternext;
  it->tp_new = nullptr;
}

// ---- list ---------------------------------------------------------------------------------------------

Ref new_list(size_t reserve) {
  List* l = static_cast<List*>(alloc_object(interp().list_type, sizeof(List)));
  new (&l->items) std::vector<Value>();
  if (reserve) l->items.reserve(reserve);
  gc_track(l);
  return Ref::steal(Value::from_ptr(l));
}

void list_append(Value list, Value item) { as_list(list)->items.push_back(newref(item)); }

static void list_finalize(Object* o) {
  List* l = static_cast<List*>(o);
  std::vector<Value> items = std::move(l->items);
  for (size_t i = items.size(); i-- > 0;) decref(items[i]);  // last first, as CPython
  l->items.~vector();
}
static void list_traverse(Object* o, VisitFn visit, void* arg) {
  for (Value v : static_cast<List*>(o)->items) visit(v, arg);
}
static void list_clear_slot(Object* o) {
  std::vector<Value> items = std::move(static_cast<List*>(o)->items);
  static_cast<List*>(o)->items.clear();
  for (size_t i = items.size(); i-- > 0;) decref(items[i]);
}
static Ref list_repr(Value self) {
  List* l = as_list(self);
  std::vector<Value> snap(l->items);
  for (Value v : snap) incref(v);
  Ref r = seq_repr(snap.data(), snap.size(), "[", "]", self);
  for (Value v : snap) decref(v);
  return r;
}
static Ref list_richcmp(Value a, Value b, int op) {
  Interpreter& I = interp();
  if (!isinstance(b, I.list_type)) return Ref::steal(kNotImplemented);
  auto& x = as_list(a)->items;
  auto& y = as_list(b)->items;
  return seq_richcmp(x.data(), x.size(), y.data(), y.size(), op);
}
static int64_t list_len(Value self) { return int64_t(as_list(self)->items.size()); }
static int list_contains(Value self, Value x) {
  auto& items = as_list(self)->items;
  for (size_t i = 0; i < items.size(); ++i) {
    Value v = items[i];
    incref(v);
    int r = equal(v, x);
    decref(v);
    if (r != 0) return r;
  }
  return 0;
}
static Ref list_getitem(Value self, Value k) {
  Interpreter& I = interp();
  auto& items = as_list(self)->items;
  if (type_of(k) == I.slice_type) {
    int64_t start, stop, step, n;
    if (slice_indices(k, int64_t(items.size()), &start, &stop, &step, &n) < 0) return nullptr;
    Ref r = new_list(size_t(n));
    for (int64_t i = 0, j = start; i < n; ++i, j += step) list_append(r.get(), items[j]);
    return r;
  }
  if (!is_int(k) && !type_lookup(type_of(k), I.names.__index__))
    return raisef(I.TypeError, "list indices must be integers or slices, not %s", type_name(k));
  int64_t i;
  if (index_of(k, &i) < 0) return nullptr;
  if (i < 0) i += int64_t(items.size());
  if (i < 0 || size_t(i) >= items.size()) return raise(I.IndexError, "list index out of range");
  return Ref::borrow(items[i]);
}
static int list_setitem(Value self, Value k, Value v) {
  Interpreter& I = interp();
  auto& items = as_list(self)->items;
  if (type_of(k) == I.slice_type) {
    int64_t start, stop, step, n;
    if (slice_indices(k, int64_t(items.size()), &start, &stop, &step, &n) < 0) return -1;
    if (!v) {
      std::vector<Value> removed;
      if (step == 1) {
        removed.assign(items.begin() + start, items.begin() + start + n);
        items.erase(items.begin() + start, items.begin() + start + n);
      } else {
        std::vector<Value> keep;
        for (int64_t i = 0; i < int64_t(items.size()); ++i) {
          bool del = false;
          if (step > 0 ? (i >= start && i < stop && (i - start) % step == 0)
                       : (i <= start && i > stop && (start - i) % (-step) == 0))
            del = true;
          (del ? removed : keep).push_back(items[i]);
        }
        items = keep;
      }
      for (Value x : removed) decref(x);
      return 0;
    }
    Ref src = iterable_to_list(v);
    if (!src) {
      if (err_matches(I.TypeError)) {
        clear_error();
        raise(I.TypeError, "can only assign an iterable");
      }
      return -1;
    }
    auto& nv = as_list(src.get())->items;
    if (step == 1) {
      if (stop < start) stop = start;
      std::vector<Value> removed(items.begin() + start, items.begin() + start + n);
      items.erase(items.begin() + start, items.begin() + start + n);
      std::vector<Value> ins;
      for (Value x : nv) ins.push_back(newref(x));
      items.insert(items.begin() + start, ins.begin(), ins.end());
      for (Value x : removed) decref(x);
      return 0;
    }
    if (int64_t(nv.size()) != n) {
      raisef(I.ValueError, "attempt to assign sequence of size %zu to extended slice of size %lld", nv.size(),
             static_cast<long long>(n));
      return -1;
    }
    for (int64_t i = 0, j = start; i < n; ++i, j += step) {
      Value old = items[j];
      items[j] = newref(nv[i]);
      decref(old);
    }
    return 0;
  }
  if (!is_int(k) && !type_lookup(type_of(k), I.names.__index__)) {
    raisef(I.TypeError, "list indices must be integers or slices, not %s", type_name(k));
    return -1;
  }
  int64_t i;
  if (index_of(k, &i) < 0) return -1;
  if (i < 0) i += int64_t(items.size());
  if (i < 0 || size_t(i) >= items.size()) {
    raise(I.IndexError, v ? "list assignment index out of range" : "list index out of range");
    return -1;
  }
  Value old = items[i];
  if (v) items[i] = newref(v);
  else items.erase(items.begin() + i);
  decref(old);
  return 0;
}
static Ref list_iter(Value self) {
  SeqIter* it = static_cast<SeqIter*>(alloc_object(interp().list_iter_type, sizeof(SeqIter)));
  it->seq = newref(self);
  gc_track(it);
  return Ref::steal(Value::from_ptr(it));
}
static Ref list_iternext(Value self) {
  SeqIter* it = static_cast<SeqIter*>(self.ptr());
  if (!it->seq) return nullptr;
  auto& items = as_list(it->seq)->items;
  if (it->index < items.size()) return Ref::borrow(items[it->index++]);
  Value s = it->seq;
  it->seq = kNull;
  decref(s);
  return nullptr;
}
static int list_extend(Value self, Value other) {
  Ref l = iterable_to_list(other);
  if (!l) return -1;
  auto& dst = as_list(self)->items;
  for (Value v : as_list(l.get())->items) dst.push_back(newref(v));
  return 0;
}
static Ref list_binop(Value a, Value b, int op) {
  Interpreter& I = interp();
  if (op == kAdd + kInplace && isinstance(a, I.list_type)) {
    if (list_extend(a, b) < 0) return nullptr;
    return Ref::borrow(a);
  }
  if (op == kMul + kInplace && isinstance(a, I.list_type) && is_int(b)) {
    int64_t k;
    if (index_of(b, &k) < 0) return nullptr;
    auto& items = as_list(a)->items;
    std::vector<Value> orig = items;
    if (k <= 0) {
      items.clear();
      for (Value v : orig) decref(v);
    } else {
      for (int64_t j = 1; j < k; ++j)
        for (Value v : orig) items.push_back(newref(v));
    }
    return Ref::borrow(a);
  }
  if (op >= kInplace) return Ref::steal(kNotImplemented);
  if (op == kAdd) {
    if (!isinstance(a, I.list_type)) return Ref::steal(kNotImplemented);
    if (!isinstance(b, I.list_type))
      return raisef(I.TypeError, "can only concatenate list (not \"%s\") to list", type_name(b));
    auto& x = as_list(a)->items;
    auto& y = as_list(b)->items;
    Ref r = new_list(x.size() + y.size());
    for (Value v : x) list_append(r.get(), v);
    for (Value v : y) list_append(r.get(), v);
    return r;
  }
  if (op == kMul) {
    Value l = isinstance(a, I.list_type) ? a : b, n = l == a ? b : a;
    if (!is_int(n)) return Ref::steal(kNotImplemented);
    int64_t k;
    if (index_of(n, &k) < 0) return nullptr;
    auto& x = as_list(l)->items;
    if (k > 0 && x.size() * uint64_t(k) * sizeof(Value) > I.heap_cap) return raise_no_memory();
    Ref r = new_list(k > 0 ? x.size() * size_t(k) : 0);
    for (int64_t j = 0; j < k; ++j)
      for (Value v : x) list_append(r.get(), v);
    return r;
  }
  return Ref::steal(kNotImplemented);
}
static Ref list_new(Type* t, const Value*, size_t, Tuple*) {
  List* l = static_cast<List*>(alloc_object(t, t->basicsize));
  new (&l->items) std::vector<Value>();
  gc_track(l);
  return Ref::steal(Value::from_ptr(l));
}
static int list_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs("list", kw) || !check_nargs("list", nargs, 0, 1)) return -1;
  list_clear_slot(self.ptr());
  if (nargs) return list_extend(self, args[0]);
  return 0;
}

static Ref m_append(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("list.append", nargs, 1, 1)) return nullptr;
  list_append(self, args[0]);
  return Ref::steal(kNone);
}
static Ref m_extend(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("list.extend", nargs, 1, 1)) return nullptr;
  if (list_extend(self, args[0]) < 0) return nullptr;
  return Ref::steal(kNone);
}
static Ref m_pop(Value self, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("pop", nargs, 0, 1)) return nullptr;
  auto& items = as_list(self)->items;
  if (items.empty()) return raise(I.IndexError, "pop from empty list");
  int64_t i = int64_t(items.size()) - 1;
  if (nargs && index_of(args[0], &i) < 0) return nullptr;
  if (i < 0) i += int64_t(items.size());
  if (i < 0 || size_t(i) >= items.size()) return raise(I.IndexError, "pop index out of range");
  Value v = items[i];
  items.erase(items.begin() + i);
  return Ref::steal(v);
}
static Ref m_insert(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("insert", nargs, 2, 2)) return nullptr;
  auto& items = as_list(self)->items;
  int64_t i;
  if (index_of(args[0], &i) < 0) return nullptr;
  int64_t n = int64_t(items.size());
  if (i < 0) i = std::max<int64_t>(0, i + n);
  if (i > n) i = n;
  items.insert(items.begin() + i, newref(args[1]));
  return Ref::steal(kNone);
}
static Ref m_remove(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("list.remove", nargs, 1, 1)) return nullptr;
  auto& items = as_list(self)->items;
  for (size_t i = 0; i < items.size(); ++i) {
    int r = equal(items[i], args[0]);
    if (r < 0) return nullptr;
    if (r) {
      Value v = items[i];
      items.erase(items.begin() + i);
      decref(v);
      return Ref::steal(kNone);
    }
  }
  return raise(interp().ValueError, "list.remove(x): x not in list");
}
static Ref m_index(Value self, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("index", nargs, 1, 3)) return nullptr;
  auto& items = as_list(self)->items;
  int64_t n = int64_t(items.size()), start = 0, stop = n;
  if (nargs > 1 && index_of(args[1], &start) < 0) return nullptr;
  if (nargs > 2 && index_of(args[2], &stop) < 0) return nullptr;
  if (start < 0) start = std::max<int64_t>(0, start + n);
  if (stop < 0) stop = std::max<int64_t>(0, stop + n);
  for (int64_t i = start; i < stop && i < int64_t(items.size()); ++i) {
    int r = equal(items[i], args[0]);
    if (r < 0) return nullptr;
    if (r) return new_int(i);
  }
  Ref rp = repr(args[0]);
  if (!rp) return nullptr;
  return raisef(I.ValueError, "%s is not in list", as_str(rp.get())->data);
}
static Ref m_count(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("list.count", nargs, 1, 1)) return nullptr;
  int64_t c = 0;
  auto& items = as_list(self)->items;
  for (size_t i = 0; i < items.size(); ++i) {
    int r = equal(items[i], args[0]);
    if (r < 0) return nullptr;
    c += r;
  }
  return new_int(c);
}
static Ref m_clear(Value self, const Value*, size_t, Tuple*) {
  list_clear_slot(self.ptr());
  return Ref::steal(kNone);
}
static Ref m_copy(Value self, const Value*, size_t, Tuple*) {
  Ref r = new_list();
  for (Value v : as_list(self)->items) list_append(r.get(), v);
  return r;
}
static Ref m_reverse(Value self, const Value*, size_t, Tuple*) {
  auto& items = as_list(self)->items;
  std::reverse(items.begin(), items.end());
  return Ref::steal(kNone);
}

// Stable merge sort that stops at the first comparison error (errors are values).
Ref list_sort(Value list, Value key, bool reverse) {
  Interpreter& I = interp();
  List* l = as_list(list);
  std::vector<Value> items = std::move(l->items);
  l->items.clear();
  std::vector<Value> keys;
  bool ok = true;
  if (key && key != kNone) {
    for (Value v : items) {
      Ref k = call1(key, v);
      if (!k) { ok = false; break; }
      keys.push_back(k.release());
    }
  }
  if (ok) {
    std::vector<size_t> idx(items.size());
    for (size_t i = 0; i < idx.size(); ++i) idx[i] = i;
    const std::vector<Value>& cmpk = keys.empty() ? items : keys;
    bool all_int = true, all_str = true;
    for (Value v : cmpk) {
      if (!v.is_small_int()) all_int = false;
      if (type_of(v) != I.str_type) all_str = false;
    }
    auto less = [&](size_t a, size_t b) -> bool {
      if (!ok) return false;
      Value x = cmpk[a], y = cmpk[b];
      if (reverse) std::swap(x, y);
      if (all_int) return x.as_small_int() < y.as_small_int();
      if (all_str) return sv(x) < sv(y);
      int r = rich_compare_bool(x, y, kLt);
      if (r < 0) { ok = false; return false; }
      return r;
    };
    std::stable_sort(idx.begin(), idx.end(), less);
    if (reverse) {
      // stable for equal elements in reverse order as CPython: reverse, sort, reverse.
    }
    if (ok) {
      std::vector<Value> sorted;
      for (size_t i : idx) sorted.push_back(items[i]);
      items = std::move(sorted);
    }
  }
  for (Value k : keys) decref(k);
  if (!l->items.empty()) {
    std::vector<Value> junk = std::move(l->items);
    for (Value v : junk) decref(v);
    if (ok) {
      raise(I.ValueError, "list modified during sort");
      ok = false;
    }
  }
  l->items = std::move(items);
  if (!ok) return nullptr;
  return Ref::steal(kNone);
}
static Ref m_sort(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  if (nargs) return raise(I.TypeError, "sort() takes no positional arguments");
  Value a[2];
  if (!parse_args("sort", args, 0, kw, {"key", "reverse"}, 0, a)) return nullptr;
  int rev = a[1] ? truth(a[1]) : 0;
  if (rev < 0) return nullptr;
  return list_sort(self, a[0], rev);
}
static Ref m_reversed(Value self, const Value*, size_t, Tuple*) {
  Ref r = new_list();
  auto& items = as_list(self)->items;
  for (size_t i = items.size(); i-- > 0;) list_append(r.get(), items[i]);
  return get_iter(r.get());
}

void init_list(Interpreter& I) {
  Type* t = I.list_type = new_builtin_type(I, "list", I.object_type, sizeof(List), kTypeBaseType | kTypeGc);
  t->finalize = list_finalize;
  t->traverse = list_traverse;
  t->clear = list_clear_slot;
  t->repr = list_repr;
  t->hash = nullptr;
  t->richcmp = list_richcmp;
  t->len = list_len;
  t->contains = list_contains;
  t->getitem = list_getitem;
  t->setitem = list_setitem;
  t->iter = list_iter;
  t->binop = list_binop;
  t->tp_new = list_new;
  t->init = list_init;
  static const MethodDef methods[] = {
      {"append", m_append}, {"extend", m_extend}, {"pop", m_pop}, {"insert", m_insert},
      {"remove", m_remove}, {"index", m_index}, {"count", m_count}, {"clear", m_clear},
      {"copy", m_copy}, {"reverse", m_reverse}, {"sort", m_sort}, {"__reversed__", m_reversed},
      {nullptr, nullptr}};
  add_methods(I, t, methods);
  dict_set(t->dict, Value::from_ptr(I.names.__hash__), kNone);
  Type* it = I.list_iter_type = new_builtin_type(I, "list_iterator", I.object_type, sizeof(SeqIter), kTypeGc);
  it->finalize = seqiter_finalize;
  it->traverse = seqiter_traverse;
  it->iter = self_iter;
  it->iternext = list_iternext;
  it->tp_new = nullptr;
}

}  // namespace py
