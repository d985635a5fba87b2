// exceptions.cpp — the exception hierarchy, exception objects and the pending-error API.
#include <algorithm>
#include <cstdarg>

#include "py/builtin_types.hpp"
#include "py/code.hpp"
#include "py/errors.hpp"
#include "py/exception_group.hpp"

namespace py {

// ---- pending exception ------------------------------------------------------------------

void set_error(Ref exc) {
  Interpreter& I = interp();
  Value e = exc.release();
  // Implicit chaining: the exception being handled becomes __context__ (avoiding cycles).
  Value h = I.handled_exc;
  if (h && h != e && is_exception_instance(e)) {
    BaseExc* x = as_exc(e);
    if (!x->context) {
      // Break a would-be cycle: if e is already in h's context chain, cut it there.
      for (Value c = h; c;) {
        BaseExc* cx = as_exc(c);
        if (cx->context == e) {
          decref(cx->context);
          cx->context = kNull;
          break;
        }
        c = cx->context;
      }
      x->context = newref(h);
    }
  }
  Value old = I.current_exc;
  I.current_exc = e;
  decref(old);
}

Ref make_exception(Type* t, const Value* args, size_t n) { return type_call(Value::from_ptr(t), args, n, nullptr); }

Ref make_exception(Type* t, std::string_view msg) {
  Ref s = new_str(msg);
  Value a = s.get();
  return make_exception(t, &a, 1);
}

std::nullptr_t raise(Type* t, std::string_view msg) {
  Ref e = make_exception(t, msg);
  if (e) set_error(std::move(e));
  return nullptr;
}

std::nullptr_t raise_args(Type* t, const Value* args, size_t n) {
  Ref e = make_exception(t, args, n);
  if (e) set_error(std::move(e));
  return nullptr;
}

std::nullptr_t raisef(Type* t, const char* fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  std::vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  return raise(t, buf);
}

std::nullptr_t raise_num(const num::Error& e) {
  Interpreter& I = interp();
  Type* t = I.ValueError;
  switch (e.type) {
    case num::Exc::ValueError: t = I.ValueError; break;
    case num::Exc::OverflowError: t = I.OverflowError; break;
    case num::Exc::ZeroDivisionError: t = I.ZeroDivisionError; break;
    case num::Exc::TypeError: t = I.TypeError; break;
    case num::Exc::IndexError: t = I.IndexError; break;
    case num::Exc::MemoryError: t = I.MemoryError; break;
  }
  return raise(t, e.message);
}

std::nullptr_t raise_no_memory() {
  Interpreter& I = interp();
  return raise_args(I.MemoryError, nullptr, 0);
}

bool is_exception_instance(Value v) { return isinstance(v, interp().BaseException); }
bool is_exception_class(Value v) {
  return isinstance(v, interp().type_type) && is_subtype(static_cast<Type*>(v.ptr()), interp().BaseException);
}

std::nullptr_t raise_value(Value v) {
  Interpreter& I = interp();
  if (is_exception_class(v)) {
    Ref e = call0(v);
    if (!e) return nullptr;
    if (!is_exception_instance(e.get())) {
      return raisef(I.TypeError,
                    "calling %s should have returned an instance of BaseException, not %s",
                    repr_utf8(v).c_str(), type_name(e.get()));
    }
    set_error(std::move(e));
    return nullptr;
  }
  if (is_exception_instance(v)) {
    set_error(Ref::borrow(v));
    return nullptr;
  }
  return raise(I.TypeError, "exceptions must derive from BaseException");
}

bool err_matches(Type* t) {
  Value e = interp().current_exc;
  return e && isinstance(e, t);
}

Ref fetch_error() {
  Interpreter& I = interp();
  Value e = I.current_exc;
  I.current_exc = kNull;
  return Ref::steal(e);
}

void clear_error() { fetch_error(); }

std::nullptr_t type_error_unsupported(const char* op, Value a, Value b) {
  return raisef(interp().TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", op,
                type_name(a), type_name(b));
}

// Sets an attribute of the pending exception in its instance dict (name, obj).
static void set_exc_attr(const char* attr, Value v) {
  Value e = interp().current_exc;
  if (!e) return;
  Dict** dp = instance_dict_ptr(e);
  if (!*dp) *dp = as_dict(new_dict().release());
  dict_set_str(*dp, attr, v);
}

std::nullptr_t attribute_error(Value obj, Str* name) {
  Interpreter& I = interp();
  if (isinstance(obj, I.type_type)) {
    raisef(I.AttributeError, "type object '%s' has no attribute '%s'", static_cast<Type*>(obj.ptr())->name.c_str(),
           name->data);
  } else if (Value n = isinstance(obj, I.module_type)
                           ? dict_get_str(static_cast<Module*>(obj.ptr())->dict, I.names.__name__)
                           : kNull;
             n && isinstance(n, I.str_type)) {
    raisef(I.AttributeError, "module '%s' has no attribute '%s'", as_str(n)->data, name->data);
  } else {
    raisef(I.AttributeError, "'%s' object has no attribute '%s'", type_name(obj), name->data);
  }
  set_exc_attr("name", Value::from_ptr(name));
  set_exc_attr("obj", obj);
  return nullptr;
}

std::nullptr_t name_error(Str* name, const std::vector<Str*>& locals, Dict* globals, Dict* builtins) {
  Interpreter& I = interp();
  raisef(I.NameError, "name '%s' is not defined", name->data);
  set_exc_attr("name", Value::from_ptr(name));
  // CPython finds the suggestion when printing, from the frame's locals, globals and
  // builtins; the frame is gone by then here, so it is found now.
  std::vector<std::string_view> cands;
  for (Str* s : locals) cands.push_back(s->view());
  std::string s = suggest_name(name->view(), cands);
  for (Dict* d : {globals, builtins}) {
    if (!s.empty() || !d) break;
    cands.clear();
    size_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v))
      if (isinstance(k, I.str_type)) cands.push_back(sv(k));
    std::sort(cands.begin(), cands.end());
    s = suggest_name(name->view(), cands);
  }
  if (!s.empty() && I.current_exc) {
    BaseExc* e = as_exc(I.current_exc);
    Value old = e->extra;
    e->extra = new_str(s).release();
    decref(old);
  }
  return nullptr;
}

