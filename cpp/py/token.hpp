#pragma once
// Tokens of Python 3.11 source, as the lexer hands them to the parser.
#include <cstdint>
#include <string_view>

namespace py {

enum class Tok : uint8_t {
  EndMarker, Name, Number, String, Newline, Indent, Dedent,
  NL, Comment,  // only when the lexer is asked to keep trivia
  Error,        // the lexer stopped; its diagnostic says why
  Unknown,      // a character that starts no token ('$', '?', '!'): the parser rejects it
  // operators and delimiters
  LPar, RPar, LSqb, RSqb, LBrace, RBrace, Colon, Comma, Semi, Dot, Ellipsis, RArrow, ColonEqual,
  Plus, Minus, Star, Slash, DoubleSlash, Percent, DoubleStar, At, VBar, Amper, Circumflex, Tilde,
  LeftShift, RightShift, Less, Greater, EqEqual, NotEqual, LessEqual, GreaterEqual, Equal,
  PlusEqual, MinEqual, StarEqual, SlashEqual, DoubleSlashEqual, PercentEqual, DoubleStarEqual,
  AtEqual, VBarEqual, AmperEqual, CircumflexEqual, LeftShiftEqual, RightShiftEqual,
  // hard keywords (soft keywords match, case, _ stay Name)
  KwFalse, KwNone, KwTrue, KwAnd, KwAs, KwAssert, KwAsync, KwAwait, KwBreak, KwClass, KwContinue,
  KwDef, KwDel, KwElif, KwElse, KwExcept, KwFinally, KwFor, KwFrom, KwGlobal, KwIf, KwImport,
  KwIn, KwIs, KwLambda, KwNonlocal, KwNot, KwOr, KwPass, KwRaise, KwReturn, KwTry, KwWhile,
  KwWith, KwYield,
};

struct Token {
  Tok kind = Tok::EndMarker;
  uint16_t level = 0;             // brackets open before it (CPython's tok->level)
  int line = 0, col = 0;          // start: 1-based line, 0-based UTF-8 byte column
  int end_line = 0, end_col = 0;  // exclusive end
  std::string_view text;          // the exact source text (empty for Indent/Dedent/EndMarker)
};

// The token's spelling for operators and keywords ("+=", "while"), or its category name
// ("NAME", "NEWLINE", ...) otherwise.
const char* tok_name(Tok);
inline bool is_keyword(Tok k) { return k >= Tok::KwFalse; }

}  // namespace py
