# gather accepts coroutines, tasks and futures together.
import asyncio

async def coro():
    await asyncio.sleep(0.01)
    return "coro"

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.02, fut.set_result, "future")
    task = asyncio.create_task(coro())
    print(await asyncio.gather(coro(), task, fut, asyncio.sleep(0.01, "sleep")))

asyncio.run(main())
