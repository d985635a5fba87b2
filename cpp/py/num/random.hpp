#pragma once
// CPython's random module without objects: MersenneTwister is _random.Random (MT19937
// seeded by init_by_array, 53-bit random(), getrandbits), Random layers the algorithms
// of 3.11's Lib/random.py on it so that the same seed gives the same numbers.
// Sequence operations work on indices; the core maps them onto its list/tuple.
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "py/num/bigint.hpp"
#include "py/num/error.hpp"

namespace py::num {

class MersenneTwister {
 public:
  static constexpr int N = 624;

  // Seeded with 0; the random module seeds its instance with seed_entropy() at import
  // (or with --seed N), as CPython seeds from os.urandom.
  MersenneTwister() { seed(BigInt(0)); }
  // seed(int): |n| split into 32-bit words, least significant first (one zero word for 0).
  void seed(const BigInt& n);
  // seed(str/bytes/bytearray) version 2: int.from_bytes(b + sha512(b).digest(), 'big').
  // A str is passed as its UTF-8 bytes.
  void seed_bytes(std::string_view bytes);
  // seed(None): from the OS entropy source (falls back to time when unavailable).
  void seed_entropy();
  void init_by_array(const std::uint32_t* key, std::size_t n);

  std::uint32_t next_u32();
  double random();  // [0, 1) with 53 random bits
  // getrandbits(k) for k >= 0 (the caller raises ValueError "number of bits must be non-negative").
  BigInt getrandbits(std::uint64_t k);
  std::uint64_t getrandbits64(unsigned k);  // k <= 64, same stream as getrandbits

  // State as Random.getstate()[1]: the 624 words then the index (a tuple of 625 ints).
  std::array<std::uint32_t, N + 1> getstate() const;
  // ValueError "invalid state" when the index is outside 0..624.
  bool setstate(const std::array<std::uint32_t, N + 1>& state, Error& err);

 private:
  std::array<std::uint32_t, N> mt_{};
  int index_ = N + 1;
};

class Random {
 public:
  MersenneTwister mt;
  std::optional<double> gauss_next;  // part of getstate(): (3, mt.getstate(), gauss_next)

  void seed(const BigInt& n) { mt.seed(n), gauss_next.reset(); }
  void seed_bytes(std::string_view b) { mt.seed_bytes(b), gauss_next.reset(); }
  void seed_entropy() { mt.seed_entropy(), gauss_next.reset(); }
  double random() { return mt.random(); }

  // _randbelow_with_getrandbits: uniform in [0, n) for n > 0.
  BigInt randbelow(const BigInt& n);
  std::uint64_t randbelow(std::uint64_t n);  // the same draws, without BigInt
  // randrange(start[, stop[, step]]) on ints (the caller converts arguments and raises
  // TypeError "Missing a non-None stop argument" when step is given without stop).
  // ValueError "empty range for randrange()", "empty range for randrange() (0, 0, 0)",
  // "zero step for randrange()".
  bool randrange(const BigInt& stop, BigInt& out, Error& err);
  bool randrange(const BigInt& start, const BigInt& stop, const BigInt& step, BigInt& out, Error& err);
  // randint(a, b) == randrange(a, b + 1).
  bool randint(const BigInt& a, const BigInt& b, BigInt& out, Error& err);
  double uniform(double a, double b) { return a + (b - a) * random(); }
  // randbytes(n): getrandbits(n * 8).to_bytes(n, 'little').
  std::string randbytes(std::size_t n);
  // choice(seq): the index to take. IndexError "Cannot choose from an empty sequence".
  bool choice(std::size_t len, std::size_t& index, Error& err);
  // shuffle(x): calls swap(i, j) exactly as random.py swaps x[i], x[j].
  template <class Swap>
  void shuffle(std::size_t len, Swap&& swap) {
    for (std::size_t i = len; i-- > 1;) swap(i, static_cast<std::size_t>(randbelow(std::uint64_t(i + 1))));
  }
  // sample(population, k): the k indices into the population, in selection order, with
  // random.py's two strategies (pool for small populations, rejection set otherwise).
  // ValueError "Sample larger than population or is negative".
  bool sample(std::size_t n, std::int64_t k, std::vector<std::size_t>& out, Error& err);
  // choices(population, k=k): indices drawn with replacement, equal weights.
  std::vector<std::size_t> choices(std::size_t n, std::size_t k);
  // choices with cum_weights (the caller accumulates weights= first as random.py does).
  // ValueError "The number of weights does not match the population", "Total of weights
  // must be greater than zero", "Total of weights must be finite".
  bool choices(std::size_t n, const std::vector<double>& cum_weights, std::size_t k,
               std::vector<std::size_t>& out, Error& err);

  double triangular(double low = 0.0, double high = 1.0, std::optional<double> mode = std::nullopt);
  double normalvariate(double mu = 0.0, double sigma = 1.0);
  double gauss(double mu = 0.0, double sigma = 1.0);
  double lognormvariate(double mu, double sigma);
  // ZeroDivisionError "float division by zero" for lambd == 0.
  bool expovariate(double lambd, double& out, Error& err);
  double vonmisesvariate(double mu, double kappa);
  // ValueError "gammavariate: alpha and beta must be > 0.0".
  bool gammavariate(double alpha, double beta, double& out, Error& err);
  bool betavariate(double alpha, double beta, double& out, Error& err);
  double paretovariate(double alpha);
  double weibullvariate(double alpha, double beta);
};

// SHA-512 (FIPS 180-4) of a byte string, for seeding from str/bytes.
std::array<unsigned char, 64> sha512(std::string_view data);

}  // namespace py::num
