# Condition.wait_for(predicate) re-checks the predicate on each notification.
import asyncio

async def consumer(cond, box):
    async with cond:
        v = await cond.wait_for(lambda: len(box) >= 3)
        print("predicate true:", v, box)

async def producer(cond, box):
    for i in range(5):
        await asyncio.sleep(0.01)
        async with cond:
            box.append(i)
            print("produced", i)
            cond.notify_all()

async def main():
    cond = asyncio.Condition()
    box = []
    await asyncio.gather(consumer(cond, box), producer(cond, box))

asyncio.run(main())
