#include "py/num/random.hpp"

#include <algorithm>
#include <bit>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <unordered_set>

#include "py/num/float.hpp"

namespace py::num {

// ------------------------------------------------------------------ MT19937
namespace {

constexpr std::uint32_t kMatrixA = 0x9908b0dfu, kUpper = 0x80000000u, kLower = 0x7fffffffu;

}  // namespace

void MersenneTwister::init_by_array(const std::uint32_t* key, std::size_t n) {
  mt_[0] = 19650218u;
  for (int i = 1; i < N; ++i) mt_[i] = 1812433253u * (mt_[i - 1] ^ (mt_[i - 1] >> 30)) + std::uint32_t(i);
  std::size_t i = 1, j = 0;
  for (std::size_t k = std::max<std::size_t>(N, n); k; --k) {
    mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1664525u)) + key[j] + std::uint32_t(j);
    if (++i >= N) mt_[0] = mt_[N - 1], i = 1;
    if (++j >= n) j = 0;
  }
  for (std::size_t k = N - 1; k; --k) {
    mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1566083941u)) - std::uint32_t(i);
    if (++i >= N) mt_[0] = mt_[N - 1], i = 1;
  }
  mt_[0] = 0x80000000u;  // nonzero initial state is assured
  index_ = N;
}

void MersenneTwister::seed(const BigInt& n) {
  std::vector<BigInt::Limb> key = n.magnitude();  // |n| in 32-bit words, low first
  if (key.empty()) key.push_back(0);
  init_by_array(key.data(), key.size());
}

void MersenneTwister::seed_bytes(std::string_view bytes) {
  // int.from_bytes(b + sha512(b).digest(), 'big'), then seeded as an int.
  std::string all(bytes);
  auto digest = sha512(bytes);
  all.append(reinterpret_cast<const char*>(digest.data()), digest.size());
  std::vector<BigInt::Limb> limbs((all.size() + 3) / 4, 0);
  for (std::size_t i = 0; i < all.size(); ++i) {
    std::size_t pos = all.size() - 1 - i;  // byte index from the least significant end
    limbs[pos / 4] |= BigInt::Limb(static_cast<unsigned char>(all[i])) << (8 * (pos % 4));
  }
  seed(BigInt::from_limbs(limbs.data(), limbs.size(), false));
}

void MersenneTwister::seed_entropy() {
  // As CPython: N words from the OS (emscripten maps /dev/urandom to crypto.getRandomValues),
  // else the time.
  std::array<std::uint32_t, N> key{};
  bool ok = false;
  if (std::FILE* f = std::fopen("/dev/urandom", "rb")) {
    ok = std::fread(key.data(), sizeof key[0], key.size(), f) == key.size();
    std::fclose(f);
  }
  if (ok) return init_by_array(key.data(), key.size());
  auto now = std::chrono::system_clock::now().time_since_epoch();
  auto ns = std::uint64_t(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count());
  std::uint32_t k[2] = {std::uint32_t(ns), std::uint32_t(ns >> 32)};
  init_by_array(k, 2);
}

