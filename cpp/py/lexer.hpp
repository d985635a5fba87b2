#pragma once
// The tokenizer: Python 3.11 source → tokens, produced one at a time on demand so a
// syntax error earlier in the file is reported before a tokenizer error later in it, as
// CPython does.
//
// It follows CPython's tokenizer: INDENT/DEDENT from a stack of indentation widths (a tab
// advances to the next multiple of 8, and the width counting a tab as 1 must agree, else
// TabError), no NEWLINE/INDENT/DEDENT inside brackets, backslash continuation, an implicit
// NEWLINE before the end. Strings (all prefixes, f-strings included) are single STRING
// tokens; the parser decodes them. Keywords get their own kinds.
#include <string>
#include <string_view>
#include <vector>

#include "py/syntax_error.hpp"
#include "py/token.hpp"

namespace py {

// A front-end diagnostic in source coordinates. col/end_col are 0-based byte columns;
// the SyntaxError offset is the character count before col, plus one. end_col may be
// kNoEnd (CPython reports end_offset 0) or kEndUnknown (end_offset -1).
struct Diag {
  static constexpr int kNoEnd = -1, kEndUnknown = -2;
  SyntaxError::Kind kind = SyntaxError::Syntax;
  std::string msg;
  int line = 0, col = 0, end_line = 0, end_col = kNoEnd;
  // Some of CPython's messages give the offset directly instead of a column.
  bool offset_is_raw = false;
  // CPython raises these from inside its tokenizer, so when the parser fails first they
  // still win if they occur anywhere in the file (see Parser::finish_error).
  bool tokenizer_exception = true;
  // The SyntaxError's text when it is not the source line (f-string fields).
  std::string text_override;
};

class Lexer {
 public:
  // `src` must use '\n' line ends (see normalize_source); it need not end with one.
  explicit Lexer(std::string_view src, bool keep_trivia = false);
  // Lexes the bytes [begin, end) of `src` as the expression of an f-string replacement
  // field: positions stay those of the enclosing source (begin is on line `line`, whose
  // first byte is `line_start`), and newlines do not end statements, as inside brackets.
  Lexer(std::string_view src, const char* begin, const char* end, int line, const char* line_start);

  // The next token; after EndMarker or Error it keeps returning that token.
  Token next();
  const Diag& diag() const { return diag_; }

  struct Bracket { char ch; int line, col; };

 private:
  // Bounded by CPython's limits (100 indentation levels, 200 open brackets), so kept
  // inline: f-string fields each get a Lexer of their own, and must not allocate.
  template <class T, int N>
  struct Stack {
    T items[N];
    int n = 0;
    size_t size() const { return static_cast<size_t>(n); }
    bool empty() const { return n == 0; }
    T& back() { return items[n - 1]; }
    void push_back(const T& v) { items[n++] = v; }
    void pop_back() { --n; }
  };

  Token make(Tok kind, const char* start, int line, int col);
  Token fail(Diag d);
  Token error_at(const char* at, std::string msg, const char* end = nullptr);
  Token error_cur(std::string msg);  // CPython's tokenizer convention: offset = chars before cur
  bool indentation(Token& out);
  Token number(const char* start);
  Token string(const char* start, const char* quote);
  Token name_or_string(const char* start);
  Token op(const char* start);
  void newline_in_token();  // cur_ has just passed a '\n' inside a token

  std::string_view src_;
  const char* cur_;
  const char* end_;
  const char* line_start_;
  int line_ = 1;
  bool keep_trivia_;
  bool fstring_expr_ = false;
  bool at_bol_ = true;
  bool done_ = false;
  bool last_was_newline_ = true;  // nothing or NEWLINE emitted last: no implicit NEWLINE needed
  int pending_dedents_ = 0;
  int pending_dedent_col_ = 0;
  Stack<int, 101> indents_{{0}, 1}, alt_indents_{{0}, 1};
  Stack<Bracket, 201> brackets_;
  Token last_;  // EndMarker or Error once done
  Diag diag_;
};

// Number of characters in the first `bytes` bytes of UTF-8 text (a character whose first
// byte is inside counts).
int utf8_chars(std::string_view text, size_t bytes);

}  // namespace py
