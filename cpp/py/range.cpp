// range.cpp — range, slice, and the iterator types of the builtins (enumerate, zip, map,
// filter, reversed, the generic sequence iterator and callable iterator).
#include "py/builtin_types.hpp"
#include "py/errors.hpp"

namespace py {

void seqiter_finalize(Object* o) { decref(static_cast<SeqIter*>(o)->seq); }
void seqiter_traverse(Object* o, VisitFn visit, void* arg) {
  if (static_cast<SeqIter*>(o)->seq) visit(static_cast<SeqIter*>(o)->seq, arg);
}
Ref self_iter(Value v) { return Ref::borrow(v); }

// ---- slice ------------------------------------------------------------------------------------------

Ref new_slice(Value start, Value stop, Value step) {
  Slice* s = static_cast<Slice*>(alloc_object(interp().slice_type, sizeof(Slice)));
  s->start = newref(start);
  s->stop = newref(stop);
  s->step = newref(step);
  return Ref::steal(Value::from_ptr(s));
}
static void slice_finalize(Object* o) {
  Slice* s = static_cast<Slice*>(o);
  decref(s->start);
  decref(s->stop);
  decref(s->step);
}

int slice_indices(Value slice, int64_t len, int64_t* start, int64_t* stop, int64_t* step, int64_t* slicelen) {
  Interpreter& I = interp();
  Slice* s = static_cast<Slice*>(slice.ptr());
  auto get = [&](Value v, int64_t* out) -> int {
    if (!is_int(v) && !type_lookup(type_of(v), I.names.__index__)) {
      raise(I.TypeError, "slice indices must be integers or None or have an __index__ method");
      return -1;
    }
    if (index_of(v, out) < 0) {
      if (!err_matches(I.IndexError)) return -1;
      clear_error();
      num::BigInt b;
      to_bigint(v, b);
      *out = b.sign() < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    return 0;
  };
  *step = 1;
  if (s->step != kNone && get(s->step, step) < 0) return -1;
  if (*step == 0) {
    raise(I.ValueError, "slice step cannot be zero");
    return -1;
  }
  int64_t lo = *step < 0 ? -1 : 0, hi = *step < 0 ? len - 1 : len;
  if (s->start == kNone) *start = *step < 0 ? hi : lo;
  else {
    if (get(s->start, start) < 0) return -1;
    if (*start < 0) { *start += len; if (*start < lo) *start = lo; }
    else if (*start > hi) *start = hi;
  }
  if (s->stop == kNone) *stop = *step < 0 ? lo : hi;
  else {
    if (get(s->stop, stop) < 0) return -1;
    if (*stop < 0) { *stop += len; if (*stop < lo) *stop = lo; }
    else if (*stop > hi) *stop = hi;
  }
  if (*step < 0) *slicelen = *stop < *start ? (*start - *stop - 1) / (-*step) + 1 : 0;
  else *slicelen = *start < *stop ? (*stop - *start - 1) / *step + 1 : 0;
  return 0;
}

static Ref slice_repr(Value self) {
  Slice* s = static_cast<Slice*>(self.ptr());
  Ref a = repr(s->start), b = repr(s->stop), c = repr(s->step);
  if (!a || !b || !c) return nullptr;
  return new_str("slice(" + std::string(sv(a.get())) + ", " + std::string(sv(b.get())) + ", " +
                 std::string(sv(c.get())) + ")");
}
static Ref slice_new(Type*, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs("slice", kw) || !check_nargs("slice", nargs, 1, 3)) return nullptr;
  if (nargs == 1) return new_slice(kNone, args[0], kNone);
  return new_slice(args[0], args[1], nargs == 3 ? args[2] : kNone);
}
static Ref slice_getattr(Value self, Str* name) {
  Slice* s = static_cast<Slice*>(self.ptr());
  std::string_view n = name->view();
  if (n == "start") return Ref::borrow(s->start);
  if (n == "stop") return Ref::borrow(s->stop);
  if (n == "step") return Ref::borrow(s->step);
  return generic_getattr(self, name);
}
static Ref m_slice_indices(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("indices", nargs, 1, 1)) return nullptr;
  int64_t len, a, b, c, n;
  if (index_of(args[0], &len) < 0) return nullptr;
  if (slice_indices(self, len, &a, &b, &c, &n) < 0) return nullptr;
  Ref x = new_int(a), y = new_int(b), z = new_int(c);
  return tuple_pack({x.get(), y.get(), z.get()});
}
static Ref slice_richcmp(Value a, Value b, int op) {
  if (type_of(b) != interp().slice_type || (op != kEq && op != kNe)) return Ref::steal(kNotImplemented);
  Slice* x = static_cast<Slice*>(a.ptr());
  Slice* y = static_cast<Slice*>(b.ptr());
  Ref t1 = tuple_pack({x->start, x->stop, x->step}), t2 = tuple_pack({y->start, y->stop, y->step});
  return rich_compare(t1.get(), t2.get(), op);
}