// The `name` and `obj` attributes: None unless the interpreter set them.
static Ref get_exc_name(Value self) {
  Dict** dp = instance_dict_ptr(self);
  Value v = *dp ? dict_get_cstr(*dp, "name") : kNull;
  return Ref::borrow(none_if_null(v));
}
static int set_exc_name(Value self, Value v) {
  Dict** dp = instance_dict_ptr(self);
  if (!*dp) *dp = as_dict(new_dict().release());
  return dict_set_str(*dp, "name", v ? v : kNone);
}
static Ref get_exc_obj(Value self) {
  Dict** dp = instance_dict_ptr(self);
  Value v = *dp ? dict_get_cstr(*dp, "obj") : kNull;
  return Ref::borrow(none_if_null(v));
}
static int set_exc_obj(Value self, Value v) {
  Dict** dp = instance_dict_ptr(self);
  if (!*dp) *dp = as_dict(new_dict().release());
  return dict_set_str(*dp, "obj", v ? v : kNone);
}

void exception_set_traceback(Value exc, Value tb) {
  BaseExc* e = as_exc(exc);
  Value old = e->traceback;
  e->traceback = newref(tb);
  decref(old);
}

void exception_add_frame(Value exc, Code* code, int line, int lasti) {
  Interpreter& I = interp();
  Traceback* tb = static_cast<Traceback*>(alloc_object(I.traceback_type, sizeof(Traceback)));
  BaseExc* e = as_exc(exc);
  tb->next = e->traceback;  // steals the old head
  tb->code = code;
  incref(Value::from_ptr(code));
  tb->line = line;
  tb->lasti = lasti;
  gc_track(tb);
  e->traceback = Value::from_ptr(tb);
}

// ---- exception objects ------------------------------------------------------------------

static void exc_finalize(Object* o) {
  BaseExc* e = static_cast<BaseExc*>(o);
  decref(Value::from_ptr(e->dict));
  decref(e->args);
  decref(e->traceback);
  decref(e->cause);
  decref(e->context);
  decref(e->notes);
  decref(e->extra);
}

