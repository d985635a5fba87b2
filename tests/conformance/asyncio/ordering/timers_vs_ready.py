# A zero-delay call_later runs after the callbacks already ready in that iteration.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "call_later(0)")
    loop.call_soon(print, "call_soon 1")
    loop.call_soon(print, "call_soon 2")
    await asyncio.sleep(0)
    print("main after sleep(0)")
    await asyncio.sleep(0.01)
    print("main after sleep(0.01)")

asyncio.run(main())
