// modules/_collections.cpp — deque and defaultdict, which the Python-source `collections`
// re-exports. deque is a std::deque of Values (O(1) at both ends and O(1) indexing);
// `state` counts mutations so iterators can report "deque mutated during iteration".
#include <algorithm>
#include <deque>

#include "py/modules/_collections.hpp"

#include "py/errors.hpp"
#include "py/module.hpp"

namespace py {

struct Deque : Object {
  std::deque<Value> items;
  int64_t maxlen;  // -1: unbounded
  uint64_t state;
};
struct DequeIter : Object {
  Value deque;
  size_t index;    // items already produced
  uint64_t state;
  bool reversed;
};
struct DefaultDict : Dict { Value factory; };

// Types of the running interpreter (set by init__collections, which import runs once).
struct CollectionsTypes { Type *deque, *deque_iter, *deque_rev_iter, *defaultdict; };
static CollectionsTypes& types() {
  static CollectionsTypes t;
  return t;
}

static Deque* as_deque(Value v) { return static_cast<Deque*>(v.ptr()); }

std::deque<Value>* deque_items(Value v) {
  if (!v.is_ptr() || type_of(v) != types().deque || as_deque(v)->maxlen >= 0) return nullptr;
  return &as_deque(v)->items;
}
void deque_mutated(Value v) { ++as_deque(v)->state; }

// ---- deque basics ------------------------------------------------------------------------

static void deque_finalize(Object* o) {
  Deque* d = static_cast<Deque*>(o);
  std::deque<Value> items;
  items.swap(d->items);
  for (Value v : items) decref(v);
  d->items.~deque();
}
static void deque_traverse(Object* o, VisitFn visit, void* arg) {
  for (Value v : static_cast<Deque*>(o)->items) visit(v, arg);
}
static void deque_clear_items(Deque* d) {
  std::deque<Value> items;
  items.swap(d->items);
  ++d->state;
  for (Value v : items) decref(v);
}
static void deque_clear_slot(Object* o) { deque_clear_items(static_cast<Deque*>(o)); }

static Ref deque_alloc(Type* t, int64_t maxlen) {
  Deque* d = static_cast<Deque*>(alloc_object(t, t->basicsize));
  new (&d->items) std::deque<Value>();
  d->maxlen = maxlen;
  gc_track(d);
  return Ref::steal(Value::from_ptr(d));
}
static Ref deque_new(Type* t, const Value*, size_t, Tuple*) { return deque_alloc(t, -1); }

// Appends (steals v), dropping from the other end when full, as CPython does.
static void push_right(Deque* d, Value v) {
  if (d->maxlen == 0) return decref(v);
  d->items.push_back(v);
  ++d->state;
  if (d->maxlen > 0 && int64_t(d->items.size()) > d->maxlen) {
    Value old = d->items.front();
    d->items.pop_front();
    decref(old);
  }
}
static void push_left(Deque* d, Value v) {
  if (d->maxlen == 0) return decref(v);
  d->items.push_front(v);
  ++d->state;
  if (d->maxlen > 0 && int64_t(d->items.size()) > d->maxlen) {
    Value old = d->items.back();
    d->items.pop_back();
    decref(old);
  }
}

static int deque_extend_impl(Value self, Value iterable, bool left) {
  Deque* d = as_deque(self);
  // d.extend(d) iterates over a snapshot, as CPython does.
  Ref src = iterable == self ? iterable_to_list(iterable) : Ref::borrow(iterable);
  if (!src) return -1;
  Ref it = get_iter(src.get());
  if (!it) return -1;
  for (;;) {
    Ref v = iter_next(it.get());
    if (!v) return err_occurred() ? -1 : 0;
    if (left) push_left(d, v.release());
    else push_right(d, v.release());
  }
}

static int deque_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  Value a[2];
  if (!parse_args("deque", args, nargs, kw, {"iterable", "maxlen"}, 0, a)) return -1;
  Deque* d = as_deque(self);
  int64_t maxlen = -1;
  if (a[1] && a[1] != kNone) {
    if (index_of(a[1], &maxlen) < 0) return -1;
    if (maxlen < 0) return raise(I.ValueError, "maxlen must be non-negative"), -1;
  }
  d->maxlen = maxlen;
  if (!d->items.empty()) deque_clear_items(d);
  if (a[0]) return deque_extend_impl(self, a[0], false);
  return 0;
}
static Ref m_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (deque_init(self, args, nargs, kw) < 0) return nullptr;
  return Ref::steal(kNone);
}

