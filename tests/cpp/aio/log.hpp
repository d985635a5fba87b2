// log.hpp — a space-separated event log, compared with what CPython printed for the same
// program (each test quotes the Python it mirrors).
#pragma once
#include <string>

namespace aiotest {
struct Log {
  std::string text;
  void operator()(const std::string& word) {
    if (!text.empty()) text += ' ';
    text += word;
  }
};
}  // namespace aiotest
