// modules/itertools.cpp — the itertools iterators, lazy as in CPython and with its
// algorithms (islice's skipping, groupby's shared-iterator groups, tee's linked buffers,
// the combinatoric index updates). All share one object layout; the field comments at
// each type say what a..e and n, m, k hold for it.
#include <algorithm>

#include "py/errors.hpp"
#include "py/module.hpp"

namespace py {

struct It : Object {
  Value a, b, c, d, e;
  int64_t n, m, k;
  int state;                  // 0 not started, 1 running, 2 exhausted (per type)
  Object* current;            // groupby: the live _grouper (not owned)
  std::vector<int64_t> idx, cyc;
};

enum Kind {
  kCount, kCycle, kRepeat, kIslice, kChain, kProduct, kAccumulate, kPermutations, kCombinations, kCwr,
  kZipLongest, kGroupby, kGrouper, kStarmap, kTakewhile, kDropwhile, kFilterfalse, kCompress, kTee,
  kTeeData, kPairwise, kNumKinds
};
static Type*& type_for(Kind k) {
  static Type* t[kNumKinds];
  return t[k];
}

static It* as_it(Value v) { return static_cast<It*>(v.ptr()); }
static void it_finalize(Object* o) {
  It* it = static_cast<It*>(o);
  for (Value* v : {&it->a, &it->b, &it->c, &it->d, &it->e}) {
    Value x = *v;
    *v = kNull;
    decref(x);
  }
  it->idx.~vector();
  it->cyc.~vector();
}
static void it_traverse(Object* o, VisitFn visit, void* arg) {
  It* it = static_cast<It*>(o);
  for (Value v : {it->a, it->b, it->c, it->d, it->e})
    if (v) visit(v, arg);
}
static void it_clear(Object* o) {
  It* it = static_cast<It*>(o);
  for (Value* v : {&it->a, &it->b, &it->c, &it->d, &it->e}) {
    Value x = *v;
    *v = kNull;
    decref(x);
  }
}
static Ref make(Type* t) {
  It* it = static_cast<It*>(alloc_object(t, t->basicsize));
  new (&it->idx) std::vector<int64_t>();
  new (&it->cyc) std::vector<int64_t>();
  gc_track(it);
  return Ref::steal(Value::from_ptr(it));
}
static void set(Value& slot, Value v) {
  Value old = slot;
  slot = v;
  decref(old);
}
static Ref stop(It* it) {  // exhausts: drops the source so it can be freed
  it->state = 2;
  set(it->a, kNull);
  return nullptr;
}

// ---- count(start=0, step=1): a = next value, b = step ------------------------------------------

static bool is_number(Value v) {
  Interpreter& I = interp();
  return is_int(v) || isinstance(v, I.float_type) || isinstance(v, I.complex_type) ||
         type_lookup(type_of(v), I.names.binop[kAdd]);
}
static Ref count_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args("count", args, nargs, kw, {"start", "step"}, 0, a)) return nullptr;
  Value start = a[0] ? a[0] : Value::small_int(0), step = a[1] ? a[1] : Value::small_int(1);
  if (!is_number(start) || !is_number(step)) return raise(interp().TypeError, "a number is required");
  Ref r = make(t);
  as_it(r.get())->a = newref(start);
  as_it(r.get())->b = newref(step);
  return r;
}
static Ref count_next(Value self) {
  It* it = as_it(self);
  Ref next = binary_op(it->a, it->b, kAdd);
  if (!next) return nullptr;
  Ref cur = Ref::borrow(it->a);
  set(it->a, next.release());
  return cur;
}
static Ref count_repr(Value self) {
  It* it = as_it(self);
  std::string out = type_of(self)->name + "(" + repr_utf8(it->a);
  if (!(it->b.is_small_int() && it->b.as_small_int() == 1)) out += ", " + repr_utf8(it->b);
  return new_str(out + ")");
}

// ---- cycle(iterable): a = source iterator, b = saved items, n = replay index --------------------

