# LifoQueue returns the most recent item first.
import asyncio

async def main():
    q = asyncio.LifoQueue()
    for x in "abcde":
        q.put_nowait(x)
    print("".join([await q.get() for _ in range(5)]))

asyncio.run(main())
