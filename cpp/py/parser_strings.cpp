// String, bytes, f-string and number literals: token text → AST constants.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "py/parser_impl.hpp"

namespace py::detail {

using namespace ast;

namespace {

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// \N{...}: the engine carries no Unicode name database, so it knows the names people use
// in teaching material, plus the algorithmic CJK and Hangul-free forms. Matching is
// case-insensitive, as in CPython.
bool lookup_unicode_name(std::string_view name, uint32_t& cp) {
  struct Named { const char* name; uint32_t cp; };
  static const Named names[] = {
      {"SPACE", 0x20}, {"NO-BREAK SPACE", 0xA0}, {"NULL", 0}, {"LINE FEED", 0x0A}, {"CARRIAGE RETURN", 0x0D},
      {"CHARACTER TABULATION", 0x09}, {"ESCAPE", 0x1B}, {"DELETE", 0x7F}, {"BELL", 0x07},
      {"EXCLAMATION MARK", 0x21}, {"QUOTATION MARK", 0x22}, {"NUMBER SIGN", 0x23}, {"DOLLAR SIGN", 0x24},
      {"PERCENT SIGN", 0x25}, {"AMPERSAND", 0x26}, {"APOSTROPHE", 0x27}, {"ASTERISK", 0x2A}, {"PLUS SIGN", 0x2B},
      {"COMMA", 0x2C}, {"HYPHEN-MINUS", 0x2D}, {"FULL STOP", 0x2E}, {"SOLIDUS", 0x2F}, {"COLON", 0x3A},
      {"SEMICOLON", 0x3B}, {"LESS-THAN SIGN", 0x3C}, {"EQUALS SIGN", 0x3D}, {"GREATER-THAN SIGN", 0x3E},
      {"QUESTION MARK", 0x3F}, {"COMMERCIAL AT", 0x40}, {"REVERSE SOLIDUS", 0x5C}, {"LOW LINE", 0x5F},
      {"GRAVE ACCENT", 0x60}, {"TILDE", 0x7E}, {"VERTICAL LINE", 0x7C},
      {"CENT SIGN", 0xA2}, {"POUND SIGN", 0xA3}, {"YEN SIGN", 0xA5}, {"SECTION SIGN", 0xA7},
      {"COPYRIGHT SIGN", 0xA9}, {"REGISTERED SIGN", 0xAE}, {"DEGREE SIGN", 0xB0}, {"PLUS-MINUS SIGN", 0xB1},
      {"MICRO SIGN", 0xB5}, {"PILCROW SIGN", 0xB6}, {"MIDDLE DOT", 0xB7}, {"MULTIPLICATION SIGN", 0xD7},
      {"DIVISION SIGN", 0xF7}, {"LATIN SMALL LETTER E WITH ACUTE", 0xE9}, {"LATIN SMALL LETTER SHARP S", 0xDF},
      {"GREEK SMALL LETTER ALPHA", 0x3B1}, {"GREEK SMALL LETTER BETA", 0x3B2}, {"GREEK SMALL LETTER GAMMA", 0x3B3},
      {"GREEK SMALL LETTER DELTA", 0x3B4}, {"GREEK SMALL LETTER EPSILON", 0x3B5}, {"GREEK SMALL LETTER THETA", 0x3B8},
      {"GREEK SMALL LETTER LAMDA", 0x3BB}, {"GREEK SMALL LETTER MU", 0x3BC}, {"GREEK SMALL LETTER PI", 0x3C0},
      {"GREEK SMALL LETTER SIGMA", 0x3C3}, {"GREEK SMALL LETTER OMEGA", 0x3C9}, {"GREEK CAPITAL LETTER DELTA", 0x394},
      {"GREEK CAPITAL LETTER SIGMA", 0x3A3}, {"GREEK CAPITAL LETTER OMEGA", 0x3A9},
      {"EN DASH", 0x2013}, {"EM DASH", 0x2014}, {"LEFT SINGLE QUOTATION MARK", 0x2018},
      {"RIGHT SINGLE QUOTATION MARK", 0x2019}, {"LEFT DOUBLE QUOTATION MARK", 0x201C},
      {"RIGHT DOUBLE QUOTATION MARK", 0x201D}, {"BULLET", 0x2022}, {"HORIZONTAL ELLIPSIS", 0x2026},
      {"ZERO WIDTH SPACE", 0x200B}, {"EURO SIGN", 0x20AC}, {"TRADE MARK SIGN", 0x2122},
      {"LEFTWARDS ARROW", 0x2190}, {"UPWARDS ARROW", 0x2191}, {"RIGHTWARDS ARROW", 0x2192},
      {"DOWNWARDS ARROW", 0x2193}, {"INFINITY", 0x221E}, {"NOT EQUAL TO", 0x2260},
      {"LESS-THAN OR EQUAL TO", 0x2264}, {"GREATER-THAN OR EQUAL TO", 0x2265}, {"BOX DRAWINGS LIGHT HORIZONTAL", 0x2500},
      {"BOX DRAWINGS LIGHT VERTICAL", 0x2502}, {"FULL BLOCK", 0x2588}, {"LIGHT SHADE", 0x2591},
      {"BLACK SQUARE", 0x25A0}, {"WHITE SQUARE", 0x25A1}, {"BLACK CIRCLE", 0x25CF}, {"WHITE CIRCLE", 0x25CB},
      {"BLACK STAR", 0x2605}, {"WHITE STAR", 0x2606}, {"BLACK HEART SUIT", 0x2665}, {"CHECK MARK", 0x2713},
      {"HEAVY CHECK MARK", 0x2714}, {"BALLOT X", 0x2717}, {"MULTIPLICATION X", 0x2715},
      {"WHITE HEAVY CHECK MARK", 0x2705}, {"CROSS MARK", 0x274C}, {"HOURGLASS", 0x231B}, {"WATCH", 0x231A},
      {"IDEOGRAPHIC SPACE", 0x3000}, {"IDEOGRAPHIC COMMA", 0x3001}, {"IDEOGRAPHIC FULL STOP", 0x3002},
      {"SNAKE", 0x1F40D}, {"ROCKET", 0x1F680}, {"HOURGLASS WITH FLOWING SAND", 0x23F3}, {"ALARM CLOCK", 0x23F0},
      {"PARTY POPPER", 0x1F389}, {"FIRE", 0x1F525}, {"GRINNING FACE", 0x1F600}, {"THUMBS UP SIGN", 0x1F44D},
      {"SPARKLES", 0x2728}, {"HIGH VOLTAGE SIGN", 0x26A1}, {"WARNING SIGN", 0x26A0}, {"HEAVY BLACK HEART", 0x2764},
  };
  std::string upper(name);
  for (char& c : upper)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  for (const Named& n : names)
    if (upper == n.name) return cp = n.cp, true;
  auto suffix_hex = [&](std::string_view prefix) -> bool {
    if (upper.size() <= prefix.size() || upper.compare(0, prefix.size(), prefix) != 0) return false;
    uint32_t v = 0;
    for (size_t i = prefix.size(); i < upper.size(); ++i) {
      int h = hex_value(upper[i]);
      if (h < 0 || upper.size() - prefix.size() > 5) return false;
      v = v * 16 + h;
    }
    cp = v;
    return true;
  };
  if (suffix_hex("CJK UNIFIED IDEOGRAPH-")) return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF);
  for (const char* kind : {"LATIN CAPITAL LETTER ", "LATIN SMALL LETTER ", "DIGIT "}) {
    size_t n = std::strlen(kind);
    if (upper.size() == n + 1 && upper.compare(0, n, kind) == 0 && kind[0] == 'L' && upper[n] >= 'A' && upper[n] <= 'Z') {
      cp = kind[6] == 'C' ? upper[n] : upper[n] + 32;
      return true;
    }
  }
  static const char* const digits[] = {"ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"};
  for (int d = 0; d < 10; ++d)
    if (upper == std::string("DIGIT ") + digits[d]) return cp = '0' + d, true;
  return false;
}

// The decimal digits of an integer literal too large for int64 (no bigint library here:
// a schoolbook base conversion into base-10^9 limbs).
std::string to_decimal(std::string_view digits, int base) {
  std::vector<uint32_t> limbs{0};  // little-endian, base 1e9
  for (char c : digits) {
    uint64_t carry = static_cast<uint64_t>(hex_value(c));
    for (uint32_t& l : limbs) {
      uint64_t v = static_cast<uint64_t>(l) * base + carry;
      l = static_cast<uint32_t>(v % 1000000000u);
      carry = v / 1000000000u;
    }
    if (carry) limbs.push_back(static_cast<uint32_t>(carry));
  }
  std::string out = std::to_string(limbs.back());
  char buf[16];
  for (size_t i = limbs.size() - 1; i-- > 0;) {
    std::snprintf(buf, sizeof buf, "%09u", limbs[i]);
    out += buf;
  }
  return out;
}

struct Prefix {
  bool raw = false, bytes = false, fstr = false, u = false;
  size_t len = 0;  // prefix letters
  size_t quote = 1;  // 1 or 3
};

Prefix prefix_of(std::string_view text) {
  Prefix p;
  while (text[p.len] != '\'' && text[p.len] != '"') {
    char c = static_cast<char>(text[p.len] | 0x20);
    if (c == 'r') p.raw = true;
    else if (c == 'b') p.bytes = true;
    else if (c == 'f') p.fstr = true;
    else if (c == 'u') p.u = true;
    ++p.len;
  }
  char q = text[p.len];
  if (text.size() >= p.len + 6 && text[p.len + 1] == q && text[p.len + 2] == q) p.quote = 3;
  return p;
}

}  // namespace