static Ref cycle_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs("cycle", kw) || !check_nargs("cycle", nargs, 1, 1)) return nullptr;
  Ref src = get_iter(args[0]);
  if (!src) return nullptr;
  Ref r = make(t);
  as_it(r.get())->a = src.release();
  as_it(r.get())->b = new_list().release();
  return r;
}
static Ref cycle_next(Value self) {
  It* it = as_it(self);
  if (it->state == 0) {
    Ref v = iter_next(it->a);
    if (v) {
      list_append(it->b, v.get());
      return v;
    }
    if (err_occurred()) return nullptr;
    it->state = 1;
    set(it->a, kNull);
  }
  std::vector<Value>& saved = as_list(it->b)->items;
  if (saved.empty()) return nullptr;
  Value v = saved[size_t(it->n)];
  it->n = (it->n + 1) % int64_t(saved.size());
  return Ref::borrow(v);
}

// ---- repeat(object[, times]): a = object, n = times left (-1 forever) --------------------------

static Ref repeat_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args("repeat", args, nargs, kw, {"object", "times"}, 1, a)) return nullptr;
  int64_t n = -1;
  if (a[1] && index_of(a[1], &n) < 0) return nullptr;
  if (a[1] && n < 0) n = 0;
  Ref r = make(t);
  as_it(r.get())->a = newref(a[0]);
  as_it(r.get())->n = n;
  return r;
}
static Ref repeat_next(Value self) {
  It* it = as_it(self);
  if (it->n == 0) return nullptr;
  if (it->n > 0) --it->n;
  return Ref::borrow(it->a);
}
static Ref repeat_repr(Value self) {
  It* it = as_it(self);
  std::string out = "repeat(" + repr_utf8(it->a);
  if (it->n >= 0) out += ", " + std::to_string(it->n);
  return new_str(out + ")");
}
static Ref repeat_length_hint(Value self, const Value*, size_t, Tuple*) {
  It* it = as_it(self);
  if (it->n < 0) return raise(interp().TypeError, "len() of unsized object");
  return new_int(it->n);
}

// ---- islice(iterable, [start,] stop[, step]): a = source, n = next index, m = stop, k = step,
//      e (as a counter in `cyc[0]`) = items consumed --------------------------------------------------

