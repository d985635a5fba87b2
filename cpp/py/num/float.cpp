#include "py/num/float.hpp"

#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "py/num/number_text.hpp"

namespace py::num {

namespace {

constexpr std::uint64_t kHashModulus = (std::uint64_t(1) << 61) - 1;

// x = n * 2**s exactly, n a non-negative integer below 2**53 (x finite).
void decompose(double x, std::uint64_t& n, int& s) {
  int e;
  double m = std::frexp(std::fabs(x), &e);
  n = std::uint64_t(std::ldexp(m, 53));
  s = e - 53;
}

// The digits of |x| rounded to p+1 significant digits by printf, and their exponent.
void printf_digits(double x, int p, std::string& digits, int& exp10) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.*e", p, std::fabs(x));
  digits.clear();
  const char* c = buf;
  for (; *c != 'e'; ++c)
    if (*c != '.') digits.push_back(*c);
  exp10 = std::atoi(c + 1);
}

bool round_trips(const std::string& digits, int exp10, double target) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%c.%se%d", digits[0], digits.c_str() + 1, exp10);
  return std::strtod(buf, nullptr) == target;
}

// Adds one unit in the last place to a digit string (9.99 -> 10.0 carries into exp10).
void increment(std::string& digits, int& exp10) {
  std::size_t i = digits.size();
  while (i > 0 && digits[i - 1] == '9') digits[--i] = '0';
  if (i == 0) {
    digits.insert(digits.begin(), '1');
    digits.pop_back();
    ++exp10;
  } else {
    ++digits[i - 1];
  }
}

using u128 = unsigned __int128;

// Exact shortest digits without printf for 1e-6 <= x < 2**53, where every quantity fits
// in 128 bits (musl's printf/strtod go through software long double under emscripten,
// ~10 us a call). x = m / 2**s; a p-digit candidate N * 10**-k is x * 10**k = m * 10**k
// / 2**s rounded half-even, and it reads back as x when its distance to x is within
// half an ulp (a quarter below a power of two; the bound counts when m is even, as
// strtod's ties go to even). The first p that works is the shortest; at equal length
// the nearest candidate is tried first, as dtoa does.
bool shortest_digits_exact(double ax, std::string& digits, int& exp10) {
  if (!(ax >= 1e-6 && ax < 9007199254740992.0)) return false;
  std::uint64_t m;
  int e;
  decompose(ax, m, e);
  if (e >= 0 || ax == std::floor(ax)) {
    if (ax != std::floor(ax)) return false;
    // An integer below 2**53: an ulp is at most 1, so nothing shorter reads back.
    digits = std::to_string(std::uint64_t(ax));
    exp10 = int(digits.size()) - 1;
  } else {
    const int s = -e;
    const bool pow2 = m == (std::uint64_t(1) << 52);
    int e10 = int(std::floor(std::log10(ax)));
    if (std::pow(10.0, e10) > ax) --e10;  // exact: these powers of ten are exact doubles
    else if (std::pow(10.0, e10 + 1) <= ax) ++e10;
    const u128 unit = u128(1) << s, half = unit >> 1;
    u128 pow10 = 1;
    int k = 0;
    std::uint64_t found = 0;
    for (int p = std::max(1, e10 + 2); p <= 17 && !found; ++p) {
      const int want_k = p - 1 - e10;  // >= 1: only integers read back with k <= 0
      if (want_k > 22) return false;
      while (k < want_k) pow10 *= 10, ++k;
      const u128 P = u128(m) * pow10, r = P & (unit - 1);
      std::uint64_t n = std::uint64_t(P >> s);
      bool up = r > half || (r == half && (n & 1));
      // Distance of the candidate from x in units of 2**-s * 10**-k: above (up) or below.
      u128 d = up ? unit - r : r;
      n += up;
      auto fits = [&](u128 dist, bool above) {
        const u128 scaled = dist * (above || !pow2 ? 2 : 4);
        return scaled < pow10 || (scaled == pow10 && !(m & 1));
      };
      if (d == 0 || fits(d, up)) found = n;
      else if (!up && pow2 && fits(unit - r, true)) found = n + 1;  // the wider gap above
    }
    if (!found) return false;
    digits = std::to_string(found);
    exp10 = int(digits.size()) - 1 - k;
  }
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  return true;
}

}  // namespace

