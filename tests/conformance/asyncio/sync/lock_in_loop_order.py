# Two tasks each re-acquiring a lock in a loop alternate (FIFO hand-off), not starve.
import asyncio

async def worker(name, lock, log):
    for _ in range(3):
        async with lock:
            log.append(name)
            await asyncio.sleep(0.01)

async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(worker("A", lock, log), worker("B", lock, log))
    print("".join(log))

asyncio.run(main())