static bool islice_index(Value v, int64_t* out, const char* msg) {
  Interpreter& I = interp();
  if (v == kNone) return true;
  if (!is_int(v) && !type_lookup(type_of(v), I.names.__index__)) return raise(I.ValueError, msg), false;
  int64_t n;
  if (index_of(v, &n) < 0) {
    if (!err_matches(I.OverflowError)) return false;
    clear_error();
    n = INT64_MAX;
  }
  if (n < 0) return raise(I.ValueError, msg), false;
  *out = n;
  return true;
}
static Ref islice_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  if (!no_kwargs("islice", kw)) return nullptr;
  if (nargs < 2) return raisef(I.TypeError, "islice expected at least 2 arguments, got %zu", nargs);
  if (nargs > 4) return raisef(I.TypeError, "islice expected at most 4 arguments, got %zu", nargs);
  int64_t start = 0, stop = -1, step = 1;
  if (nargs == 2) {
    if (!islice_index(args[1], &stop, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."))
      return nullptr;
  } else {
    if (!islice_index(args[1], &start, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.") ||
        !islice_index(args[2], &stop, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."))
      return nullptr;
    if (nargs == 4 && args[3] != kNone) {
      if (!islice_index(args[3], &step, "Step for islice() must be a positive integer or None.")) return nullptr;
      if (step == 0) return raise(I.ValueError, "Step for islice() must be a positive integer or None.");
    }
  }
  Ref src = get_iter(args[0]);
  if (!src) return nullptr;
  Ref r = make(t);
  It* it = as_it(r.get());
  it->a = src.release();
  it->n = start, it->m = stop, it->k = step;
  it->cyc.assign(1, 0);
  return r;
}
static Ref islice_next(Value self) {
  It* it = as_it(self);
  if (!it->a) return nullptr;
  int64_t& cnt = it->cyc[0];
  while (cnt < it->n) {
    Ref skip = iter_next(it->a);
    if (!skip) return err_occurred() ? nullptr : stop(it);
    ++cnt;
  }
  if (it->m != -1 && cnt >= it->m) return stop(it);
  Ref v = iter_next(it->a);
  if (!v) return err_occurred() ? nullptr : stop(it);
  ++cnt;
  int64_t old = it->n;
  it->n += it->k;
  if (it->n < old || (it->m != -1 && it->n > it->m)) it->n = it->m;
  return v;
}

// ---- chain(*iterables) / chain.from_iterable: a = iterator of sources, b = current -------------

static Ref chain_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs("chain", kw)) return nullptr;
  Ref srcs = tuple_from_array(args, nargs);
  Ref r = make(t);
  as_it(r.get())->a = get_iter(srcs.get()).release();
  return r;
}
static Ref chain_from_iterable(Value cls, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("from_iterable", nargs, 1, 1)) return nullptr;
  Ref src = get_iter(args[0]);
  if (!src) return nullptr;
  Ref r = make(static_cast<Type*>(cls.ptr()));
  as_it(r.get())->a = src.release();
  return r;
}
static Ref chain_next(Value self) {
  It* it = as_it(self);
  for (;;) {
    if (!it->b) {
      if (!it->a) return nullptr;
      Ref next = iter_next(it->a);
      if (!next) return err_occurred() ? nullptr : stop(it);
      Ref sub = get_iter(next.get());
      if (!sub) return nullptr;
      it->b = sub.release();
    }
    Ref v = iter_next(it->b);
    if (v || err_occurred()) return v;
    set(it->b, kNull);
  }
}

// ---- product(*iterables, repeat=1): a = tuple of pools, idx = positions -------------------------

static Ref product_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  int64_t repeat = 1;
  for (size_t k = 0; kw && k < kw->n; ++k) {
    if (sv(kw->items[k]) != "repeat")
      return raisef(I.TypeError, "product() got an unexpected keyword argument '%s'", as_str(kw->items[k])->data);
    if (index_of(args[nargs + k], &repeat) < 0) return nullptr;
  }
  if (repeat < 0) return raise(I.ValueError, "repeat argument cannot be negative");
  std::vector<Ref> pools;
  for (size_t i = 0; i < nargs; ++i) {
    Ref p = sequence_tuple(args[i]);
    if (!p) return nullptr;
    pools.push_back(std::move(p));
  }
  size_t np = nargs * size_t(repeat);
  Ref all = new_tuple(np);
  for (size_t i = 0; i < np; ++i) as_tuple(all.get())->items[i] = newref(pools[i % nargs].get());
  Ref r = make(t);
  as_it(r.get())->a = all.release();
  as_it(r.get())->idx.assign(np, 0);
  return r;
}
static Ref tuple_of(Value pool, const std::vector<int64_t>& idx, size_t r) {
  Ref out = new_tuple(r);
  for (size_t i = 0; i < r; ++i) as_tuple(out.get())->items[i] = newref(as_tuple(pool)->items[idx[i]]);
  return out;
}
static Ref product_next(Value self) {
  It* it = as_it(self);
  if (it->state == 2) return nullptr;
  Tuple* pools = as_tuple(it->a);
  if (it->state == 0) {
    it->state = 1;
    for (size_t i = 0; i < pools->n; ++i)
      if (as_tuple(pools->items[i])->n == 0) return stop(it);
  } else {
    size_t i = pools->n;
    for (; i-- > 0;) {
      if (++it->idx[i] < int64_t(as_tuple(pools->items[i])->n)) break;
      it->idx[i] = 0;
    }
    if (i == size_t(-1)) return stop(it);
  }
  Ref out = new_tuple(pools->n);
  for (size_t i = 0; i < pools->n; ++i)
    as_tuple(out.get())->items[i] = newref(as_tuple(pools->items[i])->items[it->idx[i]]);
  return out;
}

// ---- accumulate(iterable, func=None, *, initial=None): a = source, b = func, c = total,
//      d = initial not yet produced ------------------------------------------------------------------

