// interpreter.cpp — creating and tearing down an Interpreter, interning, output, and
// running a program as `python3 FILE` does.
#include "py/interpreter.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#ifdef __EMSCRIPTEN__
#include <emscripten/stack.h>
#else
#include <pthread.h>
#endif

#include "py/builtin_types.hpp"
#include "py/code.hpp"
#include "py/compiler.hpp"
#include "py/errors.hpp"
#include "py/frame.hpp"
#include "py/module.hpp"
#include "py/modules/_green_thread.hpp"

namespace py {

Interpreter* g_current = nullptr;

#ifndef __EMSCRIPTEN__
// The native stack guard's budget: what is left of this thread's stack below `here`, minus
// headroom for the C++ frames that run between two checks (a quarter, at most 4 MB). The
// size is the real one: the CLI runs programs on a thread with a large stack (cli/main.cpp),
// a test's main thread has RLIMIT_STACK's (8 MB by default: a 6 MB budget from its top).
static size_t native_stack_budget(char* here) {
  pthread_attr_t attr;
  void* low = nullptr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstack(&attr, &low, &size);
    pthread_attr_destroy(&attr);
  }
  if (!low) return size_t(6) << 20;  // unknown: assume the 8 MB default
  size_t left = size_t(here - static_cast<char*>(low));
  return left - std::min(left / 4, size_t(4) << 20);
}
#endif

Str* Interpreter::intern(std::string_view s) {
  auto it = interned.find(s);
  if (it != interned.end()) return it->second;
  Ref r = new_str(s);
  Str* str = as_str(r.get());
  if (str->flags & kObjInterned) {  // a shared 1-char string
    interned[str->view()] = str;
    r.release();
    return str;
  }
  str->flags |= kObjInterned;
  interned[str->view()] = str;
  r.release();  // the table owns it
  return str;
}

void Interpreter::write_out(std::string_view s) {
  out_buf += s;
  size_t nl = out_buf.rfind('\n');
  if (nl != std::string::npos) {
    if (out) out(std::string_view(out_buf).substr(0, nl + 1));
    out_buf.erase(0, nl + 1);
  }
}
void Interpreter::flush_out() {
  if (!out_buf.empty() && out) out(out_buf);
  out_buf.clear();
}
void Interpreter::write_err(std::string_view s) {
  flush_out();
  if (err) err(s);
}

Interpreter::Interpreter() {
  g_current = this;
  gc_list.next = gc_list.prev = &gc_list;
  char probe;
  stack_base = &probe;
#ifndef __EMSCRIPTEN__
  stack_budget = native_stack_budget(stack_base);
#endif
#ifdef __EMSCRIPTEN__
  // The wasm stack is what the link gave (TOTAL_STACK: 5 MB by default, less in the unit
  // tests) and overflowing it silently corrupts the data below it: budget what is left
  // below this point, minus headroom for the C++ frames between two checks.
  size_t left = size_t(stack_base - reinterpret_cast<char*>(emscripten_stack_get_end()));
  size_t headroom = std::min(left / 4, size_t(256) << 10);
  stack_budget = left - headroom;
#endif
  out = [](std::string_view s) { std::fwrite(s.data(), 1, s.size(), stdout); std::fflush(stdout); };
  err = [](std::string_view s) { std::fwrite(s.data(), 1, s.size(), stderr); std::fflush(stderr); };
  read_line = [](std::string& line) {
    int c;
    line.clear();
    while ((c = std::fgetc(stdin)) != EOF) {
      line += char(c);
      if (c == '\n') return true;
    }
    return !line.empty();
  };
  // Bootstrap: type and object, then str/tuple/dict without dicts, then everything else.
  init_type(*this);
  str_type = new_builtin_type(*this, "str", object_type, sizeof(Str));
  tuple_type = new_builtin_type(*this, "tuple", object_type, sizeof(Tuple), kTypeBaseType | kTypeGc);
  dict_type = new_builtin_type(*this, "dict", object_type, sizeof(Dict), kTypeBaseType | kTypeGc);
  {
    Tuple* t = static_cast<Tuple*>(alloc_object(tuple_type, sizeof(Tuple)));
    t->n = 0;
    t->hash = -1;
    empty_tuple = Value::from_ptr(t);
    empty_str = new_str_ascii("").release();
    for (int c = 0; c < 128; ++c) {
      char ch = char(c);
      Value v = new_str_ascii(std::string_view(&ch, 1)).release();
      v.ptr()->flags |= kObjInterned;
      one_char[c] = v;
    }
  }
  init_object_base(*this);
  for (Type* t : all_types)
    if (t != type_type && t != object_type) finish_type(*this, t);
#define PY_INTERN_NAME(n) names.n = intern(#n);
  PY_NAMES(PY_INTERN_NAME)
#undef PY_INTERN_NAME
  static const char* const ops[] = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod",
                                    "or", "pow", "rshift", "sub", "truediv", "xor"};
  for (int i = 0; i < 13; ++i) {
    names.binop[i] = intern(std::string("__") + ops[i] + "__");
    names.binop[13 + i] = intern(std::string("__i") + ops[i] + "__");
    names.rbinop[i] = intern(std::string("__r") + ops[i] + "__");
  }
  names.cmp[kLt] = names.__lt__;
  names.cmp[kLe] = names.__le__;
  names.cmp[kEq] = names.__eq__;
  names.cmp[kNe] = names.__ne__;
  names.cmp[kGt] = names.__gt__;
  names.cmp[kGe] = names.__ge__;
  init_function(*this);
  init_object_methods(*this);
  init_str(*this);
  init_tuple(*this);
  init_dict(*this);
  init_int(*this);
  init_float(*this);
  init_complex(*this);
  init_bytes(*this);
  init_list(*this);
  init_set(*this);
  init_range(*this);
  init_iterators(*this);
  init_code_type(*this);
  init_module(*this);
  init_generators(*this);
  none_type = new_builtin_type(*this, "NoneType", object_type, sizeof(Object), 0);
  notimpl_type = new_builtin_type(*this, "NotImplementedType", object_type, sizeof(Object), 0);
  ellipsis_type = new_builtin_type(*this, "ellipsis", object_type, sizeof(Object), 0);
  init_immediate_types(*this);
  traceback_type = new_builtin_type(*this, "traceback", object_type, sizeof(Traceback), kTypeGc);
  init_traceback_type(*this);
  init_exceptions(*this);
  init_mappingproxy(*this);
  add_slot_wrappers(*this);
  modules = as_dict(new_dict().release());
  init_builtins(*this);
  register_builtin_modules(*this);
}

