# Producer/consumer pool: 2 producers, 3 consumers, a bounded queue, join, then shutdown.
import asyncio

async def producer(name, q, items):
    for i in range(items):
        await q.put(f"{name}-{i}")
        await asyncio.sleep(0.01)

async def consumer(name, q, handled):
    while True:
        item = await q.get()
        await asyncio.sleep(0.02)
        handled.setdefault(name, []).append(item)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=3)
    handled = {}
    consumers = [asyncio.create_task(consumer(f"c{i}", q, handled)) for i in range(3)]
    await asyncio.gather(producer("p1", q, 5), producer("p2", q, 5))
    print("producers finished; waiting for the queue to drain")
    await q.join()
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    everything = sorted(item for items in handled.values() for item in items)
    print(len(everything), everything)
    print("every consumer worked:", sorted(handled) == ["c0", "c1", "c2"])

asyncio.run(main())
