# get_coro returns the wrapped coroutine object.
import asyncio

async def worker(x):
    await asyncio.sleep(0)
    return x

async def main():
    c = worker(3)
    t = asyncio.create_task(c)
    print(t.get_coro() is c, t.get_coro().__name__, t.get_coro().__qualname__)
    await t
    print("after completion:", t.get_coro() is c, t.get_coro().cr_frame)

asyncio.run(main())
