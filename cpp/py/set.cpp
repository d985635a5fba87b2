// set.cpp — set and frozenset, stored as the keys of a dict (values None).
#include "py/builtin_types.hpp"
#include "py/errors.hpp"

namespace py {

static Set* as_set(Value v) { return static_cast<Set*>(v.ptr()); }

static Ref alloc_set(Type* t, bool frozen) {
  Set* s = static_cast<Set*>(alloc_object(t, t->basicsize));
  s->d = as_dict(new_dict().release());
  s->frozen = frozen;
  s->hash = -1;
  gc_track(s);
  return Ref::steal(Value::from_ptr(s));
}
Ref new_set(bool frozen) {
  Interpreter& I = interp();
  return alloc_set(frozen ? I.frozenset_type : I.set_type, frozen);
}
int set_add(Value set, Value item) { return dict_set(as_set(set)->d, item, kNone); }
int set_contains(Value set, Value item) {
  Value v;
  int r = dict_get(as_set(set)->d, item, &v);
  if (r < 0 && err_matches(interp().TypeError) && isinstance(item, interp().set_type)) {
    // A set looked up in a set is compared as a frozenset.
    clear_error();
    Ref fs = new_set(true);
    size_t pos = 0;
    Value k, x;
    while (dict_next(as_set(item)->d, &pos, &k, &x)) set_add(fs.get(), k);
    return dict_get(as_set(set)->d, fs.get(), &v);
  }
  return r;
}
static bool is_anyset(Value v) {
  Interpreter& I = interp();
  return isinstance(v, I.set_type) || isinstance(v, I.frozenset_type);
}
static int set_update(Value set, Value other) {
  if (is_anyset(other)) return dict_merge(as_set(set)->d, Value::from_ptr(as_set(other)->d), true);
  Ref it = get_iter(other);
  if (!it) return -1;
  for (;;) {
    Ref x = iter_next(it.get());
    if (!x) return err_occurred() ? -1 : 0;
    if (set_add(set, x.get()) < 0) return -1;
  }
}
static Ref set_copy_as(Value src, Type* t) {
  Ref r = alloc_set(t, t == interp().frozenset_type || is_subtype(t, interp().frozenset_type));
  if (set_update(r.get(), src) < 0) return nullptr;
  return r;
}

static void set_finalize(Object* o) { decref(Value::from_ptr(static_cast<Set*>(o)->d)); }
static void set_traverse(Object* o, VisitFn visit, void* arg) { visit(Value::from_ptr(static_cast<Set*>(o)->d), arg); }
static void set_clear_slot(Object* o) { dict_clear(static_cast<Set*>(o)->d); }

static Ref set_repr(Value self) {
  Interpreter& I = interp();
  Set* s = as_set(self);
  bool frozen = isinstance(self, I.frozenset_type);
  if (s->d->used == 0) return new_str(std::string(type_name(self)) + "()");
  for (Value v : I.repr_stack)
    if (v == self) return new_str(std::string(type_name(self)) + "(...)");
  I.repr_stack.push_back(self);
  std::string out = frozen || type_of(self) != I.set_type ? std::string(type_name(self)) + "({" : "{";
  size_t pos = 0;
  Value k, v;
  bool first = true, ok = true;
  while (dict_next(s->d, &pos, &k, &v)) {
    if (!first) out += ", ";
    first = false;
    Ref r = repr(k);
    if (!r) { ok = false; break; }
    out += sv(r.get());
  }
  I.repr_stack.pop_back();
  if (!ok) return nullptr;
  out += frozen || type_of(self) != I.set_type ? "})" : "}";
  return new_str(out);
}
static int64_t set_len(Value self) { return int64_t(as_set(self)->d->used); }
static int set_contains_slot(Value self, Value x) { return set_contains(self, x); }
static Ref set_iter(Value self) { return get_iter(Value::from_ptr(as_set(self)->d)); }
static int frozenset_hash(Value self, int64_t* out) {
  Set* s = as_set(self);
  if (s->hash != -1) { *out = s->hash; return 0; }
  uint64_t h = 0;
  size_t pos = 0;
  Value k, v;
  while (dict_next(s->d, &pos, &k, &v)) {
    uint64_t x = uint64_t(hash(k));
    h ^= ((x ^ 89869747UL) ^ (x << 16)) * 3644798167UL;
  }
  h ^= (s->d->used + 1) * 1927868237UL;
  h = h * 69069U + 907133923UL;
  if (h == uint64_t(-1)) h = 590923713UL;
  s->hash = int64_t(h);
  *out = s->hash;
  return 0;
}

static bool subset(Value a, Value b, int* err) {
  *err = 0;
  size_t pos = 0;
  Value k, v;
  while (dict_next(as_set(a)->d, &pos, &k, &v)) {
    int r = set_contains(b, k);
    if (r < 0) { *err = 1; return false; }
    if (!r) return false;
  }
  return true;
}
static Ref set_richcmp(Value a, Value b, int op) {
  if (!is_anyset(b)) return Ref::steal(kNotImplemented);
  size_t na = as_set(a)->d->used, nb = as_set(b)->d->used;
  int err;
  bool r = false;
  switch (op) {
    case kEq: r = na == nb && subset(a, b, &err); break;
    case kNe: r = !(na == nb && subset(a, b, &err)); break;
    case kLe: r = na <= nb && subset(a, b, &err); break;
    case kLt: r = na < nb && subset(a, b, &err); break;
    case kGe: r = na >= nb && subset(b, a, &err); break;
    case kGt: r = na > nb && subset(b, a, &err); break;
  }
  return Ref::steal(bool_value(r));
}

// op: '|', '&', '-', '^'
static Ref set_combine(Value a, Value b, char op, Type* result_type) {
  Ref r = alloc_set(result_type, result_type == interp().frozenset_type);
  size_t pos = 0;
  Value k, v;
  switch (op) {
    case '|':
      if (set_update(r.get(), a) < 0 || set_update(r.get(), b) < 0) return nullptr;
      break;
    case '&':
      while (dict_next(as_set(a)->d, &pos, &k, &v)) {
        int c = set_contains(b, k);
        if (c < 0) return nullptr;
        if (c && set_add(r.get(), k) < 0) return nullptr;
      }
      break;
    case '-':
      while (dict_next(as_set(a)->d, &pos, &k, &v)) {
        int c = set_contains(b, k);
        if (c < 0) return nullptr;
        if (!c && set_add(r.get(), k) < 0) return nullptr;
      }
      break;
    case '^':
      while (dict_next(as_set(a)->d, &pos, &k, &v)) {
        int c = set_contains(b, k);
        if (c < 0) return nullptr;
        if (!c && set_add(r.get(), k) < 0) return nullptr;
      }
      pos = 0;
      while (dict_next(as_set(b)->d, &pos, &k, &v)) {
        int c = set_contains(a, k);
        if (c < 0) return nullptr;
        if (!c && set_add(r.get(), k) < 0) return nullptr;
      }
      break;
  }
  return r;
}
static char op_char(int op) {
  switch (op) {
    case kOr: return '|';
    case kAnd: return '&';
    case kSub: return '-';
    case kXor: return '^';
  }
  return 0;
}
static void replace_contents(Value set, Value src) {
  Dict* old = as_set(set)->d;
  as_set(set)->d = as_set(src)->d;
  incref(Value::from_ptr(as_set(src)->d));
  decref(Value::from_ptr(old));
}
static Ref set_binop(Value a, Value b, int op) {
  Interpreter& I = interp();
  bool inplace = op >= kInplace;
  char c = op_char(inplace ? op - kInplace : op);
  if (!c || !is_anyset(a) || !is_anyset(b)) return Ref::steal(kNotImplemented);
  if (inplace) {
    if (isinstance(a, I.frozenset_type)) return Ref::steal(kNotImplemented);
    Ref r = set_combine(a, b, c, I.set_type);
    if (!r) return nullptr;
    replace_contents(a, r.get());
    return Ref::borrow(a);
  }
  return set_combine(a, b, c, isinstance(a, I.frozenset_type) ? I.frozenset_type : I.set_type);
}

static Ref set_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  bool frozen = is_subtype(t, I.frozenset_type);
  if (!no_kwargs(frozen ? "frozenset" : "set", kw) || !check_nargs(frozen ? "frozenset" : "set", nargs, 0, 1))
    return nullptr;
  Ref r = alloc_set(t, frozen);
  if (frozen && nargs && set_update(r.get(), args[0]) < 0) return nullptr;
  return r;
}
static int set_init(Value self, const Value* args, size_t nargs, Tuple*) {
  if (isinstance(self, interp().frozenset_type)) return 0;
  dict_clear(as_set(self)->d);
  if (nargs) return set_update(self, args[0]);
  return 0;
}

