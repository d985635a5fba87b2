# Cancelling many sleeping tasks at once: they see the cancellation in the order cancel()
# was called (reverse creation order here).
import asyncio

async def sleeper(i):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled", i)
        raise

async def main():
    tasks = [asyncio.create_task(sleeper(i)) for i in range(5)]
    await asyncio.sleep(0)
    for t in reversed(tasks):
        t.cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in res])

asyncio.run(main())
