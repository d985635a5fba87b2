# get() wrapped in wait_for: the timeout leaves the queue intact for later puts.
import asyncio

async def main():
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 0.02)
    except TimeoutError:
        print("no item within 0.02s")
    asyncio.get_running_loop().call_later(0.01, q.put_nowait, "late item")
    print(await asyncio.wait_for(q.get(), 0.5))
    print("size", q.qsize())

asyncio.run(main())