static Ref accumulate_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  Value a[3];
  if (!parse_args("accumulate", args, nargs, kw, {"iterable", "func", "initial"}, 1, a)) return nullptr;
  Ref src = get_iter(a[0]);
  if (!src) return nullptr;
  Ref r = make(t);
  It* it = as_it(r.get());
  it->a = src.release();
  it->b = a[1] && a[1] != kNone ? newref(a[1]) : kNull;
  it->d = a[2] && a[2] != kNone ? newref(a[2]) : kNull;
  return r;
}
static Ref accumulate_next(Value self) {
  It* it = as_it(self);
  if (it->d) {
    it->c = it->d;
    it->d = kNull;
    return Ref::borrow(it->c);
  }
  if (!it->a) return nullptr;
  Ref v = iter_next(it->a);
  if (!v) return err_occurred() ? nullptr : stop(it);
  if (!it->c) {
    it->c = newref(v.get());
    return v;
  }
  Ref total = it->b ? call2(it->b, it->c, v.get()) : binary_op(it->c, v.get(), kAdd);
  if (!total) return nullptr;
  set(it->c, newref(total.get()));
  return total;
}

// ---- permutations / combinations / combinations_with_replacement: a = pool tuple, n = len,
//      m = r, idx = indices, cyc = cycles (permutations) --------------------------------------------

static Ref combinatoric_new(Type* t, const char* name, const Value* args, size_t nargs, Tuple* kw, bool r_required) {
  Interpreter& I = interp();
  Value a[2];
  if (!parse_args(name, args, nargs, kw, {"iterable", "r"}, r_required ? 2 : 1, a)) return nullptr;
  Ref pool = sequence_tuple(a[0]);
  if (!pool) return nullptr;
  int64_t n = int64_t(as_tuple(pool.get())->n), r = n;
  if (a[1] && a[1] != kNone) {
    if (!is_int(a[1])) return raisef(I.TypeError, "Expected int as r");
    if (index_of(a[1], &r) < 0) return nullptr;
  }
  if (r < 0) return raise(I.ValueError, "r must be non-negative");
  Ref res = make(t);
  It* it = as_it(res.get());
  it->a = pool.release();
  it->n = n, it->m = r;
  return res;
}
static Ref permutations_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  Ref res = combinatoric_new(t, "permutations", args, nargs, kw, false);
  if (!res) return nullptr;
  It* it = as_it(res.get());
  for (int64_t i = 0; i < it->n; ++i) it->idx.push_back(i);
  for (int64_t i = 0; i < it->m && it->m <= it->n; ++i) it->cyc.push_back(it->n - i);
  return res;
}
static Ref permutations_next(Value self) {
  It* it = as_it(self);
  if (it->state == 2) return nullptr;
  int64_t n = it->n, r = it->m;
  if (it->state == 0) {
    it->state = 1;
    if (r > n) return stop(it);
    return tuple_of(it->a, it->idx, size_t(r));
  }
  if (n == 0) return stop(it);
  for (int64_t i = r - 1; i >= 0; --i) {
    if (--it->cyc[i] == 0) {
      std::rotate(it->idx.begin() + i, it->idx.begin() + i + 1, it->idx.end());
      it->cyc[i] = n - i;
    } else {
      std::swap(it->idx[i], it->idx[n - it->cyc[i]]);
      return tuple_of(it->a, it->idx, size_t(r));
    }
  }
  return stop(it);
}
static Ref combinations_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  Ref res = combinatoric_new(t, "combinations", args, nargs, kw, true);
  if (!res) return nullptr;
  It* it = as_it(res.get());
  for (int64_t i = 0; i < it->m && it->m <= it->n; ++i) it->idx.push_back(i);
  return res;
}
static Ref combinations_next(Value self) {
  It* it = as_it(self);
  if (it->state == 2) return nullptr;
  int64_t n = it->n, r = it->m;
  if (it->state == 0) {
    it->state = 1;
    if (r > n) return stop(it);
    return tuple_of(it->a, it->idx, size_t(r));
  }
  int64_t i = r - 1;
  while (i >= 0 && it->idx[i] == i + n - r) --i;
  if (i < 0) return stop(it);
  ++it->idx[i];
  for (int64_t j = i + 1; j < r; ++j) it->idx[j] = it->idx[j - 1] + 1;
  return tuple_of(it->a, it->idx, size_t(r));
}
static Ref cwr_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  Ref res = combinatoric_new(t, "combinations_with_replacement", args, nargs, kw, true);
  if (!res) return nullptr;
  It* it = as_it(res.get());
  it->idx.assign(size_t(it->m), 0);
  return res;
}
static Ref cwr_next(Value self) {
  It* it = as_it(self);
  if (it->state == 2) return nullptr;
  int64_t n = it->n, r = it->m;
  if (it->state == 0) {
    it->state = 1;
    if (n == 0 && r > 0) return stop(it);
    return tuple_of(it->a, it->idx, size_t(r));
  }
  int64_t i = r - 1;
  while (i >= 0 && it->idx[i] == n - 1) --i;
  if (i < 0) return stop(it);
  int64_t v = it->idx[i] + 1;
  for (int64_t j = i; j < r; ++j) it->idx[j] = v;
  return tuple_of(it->a, it->idx, size_t(r));
}

