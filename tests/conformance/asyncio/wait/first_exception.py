# FIRST_EXCEPTION returns when a task raises (or all complete); wait itself never raises.
import asyncio

async def ok(d):
    await asyncio.sleep(d)
    return d

async def bad(d):
    await asyncio.sleep(d)
    raise ValueError("failed task")

async def main():
    tasks = {asyncio.create_task(ok(0.02), name="ok1"),
             asyncio.create_task(bad(0.05), name="bad"),
             asyncio.create_task(ok(0.3), name="ok2")}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()))
    # with no exception at all, FIRST_EXCEPTION behaves like ALL_COMPLETED
    done, pending = await asyncio.wait([asyncio.create_task(ok(0.01)), asyncio.create_task(ok(0.02))],
                                       return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()

asyncio.run(main())
