// hello — the seed's first demo: print Hello, sleep one second, print World.
#pragma once
#include <cstdio>

#include "aio/loop.hpp"

namespace examples {

inline aio::Detached hello(aio::Loop& loop) {
  std::printf("Hello\n");
  std::fflush(stdout);
  co_await aio::sleep{loop, 1.0};
  std::printf("World\n");
  std::fflush(stdout);
}

}  // namespace examples
