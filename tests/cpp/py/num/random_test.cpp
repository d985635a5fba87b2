// MT19937 and random.py's algorithms against CPython 3.11 (data/num/random.txt): the
// same seeds must give the same numbers.
#include "py/num/random.hpp"

#include <cmath>
#include <sstream>

#include "vectors.hpp"

namespace py::num::test {
namespace {

std::string join(const std::vector<std::size_t>& v) {
  std::string s;
  for (std::size_t i = 0; i < v.size(); ++i) s += (i ? "," : "") + std::to_string(v[i]);
  return s;
}

std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  for (std::string item; std::getline(in, item, ',');) out.push_back(item);
  return out;
}

// Results computed through libm (log, cos, sqrt...) may differ in the last bits
// between glibc (CPython's) and emscripten's musl; everything else must be identical.
bool close(double got, double want) {
#ifdef __EMSCRIPTEN__
  return std::fabs(got - want) <= 1e-14 * std::fabs(want);
#else
  return got == want;
#endif
}

TEST(Random, MatchesCPythonSequences) {
  auto cases = read_cases("random.txt");
  ASSERT_GT(cases.size(), 300u);
  Random rng;
  int failures = 0;
  auto check = [&](const std::vector<std::string>& c, const std::string& got, const std::string& want) {
    if (got != want && ++failures <= 20) ADD_FAILURE() << c[0] << " " << c[1] << "\n got  " << got << "\n want " << want;
  };
  auto ires = [](bool ok, const BigInt& v, const Error& e) { return ok ? v.to_string(16) : "!" + show(e); };
  auto iwant = [](const std::string& f) { return is_error(f) ? "!" + dec_error(f) : dec_int(f).to_string(16); };
  for (const auto& c : cases) {
    const std::string& op = c[0];
    Error err;
    if (op == "seed_int") {
      rng.seed(dec_int(c[1]));
    } else if (op == "seed_bytes") {
      rng.seed_bytes(dec_str(c[1]));
    } else if (op == "state") {
      auto st = rng.mt.getstate();
      std::ostringstream s;
      s << std::hex << st[0] << "," << st[1] << "," << st[312] << "," << st[623] << "," << st[624];
      check(c, s.str(), c[1]);
    } else if (op == "random") {
      check(c, float_bits(rng.random()), c[1]);
    } else if (op == "uniform") {
      check(c, float_bits(rng.uniform(dec_float(c[1]), dec_float(c[2]))), c[3]);
    } else if (op == "randint") {
      BigInt r;
      bool ok = rng.randint(dec_int(c[1]), dec_int(c[2]), r, err);
      check(c, ires(ok, r, err), iwant(c[3]));
    } else if (op == "randrange") {
      BigInt r;
      bool ok = rng.randrange(dec_int(c[1]), dec_int(c[2]), dec_int(c[3]), r, err);
      check(c, ires(ok, r, err), iwant(c[4]));
    } else if (op == "randrange1") {
      BigInt r;
      bool ok = rng.randrange(dec_int(c[1]), r, err);
      check(c, ires(ok, r, err), iwant(c[2]));
    } else if (op == "getrandbits") {
      check(c, rng.mt.getrandbits(std::stoull(c[1])).to_string(16), dec_int(c[2]).to_string(16));
    } else if (op == "randbelow") {
      check(c, rng.randbelow(dec_int(c[1])).to_string(16), dec_int(c[2]).to_string(16));
    } else if (op == "choice") {
      std::size_t i = 0;
      ASSERT_TRUE(rng.choice(std::stoul(c[1]), i, err));
      check(c, std::to_string(i), c[2]);
    } else if (op == "shuffle") {
      std::vector<std::size_t> v(std::stoul(c[1]));
      for (std::size_t i = 0; i < v.size(); ++i) v[i] = i;
      rng.shuffle(v.size(), [&](std::size_t i, std::size_t j) { std::swap(v[i], v[j]); });
      check(c, join(v), c.size() > 2 ? c[2] : "");
    } else if (op == "sample") {
      std::vector<std::size_t> v;
      bool ok = rng.sample(std::stoul(c[1]), std::stoll(c[2]), v, err);
      check(c, ok ? join(v) : "!" + show(err), is_error(c[3]) ? "!" + dec_error(c[3]) : c[3]);
    } else if (op == "choices") {
      check(c, join(rng.choices(std::stoul(c[1]), std::stoul(c[2]))), c[3]);
    } else if (op == "choicesw") {
      std::vector<double> cum;
      for (const auto& w : split(c[2])) cum.push_back(dec_float(w));
      std::vector<std::size_t> v;
      bool ok = rng.choices(std::stoul(c[1]), cum, std::stoul(c[3]), v, err);
      check(c, ok ? join(v) : "!" + show(err), is_error(c[4]) ? "!" + dec_error(c[4]) : c[4]);
    } else if (op == "gauss" || op == "normalvariate") {
      double got = op == "gauss" ? rng.gauss(dec_float(c[1]), dec_float(c[2])) : rng.normalvariate(dec_float(c[1]), dec_float(c[2]));
      if (!close(got, dec_float(c[3]))) check(c, float_bits(got), c[3]);
    } else if (op == "expovariate") {
      double got = 0;
      ASSERT_TRUE(rng.expovariate(dec_float(c[1]), got, err));
      if (!close(got, dec_float(c[2]))) check(c, float_bits(got), c[2]);
    } else if (op == "triangular") {
      double got = rng.triangular(dec_float(c[1]), dec_float(c[2]));
      if (!close(got, dec_float(c[3]))) check(c, float_bits(got), c[3]);
    } else {
      ADD_FAILURE() << "unknown op " << op;
    }
  }
  EXPECT_EQ(failures, 0);
}

TEST(Random, StateRoundTripsAndEntropyDiffers) {
  Random a, b;
  a.seed(BigInt(7));
  a.random();
  auto state = a.mt.getstate();
  Error err;
  ASSERT_TRUE(b.mt.setstate(state, err));
  for (int i = 0; i < 1000; ++i) ASSERT_EQ(a.mt.next_u32(), b.mt.next_u32());
  state[MersenneTwister::N] = 625;
  EXPECT_FALSE(b.mt.setstate(state, err));
  EXPECT_EQ(show(err), "ValueError: invalid state");
  a.seed_entropy();
  b.seed_entropy();
  EXPECT_NE(a.mt.getrandbits(128).to_string(16), b.mt.getrandbits(128).to_string(16));
}

TEST(Random, Sha512KnownAnswer) {
  auto hex = [](const std::array<unsigned char, 64>& d) {
    std::string s;
    for (unsigned char b : d) s += "0123456789abcdef"[b >> 4], s += "0123456789abcdef"[b & 15];
    return s;
  };
  // FIPS 180-4 examples "abc" and the empty string.
  EXPECT_EQ(hex(sha512("abc")),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
  EXPECT_EQ(hex(sha512("")),
            "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e");
  EXPECT_EQ(hex(sha512(std::string(1000, 'a'))).substr(0, 16), "67ba5535a46e3f86");
}

}  // namespace
}  // namespace py::num::test
