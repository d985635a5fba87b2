// gather — the seed's concurrent demo: three tasks overlap, ~2 s in all.
//
//   async def main():
//       await asyncio.gather(task("A"), task("B"), task("C"))
#pragma once

#include "aio/gather.hpp"
#include "examples/serial.hpp"

namespace examples {

inline aio::Task<> gather_main(Print print) {
  aio::Loop& loop = aio::running_loop();
  co_await aio::gather(loop, named_task(print, "A"), named_task(print, "B"), named_task(print, "C"));
}

}  // namespace examples
