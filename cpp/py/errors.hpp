// errors.hpp — raising and inspecting the pending exception (CPython's PyErr_*).
//
// The pending exception is interp().current_exc. Raising sets it and returns null/-1 so a
// caller can write `return raise(I.TypeError, "...")`. Newly raised exceptions get
// __context__ from the exception being handled, as CPython's _PyErr_SetObject does.
#pragma once
#include <string>
#include <vector>

#include "py/interpreter.hpp"
#include "py/num/error.hpp"

namespace py {

// Sets the pending exception (steals `exc`, an instance of BaseException).
void set_error(Ref exc);
// Creates type(msg) (or type() when msg is null-terminated empty and `no_args`), sets it.
std::nullptr_t raise(Type* t, std::string_view msg);
std::nullptr_t raise_args(Type* t, const Value* args, size_t n);
std::nullptr_t raisef(Type* t, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
std::nullptr_t raise_num(const num::Error& e);
std::nullptr_t raise_no_memory();
// Raises `v` as the `raise` statement would: a class is instantiated, an instance is used.
std::nullptr_t raise_value(Value v);
inline bool err_occurred() { return !interp().current_exc.is_null(); }
bool err_matches(Type* t);          // pending exception is an instance of t
Ref fetch_error();                  // takes the pending exception (null if none)
void clear_error();
Ref make_exception(Type* t, const Value* args, size_t n);
Ref make_exception(Type* t, std::string_view msg);

// Helpers for the common messages.
std::nullptr_t type_error_unsupported(const char* op, Value a, Value b);
std::nullptr_t attribute_error(Value obj, Str* name);  // sets .name and .obj
// NameError "name 'x' is not defined" (with .name) raised in a frame with these names.
std::nullptr_t name_error(Str* name, const std::vector<Str*>& locals, Dict* globals, Dict* builtins);
// CPython's "Did you mean" pick: the closest candidate by its weighted Levenshtein
// distance, or "" when none is close enough (traceback.cpp).
std::string suggest_name(std::string_view name, const std::vector<std::string_view>& candidates);

// Exception object accessors.
inline BaseExc* as_exc(Value v) { return static_cast<BaseExc*>(v.ptr()); }
bool is_exception_instance(Value v);
bool is_exception_class(Value v);
void exception_set_traceback(Value exc, Value tb);
void exception_add_frame(Value exc, struct Code* code, int line, int lasti = -1);

// The traceback text CPython prints for an uncaught exception (traceback.cpp).
std::string format_exception(Value exc);
void print_exception(Value exc);  // to interp().write_err
// CPython's unraisable hook: "Exception ignored in: <repr of obj>" and the traceback of
// the pending exception (which it clears) to interp().write_err.
void write_unraisable(Value obj);

// Recursion guard for C++ re-entry points (repr, call from native, compare).
bool enter_recursive(const char* where);
inline void leave_recursive() { --interp().depth; }
struct RecursionGuard {
  bool ok;
  explicit RecursionGuard(const char* where) : ok(enter_recursive(where)) {}
  ~RecursionGuard() { if (ok) leave_recursive(); }
};

}  // namespace py
