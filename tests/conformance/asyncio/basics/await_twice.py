# A coroutine object can be awaited once; a task can be awaited many times.
import asyncio

async def value():
    return 5

async def main():
    c = value()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = asyncio.create_task(value())
    print(await t, await t, await t)

asyncio.run(main())