static int64_t deque_len(Value self) { return int64_t(as_deque(self)->items.size()); }

static Ref deque_repr(Value self) {
  Interpreter& I = interp();
  Deque* d = as_deque(self);
  std::string name = type_of(self)->name;
  if (std::find(I.repr_stack.begin(), I.repr_stack.end(), self) != I.repr_stack.end()) return new_str("[...]");
  Ref lst = iterable_to_list(self);
  if (!lst) return nullptr;
  I.repr_stack.push_back(self);
  Ref r = repr(lst.get());
  I.repr_stack.pop_back();
  if (!r) return nullptr;
  std::string out = name + "(" + std::string(sv(r.get()));
  if (d->maxlen >= 0) out += ", maxlen=" + std::to_string(d->maxlen);
  return new_str(out + ")");
}

// ---- methods ---------------------------------------------------------------------------------

static Ref m_append(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("append", nargs, 1, 1)) return nullptr;
  push_right(as_deque(self), newref(args[0]));
  return Ref::steal(kNone);
}
static Ref m_appendleft(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("appendleft", nargs, 1, 1)) return nullptr;
  push_left(as_deque(self), newref(args[0]));
  return Ref::steal(kNone);
}
static Ref m_pop(Value self, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("pop", nargs, 0, 0)) return nullptr;
  Deque* d = as_deque(self);
  if (d->items.empty()) return raise(interp().IndexError, "pop from an empty deque");
  Value v = d->items.back();
  d->items.pop_back();
  ++d->state;
  return Ref::steal(v);
}
static Ref m_popleft(Value self, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("popleft", nargs, 0, 0)) return nullptr;
  Deque* d = as_deque(self);
  if (d->items.empty()) return raise(interp().IndexError, "pop from an empty deque");
  Value v = d->items.front();
  d->items.pop_front();
  ++d->state;
  return Ref::steal(v);
}
static Ref m_extend(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("extend", nargs, 1, 1)) return nullptr;
  if (deque_extend_impl(self, args[0], false) < 0) return nullptr;
  return Ref::steal(kNone);
}
static Ref m_extendleft(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("extendleft", nargs, 1, 1)) return nullptr;
  if (deque_extend_impl(self, args[0], true) < 0) return nullptr;
  return Ref::steal(kNone);
}
static Ref m_clear(Value self, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("clear", nargs, 0, 0)) return nullptr;
  deque_clear_items(as_deque(self));
  return Ref::steal(kNone);
}
static Ref m_rotate(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("rotate", nargs, 0, 1)) return nullptr;
  int64_t n = 1;
  if (nargs && index_of(args[0], &n) < 0) return nullptr;
  Deque* d = as_deque(self);
  int64_t len = int64_t(d->items.size());
  if (len > 1) {
    n %= len;
    if (n < 0) n += len;
    std::rotate(d->items.begin(), d->items.begin() + (len - n), d->items.end());
    ++d->state;
  }
  return Ref::steal(kNone);
}
static Ref m_reverse(Value self, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("reverse", nargs, 0, 0)) return nullptr;
  Deque* d = as_deque(self);
  std::reverse(d->items.begin(), d->items.end());
  ++d->state;
  return Ref::steal(kNone);
}
// Compares each item with x; comparisons may run Python code that mutates the deque.
static Ref m_count(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("count", nargs, 1, 1)) return nullptr;
  Deque* d = as_deque(self);
  uint64_t state = d->state;
  int64_t n = 0;
  for (size_t i = 0; i < d->items.size(); ++i) {
    Ref item = Ref::borrow(d->items[i]);
    int r = equal(item.get(), args[0]);
    if (r < 0) return nullptr;
    if (d->state != state) return raise(interp().RuntimeError, "deque mutated during iteration");
    n += r;
  }
  return new_int(n);
}
static Ref m_index(Value self, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("index", nargs, 1, 3)) return nullptr;
  Deque* d = as_deque(self);
  int64_t len = int64_t(d->items.size()), start = 0, stop = len;
  if (nargs > 1 && index_of(args[1], &start) < 0) return nullptr;
  if (nargs > 2 && index_of(args[2], &stop) < 0) return nullptr;
  if (start < 0) start = std::max<int64_t>(0, start + len);
  if (stop < 0) stop = std::max<int64_t>(0, stop + len);
  stop = std::min(stop, len);
  uint64_t state = d->state;
  for (int64_t i = start; i < stop; ++i) {
    Ref item = Ref::borrow(d->items[size_t(i)]);
    int r = equal(item.get(), args[0]);
    if (r < 0) return nullptr;
    if (d->state != state) return raise(I.RuntimeError, "deque mutated during iteration");
    if (r) return new_int(i);
  }
  return raisef(I.ValueError, "%s is not in deque", repr_utf8(args[0]).c_str());
}
static Ref m_insert(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("insert", nargs, 2, 2)) return nullptr;
  Deque* d = as_deque(self);
  int64_t i, len = int64_t(d->items.size());
  if (index_of(args[0], &i) < 0) return nullptr;
  if (d->maxlen >= 0 && len >= d->maxlen) return raise(interp().IndexError, "deque already at its maximum size");
  if (i < 0) i = std::max<int64_t>(0, i + len);
  i = std::min(i, len);
  d->items.insert(d->items.begin() + i, newref(args[1]));
  ++d->state;
  return Ref::steal(kNone);
}
static Ref m_remove(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("remove", nargs, 1, 1)) return nullptr;
  Deque* d = as_deque(self);
  uint64_t state = d->state;
  for (size_t i = 0; i < d->items.size(); ++i) {
    Ref item = Ref::borrow(d->items[i]);
    int r = equal(item.get(), args[0]);
    if (r < 0) return nullptr;
    if (d->state != state) return raise(interp().IndexError, "deque mutated during remove().");
    if (r) {
      Value v = d->items[i];
      d->items.erase(d->items.begin() + i);
      ++d->state;
      decref(v);
      return Ref::steal(kNone);
    }
  }
  return raisef(interp().ValueError, "%s is not in deque", repr_utf8(args[0]).c_str());
}
static Ref deque_copy_of(Value self) {
  Deque* d = as_deque(self);
  Type* t = type_of(self);
  if (t != types().deque) {
    // Subclasses are copied through their constructor, as CPython does.
    Ref maxlen = d->maxlen < 0 ? Ref::borrow(kNone) : new_int(d->maxlen);
    Value args[2] = {self, maxlen.get()};
    return call(Value::from_ptr(t), args, 2);
  }
  Ref r = deque_alloc(t, d->maxlen);
  for (Value v : d->items) as_deque(r.get())->items.push_back(newref(v));
  return r;
}
static Ref m_copy(Value self, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("copy", nargs, 0, 0)) return nullptr;
  return deque_copy_of(self);
}
static Ref m_maxlen(Value self) {
  int64_t m = as_deque(self)->maxlen;
  return m < 0 ? Ref::borrow(kNone) : new_int(m);
}

