# A deadline already in the past fires at the first await inside the block.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("body starts")
            await asyncio.sleep(0)
            print("never")
    except TimeoutError:
        print("timed out at first await")
    try:
        async with asyncio.timeout(0):
            print("zero body starts")
            await asyncio.sleep(0)
    except TimeoutError:
        print("timeout(0) too")

asyncio.run(main())
