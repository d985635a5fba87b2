# Condition: notify(n) wakes n waiters in FIFO order; notify_all wakes the rest.
import asyncio

async def waiter(name, cond):
    async with cond:
        await cond.wait()
        print(name, "notified")

async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(f"w{i}", cond)) for i in range(5)]
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.01)
    print("-- notify_all")
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)

asyncio.run(main())
