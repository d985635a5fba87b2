// modules/random.cpp — the random module: a Random class over num::Random (MT19937 and the
// algorithms of CPython 3.11's random.py), and module functions that are bound methods of
// one hidden instance, as in CPython.
#include "py/modules/random.hpp"

#include <algorithm>
#include <cmath>

#include "py/errors.hpp"
#include "py/module.hpp"
#include "py/num/random.hpp"

namespace py {

struct RandomObj : Object { num::Random r; };

static Type*& random_type() {
  static Type* t = nullptr;
  return t;
}
static num::Random& rng(Value self) { return static_cast<RandomObj*>(self.ptr())->r; }
static Ref num_fail(const num::Error& e) { return raise_num(e); }

// random.seed(a): None → entropy; int → |a|; str/bytes/bytearray → version 2 (sha512);
// anything else hashable → hash(a), as _random.Random.seed does.
static bool seed_from(Value self, Value a) {
  Interpreter& I = interp();
  num::Random& r = rng(self);
  if (!a || a == kNone) {
    r.seed_entropy();
  } else if (is_int(a)) {
    num::BigInt n;
    to_bigint(a, n);
    r.seed(n);
  } else if (isinstance(a, I.str_type)) {
    r.seed_bytes(sv(a));
  } else if (isinstance(a, I.bytes_type) || isinstance(a, I.bytearray_type)) {
    Ref b = isinstance(a, I.bytes_type) ? Ref::borrow(a) : call1(Value::from_ptr(I.bytes_type), a);
    if (!b) return false;
    Bytes* bb = static_cast<Bytes*>(b.ptr());
    r.seed_bytes(std::string_view(reinterpret_cast<const char*>(bb->data), bb->n));
  } else {
    int64_t h = hash(a);
    if (h == -1 && err_occurred()) return false;
    r.seed(num::BigInt(h));
  }
  return true;
}

static Ref random_new(Type* t, const Value* args, size_t nargs, Tuple*) {
  if (nargs > 1) return raise(interp().TypeError, "Random() requires 0 or 1 argument");
  RandomObj* o = static_cast<RandomObj*>(alloc_object(t, t->basicsize));
  new (&o->r) num::Random();
  if (t->has_gc()) gc_track(o);
  Ref r = Ref::steal(Value::from_ptr(o));
  // Random(x) seeds here; a subclass __init__ with other arguments seeds itself.
  if (!seed_from(r.get(), nargs ? args[0] : kNull)) return nullptr;
  return r;
}
static int random_init(Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs("Random", kw) || !check_nargs("Random", nargs, 0, 1)) return -1;
  (void)args;
  return 0;
}
static void random_finalize(Object* o) { static_cast<RandomObj*>(o)->r.~Random(); }

