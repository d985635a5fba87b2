# put() on a full queue with a timeout; the item is not added when it times out.
import asyncio

async def main():
    q = asyncio.Queue(1)
    await q.put("a")
    try:
        await asyncio.wait_for(q.put("b"), 0.02)
    except TimeoutError:
        print("put timed out; qsize =", q.qsize())
    print(q.get_nowait(), q.empty())

asyncio.run(main())