// Decodes the escapes of a (non-raw) str or bytes body. On error, sets `err` to CPython's
// message and returns false.
static bool decode_escapes(std::string_view body, bool bytes, std::string& out, std::string& err) {
  const char* p = body.data();
  const char* end = p + body.size();
  auto position_error = [&](const char* from, const char* to, const char* what) {
    char buf[200];
    size_t a = from - body.data(), b = to - body.data() - 1;
    if (bytes) {
      std::snprintf(buf, sizeof buf, "(value error) invalid \\x escape at position %zu", a);
    } else if (a == b) {
      std::snprintf(buf, sizeof buf, "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position %zu: %s", a, what);
    } else {
      std::snprintf(buf, sizeof buf, "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s", a, b, what);
    }
    err = buf;
    return false;
  };
  while (p < end) {
    const char* bs = static_cast<const char*>(std::memchr(p, '\\', end - p));
    if (!bs) {
      out.append(p, end - p);
      break;
    }
    out.append(p, bs - p);
    p = bs + 1;
    if (p >= end) {
      return position_error(bs, end, "\\ at end of string");
    }
    char c = *p++;
    switch (c) {
      case '\n': break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t v = c - '0';
        for (int i = 0; i < 2 && p < end && *p >= '0' && *p <= '7'; ++i) v = v * 8 + (*p++ - '0');
        if (bytes) out += static_cast<char>(v & 0xFF);
        else append_utf8(out, v);
        break;
      }
      case 'x': case 'u': case 'U': {
        if (bytes && c != 'x') {
          out += '\\';
          out += c;
          break;
        }
        int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        uint32_t v = 0;
        int i = 0;
        for (; i < n && p < end && hex_value(*p) >= 0; ++i) v = v * 16 + hex_value(*p++);
        if (i < n) {
          const char* what = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
          return position_error(bs, p, what);
        }
        if (bytes) out += static_cast<char>(v);
        else if (v > 0x10FFFF) return position_error(bs, p, "illegal Unicode character");
        else append_utf8(out, v);
        break;
      }
      case 'N': {
        if (bytes) {
          out += "\\N";
          break;
        }
        if (p >= end || *p != '{') return position_error(bs, p, "malformed \\N character escape");
        const char* close = static_cast<const char*>(std::memchr(p, '}', end - p));
        if (!close || close == p + 1) return position_error(bs, close ? close + 1 : end, "malformed \\N character escape");
        uint32_t cp;
        if (!lookup_unicode_name(std::string_view(p + 1, close - p - 1), cp))
          return position_error(bs, close + 1, "unknown Unicode character name");
        append_utf8(out, cp);
        p = close + 1;
        break;
      }
      default:
        // An unknown escape stays as written (CPython only warns).
        out += '\\';
        out += c;
        break;
    }
  }
  return true;
}

