#include "py/num/format_spec.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "py/num/float.hpp"

namespace py::num {

namespace {

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(char(c));
  } else if (c < 0x800) {
    out.push_back(char(0xc0 | (c >> 6)));
    out.push_back(char(0x80 | (c & 0x3f)));
  } else if (c < 0x10000) {
    out.push_back(char(0xe0 | (c >> 12)));
    out.push_back(char(0x80 | ((c >> 6) & 0x3f)));
    out.push_back(char(0x80 | (c & 0x3f)));
  } else {
    out.push_back(char(0xf0 | (c >> 18)));
    out.push_back(char(0x80 | ((c >> 12) & 0x3f)));
    out.push_back(char(0x80 | ((c >> 6) & 0x3f)));
    out.push_back(char(0x80 | (c & 0x3f)));
  }
}

void append_fill(std::string& out, char32_t fill, std::int64_t n) {
  for (std::int64_t i = 0; i < n; ++i) append_utf8(out, fill);
}

// Decodes the code point at s[i], advancing i (invalid bytes pass through one at a time).
char32_t next_code_point(std::string_view s, std::size_t& i) {
  auto b = static_cast<unsigned char>(s[i]);
  std::size_t len = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
  if (len == 1 || i + len > s.size()) return ++i, b;
  char32_t c = b & (0x3f >> (len - 1));
  for (std::size_t k = 1; k < len; ++k) c = c << 6 | (static_cast<unsigned char>(s[i + k]) & 0x3f);
  i += len;
  return c;
}

std::size_t count_code_points(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xc0) != 0x80;
  return n;
}

// Byte length of the first n code points of s.
std::size_t prefix_bytes(std::string_view s, std::size_t n) {
  std::size_t i = 0;
  while (n-- > 0 && i < s.size()) next_code_point(s, i);
  return i;
}

std::string char_repr(char c) {  // a type character as CPython's messages show it
  auto u = static_cast<unsigned char>(c);
  if (u > 32 && u < 128) return std::string(1, c);
  char buf[8];
  std::snprintf(buf, sizeof buf, "\\x%x", u);
  return buf;
}

bool unknown_type(char type, std::string_view type_name, Error& err) {
  return err.set(Exc::ValueError, "Unknown format code '" + char_repr(type) + "' for object of type '" +
                                      std::string(type_name) + "'");
}

// ------------------------------------------------------------------ float -> text
// Digits as David Gay's dtoa returns them: no trailing zeros, value 0.DIGITS * 10**decpt.
// mode 0: shortest round-trip; 2: `ndigits` significant digits; 3: `ndigits` after the
// point. A value that rounds to zero gives "0" with decpt 1.
void dtoa_digits(double ax, int mode, std::int64_t ndigits, std::string& digits, int& decpt) {
  if (ax == 0) {
    digits = "0", decpt = 1;
    return;
  }
  if (mode == 0) {
    int e;
    shortest_digits(ax, digits, e);
    decpt = e + 1;
    return;
  }
  const char* fmt = mode == 2 ? "%.*e" : "%.*f";
  int prec = int(mode == 2 ? ndigits - 1 : ndigits);
  std::vector<char> buf(std::size_t(prec) + 330);
  std::snprintf(buf.data(), buf.size(), fmt, prec, ax);
  digits.clear();
  const char* p = buf.data();
  int point = -1;
  for (; *p && *p != 'e'; ++p) {
    if (*p == '.') point = int(digits.size());
    else digits.push_back(*p);
  }
  if (mode == 2) {
    decpt = std::atoi(p + 1) + 1;
  } else {
    decpt = point < 0 ? int(digits.size()) : point;
    std::size_t lead = 0;
    while (lead + 1 < digits.size() && digits[lead] == '0') ++lead, --decpt;
    digits.erase(0, lead);
  }
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  if (digits == "0") decpt = 1;
}

