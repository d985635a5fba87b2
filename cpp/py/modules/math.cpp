// modules/math.cpp — the math module with CPython 3.11's results and errors: libm
// functions checked as math_1/math_2 do ("math domain error" / "math range error"),
// integer functions on BigInt (factorial, comb, perm, gcd, lcm, isqrt), fsum's exact
// summation, floor/ceil/trunc returning ints.
#include <cfloat>
#include <cmath>

#include "py/errors.hpp"
#include "py/module.hpp"
#include "py/num/float.hpp"

namespace py {

using num::BigInt;

static std::nullptr_t domain_error() { return raise(interp().ValueError, "math domain error"); }
static std::nullptr_t range_error() { return raise(interp().OverflowError, "math range error"); }

static bool arg_double(Value v, double* out) {
  if (v.is_small_int()) return *out = double(v.as_small_int()), true;
  return to_double(v, out);
}

// A one-argument libm function: NaN from a non-NaN argument is a domain error; an
// infinite result from a finite argument is a range error if the function can overflow,
// a domain error otherwise (log(0), atanh(1)).
static Ref math_1(const char* name, const Value* args, size_t nargs, double (*f)(double), bool can_overflow) {
  if (!check_nargs(name, nargs, 1, 1)) return nullptr;
  double x;
  if (!arg_double(args[0], &x)) return nullptr;
  double r = f(x);
  if (std::isnan(r) && !std::isnan(x)) return domain_error();
  if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error() : domain_error();
  return new_float(r);
}
#define MATH_1(pyname, cfn, ovf)                                          \
  static Ref m_##pyname(Value, const Value* args, size_t nargs, Tuple*) { \
    return math_1("math." #pyname, args, nargs, [](double x) { return cfn(x); }, ovf); \
  }
MATH_1(sqrt, std::sqrt, false)
MATH_1(exp, std::exp, true)
MATH_1(exp2, std::exp2, true)
MATH_1(expm1, std::expm1, true)
MATH_1(sin, std::sin, false)
MATH_1(cos, std::cos, false)
MATH_1(tan, std::tan, false)
MATH_1(asin, std::asin, false)
MATH_1(acos, std::acos, false)
MATH_1(atan, std::atan, false)
MATH_1(sinh, std::sinh, true)
MATH_1(cosh, std::cosh, true)
MATH_1(tanh, std::tanh, false)
MATH_1(asinh, std::asinh, false)
MATH_1(acosh, std::acosh, false)
MATH_1(atanh, std::atanh, false)
MATH_1(erf, std::erf, false)
MATH_1(erfc, std::erfc, false)
MATH_1(cbrt, std::cbrt, false)
MATH_1(fabs, std::fabs, false)
#undef MATH_1

// gamma and lgamma are CPython's own (Lanczos approximation, g = 6.0246..., exact
// factorials for small integers), not libm's, so results agree to the last bit.
static const double kLanczosG = 6.024680040776729583740234375;
static const double kLanczosGMinusHalf = 5.524680040776729583740234375;
static const double kLanczosNum[13] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
static const double kLanczosDen[13] = {0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
                                       13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};

static double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = 12; i >= 0; --i) num = num * x + kLanczosNum[i], den = den * x + kLanczosDen[i];
  } else {
    for (int i = 0; i < 13; ++i) num = num / x + kLanczosNum[i], den = den / x + kLanczosDen[i];
  }
  return num / den;
}
static double sinpi(double x) {  // sin(pi * x), exact at integers and half-integers
  double y = std::fmod(std::fabs(x), 2.0), r;
  switch (int(std::round(2.0 * y))) {
    case 0: r = std::sin(M_PI * y); break;
    case 1: r = std::cos(M_PI * (y - 0.5)); break;
    case 2: r = std::sin(M_PI * (1.0 - y)); break;
    case 3: r = -std::cos(M_PI * (y - 1.5)); break;
    default: r = std::sin(M_PI * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}

static Ref m_gamma(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("math.gamma", nargs, 1, 1)) return nullptr;
  double x;
  if (!arg_double(args[0], &x)) return nullptr;
  if (std::isnan(x) || x == INFINITY) return new_float(x);
  if (x == -INFINITY || x == 0) return domain_error();
  if (x == std::floor(x)) {
    if (x < 0) return domain_error();
    if (x <= 23) {
      double f = 1;
      for (int i = 2; i < int(x); ++i) f *= i;
      return new_float(f);
    }
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) {
    double r = 1.0 / x;
    if (std::isinf(r)) return range_error();
    return new_float(r);
  }
  if (absx > 200.0) {
    if (x < 0) return new_float(0.0 / sinpi(x));
    return range_error();
  }
  double y = absx + kLanczosGMinusHalf, q, z, r;
  if (absx > kLanczosGMinusHalf) q = y - absx, z = q - kLanczosGMinusHalf;
  else q = y - kLanczosGMinusHalf, z = q - absx;
  z = z * kLanczosG / y;
  if (x < 0) {
    r = -M_PI / sinpi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (std::isinf(r)) return range_error();
  return new_float(r);
}
static Ref m_lgamma(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("math.lgamma", nargs, 1, 1)) return nullptr;
  double x;
  if (!arg_double(args[0], &x)) return nullptr;
  if (std::isnan(x) || std::isinf(x)) return new_float(std::fabs(x));
  if (x == std::floor(x) && x <= 2) {
    if (x <= 0) return domain_error();
    return new_float(0.0);
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return new_float(-std::log(absx));
  double r = std::log(lanczos_sum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
  if (x < 0) r = 1.144729885849400174143427351353058711647 - std::log(std::fabs(sinpi(absx))) - std::log(absx) - r;
  if (std::isinf(r)) return range_error();
  return new_float(r);
}

// log of an int of any size: ints beyond double range go through frexp (as CPython's loghelper).
static bool log_arg(Value v, double (*f)(double), double* out) {
  Interpreter& I = interp();
  if (is_int(v)) {
    BigInt n;
    to_bigint(v, n);
    if (n.sign() <= 0) return domain_error(), false;
    double d;
    if (n.to_double(d) && std::isfinite(d)) return *out = f(d), true;
    int64_t e;
    double m = n.frexp(e);
    *out = f(m) + double(e) * f(2.0);
    return true;
  }
  double x;
  if (!arg_double(v, &x)) return false;
  if (std::isnan(x)) return *out = x, true;
  if (x <= 0) return domain_error(), false;
  *out = f(x);
  (void)I;
  return true;
}
static Ref m_log(Value, const Value* args, size_t nargs, Tuple*) {
  if (nargs < 1 || nargs > 2) return raise(interp().TypeError, "math.log requires 1 to 2 arguments");
  double num, den;
  if (!log_arg(args[0], [](double x) { return std::log(x); }, &num)) return nullptr;
  if (nargs == 1) return new_float(num);
  if (!log_arg(args[1], [](double x) { return std::log(x); }, &den)) return nullptr;
  if (den == 0) return raise(interp().ZeroDivisionError, "float division by zero");
  return new_float(num / den);
}
static Ref m_log2(Value, const Value* args, size_t nargs, Tuple*) {
  double r;
  if (!check_nargs("math.log2", nargs, 1, 1) || !log_arg(args[0], [](double x) { return std::log2(x); }, &r)) return nullptr;
  return new_float(r);
}
static Ref m_log10(Value, const Value* args, size_t nargs, Tuple*) {
  double r;
  if (!check_nargs("math.log10", nargs, 1, 1) || !log_arg(args[0], [](double x) { return std::log10(x); }, &r)) return nullptr;
  return new_float(r);
}
static Ref m_log1p(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("math.log1p", nargs, 1, 1)) return nullptr;
  double x;
  if (!arg_double(args[0], &x)) return nullptr;
  if (x <= -1) return domain_error();
  return new_float(std::log1p(x));
}

static bool two_doubles(const char* name, const Value* args, size_t nargs, double* x, double* y) {
  return check_nargs(name, nargs, 2, 2) && arg_double(args[0], x) && arg_double(args[1], y);
}
static Ref m_pow(Value, const Value* args, size_t nargs, Tuple*) {
  double x, y;
  if (!two_doubles("pow", args, nargs, &x, &y)) return nullptr;
  if (std::isfinite(x) && std::isfinite(y)) {
    if (x == 0 && y < 0) return domain_error();
    if (x < 0 && y != std::floor(y)) return domain_error();
    double r = std::pow(x, y);
    if (std::isinf(r)) return range_error();
    return new_float(r);
  }
  return new_float(std::pow(x, y));  // IEEE special cases match C99 Annex F, as in CPython
}
static Ref m_atan2(Value, const Value* args, size_t nargs, Tuple*) {
  double y, x;
  if (!two_doubles("atan2", args, nargs, &y, &x)) return nullptr;
  return new_float(std::atan2(y, x));
}
static Ref m_copysign(Value, const Value* args, size_t nargs, Tuple*) {
  double x, y;
  if (!two_doubles("copysign", args, nargs, &x, &y)) return nullptr;
  return new_float(std::copysign(x, y));
}
static Ref m_fmod(Value, const Value* args, size_t nargs, Tuple*) {
  double x, y;
  if (!two_doubles("fmod", args, nargs, &x, &y)) return nullptr;
  if (std::isinf(y) && std::isfinite(x)) return new_float(x);
  if ((std::isinf(x) || y == 0) && !std::isnan(x) && !std::isnan(y)) return domain_error();
  return new_float(std::fmod(x, y));
}
static Ref m_remainder(Value, const Value* args, size_t nargs, Tuple*) {
  double x, y;
  if (!two_doubles("remainder", args, nargs, &x, &y)) return nullptr;
  if ((std::isinf(x) || y == 0) && !std::isnan(x) && !std::isnan(y)) return domain_error();
  return new_float(std::remainder(x, y));
}
static Ref m_nextafter(Value, const Value* args, size_t nargs, Tuple*) {
  double x, y;
  if (!two_doubles("nextafter", args, nargs, &x, &y)) return nullptr;
  return new_float(std::nextafter(x, y));
}
static Ref m_ulp(Value, const Value* args, size_t nargs, Tuple*) {
  double x;
  if (!check_nargs("math.ulp", nargs, 1, 1) || !arg_double(args[0], &x)) return nullptr;
  if (std::isnan(x)) return new_float(x);
  x = std::fabs(x);
  if (std::isinf(x)) return new_float(x);
  double next = std::nextafter(x, INFINITY);
  if (std::isinf(next)) return new_float(x - std::nextafter(x, -INFINITY));
  return new_float(next - x);
}
static Ref m_degrees(Value, const Value* args, size_t nargs, Tuple*) {
  double x;
  if (!check_nargs("math.degrees", nargs, 1, 1) || !arg_double(args[0], &x)) return nullptr;
  return new_float(x * (180.0 / M_PI));
}
static Ref m_radians(Value, const Value* args, size_t nargs, Tuple*) {
  double x;
  if (!check_nargs("math.radians", nargs, 1, 1) || !arg_double(args[0], &x)) return nullptr;
  return new_float(x * (M_PI / 180.0));
}
static Ref m_isfinite(Value, const Value* args, size_t nargs, Tuple*) {
  double x;
  if (!check_nargs("math.isfinite", nargs, 1, 1) || !arg_double(args[0], &x)) return nullptr;
  return Ref::steal(bool_value(std::isfinite(x)));
}
static Ref m_isinf(Value, const Value* args, size_t nargs, Tuple*) {
  double x;
  if (!check_nargs("math.isinf", nargs, 1, 1) || !arg_double(args[0], &x)) return nullptr;
  return Ref::steal(bool_value(std::isinf(x)));
}
static Ref m_isnan(Value, const Value* args, size_t nargs, Tuple*) {
  double x;
  if (!check_nargs("math.isnan", nargs, 1, 1) || !arg_double(args[0], &x)) return nullptr;
  return Ref::steal(bool_value(std::isnan(x)));
}
static Ref m_isclose(Value, const Value* args, size_t nargs, Tuple* kw) {
  Value a[4];
  if (!parse_args("isclose", args, nargs, kw, {"a", "b", "rel_tol", "abs_tol"}, 2, a, 2)) return nullptr;
  double x, y, rel = 1e-9, abs_tol = 0.0;
  if (!arg_double(a[0], &x) || !arg_double(a[1], &y)) return nullptr;
  if ((a[2] && !arg_double(a[2], &rel)) || (a[3] && !arg_double(a[3], &abs_tol))) return nullptr;
  if (rel < 0 || abs_tol < 0) return raise(interp().ValueError, "tolerances must be non-negative");
  if (x == y) return Ref::steal(kTrue);
  if (std::isinf(x) || std::isinf(y)) return Ref::steal(kFalse);
  double diff = std::fabs(y - x);
  bool close = diff <= std::fabs(rel * y) || diff <= std::fabs(rel * x) || diff <= abs_tol;
  return Ref::steal(bool_value(close));
}

// ---- float <-> int ---------------------------------------------------------------------

// floor/ceil/trunc: ints are returned as they are, floats rounded to an int, other objects
// must define __floor__/__ceil__/__trunc__ (floor and ceil fall back to float()).
static Ref round_to_int(const char* name, Value v, Str* dunder, double (*f)(double), bool float_fallback) {
  Interpreter& I = interp();
  if (isinstance_exact(v, I.int_type)) return Ref::borrow(v);
  if (is_int(v)) {  // bool and int subclasses give a plain int
    BigInt b;
    to_bigint(v, b);
    return new_int(b);
  }
  if (!isinstance(v, I.float_type)) {
    Value m = type_lookup(type_of(v), dunder);
    if (m) {
      Ref bound = descr_get(m, v, Value::from_ptr(type_of(v)));
      return bound ? call0(bound.get()) : nullptr;
    }
    if (!float_fallback) return raisef(I.TypeError, "type %s doesn't define %s method", type_name(v), dunder->data);
  }
  double x;
  if (!arg_double(v, &x)) return nullptr;
  (void)name;
  BigInt out;
  num::Error err;
  if (!num::float_to_bigint(f(x), out, err)) return raise_num(err);
  return new_int(out);
}
static Ref m_floor(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("math.floor", nargs, 1, 1)) return nullptr;
  return round_to_int("floor", args[0], interp().names.__floor__, [](double x) { return std::floor(x); }, true);
}
static Ref m_ceil(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("math.ceil", nargs, 1, 1)) return nullptr;
  return round_to_int("ceil", args[0], interp().names.__ceil__, [](double x) { return std::ceil(x); }, true);
}
static Ref m_trunc(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("math.trunc", nargs, 1, 1)) return nullptr;
  return round_to_int("trunc", args[0], interp().names.__trunc__, [](double x) { return std::trunc(x); }, false);
}
static Ref m_modf(Value, const Value* args, size_t nargs, Tuple*) {
  double x;
  if (!check_nargs("math.modf", nargs, 1, 1) || !arg_double(args[0], &x)) return nullptr;
  double ip;
  double fp = std::isinf(x) ? std::copysign(0.0, x) : std::modf(x, &ip);
  if (std::isinf(x)) ip = x;
  Ref a = new_float(fp), b = new_float(ip);
  return tuple_pack({a.get(), b.get()});
}
static Ref m_frexp(Value, const Value* args, size_t nargs, Tuple*) {
  double x;
  if (!check_nargs("math.frexp", nargs, 1, 1) || !arg_double(args[0], &x)) return nullptr;
  int e = 0;
  double m = std::isfinite(x) ? std::frexp(x, &e) : x;
  Ref a = new_float(m);
  return tuple_pack({a.get(), Value::small_int(e)});
}
static Ref m_ldexp(Value, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("ldexp", nargs, 2, 2)) return nullptr;
  double x;
  if (!arg_double(args[0], &x)) return nullptr;
  if (!is_int(args[1])) return raise(I.TypeError, "Expected an int as second argument to ldexp.");
  int64_t e;
  if (!int_to_int64(args[1], &e)) {
    BigInt b;
    to_bigint(args[1], b);
    e = b.sign() < 0 ? INT32_MIN : INT32_MAX;
  }
  if (x == 0 || !std::isfinite(x)) return new_float(x);
  if (e > 100000) return range_error();
  if (e < -100000) return new_float(std::copysign(0.0, x));
  double r = std::ldexp(x, int(e));
  if (std::isinf(r)) return range_error();
  return new_float(r);
}

