# Queue reprs/str (address-free form from str()).
import asyncio

async def main():
    q = asyncio.Queue(maxsize=3)
    print(str(q))
    q.put_nowait(1)
    q.put_nowait(2)
    print(str(q))
    getter = asyncio.create_task(asyncio.Queue().get())
    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    pq.put_nowait((1, "a"))
    print(str(lq), str(pq))
    getter.cancel()
    await asyncio.sleep(0)

asyncio.run(main())