// ---- range ------------------------------------------------------------------------------------------

// start, stop and step are Python ints of any size. A range whose bounds are below 2^61
// in magnitude (so no arithmetic on its items can overflow) takes the int64 paths; any
// other is a "long" range computed with Python ints, like CPython's longrangeiterator.
// len is -1 when the length does not fit in int64 (len() then raises OverflowError).
static constexpr int64_t kFastBound = int64_t(1) << 61;
static bool fast_value(Value v) { return v.is_small_int() && v.as_small_int() > -kFastBound && v.as_small_int() < kFastBound; }
static bool is_fast(const Range* r) { return fast_value(r->start) && fast_value(r->stop) && fast_value(r->step); }
static Ref int_op(Value a, Value b, int op) { return int_binop(a, b, op); }

// The length as a Python int: (stop - start - 1) // step + 1 when not empty.
static Ref long_len(Value start, Value stop, Value step) {
  Ref zero = new_int(0), one = new_int(1);
  Ref pos = rich_compare(step, zero.get(), kGt);
  if (!pos) return nullptr;
  bool up = pos.get() == kTrue;
  Ref nonempty = rich_compare(start, stop, up ? kLt : kGt);
  if (!nonempty) return nullptr;
  if (nonempty.get() != kTrue) return zero;
  Ref diff = up ? int_op(stop, start, kSub) : int_op(start, stop, kSub);
  Ref mstep = up ? Ref::borrow(step) : unary_op(step, kNeg);
  if (!diff || !mstep) return nullptr;
  Ref d1 = int_op(diff.get(), one.get(), kSub);
  Ref q = d1 ? int_op(d1.get(), mstep.get(), kFloorDiv) : nullptr;
  return q ? int_op(q.get(), one.get(), kAdd) : nullptr;
}