struct FloatText {
  bool negative = false;
  std::string body;  // without the sign
};

// PyOS_double_to_string: code is 'e', 'f', 'g' or 'r' (repr); upper for E/F/G.
FloatText double_to_string(double x, char code, std::int64_t precision, bool upper, bool alt, bool add_dot_0,
                           bool no_neg_0) {
  FloatText t;
  if (std::isnan(x)) {
    t.body = upper ? "NAN" : "nan";
    return t;
  }
  t.negative = std::signbit(x);
  if (std::isinf(x)) {
    t.body = upper ? "INF" : "inf";
    return t;
  }
  int mode = 0;
  if (code == 'e') mode = 2, ++precision;
  else if (code == 'f') mode = 3;
  else if (code == 'g') mode = 2, precision = precision == 0 ? 1 : precision;
  std::string digits;
  int decpt;
  dtoa_digits(std::fabs(x), mode, precision, digits, decpt);
  if (no_neg_0 && digits == "0") t.negative = false;
  const std::int64_t len = std::int64_t(digits.size());
  bool use_exp = false;
  std::int64_t vend = len;
  switch (code) {
    case 'e': use_exp = true, vend = precision; break;
    case 'f': vend = decpt + precision; break;
    case 'g':
      use_exp = decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision);
      if (alt) vend = precision;
      break;
    default: use_exp = decpt <= -4 || decpt > 16; break;
  }
  int exp = 0;
  if (use_exp) exp = decpt - 1, decpt = 1;
  const std::int64_t vstart = decpt <= 0 ? decpt - 1 : 0;
  vend = std::max<std::int64_t>(vend, !use_exp && add_dot_0 ? decpt + 1 : decpt);
  std::string& s = t.body;
  if (decpt <= 0) {
    s.append(std::size_t(decpt - vstart), '0');
    s.push_back('.');
    s.append(std::size_t(-decpt), '0');
  }
  if (decpt > 0 && decpt <= len) {
    s.append(digits, 0, std::size_t(decpt));
    s.push_back('.');
    s.append(digits, std::size_t(decpt));
  } else {
    s += digits;
  }
  if (len < decpt) {
    s.append(std::size_t(decpt - len), '0');
    s.push_back('.');
    s.append(std::size_t(vend - decpt), '0');
  } else {
    s.append(std::size_t(vend - len), '0');
  }
  if (s.back() == '.' && !alt) s.pop_back();
  if (use_exp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%c%c%02d", upper ? 'E' : 'e', exp < 0 ? '-' : '+', std::abs(exp));
    s += buf;
  }
  return t;
}

// ------------------------------------------------------------------ number layout
// | lpad | sign | prefix | spad | grouped digits | decimal | remainder | rpad |
// One of the paddings is nonzero; with fill '0' and '=' alignment the zeros go into
// the digit grouping itself, as CPython's _PyUnicode_InsertThousandsGrouping does.
struct NumberParts {
  char sign = 0;             // '-', '+', ' ' or 0
  std::string_view prefix;   // "0x" ...
  std::string_view digits;   // the integer digits
  bool decimal = false;      // a '.' follows the digits
  std::string_view remainder;  // fraction, exponent, '%', "inf", or the 'c' character
};

std::string group(std::string_view digits, std::int64_t min_width, int group_size, char sep) {
  // Built right to left; zeros pad the left up to min_width, separators included.
  std::string rev;
  std::int64_t remaining = std::int64_t(digits.size());
  std::size_t pos = digits.size();
  bool use_sep = false;
  auto emit = [&](std::int64_t len) {
    std::int64_t zeros = std::max<std::int64_t>(0, len - remaining);
    std::int64_t chars = std::max<std::int64_t>(0, std::min(remaining, len));
    if (use_sep) rev.push_back(sep);
    for (std::int64_t i = 0; i < chars; ++i) rev.push_back(digits[--pos]);
    rev.append(std::size_t(zeros), '0');
    remaining -= chars;
    min_width -= len;
  };
  if (group_size == 0) {
    emit(std::max<std::int64_t>({remaining, min_width, 1}));
  } else {
    for (;;) {
      emit(std::min<std::int64_t>(group_size, std::max<std::int64_t>({remaining, min_width, 1})));
      use_sep = true;
      if (remaining <= 0 && min_width <= 0) break;
      min_width -= 1;
    }
  }
  return std::string(rev.rbegin(), rev.rend());
}

