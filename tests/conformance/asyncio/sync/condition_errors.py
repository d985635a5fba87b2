# Condition.wait/notify without holding the lock raise RuntimeError; a shared Lock works.
import asyncio

async def main():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("notify:", e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with lock:
        print("condition locked via its lock:", c2.locked())
    print(c2.locked())

asyncio.run(main())
