# Cancellation while waiting for a Lock; the lock stays consistent.
import asyncio

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    async def waiter():
        try:
            async with lock:
                print("never acquires")
        except asyncio.CancelledError:
            print("waiter cancelled in lock.acquire")
            raise
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("locked:", lock.locked())
    lock.release()
    async with lock:
        print("lock usable again")

asyncio.run(main())
