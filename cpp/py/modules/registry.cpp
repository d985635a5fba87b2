// modules/registry.cpp — every module built into the binary, registered per interpreter.
#include "py/module.hpp"

namespace py {

void register_sys_module(Interpreter& I);

void register_builtin_modules(Interpreter& I) {
  register_sys_module(I);
}

}  // namespace py
