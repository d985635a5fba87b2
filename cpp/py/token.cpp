#include "py/token.hpp"

namespace py {

const char* tok_name(Tok k) {
  static const char* const names[] = {
      "ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT", "NL", "COMMENT",
      "ERRORTOKEN", "ERRORTOKEN", "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "...", "->", ":=", "+", "-",
      "*", "/", "//", "%", "**", "@", "|", "&", "^", "~", "<<", ">>", "<", ">", "==", "!=", "<=",
      ">=", "=", "+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=", "|=", "&=", "^=", "<<=", ">>=",
      "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
      "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
      "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
      "while", "with", "yield"};
  return names[static_cast<int>(k)];
}

}  // namespace py
