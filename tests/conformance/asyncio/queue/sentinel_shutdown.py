# Consumers stop on a None sentinel, one per consumer.
import asyncio

async def consumer(name, q, out):
    while True:
        item = await q.get()
        if item is None:
            print(name, "stops")
            return
        out.append((name, item))
        await asyncio.sleep(0.01)

async def main():
    q = asyncio.Queue()
    out = []
    consumers = [asyncio.create_task(consumer(f"c{i}", q, out)) for i in range(3)]
    for i in range(7):
        await q.put(i)
    for _ in consumers:
        await q.put(None)
    await asyncio.gather(*consumers)
    print(out)

asyncio.run(main())
