# loop.create_future / loop.create_task (with name) behave like the module-level helpers.
import asyncio

async def work(x):
    await asyncio.sleep(0)
    return x + 1

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = loop.create_task(work(1), name="via loop")
    print(type(f).__name__, type(t).__name__, t.get_name())
    f.set_result(await t)
    print(await f)

asyncio.run(main())
