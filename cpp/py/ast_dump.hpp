#pragma once
// Text of an AST in exactly the format of CPython 3.11's ast.dump(tree, include_attributes=...):
// used by the tests to compare with trees recorded from python3, and handy when debugging.
#include <string>

#include "py/ast.hpp"

namespace py::ast {

std::string dump(const Mod* mod, bool include_attributes = false);
std::string dump(const Expr* e, bool include_attributes = false);
std::string dump(const Stmt* s, bool include_attributes = false);

// Python's repr() of the constant (str and bytes with Python's quoting and escapes,
// floats shortest round-trip).
std::string constant_repr(const Constant& c);

}  // namespace py::ast
