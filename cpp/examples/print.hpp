// print.hpp — where the demos' lines go: stdout (flushed per line, so output streams as
// it happens, in the terminal and in the browser), or a test's collector.
#pragma once

#include <cstdio>
#include <functional>
#include <string>

namespace examples {

using Print = std::function<void(const std::string&)>;

inline Print stdout_print() {
  return [](const std::string& line) {
    std::fputs(line.c_str(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
  };
}

}  // namespace examples
