// code.hpp — code objects: the compiler's output, the VM's input.
//
// An instruction is one 32-bit word: opcode in the low 8 bits, argument in the upper 24.
// `lines[i]` is the source line of instruction i (the line table used by tracebacks).
// When any instruction benefits from an inline cache (LOAD_GLOBAL, LOAD_NAME, STORE_NAME,
// LOAD_ATTR, STORE_ATTR, LOAD_METHOD), `caches` has one slot per instruction.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "py/object.hpp"

namespace py {

#define PY_OPCODES(X)                                                                     \
  X(NOP) X(POP_TOP) X(COPY) X(SWAP) X(LOAD_CONST) X(LOAD_FAST) X(LOAD_FAST_CHECK)          \
  X(STORE_FAST) X(DELETE_FAST) X(LOAD_DEREF) X(STORE_DEREF) X(DELETE_DEREF)                \
  X(LOAD_CLOSURE) X(LOAD_CLASSDEREF) X(LOAD_GLOBAL) X(STORE_GLOBAL) X(DELETE_GLOBAL)       \
  X(LOAD_NAME) X(STORE_NAME) X(DELETE_NAME) X(LOAD_ATTR) X(STORE_ATTR) X(DELETE_ATTR)      \
  X(LOAD_METHOD) X(CALL_METHOD) X(CALL) X(CALL_KW) X(CALL_EX) X(BINARY_OP) X(COMPARE_OP)   \
  X(IS_OP) X(CONTAINS_OP) X(UNARY_NEGATIVE) X(UNARY_POSITIVE) X(UNARY_INVERT) X(UNARY_NOT) \
  X(BINARY_SUBSCR) X(STORE_SUBSCR) X(DELETE_SUBSCR) X(BUILD_SLICE) X(BUILD_TUPLE)          \
  X(BUILD_LIST) X(BUILD_SET) X(BUILD_MAP) X(BUILD_STRING) X(LIST_APPEND) X(SET_ADD)        \
  X(MAP_ADD) X(LIST_EXTEND) X(SET_UPDATE) X(DICT_UPDATE) X(DICT_MERGE) X(LIST_TO_TUPLE)    \
  X(UNPACK_SEQUENCE) X(UNPACK_EX) X(JUMP) X(POP_JUMP_IF_FALSE) X(POP_JUMP_IF_TRUE)         \
  X(JUMP_IF_FALSE_OR_POP) X(JUMP_IF_TRUE_OR_POP) X(POP_JUMP_IF_NONE)                       \
  X(POP_JUMP_IF_NOT_NONE) X(GET_ITER) X(FOR_ITER) X(RETURN_VALUE) X(YIELD_VALUE)           \
  X(GET_YIELD_FROM_ITER) X(SEND) X(GET_AWAITABLE) X(GET_AITER) X(GET_ANEXT)                \
  X(END_ASYNC_FOR) X(SETUP_FINALLY) X(SETUP_CLEANUP) X(POP_BLOCK) X(PUSH_EXC_INFO)         \
  X(POP_EXCEPT) X(RERAISE) X(CHECK_EXC_MATCH) X(RAISE_VARARGS) X(MAKE_FUNCTION)            \
  X(LOAD_BUILD_CLASS) X(FORMAT_VALUE) X(IMPORT_NAME) X(IMPORT_FROM) X(IMPORT_STAR)         \
  X(BEFORE_WITH) X(BEFORE_ASYNC_WITH) X(WITH_EXCEPT_START) X(LOAD_ASSERTION_ERROR)         \
  X(SETUP_ANNOTATIONS) X(PRINT_EXPR) X(LOAD_LOCALS) X(MATCH_CLASS) X(MATCH_MAPPING)        \
  X(MATCH_SEQUENCE) X(MATCH_KEYS) X(GET_LEN) X(COPY_DICT_WITHOUT_KEYS) X(EXIT_INIT_CHECK)  \
  X(CHECK_EG_MATCH) X(PREP_RERAISE_STAR)                                                   \
  X(LOAD_FAST_LOAD_CONST) /* LOAD_FAST whose next instruction, a LOAD_CONST, runs with it */

enum Opcode : uint8_t {
#define PY_OP_ENUM(n) n,
  PY_OPCODES(PY_OP_ENUM)
#undef PY_OP_ENUM
  kNumOpcodes
};
const char* opcode_name(int op);

inline uint32_t make_instr(int op, uint32_t arg) { return uint32_t(op) | (arg << 8); }
inline int instr_op(uint32_t w) { return w & 0xff; }
inline uint32_t instr_arg(uint32_t w) { return w >> 8; }

// Code flags (CPython's values where they exist).
enum : uint32_t {
  kCoOptimized = 0x1, kCoNewLocals = 0x2, kCoVarargs = 0x4, kCoVarkeywords = 0x8,
  kCoNested = 0x10, kCoGenerator = 0x20, kCoNoFree = 0x40, kCoCoroutine = 0x80,
  kCoIterableCoroutine = 0x100, kCoAsyncGenerator = 0x200,
};

// MAKE_FUNCTION argument bits.
enum : uint32_t { kFnDefaults = 1, kFnKwDefaults = 2, kFnAnnotations = 4, kFnClosure = 8 };

// An inline cache entry: for a global, the dict versions it was valid for; for an
// attribute or method, the type it was valid for and the descriptor found there.
// `hint` is the dict entry index where the name was found last time (instance, module and
// builtins dicts): checked by key identity, so it needs no invalidation.
struct InlineCache {
  uint64_t version_a = 0, version_b = 0;
  Type* type = nullptr;
  Value value;  // borrowed: kept alive by the dicts whose versions are recorded
  size_t hint = 0, hint_b = 0;
};

// The rest of an instruction's source range (its line is in `lines`); columns are
// 0-based UTF-8 byte offsets, -1 when unknown.
struct Position { int end_line, col, end_col; };

struct Code : Object {
  std::vector<uint32_t> code;
  std::vector<int> lines;
  std::vector<Position> positions;  // parallel to `code`
  std::vector<InlineCache> caches;
  Value consts;  // tuple
  Value names;   // tuple of interned str
  std::vector<Str*> varnames, cellvars, freevars;  // owned (interned) strs
  std::vector<int> cell2arg;                       // cell i initialised from argument, or -1
  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  int nlocals = 0, stacksize = 0, firstlineno = 1;
  uint32_t flags = 0;
  Value name, qualname, filename;  // str
  Value doc;                       // the docstring or null
  // Derived by the compiler (finish_code) from the fields above, for the call path:
  int nlocals_plus = 0;  // nlocals + ncells + nfree: the frame slots below the value stack
  int frame_size = 0;    // nlocals_plus + stacksize (at least 1): all of a frame's slots
  // A positional call with exactly argcount arguments binds by moving them into the first
  // slots: no keyword-only parameters, *args, **kwargs, cells or free variables, and the
  // call runs the body (not a generator, coroutine or async generator).
  bool plain_call = false;

  int ncells() const { return int(cellvars.size()); }
  int nfree() const { return int(freevars.size()); }
  int nlocalsplus() const { return nlocals_plus; }
  int line_at(size_t pc) const { return pc < lines.size() ? lines[pc] : firstlineno; }
};

Code* new_code();  // empty, filled by the compiler
void finish_code(Code* c);  // sets the derived fields once the compiler has filled the rest
void init_code_type(Interpreter& I);
void disassemble(Code* c);  // to stderr, for debugging

}  // namespace py