// ---- sums and norms ----------------------------------------------------------------------

// Shewchuk's exact summation with CPython's final half-even correction.
static Ref m_fsum(Value, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("math.fsum", nargs, 1, 1)) return nullptr;
  Ref it = get_iter(args[0]);
  if (!it) return nullptr;
  std::vector<double> p;
  double special = 0.0, inf_sum = 0.0;
  for (;;) {
    Ref item = iter_next(it.get());
    if (!item) {
      if (err_occurred()) return nullptr;
      break;
    }
    double x;
    if (!arg_double(item.get(), &x)) return nullptr;
    double xsave = x;
    size_t i = 0;
    for (double y : p) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y, lo = y - (hi - x);
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        if (std::isfinite(xsave)) return raise(I.OverflowError, "intermediate overflow in fsum");
        if (std::isinf(xsave)) inf_sum += xsave;
        special += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
  }
  if (special != 0.0) {
    if (std::isnan(inf_sum)) return raise(I.ValueError, "-inf + inf in fsum");
    return new_float(special);
  }
  double hi = 0.0, lo = 0.0;
  size_t n = p.size();
  if (n > 0) {
    hi = p[--n];
    while (n > 0) {
      double x = hi, y = p[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0, x = hi + y;
      if (y == x - hi) hi = x;
    }
  }
  return new_float(hi);
}

