// complex.cpp — complex numbers: literals (1j), construction from numbers and strings,
// arithmetic with CPython's algorithms (Smith's division, integer powers by squaring,
// polar form otherwise), repr, hashing and formatting.
#include <cerrno>
#include <cmath>
#include <cstring>

#include "py/builtin_types.hpp"
#include "py/errors.hpp"
#include "py/num/float.hpp"
#include "py/num/format_spec.hpp"

namespace py {

struct Cx { double re, im; };
static Cx cx_of(Value v) { ComplexObj* c = static_cast<ComplexObj*>(v.ptr()); return {c->re, c->im}; }

Ref new_complex(double re, double im) {
  ComplexObj* o = static_cast<ComplexObj*>(alloc_object(interp().complex_type, sizeof(ComplexObj)));
  o->re = re;
  o->im = im;
  return Ref::steal(Value::from_ptr(o));
}
static Ref new_complex_of(Type* t, Cx c) {
  if (t == interp().complex_type) return new_complex(c.re, c.im);
  ComplexObj* o = static_cast<ComplexObj*>(alloc_object(t, t->basicsize));
  o->re = c.re;
  o->im = c.im;
  if (t->has_gc()) gc_track(o);
  return Ref::steal(Value::from_ptr(o));
}

// An operand of complex arithmetic: complex, float or int. false (no exception) for other
// types; false with OverflowError for an int too big for a float.
static bool as_cx(Value v, Cx* out, bool* failed) {
  Interpreter& I = interp();
  *failed = false;
  if (isinstance(v, I.complex_type)) { *out = cx_of(v); return true; }
  if (isinstance(v, I.float_type)) { *out = {float_value(v), 0.0}; return true; }
  if (is_int(v)) {
    num::BigInt b;
    to_bigint(v, b);
    if (!b.to_double(out->re)) {
      raise(I.OverflowError, "int too large to convert to float");
      *failed = true;
      return false;
    }
    out->im = 0.0;
    return true;
  }
  return false;
}

static Cx c_prod(Cx a, Cx b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }
// Smith's algorithm, as CPython's _Py_c_quot; errno EDOM for a zero divisor.
static Cx c_quot(Cx a, Cx b, int* err) {
  double abs_bre = std::fabs(b.re), abs_bim = std::fabs(b.im);
  if (abs_bre >= abs_bim) {
    if (abs_bre == 0.0) { *err = EDOM; return {0, 0}; }
    double ratio = b.im / b.re, denom = b.re + b.im * ratio;
    return {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  }
  if (abs_bim >= abs_bre) {
    double ratio = b.re / b.im, denom = b.re * ratio + b.im;
    return {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  }
  return {NAN, NAN};  // a NaN in b
}
static Cx c_pow(Cx a, Cx b, int* err) {
  if (b.re == 0 && b.im == 0) return {1, 0};
  if (a.re == 0 && a.im == 0) {
    if (b.im != 0 || b.re < 0) *err = EDOM;
    return {0, 0};
  }
  double vabs = std::hypot(a.re, a.im), len = std::pow(vabs, b.re), at = std::atan2(a.im, a.re), phase = at * b.re;
  if (b.im != 0) {
    len /= std::exp(at * b.im);
    phase += b.im * std::log(vabs);
  }
  return {len * std::cos(phase), len * std::sin(phase)};
}
static Cx c_powu(Cx x, long n) {
  Cx r = {1, 0}, p = x;
  for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
    if (n & mask) r = c_prod(r, p);
    p = c_prod(p, p);
  }
  return r;
}
static Cx c_powi(Cx x, long n, int* err) {
  if (n > 0) return c_powu(x, n);
  return c_quot({1, 0}, c_powu(x, -n), err);
}

static Ref complex_binop(Value a, Value b, int op) {
  Interpreter& I = interp();
  if (op >= kInplace) op -= kInplace;
  Cx x, y;
  bool failed;
  if (!as_cx(a, &x, &failed)) return failed ? nullptr : Ref::steal(kNotImplemented);
  if (!as_cx(b, &y, &failed)) return failed ? nullptr : Ref::steal(kNotImplemented);
  int err = 0;
  Cx r;
  switch (op) {
    case kAdd: r = {x.re + y.re, x.im + y.im}; break;
    case kSub: r = {x.re - y.re, x.im - y.im}; break;
    case kMul: r = c_prod(x, y); break;
    case kTrueDiv:
      r = c_quot(x, y, &err);
      if (err) return raise(I.ZeroDivisionError, "complex division by zero");
      break;
    case kPow:
      if (y.im == 0 && y.re == std::floor(y.re) && std::fabs(y.re) <= 100.0) r = c_powi(x, long(y.re), &err);
      else r = c_pow(x, y, &err);
      if (err == EDOM) return raise(I.ZeroDivisionError, "0.0 to a negative or complex power");
      if (std::isinf(r.re) || std::isinf(r.im)) {
        if (std::isfinite(x.re) && std::isfinite(x.im) && std::isfinite(y.re) && std::isfinite(y.im))
          return raise(I.OverflowError, "complex exponentiation");
      }
      break;
    default: return Ref::steal(kNotImplemented);
  }
  return new_complex(r.re, r.im);
}

static Ref complex_unop(Value a, int op) {
  Cx x = cx_of(a);
  switch (op) {
    case kNeg: return new_complex(-x.re, -x.im);
    case kPos: return new_complex(x.re, x.im);
    case kAbs: {
      double r = std::hypot(x.re, x.im);
      if (std::isinf(r) && std::isfinite(x.re) && std::isfinite(x.im))
        return raise(interp().OverflowError, "absolute value too large");
      return new_float(r);
    }
    default: return Ref::steal(kNotImplemented);
  }
}

static Ref complex_richcmp(Value a, Value b, int op) {
  if (op != kEq && op != kNe) return Ref::steal(kNotImplemented);
  Cx x = cx_of(a), y;
  bool failed;
  if (!as_cx(b, &y, &failed)) {
    if (failed) clear_error();  // an int too big for a float equals no complex
    if (!failed) return Ref::steal(kNotImplemented);
    return Ref::steal(bool_value(op == kNe));
  }
  bool eq = x.re == y.re && x.im == y.im;
  return Ref::steal(bool_value(op == kEq ? eq : !eq));
}

static int complex_hash(Value self, int64_t* out) {
  Cx x = cx_of(self);
  // hash(real) + 1000003 * hash(imag), wrapping as CPython's unsigned arithmetic.
  uint64_t h = uint64_t(num::float_hash(x.re)) + 1000003u * uint64_t(num::float_hash(x.im));
  int64_t r = int64_t(h);
  *out = r == -1 ? -2 : r;
  return 0;
}
static int complex_truth(Value self) {
  Cx x = cx_of(self);
  return x.re != 0 || x.im != 0;
}

// A part of the repr: float repr without the ".0" CPython adds to integral floats.
static std::string part_repr(double v) {
  std::string s = num::float_repr(v);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}
static std::string complex_text(Cx x) {
  std::string im = part_repr(x.im);
  if (x.re == 0 && std::copysign(1.0, x.re) == 1.0) return im + "j";
  // (Built by appending: `"+" + std::string` trips GCC 12's -Wrestrict false positive.)
  if (im[0] != '-') im.insert(0, 1, '+');
  std::string out = "(";
  return out.append(part_repr(x.re)).append(im).append("j)");
}
static Ref complex_repr(Value self) { return new_str(complex_text(cx_of(self))); }

// complex("1+2j"): optional parentheses, no inner whitespace; a bare "j" is 1j.
static bool parse_complex(std::string_view s, Cx* out) {
  auto trim = [](std::string_view t) {
    while (!t.empty() && std::isspace(static_cast<unsigned char>(t.front()))) t.remove_prefix(1);
    while (!t.empty() && std::isspace(static_cast<unsigned char>(t.back()))) t.remove_suffix(1);
    return t;
  };
  s = trim(s);
  if (s.size() >= 2 && s.front() == '(' && s.back() == ')') s = trim(s.substr(1, s.size() - 2));
  if (s.empty()) return false;
  for (char c : s)
    if (std::isspace(static_cast<unsigned char>(c))) return false;
  auto parse_part = [](std::string_view t, double* v) {
    if (t.empty() || t == "+") { *v = 1; return true; }
    if (t == "-") { *v = -1; return true; }
    return num::parse_float(t, *v);
  };
  bool imag = s.back() == 'j' || s.back() == 'J';
  if (!imag) {
    out->im = 0;
    return num::parse_float(s, out->re);
  }
  s.remove_suffix(1);
  // The sign that starts the imaginary part: not the leading one, not an exponent's.
  size_t split = std::string_view::npos;
  for (size_t i = s.size(); i-- > 1;)
    if ((s[i] == '+' || s[i] == '-') && s[i - 1] != 'e' && s[i - 1] != 'E') { split = i; break; }
  if (split == std::string_view::npos) {
    out->re = 0;
    return parse_part(s, &out->im);
  }
  std::string_view re = s.substr(0, split), im = s.substr(split);
  return !re.empty() && num::parse_float(re, out->re) && parse_part(im, &out->im);
}

// A number argument of complex(): complex, __complex__, or a real number.
static bool complex_arg(Value v, Cx* out, bool* is_cx, const char* which) {
  Interpreter& I = interp();
  *is_cx = false;
  if (isinstance(v, I.complex_type)) {
    *out = cx_of(v);
    *is_cx = true;
    return true;
  }
  if (type_lookup(type_of(v), I.intern("__complex__"))) {
    Ref r = call_method(v, "__complex__", nullptr, 0);
    if (!r) return false;
    if (!isinstance(r.get(), I.complex_type)) {
      raisef(I.TypeError, "__complex__ returned non-complex (type %s)", type_name(r.get()));
      return false;
    }
    *out = cx_of(r.get());
    *is_cx = true;
    return true;
  }
  if (is_int(v) || isinstance(v, I.float_type) || type_lookup(type_of(v), I.names.__float__) ||
      type_lookup(type_of(v), I.names.__index__)) {
    out->im = 0;
    return to_double(v, &out->re);
  }
  raisef(I.TypeError, "complex() %s must be a string or a number, not '%s'", which, type_name(v));
  return false;
}

static Ref complex_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  Value a[2];
  if (!parse_args("complex", args, nargs, kw, {"real", "imag"}, 0, a)) return nullptr;
  if (!a[0] && !a[1]) return new_complex_of(t, {0, 0});
  if (a[0] && isinstance(a[0], I.str_type)) {
    if (a[1]) return raise(I.TypeError, "complex() can't take second arg if first is a string");
    Cx c;
    if (!parse_complex(sv(a[0]), &c)) return raise(I.ValueError, "complex() arg is a malformed string");
    return new_complex_of(t, c);
  }
  if (a[1] && isinstance(a[1], I.str_type)) return raise(I.TypeError, "complex() second arg can't be a string");
  Cx r = {0, 0}, i = {0, 0};
  bool rc = false, ic = false;
  if (a[0] && !complex_arg(a[0], &r, &rc, "first argument")) return nullptr;
  if (a[0] && rc && !a[1] && t == I.complex_type && type_of(a[0]) == I.complex_type) return Ref::borrow(a[0]);
  if (a[1] && !complex_arg(a[1], &i, &ic, "second argument")) return nullptr;
  if (a[1] && !ic && !is_int(a[1]) && !isinstance(a[1], I.float_type) && !type_lookup(type_of(a[1]), I.names.__float__) &&
      !type_lookup(type_of(a[1]), I.names.__index__))
    return raisef(I.TypeError, "complex() second argument must be a number, not '%s'", type_name(a[1]));
  // real + imag * 1j with each possibly complex (CPython's order of operations, which
  // keeps the sign of a zero imaginary argument).
  double re = ic ? r.re - i.im : r.re;
  double im = !a[1] ? r.im : rc ? i.re + r.im : i.re;
  return new_complex_of(t, {re, im});
}

static Ref get_real(Value self) { return new_float(cx_of(self).re); }
static Ref get_imag(Value self) { return new_float(cx_of(self).im); }
static Ref m_conjugate(Value self, const Value*, size_t, Tuple*) {
  Cx x = cx_of(self);
  return new_complex(x.re, -x.im);
}
static Ref m_complex(Value self, const Value*, size_t, Tuple*) {
  Cx x = cx_of(self);
  return new_complex(x.re, x.im);
}
static Ref m_getnewargs(Value self, const Value*, size_t, Tuple*) {
  Ref r = new_float(cx_of(self).re), i = new_float(cx_of(self).im);
  return tuple_pack({r.get(), i.get()});
}
// format(z, spec): each part formatted as a float (the imaginary one always signed), then
// the whole padded; with no presentation type the parts look like repr's.
static Ref m_format(Value self, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("__format__", nargs, 1, 1)) return nullptr;
  if (!isinstance(args[0], I.str_type)) return raisef(I.TypeError, "__format__() argument must be str, not %s", type_name(args[0]));
  std::string_view spec_text = sv(args[0]);
  if (spec_text.empty()) return complex_repr(self);
  num::FormatSpec spec;
  num::Error err;
  if (!num::parse_format_spec(spec_text, spec, err, "complex")) return raise_num(err);
  if (spec.zero || spec.align == '=')
    return raise(I.ValueError, spec.zero ? "Zero padding is not allowed in complex format specifier"
                                         : "Alignment '=' is not allowed in complex format specifier");
  if (spec.type && !std::strchr("eEfFgGn", spec.type))
    return raisef(I.ValueError, "Unknown format code '%c' for object of type 'complex'", spec.type);
  Cx x = cx_of(self);
  bool bare = !spec.type;
  bool skip_re = bare && x.re == 0 && std::copysign(1.0, x.re) == 1.0;
  num::FormatSpec part = spec;
  part.fill = ' ';
  part.align = 0;
  part.width = -1;
  if (bare && spec.precision >= 0) part.type = 'g';
  std::string re, im;
  if (bare && spec.precision < 0) {
    re = part_repr(x.re);
    im = part_repr(x.im);
    if ((spec.sign == '+' || spec.sign == ' ') && re[0] != '-') re.insert(0, 1, spec.sign);
  } else {
    if (!num::format_float(x.re, part, re, err, "complex")) return raise_num(err);
    num::FormatSpec ip = part;
    ip.sign = '+';
    if (!num::format_float(x.im, ip, im, err, "complex")) return raise_num(err);
  }
  if (im[0] != '-' && im[0] != '+') im.insert(0, 1, '+');
  std::string body = skip_re ? (spec.sign == '+' || im[0] == '-' ? im : im.substr(1)) + "j"
                             : re + im + "j";
  if (bare && !skip_re) body.insert(0, 1, '(').push_back(')');
  num::FormatSpec pad;
  pad.fill = spec.fill;
  pad.align = spec.align ? spec.align : '>';
  pad.width = spec.width;
  std::string out;
  if (!num::format_str(body, pad, out, err, "complex")) return raise_num(err);
  return new_str(out);
}

void init_complex(Interpreter& I) {
  Type* t = I.complex_type = new_builtin_type(I, "complex", I.object_type, sizeof(ComplexObj));
  t->repr = complex_repr;
  t->hash = complex_hash;
  t->richcmp = complex_richcmp;
  t->binop = complex_binop;
  t->unop = complex_unop;
  t->truth = complex_truth;
  t->tp_new = complex_new;
  t->init = nullptr;
  static const MethodDef methods[] = {{"conjugate", m_conjugate}, {"__complex__", m_complex},
                                      {"__getnewargs__", m_getnewargs}, {"__format__", m_format},
                                      {nullptr, nullptr}};
  add_methods(I, t, methods);
  add_getset(I, t, "real", get_real);
  add_getset(I, t, "imag", get_imag);
}

}  // namespace py
