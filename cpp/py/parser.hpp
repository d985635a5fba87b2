#pragma once
// Entry point of the front end: Python 3.11 source text → AST (py/ast.hpp) or SyntaxError.
#include <memory>
#include <string_view>

#include "py/ast.hpp"
#include "py/syntax_error.hpp"

namespace py {

// file: a module (ast::Module), eval: one expression (ast::Expression),
// single: one interactive statement (ast::Interactive), as compile()'s modes.
enum class ParseMode { File, Eval, Single };

// Where the text comes from. CPython 3.11 reports some SyntaxError positions differently
// for a file run as a program (byte offsets; offset 0 at the end of the file) and for a
// string given to compile()/exec()/eval() (character offsets; the end of the last line).
enum class SourceKind { File, String };

struct ParseResult {
  std::unique_ptr<ast::Arena> arena;  // owns every node of `mod`
  ast::Mod* mod = nullptr;            // null on error
  SyntaxError error;                  // meaningful when mod is null
  bool ok() const { return mod != nullptr; }
};

// Parses UTF-8 source (a leading BOM is skipped, CRLF and CR are newlines, a missing final
// newline is fine). Never crashes on deep nesting: too deep input is a SyntaxError.
ParseResult parse(std::string_view source, std::string_view filename, ParseMode mode = ParseMode::File,
                  SourceKind kind = SourceKind::File);

}  // namespace py