std::uint32_t MersenneTwister::next_u32() {
  if (index_ >= N) {
    int k = 0;
    for (; k < N - 397; ++k) {
      std::uint32_t y = (mt_[k] & kUpper) | (mt_[k + 1] & kLower);
      mt_[k] = mt_[k + 397] ^ (y >> 1) ^ ((y & 1) ? kMatrixA : 0);
    }
    for (; k < N - 1; ++k) {
      std::uint32_t y = (mt_[k] & kUpper) | (mt_[k + 1] & kLower);
      mt_[k] = mt_[k + (397 - N)] ^ (y >> 1) ^ ((y & 1) ? kMatrixA : 0);
    }
    std::uint32_t y = (mt_[N - 1] & kUpper) | (mt_[0] & kLower);
    mt_[N - 1] = mt_[396] ^ (y >> 1) ^ ((y & 1) ? kMatrixA : 0);
    index_ = 0;
  }
  std::uint32_t y = mt_[index_++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

double MersenneTwister::random() {
  std::uint32_t a = next_u32() >> 5, b = next_u32() >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

std::uint64_t MersenneTwister::getrandbits64(unsigned k) {
  if (k == 0) return 0;
  if (k <= 32) return next_u32() >> (32 - k);
  std::uint64_t low = next_u32();
  return low | std::uint64_t(next_u32() >> (64 - k)) << 32;
}

BigInt MersenneTwister::getrandbits(std::uint64_t k) {
  if (k <= 64) return BigInt::from_uint64(getrandbits64(unsigned(k)));
  // Words are drawn least significant first; the last one keeps only its top bits.
  std::vector<BigInt::Limb> words(std::size_t((k - 1) / 32 + 1));
  for (auto& w : words) {
    std::uint32_t r = next_u32();
    if (k < 32) r >>= 32 - k;
    w = r;
    k -= std::min<std::uint64_t>(k, 32);
  }
  return BigInt::from_limbs(words.data(), words.size(), false);
}

std::array<std::uint32_t, MersenneTwister::N + 1> MersenneTwister::getstate() const {
  std::array<std::uint32_t, N + 1> s;
  std::copy(mt_.begin(), mt_.end(), s.begin());
  s[N] = std::uint32_t(index_);
  return s;
}

bool MersenneTwister::setstate(const std::array<std::uint32_t, N + 1>& state, Error& err) {
  if (state[N] > std::uint32_t(N)) return err.set(Exc::ValueError, "invalid state");
  std::copy(state.begin(), state.begin() + N, mt_.begin());
  index_ = int(state[N]);
  return true;
}

// ------------------------------------------------------------------ Random (Lib/random.py)
BigInt Random::randbelow(const BigInt& n) {
  if (n.fits_uint64()) return BigInt::from_uint64(randbelow(n.to_uint64()));
  const std::uint64_t k = n.bit_length();
  BigInt r = mt.getrandbits(k);
  while (r >= n) r = mt.getrandbits(k);
  return r;
}

std::uint64_t Random::randbelow(std::uint64_t n) {
  const unsigned k = unsigned(64 - std::countl_zero(n));
  std::uint64_t r = mt.getrandbits64(k);
  while (r >= n) r = mt.getrandbits64(k);
  return r;
}

bool Random::randrange(const BigInt& stop, BigInt& out, Error& err) {
  if (stop.sign() > 0) return out = randbelow(stop), true;
  return err.set(Exc::ValueError, "empty range for randrange()");
}

bool Random::randrange(const BigInt& start, const BigInt& stop, const BigInt& step, BigInt& out, Error& err) {
  const BigInt width = stop - start;
  if (step == BigInt(1)) {
    if (width.sign() > 0) return out = start + randbelow(width), true;
    return err.set(Exc::ValueError, "empty range for randrange() (" + start.to_string() + ", " + stop.to_string() +
                                        ", " + width.to_string() + ")");
  }
  BigInt n;
  if (step.sign() > 0) BigInt::floor_div(width + step - BigInt(1), step, n);
  else if (step.sign() < 0) BigInt::floor_div(width + step + BigInt(1), step, n);
  else return err.set(Exc::ValueError, "zero step for randrange()");
  if (n.sign() <= 0) return err.set(Exc::ValueError, "empty range for randrange()");
  out = start + step * randbelow(n);
  return true;
}

bool Random::randint(const BigInt& a, const BigInt& b, BigInt& out, Error& err) {
  return randrange(a, b + BigInt(1), BigInt(1), out, err);
}

std::string Random::randbytes(std::size_t n) {
  std::string out;
  Error unused;
  mt.getrandbits(std::uint64_t(n) * 8).to_bytes(n, true, false, out, unused);
  return out;
}

bool Random::choice(std::size_t len, std::size_t& index, Error& err) {
  if (len == 0) return err.set(Exc::IndexError, "Cannot choose from an empty sequence");
  index = std::size_t(randbelow(std::uint64_t(len)));
  return true;
}

bool Random::sample(std::size_t n, std::int64_t k, std::vector<std::size_t>& out, Error& err) {
  if (k < 0 || std::uint64_t(k) > n) return err.set(Exc::ValueError, "Sample larger than population or is negative");
  out.assign(std::size_t(k), 0);
  // random.py picks the strategy by comparing n with the memory of a set of k items.
  double setsize = 21;
  if (k > 5) setsize += std::pow(4.0, std::ceil(std::log(double(k * 3)) / std::log(4.0)));
  if (double(n) <= setsize) {
    std::vector<std::size_t> pool(n);
    for (std::size_t i = 0; i < n; ++i) pool[i] = i;
    for (std::size_t i = 0; i < out.size(); ++i) {
      std::size_t j = std::size_t(randbelow(std::uint64_t(n - i)));
      out[i] = pool[j];
      pool[j] = pool[n - i - 1];
    }
  } else {
    std::unordered_set<std::size_t> selected;
    for (auto& o : out) {
      std::size_t j = std::size_t(randbelow(std::uint64_t(n)));
      while (selected.count(j)) j = std::size_t(randbelow(std::uint64_t(n)));
      selected.insert(j);
      o = j;
    }
  }
  return true;
}

std::vector<std::size_t> Random::choices(std::size_t n, std::size_t k) {
  std::vector<std::size_t> out(k);
  const double fn = double(n);
  for (auto& o : out) o = std::size_t(std::floor(random() * fn));
  return out;
}

bool Random::choices(std::size_t n, const std::vector<double>& cum_weights, std::size_t k,
                     std::vector<std::size_t>& out, Error& err) {
  if (cum_weights.size() != n) return err.set(Exc::ValueError, "The number of weights does not match the population");
  if (n == 0) return err.set(Exc::IndexError, "list index out of range");
  const double total = cum_weights.back() + 0.0;
  if (total <= 0.0) return err.set(Exc::ValueError, "Total of weights must be greater than zero");
  if (!std::isfinite(total)) return err.set(Exc::ValueError, "Total of weights must be finite");
  out.assign(k, 0);
  for (auto& o : out)  // bisect_right over cum_weights[0 : n-1]
    o = std::size_t(std::upper_bound(cum_weights.begin(), cum_weights.end() - 1, random() * total) - cum_weights.begin());
  return true;
}

double Random::triangular(double low, double high, std::optional<double> mode) {
  double u = random();
  double c;
  if (mode) {
    if (high - low == 0) return low;  // random.py catches the ZeroDivisionError
    c = (*mode - low) / (high - low);
  } else {
    c = 0.5;
  }
  if (u > c) u = 1.0 - u, c = 1.0 - c, std::swap(low, high);
  return low + (high - low) * std::sqrt(u * c);
}

double Random::normalvariate(double mu, double sigma) {
  static const double kMagic = 4 * std::exp(-0.5) / std::sqrt(2.0);
  double z;
  for (;;) {
    double u1 = random(), u2 = 1.0 - random();
    z = kMagic * (u1 - 0.5) / u2;
    if (z * z / 4.0 <= -std::log(u2)) break;
  }
  return mu + z * sigma;
}

double Random::gauss(double mu, double sigma) {
  std::optional<double> z = gauss_next;
  gauss_next.reset();
  if (!z) {
    const double x2pi = random() * (2 * std::numbers::pi);
    const double g2rad = std::sqrt(-2.0 * std::log(1.0 - random()));
    z = std::cos(x2pi) * g2rad;
    gauss_next = std::sin(x2pi) * g2rad;
  }
  return mu + *z * sigma;
}

double Random::lognormvariate(double mu, double sigma) { return std::exp(normalvariate(mu, sigma)); }

bool Random::expovariate(double lambd, double& out, Error& err) {
  double u = random();
  if (lambd == 0) return err.set(Exc::ZeroDivisionError, "float division by zero");
  out = -std::log(1.0 - u) / lambd;
  return true;
}

double Random::vonmisesvariate(double mu, double kappa) {
  const double twopi = 2 * std::numbers::pi;
  if (kappa <= 1e-6) return twopi * random();
  const double s = 0.5 / kappa, r = s + std::sqrt(1.0 + s * s);
  double z;
  for (;;) {
    double u1 = random();
    z = std::cos(std::numbers::pi * u1);
    double d = z / (r + z), u2 = random();
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * std::exp(d)) break;
  }
  const double q = 1.0 / r, f = (q + z) / (1.0 + q * z), u3 = random();
  Error unused;
  double theta;
  float_mod(u3 > 0.5 ? mu + std::acos(f) : mu - std::acos(f), twopi, theta, unused);
  return theta;
}

bool Random::gammavariate(double alpha, double beta, double& out, Error& err) {
  if (alpha <= 0.0 || beta <= 0.0) return err.set(Exc::ValueError, "gammavariate: alpha and beta must be > 0.0");
  if (alpha > 1.0) {
    static const double kLog4 = std::log(4.0), kSg = 1.0 + std::log(4.5);
    const double ainv = std::sqrt(2.0 * alpha - 1.0), bbb = alpha - kLog4, ccc = alpha + ainv;
    for (;;) {
      double u1 = random();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      double u2 = 1.0 - random();
      double v = std::log(u1 / (1.0 - u1)) / ainv, x = alpha * std::exp(v);
      double z = u1 * u1 * u2, r = bbb + ccc * v - x;
      if (r + kSg - 4.5 * z >= 0.0 || r >= std::log(z)) return out = x * beta, true;
    }
  }
  if (alpha == 1.0) return out = -std::log(1.0 - random()) * beta, true;
  double x;
  for (;;) {  // 0 < alpha < 1: algorithm GS (Kennedy & Gentle)
    double u = random(), b = (std::numbers::e + alpha) / std::numbers::e, p = b * u;
    x = p <= 1.0 ? std::pow(p, 1.0 / alpha) : -std::log((b - p) / alpha);
    double u1 = random();
    if (p > 1.0 ? u1 <= std::pow(x, alpha - 1.0) : u1 <= std::exp(-x)) break;
  }
  out = x * beta;
  return true;
}

bool Random::betavariate(double alpha, double beta, double& out, Error& err) {
  double y, y2;
  if (!gammavariate(alpha, 1.0, y, err)) return false;
  if (y == 0) return out = 0.0, true;
  if (!gammavariate(beta, 1.0, y2, err)) return false;
  out = y / (y + y2);
  return true;
}

double Random::paretovariate(double alpha) { return std::pow(1.0 - random(), -1.0 / alpha); }

double Random::weibullvariate(double alpha, double beta) {
  return alpha * std::pow(-std::log(1.0 - random()), 1.0 / beta);
}

}  // namespace py::num