static Ref m_seed(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args("seed", args, nargs, kw, {"a", "version"}, 0, a)) return nullptr;
  if (!seed_from(self, a[0])) return nullptr;
  return Ref::steal(kNone);
}
static Ref m_random(Value self, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("random", nargs, 0, 0)) return nullptr;
  return new_float(rng(self).random());
}
static Ref m_getrandbits(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("getrandbits", nargs, 1, 1)) return nullptr;
  int64_t k;
  if (index_of(args[0], &k) < 0) return nullptr;
  if (k < 0) return raise(interp().ValueError, "number of bits must be non-negative");
  return new_int(rng(self).mt.getrandbits(uint64_t(k)));
}
static Ref m_randbytes(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("randbytes", nargs, 1, 1)) return nullptr;
  int64_t n;
  if (index_of(args[0], &n) < 0) return nullptr;
  if (n < 0) return raise(interp().ValueError, "negative argument not allowed");
  return new_bytes(rng(self).randbytes(size_t(n)));
}
static Ref m_getstate(Value self, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs("getstate", nargs, 0, 0)) return nullptr;
  num::Random& r = rng(self);
  auto st = r.mt.getstate();
  Ref words = new_tuple(st.size());
  for (size_t i = 0; i < st.size(); ++i) as_tuple(words.get())->items[i] = new_int(int64_t(st[i])).release();
  Ref g = r.gauss_next ? new_float(*r.gauss_next) : Ref::borrow(kNone);
  return tuple_pack({Value::small_int(3), words.get(), g.get()});
}
static Ref m_setstate(Value self, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("setstate", nargs, 1, 1)) return nullptr;
  Value s = args[0];
  if (!isinstance(s, I.tuple_type) || as_tuple(s)->n < 1) return raise(I.TypeError, "state vector must be a tuple");
  Value version = as_tuple(s)->items[0];
  size_t n = as_tuple(s)->n;
  if (version != Value::small_int(3) && version != Value::small_int(2))
    return raisef(I.ValueError, "state with version %s passed to Random.setstate() of version 3", repr_utf8(version).c_str());
  if (n < 3) return raisef(I.ValueError, "not enough values to unpack (expected 3, got %zu)", n);
  if (n > 3) return raise(I.ValueError, "too many values to unpack (expected 3)");
  if (version != Value::small_int(3)) return raise(I.ValueError, "state vector is the wrong size");
  const Value* items = as_tuple(s)->items;
  Value words = items[1], g = items[2];
  if (!isinstance(words, I.tuple_type)) return raise(I.TypeError, "state vector must be a tuple");
  if (as_tuple(words)->n != num::MersenneTwister::N + 1) return raise(I.ValueError, "state vector is the wrong size");
  std::array<uint32_t, num::MersenneTwister::N + 1> st;
  for (size_t i = 0; i < st.size(); ++i) {
    int64_t w;
    Value v = as_tuple(words)->items[i];
    if (!is_int(v)) return raise(I.TypeError, "state vector items must be integers");
    if (!int_to_int64(v, &w) || w < 0 || w > int64_t(UINT32_MAX)) return raise(I.OverflowError, "Python int too large to convert to C unsigned long");
    st[i] = uint32_t(w);
  }
  std::optional<double> gn;
  if (g != kNone) {
    double d;
    if (!to_double(g, &d)) return nullptr;
    gn = d;
  }
  num::Error err;
  if (!rng(self).mt.setstate(st, err)) return num_fail(err);
  rng(self).gauss_next = gn;
  return Ref::steal(kNone);
}

// An argument of randrange/randint: an int, or an integral float (accepted with a
// deprecation in 3.11); `what` names it in CPython's ValueError.
static bool rr_int(Value v, const char* what, num::BigInt& out) {
  Interpreter& I = interp();
  if (is_int(v)) return to_bigint(v, out);
  if (isinstance(v, I.float_type)) {
    double d = float_value(v);
    if (std::isfinite(d) && d == std::floor(d)) return num::BigInt::from_double(d, out);
    return raisef(I.ValueError, "non-integer %s for randrange()", what), false;
  }
  int64_t n;
  if (index_of(v, &n) < 0) return false;
  out = num::BigInt(n);
  return true;
}

static Ref randrange_impl(Value self, Value start, Value stop, Value step) {
  Interpreter& I = interp();
  num::BigInt a, b, c(1), out;
  num::Error err;
  if (!rr_int(start, "arg 1", a)) return nullptr;
  if (!stop || stop == kNone) {
    if (step && step != Value::small_int(1)) return raise(I.TypeError, "Missing a non-None stop argument");
    if (!rng(self).randrange(a, out, err)) return num_fail(err);
    return new_int(out);
  }
  if (!rr_int(stop, "stop", b)) return nullptr;
  if (step && !rr_int(step, "step", c)) return nullptr;
  if (!rng(self).randrange(a, b, c, out, err)) return num_fail(err);
  return new_int(out);
}
static Ref m_randrange(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[3];
  if (!parse_args("randrange", args, nargs, kw, {"start", "stop", "step"}, 1, a)) return nullptr;
  return randrange_impl(self, a[0], a[1], a[2]);
}
static Ref m_randint(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args("randint", args, nargs, kw, {"a", "b"}, 2, a)) return nullptr;
  num::BigInt lo, hi;
  if (!rr_int(a[0], "arg 1", lo) || !rr_int(a[1], "stop", hi)) return nullptr;
  Ref stop = new_int(hi + num::BigInt(1));
  return randrange_impl(self, a[0], stop.get(), kNull);
}

