# Blocked putters on a full queue are woken in FIFO order.
import asyncio

async def putter(name, q):
    await q.put(name)
    print(name, "put")

async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("first")
    tasks = [asyncio.create_task(putter(f"p{i}", q)) for i in range(3)]
    await asyncio.sleep(0)
    for _ in range(4):
        print("get ->", await q.get())
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)

asyncio.run(main())
