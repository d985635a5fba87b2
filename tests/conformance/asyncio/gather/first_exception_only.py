# Several children fail: gather raises the first one to fail in time; later failures are
# retrieved by gather itself (no "never retrieved" noise).
import asyncio

async def fail(msg, d):
    await asyncio.sleep(d)
    raise RuntimeError(msg)

async def main():
    try:
        await asyncio.gather(fail("late", 0.1), fail("early", 0.02), fail("middle", 0.05))
    except RuntimeError as e:
        print("caught", e)
    await asyncio.sleep(0.15)
    print("done")

asyncio.run(main())
