// aioplay — the native command-line runner (contract 1 in DESIGN.md).
//
// Skeleton stage: `aioplay --demo hello` runs the C++ hello demo on the loop. Running a
// Python program (FILE.py, -c CODE, -) needs the interpreter of issue 4 and says so.
#include <cstdio>
#include <cstring>
#include <string_view>

#include "aio/loop.hpp"
#include "examples/hello.hpp"

namespace {

int usage(FILE* out) {
  std::fprintf(out,
               "usage: aioplay [options] FILE.py | -c CODE | -\n"
               "       aioplay --demo hello\n"
               "options: --virtual-time  --trace OUT.json  --seed N  --shuffle-ready N\n");
  return out == stderr ? 2 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage(stderr);
  std::string_view first = argv[1];
  if (first == "-h" || first == "--help") return usage(stdout);
  if (first == "--demo") {
    if (argc != 3 || std::strcmp(argv[2], "hello") != 0) {
      std::fprintf(stderr, "aioplay: unknown demo (available: hello)\n");
      return 2;
    }
    aio::Loop loop;
    examples::hello(loop);
    loop.run();
    return 0;
  }
  std::fprintf(stderr, "aioplay: cannot run Python programs yet: the interpreter is not built\n");
  return 2;
}
