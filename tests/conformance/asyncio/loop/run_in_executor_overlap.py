# conformance: realtime
# A blocking call in the executor overlaps with a ticking coroutine; elapsed ~0.3 s, not 0.6.
import asyncio
import time

def blocking_io():
    time.sleep(0.3)
    return "io done"

async def ticker():
    for i in range(3):
        if i:
            await asyncio.sleep(0.1)
        print("tick", i)

async def main():
    loop = asyncio.get_running_loop()
    t0 = time.perf_counter()
    result, _ = await asyncio.gather(loop.run_in_executor(None, blocking_io), ticker())
    print(result, f"{time.perf_counter() - t0:.1f}s")

asyncio.run(main())