// ---- zip_longest(*iterables, fillvalue=None): a = tuple of iterators, b = fillvalue,
//      idx[i] = 1 while iterator i is active, n = active count ----------------------------------------

static Ref zip_longest_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  Value fill = kNone;
  for (size_t k = 0; kw && k < kw->n; ++k) {
    if (sv(kw->items[k]) != "fillvalue") return raise(I.TypeError, "zip_longest() got an unexpected keyword argument");
    fill = args[nargs + k];
  }
  Ref its = new_tuple(nargs);
  for (size_t i = 0; i < nargs; ++i) {
    Ref s = get_iter(args[i]);
    if (!s) {
      if (err_matches(I.TypeError)) {
        clear_error();
        return raisef(I.TypeError, "zip_longest argument #%zu must support iteration", i + 1);
      }
      return nullptr;
    }
    as_tuple(its.get())->items[i] = s.release();
  }
  Ref r = make(t);
  It* it = as_it(r.get());
  it->a = its.release();
  it->b = newref(fill);
  it->idx.assign(nargs, 1);
  it->n = int64_t(nargs);
  return r;
}
static Ref zip_longest_next(Value self) {
  It* it = as_it(self);
  if (it->state == 2 || it->n == 0) return nullptr;
  Tuple* its = as_tuple(it->a);
  Ref out = new_tuple(its->n);
  for (size_t i = 0; i < its->n; ++i) {
    Ref v;
    if (it->idx[i]) {
      v = iter_next(its->items[i]);
      if (!v) {
        if (err_occurred()) return nullptr;
        it->idx[i] = 0;
        if (--it->n == 0) {
          it->state = 2;
          return nullptr;
        }
      }
    }
    as_tuple(out.get())->items[i] = v ? v.release() : newref(it->b);
  }
  return out;
}

// ---- groupby(iterable, key=None): a = source, b = key function, c = target key, d = current
//      key, e = current value, current = the live _grouper. _grouper: a = groupby, b = its key ----

static int groupby_step(It* g) {
  Ref v = iter_next(g->a);
  if (!v) return -1;  // exhausted or error: the caller checks err_occurred()
  Ref key = g->b ? call1(g->b, v.get()) : v;
  if (!key) return -1;
  set(g->e, v.release());
  set(g->d, key.release());
  return 0;
}
static Ref groupby_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args("groupby", args, nargs, kw, {"iterable", "key"}, 1, a)) return nullptr;
  Ref src = get_iter(a[0]);
  if (!src) return nullptr;
  Ref r = make(t);
  as_it(r.get())->a = src.release();
  as_it(r.get())->b = a[1] && a[1] != kNone ? newref(a[1]) : kNull;
  return r;
}
static Ref groupby_next(Value self) {
  It* g = as_it(self);
  g->current = nullptr;
  for (;;) {
    if (!g->d) {
      // no current key yet
    } else if (!g->c) {
      break;
    } else {
      int eq = rich_compare_bool(g->c, g->d, kEq);
      if (eq < 0) return nullptr;
      if (eq == 0) break;
    }
    if (groupby_step(g) < 0) return nullptr;
  }
  set(g->c, newref(g->d));
  Ref grouper = make(type_for(kGrouper));
  as_it(grouper.get())->a = newref(self);
  as_it(grouper.get())->b = newref(g->c);
  g->current = grouper.ptr();
  return tuple_pack({g->d, grouper.get()});
}
static Ref grouper_next(Value self) {
  It* gr = as_it(self);
  It* g = as_it(gr->a);
  if (g->current != gr) return nullptr;
  if (!g->e && groupby_step(g) < 0) return nullptr;
  int eq = rich_compare_bool(gr->b, g->d, kEq);
  if (eq <= 0) return nullptr;
  Ref v = Ref::steal(g->e);
  g->e = kNull;
  set(g->d, kNull);
  return v;
}

