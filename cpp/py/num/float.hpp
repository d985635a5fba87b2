#pragma once
// Python's float operations that are more than one machine instruction: repr, parsing,
// hashing, round(), floor division and modulo, exact conversions to and from int,
// math.fsum. No floating std::to_chars/from_chars (emcc 3.1.6 lacks them): shortest
// digits come from exact 128-bit arithmetic where it suffices, else from
// snprintf/strtod, which are correctly rounded in glibc and musl.
#include <vector>
#include <cstdint>
#include <string>
#include <string_view>

#include "py/num/bigint.hpp"
#include "py/num/error.hpp"

namespace py::num {

// repr(x) == str(x): shortest round-trip digits, exponent form when the decimal exponent
// is < -4 or >= 16 ('1e+16', '1e-05', '0.0001', '123.0', 'inf', '-inf', 'nan', '-0.0').
std::string float_repr(double x);
// Shortest round-trip digits of |x| (finite, nonzero) and the decimal exponent of the
// first digit: x == 0.d1d2d3... * 10**(exp10 + 1). For callers laying digits out themselves.
void shortest_digits(double x, std::string& digits, int& exp10);

// float(s) for a str: surrounding whitespace, sign, digits with PEP 515 underscores,
// 'inf'/'infinity'/'nan' in any case; hex is not accepted. false when invalid; the
// caller raises ValueError "could not convert string to float: 'abc'" (repr of its str).
bool parse_float(std::string_view s, double& out);

// hash(x), equal to hash(int(x)) for integral x; inf 314159, -inf -314159. NaN returns 0:
// the caller hashes NaN by object identity as CPython 3.10+ does.
std::int64_t float_hash(double x);

// round(x, ndigits) exactly like CPython (correctly rounded, half-even, via decimal
// strings). OverflowError "rounded value too large to represent" when the result overflows.
bool python_round(double x, std::int64_t ndigits, double& out, Error& err);
// round(x) with no ndigits: half-even to an int. OverflowError "cannot convert float
// infinity to integer", ValueError "cannot convert float NaN to integer".
bool python_round_int(double x, BigInt& out, Error& err);

// //, % and divmod() for floats with Python's sign rules. ZeroDivisionError
// "float floor division by zero", "float modulo", "float divmod()".
bool float_floor_div(double a, double b, double& out, Error& err);
bool float_mod(double a, double b, double& out, Error& err);
bool float_divmod(double a, double b, double& q, double& r, Error& err);
// a ** b for floats as float_pow does: ZeroDivisionError "0.0 cannot be raised to a
// negative power"; a negative base with a non-integral exponent sets *complex_result
// (CPython returns a complex there) and returns false with ValueError
// "math domain error" as a fallback message; OverflowError "(34, 'Numerical result out of range')".
bool float_pow(double a, double b, double& out, Error& err, bool* complex_result = nullptr);

bool float_is_integer(double x);
// x.as_integer_ratio(): lowest terms, positive denominator. OverflowError "cannot
// convert Infinity to integer ratio", ValueError "cannot convert NaN to integer ratio".
bool float_as_integer_ratio(double x, BigInt& num, BigInt& den, Error& err);
// int(x): exact truncation (int(1e300) has 301 digits). Errors as python_round_int.
bool float_to_bigint(double x, BigInt& out, Error& err);

// math.fsum: exact sum of the partials (Shewchuk), rounded once, as CPython's. Feed each
// item with add(), then result(). add() fails with OverflowError "intermediate overflow
// in fsum"; result() with ValueError "-inf + inf in fsum".
class Fsum {
 public:
  bool add(double x, Error& err);
  bool result(double& out, Error& err) const;

 private:
  std::vector<double> partials_;
  double special_sum_ = 0.0, inf_sum_ = 0.0;
};

}  // namespace py::num
