# asyncio.run rejects things that are not coroutines.
import asyncio

async def f():
    return 1

for bad in (f, 5, None):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print("ValueError:", str(e).split(" at 0x")[0])  # no addresses