static void exc_traverse(Object* o, VisitFn visit, void* arg) {
  BaseExc* e = static_cast<BaseExc*>(o);
  if (e->dict) visit(Value::from_ptr(e->dict), arg);
  for (Value v : {e->args, e->traceback, e->cause, e->context, e->notes, e->extra})
    if (v) visit(v, arg);
}

static void exc_clear(Object* o) {
  BaseExc* e = static_cast<BaseExc*>(o);
  Value vals[] = {Value::from_ptr(e->dict), e->args, e->traceback, e->cause, e->context, e->notes, e->extra};
  e->dict = nullptr;
  e->args = e->traceback = e->cause = e->context = e->notes = e->extra = kNull;
  for (Value v : vals) decref(v);
}

// OSError(errno, ...) called as OSError builds the subclass for that errno (PEP 3151). The
// numbers are Linux's, which programs write literally (emscripten's errno.h differs).
static Type* oserror_subclass(Value err) {
  Interpreter& I = interp();
  if (!err.is_small_int()) return nullptr;
  switch (err.as_small_int()) {
    case 1: case 13: return I.PermissionError;
    case 2: return I.FileNotFoundError;
    case 3: return I.ProcessLookupError;
    case 4: return I.InterruptedError;
    case 10: return I.ChildProcessError;
    case 11: case 114: case 115: return I.BlockingIOError;
    case 17: return I.FileExistsError;
    case 20: return I.NotADirectoryError;
    case 21: return I.IsADirectoryError;
    case 32: case 108: return I.BrokenPipeError;
    case 103: return I.ConnectionAbortedError;
    case 104: return I.ConnectionResetError;
    case 110: return I.TimeoutError;
    case 111: return I.ConnectionRefusedError;
    default: return nullptr;
  }
}

static Ref exc_new(Type* t, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t n = nargs;
  if (t == interp().OSError && nargs >= 2)
    if (Type* sub = oserror_subclass(args[0])) t = sub;
  BaseExc* e = static_cast<BaseExc*>(alloc_object(t, t->basicsize));
  e->args = tuple_from_array(args, n).release();
  (void)kwnames;
  if (t->has_gc()) gc_track(e);
  return Ref::steal(Value::from_ptr(e));
}

static int exc_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Interpreter& I = interp();
  BaseExc* e = as_exc(self);
  if (kwnames && kwnames->n && !type_of(self)->is_heap()) {
    raisef(I.TypeError, "%s() takes no keyword arguments", type_name(self));
    return -1;
  }
  Value old = e->args;
  e->args = tuple_from_array(args, nargs).release();
  decref(old);
  Type* t = type_of(self);
  if (is_subtype(t, I.OSError) && nargs >= 2 && nargs <= 5) {
    // OSError(errno, strerror[, filename[, winerror[, filename2]]])
    Dict** dp = instance_dict_ptr(self);
    if (!*dp) *dp = as_dict(new_dict().release());
    dict_set_str(*dp, "errno", args[0]);
    dict_set_str(*dp, "strerror", args[1]);
    dict_set_str(*dp, "filename", nargs > 2 ? args[2] : kNone);
    dict_set_str(*dp, "filename2", nargs > 4 ? args[4] : kNone);
    if (nargs > 2) {
      Value old2 = e->args;
      e->args = tuple_from_array(args, 2).release();
      decref(old2);
    }
  } else if (is_subtype(t, I.OSError)) {
    Dict** dp = instance_dict_ptr(self);
    if (!*dp) *dp = as_dict(new_dict().release());
    for (const char* n : {"errno", "strerror", "filename", "filename2"}) dict_set_str(*dp, n, kNone);
  }
  if ((is_subtype(t, I.UnicodeDecodeError) || is_subtype(t, I.UnicodeEncodeError)) && nargs == 5) {
    // UnicodeDecodeError(encoding, object, start, end, reason)
    Dict** dp = instance_dict_ptr(self);
    if (!*dp) *dp = as_dict(new_dict().release());
    const char* names[] = {"encoding", "object", "start", "end", "reason"};
    for (size_t i = 0; i < 5; ++i) dict_set_str(*dp, names[i], args[i]);
  }
  if (is_subtype(t, I.StopIteration) || is_subtype(t, I.SystemExit)) {
    Value v = nargs == 0 ? (is_subtype(t, I.SystemExit) ? kNone : kNone) : nargs == 1 ? args[0] : e->args;
    Value o = e->extra;
    e->extra = newref(v);
    decref(o);
  }
  return 0;
}