// Parses one f-string body (or a format spec inside one) into `values`.
struct StringParser {
  Parser& p;
  Pos s, e;              // the location of the whole string group
  const Token* after;    // the token after the group: where CPython reports f-string errors
  std::string literal;
  std::vector<Expr*>* values;

  bool fail(const std::string& msg) {
    p.error_at(*after, msg);
    return false;
  }
  void flush() {
    if (literal.empty()) return;
    Constant* c = p.node<Constant>(s, e);
    c->value_kind = ConstKind::Str;
    c->s = p.arena_.str(literal);
    values->push_back(c);
    literal.clear();
  }
  bool add_literal(std::string_view raw_text, bool raw) {
    if (raw) {
      literal.append(raw_text);
      return true;
    }
    std::string err;
    if (!decode_escapes(raw_text, false, literal, err)) return fail(err);
    return true;
  }

  // Position (line, line start) of a pointer inside the token `t`.
  static void locate(const Token& t, const char* at, int& line, const char* line_start_hint, const char*& line_start) {
    line = t.line;
    line_start = line_start_hint;
    for (const char* q = t.text.data(); q < at; ++q)
      if (*q == '\n') ++line, line_start = q + 1;
  }

  bool body(const Token& t, const char*& q, const char* end, bool raw, int level) {
    for (;;) {
      const char* lit = q;
      std::string pending;
      while (q < end) {
        char c = *q;
        if (!raw && c == '\\' && q + 1 < end && q[1] == 'N' && q + 2 < end && q[2] == '{') {
          const char* close = static_cast<const char*>(std::memchr(q, '}', end - q));
          q = close ? close + 1 : end;
          continue;
        }
        if (c == '{' || c == '}') {
          if (level == 0 && q + 1 < end && q[1] == c) {
            if (!add_literal(std::string_view(lit, q - lit), raw)) return false;
            literal += c;
            q += 2;
            lit = q;
            continue;
          }
          break;
        }
        ++q;
      }
      if (!add_literal(std::string_view(lit, q - lit), raw)) return false;
      if (q >= end) return true;
      if (*q == '}') {
        if (level == 0) return fail("f-string: single '}' is not allowed");
        return true;  // end of a format spec
      }
      ++q;  // '{'
      if (!field(t, q, end, raw, level)) return false;
    }
  }

