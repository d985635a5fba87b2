# set() then clear() in the same step still wakes the waiters that were waiting.
import asyncio

async def waiter(ev, log):
    await ev.wait()
    log.append("woke")

async def main():
    ev = asyncio.Event()
    log = []
    t = asyncio.create_task(waiter(ev, log))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await asyncio.sleep(0.01)
    print(log, t.done(), ev.is_set())

asyncio.run(main())