Ref exception_str(Value self) {
  Interpreter& I = interp();
  BaseExc* e = as_exc(self);
  Tuple* a = as_tuple(e->args);
  Type* t = type_of(self);
  if (is_subtype(t, I.KeyError) && a->n == 1) return repr(a->items[0]);
  if (is_subtype(t, I.OSError) && a->n == 2) {
    Dict** dp = instance_dict_ptr(self);
    Value fn = *dp ? dict_get_cstr(*dp, "filename") : kNull;
    Ref en = str(a->items[0]), se = str(a->items[1]);
    if (!en || !se) return nullptr;
    std::string out = "[Errno " + std::string(sv(en.get())) + "] " + std::string(sv(se.get()));
    if (fn && fn != kNone) {
      Ref fr = repr(fn);
      if (!fr) return nullptr;
      out += ": " + std::string(sv(fr.get()));
    }
    return new_str(out);
  }
  bool decode = is_subtype(t, I.UnicodeDecodeError);
  const Value* it = a->items;  // (a pointer: clang's -Warray-bounds flags items[1..4] on items[1])
  if ((decode || is_subtype(t, I.UnicodeEncodeError)) && a->n == 5 && isinstance(it[0], I.str_type) &&
      it[2].is_small_int() && it[3].is_small_int() && isinstance(it[4], I.str_type)) {
    // "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
    int64_t start = it[2].as_small_int(), end = it[3].as_small_int();
    std::string out = "'";
    out.append(sv(it[0])).append("' codec can't ").append(decode ? "decode " : "encode ");
    char buf[64];
    if (end == start + 1) {
      Ref item = getitem(it[1], it[2]);
      if (!item) return nullptr;
      if (decode) {
        std::snprintf(buf, sizeof buf, "byte 0x%02x", unsigned(item.get().as_small_int()));
      } else {
        uint32_t cp;
        utf8_decode(sv(item.get()).data(), &cp);
        std::snprintf(buf, sizeof buf, cp <= 0xff ? "character '\\x%02x'" : cp <= 0xffff ? "character '\\u%04x'"
                                                                              : "character '\\U%08x'", cp);
      }
      out += buf;
      std::snprintf(buf, sizeof buf, " in position %lld: ", (long long)start);
    } else {
      out += decode ? "bytes" : "characters";
      std::snprintf(buf, sizeof buf, " in position %lld-%lld: ", (long long)start, (long long)end - 1);
    }
    return new_str(out + buf + std::string(sv(it[4])));
  }
  if (a->n == 0) return Ref::borrow(I.empty_str);
  if (a->n == 1) return str(a->items[0]);
  return repr(e->args);
}

static Ref exc_repr(Value self) {
  BaseExc* e = as_exc(self);
  Tuple* a = as_tuple(e->args);
  std::string s = type_of(self)->name;
  if (a->n == 1) {
    Ref r = repr(a->items[0]);
    if (!r) return nullptr;
    s += "(";
    s += sv(r.get());
    s += ")";
  } else {
    Ref r = repr(e->args);
    if (!r) return nullptr;
    s += sv(r.get());
  }
  return new_str(s);
}

static Ref get_args(Value self) { return Ref::borrow(as_exc(self)->args); }
static int set_args(Value self, Value v) {
  Ref t = sequence_tuple(v);
  if (!t) return -1;
  Value old = as_exc(self)->args;
  as_exc(self)->args = t.release();
  decref(old);
  return 0;
}
#define EXC_FIELD(field)                                                              \
  static Ref get_##field(Value self) { return Ref::borrow(none_if_null(as_exc(self)->field)); } \
  static int set_##field(Value self, Value v) {                                       \
    Value old = as_exc(self)->field;                                                  \
    as_exc(self)->field = (v && v != kNone) ? newref(v) : kNull;                      \
    decref(old);                                                                      \
    return 0;                                                                         \
  }