static Ref make_range(Value start, Value stop, Value step) {
  Range* r = static_cast<Range*>(alloc_object(interp().range_type, sizeof(Range)));
  r->start = newref(start);
  r->stop = newref(stop);
  r->step = newref(step);
  Ref rr = Ref::steal(Value::from_ptr(r));
  if (is_fast(r)) {
    int64_t st = start.as_small_int(), sp = stop.as_small_int(), stp = step.as_small_int();
    if (stp > 0) r->len = st < sp ? (sp - st - 1) / stp + 1 : 0;
    else r->len = st > sp ? (st - sp - 1) / (-stp) + 1 : 0;
    return rr;
  }
  Ref n = long_len(start, stop, step);
  if (!n) return nullptr;
  if (!int_to_int64(n.get(), &r->len)) r->len = -1;
  return rr;
}
Ref new_range(int64_t start, int64_t stop, int64_t step) {
  Ref a = new_int(start), b = new_int(stop), c = new_int(step);
  return make_range(a.get(), b.get(), c.get());
}
static void range_finalize(Object* o) {
  Range* r = static_cast<Range*>(o);
  for (Value v : {r->start, r->stop, r->step}) decref(v);
}
static Ref range_new(Type*, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  if (!no_kwargs("range", kw)) return nullptr;
  if (nargs == 0) return raise(I.TypeError, "range expected at least 1 argument, got 0");
  if (nargs > 3) return raisef(I.TypeError, "range expected at most 3 arguments, got %zu", nargs);
  Ref v[3];
  for (size_t i = 0; i < nargs; ++i) {
    if (is_int(args[i])) v[i] = new_int(0), v[i] = int_op(args[i], v[i].get(), kAdd);  // bool -> int
    else if (type_lookup(type_of(args[i]), I.names.__index__)) v[i] = call_method(args[i], I.names.__index__, nullptr, 0);
    else return raisef(I.TypeError, "'%s' object cannot be interpreted as an integer", type_name(args[i]));
    if (!v[i]) return nullptr;
  }
  if (nargs == 1) {
    Ref zero = new_int(0), one = new_int(1);
    return make_range(zero.get(), v[0].get(), one.get());
  }
  if (nargs == 3) {
    Ref zero = new_int(0);
    int z = equal(v[2].get(), zero.get());
    if (z < 0) return nullptr;
    if (z) return raise(I.ValueError, "range() arg 3 must not be zero");
  } else {
    v[2] = new_int(1);
  }
  return make_range(v[0].get(), v[1].get(), v[2].get());
}
static Range* as_range(Value v) { return static_cast<Range*>(v.ptr()); }
static int64_t rstart(Value r) { return as_range(r)->start.as_small_int(); }
static int64_t rstep(Value r) { return as_range(r)->step.as_small_int(); }
static Ref range_length(Value self) {
  Range* r = as_range(self);
  if (r->len >= 0) return new_int(r->len);
  return long_len(r->start, r->stop, r->step);
}
static int64_t range_len(Value self) {
  if (as_range(self)->len < 0) {
    raise(interp().OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
  }
  return as_range(self)->len;
}
static int range_truth(Value self) {
  Range* r = as_range(self);
  return r->len != 0;  // -1: a length too big for int64 is not zero
}
static Ref range_repr(Value self) {
  Range* r = as_range(self);
  Ref a = repr(r->start), b = repr(r->stop), c = repr(r->step);
  if (!a || !b || !c) return nullptr;
  std::string s = "range(" + std::string(sv(a.get())) + ", " + std::string(sv(b.get()));
  if (!(r->step.is_small_int() && r->step.as_small_int() == 1)) s += ", " + std::string(sv(c.get()));
  return new_str(s + ")");
}

// The iterator over a long range: Python ints throughout.
struct LongRangeIter : Object { Value next, step, remaining; };
static Type* long_range_iter_type = nullptr;  // reset with every interpreter by init_range
static Ref long_range_iter(Value start, Value step, Value len) {
  LongRangeIter* it = static_cast<LongRangeIter*>(alloc_object(long_range_iter_type, sizeof(LongRangeIter)));
  it->next = newref(start);
  it->step = newref(step);
  it->remaining = newref(len);
  return Ref::steal(Value::from_ptr(it));
}
static void long_range_iter_finalize(Object* o) {
  LongRangeIter* it = static_cast<LongRangeIter*>(o);
  for (Value v : {it->next, it->step, it->remaining}) decref(v);
}
static Ref long_range_iternext(Value self) {
  LongRangeIter* it = static_cast<LongRangeIter*>(self.ptr());
  Ref zero = new_int(0), one = new_int(1);
  Ref more = rich_compare(it->remaining, zero.get(), kGt);
  if (!more || more.get() != kTrue) return nullptr;
  Ref rem = int_op(it->remaining, one.get(), kSub), nx = int_op(it->next, it->step, kAdd);
  if (!rem || !nx) return nullptr;
  Ref cur = Ref::steal(it->next);
  it->next = nx.release();
  decref(it->remaining);
  it->remaining = rem.release();
  return cur;
}

static Ref range_iter(Value self) {
  Range* r = as_range(self);
  if (!is_fast(r)) {
    Ref n = range_length(self);
    return n ? long_range_iter(r->start, r->step, n.get()) : nullptr;
  }
  RangeIter* it = static_cast<RangeIter*>(alloc_object(interp().range_iter_type, sizeof(RangeIter)));
  it->next = r->start.as_small_int();
  it->step = r->step.as_small_int();
  it->remaining = r->len;
  return Ref::steal(Value::from_ptr(it));
}
static Ref range_iternext(Value self) {
  RangeIter* it = static_cast<RangeIter*>(self.ptr());
  if (it->remaining <= 0) return nullptr;
  --it->remaining;
  int64_t v = it->next;
  it->next += it->step;
  return new_int(v);
}
// start + i * step for a Python int i.
static Ref range_item(Range* r, Value i) {
  Ref m = int_op(i, r->step, kMul);
  return m ? int_op(r->start, m.get(), kAdd) : nullptr;
}
static Ref range_getitem(Value self, Value k) {
  Interpreter& I = interp();
  Range* r = as_range(self);
  if (type_of(k) == I.slice_type) {
    if (r->len >= 0) {
      int64_t a, b, c, n;
      if (slice_indices(k, r->len, &a, &b, &c, &n) < 0) return nullptr;
      Ref ia = new_int(a), ib = new_int(b), ic = new_int(c);
      Ref st = range_item(r, ia.get()), sp = range_item(r, ib.get());
      Ref step = int_op(r->step, ic.get(), kMul);
      if (!st || !sp || !step) return nullptr;
      return make_range(st.get(), sp.get(), step.get());
    }
    return raise(I.OverflowError, "Python int too large to convert to C ssize_t");
  }
  if (!is_int(k) && !type_lookup(type_of(k), I.names.__index__))
    return raisef(I.TypeError, "range indices must be integers or slices, not %s", type_name(k));
  if (is_fast(r) && k.is_small_int()) {
    int64_t i = k.as_small_int();
    if (i < 0) i += r->len;
    if (i < 0 || i >= r->len) return raise(I.IndexError, "range object index out of range");
    return new_int(rstart(self) + i * rstep(self));
  }
  Ref i = is_int(k) ? Ref::borrow(k) : call_method(k, I.names.__index__, nullptr, 0);
  Ref n = range_length(self);
  Ref zero = new_int(0);
  if (!i || !n) return nullptr;
  Ref neg = rich_compare(i.get(), zero.get(), kLt);
  if (!neg) return nullptr;
  if (neg.get() == kTrue) i = int_op(i.get(), n.get(), kAdd);
  if (!i) return nullptr;
  Ref lo = rich_compare(i.get(), zero.get(), kLt), hi = rich_compare(i.get(), n.get(), kGe);
  if (!lo || !hi) return nullptr;
  if (lo.get() == kTrue || hi.get() == kTrue) return raise(I.IndexError, "range object index out of range");
  return range_item(r, i.get());
}
// 1 if the int x is an item of r (bounds, then divisibility), with Python int arithmetic.
static int long_contains(Range* r, Value x) {
  Ref zero = new_int(0);
  Ref up = rich_compare(r->step, zero.get(), kGt);
  if (!up) return -1;
  bool inc = up.get() == kTrue;
  Ref lo = rich_compare(x, r->start, inc ? kLt : kGt), hi = rich_compare(x, r->stop, inc ? kGe : kLe);
  if (!lo || !hi) return -1;
  if (lo.get() == kTrue || hi.get() == kTrue) return 0;
  Ref d = int_op(x, r->start, kSub);
  Ref m = d ? int_op(d.get(), r->step, kMod) : nullptr;
  if (!m) return -1;
  return equal(m.get(), zero.get());
}
static int range_contains(Value self, Value x) {
  Interpreter& I = interp();
  Range* r = as_range(self);
  if (x.is_small_int() && is_fast(r)) {
    int64_t v = x.as_small_int(), st = rstart(self), sp = rstep(self);
    int64_t stop = r->stop.as_small_int();
    if (sp > 0 ? (v < st || v >= stop) : (v > st || v <= stop)) return 0;
    return (v - st) % sp == 0;
  }
  if (type_of(x) == I.int_type || type_of(x) == I.bool_type) return long_contains(r, x);
  // Anything else is compared with each item, as CPython does.
  Ref it = range_iter(self);
  if (!it) return -1;
  while (Ref v = iter_next(it.get())) {
    int c = equal(v.get(), x);
    if (c) return c;
  }
  return err_occurred() ? -1 : 0;
}
static Ref range_getattr(Value self, Str* name) {
  Range* r = as_range(self);
  std::string_view n = name->view();
  if (n == "start") return Ref::borrow(r->start);
  if (n == "stop") return Ref::borrow(r->stop);
  if (n == "step") return Ref::borrow(r->step);
  return generic_getattr(self, name);
}
// Ranges are equal when they give the same items: same length, and if not empty the same
// start, and if longer than one item the same step.
static int range_equal(Value a, Value b) {
  Range* x = as_range(a);
  Range* y = as_range(b);
  Ref lx = range_length(a), ly = range_length(b), zero = new_int(0), one = new_int(1);
  if (!lx || !ly) return -1;
  int c = equal(lx.get(), ly.get());
  if (c <= 0) return c;
  if ((c = equal(lx.get(), zero.get())) != 0) return c;
  if ((c = equal(x->start, y->start)) <= 0) return c;
  if ((c = equal(lx.get(), one.get())) != 0) return c;
  return equal(x->step, y->step);
}
static Ref range_richcmp(Value a, Value b, int op) {
  if (type_of(b) != interp().range_type || (op != kEq && op != kNe)) return Ref::steal(kNotImplemented);
  int eq = range_equal(a, b);
  if (eq < 0) return nullptr;
  return Ref::steal(bool_value(op == kEq ? eq : !eq));
}
// hash((len, None, None)) when empty, hash((len, start, None)) for one item, else
// hash((len, start, step)): equal ranges hash alike.
static int range_hash(Value self, int64_t* out) {
  Range* r = as_range(self);
  Ref n = range_length(self), zero = new_int(0), one = new_int(1);
  if (!n) return -1;
  int empty = equal(n.get(), zero.get()), single = equal(n.get(), one.get());
  Ref t = tuple_pack({n.get(), empty ? kNone : r->start, empty || single ? kNone : r->step});
  *out = hash(t.get());
  return *out == -1 && err_occurred() ? -1 : 0;
}
static Ref m_range_index(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("index", nargs, 1, 1)) return nullptr;
  int c = range_contains(self, args[0]);
  if (c < 0) return nullptr;
  if (!c) return raisef(interp().ValueError, "%s is not in range", repr_utf8(args[0]).c_str());
  if (!is_int(args[0])) {  // found by equality: count the position
    Ref it = range_iter(self);
    for (int64_t i = 0; it; ++i) {
      Ref v = iter_next(it.get());
      if (!v) return nullptr;
      int e = equal(v.get(), args[0]);
      if (e < 0) return nullptr;
      if (e) return new_int(i);
    }
    return nullptr;
  }
  Range* r = as_range(self);
  Ref d = int_op(args[0], r->start, kSub);
  return d ? int_op(d.get(), r->step, kFloorDiv) : nullptr;
}
static Ref m_range_count(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("count", nargs, 1, 1)) return nullptr;
  if (!is_int(args[0])) {  // equality with each item (e.g. 2.0 == 2)
    Ref it = range_iter(self);
    if (!it) return nullptr;
    int64_t n = 0;
    while (Ref v = iter_next(it.get())) {
      int e = equal(v.get(), args[0]);
      if (e < 0) return nullptr;
      n += e;
    }
    return err_occurred() ? nullptr : new_int(n);
  }
  int c = range_contains(self, args[0]);
  if (c < 0) return nullptr;
  return new_int(c);
}
static Ref m_range_reversed(Value self, const Value*, size_t, Tuple*) {
  Range* r = as_range(self);
  if (!is_fast(r)) {
    Ref n = range_length(self), one = new_int(1);
    Ref last_i = n ? int_op(n.get(), one.get(), kSub) : nullptr;
    Ref last = last_i ? range_item(r, last_i.get()) : nullptr;
    Ref step = unary_op(r->step, kNeg);
    if (!last || !step) return nullptr;
    return long_range_iter(last.get(), step.get(), n.get());
  }
  RangeIter* it = static_cast<RangeIter*>(alloc_object(interp().range_iter_type, sizeof(RangeIter)));
  it->next = rstart(self) + (r->len - 1) * rstep(self);
  it->step = -rstep(self);
  it->remaining = r->len;
  return Ref::steal(Value::from_ptr(it));
}

