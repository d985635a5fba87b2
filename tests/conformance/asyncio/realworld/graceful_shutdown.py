# Graceful shutdown: stop accepting work, let workers finish the queue, then cancel them.
import asyncio

async def worker(name, q, stats):
    try:
        while True:
            job = await q.get()
            await asyncio.sleep(0.01)
            stats[name] = stats.get(name, 0) + 1
            q.task_done()
    except asyncio.CancelledError:
        print(name, "shutting down")
        raise

async def main():
    q = asyncio.Queue()
    stats = {}
    workers = [asyncio.create_task(worker(f"worker-{i}", q, stats), name=f"worker-{i}") for i in range(3)]
    for job in range(12):
        q.put_nowait(job)
    print("queued 12 jobs; draining")
    await q.join()
    print("processed:", sum(stats.values()))
    for w in workers:
        w.cancel()
        await asyncio.gather(w, return_exceptions=True)
    print("all workers stopped:", all(w.cancelled() for w in workers))

asyncio.run(main())
