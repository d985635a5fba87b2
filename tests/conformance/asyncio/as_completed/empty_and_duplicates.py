# as_completed of nothing yields nothing; duplicates are collapsed (it takes a set).
import asyncio

async def main():
    print(list(asyncio.as_completed([])))
    t = asyncio.create_task(asyncio.sleep(0.01, "x"))
    results = [await f for f in asyncio.as_completed([t, t, t])]
    print(results)

asyncio.run(main())