// ---- the sequence iterator (objects with __getitem__ only) ------------------------------------------

Ref new_seq_iter(Value seq) {
  SeqIter* it = static_cast<SeqIter*>(alloc_object(interp().seq_iter_type, sizeof(SeqIter)));
  it->seq = newref(seq);
  gc_track(it);
  return Ref::steal(Value::from_ptr(it));
}
static Ref seqiter_next(Value self) {
  Interpreter& I = interp();
  SeqIter* it = static_cast<SeqIter*>(self.ptr());
  if (!it->seq) return nullptr;
  Ref idx = new_int(int64_t(it->index++));
  Ref v = getitem(it->seq, idx.get());
  if (v) return v;
  if (err_matches(I.IndexError) || err_matches(I.StopIteration)) {
    clear_error();
    Value s = it->seq;
    it->seq = kNull;
    decref(s);
  }
  return nullptr;
}

// ---- enumerate / zip / map / filter / reversed / callable iterator -----------------------------------

struct MultiIter : Object {
  Value a;       // enumerate: iterator; zip: tuple of iterators; map/filter: function
  Value b;       // map/filter: tuple of iterators / iterator; enumerate: count
  bool strict;
};
static void multi_finalize(Object* o) {
  MultiIter* m = static_cast<MultiIter*>(o);
  decref(m->a);
  decref(m->b);
}
static void multi_traverse(Object* o, VisitFn visit, void* arg) {
  MultiIter* m = static_cast<MultiIter*>(o);
  if (m->a) visit(m->a, arg);
  if (m->b) visit(m->b, arg);
}
static Ref make_multi(Type* t, Value a, Value b) {
  MultiIter* m = static_cast<MultiIter*>(alloc_object(t, sizeof(MultiIter)));
  m->a = a;
  m->b = b;
  gc_track(m);
  return Ref::steal(Value::from_ptr(m));
}