// As CPython's _PyModule_ClearDict: every name is set to None, those with one leading
// underscore first, except __builtins__, so finalizers that run meanwhile find builtins.
static void clear_namespace(Dict* d) {
  for (int pass = 0; pass < 2; ++pass) {
    std::vector<Ref> names;
    size_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
      if (!isinstance(k, interp().str_type)) continue;
      std::string_view n = sv(k);
      bool private_name = n.size() > 1 && n[0] == '_' && n[1] != '_';
      if (pass == 0 ? private_name : n != "__builtins__") names.push_back(Ref::borrow(k));
    }
    for (Ref& n : names)
      if (dict_set(d, n.get(), kNone) < 0) fetch_error();
  }
}

// Teardown frees every object the interpreter made, in CPython's order: module namespaces
// first (so objects they hold are finalized while builtins still work), then cycles, then
// the built-in types, their dicts and the interned strings, which only teardown releases.
Interpreter::~Interpreter() {
  decref(current_exc);
  current_exc = kNull;
  decref(handled_exc);
  handled_exc = kNull;
  std::vector<Ref> mods;
  if (Value main = dict_get_cstr(modules, "__main__")) mods.push_back(Ref::borrow(main));
  {
    size_t pos = 0;
    Value k, v;
    while (dict_next(modules, &pos, &k, &v)) mods.push_back(Ref::borrow(v));
  }
  if (Value sys = dict_get_cstr(modules, "sys")) mods.push_back(Ref::borrow(sys));  // sys last
  dict_clear(modules);
  for (Ref& m : mods) {
    // The builtins namespace stays whole until every finalizer has run.
    if (type_of(m.get()) == module_type && module_dict(m.get()) == builtins) m = nullptr;
    if (!m || (m.get() == sys_module && &m != &mods.back())) continue;
    if (type_of(m.get()) == module_type) clear_namespace(module_dict(m.get()));
    fetch_error();  // an error while clearing a namespace has nowhere to go
    m = nullptr;
  }
  mods.clear();
  for (auto release : at_teardown) release(*this);
  at_teardown.clear();
  decref(sys_module);
  sys_module = kNull;
  while (gc_collect()) {
  }
  flush_out();
  decref(Value::from_ptr(modules));
  modules = nullptr;
  // Only the built-in types and what they own are left: cut their references, free the
  // dicts and strings, then the type objects themselves (instances never owned them).
  dict_clear(builtins);
  decref(Value::from_ptr(builtins));
  builtins = nullptr;
  for (Type* t : all_types) {
    if (t->dict) dict_clear(t->dict);
  }
  for (Type* t : all_types) {
    for (Value* v : {&t->bases, &t->mro, &t->module}) {
      Value x = *v;
      *v = kNull;
      decref(x);
    }
    Dict* d = t->dict;
    t->dict = nullptr;
    if (d) decref(Value::from_ptr(d));
  }
  while (gc_collect()) {
  }
  decref(empty_tuple);
  decref(empty_str);
  for (Value& c : one_char) decref(c);
  for (auto& [name, s] : interned) decref(Value::from_ptr(s));
  interned.clear();
  for (Type* t : all_types) {
    t->~Type();
    free_object_memory(t, true);  // every built-in type is an instance of `type`, which has GC
  }
  all_types.clear();
  for (void*& head : frame_pool) {
    while (head) {
      Frame* f = static_cast<Frame*>(head);
      head = f->back;
      std::free(f);
    }
  }
  if (g_current == this) g_current = nullptr;
}

