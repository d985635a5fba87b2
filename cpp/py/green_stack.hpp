// green_stack.hpp — a C stack of its own for code that must be able to pause anywhere.
//
// A green thread (modules/_green_thread.hpp) is a chain of the VM's heap frames, but a
// time.sleep reached through C++ (map(time.sleep, ...), a property getter, a sort key) has
// C++ activations between the thread's frames and the sleep. To pause there and let the
// loop run, as CPython's real thread would block there, each step of a green thread runs on
// a GreenStack: the sleep switches back to the stack that ran the step, leaving the
// thread's C++ frames intact, and the next step switches back in.
//
// The interpreter state that belongs to a C stack (the native stack guard's base and budget,
// the VM re-entry count) is swapped with each switch; what belongs to the green thread
// (frames, depth, exception state) is the caller's to swap.
#pragma once

namespace py {

struct GreenStack;

// A stack from the pool (a new one when the pool is empty), or null where there are none
// (then the caller runs the code on its own stack and cannot pause below C++).
GreenStack* green_stack_acquire();
// Back to the pool; `s` must not be paused inside a run.
void green_stack_release(GreenStack* s);
// Runs fn(arg) on `s` until it returns (-> true) or calls green_stack_pause (-> false).
bool green_stack_run(GreenStack* s, void (*fn)(void*), void* arg);
// Continues the run paused on `s`, as green_stack_run.
bool green_stack_resume(GreenStack* s);
// From code running on `s`: back to whoever ran or resumed it; returns when resumed.
void green_stack_pause(GreenStack* s);
// Whether the code running now is on `s`.
bool green_stack_running(const GreenStack* s);
// Frees the pool (interpreter teardown; no stack may be paused).
void green_stack_free_pool();

}  // namespace py