// ---- starmap / takewhile / dropwhile / filterfalse / compress / pairwise -----------------------
//      a = source iterator, b = function (or selectors for compress), c = previous (pairwise)

static Ref func_iter_new(Type* t, const char* name, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(name, kw)) return nullptr;
  if (nargs != 2) return raisef(interp().TypeError, "%s expected 2 arguments, got %zu", name, nargs);
  Ref src = get_iter(args[1]);
  if (!src) return nullptr;
  Ref r = make(t);
  as_it(r.get())->a = src.release();
  as_it(r.get())->b = newref(args[0]);
  return r;
}
static Ref starmap_new(Type* t, const Value* args, size_t nargs, Tuple* kw) { return func_iter_new(t, "starmap", args, nargs, kw); }
static Ref starmap_next(Value self) {
  It* it = as_it(self);
  Ref v = iter_next(it->a);
  if (!v) return nullptr;
  Ref a = sequence_tuple(v.get());
  if (!a) return nullptr;
  return call(it->b, as_tuple(a.get())->items, as_tuple(a.get())->n);
}
static Ref takewhile_new(Type* t, const Value* args, size_t nargs, Tuple* kw) { return func_iter_new(t, "takewhile", args, nargs, kw); }
static Ref takewhile_next(Value self) {
  It* it = as_it(self);
  if (it->state == 2) return nullptr;
  Ref v = iter_next(it->a);
  if (!v) return nullptr;
  Ref ok = call1(it->b, v.get());
  if (!ok) return nullptr;
  int t = truth(ok.get());
  if (t < 0) return nullptr;
  if (t) return v;
  it->state = 2;
  return nullptr;
}
static Ref dropwhile_new(Type* t, const Value* args, size_t nargs, Tuple* kw) { return func_iter_new(t, "dropwhile", args, nargs, kw); }
static Ref dropwhile_next(Value self) {
  It* it = as_it(self);
  for (;;) {
    Ref v = iter_next(it->a);
    if (!v || it->state == 1) return v;
    Ref ok = call1(it->b, v.get());
    if (!ok) return nullptr;
    int t = truth(ok.get());
    if (t < 0) return nullptr;
    if (!t) {
      it->state = 1;
      return v;
    }
  }
}
static Ref filterfalse_new(Type* t, const Value* args, size_t nargs, Tuple* kw) { return func_iter_new(t, "filterfalse", args, nargs, kw); }
static Ref filterfalse_next(Value self) {
  It* it = as_it(self);
  for (;;) {
    Ref v = iter_next(it->a);
    if (!v) return nullptr;
    int t;
    if (it->b == kNone || it->b == Value::from_ptr(interp().bool_type)) {
      t = truth(v.get());
    } else {
      Ref ok = call1(it->b, v.get());
      if (!ok) return nullptr;
      t = truth(ok.get());
    }
    if (t < 0) return nullptr;
    if (!t) return v;
  }
}
static Ref compress_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args("compress", args, nargs, kw, {"data", "selectors"}, 2, a)) return nullptr;
  Ref data = get_iter(a[0]);
  if (!data) return nullptr;
  Ref sel = get_iter(a[1]);
  if (!sel) return nullptr;
  Ref r = make(t);
  as_it(r.get())->a = data.release();
  as_it(r.get())->b = sel.release();
  return r;
}
static Ref compress_next(Value self) {
  It* it = as_it(self);
  for (;;) {
    Ref v = iter_next(it->a);
    if (!v) return nullptr;
    Ref s = iter_next(it->b);
    if (!s) return nullptr;
    int t = truth(s.get());
    if (t < 0) return nullptr;
    if (t) return v;
  }
}
static Ref pairwise_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs("pairwise", kw) || !check_nargs("pairwise", nargs, 1, 1)) return nullptr;
  Ref src = get_iter(args[0]);
  if (!src) return nullptr;
  Ref r = make(t);
  as_it(r.get())->a = src.release();
  return r;
}
static Ref pairwise_next(Value self) {
  It* it = as_it(self);
  if (!it->a) return nullptr;
  if (!it->c) {
    Ref first = iter_next(it->a);
    if (!first) return err_occurred() ? nullptr : stop(it);
    it->c = first.release();
  }
  Ref v = iter_next(it->a);
  if (!v) {
    set(it->c, kNull);
    return err_occurred() ? nullptr : stop(it);
  }
  Ref pair = tuple_pack({it->c, v.get()});
  set(it->c, v.release());
  return pair;
}

