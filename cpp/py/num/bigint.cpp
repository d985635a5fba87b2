#include "py/num/bigint.hpp"


#include <algorithm>
#include <bit>
#include <cfloat>
#include <cmath>

#include "py/num/number_text.hpp"

namespace py::num {

using Limb = BigInt::Limb;
using Mag = std::vector<Limb>;

namespace {

constexpr std::uint64_t kLimbBase = std::uint64_t(1) << 32;
// Below this many limbs in the shorter operand schoolbook multiplication wins.
constexpr std::size_t kKaratsubaCutoff = 40;
// Largest result pow() and << produce (512 MiB); MemoryError beyond, never an abort.
constexpr std::uint64_t kMaxBits = std::uint64_t(1) << 32;

// A read-only magnitude: limbs little-endian, no leading zero limbs (n == 0 for zero).
struct Span {
  const Limb* p;
  std::size_t n;
};

Span trimmed(const Limb* p, std::size_t n) {
  while (n && p[n - 1] == 0) --n;
  return {p, n};
}
Span span_of(const Mag& m) { return trimmed(m.data(), m.size()); }

void trim(Mag& m) {
  while (!m.empty() && m.back() == 0) m.pop_back();
}

std::uint64_t uabs(std::int64_t v) { return v < 0 ? 0 - std::uint64_t(v) : std::uint64_t(v); }

int cmp(Span a, Span b) {
  if (a.n != b.n) return a.n < b.n ? -1 : 1;
  for (std::size_t i = a.n; i-- > 0;)
    if (a.p[i] != b.p[i]) return a.p[i] < b.p[i] ? -1 : 1;
  return 0;
}

Mag add(Span a, Span b) {
  if (a.n < b.n) std::swap(a, b);
  Mag r(a.n + 1);
  std::uint64_t carry = 0;
  for (std::size_t i = 0; i < a.n; ++i) {
    carry += std::uint64_t(a.p[i]) + (i < b.n ? b.p[i] : 0);
    r[i] = Limb(carry);
    carry >>= 32;
  }
  r[a.n] = Limb(carry);
  trim(r);
  return r;
}

// a - b for a >= b.
Mag sub(Span a, Span b) {
  Mag r(a.n);
  std::int64_t borrow = 0;
  for (std::size_t i = 0; i < a.n; ++i) {
    std::int64_t t = std::int64_t(a.p[i]) - (i < b.n ? b.p[i] : 0) - borrow;
    borrow = t < 0;
    r[i] = Limb(t + (borrow << 32));
  }
  trim(r);
  return r;
}

// acc[off..] += b; acc is long enough to absorb the carry.
void add_into(Limb* acc, Span b, std::size_t off) {
  std::uint64_t carry = 0;
  std::size_t i = 0;
  for (; i < b.n; ++i) {
    carry += std::uint64_t(acc[off + i]) + b.p[i];
    acc[off + i] = Limb(carry);
    carry >>= 32;
  }
  for (; carry; ++i) {
    carry += acc[off + i];
    acc[off + i] = Limb(carry);
    carry >>= 32;
  }
}

// acc[0..] -= b; the result is known to be non-negative.
void sub_into(Limb* acc, std::size_t accn, Span b) {
  std::int64_t borrow = 0;
  for (std::size_t i = 0; i < accn && (i < b.n || borrow); ++i) {
    std::int64_t t = std::int64_t(acc[i]) - (i < b.n ? b.p[i] : 0) - borrow;
    borrow = t < 0;
    acc[i] = Limb(t + (borrow << 32));
  }
}

void mul_school(Span a, Span b, Limb* out) {
  for (std::size_t i = 0; i < a.n; ++i) {
    std::uint64_t carry = 0, ai = a.p[i];
    for (std::size_t j = 0; j < b.n; ++j) {
      carry += ai * b.p[j] + out[i + j];
      out[i + j] = Limb(carry);
      carry >>= 32;
    }
    out[i + b.n] = Limb(carry);
  }
}

// out (a.n + b.n limbs, zeroed) = a * b.
void mul_into(Span a, Span b, Limb* out) {
  if (a.n < b.n) std::swap(a, b);
  if (b.n == 0) return;
  if (b.n < kKaratsubaCutoff) return mul_school(a, b, out);
  if (a.n >= 2 * b.n) {
    // Unbalanced: multiply b by a in b-sized slices so each product is balanced.
    Mag part;
    for (std::size_t off = 0; off < a.n; off += b.n) {
      Span slice = trimmed(a.p + off, std::min(b.n, a.n - off));
      part.assign(slice.n + b.n, 0);
      mul_into(slice, b, part.data());
      add_into(out, span_of(part), off);
    }
    return;
  }
  // Karatsuba: a = a1*B^m + a0, b = b1*B^m + b0, with b.n > m so b1 is nonempty.
  std::size_t m = a.n / 2;
  Span a0 = trimmed(a.p, m), a1 = trimmed(a.p + m, a.n - m);
  Span b0 = trimmed(b.p, m), b1 = trimmed(b.p + m, b.n - m);
  Mag z0(a0.n + b0.n), z2(a1.n + b1.n);
  mul_into(a0, b0, z0.data());
  mul_into(a1, b1, z2.data());
  Mag sa = add(a0, a1), sb = add(b0, b1);
  Mag z1(sa.size() + sb.size() + 1);
  mul_into(span_of(sa), span_of(sb), z1.data());
  sub_into(z1.data(), z1.size(), span_of(z0));
  sub_into(z1.data(), z1.size(), span_of(z2));
  add_into(out, span_of(z0), 0);
  add_into(out, span_of(z1), m);
  add_into(out, span_of(z2), 2 * m);
}

Mag mul(Span a, Span b) {
  Mag r(a.n + b.n + 1);
  mul_into(a, b, r.data());
  trim(r);
  return r;
}

// Divides m in place by d, returns the remainder.
Limb divmod_small_inplace(Mag& m, Limb d) {
  std::uint64_t rem = 0;
  for (std::size_t i = m.size(); i-- > 0;) {
    std::uint64_t cur = (rem << 32) | m[i];
    m[i] = Limb(cur / d);
    rem = cur % d;
  }
  trim(m);
  return Limb(rem);
}

// divmod_small_inplace for a divisor known at compile time (a multiply, not a divide).
template <Limb D>
Limb divmod_const_inplace(Mag& m) {
  std::uint64_t rem = 0;
  for (std::size_t i = m.size(); i-- > 0;) {
    std::uint64_t cur = (rem << 32) | m[i];
    m[i] = Limb(cur / D);
    rem = cur % D;
  }
  trim(m);
  return Limb(rem);
}

// Knuth's algorithm D: q = u / v, r = u % v, for v.n >= 1 and u >= v.
void divmod_mag(Span u, Span v, Mag& q, Mag& r) {
  if (v.n == 1) {
    q.assign(u.p, u.p + u.n);
    Limb rem = divmod_small_inplace(q, v.p[0]);
    r.assign(rem ? 1 : 0, rem);
    return;
  }
  const std::size_t n = v.n, m = u.n - v.n;
  const int s = std::countl_zero(v.p[n - 1]);
  Mag vn(n), un(u.n + 1);
  for (std::size_t i = n; i-- > 1;)
    vn[i] = Limb((v.p[i] << s) | (s ? std::uint64_t(v.p[i - 1]) >> (32 - s) : 0));
  vn[0] = v.p[0] << s;
  un[u.n] = s ? Limb(std::uint64_t(u.p[u.n - 1]) >> (32 - s)) : 0;
  for (std::size_t i = u.n; i-- > 1;)
    un[i] = Limb((u.p[i] << s) | (s ? std::uint64_t(u.p[i - 1]) >> (32 - s) : 0));
  un[0] = u.p[0] << s;
  q.assign(m + 1, 0);
  const std::uint64_t vtop = vn[n - 1], vnext = vn[n - 2];
  for (std::size_t j = m + 1; j-- > 0;) {
    // Estimate the quotient digit from the top two limbs, correct it at most twice.
    std::uint64_t num = (std::uint64_t(un[j + n]) << 32) | un[j + n - 1];
    std::uint64_t qhat = num / vtop, rhat = num % vtop;
    while (qhat >= kLimbBase || qhat * vnext > ((rhat << 32) | un[j + n - 2])) {
      --qhat;
      rhat += vtop;
      if (rhat >= kLimbBase) break;
    }
    // un[j..j+n] -= qhat * vn
    std::int64_t t = 0;
    std::uint64_t k = 0;
    for (std::size_t i = 0; i < n; ++i) {
      std::uint64_t p = qhat * vn[i];
      t = std::int64_t(un[i + j]) - std::int64_t(k) - std::int64_t(p & 0xffffffffu);
      un[i + j] = Limb(t);
      k = (p >> 32) - std::uint64_t(t >> 32);
    }
    t = std::int64_t(un[j + n]) - std::int64_t(k);
    un[j + n] = Limb(t);
    if (t < 0) {  // qhat was one too large: add v back
      --qhat;
      std::uint64_t c = 0;
      for (std::size_t i = 0; i < n; ++i) {
        c += std::uint64_t(un[i + j]) + vn[i];
        un[i + j] = Limb(c);
        c >>= 32;
      }
      un[j + n] = Limb(un[j + n] + c);
    }
    q[j] = Limb(qhat);
  }
  trim(q);
  r.assign(n, 0);
  for (std::size_t i = 0; i < n; ++i)
    r[i] = Limb((un[i] >> s) | (s ? std::uint64_t(un[i + 1]) << (32 - s) : 0));
  trim(r);
}

Mag shl(Span a, std::uint64_t bits) {
  if (a.n == 0) return {};
  std::size_t limbs = bits / 32;
  unsigned s = bits % 32;
  Mag r(a.n + limbs + 1, 0);
  for (std::size_t i = 0; i < a.n; ++i) {
    std::uint64_t v = std::uint64_t(a.p[i]) << s;
    r[i + limbs] |= Limb(v);
    r[i + limbs + 1] = Limb(v >> 32);
  }
  trim(r);
  return r;
}

// a >> bits; *lost tells whether nonzero bits were shifted out.
Mag shr(Span a, std::uint64_t bits, bool* lost = nullptr) {
  std::size_t limbs = bits / 32;
  unsigned s = bits % 32;
  if (lost) {
    bool any = false;
    for (std::size_t i = 0; i < std::min<std::size_t>(limbs, a.n) && !any; ++i) any = a.p[i] != 0;
    if (!any && s && limbs < a.n) any = (a.p[limbs] & ((Limb(1) << s) - 1)) != 0;
    *lost = any;
  }
  if (limbs >= a.n) return {};
  Mag r(a.n - limbs);
  for (std::size_t i = 0; i < r.size(); ++i) {
    std::uint64_t v = a.p[i + limbs] >> s;
    if (s && i + limbs + 1 < a.n) v |= std::uint64_t(a.p[i + limbs + 1]) << (32 - s);
    r[i] = Limb(v);
  }
  trim(r);
  return r;
}

std::uint64_t bit_length_of(Span a) {
  return a.n ? (a.n - 1) * 32 + (32 - std::countl_zero(a.p[a.n - 1])) : 0;
}

constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";

// Appends the digits of m in `base` (per digits a limb chunk), left-padded with zeros to
// `pad` digits. pows[k] is chunk**(2**k): m is split at pows[k] into a high part and a
// low part of exactly per * 2**k digits, down to sizes where peeling chunks is cheaper.
void digits_dc(Mag m, int k, const std::vector<Mag>& pows, int base, int per, std::size_t pad, std::string& out) {
  trim(m);
  if (k >= 0 && m.size() >= 40) {
    const std::size_t low_digits = std::size_t(per) << k;
    Span ms = span_of(m), ps = span_of(pows[std::size_t(k)]);
    if (cmp(ms, ps) < 0) return digits_dc(std::move(m), k - 1, pows, base, per, pad, out);
    Mag q, r;
    divmod_mag(ms, ps, q, r);
    digits_dc(std::move(q), k - 1, pows, base, per, pad > low_digits ? pad - low_digits : 0, out);
    digits_dc(std::move(r), k - 1, pows, base, per, low_digits, out);
    return;
  }
  const Limb chunk = pows[0][0];
  std::vector<Limb> chunks;
  while (!m.empty()) chunks.push_back(base == 10 ? divmod_const_inplace<1000000000>(m) : divmod_small_inplace(m, chunk));
  std::string s;
  for (std::size_t i = chunks.size(); i-- > 0;) {
    char buf[32];
    int len = 0;
    for (Limb c = chunks[i]; c; c /= base) buf[len++] = kDigits[c % base];
    if (i + 1 != chunks.size()) s.append(std::size_t(per - len), '0');
    while (len) s.push_back(buf[--len]);
  }
  if (pad > s.size()) out.append(pad - s.size(), '0');
  out += s;
}

}  // namespace

// Access to BigInt's representation for the helpers above.
struct BigIntOps {
  // A magnitude view of any BigInt; small values live in buf (no allocation).
  struct View {
    Span s;
    bool neg;
    Limb buf[2];
    explicit View(const BigInt& x) {
      if (x.mag_.empty()) {
        std::uint64_t u = uabs(x.small_);
        buf[0] = Limb(u), buf[1] = Limb(u >> 32);
        s = trimmed(buf, 2);
        neg = x.small_ < 0;
      } else {
        s = {x.mag_.data(), x.mag_.size()};
        neg = x.neg_;
      }
    }
    View(const View&) = delete;
  };