static Ref m_add(Value self, const Value* a, size_t n, Tuple*) {
  if (!check_nargs("set.add", n, 1, 1) || set_add(self, a[0]) < 0) return nullptr;
  return Ref::steal(kNone);
}
static Ref m_discard(Value self, const Value* a, size_t n, Tuple*) {
  if (!check_nargs("set.discard", n, 1, 1)) return nullptr;
  Value old;
  if (dict_pop(as_set(self)->d, a[0], &old) < 0) return nullptr;
  return Ref::steal(kNone);
}
static Ref m_remove(Value self, const Value* a, size_t n, Tuple*) {
  if (!check_nargs("set.remove", n, 1, 1)) return nullptr;
  Value old;
  int r = dict_pop(as_set(self)->d, a[0], &old);
  if (r < 0) return nullptr;
  if (r == 0) {
    set_error(make_exception(interp().KeyError, a, 1));
    return nullptr;
  }
  return Ref::steal(kNone);
}
static Ref m_pop(Value self, const Value*, size_t, Tuple*) {
  Dict* d = as_set(self)->d;
  size_t pos = 0;
  Value k, v;
  if (!dict_next(d, &pos, &k, &v)) return raise(interp().KeyError, "pop from an empty set");
  Ref key = Ref::borrow(k);
  Value old;
  dict_pop(d, k, &old);
  return key;
}
static Ref m_clear(Value self, const Value*, size_t, Tuple*) {
  dict_clear(as_set(self)->d);
  return Ref::steal(kNone);
}
static Ref m_copy(Value self, const Value*, size_t, Tuple*) { return set_copy_as(self, type_of(self) == interp().frozenset_type ? interp().frozenset_type : interp().set_type); }
static Ref multi(Value self, const Value* a, size_t n, char op, bool update) {
  Interpreter& I = interp();
  Ref acc = set_copy_as(self, isinstance(self, I.frozenset_type) && !update ? I.frozenset_type : I.set_type);
  if (!acc) return nullptr;
  for (size_t i = 0; i < n; ++i) {
    Ref other = is_anyset(a[i]) ? Ref::borrow(a[i]) : set_copy_as(a[i], I.set_type);
    if (!other) return nullptr;
    acc = set_combine(acc.get(), other.get(), op, type_of(acc.get()));
    if (!acc) return nullptr;
  }
  if (update) {
    replace_contents(self, acc.get());
    return Ref::steal(kNone);
  }
  return acc;
}
static Ref m_union(Value s, const Value* a, size_t n, Tuple*) { return multi(s, a, n, '|', false); }
static Ref m_intersection(Value s, const Value* a, size_t n, Tuple*) { return multi(s, a, n, '&', false); }
static Ref m_difference(Value s, const Value* a, size_t n, Tuple*) { return multi(s, a, n, '-', false); }
static Ref m_symdiff(Value s, const Value* a, size_t n, Tuple*) { return multi(s, a, n, '^', false); }
static Ref m_update(Value s, const Value* a, size_t n, Tuple*) { return multi(s, a, n, '|', true); }
static Ref m_intersection_update(Value s, const Value* a, size_t n, Tuple*) { return multi(s, a, n, '&', true); }
static Ref m_difference_update(Value s, const Value* a, size_t n, Tuple*) { return multi(s, a, n, '-', true); }
static Ref m_symdiff_update(Value s, const Value* a, size_t n, Tuple*) { return multi(s, a, n, '^', true); }
static Ref m_issubset(Value s, const Value* a, size_t n, Tuple*) {
  if (!check_nargs("set.issubset", n, 1, 1)) return nullptr;
  Ref o = is_anyset(a[0]) ? Ref::borrow(a[0]) : set_copy_as(a[0], interp().set_type);
  if (!o) return nullptr;
  int err;
  return Ref::steal(bool_value(subset(s, o.get(), &err)));
}
static Ref m_issuperset(Value s, const Value* a, size_t n, Tuple*) {
  if (!check_nargs("set.issuperset", n, 1, 1)) return nullptr;
  Ref o = is_anyset(a[0]) ? Ref::borrow(a[0]) : set_copy_as(a[0], interp().set_type);
  if (!o) return nullptr;
  int err;
  return Ref::steal(bool_value(subset(o.get(), s, &err)));
}
static Ref m_isdisjoint(Value s, const Value* a, size_t n, Tuple*) {
  if (!check_nargs("set.isdisjoint", n, 1, 1)) return nullptr;
  Ref o = is_anyset(a[0]) ? Ref::borrow(a[0]) : set_copy_as(a[0], interp().set_type);
  if (!o) return nullptr;
  Ref r = set_combine(s, o.get(), '&', interp().set_type);
  if (!r) return nullptr;
  return Ref::steal(bool_value(as_set(r.get())->d->used == 0));
}

