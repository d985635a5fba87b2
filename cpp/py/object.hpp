// object.hpp — heap objects, types and the abstract object protocol.
//
// Every heap object starts with py::Object (refcount, flags, type). Container objects
// (those that can be part of a reference cycle) carry a GcHead *before* the Object, as in
// CPython, and are linked into the collector's list (gc.cpp). Built-in types are ordinary
// heap objects owned by the Interpreter: nothing Python lives in a C++ static except the
// immediates of value.hpp.
//
// Conventions: functions returning Ref return null with an exception pending; functions
// returning int return -1 with an exception pending (0/1 otherwise). Arguments are borrowed.
#pragma once
#include <cstring>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "py/num/bigint.hpp"
#include "py/value.hpp"

namespace py {

struct Type;
struct Str;
struct Tuple;
struct Dict;
struct List;
struct Interpreter;

using VisitFn = void (*)(Value, void* arg);

// Flags in Object::flags.
enum : uint32_t {
  kObjGcTracked = 1u << 0,
  kObjImmortal = 1u << 1,  // built-in types and interned strings during teardown
  kObjInterned = 1u << 2,
  kObjFinalized = 1u << 3,  // __del__-like finalizer already ran (generators)
  kObjTypeDict = 1u << 4,   // a type's __dict__ that type_lookup has read: changing it bumps
                            // Interpreter::type_epoch (the attribute caches' validity)
};
// The top byte of Object::flags is the SmallObjects size class of the object's memory (0:
// malloc). An Object subtype with C++ members is built over alloc_object's memory with
// emplace_object, which keeps them (the constructor zeroes them).
inline constexpr unsigned kObjSizeClassShift = 24;

// Type::tflags.
enum : uint32_t {
  kTypeHeap = 1u << 0,      // created by a class statement
  kTypeGc = 1u << 1,        // instances carry a GcHead
  kTypeBaseType = 1u << 2,  // may be subclassed
  kTypeException = 1u << 3,
  kTypeIntSub = 1u << 4, kTypeStrSub = 1u << 5, kTypeTupleSub = 1u << 6,
  kTypeListSub = 1u << 7, kTypeDictSub = 1u << 8, kTypeTypeSub = 1u << 9,
  kTypeNoDict = 1u << 10,   // __slots__ without __dict__: instances expose no __dict__
  kTypeHasDel = 1u << 11,   // a class in the MRO defines __del__ (fixup_slots)
};

// Comparison operators (COMPARE_OP's argument, in CPython's order).
enum CmpOp { kLt, kLe, kEq, kNe, kGt, kGe };

// Binary operators (BINARY_OP's argument, in CPython 3.11's order; +13 = in-place).
enum BinOp {
  kAdd, kAnd, kFloorDiv, kLshift, kMatMul, kMul, kMod, kOr, kPow, kRshift, kSub, kTrueDiv, kXor,
  kInplace = 13,
};

struct Type : Object {
  std::string name;        // __name__
  std::string qualname;
  Type* base = nullptr;    // __base__
  Value bases;             // tuple
  Value mro;               // tuple of types
  Dict* dict = nullptr;    // __dict__
  Value module;            // str or null (built-ins report "builtins")
  uint32_t tflags = 0;
  size_t basicsize = sizeof(Object);
  size_t dict_offset = 0;  // where an instance's __dict__ pointer sits, 0 for none
  // For variable-size layouts (str, tuple): the instance's payload size; a subclass
  // instance's __dict__ pointer then follows the payload (dict_offset == kVarDict).
  size_t (*var_size)(Object*) = nullptr;