// ---- tee(iterable, n=2): the tees share a linked list of buffers ("_tee_dataobject"s of
//      kLinkCells values: a = source iterator, b = next buffer, cyc = values as raw bits,
//      n = how many were read). A _tee: a = its buffer, n = position in it. Buffers no tee
//      points to any more are freed by reference counting. --------------------------------------

static constexpr int64_t kLinkCells = 57;

static Ref teedata_new(Value src) {
  Ref d = make(type_for(kTeeData));
  as_it(d.get())->a = newref(src);
  return d;
}
static void teedata_finalize(Object* o) {
  It* d = static_cast<It*>(o);
  for (int64_t v : d->cyc) decref(Value::from_bits(uint64_t(v)));
  d->cyc.clear();
  it_finalize(o);
}
static void teedata_traverse(Object* o, VisitFn visit, void* arg) {
  It* d = static_cast<It*>(o);
  for (int64_t v : d->cyc) visit(Value::from_bits(uint64_t(v)), arg);
  it_traverse(o, visit, arg);
}
static void teedata_clear(Object* o) {
  It* d = static_cast<It*>(o);
  std::vector<int64_t> vals;
  vals.swap(d->cyc);
  for (int64_t v : vals) decref(Value::from_bits(uint64_t(v)));
  it_clear(o);
}
static Ref make_tee(Value data, int64_t pos) {
  Ref t = make(type_for(kTee));
  as_it(t.get())->a = newref(data);
  as_it(t.get())->n = pos;
  return t;
}
static Ref tee_next(Value self) {
  It* t = as_it(self);
  It* d = as_it(t->a);
  if (t->n >= kLinkCells) {
    if (!d->b) d->b = teedata_new(d->a).release();
    set(t->a, newref(d->b));
    t->n = 0;
    d = as_it(t->a);
  }
  if (t->n < int64_t(d->cyc.size())) return Ref::borrow(Value::from_bits(uint64_t(d->cyc[size_t(t->n++)])));
  if (d->state == 1) return raise(interp().RuntimeError, "cannot re-enter the tee iterator");
  d->state = 1;
  Ref v = iter_next(d->a);
  d->state = 0;
  if (!v) return nullptr;
  d->cyc.push_back(int64_t(newref(v.get()).bits()));
  ++t->n;
  return v;
}
static Ref tee_copy(Value self, const Value*, size_t, Tuple*) { return make_tee(as_it(self)->a, as_it(self)->n); }
static Ref tee_type_new(Type*, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs("_tee", kw) || !check_nargs("_tee", nargs, 1, 1)) return nullptr;
  Ref src = get_iter(args[0]);
  if (!src) return nullptr;
  if (type_of(src.get()) == type_for(kTee)) return tee_copy(src.get(), nullptr, 0, nullptr);
  Ref data = teedata_new(src.get());
  return make_tee(data.get(), 0);
}
static Ref it_tee(Value, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("tee", nargs, 1, 2)) return nullptr;
  int64_t n = 2;
  if (nargs == 2 && index_of(args[1], &n) < 0) return nullptr;
  if (n < 0) return raise(I.ValueError, "n must be >= 0");
  Ref out = new_tuple(size_t(n));
  if (n == 0) return out;
  Ref src = get_iter(args[0]);
  if (!src) return nullptr;
  Ref first;
  if (type_of(src.get()) == type_for(kTee) || type_lookup(type_of(src.get()), I.names.__copy__)) {
    first = src;  // a copyable iterator is itself the first result, as in CPython
  } else {
    Ref data = teedata_new(src.get());
    first = make_tee(data.get(), 0);
  }
  if (!first) return nullptr;
  as_tuple(out.get())->items[0] = newref(first.get());
  for (int64_t i = 1; i < n; ++i) {
    Ref c = call_method(first.get(), I.names.__copy__, nullptr, 0);
    if (!c) return nullptr;
    as_tuple(out.get())->items[i] = c.release();
  }
  return out;
}

