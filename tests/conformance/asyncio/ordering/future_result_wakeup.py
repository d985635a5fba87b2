# set_result wakes the awaiter one step later: code after set_result runs first.
import asyncio

async def waiter(f):
    print("waiter resumed with", await f)

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = asyncio.create_task(waiter(f))
    await asyncio.sleep(0)
    f.set_result(1)
    print("main continues right after set_result")
    loop.call_soon(print, "call_soon scheduled after set_result")
    await asyncio.sleep(0)
    print("main after sleep(0)")
    await t

asyncio.run(main())
