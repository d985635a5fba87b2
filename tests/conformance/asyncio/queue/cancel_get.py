# A get() cancelled while waiting does not swallow an item.
import asyncio

async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(q.get())
    g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    g1.cancel()
    q.put_nowait("item")
    await asyncio.sleep(0)
    print("g1 cancelled:", g1.cancelled())
    print("g2 got:", await g2)
    print("queue empty:", q.empty())

asyncio.run(main())
