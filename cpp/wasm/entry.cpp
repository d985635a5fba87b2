// entry.cpp — what JavaScript calls. The worker calls these through
// `ccall(name, 'number', [...], [...], {async: true})`, because they may sleep
// through Asyncify; stdout/stderr reach JavaScript through Module.print/printErr.
#include <cstdio>
#include <cstring>

#include <emscripten.h>

#include "aio/loop.hpp"
#include "examples/hello.hpp"
#include "py/interpreter.hpp"
#include "py/modules/_asyncio.hpp"

extern "C" {

// What this build of the engine can do, as bits: 1 = runs Python programs (aioplay_run).
// The page asks before running, so it never presents skeleton output as a program's.
EMSCRIPTEN_KEEPALIVE int aioplay_features() { return 1; }

// Runs a built-in C++ demo; returns its exit status (2 for an unknown name).
EMSCRIPTEN_KEEPALIVE int aioplay_demo(const char* name) {
  if (std::strcmp(name, "hello") != 0) {
    std::fprintf(stderr, "aioplay: unknown demo '%s' (available: hello)\n", name);
    return 2;
  }
  aio::Loop loop;
  examples::hello(loop);
  loop.run();
  return 0;
}

// Runs a Python program (UTF-8 source) in a fresh interpreter and returns its exit status
// (0, 1 after an uncaught exception, SystemExit's code). Output is written line by line to
// stdout/stderr, which Emscripten hands to Module.print / Module.printErr. `flags` bit 0:
// virtual time (idle waits skipped); otherwise the browser clock, whose idle waits unwind
// to the worker's event loop through Asyncify (setTimeout).
EMSCRIPTEN_KEEPALIVE int aioplay_run(const char* source, int flags) {
  py::Interpreter interp;
  interp.argv = {"main.py"};
  py::AsyncioOptions options;
  options.clock = (flags & 1) ? aio::ClockKind::virtual_time : aio::ClockKind::browser;
  py::AsyncioRuntime runtime(interp, options);  // torn down before interp
  int status = py::run_program(interp, source, "main.py");
  std::fflush(stdout);
  std::fflush(stderr);
  return status;
}

}  // extern "C"