void layout_number(const NumberParts& p, const FormatSpec& spec, char32_t fill, char align, int group_size,
                   char sep, std::string& out) {
  const std::int64_t n_sign = p.sign ? 1 : 0;
  const std::int64_t non_digits = n_sign + std::int64_t(p.prefix.size()) + (p.decimal ? 1 : 0) +
                                  std::int64_t(count_code_points(p.remainder));
  const std::int64_t min_width = fill == U'0' && align == '=' ? spec.width - non_digits : 0;
  std::string grouped = p.digits.empty() ? std::string() : group(p.digits, min_width, group_size, sep);
  const std::int64_t padding = spec.width - (non_digits + std::int64_t(grouped.size()));
  std::int64_t lpad = 0, spad = 0, rpad = 0;
  if (padding > 0) {
    if (align == '<') rpad = padding;
    else if (align == '^') lpad = padding / 2, rpad = padding - lpad;
    else if (align == '=') spad = padding;
    else lpad = padding;
  }
  out.clear();
  append_fill(out, fill, lpad);
  if (p.sign) out.push_back(p.sign);
  out += p.prefix;
  append_fill(out, fill, spad);
  out += grouped;
  if (p.decimal) out.push_back('.');
  out += p.remainder;
  append_fill(out, fill, rpad);
}

// ',' and '_' are allowed only with some presentation types (PEP 378, PEP 515);
// default_type is the type an empty type character means for this object.
bool check_grouping(const FormatSpec& spec, char default_type, Error& err) {
  if (!spec.grouping) return true;
  const char t = spec.type ? spec.type : default_type;
  switch (t) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0: return true;
    case 'b': case 'o': case 'x': case 'X':
      if (spec.grouping == '_') return true;
      [[fallthrough]];
    default:
      return err.set(Exc::ValueError, std::string("Cannot specify '") + spec.grouping + "' with '" + char_repr(t) + "'.");
  }
}

// The str(int) digit limit of decimal conversions.
bool within_digit_limit(std::string_view digits, std::size_t max_str_digits, Error& err) {
  if (max_str_digits == 0 || digits.size() <= max_str_digits) return true;
  return err.set(Exc::ValueError, "Exceeds the limit (" + std::to_string(max_str_digits) +
                                      " digits) for integer string conversion; use sys.set_int_max_str_digits() "
                                      "to increase the limit");
}

char sign_char(bool negative, char spec_sign) {
  if (negative) return '-';
  return spec_sign == '+' || spec_sign == ' ' ? spec_sign : 0;
}

}  // namespace

