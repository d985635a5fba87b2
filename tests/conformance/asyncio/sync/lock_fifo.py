# Lock hand-off is FIFO: waiters acquire in the order they started waiting.
import asyncio

order = []

async def contender(i, lock):
    await asyncio.sleep(0.001 * i)
    async with lock:
        order.append(i)
        await asyncio.sleep(0)

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    tasks = [asyncio.create_task(contender(i, lock)) for i in (3, 1, 4, 0, 2)]
    await asyncio.sleep(0.05)
    lock.release()
    await asyncio.gather(*tasks)
    print(order)

asyncio.run(main())