  bool field(const Token& t, const char*& q, const char* end, bool raw, int level) {
    if (level >= 2) return fail("f-string: expressions nested too deeply");
    const char* expr_start = q;
    std::vector<char> nest;
    char quote = 0;
    int quote_len = 0;
    for (; q < end; ++q) {
      char c = *q;
      if (c == '\\') return fail("f-string expression part cannot include a backslash");
      if (quote) {
        if (c == quote && (quote_len == 1 || (end - q >= 3 && q[1] == quote && q[2] == quote))) {
          q += quote_len - 1;
          quote = 0;
        }
        continue;
      }
      if (c == '\'' || c == '"') {
        quote = c;
        quote_len = (end - q >= 3 && q[1] == c && q[2] == c) ? 3 : 1;
        q += quote_len - 1;
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        nest.push_back(c);
        continue;
      }
      if (c == ')' || c == ']' || c == '}') {
        if (nest.empty()) {
          if (c == '}') break;
          return fail(std::string("f-string: unmatched '") + c + "'");
        }
        char open = nest.back();
        nest.pop_back();
        if ((open == '(' && c != ')') || (open == '[' && c != ']') || (open == '{' && c != '}'))
          return fail(std::string("f-string: closing parenthesis '") + c + "' does not match opening parenthesis '" + open + "'");
        continue;
      }
      if (c == '#') return fail("f-string expression part cannot include '#'");
      if (!nest.empty()) continue;
      if (c == '!' && !(q + 1 < end && q[1] == '=')) break;
      if (c == ':') break;
      if (c == '=' && !(q + 1 < end && q[1] == '=') && !(q > expr_start && (q[-1] == '=' || q[-1] == '!' || q[-1] == '<' || q[-1] == '>')))
        break;
      if ((c == '<' || c == '>' || c == '!' || c == '=') && q + 1 < end && q[1] == '=') ++q;
    }
    if (quote) return fail("f-string: unterminated string");
    if (q >= end) return fail(nest.empty() ? "f-string: expecting '}'" : "f-string: expecting '}'");
    const char* expr_end = q;
    bool blank = true;
    for (const char* r = expr_start; r < expr_end; ++r)
      if (*r != ' ' && *r != '\t' && *r != '\n' && *r != '\f' && *r != '\r') blank = false;
    if (blank) return fail("f-string: empty expression not allowed");

    // Parse the expression with a lexer over the same source bytes, so positions are real.
    int line;
    const char* line_start;
    const char* tok_line_start = t.text.data() - t.col;
    locate(t, expr_start, line, tok_line_start, line_start);
    Parser sub(p.src_, p.arena_, Lexer(p.src_, expr_start, expr_end, line, line_start));
    sub.depth_ = p.depth_;
    sub.fstring_ = true;
    Expr* value = sub.fstring_expression();
    if (!value) {
      if (!p.failed_) {
        p.failed_ = true;
        p.diag_ = sub.diag_;
        p.diag_.msg = "f-string: " + p.diag_.msg;
        // CPython 3.11 compiles the field as "(expr)" and reports positions in that text.
        std::string_view text(expr_start, expr_end - expr_start);
        p.diag_.text_override = "(" + std::string(text) + ")\n";
        auto to_wrapped = [&](int l, int col) -> int {
          if (l != line) return col + 1;
          size_t n = static_cast<size_t>(line_start + col - expr_start);
          return utf8_chars(std::string_view(expr_start, n), n) + 2;
        };
        if (!p.diag_.offset_is_raw) {
          p.diag_.col = to_wrapped(p.diag_.line, p.diag_.col);
          if (p.diag_.end_col >= 0) p.diag_.end_col = to_wrapped(p.diag_.end_line, p.diag_.end_col);
          p.diag_.offset_is_raw = true;
        }
      }
      return false;
    }
    if (*q == '=') {
      ++q;
      while (q < end && (*q == ' ' || *q == '\t' || *q == '\n')) ++q;
      literal.append(expr_start, q - expr_start);
    }
    bool self_doc = q > expr_end;
    int conversion = -1;
    if (q < end && *q == '!') {
      ++q;
      if (q >= end) return fail("f-string: expecting '}'");
      char c = *q++;
      if (c != 's' && c != 'r' && c != 'a') return fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      conversion = c;
      if (q >= end || (*q != ':' && *q != '}')) return fail("f-string: expecting '}'");
    }
    Expr* spec = nullptr;
    if (q < end && *q == ':') {
      ++q;
      std::vector<Expr*> spec_values;
      // CPython 3.11 places a format spec's nodes at the token holding it.
      Pos spec_start{t.line, t.col}, spec_end{t.end_line, t.end_col};
      StringParser sp{p, spec_start, spec_end, after, {}, &spec_values};
      if (!sp.body(t, q, end, raw, level + 1)) return false;
      sp.flush();
      JoinedStr* j = p.node<JoinedStr>(spec_start, spec_end);
      j->values = p.seq(spec_values);
      spec = j;
    }
    if (q >= end || *q != '}') return fail("f-string: expecting '}'");
    ++q;
    if (self_doc && conversion == -1 && !spec) conversion = 'r';
    flush();
    FormattedValue* fv = p.node<FormattedValue>(s, e);
    fv->value = value;
    fv->conversion = conversion;
    fv->format_spec = spec;
    values->push_back(fv);
    return true;
  }
};

