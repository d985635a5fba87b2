# gather returns results in argument order, not completion order.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name.upper()

async def main():
    res = await asyncio.gather(job("slow", 0.2), job("fast", 0.05), job("mid", 0.1))
    print(res, type(res).__name__)

asyncio.run(main())
