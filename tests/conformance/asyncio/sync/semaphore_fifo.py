# Semaphore waiters are served in FIFO order.
import asyncio

async def job(i, sem, order):
    async with sem:
        order.append(i)
        await asyncio.sleep(0.01)

async def main():
    sem = asyncio.Semaphore(1)
    order = []
    await asyncio.gather(*(job(i, sem, order) for i in range(6)))
    print(order)

asyncio.run(main())
