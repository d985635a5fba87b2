// interpreter.hpp — one Interpreter owns all Python state.
//
// Built-in types, interned strings, modules, the pending exception and the limits live
// here; `py::interp()` is the running one (one at a time per process). Destroying it
// releases every object it made, so a page can run many programs in one process.
#pragma once
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "py/alloc.hpp"
#include "py/object.hpp"

namespace py {

struct Frame;
struct Code;

// Names used by the runtime itself, interned once per interpreter.
#define PY_NAMES(X)                                                                          \
  X(__init__) X(__new__) X(__repr__) X(__str__) X(__hash__) X(__eq__) X(__ne__) X(__lt__)   \
  X(__le__) X(__gt__) X(__ge__) X(__len__) X(__iter__) X(__next__) X(__getitem__)           \
  X(__setitem__) X(__delitem__) X(__contains__) X(__call__) X(__enter__) X(__exit__)        \
  X(__aenter__) X(__aexit__) X(__aiter__) X(__anext__) X(__await__) X(__getattr__)          \
  X(__getattribute__) X(__setattr__) X(__delattr__) X(__bool__) X(__get__) X(__set__)       \
  X(__delete__) X(__name__) X(__qualname__) X(__module__) X(__doc__) X(__dict__)            \
  X(__class__) X(__bases__) X(__mro__) X(__builtins__) X(__annotations__) X(__index__)      \
  X(__int__) X(__float__) X(__format__) X(__neg__) X(__pos__) X(__invert__) X(__abs__)      \
  X(__init_subclass__) X(__set_name__) X(__class_getitem__) X(__missing__) X(__reversed__)   \
  X(__round__) X(__del__) X(__file__) X(__main__) X(__spec__) X(__slots__)                  \
  X(__classcell__) X(__prepare__) X(__mro_entries__) X(send) X(close) X(keys)      \
  X(items) X(values) X(args) X(builtins) X(__import__) X(__all__) X(__trunc__) X(__ceil__)  \
  X(__floor__) X(__instancecheck__) X(__subclasscheck__) X(__length_hint__) X(__traceback__)\
  X(__cause__) X(__context__) X(__suppress_context__) X(__notes__) X(__bytes__)             \
  X(__sizeof__) X(__dir__) X(__reduce__) X(__weakref__) X(__path__)          \
  X(__package__) X(__loader__) X(__wrapped__) X(__self__) X(__defaults__)       \
  X(__kwdefaults__) X(__code__) X(__globals__) X(__closure__) X(__set_name) X(write) X(flush)\
  X(__fspath__) X(__abstractmethods__) X(__orig_bases__) X(__match_args__) X(__copy__)

struct Names {
#define PY_DECL_NAME(n) Str* n = nullptr;
  PY_NAMES(PY_DECL_NAME)
#undef PY_DECL_NAME
  Str* binop[26] = {};   // __add__ ... and __iadd__ ...
  Str* rbinop[13] = {};  // __radd__ ...
  Str* cmp[6] = {};      // __lt__ __le__ __eq__ __ne__ __gt__ __ge__
};

struct Interpreter {
  Interpreter();
  ~Interpreter();
  Interpreter(const Interpreter&) = delete;
  Interpreter& operator=(const Interpreter&) = delete;

