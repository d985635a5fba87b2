// frame.hpp — an activation record on the heap.
//
// A Frame is not a Python object: it is owned either by the VM (a running call, freed on
// return) or by a generator/coroutine (suspended between resumptions). Its value slots are
// [fast locals | cells | free vars | value stack]. The block stack records the active
// exception handlers (SETUP_FINALLY / SETUP_CLEANUP) with the stack level to unwind to.
#pragma once
#include "py/code.hpp"
#include "py/builtin_types.hpp"

namespace py {

struct Block {
  int handler;  // instruction index
  int level;    // value-stack depth to restore
};

struct Frame {
  static constexpr int kMaxBlocks = 24;
  Code* code;          // owned
  Function* func;      // owned, null for module/exec code
  Dict* globals;       // owned
  Dict* builtins;      // borrowed from globals' module / interpreter
  Value locals;        // owned mapping for module and class bodies, else null
  Frame* back = nullptr;
  Object* gen = nullptr;  // the generator/coroutine owning this frame (borrowed), if any
  int pc = 0;          // next instruction
  int last_pc = 0;     // instruction that is executing (for tracebacks)
  int nblocks = 0;
  int stack_top = 0;   // saved depth while suspended or calling
  bool entry = false;  // returning from this frame leaves the dispatch loop
  Value init_obj;      // owned: for an __init__ run by the VM for `C(...)`, the instance
                       // that the call returns (once __init__ has returned None)
  // frame_new sets every field above (a new header field must be added there); blocks and
  // the value stack are written before they are read.
  Block blocks[kMaxBlocks];
  Value* stack() { return slots + code->nlocalsplus(); }
  Value slots[1];
};

// Creates a frame for `code` (locals null); the caller fills arguments.
Frame* frame_new(Code* code, Function* func, Dict* globals, Value locals);
void frame_free(Frame* f);  // releases everything it owns
void frame_traverse(Frame* f, VisitFn visit, void* arg);
void frame_clear(Frame* f);  // drops locals and stack (cycle collector)

// Binds call arguments into a new frame for `func` (CPython's argument rules and messages).
Frame* frame_for_call(Function* func, const Value* args, size_t nargs, Tuple* kwnames);

// The VM (vm.cpp). Runs `f` until it returns or yields. `f` must have `entry` set.
// Returns the returned/yielded value, or null with the exception pending; *yielded tells
// which of return/yield happened.
Ref eval_frame(Frame* f, bool* yielded);
#ifdef __EMSCRIPTEN__
// V8 runs wasm on the machine stack it gives JavaScript (984 KB by default, about what a
// browser worker gets), which Interpreter::stack_budget (linear memory) does not see.
// TurboFan's code for the dispatch loop takes 16 KB of it per activation (Liftoff's < 1 KB;
// the rest of a re-entry such as repr → __repr__ ~1 KB; the loop's cold opcodes and slow
// paths are out of line to keep it that small, vm.cpp): enter_recursive and eval_frame cap
// the activations (Interpreter::native_depth) so that they, start-up's ~70 KB and some
// C++ recursion below them (nested containers' repr/==: ~0.6 KB per level) fit.
// enter_recursive may let a recursion run up to kNativeDepthSlack activations further, to
// stop it at the guard the recursion limit would have stopped it at (CPython's message).
inline constexpr int kMaxNativeDepth = 40;
inline constexpr int kNativeDepthSlack = 2;
#endif
// Calls a Python function from C++ (re-enters the VM; bounded by the recursion limit).
Ref call_function(Function* func, const Value* args, size_t nargs, Tuple* kwnames);

}  // namespace py