// ---- module ------------------------------------------------------------------------------------

static Ref init_itertools(Interpreter& I) {
  struct Def {
    Kind kind;
    const char* name;
    Ref (*nw)(Type*, const Value*, size_t, Tuple*);
    Ref (*next)(Value);
  };
  static const Def defs[] = {
      {kCount, "count", count_new, count_next}, {kCycle, "cycle", cycle_new, cycle_next},
      {kRepeat, "repeat", repeat_new, repeat_next}, {kIslice, "islice", islice_new, islice_next},
      {kChain, "chain", chain_new, chain_next}, {kProduct, "product", product_new, product_next},
      {kAccumulate, "accumulate", accumulate_new, accumulate_next},
      {kPermutations, "permutations", permutations_new, permutations_next},
      {kCombinations, "combinations", combinations_new, combinations_next},
      {kCwr, "combinations_with_replacement", cwr_new, cwr_next},
      {kZipLongest, "zip_longest", zip_longest_new, zip_longest_next}, {kGroupby, "groupby", groupby_new, groupby_next},
      {kGrouper, "_grouper", nullptr, grouper_next}, {kStarmap, "starmap", starmap_new, starmap_next},
      {kTakewhile, "takewhile", takewhile_new, takewhile_next}, {kDropwhile, "dropwhile", dropwhile_new, dropwhile_next},
      {kFilterfalse, "filterfalse", filterfalse_new, filterfalse_next},
      {kCompress, "compress", compress_new, compress_next}, {kTee, "_tee", tee_type_new, tee_next},
      {kTeeData, "_tee_dataobject", nullptr, nullptr}, {kPairwise, "pairwise", pairwise_new, pairwise_next}};
  Ref m = new_module("itertools");
  for (const Def& d : defs) {
    Type* t = type_for(d.kind) = new_builtin_type(I, d.name, I.object_type, sizeof(It), kTypeGc | (d.nw ? uint32_t(kTypeBaseType) : 0u));
    decref(t->module);
    t->module = new_str("itertools").release();
    t->finalize = d.kind == kTeeData ? teedata_finalize : it_finalize;
    t->traverse = d.kind == kTeeData ? teedata_traverse : it_traverse;
    t->clear = d.kind == kTeeData ? teedata_clear : it_clear;
    t->tp_new = d.nw;
    t->init = nullptr;
    if (d.next) {
      t->iter = self_iter;
      t->iternext = d.next;
    }
    if (d.name[0] != '_' || d.kind == kTee) module_add(m.get(), d.name, Value::from_ptr(t));
  }
  type_for(kCount)->repr = count_repr;
  type_for(kRepeat)->repr = repeat_repr;
  static const MethodDef chain_m[] = {{"from_iterable", chain_from_iterable, MethodDef::kClassMethod}, {nullptr, nullptr}};
  add_methods(I, type_for(kChain), chain_m);
  static const MethodDef repeat_m[] = {{"__length_hint__", repeat_length_hint}, {nullptr, nullptr}};
  add_methods(I, type_for(kRepeat), repeat_m);
  static const MethodDef tee_m[] = {{"__copy__", tee_copy}, {nullptr, nullptr}};
  add_methods(I, type_for(kTee), tee_m);
  static const MethodDef fns[] = {{"tee", it_tee}, {nullptr, nullptr}};
  module_add_functions(m.get(), fns);
  return m;
}

void register_module_itertools(Interpreter& I) { register_native_module(I, "itertools", init_itertools); }

}  // namespace py