// ---- sequence protocol -----------------------------------------------------------------------

static bool deque_index_arg(Value self, Value k, size_t* out) {
  Interpreter& I = interp();
  if (!is_int(k) && !type_lookup(type_of(k), I.names.__index__))
    return raisef(I.TypeError, "sequence index must be integer, not '%s'", type_name(k)), false;
  int64_t i;
  if (index_of(k, &i) < 0) {
    if (err_matches(I.OverflowError)) {
      clear_error();
      return raise(I.IndexError, "deque index out of range"), false;
    }
    return false;
  }
  int64_t len = int64_t(as_deque(self)->items.size());
  if (i < 0) i += len;
  if (i < 0 || i >= len) return raise(I.IndexError, "deque index out of range"), false;
  *out = size_t(i);
  return true;
}
static Ref deque_getitem(Value self, Value k) {
  size_t i;
  if (!deque_index_arg(self, k, &i)) return nullptr;
  return Ref::borrow(as_deque(self)->items[i]);
}
static int deque_setitem(Value self, Value k, Value v) {
  size_t i;
  if (!deque_index_arg(self, k, &i)) return -1;
  Deque* d = as_deque(self);
  Value old = d->items[i];
  if (v) {
    d->items[i] = newref(v);
  } else {
    d->items.erase(d->items.begin() + int64_t(i));
    ++d->state;
  }
  decref(old);
  return 0;
}
static int deque_contains(Value self, Value x) {
  Deque* d = as_deque(self);
  uint64_t state = d->state;
  for (size_t i = 0; i < d->items.size(); ++i) {
    Ref item = Ref::borrow(d->items[i]);
    int r = equal(item.get(), x);
    if (r != 0) return r;
    if (d->state != state) return raise(interp().RuntimeError, "deque mutated during iteration"), -1;
  }
  return 0;
}