EXC_FIELD(traceback)
EXC_FIELD(context)
EXC_FIELD(extra)
static Ref get_cause(Value self) { return Ref::borrow(none_if_null(as_exc(self)->cause)); }
static int set_cause(Value self, Value v) {
  BaseExc* e = as_exc(self);
  Value old = e->cause;
  e->cause = (v && v != kNone) ? newref(v) : kNull;
  e->suppress_context = true;
  decref(old);
  return 0;
}
static Ref get_suppress(Value self) { return Ref::steal(bool_value(as_exc(self)->suppress_context)); }
static int set_suppress(Value self, Value v) {
  int t = truth(v);
  if (t < 0) return -1;
  as_exc(self)->suppress_context = t;
  return 0;
}

static Ref exc_with_traceback(Value self, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("with_traceback", nargs, 1, 1)) return nullptr;
  set_traceback(self, args[0]);
  return Ref::borrow(self);
}

static Ref exc_add_note(Value self, const Value* args, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (!check_nargs("add_note", nargs, 1, 1)) return nullptr;
  if (!isinstance(args[0], I.str_type))
    return raisef(I.TypeError, "note must be a str, not '%s'", type_name(args[0]));
  Dict** dp = instance_dict_ptr(self);
  if (!*dp) *dp = as_dict(new_dict().release());
  Value notes = dict_get_str(*dp, I.names.__notes__);
  if (!notes) {
    Ref l = new_list();
    if (dict_set(*dp, Value::from_ptr(I.names.__notes__), l.get()) < 0) return nullptr;
    notes = l.get();
  }
  list_append(notes, args[0]);
  return Ref::steal(kNone);
}

static Type* make_exc(Interpreter& I, const char* name, Type* base) {
  Type* t = new_builtin_type(I, name, base, sizeof(BaseExc), kTypeBaseType | kTypeGc | kTypeException);
  // Where BaseExc::dict really sits: not always sizeof(Object), because the Itanium ABI
  // packs a derived class's first field into its base's tail padding (on wasm32 Object is
  // 12 bytes padded to 16, and dict lands at 12). offsetof would warn on this
  // non-standard-layout type, so the offset is measured on an instance.
  BaseExc probe;
  t->dict_offset = size_t(reinterpret_cast<char*>(&probe.dict) - reinterpret_cast<char*>(&probe));
  return t;
}

