# A PriorityQueue feeding one worker: urgent jobs that arrive later overtake queued ones.
import asyncio

async def worker(q):
    while True:
        prio, job = await q.get()
        print("running", job, "priority", prio)
        await asyncio.sleep(0.02)
        q.task_done()

async def main():
    q = asyncio.PriorityQueue()
    for p, j in [(5, "backup"), (3, "report"), (4, "email")]:
        q.put_nowait((p, j))
    w = asyncio.create_task(worker(q))
    await asyncio.sleep(0.01)
    q.put_nowait((1, "hotfix"))
    await q.join()
    w.cancel()

asyncio.run(main())