// ------------------------------------------------------------------ parsing
bool parse_format_spec(std::string_view spec, FormatSpec& out, Error& err, std::string_view type_name) {
  out = FormatSpec{};
  std::size_t i = 0;
  auto is_align = [](char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; };
  bool fill_given = false;
  if (!spec.empty()) {
    std::size_t j = 0;
    char32_t first = next_code_point(spec, j);
    if (j < spec.size() && is_align(static_cast<unsigned char>(spec[j]))) {
      out.fill = first, out.align = spec[j], fill_given = true, i = j + 1;
    } else if (is_align(first)) {
      out.align = char(first), i = 1;
    }
  }
  auto at = [&](char c) { return i < spec.size() && spec[i] == c; };
  if (i < spec.size() && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' ')) out.sign = spec[i++];
  if (at('z')) out.z = true, ++i;
  if (at('#')) out.alt = true, ++i;
  if (!fill_given && at('0')) out.zero = true, ++i;  // with an explicit fill, '0' starts the width
  auto integer = [&](std::int64_t& value) {
    std::size_t start = i;
    value = 0;
    for (; i < spec.size() && spec[i] >= '0' && spec[i] <= '9'; ++i) {
      int d = spec[i] - '0';
      if (value > (INT64_MAX - d) / 10) return err.set(Exc::ValueError, "Too many decimal digits in format string");
      value = value * 10 + d;
    }
    if (i == start) value = -1;
    return true;
  };
  if (!integer(out.width)) return false;
  const char* both = "Cannot specify both ',' and '_'.";
  if (at(',')) out.grouping = ',', ++i;
  if (at('_')) {
    if (out.grouping) return err.set(Exc::ValueError, both);
    out.grouping = '_', ++i;
  }
  if (at(',') && out.grouping == '_') return err.set(Exc::ValueError, both);
  if (at('.')) {
    ++i;
    if (!integer(out.precision)) return false;
    if (out.precision < 0) return err.set(Exc::ValueError, "Format specifier missing precision");
  }
  if (spec.size() - i > 1)
    return err.set(Exc::ValueError, "Invalid format specifier '" + std::string(spec) + "' for object of type '" +
                                        std::string(type_name) + "'");
  if (i < spec.size()) out.type = spec[i];
  return true;
}

// ------------------------------------------------------------------ format()
bool format_float(double v, const FormatSpec& spec, std::string& out, Error& err, std::string_view type_name) {
  if (!check_grouping(spec, 0, err)) return false;
  char type = spec.type;
  switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': break;
    default: return unknown_type(type, type_name, err);
  }
  if (spec.precision > INT32_MAX) return err.set(Exc::ValueError, "precision too big");
  std::int64_t precision = spec.precision;
  bool add_dot_0 = false, pct = false;
  char code;
  if (type == 0) {
    add_dot_0 = true;
    code = precision < 0 ? 'r' : 'g';
    if (precision < 0) precision = 0;
  } else {
    code = type == 'n' ? 'g' : type == '%' ? 'f' : char(type | 0x20);
    if (precision < 0) precision = 6;
  }
  if (type == '%') v *= 100, pct = true;
  const bool upper = type == 'E' || type == 'F' || type == 'G';
  FloatText t = double_to_string(v, code, precision, upper, spec.alt, add_dot_0, spec.z);
  if (pct) t.body.push_back('%');
  NumberParts p;
  p.sign = sign_char(t.negative, spec.sign);
  std::string_view body = t.body;
  std::size_t nd = 0;
  while (nd < body.size() && body[nd] >= '0' && body[nd] <= '9') ++nd;
  p.digits = body.substr(0, nd);
  p.decimal = nd < body.size() && body[nd] == '.';
  p.remainder = body.substr(nd + (p.decimal ? 1 : 0));
  const char32_t fill = spec.zero ? U'0' : spec.fill;
  const char align = spec.align ? spec.align : spec.zero ? '=' : '>';
  const bool grouped = spec.grouping && type != 'n';
  layout_number(p, spec, fill, align, grouped ? 3 : 0, spec.grouping, out);
  return true;
}

