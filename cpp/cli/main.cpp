// aioplay — the native command-line runner (contract 1 in DESIGN.md).
//
// `aioplay FILE.py`, `aioplay -c CODE`, `aioplay -` run a Python program like python3;
// `aioplay --demo hello` runs the C++ hello demo on the loop. --virtual-time picks the
// loop's clock, --trace OUT.json records the tasks' timeline, --shuffle-ready N perturbs
// same-tick ready order, --seed N seeds `random`.
#include <pthread.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>

#include "aio/loop.hpp"
#include "examples/hello.hpp"
#include "py/interpreter.hpp"
#include "py/modules/_asyncio.hpp"

namespace {

int usage(FILE* out) {
  std::fprintf(out,
               "usage: aioplay [options] FILE.py | -c CODE | -\n"
               "       aioplay --demo hello\n"
               "options: --virtual-time  --trace OUT.json  --seed N  --shuffle-ready N\n");
  return out == stderr ? 2 : 0;
}

int run(int argc, char** argv) {
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
  uint64_t seed = 0;
  bool seed_given = false;
  py::AsyncioOptions loop_options;
  int i = 1;
  for (; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--virtual-time") {
      loop_options.clock = aio::ClockKind::virtual_time;
      continue;
    }
    if (a == "--seed" || a == "--trace" || a == "--shuffle-ready") {
      if (i + 1 >= argc) return usage(stderr);
      if (a == "--seed") {
        seed = std::strtoull(argv[i + 1], nullptr, 10);
        seed_given = true;
      } else if (a == "--trace") {
        loop_options.trace_path = argv[i + 1];
      } else {
        loop_options.shuffle_seed = std::strtoull(argv[i + 1], nullptr, 10);
      }
      ++i;
      continue;
    }
    break;
  }
  if (i >= argc) return usage(stderr);
  std::string source, filename;
  std::vector<std::string> args;
  std::string_view a = argv[i];
  if (a == "-c") {
    if (i + 1 >= argc) {
      std::fprintf(stderr, "Argument expected for the -c option\n");
      return 2;
    }
    source = argv[i + 1];
    filename = "<string>";
    args.push_back("-c");
    for (int k = i + 2; k < argc; ++k) args.push_back(argv[k]);
  } else if (a == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    source = ss.str();
    filename = "<stdin>";
    args.push_back("-");
    for (int k = i + 1; k < argc; ++k) args.push_back(argv[k]);
  } else {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "%s: can't open file '%s': [Errno 2] No such file or directory\n", argv[0], argv[i]);
      return 2;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    source = ss.str();
    filename = argv[i];
    for (int k = i; k < argc; ++k) args.push_back(argv[k]);
  }
  py::Interpreter I;
  I.argv = args;
  I.random_seed = seed;
  I.seed_given = seed_given;
  py::AsyncioRuntime runtime(I, loop_options);  // torn down before I
  return py::run_program(I, source, filename);
}

// Programs run on a thread whose stack is known and ample rather than on the main thread,
// whose stack is whatever RLIMIT_STACK says (8 MB by default). The interpreter budgets its
// native stack from the size of the stack it runs on (interpreter.cpp), and native C++
// recursion (nested `yield from`s, repr, comparisons) must reach the depths CPython reaches
// on its 8 MB (~16000 nested reprs; 64 MB give aioplay ~50000). Under ASan (-O1) each level
// takes ~20x the stack (24 KB vs 1.2 KB measured), hence 16x; untouched pages cost nothing.
#if defined(__SANITIZE_ADDRESS__)
constexpr size_t kProgramStack = size_t(1) << 30;
#else
constexpr size_t kProgramStack = size_t(64) << 20;
#endif

struct Invocation {
  int argc;
  char** argv;
  int status;
};

void* run_thread(void* arg) {
  auto* inv = static_cast<Invocation*>(arg);
  inv->status = run(inv->argc, inv->argv);
  return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
  Invocation inv{argc, argv, 0};
  pthread_attr_t attr;
  pthread_t thread;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, kProgramStack);
  int err = pthread_create(&thread, &attr, run_thread, &inv);
  pthread_attr_destroy(&attr);
  if (err != 0) {
    std::fprintf(stderr, "aioplay: cannot start a thread with a %zu MB stack: %s\n", kProgramStack >> 20,
                 std::strerror(err));
    return 2;
  }
  pthread_join(thread, nullptr);
  return inv.status;
}