Expr* Parser::strings() {
  size_t first = pos_;
  Pos s = start();
  bool any_f = false, any_bytes = false, any_str = false;
  while (kind() == Tok::String) {
    Prefix px = prefix_of(tok().text);
    any_f |= px.fstr;
    (px.bytes ? any_bytes : any_str) = true;
    advance();
  }
  size_t last = pos_;
  Pos e = prev_end();
  const Token& after = tok();
  if (any_bytes && any_str) return error_at(after, "cannot mix bytes and nonbytes literals");
  bool u_kind = toks_[first].text[0] == 'u';  // CPython checks for a lowercase 'u' only
  if (!any_f) {
    std::string value, err;
    for (size_t i = first; i < last; ++i) {
      const Token& t = toks_[i];
      Prefix px = prefix_of(t.text);
      std::string_view body = t.text.substr(px.len + px.quote, t.text.size() - px.len - 2 * px.quote);
      if (px.bytes) {
        for (char c : body)
          if (static_cast<unsigned char>(c) >= 0x80) return error_at(t, "bytes can only contain ASCII literal characters");
      }
      if (px.raw) value.append(body);
      else if (!decode_escapes(body, px.bytes, value, err)) return error_at(after, err);
    }
    Constant* c = node<Constant>(s, e);
    c->value_kind = any_bytes ? ConstKind::Bytes : ConstKind::Str;
    c->u_kind = u_kind;
    c->s = arena_.str(value);
    return c;
  }
  std::vector<Expr*> values;
  StringParser sp{*this, s, e, &after, {}, &values};
  for (size_t i = first; i < last; ++i) {
    const Token& t = toks_[i];
    Prefix px = prefix_of(t.text);
    std::string_view body = t.text.substr(px.len + px.quote, t.text.size() - px.len - 2 * px.quote);
    if (!px.fstr) {
      if (!sp.add_literal(body, px.raw)) return nullptr;
      continue;
    }
    const char* q = body.data();
    if (!sp.body(t, q, body.data() + body.size(), px.raw, 0)) return nullptr;
  }
  sp.flush();
  JoinedStr* j = node<JoinedStr>(s, e);
  j->values = seq(values);
  return j;
}

