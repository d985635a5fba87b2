# A callback scheduled from a callback runs on the next iteration, after what was already ready.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    def a():
        print("a")
        loop.call_soon(print, "c (scheduled by a)")
    loop.call_soon(a)
    loop.call_soon(print, "b")
    await asyncio.sleep(0)
    print("main after 1 step")
    await asyncio.sleep(0)
    print("main after 2 steps")

asyncio.run(main())