bool format_int(const BigInt& v, const FormatSpec& spec, std::string& out, Error& err, std::string_view type_name,
                std::size_t max_str_digits) {
  if (!check_grouping(spec, 'd', err)) return false;
  switch (spec.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      double d;
      if (!v.to_double(d)) return err.set(Exc::OverflowError, "int too large to convert to float");
      return format_float(d, spec, out, err, type_name);
    }
    case 0: case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n': break;
    default: return unknown_type(spec.type, type_name, err);
  }
  if (spec.precision != -1) return err.set(Exc::ValueError, "Precision not allowed in integer format specifier");
  if (spec.z) return err.set(Exc::ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
  NumberParts p;
  std::string digits, ch;
  int group_size = spec.grouping ? 3 : 0;
  if (spec.type == 'c') {
    if (spec.sign) return err.set(Exc::ValueError, "Sign not allowed with integer format specifier 'c'");
    if (spec.alt) return err.set(Exc::ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    if (!v.fits_int64()) return err.set(Exc::OverflowError, "Python int too large to convert to C long");
    const std::int64_t c = v.to_int64();
    if (c < 0 || c > 0x10ffff) return err.set(Exc::OverflowError, "%c arg not in range(0x110000)");
    append_utf8(ch, char32_t(c));
    p.remainder = ch;
  } else {
    const int base = spec.type == 'b' ? 2 : spec.type == 'o' ? 8 : spec.type == 'x' || spec.type == 'X' ? 16 : 10;
    digits = v.abs().to_string(base);
    if (base == 10 && !within_digit_limit(digits, max_str_digits, err)) return false;
    if (spec.type == 'X')
      for (char& c : digits) c = char(c >= 'a' ? c - 32 : c);
    if (spec.alt && base != 10)
      p.prefix = spec.type == 'b' ? "0b" : spec.type == 'o' ? "0o" : spec.type == 'x' ? "0x" : "0X";
    if (base != 10 && spec.grouping == '_') group_size = 4;
    if (spec.type == 'n') group_size = 0;  // the C locale has no grouping
    p.digits = digits;
    p.sign = sign_char(v.sign() < 0, spec.sign);
  }
  const char32_t fill = spec.zero ? U'0' : spec.fill;
  const char align = spec.align ? spec.align : spec.zero ? '=' : '>';
  layout_number(p, spec, fill, align, group_size, spec.grouping, out);
  return true;
}

bool format_str(std::string_view s, const FormatSpec& spec, std::string& out, Error& err, std::string_view type_name) {
  if (!check_grouping(spec, 's', err)) return false;
  if (spec.type != 's' && spec.type != 0) return unknown_type(spec.type, type_name, err);
  if (spec.sign == ' ') return err.set(Exc::ValueError, "Space not allowed in string format specifier");
  if (spec.sign) return err.set(Exc::ValueError, "Sign not allowed in string format specifier");
  if (spec.z) return err.set(Exc::ValueError, "Negative zero coercion (z) not allowed in string format specifier");
  if (spec.alt) return err.set(Exc::ValueError, "Alternate form (#) not allowed in string format specifier");
  if (spec.align == '=') return err.set(Exc::ValueError, "'=' alignment not allowed in string format specifier");
  std::int64_t len = std::int64_t(count_code_points(s));
  if (spec.precision >= 0 && len > spec.precision) {
    s = s.substr(0, prefix_bytes(s, std::size_t(spec.precision)));
    len = spec.precision;
  }
  const std::int64_t total = std::max(spec.width, len);
  const char32_t fill = spec.zero ? U'0' : spec.fill;
  const char align = spec.align ? spec.align : '<';
  const std::int64_t left = align == '>' ? total - len : align == '^' ? (total - len) / 2 : 0;
  out.clear();
  append_fill(out, fill, left);
  out += s;
  append_fill(out, fill, total - len - left);
  return true;
}

bool format_int(const BigInt& v, std::string_view spec, std::string& out, Error& err, std::string_view type_name,
                std::size_t max_str_digits) {
  if (spec.empty()) {
    out = v.to_string();
    return within_digit_limit(std::string_view(out).substr(v.sign() < 0), max_str_digits, err);
  }
  FormatSpec fs;
  return parse_format_spec(spec, fs, err, type_name) && format_int(v, fs, out, err, type_name, max_str_digits);
}

bool format_float(double v, std::string_view spec, std::string& out, Error& err, std::string_view type_name) {
  if (spec.empty()) return out = float_repr(v), true;
  FormatSpec fs;
  return parse_format_spec(spec, fs, err, type_name) && format_float(v, fs, out, err, type_name);
}

bool format_str(std::string_view s, std::string_view spec, std::string& out, Error& err, std::string_view type_name) {
  if (spec.empty()) return out = s, true;
  FormatSpec fs;
  return parse_format_spec(spec, fs, err, type_name) && format_str(s, fs, out, err, type_name);
}

// ------------------------------------------------------------------ printf-style
namespace {

// The tail of PyUnicode_Format's per-argument output: sign and 0x prefix stay in front
// of '0' padding, '-' pads on the right with spaces.
void printf_layout(std::string_view text, const PrintfSpec& spec, bool numeric, std::string& out) {
  const char32_t fill = spec.zero && numeric ? U'0' : U' ';
  std::int64_t width = spec.width;
  std::size_t pos = 0;
  std::int64_t len = std::int64_t(count_code_points(text));
  char sign = 0;
  if (numeric) {
    if (!text.empty() && (text[0] == '-' || text[0] == '+')) sign = text[0], ++pos, --len;
    else if (spec.plus) sign = '+';
    else if (spec.space) sign = ' ';
  }
  if (width < len) width = len;
  out.clear();
  if (sign) {
    if (fill != U' ') out.push_back(sign);
    if (width > len) --width;
  }
  const bool prefix = numeric && spec.alt && (spec.type == 'x' || spec.type == 'X' || spec.type == 'o');
  if (prefix) {
    if (fill != U' ') out.append(text.substr(pos, 2)), pos += 2;
    width = std::max<std::int64_t>(width - 2, 0);
    len -= 2;
  }
  if (width > len && !spec.left) {
    append_fill(out, fill, width - len);
    width = len;
  }
  if (fill == U' ') {
    if (sign) out.push_back(sign);
    if (prefix) out.append(text.substr(pos, 2)), pos += 2;
  }
  out.append(text.substr(pos));
  if (width > len) out.append(std::size_t(width - len), ' ');
}

}  // namespace

void printf_float(double v, const PrintfSpec& spec, std::string& out) {
  const char type = spec.type;
  const std::int64_t precision = spec.precision < 0 ? 6 : spec.precision;
  FloatText t = double_to_string(v, char(type | 0x20), precision, type == 'E' || type == 'F' || type == 'G',
                                 spec.alt, false, false);
  if (t.negative) t.body.insert(t.body.begin(), '-');
  printf_layout(t.body, spec, true, out);
}

namespace {

// err == nullptr: no digit limit.
bool printf_int_impl(const BigInt& v, const PrintfSpec& spec, std::string& out, Error* err, std::size_t max_str_digits) {
  const char type = spec.type;
  const int base = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
  std::string digits = v.abs().to_string(base);
  if (err && base == 10 && !within_digit_limit(digits, max_str_digits, *err)) return false;
  if (type == 'X')
    for (char& c : digits) c = char(c >= 'a' ? c - 32 : c);
  if (spec.precision > std::int64_t(digits.size())) digits.insert(0, std::size_t(spec.precision) - digits.size(), '0');
  std::string text = v.sign() < 0 ? "-" : "";
  if (spec.alt && base != 10) text += type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
  text += digits;
  printf_layout(text, spec, true, out);
  return true;
}

}  // namespace

bool printf_int(const BigInt& v, const PrintfSpec& spec, std::string& out, Error& err, std::size_t max_str_digits) {
  return printf_int_impl(v, spec, out, &err, max_str_digits);
}

void printf_int(const BigInt& v, const PrintfSpec& spec, std::string& out) { printf_int_impl(v, spec, out, nullptr, 0); }

void printf_str(std::string_view s, const PrintfSpec& spec, std::string& out) {
  if (spec.precision >= 0) s = s.substr(0, prefix_bytes(s, std::size_t(spec.precision)));
  printf_layout(s, spec, false, out);
}

}  // namespace py::num
