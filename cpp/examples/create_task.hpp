// create_task — the seed's explicit-task demo.
//
//   async def task(name):
//       await asyncio.sleep(1)
//       print(f"{name} done")
//
//   async def main():
//       t1 = asyncio.create_task(task("task1"))
//       t2 = asyncio.create_task(task("task2"))
//       print("tasks created")
//       await t1
//       await t2
#pragma once

#include <string>

#include "aio/sleep.hpp"
#include "examples/print.hpp"

namespace examples {

inline aio::Task<> sleepy_task(Print print, std::string name) {
  co_await aio::sleep(1);
  print(name + " done");
}

inline aio::Task<> create_task_main(Print print) {
  auto t1 = aio::create_task(sleepy_task(print, "task1"));
  auto t2 = aio::create_task(sleepy_task(print, "task2"));
  print("tasks created");
  co_await t1;
  co_await t2;
}

}  // namespace examples
