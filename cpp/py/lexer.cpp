#include "py/lexer.hpp"

#include <cstdio>
#include <cstring>

namespace py {

int utf8_chars(std::string_view text, size_t bytes) {
  if (bytes > text.size()) bytes = text.size();
  int n = 0;
  for (size_t i = 0; i < bytes; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  return n;
}

namespace {

bool is_id_start(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80; }
bool is_id_char(unsigned char c) { return is_id_start(c) || (c >= '0' && c <= '9'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_xdigit(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// Decodes one UTF-8 sequence (the lexer only needs code points to reject punctuation).
uint32_t decode_utf8(const char*& p, const char* end) {
  unsigned char c = *p++;
  if (c < 0x80) return c;
  int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  uint32_t cp = c & (0x3F >> n);
  for (int i = 0; i < n && p < end; ++i) cp = (cp << 6) | (*p++ & 0x3F);
  return cp;
}

// Non-ASCII characters that cannot be part of an identifier. CPython checks XID_Start /
// XID_Continue with the full Unicode database; the engine carries no such table, so it
// rejects the punctuation, symbols and spaces people actually paste (full-width
// brackets and commas from CJK input methods, typographic quotes, no-break spaces) and
// accepts other letters.
bool is_invalid_id_char(uint32_t cp) {
  return (cp >= 0x80 && cp <= 0xBF && cp != 0xAA && cp != 0xB5 && cp != 0xB7 && cp != 0xBA) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x20A0 && cp <= 0x20CF) ||
         (cp >= 0x2190 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x3004) || (cp >= 0x3008 && cp <= 0x3020) ||
         cp == 0x30FB || (cp >= 0xFE10 && cp <= 0xFE6F) || (cp >= 0xFF01 && cp <= 0xFF0F) ||
         (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40 && cp != 0xFF3F) ||
         (cp >= 0xFF5B && cp <= 0xFF65) || cp == 0xFEFF || (cp >= 0x1F000 && cp < 0x20000);
}

Tok keyword(std::string_view s) {
  struct Kw { std::string_view text; Tok kind; };
  static const Kw kws[] = {
      {"False", Tok::KwFalse}, {"None", Tok::KwNone}, {"True", Tok::KwTrue}, {"and", Tok::KwAnd},
      {"as", Tok::KwAs}, {"assert", Tok::KwAssert}, {"async", Tok::KwAsync}, {"await", Tok::KwAwait},
      {"break", Tok::KwBreak}, {"class", Tok::KwClass}, {"continue", Tok::KwContinue}, {"def", Tok::KwDef},
      {"del", Tok::KwDel}, {"elif", Tok::KwElif}, {"else", Tok::KwElse}, {"except", Tok::KwExcept},
      {"finally", Tok::KwFinally}, {"for", Tok::KwFor}, {"from", Tok::KwFrom}, {"global", Tok::KwGlobal},
      {"if", Tok::KwIf}, {"import", Tok::KwImport}, {"in", Tok::KwIn}, {"is", Tok::KwIs},
      {"lambda", Tok::KwLambda}, {"nonlocal", Tok::KwNonlocal}, {"not", Tok::KwNot}, {"or", Tok::KwOr},
      {"pass", Tok::KwPass}, {"raise", Tok::KwRaise}, {"return", Tok::KwReturn}, {"try", Tok::KwTry},
      {"while", Tok::KwWhile}, {"with", Tok::KwWith}, {"yield", Tok::KwYield}};
  if (s.size() < 2 || s.size() > 8 || !((s[0] >= 'a' && s[0] <= 'y') || s[0] == 'F' || s[0] == 'N' || s[0] == 'T'))
    return Tok::Name;
  for (const Kw& k : kws)
    if (k.text[0] == s[0] && k.text == s) return k.kind;
  return Tok::Name;
}

bool is_string_prefix(std::string_view s) {
  if (s.size() > 2) return false;
  char a = static_cast<char>(s[0] | 0x20), b = s.size() == 2 ? static_cast<char>(s[1] | 0x20) : 0;
  if (!b) return a == 'r' || a == 'u' || a == 'b' || a == 'f';
  return (a == 'r' && (b == 'b' || b == 'f')) || ((a == 'b' || a == 'f') && b == 'r');
}

}  // namespace

Lexer::Lexer(std::string_view src, bool keep_trivia)
    : src_(src), cur_(src.data()), end_(src.data() + src.size()), line_start_(src.data()), keep_trivia_(keep_trivia) {}

Lexer::Lexer(std::string_view src, const char* begin, const char* end, int line, const char* line_start)
    : src_(src), cur_(begin), end_(end), line_start_(line_start), line_(line), keep_trivia_(false), fstring_expr_(true) {
  at_bol_ = false;
  brackets_.push_back({'(', line, static_cast<int>(begin - line_start)});
}

Token Lexer::make(Tok kind, const char* start, int line, int col) {
  Token t;
  t.kind = kind;
  t.level = static_cast<uint16_t>(brackets_.size());
  t.line = line;
  t.col = col;
  t.end_line = line_;
  t.end_col = static_cast<int>(cur_ - line_start_);
  t.text = std::string_view(start, cur_ - start);
  return t;
}

Token Lexer::fail(Diag d) {
  diag_ = std::move(d);
  done_ = true;
  last_ = Token{};
  last_.kind = Tok::Error;
  last_.line = last_.end_line = diag_.line;
  return last_;
}

Token Lexer::error_at(const char* at, std::string msg, const char* end) {
  Diag d;
  d.msg = std::move(msg);
  d.line = d.end_line = line_;
  d.col = static_cast<int>(at - line_start_);
  d.end_col = end ? static_cast<int>(end - line_start_) : d.col;
  return fail(std::move(d));
}

Token Lexer::error_cur(std::string msg) {
  Diag d;
  d.msg = std::move(msg);
  d.line = d.end_line = line_;
  d.offset_is_raw = true;
  d.col = d.end_col = utf8_chars(std::string_view(line_start_, end_ - line_start_), cur_ - line_start_);
  return fail(std::move(d));
}

void Lexer::newline_in_token() {
  ++line_;
  line_start_ = cur_;
}

// At the beginning of a logical line: measures the indentation and queues INDENT or
// DEDENTs. Returns true with `out` set when a token (or an error) must be returned now.
bool Lexer::indentation(Token& out) {
  for (;;) {
    int col = 0, altcol = 0;
    const char* p = cur_;
    for (; p < end_; ++p) {
      if (*p == ' ') ++col, ++altcol;
      else if (*p == '\t') col = (col / 8 + 1) * 8, ++altcol;
      else if (*p == '\f') col = altcol = 0;
      else break;
    }
    if (p == end_ || *p == '\n' || *p == '#') {
      // A blank or comment-only line: no indentation change (CPython's NL/COMMENT).
      if (p < end_ && *p == '#') {
        const char* c = p;
        while (p < end_ && *p != '\n') ++p;
        if (keep_trivia_) {
          cur_ = p;
          out = make(Tok::Comment, c, line_, static_cast<int>(c - line_start_));
          return true;  // the NL follows on the next call (still at_bol_)
        }
      }
      if (p == end_) { cur_ = p; return false; }
      cur_ = p + 1;
      Token nl = make(Tok::NL, p, line_, static_cast<int>(p - line_start_));
      nl.end_col = nl.col + 1;
      newline_in_token();
      if (keep_trivia_) { out = nl; return true; }
      continue;
    }
    cur_ = p;
    at_bol_ = false;
    if (col == indents_.back()) {
      if (altcol != alt_indents_.back()) goto tab_error;
      return false;
    }
    if (col > indents_.back()) {
      if (altcol <= alt_indents_.back()) goto tab_error;
      if (indents_.size() >= 100) {
        Diag d;
        d.kind = SyntaxError::Indentation;
        d.msg = "too many levels of indentation";
        d.line = d.end_line = line_;
        d.offset_is_raw = true;
        d.col = 1;
        d.end_col = 0;
        d.tokenizer_exception = false;
        out = fail(std::move(d));
        return true;
      }
      indents_.push_back(col);
      alt_indents_.push_back(altcol);
      out = make(Tok::Indent, line_start_, line_, 0);
      return true;
    }
    while (indents_.size() > 1 && col < indents_.back()) {
      indents_.pop_back();
      alt_indents_.pop_back();
      ++pending_dedents_;
    }
    if (col != indents_.back()) {
      // CPython reports this at the end of the offending line, without an end.
      Diag d;
      d.kind = SyntaxError::Indentation;
      d.msg = "unindent does not match any outer indentation level";
      d.line = d.end_line = line_;
      const char* eol = static_cast<const char*>(std::memchr(cur_, '\n', end_ - cur_));
      size_t len = (eol ? eol + 1 : end_) - line_start_;
      d.offset_is_raw = true;
      d.col = utf8_chars(std::string_view(line_start_, len), len);
      d.end_col = Diag::kEndUnknown;
      d.tokenizer_exception = false;
      out = fail(std::move(d));
      return true;
    }
    if (altcol != alt_indents_.back()) goto tab_error;
    pending_dedent_col_ = static_cast<int>(cur_ - line_start_);
    return false;
  tab_error:
    Diag d;
    d.kind = SyntaxError::Tab;
    d.msg = "inconsistent use of tabs and spaces in indentation";
    d.line = d.end_line = line_;
    d.offset_is_raw = true;
    d.col = 1;
    d.end_col = 0;
    d.tokenizer_exception = false;
    out = fail(std::move(d));
    return true;
  }
}

Token Lexer::next() {
  if (done_) return last_;
  if (pending_dedents_ > 0) {
    --pending_dedents_;
    Token t = make(Tok::Dedent, cur_, line_, pending_dedent_col_);
    t.text = {};
    return t;
  }
  if (at_bol_ && brackets_.empty()) {
    Token t;
    if (indentation(t)) return t;
    if (pending_dedents_ > 0) return next();
  }
  at_bol_ = false;
  // Skip spaces, comments and backslash continuations.
  for (;;) {
    while (cur_ < end_ && (*cur_ == ' ' || *cur_ == '\t' || *cur_ == '\f')) ++cur_;
    if (cur_ < end_ && *cur_ == '#') {
      const char* c = cur_;
      while (cur_ < end_ && *cur_ != '\n') ++cur_;
      if (keep_trivia_) return make(Tok::Comment, c, line_, static_cast<int>(c - line_start_));
    }
    if (cur_ < end_ && *cur_ == '\\') {
      if (cur_ + 1 >= end_ || (cur_[1] == '\n' && cur_ + 2 >= end_)) {
        Diag d;
        d.msg = "unexpected EOF while parsing";
        d.line = d.end_line = line_;
        const char* eol = static_cast<const char*>(std::memchr(line_start_, '\n', end_ - line_start_));
        size_t len = (eol ? eol : end_) - line_start_;
        d.offset_is_raw = true;
        d.col = utf8_chars(std::string_view(line_start_, len), len) + 1;
        d.end_col = Diag::kEndUnknown;
        d.tokenizer_exception = false;
        return fail(std::move(d));
      }
      if (cur_[1] != '\n') {
        Diag d;
        d.msg = "unexpected character after line continuation character";
        d.line = d.end_line = line_;
        d.offset_is_raw = true;
        d.col = utf8_chars(std::string_view(line_start_, end_ - line_start_), cur_ - line_start_) + 2;
        d.end_col = Diag::kNoEnd;
        d.tokenizer_exception = false;
        return fail(std::move(d));
      }
      cur_ += 2;
      newline_in_token();
      continue;
    }
    break;
  }

  const char* start = cur_;
  int col = static_cast<int>(start - line_start_);
  if (cur_ >= end_) {
    if (fstring_expr_ && brackets_.size() == 1) {
      done_ = true;
      last_ = make(Tok::EndMarker, cur_, line_, col);
      return last_;
    }
    if (!brackets_.empty()) {
      const Bracket& b = brackets_.back();
      Diag d;
      d.msg = std::string("'") + b.ch + "' was never closed";
      d.line = d.end_line = b.line;
      d.col = b.col;
      d.end_col = Diag::kNoEnd;
      d.tokenizer_exception = false;
      return fail(std::move(d));
    }
    if (!last_was_newline_) {
      // CPython adds the missing final newline.
      last_was_newline_ = true;
      Token t = make(Tok::Newline, cur_, line_, col);
      return t;
    }
    if (indents_.size() > 1) {
      indents_.pop_back();
      alt_indents_.pop_back();
      Token t = make(Tok::Dedent, cur_, line_ + (col > 0), 0);
      t.end_line = t.line;
      t.end_col = 0;
      return t;
    }
    done_ = true;
    last_ = make(Tok::EndMarker, cur_, line_ + (col > 0), 0);
    last_.end_line = last_.line;
    last_.end_col = 0;
    return last_;
  }

  char c = *cur_;
  if (c == '\n') {
    ++cur_;
    if (!brackets_.empty()) {
      Token t = make(Tok::NL, start, line_, col);
      t.end_line = line_;
      t.end_col = col + 1;
      newline_in_token();
      if (keep_trivia_) return t;
      return next();
    }
    // NEWLINE is zero-width in CPython's token positions.
    Token t = make(Tok::Newline, start, line_, col);
    t.end_line = line_;
    t.end_col = col;
    t.text = std::string_view(start, 1);
    newline_in_token();
    at_bol_ = true;
    last_was_newline_ = true;
    return t;
  }
  last_was_newline_ = false;
  if (is_id_start(static_cast<unsigned char>(c))) return name_or_string(start);
  if (is_digit(c) || (c == '.' && cur_ + 1 < end_ && is_digit(cur_[1]))) return number(start);
  if (c == '\'' || c == '"') return string(start, start);
  return op(start);
}

Token Lexer::name_or_string(const char* start) {
  int col = static_cast<int>(start - line_start_);
  bool ascii = true;
  while (cur_ < end_ && is_id_char(static_cast<unsigned char>(*cur_))) {
    if (static_cast<unsigned char>(*cur_) >= 0x80) ascii = false;
    ++cur_;
  }
  std::string_view s(start, cur_ - start);
  if (cur_ < end_ && (*cur_ == '\'' || *cur_ == '"') && is_string_prefix(s)) return string(start, cur_);
  if (!ascii) {
    for (const char* p = start; p < cur_;) {
      uint32_t cp = decode_utf8(p, cur_);
      if (is_invalid_id_char(cp)) {
        cur_ = p;
        char buf[64];
        std::snprintf(buf, sizeof buf, " (U+%04X)", cp);
        const char* q = p;
        while (q > start && (static_cast<unsigned char>(q[-1]) & 0xC0) == 0x80) --q;
        --q;  // first byte of the invalid character
        return error_cur("invalid character '" + std::string(q, p - q) + "'" + buf);
      }
    }
  }
  return make(keyword(s), start, line_, col);
}

Token Lexer::number(const char* start) {
  int col = static_cast<int>(start - line_start_);
  auto peek = [&] { return cur_ < end_ ? *cur_ : '\0'; };
  // After a number: a letter right after it is an error, except the keywords that can
  // legally follow a number (CPython only warns about `1if x else y`).
  auto verify_end = [&](const char* kind) -> bool {
    char c = peek();
    auto ahead = [&](const char* kw) { size_t n = std::strlen(kw); return static_cast<size_t>(end_ - cur_) >= n && std::memcmp(cur_, kw, n) == 0; };
    if (ahead("and") || ahead("else") || ahead("for") || ahead("if") || ahead("in") || ahead("is") || ahead("not") || ahead("or")) return true;
    if (static_cast<unsigned char>(c) >= 0x80) {
      const char* p = cur_;
      uint32_t cp = decode_utf8(p, end_);
      if (is_invalid_id_char(cp)) {
        const char* q = cur_;
        cur_ = p;
        char buf[32];
        std::snprintf(buf, sizeof buf, " (U+%04X)", cp);
        error_cur("invalid character '" + std::string(q, p - q) + "'" + buf);
        return false;
      }
    }
    if (is_id_char(static_cast<unsigned char>(c))) {
      error_cur(std::string("invalid ") + kind + " literal");
      return false;
    }
    return true;
  };
  auto digits = [&](bool (*ok)(char), const char* kind) -> bool {
    // at least one digit, '_' only between digits
    for (;;) {
      if (!ok(peek())) {
        error_cur(std::string("invalid ") + kind + " literal");
        return false;
      }
      while (ok(peek())) ++cur_;
      if (peek() != '_') return true;
      ++cur_;
    }
  };
  auto decimal_tail = [&]() -> bool {
    for (;;) {
      while (is_digit(peek())) ++cur_;
      if (peek() != '_') return true;
      ++cur_;
      if (!is_digit(peek())) { error_cur("invalid decimal literal"); return false; }
    }
  };
  auto fail_token = [&] { return last_; };
  if (*cur_ == '0' && cur_ + 1 < end_ && (cur_[1] == 'x' || cur_[1] == 'X' || cur_[1] == 'o' || cur_[1] == 'O' || cur_[1] == 'b' || cur_[1] == 'B')) {
    char base = static_cast<char>(cur_[1] | 0x20);
    cur_ += 2;
    if (peek() == '_') ++cur_;
    if (base == 'x') {
      if (!digits(is_xdigit, "hexadecimal")) return fail_token();
      if (!verify_end("hexadecimal")) return fail_token();
    } else {
      bool (*ok)(char) = base == 'o' ? +[](char ch) { return ch >= '0' && ch <= '7'; } : +[](char ch) { return ch == '0' || ch == '1'; };
      const char* kind = base == 'o' ? "octal" : "binary";
      if (!ok(peek()) && is_digit(peek())) {
        ++cur_;
        return error_cur(std::string("invalid digit '") + cur_[-1] + "' in " + kind + " literal");
      }
      if (!digits(ok, kind)) return fail_token();
      if (is_digit(peek())) {
        ++cur_;
        return error_cur(std::string("invalid digit '") + cur_[-1] + "' in " + kind + " literal");
      }
      if (!verify_end(kind)) return fail_token();
    }
    return make(Tok::Number, start, line_, col);
  }
  if (*cur_ != '.') {
    bool leading_zero = *cur_ == '0';
    if (!decimal_tail()) return fail_token();
    if (leading_zero && peek() != '.' && peek() != 'e' && peek() != 'E' && peek() != 'j' && peek() != 'J') {
      // "0", "00", "0_0" are fine; "012" is not.
      const char* p = start;
      while (p < cur_ && (*p == '0' || *p == '_')) ++p;
      if (p < cur_) {
        Diag d;
        d.msg = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
        d.line = d.end_line = line_;
        d.col = col;
        const char* z = start;
        while (z < cur_ && *z == '0') ++z;
        d.end_col = static_cast<int>(z - line_start_);
        return fail(std::move(d));
      }
    }
  }
  if (peek() == '.') {
    ++cur_;
    if (is_digit(peek()) && !decimal_tail()) return fail_token();
  }
  if (peek() == 'e' || peek() == 'E') {
    const char* e = cur_;
    ++cur_;
    if (peek() == '+' || peek() == '-') {
      ++cur_;
      if (!is_digit(peek())) return error_cur("invalid decimal literal");
    } else if (!is_digit(peek())) {
      cur_ = e;
      if (!verify_end("decimal")) return fail_token();
      return make(Tok::Number, start, line_, col);
    }
    if (!decimal_tail()) return fail_token();
  }
  if (peek() == 'j' || peek() == 'J') {
    ++cur_;
    if (!verify_end("imaginary")) return fail_token();
  } else if (!verify_end("decimal")) {
    return fail_token();
  }
  return make(Tok::Number, start, line_, col);
}

Token Lexer::string(const char* start, const char* quote) {
  int col = static_cast<int>(start - line_start_);
  int line = line_;
  const char* line_start = line_start_;
  char q = *quote;
  cur_ = quote + 1;
  bool triple = end_ - cur_ >= 2 && cur_[0] == q && cur_[1] == q;
  if (triple) cur_ += 2;
  for (;;) {
    if (cur_ >= end_ || (*cur_ == '\n' && !triple)) {
      // CPython counts the line a final newline ends, not the empty one after it.
      int detected = line_ - (cur_ >= end_ && cur_ > src_.data() && cur_[-1] == '\n' ? 1 : 0);
      Diag d;
      d.msg = std::string(triple ? "unterminated triple-quoted string literal" : "unterminated string literal") +
              " (detected at line " + std::to_string(detected) + ")";
      d.line = d.end_line = line;
      d.offset_is_raw = true;  // characters, like all of CPython's own tokenizer errors
      d.col = d.end_col = utf8_chars(std::string_view(line_start, end_ - line_start), start - line_start) + 1;
      return fail(std::move(d));
    }
    char c = *cur_++;
    if (c == '\\') {
      if (cur_ < end_) {
        if (*cur_ == '\n') { ++cur_; newline_in_token(); }
        else ++cur_;
      }
    } else if (c == '\n') {
      newline_in_token();
    } else if (c == q) {
      if (!triple) break;
      if (end_ - cur_ >= 2 && cur_[0] == q && cur_[1] == q) { cur_ += 2; break; }
    }
  }
  return make(Tok::String, start, line, col);
}

Token Lexer::op(const char* start) {
  int col = static_cast<int>(start - line_start_);
  auto at = [&](int i) { return cur_ + i < end_ ? cur_[i] : '\0'; };
  char c0 = at(0), c1 = at(1), c2 = at(2);
  Tok k = Tok::Unknown;
  int n = 1;
  switch (c0) {
    case '(': case '[': case '{': {
      if (brackets_.size() >= 200) { ++cur_; return error_cur("too many nested parentheses"); }
      k = c0 == '(' ? Tok::LPar : c0 == '[' ? Tok::LSqb : Tok::LBrace;
      cur_ += 1;
      Token t = make(k, start, line_, col);
      brackets_.push_back({c0, line_, col});
      return t;
    }
    case ')': case ']': case '}': {
      ++cur_;
      if (brackets_.empty()) return error_cur(std::string("unmatched '") + c0 + "'");
      Bracket b = brackets_.back();
      char want = b.ch == '(' ? ')' : b.ch == '[' ? ']' : '}';
      if (c0 != want) {
        std::string msg = std::string("closing parenthesis '") + c0 + "' does not match opening parenthesis '" + b.ch + "'";
        if (b.line != line_) msg += " on line " + std::to_string(b.line);
        return error_cur(msg);
      }
      brackets_.pop_back();
      --cur_;
      k = c0 == ')' ? Tok::RPar : c0 == ']' ? Tok::RSqb : Tok::RBrace;
      break;
    }
    case ':': if (c1 == '=') k = Tok::ColonEqual, n = 2; else k = Tok::Colon; break;
    case ',': k = Tok::Comma; break;
    case ';': k = Tok::Semi; break;
    case '.': if (c1 == '.' && c2 == '.') k = Tok::Ellipsis, n = 3; else k = Tok::Dot; break;
    case '+': if (c1 == '=') k = Tok::PlusEqual, n = 2; else k = Tok::Plus; break;
    case '-':
      if (c1 == '=') k = Tok::MinEqual, n = 2;
      else if (c1 == '>') k = Tok::RArrow, n = 2;
      else k = Tok::Minus;
      break;
    case '*':
      if (c1 == '*') { if (c2 == '=') k = Tok::DoubleStarEqual, n = 3; else k = Tok::DoubleStar, n = 2; }
      else if (c1 == '=') k = Tok::StarEqual, n = 2;
      else k = Tok::Star;
      break;
    case '/':
      if (c1 == '/') { if (c2 == '=') k = Tok::DoubleSlashEqual, n = 3; else k = Tok::DoubleSlash, n = 2; }
      else if (c1 == '=') k = Tok::SlashEqual, n = 2;
      else k = Tok::Slash;
      break;
    case '%': if (c1 == '=') k = Tok::PercentEqual, n = 2; else k = Tok::Percent; break;
    case '@': if (c1 == '=') k = Tok::AtEqual, n = 2; else k = Tok::At; break;
    case '|': if (c1 == '=') k = Tok::VBarEqual, n = 2; else k = Tok::VBar; break;
    case '&': if (c1 == '=') k = Tok::AmperEqual, n = 2; else k = Tok::Amper; break;
    case '^': if (c1 == '=') k = Tok::CircumflexEqual, n = 2; else k = Tok::Circumflex; break;
    case '~': k = Tok::Tilde; break;
    case '<':
      if (c1 == '<') { if (c2 == '=') k = Tok::LeftShiftEqual, n = 3; else k = Tok::LeftShift, n = 2; }
      else if (c1 == '=') k = Tok::LessEqual, n = 2;
      else if (c1 == '>') k = Tok::NotEqual, n = 2;  // "<>" is only valid under barry_as_FLUFL; the parser rejects it
      else k = Tok::Less;
      break;
    case '>':
      if (c1 == '>') { if (c2 == '=') k = Tok::RightShiftEqual, n = 3; else k = Tok::RightShift, n = 2; }
      else if (c1 == '=') k = Tok::GreaterEqual, n = 2;
      else k = Tok::Greater;
      break;
    case '=': if (c1 == '=') k = Tok::EqEqual, n = 2; else k = Tok::Equal; break;
    case '!': if (c1 == '=') k = Tok::NotEqual, n = 2; break;
    case '\0':
      if (cur_ < end_) {
        Diag d;
        d.msg = "source code cannot contain null bytes";
        d.line = d.end_line = line_;
        d.col = col;
        return fail(std::move(d));
      }
      break;
    default: {
      if (static_cast<unsigned char>(c0) >= 0x80) break;  // unreachable: names take these
      break;
    }
  }
  cur_ += n;
  return make(k, start, line_, col);
}

}  // namespace py