  // Slots. Null means "not supported" unless noted.
  void (*finalize)(Object*) = nullptr;  // releases contents; memory freed by the caller
  void (*traverse)(Object*, VisitFn, void*) = nullptr;
  void (*clear)(Object*) = nullptr;     // drops references to break cycles
  Ref (*repr)(Value) = nullptr;
  Ref (*str)(Value) = nullptr;          // null: use repr
  int (*hash)(Value, int64_t* out) = nullptr;  // null: unhashable
  Ref (*richcmp)(Value, Value, int op) = nullptr;  // may return NotImplemented
  Ref (*getattr)(Value, Str*) = nullptr;
  int (*setattr)(Value, Str*, Value) = nullptr;     // null value = delete
  Ref (*call)(Value, const Value* args, size_t nargs, Tuple* kwnames) = nullptr;
  Ref (*iter)(Value) = nullptr;
  Ref (*iternext)(Value) = nullptr;  // null with no exception = exhausted
  // am_send (for `await`/`yield from` on native iterators): 1 = yielded *out, 0 = returned
  // *out (no StopIteration made), -1 = raised. Null: iternext/send() are used.
  int (*am_send)(Value, Value v, Value* out) = nullptr;
  Ref (*descr_get)(Value, Value obj, Value type) = nullptr;
  int (*descr_set)(Value, Value obj, Value v) = nullptr;
  Ref (*tp_new)(Type*, const Value* args, size_t nargs, Tuple* kwnames) = nullptr;
  int (*init)(Value, const Value* args, size_t nargs, Tuple* kwnames) = nullptr;
  int64_t (*len)(Value) = nullptr;  // -1 on error
  Ref (*getitem)(Value, Value) = nullptr;
  int (*setitem)(Value, Value key, Value v) = nullptr;  // null v = delete
  int (*contains)(Value, Value) = nullptr;
  int (*truth)(Value) = nullptr;
  Ref (*binop)(Value a, Value b, int op) = nullptr;  // either operand is of this type
  Ref (*unop)(Value a, int op) = nullptr;           // UnaryOp values below

