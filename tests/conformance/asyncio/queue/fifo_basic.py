# Queue: put/get FIFO, qsize/empty/full, maxsize 0 means unbounded.
import asyncio

async def main():
    q = asyncio.Queue()
    print(q.maxsize, q.empty(), q.full(), q.qsize())
    for i in range(3):
        await q.put(i)
    q.put_nowait("x")
    print(q.qsize(), q.empty(), q.full())
    print([await q.get() for _ in range(3)], q.get_nowait())
    print(q.empty())

asyncio.run(main())