// sqrt of a sum of squares, scaled by the largest magnitude to avoid overflow, with the
// squares summed exactly-rounded (fsum's partials) so small vectors round as CPython's do.
static Ref vector_norm(std::vector<double>& v) {
  double maxv = 0.0;
  bool nan = false;
  for (double& x : v) {
    x = std::fabs(x);
    if (std::isnan(x)) nan = true;
    maxv = std::max(maxv, x);
  }
  if (std::isinf(maxv)) return new_float(maxv);
  if (nan) return new_float(NAN);
  if (maxv == 0 || v.size() <= 1) return new_float(maxv);
  if (v.size() == 2) return new_float(std::hypot(v[0], v[1]));
  int e;
  std::frexp(maxv, &e);
  long double sum = 0;
  for (double x : v) {
    long double s = std::ldexp(static_cast<long double>(x), -e);
    sum += s * s;
  }
  return new_float(double(std::ldexp(std::sqrt(sum), e)));
}
static Ref m_hypot(Value, const Value* args, size_t nargs, Tuple*) {
  std::vector<double> v(nargs);
  for (size_t i = 0; i < nargs; ++i)
    if (!arg_double(args[i], &v[i])) return nullptr;
  return vector_norm(v);
}
static Ref m_dist(Value, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("dist", nargs, 2, 2)) return nullptr;
  for (int k = 0; k < 2; ++k)
    if (!isinstance(args[k], I.tuple_type) && !isinstance(args[k], I.list_type))
      return raisef(I.TypeError, "dist() argument %d must be tuple, not %s", k + 1, type_name(args[k]));
  Ref p = sequence_tuple(args[0]), q = sequence_tuple(args[1]);
  if (!p || !q) return nullptr;
  size_t n = as_tuple(p.get())->n;
  if (n != as_tuple(q.get())->n) return raise(I.ValueError, "both points must have the same number of dimensions");
  std::vector<double> v(n);
  for (size_t i = 0; i < n; ++i) {
    double a, b;
    if (!arg_double(as_tuple(p.get())->items[i], &a) || !arg_double(as_tuple(q.get())->items[i], &b)) return nullptr;
    v[i] = a - b;
  }
  return vector_norm(v);
}

