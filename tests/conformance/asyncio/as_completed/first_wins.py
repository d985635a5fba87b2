# Take the first result from as_completed and cancel the rest (a "race" between mirrors).
import asyncio

async def mirror(name, delay):
    try:
        await asyncio.sleep(delay)
        return f"payload from {name}"
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    tasks = [asyncio.create_task(mirror(n, d)) for n, d in [("eu", 0.1), ("us", 0.05), ("asia", 0.2)]]
    first = await next(asyncio.as_completed(tasks))
    print("winner:", first)
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print([("cancelled" if t.cancelled() else "done") for t in tasks])

asyncio.run(main())
