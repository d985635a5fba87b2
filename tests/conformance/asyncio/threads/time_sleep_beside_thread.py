# time.sleep in a coroutine blocks the event loop but not the executor's threads: a
# to_thread job started just before keeps running (and printing) through the sleep.
import asyncio
import time

def worker():
    for i in range(2):
        time.sleep(0.1)
        print("thread step", i)
    return "thread result"

async def ticker():
    await asyncio.sleep(0.6)
    print("ticker ran")

async def main():
    job = asyncio.create_task(asyncio.to_thread(worker))
    tick = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    time.sleep(0.4)
    print("main slept")
    print(await job)
    await tick

asyncio.run(main())
