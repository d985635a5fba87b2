# Gathering results from a TaskGroup in creation order.
import asyncio

async def square(x):
    await asyncio.sleep(0.01 * (5 - x))
    return x * x

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(square(x)) for x in range(5)]
    print([t.result() for t in tasks])

asyncio.run(main())
