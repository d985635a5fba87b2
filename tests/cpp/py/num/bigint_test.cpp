// BigInt against CPython 3.11 on random operands of many sizes (data/num/bigint.txt).
#include "py/num/bigint.hpp"

#include <chrono>

#include "vectors.hpp"

namespace py::num::test {
namespace {

std::string hex(const BigInt& v) { return v.to_string(16); }
std::string result(bool ok, const BigInt& v, const Error& err) { return ok ? hex(v) : "!" + show(err); }
std::string expect_result(const std::string& f) { return is_error(f) ? "!" + dec_error(f) : hex(dec_int(f)); }

TEST(BigInt, MatchesCPythonVectors) {
  auto cases = read_cases("bigint.txt");
  ASSERT_GT(cases.size(), 10000u);
  int failures = 0;
  auto check = [&](const std::vector<std::string>& c, const std::string& got, const std::string& want) {
    if (got == want) return;
    if (++failures <= 20) ADD_FAILURE() << c[0] << " " << c[1] << " " << (c.size() > 2 ? c[2] : "") << "\n got  " << got << "\n want " << want;
  };
  for (const auto& c : cases) {
    const std::string& op = c[0];
    BigInt a = op == "from_bytes" ? BigInt() : dec_int(c[1]);
    Error err;
    if (op == "add" || op == "sub" || op == "mul" || op == "and" || op == "or" || op == "xor") {
      BigInt b = dec_int(c[2]), r;
      r = op == "add" ? a + b : op == "sub" ? a - b : op == "mul" ? a * b : op == "and" ? (a & b) : op == "or" ? (a | b) : (a ^ b);
      check(c, hex(r), hex(dec_int(c[3])));
      if (!(r == dec_int(c[3]))) check(c, "non-canonical " + hex(r), hex(dec_int(c[3])));
    } else if (op == "floordiv" || op == "mod") {
      BigInt b = dec_int(c[2]), q, r;
      bool ok = BigInt::floor_divmod(a, b, q, r);
      if (is_error(c[3])) check(c, ok ? "ok" : "ZeroDivisionError", dec_error(c[3]).substr(0, 17));
      else check(c, ok ? hex(op == "mod" ? r : q) : "error", hex(dec_int(c[3])));
    } else if (op == "truediv") {
      double d = 0;
      bool ok = BigInt::true_divide(a, dec_int(c[2]), d, err);
      check(c, ok ? float_bits(d) : "!" + show(err), is_error(c[3]) ? "!" + dec_error(c[3]) : c[3]);
    } else if (op == "cmp") {
      check(c, std::to_string(BigInt::compare(a, dec_int(c[2]))), c[3]);
    } else if (op == "neg") {
      check(c, hex(-a), hex(dec_int(c[2])));
    } else if (op == "invert") {
      check(c, hex(~a), hex(dec_int(c[2])));
    } else if (op == "float") {
      double d = 0;
      bool ok = a.to_double(d);
      check(c, ok ? float_bits(d) : "OverflowError", is_error(c[2]) ? dec_error(c[2]).substr(0, 13) : c[2]);
    } else if (op == "hash") {
      check(c, std::to_string(a.python_hash()), std::to_string(dec_int(c[2]).to_int64()));
    } else if (op == "bitlen") {
      check(c, std::to_string(a.bit_length()), std::to_string(dec_int(c[2]).to_int64()));
    } else if (op == "str") {
      check(c, a.to_string(std::stoi(c[2])), dec_str(c[3]));
    } else if (op == "lshift" || op == "rshift") {
      BigInt r;
      bool ok = op == "lshift" ? BigInt::lshift(a, dec_int(c[2]), r, err) : BigInt::rshift(a, dec_int(c[2]), r, err);
      check(c, result(ok, r, err), expect_result(c[3]));
    } else if (op == "pow") {
      BigInt r;
      bool ok = BigInt::pow(a, dec_int(c[2]), r, err);
      check(c, result(ok, r, err), expect_result(c[3]));
    } else if (op == "powmod") {
      BigInt r;
      bool ok = BigInt::pow_mod(a, dec_int(c[2]), dec_int(c[3]), r, err);
      check(c, result(ok, r, err), expect_result(c[4]));
    } else if (op == "parse") {
      BigInt r;
      bool ok = BigInt::parse(dec_str(c[1]), std::stoi(c[2]), r);
      check(c, ok ? hex(r) : "invalid", is_error(c[3]) ? "invalid" : hex(dec_int(c[3])));
    } else if (op == "cmpf") {
      check(c, std::to_string(BigInt::compare(a, dec_float(c[2]))), c[3]);
    } else if (op == "round") {
      check(c, hex(BigInt::round_digits(a, std::stoll(c[2]))), hex(dec_int(c[3])));
    } else if (op == "gcd") {
      check(c, hex(BigInt::gcd(a, dec_int(c[2]))), hex(dec_int(c[3])));
    } else if (op == "isqrt") {
      BigInt r;
      bool ok = BigInt::isqrt(a, r, err);
      check(c, result(ok, r, err), expect_result(c[2]));
    } else if (op == "to_bytes") {
      std::string out;
      bool ok = a.to_bytes(std::stoul(c[2]), c[3] == "little", c[4] == "1", out, err);
      check(c, ok ? out : "!" + show(err), is_error(c[5]) ? "!" + dec_error(c[5]) : dec_str(c[5]));
    } else if (op == "from_bytes") {
      check(c, hex(BigInt::from_bytes(dec_str(c[1]), c[2] == "little", c[3] == "1")), hex(dec_int(c[4])));
    } else {
      ADD_FAILURE() << "unknown op " << op;
    }
  }
  EXPECT_EQ(failures, 0);
}

TEST(BigInt, Int64RangeStaysInline) {
  BigInt a(INT64_MAX), b(1);
  EXPECT_FALSE((a + b).fits_int64());
  EXPECT_TRUE(((a + b) - b).fits_int64());
  EXPECT_TRUE(BigInt(INT64_MIN).fits_int64());
  EXPECT_EQ((-BigInt(INT64_MIN)).to_string(), "9223372036854775808");
  EXPECT_TRUE((-(-BigInt(INT64_MIN))).fits_int64());
  EXPECT_EQ(BigInt(std::uint64_t(UINT64_MAX)).to_string(), "18446744073709551615");
  BigInt q, r;
  ASSERT_TRUE(BigInt::floor_divmod(BigInt(INT64_MIN), BigInt(-1), q, r));
  EXPECT_EQ(q.to_string(), "9223372036854775808");
  EXPECT_EQ(BigInt::compare(BigInt(3), 3.5), -1);
  EXPECT_EQ(BigInt::compare(BigInt(1), 1.0), 0);
}

TEST(BigInt, Frexp) {
  std::int64_t e;
  EXPECT_EQ(BigInt(0).frexp(e), 0.0);
  EXPECT_EQ(BigInt(-12).frexp(e), -0.75);
  EXPECT_EQ(e, 4);
  BigInt big;
  Error err;
  ASSERT_TRUE(BigInt::lshift(BigInt(3), BigInt(5000), big, err));
  EXPECT_EQ(big.frexp(e), 0.75);
  EXPECT_EQ(e, 5002);
  // 2**64 - 1 rounds up to 2**64: m = 0.5, e = 65.
  EXPECT_EQ(BigInt(std::uint64_t(UINT64_MAX)).frexp(e), 0.5);
  EXPECT_EQ(e, 65);
}

TEST(BigInt, LargeOperandsAreFast) {
  // 10k-digit operands: multiplication, division and decimal conversion in a few ms each.
  BigInt x;
  ASSERT_TRUE(BigInt::parse(std::string(10000, '7'), 10, x));
  auto t0 = std::chrono::steady_clock::now();
  BigInt p = x * (x + BigInt(12345));
  BigInt q, r;
  ASSERT_TRUE(BigInt::floor_divmod(p, x + BigInt(1), q, r));
  std::string s = p.to_string();
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_EQ(s.size(), 20000u);
  EXPECT_EQ(q * (x + BigInt(1)) + r, p);
  RecordProperty("ms", std::to_string(ms));
  std::printf("10k-digit mul + divmod + str: %.2f ms\n", ms);
  EXPECT_LT(ms, 500.0);  // generous for Debug/ASan builds; ~ms in Release
}

}  // namespace
}  // namespace py::num::test
