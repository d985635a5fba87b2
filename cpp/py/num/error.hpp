#pragma once
// The error value every fallible numeric routine fills in: which Python exception the
// caller should raise, and its message in CPython 3.11's exact words. pynum knows no
// Python objects, so it cannot raise; the core turns this into the exception object.
#include <string>

namespace py::num {

enum class Exc : unsigned char { ValueError, OverflowError, ZeroDivisionError, TypeError, IndexError, MemoryError };

struct Error {
  Exc type = Exc::ValueError;
  std::string message;

  // Sets both fields and returns false, so routines can `return err.set(...)`.
  bool set(Exc t, std::string msg) {
    type = t;
    message = std::move(msg);
    return false;
  }
};

}  // namespace py::num
