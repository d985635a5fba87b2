# Several tasks awaiting one future are all woken, in the order they started waiting.
import asyncio

async def waiter(name, fut):
    v = await fut
    print(name, "got", v)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    tasks = [asyncio.create_task(waiter(n, fut)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0)
    fut.set_result(42)
    await asyncio.gather(*tasks)

asyncio.run(main())
