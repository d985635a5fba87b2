# conformance: error
# An exception raised in an awaited task propagates through main out of asyncio.run.
import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    return {"a": 1}[n]

async def main():
    t = asyncio.create_task(worker("b"))
    print("waiting for worker")
    print(await t)

asyncio.run(main())
