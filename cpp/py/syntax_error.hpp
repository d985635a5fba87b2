#pragma once
// A SyntaxError (or its subclasses IndentationError and TabError) found while lexing or
// parsing, with CPython 3.11's fields, and its printing as an uncaught exception.
#include <string>
#include <string_view>

namespace py {

struct SyntaxError {
  // Recursion: the input nests deeper than the front end (and the compiler after it) can
  // follow; CPython raises RecursionError("maximum recursion depth exceeded during
  // compilation") there, and so should the caller.
  enum Kind { Syntax, Indentation, Tab, Recursion };
  Kind kind = Syntax;
  std::string msg;
  std::string filename;
  int lineno = 0;        // 1-based; 0 when unknown
  int offset = 0;        // 1-based column of the error start, in characters as CPython reports it
  int end_lineno = 0;
  int end_offset = 0;    // 1-based, exclusive; 0 when CPython has none
  std::string text;      // the offending source line, with its newline, as CPython keeps it

  const char* type_name() const;  // "SyntaxError", "IndentationError", "TabError", "RecursionError"
};

// What CPython 3.11 prints for an uncaught SyntaxError (for the main file there is no
// "Traceback" header), e.g.
//     File "x.py", line 3
//       if x
//           ^
//   SyntaxError: expected ':'
// Each line ends with '\n'.
std::string format_syntax_error(const SyntaxError& e);

}  // namespace py
