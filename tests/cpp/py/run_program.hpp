// run_program.hpp — the unit tests' way to run a Python program: a fresh Interpreter per
// program, stdout and stderr captured, the exit status returned.
#pragma once

#include <string>

#include "py/interpreter.hpp"

namespace py_test {

struct Result {
  int status;
  std::string out, err;
};

inline Result run(const std::string& src) {
  Result r;
  py::Interpreter I;
  I.out = [&](std::string_view s) { r.out += s; };
  I.err = [&](std::string_view s) { r.err += s; };
  r.status = py::run_program(I, src, "t.py");
  return r;
}

}  // namespace py_test