  // Types.
  Type *type_type = nullptr, *object_type = nullptr, *int_type = nullptr, *bool_type = nullptr, *float_type = nullptr, *complex_type = nullptr;
  Type *str_type = nullptr, *bytes_type = nullptr, *bytearray_type = nullptr, *tuple_type = nullptr, *list_type = nullptr, *dict_type = nullptr;
  Type *set_type = nullptr, *frozenset_type = nullptr, *range_type = nullptr, *slice_type = nullptr, *none_type = nullptr, *notimpl_type = nullptr;
  Type *ellipsis_type = nullptr, *function_type = nullptr, *method_type = nullptr, *native_type = nullptr, *method_descr_type = nullptr, *cell_type = nullptr, *code_type = nullptr;
  Type *module_type = nullptr, *property_type = nullptr, *staticmethod_type = nullptr, *classmethod_type = nullptr, *super_type = nullptr;
  Type *generator_type = nullptr, *coroutine_type = nullptr, *async_gen_type = nullptr, *frame_type = nullptr, *traceback_type = nullptr;
  Type *list_iter_type = nullptr, *tuple_iter_type = nullptr, *range_iter_type = nullptr, *str_iter_type = nullptr, *dict_iter_type = nullptr;
  Type *seq_iter_type = nullptr, *callable_iter_type = nullptr, *dict_view_type = nullptr, *enumerate_type = nullptr, *zip_type = nullptr;
  Type *map_type = nullptr, *filter_type = nullptr, *reversed_type = nullptr, *coro_wrapper_type = nullptr, *async_gen_asend_type = nullptr;
  Type *async_gen_athrow_type = nullptr, *async_gen_wrapped_type = nullptr, *bytes_iter_type = nullptr, *set_iter_type = nullptr;
  Type *mappingproxy_type = nullptr, *getset_type = nullptr, *stdio_type = nullptr, *slot_wrapper_type = nullptr;
  Type *member_descr_type = nullptr;  // __slots__ (slots.cpp), made with the first slotted class

  // Exceptions (see exceptions.cpp for the full hierarchy).
  Type *BaseException = nullptr, *Exception = nullptr, *TypeError = nullptr, *ValueError = nullptr, *AttributeError = nullptr, *NameError = nullptr;
  Type *UnboundLocalError = nullptr, *KeyError = nullptr, *IndexError = nullptr, *LookupError = nullptr, *ZeroDivisionError = nullptr;
  Type *ArithmeticError = nullptr, *OverflowError = nullptr, *RuntimeError = nullptr, *RecursionError = nullptr, *NotImplementedError = nullptr;
  Type *StopIteration = nullptr, *StopAsyncIteration = nullptr, *GeneratorExit = nullptr, *SystemExit = nullptr, *KeyboardInterrupt = nullptr;
  Type *MemoryError = nullptr, *AssertionError = nullptr, *ImportError = nullptr, *ModuleNotFoundError = nullptr, *OSError = nullptr;
  Type *UnicodeError = nullptr, *UnicodeDecodeError = nullptr, *UnicodeEncodeError = nullptr, *SyntaxError = nullptr, *IndentationError = nullptr;
  Type *TabError = nullptr, *EOFError = nullptr, *FloatingPointError = nullptr, *BufferError = nullptr, *ReferenceError = nullptr, *SystemError = nullptr;
  Type *TimeoutError = nullptr, *FileNotFoundError = nullptr, *PermissionError = nullptr, *ConnectionError = nullptr;
  Type *BaseExceptionGroup = nullptr, *ExceptionGroup = nullptr, *Warning = nullptr, *UserWarning = nullptr, *DeprecationWarning = nullptr;
  Type *RuntimeWarning = nullptr, *FileExistsError = nullptr, *IsADirectoryError = nullptr, *InterruptedError = nullptr;
  Type *BrokenPipeError = nullptr, *ConnectionResetError = nullptr, *ConnectionRefusedError = nullptr, *ChildProcessError = nullptr;
  Type *NotADirectoryError = nullptr, *ProcessLookupError = nullptr, *BlockingIOError = nullptr, *ConnectionAbortedError = nullptr;
  Type *UnicodeTranslateError = nullptr, *PendingDeprecationWarning = nullptr, *SyntaxWarning = nullptr, *FutureWarning = nullptr;
  Type *ImportWarning = nullptr, *UnicodeWarning = nullptr, *BytesWarning = nullptr, *ResourceWarning = nullptr, *EncodingWarning = nullptr;
  std::vector<Type*> all_types;  // every built-in type, for teardown

  Names names;
  std::unordered_map<std::string_view, Str*> interned;
  Value empty_tuple, empty_str;
  Value one_char[128] = {};  // interned 1-char ASCII strings

