# wait_for returns the value when the awaitable finishes before the timeout.
import asyncio

async def quick():
    await asyncio.sleep(0.01)
    return "quick result"

async def main():
    print(await asyncio.wait_for(quick(), timeout=0.5))
    print(await asyncio.wait_for(quick(), None))

asyncio.run(main())
