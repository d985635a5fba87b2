# Event: waiters block until set(); is_set/clear; wait() returns True.
import asyncio

async def waiter(name, ev):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "woke with", r)

async def main():
    ev = asyncio.Event()
    print("is_set:", ev.is_set())
    tasks = [asyncio.create_task(waiter(n, ev)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0.01)
    print("setting")
    ev.set()
    await asyncio.gather(*tasks)
    print("is_set:", ev.is_set())
    print("wait on a set event:", await ev.wait())
    ev.clear()
    print("after clear:", ev.is_set())

asyncio.run(main())
