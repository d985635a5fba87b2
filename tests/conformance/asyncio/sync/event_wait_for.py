# Waiting on an event with a timeout, then a cancelled waiter does not affect others.
import asyncio

async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.02)
    except TimeoutError:
        print("event not set in time")
    w = asyncio.create_task(ev.wait())
    c = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    c.cancel()
    ev.set()
    print(await w, c.cancelled() if c.done() else "pending")
    await asyncio.sleep(0)
    print("c cancelled:", c.cancelled())

asyncio.run(main())
