// example_main.hpp — the shared main() of the example executables:
//   example_NAME [--virtual-time] [--loop-time]
// runs the demo on a fresh loop (real or browser clock by default); --loop-time ends
// with a line "[loop time S.S s]" (how ctest checks that serial takes 4 s, gather 2 s).
#pragma once

#include <cstdio>
#include <cstring>

#include "aio/task.hpp"
#include "examples/print.hpp"

namespace examples {

template <class Demo>
int run_example(int argc, char** argv, Demo demo) {
  aio::ClockKind clock = aio::default_clock();
  bool loop_time = false;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--virtual-time"))
      clock = aio::ClockKind::virtual_time;
    else if (!std::strcmp(argv[i], "--loop-time"))
      loop_time = true;
    else {
      std::fprintf(stderr, "usage: %s [--virtual-time] [--loop-time]\n", argv[0]);
      return 2;
    }
  }
  aio::Loop loop(clock);
  double start = loop.time();
  auto r = loop.run_until_complete(demo(stdout_print()));
  if (loop_time) std::printf("[loop time %.1f s]\n", loop.time() - start);
  if (!r) {
    std::fprintf(stderr, "error: %s\n", r.error().message.c_str());
    return 1;
  }
  return 0;
}

}  // namespace examples