void shortest_digits(double x, std::string& digits, int& exp10) {
  const double ax = std::fabs(x);
  if (shortest_digits_exact(ax, digits, exp10)) return;
  int lo;
  if (ax >= DBL_MIN) {
    // A decimal of at most 15 significant digits that round-trips is, padded with
    // zeros, the correctly rounded 15-digit decimal (15 digits are coarser than the
    // binary spacing of normal numbers), so one conversion settles the common case;
    // otherwise 16 digits, then 17 (which always round-trip). Among equally short
    // candidates CPython's dtoa takes the nearest, which is what printf gives.
    char buf[40];
    for (lo = 14;; ++lo) {
      std::snprintf(buf, sizeof buf, "%.*e", lo, ax);
      if (lo == 16 || std::strtod(buf, nullptr) == ax) break;
    }
    digits.clear();
    const char* c = buf;
    for (; *c != 'e'; ++c)
      if (*c != '.') digits.push_back(*c);
    exp10 = std::atoi(c + 1);
  } else {
    // Subnormals are coarse: bisect over 1..17 digits (a correctly rounded p-digit
    // decimal that round-trips implies the same for every longer p).
    int hi = 16;
    lo = 0;
    while (lo < hi) {
      int mid = (lo + hi) / 2;
      printf_digits(ax, mid, digits, exp10);
      if (round_trips(digits, exp10, ax)) hi = mid;
      else lo = mid + 1;
    }
    printf_digits(ax, lo, digits, exp10);
  }
  // At a power of two the gap below x is half the gap above, so a shorter decimal can
  // round-trip from above even though the nearest one (below) does not.
  std::uint64_t n;
  int s;
  decompose(ax, n, s);
  if (n == (std::uint64_t(1) << 52)) {
    for (int p = lo - 1; p >= 0; --p) {
      std::string d;
      int e;
      printf_digits(ax, p, d, e);
      increment(d, e);
      if (!round_trips(d, e, ax)) break;
      digits = d, exp10 = e;
    }
  }
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
}

std::string float_repr(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  std::string out = std::signbit(x) ? "-" : "";
  if (x == 0) return out + "0.0";
  std::string d;
  int exp10;
  shortest_digits(x, d, exp10);
  const int decpt = exp10 + 1, n = int(d.size());
  if (decpt <= -4 || decpt > 16) {
    out += d[0];
    if (n > 1) out += '.', out.append(d, 1);
    char buf[16];
    std::snprintf(buf, sizeof buf, "e%c%02d", exp10 < 0 ? '-' : '+', std::abs(exp10));
    return out + buf;
  }
  if (decpt <= 0) return out + "0." + std::string(-decpt, '0') + d;
  if (decpt >= n) return out + d + std::string(decpt - n, '0') + ".0";
  return out + d.substr(0, decpt) + "." + d.substr(decpt);
}

namespace {

// Clinger's fast path for a validated decimal ("-12.5e3"): at most 15 significant digits
// scaled by an exactly representable power of ten is one correctly rounded operation.
// Most literals take it, sparing strtod (slow under emscripten's soft long double).
bool clinger_fast_path(std::string_view s, double& out) {
  static constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                      1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  std::size_t j = 0;
  const bool neg = s[0] == '-';
  if (s[0] == '-' || s[0] == '+') ++j;
  std::uint64_t mant = 0;
  int ndigits = 0, scale = 0;
  bool after_point = false;
  for (; j < s.size() && s[j] != 'e' && s[j] != 'E'; ++j) {
    if (s[j] == '.') {
      after_point = true;
      continue;
    }
    if (mant == 0 && s[j] == '0') {  // leading zeros only move the point
      scale -= after_point;
      continue;
    }
    if (++ndigits > 15) return false;
    mant = mant * 10 + std::uint64_t(s[j] - '0');
    scale -= after_point;
  }
  int exp = 0;
  if (j < s.size()) {
    const bool eneg = s[++j] == '-';
    if (s[j] == '-' || s[j] == '+') ++j;
    for (; j < s.size(); ++j) {
      exp = exp * 10 + (s[j] - '0');
      if (exp > 1000) return false;
    }
    if (eneg) exp = -exp;
  }
  const int e10 = scale + exp;
  if (mant != 0 && (e10 < -22 || e10 > 22)) return false;
  double v = double(mant);
  if (mant != 0) v = e10 < 0 ? v / kPow10[-e10] : v * kPow10[e10];
  out = neg ? -v : v;
  return true;
}

}  // namespace