static Ref m_prod(Value, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args("prod", args, nargs, kw, {"iterable", "start"}, 1, a, 1)) return nullptr;
  Ref acc = Ref::borrow(a[1] ? a[1] : Value::small_int(1));
  Ref it = get_iter(a[0]);
  if (!it) return nullptr;
  for (;;) {
    Ref x = iter_next(it.get());
    if (!x) return err_occurred() ? nullptr : acc;
    acc = binary_op(acc.get(), x.get(), kMul);
    if (!acc) return nullptr;
  }
}

// ---- integer functions ----------------------------------------------------------------------

// An int argument (via __index__); TypeError "'float' object cannot be interpreted as an integer".
static bool int_arg(Value v, BigInt& out) {
  if (is_int(v)) return to_bigint(v, out);
  Interpreter& I = interp();
  Value m = type_lookup(type_of(v), I.names.__index__);
  if (!m) return raisef(I.TypeError, "'%s' object cannot be interpreted as an integer", type_name(v)), false;
  Ref r = call_method(v, I.names.__index__, nullptr, 0);
  if (!r) return false;
  if (!is_int(r.get())) return raisef(I.TypeError, "__index__ returned non-int (type %s)", type_name(r.get())), false;
  return to_bigint(r.get(), out);
}

// The product lo*(lo+1)*...*hi by halves, so the multiplications stay balanced.
static BigInt range_product(const BigInt& lo, uint64_t count) {
  if (count == 0) return BigInt(1);
  if (count == 1) return lo;
  if (count == 2) return lo * (lo + BigInt(1));
  uint64_t half = count / 2;
  return range_product(lo, half) * range_product(lo + BigInt(int64_t(half)), count - half);
}

