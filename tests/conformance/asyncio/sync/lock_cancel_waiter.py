# A waiter cancelled while queued for a lock does not get it; the next waiter does.
import asyncio

async def holder(lock):
    async with lock:
        await asyncio.sleep(0.1)
        print("holder releases")

async def waiter(name, lock):
    try:
        async with lock:
            print(name, "acquired")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise

async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    a = asyncio.create_task(waiter("a", lock))
    b = asyncio.create_task(waiter("b", lock))
    await asyncio.sleep(0.01)
    a.cancel()
    await asyncio.gather(h, a, b, return_exceptions=True)
    print("locked at end:", lock.locked())

asyncio.run(main())
