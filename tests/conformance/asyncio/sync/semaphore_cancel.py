# Cancelling a semaphore waiter keeps the count consistent.
import asyncio

async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    waiters = [asyncio.create_task(sem.acquire()) for _ in range(3)]
    await asyncio.sleep(0)
    waiters[0].cancel()
    sem.release()
    await asyncio.sleep(0)
    print([("cancelled" if w.cancelled() else w.result()) if w.done() else "waiting" for w in waiters])
    sem.release()
    await asyncio.sleep(0)
    print([("cancelled" if w.cancelled() else w.result()) if w.done() else "waiting" for w in waiters])
    sem.release()
    sem.release()
    print("locked:", sem.locked())

asyncio.run(main())
