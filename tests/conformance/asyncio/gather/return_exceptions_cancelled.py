# With return_exceptions=True a cancelled child shows up as a CancelledError in the list.
import asyncio

async def sleeper(d):
    await asyncio.sleep(d)
    return d

async def main():
    t1 = asyncio.create_task(sleeper(0.05))
    t2 = asyncio.create_task(sleeper(1))
    t3 = asyncio.create_task(sleeper(0.1))
    asyncio.get_running_loop().call_later(0.02, t2.cancel)
    res = await asyncio.gather(t1, t2, t3, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(res[0], res[2])

asyncio.run(main())
