# Event waiters wake in the order they began waiting, even when created out of order.
import asyncio

async def waiter(name, ev, delay):
    await asyncio.sleep(delay)
    await ev.wait()
    print(name)

async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, ev, d)) for n, d in
             [("third", 0.03), ("first", 0.01), ("second", 0.02)]]
    await asyncio.sleep(0.05)
    ev.set()
    await asyncio.gather(*tasks)

asyncio.run(main())
