# A watchdog restarts a worker whose heartbeats stop (the worker hangs on its 3rd run).
import asyncio

async def worker(run, beats):
    for i in range(4):
        await asyncio.sleep(0.02)
        beats.put_nowait((run, i))
        if run == 1 and i == 1:
            await asyncio.sleep(10)   # hangs: no more heartbeats
    return f"run {run} finished"

async def watchdog():
    for run in range(3):
        beats = asyncio.Queue()
        task = asyncio.create_task(worker(run, beats))
        while not task.done():
            try:
                async with asyncio.timeout(0.25):
                    print("heartbeat", await beats.get())
            except TimeoutError:
                if task.done():
                    break
                print("no heartbeat for 0.25s: restarting run", run)
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)
        if not task.cancelled():
            while not beats.empty():
                print("heartbeat", beats.get_nowait())
            print(task.result())

asyncio.run(watchdog())
