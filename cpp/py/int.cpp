// int.cpp — int and bool. Values in 63 bits are tagged Values (no allocation); larger
// ones are IntObj holding a num::BigInt. bool's True/False are immediates.
#include <charconv>
#include <cmath>

#include "py/builtin_types.hpp"
#include "py/errors.hpp"
#include "py/num/float.hpp"
#include "py/num/format_spec.hpp"

namespace py {

Ref new_int(int64_t v) {
  if (Value::fits_small(v)) return Ref::steal(Value::small_int(v));
  return new_int(num::BigInt(v));
}

Ref new_int(const num::BigInt& v) {
  if (v.fits_int64() && Value::fits_small(v.to_int64())) return Ref::steal(Value::small_int(v.to_int64()));
  IntObj* o = static_cast<IntObj*>(alloc_object(interp().int_type, sizeof(IntObj)));
  new (&o->v) num::BigInt(v);
  return Ref::steal(Value::from_ptr(o));
}

bool to_bigint(Value v, num::BigInt& out) {
  if (v.is_small_int()) { out = num::BigInt(v.as_small_int()); return true; }
  if (v == kTrue) { out = num::BigInt(1); return true; }
  if (v == kFalse) { out = num::BigInt(0); return true; }
  if (!v.is_ptr() || !is_int(v)) return false;
  out = static_cast<IntObj*>(v.ptr())->v;
  return true;
}

bool int_to_int64(Value v, int64_t* out) {
  if (v.is_small_int()) { *out = v.as_small_int(); return true; }
  if (v == kTrue || v == kFalse) { *out = v == kTrue; return true; }
  num::BigInt b;
  if (!to_bigint(v, b) || !b.fits_int64()) return false;
  *out = b.to_int64();
  return true;
}

static void int_finalize(Object* o) { static_cast<IntObj*>(o)->v.~BigInt(); }

static Ref int_repr(Value v) {
  if (v.is_small_int()) {
    char buf[24];
    char* end = std::to_chars(buf, buf + sizeof buf, v.as_small_int()).ptr;
    return new_str_ascii(std::string_view(buf, size_t(end - buf)));
  }
  if (v == kTrue) return new_str_ascii("True");
  if (v == kFalse) return new_str_ascii("False");
  num::BigInt b;
  to_bigint(v, b);
  std::string digits = b.to_string();
  if (digits.size() - (b.sign() < 0) > num::kMaxStrDigits)
    return raisef(interp().ValueError,
                  "Exceeds the limit (%zu digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                  num::kMaxStrDigits);
  return new_str_ascii(digits);
}

static int int_hash(Value v, int64_t* out) {
  num::BigInt b;
  to_bigint(v, b);
  *out = b.python_hash();
  return 0;
}

static Ref int_richcmp(Value a, Value b, int op) {
  num::BigInt x, y;
  int c;
  if (!to_bigint(a, x)) return Ref::steal(kNotImplemented);
  if (to_bigint(b, y)) {
    c = num::BigInt::compare(x, y);
  } else if (type_of(b) == interp().float_type || isinstance(b, interp().float_type)) {
    c = num::BigInt::compare(x, float_value(b));
    if (c == 2) return Ref::steal(bool_value(op == kNe));
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

Ref int_binop(Value a, Value b, int op) {
  Interpreter& I = interp();
  if (op >= kInplace) op -= kInplace;
  num::BigInt x, y, r;
  if (!to_bigint(a, x) || !to_bigint(b, y)) return Ref::steal(kNotImplemented);
  num::Error err;
  switch (op) {
    case kAdd: return new_int(x + y);
    case kSub: return new_int(x - y);
    case kMul: return new_int(x * y);
    case kFloorDiv:
      if (!num::BigInt::floor_div(x, y, r)) return raise(I.ZeroDivisionError, "integer division or modulo by zero");
      return new_int(r);
    case kMod:
      if (!num::BigInt::floor_mod(x, y, r)) return raise(I.ZeroDivisionError, "integer modulo by zero");
      return new_int(r);
    case kTrueDiv: {
      double d;
      if (!num::BigInt::true_divide(x, y, d, err)) return raise_num(err);
      return new_float(d);
    }
    case kPow: {
      if (y.sign() < 0) {
        double fx, fy, out;
        if (!x.to_double(fx) || !y.to_double(fy)) return raise(I.OverflowError, "int too large to convert to float");
        if (fx == 0) return raise(I.ZeroDivisionError, "0.0 cannot be raised to a negative power");
        if (!num::float_pow(fx, fy, out, err)) return raise_num(err);
        return new_float(out);
      }
      if (!num::BigInt::pow(x, y, r, err)) return raise_num(err);
      return new_int(r);
    }
    case kLshift:
      if (!num::BigInt::lshift(x, y, r, err)) return raise_num(err);
      return new_int(r);
    case kRshift:
      if (!num::BigInt::rshift(x, y, r, err)) return raise_num(err);
      return new_int(r);
    case kAnd: {
      Ref v = new_int(x & y);
      if ((a == kTrue || a == kFalse) && (b == kTrue || b == kFalse)) return Ref::steal(bool_value(truth(v.get())));
      return v;
    }
    case kOr: {
      Ref v = new_int(x | y);
      if ((a == kTrue || a == kFalse) && (b == kTrue || b == kFalse)) return Ref::steal(bool_value(truth(v.get())));
      return v;
    }
    case kXor: {
      Ref v = new_int(x ^ y);
      if ((a == kTrue || a == kFalse) && (b == kTrue || b == kFalse)) return Ref::steal(bool_value(truth(v.get())));
      return v;
    }
  }
  return Ref::steal(kNotImplemented);
}

static Ref int_unop(Value a, int op) {
  num::BigInt x;
  to_bigint(a, x);
  switch (op) {
    case kNeg: return new_int(-x);
    case kPos: return new_int(x);
    case kInvert: return new_int(~x);
    case kAbs: return new_int(x.abs());
  }
  return Ref::steal(kNotImplemented);
}

static int int_truth(Value v) {
  num::BigInt x;
  to_bigint(v, x);
  return !x.is_zero();
}

Ref int_from_string(std::string_view s, int base, Value repr_src) {
  Interpreter& I = interp();
  num::BigInt b;
  std::string digits(s);
  size_t ndig = 0;
  for (char c : digits) if (c >= '0' && c <= '9') ++ndig;
  if ((base == 10 || base == 0) && ndig > num::kMaxStrDigits + 2)
    return raisef(I.ValueError,
                  "Exceeds the limit (%zu digits) for integer string conversion: value has %zu digits; use sys.set_int_max_str_digits() to increase the limit",
                  num::kMaxStrDigits, ndig);
  if (!num::BigInt::parse(s, base, b)) {
    Ref r = repr(repr_src);
    if (!r) return nullptr;
    return raisef(I.ValueError, "invalid literal for int() with base %d: %s", base, as_str(r.get())->data);
  }
  return new_int(b);
}

static Ref int_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  Value a[2];
  if (!parse_args("int", args, nargs, kw, {"x", "base"}, 0, a, 1)) return nullptr;
  Ref result;
  if (!a[0]) {
    if (a[1]) return raise(I.TypeError, "int() missing string argument");
    result = Ref::steal(Value::small_int(0));
  } else if (a[1]) {
    int64_t base;
    if (index_of(a[1], &base) < 0) return nullptr;
    if (base != 0 && (base < 2 || base > 36)) return raise(I.ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (isinstance(a[0], I.str_type)) result = int_from_string(sv(a[0]), int(base), a[0]);
    else if (isinstance(a[0], I.bytes_type)) {
      Bytes* bb = static_cast<Bytes*>(a[0].ptr());
      result = int_from_string(std::string_view(reinterpret_cast<char*>(bb->data), bb->n), int(base), a[0]);
    } else return raise(I.TypeError, "int() can't convert non-string with explicit base");
  } else {
    Value x = a[0];
    Type* xt = type_of(x);
    if (is_int(x)) {
      num::BigInt b;
      to_bigint(x, b);
      result = new_int(b);
    } else if (xt == I.float_type || isinstance(x, I.float_type)) {
      num::BigInt b;
      double d = float_value(x);
      if (!num::BigInt::from_double(d, b)) {
        if (std::isnan(d)) return raise(I.ValueError, "cannot convert float NaN to integer");
        return raise(I.OverflowError, "cannot convert float infinity to integer");
      }
      result = new_int(b);
    } else if (isinstance(x, I.str_type)) {
      result = int_from_string(sv(x), 10, x);
    } else if (isinstance(x, I.bytes_type)) {
      Bytes* bb = static_cast<Bytes*>(x.ptr());
      result = int_from_string(std::string_view(reinterpret_cast<char*>(bb->data), bb->n), 10, x);
    } else {
      Str* names[] = {I.names.__int__, I.names.__index__, I.names.__trunc__};
      for (Str* n : names) {
        if (type_lookup(xt, n)) {
          result = call_method(x, n, nullptr, 0);
          if (result && !is_int(result.get()))
            return raisef(I.TypeError, "__%s__ returned non-int (type %s)", n->data + 2, type_name(result.get()));
          break;
        }
      }
      if (!result && !err_occurred())
        return raisef(I.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                      xt->name.c_str());
    }
  }
  if (!result) return nullptr;
  if (t == I.int_type) return result;
  // A subclass of int: box the value.
  IntObj* o = static_cast<IntObj*>(alloc_object(t, t->basicsize));
  num::BigInt b;
  to_bigint(result.get(), b);
  new (&o->v) num::BigInt(b);
  if (t->has_gc()) gc_track(o);
  return Ref::steal(Value::from_ptr(o));
}

static Ref int_format(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("__format__", nargs, 1, 1)) return nullptr;
  Interpreter& I = interp();
  if (!isinstance(args[0], I.str_type)) return raise(I.TypeError, "format spec must be a str");
  num::BigInt b;
  to_bigint(self, b);
  std::string_view spec = sv(args[0]);
  if (spec.empty()) return str(self);
  std::string out;
  num::Error err;
  if (!num::format_int(b, spec, out, err, type_name(self))) return raise_num(err);
  return new_str(out);
}

static Ref m_int_bit_length(Value self, const Value*, size_t, Tuple*) {
  num::BigInt b;
  to_bigint(self, b);
  return new_int(int64_t(b.bit_length()));
}
static Ref m_int_bit_count(Value self, const Value*, size_t, Tuple*) {
  num::BigInt b;
  to_bigint(self, b);
  return new_int(int64_t(b.bit_count()));
}
static Ref m_int_index(Value self, const Value*, size_t, Tuple*) {
  num::BigInt b;
  to_bigint(self, b);
  return new_int(b);
}
static Ref m_int_float(Value self, const Value*, size_t, Tuple*) {
  num::BigInt b;
  to_bigint(self, b);
  double d;
  if (!b.to_double(d)) return raise(interp().OverflowError, "int too large to convert to float");
  return new_float(d);
}
static Ref m_int_round(Value self, const Value* args, size_t nargs, Tuple*) {
  num::BigInt b;
  to_bigint(self, b);
  if (nargs == 0 || args[0] == kNone) return new_int(b);
  int64_t nd;
  if (index_of(args[0], &nd) < 0) return nullptr;
  if (nd >= 0) return new_int(b);
  // Round half to even at 10**-nd.
  num::BigInt p, q, r, e;
  num::Error err;
  num::BigInt::pow(num::BigInt(10), num::BigInt(-nd), p, err);
  num::BigInt::floor_divmod(b, p, q, r);
  num::BigInt twice = r + r;
  int c = num::BigInt::compare(twice, p);
  if (c > 0 || (c == 0 && q.is_odd())) q += num::BigInt(1);
  return new_int(q * p);
}
static Ref m_int_conjugate(Value self, const Value*, size_t, Tuple*) { return m_int_index(self, nullptr, 0, nullptr); }
static Ref m_int_to_bytes(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  Value a[3];
  if (!parse_args("to_bytes", args, nargs, kw, {"length", "byteorder", "signed"}, 0, a)) return nullptr;
  int64_t len = 1;
  if (a[0] && index_of(a[0], &len) < 0) return nullptr;
  bool little = a[1] && sv(a[1]) == "little";
  bool sign = a[2] && truth(a[2]);
  num::BigInt b;
  to_bigint(self, b);
  if (b.sign() < 0 && !sign) return raise(I.OverflowError, "can't convert negative int to unsigned");
  std::string out(size_t(len), '\0');
  num::BigInt v = b;
  if (b.sign() < 0) {
    num::BigInt m;
    num::Error err;
    num::BigInt::lshift(num::BigInt(1), num::BigInt(len * 8), m, err);
    v = m + b;
  }
  for (int64_t i = 0; i < len; ++i) {
    num::BigInt q, r;
    num::BigInt::floor_divmod(v, num::BigInt(256), q, r);
    out[size_t(little ? i : len - 1 - i)] = char(r.to_int64());
    v = q;
  }
  if (!v.is_zero() && !(b.sign() < 0 && v.is_zero())) return raise(I.OverflowError, "int too big to convert");
  return new_bytes(out);
}
static Ref m_int_from_bytes(Value cls, const Value* args, size_t nargs, Tuple* kw) {
  Value a[3];
  if (!parse_args("from_bytes", args, nargs, kw, {"bytes", "byteorder", "signed"}, 1, a)) return nullptr;
  Ref l = iterable_to_list(a[0]);
  if (!l) return nullptr;
  bool little = a[1] && sv(a[1]) == "little";
  bool sign = a[2] && truth(a[2]);
  auto& items = as_list(l.get())->items;
  num::BigInt v(0);
  size_t n = items.size();
  for (size_t i = 0; i < n; ++i) {
    Value x = items[little ? n - 1 - i : i];
    v = v * num::BigInt(256) + num::BigInt(x.as_small_int());
  }
  if (sign && n && (items[little ? n - 1 : 0].as_small_int() & 0x80)) {
    num::BigInt m;
    num::Error err;
    num::BigInt::lshift(num::BigInt(1), num::BigInt(int64_t(n * 8)), m, err);
    v = v - m;
  }
  Ref r = new_int(v);
  if (cls.ptr() != interp().int_type) return call1(cls, r.get());
  return r;
}
static Ref get_real(Value self) { return m_int_index(self, nullptr, 0, nullptr); }
static Ref get_imag(Value) { return Ref::steal(Value::small_int(0)); }
static Ref get_one(Value) { return Ref::steal(Value::small_int(1)); }
static Ref m_int_ratio(Value self, const Value*, size_t, Tuple*) {
  Ref n = m_int_index(self, nullptr, 0, nullptr);
  return tuple_pack({n.get(), Value::small_int(1)});
}
static Ref m_int_getnewargs(Value self, const Value*, size_t, Tuple*) {
  Ref n = m_int_index(self, nullptr, 0, nullptr);
  return tuple_pack({n.get()});
}

static Ref bool_repr(Value v) { return new_str_ascii(truth(v) ? "True" : "False"); }
static Ref bool_new(Type*, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs("bool", kw) || !check_nargs("bool", nargs, 0, 1)) return nullptr;
  if (nargs == 0) return Ref::steal(kFalse);
  int t = truth(args[0]);
  if (t < 0) return nullptr;
  return Ref::steal(bool_value(t));
}

void init_int(Interpreter& I) {
  Type* t = I.int_type = new_builtin_type(I, "int", I.object_type, sizeof(IntObj));
  t->finalize = int_finalize;
  t->repr = int_repr;
  t->hash = int_hash;
  t->richcmp = int_richcmp;
  t->binop = int_binop;
  t->unop = int_unop;
  t->truth = int_truth;
  t->tp_new = int_new;
  t->init = nullptr;
  static const MethodDef methods[] = {
      {"__format__", int_format},
      {"bit_length", m_int_bit_length},
      {"bit_count", m_int_bit_count},
      {"__index__", m_int_index},
      {"__int__", m_int_index},
      {"__trunc__", m_int_index},
      {"__floor__", m_int_index},
      {"__ceil__", m_int_index},
      {"__float__", m_int_float},
      {"__round__", m_int_round},
      {"conjugate", m_int_conjugate},
      {"to_bytes", m_int_to_bytes},
      {"from_bytes", m_int_from_bytes, MethodDef::kClassMethod},
      {"as_integer_ratio", m_int_ratio},
      {"__getnewargs__", m_int_getnewargs},
      {nullptr, nullptr}};
  add_methods(I, t, methods);
  add_getset(I, t, "real", get_real);
  add_getset(I, t, "imag", get_imag);
  add_getset(I, t, "numerator", get_real);
  add_getset(I, t, "denominator", get_one);
  Type* b = I.bool_type = new_builtin_type(I, "bool", t, sizeof(IntObj), 0);
  b->repr = bool_repr;
  b->tp_new = bool_new;
}

}  // namespace py
