# A thread (to_thread, run_in_executor with the default or an own executor) has no running
# event loop: get_running_loop(), current_task() and all_tasks() raise there, and
# get_event_loop() raises too (only the main thread gets a loop made on demand) naming the
# thread; a loop set in the thread is its own. The coroutine itself still sees its loop.
import asyncio
import concurrent.futures

def probe(tag):
    for name, fn in (("get_running_loop", asyncio.get_running_loop),
                     ("get_event_loop", asyncio.get_event_loop),
                     ("current_task", asyncio.current_task),
                     ("all_tasks", asyncio.all_tasks)):
        try:
            r = fn()
            print(tag, name, "->", type(r).__name__)
        except RuntimeError as e:
            print(tag, name, "RuntimeError:", e)
    print(tag, "_get_running_loop", asyncio._get_running_loop())
    return tag

def own_loop():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    same = asyncio.get_event_loop() is loop
    asyncio.set_event_loop(None)
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print("after set_event_loop(None):", e)
    loop.close()
    return same

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(probe, "to_thread"))
    print(await loop.run_in_executor(None, probe, "executor"))
    with concurrent.futures.ThreadPoolExecutor(thread_name_prefix="mine") as ex:
        print(await loop.run_in_executor(ex, probe, "own"))
        print(await loop.run_in_executor(ex, probe, "own again"))
    print("thread's own loop:", await asyncio.to_thread(own_loop))
    print(asyncio.get_running_loop() is loop, asyncio.get_event_loop() is loop,
          asyncio.current_task().get_name(), len(asyncio.all_tasks()))

asyncio.run(main())