static Ref m_factorial(Value, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("math.factorial", nargs, 1, 1)) return nullptr;
  BigInt n;
  if (!int_arg(args[0], n)) return nullptr;
  if (n.sign() < 0) return raise(I.ValueError, "factorial() not defined for negative values");
  if (!n.fits_int64()) return raise(I.OverflowError, "factorial() argument should not exceed 9223372036854775807");
  int64_t k = n.to_int64();
  if (k > 1000000) return raise(I.MemoryError, "");
  return new_int(range_product(BigInt(1), uint64_t(k)));
}

// perm(n, k) = n!/(n-k)!, comb(n, k) = perm(n, k)/k! with k <= n/2.
static Ref comb_perm(const char* name, const Value* args, size_t nargs, bool comb) {
  Interpreter& I = interp();
  if (!check_nargs(name, nargs, comb ? 2 : 1, 2)) return nullptr;
  BigInt n, k;
  if (!int_arg(args[0], n)) return nullptr;
  bool no_k = nargs == 1 || args[1] == kNone;
  if (!no_k && !int_arg(args[1], k)) return nullptr;
  if (n.sign() < 0) return raise(I.ValueError, "n must be a non-negative integer");
  if (no_k) return m_factorial(kNull, args, 1, nullptr);
  if (k.sign() < 0) return raise(I.ValueError, "k must be a non-negative integer");
  if (k > n) return new_int(0);
  if (comb && k > n - k) k = n - k;
  if (!k.fits_int64() || k.to_int64() > 1000000)
    return raisef(I.OverflowError, "min(n - k, k) must not exceed %lld", (long long)INT64_MAX);
  uint64_t kk = uint64_t(k.to_int64());
  BigInt top = range_product(n - BigInt(int64_t(kk)) + BigInt(1), kk);
  if (!comb) return new_int(top);
  BigInt q;
  BigInt::floor_div(top, range_product(BigInt(1), kk), q);
  return new_int(q);
}
static Ref m_comb(Value, const Value* args, size_t nargs, Tuple*) { return comb_perm("comb", args, nargs, true); }
static Ref m_perm(Value, const Value* args, size_t nargs, Tuple*) { return comb_perm("perm", args, nargs, false); }

