// builtins.cpp — the `builtins` module: functions, constants and the built-in types.
#include <algorithm>
#include <cmath>

#include "py/builtin_types.hpp"
#include "py/errors.hpp"
#include "py/frame.hpp"
#include "py/module.hpp"
#include "py/num/float.hpp"

namespace py {

#define FN(name) static Ref name(Value, const Value* args, size_t nargs, Tuple* kw)
#define ARGS(fname, lo, hi) \
  (void)args;              \
  if (!no_kwargs(fname, kw) || !check_nargs(fname, nargs, lo, hi)) return nullptr

static int write_to(Value file, std::string_view s) {
  Interpreter& I = interp();
  if (!file || file == kNone) {
    I.write_out(s);
    return 0;
  }
  Ref str_v = new_str(s);
  Value a = str_v.get();
  Ref r = call_method(file, I.names.write, &a, 1);
  return r ? 0 : -1;
}

Ref builtin_print(Value, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  Value sep = kNone, end = kNone, file = kNone, flush = kFalse;
  if (kw) {
    for (size_t k = 0; k < kw->n; ++k) {
      std::string_view n = sv(kw->items[k]);
      Value v = args[nargs + k];
      if (n == "sep") sep = v;
      else if (n == "end") end = v;
      else if (n == "file") file = v;
      else if (n == "flush") flush = v;
      else return raisef(I.TypeError, "'%.*s' is an invalid keyword argument for print()", int(n.size()), n.data());
    }
  }
  if (sep != kNone && !isinstance(sep, I.str_type))
    return raisef(I.TypeError, "sep must be None or a string, not %s", type_name(sep));
  if (end != kNone && !isinstance(end, I.str_type))
    return raisef(I.TypeError, "end must be None or a string, not %s", type_name(end));
  if (file == kNone && I.sys_module) {
    Value so = dict_get_cstr(module_dict(I.sys_module), "stdout");
    if (so && type_of(so) != I.stdio_type) file = so;
  }
  std::string out;
  for (size_t i = 0; i < nargs; ++i) {
    if (i) out += sep == kNone ? " " : sv(sep);
    Ref s = str(args[i]);
    if (!s) return nullptr;
    out += sv(s.get());
  }
  out += end == kNone ? "\n" : sv(end);
  if (file == kNone) {
    I.write_out(out);
    if (truth(flush) > 0) I.flush_out();
  } else {
    if (write_to(file, out) < 0) return nullptr;
    if (truth(flush) > 0) {
      Ref f = call_method(file, I.names.flush, nullptr, 0);
      if (!f) return nullptr;
    }
  }
  return Ref::steal(kNone);
}

FN(b_input) {
  Interpreter& I = interp();
  ARGS("input", 0, 1);
  if (nargs) {
    Ref s = str(args[0]);
    if (!s) return nullptr;
    I.write_out(sv(s.get()));
  }
  I.flush_out();
  std::string line;
  if (!I.read_line || !I.read_line(line)) return raise(I.EOFError, "EOF when reading a line");
  if (!line.empty() && line.back() == '\n') line.pop_back();
  return new_str(line);
}

FN(b_len) {
  ARGS("len", 1, 1);
  int64_t n = length(args[0]);
  if (n < 0) return nullptr;
  return new_int(n);
}

FN(b_repr) {
  ARGS("repr", 1, 1);
  return repr(args[0]);
}
FN(b_ascii) {
  ARGS("ascii", 1, 1);
  return ascii_repr(args[0]);
}

static Ref minmax(const Value* args, size_t nargs, Tuple* kw, int op, const char* name) {
  Interpreter& I = interp();
  Value key = kNull, def = kNull;
  if (kw)
    for (size_t k = 0; k < kw->n; ++k) {
      std::string_view n = sv(kw->items[k]);
      if (n == "key") key = args[nargs + k];
      else if (n == "default") def = args[nargs + k];
      else return raisef(I.TypeError, "%s() got an unexpected keyword argument '%.*s'", name, int(n.size()), n.data());
    }
  if (key == kNone) key = kNull;
  if (nargs == 0) return raisef(I.TypeError, "%s expected at least 1 argument, got 0", name);
  Ref it;
  if (nargs == 1) {
    it = get_iter(args[0]);
  } else {
    if (def) return raisef(I.TypeError, "Cannot specify a default for %s() with multiple positional arguments", name);
    Ref t = tuple_from_array(args, nargs);
    it = get_iter(t.get());
  }
  if (!it) return nullptr;
  Ref best, best_key;
  for (;;) {
    Ref x = iter_next(it.get());
    if (!x) {
      if (err_occurred()) return nullptr;
      break;
    }
    Ref k = key ? call1(key, x.get()) : x;
    if (!k) return nullptr;
    if (!best) {
      best = x;
      best_key = k;
      continue;
    }
    int c = rich_compare_bool(k.get(), best_key.get(), op);
    if (c < 0) return nullptr;
    if (c) {
      best = x;
      best_key = k;
    }
  }
  if (!best) {
    if (def) return Ref::borrow(def);
    return raisef(I.ValueError, "%s() arg is an empty sequence", name);
  }
  return best;
}
static Ref b_min(Value, const Value* a, size_t n, Tuple* kw) { return minmax(a, n, kw, kLt, "min"); }
static Ref b_max(Value, const Value* a, size_t n, Tuple* kw) { return minmax(a, n, kw, kGt, "max"); }

static Ref b_sum(Value, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  Value a[2];
  if (!parse_args("sum", args, nargs, kw, {"iterable", "start"}, 1, a, 1)) return nullptr;
  Value start = a[1] ? a[1] : Value::small_int(0);
  if (isinstance(start, I.str_type)) return raise(I.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  Ref it = get_iter(a[0]);
  if (!it) return nullptr;
  Ref acc = Ref::borrow(start);
  // Float sums use Neumaier compensation like CPython 3.12? No: 3.11 adds left to right.
  for (;;) {
    Ref x = iter_next(it.get());
    if (!x) {
      if (err_occurred()) return nullptr;
      return acc;
    }
    acc = binary_op(acc.get(), x.get(), kAdd);
    if (!acc) return nullptr;
  }
}

FN(b_any) {
  ARGS("any", 1, 1);
  Ref it = get_iter(args[0]);
  if (!it) return nullptr;
  for (;;) {
    Ref x = iter_next(it.get());
    if (!x) return err_occurred() ? nullptr : Ref::steal(kFalse);
    int t = truth(x.get());
    if (t < 0) return nullptr;
    if (t) return Ref::steal(kTrue);
  }
}
FN(b_all) {
  ARGS("all", 1, 1);
  Ref it = get_iter(args[0]);
  if (!it) return nullptr;
  for (;;) {
    Ref x = iter_next(it.get());
    if (!x) return err_occurred() ? nullptr : Ref::steal(kTrue);
    int t = truth(x.get());
    if (t < 0) return nullptr;
    if (!t) return Ref::steal(kFalse);
  }
}
FN(b_abs) {
  ARGS("abs", 1, 1);
  return unary_op(args[0], kAbs);
}
static Ref b_round(Value, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  Value a[2];
  if (!parse_args("round", args, nargs, kw, {"number", "ndigits"}, 1, a)) return nullptr;
  Value m = type_lookup(type_of(a[0]), I.names.__round__);
  if (!m) return raisef(I.TypeError, "type %s doesn't define __round__ method", type_name(a[0]));
  Ref f = descr_get(m, a[0], Value::from_ptr(type_of(a[0])));
  if (!f) return nullptr;
  if (a[1] && a[1] != kNone) return call1(f.get(), a[1]);
  return call0(f.get());
}
FN(b_divmod) {
  ARGS("divmod", 2, 2);
  Interpreter& I = interp();
  if (is_int(args[0]) && is_int(args[1])) {
    num::BigInt x, y, q, r;
    to_bigint(args[0], x);
    to_bigint(args[1], y);
    if (!num::BigInt::floor_divmod(x, y, q, r)) return raise(I.ZeroDivisionError, "integer division or modulo by zero");
    Ref a = new_int(q), b = new_int(r);
    return tuple_pack({a.get(), b.get()});
  }
  Ref q = binary_op(args[0], args[1], kFloorDiv);
  if (!q) {
    if (err_matches(I.TypeError)) {
      clear_error();
      return raisef(I.TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", type_name(args[0]),
                    type_name(args[1]));
    }
    return nullptr;
  }
  Ref r = binary_op(args[0], args[1], kMod);
  if (!r) return nullptr;
  return tuple_pack({q.get(), r.get()});
}
static Ref b_pow(Value, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  Value a[3];
  if (!parse_args("pow", args, nargs, kw, {"base", "exp", "mod"}, 2, a)) return nullptr;
  if (a[2] && a[2] != kNone) {
    num::BigInt b, e, m, out;
    if (!to_bigint(a[0], b) || !to_bigint(a[1], e) || !to_bigint(a[2], m))
      return raise(I.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    num::Error err;
    if (!num::BigInt::pow_mod(b, e, m, out, err)) return raise_num(err);
    return new_int(out);
  }
  return binary_op(a[0], a[1], kPow);
}
FN(b_chr) {
  ARGS("chr", 1, 1);
  int64_t c;
  if (index_of(args[0], &c) < 0) return nullptr;
  if (c < 0 || c > 0x10ffff) return raise(interp().ValueError, "chr() arg not in range(0x110000)");
  return str_from_codepoint(uint32_t(c));
}
FN(b_ord) {
  ARGS("ord", 1, 1);
  Interpreter& I = interp();
  if (isinstance(args[0], I.str_type)) {
    Str* s = as_str(args[0]);
    if (s->length != 1)
      return raisef(I.TypeError, "ord() expected a character, but string of length %zu found", s->length);
    uint32_t cp;
    utf8_decode(s->data, &cp);
    return new_int(int64_t(cp));
  }
  if (isinstance(args[0], I.bytes_type)) {
    Bytes* b = static_cast<Bytes*>(args[0].ptr());
    if (b->n != 1) return raisef(I.TypeError, "ord() expected a character, but string of length %zu found", b->n);
    return new_int(int64_t(b->data[0]));
  }
  return raisef(I.TypeError, "ord() expected string of length 1, but %s found", type_name(args[0]));
}
static Ref radix(const Value* args, size_t nargs, Tuple* kw, int base, const char* prefix, const char* name) {
  if (!no_kwargs(name, kw) || !check_nargs(name, nargs, 1, 1)) return nullptr;
  Interpreter& I = interp();
  num::BigInt b;
  if (!is_int(args[0])) {
    int64_t v;
    if (!type_lookup(type_of(args[0]), I.names.__index__))
      return raisef(I.TypeError, "'%s' object cannot be interpreted as an integer", type_name(args[0]));
    if (index_of(args[0], &v) < 0) return nullptr;
    b = num::BigInt(v);
  } else {
    to_bigint(args[0], b);
  }
  std::string s = b.abs().to_string(base);
  return new_str(std::string(b.sign() < 0 ? "-" : "").append(prefix).append(s));
}
static Ref b_hex(Value, const Value* a, size_t n, Tuple* kw) { return radix(a, n, kw, 16, "0x", "hex"); }
static Ref b_oct(Value, const Value* a, size_t n, Tuple* kw) { return radix(a, n, kw, 8, "0o", "oct"); }
static Ref b_bin(Value, const Value* a, size_t n, Tuple* kw) { return radix(a, n, kw, 2, "0b", "bin"); }

// isinstance/issubclass as CPython's PyObject_IsInstance/IsSubclass: an exact `type` is
// checked directly; otherwise type(cls).__instancecheck__ (or __subclasscheck__) decides,
// which is how metaclasses, ABCs and `int | str` unions take part.
static int class_check(Value x, Value cls, bool instance) {
  Interpreter& I = interp();
  if (instance && Value::from_ptr(type_of(x)) == cls) return 1;
  Type* meta = type_of(cls);
  if (meta == I.type_type) {
    if (instance) return isinstance(x, static_cast<Type*>(cls.ptr()));
    if (!isinstance(x, I.type_type)) {
      raise(I.TypeError, "issubclass() arg 1 must be a class");
      return -1;
    }
    return is_subtype(static_cast<Type*>(x.ptr()), static_cast<Type*>(cls.ptr()));
  }
  if (meta == I.tuple_type) {
    RecursionGuard guard(instance ? " in __instancecheck__" : " in __subclasscheck__");
    if (!guard.ok) return -1;
    Tuple* t = as_tuple(cls);
    for (size_t i = 0; i < t->n; ++i) {
      int r = class_check(x, t->items[i], instance);
      if (r) return r;
    }
    return 0;
  }
  if (Value m = type_lookup(meta, instance ? I.names.__instancecheck__ : I.names.__subclasscheck__)) {
    RecursionGuard guard(instance ? " in __instancecheck__" : " in __subclasscheck__");
    if (!guard.ok) return -1;
    Value a[2] = {cls, x};
    Ref r = call(m, a, 2);
    return r ? truth(r.get()) : -1;
  }
  raise(I.TypeError, instance ? "isinstance() arg 2 must be a type, a tuple of types, or a union"
                              : "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return -1;
}
static int isinstance_check(Value obj, Value cls) { return class_check(obj, cls, true); }
FN(b_isinstance) {
  ARGS("isinstance", 2, 2);
  int r = isinstance_check(args[0], args[1]);
  if (r < 0) return nullptr;
  return Ref::steal(bool_value(r));
}
static int issubclass_check(Value c, Value cls) { return class_check(c, cls, false); }
FN(b_issubclass) {
  ARGS("issubclass", 2, 2);
  int r = issubclass_check(args[0], args[1]);
  if (r < 0) return nullptr;
  return Ref::steal(bool_value(r));
}
FN(b_getattr) {
  ARGS("getattr", 2, 3);
  Interpreter& I = interp();
  if (!isinstance(args[1], I.str_type))
    return raisef(I.TypeError, "attribute name must be string, not '%s'", type_name(args[1]));
  Ref r = getattr(args[0], as_str(args[1]));
  if (!r && nargs == 3 && err_matches(I.AttributeError)) {
    clear_error();
    return Ref::borrow(args[2]);
  }
  return r;
}
FN(b_setattr) {
  ARGS("setattr", 3, 3);
  Interpreter& I = interp();
  if (!isinstance(args[1], I.str_type))
    return raisef(I.TypeError, "attribute name must be string, not '%s'", type_name(args[1]));
  if (setattr(args[0], I.intern(sv(args[1])), args[2]) < 0) return nullptr;
  return Ref::steal(kNone);
}
FN(b_delattr) {
  ARGS("delattr", 2, 2);
  Interpreter& I = interp();
  if (!isinstance(args[1], I.str_type))
    return raisef(I.TypeError, "attribute name must be string, not '%s'", type_name(args[1]));
  if (delattr(args[0], I.intern(sv(args[1]))) < 0) return nullptr;
  return Ref::steal(kNone);
}
FN(b_hasattr) {
  ARGS("hasattr", 2, 2);
  Interpreter& I = interp();
  if (!isinstance(args[1], I.str_type))
    return raisef(I.TypeError, "attribute name must be string, not '%s'", type_name(args[1]));
  Ref r = getattr(args[0], I.intern(sv(args[1])));
  if (r) return Ref::steal(kTrue);
  if (err_matches(I.AttributeError)) {
    clear_error();
    return Ref::steal(kFalse);
  }
  return nullptr;
}
FN(b_id) {
  ARGS("id", 1, 1);
  Value v = args[0];
  return new_int(int64_t(v.is_ptr() ? reinterpret_cast<uintptr_t>(v.ptr()) : v.bits()));
}
FN(b_hash) {
  ARGS("hash", 1, 1);
  int64_t h = hash(args[0]);
  if (h == -1 && err_occurred()) return nullptr;
  return new_int(h);
}
FN(b_iter) {
  ARGS("iter", 1, 2);
  if (nargs == 2) {
    if (!callable(args[0])) return raise(interp().TypeError, "iter(v, w): v must be callable");
    return new_callable_iter(args[0], args[1]);
  }
  return get_iter(args[0]);
}
FN(b_next) {
  ARGS("next", 1, 2);
  Interpreter& I = interp();
  if (!type_of(args[0])->iternext)
    return raisef(I.TypeError, "'%s' object is not an iterator", type_name(args[0]));
  Ref r = type_of(args[0])->iternext(args[0]);
  if (r) return r;
  if (err_occurred()) {
    if (nargs == 2 && err_matches(I.StopIteration)) {
      clear_error();
      return Ref::borrow(args[1]);
    }
    return nullptr;
  }
  if (nargs == 2) return Ref::borrow(args[1]);
  return raise_args(I.StopIteration, nullptr, 0);
}
FN(b_callable) {
  ARGS("callable", 1, 1);
  return Ref::steal(bool_value(callable(args[0])));
}
FN(b_vars) {
  ARGS("vars", 0, 1);
  Interpreter& I = interp();
  if (nargs == 0) {
    Frame* f = I.frame;
    if (f && f->locals) return Ref::borrow(f->locals);
    return raise(I.TypeError, "vars() without arguments inside a function is not supported");
  }
  Ref d = getattr(args[0], I.names.__dict__);
  if (!d && err_matches(I.AttributeError)) {
    clear_error();
    return raise(I.TypeError, "vars() argument must have __dict__ attribute");
  }
  return d;
}
FN(b_dir) {
  ARGS("dir", 0, 1);
  Interpreter& I = interp();
  if (nargs == 0) {
    Frame* f = I.frame;
    Ref l = new_list();
    Value d = f && f->locals ? f->locals : Value::from_ptr(f ? f->globals : I.builtins);
    Ref it = get_iter(d);
    if (!it) return nullptr;
    for (;;) {
      Ref k = iter_next(it.get());
      if (!k) break;
      list_append(l.get(), k.get());
    }
    if (!list_sort(l.get(), kNull, false)) return nullptr;
    return l;
  }
  // __dir__ is looked up on the type (a class's dir() comes from type, not from itself);
  // a module lists its namespace.
  Ref r;
  if (isinstance(args[0], I.module_type)) {
    r = new_list();
    size_t pos = 0;
    Value k, v;
    while (dict_next(module_dict(args[0]), &pos, &k, &v)) list_append(r.get(), k);
  } else if (Value m = type_lookup(type_of(args[0]), I.names.__dir__)) {
    r = call1(m, args[0]);
  } else {
    return raisef(I.TypeError, "object does not provide __dir__");
  }
  if (!r) return nullptr;
  Ref l = iterable_to_list(r.get());
  if (!l || !list_sort(l.get(), kNull, false)) return nullptr;
  return l;
}
FN(b_format) {
  ARGS("format", 1, 2);
  return format(args[0], nargs > 1 ? args[1] : interp().empty_str);
}
static Ref b_sorted(Value, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  if (nargs != 1) return raisef(I.TypeError, "sorted expected 1 argument, got %zu", nargs);
  Value a[2];
  if (!parse_args("sorted", args + 1, 0, kw, {"key", "reverse"}, 0, a)) {
    // parse_args reads keywords after the positional part; re-run with the right base.
  }
  clear_error();
  Value key = kNull, rev = kFalse;
  if (kw)
    for (size_t k = 0; k < kw->n; ++k) {
      std::string_view n = sv(kw->items[k]);
      if (n == "key") key = args[nargs + k];
      else if (n == "reverse") rev = args[nargs + k];
      else return raisef(I.TypeError, "sort() got an unexpected keyword argument '%.*s'", int(n.size()), n.data());
    }
  Ref l = iterable_to_list(args[0]);
  if (!l) return nullptr;
  int r = truth(rev);
  if (r < 0) return nullptr;
  if (!list_sort(l.get(), key, r)) return nullptr;
  return l;
}
FN(b_globals) {
  ARGS("globals", 0, 0);
  Frame* f = interp().frame;
  return Ref::borrow(Value::from_ptr(f->globals));
}
FN(b_locals) {
  ARGS("locals", 0, 0);
  return frame_locals(interp().frame);
}
Ref frame_locals(Frame* f) {
  if (f->locals) return Ref::borrow(f->locals);
  Ref d = new_dict();
  Code* co = f->code;
  for (int i = 0; i < co->nlocals; ++i)
    if (f->slots[i]) dict_set(as_dict(d.get()), Value::from_ptr(co->varnames[i]), f->slots[i]);
  for (int i = 0; i < co->ncells() + co->nfree(); ++i) {
    Cell* c = static_cast<Cell*>(f->slots[co->nlocals + i].ptr());
    Str* n = i < co->ncells() ? co->cellvars[i] : co->freevars[i - co->ncells()];
    if (c && c->v) dict_set(as_dict(d.get()), Value::from_ptr(n), c->v);
  }
  return d;
}
static Ref b_build_class(Value, const Value* args, size_t nargs, Tuple* kw) {
  Interpreter& I = interp();
  if (nargs < 2) return raise(I.TypeError, "__build_class__: not enough arguments");
  return build_class(args[0], args[1], args + 2, nargs - 2, kw, args + nargs);
}
static Ref b_import(Value, const Value* args, size_t nargs, Tuple* kw) {
  Value a[5];
  if (!parse_args("__import__", args, nargs, kw, {"name", "globals", "locals", "fromlist", "level"}, 1, a)) return nullptr;
  int64_t level = 0;
  if (a[4] && index_of(a[4], &level) < 0) return nullptr;
  Value g = a[1] && a[1] != kNone ? a[1] : Value::from_ptr(interp().frame->globals);
  return import_module(a[0], g, a[3] ? a[3] : kNone, int(level));
}
static Ref b_exec_eval(const Value* args, size_t nargs, bool eval) {
  Interpreter& I = interp();
  if (!check_nargs(eval ? "eval" : "exec", nargs, 1, 3)) return nullptr;
  if (!isinstance(args[0], I.str_type)) return raisef(I.TypeError, "%s() arg 1 must be a string", eval ? "eval" : "exec");
  Ref code = compile_source(sv(args[0]), "<string>", eval);
  if (!code) return nullptr;
  Dict* g = nargs > 1 && args[1] != kNone ? as_dict(args[1]) : I.frame->globals;
  Value l = nargs > 2 && args[2] != kNone ? args[2] : (nargs > 1 && args[1] != kNone ? args[1] : (I.frame->locals ? I.frame->locals : Value::from_ptr(I.frame->globals)));
  if (!dict_get_str(g, I.names.__builtins__)) dict_set(g, Value::from_ptr(I.names.__builtins__), Value::from_ptr(I.builtins));
  Frame* f = frame_new(static_cast<Code*>(code.get().ptr()), nullptr, g, l);
  f->entry = true;
  f->back = I.frame;
  bool y;
  Ref r = eval_frame(f, &y);
  frame_free(f);
  if (!r) return nullptr;
  return eval ? r : Ref::steal(kNone);
}
static Ref b_exec(Value, const Value* a, size_t n, Tuple*) { return b_exec_eval(a, n, false); }
static Ref b_eval(Value, const Value* a, size_t n, Tuple*) { return b_exec_eval(a, n, true); }

// class statement: run the body with a fresh namespace, then call the metaclass.
Ref build_class(Value func, Value name, const Value* bases, size_t nbases, Tuple* kwnames, const Value* kwvalues) {
  Interpreter& I = interp();
  if (type_of(func) != I.function_type) return raise(I.TypeError, "__build_class__: func must be a function");
  // PEP 560: a base that is not a class may replace itself through __mro_entries__.
  Ref orig_bases = tuple_from_array(bases, nbases);
  std::vector<Value> resolved;
  std::vector<Ref> keep;
  bool replaced = false;
  for (size_t i = 0; i < nbases; ++i) {
    Ref entries;
    if (!isinstance(bases[i], I.type_type)) {
      entries = getattr_opt(bases[i], I.names.__mro_entries__);
      if (!entries && err_occurred()) return nullptr;
    }
    if (!entries) {
      resolved.push_back(bases[i]);
      continue;
    }
    Ref r = call1(entries.get(), orig_bases.get());
    if (!r) return nullptr;
    if (type_of(r.get()) != I.tuple_type) return raise(I.TypeError, "__mro_entries__ must return a tuple");
    for (size_t k = 0; k < as_tuple(r.get())->n; ++k) resolved.push_back(as_tuple(r.get())->items[k]);
    keep.push_back(std::move(r));
    replaced = true;
  }
  bases = resolved.data();
  nbases = resolved.size();
  Ref bases_t = tuple_from_array(bases, nbases);
  Value meta = kNull;
  std::vector<Value> kwv;
  std::vector<Value> kwn;
  size_t nkw = kwnames ? kwnames->n : 0;
  for (size_t k = 0; k < nkw; ++k) {
    if (sv(kwnames->items[k]) == "metaclass") meta = kwvalues[k];
    else {
      kwn.push_back(kwnames->items[k]);
      kwv.push_back(kwvalues[k]);
    }
  }
  if (!meta) {
    meta = nbases ? Value::from_ptr(type_of(bases[0])) : Value::from_ptr(I.type_type);
    // The most derived metaclass of the bases.
    for (size_t i = 0; i < nbases; ++i) {
      Type* bt = type_of(bases[i]);
      if (isinstance(meta, I.type_type) && is_subtype(bt, static_cast<Type*>(meta.ptr()))) meta = Value::from_ptr(bt);
    }
  }
  Ref kwn_t = tuple_from_array(kwn.data(), kwn.size());
  Tuple* kwt = kwn.empty() ? nullptr : as_tuple(kwn_t.get());
  // __prepare__
  Ref ns;
  Value prep = isinstance(meta, I.type_type) ? type_lookup(static_cast<Type*>(meta.ptr()), I.names.__prepare__) : kNull;
  if (prep && static_cast<Type*>(meta.ptr())->is_heap()) {
    Ref pf = getattr(meta, I.names.__prepare__);
    if (!pf) return nullptr;
    std::vector<Value> a = {name, bases_t.get()};
    a.insert(a.end(), kwv.begin(), kwv.end());
    ns = call(pf.get(), a.data(), 2, kwt);
    if (!ns) return nullptr;
  } else {
    ns = new_dict();
  }
  Function* fn = static_cast<Function*>(func.ptr());
  Frame* f = frame_new(fn->code, fn, as_dict(fn->globals), ns.get());
  Code* co = fn->code;
  for (int i = 0; i < co->ncells(); ++i) f->slots[co->nlocals + i] = new_cell(kNull).release();
  if (fn->closure) {
    Tuple* cl = as_tuple(fn->closure);
    for (size_t i = 0; i < cl->n; ++i) f->slots[co->nlocals + co->ncells() + i] = newref(cl->items[i]);
  }
  f->entry = true;
  f->back = I.frame;
  bool y;
  Ref cell = eval_frame(f, &y);
  frame_free(f);
  if (!cell) return nullptr;
  if (replaced && setitem(ns.get(), Value::from_ptr(I.names.__orig_bases__), orig_bases.get()) < 0) return nullptr;
  std::vector<Value> a = {name, bases_t.get(), ns.get()};
  a.insert(a.end(), kwv.begin(), kwv.end());
  Ref cls = call(meta, a.data(), 3, kwt);
  if (!cls) return nullptr;
  if (type_of(cell.get()) == I.cell_type) {
    Cell* c = static_cast<Cell*>(cell.get().ptr());
    if (!c->v) {
      c->v = newref(cls.get());
    }
  }
  return cls;
}

FN(b_aiter) {
  ARGS("aiter", 1, 1);
  Interpreter& I = interp();
  Value m = type_lookup(type_of(args[0]), I.names.__aiter__);
  if (!m) return raisef(I.TypeError, "'%s' object is not an async iterable", type_name(args[0]));
  Ref it = call1(m, args[0]);
  if (it && !type_lookup(type_of(it.get()), I.names.__anext__))
    return raisef(I.TypeError, "aiter() returned not an async iterator of type '%s'", type_name(it.get()));
  return it;
}
FN(b_anext) {
  ARGS("anext", 1, 2);
  Interpreter& I = interp();
  Value m = type_lookup(type_of(args[0]), I.names.__anext__);
  if (!m) return raisef(I.TypeError, "'%s' object is not an async iterator", type_name(args[0]));
  Ref awaitable = call1(m, args[0]);
  if (!awaitable || nargs == 1) return awaitable;
  // With a default: a coroutine that turns StopAsyncIteration into the default.
  Ref name = new_str("_async_builtins");
  Ref mod = import_module(name.get(), kNull, kNone, 0);
  Ref f = mod ? getattr(mod.get(), "anext_default") : nullptr;
  return f ? call2(f.get(), awaitable.get(), args[1]) : nullptr;
}

void init_builtins(Interpreter& I) {
  Ref m = new_module("builtins");
  Module* mod = static_cast<Module*>(m.get().ptr());
  I.builtins = mod->dict;
  incref(Value::from_ptr(I.builtins));
  static const MethodDef fns[] = {
      {"print", builtin_print}, {"input", b_input}, {"len", b_len}, {"repr", b_repr}, {"ascii", b_ascii},
      {"min", b_min}, {"max", b_max}, {"sum", b_sum}, {"any", b_any}, {"all", b_all}, {"abs", b_abs},
      {"round", b_round}, {"divmod", b_divmod}, {"pow", b_pow}, {"chr", b_chr}, {"ord", b_ord},
      {"hex", b_hex}, {"oct", b_oct}, {"bin", b_bin}, {"isinstance", b_isinstance},
      {"issubclass", b_issubclass}, {"getattr", b_getattr}, {"setattr", b_setattr},
      {"delattr", b_delattr}, {"hasattr", b_hasattr}, {"id", b_id}, {"hash", b_hash},
      {"iter", b_iter}, {"next", b_next}, {"callable", b_callable}, {"vars", b_vars}, {"dir", b_dir}, {"aiter", b_aiter}, {"anext", b_anext},
      {"format", b_format}, {"sorted", b_sorted}, {"globals", b_globals}, {"locals", b_locals},
      {"__build_class__", b_build_class}, {"__import__", b_import}, {"exec", b_exec}, {"eval", b_eval},
      {nullptr, nullptr}};
  module_add_functions(m.get(), fns);
  auto add = [&](const char* n, Value v) { dict_set_str(I.builtins, n, v); };
  auto T = [&](const char* n, Type* t) { add(n, Value::from_ptr(t)); };
  add("None", kNone);
  add("True", kTrue);
  add("False", kFalse);
  add("NotImplemented", kNotImplemented);
  add("Ellipsis", kEllipsis);
  add("__debug__", kTrue);
  T("object", I.object_type); T("type", I.type_type); T("int", I.int_type); T("bool", I.bool_type);
  T("float", I.float_type); T("complex", I.complex_type); T("str", I.str_type); T("bytes", I.bytes_type); T("bytearray", I.bytearray_type);
  T("tuple", I.tuple_type);
  T("list", I.list_type); T("dict", I.dict_type); T("set", I.set_type); T("frozenset", I.frozenset_type);
  T("range", I.range_type); T("slice", I.slice_type); T("enumerate", I.enumerate_type);
  T("zip", I.zip_type); T("map", I.map_type); T("filter", I.filter_type); T("reversed", I.reversed_type);
  T("property", I.property_type); T("staticmethod", I.staticmethod_type);
  T("classmethod", I.classmethod_type); T("super", I.super_type);
  for (Type* t : I.all_types)
    if (t->tflags & kTypeException) T(t->name.c_str(), t);
  init_generic_alias(I);
  add("EnvironmentError", Value::from_ptr(I.OSError));
  add("IOError", Value::from_ptr(I.OSError));
  dict_set_str(I.modules, "builtins", m.get());
}

}  // namespace py