static Ref enumerate_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args("enumerate", args, nargs, kw, {"iterable", "start"}, 1, a)) return nullptr;
  Ref it = get_iter(a[0]);
  if (!it) return nullptr;
  Value start = a[1] ? a[1] : Value::small_int(0);
  if (!is_int(start)) return raisef(interp().TypeError, "'%s' object cannot be interpreted as an integer", type_name(start));
  return make_multi(t, it.release(), newref(start));
}
static Ref enumerate_next(Value self) {
  MultiIter* m = static_cast<MultiIter*>(self.ptr());
  Ref v = iter_next(m->a);
  if (!v) return nullptr;
  Value i = m->b;
  Ref t = tuple_pack({i, v.get()});
  m->b = binary_op(i, Value::small_int(1), kAdd).release();
  decref(i);
  return t;
}

static Ref zip_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  bool strict = false;
  if (kw) {
    for (size_t k = 0; k < kw->n; ++k) {
      if (sv(kw->items[k]) != "strict") return raisef(I.TypeError, "zip() got an unexpected keyword argument '%s'", as_str(kw->items[k])->data);
      strict = truth(args[nargs + k]);
    }
  }
  Ref its = new_tuple(nargs);
  for (size_t i = 0; i < nargs; ++i) {
    Ref it = get_iter(args[i]);
    if (!it) {
      if (err_matches(I.TypeError)) {
        clear_error();
        return raisef(I.TypeError, "zip argument #%zu must support iteration", i + 1);
      }
      return nullptr;
    }
    as_tuple(its.get())->items[i] = it.release();
  }
  Ref r = make_multi(t, its.release(), kNull);
  static_cast<MultiIter*>(r.get().ptr())->strict = strict;
  return r;
}
static Ref zip_next(Value self) {
  Interpreter& I = interp();
  MultiIter* m = static_cast<MultiIter*>(self.ptr());
  Tuple* its = as_tuple(m->a);
  if (its->n == 0) return nullptr;
  Ref out = new_tuple(its->n);
  for (size_t i = 0; i < its->n; ++i) {
    Ref v = iter_next(its->items[i]);
    if (!v) {
      if (err_occurred()) return nullptr;
      if (m->strict) {
        if (i > 0) return raisef(I.ValueError, "zip() argument %zu is shorter than argument%s%zu", i + 1, i == 1 ? " " : "s 1-", i);
        for (size_t j = 1; j < its->n; ++j) {
          Ref w = iter_next(its->items[j]);
          if (w) return raisef(I.ValueError, "zip() argument %zu is longer than argument%s%zu", j + 1, j == 1 ? " " : "s 1-", j);
          if (err_occurred()) return nullptr;
        }
      }
      return nullptr;
    }
    as_tuple(out.get())->items[i] = v.release();
  }
  return out;
}

