# A child cancelled from outside does not abort the group.
import asyncio

async def slow():
    await asyncio.sleep(1)

async def fine():
    await asyncio.sleep(0.05)
    return "fine"

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(slow())
        b = tg.create_task(fine())
        await asyncio.sleep(0.01)
        a.cancel()
    print("group finished:", a.cancelled(), b.result())

asyncio.run(main())
