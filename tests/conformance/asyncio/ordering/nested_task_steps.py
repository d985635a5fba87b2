# How many loop iterations an await of a finished-later task takes: a trace of step counts.
import asyncio

tick = 0

async def clock():
    global tick
    while tick < 10:
        tick += 1
        await asyncio.sleep(0)

async def inner():
    await asyncio.sleep(0)
    return tick

async def main():
    c = asyncio.create_task(clock())
    await asyncio.sleep(0)
    print("start", tick)
    r = await asyncio.create_task(inner())
    print("inner saw", r, "main sees", tick)
    r = await inner()
    print("inline inner saw", r, "main sees", tick)
    await c

asyncio.run(main())
