// float.cpp — float, with CPython's repr, hashing, rounding and arithmetic (num/float.hpp).
#include <cctype>
#include <cmath>
#include <cstdlib>

#include "py/builtin_types.hpp"
#include "py/errors.hpp"
#include "py/num/float.hpp"
#include "py/num/format_spec.hpp"

namespace py {

Ref new_float(double v) {
  FloatObj* o = static_cast<FloatObj*>(alloc_object(interp().float_type, sizeof(FloatObj)));
  o->v = v;
  return Ref::steal(Value::from_ptr(o));
}

bool to_double(Value v, double* out) {
  Interpreter& I = interp();
  if (v.is_small_int()) {
    *out = double(v.as_small_int());
    return true;
  }
  Type* t = type_of(v);
  if (t == I.float_type || isinstance(v, I.float_type)) {
    *out = float_value(v);
    return true;
  }
  if (is_int(v)) {
    num::BigInt b;
    to_bigint(v, b);
    if (!b.to_double(*out)) {
      raise(I.OverflowError, "int too large to convert to float");
      return false;
    }
    return true;
  }
  if (type_lookup(t, I.names.__float__)) {
    Ref r = call_method(v, I.names.__float__, nullptr, 0);
    if (!r) return false;
    if (!isinstance(r.get(), I.float_type)) {
      raisef(I.TypeError, "%s.__float__ returned non-float (type %s)", t->name.c_str(), type_name(r.get()));
      return false;
    }
    *out = float_value(r.get());
    return true;
  }
  if (type_lookup(t, I.names.__index__)) {
    int64_t i;
    if (index_of(v, &i) < 0) return false;
    *out = double(i);
    return true;
  }
  raisef(I.TypeError, "must be real number, not %s", t->name.c_str());
  return false;
}

static Ref float_repr(Value v) { return new_str_ascii(num::float_repr(float_value(v))); }
static int float_hash(Value v, int64_t* out) {
  *out = num::float_hash(float_value(v));
  return 0;
}

static Ref float_richcmp(Value a, Value b, int op) {
  Interpreter& I = interp();
  if (!isinstance(a, I.float_type)) return Ref::steal(kNotImplemented);
  double x = float_value(a);
  int c;
  if (isinstance(b, I.float_type)) {
    double y = float_value(b);
    if (std::isnan(x) || std::isnan(y)) return Ref::steal(bool_value(op == kNe));
    c = x < y ? -1 : x > y ? 1 : 0;
  } else if (is_int(b)) {
    num::BigInt y;
    to_bigint(b, y);
    c = num::BigInt::compare(y, x);
    if (c == 2) return Ref::steal(bool_value(op == kNe));
    c = -c;
  } else {
    return Ref::steal(kNotImplemented);
  }
  bool r = false;
  switch (op) {
    case kLt: r = c < 0; break;
    case kLe: r = c <= 0; break;
    case kEq: r = c == 0; break;
    case kNe: r = c != 0; break;
    case kGt: r = c > 0; break;
    case kGe: r = c >= 0; break;
  }
  return Ref::steal(bool_value(r));
}

static bool as_float_operand(Value v, double* out, bool* ok) {
  Interpreter& I = interp();
  *ok = true;
  if (isinstance(v, I.float_type)) {
    *out = float_value(v);
    return true;
  }
  if (is_int(v)) {
    num::BigInt b;
    to_bigint(v, b);
    if (!b.to_double(*out)) {
      raise(I.OverflowError, "int too large to convert to float");
      *ok = false;
      return false;
    }
    return true;
  }
  return false;
}

static Ref float_binop(Value a, Value b, int op) {
  Interpreter& I = interp();
  if (op >= kInplace) return Ref::steal(kNotImplemented);
  double x, y;
  bool ok;
  if (!as_float_operand(a, &x, &ok)) return ok ? Ref::steal(kNotImplemented) : nullptr;
  if (!as_float_operand(b, &y, &ok)) return ok ? Ref::steal(kNotImplemented) : nullptr;
  num::Error err;
  double r;
  switch (op) {
    case kAdd: return new_float(x + y);
    case kSub: return new_float(x - y);
    case kMul: return new_float(x * y);
    case kTrueDiv:
      if (y == 0) return raise(I.ZeroDivisionError, "float division by zero");
      return new_float(x / y);
    case kFloorDiv:
      if (!num::float_floor_div(x, y, r, err)) return raise_num(err);
      return new_float(r);
    case kMod:
      if (!num::float_mod(x, y, r, err)) return raise_num(err);
      return new_float(r);
    case kPow: {
      bool cplx = false;
      bool ok = num::float_pow(x, y, r, err, &cplx);
      if (cplx) {  // a negative base to a fractional power: CPython hands it to complex
        Ref base = new_complex(x, 0.0), exp = new_float(y);
        return binary_op(base.get(), exp.get(), kPow);
      }
      if (!ok) return raise_num(err);
      return new_float(r);
    }
    default: return Ref::steal(kNotImplemented);
  }
}

static Ref float_unop(Value a, int op) {
  double x = float_value(a);
  switch (op) {
    case kNeg: return new_float(-x);
    case kPos: return new_float(x);
    case kAbs: return new_float(std::fabs(x));
    default: return Ref::steal(kNotImplemented);
  }
}

static int float_truth(Value v) { return float_value(v) != 0.0; }

static Ref float_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  if (!no_kwargs("float", kw) || !check_nargs("float", nargs, 0, 1)) return nullptr;
  double d = 0;
  if (nargs == 1) {
    Value x = args[0];
    if (isinstance(x, I.str_type)) {
      if (!num::parse_float(sv(x), d)) {
        Ref r = repr(x);
        return raisef(I.ValueError, "could not convert string to float: %s", r ? as_str(r.get())->data : "?");
      }
    } else if (!to_double(x, &d)) {
      if (err_matches(I.TypeError)) {
        clear_error();
        return raisef(I.TypeError, "float() argument must be a string or a real number, not '%s'", type_name(x));
      }
      return nullptr;
    }
  }
  if (t == I.float_type) return new_float(d);
  FloatObj* o = static_cast<FloatObj*>(alloc_object(t, t->basicsize));
  o->v = d;
  if (t->has_gc()) gc_track(o);
  return Ref::steal(Value::from_ptr(o));
}