static Ref none_repr(Value) { return new_str_ascii("None"); }
static Ref notimpl_repr(Value) { return new_str_ascii("NotImplemented"); }
static Ref ellipsis_repr(Value) { return new_str_ascii("Ellipsis"); }
static int none_truth(Value) { return 0; }
static Ref none_new(Type* t, const Value*, size_t nargs, Tuple*) {
  Interpreter& I = interp();
  if (nargs) return raisef(I.TypeError, "%s takes no arguments", t->name.c_str());
  return Ref::steal(t == I.none_type ? kNone : t == I.notimpl_type ? kNotImplemented : kEllipsis);
}
void init_immediate_types(Interpreter& I) {
  I.none_type->repr = none_repr;
  I.none_type->truth = none_truth;
  I.notimpl_type->repr = notimpl_repr;
  I.ellipsis_type->repr = ellipsis_repr;
  for (Type* t : {I.none_type, I.notimpl_type, I.ellipsis_type}) {
    t->tp_new = none_new;
    t->init = nullptr;
  }
}
static void tb_finalize(Object* o) {
  Traceback* t = static_cast<Traceback*>(o);
  decref(t->next);
  decref(Value::from_ptr(t->code));
}
static void tb_traverse(Object* o, VisitFn visit, void* arg) {
  Traceback* t = static_cast<Traceback*>(o);
  if (t->next) visit(t->next, arg);
}
static Ref tb_getattr(Value self, Str* name) {
  Traceback* t = static_cast<Traceback*>(self.ptr());
  std::string_view n = name->view();
  if (n == "tb_next") return Ref::borrow(none_if_null(t->next));
  if (n == "tb_lineno") return new_int(t->line);
  return generic_getattr(self, name);
}
void init_traceback_type(Interpreter& I) {
  I.traceback_type->finalize = tb_finalize;
  I.traceback_type->traverse = tb_traverse;
  I.traceback_type->getattr = tb_getattr;
  I.traceback_type->tp_new = nullptr;
}

static void load_source_lines(Interpreter& I, const std::string& filename, std::string_view src) {
  std::vector<std::string> lines;
  size_t pos = 0;
  while (pos <= src.size()) {
    size_t nl = src.find('\n', pos);
    if (nl == std::string_view::npos) {
      if (pos < src.size()) lines.emplace_back(src.substr(pos));
      break;
    }
    lines.emplace_back(src.substr(pos, nl - pos));
    pos = nl + 1;
  }
  I.source_lines[filename] = std::move(lines);
}

// Exit status for an uncaught SystemExit, printing its message as CPython does.
static int system_exit_status(Interpreter& I, Value exc) {
  Value code = as_exc(exc)->extra;
  if (!code || code == kNone) return 0;
  int64_t v;
  if (is_int(code) && int_to_int64(code, &v)) return int(v & 0xff);
  Ref s = str(code);
  if (s) I.write_err(std::string(sv(s.get())) + "\n");
  else clear_error();
  return 1;
}

int run_program(Interpreter& I, std::string_view source, const std::string& filename) {
  load_source_lines(I, filename, source);
  Ref code = compile_source(source, filename);
  int status = 0;
  if (code && std::getenv("AIOPLAY_DIS")) disassemble(static_cast<Code*>(code.get().ptr()));
  if (code) {
    Ref main = new_module("__main__");
    Dict* g = module_dict(main.get());
    dict_set(g, Value::from_ptr(I.names.__builtins__), Value::from_ptr(I.builtins));
    Ref fn = new_str(filename);
    dict_set(g, Value::from_ptr(I.names.__file__), fn.get());
    dict_set_str(I.modules, "__main__", main.get());
    Frame* f = frame_new(static_cast<Code*>(code.get().ptr()), nullptr, g, Value::from_ptr(g));
    f->entry = true;
    bool yielded;
    ++I.depth;  // the module's frame counts toward the recursion limit, as in CPython
    Ref r = eval_frame(f, &yielded);
    --I.depth;
    frame_free(f);
    if (r) {
      I.flush_out();
      green_threads_at_exit(I);
      return 0;
    }
  }
  Ref exc = fetch_error();
  if (!exc) return 1;
  if (isinstance(exc.get(), I.SystemExit)) {
    I.flush_out();
    status = system_exit_status(I, exc.get());
  } else {
    print_exception(exc.get());
    status = 1;
  }
  I.flush_out();
  green_threads_at_exit(I);  // as CPython's finalization joins the threads after the traceback
  return status;
}

}  // namespace py
