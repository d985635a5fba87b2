# Batching: collect items into batches of 3, or flush whatever arrived after 0.1 s of quiet.
import asyncio

async def batcher(q, size, max_wait, out):
    batch = []
    while True:
        try:
            item = await asyncio.wait_for(q.get(), max_wait if batch else None)
        except TimeoutError:
            out.append(("timeout flush", batch))
            batch = []
            continue
        if item is None:
            if batch:
                out.append(("final flush", batch))
            return
        batch.append(item)
        if len(batch) == size:
            out.append(("full", batch))
            batch = []

async def main():
    q = asyncio.Queue()
    out = []
    b = asyncio.create_task(batcher(q, 3, 0.1, out))
    for i in range(4):
        q.put_nowait(i)
    await asyncio.sleep(0.3)
    for i in range(4, 9):
        q.put_nowait(i)
    await asyncio.sleep(0)
    q.put_nowait(None)
    await b
    for kind, batch in out:
        print(kind, batch)

asyncio.run(main())
