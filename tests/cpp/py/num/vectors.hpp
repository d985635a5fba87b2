#pragma once
// Reads the CPython-recorded cases of tests/cpp/py/data/num/*.txt (written by
// scripts/record-num-vectors.py): one case a line, tab-separated fields. Decoding does
// not go through the code under test: ints are built from hex limbs with from_limbs.
#include <cstdint>
#include <cstring>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "py/num/bigint.hpp"
#include "py/num/error.hpp"

namespace py::num::test {

inline std::vector<std::vector<std::string>> read_cases(const char* name) {
  std::ifstream in(std::string(AIOPLAY_SOURCE_DIR) + "/tests/cpp/py/data/num/" + name);
  EXPECT_TRUE(in.good()) << "missing vectors " << name << ": run scripts/record-num-vectors.py";
  std::vector<std::vector<std::string>> cases;
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> f;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
      f.push_back(line.substr(start, tab - start));
    f.push_back(line.substr(start));
    cases.push_back(std::move(f));
  }
  return cases;
}

inline int hexval(char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }

inline BigInt dec_int(std::string_view s) {
  bool neg = !s.empty() && s[0] == '-';
  if (neg) s.remove_prefix(1);
  std::vector<BigInt::Limb> limbs((s.size() + 7) / 8, 0);
  for (std::size_t i = 0; i < s.size(); ++i) {
    std::size_t pos = s.size() - 1 - i;  // nibble index from the low end
    limbs[pos / 8] |= BigInt::Limb(hexval(s[i])) << (4 * (pos % 8));
  }
  return BigInt::from_limbs(limbs.data(), limbs.size(), neg);
}

inline double dec_float(std::string_view s) {
  std::uint64_t bits = 0;
  for (char c : s) bits = bits << 4 | std::uint64_t(hexval(c));
  double d;
  std::memcpy(&d, &bits, sizeof d);
  return d;
}

inline std::string float_bits(double d) {
  std::uint64_t bits;
  std::memcpy(&bits, &d, sizeof d);
  char buf[17];
  for (int i = 15; i >= 0; --i, bits >>= 4) buf[i] = "0123456789abcdef"[bits & 15];
  buf[16] = 0;
  return buf;
}

inline std::string dec_str(std::string_view s) {  // "=68656c6c6f"
  std::string out;
  for (std::size_t i = 1; i + 1 < s.size(); i += 2) out.push_back(char(hexval(s[i]) << 4 | hexval(s[i + 1])));
  return out;
}

inline bool is_error(std::string_view s) { return !s.empty() && s[0] == '!'; }

inline const char* exc_name(Exc e) {
  switch (e) {
    case Exc::ValueError: return "ValueError";
    case Exc::OverflowError: return "OverflowError";
    case Exc::ZeroDivisionError: return "ZeroDivisionError";
    case Exc::TypeError: return "TypeError";
    case Exc::IndexError: return "IndexError";
    case Exc::MemoryError: return "MemoryError";
  }
  return "?";
}

// "!ValueError:<hex message>" -> "ValueError: message", the form errors are compared in.
inline std::string dec_error(std::string_view s) {
  auto colon = s.find(':');
  return std::string(s.substr(1, colon - 1)) + ": " + dec_str("=" + std::string(s.substr(colon + 1)));
}
inline std::string show(const Error& e) { return std::string(exc_name(e.type)) + ": " + e.message; }

}  // namespace py::num::test
