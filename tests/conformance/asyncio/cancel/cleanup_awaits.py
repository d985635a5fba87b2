# Cleanup after cancellation may itself await; the canceller waits for it.
import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("flushing buffers...")
        await asyncio.sleep(0.02)
        print("flushed")
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("worker fully stopped")

asyncio.run(main())