bool parse_float(std::string_view text, double& out) {
  std::string storage;
  std::string_view s = number_text(text, storage);
  std::size_t i = 0;
  bool neg = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  std::string_view rest = s.substr(i);
  auto iequal = [](std::string_view a, const char* b) {
    if (a.size() != std::strlen(b)) return false;
    for (std::size_t k = 0; k < a.size(); ++k)
      if ((a[k] | 0x20) != b[k]) return false;
    return true;
  };
  if (iequal(rest, "inf") || iequal(rest, "infinity")) return out = neg ? -HUGE_VAL : HUGE_VAL, true;
  if (iequal(rest, "nan")) return out = std::copysign(NAN, neg ? -1.0 : 1.0), true;
  // digits ['.' digits] [e [sign] digits], '_' only between two digits (PEP 515).
  std::string clean(s.substr(0, i));
  auto digits = [&](bool& any) {
    any = false;
    while (i < s.size()) {
      if (s[i] >= '0' && s[i] <= '9') {
        clean.push_back(s[i++]);
        any = true;
      } else if (s[i] == '_' && any && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9') {
        ++i;
      } else {
        break;
      }
    }
  };
  bool int_digits, frac_digits = false, exp_digits;
  digits(int_digits);
  if (i < s.size() && s[i] == '.') {
    clean.push_back(s[i++]);
    digits(frac_digits);
  }
  if (!int_digits && !frac_digits) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    clean.push_back(s[i++]);
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) clean.push_back(s[i++]);
    digits(exp_digits);
    if (!exp_digits) return false;
  }
  if (i != s.size()) return false;
  if (!clinger_fast_path(clean, out))
    out = std::strtod(clean.c_str(), nullptr);  // correctly rounded; overflow gives ±inf as float() does
  return true;
}

std::int64_t float_hash(double x) {
  if (std::isnan(x)) return 0;
  if (std::isinf(x)) return x > 0 ? 314159 : -314159;
  std::uint64_t n;
  int s;
  decompose(x, n, s);
  // hash = n * 2**s mod (2**61 - 1); 2**61 == 1 there, so the power is a 61-bit rotation.
  std::uint64_t h = n % kHashModulus;
  int j = ((s % 61) + 61) % 61;
  if (j) h = ((h << j) & kHashModulus) | (h >> (61 - j));
  std::int64_t r = x < 0 ? -std::int64_t(h) : std::int64_t(h);
  return r == -1 ? -2 : r;
}

bool python_round(double x, std::int64_t ndigits, double& out, Error& err) {
  // Beyond these, every double is already rounded or rounds to zero (CPython's NDIGITS_MAX/MIN).
  if (ndigits > 323 || x == 0 || !std::isfinite(x)) return out = x, true;
  if (ndigits < -308) return out = 0.0 * x, true;
  std::uint64_t n;
  int s;
  decompose(x, n, s);
  if (s >= 0 && ndigits >= 0) return out = x, true;  // an integer: nothing to round
  // x * 10**ndigits == a / b exactly; round that half-even to q, then q / 10**ndigits.
  BigInt a = BigInt::from_uint64(n), b(1), p10, t;
  Error unused;
  BigInt::pow(BigInt(10), BigInt(ndigits < 0 ? -ndigits : ndigits), p10, unused);
  if (ndigits >= 0) a *= p10;
  else b = p10;
  if (s > 0) BigInt::lshift(a, BigInt(s), a, unused);
  else BigInt::lshift(b, BigInt(-s), b, unused);
  BigInt q, r;
  BigInt::floor_divmod(a, b, q, r);
  BigInt::lshift(r, BigInt(1), t, unused);
  int c = BigInt::compare(t, b);
  if (c > 0 || (c == 0 && q.is_odd())) q += BigInt(1);
  if (q.is_zero()) return out = std::copysign(0.0, x), true;
  double v;
  if (ndigits >= 0) {
    if (!BigInt::true_divide(q, p10, v, err)) return false;
  } else if (!(q * p10).to_double(v)) {
    return err.set(Exc::OverflowError, "rounded value too large to represent");
  }
  out = x < 0 ? -v : v;
  return true;
}

bool python_round_int(double x, BigInt& out, Error& err) {
  double r = std::round(x);
  if (std::fabs(x - r) == 0.5) r = 2.0 * std::round(x / 2.0);  // ties to even
  return float_to_bigint(r, out, err);
}

bool float_to_bigint(double x, BigInt& out, Error& err) {
  if (std::isnan(x)) return err.set(Exc::ValueError, "cannot convert float NaN to integer");
  if (std::isinf(x)) return err.set(Exc::OverflowError, "cannot convert float infinity to integer");
  BigInt::from_double(x, out);
  return true;
}

namespace {

// CPython's float_divmod: fmod gives the exact remainder, then signs are fixed up.
void divmod_core(double a, double b, double& q, double& r) {
  double mod = std::fmod(a, b);
  double div = (a - mod) / b;
  if (mod != 0) {
    if ((b < 0) != (mod < 0)) mod += b, div -= 1.0;
  } else {
    mod = std::copysign(0.0, b);
  }
  double floordiv;
  if (div != 0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, a / b);
  }
  q = floordiv, r = mod;
}

}  // namespace

bool float_floor_div(double a, double b, double& out, Error& err) {
  if (b == 0) return err.set(Exc::ZeroDivisionError, "float floor division by zero");
  double r;
  divmod_core(a, b, out, r);
  return true;
}

