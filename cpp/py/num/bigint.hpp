#pragma once
// BigInt: Python's int. Sign-magnitude with 32-bit limbs; every value that fits in int64
// is held inline (no allocation, arithmetic through overflow-checked builtins), the limb
// vector is used only for values outside int64 — so equal values have one representation.
// Semantics are CPython 3.11's: floor division and modulo, infinite two's complement for
// bit operations, correctly rounded conversions to float, hash modulo 2**61-1.
#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "py/num/error.hpp"

namespace py::num {

class BigInt {
 public:
  using Limb = std::uint32_t;

  BigInt() noexcept = default;
  // Implicit from any integer type: small ints are the common case.
  template <std::signed_integral T>
  BigInt(T v) noexcept : small_(v) {}
  template <std::unsigned_integral T>
  BigInt(T v) : BigInt(from_uint64(v)) {}
  static BigInt from_uint64(std::uint64_t v);
  // int(float): truncates toward zero, exact for any magnitude. false for inf/nan; the
  // caller raises OverflowError "cannot convert float infinity to integer" or
  // ValueError "cannot convert float NaN to integer".
  static bool from_double(double d, BigInt& out);
  // int(s, base) for base 0 or 2..36 (the caller checks the base: "int() base must be
  // >= 2 and <= 36, or 0"). Accepts surrounding whitespace, a sign, '_' between digits
  // (and after a 0x/0o/0b prefix), prefixes matching the base, and for base 0 rejects
  // leading zeros of a nonzero decimal. false when invalid; the caller builds
  // "invalid literal for int() with base 10: 'abc'" from the repr of its str.
  // No digit limit is applied here (see kMaxStrDigits).
  static bool parse(std::string_view s, int base, BigInt& out);
  // Little-endian limbs of |value| (as int.from_bytes builds them) and a sign.
  static BigInt from_limbs(const Limb* limbs, std::size_t n, bool negative);

  // Digits in base 2..36, lowercase, '-' for negatives, no prefix. Powers of two are
  // linear; other bases peel limb-sized chunks (10**9 for base 10): 10k digits take ~1 ms.
  // No digit limit is applied (see kMaxStrDigits).
  std::string to_string(int base = 10) const;

  bool fits_int64() const noexcept { return mag_.empty(); }
  std::int64_t to_int64() const noexcept { return small_; }  // requires fits_int64()
  bool fits_uint64() const noexcept;
  std::uint64_t to_uint64() const noexcept;  // requires fits_uint64()
  // float(int), round-half-even like CPython; false on overflow ("int too large to
  // convert to float", OverflowError).
  bool to_double(double& out) const noexcept;

  int sign() const noexcept { return mag_.empty() ? (small_ > 0) - (small_ < 0) : (neg_ ? -1 : 1); }
  bool is_zero() const noexcept { return mag_.empty() && small_ == 0; }
  bool is_odd() const noexcept { return mag_.empty() ? (small_ & 1) != 0 : (mag_[0] & 1) != 0; }
  std::uint64_t bit_length() const noexcept;
  std::uint64_t bit_count() const noexcept;  // popcount of |value|
  // |value| as little-endian limbs (empty for 0); for int.to_bytes and hashing by callers.
  std::vector<Limb> magnitude() const;

  // The int64 cases are inline so that small-int arithmetic costs a checked machine op.
  friend BigInt operator+(const BigInt& a, const BigInt& b) {
    std::int64_t r;
    if (a.mag_.empty() && b.mag_.empty() && !__builtin_add_overflow(a.small_, b.small_, &r)) return BigInt(r);
    return add_slow(a, b, false);
  }
  friend BigInt operator-(const BigInt& a, const BigInt& b) {
    std::int64_t r;
    if (a.mag_.empty() && b.mag_.empty() && !__builtin_sub_overflow(a.small_, b.small_, &r)) return BigInt(r);
    return add_slow(a, b, true);
  }
  friend BigInt operator*(const BigInt& a, const BigInt& b) {
    std::int64_t r;
    if (a.mag_.empty() && b.mag_.empty()) {
      // int32 operands first: a checked 64-bit multiply is a library call on wasm32.
      if (a.small_ == std::int32_t(a.small_) && b.small_ == std::int32_t(b.small_)) return BigInt(a.small_ * b.small_);
      if (!__builtin_mul_overflow(a.small_, b.small_, &r)) return BigInt(r);
    }
    return mul_slow(a, b);
  }
  BigInt operator-() const;
  BigInt abs() const;
  BigInt& operator+=(const BigInt& b) { return *this = *this + b; }
  BigInt& operator-=(const BigInt& b) { return *this = *this - b; }
  BigInt& operator*=(const BigInt& b) { return *this = *this * b; }

