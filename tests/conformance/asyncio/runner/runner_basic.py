# asyncio.Runner runs several coroutines on one loop, then closes it.
import asyncio

async def first():
    asyncio.get_running_loop().marker = "same loop"
    return 1

async def second():
    return getattr(asyncio.get_running_loop(), "marker", "other loop")

with asyncio.Runner() as runner:
    print(runner.run(first()))
    print(runner.run(second()))
    loop = runner.get_loop()
    print("closed inside:", loop.is_closed())
print("closed after:", loop.is_closed())