static Ref m_getitem(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("__getitem__", nargs, 1, 1)) return nullptr;
  return deque_getitem(self, args[0]);
}
static Ref m_setitem(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("__setitem__", nargs, 2, 2) || deque_setitem(self, args[0], args[1]) < 0) return nullptr;
  return Ref::steal(kNone);
}
static Ref m_delitem(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("__delitem__", nargs, 1, 1) || deque_setitem(self, args[0], kNull) < 0) return nullptr;
  return Ref::steal(kNone);
}
static Ref m_len(Value self, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("__len__", nargs, 0, 0)) return nullptr;
  return new_int(deque_len(self));
}
static Ref m_contains(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("__contains__", nargs, 1, 1)) return nullptr;
  int r = deque_contains(self, args[0]);
  return r < 0 ? nullptr : Ref::steal(bool_value(r));
}

// ---- iteration -------------------------------------------------------------------------------

static Ref make_iter(Value self, bool rev) {
  Type* t = rev ? types().deque_rev_iter : types().deque_iter;
  DequeIter* it = static_cast<DequeIter*>(alloc_object(t, sizeof(DequeIter)));
  it->deque = newref(self);
  it->state = as_deque(self)->state;
  it->reversed = rev;
  gc_track(it);
  return Ref::steal(Value::from_ptr(it));
}
static Ref deque_iter(Value self) { return make_iter(self, false); }
static Ref m_reversed(Value self, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("__reversed__", nargs, 0, 0)) return nullptr;
  return make_iter(self, true);
}
static Ref m_iter(Value self, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("__iter__", nargs, 0, 0)) return nullptr;
  return make_iter(self, false);
}
static Ref dequeiter_next(Value self) {
  DequeIter* it = static_cast<DequeIter*>(self.ptr());
  if (!it->deque) return nullptr;
  Deque* d = as_deque(it->deque);
  if (d->state != it->state) {
    it->index = d->items.size();  // CPython's iterator then stays exhausted
    return raise(interp().RuntimeError, "deque mutated during iteration");
  }
  if (it->index >= d->items.size()) {
    Value dq = it->deque;
    it->deque = kNull;
    decref(dq);
    return nullptr;
  }
  size_t i = it->reversed ? d->items.size() - 1 - it->index : it->index;
  ++it->index;
  return Ref::borrow(d->items[i]);
}
static void dequeiter_finalize(Object* o) { decref(static_cast<DequeIter*>(o)->deque); }
static void dequeiter_traverse(Object* o, VisitFn visit, void* arg) {
  if (Value d = static_cast<DequeIter*>(o)->deque) visit(d, arg);
}
static Ref m_length_hint(Value self, const Value*, size_t, Tuple*) {
  DequeIter* it = static_cast<DequeIter*>(self.ptr());
  if (!it->deque) return new_int(0);
  size_t n = as_deque(it->deque)->items.size();
  return new_int(int64_t(n > it->index ? n - it->index : 0));
}

// ---- comparison and arithmetic -------------------------------------------------------------------

static Ref deque_richcmp(Value a, Value b, int op) {
  Type* dt = types().deque;
  if (!isinstance(a, dt) || !isinstance(b, dt)) return Ref::borrow(kNotImplemented);
  // Item-by-item on snapshots, like list comparison.
  Ref la = iterable_to_list(a), lb = iterable_to_list(b);
  if (!la || !lb) return nullptr;
  return rich_compare(la.get(), lb.get(), op);
}

static Ref deque_binop(Value a, Value b, int op) {
  Interpreter& I = interp();
  Type* dt = types().deque;
  int base = op >= kInplace ? op - kInplace : op;
  bool inplace = op >= kInplace;
  if (base == kAdd) {
    if (!isinstance(a, dt)) return Ref::borrow(kNotImplemented);
    if (!isinstance(b, dt)) {
      if (inplace) {
        if (deque_extend_impl(a, b, false) < 0) return nullptr;
        return Ref::borrow(a);
      }
      return raisef(I.TypeError, "can only concatenate deque (not \"%s\") to deque", type_name(b));
    }
    Ref r = inplace ? Ref::borrow(a) : deque_copy_of(a);
    if (!r || deque_extend_impl(r.get(), b, false) < 0) return nullptr;
    return r;
  }
  if (base == kMul) {
    Value d = isinstance(a, dt) ? a : b, n = d == a ? b : a;
    if (!isinstance(d, dt) || (!is_int(n) && !type_lookup(type_of(n), I.names.__index__)))
      return Ref::borrow(kNotImplemented);
    int64_t k;
    if (index_of(n, &k) < 0) return nullptr;
    Ref r = inplace && d == a ? Ref::borrow(a) : deque_copy_of(d);
    if (!r) return nullptr;
    Deque* rd = as_deque(r.get());
    if (k <= 0) {
      deque_clear_items(rd);
      return r;
    }
    // Only the last maxlen items of the repetition survive: append just those.
    std::vector<Value> once(rd->items.begin(), rd->items.end());
    size_t total = once.size() * size_t(k), keep = total;
    if (rd->maxlen >= 0) keep = std::min(keep, size_t(rd->maxlen));
    for (size_t p = std::max(once.size(), total - keep); p < total; ++p) push_right(rd, newref(once[p % once.size()]));
    return r;
  }
  return Ref::borrow(kNotImplemented);
}

