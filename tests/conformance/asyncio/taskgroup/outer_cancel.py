# Cancelling the task that runs a TaskGroup cancels the children and re-raises CancelledError.
# (CPython cancels the children in set order, so their names are printed sorted.)
import asyncio

cancelled = []

async def child(i):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        cancelled.append(i)
        raise

async def runner():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(3):
                tg.create_task(child(i))
    except asyncio.CancelledError:
        print("runner got CancelledError after children:", sorted(cancelled))
        raise

async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("runner cancelled:", t.cancelled())

asyncio.run(main())