  // Native modules whose C++ state holds Python objects release it here, at teardown once
  // the module namespaces are cleared (CPython's m_clear).
  std::vector<void (*)(Interpreter&)> at_teardown;

  Dict* builtins = nullptr;
  Dict* modules = nullptr;  // sys.modules
  Value sys_module;
  // Native module registry (module.hpp): name → initializer.
  std::unordered_map<std::string, Ref (*)(Interpreter&)> native_modules;
  std::unordered_map<std::string, std::string_view> source_modules;  // embedded lib/*.py

  // Exception state.
  Value current_exc;     // the pending exception (an instance) or null
  Value handled_exc;     // what sys.exc_info() sees: the exception being handled
  bool in_traceback_print = false;

  // Execution state.
  Frame* frame = nullptr;  // innermost executing frame
  Frame* cold_call = nullptr;  // a callee frame a cold opcode (CALL_EX) left for the loop to enter
  int depth = 0;           // Python-level call depth (frames + native re-entries)
  int recursion_limit = 1000;
  int native_depth = 0;    // VM re-entries through C++ (bounded separately)
#ifdef __EMSCRIPTEN__
  // `depth` when the two innermost re-entries began (eval_frame, for enter_recursive).
  int entry_depth = 0, outer_entry_depth = 0;
#endif
  char* stack_base = nullptr;  // approximate native stack top, for the stack guard
  size_t stack_budget = 0;

  // Freed frames by slot count, reused by the next call of the same size (vm.cpp).
  static constexpr size_t kFramePoolSizes = 64;
  void* frame_pool[kFramePoolSizes] = {};

  // Memory.
  SmallObjects small;  // blocks of small objects (alloc.hpp)
  size_t heap_bytes = 0, heap_cap = size_t(1) << 30;
  bool raising_memory = false;
  GcHead gc_list;
  size_t gc_count = 0, gc_threshold = 5000;
  bool gc_running = false;
  bool gc_enabled = true;    // gc.disable() stops the automatic collections only
  bool gc_pending = false;
  uint64_t type_epoch = 1;   // bumped when any type's attributes change (attribute caches)
  // type_lookup's memo: (type, interned name) → what the MRO walk found (CPython's method
  // cache). An entry is valid while type_epoch is unchanged.
  struct TypeCacheEntry {
    uint64_t epoch = 0;
    Type* type = nullptr;
    Str* name = nullptr;
    Value value;
  };
  static constexpr size_t kTypeCacheSize = 1024;
  std::vector<TypeCacheEntry> type_cache = std::vector<TypeCacheEntry>(kTypeCacheSize);
  uint64_t dict_version = 1; // source of Dict::version values (global-lookup caches)
  int dealloc_depth = 0;
  std::vector<Object*> dealloc_deferred;

  // I/O (sys.stdout/stderr write targets unless replaced).
  std::function<void(std::string_view)> out, err;
  std::function<bool(std::string&)> read_line;  // input(): false at EOF
  std::vector<Value> repr_stack;  // containers being repr'd (recursion guard)
  std::string out_buf;  // line buffer for stdout
  void write_out(std::string_view s);
  void write_err(std::string_view s);
  void flush_out();

  std::string source_of_main;  // for traceback source lines of "<string>" / "-c"
  std::unordered_map<std::string, std::vector<std::string>> source_lines;  // filename → lines
  std::vector<std::string> argv;
  uint64_t random_seed = 0;
  bool seed_given = false;

  Str* intern(std::string_view s);
};

// The running interpreter (not a Python object). Inline: nearly every operation asks for it.
extern Interpreter* g_current;
inline Interpreter& interp() { return *g_current; }
inline Value none_if_null(Value v) { return v ? v : kNone; }

// Runs a program the way `python3 FILE` does; returns the process exit status.
// Output goes to interp().out / err; the traceback of an uncaught exception to err.
int run_program(Interpreter& I, std::string_view source, const std::string& filename);

}  // namespace py