static Ref map_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  if (!no_kwargs("map", kw)) return nullptr;
  if (nargs < 2) return raise(I.TypeError, "map() must have at least two arguments.");
  Ref its = new_tuple(nargs - 1);
  for (size_t i = 1; i < nargs; ++i) {
    Ref it = get_iter(args[i]);
    if (!it) return nullptr;
    as_tuple(its.get())->items[i - 1] = it.release();
  }
  return make_multi(t, newref(args[0]), its.release());
}
static Ref map_next(Value self) {
  MultiIter* m = static_cast<MultiIter*>(self.ptr());
  Tuple* its = as_tuple(m->b);
  Value buf[8];
  std::vector<Ref> vals;
  for (size_t i = 0; i < its->n; ++i) {
    Ref v = iter_next(its->items[i]);
    if (!v) return nullptr;
    vals.push_back(std::move(v));
  }
  std::vector<Value> args;
  for (auto& v : vals) args.push_back(v.get());
  (void)buf;
  return call(m->a, args.data(), args.size());
}

static Ref filter_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs("filter", kw) || !check_nargs("filter", nargs, 2, 2)) return nullptr;
  Ref it = get_iter(args[1]);
  if (!it) return nullptr;
  return make_multi(t, newref(args[0]), it.release());
}
static Ref filter_next(Value self) {
  MultiIter* m = static_cast<MultiIter*>(self.ptr());
  for (;;) {
    Ref v = iter_next(m->b);
    if (!v) return nullptr;
    int t;
    if (m->a == kNone) t = truth(v.get());
    else {
      Ref r = call1(m->a, v.get());
      if (!r) return nullptr;
      t = truth(r.get());
    }
    if (t < 0) return nullptr;
    if (t) return v;
  }
}

