# Interleaving of tasks created with create_task and coroutines wrapped by gather.
import asyncio

async def step(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(step("task", 3))
    await asyncio.gather(step("g1", 2), step("g2", 2))
    await t

asyncio.run(main())