  // The canonical BigInt for sign and magnitude: inline when it fits in int64.
  static BigInt make(bool neg, Mag&& m) {
    trim(m);
    BigInt r;
    if (m.size() <= 2) {
      std::uint64_t u = m.empty() ? 0 : m[0] | (m.size() > 1 ? std::uint64_t(m[1]) << 32 : 0);
      if (u <= std::uint64_t(INT64_MAX)) {
        r.small_ = neg ? -std::int64_t(u) : std::int64_t(u);
        return r;
      }
      if (neg && u == std::uint64_t(1) << 63) {
        r.small_ = INT64_MIN;
        return r;
      }
    }
    r.neg_ = neg;
    r.mag_ = std::move(m);
    return r;
  }
  static BigInt make_u64(bool neg, std::uint64_t u) {
    Mag m{Limb(u), Limb(u >> 32)};
    return make(neg, std::move(m));
  }

  static BigInt add_signed(const View& a, const View& b, bool negate_b) {
    bool bneg = b.neg != negate_b;
    if (a.neg == bneg) return make(a.neg, add(a.s, b.s));
    int c = cmp(a.s, b.s);
    if (c == 0) return BigInt();
    return c > 0 ? make(a.neg, sub(a.s, b.s)) : make(bneg, sub(b.s, a.s));
  }

