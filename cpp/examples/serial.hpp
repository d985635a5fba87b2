// serial — the seed's "looks concurrent, is serial" demo: two awaits in a row, ~4 s.
//
//   async def task(name):
//       print(f"{name} start")
//       await asyncio.sleep(2)
//       print(f"{name} end")
//
//   async def main():
//       await task("A")
//       await task("B")
#pragma once

#include <string>

#include "aio/sleep.hpp"
#include "examples/print.hpp"

namespace examples {

inline aio::Task<> named_task(Print print, std::string name) {
  print(name + " start");
  co_await aio::sleep(2);
  print(name + " end");
}

inline aio::Task<> serial_main(Print print) {
  co_await named_task(print, "A");
  co_await named_task(print, "B");
}

}  // namespace examples
