// entry.cpp — what JavaScript calls. The worker calls these through
// `ccall(name, 'number', [...], [...], {async: true})`, because they may sleep
// through Asyncify; stdout/stderr reach JavaScript through Module.print/printErr.
#include <cstdio>
#include <cstring>

#include <emscripten.h>

#include "aio/loop.hpp"
#include "examples/hello.hpp"
#include "py/interpreter.hpp"

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
// stdout/stderr, which Emscripten hands to Module.print / Module.printErr. `flags` is
// reserved for the asyncio issue (bit 0: virtual time).
EMSCRIPTEN_KEEPALIVE int aioplay_run(const char* source, int /*flags*/) {
  py::Interpreter interp;
  interp.argv = {"main.py"};
  return py::run_program(interp, source, "main.py");
}

}  // extern "C"