  // Truncating division of magnitudes with signs applied afterwards by the caller.
  static void divmod_trunc(const View& a, const View& b, Mag& q, Mag& r) {
    if (cmp(a.s, b.s) < 0) {
      q.clear();
      r.assign(a.s.p, a.s.p + a.s.n);
      return;
    }
    divmod_mag(a.s, b.s, q, r);
  }

  // r := -r modulo 2**(32 * r.size()): complement and add one.
  static void negate_twos(Mag& r) {
    std::uint64_t carry = 1;
    for (auto& l : r) {
      carry += Limb(~l);
      l = Limb(carry);
      carry >>= 32;
    }
  }
  // Two's complement limbs of x over n limbs (n exceeds the magnitude's length).
  static Mag twos(const View& x, std::size_t n) {
    Mag r(n, 0);
    std::copy(x.s.p, x.s.p + x.s.n, r.begin());
    if (x.neg) negate_twos(r);
    return r;
  }
  static BigInt from_twos(Mag&& r) {
    bool neg = !r.empty() && (r.back() >> 31);
    if (neg) negate_twos(r);
    return make(neg, std::move(r));
  }
  template <class Op>
  static BigInt bitwise(const BigInt& a, const BigInt& b, Op op) {
    View va(a), vb(b);
    std::size_t n = std::max(va.s.n, vb.s.n) + 1;
    Mag x = twos(va, n), y = twos(vb, n);
    for (std::size_t i = 0; i < n; ++i) x[i] = op(x[i], y[i]);
    return from_twos(std::move(x));
  }

