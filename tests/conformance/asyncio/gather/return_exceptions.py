# return_exceptions=True puts exceptions into the result list in place.
import asyncio

async def maybe(i):
    await asyncio.sleep(0.01 * i)
    if i % 2:
        raise ValueError(f"odd {i}")
    return i

async def main():
    res = await asyncio.gather(*(maybe(i) for i in range(5)), return_exceptions=True)
    for r in res:
        print(type(r).__name__, r)

asyncio.run(main())
