# asyncio.run returns the coroutine's value; exceptions propagate out of it.
import asyncio

async def answer():
    await asyncio.sleep(0)
    return 42

async def fails():
    await asyncio.sleep(0)
    raise KeyError("missing")

print(asyncio.run(answer()))
try:
    asyncio.run(fails())
except KeyError as e:
    print("caught", repr(e))
print(asyncio.run(answer()) + 1)