static Ref m_gcd(Value, const Value* args, size_t nargs, Tuple*) {
  BigInt g(0);
  for (size_t i = 0; i < nargs; ++i) {
    BigInt x;
    if (!int_arg(args[i], x)) return nullptr;
    g = BigInt::gcd(g, x);
  }
  return new_int(g.abs());
}
static Ref m_lcm(Value, const Value* args, size_t nargs, Tuple*) {
  BigInt l(1);
  for (size_t i = 0; i < nargs; ++i) {
    BigInt x;
    if (!int_arg(args[i], x)) return nullptr;
    if (l.is_zero() || x.is_zero()) {
      l = BigInt(0);
      continue;
    }
    BigInt q;
    BigInt::floor_div(l, BigInt::gcd(l, x), q);
    l = (q * x).abs();
  }
  return new_int(l);
}
static Ref m_isqrt(Value, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("math.isqrt", nargs, 1, 1)) return nullptr;
  BigInt n, r;
  num::Error err;
  if (!int_arg(args[0], n)) return nullptr;
  if (n.sign() < 0) return raise(interp().ValueError, "isqrt() argument must be nonnegative");
  if (!BigInt::isqrt(n, r, err)) return raise_num(err);
  return new_int(r);
}

// ---- module ------------------------------------------------------------------------------------

