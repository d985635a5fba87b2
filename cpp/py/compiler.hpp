// compiler.hpp — AST → code objects.
#pragma once
#include <string>
#include <string_view>

#include "py/ast.hpp"
#include "py/code.hpp"
#include "py/syntax_error.hpp"

namespace py {

// Compiles a parsed module. On a compile-time error (scope errors, `return` outside a
// function, ...) returns null and fills `err` (no Python exception is set).
Ref compile_module(const ast::Mod* mod, std::string_view filename, std::string_view source,
                   SyntaxError& err);

// Parses and compiles; on failure raises SyntaxError (as a Python exception).
Ref compile_source(std::string_view source, std::string_view filename, bool eval_mode = false);

}  // namespace py
