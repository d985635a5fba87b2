# A plain Semaphore can be released beyond its initial value; BoundedSemaphore refuses.
import asyncio

async def main():
    s = asyncio.Semaphore(1)
    s.release()
    await s.acquire()
    await s.acquire()
    print("acquired twice after an extra release; locked =", s.locked())
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
