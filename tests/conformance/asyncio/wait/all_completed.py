# asyncio.wait with the default ALL_COMPLETED returns (done, pending) sets of tasks.
import asyncio

async def job(n, d):
    await asyncio.sleep(d)
    return n

async def main():
    tasks = [asyncio.create_task(job(i, 0.01 * (3 - i)), name=f"job{i}") for i in range(3)]
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))
    print(sorted(t.result() for t in done))
    print(type(done).__name__, asyncio.ALL_COMPLETED)

asyncio.run(main())
