# call_soon callbacks and task steps share one FIFO ready queue.
import asyncio

async def task(name):
    print(name, "step 1")
    await asyncio.sleep(0)
    print(name, "step 2")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "cb A")
    asyncio.create_task(task("T1"))
    loop.call_soon(print, "cb B")
    asyncio.create_task(task("T2"))
    loop.call_soon(print, "cb C")
    await asyncio.sleep(0)
    print("main after first sleep(0)")
    await asyncio.sleep(0)
    print("main after second sleep(0)")

asyncio.run(main())