Expr* Parser::number(const Token& t) {
  std::string digits;
  digits.reserve(t.text.size());
  for (char c : t.text)
    if (c != '_') digits += c;
  Constant* c = node<Constant>({t.line, t.col}, {t.end_line, t.end_col});
  char last = digits.back();
  if (last == 'j' || last == 'J') {
    digits.pop_back();
    c->value_kind = ConstKind::Complex;
    c->f = std::strtod(digits.c_str(), nullptr);
    return c;
  }
  int base = 10;
  size_t skip = 0;
  if (digits.size() > 1 && digits[0] == '0') {
    char b = static_cast<char>(digits[1] | 0x20);
    if (b == 'x') base = 16, skip = 2;
    else if (b == 'o') base = 8, skip = 2;
    else if (b == 'b') base = 2, skip = 2;
  }
  if (base == 10 && digits.find_first_of(".eE") != std::string::npos) {
    c->value_kind = ConstKind::Float;
    c->f = std::strtod(digits.c_str(), nullptr);
    return c;
  }
  std::string_view ds(digits);
  ds.remove_prefix(skip);
  uint64_t v = 0;
  bool overflow = false;
  for (char d : ds) {
    uint64_t h = static_cast<uint64_t>(hex_value(d));
    if (v > (UINT64_MAX - h) / base) {
      overflow = true;
      break;
    }
    v = v * base + h;
  }
  if (!overflow && v <= static_cast<uint64_t>(INT64_MAX)) {
    c->value_kind = ConstKind::Int;
    c->i = static_cast<int64_t>(v);
    return c;
  }
  c->value_kind = ConstKind::BigInt;
  c->s = arena_.str(to_decimal(ds, base));
  return c;
}

}  // namespace py::detail
