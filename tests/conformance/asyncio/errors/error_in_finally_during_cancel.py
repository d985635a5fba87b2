# An exception raised in a finally block during cancellation replaces the CancelledError.
import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        raise RuntimeError("cleanup failed")

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", e, "| context:", type(e.__context__).__name__)
    print("cancelled:", t.cancelled())

asyncio.run(main())