static Ref reversed_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  if (!no_kwargs("reversed", kw) || !check_nargs("reversed", nargs, 1, 1)) return nullptr;
  Value seq = args[0];
  Value m = type_lookup(type_of(seq), I.names.__reversed__);
  if (m) {
    Ref f = descr_get(m, seq, Value::from_ptr(type_of(seq)));
    if (!f) return nullptr;
    return call0(f.get());
  }
  Type* st = type_of(seq);
  if (!st->getitem || !st->len || st == I.dict_type)
    return raisef(I.TypeError, "'%s' object is not reversible", st->name.c_str());
  int64_t n = length(seq);
  if (n < 0) return nullptr;
  return make_multi(t, newref(seq), new_int(n).release());
}
static Ref reversed_next(Value self) {
  MultiIter* m = static_cast<MultiIter*>(self.ptr());
  if (!m->a) return nullptr;
  int64_t i = m->b.as_small_int() - 1;
  if (i < 0) {
    Value s = m->a;
    m->a = kNull;
    decref(s);
    return nullptr;
  }
  m->b = Value::small_int(i);
  Ref idx = new_int(i);
  return getitem(m->a, idx.get());
}

static Ref callable_iter_next(Value self) {
  MultiIter* m = static_cast<MultiIter*>(self.ptr());
  if (!m->a) return nullptr;
  Ref v = call0(m->a);
  if (!v) {
    if (err_matches(interp().StopIteration)) clear_error();
    return nullptr;
  }
  int eq = equal(v.get(), m->b);
  if (eq < 0) return nullptr;
  if (eq) {
    Value f = m->a;
    m->a = kNull;
    decref(f);
    return nullptr;
  }
  return v;
}
Ref new_callable_iter(Value f, Value sentinel) {
  return make_multi(interp().callable_iter_type, newref(f), newref(sentinel));
}