  static std::string to_string(const BigInt& x, int base);
  static bool parse(std::string_view s, int base, BigInt& out);
};

using View = BigIntOps::View;

BigInt BigInt::from_uint64(std::uint64_t v) {
  if (v <= std::uint64_t(INT64_MAX)) return BigInt(std::int64_t(v));
  return BigIntOps::make_u64(false, v);
}

BigInt BigInt::from_limbs(const Limb* limbs, std::size_t n, bool negative) {
  return BigIntOps::make(negative, Mag(limbs, limbs + n));
}

bool BigInt::from_double(double d, BigInt& out) {
  if (!std::isfinite(d)) return false;
  d = std::trunc(d);
  if (std::fabs(d) < 9223372036854775808.0) {
    out = BigInt(std::int64_t(d));
    return true;
  }
  int e;
  double m = std::frexp(std::fabs(d), &e);  // |d| = m * 2**e, 0.5 <= m < 1, e > 63
  auto mant = std::uint64_t(std::ldexp(m, 53));
  Limb ml[2] = {Limb(mant), Limb(mant >> 32)};
  out = BigIntOps::make(d < 0, shl(trimmed(ml, 2), std::uint64_t(e - 53)));
  return true;
}

bool BigInt::fits_uint64() const noexcept { return mag_.empty() ? small_ >= 0 : (!neg_ && mag_.size() <= 2); }
std::uint64_t BigInt::to_uint64() const noexcept {
  if (mag_.empty()) return std::uint64_t(small_);
  return mag_[0] | (mag_.size() > 1 ? std::uint64_t(mag_[1]) << 32 : 0);
}

std::uint64_t BigInt::bit_length() const noexcept {
  if (mag_.empty()) return 64 - std::countl_zero(uabs(small_));
  return bit_length_of({mag_.data(), mag_.size()});
}

std::uint64_t BigInt::bit_count() const noexcept {
  if (mag_.empty()) return std::popcount(uabs(small_));
  std::uint64_t c = 0;
  for (Limb l : mag_) c += std::popcount(l);
  return c;
}

std::vector<Limb> BigInt::magnitude() const {
  View v(*this);
  return Mag(v.s.p, v.s.p + v.s.n);
}

bool BigInt::to_double(double& out) const noexcept {
  if (mag_.empty()) {
    out = double(small_);  // int64 -> double rounds to nearest even
    return true;
  }
  Span s{mag_.data(), mag_.size()};
  std::uint64_t bits = bit_length_of(s);
  if (bits > 1024) return false;
  // The top 64 bits with a sticky bit for everything below: one correct rounding.
  bool lost = false;
  Mag top = shr(s, bits - 64, &lost);
  std::uint64_t t = top[0] | (std::uint64_t(top[1]) << 32) | (lost ? 1 : 0);
  out = std::ldexp(double(t), int(bits - 64));
  if (std::isinf(out)) return false;
  if (neg_) out = -out;
  return true;
}

BigInt BigInt::add_slow(const BigInt& a, const BigInt& b, bool subtract) {
  return BigIntOps::add_signed(View(a), View(b), subtract);
}

BigInt BigInt::mul_slow(const BigInt& a, const BigInt& b) {
  View va(a), vb(b);
  return BigIntOps::make(va.neg != vb.neg, mul(va.s, vb.s));
}

BigInt BigInt::operator-() const {
  if (mag_.empty() && small_ != INT64_MIN) return BigInt(-small_);
  View v(*this);
  return BigIntOps::make(!v.neg, Mag(v.s.p, v.s.p + v.s.n));
}

BigInt BigInt::abs() const { return sign() < 0 ? -*this : *this; }

bool BigInt::floor_divmod(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r) {
  if (b.is_zero()) return false;
  if (a.mag_.empty() && b.mag_.empty() && !(a.small_ == INT64_MIN && b.small_ == -1)) {
    std::int64_t qq = a.small_ / b.small_, rr = a.small_ % b.small_;
    if (rr != 0 && ((rr < 0) != (b.small_ < 0))) --qq, rr += b.small_;
    q = BigInt(qq), r = BigInt(rr);
    return true;
  }
  View va(a), vb(b);
  Mag qm, rm;
  BigIntOps::divmod_trunc(va, vb, qm, rm);
  bool neg = va.neg != vb.neg;
  BigInt qt = BigIntOps::make(neg, std::move(qm)), rt = BigIntOps::make(va.neg, std::move(rm));
  if (!rt.is_zero() && neg) {  // remainder takes the divisor's sign
    qt = qt - BigInt(1);
    rt = rt + b;
  }
  q = std::move(qt), r = std::move(rt);
  return true;
}

bool BigInt::floor_div(const BigInt& a, const BigInt& b, BigInt& q) {
  BigInt r;
  return floor_divmod(a, b, q, r);
}

bool BigInt::floor_mod(const BigInt& a, const BigInt& b, BigInt& r) {
  BigInt q;
  return floor_divmod(a, b, q, r);
}

bool BigInt::true_divide(const BigInt& a, const BigInt& b, double& out, Error& err) {
  if (b.is_zero()) return err.set(Exc::ZeroDivisionError, "division by zero");
  const bool neg = (a.sign() < 0) != (b.sign() < 0);
  constexpr std::int64_t kExact = std::int64_t(1) << 53;
  if (a.mag_.empty() && b.mag_.empty() && a.small_ >= -kExact && a.small_ <= kExact &&
      b.small_ >= -kExact && b.small_ <= kExact) {
    out = double(a.small_) / double(b.small_);  // both exact: one correctly rounded division
    return true;
  }
  if (a.is_zero()) {
    out = neg ? -0.0 : 0.0;
    return true;
  }
  View va(a), vb(b);
  const std::int64_t diff = std::int64_t(bit_length_of(va.s)) - std::int64_t(bit_length_of(vb.s));
  // a/b lies in [2**(diff-1), 2**(diff+1)).
  if (diff > DBL_MAX_EXP) return err.set(Exc::OverflowError, "integer division result too large for a float");
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
    out = neg ? -0.0 : 0.0;
    return true;
  }
  // Scale a so that the integer quotient carries DBL_MANT_DIG + 2 significant bits
  // (fewer for subnormal results), remembering whether anything was dropped.
  const std::int64_t shift = std::max<std::int64_t>(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  bool inexact = false;
  Mag x = shift <= 0 ? shl(va.s, std::uint64_t(-shift)) : shr(va.s, std::uint64_t(shift), &inexact);
  Mag q, r;
  Span xs = span_of(x);
  if (cmp(xs, vb.s) < 0) {
    r = x;
  } else {
    divmod_mag(xs, vb.s, q, r);
  }
  inexact |= !r.empty();
  Span qs = span_of(q);
  std::uint64_t qv = qs.n == 0 ? 0 : qs.p[0] | (qs.n > 1 ? std::uint64_t(qs.p[1]) << 32 : 0);
  const std::int64_t qbits = std::int64_t(bit_length_of(qs));
  const std::int64_t extra = std::max<std::int64_t>(qbits, DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  if (extra > 0) {  // round half to even at bit `extra`, the dropped bits acting as sticky
    const std::uint64_t unit = std::uint64_t(1) << extra, half = unit >> 1, low = qv & (unit - 1);
    qv -= low;
    if (low > half || (low == half && (inexact || (qv & unit)))) qv += unit;
  }
  out = std::ldexp(double(qv), int(shift));
  if (std::isinf(out)) return err.set(Exc::OverflowError, "integer division result too large for a float");
  if (neg) out = -out;
  return true;
}

bool BigInt::pow(const BigInt& base, const BigInt& exp, BigInt& out, Error& err) {
  if (exp.is_zero()) return out = BigInt(1), true;
  if (base.is_zero() || base == BigInt(1)) return out = base, true;
  if (base == BigInt(-1)) return out = BigInt(exp.is_odd() ? -1 : 1), true;
  // The result has at most bit_length(base) * exp bits. Beyond kMaxBits it is refused
  // as CPython's failing allocation would (a failed std::vector allocation would abort).
  if (!exp.fits_int64() || double(base.bit_length()) * double(exp.to_int64()) > double(kMaxBits))
    return err.set(Exc::MemoryError, "");
  std::uint64_t e = std::uint64_t(exp.to_int64());
  BigInt result(1), b = base;
  for (;;) {
    if (e & 1) result *= b;
    e >>= 1;
    if (!e) break;
    b *= b;
  }
  out = std::move(result);
  return true;
}

namespace {

// (a * b) mod m for 0 <= a, b < m.
BigInt mulmod(const BigInt& a, const BigInt& b, const BigInt& m) {
  if (m.fits_uint64() && m.to_uint64() <= (std::uint64_t(1) << 32)) {
    return BigInt::from_uint64(a.to_uint64() * b.to_uint64() % m.to_uint64());
  }
  if (m.fits_uint64()) {
    unsigned __int128 p = (unsigned __int128)a.to_uint64() * b.to_uint64();
    return BigInt::from_uint64(std::uint64_t(p % m.to_uint64()));
  }
  BigInt r;
  BigInt::floor_mod(a * b, m, r);
  return r;
}

// Inverse of a modulo m (m > 1, 0 <= a < m) by the extended Euclidean algorithm.
bool mod_inverse(const BigInt& a, const BigInt& m, BigInt& inv) {
  BigInt r0 = m, r1 = a, t0(0), t1(1), q, r;
  while (!r1.is_zero()) {
    BigInt::floor_divmod(r0, r1, q, r);
    BigInt t = t0 - q * t1;
    r0 = std::move(r1), r1 = std::move(r);
    t0 = std::move(t1), t1 = std::move(t);
  }
  if (r0 != BigInt(1)) return false;
  BigInt::floor_mod(t0, m, inv);
  return true;
}

}  // namespace

bool BigInt::pow_mod(const BigInt& base, const BigInt& exp, const BigInt& mod, BigInt& out, Error& err) {
  if (mod.is_zero()) return err.set(Exc::ValueError, "pow() 3rd argument cannot be 0");
  BigInt m = mod.abs();
  if (m == BigInt(1)) return out = BigInt(0), true;
  BigInt b;
  floor_mod(base, m, b);
  BigInt e = exp;
  if (e.sign() < 0) {
    BigInt inv;
    if (!mod_inverse(b, m, inv)) return err.set(Exc::ValueError, "base is not invertible for the given modulus");
    b = std::move(inv);
    e = -e;
  }
  BigInt result(1);
  const std::uint64_t bits = e.bit_length();
  const std::vector<Limb> el = e.magnitude();
  for (std::uint64_t i = bits; i-- > 0;) {
    result = mulmod(result, result, m);
    if ((el[i / 32] >> (i % 32)) & 1) result = mulmod(result, b, m);
  }
  if (mod.sign() < 0 && !result.is_zero()) result = result + mod;
  out = std::move(result);
  return true;
}

bool BigInt::lshift(const BigInt& a, const BigInt& n, BigInt& out, Error& err) {
  if (n.sign() < 0) return err.set(Exc::ValueError, "negative shift count");
  if (a.is_zero()) return out = BigInt(0), true;
  // CPython allocates the result first; a count this large cannot be satisfied.
  if (!n.fits_int64() || double(n.to_int64()) + double(a.bit_length()) > double(kMaxBits))
    return err.set(Exc::MemoryError, "");
  const std::uint64_t k = std::uint64_t(n.to_int64());
  if (a.mag_.empty() && k < 63) {
    const std::int64_t v = a.small_;
    if (v >= (INT64_MIN >> k) && v <= (INT64_MAX >> k)) return out = BigInt(std::int64_t(std::uint64_t(v) << k)), true;
  }
  View va(a);
  out = BigIntOps::make(va.neg, shl(va.s, k));
  return true;
}

bool BigInt::rshift(const BigInt& a, const BigInt& n, BigInt& out, Error& err) {
  if (n.sign() < 0) return err.set(Exc::ValueError, "negative shift count");
  const int s = a.sign();
  if (!n.fits_int64() || std::uint64_t(n.to_int64()) >= a.bit_length()) return out = BigInt(s < 0 ? -1 : 0), true;
  const std::uint64_t k = std::uint64_t(n.to_int64());
  if (a.mag_.empty()) return out = BigInt(a.small_ >> k), true;  // arithmetic shift floors
  View va(a);
  if (!va.neg) return out = BigIntOps::make(false, shr(va.s, k)), true;
  // Floor for negatives: -((|a| - 1) >> k) - 1.
  Limb one = 1;
  Mag m1 = sub(va.s, {&one, 1});
  Mag r = shr(span_of(m1), k);
  out = -BigIntOps::make(false, std::move(r)) - BigInt(1);
  return true;
}

BigInt operator&(const BigInt& a, const BigInt& b) {
  if (a.mag_.empty() && b.mag_.empty()) return BigInt(a.small_ & b.small_);
  return BigIntOps::bitwise(a, b, [](Limb x, Limb y) { return Limb(x & y); });
}
BigInt operator|(const BigInt& a, const BigInt& b) {
  if (a.mag_.empty() && b.mag_.empty()) return BigInt(a.small_ | b.small_);
  return BigIntOps::bitwise(a, b, [](Limb x, Limb y) { return Limb(x | y); });
}
BigInt operator^(const BigInt& a, const BigInt& b) {
  if (a.mag_.empty() && b.mag_.empty()) return BigInt(a.small_ ^ b.small_);
  return BigIntOps::bitwise(a, b, [](Limb x, Limb y) { return Limb(x ^ y); });
}
BigInt BigInt::operator~() const {
  if (mag_.empty()) return BigInt(~small_);
  return -*this - BigInt(1);
}

BigInt BigInt::round_digits(const BigInt& v, std::int64_t ndigits) {
  if (ndigits >= 0) return v;
  // 10**-ndigits >= 2|v| rounds to zero (a tie there goes to the even quotient, 0).
  if (double(-ndigits) > double(v.bit_length()) * 0.30103 + 2) return BigInt(0);
  BigInt p, q, r, twice;
  Error unused;
  pow(BigInt(10), BigInt(-ndigits), p, unused);
  floor_divmod(v, p, q, r);
  lshift(r, BigInt(1), twice, unused);
  int c = compare(twice, p);
  if (c > 0 || (c == 0 && q.is_odd())) q += BigInt(1);
  return q * p;
}

BigInt BigInt::gcd(const BigInt& a, const BigInt& b) {
  BigInt x = a.abs(), y = b.abs(), r;
  while (!y.is_zero()) {
    if (x.fits_int64() && y.fits_int64()) {
      std::uint64_t u = std::uint64_t(x.to_int64()), w = std::uint64_t(y.to_int64());
      while (w) u %= w, std::swap(u, w);
      return from_uint64(u);
    }
    floor_mod(x, y, r);
    x = std::move(y), y = std::move(r);
  }
  return x;
}

bool BigInt::isqrt(const BigInt& n, BigInt& out, Error& err) {
  if (n.sign() < 0) return err.set(Exc::ValueError, "isqrt() argument must be nonnegative");
  if (n.is_zero()) return out = BigInt(0), true;
  // Newton's iteration from above: x = (x + n // x) // 2 decreases to isqrt(n).
  Error unused;
  BigInt x, y, q;
  lshift(BigInt(1), BigInt((n.bit_length() + 1) / 2), x, unused);
  for (;;) {
    floor_div(n, x, q);
    rshift(x + q, BigInt(1), y, unused);
    if (y >= x) break;
    x = std::move(y);
  }
  out = std::move(x);
  return true;
}

double BigInt::frexp(std::int64_t& e) const {
  if (is_zero()) return e = 0, 0.0;
  if (mag_.empty()) {
    int ee;
    double m = std::frexp(double(small_), &ee);  // int64 -> double rounds correctly
    e = ee;
    return m;
  }
  const std::uint64_t bits = bit_length();
  View v(*this);
  bool lost = false;
  Mag top = shr(v.s, bits - 64, &lost);
  std::uint64_t t = top[0] | (std::uint64_t(top[1]) << 32) | (lost ? 1 : 0);
  int ee;
  double m = std::frexp(double(t), &ee);  // double(t) rounds once, the sticky bit deciding ties
  e = std::int64_t(ee) + std::int64_t(bits - 64);
  return v.neg ? -m : m;
}

bool BigInt::to_bytes(std::size_t length, bool little_endian, bool is_signed, std::string& out, Error& err) const {
  if (!is_signed && sign() < 0) return err.set(Exc::OverflowError, "can't convert negative int to unsigned");
  View v(*this);
  // Two's complement over length bytes must reproduce the value.
  const std::uint64_t need = v.s.n == 0 ? 0 : is_signed ? (sign() < 0 ? ~*this : *this).bit_length() / 8 + 1 : (bit_length() + 7) / 8;
  // CPython 3.11 lets (-1).to_bytes(0, signed=True) give b'' (its sign-extension check
  // sees no bytes to disagree with); nothing else that needs more bytes fits.
  const bool minus_one_quirk = length == 0 && is_signed && *this == BigInt(-1);
  if (need > length && !minus_one_quirk) return err.set(Exc::OverflowError, "int too big to convert");
  Mag words = BigIntOps::twos(v, length / 4 + 2);
  out.assign(length, '\0');
  for (std::size_t i = 0; i < length; ++i) {
    const char byte = char(words[i / 4] >> (8 * (i % 4)));
    out[little_endian ? i : length - 1 - i] = byte;
  }
  return true;
}

BigInt BigInt::from_bytes(std::string_view bytes, bool little_endian, bool is_signed) {
  const std::size_t n = bytes.size();
  Mag words(n / 4 + 1, 0);
  for (std::size_t i = 0; i < n; ++i) {
    const auto byte = static_cast<unsigned char>(bytes[little_endian ? i : n - 1 - i]);
    words[i / 4] |= Limb(byte) << (8 * (i % 4));
  }
  BigInt r = BigIntOps::make(false, std::move(words));
  if (is_signed && n && (static_cast<unsigned char>(bytes[little_endian ? n - 1 : 0]) & 0x80)) {
    Error unused;
    BigInt base;
    lshift(BigInt(1), BigInt(std::uint64_t(n) * 8), base, unused);
    r = r - base;
  }
  return r;
}

int BigInt::compare(const BigInt& a, const BigInt& b) noexcept {
  if (a.mag_.empty() && b.mag_.empty()) return (a.small_ > b.small_) - (a.small_ < b.small_);
  int sa = a.sign(), sb = b.sign();
  if (sa != sb) return sa < sb ? -1 : 1;
  // Same sign, at least one outside int64: magnitudes decide.
  int c;
  if (a.mag_.empty()) c = -1;
  else if (b.mag_.empty()) c = 1;
  else c = cmp({a.mag_.data(), a.mag_.size()}, {b.mag_.data(), b.mag_.size()});
  return sa < 0 ? -c : c;
}

int BigInt::compare(const BigInt& a, double b) noexcept {
  if (std::isnan(b)) return 2;
  if (std::isinf(b)) return b > 0 ? -1 : 1;
  double t = std::trunc(b), frac = b - t;
  int c;
  if (a.mag_.empty() && std::fabs(t) < 9223372036854775808.0) {
    std::int64_t ti = std::int64_t(t);
    c = (a.small_ > ti) - (a.small_ < ti);
  } else {
    BigInt bi;
    from_double(t, bi);
    c = compare(a, bi);
  }
  if (c != 0) return c;
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

std::int64_t BigInt::python_hash() const noexcept {
  constexpr std::uint64_t P = (std::uint64_t(1) << 61) - 1;
  std::uint64_t h;
  bool neg;
  if (mag_.empty()) {
    h = uabs(small_) % P;
    neg = small_ < 0;
  } else {
    h = 0;
    for (std::size_t i = mag_.size(); i-- > 0;) {
      // h * 2**32 mod P is a rotation within 61 bits, since 2**61 == 1 (mod P).
      h = ((h << 32) & P) | (h >> 29);
      h += mag_[i];
      if (h >= P) h -= P;
    }
    neg = neg_;
  }
  std::int64_t r = neg ? -std::int64_t(h) : std::int64_t(h);
  return r == -1 ? -2 : r;
}

std::string BigIntOps::to_string(const BigInt& x, int base) {
  View v(x);
  std::string out;
  if (v.s.n == 0) return "0";
  if (std::has_single_bit(unsigned(base))) {
    const int bits = std::countr_zero(unsigned(base));
    const std::uint64_t total = bit_length_of(v.s);
    for (std::uint64_t pos = (total + bits - 1) / bits * bits; pos > 0;) {
      pos -= bits;
      std::size_t li = pos / 32;
      unsigned off = pos % 32;
      std::uint64_t w = v.s.p[li] >> off;
      if (off + bits > 32 && li + 1 < v.s.n) w |= std::uint64_t(v.s.p[li + 1]) << (32 - off);
      out.push_back(kDigits[w & (base - 1)]);
    }
  } else if (x.mag_.empty()) {
    for (std::uint64_t u = uabs(x.small_); u; u /= base) out.push_back(kDigits[u % base]);
    std::reverse(out.begin(), out.end());
  } else {
    // Chunks of the largest power of base that fits a limb (10**9 for base 10); big
    // values are first split by chunk**(2**k) so that Knuth division does the work.
    Limb chunk = base;
    int per = 1;
    while (std::uint64_t(chunk) * base < kLimbBase) chunk *= base, ++per;
    std::vector<Mag> pows{Mag{chunk}};
    while (pows.back().size() * 2 <= v.s.n) pows.push_back(mul(span_of(pows.back()), span_of(pows.back())));
    out.reserve(std::size_t(double(bit_length_of(v.s)) / std::log2(base)) + 2);
    digits_dc(Mag(v.s.p, v.s.p + v.s.n), int(pows.size()) - 1, pows, base, per, 0, out);
  }
  if (v.neg) out.insert(out.begin(), '-');
  return out;
}

std::string BigInt::to_string(int base) const {
  if (mag_.empty() && base == 10) {
    char buf[24];
    char* p = buf + sizeof buf;
    std::uint64_t u = uabs(small_);
    do *--p = char('0' + u % 10);
    while (u /= 10);
    if (small_ < 0) *--p = '-';
    return std::string(p, buf + sizeof buf);
  }
  return BigIntOps::to_string(*this, base);
}

bool BigIntOps::parse(std::string_view s, int base, BigInt& out) {
  std::string storage;
  s = number_text(s, storage);
  bool neg = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) neg = s[0] == '-', s.remove_prefix(1);
  auto lower = [](char c) { return char(c | 0x20); };
  bool prefixed = false;
  if (s.size() >= 2 && s[0] == '0') {
    char p = lower(s[1]);
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) base = pb, prefixed = true, s.remove_prefix(2);
  }
  bool decimal_zero_rule = false;
  if (base == 0) base = 10, decimal_zero_rule = true;
  // Digits, with single underscores between digits (or right after a prefix).
  std::string digits;
  digits.reserve(s.size());
  bool prev_digit = false, at_start = true, last_underscore = false;
  for (char c : s) {
    if (c == '_') {
      if (!prev_digit && !(prefixed && at_start)) return false;  // "0x_f" yes, "_1" and "1__0" no
      prev_digit = false, at_start = false, last_underscore = true;
      continue;
    }
    int d = c >= '0' && c <= '9' ? c - '0' : (lower(c) >= 'a' && lower(c) <= 'z') ? lower(c) - 'a' + 10 : 99;
    if (d >= base) return false;
    digits.push_back(char(d));
    prev_digit = true, at_start = false, last_underscore = false;
  }
  if (digits.empty() || last_underscore) return false;
  if (decimal_zero_rule && digits[0] == 0 && std::any_of(digits.begin(), digits.end(), [](char d) { return d != 0; }))
    return false;
  // Few digits fit an int64 directly (no allocation).
  if (digits.size() <= std::size_t(base <= 10 ? 18 : base <= 16 ? 15 : 12)) {
    std::int64_t v = 0;
    for (char d : digits) v = v * base + d;
    out = BigInt(neg ? -v : v);
    return true;
  }
  // Build the magnitude: by bits for powers of two, by limb-sized chunks otherwise.
  Mag m;
  if (std::has_single_bit(unsigned(base))) {
    const int bits = std::countr_zero(unsigned(base));
    m.assign((digits.size() * bits + 31) / 32 + 1, 0);
    std::uint64_t pos = 0;
    for (std::size_t i = digits.size(); i-- > 0; pos += bits) {
      std::uint64_t w = std::uint64_t(Limb(digits[i])) << (pos % 32);
      m[pos / 32] |= Limb(w);
      if (w >> 32) m[pos / 32 + 1] |= Limb(w >> 32);
    }
  } else {
    std::size_t i = 0;
    while (i < digits.size()) {
      Limb chunk = 0, scale = 1;
      for (; i < digits.size() && std::uint64_t(scale) * base < kLimbBase; ++i) chunk = chunk * base + digits[i], scale *= base;
      std::uint64_t carry = chunk;
      for (auto& l : m) {
        carry += std::uint64_t(l) * scale;
        l = Limb(carry);
        carry >>= 32;
      }
      if (carry) m.push_back(Limb(carry));
    }
  }
  out = make(neg, std::move(m));
  return true;
}

bool BigInt::parse(std::string_view s, int base, BigInt& out) { return BigIntOps::parse(s, base, out); }

}  // namespace py::num