static Ref m_float_format(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("__format__", nargs, 1, 1)) return nullptr;
  std::string_view spec = sv(args[0]);
  if (spec.empty()) return str(self);
  std::string out;
  num::Error err;
  if (!num::format_float(float_value(self), spec, out, err, type_name(self))) return raise_num(err);
  return new_str(out);
}
static Ref m_float_is_integer(Value self, const Value*, size_t, Tuple*) {
  return Ref::steal(bool_value(num::float_is_integer(float_value(self))));
}
static Ref float_to_int(Value self) {
  num::BigInt b;
  num::Error err;
  if (!num::float_to_bigint(float_value(self), b, err)) return raise_num(err);
  return new_int(b);
}
static Ref m_float_int(Value self, const Value*, size_t, Tuple*) { return float_to_int(self); }
static Ref m_float_floor(Value self, const Value*, size_t, Tuple*) {
  num::BigInt b;
  num::Error err;
  if (!num::float_to_bigint(std::floor(float_value(self)), b, err)) return raise_num(err);
  return new_int(b);
}
static Ref m_float_ceil(Value self, const Value*, size_t, Tuple*) {
  num::BigInt b;
  num::Error err;
  if (!num::float_to_bigint(std::ceil(float_value(self)), b, err)) return raise_num(err);
  return new_int(b);
}
static Ref m_float_round(Value self, const Value* args, size_t nargs, Tuple*) {
  num::Error err;
  double x = float_value(self);
  if (nargs == 0 || args[0] == kNone) {
    num::BigInt b;
    if (!num::python_round_int(x, b, err)) return raise_num(err);
    return new_int(b);
  }
  int64_t nd;
  if (index_of(args[0], &nd) < 0) return nullptr;
  double out;
  if (!num::python_round(x, nd, out, err)) return raise_num(err);
  return new_float(out);
}
static Ref m_float_ratio(Value self, const Value*, size_t, Tuple*) {
  num::BigInt n, d;
  num::Error err;
  if (!num::float_as_integer_ratio(float_value(self), n, d, err)) return raise_num(err);
  Ref a = new_int(n), b = new_int(d);
  return tuple_pack({a.get(), b.get()});
}
static Ref m_float_float(Value self, const Value*, size_t, Tuple*) { return new_float(float_value(self)); }
// CPython's float.hex: always 13 hex digits after the point; subnormals as 0x0.<digits>p-1022.
static Ref m_float_hex(Value self, const Value*, size_t, Tuple*) {
  double x = float_value(self);
  if (std::isnan(x)) return new_str("nan");
  if (std::isinf(x)) return new_str(x < 0 ? "-inf" : "inf");
  if (x == 0) return new_str(std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
  int e;
  double m = std::frexp(std::fabs(x), &e);  // m in [0.5, 1)
  int lead = 1;
  e -= 1;
  m *= 2;  // [1, 2)
  if (e < -1022) {  // subnormal: shift the mantissa so the exponent stays at -1022
    m = std::ldexp(m, e + 1022);
    e = -1022;
    lead = 0;
  }
  m -= lead;
  char buf[64];
  int n = std::snprintf(buf, sizeof buf, "%s0x%d.", x < 0 ? "-" : "", lead);
  for (int i = 0; i < 13; ++i) {
    m *= 16;
    int d = int(m);
    m -= d;
    buf[n++] = "0123456789abcdef"[d];
  }
  std::snprintf(buf + n, sizeof buf - n, "p%+d", e);
  return new_str(buf);
}
static Ref m_float_fromhex(Value cls, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("fromhex", nargs, 1, 1)) return nullptr;
  if (!isinstance(args[0], I.str_type))
    return raisef(I.TypeError, "fromhex() argument must be str, not %s", type_name(args[0]));
  std::string_view s = sv(args[0]);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  std::string text(s);
  size_t body = (!text.empty() && (text[0] == '+' || text[0] == '-')) ? 1 : 0;
  std::string lower;
  for (char c : text.substr(body)) lower += char(std::tolower(static_cast<unsigned char>(c)));
  bool special = lower == "inf" || lower == "infinity" || lower == "nan";
  // strtod reads C99 hex floats; Python also accepts them without the 0x prefix.
  if (!special && lower.rfind("0x", 0) != 0) text.insert(body, "0x");
  bool ok = !lower.empty() && (special || lower.find_first_not_of("0123456789abcdefxp.+-") == std::string::npos);
  char* end = nullptr;
  double v = ok ? std::strtod(text.c_str(), &end) : 0;
  if (!ok || end != text.c_str() + text.size() || text.size() - body == 2)
    return raise(I.ValueError, "invalid hexadecimal floating-point string");
  if (std::isinf(v) && !special) return raise(I.OverflowError, "hexadecimal value too large to represent as a float");
  Ref f = new_float(v);
  if (cls == Value::from_ptr(I.float_type)) return f;
  return call1(cls, f.get());
}
static Ref get_real(Value self) { return new_float(float_value(self)); }
static Ref get_imag(Value) { return new_float(0.0); }

void init_float(Interpreter& I) {
  Type* t = I.float_type = new_builtin_type(I, "float", I.object_type, sizeof(FloatObj));
  t->repr = float_repr;
  t->hash = float_hash;
  t->richcmp = float_richcmp;
  t->binop = float_binop;
  t->unop = float_unop;
  t->truth = float_truth;
  t->tp_new = float_new;
  t->init = nullptr;
  static const MethodDef methods[] = {
      {"__format__", m_float_format},
      {"is_integer", m_float_is_integer},
      {"__int__", m_float_int},
      {"__trunc__", m_float_int},
      {"__floor__", m_float_floor},
      {"__ceil__", m_float_ceil},
      {"__round__", m_float_round},
      {"__float__", m_float_float},
      {"as_integer_ratio", m_float_ratio},
      {"conjugate", m_float_float},
      {"hex", m_float_hex},
      {"fromhex", m_float_fromhex, MethodDef::kClassMethod},
      {nullptr, nullptr}};
  add_methods(I, t, methods);
  add_getset(I, t, "real", get_real);
  add_getset(I, t, "imag", get_imag);
}

}  // namespace py
