// hello — the seed's first demo: print Hello, sleep one second, print World.
//
//   async def hello():
//       print("Hello")
//       await asyncio.sleep(1)
//       print("World")
#pragma once
#include <cstdio>

#include "aio/sleep.hpp"

namespace examples {

inline aio::Task<> hello_main() {
  std::printf("Hello\n");
  std::fflush(stdout);
  co_await aio::sleep(1);
  std::printf("World\n");
  std::fflush(stdout);
}

// Spawns the demo on `loop`; loop.run() then runs it to the end.
inline aio::TaskRef<void> hello(aio::Loop& loop) { return loop.create_task(hello_main()); }

}  // namespace examples
