# With maxsize, put() blocks until a consumer makes room.
import asyncio

async def producer(q):
    for i in range(5):
        print("putting", i)
        await q.put(i)
        print("put", i, "qsize", q.qsize())

async def consumer(q):
    for _ in range(5):
        await asyncio.sleep(0.01)
        print("got", await q.get())

async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))

asyncio.run(main())
