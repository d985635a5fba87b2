# 1000 tasks gathered over sleep(0) round trips.
import asyncio

async def hop(i):
    for _ in range(3):
        await asyncio.sleep(0)
    return i * i

async def main():
    res = await asyncio.gather(*(hop(i) for i in range(1000)))
    print(len(res), sum(res), res[:5], res[-1])

asyncio.run(main())
