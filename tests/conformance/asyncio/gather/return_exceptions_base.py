# return_exceptions=True collects exceptions of several kinds in place, values in between.
import asyncio

async def raise_(exc):
    await asyncio.sleep(0)
    raise exc

async def main():
    res = await asyncio.gather(raise_(KeyError("k")), raise_(ZeroDivisionError("z")),
                               asyncio.sleep(0, "fine"), raise_(TimeoutError()),
                               return_exceptions=True)
    print([repr(r) for r in res])

asyncio.run(main())