  bool is_heap() const { return tflags & kTypeHeap; }
  bool has_gc() const { return tflags & kTypeGc; }
};

enum UnaryOp { kNeg, kPos, kInvert, kAbs };
inline constexpr size_t kVarDict = ~size_t(0);

// Cycle-collector header in front of GC-tracked objects. Its size is a multiple of 8 so
// the object after it keeps the 8-byte alignment Value's pointer tagging needs (wasm32).
struct alignas(8) GcHead {
  GcHead* next;
  GcHead* prev;
  intptr_t refs;
};
inline GcHead* gc_head(Object* o) { return reinterpret_cast<GcHead*>(o) - 1; }
inline Object* gc_object(GcHead* h) { return reinterpret_cast<Object*>(h + 1); }

// ---- built-in object layouts -------------------------------------------------------

struct IntObj : Object { num::BigInt v; };
struct FloatObj : Object { double v; };
struct Str : Object {
  int64_t hash = -1;
  size_t nbytes = 0;   // UTF-8 length
  size_t length = 0;   // code points
  bool ascii = true;
  char data[1];        // nbytes + NUL
  std::string_view view() const { return {data, nbytes}; }
};
struct Bytes : Object { int64_t hash = -1; size_t n = 0; unsigned char data[1]; };
struct Tuple : Object {
  int64_t hash = -1;
  size_t n = 0;
  Value items[1];
};
struct List : Object { std::vector<Value> items; };
struct DictEntry { int64_t hash; Value key; Value value; };
struct Dict : Object {
  std::vector<DictEntry> entries;  // insertion order; deleted entries have a null key
  std::vector<int32_t> index;      // open addressing over entries: -1 empty, -2 dummy
  size_t used = 0;
  uint64_t version = 0;            // bumped on every change (inline caches)
};
struct Set : Object { Dict* d; bool frozen; int64_t hash = -1; };  // keys of d, values None
struct Range : Object { Value start, stop, step; int64_t len; };
struct Slice : Object { Value start, stop, step; };
struct Cell : Object { Value v; };
struct Module : Object { Dict* dict; };
struct Property : Object { Value fget, fset, fdel, doc; };
struct StaticMethod : Object { Value f; };
struct ClassMethod : Object { Value f; };
struct Super : Object { Type* type; Value obj; Type* obj_type; };
struct Method : Object { Value func; Value self; };
struct Instance : Object { Dict* dict; };  // plain `class C:` instances

using NativeFn = Ref (*)(Value self, const Value* args, size_t nargs, Tuple* kwnames);
// A built-in function or method. `self` is bound for module functions and bound methods;
// a method descriptor (in a type's dict) has self null and binds on attribute access.
struct NativeFunc : Object {
  const char* name;
  NativeFn fn;
  Value self;
  Type* owner;  // for method descriptors: the type whose instances it accepts
};

struct BaseExc : Object {
  Dict* dict;
  Value args;       // tuple
  Value traceback;  // Traceback or null
  Value cause, context;
  bool suppress_context;
  Value notes;      // for ExceptionGroup sub-exception list (exceptions) or null
  Value extra;      // StopIteration.value, SystemExit.code, KeyError..., OSError errno, NameError suggestion
};

struct Traceback : Object { Value next; struct Code* code; int line; int lasti; /* instruction, -1 if unknown */ };

// ---- the abstract object protocol (object.cpp) -------------------------------------

Type* immediate_type(Value v);  // the type of a non-pointer Value
// Inline for the common case (a heap object), which needs no interpreter lookup.
inline Type* type_of(Value v) { return v.is_ptr() ? v.ptr()->type : immediate_type(v); }
bool is_subtype(Type* a, Type* b);
inline bool isinstance_exact(Value v, Type* t) { return type_of(v) == t; }
bool isinstance(Value v, Type* t);

Object* alloc_object(Type* t, size_t size);  // zeroed, refcount 1; gc_track it if the type has GC
// Constructs a T (an Object subtype with C++ members) over alloc_object's memory. The header
// alloc_object wrote (refcount, type, flags with the size class) is kept: T() zeroes it, and
// saving "o->flags" by hand around it goes wrong for a T with a `flags` member of its own
// (Code's co_flags): the block's size class was lost and free_object_memory passed it to free().
template <class T>
T* emplace_object(Object* mem) {
  Object header = *mem;
  T* o = new (mem) T();
  static_cast<Object&>(*o) = header;
  return o;
}
// Resizes a non-GC object's memory to `size` bytes keeping its contents (it may move).
Object* realloc_object(Object* o, size_t size);
// Gives back an object's memory without finalizing it; gc: its type has GC (a GcHead precedes
// it). Passed in because at teardown o's type may be gone already.
void free_object_memory(Object* o, bool gc);
// Runs o's __del__ once in its life (PEP 442; kObjFinalized marks it), with o kept alive
// by the caller. An exception in it is reported as CPython's "Exception ignored in".
void call_del(Object* o);
void gc_track(Object* o);
void gc_untrack(Object* o);

Ref repr(Value v);
Ref str(Value v);
std::string repr_utf8(Value v);  // for messages; "<error>" if repr failed (error cleared)
int64_t hash(Value v);           // -1 with an exception pending on error
Ref rich_compare(Value a, Value b, int op);
int rich_compare_bool(Value a, Value b, int op);
int equal(Value a, Value b);     // identity, then ==
int truth(Value v);
Ref getattr(Value obj, Str* name);
Ref getattr(Value obj, std::string_view name);
Ref getattr_opt(Value obj, Str* name);  // null without exception when missing
int setattr(Value obj, Str* name, Value v);
int delattr(Value obj, Str* name);
Ref generic_getattr(Value obj, Str* name);
Ref generic_getattr_opt(Value obj, Str* name, bool* found);
int generic_setattr(Value obj, Str* name, Value v);
Value type_lookup(Type* t, Str* name);  // borrowed, null if missing; no exception
Ref call(Value f, const Value* args, size_t nargs, Tuple* kwnames = nullptr);
Ref call0(Value f);
Ref call1(Value f, Value a);
Ref call2(Value f, Value a, Value b);
Ref call_method(Value obj, Str* name, const Value* args, size_t nargs);
Ref call_method(Value obj, std::string_view name, const Value* args, size_t nargs);
Ref get_iter(Value v);
Ref iter_next(Value it);  // null + no exception = exhausted
int64_t length(Value v);
Ref getitem(Value o, Value k);
int setitem(Value o, Value k, Value v);
int delitem(Value o, Value k);
int contains(Value container, Value item);
Ref binary_op(Value a, Value b, int op);
Ref unary_op(Value a, int op);
Ref format(Value v, Value spec);
Ref descr_get(Value attr, Value obj, Value type);
Dict** instance_dict_ptr(Value obj);
const char* type_name(Value v);
bool callable(Value v);
Ref iterable_to_list(Value v);   // a new List
Ref sequence_tuple(Value v);      // a Tuple (the same one if already exact)
int index_of(Value v, int64_t* out);  // __index__ → int64 (OverflowError if too big)

// Fast views.
inline Str* as_str(Value v) { return static_cast<Str*>(v.ptr()); }
inline Tuple* as_tuple(Value v) { return static_cast<Tuple*>(v.ptr()); }
inline List* as_list(Value v) { return static_cast<List*>(v.ptr()); }
inline Dict* as_dict(Value v) { return static_cast<Dict*>(v.ptr()); }

}  // namespace py
