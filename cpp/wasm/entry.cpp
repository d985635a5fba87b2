// entry.cpp — what JavaScript calls. The worker calls these through
// `ccall(name, 'number', [...], [...], {async: true})`, because they may sleep
// through Asyncify; stdout/stderr reach JavaScript through Module.print/printErr.
#include <cstdio>
#include <cstring>

#include <emscripten.h>

#include "aio/loop.hpp"
#include "examples/hello.hpp"

extern "C" {

// What this build of the engine can do, as bits: 1 = runs Python programs (aioplay_run).
// The page asks before running, so it never presents skeleton output as a program's.
EMSCRIPTEN_KEEPALIVE int aioplay_features() { return 0; }

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

// Runs a Python program. Skeleton stage: the interpreter (issue 4) is not built yet,
// and the caller is told so instead of seeing made-up output.
EMSCRIPTEN_KEEPALIVE int aioplay_run(const char* /*source*/, int /*flags*/) {
  std::fprintf(stderr, "aioplay: cannot run Python programs yet: the interpreter is not built\n");
  return 2;
}

}  // extern "C"