void init_set(Interpreter& I) {
  auto setup = [&](Type* t) {
    t->finalize = set_finalize;
    t->traverse = set_traverse;
    t->clear = set_clear_slot;
    t->repr = set_repr;
    t->len = set_len;
    t->contains = set_contains_slot;
    t->iter = set_iter;
    t->richcmp = set_richcmp;
    t->binop = set_binop;
    t->tp_new = set_new;
    t->init = set_init;
  };
  Type* s = I.set_type = new_builtin_type(I, "set", I.object_type, sizeof(Set), kTypeBaseType | kTypeGc);
  setup(s);
  s->hash = nullptr;
  Type* f = I.frozenset_type = new_builtin_type(I, "frozenset", I.object_type, sizeof(Set), kTypeBaseType | kTypeGc);
  setup(f);
  f->hash = frozenset_hash;
  static const MethodDef common[] = {
      {"copy", m_copy}, {"union", m_union}, {"intersection", m_intersection},
      {"difference", m_difference}, {"symmetric_difference", m_symdiff}, {"issubset", m_issubset},
      {"issuperset", m_issuperset}, {"isdisjoint", m_isdisjoint}, {nullptr, nullptr}};
  static const MethodDef mutating[] = {
      {"add", m_add}, {"discard", m_discard}, {"remove", m_remove}, {"pop", m_pop}, {"clear", m_clear},
      {"update", m_update}, {"intersection_update", m_intersection_update},
      {"difference_update", m_difference_update}, {"symmetric_difference_update", m_symdiff_update},
      {nullptr, nullptr}};
  add_methods(I, s, common);
  add_methods(I, s, mutating);
  add_methods(I, f, common);
  dict_set(s->dict, Value::from_ptr(I.names.__hash__), kNone);
}

}  // namespace py
