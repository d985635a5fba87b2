# Cancelling the task that awaits gather cancels the children too.
import asyncio

async def child(i):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child", i, "cancelled")
        raise

async def parent():
    try:
        await asyncio.gather(*(child(i) for i in range(3)))
    except asyncio.CancelledError:
        print("parent sees CancelledError")
        raise

async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.02)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("parent cancelled:", p.cancelled())

asyncio.run(main())
