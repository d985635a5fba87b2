# Nested TaskGroups: an inner failure cancels the inner siblings, then propagates as a
# nested ExceptionGroup that also cancels the outer group.
import asyncio

async def sleeper(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def bomb():
    await asyncio.sleep(0.02)
    raise ZeroDivisionError("inner bomb")

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(sleeper("inner-sibling", 1))
        tg.create_task(bomb())

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("outer-fast", 0.01))
            tg.create_task(inner_group())
            tg.create_task(sleeper("outer-slow", 1))
    except ExceptionGroup as eg:
        print(eg.message, [type(e).__name__ for e in eg.exceptions])
        inner = eg.exceptions[0]
        print(inner.message, [repr(e) for e in inner.exceptions])

asyncio.run(main())
