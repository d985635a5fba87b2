# A second cancel while the task is in its cleanup interrupts the cleanup's await.
import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("first cancel; cleaning up")
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("second cancel during cleanup")
            raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled())

asyncio.run(main())
