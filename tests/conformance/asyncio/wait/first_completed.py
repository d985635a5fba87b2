# FIRST_COMPLETED returns as soon as one task finishes; the rest stay pending.
import asyncio

async def job(name, d):
    await asyncio.sleep(d)
    return name

async def main():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in [("slow", 0.3), ("fast", 0.05), ("mid", 0.15)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", [t.get_name() for t in done])
    print("pending:", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("then:", [t.result() for t in done], len(pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("cancelled:", [t.cancelled() for t in pending])

asyncio.run(main())