static bool double_arg(Value v, double dflt, double* out) {
  if (!v) return *out = dflt, true;
  return to_double(v, out);
}
static Ref m_uniform(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  double lo, hi;
  if (!parse_args("uniform", args, nargs, kw, {"a", "b"}, 2, a) || !to_double(a[0], &lo) || !to_double(a[1], &hi))
    return nullptr;
  return new_float(rng(self).uniform(lo, hi));
}
static Ref m_triangular(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[3];
  double lo, hi, mode;
  if (!parse_args("triangular", args, nargs, kw, {"low", "high", "mode"}, 0, a) || !double_arg(a[0], 0.0, &lo) ||
      !double_arg(a[1], 1.0, &hi))
    return nullptr;
  std::optional<double> m;
  if (a[2] && a[2] != kNone) {
    if (!to_double(a[2], &mode)) return nullptr;
    m = mode;
  }
  return new_float(rng(self).triangular(lo, hi, m));
}

// The two-parameter distributions with defaults (mu, sigma) etc.
template <double (num::Random::*F)(double, double)>
static Ref dist2(const char* name, std::initializer_list<const char*> names, double d0, double d1, size_t required,
                 Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  double x, y;
  if (!parse_args(name, args, nargs, kw, names, required, a) || !double_arg(a[0], d0, &x) || !double_arg(a[1], d1, &y))
    return nullptr;
  return new_float((rng(self).*F)(x, y));
}
static Ref m_gauss(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return dist2<&num::Random::gauss>("gauss", {"mu", "sigma"}, 0.0, 1.0, 0, self, args, nargs, kw);
}
static Ref m_normalvariate(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return dist2<&num::Random::normalvariate>("normalvariate", {"mu", "sigma"}, 0.0, 1.0, 0, self, args, nargs, kw);
}
static Ref m_lognormvariate(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return dist2<&num::Random::lognormvariate>("lognormvariate", {"mu", "sigma"}, 0.0, 0.0, 2, self, args, nargs, kw);
}
static Ref m_vonmisesvariate(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return dist2<&num::Random::vonmisesvariate>("vonmisesvariate", {"mu", "kappa"}, 0.0, 0.0, 2, self, args, nargs, kw);
}
static Ref m_weibullvariate(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return dist2<&num::Random::weibullvariate>("weibullvariate", {"alpha", "beta"}, 0.0, 0.0, 2, self, args, nargs, kw);
}
static Ref m_paretovariate(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1];
  double x;
  if (!parse_args("paretovariate", args, nargs, kw, {"alpha"}, 1, a) || !to_double(a[0], &x)) return nullptr;
  return new_float(rng(self).paretovariate(x));
}
static Ref m_expovariate(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1];
  double x, out;
  num::Error err;
  if (!parse_args("expovariate", args, nargs, kw, {"lambd"}, 1, a) || !to_double(a[0], &x)) return nullptr;
  if (!rng(self).expovariate(x, out, err)) return num_fail(err);
  return new_float(out);
}
template <bool (num::Random::*F)(double, double, double&, num::Error&)>
static Ref dist2_err(const char* name, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  double x, y, out;
  num::Error err;
  if (!parse_args(name, args, nargs, kw, {"alpha", "beta"}, 2, a) || !to_double(a[0], &x) || !to_double(a[1], &y))
    return nullptr;
  if (!(rng(self).*F)(x, y, out, err)) return num_fail(err);
  return new_float(out);
}
static Ref m_gammavariate(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return dist2_err<&num::Random::gammavariate>("gammavariate", self, args, nargs, kw);
}
static Ref m_betavariate(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return dist2_err<&num::Random::betavariate>("betavariate", self, args, nargs, kw);
}

// ---- sequence operations ------------------------------------------------------------------

