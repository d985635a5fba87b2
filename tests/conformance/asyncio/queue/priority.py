# PriorityQueue returns the smallest item first; tuples sort by priority then payload.
import asyncio

async def main():
    q = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (5, "later")]:
        await q.put(item)
    while not q.empty():
        print(await q.get())

asyncio.run(main())
