// modules/_green_thread.hpp — threads without OS threads: what the VM and time.sleep share.
//
// aioplay runs where there are no threads (a browser worker), so concurrent.futures'
// ThreadPoolExecutor (and through it run_in_executor / to_thread) runs each call as a
// green thread: a chain of the VM's heap frames that the scheduler in
// lib/concurrent/futures.py steps from loop callbacks or from the main thread's blocking
// waits. A time.sleep that the thread's own Python code calls directly suspends it: sleep
// leaves the marker below as the pending "exception", the VM's error path pushes sleep's
// result (None) and returns from eval_frame keeping the frames, and the scheduler resumes
// the innermost frame when the sleep is over. A sleep reached through C++ (a callback of a
// native function, a generator frame) needs the C stack between: each step runs on a stack
// of the thread's own (green_stack.hpp), and such a sleep pauses there, switching back to
// the scheduler; the next step switches back in. Where there are no such stacks (wasm), it
// adds to the step's duration instead, so the thread's results still arrive when they would.
#pragma once
#include "py/object.hpp"

namespace py {

// The pending-exception value that means "suspend the running green thread" (vm.cpp).
extern Object* green_switch;

// time.sleep(secs) with `args` as the callee received them: 1 = suspends the running green
// thread (green_switch is pending; or an abandoned thread's GeneratorExit), 0 = the sleep is
// over (the thread paused on its stack) or counts to the thread's step, -1 = no green thread
// is running (an ordinary sleep).
int green_sleep(const Value* args, NativeFn sleep_fn, double secs);
// The main thread's sleep while green threads are scheduled (lib/concurrent/futures.py
// sets it): time.sleep(secs) calls it instead of sleeping; null when none is set.
Value green_sleep_hook();
// Seconds the running green thread has slept without pausing in its current step (0 outside).
double green_clock_offset();
// At interpreter exit (run_program, after the main module's end or its traceback): runs the
// hook lib/concurrent/futures.py sets, which finishes the green threads still scheduled as
// CPython joins the executors' threads at exit. An exception it raises is printed.
void green_threads_at_exit(Interpreter& I);

}  // namespace py