// CPython names these types "collections.deque" / "collections.defaultdict" in this message.
static int deque_hash(Value, int64_t*) {
  raise(interp().TypeError, "unhashable type: 'collections.deque'");
  return -1;
}
static int dd_hash(Value, int64_t*) {
  raise(interp().TypeError, "unhashable type: 'collections.defaultdict'");
  return -1;
}

static Ref m_copy_dunder(Value self, const Value* args, size_t nargs, Tuple* kw) { return m_copy(self, args, nargs, kw); }
static Ref m_class_getitem(Value cls, const Value*, size_t, Tuple*) { return Ref::borrow(cls); }

// ---- defaultdict ---------------------------------------------------------------------------------

static DefaultDict* as_dd(Value v) { return static_cast<DefaultDict*>(v.ptr()); }
static void (*dict_finalize_fn)(Object*);
static void (*dict_traverse_fn)(Object*, VisitFn, void*);
static void (*dict_clear_fn)(Object*);
static Ref (*dict_repr_fn)(Value);
static int (*dict_init_fn)(Value, const Value*, size_t, Tuple*);

static void dd_finalize(Object* o) {
  Value f = static_cast<DefaultDict*>(o)->factory;
  static_cast<DefaultDict*>(o)->factory = kNull;
  decref(f);
  dict_finalize_fn(o);
}
static void dd_traverse(Object* o, VisitFn visit, void* arg) {
  if (Value f = static_cast<DefaultDict*>(o)->factory) visit(f, arg);
  dict_traverse_fn(o, visit, arg);
}
static void dd_clear(Object* o) {
  Value f = static_cast<DefaultDict*>(o)->factory;
  static_cast<DefaultDict*>(o)->factory = kNull;
  decref(f);
  dict_clear_fn(o);
}
static int dd_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value f = kNone;
  if (nargs) {
    f = args[0];
    if (f != kNone && !callable(f)) return raise(interp().TypeError, "first argument must be callable or None"), -1;
    ++args, --nargs;
  }
  Value old = as_dd(self)->factory;
  as_dd(self)->factory = newref(f);
  decref(old);
  return dict_init_fn(self, args, nargs, kw);
}
static Ref dd_m_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (dd_init(self, args, nargs, kw) < 0) return nullptr;
  return Ref::steal(kNone);
}
static Ref dd_missing(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("__missing__", nargs, 1, 1)) return nullptr;
  Value f = as_dd(self)->factory;
  if (!f || f == kNone) return set_error(make_exception(interp().KeyError, args, 1)), nullptr;
  Ref v = call0(f);
  if (!v || setitem(self, args[0], v.get()) < 0) return nullptr;
  return v;
}
static Ref dd_repr(Value self) {
  Interpreter& I = interp();
  Ref base = dict_repr_fn(self);
  if (!base) return nullptr;
  Value f = as_dd(self)->factory;
  std::string fr;
  if (!f || f == kNone) {
    fr = "None";
  } else if (std::find(I.repr_stack.begin(), I.repr_stack.end(), f) != I.repr_stack.end()) {
    fr = "...";
  } else {
    I.repr_stack.push_back(f);
    Ref r = repr(f);
    I.repr_stack.pop_back();
    if (!r) return nullptr;
    fr = sv(r.get());
  }
  return new_str(type_of(self)->name + "(" + fr + ", " + std::string(sv(base.get())) + ")");
}
static Ref dd_copy(Value self, const Value*, size_t, Tuple*) {
  Value args[2] = {none_if_null(as_dd(self)->factory), self};
  return call(Value::from_ptr(type_of(self)), args, 2);
}
static Ref dd_factory_get(Value self) { return Ref::borrow(none_if_null(as_dd(self)->factory)); }
static int dd_factory_set(Value self, Value v) {
  Value old = as_dd(self)->factory;
  as_dd(self)->factory = newref(v ? v : kNone);
  decref(old);
  return 0;
}

