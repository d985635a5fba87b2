# Cancelling one child of gather(return_exceptions=True) leaves the others running.
import asyncio

async def worker(i):
    await asyncio.sleep(0.05 * (i + 1))
    return i

async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(3)]
    g = asyncio.gather(*tasks, return_exceptions=True)
    await asyncio.sleep(0.01)
    tasks[1].cancel()
    res = await g
    print([r if isinstance(r, int) else type(r).__name__ for r in res])
    print("gather future cancelled:", g.cancelled())

asyncio.run(main())
