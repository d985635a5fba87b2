# as_completed yields awaitables in completion order.
import asyncio

async def job(name, d):
    await asyncio.sleep(d)
    return name

async def main():
    aws = [job("c", 0.15), job("a", 0.05), job("b", 0.1)]
    for fut in asyncio.as_completed(aws):
        print(await fut)

asyncio.run(main())
