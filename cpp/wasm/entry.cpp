// entry.cpp — what JavaScript calls. The worker (and scripts/aioplay-node.mjs) call these
// through `ccall(name, 'number', [...], [...], {async: true})`, because they may sleep
// through Asyncify. A program's output does not go through Emscripten's stdio, whose TTY
// turns every flush of a partial line into a whole line: each write reaches
// `Module.onOutput(stream, bytes)` (stream 1 = stdout, 2 = stderr) exactly as written.
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include <emscripten.h>

#include "aio/loop.hpp"
#include "examples/hello.hpp"
#include "py/interpreter.hpp"
#include "py/modules/_asyncio.hpp"

// A copy of the bytes, so the receiver may keep them after the heap grows or is reused.
EM_JS(void, aioplay_output, (int stream, const char* data, size_t size), {
  Module.onOutput(stream, HEAPU8.slice(data, data + size));
});

namespace {

// The program's stdin, given whole by the caller (the page's `stdin` option, the node
// runner's own stdin); input() takes it line by line and sees EOF after the last.
struct Stdin {
  std::string text;
  size_t pos = 0;
  bool read_line(std::string& line) {
    if (pos >= text.size()) return false;
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string::npos ? text.size() : nl + 1;
    line.assign(text, pos, end - pos);
    pos = end;
    return true;
  }
};

}  // namespace

extern "C" {

// What this build of the engine can do, as bits: 1 = runs Python programs
// (aioplay_run_program), 2 = their input() reads the given stdin text. The page asks before
// running, so it never presents skeleton output as a program's.
EMSCRIPTEN_KEEPALIVE int aioplay_features() { return 1 | 2; }

// Runs a built-in C++ demo; returns its exit status (2 for an unknown name).
EMSCRIPTEN_KEEPALIVE int aioplay_demo(const char* name) {
  if (std::strcmp(name, "hello") != 0) {
    std::fprintf(stderr, "aioplay: unknown demo '%s' (available: hello)\n", name);
    return 2;
  }
  aio::Loop loop;
  examples::hello(loop);
  loop.run();
  std::fflush(stdout);
  return 0;
}

// Runs a Python program (UTF-8 source) in a fresh interpreter as `python3 FILENAME ARGS`
// would and returns its exit status (0, 1 after an uncaught exception, SystemExit's code).
// `argv_lines` is sys.argv, one entry per line; `stdin_text` is all of input()'s input
// (the page's programs are "main.py" with no arguments).
// `flags` bit 0: virtual time (idle waits skipped); otherwise the browser clock, whose idle
// waits unwind to JavaScript's event loop through Asyncify (setTimeout).
EMSCRIPTEN_KEEPALIVE int aioplay_run_program(const char* source, const char* filename,
                                             const char* argv_lines, const char* stdin_text,
                                             int flags) {
  py::Interpreter interp;
  interp.argv.clear();
  for (std::string_view rest = argv_lines; !rest.empty();) {
    size_t nl = rest.find('\n');
    interp.argv.emplace_back(rest.substr(0, nl));
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
  }
  if (interp.argv.empty()) interp.argv.emplace_back(filename);
  interp.out = [](std::string_view s) { aioplay_output(1, s.data(), s.size()); };
  interp.err = [](std::string_view s) { aioplay_output(2, s.data(), s.size()); };
  Stdin in{stdin_text};
  interp.read_line = [&in](std::string& line) { return in.read_line(line); };
  py::AsyncioOptions options;
  options.clock = (flags & 1) ? aio::ClockKind::virtual_time : aio::ClockKind::browser;
  py::AsyncioRuntime runtime(interp, options);  // torn down before interp
  return py::run_program(interp, source, filename);
}

}  // extern "C"
