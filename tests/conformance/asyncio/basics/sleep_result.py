# asyncio.sleep(delay, result) returns result; sleep(0) just yields.
import asyncio

async def main():
    print(await asyncio.sleep(0))
    print(await asyncio.sleep(0.01, "slept"))
    print(await asyncio.sleep(0, result=[1, 2]))
    print(await asyncio.sleep(-1, "negative is immediate"))

asyncio.run(main())
