# A three-stage pipeline connected by queues: read -> transform -> write, with sentinels.
# Each stage yields with sleep(0) per item, so the interleaving is fixed by the ready queue.
import asyncio

DONE = object()

async def reader(out):
    for line in ["alpha", "beta", "gamma", "delta"]:
        await asyncio.sleep(0)
        print("read", line)
        await out.put(line)
    await out.put(DONE)

async def transformer(inp, out):
    while (item := await inp.get()) is not DONE:
        await asyncio.sleep(0)
        print("transform", item)
        await out.put(item.upper()[::-1])
    await out.put(DONE)

async def writer(inp, sink):
    while (item := await inp.get()) is not DONE:
        print("write", item)
        sink.append(item)

async def main():
    q1, q2 = asyncio.Queue(), asyncio.Queue()
    sink = []
    await asyncio.gather(reader(q1), transformer(q1, q2), writer(q2, sink))
    print(sink)

asyncio.run(main())
