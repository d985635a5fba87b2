// builtin_types.hpp — constructors and fast operations of the built-in types, one section
// per implementation file (int.cpp, float.cpp, str.cpp, ...). Type objects themselves are
// created by each file's init_* function, called from Interpreter's constructor.
#pragma once
#include <string>
#include <string_view>

#include "py/interpreter.hpp"

namespace py {

// Defines a method table entry for a built-in type's dict.
struct MethodDef {
  const char* name;
  NativeFn fn;
  enum Kind { kMethod, kClassMethod, kStaticMethod } kind = kMethod;
};
Type* new_builtin_type(Interpreter& I, const char* name, Type* base, size_t basicsize,
                       uint32_t tflags = kTypeBaseType);
void finish_type(Interpreter& I, Type* t);  // dict, bases, mro (bootstrap)
void add_methods(Interpreter& I, Type* t, const MethodDef* defs);
void add_getset(Interpreter& I, Type* t, const char* name, Ref (*get)(Value),
                int (*set)(Value, Value) = nullptr);
Ref new_native(const char* name, NativeFn fn, Value self, Type* owner = nullptr);

// Argument checking for native functions.
bool check_nargs(const char* fname, size_t nargs, size_t min, size_t max);
bool no_kwargs(const char* fname, Tuple* kwnames);
// Collects positional + keyword arguments into `out` by name (null where not given).
bool parse_args(const char* fname, const Value* args, size_t nargs, Tuple* kwnames,
                std::initializer_list<const char*> names, size_t required, Value* out,
                size_t npositional_only = 0);

// int.cpp
Ref new_int(int64_t v);
Ref new_int(const num::BigInt& v);
bool is_int(Value v);
bool to_bigint(Value v, num::BigInt& out);  // v must be an int (or bool)
bool int_to_int64(Value v, int64_t* out);  // false if too big (no exception)
Ref int_from_string(std::string_view s, int base, Value repr_src);
void init_int(Interpreter& I);
Ref int_binop(Value a, Value b, int op);

// float.cpp
Ref new_float(double v);
inline double float_value(Value v) { return static_cast<FloatObj*>(v.ptr())->v; }
bool to_double(Value v, double* out);  // int/float/__float__; TypeError otherwise
void init_float(Interpreter& I);

// complex.cpp
struct ComplexObj : Object { double re, im; };
Ref new_complex(double re, double im);
void init_complex(Interpreter& I);

// str.cpp
Ref new_str(std::string_view utf8);
Ref new_str_ascii(std::string_view s);
Ref str_concat(Value a, Value b);
Value str_append_inplace(Value a, Value b);  // a must be an exact, uniquely owned, non-interned str
Ref str_join(Value sep, Value iterable);
bool str_equal(Str* a, Str* b);
int64_t str_hash(Str* s);
Ref str_from_codepoint(uint32_t cp);
Ref str_repr(Value s);
Ref ascii_repr(Value v);
Ref str_format_method(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref str_mod(Value fmt, Value args);  // printf-style %
size_t utf8_decode(const char* p, uint32_t* cp);  // returns the sequence length
void utf8_append(std::string& out, uint32_t cp);
void init_str(Interpreter& I);
inline std::string_view sv(Value s) { return static_cast<Str*>(s.ptr())->view(); }

Ref bytes_mod(std::string_view fmt, Value args);  // printf-style % of bytes (a new bytes)

// bytes.cpp (bytes, bytearray, the utf-8/ascii/latin-1 codecs)
struct ByteArray : Object { std::string data; };
Ref new_bytes(std::string_view data);
Ref new_bytearray(std::string_view data);
bool bytes_like(Value v, std::string_view* out);  // bytes or bytearray: its contents
inline std::string_view bytes_like_view(Value v) { std::string_view s; bytes_like(v, &s); return s; }
// bytes(x) for a bytes-like object or one with __bytes__; otherwise TypeError(fmt % type name).
Ref bytes_from_object(Value v, const char* fmt);
Ref codec_encode(std::string_view utf8, Value encoding, Value errors);  // null args: defaults
Ref codec_decode(std::string_view data, Value encoding, Value errors);
void init_bytes(Interpreter& I);

// tuple.cpp
Ref new_tuple(size_t n);  // items null: fill them
Ref tuple_pack(std::initializer_list<Value> items);  // borrows items
Ref tuple_from_array(const Value* items, size_t n);
void init_tuple(Interpreter& I);

// list.cpp
Ref new_list(size_t reserve = 0);
void list_append(Value list, Value item);  // borrows item
Ref list_sort(Value list, Value key, bool reverse);
void init_list(Interpreter& I);

// dict.cpp
Ref new_dict();
int dict_lookup(Dict* d, Value key, int64_t hash, Value* out);  // borrowed out
Value dict_get_str(Dict* d, Str* key);  // borrowed or null; no exception (str keys only)
Value dict_get_str_at(Dict* d, Str* key, size_t* at);  // the same, and the entry's index if found
Value dict_get_cstr(Dict* d, std::string_view key);
int dict_get(Dict* d, Value key, Value* out);  // borrowed; -1 error, 0 missing, 1 found
int dict_set(Dict* d, Value key, Value v);     // borrows both
int dict_set_hashed(Dict* d, Value key, int64_t hash, Value v);
int dict_set_str(Dict* d, std::string_view key, Value v);
int dict_del(Dict* d, Value key);              // KeyError if missing
int dict_pop(Dict* d, Value key, Value* out);  // owned out; 0 if missing (no exception)
bool dict_next(Dict* d, size_t* pos, Value* key, Value* value);  // borrowed
int dict_merge(Dict* d, Value other, bool override_existing);
Ref dict_copy(Dict* d);
void dict_clear(Dict* d);
void init_dict(Interpreter& I);

// set.cpp
Ref new_set(bool frozen);
int set_add(Value set, Value item);
int set_contains(Value set, Value item);
void init_set(Interpreter& I);

// range.cpp (range, slice, enumerate/zip/map/filter/reversed, iterators)
struct RangeIter : Object { int64_t next, step, remaining; };
struct SeqIter : Object { Value seq; size_t index; };  // list/tuple/str/sequence iterators
void seqiter_finalize(Object* o);
void seqiter_traverse(Object* o, VisitFn visit, void* arg);
Ref self_iter(Value v);  // __iter__ of iterators
Ref str_mul(Value s, int64_t n);
Ref new_slice(Value start, Value stop, Value step);
int slice_indices(Value slice, int64_t len, int64_t* start, int64_t* stop, int64_t* step,
                  int64_t* slicelen);
Ref new_range(int64_t start, int64_t stop, int64_t step);
Ref new_seq_iter(Value seq);
void init_range(Interpreter& I);
void init_iterators(Interpreter& I);

// function.cpp (functions, methods, cells, descriptors)
struct Code;
struct Function : Object {
  Code* code;
  Value globals;    // dict
  Value builtins;   // dict
  Value defaults;   // tuple or null
  Value kwdefaults; // dict or null
  Value closure;    // tuple of cells or null
  Value name, qualname, doc, module, annotations;
  Dict* dict;
};
Ref new_function(Code* code, Value globals, Value qualname);
Ref new_method(Value func, Value self);
Ref new_cell(Value v);
void init_function(Interpreter& I);
void add_descriptor_methods(Interpreter& I, Type* t);  // __get__ (and __set__/__delete__) from its slots

// type.cpp (type, object, instances, super)
Ref type_new_class(Type* meta, Value name, Value bases, Value dict, Tuple* kwnames,
                   const Value* kwvalues);
Ref heap_binop(Value a, Value b, int op);
Ref type_call(Value type, const Value* args, size_t nargs, Tuple* kwnames);
// When calling class `t` means object.__new__(t) then a plain Python __init__ (the VM then
// runs that __init__ in its own loop): the new instance, and the __init__ in *init
// (borrowed). Otherwise null, with no exception: the call goes through type_call.
Ref type_new_for_init(Type* t, Function** init);
void type_modified(Type* t);
Ref object_repr_default(Value v);
void init_type(Interpreter& I);
void init_object_base(Interpreter& I);  // dicts and MRO of type/object (bootstrap)
void init_object_methods(Interpreter& I);
void init_mappingproxy(Interpreter& I);
void add_slot_wrappers(Interpreter& I);  // after every built-in type exists
Ref build_class(Value func, Value name, const Value* bases, size_t nbases, Tuple* kwnames,
                const Value* kwvalues);

// generic_alias.cpp
void init_generic_alias(Interpreter& I);  // __class_getitem__ of the built-in containers
Ref type_union(Value a, Value b);         // `a | b` of types: a types.UnionType, or NotImplemented

// slots.cpp
int apply_slots(Type* t);  // a new class's __slots__: member descriptors, dict-less instances

// exceptions.cpp
void init_exceptions(Interpreter& I);
Ref exception_str(Value exc);

// generator.cpp
void init_generators(Interpreter& I);

// module.cpp
Ref new_module(std::string_view name);
void init_module(Interpreter& I);
Ref import_module(Value name, Value globals, Value fromlist, int level);

// gc.cpp
size_t gc_collect();
bool vm_periodic();  // runs a pending collection, enforces the heap cap (MemoryError)

// interpreter.cpp
void init_immediate_types(Interpreter& I);
void init_traceback_type(Interpreter& I);
Ref new_callable_iter(Value f, Value sentinel);  // range.cpp

// builtins.cpp
void init_builtins(Interpreter& I);
Ref compile_source(std::string_view source, std::string_view filename, bool eval_mode);
Ref builtin_print(Value self, const Value* args, size_t nargs, Tuple* kwnames);
struct Frame;
Ref frame_locals(Frame* f);  // locals(): the frame's namespace, or a dict of a function's variables

}  // namespace py
