# conformance: realtime
# to_thread overlaps a blocking call with other tasks: ticks keep coming while it blocks.
import asyncio
import time

def blocking_io():
    time.sleep(0.3)
    return "blocking io finished"

async def ticker():
    for i in range(3):
        if i:
            await asyncio.sleep(0.1)
        print("tick", i)

async def main():
    t0 = time.perf_counter()
    result, _ = await asyncio.gather(asyncio.to_thread(blocking_io), ticker())
    print(result)
    print(f"total {time.perf_counter() - t0:.1f}s")

asyncio.run(main())