static Ref m_choice(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("choice", nargs, 1, 1)) return nullptr;
  int64_t n = length(args[0]);
  if (n < 0) return nullptr;
  size_t i;
  num::Error err;
  if (!rng(self).choice(size_t(n), i, err)) return num_fail(err);
  Ref idx = new_int(int64_t(i));
  return getitem(args[0], idx.get());
}

static Ref m_shuffle(Value self, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("shuffle", nargs, 1, 1)) return nullptr;
  Value x = args[0];
  int64_t n = length(x);
  if (n < 0) return nullptr;
  if (isinstance_exact(x, I.list_type)) {
    List* l = as_list(x);
    rng(self).shuffle(size_t(n), [&](size_t i, size_t j) {
      if (i < l->items.size() && j < l->items.size()) std::swap(l->items[i], l->items[j]);
    });
    return Ref::steal(kNone);
  }
  bool ok = true;
  rng(self).shuffle(size_t(n), [&](size_t i, size_t j) {
    if (!ok) return;
    Ref ki = new_int(int64_t(i)), kj = new_int(int64_t(j));
    Ref a = getitem(x, ki.get());
    Ref b = a ? getitem(x, kj.get()) : nullptr;
    ok = b && setitem(x, ki.get(), b.get()) == 0 && setitem(x, kj.get(), a.get()) == 0;
  });
  return ok ? Ref::steal(kNone) : nullptr;
}

// Population items by index into a new list.
static Ref pick(Value population, const std::vector<size_t>& idx) {
  Ref out = new_list(idx.size());
  Value pop = population;
  bool fast = isinstance(pop, interp().list_type) || isinstance(pop, interp().tuple_type);
  for (size_t i : idx) {
    if (fast) {
      size_t n = isinstance(pop, interp().list_type) ? as_list(pop)->items.size() : as_tuple(pop)->n;
      if (i < n) {
        list_append(out.get(), isinstance(pop, interp().list_type) ? as_list(pop)->items[i] : as_tuple(pop)->items[i]);
        continue;
      }
    }
    Ref k = new_int(int64_t(i));
    Ref v = getitem(pop, k.get());
    if (!v) return nullptr;
    list_append(out.get(), v.get());
  }
  return out;
}

static bool is_sequence(Value v) {
  Interpreter& I = interp();
  Type* t = type_of(v);
  if (isinstance(v, I.dict_type) || isinstance(v, I.set_type) || isinstance(v, I.frozenset_type)) return false;
  return t->getitem && t->len;
}