  // Python's // and % (quotient floored, remainder has the divisor's sign).
  // false when b == 0: ZeroDivisionError "integer division or modulo by zero" for //
  // and divmod(), "integer modulo by zero" for %.
  static bool floor_divmod(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r);
  static bool floor_div(const BigInt& a, const BigInt& b, BigInt& q);
  static bool floor_mod(const BigInt& a, const BigInt& b, BigInt& r);
  // a / b correctly rounded like CPython's long_true_divide. Errors:
  // ZeroDivisionError "division by zero", OverflowError "integer division result too
  // large for a float".
  static bool true_divide(const BigInt& a, const BigInt& b, double& out, Error& err);
  // base ** exp for exp >= 0 (a negative exp is the caller's float path).
  // MemoryError (empty message) when the result would exceed 2**32 bits.
  static bool pow(const BigInt& base, const BigInt& exp, BigInt& out, Error& err);
  // pow(base, exp, mod): result has mod's sign; negative exp uses the modular inverse.
  // ValueError "pow() 3rd argument cannot be 0", "base is not invertible for the given modulus".
  static bool pow_mod(const BigInt& base, const BigInt& exp, const BigInt& mod, BigInt& out, Error& err);

  // << and >> (>> floors). ValueError "negative shift count"; MemoryError (empty
  // message) for left shifts past 2**32 bits, as CPython's failing allocation.
  static bool lshift(const BigInt& a, const BigInt& n, BigInt& out, Error& err);
  static bool rshift(const BigInt& a, const BigInt& n, BigInt& out, Error& err);
  friend BigInt operator&(const BigInt& a, const BigInt& b);
  friend BigInt operator|(const BigInt& a, const BigInt& b);
  friend BigInt operator^(const BigInt& a, const BigInt& b);
  BigInt operator~() const;

  // round(v, ndigits) for ints: v itself for ndigits >= 0, else to a multiple of
  // 10**-ndigits, ties to even.
  static BigInt round_digits(const BigInt& v, std::int64_t ndigits);
  // math.gcd of two ints (non-negative result), math.isqrt (ValueError "isqrt() argument
  // must be nonnegative").
  static BigInt gcd(const BigInt& a, const BigInt& b);
  static bool isqrt(const BigInt& n, BigInt& out, Error& err);
  // value == m * 2**e with 0.5 <= |m| < 1 (m correctly rounded; 0 gives 0, 0), for
  // math.log/log2/log10 of ints beyond float range.
  double frexp(std::int64_t& e) const;
  // int.to_bytes(length, byteorder, signed=...): OverflowError "int too big to convert",
  // "can't convert negative int to unsigned". int.from_bytes(bytes, byteorder, signed=...).
  bool to_bytes(std::size_t length, bool little_endian, bool is_signed, std::string& out, Error& err) const;
  static BigInt from_bytes(std::string_view bytes, bool little_endian, bool is_signed);

  static int compare(const BigInt& a, const BigInt& b) noexcept;  // -1, 0, 1
  // Compares with a double exactly (no rounding of the int), for int == float etc.
  // nan compares unordered: returns 2.
  static int compare(const BigInt& a, double b) noexcept;
  friend bool operator==(const BigInt& a, const BigInt& b) noexcept {
    return a.small_ == b.small_ && a.neg_ == b.neg_ && a.mag_ == b.mag_;
  }
  friend bool operator<(const BigInt& a, const BigInt& b) noexcept { return compare(a, b) < 0; }
  friend bool operator<=(const BigInt& a, const BigInt& b) noexcept { return compare(a, b) <= 0; }
  friend bool operator>(const BigInt& a, const BigInt& b) noexcept { return compare(a, b) > 0; }
  friend bool operator>=(const BigInt& a, const BigInt& b) noexcept { return compare(a, b) >= 0; }

  // hash(int): value mod 2**61-1 keeping the sign; -1 becomes -2.
  std::int64_t python_hash() const noexcept;

 private:
  std::int64_t small_ = 0;  // the value when mag_ is empty
  bool neg_ = false;        // the sign when mag_ is not empty (small_ is then 0)
  std::vector<Limb> mag_;   // |value| little-endian, only for values outside int64

  static BigInt add_slow(const BigInt& a, const BigInt& b, bool subtract);
  static BigInt mul_slow(const BigInt& a, const BigInt& b);
  friend struct BigIntOps;
};

// CPython 3.11's default limit for str(int)/int(str) in base 10 (sys.set_int_max_str_digits).
inline constexpr std::size_t kMaxStrDigits = 4300;

}  // namespace py::num
