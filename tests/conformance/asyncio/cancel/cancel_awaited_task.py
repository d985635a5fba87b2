# Cancelling a task that awaits another task cancels the awaited one too.
import asyncio

async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner task cancelled")
        raise

async def outer(t):
    try:
        await t
    except asyncio.CancelledError:
        print("outer task cancelled")
        raise

async def main():
    i = asyncio.create_task(inner())
    o = asyncio.create_task(outer(i))
    await asyncio.sleep(0.01)
    o.cancel()
    await asyncio.gather(o, return_exceptions=True)
    print("inner cancelled:", i.cancelled(), "outer cancelled:", o.cancelled())

asyncio.run(main())
