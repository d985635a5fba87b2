# A start gate: N workers wait on an Event, then all run in creation order.
import asyncio

async def runner(i, gate):
    await gate.wait()
    print("runner", i, "go")
    await asyncio.sleep(0)
    print("runner", i, "second step")

async def main():
    gate = asyncio.Event()
    tasks = [asyncio.create_task(runner(i, gate)) for i in range(4)]
    await asyncio.sleep(0.01)
    print("open the gate")
    gate.set()
    await asyncio.gather(*tasks)

asyncio.run(main())
