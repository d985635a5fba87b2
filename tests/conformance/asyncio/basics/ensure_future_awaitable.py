# ensure_future also accepts an object with __await__.
import asyncio

class Ready:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "from __await__"

async def main():
    t = asyncio.ensure_future(Ready())
    print(isinstance(t, asyncio.Task))
    print(await t)
    print(await Ready())

asyncio.run(main())
