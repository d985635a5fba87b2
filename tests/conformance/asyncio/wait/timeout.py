# wait(timeout=) returns what finished by then and does NOT cancel the rest.
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    tasks = [asyncio.create_task(job(d)) for d in (0.01, 0.05, 0.3, 0.5)]
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    print(sorted(t.result() for t in done), len(pending))
    print("pending still running:", all(not t.done() for t in pending))
    done, pending = await asyncio.wait(pending)
    print(sorted(t.result() for t in done), len(pending))

asyncio.run(main())