void init_range(Interpreter& I) {
  Type* s = I.slice_type = new_builtin_type(I, "slice", I.object_type, sizeof(Slice), 0);
  s->finalize = slice_finalize;
  s->repr = slice_repr;
  s->tp_new = slice_new;
  s->init = nullptr;
  s->getattr = slice_getattr;
  s->richcmp = slice_richcmp;
  s->hash = nullptr;
  static const MethodDef sm[] = {{"indices", m_slice_indices}, {nullptr, nullptr}};
  add_methods(I, s, sm);

  Type* r = I.range_type = new_builtin_type(I, "range", I.object_type, sizeof(Range), 0);
  r->tp_new = range_new;
  r->init = nullptr;
  r->finalize = range_finalize;
  r->truth = range_truth;
  r->len = range_len;
  r->repr = range_repr;
  r->iter = range_iter;
  r->getitem = range_getitem;
  r->contains = range_contains;
  r->getattr = range_getattr;
  r->richcmp = range_richcmp;
  r->hash = range_hash;
  static const MethodDef rm[] = {{"index", m_range_index}, {"count", m_range_count},
                                 {"__reversed__", m_range_reversed}, {nullptr, nullptr}};
  add_methods(I, r, rm);
  Type* ri = I.range_iter_type = new_builtin_type(I, "range_iterator", I.object_type, sizeof(RangeIter), 0);
  ri->iter = self_iter;
  ri->iternext = range_iternext;
  ri->tp_new = nullptr;
  Type* li = long_range_iter_type = new_builtin_type(I, "longrange_iterator", I.object_type, sizeof(LongRangeIter), 0);
  li->finalize = long_range_iter_finalize;
  li->iter = self_iter;
  li->iternext = long_range_iternext;
  li->tp_new = nullptr;
}

void init_iterators(Interpreter& I) {
  auto mk = [&](const char* name, size_t size, Ref (*next)(Value), Ref (*nw)(Type*, const Value*, size_t, Tuple*),
                bool multi = true) {
    Type* t = new_builtin_type(I, name, I.object_type, size, kTypeGc | (nw ? uint32_t(kTypeBaseType) : 0u));
    if (multi) {
      t->finalize = multi_finalize;
      t->traverse = multi_traverse;
    } else {
      t->finalize = seqiter_finalize;
      t->traverse = seqiter_traverse;
    }
    t->iter = self_iter;
    t->iternext = next;
    t->tp_new = nw;
    t->init = nullptr;
    return t;
  };
  I.seq_iter_type = mk("iterator", sizeof(SeqIter), seqiter_next, nullptr, false);
  I.enumerate_type = mk("enumerate", sizeof(MultiIter), enumerate_next, enumerate_new);
  I.zip_type = mk("zip", sizeof(MultiIter), zip_next, zip_new);
  I.map_type = mk("map", sizeof(MultiIter), map_next, map_new);
  I.filter_type = mk("filter", sizeof(MultiIter), filter_next, filter_new);
  I.reversed_type = mk("reversed", sizeof(MultiIter), reversed_next, reversed_new);
  I.callable_iter_type = mk("callable_iterator", sizeof(MultiIter), callable_iter_next, nullptr);
}

}  // namespace py
