// hello — the seed's first demo: print Hello, sleep one second, print World.
//
//   async def hello():
//       print("Hello")
//       await asyncio.sleep(1)
//       print("World")
#pragma once

#include "aio/sleep.hpp"
#include "examples/print.hpp"

namespace examples {

inline aio::Task<> hello_main(Print print) {
  print("Hello");
  co_await aio::sleep(1);
  print("World");
}

// Spawns the demo on `loop`; loop.run() then runs it to the end.
inline aio::TaskRef<void> hello(aio::Loop& loop, Print print = stdout_print()) {
  return loop.create_task(hello_main(std::move(print)));
}

}  // namespace examples
