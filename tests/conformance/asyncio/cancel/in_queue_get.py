# Cancellation while blocked in Queue.get and Queue.put.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=1)
    g = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    g.cancel()
    await asyncio.sleep(0)
    print("get cancelled:", g.cancelled())
    await q.put("x")
    p = asyncio.create_task(q.put("y"))
    await asyncio.sleep(0)
    p.cancel()
    await asyncio.sleep(0)
    print("put cancelled:", p.cancelled(), "qsize:", q.qsize())

asyncio.run(main())