void init_exceptions(Interpreter& I) {
  Type* B = I.BaseException = make_exc(I, "BaseException", I.object_type);
  B->finalize = exc_finalize;
  B->traverse = exc_traverse;
  B->clear = exc_clear;
  B->tp_new = exc_new;
  B->init = exc_init;
  B->str = exception_str;
  B->repr = exc_repr;
  static const MethodDef methods[] = {
      {"with_traceback", exc_with_traceback}, {"add_note", exc_add_note}, {nullptr, nullptr}};
  add_methods(I, B, methods);
  add_getset(I, B, "args", get_args, set_args);
  add_getset(I, B, "__traceback__", get_traceback, set_traceback);
  add_getset(I, B, "__context__", get_context, set_context);
  add_getset(I, B, "__cause__", get_cause, set_cause);
  add_getset(I, B, "__suppress_context__", get_suppress, set_suppress);

  auto E = [&](const char* n, Type* base) { return make_exc(I, n, base); };
  I.SystemExit = E("SystemExit", B);
  add_getset(I, I.SystemExit, "code", get_extra, set_extra);
  I.KeyboardInterrupt = E("KeyboardInterrupt", B);
  I.GeneratorExit = E("GeneratorExit", B);
  I.BaseExceptionGroup = E("BaseExceptionGroup", B);
  Type* X = I.Exception = E("Exception", B);
  I.ExceptionGroup = E("ExceptionGroup", I.BaseExceptionGroup);
  I.StopIteration = E("StopIteration", X);
  add_getset(I, I.StopIteration, "value", get_extra, set_extra);
  I.StopAsyncIteration = E("StopAsyncIteration", X);
  I.ArithmeticError = E("ArithmeticError", X);
  I.FloatingPointError = E("FloatingPointError", I.ArithmeticError);
  I.OverflowError = E("OverflowError", I.ArithmeticError);
  I.ZeroDivisionError = E("ZeroDivisionError", I.ArithmeticError);
  I.AssertionError = E("AssertionError", X);
  I.AttributeError = E("AttributeError", X);
  add_getset(I, I.AttributeError, "name", get_exc_name, set_exc_name);
  add_getset(I, I.AttributeError, "obj", get_exc_obj, set_exc_obj);
  I.BufferError = E("BufferError", X);
  I.EOFError = E("EOFError", X);
  I.ImportError = E("ImportError", X);
  I.ModuleNotFoundError = E("ModuleNotFoundError", I.ImportError);
  I.LookupError = E("LookupError", X);
  I.IndexError = E("IndexError", I.LookupError);
  I.KeyError = E("KeyError", I.LookupError);
  I.MemoryError = E("MemoryError", X);
  I.NameError = E("NameError", X);
  add_getset(I, I.NameError, "name", get_exc_name, set_exc_name);
  I.UnboundLocalError = E("UnboundLocalError", I.NameError);
  I.OSError = E("OSError", X);
  I.BlockingIOError = E("BlockingIOError", I.OSError);
  I.ChildProcessError = E("ChildProcessError", I.OSError);
  I.ConnectionError = E("ConnectionError", I.OSError);
  I.BrokenPipeError = E("BrokenPipeError", I.ConnectionError);
  I.ConnectionAbortedError = E("ConnectionAbortedError", I.ConnectionError);
  I.ConnectionRefusedError = E("ConnectionRefusedError", I.ConnectionError);
  I.ConnectionResetError = E("ConnectionResetError", I.ConnectionError);
  I.FileExistsError = E("FileExistsError", I.OSError);
  I.FileNotFoundError = E("FileNotFoundError", I.OSError);
  I.InterruptedError = E("InterruptedError", I.OSError);
  I.IsADirectoryError = E("IsADirectoryError", I.OSError);
  I.NotADirectoryError = E("NotADirectoryError", I.OSError);
  I.PermissionError = E("PermissionError", I.OSError);
  I.ProcessLookupError = E("ProcessLookupError", I.OSError);
  I.TimeoutError = E("TimeoutError", I.OSError);
  I.ReferenceError = E("ReferenceError", X);
  I.RuntimeError = E("RuntimeError", X);
  I.NotImplementedError = E("NotImplementedError", I.RuntimeError);
  I.RecursionError = E("RecursionError", I.RuntimeError);
  I.SyntaxError = E("SyntaxError", X);
  I.IndentationError = E("IndentationError", I.SyntaxError);
  I.TabError = E("TabError", I.IndentationError);
  I.SystemError = E("SystemError", X);
  I.TypeError = E("TypeError", X);
  I.ValueError = E("ValueError", X);
  I.UnicodeError = E("UnicodeError", I.ValueError);
  I.UnicodeDecodeError = E("UnicodeDecodeError", I.UnicodeError);
  I.UnicodeEncodeError = E("UnicodeEncodeError", I.UnicodeError);
  I.UnicodeTranslateError = E("UnicodeTranslateError", I.UnicodeError);
  I.Warning = E("Warning", X);
  I.DeprecationWarning = E("DeprecationWarning", I.Warning);
  I.PendingDeprecationWarning = E("PendingDeprecationWarning", I.Warning);
  I.RuntimeWarning = E("RuntimeWarning", I.Warning);
  I.SyntaxWarning = E("SyntaxWarning", I.Warning);
  I.UserWarning = E("UserWarning", I.Warning);
  I.FutureWarning = E("FutureWarning", I.Warning);
  I.ImportWarning = E("ImportWarning", I.Warning);
  I.UnicodeWarning = E("UnicodeWarning", I.Warning);
  I.BytesWarning = E("BytesWarning", I.Warning);
  I.ResourceWarning = E("ResourceWarning", I.Warning);
  I.EncodingWarning = E("EncodingWarning", I.Warning);
  init_exception_groups(I);
}

}  // namespace py
