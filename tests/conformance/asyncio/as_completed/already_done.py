# as_completed over futures that are already finished yields them all at once.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    futs = []
    for i in range(3):
        f = loop.create_future()
        f.set_result(i * 10)
        futs.append(f)
    print(sorted([await f for f in asyncio.as_completed(futs)]))

asyncio.run(main())