bool float_mod(double a, double b, double& out, Error& err) {
  if (b == 0) return err.set(Exc::ZeroDivisionError, "float modulo");
  double mod = std::fmod(a, b);
  if (mod != 0) {
    if ((b < 0) != (mod < 0)) mod += b;
  } else {
    mod = std::copysign(0.0, b);
  }
  out = mod;
  return true;
}

bool float_divmod(double a, double b, double& q, double& r, Error& err) {
  if (b == 0) return err.set(Exc::ZeroDivisionError, "float divmod()");
  divmod_core(a, b, q, r);
  return true;
}

bool float_pow(double a, double b, double& out, Error& err, bool* complex_result) {
  if (complex_result) *complex_result = false;
  auto odd_integer = [](double v) { return std::isfinite(v) && std::fmod(std::fabs(v), 2.0) == 1.0; };
  if (b == 0) return out = 1.0, true;
  if (std::isnan(a)) return out = a, true;
  if (std::isnan(b)) return out = a == 1.0 ? 1.0 : b, true;
  if (std::isinf(b)) {
    double aa = std::fabs(a);
    out = aa == 1.0 ? 1.0 : ((b > 0) == (aa > 1.0)) ? std::fabs(b) : 0.0;
    return true;
  }
  if (std::isinf(a)) {
    bool odd = odd_integer(b);
    out = b > 0 ? (odd ? a : std::fabs(a)) : (odd ? std::copysign(0.0, a) : 0.0);
    return true;
  }
  if (a == 0) {
    if (b < 0) return err.set(Exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
    out = odd_integer(b) ? a : 0.0;
    return true;
  }
  bool negate = false;
  if (a < 0) {
    if (b != std::floor(b)) {
      if (complex_result) *complex_result = true;
      return err.set(Exc::ValueError, "math domain error");
    }
    a = -a;
    negate = odd_integer(b);
  }
  if (a == 1.0) return out = negate ? -1.0 : 1.0, true;
  double r = std::pow(a, b);
  if (std::isinf(r)) return err.set(Exc::OverflowError, "(34, 'Numerical result out of range')");
  out = negate ? -r : r;
  return true;
}

bool float_is_integer(double x) { return std::isfinite(x) && std::floor(x) == x; }

bool float_as_integer_ratio(double x, BigInt& num, BigInt& den, Error& err) {
  if (std::isinf(x)) return err.set(Exc::OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(x)) return err.set(Exc::ValueError, "cannot convert NaN to integer ratio");
  if (x == 0) return num = BigInt(0), den = BigInt(1), true;
  std::uint64_t n;
  int s;
  decompose(x, n, s);
  while (s < 0 && !(n & 1)) n >>= 1, ++s;  // lowest terms: the denominator is a power of two
  Error unused;
  num = BigInt::from_uint64(n);
  if (x < 0) num = -num;
  den = BigInt(1);
  if (s > 0) BigInt::lshift(num, BigInt(s), num, unused);
  else BigInt::lshift(den, BigInt(-s), den, unused);
  return true;
}

bool Fsum::add(double x, Error& err) {
  const double original = x;
  std::size_t n = 0;
  for (double y : partials_) {  // fold x into the non-overlapping partials
    if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
    const double hi = x + y, lo = y - (hi - x);
    if (lo != 0.0) partials_[n++] = lo;
    x = hi;
  }
  partials_.resize(n);
  if (x == 0.0) return true;
  if (std::isfinite(x)) {
    partials_.push_back(x);
    return true;
  }
  // Not finite: an overflow of finite items, or an inf/nan item (summed on the side).
  if (std::isfinite(original)) return err.set(Exc::OverflowError, "intermediate overflow in fsum");
  if (std::isinf(original)) inf_sum_ += original;
  special_sum_ += original;
  partials_.clear();
  return true;
}

bool Fsum::result(double& out, Error& err) const {
  if (special_sum_ != 0.0) {
    if (std::isnan(inf_sum_)) return err.set(Exc::ValueError, "-inf + inf in fsum");
    return out = special_sum_, true;
  }
  std::size_t n = partials_.size();
  double hi = 0.0, lo = 0.0;
  if (n > 0) {
    hi = partials_[--n];
    while (n > 0) {  // add from the top while the sum stays exact
      const double x = hi, y = partials_[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo != 0.0) break;
    }
    // A remainder of the same sign as the next partial means the true sum lies beyond
    // the halfway point that hi + lo rounded to even: round the other way.
    if (n > 0 && ((lo < 0.0 && partials_[n - 1] < 0.0) || (lo > 0.0 && partials_[n - 1] > 0.0))) {
      const double y = lo * 2.0, x = hi + y;
      if (y == x - hi) hi = x;
    }
  }
  out = hi;
  return true;
}

}  // namespace py::num