static Ref init_math(Interpreter&) {
  Ref m = new_module("math");
  static const MethodDef fns[] = {
      {"sqrt", m_sqrt}, {"exp", m_exp}, {"exp2", m_exp2}, {"expm1", m_expm1}, {"sin", m_sin}, {"cos", m_cos},
      {"tan", m_tan}, {"asin", m_asin}, {"acos", m_acos}, {"atan", m_atan}, {"sinh", m_sinh}, {"cosh", m_cosh},
      {"tanh", m_tanh}, {"asinh", m_asinh}, {"acosh", m_acosh}, {"atanh", m_atanh}, {"erf", m_erf},
      {"erfc", m_erfc}, {"cbrt", m_cbrt}, {"fabs", m_fabs}, {"gamma", m_gamma}, {"lgamma", m_lgamma},
      {"log", m_log}, {"log2", m_log2}, {"log10", m_log10}, {"log1p", m_log1p}, {"pow", m_pow},
      {"atan2", m_atan2}, {"copysign", m_copysign}, {"fmod", m_fmod}, {"remainder", m_remainder},
      {"nextafter", m_nextafter}, {"ulp", m_ulp}, {"degrees", m_degrees}, {"radians", m_radians},
      {"isfinite", m_isfinite}, {"isinf", m_isinf}, {"isnan", m_isnan}, {"isclose", m_isclose},
      {"floor", m_floor}, {"ceil", m_ceil}, {"trunc", m_trunc}, {"modf", m_modf}, {"frexp", m_frexp},
      {"ldexp", m_ldexp}, {"fsum", m_fsum}, {"hypot", m_hypot}, {"dist", m_dist}, {"prod", m_prod},
      {"factorial", m_factorial}, {"comb", m_comb}, {"perm", m_perm}, {"gcd", m_gcd}, {"lcm", m_lcm},
      {"isqrt", m_isqrt}, {nullptr, nullptr}};
  module_add_functions(m.get(), fns);
  module_add(m.get(), "pi", new_float(M_PI).get());
  module_add(m.get(), "e", new_float(M_E).get());
  module_add(m.get(), "tau", new_float(2 * M_PI).get());
  module_add(m.get(), "inf", new_float(INFINITY).get());
  module_add(m.get(), "nan", new_float(NAN).get());
  return m;
}

void register_module_math(Interpreter& I) { register_native_module(I, "math", init_math); }

}  // namespace py