// ---- module ----------------------------------------------------------------------------------------

static void set_module_name(Type* t) {
  decref(t->module);
  t->module = new_str("collections").release();
}

static Ref init__collections(Interpreter& I) {
  CollectionsTypes& T = types();
  Type* d = T.deque = new_builtin_type(I, "deque", I.object_type, sizeof(Deque), kTypeBaseType | kTypeGc);
  set_module_name(d);
  d->finalize = deque_finalize;
  d->traverse = deque_traverse;
  d->clear = deque_clear_slot;
  d->tp_new = deque_new;
  d->init = deque_init;
  d->repr = deque_repr;
  d->hash = deque_hash;
  d->len = deque_len;
  d->getitem = deque_getitem;
  d->setitem = deque_setitem;
  d->contains = deque_contains;
  d->iter = deque_iter;
  d->richcmp = deque_richcmp;
  d->binop = deque_binop;
  static const MethodDef dm[] = {
      {"__init__", m_init}, {"append", m_append}, {"appendleft", m_appendleft}, {"pop", m_pop},
      {"popleft", m_popleft}, {"extend", m_extend}, {"extendleft", m_extendleft}, {"clear", m_clear},
      {"rotate", m_rotate}, {"reverse", m_reverse}, {"count", m_count}, {"index", m_index},
      {"insert", m_insert}, {"remove", m_remove}, {"copy", m_copy}, {"__copy__", m_copy_dunder},
      {"__getitem__", m_getitem}, {"__setitem__", m_setitem}, {"__delitem__", m_delitem},
      {"__len__", m_len}, {"__contains__", m_contains}, {"__iter__", m_iter}, {"__reversed__", m_reversed},
      {"__class_getitem__", m_class_getitem, MethodDef::kClassMethod}, {nullptr, nullptr}};
  add_methods(I, d, dm);
  add_getset(I, d, "maxlen", m_maxlen);
  dict_set(d->dict, Value::from_ptr(I.names.__hash__), kNone);

  static const MethodDef im[] = {{"__length_hint__", m_length_hint}, {nullptr, nullptr}};
  for (int rev = 0; rev < 2; ++rev) {
    Type* it = new_builtin_type(I, rev ? "_deque_reverse_iterator" : "_deque_iterator", I.object_type,
                                sizeof(DequeIter), kTypeGc);
    set_module_name(it);
    it->finalize = dequeiter_finalize;
    it->traverse = dequeiter_traverse;
    it->iter = self_iter;
    it->iternext = dequeiter_next;
    it->tp_new = nullptr;
    it->init = nullptr;
    add_methods(I, it, im);
    (rev ? T.deque_rev_iter : T.deque_iter) = it;
  }

  Type* dd = T.defaultdict = new_builtin_type(I, "defaultdict", I.dict_type, sizeof(DefaultDict),
                                              kTypeBaseType | kTypeGc | kTypeDictSub);
  set_module_name(dd);
  dict_finalize_fn = I.dict_type->finalize;
  dict_traverse_fn = I.dict_type->traverse;
  dict_clear_fn = I.dict_type->clear;
  dict_repr_fn = I.dict_type->repr;
  dict_init_fn = I.dict_type->init;
  dd->finalize = dd_finalize;
  dd->traverse = dd_traverse;
  dd->clear = dd_clear;
  dd->init = dd_init;
  dd->repr = dd_repr;
  dd->hash = dd_hash;
  static const MethodDef ddm[] = {{"__init__", dd_m_init}, {"__missing__", dd_missing}, {"copy", dd_copy},
                                  {"__copy__", dd_copy}, {nullptr, nullptr}};
  add_methods(I, dd, ddm);
  add_getset(I, dd, "default_factory", dd_factory_get, dd_factory_set);

  Ref m = new_module("_collections");
  module_add(m.get(), "deque", Value::from_ptr(d));
  module_add(m.get(), "defaultdict", Value::from_ptr(dd));
  return m;
}

void register_module__collections(Interpreter& I) { register_native_module(I, "_collections", init__collections); }

}  // namespace py
