# Cancelling the gather future cancels every child that is still running. In 3.11 the gather
# future then ends with a CancelledError *exception*, so g.cancelled() reports False.
import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    g = asyncio.gather(child("a", 0.01), child("b", 1), child("c", 2))
    await asyncio.sleep(0.05)
    print("cancel() returns", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())

asyncio.run(main())
