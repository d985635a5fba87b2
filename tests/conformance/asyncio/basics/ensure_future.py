# ensure_future wraps coroutines in tasks, passes futures and tasks through, rejects others.
import asyncio

async def work():
    await asyncio.sleep(0)
    return "worked"

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(work())
    print(type(t).__name__, isinstance(t, asyncio.Task))
    print(asyncio.ensure_future(t) is t)
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    f.set_result("future value")
    print(await t, await f)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