static Ref m_sample(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  Value a[3];
  if (!parse_args("sample", args, nargs, kw, {"population", "k", "counts"}, 2, a)) return nullptr;
  Value pop = a[0];
  if (!is_sequence(pop)) return raise(I.TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
  int64_t n = length(pop), k;
  if (n < 0 || index_of(a[1], &k) < 0) return nullptr;
  num::Error err;
  std::vector<size_t> idx;
  if (a[2] && a[2] != kNone) {
    // counts: sample positions in the repeated population, then map them back by bisection.
    Ref counts = iterable_to_list(a[2]);
    if (!counts) return nullptr;
    std::vector<int64_t> cum;
    int64_t total = 0;
    for (Value c : as_list(counts.get())->items) {
      int64_t v;
      if (!is_int(c)) return raise(I.TypeError, "Counts must be integers");
      if (!int_to_int64(c, &v)) return raise(I.OverflowError, "Python int too large to convert to C ssize_t");
      cum.push_back(total += v);
    }
    if (int64_t(cum.size()) != n) return raise(I.ValueError, "The number of counts does not match the population");
    if (total <= 0) return raise(I.ValueError, "Total of counts must be greater than zero");
    cum.pop_back();
    if (!rng(self).sample(size_t(total), k, idx, err)) return num_fail(err);
    for (size_t& s : idx) s = size_t(std::upper_bound(cum.begin(), cum.end(), int64_t(s)) - cum.begin());
    return pick(pop, idx);
  }
  if (!rng(self).sample(size_t(n), k, idx, err)) return num_fail(err);
  return pick(pop, idx);
}

static Ref m_choices(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  Value a[4];
  if (!parse_args("choices", args, nargs, kw, {"population", "weights", "cum_weights", "k"}, 1, a)) return nullptr;
  Value pop = a[0];
  int64_t n = length(pop), k = 1;
  if (n < 0 || (a[3] && index_of(a[3], &k) < 0)) return nullptr;
  if (k < 0) k = 0;
  bool has_w = a[1] && a[1] != kNone, has_cw = a[2] && a[2] != kNone;
  std::vector<size_t> idx;
  if (!has_w && !has_cw) {
    idx = rng(self).choices(size_t(n), size_t(k));
    return pick(pop, idx);
  }
  if (has_w && has_cw) return raise(I.TypeError, "Cannot specify both weights and cumulative weights");
  Ref w = iterable_to_list(has_w ? a[1] : a[2]);
  if (!w) return nullptr;
  std::vector<double> cum;
  // Weights accumulate with Python's + (exact for ints), then compare as floats.
  Ref acc;
  for (Value x : as_list(w.get())->items) {
    acc = has_cw ? Ref::borrow(x) : acc ? binary_op(acc.get(), x, kAdd) : Ref::borrow(x);
    if (!acc) return nullptr;
    double d;
    if (!to_double(acc.get(), &d)) return nullptr;
    cum.push_back(d);
  }
  num::Error err;
  if (!rng(self).choices(size_t(n), cum, size_t(k), idx, err)) return num_fail(err);
  return pick(pop, idx);
}

// ---- module -----------------------------------------------------------------------------------

static const MethodDef kMethods[] = {
    {"seed", m_seed}, {"random", m_random}, {"getrandbits", m_getrandbits}, {"randbytes", m_randbytes},
    {"getstate", m_getstate}, {"setstate", m_setstate}, {"randrange", m_randrange}, {"randint", m_randint},
    {"uniform", m_uniform}, {"triangular", m_triangular}, {"gauss", m_gauss}, {"normalvariate", m_normalvariate},
    {"lognormvariate", m_lognormvariate}, {"vonmisesvariate", m_vonmisesvariate},
    {"weibullvariate", m_weibullvariate}, {"paretovariate", m_paretovariate}, {"expovariate", m_expovariate},
    {"gammavariate", m_gammavariate}, {"betavariate", m_betavariate}, {"choice", m_choice},
    {"shuffle", m_shuffle}, {"sample", m_sample}, {"choices", m_choices}, {nullptr, nullptr}};

static Ref init_random(Interpreter& I) {
  Type* t = random_type() = new_builtin_type(I, "Random", I.object_type, sizeof(RandomObj), kTypeBaseType);
  decref(t->module);
  t->module = new_str("random").release();
  t->tp_new = random_new;
  t->init = random_init;
  t->finalize = random_finalize;
  add_methods(I, t, kMethods);

  Ref m = new_module("random");
  module_add(m.get(), "Random", Value::from_ptr(t));
  Ref inst = random_new(t, nullptr, 0, nullptr);
  if (!inst) return nullptr;
  if (I.seed_given) rng(inst.get()).seed(num::BigInt(int64_t(I.random_seed)));
  module_add(m.get(), "_inst", inst.get());
  for (const MethodDef* d = kMethods; d->name; ++d) {
    Ref f = getattr(inst.get(), d->name);
    if (!f) return nullptr;
    module_add(m.get(), d->name, f.get());
  }
  return m;
}

void random_seed(Interpreter& I, int64_t n) {
  I.random_seed = uint64_t(n);
  I.seed_given = true;
  Value m = dict_get_cstr(I.modules, "random");
  Value inst = m && isinstance(m, I.module_type) ? dict_get_cstr(module_dict(m), "_inst") : kNull;
  if (inst && isinstance(inst, random_type())) rng(inst).seed(num::BigInt(n));
}

void register_module_random(Interpreter& I) { register_native_module(I, "random", init_random); }

}  // namespace py
